"""Publication dates per document: given per file, read from the document, checked, part of
what makes a stored document "changed", and a warning for the documents without one."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import actorgraph
from actorgraph import api
from actorgraph.cli import cli
from actorgraph.coding.datelines import wire_dateline
from actorgraph.errors import ConfigError
from actorgraph.models import CodedDocument, Document, Post
from actorgraph.readers import read_path
from actorgraph.readers.published import PublishedDates, absolute_date, split_header_date

THREAD = "Thread by @ana\n\n1/ Iran armed the militia yesterday.\n\n2/ More later.\n"


@pytest.mark.parametrize(("value", "expected"), [
    ("2020-12-30", "2020-12-30"), ("2020-12", "2020-12"), ("30 December 2020", "2020-12-30"),
    ("Dec 30, 2020", "2020-12-30"), ("2020-12-30T10:00:00Z", "2020-12-30T10:00:00Z"),
    ("yesterday", None), ("last week", None), ("2020-02-30", None), ("2024-13-01", None),
    ("soon", None), ("", None),
])
def test_absolute_dates_only(value, expected):
    assert absolute_date(value) == expected


def test_published_values_are_checked_and_per_file():
    dates = PublishedDates.parse(["thread.txt=2020-12-30", "2021-01-02", "a/b.txt=2019"])
    assert dates.default == "2021-01-02"
    assert dates.files == {"thread.txt": "2020-12-30", "a/b.txt": "2019"}
    assert dates.for_file("/data/x/thread.txt") == "2020-12-30"
    assert dates.for_file("a/b.txt") == "2019" and dates.for_file("c/b.txt") is None
    for bad, message in (("yesterday", "'yesterday' is not a date"),
                         ("x.txt=2020-02-30", "--published x.txt: '2020-02-30'"),
                         ("tomorrow", "relative words")):
        with pytest.raises(ConfigError, match=message):
            PublishedDates.parse([bad])
    with pytest.raises(ConfigError, match="two dates for every file"):
        PublishedDates.parse(["2020-01-01", "2021-01-01"])


def _doc(source: str, published: str | None = None) -> Document:
    return Document(Path(source).stem, "x", (Post(1, "x", 0, 1),), "text", source=source,
                    published=published)


def test_the_default_date_is_for_documents_without_one_and_a_file_date_wins():
    dates = PublishedDates.parse(["2021-01-02", "b.txt=2020-05-05"])
    assert dates.apply(_doc("a.txt")).published == "2021-01-02"
    assert dates.apply(_doc("a.txt", "2019-09-09")).published == "2019-09-09"  # its own
    assert dates.apply(_doc("dir/b.txt", "2019-09-09")).published == "2020-05-05"  # given


def test_a_thread_header_or_a_date_line_dates_the_document(tmp_path):
    dated = tmp_path / "t1.txt"
    dated.write_text("Thread by @ana · 30 Dec 2020\n\n1/ Iran armed the militia.\n\n2/ End.\n")
    [doc] = read_path(dated, "thread")
    assert doc.published == "2020-12-30" and doc.author == "@ana"
    lined = tmp_path / "t2.txt"
    lined.write_text("Thread by @ana\nDate: 2021-03-04\n\n1/ Iran armed the militia.\n")
    [doc] = read_path(lined, "thread")
    assert doc.published == "2021-03-04"
    assert [p.text for p in doc.posts] == ["Iran armed the militia."]  # not a post
    plain = tmp_path / "article.txt"
    plain.write_text("Fighting in the north\nPublished: 5 May 2022\n\nIran armed them.\n")
    [doc] = read_path(plain, "text")
    assert doc.published == "2022-05-05"
    undated = tmp_path / "t3.txt"
    undated.write_text(THREAD)
    assert read_path(undated, "thread")[0].published is None
    assert split_header_date("@ana on 2 March 2021") == ("@ana", "2021-03-02")
    assert split_header_date("Jean-Luc") == ("Jean-Luc", None)


def test_metadata_is_part_of_the_version():
    plain = _doc("a.txt")
    assert _doc("a.txt").content_hash == plain.content_hash
    assert _doc("a.txt", "2020-01-01").content_hash != plain.content_hash
    assert _doc("a.txt", "2020-01-01").content_hash != _doc("a.txt", "2020-01-02").content_hash


@pytest.fixture()
def fake_coder(monkeypatch):
    """Coding without the model: each document as it is, with no events; what was coded is
    recorded."""
    seen: list[Document] = []

    def code(documents, settings=None):
        for doc in documents:
            seen.append(doc)
            yield CodedDocument(doc)

    monkeypatch.setattr(api, "code", code)
    return seen


def ingest(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["ingest", *args])
    return result.exit_code, result.output


def test_a_new_date_recodes_a_stored_document_and_force_recodes_anyway(tmp_path, fake_coder):
    thread = tmp_path / "thread.txt"
    thread.write_text(THREAD)
    db = str(tmp_path / "s.db")
    code, out = ingest(str(thread), "--db", db)
    assert code == 0 and "stored 1 document(s)" in out
    assert "warning: 1 document(s) had no publication date" in out and "thread.txt" in out
    code, out = ingest(str(thread), "--db", db, "--published", "thread.txt=2020-12-30")
    assert code == 0 and "stored 1 document(s)" in out and "warning" not in out
    assert fake_coder[-1].published == "2020-12-30"
    with actorgraph.open(db) as graph:
        row = graph.store.conn.execute("SELECT published FROM documents").fetchone()
        assert row[0] == "2020-12-30"
    code, out = ingest(str(thread), "--db", db, "--published", "thread.txt=2020-12-30")
    assert "stored 0 document(s)" in out and "1 unchanged" in out
    code, out = ingest(str(thread), "--db", db, "--published", "thread.txt=2020-12-30",
                       "--force")
    assert "stored 1 document(s)" in out and len(fake_coder) == 3


def test_the_default_date_reaches_undated_files_only(tmp_path, fake_coder):
    own = tmp_path / "own.txt"
    own.write_text("Thread by @ana · 1 Feb 2020\n\n1/ Iran armed the militia.\n")
    other = tmp_path / "other.txt"
    other.write_text(THREAD)
    code, out = ingest(str(own), str(other), "--db", str(tmp_path / "s.db"),
                       "--published", "2021-06-01")
    assert code == 0 and "warning" not in out
    assert {d.id: d.published for d in fake_coder} == {"own": "2020-02-01",
                                                       "other": "2021-06-01"}


@pytest.mark.parametrize("value", ["yesterday", "2020-02-30", "thread.txt=last week"])
def test_relative_or_unreal_published_dates_are_refused(tmp_path, fake_coder, value):
    thread = tmp_path / "thread.txt"
    thread.write_text(THREAD)
    db = tmp_path / "s.db"
    code, out = ingest(str(thread), "--db", str(db), "--published", value)
    assert code == 1 and out.startswith("error: --published") and "not a date" in out
    assert not fake_coder


def test_help_says_the_default_date_is_for_files_without_one():
    result = CliRunner().invoke(cli, ["ingest", "--help"])
    text = " ".join(result.output.split())
    assert "FILE=DATE for one file" in text and "WITHOUT a date of its own" in text
    assert "--force" in text


@pytest.mark.parametrize(("opening", "place", "date"), [
    ("TEGUCIGALPA, 9 FEB 90 (LA PRENSA) -- [TEXT] Troops", "TEGUCIGALPA", "1990-02-09"),
    ("MOGADISHU, June 2, 2011 (AFP) - Shelling", "MOGADISHU", "2011-06-02"),
    ("QUITO, Ecuador, 17 May 2004 — Farmers", "QUITO", "2004-05-17"),
    ("ALEPPO, Oct. 4 (Reuters) - A convoy", "ALEPPO", None),
    ("NAIROBI (AP) — Talks", "NAIROBI", None),
    ("KABUL -- The council", "KABUL", None),
])
def test_a_wire_dateline_gives_its_place_and_date(opening, place, date):
    found = wire_dateline(opening)
    assert found is not None and (found.place, found.date) == (place, date)


@pytest.mark.parametrize("opening", [
    "NATO - a short history", "Troops, tanks and jets - what was sent", "IRAN, SYRIA AND IRAQ - x",
    "The army said on 3 May 2020 -- nothing", "THE END",
])
def test_no_dateline_without_a_capital_place_and_a_date_agency_or_long_dash(opening):
    assert wire_dateline(opening) is None


def test_a_wire_dateline_dates_a_document_without_its_own_date_before_the_default(tmp_path):
    wire = tmp_path / "wire.txt"
    wire.write_text("MANAGUA, 21 AUG 89 (CANAL 2) -- Soldiers fired on a march.\n")
    lined = tmp_path / "lined.txt"
    lined.write_text("Date: 1 January 2000\n\nMANAGUA, 21 AUG 89 (CANAL 2) -- Soldiers fired.\n")
    dates = PublishedDates.parse(["2021-06-01", "given.txt=2019-01-01"])
    assert dates.apply(read_path(wire, "text")[0]).published == "1989-08-21"
    assert dates.apply(read_path(lined, "text")[0]).published == "2000-01-01"
    given = tmp_path / "given.txt"
    given.write_text(wire.read_text())
    assert dates.apply(read_path(given, "text")[0]).published == "2019-01-01"


@pytest.mark.slow
def test_a_wire_reports_later_paragraphs_take_its_datelines_country(tmp_path):
    wire = tmp_path / "wire.txt"
    wire.write_text("MANAGUA, 21 AUG 89 (CANAL 2) -- A bridge was blown up overnight.\n\n"
                    "The police arrested six students on Saturday.\n")
    undated = tmp_path / "plain.txt"
    undated.write_text("A bridge was blown up overnight.\n\n"
                       "The police arrested six students on Saturday.\n")
    [coded] = api.code(api.iter_documents([wire]))
    [arrest] = [e for e in coded.events if e.type == "COERCE"]
    assert (arrest.source, arrest.date) == ("NIC.POL", "1989-08-19")
    [coded] = api.code(api.iter_documents([undated]))
    [arrest] = [e for e in coded.events if e.type == "COERCE"]
    assert arrest.source is None and arrest.date is None


def test_a_wire_dateline_dates_the_lines_of_a_corpus(tmp_path):
    corpus = tmp_path / "wires.jsonl"
    corpus.write_text(
        '{"id": "a", "text": "LIMA, 2 MAY 92 (EFE) -- Rebels blew up a pylon."}\n'
        '{"id": "b", "text": "LIMA, 2 MAY 92 (EFE) -- A march.", "date": "1992-05-03"}\n'
        '{"id": "c", "text": "Rebels blew up a pylon."}\n')
    assert [d.published for d in read_path(corpus)] == ["1992-05-02", "1992-05-03", None]
