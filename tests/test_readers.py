"""Readers: format sniffing, per-format content, offsets, and clear errors on bad input."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from actorgraph.errors import ReaderError
from actorgraph.models import Document
from actorgraph.readers import (
    FORMATS,
    READERS,
    detect_format,
    iter_paths,
    plain,
    read_path,
    thread_text,
)

DATA = Path(__file__).parent / "data" / "readers"

# fixture, format it must sniff as, number of documents it reads into
FIXTURES = [
    ("thread.txt", "thread", 1),
    ("thread_noheader.txt", "thread", 1),
    ("plain.txt", "text", 1),
    ("x/data/tweets.js", "x-archive", 3),
    ("x/data/account.js", "x-archive", 0),
    ("bluesky_thread.json", "bluesky", 1),
    ("mastodon/outbox.json", "mastodon", 2),
    ("mastodon/actor.json", "mastodon", 0),
    ("article.html", "html", 1),
    ("corpus.jsonl", "jsonl", 3),
    ("telegram/result.json", "telegram", 4),
    ("feeds/rss.xml", "feed", 2),
    ("feeds/atom.xml", "feed", 2),
    ("report.pdf", "pdf", 2),
    ("crawl.warc.gz", "warc", 2),
]


def check_offsets(docs: list[Document]) -> None:
    """The invariant every reader keeps: posts index their document's text."""
    for doc in docs:
        assert [p.index for p in doc.posts] == list(range(1, len(doc.posts) + 1))
        for p in doc.posts:
            assert 0 <= p.start <= p.end <= len(doc.text)
            assert doc.text[p.start : p.end] == p.text


def read(name: str) -> list[Document]:
    return read_path(DATA / name)


def texts(doc: Document) -> list[str]:
    return [p.text for p in doc.posts]


# -- detection and the common contract --------------------------------------------


def test_formats_match_registry() -> None:
    assert set(FORMATS) == set(READERS)
    assert FORMATS == ("thread", "x-archive", "bluesky", "mastodon", "html", "text", "jsonl",
                       "telegram", "feed", "pdf", "warc")


@pytest.mark.parametrize(("name", "fmt", "count"), FIXTURES)
def test_fixture_detected(name: str, fmt: str, count: int) -> None:
    path = DATA / name
    assert detect_format(path, path.read_bytes()[:65536]) == fmt


@pytest.mark.parametrize(("name", "fmt", "count"), FIXTURES)
def test_fixture_reads_with_exact_offsets(name: str, fmt: str, count: int) -> None:
    docs = read(name)
    assert len(docs) == count
    check_offsets(docs)
    for doc in docs:
        assert doc.format == fmt
        assert doc.source == str(DATA / name)
        assert doc.posts
    assert read_path(DATA / name, format=fmt) == docs


@pytest.mark.parametrize(
    ("head", "name", "fmt"),
    [
        ("window.YTD.tweets.part0 = [", "x.txt", "x-archive"),
        (
            '{\n  "thread": {"post": {"uri": "at://did:plc:x/app.bsky.feed.post/1"',
            "a.json",
            "bluesky",
        ),
        ('{"orderedItems": []}', "a.json", "mastodon"),
        (
            '{"@context": "https://www.w3.org/ns/activitystreams", "type": "Person"}',
            "a",
            "mastodon",
        ),
        ("<!DOCTYPE html>\n<html><body><p>x</p>", "page.txt", "html"),
        ("<!-- saved from url -->\n<html lang=en>", "page", "html"),
        ("<p>A fragment</p>", "page.htm", "html"),
        ('{"id": 1, "text": "a"}\n{"id": 2, "text": "b"}\n', "c.txt", "jsonl"),
        ('{"id": 1, "body": "a"}\n', "c.jsonl", "jsonl"),
        ("Twitter Thread by Jane Doe\n\nFirst post.", "t", "thread"),
        ("\n\n  thread BY @jdoe:\n\n1/ x", "t", "thread"),
        ("🧵 by Jane Doe\n\nFirst.", "t", "thread"),
        ("🧵 Thread by @jdoe\n\nFirst.", "t", "thread"),
        ("1/ Opening post.\n\n2/ Second.", "t", "thread"),
        ("An opening post. (1/3)\n\nSecond. (2/3)", "t", "thread"),
        ("Notes from the meeting.\n\nThe thread by the river was cut.", "t", "text"),
        ("1. A numbered list item\n2. Another", "t", "text"),
        ("Just prose.", "notes.md", "text"),
        ("[1, 2, 3]", "data.txt", "text"),
        ("", "tweets.js", "x-archive"),
    ],
)
def test_detect_format(head: str, name: str, fmt: str) -> None:
    assert detect_format(Path(name), head.encode("utf-8")) == fmt


def test_detect_format_handles_utf16_head() -> None:
    head = "Thread by @jdoe\n\n1/ x".encode("utf-16")
    assert detect_format(Path("t"), head) == "thread"


# -- thread text ------------------------------------------------------------------


def test_thread_header_posts_and_numbering() -> None:
    [doc] = read("thread.txt")
    raw = (DATA / "thread.txt").read_text("utf-8")
    assert doc.text == raw
    assert doc.id == "thread"
    assert doc.author == "@lena_marsh"
    assert doc.title == "Thread by @lena_marsh"
    posts = texts(doc)
    assert len(posts) == 6
    assert posts[0].startswith("Fighting resumed overnight")
    assert posts[2].startswith("The Eastern Alliance denied")  # "3/6" removed
    assert posts[3].startswith("About 3,000 residents")  # "(4/6)" removed
    assert posts[4].startswith("The foreign minister")  # "5." removed
    assert posts[5].endswith("as officials publish more.")  # trailing "6/6" removed
    assert all("Share this thread" not in p for p in posts)
    assert all(p.author == "@lena_marsh" for p in doc.posts)
    assert all(p == p.strip() for p in posts)


def test_thread_without_header() -> None:
    [doc] = read("thread_noheader.txt")
    assert doc.author is None and doc.title is None
    assert texts(doc)[0].endswith("the Rusk Republic.")  # trailing "1/3" removed
    assert len(doc.posts) == 3


def test_thread_crlf_and_junk(tmp_path: Path) -> None:
    raw = "🧵 Thread by Jane Doe\r\n\r\n1/ One.\r\n \t\r\n• • •\r\nRead on Twitter\r\n2/ Two.\r\n"
    path = tmp_path / "t.txt"
    path.write_bytes(raw.encode("utf-8"))
    [doc] = read_path(path)
    assert doc.text == raw
    assert texts(doc) == ["One.", "Two."]
    assert doc.author == "Jane Doe"
    check_offsets([doc])


@pytest.mark.parametrize(
    ("post", "kept"),
    [
        ("1/ One.", "One."),
        ("[2/9] Two.", "Two."),
        ("12/ Twelve.", "Twelve."),
        ("Ends here (3/12)", "Ends here"),
        ("Ends here 3/", "Ends here"),
        ("7) Seven.", "Seven."),
        ("24/7 coverage of the talks.", "24/7 coverage of the talks."),
        ("1.5 million people left.", "1.5 million people left."),
        ("The toll rose to 12.", "The toll rose to 12."),
        ("2024/25 budget talks.", "2024/25 budget talks."),
    ],
)
def test_thread_numbering_markers(tmp_path: Path, post: str, kept: str) -> None:
    path = tmp_path / "t.txt"
    path.write_text(f"Thread by @a\n\n{post}\n")
    [doc] = read_path(path)
    assert texts(doc) == [kept]
    check_offsets([doc])


def test_thread_with_only_a_header_raises(tmp_path: Path) -> None:
    path = tmp_path / "t.txt"
    path.write_text("Thread by @nobody\n\n2/\n")
    with pytest.raises(ReaderError, match="no posts"):
        read_path(path)


# -- plain text -------------------------------------------------------------------


def test_plain_text_paragraphs_and_title() -> None:
    [doc] = read("plain.txt")
    assert doc.text == (DATA / "plain.txt").read_text("utf-8")
    assert doc.title == "Parliament votes to extend the border mission"
    assert len(doc.posts) == 4
    assert doc.id == "plain"


def test_plain_text_long_first_line_is_no_title(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("word " * 40 + "\n\nSecond paragraph.\n")
    [doc] = read_path(path)
    assert doc.title is None
    assert len(doc.posts) == 2


def test_bom_and_utf16_are_decoded(tmp_path: Path) -> None:
    for i, data in enumerate(
        ["Title\n\nBody é".encode("utf-8-sig"), "Title\n\nBody é".encode("utf-16")]
    ):
        path = tmp_path / f"b{i}.txt"
        path.write_bytes(data)
        [doc] = read_path(path)
        assert doc.text == "Title\n\nBody é"
        assert texts(doc) == ["Title", "Body é"]


# -- X archive --------------------------------------------------------------------


def test_x_archive_threads_links_and_retweets() -> None:
    thread, standalone, reply = read("x/data/tweets.js")
    assert thread.id == "x-1631000000000000100"
    assert thread.author == "lena_marsh"
    assert thread.published == "2023-03-01T08:00:00+00:00"
    assert thread.url == "https://x.com/lena_marsh/status/1631000000000000100"
    assert [p.id for p in thread.posts] == [
        "1631000000000000100",
        "1631000000000000101",
        "1631000000000000102",
        "1631000000000000103",
    ]
    assert [p.time[11:16] for p in thread.posts if p.time] == ["08:00", "08:02", "08:05", "08:09"]
    second = thread.posts[1]
    assert "https://t.co/" not in thread.text
    assert "https://mod.korvath.example/statements/2023-03-01" in second.text
    assert second.links == ("https://mod.korvath.example/statements/2023-03-01",)
    assert "midnight & no one" in second.text  # &amp; decoded
    assert second.url == "https://x.com/lena_marsh/status/1631000000000000101"
    assert thread.text == "\n\n".join(texts(thread))
    assert standalone.id == "x-1631250000000000300"
    assert reply.id == "x-1631290000000000400"  # a reply to someone else stands alone
    every = [p.text for d in (thread, standalone, reply) for p in d.posts]
    assert not any(t.startswith("RT @") for t in every)


def test_x_archive_without_account_file(tmp_path: Path) -> None:
    path = tmp_path / "tweets.js"
    path.write_bytes((DATA / "x/data/tweets.js").read_bytes())
    docs = read_path(path)
    assert all(d.author is None for d in docs)
    assert docs[0].posts[0].url == "https://x.com/i/status/1631000000000000100"


def test_x_archive_branches_follow_time(tmp_path: Path) -> None:
    def tweet(i: str, t: str, parent: str | None = None) -> dict[str, object]:
        body: dict[str, object] = {"id_str": i, "full_text": f"post {i}", "created_at": t}
        if parent:
            body["in_reply_to_status_id_str"] = parent
        return {"tweet": body}

    items = [
        tweet("1", "Mon Jan 01 10:00:00 +0000 2024"),
        tweet("3", "Mon Jan 01 10:09:00 +0000 2024", "1"),
        tweet("2", "Mon Jan 01 10:05:00 +0000 2024", "1"),
        tweet("4", "Mon Jan 01 10:07:00 +0000 2024", "2"),
    ]
    path = tmp_path / "tweets.js"
    path.write_text("window.YTD.tweets.part0 = " + json.dumps(items))
    [doc] = read_path(path)
    assert [p.id for p in doc.posts] == ["1", "2", "4", "3"]


# -- Bluesky ----------------------------------------------------------------------


def test_bluesky_rebuilds_the_authors_thread() -> None:
    [doc] = read("bluesky_thread.json")
    assert doc.id == "bsky-3kq1root0001"
    assert doc.author == "lenamarsh.bsky.social"
    assert doc.published == "2024-03-20T10:00:00+00:00"
    assert [p.url for p in doc.posts] == [
        f"https://bsky.app/profile/lenamarsh.bsky.social/post/{k}"
        for k in ("3kq1root0001", "3kq1mid00002", "3kq1last0003")
    ]
    assert "breakdown by month" not in doc.text  # another user's reply
    assert doc.posts[1].links == ("https://commission.example/reports/feb-2024.pdf",)
    assert all(p.author == "lenamarsh.bsky.social" for p in doc.posts)


def test_bluesky_long_parent_chain(tmp_path: Path) -> None:
    def node(i: int) -> dict[str, object]:
        return {
            "post": {
                "uri": f"at://did:plc:a/app.bsky.feed.post/k{i:04d}",
                "author": {"handle": "a.example"},
                "record": {
                    "text": f"post {i}",
                    "createdAt": f"2024-01-01T00:{i // 60:02d}:{i % 60:02d}Z",
                },
            }
        }

    thread = node(199)
    top = thread
    for i in range(198, -1, -1):
        top["parent"] = node(i)
        top = top["parent"]  # type: ignore[assignment]
    path = tmp_path / "long.json"
    path.write_text(json.dumps({"thread": thread}))
    [doc] = read_path(path)
    assert texts(doc) == [f"post {i}" for i in range(200)]
    assert doc.id == "bsky-k0000"


# -- Mastodon ---------------------------------------------------------------------


def test_mastodon_threads_boosts_and_html() -> None:
    thread, standalone = read("mastodon/outbox.json")
    assert thread.id == "masto-111000000000000001"
    assert thread.author == "arin_v"
    assert thread.published == "2024-04-08T09:00:00+00:00"
    assert thread.url == "https://social.example/@arin_v/111000000000000001"
    assert len(thread.posts) == 3
    first, second, third = thread.posts
    assert first.text == (
        "The electoral commission of Dastria has published the final results of Sunday's "
        "regional vote.\n\nTurnout was 58 percent, down from 64 percent in 2019."
    )
    assert "31 of 55 seats.\nThe opposition" in second.text  # <br> is a newline
    assert second.links == ("https://elections.example.gov/results/2024",)
    assert "https://elections.example.gov/results/2024" in second.text
    assert "orderly & reported" in third.text and third.links == ()  # hashtag is no link
    assert "<" not in thread.text
    assert standalone.id == "masto-111000000000000005"
    assert "99887766" not in thread.text + standalone.text  # the boost is skipped


def test_mastodon_author_from_attributed_to(tmp_path: Path) -> None:
    path = tmp_path / "outbox.json"
    path.write_bytes((DATA / "mastodon/outbox.json").read_bytes())
    docs = read_path(path)
    assert {d.author for d in docs} == {"arin_v"}


# -- HTML -------------------------------------------------------------------------


def test_html_main_text_and_metadata() -> None:
    [doc] = read("article.html")
    assert doc.id == "article"
    assert doc.title == "Korvath and Dastria agree to reopen the Siva border crossing"
    assert doc.author == "Mira Osten"
    assert doc.published == "2024-05-14"
    assert doc.url == "https://courier.example.com/world/2024/05/14/siva-crossing"
    assert "SCRIPT_TEXT_MUST_NOT_APPEAR" not in doc.text
    assert "font-family" not in doc.text
    assert "All rights reserved" not in doc.text
    assert "Subscribe" not in doc.text
    assert any(p.text.startswith("The governments of Korvath and Dastria") for p in doc.posts)
    assert len(doc.posts) >= 5


def test_html_without_article_text(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><head><script>var a = 1;</script></head><body></body></html>")
    with pytest.raises(ReaderError, match="no article text found in the HTML"):
        read_path(path)


# -- JSONL ------------------------------------------------------------------------


def test_jsonl_documents() -> None:
    first, second, third = read("corpus.jsonl")
    assert first.id == "brief-001"
    assert first.published == "2024-02-12" and first.author == "Dastria Press Office"
    assert first.url == "https://press.example.org/brief-001"
    assert first.title == "Ambassador summoned"
    assert first.posts[0].time == "2024-02-12"
    assert len(second.posts) == 2
    assert third.id == "3"


def test_jsonl_line_with_empty_text_is_kept_without_posts(tmp_path: Path) -> None:
    # A withdrawn article still has its id and metadata; a rerun must see it as stored.
    path = tmp_path / "c.jsonl"
    path.write_text('{"id": "gone", "text": "", "title": "Withdrawn"}\n'
                    '{"id": "kept", "text": "Talks resumed."}\n')
    gone, kept = read_path(path)
    assert (gone.id, gone.title, gone.posts) == ("gone", "Withdrawn", ())
    assert [p.text for p in kept.posts] == ["Talks resumed."]


# -- bad input --------------------------------------------------------------------

BLUESKY = (DATA / "bluesky_thread.json").read_bytes()

BAD = [
    ("empty.txt", b"", None, "file is empty"),
    ("empty.jsonl", b"", "jsonl", "file is empty"),
    ("blank.txt", b"  \n\n \t\n", None, "only whitespace"),
    ("nul.txt", b"some text\x00more", None, "looks binary"),
    ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), None, "looks binary"),
    ("random.bin", bytes((i * 97 + 13) % 256 for i in range(2000)), None, "looks binary"),
    ("nonul.bin", bytes((i * 97 + 13) % 255 + 1 for i in range(2000)), None, "looks binary"),
    ("cp1251.txt", "Переговоры отложены до мая.".encode("cp1251"), None, "byte 0xcf at offset 0"),
    (
        "latin1.txt",
        "Caf\u00e9 on the quay, d\u00e9j\u00e0 vu.".encode("latin-1"),
        None,
        "not UTF-8 text (byte 0xe9 at offset 3); re-encode it as UTF-8",
    ),
    ("latin1.html", "<html><body><p>Caf\u00e9</p>".encode("latin-1"), None, "not UTF-8"),
    ("bad16.txt", b"\xff\xfe" + b"\x00\xd8" + b"a\x00", None, "not valid UTF-16"),
    ("truncated.json", BLUESKY[: len(BLUESKY) // 2], None, "invalid JSON at line"),
    ("truncated2.json", b'{"a": [1, 2', None, "invalid JSON at line 1 column 12"),
    ("shape.json", b'{"thread": 5}', "bluesky", "expected a Bluesky getPostThread object"),
    ("shape2.json", b"[1, 2]", "bluesky", "expected a Bluesky getPostThread object"),
    (
        "notfound.json",
        b'{"thread": {"$type": "app.bsky.feed.defs#notFoundPost"}}',
        "bluesky",
        "no readable post",
    ),
    ("unknown.json", b'{"hello": "world"}', None, "JSON of an unknown shape"),
    ("outbox.json", b'{"type": "OrderedCollection"}', None, "expected a Mastodon outbox.json"),
    (
        "outbox2.json",
        b'{"orderedItems": [{"type": "Create", "object": {"type": "Note"}}]}',
        None,
        "note has no 'id'",
    ),
    ("tweets.js", b'window.YTD.tweets.part0 = {"a": 1}', None, "expected an X archive tweets.js"),
    (
        "tweets2.js",
        b'window.YTD.tweets.part0 = [\n  {"tweet": {"id_str": "1"}}\n]',
        None,
        "no 'full_text'",
    ),
    ("tweets3.js", b'window.YTD.tweets.part0 = [\n  {"tweet": ', None, "invalid JSON at line 2"),
    (
        "tweets4.js",
        b'window.YTD.tweets.part0 = [{"tweet": {"id_str": "1", "full_text": "a",'
        b' "created_at": "yesterday"}}]',
        None,
        "unreadable created_at",
    ),
    ("deep.json", b"[" * 100_000, None, "nested too deeply"),
    ("deep_bsky.json", b'{"thread": ' + b"[" * 100_000, "bluesky", "nested too deeply"),
    ("deep.jsonl", b'{"id": 1, "text": "a"}\n' + b"[" * 100_000, "jsonl", "line 2"),
    ("bad.jsonl", b'{"id": 1, "text": "a"}\n{"id": 2, "text": \n', None, "line 2: invalid JSON"),
    ("noid.jsonl", b'{"id": 1, "text": "a"}\n\n{"text": "b"}\n', None, "line 3: missing 'id'"),
    ("dup.jsonl", b'{"id": 1, "text": "a"}\n{"id": "1", "text": "b"}\n', None, "duplicate id"),
    ("notext.jsonl", b'{"id": 1, "text": ["a"]}\n', None, "line 1: 'text' must be a string"),
    ("baddate.jsonl", b'{"id": 1, "text": "a", "date": 2024}\n', None, "'date' must be a string"),
    ("array.jsonl", b'{"id": 1, "text": "a"}\n[1]\n', None, "line 2: expected a JSON object"),
    ("thread.txt", b"Thread by @x\n", "thread", "no posts"),
]


@pytest.mark.parametrize(("name", "data", "fmt", "problem"), BAD, ids=[b[0] for b in BAD])
def test_bad_input_raises_reader_error(
    tmp_path: Path, name: str, data: bytes, fmt: str | None, problem: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ReaderError) as info:
        read_path(path, format=fmt)
    assert str(path) in str(info.value)
    assert info.value.path == str(path)
    assert problem in info.value.problem
    assert "\n" not in str(info.value)


def test_directory_missing_file_and_unknown_format(tmp_path: Path) -> None:
    with pytest.raises(ReaderError, match="is a directory") as info:
        read_path(tmp_path)
    assert str(tmp_path) in str(info.value)
    missing = tmp_path / "nope.txt"
    with pytest.raises(ReaderError, match="no such file") as info:
        read_path(missing)
    assert str(missing) in str(info.value)
    with pytest.raises(ReaderError, match="unknown format 'docx'"):
        read_path(DATA / "plain.txt", format="docx")


def test_any_reader_on_any_fixture_raises_only_reader_error() -> None:
    # Forcing the wrong format must fail cleanly, never with a raw exception.
    for name, _, _ in FIXTURES:
        for fmt in FORMATS:
            try:
                check_offsets(read_path(DATA / name, format=fmt))
            except ReaderError as e:
                assert str(DATA / name) in str(e)


# -- iter_paths -------------------------------------------------------------------


def test_iter_paths(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    for rel in ("b/2.txt", "b/1.txt", "a.txt", ".hidden.txt", ".git/config", "b/.x"):
        (tmp_path / rel).write_text("x")
    found = list(iter_paths([tmp_path, tmp_path / "missing.txt", str(tmp_path / "a.txt")]))
    assert found == [
        tmp_path / "a.txt",
        tmp_path / "b" / "1.txt",
        tmp_path / "b" / "2.txt",
        tmp_path / "missing.txt",
        tmp_path / "a.txt",
    ]


def test_iter_paths_over_fixtures_reads_everything() -> None:
    paths = list(iter_paths([DATA]))
    assert {p.relative_to(DATA).as_posix() for p in paths} == {n for n, _, _ in FIXTURES}
    for p in paths:
        check_offsets(read_path(p))


# -- properties -------------------------------------------------------------------


@pytest.fixture(scope="module")
def scratch() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as d:
        yield Path(d)


def _text_examples() -> st.SearchStrategy[str]:
    pieces = st.sampled_from(
        [
            "\n",
            "\n\n",
            "\r\n",
            " ",
            "\t",
            "1/ ",
            " 2/3",
            "(4/5) ",
            "7. ",
            "Thread by @a\n",
            "🧵 by B\n",
            "• • •\n",
            "Share this thread\n",
            "word",
            "é",
            "\u2028",
            "\x0c",
        ]
    )
    return st.one_of(st.text(), st.lists(st.one_of(pieces, st.text(max_size=5))).map("".join))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_text_examples())
def test_thread_and_text_readers_never_crash(scratch: Path, text: str) -> None:
    path = scratch / "random.txt"
    data = text.encode("utf-8")
    path.write_bytes(data)
    for reader in (thread_text.read, plain.read):
        try:
            docs = reader(path, data)
        except ReaderError as e:
            assert e.path == str(path)
            continue
        check_offsets(docs)
        assert docs[0].text == text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    data=st.one_of(
        st.binary(),
        st.text().map(lambda t: t.encode("utf-8")),
        st.sampled_from([b"{", b"[", b"<html>", b"window.YTD.tweets.part0 = "]).flatmap(
            lambda prefix: st.binary(max_size=50).map(lambda rest: prefix + rest)
        ),
    ),
    name=st.sampled_from(["f.bin", "f.txt", "f.json", "f.jsonl", "tweets.js", "f.html"]),
)
def test_read_path_on_random_bytes(scratch: Path, data: bytes, name: str) -> None:
    path = scratch / name
    path.write_bytes(data)
    try:
        docs = read_path(path)
    except ReaderError as e:
        assert e.path == str(path)
        return
    check_offsets(docs)
