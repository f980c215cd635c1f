"""YAML data files: the dictionaries, lexicon and places shipped in ``actorgraph/data``."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

__all__ = ["load_yaml", "packaged", "packaged_once"]

# libyaml's loader reads the 1,200-actor dictionary in a tenth of the pure-Python time.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    """Parse YAML safely (no tags, no objects), with libyaml when it is installed."""
    return yaml.load(text, Loader=_Loader)  # noqa: S506 - a safe loader


def packaged(name: str) -> Any:
    """A YAML file shipped in ``actorgraph/data``, parsed."""
    return load_yaml(resources.files("actorgraph").joinpath("data", name).read_text("utf-8"))


@cache
def packaged_once(name: str) -> Any:
    """``packaged(name)`` parsed once per process, for a file several components read at
    start-up (``context_names.yaml``: five readers). Shared: callers must not change it."""
    return packaged(name)
