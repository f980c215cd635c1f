"""Reviews: the overlay of human decisions on the machine's events (issue 17)."""

from __future__ import annotations

import json

import pytest
from helpers import coded, corpus

from actorgraph.store import Store
from actorgraph.store.query import EventFilter
from actorgraph.store.reviews import (
    ReviewError,
    add_review,
    export_reviews,
    import_reviews,
    reviewed,
    reviews,
    undo_review,
    validate_changes,
)


@pytest.fixture
def store():
    with Store(":memory:") as s:
        for c in corpus():
            s.write(c)
        yield s


def _ids(q, **f):
    return {e.id: e for e in q.events(EventFilter(**f))}


def _event(store, source, etype):
    return next(e for e in store.events() if e.source == source and e.type == etype)


def test_reject_hides_the_event_but_keeps_the_machine_row(store):
    before = store.conn.execute("SELECT * FROM events ORDER BY id").fetchall()
    ev = _event(store, "ISR", "ASSAULT")
    r = add_review(store.conn, ev.id, "reject", note="wrong actor", by="ana")
    assert r.action == "reject" and r.by == "ana" and r.current == ev.id
    assert ev.id not in _ids(reviewed(store))
    assert ev.id in _ids(store)  # the raw view
    after = store.conn.execute("SELECT * FROM events ORDER BY id").fetchall()
    assert [tuple(r) for r in before] == [tuple(r) for r in after]


def test_edit_applies_everywhere_and_remerges(store):
    ev = _event(store, "ISR", "ASSAULT")
    changes = validate_changes(store.conn, ["source=Tehran", "date=2005-05"])
    assert changes == {"source": "IRN", "date": "2005-05"}
    r = add_review(store.conn, ev.id, "edit", changes, by="ana")
    assert r.changes == {"source": ["ISR", "IRN"], "date": ["2005-05-02", "2005-05"]}
    view = reviewed(store)
    got = _ids(view, actor="IRN")[ev.id]
    assert got.source == "IRN" and got.date == "2005-05" and got.reviewed == r.id
    assert ev.id not in _ids(view, actor="ISR")
    # d and the edited e now report one merged event (same type, actors, place)
    merged = [m for m in view.merged_events(EventFilter(source="IRN", type="ASSAULT"))
              if m.date_min and m.date_min.startswith("2005")]
    assert len(merged) == 1 and merged[0].mentions == 2
    raw_merged = [m for m in store.merged_events(EventFilter(source="IRN", type="ASSAULT"))
                  if m.date_min and m.date_min.startswith("2005")]
    assert raw_merged[0].mentions == 1


@pytest.mark.parametrize("bad", ["type=NOTATYPE", "target=Atlantis", "date=2003-13",
                                 "date=April", "colour=red", "modality=maybe", "typeAID"])
def test_bad_values_write_nothing(store, bad):
    with pytest.raises(ReviewError):
        validate_changes(store.conn, [bad])
    assert store.conn.execute("SELECT count(*) FROM reviews").fetchone()[0] == 0


def test_unknown_event_and_empty_edit_refused(store):
    with pytest.raises(ReviewError, match="no such event"):
        add_review(store.conn, "ev_nope", "confirm")
    ev = _event(store, "ISR", "ASSAULT")
    with pytest.raises(ReviewError, match="already has"):
        add_review(store.conn, ev.id, "edit", {"source": "ISR"})
    assert store.conn.execute("SELECT count(*) FROM reviews").fetchone()[0] == 0


def test_undo_and_history(store):
    ev = _event(store, "ISR", "ASSAULT")
    r1 = add_review(store.conn, ev.id, "reject", at="2026-01-01T00:00:00.000001Z")
    assert ev.id not in _ids(reviewed(store))
    undo_review(store.conn, r1.id)
    assert ev.id in _ids(reviewed(store))
    history = reviews(store.conn, event=ev.id)
    assert [h.action for h in history] == ["reject", "undo"] and history[0].undone
    with pytest.raises(ReviewError, match="already undone"):
        undo_review(store.conn, r1.id)


def test_confirm_marks_without_changing(store):
    ev = _event(store, "IRN", "ASSAULT")
    r = add_review(store.conn, ev.id, "confirm")
    got = _ids(reviewed(store))[ev.id]
    assert got.reviewed == r.id and got.source == ev.source and got.type == ev.type


def test_reviews_survive_recoding_and_orphans_are_kept(store):
    ev = _event(store, "ISR", "ASSAULT")
    r = add_review(store.conn, ev.id, "edit", {"target": "IRQ"})
    # the same document again: nothing changes
    for c in corpus():
        store.write(c)
    assert _ids(reviewed(store))[ev.id].target == "IRQ"
    # a changed version of document e: a sentence before it, so the event's id changes
    new = coded("e", [("Reports came in.", None),
                      ("Israel attacked the US embassy in Basra on 2 May 2005.",
                       dict(type="ASSAULT", source="ISR", target="USA", date="2005-05-02"))])
    store.write(new)
    moved = next(e for e in reviewed(store).events() if e.evidence.doc == "e")
    assert moved.id != ev.id and moved.target == "IRQ" and moved.reviewed == r.id
    assert not reviews(store.conn, orphaned=True)
    # a version without the event: the review is orphaned, not dropped
    store.write(coded("e", [("Nothing happened.", None)]))
    orphans = reviews(store.conn, orphaned=True)
    assert [o.id for o in orphans] == [r.id]


def test_export_import_is_idempotent(store, tmp_path):
    ev = _event(store, "ISR", "ASSAULT")
    add_review(store.conn, ev.id, "reject", by="ana")
    records = list(export_reviews(store.conn))
    with Store(":memory:") as other:
        for c in corpus():
            other.write(c)
        new, bad = import_reviews(other.conn, [(f"r{i}", json.loads(json.dumps(r)))
                                               for i, r in enumerate(records)])
        assert (new, bad) == (1, [])
        assert import_reviews(other.conn, [("r", records[0])]) == (0, [])
        assert ev.id not in _ids(reviewed(other))
        new, bad = import_reviews(other.conn, [("x.jsonl:1", {"id": "z"})])
        assert new == 0 and bad and bad[0].startswith("x.jsonl:1: ")


# -- the command line -----------------------------------------------------------------------


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "s.db"
    with Store(path) as s:
        s.write_many(corpus())
    return str(path)


def _cli(*args):
    from click.testing import CliRunner

    from actorgraph.cli import cli

    return CliRunner().invoke(cli, [str(a) for a in args])


def _jsonl(db, *more):
    result = _cli("events", "--db", db, "--format", "jsonl", *more)
    assert result.exit_code == 0, result.output
    return {r["id"]: r for r in map(json.loads, result.output.splitlines())}


def test_cli_review_edit_reject_undo_list_show(db):
    machine = _jsonl(db)
    israel = next(i for i, r in machine.items() if (r["source"] or {}).get("id") == "ISR")
    other = next(i for i, r in machine.items() if r["type"] == "AID")
    bad = _cli("review", israel, "--set", "type=NOPE", "--db", db)
    assert bad.exit_code == 1 and bad.output.count("\n") == 1 and "NOPE" in bad.output
    bad = _cli("review", israel, "--set", "target=Atlantis", "--set", "date=2004", "--db", db)
    assert bad.exit_code == 1 and "Atlantis" in bad.output
    assert _cli("review", "list", "--db", db).output == ""
    ok = _cli("review", israel, "--reject", "--note", "a quote", "--by", "ana", "--db", db)
    assert ok.exit_code == 0, ok.output
    ok = _cli("review", other, "--set", "target=Iraq", "--set", "date=2003-04", "--db", db)
    assert ok.exit_code == 0, ok.output
    view = _jsonl(db)
    assert israel not in view and view[other]["target"]["id"] == "IRQ"
    assert view[other]["date"] == "2003-04" and view[other]["reviewed"].startswith("rv_")
    raw = _jsonl(db, "--raw")
    assert israel in raw and raw[other]["target"]["id"] == "GRP.X"
    assert raw[other]["reviewed"] is None
    listed = _cli("review", "list", "--db", db, "--actor", "IRQ").output
    assert other in listed and israel not in listed
    shown = [json.loads(x) for x in _cli("review", "show", israel, "--db", db, "--format",
                                         "json").output.splitlines()]
    assert [s["action"] for s in shown] == ["reject"] and shown[0]["by"] == "ana"
    assert _cli("review", "undo", shown[0]["id"], "--db", db).exit_code == 0
    assert israel in _jsonl(db)
    # the other commands follow the reviewed view too
    csv_out = _cli("export", "--db", db, "--to", "csv").output
    assert "2003-04" in csv_out
    timeline = _cli("timeline", "--db", db, "--actor", "IRQ", "--format", "jsonl").output
    assert "AID" in timeline
    raw_timeline = _cli("timeline", "--db", db, "--actor", "IRQ", "--format", "jsonl",
                        "--raw").output
    assert raw_timeline != timeline


def test_cli_export_import_and_labelled(db, tmp_path):
    machine = _jsonl(db)
    israel = next(i for i, r in machine.items() if (r["source"] or {}).get("id") == "ISR")
    _cli("review", israel, "--set", "source=IRN", "--db", db)
    out = tmp_path / "reviews.jsonl"
    assert _cli("review", "export", "--db", db, "--out", out).exit_code == 0
    other = tmp_path / "other.db"
    with Store(other) as s:
        s.write_many(corpus())
    first = _cli("review", "import", out, "--db", other)
    second = _cli("review", "import", out, "--db", other)
    assert first.exit_code == 0 and "1 new" in first.output
    assert second.exit_code == 0 and "0 new" in second.output
    assert _jsonl(str(other))[israel]["source"]["id"] == "IRN"
    lab = tmp_path / "lab.jsonl"
    assert _cli("review", "export", "--as", "labelled", "--db", db, "--out", lab).exit_code == 0
    items = [json.loads(x) for x in lab.read_text().splitlines()]
    assert len(items) == 1 and items[0]["text"].startswith("Israel attacked")
    ev = items[0]["events"][0]
    assert ev["type"] == "ASSAULT" and ev["source_id"] == "IRN" and ev["target_id"] == "USA"
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"id": "x"}\nnot json\n')
    result = _cli("review", "import", broken, "--db", other)
    assert result.exit_code == 1 and "broken.jsonl:1" in result.output
    assert "broken.jsonl:2" in result.output


def test_profile_network_and_table_follow_the_reviews(db):
    machine = _jsonl(db)
    israel = next(i for i, r in machine.items() if (r["source"] or {}).get("id") == "ISR")
    assert _cli("review", israel, "--set", "source=Iraq", "--db", db).exit_code == 0
    profile = _cli("profile", "ISR", "--db", db, "--to", "json")
    raw_profile = _cli("profile", "ISR", "--db", db, "--to", "json", "--raw")
    assert profile.exit_code == 0 and raw_profile.exit_code == 0, profile.output
    assert profile.output != raw_profile.output
    network = _cli("network", "--db", db, "--actor", "IRQ", "--format", "json").output
    raw_network = _cli("network", "--db", db, "--actor", "IRQ", "--format", "json",
                       "--raw").output
    assert '"USA"' in network and '"USA"' not in raw_network
    table = _cli("events", "--db", db, "--source", "IRQ").output
    assert "reviewed" in table


def _derived(conn):
    return [(t, tuple(r)) for t in ("review_events", "review_keys", "review_merged")
            for r in conn.execute(f"SELECT * FROM {t} ORDER BY 1")]


@pytest.mark.parametrize("seed", range(6))
def test_incremental_refresh_equals_a_full_rebuild(store, seed):
    """Random reviews, undos and re-coded documents: after each, the rows kept up to date
    key by key are exactly those a rebuild from scratch gives."""
    import random

    from actorgraph.store.reviews import refresh

    rng = random.Random(seed)
    actors = ["IRN", "IRQ", "USA", "ISR", "GRP.X"]
    done: list[str] = []
    for step in range(14):
        events = [e.id for e in store.events()]
        op = rng.random()
        try:
            if op < 0.25 and done:
                undo_review(store.conn, rng.choice(done))
            elif op < 0.4:
                add_review(store.conn, rng.choice(events), rng.choice(["reject", "confirm"]))
            elif op < 0.85:
                field = rng.choice(["source", "target", "date", "type", "modality"])
                value = {"source": rng.choice(actors), "target": rng.choice(actors),
                         "date": rng.choice(["2004", "2004-03", "2005-05-01", "none"]),
                         "type": rng.choice(["AID", "ASSAULT", "CONSULT"]),
                         "modality": rng.choice(["asserted", "denied", "intended"])}[field]
                changes = validate_changes(store.conn, [f"{field}={value}"])
                done.append(add_review(store.conn, rng.choice(events), "edit", changes,
                                       at=f"2026-01-01T00:00:{step:02d}.000000Z").id)
            else:  # a document re-coded: another sentence first, or its event gone
                doc = rng.choice(["a", "b", "d", "e"])
                spec = dict(type="ASSAULT", source="ISR", target="USA", date="2005-05-02")
                if rng.random() < 0.5:
                    store.write(coded(doc, [(f"Intro {step}.", None), ("Israel attacked.", spec)]))
                else:
                    store.write(coded(doc, [(f"Nothing {step}.", None)]))
        except ReviewError:
            continue
        got = _derived(store.conn)
        store.conn.execute("BEGIN IMMEDIATE")
        refresh(store.conn, store.window, full=True)
        want = _derived(store.conn)
        store.conn.execute("ROLLBACK")
        assert got == want, f"step {step}"
