"""The web UI (``actorgraph serve``): needs ``pip install 'actorgraph[web]'``.

Importing this package is cheap; FastAPI loads when :func:`create_app` runs.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fastapi import FastAPI

__all__ = ["create_app"]


def create_app(db_path: str | Path, **options: Any) -> FastAPI:
    """The read-only FastAPI app over the store at ``db_path`` (see :mod:`.app`)."""
    from .app import create_app as make

    return make(db_path, **options)
