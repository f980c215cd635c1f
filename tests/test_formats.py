"""The input formats analysts have besides threads and corpora: Telegram Desktop exports,
PDF reports, RSS/Atom feeds and web archives (WARC), and per-record isolation of bad
records in record formats.

Fixtures are in ``tests/data/readers`` (Telegram, feeds) or made here (the PDFs with fpdf2,
the WARCs with warcio), so each test says what its input holds. Reader tests are fast;
the tests that code the inputs into events load the model and are marked ``slow``.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from actorgraph.errors import ReaderError, RecordError
from actorgraph.models import Document
from actorgraph.readers import detect_format, read_path

DATA = Path(__file__).parent / "data" / "readers"
TELEGRAM = DATA / "telegram" / "result.json"


def check_offsets(docs: list[Document]) -> None:
    """Every post's text comes back from its offsets into its document's text."""
    for doc in docs:
        assert [p.index for p in doc.posts] == list(range(1, len(doc.posts) + 1))
        for p in doc.posts:
            assert doc.text[p.start : p.end] == p.text


def read_skipping(path: Path, fmt: str | None = None) -> tuple[list[Document], list[str]]:
    skipped: list[RecordError] = []
    docs = read_path(path, fmt, on_skip=skipped.append)
    assert all(e.path == str(path) and "\n" not in e.problem for e in skipped)
    return docs, [e.problem for e in skipped]


# -- per-record isolation -------------------------------------------------------------------


def test_a_post_over_the_limit_skips_only_its_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("actorgraph.readers._records.MAX_POST_CHARS", 60)
    long = " ".join(["Iran"] * 20)  # 99 characters
    tweets = [{"tweet": {"id_str": "1", "full_text": "Iran and Iraq met.",
                         "created_at": "Wed Oct 10 20:19:24 +0000 2018"}},
              {"tweet": {"id_str": "2", "full_text": long,
                         "created_at": "Wed Oct 10 20:20:24 +0000 2018"}}]
    x = tmp_path / "tweets.js"
    x.write_text("window.YTD.tweets.part0 = " + json.dumps(tweets))
    tg = tmp_path / "result.json"
    tg.write_text(json.dumps({"name": "C", "messages": [
        {"id": 1, "type": "message", "date": "2024-01-01T00:00:00", "text": long},
        {"id": 2, "type": "message", "date": "2024-01-01T00:00:00", "text": "Short."}]}))
    for path, kept, where in ((x, "Iran and Iraq met.", "tweet 2"), (tg, "Short.", "message 1")):
        docs, skipped = read_skipping(path)
        assert [p.text for d in docs for p in d.posts] == [kept]
        assert skipped == [f"{where}: its text is 99 characters long, over the limit of 60 "
                           "per post"]


# -- Telegram Desktop export ----------------------------------------------------------------


def test_telegram_export_is_detected_by_content_and_by_name(tmp_path: Path) -> None:
    assert detect_format(Path("export.json"), TELEGRAM.read_bytes()) == "telegram"
    # a truncated export cannot be sniffed by content; its name still says what it is
    assert detect_format(Path("result.json"), b"{\n") == "telegram"


def test_telegram_messages_become_posts_in_reply_chains() -> None:
    docs = read_path(TELEGRAM)
    check_offsets(docs)
    chains = {d.id: [p.id for p in d.posts] for d in docs}
    # 1 is a service message, 4 a photo without text; 3 replies to 2; 7 replies to a
    # message outside the export and so starts its own chain
    assert chains == {"tg-1700000001-2": ["2", "3"], "tg-1700000001-5": ["5"],
                      "tg-1700000001-6": ["6"], "tg-1700000001-7": ["7"]}
    first, forward, edited = docs[0].posts[0], docs[1].posts[0], docs[2].posts[0]
    # text entities joined; text links and bare links kept as links
    assert first.text == ("Kataib Hezbollah fired rockets at a US base in Erbil today. "
                          "#Iraq video")
    assert first.links == ("https://example.org/video/1",)
    assert edited.links == ("https://example.org/report/6",)
    # time from date_unixtime, in UTC (the export's local time was UTC+3)
    assert first.time == "2024-03-04T06:15:00+00:00"
    assert first.author == "Iraq Watch Monitor" and first.forwarded_from is None
    assert first.url == "https://t.me/iraqwatch_demo/2"
    assert forward.forwarded_from == "Sabereen News"
    assert edited.edited == "2024-03-05T07:20:00+00:00"
    assert {d.format for d in docs} == {"telegram"}
    assert docs[0].title == "Iraq Watch Monitor" and docs[0].url == first.url


def test_telegram_without_unixtime_or_username(tmp_path: Path) -> None:
    export = {"name": "Group", "type": "private_group", "id": 5, "messages": [
        {"id": 10, "type": "message", "date": "2024-01-02T03:04:05", "from": "ana",
         "text": "Plain text."},
        {"id": 11, "type": "message", "date": "2024-01-02T03:05:00", "from": None,
         "text": [{"type": "italic", "text": "Entities only."}]},
    ]}
    path = tmp_path / "result.json"
    path.write_text(json.dumps(export))
    docs = read_path(path)
    posts = [p for d in docs for p in d.posts]
    assert [(p.text, p.time, p.author, p.url) for p in posts] == [
        ("Plain text.", "2024-01-02T03:04:05", "ana", None),
        ("Entities only.", "2024-01-02T03:05:00", "Group", None),
    ]


def test_telegram_bad_messages_are_skipped_and_reported(tmp_path: Path) -> None:
    export = json.loads(TELEGRAM.read_text())
    export["messages"] += [
        {"id": 20, "type": "message", "date": "2024-03-06T10:00:00", "text": 42},
        {"id": 2, "type": "message", "date": "2024-03-06T10:00:00", "text": "Again."},
        "not a message",
        {"type": "message", "date": "2024-03-06T10:00:00", "text": "No id."},
    ]
    path = tmp_path / "result.json"
    path.write_text(json.dumps(export))
    docs, skipped = read_skipping(path)
    assert skipped == [
        "message 20: 'text' is neither a string nor a list of entities",
        "message 2: duplicate id",
        "message #10: is a str, not an object",
        "message #11: has no 'id'",
    ]
    assert [d.id for d in docs] == [d.id for d in read_path(TELEGRAM)]
    with pytest.raises(ReaderError, match=r"message 20: 'text' is neither"):
        read_path(path)  # no skip handler: strict, the whole file refused


def test_telegram_full_account_export_reads_every_chat(tmp_path: Path) -> None:
    chat = json.loads(TELEGRAM.read_text())
    other = {"name": "Notes", "type": "saved_messages", "id": 9, "messages": [
        {"id": 1, "type": "message", "date": "2024-01-01T00:00:00", "text": "Own note."}]}
    path = tmp_path / "result.json"
    path.write_text(json.dumps({"about": "...", "chats": {"list": [chat, other, 7]}}))
    docs, skipped = read_skipping(path)
    assert skipped == ["chat 3: is not an object"]
    assert [d.id for d in docs][-1] == "tg-9-1"
    assert len(docs) == len(read_path(TELEGRAM)) + 1


def test_telegram_wrong_shape_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "result.json"
    path.write_text('{"name": "x", "messages": 3}')
    with pytest.raises(ReaderError, match="expected a Telegram Desktop export"):
        read_path(path)
    path.write_text('{"name": "x", "messages": [{"id": 1, "type": "message", "te')
    with pytest.raises(ReaderError, match="invalid JSON at line 1"):
        read_path(path)


# -- RSS and Atom feeds ---------------------------------------------------------------------

FEEDS = DATA / "feeds"


@pytest.mark.parametrize("name", ["rss.xml", "atom.xml"])
def test_feeds_are_detected_by_content(name: str) -> None:
    assert detect_format(Path("download.xml"), (FEEDS / name).read_bytes()) == "feed"
    assert detect_format(Path("news.rss"), b"<?xml version='1.0'?>\n<rs") == "feed"


def test_rss_items_are_documents_with_their_own_dates_and_no_markup() -> None:
    docs = read_path(FEEDS / "rss.xml")
    check_offsets(docs)
    rockets, talks = docs
    assert rockets.title == "Rockets on a base near Baghdad airport"
    assert rockets.url == "https://digest.example.org/2024/02/12/rockets"
    assert rockets.author == "Layla Hassan"
    assert rockets.published == "2024-02-12T15:30:00+00:00"  # pubDate, +0300, as UTC
    assert [p.text for p in rockets.posts] == [
        "Kataib Hezbollah fired rockets at a US base near Baghdad airport yesterday.",
        "Iraq's government condemned the attack.",
    ]
    assert all(p.time == rockets.published for p in rockets.posts)
    assert "https://digest.example.org/statement" in rockets.posts[0].links
    # escaped HTML in a plain description is reduced too; the feed's title is the author
    assert [p.text for p in talks.posts] == [
        "Iran and Saudi Arabia held talks in Muscat on Tuesday."]
    assert talks.author == "Gulf Security Digest"
    for doc in docs:
        assert "<" not in doc.text and "Russia" not in doc.text  # no markup, no script
    assert rockets.id != talks.id and {d.format for d in docs} == {"feed"}


def test_atom_entries_prefer_content_and_published() -> None:
    strike, statement = read_path(FEEDS / "atom.xml")
    check_offsets([strike, statement])
    assert [p.text for p in strike.posts] == [
        "Israel struck the Iranian consulate in Damascus today.",
        "Iran vowed to retaliate, state media said.",
    ]
    assert strike.published == "2024-04-01T20:15:00+00:00"  # published, not updated
    assert strike.author == "Levant Monitor Desk"  # the feed's author
    # a summary-only entry is coded from its summary; updated when nothing was published
    assert [p.text for p in statement.posts] == [
        "Hezbollah threatened Israel with a response on Monday."]
    assert statement.published == "2024-04-02T11:00:00+00:00"
    assert statement.author == "Sami Nader"


def test_feed_bad_items_are_skipped_and_a_cut_feed_keeps_its_first_items(tmp_path: Path) -> None:
    rss = (FEEDS / "rss.xml").read_text()
    empty = "<item><title></title><guid>x</guid></item>"
    path = tmp_path / "feed.xml"
    path.write_text(rss.replace("<item>", empty + "<item>", 1))
    docs, skipped = read_skipping(path)
    assert skipped == ["item 1: has no text (no content, summary or title)"]
    assert len(docs) == 2
    cut = rss[: rss.index("<title>Talks in Muscat")]
    path.write_text(cut)
    docs, skipped = read_skipping(path)
    assert [d.title for d in docs] == ["Rockets on a base near Baghdad airport"]
    assert len(skipped) == 1 and skipped[0].startswith("the feed is cut short after item 1 (")
    with pytest.raises(ReaderError, match="the feed is cut short after item 1"):
        read_path(path)  # strict
    path.write_text(rss[: rss.index("</item>") + len("</item>")])  # cut between two items
    docs, skipped = read_skipping(path)
    assert len(docs) == 1 and skipped[0].startswith("the feed is cut short after item 1 (")


# -- PDF reports ----------------------------------------------------------------------------

#: The two pages of the test report: paragraphs as lines on the page.
REPORT = [
    [["In 2019 Kataib Hezbollah fired rockets at the K1 base near Kir-",
      "kuk. The United States struck the group's positions two days later."],
     ["Iran supplied drones to the militias, according to the report. Officials in al-",
      "Maliki's office denied the claim."]],
    [["Turkey shelled PKK positions near Duhok in March 2020, killing two civil-",
      "ians, local officials said."],
     ["Baghdad summoned the Turkish ambassador the following day."]],
]
HEADER = "Regional Policy Institute | Iran's Networks in Iraq"


def make_report(path: Path, pages: list[list[list[str]]] = REPORT, *, password: str | None = None,
                text: bool = True) -> Path:
    """A small PDF report written with fpdf2: a running header, paragraphs, page numbers."""
    from datetime import UTC, datetime

    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.set_title("Iran's Networks in Iraq")
    pdf.set_author("Regional Policy Institute")
    pdf.set_creation_date(datetime(2023, 11, 20, 9, 0, tzinfo=UTC))
    pdf.set_auto_page_break(False)
    if password is not None:
        pdf.set_encryption(owner_password="owner", user_password=password)
    for n, paras in enumerate(pages, start=1):
        pdf.add_page()
        if not text:  # a "scan": only drawing, no text layer
            pdf.rect(20, 20, 100, 50, style="F")
            continue
        pdf.set_font("Helvetica", size=9)
        pdf.text(20, 12, HEADER)
        pdf.set_font("Helvetica", size=11)
        y = 40.0
        for para in paras:
            for line in para:
                pdf.text(20, y, line)
                y += 6
            y += 8
        pdf.set_font("Helvetica", size=9)
        pdf.text(100, 285, f"Page {n} of {len(pages)}")
    pdf.output(str(path))
    return path


def test_pdf_pages_are_documents_with_paragraphs_and_metadata(tmp_path: Path) -> None:
    path = make_report(tmp_path / "report.pdf")
    assert detect_format(Path("download"), path.read_bytes()[:1024]) == "pdf"
    docs = read_path(path)
    check_offsets(docs)
    assert [d.id for d in docs] == ["report-p1", "report-p2"]  # the page is in the evidence
    assert [[p.text for p in d.posts] for d in docs] == [
        ["In 2019 Kataib Hezbollah fired rockets at the K1 base near Kirkuk. The United "
         "States struck the group's positions two days later.",
         "Iran supplied drones to the militias, according to the report. Officials in "
         "al-Maliki's office denied the claim."],
        ["Turkey shelled PKK positions near Duhok in March 2020, killing two civilians, "
         "local officials said.",
         "Baghdad summoned the Turkish ambassador the following day."],
    ]  # header and page numbers gone, words broken at line ends joined, al-Maliki kept
    first = docs[0]
    assert first.title == "Iran's Networks in Iraq, page 1"
    assert first.author == "Regional Policy Institute"
    assert first.published == "2023-11-20T09:00:00+00:00"
    assert {d.format for d in docs} == {"pdf"}


@pytest.mark.parametrize(("kind", "problem"), [
    ("scan", "no text layer (scanned PDF?)"),
    ("encrypted", "is encrypted; save an unencrypted copy to read it"),
    ("not-a-pdf", "is not a PDF"),
    ("truncated", "cannot read the PDF"),
])
def test_pdf_that_cannot_be_read_is_one_line(tmp_path: Path, kind: str, problem: str) -> None:
    path = tmp_path / "bad.pdf"
    if kind == "scan":
        make_report(path, text=False)
    elif kind == "encrypted":
        make_report(path, password="secret")
    elif kind == "not-a-pdf":
        path.write_text("Iran attacked Iraq. This is text with a .pdf name.")
    else:
        good = make_report(tmp_path / "good.pdf").read_bytes()
        path.write_bytes(good[:200])
    with pytest.raises(ReaderError) as exc:
        read_path(path)
    assert exc.value.path == str(path) and exc.value.problem.startswith(problem)
    assert "\n" not in exc.value.problem


def test_pdf_with_only_an_owner_password_is_read(tmp_path: Path) -> None:
    path = make_report(tmp_path / "locked.pdf", password="")
    assert [d.id for d in read_path(path)] == ["locked-p1", "locked-p2"]


# -- web archives (WARC) --------------------------------------------------------------------

ARTICLE = (
    "<html><head><title>Strike in Damascus</title></head><body><nav>Home | World</nav>"
    "<article><h1>Strike in Damascus</h1>"
    "<p>Israel struck the Iranian consulate in Damascus today, killing two generals.</p>"
    "<p>Iran vowed to retaliate against Israel, its foreign ministry said.</p>"
    "</article><footer>Contact us</footer></body></html>"
)
SECOND = (
    "<html><head><meta charset='windows-1252'><title>Caf\u00e9 talks</title>"
    "<meta property='article:published_time' content='2024-03-30'></head><body><article>"
    "<p>Iraq and Turkey held talks at the Caf\u00e9 Riche in Baghdad on water sharing.</p>"
    "</article></body></html>"
)


def make_warc(path: Path, gzip: bool = True) -> Path:
    """A small web archive written with warcio: two pages, an image, a request, a revisit
    and a duplicate of the first page's payload."""
    import io

    warcio = pytest.importorskip("warcio")
    from warcio.statusandheaders import StatusAndHeaders

    with path.open("wb") as f:
        writer = warcio.warcwriter.WARCWriter(f, gzip=gzip)

        def add(kind: str, uri: str, body: bytes, ctype: str, date: str) -> None:
            http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            headers = {"WARC-Date": date}
            writer.write_record(writer.create_warc_record(
                uri, kind, payload=io.BytesIO(body), http_headers=http,
                warc_headers_dict=headers))

        add("response", "https://news.example.com/damascus", ARTICLE.encode(),
            "text/html; charset=utf-8", "2024-04-01T21:00:00Z")
        add("response", "https://news.example.com/logo.png", b"\x89PNG\r\n\x1a\n0000",
            "image/png", "2024-04-01T21:00:01Z")
        req = writer.create_warc_record("https://news.example.com/damascus", "request",
                                        payload=io.BytesIO(b"GET /damascus HTTP/1.1\r\n\r\n"))
        writer.write_record(req)
        add("response", "https://news.example.com/damascus?utm=x", ARTICLE.encode(),
            "text/html", "2024-04-02T08:00:00Z")  # the same payload again: a duplicate
        add("response", "https://news.example.com/water", SECOND.encode("cp1252"),
            "text/html; charset=windows-1252", "2024-04-03T10:00:00Z")
        revisit = writer.create_revisit_record(
            "https://news.example.com/damascus", digest="sha1:AAAA",
            refers_to_uri="https://news.example.com/damascus",
            refers_to_date="2024-04-01T21:00:00Z")
        writer.write_record(revisit)
    return path


@pytest.mark.parametrize("gzip", [True, False])
def test_warc_html_pages_are_documents_and_the_rest_is_skipped(tmp_path: Path,
                                                               gzip: bool) -> None:
    path = make_warc(tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc"), gzip)
    assert detect_format(Path("download.bin"), path.read_bytes()[:8192]) == "warc"
    docs, skipped = read_skipping(path)
    assert skipped == []  # image, request, duplicate and revisit are not errors
    check_offsets(docs)
    assert [d.url for d in docs] == ["https://news.example.com/damascus",
                                     "https://news.example.com/water"]
    strike, water = docs
    assert [p.text for p in strike.posts] == [
        "Strike in Damascus",
        "Israel struck the Iranian consulate in Damascus today, killing two generals.",
        "Iran vowed to retaliate against Israel, its foreign ministry said.",
    ]  # no navigation, no footer
    assert strike.published == "2024-04-01T21:00:00+00:00"  # no date in the page: capture
    assert water.published == "2024-03-30"  # the page's own date first
    assert "Caf\u00e9 Riche" in water.text  # decoded in the charset its HTTP header gives
    assert {d.format for d in docs} == {"warc"} and strike.id != water.id


@pytest.mark.parametrize("gzip", [True, False])
def test_warc_cut_mid_record_keeps_the_records_before(tmp_path: Path, gzip: bool) -> None:
    whole = make_warc(tmp_path / "whole.warc", gzip).read_bytes()
    path = tmp_path / ("cut.warc.gz" if gzip else "cut.warc")
    # cut inside the last page's record: its HTML is not all there
    path.write_bytes(whole[: len(whole) * 3 // 4])
    docs, skipped = read_skipping(path)
    assert [d.url for d in docs] == ["https://news.example.com/damascus"]
    assert len(skipped) == 1, skipped
    assert "truncated" in skipped[0] or "cut short" in skipped[0]
    with pytest.raises(ReaderError):
        read_path(path)  # strict


@pytest.mark.parametrize(("name", "fmt", "data", "problem"), [
    ("news.rss", "feed", b"Iran and Iraq, not a feed at all.", "is not an RSS or Atom feed"),
    ("news.rss", "feed",
     b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>',
     "the feed has no items"),
    ("news.rss", "feed", b"\x00\x01\x02binary", "is not an RSS or Atom feed"),
    ("x.warc", "warc", b"Iran attacked Iraq, a text file named .warc", "is not a WARC file"),
    ("x.warc", "warc", b"WARC/1.0\r\nWARC-Type: resp", "is not a readable WARC file"),
])
def test_a_file_that_is_not_a_feed_or_a_warc_is_one_line(
    tmp_path: Path, name: str, fmt: str, data: bytes, problem: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ReaderError, match=problem) as exc:
        read_path(path, fmt)
    assert exc.value.path == str(path) and "\n" not in exc.value.problem


def test_same_named_pdfs_feeds_and_warcs_in_two_folders_get_ids_of_their_own(
    tmp_path: Path,
) -> None:
    """The ids the PDF, feed and WARC readers make from the file's name (``report-p1``) take
    the folder too, as a text file's id does, so two copies of a name do not collide."""
    from actorgraph.readers import iter_inputs

    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        make_report(tmp_path / sub / "report.pdf")
        (tmp_path / sub / "news.rss").write_bytes((FEEDS / "rss.xml").read_bytes())
        make_warc(tmp_path / sub / "crawl.warc.gz")
    ids: dict[str, list[str]] = {}
    for path, key in iter_inputs([tmp_path]):
        ids[key] = [d.id for d in read_path(path, key=key)]
    assert ids["a/report.pdf"] == ["a/report-p1", "a/report-p2"]
    assert ids["b/report.pdf"] == ["b/report-p1", "b/report-p2"]
    for name in ("news.rss", "crawl.warc.gz"):
        a, b = ids[f"a/{name}"], ids[f"b/{name}"]
        assert a and len(a) == len(b) and not set(a) & set(b)
        assert all(i.startswith("a/") for i in a) and all(i.startswith("b/") for i in b)
        assert [i[2:] for i in a] == [i[2:] for i in b]  # the same name part after the folder
    # A file named directly keeps the reader's own ids.
    assert [d.id for d in read_path(tmp_path / "a" / "report.pdf")] == ["report-p1", "report-p2"]


def test_a_skipped_record_of_a_file_whose_name_is_not_utf8_is_named_printably(
    tmp_path: Path,
) -> None:
    import os

    folder = os.fsencode(tmp_path)
    path = Path(os.fsdecode(folder + b"/bad\xffname.jsonl"))
    path.write_text('{"id": "1", "text": "Iran."}\n{"id": "2", "text": broken}\n')
    skipped: list[RecordError] = []
    docs = read_path(path, on_skip=skipped.append)
    assert [d.id for d in docs] == ["1"]
    [error] = skipped
    assert error.path is not None and error.path.endswith("bad\\xffname.jsonl")
    assert error.problem.startswith("line 2: ")
    str(error).encode("utf-8")  # printable: no lone surrogate left


# -- the five inputs through `code` and `ingest` --------------------------------------------

CORPUS = (
    '{"id": "c1", "text": "Iran sent drones to Hezbollah in 2006.", "date": "2024-01-10"}\n'
    '{"id": "c2", "text": broken}\n'
    '{"id": "c3", "text": "Turkey shelled Kurdish positions near Afrin on Monday.", '
    '"date": "2024-01-10"}\n'
)


@pytest.fixture()
def five(tmp_path: Path) -> Path:
    """A folder with a Telegram export, a PDF report, an RSS and an Atom feed, a web
    archive and a JSONL corpus with one broken line."""
    folder = tmp_path / "inputs"
    folder.mkdir()
    (folder / "result.json").write_bytes(TELEGRAM.read_bytes())
    (folder / "rss.xml").write_bytes((FEEDS / "rss.xml").read_bytes())
    (folder / "atom.xml").write_bytes((FEEDS / "atom.xml").read_bytes())
    make_report(folder / "report.pdf")
    make_warc(folder / "crawl.warc.gz")
    (folder / "corpus.jsonl").write_text(CORPUS)
    return folder


def _event(events: list[dict], doc: str, start: str) -> dict:
    found = [e for e in events if e["evidence"]["doc"] == doc
             and e["evidence"]["text"].startswith(start)]
    assert found, (doc, start, [(e["evidence"]["doc"], e["evidence"]["text"]) for e in events])
    return found[0]


@pytest.mark.slow
def test_code_reads_the_five_formats_with_evidence_and_dates(coder, five: Path) -> None:
    from click.testing import CliRunner

    from actorgraph.cli import cli

    result = CliRunner().invoke(cli, ["code", str(five)])
    assert result.exit_code == 1  # the broken JSONL line
    errors = [line for line in result.output.splitlines() if line.startswith("error: ")]
    assert errors == [f"error: {five / 'corpus.jsonl'}: line 2: invalid JSON at column 22: "
                      "Expecting value"]
    assert "1 bad record(s) skipped" in result.output and "input(s) failed" not in result.output
    events = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]

    # Telegram: the message's own date anchors "today"; a forward is said by its origin
    rockets = _event(events, "tg-1700000001-2", "Kataib Hezbollah fired rockets")
    assert (rockets["type"], rockets["date"], rockets["evidence"]["post"]) == (
        "ASSAULT", "2024-03-04", 1)
    assert rockets["asserted_by"]["name"] == "Iraq Watch Monitor"
    forward = _event(events, "tg-1700000001-5", "Kataib Hezbollah attacked")
    assert forward["date"] == "2024-03-04"  # "last night", sent on 5 March
    assert forward["asserted_by"]["name"] == "Sabereen News"
    # PDF: the page is in the evidence; dates from the text, then inherited on the page
    shelling = _event(events, "report-p2", "Turkey shelled PKK positions")
    assert (shelling["type"], shelling["date"]) == ("ASSAULT", "2020-03")
    assert _event(events, "report-p1", "In 2019 Kataib Hezbollah")["date"] == "2019"
    # feeds: each item's own date anchors its relative dates
    rss = {e["evidence"]["text"][:20]: e["date"] for e in events
           if e["evidence"]["doc"].startswith("rss-")}
    assert rss["Kataib Hezbollah fir"] == "2024-02-11"  # "yesterday", item of 12 February
    assert rss["Iran and Saudi Arabi"] == "2024-02-13"  # "on Tuesday", item of 14 February
    atom = _event(events, next(e["evidence"]["doc"] for e in events
                               if e["evidence"]["text"].startswith("Hezbollah threatened")),
                  "Hezbollah threatened")
    assert (atom["type"], atom["date"]) == ("THREATEN", "2024-04-01")  # Monday before 2 April
    # WARC: the capture date anchors "today" on a page that gives no date
    strike = [e for e in events if e["evidence"]["doc"].startswith("crawl-")
              and e["evidence"]["text"].startswith("Israel struck")]
    assert strike and {e["date"] for e in strike} == {"2024-04-01"}
    # JSONL: the good lines around the broken one
    assert {e["evidence"]["doc"] for e in events} >= {"c1", "c3"}


@pytest.mark.slow
def test_ingest_stores_the_five_formats_and_strict_refuses_the_broken_corpus(
    coder, five: Path, tmp_path: Path
) -> None:
    from click.testing import CliRunner

    from actorgraph.cli import cli
    from actorgraph.store import Store

    db = tmp_path / "s.db"
    result = CliRunner().invoke(cli, ["ingest", str(five), "--db", str(db)])
    assert result.exit_code == 1, result.output
    with Store(db) as store:
        formats = Counter(r[0] for r in store.conn.execute("SELECT format FROM documents"))
        assert formats == {"telegram": 4, "feed": 4, "pdf": 2, "warc": 2, "jsonl": 2}
        pages = {r[0] for r in store.conn.execute(
            "SELECT DISTINCT doc FROM events WHERE doc LIKE 'report-p%'")}
        assert pages == {"report-p1", "report-p2"}
    strict = tmp_path / "strict.db"
    result = CliRunner().invoke(cli, ["ingest", str(five / "corpus.jsonl"), "--db", str(strict),
                                      "--strict"])
    assert result.exit_code == 1 and "1 input(s) failed" in result.output
    with Store(strict) as store:
        assert store.counts()["documents"] == 0


# -- optional libraries ---------------------------------------------------------------------


def test_format_libraries_load_only_when_a_file_needs_them() -> None:
    import subprocess
    import sys

    code = ("import sys, actorgraph, actorgraph.readers; print([m for m in ('feedparser', "
            "'pypdf', 'warcio') if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize(("module", "fixture", "what"), [
    ("feedparser", FEEDS / "rss.xml", "RSS/Atom feeds"),
    ("pypdf", DATA / "report.pdf", "PDF reports"),
    ("warcio", DATA / "crawl.warc.gz", "web archives (WARC)"),
])
def test_a_missing_format_library_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch, module: str, fixture: Path, what: str
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, module, None)  # `import module` now fails
    with pytest.raises(ReaderError) as exc:
        read_path(fixture)
    assert exc.value.path == str(fixture)
    assert exc.value.problem == (f"reading {what} needs {module}, which is not installed: "
                                 "pip install 'actorgraph[formats]'")
