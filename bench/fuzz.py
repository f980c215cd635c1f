"""Fuzz each reader, format sniffing and the date resolver with atheris, N runs per target.

    python bench/fuzz.py --iterations 20000                      # every target, one by one
    python bench/fuzz.py --iterations 2000 --format x-archive --format bluesky --jobs 2
    python bench/fuzz.py --reproduce crash.bin --format mastodon  # rerun one saved input
    python bench/fuzz.py --shapes 16 --shapes 64                 # coding time per KB by shape

Targets: one per reader format (``thread``, ``x-archive``, ``bluesky``, ``mastodon``,
``html``, ``text``, ``jsonl``, ``telegram``, ``feed``, ``pdf``, ``warc``), ``auto``
(``read_path`` on a file, format sniffed) and ``dates`` (``resolve_date`` and
``normalise_date``; an input is ``text\\ncontext\\nnow``).
Each runs in its own process under libFuzzer (``-runs=N``), its reader's modules
instrumented for coverage, starting from a copy of its fixtures in ``tests/data/readers``
and a dictionary of the format's tokens.

The one expected failure is :class:`~actorgraph.errors.ReaderError` naming the file with a
one-line problem. Anything else is a crash: another exception, a ReaderError without the
path, or documents that break the readers' contract (posts that do not index the text,
duplicate ids, text SQLite cannot store). Crashes are counted by kind (exception type and
the line that raised it); the first input of each kind is saved under ``--out`` with its
traceback, and the fuzzing goes on. A process that dies (libFuzzer timeout, out of memory,
a signal in C code) stops only its own target; its input is saved by libFuzzer.

The table gives, per target, the runs libFuzzer reports ("Done N runs"), the kinds of crash
and the inputs that hit them. The exit status is 1 when anything crashed.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from contract import date_value_problem, real_iso, storable  # bench/, beside this file

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "data" / "readers"

# fmt: off
_JSON = [
    '"', "{", "}", "[", "]", ":", ",", "null", "true", "false", "0", "-1", "1e999", '"\\u0000"',
    '"\\ud83d"', '"\\n"', '""', "[]", "{}",
]
_TIMES = [
    "T00:00:00", "Z", "+00:00", "+01:00", "-01:00", "0001", "9999", "2024-03-20",
    "Wed Oct 10 20:19:24 +0000 2018",
]
_HTML = [
    "<p>", "</p>", "<br>", "<a href=", "</a>", 'class="mention"', "&amp;", "&#", "&#x", "<!--",
    "-->", "<![CDATA[", "]]>", "<!DOCTYPE html>", "<script>", "</script>", "<style>", "<article>",
    "</article>", "<div>", "</div>", "<meta name=", "<title>",
]
_THREAD = [
    "Thread by @", "🧵 ", "1/", "2/3", "(4/5)", "[6/7]", "8.", "9)", "\n\n", "\r\n", "\u2028",
    "\xa0", "Share this thread", "• • •", "24/7",
]
_DATES = [
    "in", "on", "from", "to", "between", "and", "the same year", "the following month", "later",
    "earlier", "ago", "last", "next", "years", "days", "weeks", "decade", "today", "yesterday",
    "Monday", "Friday", "March", "May", "Sept", "1990s", "2003", "1800", "19", "-", "\u2013", "\n",
    "2024-05-16", "T10:00:00", "Resolution", "\u017f", "\u0130", "\u212a",
]
# fmt: on


@dataclass(frozen=True)
class Target:
    """A fuzz target: the fixtures it starts from, the file name readers see, the modules
    instrumented for coverage and the dictionary tokens."""

    seeds: tuple[str, ...]
    filename: str
    instrument: tuple[str, ...] = ("actorgraph",)
    tokens: tuple[str, ...] = ()


def _keys(names: str) -> tuple[str, ...]:
    """JSON keys and string values as dictionary tokens: ``"id_str"``."""
    return tuple(f'"{name}"' for name in names.split())


TARGETS: dict[str, Target] = {
    "thread": Target(("thread.txt", "thread_noheader.txt"), "thread.txt", tokens=tuple(_THREAD)),
    "x-archive": Target(
        ("x/data/tweets.js",),
        "tweets.js",
        tokens=(
            *_keys("tweet id_str id full_text text created_at in_reply_to_status_id_str entities"),
            *_keys("in_reply_to_status_id urls media url expanded_url"),
            "window.YTD.tweets.part0 = ",
            '"RT @',
            "https://t.co/",
            *_JSON,
            *_TIMES,
        ),
    ),
    "bluesky": Target(
        ("bluesky_thread.json",),
        "thread.json",
        tokens=(
            *_keys("thread post uri author handle record text createdAt parent replies facets"),
            *_keys("features $type app.bsky.richtext.facet#link app.bsky.feed.defs#notFoundPost"),
            '"at://did:plc:a/app.bsky.feed.post/k',
            *_JSON,
            *_TIMES,
        ),
    ),
    "mastodon": Target(
        ("mastodon/outbox.json",),
        "outbox.json",
        instrument=("actorgraph", "html.parser", "_markupbase"),
        tokens=(
            *_keys("orderedItems type Create Announce object Note id content published"),
            *_keys("inReplyTo url attributedTo actor Person"),
            *_JSON,
            *_TIMES,
            *_HTML,
        ),
    ),
    "html": Target(
        ("article.html",),
        "article.html",
        instrument=("actorgraph", "trafilatura"),
        tokens=(
            *_HTML,
            '<meta property="article:published_time" content="',
            '<meta charset="',
            '<link rel="canonical" href="',
            "<nav>",
            "<footer>",
            "\x00",
        ),
    ),
    "text": Target(("plain.txt",), "plain.txt", tokens=tuple(_THREAD)),
    "jsonl": Target(
        ("corpus.jsonl",),
        "corpus.jsonl",
        tokens=(*_keys("id text date author url title"), "\n", "\r\n", *_JSON),
    ),
    "telegram": Target(
        ("telegram/result.json",),
        "result.json",
        tokens=(
            *_keys("name type id messages message service text text_entities date"),
            *_keys("date_unixtime from forwarded_from reply_to_message_id edited username"),
            *_keys("bold link text_link href hashtag mention chats list"),
            *_JSON,
            *_TIMES,
        ),
    ),
    "feed": Target(
        ("feeds/rss.xml", "feeds/atom.xml"),
        "feed.xml",
        instrument=("actorgraph", "feedparser"),
        tokens=(
            "<rss", "</rss>", "<channel>", "<item>", "</item>", "<description>", "<pubDate>",
            '<feed xmlns="http://www.w3.org/2005/Atom">', "</feed>", "<entry>", "</entry>",
            "<content type='html'>", "<summary>", "<published>", "<updated>", "<guid>",
            "<link>", "<title>", "<?xml version='1.0'?>", "<!DOCTYPE", "<!ENTITY",
            *_HTML, *_TIMES,
        ),
    ),
    "pdf": Target(
        ("report.pdf",),
        "report.pdf",
        instrument=("actorgraph", "pypdf"),
        tokens=(
            "%PDF-1.4", "obj", "endobj", "stream", "endstream", "xref", "trailer", "startxref",
            "%%EOF", "/Type /Page", "/Encrypt", "/Filter /FlateDecode", "BT", "ET", "Tj", "TJ",
            "Td", "Tm", "/Title", "/Author", "/CreationDate (D:2023", "<<", ">>",
        ),
    ),
    "warc": Target(
        ("crawl.warc.gz",),
        "crawl.warc",
        instrument=("actorgraph", "warcio"),
        tokens=(
            "WARC/1.0\r\n", "WARC-Type: response\r\n", "WARC-Type: revisit\r\n",
            "Content-Length: ", "WARC-Target-URI: ", "WARC-Date: ", "WARC-Payload-Digest: ",
            "Content-Type: application/http; msgtype=response\r\n", "HTTP/1.1 200 OK\r\n",
            "Content-Type: text/html\r\n", "Transfer-Encoding: chunked\r\n", "\r\n\r\n",
            *_HTML,
        ),
    ),
    "auto": Target(
        (
            "thread.txt",
            "plain.txt",
            "x/data/tweets.js",
            "bluesky_thread.json",
            "mastodon/outbox.json",
            "mastodon/actor.json",
            "article.html",
            "corpus.jsonl",
            "telegram/result.json",
            "feeds/rss.xml",
            "report.pdf",
            "crawl.warc.gz",
        ),
        "input",
        tokens=(
            *_keys("thread orderedItems text @context"),
            "window.YTD.tweets.part0 = ",
            "activitystreams",
            "at://",
            "<html>",
            "<!doctype html",
            "\ufeff",
            *_JSON,
            *_THREAD[:4],
        ),
    ),
    "dates": Target((), "", tokens=tuple(_DATES)),
}
# fmt: off
DATE_SEEDS = [
    "Iran rejected the ceasefire in 1982", "on 19 November 2023 the ship was seized",
    "fighting from 2014 to 2017\n\n", "in the 1990s", "two years later\n1980-09\n",
    "five days later\n2020-01-03\n", "the same year\n2007\n",
    "last Tuesday\n\n2024-05-16T10:00:00", "three days ago\n\n2024-05-16",
    "captured the city in December\n\n2024-01-05", "Tehran on Friday rejected\n\n2020-01-10",
    "16 May 2024",
]
# fmt: on


class Violation(Exception):
    """A successful call whose result breaks the contract; the message names the rule."""


# -- the checks every run makes ------------------------------------------------------------


def check_documents(docs: Any, path: Path) -> None:
    if not isinstance(docs, list):
        raise Violation("a reader returned something other than a list")
    ids = [d.id for d in docs]
    if len(ids) != len(set(ids)):
        raise Violation("duplicate document ids")
    for doc in docs:
        if doc.source != str(path):
            raise Violation("Document.source is not the file")
        if [p.index for p in doc.posts] != list(range(1, len(doc.posts) + 1)):
            raise Violation("post indices are not 1..n")
        for p in doc.posts:
            if not (0 <= p.start <= p.end <= len(doc.text)) or doc.text[p.start : p.end] != p.text:
                raise Violation("a post's offsets do not index the document text")
        post_ids = [p.id for p in doc.posts if p.id is not None]
        if len(post_ids) != len(set(post_ids)):
            raise Violation("a post appears twice in one document")
        strings = [doc.id, doc.text, doc.title, doc.author, doc.published, doc.url]
        strings += [s for p in doc.posts for s in (p.author, p.time, p.url, p.id, *p.links)]
        if not all(s is None or storable(s) for s in strings):
            raise Violation("text with a lone surrogate or NUL, which the store cannot keep")


def check_reader_error(e: Any, path: Path) -> None:
    if e.path != str(path):
        raise Violation("ReaderError does not name the file")
    if not isinstance(e.problem, str) or not e.problem.strip() or "\n" in e.problem:
        raise Violation("ReaderError problem is empty or not one line")


def check_date_value(value: Any) -> None:
    problem = date_value_problem(value)
    if problem:
        raise Violation(problem)


# -- targets -------------------------------------------------------------------------------


def make_target(name: str, workdir: Path) -> Callable[[bytes], None]:
    """The function one fuzz run calls; it raises for a crash and returns otherwise."""
    from actorgraph.errors import ReaderError
    from actorgraph.readers import READERS, read_path
    from actorgraph.readers._records import collecting

    if name == "dates":
        from actorgraph.coding.dates import normalise_date, resolve_date

        def dates(data: bytes) -> None:
            text, context, now = (data.decode("utf-8", "replace").split("\n", 2) + ["", ""])[:3]
            check_date_value(resolve_date(text, context or None, now or None))
            day = normalise_date(text)
            if day is not None:
                if not (len(day) >= 10 and real_iso(day[:10])):
                    raise Violation("normalise_date returned no valid ISO day")
                if normalise_date(day) != day:
                    raise Violation("normalise_date is not idempotent")

        return dates

    path = workdir / TARGETS[name].filename
    reader = READERS.get(name)

    def read(data: bytes) -> None:
        # Twice: bad records refusing the file (--strict), then skipped and reported.
        for isolate in (False, True):
            skipped: list[ReaderError] = []
            try:
                with collecting(skipped.append if isolate else None):
                    if reader is None:  # "auto": through the file system and format sniffing
                        path.write_bytes(data)
                        docs = read_path(path, on_skip=skipped.append if isolate else None)
                    else:
                        docs = reader(path, data)
            except ReaderError as e:
                check_reader_error(e, path)
                continue
            for e in skipped:
                check_reader_error(e, path)
            check_documents(docs, path)

    return read


@dataclass
class Crash:
    kind: str  # exception type, or what killed the process
    where: str  # the line that raised, or libFuzzer's message
    message: str
    input: str  # the saved input
    hits: int = 1


def _where(e: BaseException) -> str:
    frames = traceback.extract_tb(e.__traceback__)
    if isinstance(e, Violation):
        return str(e)
    ours = [f for f in frames if "actorgraph" in f.filename] or frames
    f = ours[-1]
    return f"{Path(f.filename).name}:{f.lineno} ({f.name})"


def child(name: str, out: Path, iterations: int, fuzzer_args: list[str]) -> None:
    """Fuzz one target in this process; libFuzzer exits when the runs are done."""
    import atheris

    with atheris.instrument_imports(include=list(TARGETS[name].instrument)):
        import actorgraph.coding.dates  # noqa: F401
        import actorgraph.readers  # noqa: F401

        if name in ("html", "warc"):
            import trafilatura  # noqa: F401  (the HTML reader imports it on first use)
        for module, target_name in (("feedparser", "feed"), ("pypdf", "pdf"),
                                    ("warcio.archiveiterator", "warc")):
            if name == target_name:  # imported here to be instrumented, as trafilatura
                importlib.import_module(module)
    workdir = out / "files"  # where readers see their file: no account.js or actor.json
    workdir.mkdir(exist_ok=True)
    target = make_target(name, workdir)
    crashes: dict[tuple[str, str], Crash] = {}
    state = {"runs": 0}

    def save() -> None:
        tmp = out / "state.json.tmp"
        tmp.write_text(
            json.dumps({"runs": state["runs"], "crashes": [asdict(c) for c in crashes.values()]})
        )
        tmp.replace(out / "state.json")

    def one_input(data: bytes) -> None:
        state["runs"] += 1
        try:
            target(data)
        except Exception as e:  # noqa: BLE001 - every exception but ReaderError is a finding
            key = (type(e).__name__, _where(e))
            if key in crashes:
                crashes[key].hits += 1
            else:
                digest = hashlib.sha1(data).hexdigest()[:12]
                saved = out / f"found-{len(crashes) + 1}-{digest}.bin"
                saved.write_bytes(data)
                saved.with_suffix(".txt").write_text("".join(traceback.format_exception(e)))
                text = "" if isinstance(e, Violation) else str(e)  # a Violation's is `where`
                message = text.splitlines()[0][:200] if text.strip() else ""
                crashes[key] = Crash(key[0], key[1], message, str(saved))
                save()
        if state["runs"] % 250 == 0 or state["runs"] >= iterations:
            save()

    atheris.Setup([sys.argv[0], *fuzzer_args], one_input)
    atheris.Fuzz()


def reproduce(name: str, path: Path) -> int:
    """Run one saved input through a target, without atheris; print what happens."""
    with tempfile.TemporaryDirectory() as d:
        try:
            make_target(name, Path(d))(path.read_bytes())
        except Exception:  # noqa: BLE001
            traceback.print_exc()
            return 1
    print(f"{name}: {path} reads without a crash")
    return 0


# -- the driver ----------------------------------------------------------------------------


@dataclass
class Result:
    target: str
    iterations: int
    seconds: float
    returncode: int
    seed: str | None
    coverage: int | None = None  # libFuzzer's count of covered edges at the end
    crashes: list[Crash] = field(default_factory=list)
    slow_inputs: list[str] = field(default_factory=list)
    log: str = ""


def _dict_file(tokens: tuple[str, ...], path: Path) -> None:
    def esc(s: str) -> str:
        out = []
        for b in s.encode("utf-8"):
            ch = chr(b)
            out.append(f"\\x{b:02x}" if b < 32 or b > 126 or ch in '"\\' else ch)
        return '"' + "".join(out) + '"'

    path.write_text("".join(f"{esc(t)}\n" for t in dict.fromkeys(tokens)))


def run_target(name: str, args: argparse.Namespace, out: Path) -> Result:
    tdir = out / name
    shutil.rmtree(tdir, ignore_errors=True)
    corpus = tdir / "corpus"
    corpus.mkdir(parents=True)
    target = TARGETS[name]
    for seed in target.seeds:  # a copy: libFuzzer adds the inputs it finds to its corpus
        shutil.copyfile(FIXTURES / seed, corpus / seed.replace("/", "_"))
    if name == "dates":
        for i, text in enumerate(DATE_SEEDS):
            (corpus / f"seed-{i}").write_text(text, "utf-8")
    fuzzer = [
        f"-runs={args.iterations}",
        f"-timeout={args.timeout}",
        f"-rss_limit_mb={args.rss_limit_mb}",
        f"-artifact_prefix={tdir}/",
        "-print_final_stats=1",
    ]
    if target.tokens:
        _dict_file(target.tokens, tdir / "tokens.dict")
        fuzzer.append(f"-dict={tdir / 'tokens.dict'}")
    if args.seed is not None:
        fuzzer.append(f"-seed={args.seed}")
    if args.max_len:
        fuzzer.append(f"-max_len={args.max_len}")
    if args.max_time:
        fuzzer.append(f"-max_total_time={args.max_time}")
    cmd = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--child",
        name,
        "--out",
        str(tdir),
        "--iterations",
        str(args.iterations),
        "--",
        *fuzzer,
        str(corpus),
    ]
    log = tdir / "fuzz.log"
    start = time.perf_counter()
    with log.open("wb") as f:
        rc = subprocess.run(cmd, stdout=f, stderr=subprocess.STDOUT, cwd=tdir).returncode
    seconds = time.perf_counter() - start
    text = log.read_text("utf-8", "replace")

    state = json.loads((tdir / "state.json").read_text()) if (tdir / "state.json").exists() else {}
    done = re.search(r"^Done (\d+) runs in", text, re.M)
    status = re.findall(r"^#(\d+)\s", text, re.M)
    runs = int(done.group(1)) if done else max([state.get("runs", 0), *map(int, status)])
    seed = re.search(r"INFO: Seed: (\d+)", text)
    cov = re.findall(r"^#\d+\s.*?\bcov: (\d+)", text, re.M)
    result = Result(
        name,
        runs,
        round(seconds, 1),
        rc,
        seed.group(1) if seed else None,
        int(cov[-1]) if cov else None,
        [Crash(**c) for c in state.get("crashes", [])],
        log=str(log),
    )
    # What libFuzzer saves: inputs that killed the process, and inputs slower than 10 s.
    died = re.search(r"ERROR: libFuzzer: (.+)|=== Uncaught Python exception: ===", text)
    for artifact in sorted(tdir.iterdir()):
        kind = re.match(r"(crash|timeout|oom|leak)-[0-9a-f]+$", artifact.name)
        if kind:
            reason = (died.group(1) or "uncaught exception") if died else f"exit status {rc}"
            result.crashes.append(Crash(kind.group(1), reason.strip(), "", str(artifact)))
        elif artifact.name.startswith("slow-unit-"):
            result.slow_inputs.append(str(artifact))
    if rc != 0 and not result.crashes:
        result.crashes.append(Crash("died", f"exit status {rc}", text[-300:], str(log)))
    return result


def report(results: list[Result], args: argparse.Namespace, out: Path, wall: float) -> None:
    head = (
        f"{'target':<10} {'iterations':>10} {'crashes':>7} {'kinds':>5} {'slow':>4} "
        f"{'wall s':>8} {'runs/s':>7} {'cov':>5}  seed"
    )
    print(head)
    print("-" * len(head))
    for r in results:
        hits = sum(c.hits for c in r.crashes)
        rate = r.iterations / r.seconds if r.seconds else 0.0
        print(
            f"{r.target:<10} {r.iterations:>10,} {hits:>7,} {len(r.crashes):>5} "
            f"{len(r.slow_inputs):>4} {r.seconds:>8.1f} {rate:>7.0f} {r.coverage or '-':>5}  "
            f"{r.seed or '-'}"
        )
    total = sum(r.iterations for r in results)
    print(
        f"{'total':<10} {total:>10,} {sum(c.hits for r in results for c in r.crashes):>7,} "
        f"{sum(len(r.crashes) for r in results):>5} {'':>4} {wall:>8.1f}"
    )
    print(
        f"\n{args.iterations:,} runs asked per target (libFuzzer counts the seed inputs too). "
        "'crashes' counts inputs, 'kinds' distinct exception sites; 'wall s' includes start-up\n"
        f"and imports; 'cov' is libFuzzer's count of covered edges. Output: {out}"
    )
    for r in results:
        for c in r.crashes:
            msg = f": {c.message}" if c.message else ""
            print(
                f"  {r.target}: {c.kind} at {c.where}{msg} ({c.hits:,} inputs)\n"
                f"      first input: {c.input}"
            )
        for s in r.slow_inputs:
            print(f"  {r.target}: an input took over 10 s: {s}")


def shape_report(sizes: list[int], json_path: str | None) -> int:
    """Coding time per KB of each pathological shape against ordinary prose, at each size.

    Exit status 1 when a shape takes more than 4 times prose's time per KB at its largest size
    or its time per KB grows more than 2.5-fold from the smallest size to the largest (linear
    coding keeps it flat).
    """
    from shapes import SHAPES, per_kb, post  # bench/, beside this file

    from actorgraph.coding.documents import DocumentCoder
    from actorgraph.settings import Settings

    coder = DocumentCoder(Settings())
    per_kb(coder, post("prose", 2048))  # warm up: the first call builds caches
    rows: dict[str, dict[int, float]] = {}
    print(f"{'shape':<12}" + "".join(f"{kb:>9} KB" for kb in sizes) + "   (ms per KB)")
    for shape in SHAPES:
        rows[shape] = {kb: 1000 * per_kb(coder, post(shape, kb * 1024)) for kb in sizes}
        print(f"{shape:<12}" + "".join(f"{rows[shape][kb]:>12.1f}" for kb in sizes), flush=True)
    small, large = min(sizes), max(sizes)
    floor = 0.2 * rows["prose"][large]  # near-zero times are noise, not growth
    bad = [s for s, r in rows.items() if r[large] > 4 * rows["prose"][large]
           or (large > small and r[large] > 2.5 * max(r[small], floor))]
    for shape in bad:
        print(f"not linear: {shape}", file=sys.stderr)
    if json_path:
        Path(json_path).write_text(json.dumps({"ms_per_kb": rows}, indent=2))
    return 1 if bad else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--iterations", type=int, default=20_000, help="runs per target")
    ap.add_argument(
        "--format",
        action="append",
        dest="formats",
        metavar="TARGET",
        help=f"a target to fuzz (repeatable; default all): {', '.join(TARGETS)}",
    )
    ap.add_argument("--out", help="where inputs, logs and corpora go (default: a new temp dir)")
    ap.add_argument("--jobs", type=int, default=1, help="targets fuzzed at once")
    ap.add_argument("--seed", type=int, help="libFuzzer's random seed (default: random)")
    ap.add_argument("--timeout", type=int, default=20, help="seconds one input may take")
    ap.add_argument("--max-len", type=int, help="longest input (default: the largest seed)")
    ap.add_argument("--max-time", type=int, help="stop a target after this many seconds")
    ap.add_argument("--rss-limit-mb", type=int, default=3072)
    ap.add_argument("--json", help="also write the results to this file")
    ap.add_argument("--reproduce", metavar="FILE", help="run FILE through one --format target")
    ap.add_argument("--shapes", type=int, action="append", metavar="KB",
                    help="instead of fuzzing, time the coder on each shape of bench/shapes.py "
                         "at this size (repeatable) and report milliseconds per KB")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("fuzzer_args", nargs="*", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.shapes:
        return shape_report(args.shapes, args.json)
    names = [n.replace("_", "-") for n in args.formats or TARGETS]
    unknown = [n for n in names if n not in TARGETS]
    if unknown:
        ap.error(f"unknown target {unknown[0]!r}; expected one of {', '.join(TARGETS)}")
    if args.reproduce:
        if len(names) != 1:
            ap.error("--reproduce needs exactly one --format")
        return reproduce(names[0], Path(args.reproduce))
    if args.child:
        child(args.child, Path(args.out), args.iterations, args.fuzzer_args)
        return 0
    if importlib.util.find_spec("atheris") is None:
        print(
            "atheris is not installed: pip install atheris (a Linux/macOS wheel)", file=sys.stderr
        )
        return 2

    out = Path(args.out) if args.out else Path(tempfile.mkdtemp(prefix="actorgraph-fuzz-"))
    out.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = list(pool.map(lambda n: run_target(n, args, out), names))
    wall = time.perf_counter() - start
    report(results, args, out, wall)
    if args.json:
        summary = {
            "iterations_per_target": args.iterations,
            "seconds": round(wall, 1),
            "python": sys.version.split()[0],
            "cpus": os.cpu_count(),
            "out": str(out),
            "targets": [asdict(r) for r in results],
        }
        Path(args.json).write_text(json.dumps(summary, indent=2))
    return 1 if any(r.crashes for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
