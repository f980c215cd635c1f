"""Reading a trained classifier's package data: ``<stem>.npz`` (weights, vocabulary) and its
card ``<stem>.json``, as ``make train`` writes them."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import ModelError

__all__ = ["data_folder", "read_model"]


def data_folder(folder: str | None) -> Path:
    """``folder``, or the package's own ``data`` folder."""
    if folder is not None:
        return Path(folder)
    return Path(str(resources.files("actorgraph").joinpath("data")))


def read_model(folder: str | None, stem: str, what: str, version: int
               ) -> tuple[dict[str, Any], list[str], np.ndarray] | None:
    """(card, vocabulary, weights) of the model ``stem``, or ``None`` when its files are not
    there; :class:`ModelError` when they cannot be read or were built for other features."""
    base = data_folder(folder)
    card_path, weights_path = base / f"{stem}.json", base / f"{stem}.npz"
    if not card_path.is_file() or not weights_path.is_file():
        return None
    try:
        card = json.loads(card_path.read_text("utf-8"))
        with np.load(weights_path, allow_pickle=False) as data:
            weights = data["weights"]
            vocabulary = [str(v) for v in data["vocabulary"]]
    except (OSError, ValueError, KeyError) as exc:
        raise ModelError(f"{weights_path}: cannot read the {what} ({exc}); "
                         "rebuild it with `make train`") from exc
    if card.get("features_version") != version:
        raise ModelError(f"{card_path}: features version {card.get('features_version')} is "
                         f"not this code's {version}; rebuild it with `make train`")
    return card, vocabulary, weights
