"""Loopback load test of ``actorgraph serve``: requests/s and latency at N concurrent clients.

One run:

1. builds a store (unless ``--db`` names an existing one) with a real
   ``actorgraph ingest`` of the shipped example thread
   (``src/actorgraph/examples/iran-iraq-thread.txt``) and ``--docs``
   generated news-like documents, so that pages and aggregates have
   something to chew on;
2. starts the real server (``actorgraph serve``, uvicorn) on 127.0.0.1 at a
   free port and waits for ``/healthz``;
3. runs ``--clients`` concurrent clients (asyncio tasks, each with its own
   ``httpx.AsyncClient`` and one kept-alive connection) that
   take requests in turn from a fixed mix of endpoints (events with
   filters, merged events, graph, timeline, claims, search, actor card,
   post, HTML pages) until ``--requests`` are done or ``--seconds`` have
   passed, whichever comes first;
4. prints clients, requests, errors (a status other than 200, a body
   without ``"ok": true``, or an exception), requests/s and the p50/p95/p99
   latency in ms (``time.perf_counter`` around each request), overall and per
   endpoint, and exits 1 if there was any error or the server logged one.

The client runs on the same machine as the server and shares its CPUs, so
the figures are a floor for what the server alone could do.

    python bench/load.py                                 # 50 clients, 5000 requests or 60 s
    python bench/load.py --clients 10 --requests 1000
    python bench/load.py --db iraq.db --json             # an existing store; JSON output
    python bench/load.py --hostile 10 --seconds 30       # 10 of the clients send hostile searches

With ``--hostile N``, a post of 30,000 hits (``"Iran attacked. "`` repeated) is added to the
store, N of the clients send searches from :data:`HOSTILE` instead of the mix (answers 200,
400 for a query past the bounds or 503 for one past its time budget all count as answered;
no answer, or a 5xx other than 503, is an error), and one more client asks ``/healthz``
every 50 ms: its p50/p99/max latency is reported, and any answer but 200 is an error.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import platform
import random
import socket
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "src" / "actorgraph" / "examples" / "iran-iraq-thread.txt"
MAIN = "from actorgraph.cli import main; main()"
BAD_LOG = ("Traceback", "locked", "Exception", "ERROR")

#: (name, path, query) with {actor}, {doc} and {merged} filled in from the store.
MIX: list[tuple[str, str, dict[str, Any]]] = [
    ("events", "/api/events", {"limit": 100}),
    ("events?filters", "/api/events",
     {"actor": "{actor}", "type": "ASSAULT", "since": "2003", "until": "2009", "limit": 50}),
    ("events?context", "/api/events", {"source": "{actor}", "context": "true", "limit": 20}),
    ("merged", "/api/merged", {"limit": 20}),
    ("merged/id", "/api/merged/{merged}", {}),
    ("graph", "/api/graph", {}),
    ("graph?actor", "/api/graph", {"actor": "{actor}", "depth": 2}),
    ("timeline", "/api/timeline", {"limit": 500}),
    ("claims", "/api/claims", {"limit": 100}),
    ("claims?contested", "/api/claims", {"contested": "true"}),
    ("search", "/api/search", {"q": "attacked Baghdad"}),
    ("actors", "/api/actors", {"q": "ir"}),
    ("actor card", "/api/actors/{actor}", {}),
    ("post", "/api/post", {"doc": "{doc}", "post": 1}),
    ("meta", "/api/meta", {}),
    ("page /", "/", {}),
    ("page /timeline", "/timeline", {}),
    ("page /evidence", "/evidence", {}),
    ("page /search", "/search", {"q": "Iran"}),
]

#: Searches an attacker would send (issue 20): a word in every position of a huge post, many
#: prefixes, too many terms, phrases of common words. Each may be refused, never stall others.
HOSTILE: list[tuple[str, dict[str, Any]]] = [
    ("hostile word", {"q": "iran", "limit": 100}),
    ("hostile prefixes", {"q": "ir* at* ir* at*", "limit": 100}),
    ("hostile t*", {"q": " ".join(["t*"] * 66)}),
    ("hostile terms", {"q": " ".join(["iran attacked"] * 8), "limit": 100}),
    ("hostile phrase", {"q": '"iran attacked iran attacked iran"', "limit": 100}),
]
#: Statuses a hostile search may get: answered, refused as past the bounds, stopped in time.
HOSTILE_OK = {200, 400, 503}

_ACTORS = ["Iran", "Iraq", "the United States", "Israel", "Hezbollah", "Syria", "Turkey",
           "the Quds Force", "the Mahdi Army", "Saudi Arabia", "Russia", "the IRGC"]
_PLACES = ["Baghdad", "Najaf", "Basra", "Damascus", "Beirut", "Mosul", "Karbala", "Tehran"]
_VERBS = [("attacked", "attacking"), ("armed", "arming"), ("met with", "meeting with"),
          ("accused", "accusing"), ("sanctioned", "sanctioning"), ("bombed", "bombing"),
          ("trained", "training"), ("threatened", "threatening")]
_SAYERS = ["US officials", "Iraqi officials", "the United Nations", "Reuters"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def write_corpus(path: Path, docs: int, seed: int = 7) -> None:
    """``docs`` JSONL documents of short posts about who did what to whom, some denied."""
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8") as out:
        for i in range(docs):
            year = rng.randint(2003, 2009)
            posts = []
            for _ in range(rng.randint(2, 3)):
                a, b = rng.sample(_ACTORS, 2)
                verb, gerund = rng.choice(_VERBS)
                place = rng.choice(_PLACES)
                when = f"{rng.randint(1, 28)} {rng.choice(_MONTHS)} {year}"
                said = f", according to {rng.choice(_SAYERS)}" if rng.random() < 0.5 else ""
                posts.append(f"{_cap(a)} {verb} {b} in {place} on {when}{said}. "
                             f"Officials in {place} said talks would continue.")
                if rng.random() < 0.2:  # contested: the accused denies it
                    posts.append(f"{_cap(a)} denied {gerund} {b} in {place} on {when}.")
            record = {"id": f"gen{i:05d}", "text": "\n\n".join(posts),
                      "date": f"{year}-12-31", "title": f"Report {i}"}
            out.write(json.dumps(record) + "\n")


def _actorgraph(*args: str | Path | int, log: Path) -> subprocess.Popen[bytes]:
    """``actorgraph ARGS`` in a child process, its stderr in ``log`` (a file: a full pipe
    would stall it)."""
    with open(log, "wb") as err:
        return subprocess.Popen([sys.executable, "-c", MAIN, *map(str, args)],
                                stdout=subprocess.DEVNULL, stderr=err,
                                env={**os.environ, "PYTHONUNBUFFERED": "1"})


def build_store(db: Path, docs: int = 1000) -> None:
    """Ingest the example thread and ``docs`` generated documents into ``db`` (real CLI)."""
    inputs: list[str | Path] = [EXAMPLE]
    if docs:
        corpus = db.with_name(db.stem + "-corpus.jsonl")
        write_corpus(corpus, docs)
        inputs.append(corpus)
    log = db.with_name(db.stem + "-ingest.log")
    proc = _actorgraph("ingest", *inputs, "--db", db, log=log)
    if proc.wait(timeout=900) != 0:
        raise RuntimeError(f"ingest failed:\n{log.read_text()[-3000:]}")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serve(db: Path, log: Path, timeout: float = 30, workers: int = 1) -> Iterator[str]:
    """A real ``actorgraph serve`` (``workers`` processes) on a free loopback port; yields
    its base URL."""
    port = _free_port()
    proc = _actorgraph("serve", "--db", db, "--host", "127.0.0.1", "--port", port,
                       "--workers", workers, log=log)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"the server exited:\n{log.read_text()[-3000:]}")
            try:
                if httpx.get(base + "/healthz", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("the server did not answer /healthz")
            time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


def requests_for(base: str) -> list[tuple[str, str, dict[str, Any]]]:
    """The mix, with an actor, a document and a merged event of the store filled in."""
    with httpx.Client(base_url=base, timeout=30) as http:
        actors = http.get("/api/actors", params={"limit": 50}).json()["actors"]
        merged = http.get("/api/merged", params={"limit": 1, "context": "false"}).json()
        events = http.get("/api/events", params={"limit": 1}).json()["events"]
    if not (actors and merged["merged"] and events):
        raise RuntimeError("the store is empty; ingest something first")
    busiest = max(actors, key=lambda a: sum(a["counts"].values()) if a.get("counts") else 0)
    values = {"actor": busiest["id"], "merged": merged["merged"][0]["id"],
              "doc": events[0]["evidence"]["doc"]}
    out = []
    for name, path, query in MIX:
        filled = {k: v.format(**values) if isinstance(v, str) else v for k, v in query.items()}
        out.append((name, path.format(**values), filled))
    return out


def _percentile(sorted_ms: list[float], p: float) -> float:
    """Nearest-rank percentile of a sorted list."""
    if not sorted_ms:
        return float("nan")
    return sorted_ms[min(len(sorted_ms) - 1, max(0, math.ceil(p / 100 * len(sorted_ms)) - 1))]


def add_hostile_post(db: Path, hits: int = 30_000) -> None:
    """Store one post of ``hits`` words "Iran" (no events: it is there to be searched)."""
    from actorgraph.models import CodedDocument, Document, Post
    from actorgraph.store.db import Store

    text = "Iran attacked. " * hits
    with Store(db) as store:
        store.write(CodedDocument(Document("hostile", text, (Post(1, text, 0, len(text)),),
                                           "text")))


async def _load(base: str, mix: list[tuple[str, str, dict[str, Any]]], clients: int,
                requests: int, seconds: float, hostile: int = 0) -> dict[str, Any]:
    latencies: dict[str, list[float]] = defaultdict(list)
    errors: list[str] = []
    statuses: dict[str, int] = defaultdict(int)
    health: list[float] = []
    issued = 0
    cpu = time.process_time()
    start = time.perf_counter()
    deadline = start + seconds

    async def client() -> None:
        # Each client keeps its own connection alive, as a browser tab would. (Clients sharing
        # one pool leave some connections idle long enough for the server's keep-alive timeout
        # to close them just as a request is sent on them: an error of the benchmark's making.)
        nonlocal issued
        limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
        async with httpx.AsyncClient(base_url=base, timeout=30, limits=limits) as http:
            while issued < requests and time.perf_counter() < deadline:
                name, path, query = mix[issued % len(mix)]
                issued += 1
                t0 = time.perf_counter()
                try:
                    r = await http.get(path, params=query)
                    body = r.content
                except httpx.HTTPError as exc:
                    errors.append(f"{name} at {t0 - start:.1f} s: {exc!r}")
                    continue
                latencies[name].append((time.perf_counter() - t0) * 1000)
                if r.status_code != 200:
                    errors.append(f"{name}: HTTP {r.status_code} {body[:200]!r}")
                elif path.startswith("/api") and not body.startswith(b'{"ok":true'):
                    errors.append(f"{name}: {body[:200]!r}")

    async def attacker(n: int) -> None:
        async with httpx.AsyncClient(base_url=base, timeout=60) as http:
            i = n
            while time.perf_counter() < deadline and not stop:
                name, query = HOSTILE[i % len(HOSTILE)]
                i += 1
                try:
                    r = await http.get("/api/search", params=query)
                except httpx.HTTPError as exc:
                    errors.append(f"{name}: {exc!r}")
                    continue
                statuses[f"{name} {r.status_code}"] += 1
                if r.status_code not in HOSTILE_OK:
                    errors.append(f"{name}: HTTP {r.status_code} {r.content[:200]!r}")

    async def prober() -> None:
        async with httpx.AsyncClient(base_url=base, timeout=60) as http:
            while time.perf_counter() < deadline and not stop:
                t0 = time.perf_counter()
                try:
                    r = await http.get("/healthz")
                except httpx.HTTPError as exc:
                    errors.append(f"healthz: {exc!r}")
                    continue
                health.append((time.perf_counter() - t0) * 1000)
                if r.status_code != 200:
                    errors.append(f"healthz: HTTP {r.status_code} {r.content[:200]!r}")
                await asyncio.sleep(0.05)

    stop = False
    side = [asyncio.ensure_future(attacker(n)) for n in range(hostile)]
    side += [asyncio.ensure_future(prober())] if hostile else []
    await asyncio.gather(*(client() for _ in range(clients - hostile)))
    stop = True
    await asyncio.gather(*side)
    elapsed = time.perf_counter() - start
    every = sorted(ms for v in latencies.values() for ms in v)
    return {
        "clients": clients, "requests": issued, "completed": len(every),
        "errors": len(errors), "error_examples": errors[:5], "seconds": round(elapsed, 2),
        "requests_per_s": round(len(every) / elapsed, 1),
        "client_cpu_s": round(time.process_time() - cpu, 1),
        "latency_ms": {f"p{p}": round(_percentile(every, p), 1) for p in (50, 95, 99)},
        "endpoints": {name: {"requests": len(v),
                             "p95_ms": round(_percentile(sorted(v), 95), 1)}
                      for name, v in sorted(latencies.items())},
        **({"hostile": {"clients": hostile, "statuses": dict(sorted(statuses.items())),
                        "healthz_ms": {"requests": len(health),
                                       **{f"p{p}": round(_percentile(sorted(health), p), 1)
                                          for p in (50, 99)},
                                       "max": round(max(health, default=float("nan")), 1)}}}
           if hostile else {}),
    }


def run_load(base: str, clients: int = 50, requests: int = 5000,
             seconds: float = 60, hostile: int = 0) -> dict[str, Any]:
    """Load the server at ``base`` with ``clients`` concurrent clients; returns the figures.

    Stops after ``requests`` requests or ``seconds`` seconds, whichever comes
    first (a request under way then is finished and counted). ``hostile`` of the
    clients send :data:`HOSTILE` searches, and a prober times ``/healthz``.
    """
    return asyncio.run(_load(base, requests_for(base), clients, requests, seconds, hostile))


def server_problems(log: Path) -> list[str]:
    """Lines of the server's log that report an error."""
    return [line for line in log.read_text("utf-8", "replace").splitlines()
            if any(bad in line for bad in BAD_LOG)]


def _report(result: dict[str, Any], command: str) -> str:
    lat = result["latency_ms"]
    lines = [
        f"command:   {command}",
        f"machine:   {platform.platform()}, {os.cpu_count()} CPUs, Python "
        f"{platform.python_version()}; load average {result['loadavg']} before the run",
        f"store:     {result['store']}",
        f"clients:   {result['clients']}, server processes: {result.get('workers', 1)}",
        f"requests:  {result['requests']} ({result['completed']} completed) in "
        f"{result['seconds']} s",
        f"errors:    {result['errors']}",
        f"rate:      {result['requests_per_s']} requests/s (completed / wall time; the client"
        f" itself used {result['client_cpu_s']} s of CPU)",
        f"latency:   p50 {lat['p50']} ms, p95 {lat['p95']} ms, p99 {lat['p99']} ms",
        "per endpoint (requests, p95 ms):",
    ]
    width = max((len(name) for name in result["endpoints"]), default=8)
    for name, e in result["endpoints"].items():
        lines.append(f"  {name:<{width}}  {e['requests']:>6}  {e['p95_ms']:>8.1f}")
    if "hostile" in result:
        h = result["hostile"]
        hz = h["healthz_ms"]
        lines.append(f"hostile:   {h['clients']} clients; /healthz every 50 ms meanwhile: "
                     f"{hz['requests']} requests, p50 {hz['p50']} ms, p99 {hz['p99']} ms, "
                     f"max {hz['max']} ms")
        lines += [f"  {name}: {n}" for name, n in h["statuses"].items()]
    lines += [f"  error: {e}" for e in result["error_examples"]]
    lines += [f"  server log: {p}" for p in result["server_log"]]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=None,
                        help="Store to serve; built there when missing (default: a temporary one).")
    parser.add_argument("--docs", type=int, default=1000,
                        help="Generated documents added to the example when building a store.")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=5000, help="Stop after this many.")
    parser.add_argument("--seconds", type=float, default=60, help="Or after this long.")
    parser.add_argument("--workers", type=int, default=1, help="Server processes.")
    parser.add_argument("--json", action="store_true", help="Print the figures as JSON.")
    parser.add_argument("--hostile", type=int, default=0, metavar="N",
                        help="N of the clients send hostile searches; /healthz is timed.")
    args = parser.parse_args(argv)
    if not 0 <= args.hostile < args.clients:
        parser.error("--hostile must be at least 0 and below --clients")

    with tempfile.TemporaryDirectory(prefix="actorgraph-load-") as tmp:
        db = args.db or Path(tmp) / "load.db"
        if not db.exists():
            t0 = time.perf_counter()
            print(f"building {db} ...", file=sys.stderr)
            build_store(db, args.docs)
            print(f"built in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
        if args.hostile:
            add_hostile_post(db)
        log = Path(tmp) / "serve.log"
        with serve(db, log, workers=args.workers) as base:
            with httpx.Client(base_url=base) as http:
                counts = http.get("/api/meta").json()["counts"]
            loadavg = " ".join(f"{x:.2f}" for x in os.getloadavg())  # other work on the box
            result = run_load(base, args.clients, args.requests, args.seconds, args.hostile)
        result["loadavg"] = loadavg
        result["workers"] = args.workers
        result["store"] = ", ".join(f"{v} {k}" for k, v in counts.items())
        result["server_log"] = server_problems(log)
    command = " ".join(["python bench/load.py", *(sys.argv[1:] if argv is None else argv)])
    print(json.dumps(result, indent=2) if args.json else _report(result, command))
    failed = result["errors"] or result["server_log"] or result["completed"] < result["requests"]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
