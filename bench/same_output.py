"""Whether a change leaves the coded output byte for byte as it was.

A speed change must not change what is coded. This codes the same texts with the default
coder of two checkouts, each in a fresh process, and compares everything a coded document
holds (events, claims, relations, mentions, actors), one JSON line per document:

    python bench/same_output.py --before /tmp/before/src --corpus dense.jsonl
    python bench/same_output.py --before /tmp/before/src --splits train dev

``--corpus`` codes JSONL files as ``actorgraph code`` reads them (the dense corpus of
``../shared/bench/make_corpus.py``); ``--splits`` codes the texts of labelled items of
those splits (train and dev only: the test split is read only to report accuracy), one
document per item with its publication date. Prints one line per input and exits 1 when
any differs, naming the first document that does. ``--set KEY=VALUE`` (as the CLI's
``--set``) codes with other settings: ``--set prefilter=false``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "src"


def _child(path: Path, sets: list[str]) -> None:
    """Code ``path`` with the actorgraph on ``sys.path``; one JSON line per document."""
    from dataclasses import asdict

    import actorgraph
    from actorgraph.coding.documents import DocumentCoder
    from actorgraph.readers import read_path
    from actorgraph.settings import Settings

    print(Path(actorgraph.__file__).resolve().parents[1])  # which checkout was coded with
    overrides = dict(s.split("=", 1) for s in sets)
    coder = DocumentCoder(Settings.from_overrides(**overrides) if overrides else Settings())
    out = sys.stdout
    for coded in coder.code_many(read_path(path)):
        record = {
            "document": coded.document.id,
            "events": [asdict(e) for e in coded.events],
            "claims": [asdict(c) for c in coded.claims],
            "relations": [asdict(r) for r in coded.relations],
            "mentions": [asdict(m) for m in coded.mentions],
            "actors": {k: asdict(a) for k, a in coded.actors.items()},
        }
        out.write(json.dumps(record, sort_keys=True, default=str, ensure_ascii=False) + "\n")


def _code(path: Path, src: Path, sets: list[str]) -> list[str]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        [str(src), *filter(None, [os.environ.get("PYTHONPATH")])]))
    cmd = [sys.executable, __file__, "--child", str(path), *[f"--set={s}" for s in sets]]
    done = subprocess.run(cmd, check=True, stdout=subprocess.PIPE, text=True, env=env)
    source, *lines = done.stdout.splitlines()
    if Path(source) != src.resolve():
        raise SystemExit(f"same_output.py: actorgraph came from {source}, not {src}")
    return lines


def _split_texts(splits: list[str], folder: Path, shared: Path | None = None) -> Path:
    """The texts of the labelled items of ``splits`` as one JSONL corpus in ``folder``;
    ``shared``: the ``shared`` folder holding the stand-off items' texts, if not beside
    this checkout."""
    if "test" in splits:
        raise SystemExit("same_output.py: the test split is not read here (train and dev only)")
    sys.path.insert(0, str(HERE))
    import standoff
    from labelled import load

    if shared is not None:
        standoff.DATA = shared / "data"

    path = folder / f"{'+'.join(splits)}.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for split in splits:
            for item in load(split):  # says how many stand-off items it skips
                doc = {"id": item["id"], "text": item["text"]}
                if item.get("published"):
                    doc["published"] = item["published"]
                out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return path


def _events_of(line: str) -> set[str]:
    """A document's events in short: type, source, target and the words that bear them."""
    return {f"{e.get('type')} {e.get('source')} -> {e.get('target')} [{e.get('trigger')}]"
            for e in json.loads(line)["events"]}


def compare(path: Path, before: Path, after: Path, sets: list[str],
            listed: int = 0) -> bool:
    old, new = _code(path, before, sets), _code(path, after, sets)
    digest = hashlib.sha256("\n".join(new).encode()).hexdigest()[:16]
    events = sum(len(json.loads(line)["events"]) for line in new)
    same = old == new
    print(f"{path.name}: {len(new)} documents, {events} events, sha256 {digest}: "
          f"{'identical' if same else 'DIFFERENT'}", flush=True)
    if not same:
        differ = [(a, b) for a, b in zip(old, new, strict=False) if a != b]
        if differ:
            print(f"  {len(differ)} documents differ; the first is "
                  f"{json.loads(differ[0][0])['document']!r}")
        if len(old) != len(new):
            print(f"  {len(old)} documents before, {len(new)} after")
        for a, b in differ[:listed]:  # what changed in the events (other fields: not shown)
            gone, came = _events_of(a) - _events_of(b), _events_of(b) - _events_of(a)
            print(f"  {json.loads(a)['document']}: " + "; ".join(
                [f"- {e}" for e in sorted(gone)] + [f"+ {e}" for e in sorted(came)]
                or ["events the same (mentions, actors, claims or relations differ)"]))
    return same


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--before", type=Path, required=False,
                    help="the src folder of the checkout to compare with (the code before)")
    ap.add_argument("--after", type=Path, default=SRC,
                    help="the src folder of the changed code (default: this checkout's)")
    ap.add_argument("--corpus", type=Path, nargs="*", default=[],
                    help="JSONL corpora to code (e.g. the dense one of make_corpus.py)")
    ap.add_argument("--splits", nargs="*", default=[], choices=("train", "dev"),
                    help="also code the texts of the labelled items of these splits")
    ap.add_argument("--shared", type=Path, default=None,
                    help="the shared folder of the stand-off items' texts (default: ../shared "
                         "beside the checkout)")
    ap.add_argument("--set", dest="sets", action="append", default=[], metavar="KEY=VALUE",
                    help="a setting both coders use (as the CLI's --set)")
    ap.add_argument("--list", type=int, default=0, metavar="N",
                    help="print the events gained and lost in the first N documents that differ")
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child is not None:
        _child(args.child, args.sets)
        return
    if args.before is None:
        ap.error("--before SRC is needed")
    with tempfile.TemporaryDirectory() as tmp:
        paths = list(args.corpus)
        if args.splits:
            paths.append(_split_texts(args.splits, Path(tmp), args.shared))
        if not paths:
            ap.error("nothing to code: give --corpus or --splits")
        results = [compare(p, args.before.resolve(), args.after.resolve(), args.sets, args.list)
                   for p in paths]
    sys.exit(0 if all(results) else 1)


if __name__ == "__main__":
    main()
