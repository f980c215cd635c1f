"""Build the throughput benchmark's corpus: English news-like text as a JSONL file.

Sources, read from ``../shared/data/`` beside the project when it is there
(each skipped when absent):

- MUC-3/4 terrorism reports (``muc4-gtt/{train,dev,test}.json``, upper case wire text);
- re3d security documents (``re3d/*/documents.json``);
- SemEval-2015 task 4 Wikinews documents (``semeval2015-task4-timeline``, the
  tokenised TimeML sentences joined back into text);
- ConfliBERT CAMEO sentences (``conflibert-cameo/cameo_class/train.tsv``), ten to a document;
- the project's own examples (``src/actorgraph/examples/``).

The unique text is about 4 MB; the corpus repeats it (each copy with its own
document ids, in a shuffled order) until it reaches the size asked for. A
corpus is cached as ``bench/.cache/corpus-{MB}mb.jsonl``.

    python bench/corpus.py --mb 20        # prints the path of the corpus
"""

from __future__ import annotations

import argparse
import glob
import html
import json
import random
import re
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
CACHE = Path(__file__).resolve().parent / ".cache"
MB = 1_000_000

_SPACE_BEFORE = re.compile(r" ([,.;:!?%)\]}]|'s\b|n't\b|'re\b|'ve\b|'ll\b|'d\b)")
_SPACE_AFTER = re.compile(r"([(\[{$]) ")


def _detokenize(s: str) -> str:
    return _SPACE_AFTER.sub(r"\1", _SPACE_BEFORE.sub(r"\1", s)).replace(" - ", "-")


def _muc() -> Iterator[dict[str, str]]:
    for name in ("train", "dev", "test"):
        path = DATA / "muc4-gtt" / f"{name}.json"
        if path.is_file():
            for doc_id, record in json.loads(path.read_text(encoding="utf-8")).items():
                yield {"id": f"muc-{doc_id}", "text": record["doc"]}


def _re3d() -> Iterator[dict[str, str]]:
    for path in sorted(glob.glob(str(DATA / "re3d" / "*" / "documents.json"))):
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                yield {"id": f"re3d-{r['_id']}", "text": r["text"], "title": r.get("title") or ""}


def _semeval() -> Iterator[dict[str, str]]:
    seen: set[str] = set()
    for path in sorted(glob.glob(str(DATA / "semeval2015-task4-timeline" / "*" / "*" / "*.tml"))):
        raw = Path(path).read_text(encoding="utf-8")
        doc_id = re.search(r"<DOCID>(.*?)</DOCID>", raw)
        if not doc_id or doc_id.group(1) in seen:
            continue
        seen.add(doc_id.group(1))
        body = raw.split("<TEXT>", 1)[-1]
        sents = [html.unescape(_detokenize(re.sub(r"<[^>]+>", "", s)))
                 for s in re.findall(r"<s\b[^>]*>(.*?)</s>", body, re.S)]
        # ISO dates only (one document has "03-02-2009").
        date = re.search(r'functionInDocument="CREATION_TIME"[^>]*value="(\d{4}-\d\d-\d\d)"', raw)
        if len(sents) > 2:
            # Title, dateline, then the article as paragraphs of three sentences.
            paras = [" ".join(sents[i:i + 3]) for i in range(2, len(sents), 3)]
            yield {"id": f"wikinews-{doc_id.group(1)}", "title": sents[0],
                   "text": "\n\n".join(paras), "date": date.group(1) if date else ""}


def _conflibert() -> Iterator[dict[str, str]]:
    path = DATA / "conflibert-cameo" / "cameo_class" / "train.tsv"
    if not path.is_file():
        return
    sents = [line.rsplit("\t", 1)[0] for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    for n, i in enumerate(range(0, len(sents), 10)):
        yield {"id": f"conflibert-{n}", "text": " ".join(sents[i:i + 10])}


def _examples() -> Iterator[dict[str, str]]:
    for path in sorted((ROOT / "src" / "actorgraph" / "examples").glob("*.txt")):
        yield {"id": f"example-{path.stem}", "text": path.read_text(encoding="utf-8")}


def unique_documents() -> list[dict[str, str]]:
    """Every source document once, empty fields dropped."""
    docs = []
    for source in (_muc, _re3d, _semeval, _conflibert, _examples):
        for d in source():
            if d["text"].strip():
                docs.append({k: v for k, v in d.items() if v})
    return docs


def build(mb: float, cache: Path = CACHE, seed: int = 0) -> Path:
    """The path of a corpus of at least ``mb`` megabytes (10^6 bytes), built once and cached."""
    path = cache / f"corpus-{mb:g}mb.jsonl"
    if path.is_file():
        return path
    docs = unique_documents()
    if not docs:
        raise SystemExit(f"no corpus sources found under {DATA}")
    cache.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    tmp = path.with_suffix(".tmp")
    size = 0
    copy = 0
    with tmp.open("w", encoding="utf-8") as f:
        while size < mb * MB:
            order = docs[:]
            rng.shuffle(order)
            for d in order:
                line = json.dumps(d | {"id": f"{d['id']}~{copy}"}, ensure_ascii=False) + "\n"
                f.write(line)
                size += len(line.encode("utf-8"))
                if size >= mb * MB:
                    break
            copy += 1
    tmp.replace(path)
    return path


def sample(corpus: Path, mb: float, seed: int = 0, cache: Path = CACHE) -> Path:
    """A random sample of ``corpus``'s documents (lines) totalling about ``mb`` megabytes."""
    path = cache / f"{corpus.stem}-sample-{mb:g}mb-seed{seed}.jsonl"
    if path.is_file():
        return path
    lines = corpus.read_text(encoding="utf-8").splitlines(keepends=True)
    random.Random(seed).shuffle(lines)
    picked, size = [], 0
    for line in lines:
        if size >= mb * MB:
            break
        picked.append(line)
        size += len(line.encode("utf-8"))
    path.write_text("".join(picked), encoding="utf-8")
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=20, help="corpus size in MB (default 20)")
    args = ap.parse_args()
    print(build(args.mb))


if __name__ == "__main__":
    main()
