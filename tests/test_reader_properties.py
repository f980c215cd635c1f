"""Property-based tests of every reader: structured inputs near each format, mutated fixtures.

Each reader either raises :class:`ReaderError` naming the file with a one-line problem,
or returns documents whose posts index their text exactly, with unique ids and text that
can be stored (valid UTF-8). Inputs that are valid keep every post's words. The inputs
that crashed a reader when it was fuzzed (``bench/fuzz.py``) are kept at the end as
regression cases.
"""

from __future__ import annotations

import encodings.aliases
import json
import re
import tempfile
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta, timezone
from html import escape
from pathlib import Path
from typing import Any

import pytest
from contract import storable  # bench/contract.py, shared with fuzz.py
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from actorgraph.errors import ReaderError
from actorgraph.models import Document
from actorgraph.readers import (
    FORMATS,
    bluesky,
    feeds,
    html,
    jsonl,
    mastodon,
    pdf,
    plain,
    read_path,
    telegram,
    thread_text,
    warc,
    x_archive,
)

DATA = Path(__file__).parent / "data" / "readers"
FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

Reader = Callable[[Path, bytes], list[Document]]


@pytest.fixture(scope="module")
def scratch() -> Iterator[Path]:
    # Module-scoped: hypothesis runs many examples per test function. No account.js or
    # actor.json is ever written here, so the X and Mastodon readers see none.
    with tempfile.TemporaryDirectory() as d:
        yield Path(d)


# -- the contract ---------------------------------------------------------------------


def _strings(doc: Document) -> Iterator[str | None]:
    yield from (doc.id, doc.text, doc.source, doc.title, doc.author, doc.published, doc.url)
    for p in doc.posts:
        yield from (p.text, p.author, p.time, p.url, p.id, *p.links)


def check_documents(docs: list[Document], path: Path, fmt: str) -> None:
    """What every successful read guarantees."""
    assert isinstance(docs, list)
    for doc in docs:
        assert doc.format == fmt and doc.source == str(path)
        assert [p.index for p in doc.posts] == list(range(1, len(doc.posts) + 1))
        for p in doc.posts:
            assert 0 <= p.start <= p.end <= len(doc.text)
            assert doc.text[p.start : p.end] == p.text
        ids = [p.id for p in doc.posts if p.id is not None]
        assert len(ids) == len(set(ids)), "a post appears twice in one document"
        for s in _strings(doc):
            assert s is None or storable(s), repr(s)
    doc_ids = [d.id for d in docs]
    assert len(doc_ids) == len(set(doc_ids)), f"duplicate document ids {doc_ids}"


def outcome(reader: Reader, path: Path, data: bytes, fmt: str) -> list[Document] | None:
    """``reader``'s documents (checked), or ``None`` when it refused with a proper ReaderError."""
    try:
        docs = reader(path, data)
    except ReaderError as e:
        assert e.path == str(path)
        assert isinstance(e.problem, str) and e.problem.strip()
        assert "\n" not in e.problem and "\r" not in e.problem, repr(e.problem)
        return None
    check_documents(docs, path, fmt)
    return docs


# -- building blocks ------------------------------------------------------------------

# fmt: off
TRICKY = [
    "", " ", "  ", "\n", "\n\n", "\r\n", "\t", "\xa0", "\u2028", "\x0c", "\x00", "é", "🧵",
    "\ud83d", "\udc00", "&amp;", "&lt;", "&#xd800;", "&#0;", "&", "<", ">", "\\", '"', "RT @",
    "https://t.co/ab", "1/", "2/3", "(4/5)", "Thread by @a", "word", "Iran", "\u017f", "\u0130",
]
# fmt: on
WORDS = "Iran Iraq talks resumed in the capital on Monday and officials said more".split()


def texts(max_size: int = 8) -> st.SearchStrategy[str]:
    """Text with the characters that break readers: surrogates, entities, blank lines."""
    return st.one_of(
        st.text(max_size=20),
        st.lists(st.one_of(st.sampled_from(TRICKY), st.text(max_size=3)), max_size=max_size).map(
            "".join
        ),
    )


def clean_texts() -> st.SearchStrategy[str]:
    """Plain words that every reader must keep exactly (no markup, no numbering)."""
    return st.lists(st.sampled_from(WORDS), min_size=1, max_size=8).map(" ".join)


JSON_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    texts(4),
)
JUNK: st.SearchStrategy[Any] = st.recursive(
    JSON_SCALARS,
    lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=6), c, max_size=3),
    max_leaves=6,
)


def mostly(valid: st.SearchStrategy[Any], junk: st.SearchStrategy[Any] = JUNK):
    """``valid`` nine times in ten, else a JSON value of any type."""
    return st.integers(0, 9).flatmap(lambda n: junk if n == 0 else valid)


def aware_datetimes() -> st.SearchStrategy[datetime]:
    # Fixed offsets up to a day: with year 1 or 9999 they leave datetime's range in UTC.
    return st.builds(
        lambda d, m: d.replace(tzinfo=timezone(timedelta(minutes=m))),
        st.datetimes(),
        st.integers(-1439, 1439),
    )


def timestamps() -> st.SearchStrategy[Any]:
    edges = st.one_of(  # the first and last days of datetime's range, in any zone
        st.datetimes(max_value=datetime(1, 1, 2)), st.datetimes(min_value=datetime(9999, 12, 30))
    )
    return st.one_of(
        aware_datetimes().map(lambda d: d.isoformat()),
        st.builds(
            lambda d, m: d.replace(tzinfo=timezone(timedelta(minutes=m))).isoformat(),
            edges,
            st.integers(-1439, 1439),
        ),
        aware_datetimes().map(lambda d: d.strftime("%a %b %d %H:%M:%S %z %Y")),
        st.datetimes().map(lambda d: d.isoformat()),
        st.sampled_from(["2024-03-20T10:00:00.000Z", "2024-03-20", "yesterday", ""]),
        texts(3),
        JUNK,
    )


def fffd(s: str) -> str:
    """What readers make of a lone surrogate or NUL that JSON escaped: U+FFFD."""
    return re.sub("[\ud800-\udfff\x00]", "\ufffd", s)


def dumps(obj: Any, indent: int | None, ascii_only: bool) -> bytes:
    return json.dumps(obj, indent=indent, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")


json_layout = st.tuples(st.sampled_from([None, 0, 2]), st.booleans())


# -- X archives -----------------------------------------------------------------------

X_IDS = st.integers(1, 12).map(lambda i: str(1631000000000000000 + i)) | texts(2)
X_PREFIX = b"window.YTD.tweets.part0 = "

x_url_entity = st.fixed_dictionaries(
    {},
    optional={
        "url": mostly(st.sampled_from(["https://t.co/ab", "https://t.co/a", "", "RT"])),
        "expanded_url": mostly(
            st.one_of(st.sampled_from(["https://a.example/?x=1&amp;y"]), texts())
        ),
    },
)
x_tweet = st.fixed_dictionaries(
    {"id_str": mostly(X_IDS), "full_text": mostly(texts())},
    optional={
        "id": mostly(st.integers(1, 12)),
        "text": texts(),
        "created_at": timestamps(),
        "in_reply_to_status_id_str": mostly(X_IDS),
        "in_reply_to_status_id": mostly(st.integers(1, 12)),
        "entities": mostly(
            st.fixed_dictionaries(
                {},
                optional={
                    "urls": mostly(st.lists(mostly(x_url_entity), max_size=3)),
                    "media": mostly(st.lists(mostly(x_url_entity), max_size=2)),
                },
            )
        ),
    },
)
x_items = st.lists(mostly(st.one_of(x_tweet.map(lambda t: {"tweet": t}), x_tweet)), max_size=8)


@FAST
@given(items=mostly(x_items), layout=json_layout, part=st.sampled_from(["tweets", "tweet", "like"]))
def test_x_archive_structured(
    scratch: Path, items: Any, layout: tuple[int | None, bool], part: str
) -> None:
    path = scratch / "tweets.js"
    data = f"window.YTD.{part}.part0 = ".encode() + dumps(items, *layout)
    docs = outcome(x_archive.read, path, data, "x-archive")
    if docs is None:
        return
    if part == "like":
        assert docs == []  # archive files without tweets hold nothing to read
        return
    expected = set()
    for item in items:
        tweet = item.get("tweet", item)
        tid = tweet.get("id_str", tweet.get("id"))
        if not tweet.get("full_text", tweet.get("text")).startswith("RT @"):
            expected.add(fffd(str(tid)))
    # Every tweet but retweets is read, exactly once, whatever its replies point at.
    posts = [p.id for d in docs for p in d.posts]
    assert sorted(posts) == sorted(expected)


@st.composite
def x_threads(draw: st.DrawFn) -> list[dict[str, Any]]:
    """A valid archive: unique ids, plain texts, replies to earlier tweets or outsiders."""
    n = draw(st.integers(1, 8))
    tweets: list[dict[str, Any]] = []
    for i in range(n):
        tweet: dict[str, Any] = {
            "id_str": str(1631000000000000000 + i),
            "full_text": draw(clean_texts()),
            "created_at": draw(st.datetimes(datetime(2006, 1, 1), datetime(2030, 1, 1)))
            .replace(tzinfo=UTC)
            .strftime("%a %b %d %H:%M:%S %z %Y"),
        }
        parent = draw(st.one_of(st.none(), st.just("999"), st.integers(0, max(i - 1, 0))))
        if isinstance(parent, int) and parent < i:
            tweet["in_reply_to_status_id_str"] = str(1631000000000000000 + parent)
        elif isinstance(parent, str):
            tweet["in_reply_to_status_id_str"] = parent  # a reply to someone else
        tweets.append(tweet)
    return draw(st.permutations(tweets))


@FAST
@given(tweets=x_threads(), layout=json_layout)
def test_x_archive_valid_keeps_every_tweet_in_its_thread(
    scratch: Path, tweets: list[dict[str, Any]], layout: tuple[int | None, bool]
) -> None:
    path = scratch / "tweets.js"
    data = X_PREFIX + dumps([{"tweet": t} for t in tweets], *layout)
    docs = outcome(x_archive.read, path, data, "x-archive")
    assert docs is not None
    by_id = {t["id_str"]: t for t in tweets}
    where = {p.id: (d, p) for d in docs for p in d.posts}
    assert set(where) == set(by_id)
    for tid, tweet in by_id.items():
        doc, post = where[tid]
        assert post.text == tweet["full_text"]
        parent = tweet.get("in_reply_to_status_id_str")
        if parent in by_id:  # a self-reply sits after its parent, in the same thread
            pdoc, ppost = where[parent]
            assert pdoc is doc and ppost.index < post.index
        else:
            assert post.index == 1 and doc.id == f"x-{tid}"


# -- Bluesky --------------------------------------------------------------------------

BSKY_URIS = st.integers(0, 8).map(lambda k: f"at://did:plc:a/app.bsky.feed.post/k{k}") | texts(2)
bsky_post = st.fixed_dictionaries(
    {
        "uri": mostly(BSKY_URIS),
        "record": mostly(
            st.fixed_dictionaries(
                {"text": mostly(texts())},
                optional={
                    "createdAt": timestamps(),
                    "facets": mostly(
                        st.lists(
                            mostly(
                                st.fixed_dictionaries(
                                    {
                                        "features": mostly(
                                            st.lists(
                                                mostly(
                                                    st.fixed_dictionaries(
                                                        {
                                                            "$type": st.just(
                                                                "app.bsky.richtext.facet#link"
                                                            ),
                                                            "uri": mostly(texts()),
                                                        }
                                                    )
                                                ),
                                                max_size=2,
                                            )
                                        )
                                    }
                                )
                            ),
                            max_size=2,
                        )
                    ),
                },
            )
        ),
    },
    optional={
        "author": mostly(
            st.fixed_dictionaries({"handle": mostly(st.sampled_from(["a.example", "b.example"]))})
        )
    },
)
bsky_leaf = st.one_of(
    st.fixed_dictionaries({"post": mostly(bsky_post)}),
    st.fixed_dictionaries({"$type": st.just("app.bsky.feed.defs#notFoundPost"), "uri": BSKY_URIS}),
)
bsky_nodes = st.recursive(
    bsky_leaf,
    lambda children: st.fixed_dictionaries(
        {"post": mostly(bsky_post)},
        optional={
            "parent": mostly(children),
            "replies": mostly(st.lists(mostly(children), max_size=3)),
        },
    ),
    max_leaves=10,
)


@FAST
@given(thread=mostly(bsky_nodes), layout=json_layout)
def test_bluesky_structured(scratch: Path, thread: Any, layout: tuple[int | None, bool]) -> None:
    path = scratch / "thread.json"
    docs = outcome(bluesky.read, path, dumps({"thread": thread}, *layout), "bluesky")
    if docs is None:
        return
    [doc] = docs
    assert fffd(thread["post"]["uri"]) in [p.id for p in doc.posts]  # the post fetched
    assert all(p.author == doc.author for p in doc.posts)


# A thread as (handle, replies); ancestors are handles from the top down to the focus.
bsky_shapes = st.recursive(
    st.tuples(st.sampled_from("ab"), st.just([])),
    lambda c: st.tuples(st.sampled_from("ab"), st.lists(c, max_size=3)),
    max_leaves=12,
)


@FAST
@given(
    ancestors=st.lists(st.sampled_from("ab"), max_size=4),
    focus=bsky_shapes,
    data=st.data(),
)
def test_bluesky_valid_keeps_the_authors_posts(
    scratch: Path, ancestors: list[str], focus: tuple[str, list[Any]], data: st.DataObject
) -> None:
    counter = iter(range(1000))
    texts_by_uri: dict[str, str] = {}

    def node(handle: str) -> dict[str, Any]:
        n = next(counter)
        uri = f"at://did:plc:{handle}/app.bsky.feed.post/k{n:03d}"
        texts_by_uri[uri] = text = f"{data.draw(clean_texts())} {n}"
        minute = data.draw(st.integers(0, 59))
        return {
            "post": {
                "uri": uri,
                "author": {"handle": f"{handle}.example"},
                "record": {"text": text, "createdAt": f"2024-03-20T10:{minute:02d}:00Z"},
            }
        }

    def build(shape: tuple[str, list[Any]]) -> tuple[dict[str, Any], list[str]]:
        """The node, and its post with those below it reached through the focus's author."""
        handle, replies = shape
        out = node(handle)
        mine = [out["post"]["uri"]]
        out["replies"] = []
        for r in replies:
            child, below = build(r)
            out["replies"].append(child)
            if r[0] == focus[0]:
                mine += below
        return out, mine

    top, below = build(focus)
    created: list[str] = []  # the ancestors' uris, from the focus's parent upwards
    current = top
    for handle in reversed(ancestors):
        parent = node(handle)
        current["parent"] = parent
        current = parent
        created.append(parent["post"]["uri"])
    # Only the unbroken run of the author's posts just above the focus joins the thread.
    run = 0
    while run < len(ancestors) and ancestors[-1 - run] == focus[0]:
        run += 1
    expected = set(created[:run]) | set(below)

    path = scratch / "thread.json"
    docs = outcome(bluesky.read, path, json.dumps({"thread": top}).encode(), "bluesky")
    assert docs is not None
    [doc] = docs
    assert {p.id for p in doc.posts} == expected
    assert all(p.text == texts_by_uri[p.id] for p in doc.posts)
    assert doc.author == f"{focus[0]}.example"
    # The thread starts at the highest of the author's posts above the focus.
    assert doc.posts[0].id == (created[run - 1] if run else top["post"]["uri"])


# -- Mastodon -------------------------------------------------------------------------

NOTE_IDS = st.one_of(
    st.integers(1, 9).map(lambda n: f"https://social.example/users/ana/statuses/{n}"),
    st.sampled_from(["https://social.example/users/ana/statuses/1/", "", "/", "a?b", "#x"]),
    texts(2),
)
# fmt: off
HTML_BITS = [
    "<p>", "</p>", "<br>", "<br/>", "</br>", '<a href="https://a.example/r?x=1&amp;y=2">',
    '<a class="mention" href="https://social.example/@ben">', '<a class="hashtag" href="/t">',
    "</a>", "<span class='invisible'>", "</span>", "&amp;", "&lt;", "&#39;", "&#xd800;", "&#0;",
    "&#1114112;", "<![CDATA[x]]>", "<![if x]>", "<![x[", "<!--", "-->", "<!DOCTYPE x>", "<?x?>",
    "<script>", "</script>", "<style>", "<ul><li>", "</li></ul>", "<", "&", "\n", " ",
]
# fmt: on
html_fragments = st.lists(st.one_of(st.sampled_from(HTML_BITS), texts(3)), max_size=12).map("".join)
mastodon_note = st.fixed_dictionaries(
    {
        "type": mostly(st.just("Note"), st.sampled_from(["Question", "Article"]) | JUNK),
        "id": mostly(NOTE_IDS),
    },
    optional={
        "content": mostly(html_fragments),
        "published": timestamps(),
        "inReplyTo": mostly(NOTE_IDS),
        "url": mostly(texts()),
        "attributedTo": mostly(st.sampled_from(["https://social.example/users/ana", "", "/"])),
    },
)
mastodon_item = st.fixed_dictionaries(
    {
        "type": mostly(st.just("Create"), st.sampled_from(["Announce", "Like"]) | JUNK),
        "object": mostly(mastodon_note, NOTE_IDS | JUNK),
    },
    optional={"actor": mostly(st.just("https://social.example/users/ana"))},
)


@FAST
@given(
    items=mostly(st.lists(mostly(mastodon_item), max_size=8)),
    kind=st.sampled_from(["OrderedCollection", "OrderedCollectionPage", "Person"]),
    layout=json_layout,
)
def test_mastodon_structured(
    scratch: Path, items: Any, kind: str, layout: tuple[int | None, bool]
) -> None:
    path = scratch / "outbox.json"
    data = dumps({"type": kind, "orderedItems": items}, *layout)
    docs = outcome(mastodon.read, path, data, "mastodon")
    if docs is None or kind == "Person":
        assert not docs
        return
    notes = {
        fffd(i["object"]["id"])
        for i in items
        if isinstance(i, dict)
        and i.get("type") == "Create"
        and isinstance(i.get("object"), dict)
        and i["object"].get("type") == "Note"
    }
    assert sorted(p.id for d in docs for p in d.posts) == sorted(notes)


@FAST
@given(
    shape=st.lists(st.tuples(clean_texts(), st.integers(-1, 8)), min_size=1, max_size=8),
    boosts=st.integers(0, 2),
)
def test_mastodon_valid_keeps_every_note(
    scratch: Path, shape: list[tuple[str, int]], boosts: int
) -> None:
    ids = [f"https://social.example/users/ana/statuses/{100 + i}" for i in range(len(shape))]
    items: list[dict[str, Any]] = []
    for i, (text, parent) in enumerate(shape):
        note = {
            "id": ids[i],
            "type": "Note",
            "content": f"<p>{escape(text)}</p>",
            "inReplyTo": ids[parent] if 0 <= parent < i else None,
            "published": f"2024-04-08T09:{i:02d}:00Z",
        }
        items.append({"type": "Create", "object": note})
    items += [{"type": "Announce", "object": "https://elsewhere.example/1"}] * boosts
    path = scratch / "outbox.json"
    docs = outcome(mastodon.read, path, json.dumps({"orderedItems": items}).encode(), "mastodon")
    assert docs is not None
    where = {p.id: (d, p) for d in docs for p in d.posts}
    assert set(where) == set(ids)
    for i, (text, parent) in enumerate(shape):
        doc, post = where[ids[i]]
        assert post.text == text
        if 0 <= parent < i:
            assert where[ids[parent]][0] is doc and where[ids[parent]][1].index < post.index


# -- JSONL ----------------------------------------------------------------------------

jsonl_object = st.fixed_dictionaries(
    {
        "id": mostly(st.one_of(st.integers(0, 5), st.integers(0, 5).map(str))),
        "text": mostly(texts(12)),
    },
    optional={
        **{key: mostly(texts()) for key in jsonl.OPTIONAL},
        "extra": JUNK,
    },
)


@FAST
@given(
    lines=st.lists(
        st.one_of(
            st.tuples(mostly(jsonl_object), st.booleans()).map(
                lambda t: json.dumps(t[0], ensure_ascii=t[1])
            ),
            st.sampled_from(["", "   ", "\t", "{", "[]", "null", '{"id": 1e999}', "1" * 5000]),
        ),
        max_size=6,
    ),
    newline=st.sampled_from(["\n", "\r\n"]),
)
def test_jsonl_structured(scratch: Path, lines: list[str], newline: str) -> None:
    path = scratch / "corpus.jsonl"
    data = newline.join(lines).encode("utf-8", "surrogatepass")
    docs = outcome(jsonl.read, path, data, "jsonl")
    if docs is not None:
        assert len(docs) == sum(1 for line in lines if line.strip())


@FAST
@given(
    bodies=st.lists(
        st.lists(clean_texts(), min_size=1, max_size=3).map("\n\n".join), min_size=1, max_size=5
    ),
    blank=st.sampled_from(["\n", "\n\n \n"]),
)
def test_jsonl_valid_keeps_every_line(scratch: Path, bodies: list[str], blank: str) -> None:
    lines = [
        json.dumps({"id": f"d{i}", "text": b, "date": "2024-02-12"}) for i, b in enumerate(bodies)
    ]
    path = scratch / "corpus.jsonl"
    docs = outcome(jsonl.read, path, blank.join(lines).encode(), "jsonl")
    assert docs is not None
    assert [d.id for d in docs] == [f"d{i}" for i in range(len(bodies))]
    for doc, body in zip(docs, bodies, strict=True):
        assert doc.text == body
        assert [p.text for p in doc.posts] == body.split("\n\n")
        assert doc.published == "2024-02-12"


# -- thread text and plain text -------------------------------------------------------

# fmt: off
MARKS = [
    "{i}/ {t}", "{i}/{n} {t}", "({i}/{n}) {t}", "[{i}/{n}] {t}", "{i}. {t}", "{i}) {t}",
    "{t} {i}/{n}", "{t} ({i}/{n})", "{t}",
]
# fmt: on
HEADERS = ["", "Thread by @ana\n\n", "🧵 Thread by Ana Marsh:\n\n", "\n  Twitter thread by @a\n"]
BREAKS = ["\n\n", "\n \t\n", "\r\n\r\n", "\n\n• • •\n\n", "\nShare this thread\n", "\n\n\n"]


@FAST
@given(
    posts=st.lists(st.tuples(clean_texts(), st.sampled_from(MARKS)), min_size=1, max_size=8),
    header=st.sampled_from(HEADERS),
    breaks=st.lists(st.sampled_from(BREAKS), min_size=8, max_size=8),
)
def test_thread_valid_keeps_every_post_without_numbering(
    scratch: Path, posts: list[tuple[str, str]], header: str, breaks: list[str]
) -> None:
    n = len(posts)
    body = "".join(
        (breaks[i] if i else "") + mark.format(i=i + 1, n=n, t=text)
        for i, (text, mark) in enumerate(posts)
    )
    text = header + body + "\n"
    path = scratch / "thread.txt"
    docs = outcome(thread_text.read, path, text.encode(), "thread")
    assert docs is not None
    [doc] = docs
    assert doc.text == text
    assert [p.text for p in doc.posts] == [t for t, _ in posts]
    assert (doc.author is None) == (header == "")


@FAST
@given(
    pieces=st.lists(
        st.one_of(
            st.sampled_from(MARKS).map(lambda m: m.format(i=1, n=2, t="x")),
            st.sampled_from(HEADERS + BREAKS + ["24/7", "1.5", "\r", "\u2028", "🧵 by "]),
            texts(4),
        ),
        max_size=12,
    ).map("".join),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32"]),
)
def test_thread_and_plain_structured(scratch: Path, pieces: str, encoding: str) -> None:
    path = scratch / "text.txt"
    data = pieces.encode(encoding, "surrogatepass")
    for reader, fmt in ((thread_text.read, "thread"), (plain.read, "text")):
        docs = outcome(reader, path, data, fmt)
        if docs is not None:
            assert docs[0].text == pieces
            assert all(p.text == p.text.strip() and p.text for p in docs[0].posts)


@FAST
@given(paragraphs=st.lists(clean_texts(), min_size=1, max_size=6), crlf=st.booleans())
def test_plain_valid_keeps_every_paragraph(
    scratch: Path, paragraphs: list[str], crlf: bool
) -> None:
    nl = "\r\n" if crlf else "\n"
    text = (nl + nl).join(paragraphs) + nl
    path = scratch / "plain.txt"
    docs = outcome(plain.read, path, text.encode(), "text")
    assert docs is not None
    [doc] = docs
    assert [p.text for p in doc.posts] == paragraphs
    assert doc.title == paragraphs[0]


# -- HTML -----------------------------------------------------------------------------

# fmt: off
PAGE_BITS = [
    "<html>", "</html>", "<head>", "</head>", "<body>", "</body>", "<article>", "</article>",
    "<p>", "</p>", "<div class='content'>", "</div>", "<nav>Home | News</nav>",
    "<script>var SCRIPT_TEXT = 1;</script>", "<style>p{}</style>", "<title>T</title>",
    "<meta name='author' content='A'>", "<meta property='article:published_time' content='x'>",
    "<br>", "<table><tr><td>", "</td></tr></table>", "<!--", "-->", "<![CDATA[", "]]>", "&amp;",
    "&#xd800;", "&#0;", "&nbsp;", "<", "\x0c", "<p onclick='x()'>", "<svg><p>", "<template><p>",
    "<noscript>", "<iframe src='javascript:x'>",
]
# fmt: on
SENTENCE = (
    "The governments of Korvath and Dastria agreed on Tuesday to reopen the Siva border "
    "crossing after months of talks mediated by the regional commission"
)


# Every codec Python knows, text encodings or not ("base64_codec", "rot_13"...).
CHARSETS = sorted(set(encodings.aliases.aliases.values()) | {"utf-8", "undefined", "nonsense"})


@SLOW
@given(
    page=st.lists(
        st.one_of(
            st.sampled_from(PAGE_BITS),
            st.just(SENTENCE),
            texts(3),
            st.sampled_from(CHARSETS).map(lambda c: f'<meta charset="{c}">'),
        ),
        max_size=25,
    ).map("".join),
    encoding=st.sampled_from(["utf-8", "latin-1", "cp1251"]),
)
def test_html_structured(scratch: Path, page: str, encoding: str) -> None:
    path = scratch / "page.html"
    data = page.encode(encoding, "surrogatepass" if encoding == "utf-8" else "replace")
    docs = outcome(html.read, path, data, "html")
    if docs is not None:
        assert "SCRIPT_TEXT" not in docs[0].text


@SLOW
@given(
    paragraphs=st.lists(
        st.integers(1, 10**6).map(lambda n: f"{SENTENCE}, paragraph {n}, said officials."),
        min_size=2,
        max_size=6,
        unique=True,
    ),
    noise=st.lists(st.sampled_from(PAGE_BITS[11:17]), max_size=4),
)
def test_html_valid_keeps_every_paragraph(
    scratch: Path, paragraphs: list[str], noise: list[str]
) -> None:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    page = (
        "<!doctype html><html><head><title>Talks</title><script>var SCRIPT_TEXT;</script>"
        f"</head><body>{''.join(noise)}<article><h1>Talks</h1>{body}</article>"
        "<footer>All rights reserved</footer></body></html>"
    )
    path = scratch / "page.html"
    docs = outcome(html.read, path, page.encode(), "html")
    assert docs is not None
    [doc] = docs
    for p in paragraphs:
        assert p in [post.text for post in doc.posts]
    assert "SCRIPT_TEXT" not in doc.text


# -- Telegram exports and feeds -------------------------------------------------------

telegram_piece = st.one_of(
    texts(6),
    st.fixed_dictionaries({"type": st.sampled_from(["bold", "link", "hashtag", "mention"]),
                           "text": texts(6)}),
    st.fixed_dictionaries({"type": st.just("text_link"), "text": texts(4), "href": texts(4)}),
)
telegram_message = st.fixed_dictionaries(
    {
        "id": st.one_of(st.integers(-3, 6), st.sampled_from(["7", "", True])),
        "type": st.sampled_from(["message", "message", "service"]),
        "text": st.one_of(texts(8), st.lists(mostly(telegram_piece), max_size=4)),
    },
    optional={
        "date": st.sampled_from(["2024-03-04T09:15:00", "", "junk", "9999-12-31T23:59:59"]),
        "date_unixtime": st.sampled_from(["1709543700", "-1", "99999999999999", "x", 5]),
        "from": st.one_of(st.none(), texts(4)),
        "forwarded_from": st.one_of(st.none(), texts(4)),
        "reply_to_message_id": st.integers(-3, 6),
        "edited": st.sampled_from(["2024-03-05T10:20:00", "?"]),
    },
)


@FAST
@given(messages=st.lists(mostly(telegram_message), max_size=8),
       username=st.sampled_from([None, "iraqwatch", "@bad name", 5]))
def test_telegram_structured(scratch: Path, messages: list[Any], username: Any) -> None:
    path = scratch / "result.json"
    export = {"name": "Channel", "type": "public_channel", "id": 1, "messages": messages,
              "username": username}
    data = json.dumps(export).encode("utf-8", "surrogatepass")
    outcome(telegram.read, path, data, "telegram")
    skipped: list[ReaderError] = []
    path.write_bytes(data)
    try:
        docs = read_path(path, "telegram", on_skip=skipped.append)
    except ReaderError as e:
        assert e.path == str(path) and "\n" not in e.problem
        return
    check_documents(docs, path, "telegram")
    assert all(e.path == str(path) and "\n" not in e.problem for e in skipped)


@FAST
@given(texts_=st.lists(st.lists(clean_texts(), min_size=1, max_size=3), min_size=1, max_size=4))
def test_telegram_valid_keeps_every_message(scratch: Path, texts_: list[list[str]]) -> None:
    messages = [
        {"id": i, "type": "message", "date": f"2024-03-0{i % 9 + 1}T10:00:00",
         "text": [p if j % 2 else {"type": "bold", "text": p} for j, p in enumerate(parts)]}
        for i, parts in enumerate(texts_, start=1)
    ]
    data = json.dumps({"name": "C", "messages": messages}).encode()
    docs = outcome(telegram.read, scratch / "result.json", data, "telegram")
    assert docs is not None
    assert [p.text for d in docs for p in d.posts] == ["".join(parts) for parts in texts_]


@FAST
@given(items=st.lists(st.tuples(texts(8), texts(6), st.sampled_from(
    ["Mon, 12 Feb 2024 18:30:00 +0300", "", "not a date", "Wed, 31 Dec 9999 23:59:59 -1200"])),
    max_size=5),
    cut=st.integers(0, 4000), atom=st.booleans())
def test_feed_structured(scratch: Path, items: list[tuple[str, str, str]], cut: int,
                         atom: bool) -> None:
    def esc(t: str) -> str:
        return escape(t.encode("utf-8", "surrogatepass").decode("utf-8", "replace"))

    if atom:
        body = "".join(f"<entry><title>{esc(t)}</title><id>{i}</id><updated>{esc(d)}</updated>"
                       f"<content type='html'>{esc(f'<p>{c}</p>')}</content></entry>"
                       for i, (t, c, d) in enumerate(items))
        doc = f'<feed xmlns="http://www.w3.org/2005/Atom"><title>F</title>{body}</feed>'
    else:
        body = "".join(f"<item><title>{esc(t)}</title><pubDate>{esc(d)}</pubDate>"
                       f"<description>{esc(f'<p>{c}</p>')}</description></item>"
                       for t, c, d in items)
        doc = f'<rss version="2.0"><channel><title>F</title>{body}</channel></rss>'
    data = doc.encode()[: cut or None]
    docs = outcome(feeds.read, scratch / "feed.xml", data, "feed")
    for d in docs or ():  # the markup around each item's words never reaches a post
        assert not any("<p>" in p.text or "</p>" in p.text for p in d.posts), d.text


@FAST
@given(paras=st.lists(st.lists(st.tuples(clean_texts(), st.floats(-50, 900)), max_size=6),
                      max_size=4))
def test_pdf_paragraphs_keep_every_word(paras: list[list[tuple[str, float]]]) -> None:
    lines = [(t, y) for para in paras for t, y in para]
    out = pdf.paragraphs(lines)
    assert " ".join(out).split() == " ".join(t for t, _ in lines).split()


# -- mutated fixtures -----------------------------------------------------------------

FIXTURES = {  # fixture -> its format and the name it has in an archive
    "thread.txt": ("thread", "thread.txt"),
    "thread_noheader.txt": ("thread", "notes.txt"),
    "plain.txt": ("text", "plain.txt"),
    "x/data/tweets.js": ("x-archive", "tweets.js"),
    "bluesky_thread.json": ("bluesky", "thread.json"),
    "mastodon/outbox.json": ("mastodon", "outbox.json"),
    "article.html": ("html", "article.html"),
    "corpus.jsonl": ("jsonl", "corpus.jsonl"),
    "telegram/result.json": ("telegram", "result.json"),
    "feeds/rss.xml": ("feed", "rss.xml"),
    "feeds/atom.xml": ("feed", "atom.xml"),
    "report.pdf": ("pdf", "report.pdf"),
    "crawl.warc.gz": ("warc", "crawl.warc.gz"),
}
_CONTENT = {name: (DATA / name).read_bytes() for name in FIXTURES}


@st.composite
def mutated_fixtures(draw: st.DrawFn) -> tuple[str, bytes]:
    name = draw(st.sampled_from(sorted(FIXTURES)))
    data = bytearray(_CONTENT[name])
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["truncate", "flip", "insert", "delete", "repeat"]))
        i = draw(st.integers(0, len(data)))
        if op == "truncate":
            del data[i:]
        elif op == "flip" and i < len(data):
            data[i] ^= draw(st.integers(1, 255))
        elif op == "insert":
            data[i:i] = draw(
                st.one_of(
                    st.binary(max_size=8),
                    st.sampled_from(
                        [
                            b'"',
                            b"{",
                            b"[",
                            b"}",
                            b"]",
                            b",",
                            b"\\u",
                            b"\\ud800",
                            b"null",
                            b"\n\n",
                            b"<",
                            b"<![x[",
                            b"&#0;",
                            "é".encode(),
                            b"\xff",
                            b"\xef\xbb\xbf",
                        ]
                    ),
                )
            )
        elif op == "delete":
            del data[i : i + draw(st.integers(1, 64))]
        elif op == "repeat":
            data[i:i] = data[i : i + draw(st.integers(1, 256))]
    return name, bytes(data)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=mutated_fixtures())
def test_mutated_fixtures(scratch: Path, case: tuple[str, bytes]) -> None:
    name, data = case
    fmt, filename = FIXTURES[name]
    path = scratch / filename
    path.write_bytes(data)
    # sniffed, then as the fixture's own format; bad records refusing the file, then skipped
    for forced, isolate in ((None, False), (fmt, False), (fmt, True)):
        skipped: list[ReaderError] = []
        try:
            docs = read_path(path, format=forced, on_skip=skipped.append if isolate else None)
        except ReaderError as e:
            assert e.path == str(path) and "\n" not in e.problem
            continue
        assert all(e.path == str(path) and "\n" not in e.problem for e in skipped)
        check_documents(docs, path, docs[0].format if docs else fmt)
        assert all(d.format in FORMATS for d in docs)


# -- regressions found by fuzzing -----------------------------------------------------


def _tweets(tweet: str) -> bytes:
    return b'window.YTD.tweets.part0 = [{"tweet": {"id_str": "1", ' + tweet.encode() + b"}}]"


def _note(note: str) -> bytes:
    return (
        b'{"orderedItems": [{"type": "Create", "object": {"type": "Note", '
        + note.encode()
        + b"}}]}"
    )


def _bsky(record: str, more: str = "") -> bytes:
    post = '{"uri": "at://did:plc:a/app.bsky.feed.post/k1", "record": {' + record + "}}"
    return ('{"thread": {"post": ' + post + more + "}}").encode()


# (format, input, what the contract alone does not say): each crashed a reader, broke its
# contract or made ingest fail later, before it was fixed.
_WARC = (DATA / "crawl.warc.gz").read_bytes()
_PDF = (DATA / "report.pdf").read_bytes()
REGRESSIONS: dict[str, tuple[str, bytes, str | None]] = {
    # the bad inputs of the newer formats (docs/RELIABILITY.md), read strictly
    "telegram-truncated": ("telegram", (DATA / "telegram/result.json").read_bytes()[:300],
                           "invalid JSON at line"),
    "telegram-text-a-number": ("telegram", b'{"messages": [{"id": 1, "text": 5}]}',
                               "message 1: 'text' is neither"),
    "feed-not-xml": ("feed", b"Iran and Iraq {not: xml}", "is not an RSS or Atom feed"),
    "feed-cut": ("feed", (DATA / "feeds/rss.xml").read_bytes()[:900], "the feed is cut short"),
    "pdf-not-a-pdf": ("pdf", b"Iran attacked Iraq.", "is not a PDF"),
    "pdf-cut": ("pdf", _PDF[:300], "cannot read the PDF"),
    "warc-cut-mid-record": ("warc", _WARC[: len(_WARC) * 3 // 4], "the archive is"),
    "warc-not-warc": ("warc", b"GET / HTTP/1.1", "is not a WARC file"),
    # html.parser raises AssertionError on some marked sections
    "mastodon-marked-section": (
        "mastodon",
        _note('"id": "https://s/1", "content": "<![x["'),
        "its HTML cannot be parsed",
    ),
    # a lone surrogate escape (an emoji cut in half) reached the store as text SQLite refuses
    "x-lone-surrogate": ("x-archive", _tweets('"full_text": "cut \\ud83d"'), None),
    "bluesky-lone-surrogate": ("bluesky", _bsky('"text": "\\udc00 x"'), None),
    "mastodon-lone-surrogate": (
        "mastodon",
        _note('"id": "https://s/\\ud800", "content": "a"'),
        None,
    ),
    "jsonl-lone-surrogate": ("jsonl", b'{"id": 1, "text": "a \\ud83d", "title": "\\udfff"}', None),
    # a NUL escape reached the store, though a plain file with NUL is refused as binary
    "jsonl-nul": ("jsonl", b'{"id": 1, "text": "a \\u0000 b", "author": "\\u0000"}', None),
    "x-nul": ("x-archive", _tweets('"full_text": "a\\u0000"'), None),
    # a UTC conversion out of datetime's range: OverflowError
    "x-year-1-in-utc": (
        "x-archive",
        _tweets('"full_text": "a", "created_at": "0001-01-01T00:00:00+01:00"'),
        "unreadable created_at",
    ),
    "bluesky-year-9999-in-utc": (
        "bluesky",
        _bsky('"text": "a", "createdAt": "9999-12-31T23:59:59-01:00"'),
        None,
    ),
    "mastodon-year-1-in-utc": (
        "mastodon",
        _note('"id": "u", "published": "0001-01-01T00:30:00+01:00"'),
        None,
    ),
    # ids that are not status URLs gave two threads the same document id
    "mastodon-same-last-segment": (
        "mastodon",
        b'{"orderedItems": [{"type": "Create", "object": {"type": "Note", "id": "https://a/1"}},'
        b' {"type": "Create", "object": {"type": "Note", "id": "https://b/1"}}]}',
        None,
    ),
    # urlsplit raises ValueError on an unclosed IPv6 bracket (found by bench/fuzz.py)
    "mastodon-ipv6-bracket": (
        "mastodon",
        _note('"id": "https://[s/1", "attributedTo": "http://["'),
        None,
    ),
    # ids with newlines made error messages of several lines
    "x-id-with-newline": (
        "x-archive",
        _tweets('"id_str": "a\\nb", "full_text": 5'),
        "no 'full_text'",
    ),
    "bluesky-type-with-newline": ("bluesky", b'{"thread": {"$type": "a\\nb"}}', "no readable post"),
    "mastodon-id-with-newline": ("mastodon", _note('"id": "a\\nb", "content": 5'), "not a string"),
    # a declared charset that is a codec but no text encoding: LookupError, UnicodeError
    "html-charset-base64": (
        "html",
        b'<html><head><meta charset="base64"></head><p>Caf\xe9</p>',
        "not a text encoding",
    ),
    "html-charset-undefined": (
        "html",
        b'<meta charset="undefined"><p>Caf\xe9</p>',
        "not a text encoding",
    ),
}
_READERS: dict[str, tuple[Reader, str]] = {
    "thread": (thread_text.read, "thread.txt"),
    "text": (plain.read, "plain.txt"),
    "x-archive": (x_archive.read, "tweets.js"),
    "bluesky": (bluesky.read, "thread.json"),
    "mastodon": (mastodon.read, "outbox.json"),
    "html": (html.read, "page.html"),
    "jsonl": (jsonl.read, "corpus.jsonl"),
    "telegram": (telegram.read, "result.json"),
    "feed": (feeds.read, "feed.xml"),
    "pdf": (pdf.read, "report.pdf"),
    "warc": (warc.read, "crawl.warc.gz"),
}


def test_every_format_has_a_reader_here() -> None:
    assert set(_READERS) == set(FORMATS)


@pytest.mark.parametrize("name", sorted(REGRESSIONS))
def test_fuzz_regressions(scratch: Path, name: str) -> None:
    fmt, data, problem = REGRESSIONS[name]
    reader, filename = _READERS[fmt]
    path = scratch / filename
    try:
        docs = reader(path, data)
    except ReaderError as e:
        assert problem is not None, f"{name}: {e}"
        assert e.path == str(path) and problem in e.problem and "\n" not in e.problem
        return
    assert problem is None, f"{name} read, but should raise {problem!r}"
    check_documents(docs, path, fmt)
