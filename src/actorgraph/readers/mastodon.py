"""Mastodon account archives: ``outbox.json`` (an ActivityStreams OrderedCollection).

Only the account's own notes are read: boosts (``Announce``) and non-note
objects are skipped. Self-reply chains become threads, one document each.
The author's handle comes from ``actor.json`` beside the outbox when present.
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

from actorgraph.errors import ReaderError
from actorgraph.models import Document

from ._io import decode, iso_time, load_json, shown
from ._records import size_problem, skip
from ._text import Draft, assemble, threads

__all__ = ["html_to_text", "read"]

_SHAPE = "expected a Mastodon outbox.json (an OrderedCollection with 'orderedItems')"
_ACTOR_TYPES = frozenset({"Person", "Service", "Application", "Group", "Organization"})
_BLOCKS = frozenset({"p", "div", "blockquote", "li", "ul", "ol", "pre", "h1", "h2", "h3", "h4"})


class _Text(HTMLParser):
    """Status HTML to text: paragraphs become blank-line separated, ``<br>`` a newline."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCKS:
            self.parts.append("\n\n")
        elif tag == "a":
            a = dict(attrs)
            classes = (a.get("class") or "").split()
            # Mentions and hashtags are links to profiles and tag pages, not sources.
            href = a.get("href")
            if href and "mention" not in classes and "hashtag" not in classes:
                if href not in self.links:
                    self.links.append(href)

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def html_to_text(content: str) -> tuple[str, tuple[str, ...]]:
    """Text and outgoing links of a status's HTML ``content``.

    >>> html_to_text('<p>One &amp; two<br>three</p><p><a href="https://a.example">a</a></p>')
    ('One & two\\nthree\\n\\na', ('https://a.example',))
    """
    parser = _Text()
    parser.feed(content)
    parser.close()
    paragraphs = "".join(parser.parts).split("\n\n")
    text = "\n\n".join(p.strip() for p in paragraphs if p.strip())
    return text, tuple(parser.links)


def _username(path: Path) -> str | None:
    actor = path.with_name("actor.json")
    try:
        name = load_json(actor, decode(actor, actor.read_bytes())).get("preferredUsername")
        if isinstance(name, str) and name:
            return name
    except (OSError, ReaderError, AttributeError):
        pass  # actor.json only adds the handle; the outbox still reads without it
    return None


def _from_url(url: object) -> str | None:
    """``https://social.example/users/ana`` -> ``ana``."""
    if not isinstance(url, str):
        return None
    try:
        path = urlsplit(url).path
    except ValueError:  # "https://[social.example/..." (an unclosed IPv6 bracket) is no URL
        return None
    segment = path.rstrip("/").rsplit("/", 1)[-1].lstrip("@")
    return segment or None


def read(path: Path, data: bytes) -> list[Document]:
    """Read ``outbox.json``: one document per self-reply thread or standalone status."""
    obj = load_json(path, decode(path, data))
    if isinstance(obj, dict) and obj.get("type") in _ACTOR_TYPES:
        return []  # actor.json sits beside the outbox and holds no posts
    if not isinstance(obj, dict) or not isinstance(obj.get("orderedItems"), list):
        raise ReaderError(str(path), _SHAPE)
    user = _username(path)

    drafts: dict[str, Draft] = {}
    parents: dict[str, str | None] = {}
    for n, item in enumerate(obj["orderedItems"], start=1):
        if not isinstance(item, dict) or item.get("type") != "Create":
            continue  # boosts (Announce) and other activities carry no own words
        note = item.get("object")
        if not isinstance(note, dict) or note.get("type") != "Note":
            continue
        nid = note.get("id")
        # A bad note is reported and skipped, the others read (see _records).
        if not isinstance(nid, str):
            skip(path, f"item {n}", "note has no 'id'")
            continue
        content = note.get("content") or ""
        if not isinstance(content, str):
            skip(path, f"note {shown(nid)}", "'content' is not a string")
            continue
        try:
            text, links = html_to_text(content)
        except AssertionError:  # html.parser asserts on some broken markup, e.g. "<![x["
            skip(path, f"note {shown(nid)}", "its HTML cannot be parsed")
            continue
        if problem := size_problem(text):
            skip(path, f"note {shown(nid)}", problem)
            continue
        published = note.get("published")
        url = note.get("url")
        drafts[nid] = Draft(
            text=text,
            author=user or _from_url(note.get("attributedTo") or item.get("actor")),
            time=iso_time(published) if isinstance(published, str) else None,
            url=url if isinstance(url, str) else nid,
            id=nid,
            links=links,
        )
        reply = note.get("inReplyTo")
        parents[nid] = reply if isinstance(reply, str) else None

    def order(nid: str) -> tuple[str, str]:
        return (drafts[nid].time or "", nid)

    chains = threads(parents, order)
    short = [_from_url(chain[0]) or chain[0] for chain in chains]
    if len(set(short)) < len(short):  # ids that are not status URLs can end alike
        short = [chain[0] for chain in chains]
    docs: list[Document] = []
    for chain, doc_id in zip(chains, short, strict=True):
        text, posts = assemble([drafts[n] for n in chain])
        root = drafts[chain[0]]
        docs.append(
            Document(
                id=f"masto-{doc_id}",
                text=text,
                posts=posts,
                format="mastodon",
                source=str(path),
                author=root.author,
                published=root.time,
                url=root.url,
            )
        )
    return docs
