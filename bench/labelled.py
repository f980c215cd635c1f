"""The labelled event corpus, by split.

    from labelled import load
    items = load("dev")            # list of dicts in the bench/data/README.md format

Files: ``bench/data/events.jsonl`` (the original 300 items, written here and tuned on:
train or dev only) and ``bench/data/labelled/{train,dev,test}.jsonl`` (the items added
since, each file holding one split as ``bench/splits.py`` assigns it), and the topic files
``bench/data/labelled/<topic>.jsonl`` (:data:`TOPICS`; items of every split, each read into
the split its id gives). Items taken from
public texts are stand-off (a ``ref``, no text); ``load`` reads their text back from
``../shared/data`` and skips them, with one message, when it is absent.

``ACTORGRAPH_BENCH_NEW_ONLY=1`` leaves the original 300 out of every split: they were
tuned on for rounds, so train and dev figures with them flatter the rules, and a change
that helps only them will not help unseen text.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import standoff  # noqa: E402
from splits import SPLITS, split_of  # noqa: E402

ORIGINAL = HERE / "data" / "events.jsonl"
FOLDER = HERE / "data" / "labelled"
#: Files of ``FOLDER`` holding items of all splits: who says what (attribution, claims of
#: responsibility, rebuttals inside one text).
TOPICS = ("attribution",)


def _read(path: Path) -> list[dict]:
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def load(split: str, *, standoff_items: bool = True, quiet: bool = False) -> list[dict]:
    """Items of one split (``train``, ``dev``, ``test`` or ``all``), text resolved."""
    if split not in (*SPLITS, "all"):
        raise ValueError(f"unknown split {split!r}")
    wanted = SPLITS if split == "all" else (split,)
    new_only = os.environ.get("ACTORGRAPH_BENCH_NEW_ONLY", "") not in ("", "0")
    items = [] if new_only else [i for i in _read(ORIGINAL) if split_of(i["id"]) in wanted]
    for s in wanted:
        items += _read(FOLDER / f"{s}.jsonl")
    for topic in TOPICS:
        items += [i for i in _read(FOLDER / f"{topic}.jsonl") if split_of(i["id"]) in wanted]
    out, skipped = [], 0
    for item in items:
        if "ref" in item:
            if not standoff_items:
                continue
            try:
                item = standoff.resolve(item)
            except standoff.MissingSource:
                skipped += 1
                continue
        out.append(item)
    if skipped and not quiet:
        print(f"labelled: {skipped} stand-off item(s) skipped: ../shared/data is not there",
              file=sys.stderr)
    return out


def same_actor(got: str | None, gold: str | None) -> bool:
    """Whether a coded actor id answers a gold one. The labels write a person the
    dictionary lacks as ``PER.NAME`` and a company it lacks as ``COM.NAME``
    (docs/LABELLING.md); the coder writes the same person or company as provisional,
    ``PRV.PER.NAME`` or ``PRV.COM.NAME``: both say "the person (company) NAME, not in the
    dictionary", so they count as the same answer. Nothing else is loosened (a provisional
    organisation, ``PRV.ORG.NAME``, does not say it is a company)."""
    if got == gold:
        return True
    return bool(got and gold and got.startswith(("PRV.PER.", "PRV.COM.")) and got[4:] == gold)
