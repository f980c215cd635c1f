"""Benchmark the knowledge store: bulk ingest rate and the web UI's query latencies.

Generates a synthetic corpus (no spaCy: records are built directly), writes
it through ``Store.write_many`` (the bulk path: one transaction per batch,
merged events recomputed per batch), then times the queries a web UI runs.
Prints one JSON object.

    python bench/store.py                      # 1,000,000 events, a temporary store
    python bench/store.py --events 100000 --db /tmp/small.db --keep

The corpus is reproducible (``--seed``): actors are drawn with Zipf-like
popularity, about a third of the events are further reports of an earlier
event (same type, actors and place, a date within a day or two), so that
merging has work to do, and a few percent are denied or hypothetical.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from actorgraph.models import (
    Actor,
    Claim,
    CodedDocument,
    Document,
    Event,
    Evidence,
    Location,
    Mention,
    Post,
)
from actorgraph.store.db import EventFilter, Store

TYPES = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 2, "COOPERATE": 2, "AID": 2,
    "RETREAT": 2, "REQUEST": 1, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3, "PROTEST": 3,
    "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}
VERBS = {
    "AGREE": "agreed with", "CONSULT": "met", "SUPPORT": "endorsed", "CONCEDE": "yielded to",
    "COOPERATE": "cooperated with", "AID": "armed", "RETREAT": "withdrew from",
    "REQUEST": "asked", "ACCUSE": "accused", "REJECT": "rejected", "THREATEN": "threatened",
    "PROTEST": "protested against", "SANCTION": "sanctioned", "MOBILIZE": "mobilised against",
    "COERCE": "arrested members of", "ASSAULT": "attacked",
}
# A vocabulary with Zipf-like frequencies, so full-text queries match like real words do.
WORDS = [a + b + c for a in ("ba", "ko", "ri", "su", "te", "mal", "dor", "vin", "shu", "qa")
         for b in ("ra", "le", "no", "zi", "mu", "ka", "to", "pe", "sa", "di")
         for c in ("n", "s", "r", "m", "ta", "la", "k", "vo", "de", "x")
         ] + ("officials border talks ceasefire convoy militia ministry statement parliament "
              "embassy pipeline refugees drone shelling envoy summit elections port").split()
WORD_WEIGHTS = list(itertools.accumulate(1 / (rank + 10) for rank in range(len(WORDS))))
START = dt.date(2000, 1, 1).toordinal()
DAYS = dt.date(2024, 12, 31).toordinal() - START


class Corpus:
    """A reproducible stream of coded documents with about ``events`` events in all."""

    def __init__(self, events: int, seed: int = 1, actors: int = 3000, places: int = 600) -> None:
        self.target = events
        self.rng = random.Random(seed)
        rng = self.rng
        countries = [f"C{i:03d}" for i in range(180)]
        kinds = ["state", "government", "military", "militia", "party", "person", "ngo"]
        self.actors = [
            Actor(f"A{i:05d}", f"Actor {i} {rng.choice(WORDS).title()}", rng.choice(kinds),
                  rng.choice(countries), aliases=(f"Alias{i}",))
            for i in range(actors)
        ]
        self.weights = list(itertools.accumulate(1 / (rank + 1) ** 0.9 for rank in range(actors)))
        self.places = [Location(f"Place {i}", rng.choice(countries), round(rng.uniform(-60, 60), 3),
                                round(rng.uniform(-180, 180), 3), 1_000_000 + i)
                       for i in range(places)]
        self.recent: list[tuple[str, str, str | None, Location | None, int]] = []
        self.seconds = 0.0  # time spent generating, to subtract from the ingest time
        self.cpu_seconds = 0.0
        self.documents = 0
        self.events = 0

    def _date(self, rng: random.Random, day: int) -> tuple[str | None, str | None]:
        d = dt.date.fromordinal(START + day)
        roll = rng.random()
        if roll < 0.80:
            return d.isoformat(), "text"
        if roll < 0.88:
            return d.isoformat()[:7], "text"
        if roll < 0.95:
            return d.isoformat()[:4], "text"
        return None, None

    def _event(self, rng: random.Random) -> tuple[str, str, str | None, Location | None, int]:
        if self.recent and rng.random() < 0.33:  # another report of a recent event
            etype, src, tgt, loc, day = rng.choice(self.recent)
            return etype, src, tgt, loc, min(DAYS, max(0, day + rng.choice((-1, 0, 0, 1, 2))))
        src, tgt = (a.id for a in rng.choices(self.actors, cum_weights=self.weights, k=2))
        fact = (rng.choice(list(TYPES)), src, tgt if tgt != src and rng.random() < 0.9 else None,
                rng.choice(self.places) if rng.random() < 0.6 else None, rng.randrange(DAYS))
        self.recent.append(fact)
        if len(self.recent) > 5000:
            self.recent.pop(rng.randrange(len(self.recent)))
        return fact

    def __iter__(self) -> Iterator[CodedDocument]:
        rng = self.rng
        by_id = {a.id: a for a in self.actors}
        n = 0
        while self.events < self.target:
            t0, c0 = time.perf_counter(), time.process_time()
            doc_id = f"doc{n:07d}"
            n += 1
            posts, events, claims, mentions, actors = [], [], [], [], {}
            offset = 0
            for idx in range(1, rng.choice((1, 1, 2, 3)) + 1):
                sentences: list[str] = []
                pos = 0
                for _ in range(rng.choice((1, 2, 2, 3))):
                    etype, src, tgt, loc, day = self._event(rng)
                    date, basis = self._date(rng, day)
                    roll = rng.random()
                    modality, negated = "asserted", False
                    if roll < 0.05:
                        modality = "reported"
                    elif roll < 0.08:
                        modality = "denied"
                    elif roll < 0.10:
                        negated = True
                    elif roll < 0.13:
                        modality = rng.choice(("intended", "hypothetical", "future"))
                    s, t = by_id[src], by_id[tgt] if tgt else None
                    words = " ".join(rng.choices(WORDS, cum_weights=WORD_WEIGHTS,
                                                 k=rng.randint(4, 12)))
                    sentence = (f"{s.name} {VERBS[etype]} {t.name if t else 'them'}"
                                f"{' in ' + loc.name if loc else ''}"
                                f"{' on ' + date if date else ''}, {words}.")
                    ev = Evidence(doc_id, idx, pos, pos + len(sentence), sentence)
                    event_id = f"ev_{doc_id}_{idx}_{len(sentences)}"
                    asserted_by = rng.choice(self.actors).id if modality == "reported" else None
                    events.append(Event(
                        id=event_id, type=etype, evidence=ev, quad=TYPES[etype], source=src,
                        source_text=s.name, target=tgt, target_text=t.name if t else None,
                        date=date, date_basis=basis, location=loc, asserted_by=asserted_by,
                        modality=modality, negated=negated, disputed=modality == "denied",
                        confidence=0.8, trigger=VERBS[etype].split()[0],
                    ))
                    claims.append(Claim(f"cl_{event_id}", event_id, asserted_by, "asserts", ev))
                    if modality == "denied":
                        claims.append(Claim(f"cd_{event_id}", event_id, src, "denies", ev))
                    mentions.append(Mention(doc_id, idx, pos, pos + len(s.name), s.name, src))
                    actors[src] = s
                    if t is not None:
                        actors[tgt] = t
                    sentences.append(sentence)
                    pos += len(sentence) + 1
                text = " ".join(sentences)
                posts.append(Post(idx, text, offset, offset + len(text), author="bench",
                                  time="2024-01-01"))
                offset += len(text) + 2
            document = Document(doc_id, "\n\n".join(p.text for p in posts), tuple(posts),
                                "jsonl", published="2024-01-01", title=f"Report {doc_id}")
            self.documents += 1
            self.events += len(events)
            self.seconds += time.perf_counter() - t0
            self.cpu_seconds += time.process_time() - c0
            yield CodedDocument(document, events, mentions, actors, claims)


def _timed(fn: Callable[[], Any], reps: int) -> dict[str, float]:
    fn()  # warm the page cache and the statement cache
    times = []
    for _ in range(reps):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return {"p50_ms": round(statistics.median(times), 2),
            "p95_ms": round(times[min(len(times) - 1, int(0.95 * len(times)))], 2),
            "max_ms": round(times[-1], 2)}


def queries(store: Store, corpus: Corpus, reps: int, seed: int) -> dict[str, Any]:
    """p50/p95 of the queries a web UI runs, each over ``reps`` random parameters."""
    rng = random.Random(seed)
    actors = [a.id for a in corpus.actors]

    def actor() -> str:
        return rng.choices(actors, cum_weights=corpus.weights)[0]

    def window() -> tuple[str, str]:
        start = dt.date.fromordinal(START + rng.randrange(DAYS - 90))
        return start.isoformat(), (start + dt.timedelta(days=90)).isoformat()

    total = store.counts()["events"]
    deep = max(0, total // 2)
    page = 50
    ui: dict[str, Callable[[], Any]] = {
        "events_by_actor": lambda: list(store.events(EventFilter(actor=actor(), limit=page))),
        "events_by_actor_name": lambda: list(store.events(EventFilter(
            actor=store.actor(actor()).name, limit=page))),
        "events_by_type_and_90_days": lambda: list(store.events(EventFilter(
            type=rng.choice(list(TYPES)), since=(w := window())[0], until=w[1], limit=page))),
        "merged_by_actor": lambda: list(store.merged_events(EventFilter(actor=actor(),
                                                                        limit=page))),
        "timeline_of_actor": lambda: list(store.timeline(actor(), EventFilter(limit=100))),
        "timeline_counts_by_month": lambda: store.timeline_counts(actor(), "month"),
        "network_edges_of_actor": lambda: store.edges(EventFilter(actor=actor())),
        "fts_search_two_words": lambda: store.search(
            " ".join(rng.choices(WORDS, cum_weights=WORD_WEIGHTS, k=2)), 20),
        "fts_search_actor_name": lambda: store.search(store.actor(actor()).name.split()[-1], 20),
        "event_page_1": lambda: list(store.events(EventFilter(limit=page))),
        f"event_page_deep_offset_{deep}": lambda: list(store.events(EventFilter(
            limit=page, offset=deep))),
    }
    return {name: _timed(fn, reps) for name, fn in ui.items()}


def plans(store: Store) -> dict[str, list[str]]:
    """EXPLAIN QUERY PLAN of the main UI queries, to check they read indexes."""
    shapes = {
        "events_by_actor": ("events", EventFilter(actor="A00001", limit=50)),
        "events_by_type_and_dates": ("events", EventFilter(type="ASSAULT", since="2010-01-01",
                                                           until="2010-03-31", limit=50)),
        "merged_by_actor": ("merged_events", EventFilter(actor="A00001", limit=50)),
        "event_page": ("events", EventFilter(limit=50, offset=10_000)),
    }
    out = {}
    for name, (table, f) in shapes.items():
        order = "sort_date, doc, post, ev_start, id" if table == "events" else "sort_date, id"
        sql, args = store._select(table, f, order)
        out[name] = [r[3] for r in store.conn.execute("EXPLAIN QUERY PLAN " + sql, args)]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", default=None, help="store to create (default: a temporary file)")
    parser.add_argument("--keep", action="store_true", help="keep the store afterwards")
    parser.add_argument("--batch", type=int, default=5000, help="documents per transaction")
    parser.add_argument("--reps", type=int, default=40, help="runs per query")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)

    tmp = None
    if args.db is None:
        tmp = tempfile.TemporaryDirectory(prefix="actorgraph-bench-")
        path = Path(tmp.name) / "bench.db"
    else:
        path = Path(args.db)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    corpus = Corpus(args.events, args.seed)
    t0, c0 = time.perf_counter(), time.process_time()
    with Store(path) as store:
        store.write_many(corpus, batch_size=args.batch)
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        elapsed = time.perf_counter() - t0
        writing = elapsed - corpus.seconds
        cpu_writing = time.process_time() - c0 - corpus.cpu_seconds
        store.conn.execute("PRAGMA optimize")
        counts = store.counts()
        result = {
            "command": "python bench/store.py " + " ".join(argv if argv is not None
                                                           else sys.argv[1:]),
            "sqlite": __import__("sqlite3").sqlite_version,
            "cpus": os.cpu_count(),
            "load_average_1min": round(os.getloadavg()[0], 2),
            "counts": counts,
            "db_mib": round(path.stat().st_size / 2**20, 1),
            "ingest": {
                "seconds_total": round(elapsed, 1),
                "seconds_generating": round(corpus.seconds, 1),
                "seconds_storing": round(writing, 1),
                "documents_per_s": round(corpus.documents / writing),
                "events_per_s": round(corpus.events / writing),
                # CPU time of this process: what the rate would be on an idle machine
                "cpu_seconds_storing": round(cpu_writing, 1),
                "events_per_cpu_s": round(corpus.events / cpu_writing),
            },
            "queries": queries(store, corpus, args.reps, args.seed),
            "plans": plans(store),
        }
    print(json.dumps(result, indent=2))
    if tmp is not None and not args.keep:
        tmp.cleanup()
    elif tmp is not None:
        print(f"kept {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
