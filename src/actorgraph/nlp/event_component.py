"""Moved to :mod:`actorgraph.coding.component` (``coding`` depends on ``nlp``, not the
reverse).

Installs made before the move name this module in their ``spacy_factories`` entry
points, and spaCy imports every such entry point when it loads a model; this module
forwards those names, on first use only, until the install is refreshed
(``pip install -e .``). Nothing in actorgraph imports it.
"""

from __future__ import annotations

from typing import Any

__all__: list[str] = []


def __getattr__(name: str) -> Any:
    if name in ("make_event_coder", "make_actorgraph", "EventComponent", "ActorGraphComponent"):
        from ..coding import component

        return getattr(component, name)
    raise AttributeError(name)
