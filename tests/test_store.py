"""The SQLite store: writing, idempotence, merging across documents, contests and queries.

Records are built by hand (no model): :func:`helpers.corpus` is a small set of
documents that the export and API tests reuse.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest
from helpers import BASRA, NAJAF, coded, corpus

from actorgraph.errors import StoreError
from actorgraph.models import Actor, CodedDocument
from actorgraph.store.db import EventFilter, Store
from actorgraph.store.merge import Member, cluster, summarize
from actorgraph.store.schema import QUERY_INDEXES


@pytest.fixture()
def store():
    with Store(":memory:") as s:
        s.write_many(corpus())
        yield s


def _ids(events) -> list[str]:
    return [e.id for e in events]


def _one(doc_id: str = "d1", text: str = "Iran armed the militia in 2004.") -> CodedDocument:
    return coded(doc_id, [(text, dict(type="AID", source="IRN", target="GRP.X",
                                      date=text[-5:-1], location=NAJAF, cameo="07"))])


# -- writing -------------------------------------------------------------------------------


def test_write_and_query_round_trip():
    with Store(":memory:") as store:
        assert store.write(_one())
        [got] = store.events(EventFilter(actor="IRN"))
        assert got == _one().events[0]
        assert store.actor("GRP.X").kind == "militia"
        assert store.counts()["claims"] == 1
        assert store.counts()["mentions"] == 1


def test_same_content_is_not_stored_twice_and_changed_content_replaces():
    with Store(":memory:") as store:
        assert store.write(_one())
        assert not store.write(_one())
        assert store.write(_one(text="Iran armed the militia in 2005."))
        counts = store.counts()
        assert (counts["documents"], counts["events"], counts["posts"]) == (1, 1, 1)
        assert counts["merged_events"] == 1
        assert [e.date for e in store.events()] == ["2005"]
        assert [h.doc for h in store.search("2005")] == ["d1"]
        assert store.search("2004") == []  # the FTS index forgot the old version


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "x.db"
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(StoreError, match="newer actorgraph"):
        Store(path)


def test_failed_write_leaves_store_as_before(tmp_path):
    store = Store(tmp_path / "s.db")
    store.write(_one("a"))
    bad = _one("b")
    bad.events.append(bad.events[0])  # the same id twice is fine (the last wins) ...
    bad.mentions.append(None)  # ... but a broken record aborts the document
    with pytest.raises(AttributeError):
        store.write(bad)
    assert store.counts()["documents"] == 1
    assert store.counts()["merged_events"] == 1
    store.close()


def test_a_claim_about_an_unknown_event_aborts_the_document():
    bad = _one("b")
    bad.claims.append(replace(bad.claims[0], id="cl_x", event="ev_missing"))
    with Store(":memory:") as store:
        with pytest.raises(StoreError, match="cannot store document b"):
            store.write(bad)
        assert store.counts()["documents"] == 0


def test_bulk_and_single_writes_and_any_order_give_the_same_store():
    docs = corpus()
    with Store(":memory:") as one, Store(":memory:") as bulk, Store(":memory:") as rev:
        for doc in docs:
            one.write(doc)
        bulk.write_many(docs, batch_size=3)
        for doc in reversed(docs):
            rev.write(doc)
        dump = list(one.dump())
        assert dump == list(bulk.dump())
        merged = [line for line in dump if line.startswith(("merged_events", "events\t"))]
        assert merged == [line for line in rev.dump()
                          if line.startswith(("merged_events", "events\t"))]
        assert not any("ingested_at" in line for line in one.dump())


def _versions() -> list[CodedDocument]:
    """Documents that replace one another and steal each other's event ids, in one stream."""
    def report(doc_id: str, day: int, place=NAJAF, event_id: str | None = None):
        c = coded(doc_id, [(f"Iran armed the militia on {day} March 2004.",
                            dict(type="AID", source="IRN", target="GRP.X",
                                 date=f"2004-03-{day:02d}", location=place))])
        if event_id:
            old = c.events[0].id
            c.events[0] = replace(c.events[0], id=event_id)
            c.claims[:] = [replace(cl, event=event_id, id=cl.id + event_id)
                           for cl in c.claims if cl.event == old]
        return c

    return [
        report("x", 1), report("y", 1, BASRA), report("p", 5), report("p", 9),
        report("s", 3, BASRA, "ev_shared"), report("t", 3, BASRA, "ev_shared"),
        report("q", 6), report("r", 7, BASRA), report("q", 6), report("p", 5),
        report("r", 7), report("u", 20),
    ]


@pytest.mark.parametrize("batch_size", [1, 2, 3, 4, 100])
def test_bulk_batches_give_the_store_that_single_writes_give(batch_size):
    with Store(":memory:") as one, Store(":memory:") as bulk:
        for doc in _versions():
            one.write(doc)
        bulk.write_many(_versions(), batch_size=batch_size)
        assert list(bulk.dump()) == list(one.dump())
        assert one.counts()["documents"] == 8


def _indexes(store: Store) -> set[str]:
    return {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}


def test_a_bulk_load_builds_the_query_indexes_at_the_end(tmp_path):
    with Store(tmp_path / "b.db") as store:
        store.write_many(corpus()[:3], batch_size=2)  # empty store: indexes deferred
        assert set(QUERY_INDEXES) <= _indexes(store)
        store.write_many(corpus()[3:], batch_size=2)  # not empty: updated as it goes
        assert set(QUERY_INDEXES) <= _indexes(store)
        assert store.conn.execute("SELECT count(*) FROM deferred_indexes").fetchone()[0] == 0


def test_indexes_a_crashed_bulk_load_deferred_are_built_on_open(tmp_path):
    path = tmp_path / "b.db"
    with Store(path) as store:
        store._drop_indexes()  # what a bulk load does first; then it "crashes"
        assert not set(QUERY_INDEXES) & _indexes(store)
    with Store(path) as store:
        assert set(QUERY_INDEXES) <= _indexes(store)
        store._drop_indexes()
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # someone is loading: opening must not wait for them
    with Store(path) as reader:
        assert not set(QUERY_INDEXES) & _indexes(reader)
    writer.execute("ROLLBACK")
    writer.close()
    with Store(path) as store:
        assert set(QUERY_INDEXES) <= _indexes(store)


def test_dump_is_canonical_and_leaves_out_the_clock(tmp_path):
    with Store(tmp_path / "a.db") as store:
        store.write(_one())
        lines = list(store.dump())
        assert len(list(store.dump(volatile=True))) == len(lines)
        assert any(line.startswith("posts_fts") for line in lines)
        assert all("T" not in line.split("\t")[1][-25:] or "documents" not in line
                   for line in lines)


def test_provisional_actor_names_do_not_depend_on_order():
    def doc(doc_id, name, provisional=True):
        c = _one(doc_id)
        c.actors["PRV.ORG.X"] = Actor("PRV.ORG.X", name, "organisation", provisional=provisional)
        return c

    with Store(":memory:") as a, Store(":memory:") as b:
        a.write(doc("1", "the militia"))
        a.write(doc("2", "The militia"))
        b.write(doc("2", "The militia"))
        b.write(doc("1", "the militia"))
        assert a.actor("PRV.ORG.X").name == b.actor("PRV.ORG.X").name == "The militia"
        a.write(doc("3", "Militia X", provisional=False))
        a.write(doc("4", "aaa"))
        assert a.actor("PRV.ORG.X").name == "Militia X"  # a dictionary entry wins
        assert not a.actor("PRV.ORG.X").provisional


# -- merging -------------------------------------------------------------------------------


def _m(id_, date=None, doc=None, **kw):
    return Member(id_, doc or f"doc-{id_}", date, **kw)


@pytest.mark.parametrize(
    ("members", "expected"),
    [
        # day precision: within the window chains, beyond it splits
        ([_m("a", "2004-03-05"), _m("b", "2004-03-07")], [["a", "b"]]),
        ([_m("a", "2004-03-05"), _m("b", "2004-03-08")], [["a"], ["b"]]),
        ([_m("a", "2004-03-01"), _m("b", "2004-03-03"), _m("c", "2004-03-05")], [["a", "b", "c"]]),
        ([_m("a", "2004-03-01", end_date="2004-03-10"), _m("b", "2004-03-12")], [["a", "b"]]),
        # a year joins the one day cluster inside it, not one of two
        ([_m("a", "2004-03-05"), _m("y", "2004")], [["a", "y"]]),
        ([_m("a", "2004-03-05"), _m("b", "2004-11-05"), _m("y", "2004")], [["a"], ["b"], ["y"]]),
        ([_m("a", "2004-03-05"), _m("y", "2005")], [["a"], ["y"]]),
        ([_m("m", "2004-03"), _m("y", "2004"), _m("z", "2004")], [["m", "y", "z"]]),
        # undated (or dated by publication only) joins the one dated cluster
        ([_m("a", "2004-03-05"), _m("u")], [["a", "u"]]),
        ([_m("a", "2004-03-05", date_basis="published"), _m("b", "2004-03-05")], [["a", "b"]]),
        ([_m("a", "2004"), _m("b", "2006"), _m("u"), _m("v")], [["a"], ["b"], ["u", "v"]]),
        ([_m("u"), _m("v")], [["u", "v"]]),
        ([_m("bad", "2004-02-30"), _m("a", "2004-03-01")], [["a", "bad"]]),
    ],
)
def test_cluster(members, expected):
    got = sorted(sorted(m.id for m in group) for group in cluster(members))
    assert got == sorted(expected)


def test_cluster_does_not_depend_on_order():
    members = [_m("a", "2004-03-05"), _m("b", "2004-03-07"), _m("c", "2004"), _m("d"),
               _m("e", "2004-11-01"), _m("f", "2004-03")]
    expected = [[m.id for m in g] for g in cluster(members)]
    assert sorted(expected) == sorted([m.id for m in g] for g in cluster(members[::-1]))


def test_summary_flags_stance_and_incompatible_dates():
    s = summarize([_m("a", "2004-03-05"), _m("b", "2004-03-07"),
                   _m("c", modality="denied"), _m("d", "2004-03", doc="doc-a")])
    assert s["contested"] == "stance,date"
    assert (s["id"], s["date"], s["date_min"], s["date_max"]) == (
        "a", "2004-03-05", "2004-03", "2004-03-07")
    assert (s["asserts"], s["denies"], s["documents"]) == (3, 1, 3)
    # compatible precision, or the same document, or inherited dates: no date contest
    assert summarize([_m("a", "2004-03-05"), _m("b", "2004")])["contested"] is None
    assert summarize([_m("a", "2004-03-05", doc="x"), _m("b", "2004-03-06", doc="x")])[
        "contested"] is None
    assert summarize([_m("a", "2004-03-05"), _m("b", "2004-03-06", date_basis="inherited")])[
        "contested"] is None


def test_mentions_of_one_event_merge_across_documents(store):
    merged = {m.id: m for m in store.merged_events()}
    [najaf] = [m for m in merged.values() if m.location and m.location.name == "Najaf"]
    mentions = store.mentions_of(najaf.id)
    assert sorted(e.evidence.doc for e in mentions) == ["a", "b", "c"]
    assert najaf.id == min(e.id for e in mentions)
    assert (najaf.mentions, najaf.documents, najaf.asserts, najaf.denies) == (3, 3, 2, 1)
    assert (najaf.date, najaf.date_min, najaf.date_max) == ("2004-03-05", "2004-03-05",
                                                            "2004-03-07")
    assert set(najaf.contested) == {"stance", "date"}
    assert najaf.disputed
    # another place (unknown), actor or modality is another event
    assert store.counts()["merged_events"] == store.counts()["events"] - 2
    hypothetical = [m for m in merged.values() if m.modality == "hypothetical"]
    assert len(hypothetical) == 1


def test_replacing_a_document_remerges_its_events(store):
    najaf = next(m for m in store.merged_events(EventFilter(place="Najaf")))
    changed = coded("b", [("Tehran supplied weapons to the militia in Najaf on 20 March 2004.",
                           dict(type="AID", source="IRN", target="GRP.X", date="2004-03-20",
                                location=NAJAF))])
    store.write(changed)
    after = list(store.merged_events(EventFilter(place="Najaf")))
    # 5 and 20 March are two events now, and the undated denial fits either: three events
    assert [(m.date, m.mentions, m.contested) for m in after] == [
        ("2004-03-05", 1, ()), ("2004-03-20", 1, ()), (None, 1, ())]
    assert najaf.id not in {m.id for m in after} or najaf.mentions == 3


def test_remerge_with_another_window(store):
    before = store.counts()["merged_events"]
    store.window = 0
    # 5 and 7 March are two events, and the undated denial fits both, so it stands alone
    assert store.remerge() == before + 2
    store.window = 2
    assert store.remerge() == before


# -- queries -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"type": "aid"}, 5), ({"type": "ASSAULT"}, 3), ({"since": "2005"}, 3),
        ({"since": "2005-05-02"}, 2), ({"until": "2004"}, 3), ({"until": "2004-03-05"}, 2),
        ({"since": "2004-03", "until": "2004-03"}, 2), ({"source": "IRN"}, 7),
        ({"source": "IRN", "exact": True}, 6),
        ({"target": "IRN"}, 0), ({"place": "najaf"}, 3), ({"actor": "x' OR 1=1 --"}, 0),
        # Iran's filters include its member, the Quds Force (IRN.MIL.QUDS), unless exact
        ({"actor": "USA"}, 2), ({"actor": "Iran"}, 7), ({"actor": "iran"}, 7),
        ({"actor": "tehran"}, 7), ({"actor": "Iran", "exact": True}, 6),
        ({"actor": "IRN*"}, 7), ({"source": "Quds Force"}, 1), ({"actor": "Quds*"}, 1),
        ({"asserted_by": "United States"}, 1), ({"actor": "Iran", "happened": True}, 5),
        ({"limit": 2}, 2), ({"limit": 2, "offset": 7}, 1), ({}, 8),
    ],
)
def test_event_filters(store, filters, expected):
    assert len(list(store.events(EventFilter(**filters)))) == expected


def test_events_come_in_date_order_with_undated_last(store):
    dates = [e.date for e in store.events()]
    dated = [d for d in dates if d]
    assert dated == sorted(dated)
    assert dates[-len([d for d in dates if not d]):] == [None, None]
    first_page = _ids(store.events(EventFilter(limit=4)))
    second_page = _ids(store.events(EventFilter(limit=4, offset=4)))
    assert first_page + second_page == _ids(store.events())[:8]


def test_an_actor_filter_lists_each_event_once(store):
    both = _ids(store.events(EventFilter(actor="IRN*")))
    assert len(both) == len(set(both))


@pytest.mark.parametrize(
    ("filters", "expected"),
    [({"actor": "Iran"}, 5), ({"actor": "Iran", "exact": True}, 4), ({"type": "ASSAULT"}, 3),
     ({"since": "2004-03-06"}, 4),
     ({"asserted_by": "USA"}, 1), ({"happened": True}, 5), ({"place": "Basra"}, 2)],
)
def test_merged_event_filters(store, filters, expected):
    assert len(list(store.merged_events(EventFilter(**filters)))) == expected


def test_resolve_actor(store):
    assert store.resolve_actor("IRN") == ("IRN",)
    assert store.resolve_actor("Iran") == ("IRN",)
    assert store.resolve_actor("islamic republic of iran") == ("IRN",)
    assert store.resolve_actor("usa") == ("USA",)
    assert store.resolve_actor("Nobody") == ("Nobody",)


def test_claims_and_contests(store):
    claims = list(store.claims(EventFilter(place="Najaf")))
    assert [(r.claim.stance, r.claim.asserted_by) for r in claims].count(("denies", "IRN")) == 1
    assert all(r.claim.event == r.event.id for r in claims)
    contests = store.contested()
    kinds = sorted(c.kind for c in contests)
    assert kinds == ["date", "source", "stance"]
    stance = next(c for c in contests if c.kind == "stance")
    sides = {s.position: s for s in stance.sides}
    assert sorted(i.evidence.doc for i in sides["asserts"].items) == ["a", "b"]
    [denial] = sides["denies"].items
    assert (denial.by, denial.evidence.doc) == ("IRN", "c")
    date = next(c for c in contests if c.kind == "date")
    assert [s.position for s in date.sides] == ["2004-03-05", "2004-03-07"]
    who = next(c for c in contests if c.kind == "source")
    assert sorted(s.position for s in who.sides) == ["IRN", "ISR"]
    assert who.target == "USA" and who.place == "Basra"
    assert [c.kind for c in store.contested(EventFilter(type="ASSAULT"))] == ["source"]
    assert [c.kind for c in store.contested(EventFilter(actor="Israel"))] == ["source"]


def test_a_place_contest_needs_two_documents():
    docs = [coded(d, [(f"Iran attacked the US in {loc.name} on 1 May 2005.",
                       dict(type="ASSAULT", source="IRN", target="USA", date="2005-05-01",
                            location=loc))]) for d, loc in (("p", NAJAF), ("q", BASRA))]
    with Store(":memory:") as store:
        store.write_many(docs)
        [contest] = store.contested()
        assert contest.kind == "place"
        assert sorted(s.position for s in contest.sides) == ["Basra", "Najaf"]
    same = coded("r", [(f"Iran attacked the US in {loc.name} on 1 May 2005.",
                        dict(type="ASSAULT", source="IRN", target="USA", date="2005-05-01",
                             location=loc)) for loc in (NAJAF, BASRA)])
    with Store(":memory:") as store:
        store.write(same)
        assert store.contested() == []


def test_timeline(store):
    entries = list(store.timeline("Iran", EventFilter(exact=True)))
    assert [t.date for t in entries] == ["2004", "2004-03-05", "2005-05-01", None]
    members = list(store.timeline("Iran"))  # the Quds Force's 2006 event is Iran's too
    assert [t.date for t in members] == ["2004", "2004-03-05", "2005-05-01", "2006", None]
    assert members[3].actor == "IRN.MIL.QUDS" and members[3].role == "source"
    assert {t.role for t in entries} == {"source"}
    assert entries[1].date_max == "2004-03-07"
    assert entries[1].counterpart == "GRP.X"
    usa = list(store.timeline("USA"))
    assert [(t.role, t.counterpart) for t in usa] == [("target", "IRN"), ("target", "ISR")]
    counts = store.timeline_counts("IRN*", "year")
    assert [(p.period, p.type, p.events, p.mentions) for p in counts] == [
        ("2004", "AID", 2, 4), ("2005", "ASSAULT", 1, 1), ("2006", "AID", 1, 1)]
    with pytest.raises(StoreError):
        store.timeline_counts("IRN", "week")


def test_network(store):
    pytest.importorskip("networkx")
    g = store.network("Iran", f=EventFilter(exact=True))
    assert set(g) == {"IRN", "GRP.X", "USA"}
    assert set(store.network("Iran")) == {"IRN", "IRN.MIL.QUDS", "GRP.X", "USA", "IRQ"}
    rolled = store.ego_network(EventFilter(actor="Iran"), roll_up="country")
    assert {n["id"] for n in rolled["nodes"]} == {"IRN", "USA", "IRQ"}  # GRP.X is in Iraq
    assert ("IRN", "IRQ", "AID") in {(e["source"], e["target"], e["type"])
                                     for e in rolled["edges"]}
    assert g.nodes["IRN"]["label"] == "Iran" and g.nodes["IRN"]["country"] == "IRN"
    aid = g.get_edge_data("IRN", "GRP.X")
    assert set(aid) == {"AID"}
    assert (aid["AID"]["weight"], aid["AID"]["mentions"]) == (2, 4)
    assert "ISR" not in g  # the only Iran-Israel event is hypothetical
    g2 = store.network("IRN", depth=2, f=EventFilter(exact=True))
    assert set(g2) == {"IRN", "GRP.X", "USA", "ISR"}
    assert store.network("Nobody").number_of_nodes() == 0


def test_a_person_rolls_up_to_no_state_by_the_per_prefix(store):
    # Peru's code is the persons' prefix: a person with no country stays itself
    store._upsert_actors([Actor("PER", "Peru", "state", "PER"),
                          Actor("PER.X", "X", "person", None)])
    assert store.roll_up_of("PER.X", "country") == "PER.X"
    assert store.roll_up_of("PER.X", "parent") == "PER.X"


def test_search(store):
    hits = store.search("militia najaf")
    assert [h.kind for h in hits] == ["post"] * 3
    assert {h.doc for h in hits} == {"a", "b", "c"}
    assert all("«" in h.snippet for h in hits)
    assert [h.doc for h in store.search('"supplied weapons"')] == ["b"]
    assert [h.doc for h in store.search("parad*")] == ["b"]
    assert [h.id for h in store.search("Quds") if h.kind == "actor"] == ["IRN.MIL.QUDS"]
    assert store.search('militia OR embassy" (') == []  # words, never a syntax error
    assert len(store.search("militia OR embassy", raw=True)) == 6
    with pytest.raises(StoreError, match="search"):
        store.search('"unbalanced', raw=True)


@pytest.mark.parametrize(
    ("filters", "index"),
    [
        ({"actor": "IRN"}, "events_source"), ({"actor": "IRN"}, "events_target"),
        ({"type": "AID", "since": "2004", "until": "2005"}, "events_type"),
        ({}, "events_order"), ({"asserted_by": "USA"}, "events_asserted_by"),
    ],
)
def test_event_queries_use_an_index(store, filters, index):
    sql, args = store._select("events", EventFilter(limit=50, **filters),
                              "sort_date, doc, post, ev_start, id")
    plan = " | ".join(r[3] for r in store.conn.execute("EXPLAIN QUERY PLAN " + sql, args))
    assert index in plan, plan
    assert "SCAN events" not in plan.replace(f"SCAN events USING INDEX {index}", ""), plan
