"""X (Twitter) account archives: ``data/tweets.js`` from "Download an archive".

The file is JavaScript: ``window.YTD.tweets.part0 = [{"tweet": {...}}, ...]``.
Self-reply chains are rebuilt into threads (one document each); retweets are
skipped; t.co links are replaced by the URLs they stand for.
"""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from actorgraph.errors import ReaderError
from actorgraph.models import Document

from ._io import decode, load_json, shown
from ._records import check_size, record, skip
from ._text import Draft, assemble, threads

__all__ = ["PREFIX", "read"]

#: The assignment that makes the archive's JSON a script.
PREFIX = re.compile(r"\s*window\.YTD\.(?P<part>\w+)\.part\d+\s*=\s*")
_TWEET_PARTS = frozenset({"tweets", "tweet"})
_SHAPE = 'expected an X archive tweets.js array of {"tweet": {...}} objects'


def _parse_js(path: Path, text: str) -> tuple[str | None, Any]:
    m = PREFIX.match(text)
    if not m:
        return None, load_json(path, text)
    # Blank the prefix out instead of cutting it so JSON errors keep file columns.
    blanked = re.sub(r"[^\n]", " ", m.group(0)) + text[m.end() :].rstrip().rstrip(";")
    return m.group("part"), load_json(path, blanked)


def _username(path: Path) -> str | None:
    """The archive owner's handle from ``account.js`` beside ``tweets.js``, if any."""
    account = path.with_name("account.js")
    try:
        _, data = _parse_js(account, decode(account, account.read_bytes()))
        return str(data[0]["account"]["username"])
    except (OSError, ReaderError, LookupError, TypeError):
        # account.js only adds the handle; without it the tweets still read.
        return None


def _time(path: Path, tweet_id: str, value: object) -> str | None:
    """``created_at`` ("Wed Oct 10 20:19:24 +0000 2018") as ISO 8601 UTC."""
    if value is None:
        return None
    if isinstance(value, str):
        for parse in (
            lambda s: datetime.strptime(s, "%a %b %d %H:%M:%S %z %Y"),
            datetime.fromisoformat,
        ):
            try:
                dt = parse(value)
                # Archives are in UTC; a zone-less time must not pick up the local zone.
                dt = dt if dt.tzinfo else dt.replace(tzinfo=UTC)
                return dt.astimezone(UTC).isoformat(timespec="seconds")
            except (ValueError, OverflowError):  # OverflowError: year 1 or 9999 off the range
                continue
    raise ReaderError(str(path), f"tweet {shown(tweet_id)}: unreadable created_at {value!r}")


def _clean(tweet: dict[str, Any]) -> tuple[str, tuple[str, ...]]:
    """Tweet text with t.co links expanded and HTML entities decoded, plus its links."""
    text = str(tweet.get("full_text", tweet.get("text", "")))
    entities = tweet.get("entities")
    links: list[str] = []
    for kind in ("urls", "media"):
        items = entities.get(kind) if isinstance(entities, dict) else None
        for u in items if isinstance(items, list) else ():
            if not isinstance(u, dict):
                continue
            short, full = u.get("url"), u.get("expanded_url")
            if isinstance(short, str) and isinstance(full, str) and short:
                text = text.replace(short, full)
                if kind == "urls" and full not in links:
                    links.append(full)
    # The archive stores text HTML-escaped ("&amp;"); expand after links so a
    # URL's own "&amp;" is decoded too.
    return html.unescape(text).strip(), tuple(links)


def read(path: Path, data: bytes) -> list[Document]:
    """Read ``tweets.js``: one document per self-reply thread or standalone tweet."""
    part, items = _parse_js(path, decode(path, data))
    if part is not None and part not in _TWEET_PARTS:
        return []  # account.js, like.js, ...: archive files without posts
    if not isinstance(items, list) or (items and not any(isinstance(i, dict) for i in items)):
        raise ReaderError(str(path), _SHAPE)
    user = _username(path)
    tweets: dict[str, dict[str, Any]] = {}
    first_item: dict[str, int] = {}
    for n, item in enumerate(items, start=1):
        tweet = item.get("tweet", item) if isinstance(item, dict) else None
        if not isinstance(tweet, dict):
            skip(path, "", f"{_SHAPE}; item {n} is a {type(item).__name__}")
            continue
        tid = tweet.get("id_str", tweet.get("id"))
        if not isinstance(tid, str | int) or isinstance(tid, bool):
            skip(path, f"item {n}", "tweet has no 'id_str'")
            continue
        text = tweet.get("full_text", tweet.get("text"))
        if not isinstance(text, str):
            skip(path, f"tweet {shown(tid)}", "no 'full_text'")
            continue
        if text.startswith("RT @"):  # retweets are other people's words
            continue
        if str(tid) in tweets:
            if tweets[str(tid)] == tweet:
                continue  # the very same tweet twice: keep one
            # A record problem: the second is skipped (or, strict, the archive refused).
            skip(path, f"item {n}", f"tweet {shown(tid)} is in the archive twice, with "
                 f"different content (first as item {first_item[str(tid)]}); remove one")
            continue
        tweets[str(tid)] = tweet
        first_item[str(tid)] = n

    drafts: dict[str, Draft] = {}
    for tid, tweet in tweets.items():
        with record(path, f"tweet {shown(tid)}"):
            text, links = _clean(tweet)
            check_size(path, text)
            drafts[tid] = Draft(
                text=text,
                author=user,
                time=_time(path, tid, tweet.get("created_at")),
                url=f"https://x.com/{user or 'i'}/status/{tid}",
                id=tid,
                links=links,
            )
    tweets = {tid: tweet for tid, tweet in tweets.items() if tid in drafts}

    def order(tid: str) -> tuple[str, int, str]:
        # ISO UTC strings sort in time order; ids are a tie-break (snowflakes grow).
        return (drafts[tid].time or "", len(tid), tid)

    # The archive holds only the owner's tweets: a parent found in it is a self-reply.
    parents: dict[str, str | None] = {}
    for tid, tweet in tweets.items():
        parent = tweet.get("in_reply_to_status_id_str", tweet.get("in_reply_to_status_id"))
        parents[tid] = str(parent) if parent is not None else None

    docs: list[Document] = []
    for chain in threads(parents, order):
        text, posts = assemble([drafts[t] for t in chain])
        root, first = chain[0], drafts[chain[0]]
        docs.append(
            Document(
                id=f"x-{root}",
                text=text,
                posts=posts,
                format="x-archive",
                source=str(path),
                author=user,
                published=first.time,
                url=first.url,
            )
        )
    return docs
