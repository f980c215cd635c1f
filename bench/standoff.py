"""Stand-off references into the public texts under ``../shared/data``.

Labelled items taken from redistributable public texts (MUC-4 reports, SemEval-2015
Wikinews, the re3d folders under OGL, public-domain or CC BY licences) keep no text in
the project: an item carries a ``ref`` (corpus, file, document id, character offsets
and a short checksum) and its actor surfaces as offsets into that span. ``resolve``
reads the text back from ``../shared/data`` at run time.

    ref = {"corpus": "muc4-gtt", "file": "dev.json", "doc": "DEV-MUC3-0001",
           "start": 0, "end": 137, "sha1": "3f0c2a9d1e"}

Offsets index ``source_text(ref)``: the ``doc`` field of a MUC record, the ``text``
of a re3d document, and for a SemEval ``.tml`` file its sentences detokenised as in
``bench/corpus.py`` and joined with newlines.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"

# Sub-folders whose licence lets labels (and weights trained on them) ship.
REDISTRIBUTABLE_RE3D = ("UK Government", "CENTCOM", "US State Department",
                        "Australian Department of Foreign Affairs")

_SPACE_BEFORE = re.compile(r" ([,.;:!?%)\]}]|'s\b|n't\b|'re\b|'ve\b|'ll\b|'d\b)")
_SPACE_AFTER = re.compile(r"([(\[{$]) ")


class MissingSource(LookupError):
    """The public text behind a reference is not there (``../shared`` absent or changed)."""


def detokenize(s: str) -> str:
    return _SPACE_AFTER.sub(r"\1", _SPACE_BEFORE.sub(r"\1", s)).replace(" - ", "-")


def available() -> bool:
    return DATA.is_dir()


@lru_cache(maxsize=8)
def _json_file(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=16)
def _jsonl_file(path: Path) -> dict[str, dict]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            out[r["_id"]] = r
    return out


@lru_cache(maxsize=256)
def _tml_text(path: Path) -> str:
    raw = path.read_text(encoding="utf-8")
    body = raw.split("<TEXT>", 1)[-1]
    sents = [html.unescape(detokenize(re.sub(r"<[^>]+>", "", s)))
             for s in re.findall(r"<s\b[^>]*>(.*?)</s>", body, re.S)]
    return "\n".join(sents)


def source_text(ref: dict) -> str:
    """The whole source document a reference points into."""
    corpus, file = ref["corpus"], ref["file"]
    path = DATA / corpus / file
    if not path.is_file():
        raise MissingSource(f"{path}: not found (stand-off items need ../shared/data)")
    if corpus == "muc4-gtt":
        return _json_file(path)[ref["doc"]]["doc"]
    if corpus == "re3d":
        return _jsonl_file(path)[ref["doc"]]["text"]
    if corpus == "semeval2015-task4-timeline":
        return _tml_text(path)
    raise MissingSource(f"unknown corpus {corpus!r}")


def checksum(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def make_ref(corpus: str, file: str, doc: str | None, text: str, occurrence: int = 0) -> dict:
    """The reference of ``text`` (its ``occurrence``-th appearance) in a source document."""
    ref = {"corpus": corpus, "file": file, "doc": doc}
    whole = source_text(ref)
    start = -1
    for _ in range(occurrence + 1):
        start = whole.find(text, start + 1)
        if start < 0:
            raise ValueError(f"text not found in {corpus}/{file} {doc}: {text[:60]!r}")
    return {**ref, "start": start, "end": start + len(text), "sha1": checksum(text)}


def ref_text(ref: dict) -> str:
    text = source_text(ref)[ref["start"]:ref["end"]]
    if checksum(text) != ref["sha1"]:
        raise MissingSource(f"{ref['corpus']}/{ref['file']} {ref.get('doc')}: text changed")
    return text


_SURFACE_FIELDS = ("source", "target", "location", "asserted_by")


def to_standoff(item: dict) -> dict:
    """An item with ``text`` and a ``ref`` becomes one without text: surfaces become
    ``[start, end]`` offsets into the referenced span."""
    text = item["text"]
    ref = item["ref"]
    if checksum(text) != ref["sha1"]:
        raise ValueError(f"{item['id']}: text does not match its ref")

    def span(surface: str | None) -> list[int] | None:
        if surface is None:
            return None
        i = text.find(surface)
        if i < 0:
            raise ValueError(f"{item['id']}: surface {surface!r} not in text")
        return [i, i + len(surface)]

    out = {k: v for k, v in item.items() if k != "text"}
    out["events"] = [{**e, **{f: span(e.get(f)) for f in _SURFACE_FIELDS if f in e}}
                     for e in item.get("events", [])]
    if "actors" in item:
        out["actors"] = [{**a, "text": span(a["text"])} for a in item["actors"]]
    return out


def resolve(item: dict) -> dict:
    """The inverse of ``to_standoff``: an item with its text and surfaces read back."""
    if "ref" not in item or "text" in item:
        return item
    text = ref_text(item["ref"])

    def surface(span: list[int] | None) -> str | None:
        return None if span is None else text[span[0]:span[1]]

    out = {**item, "text": text}
    out["events"] = [{**e, **{f: surface(e.get(f)) for f in _SURFACE_FIELDS if f in e}}
                     for e in item.get("events", [])]
    if "actors" in item:
        out["actors"] = [{**a, "text": surface(a["text"])} for a in item["actors"]]
    return out
