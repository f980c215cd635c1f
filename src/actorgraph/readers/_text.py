"""Helpers shared by readers: paragraph spans, reply threads, posts joined into one text.

All functions work with offsets into the original string instead of building
new strings, so that ``doc.text[post.start:post.end] == post.text`` holds by
construction.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from actorgraph.errors import ReaderError
from actorgraph.models import Post

from ._io import MAX_POST_CHARS, too_long

__all__ = ["Draft", "assemble", "blocks", "lines", "paragraph_posts", "threads", "trim"]

K = TypeVar("K", bound=Hashable)


def lines(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each line, newline excluded.

    Only ``\\n`` breaks lines: ``\\r`` is whitespace, so CRLF files work and a
    stray form feed or U+2028 does not shift offsets.
    """
    stop = len(text) if end is None else end
    pos = start
    while pos < stop:
        nl = text.find("\n", pos, stop)
        line_end = stop if nl == -1 else nl
        yield pos, line_end
        pos = line_end + 1


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` past whitespace, exactly as ``str.strip`` would."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_blank(line: str) -> bool:
    return not line.strip()


_NONBLANK = re.compile(r"\S")


def blocks(
    text: str,
    is_break: Callable[[str], bool] = _is_blank,
    start: int = 0,
) -> list[tuple[int, int]]:
    """Trimmed spans of the runs of lines separated by break lines (blank by default)."""
    spans: list[tuple[int, int]] = []
    first: int | None = None
    last = 0
    for a, b in lines(text, start):
        # The default test looks at the text in place: a 200 MB line is not copied to find it
        # is not blank.
        blank = _NONBLANK.search(text, a, b) is None if is_break is _is_blank else None
        if blank if blank is not None else is_break(text[a:b]):
            if first is not None:
                spans.append(trim(text, first, last))
                first = None
        else:
            if first is None:
                first = a
            last = b
    if first is not None:
        spans.append(trim(text, first, last))
    return [s for s in spans if s[0] < s[1]]


def paragraph_posts(
    text: str, *, author: str | None = None, time: str | None = None
) -> tuple[Post, ...]:
    """One post per blank-line-separated paragraph of ``text``.

    A paragraph over :data:`~._io.MAX_POST_CHARS` raises :class:`ReaderError` (without a
    path: the caller names the file) before any copy of it is made.
    """
    spans = blocks(text)
    for i, (a, b) in enumerate(spans, start=1):
        if b - a > MAX_POST_CHARS:
            raise ReaderError(None, too_long(i, b - a))
    return tuple(
        Post(index=i, text=text[a:b], start=a, end=b, author=author, time=time)
        for i, (a, b) in enumerate(spans, start=1)
    )


@dataclass(frozen=True, slots=True)
class Draft:
    """A post before it has a place in its document's text."""

    text: str
    author: str | None = None
    time: str | None = None
    url: str | None = None
    id: str | None = None
    links: tuple[str, ...] = ()
    forwarded_from: str | None = None
    edited: str | None = None


def assemble(drafts: Sequence[Draft], sep: str = "\n\n") -> tuple[str, tuple[Post, ...]]:
    """Join drafts into one document text and posts that index it."""
    posts: list[Post] = []
    pos = 0
    for i, d in enumerate(drafts, start=1):
        if i > 1:
            pos += len(sep)
        posts.append(
            Post(
                index=i,
                text=d.text,
                start=pos,
                end=pos + len(d.text),
                author=d.author,
                time=d.time,
                url=d.url,
                id=d.id,
                links=d.links,
                forwarded_from=d.forwarded_from,
                edited=d.edited,
            )
        )
        pos += len(d.text)
    return sep.join(d.text for d in drafts), tuple(posts)


def threads(parents: Mapping[K, K | None], key: Callable[[K], Any]) -> list[list[K]]:
    """Group post ids into reply threads.

    ``parents`` maps each id to the id it replies to. A post whose parent is
    not in ``parents`` starts a thread; each thread lists its root, then the
    replies depth-first with siblings in ``key`` order. Threads come in
    ``key`` order of their roots; posts caught in a reply cycle (broken data)
    still come out, after the others, instead of vanishing.

    >>> threads({"a": None, "b": "a", "c": "b", "d": "x"}, key=str)
    [['a', 'b', 'c'], ['d']]
    """
    children: dict[K, list[K]] = defaultdict(list)
    roots: list[K] = []
    for post, parent in parents.items():
        if parent is not None and parent in parents and parent != post:
            children[parent].append(post)
        else:
            roots.append(post)
    seen: set[K] = set()

    def walk(root: K) -> list[K]:
        chain: list[K] = []
        stack = [root]
        while stack:  # no recursion: self-reply chains can be thousands long
            post = stack.pop()
            if post in seen:
                continue
            seen.add(post)
            chain.append(post)
            stack.extend(sorted(children.get(post, ()), key=key, reverse=True))
        return chain

    out = [walk(r) for r in sorted(roots, key=key)]
    out += [walk(p) for p in sorted(parents, key=key) if p not in seen]
    return out
