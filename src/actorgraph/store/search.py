"""Full-text search with bounds: on the query, on the snippets and on the time it may take.

Before these bounds, a store holding one 900 KB post took 228 s to answer
``search iran`` (FTS5's ``snippet()`` is quadratic in the hits within a row),
a query of 66 prefix terms (``t* t* ...``) took 12.7 s, and two such
requests held the web server for everyone. Now:

- a query has at most :data:`MAX_TERMS` terms, at most :data:`MAX_PREFIXES`
  of them prefixes (``word*``), each prefix at least :data:`MIN_PREFIX`
  characters long (``t*`` stands for every word that starts with t);
- snippets are cut here, from a window of the post around the first hit
  (``snippet()`` is not used), so a post's length or its number of hits
  does not matter;
- :func:`time_budget` gives SQLite a deadline through its progress handler:
  a statement still running then is interrupted and :class:`QueryTimeout`
  says so in one line (the web app answers 503).

>>> bounded_query('iran "revolutionary guard" quds*')
'"iran" "revolutionary guard" "quds"*'
"""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager

from ..errors import StoreError

__all__ = [
    "MAX_PREFIXES", "MAX_TERMS", "MIN_PREFIX", "SEARCH_SECONDS", "QueryTimeout", "bounded_query",
    "make_snippet", "time_budget",
]

MAX_TERMS = 16
MAX_PREFIXES = 4
MIN_PREFIX = 2
#: Seconds one search may run (``actorgraph search``; the web app gives each request its own).
SEARCH_SECONDS = 20.0
#: Words shown around the first hit, and how far into a post hits are looked for.
SNIPPET_WORDS = 16
SNIPPET_SCAN = 200_000
#: SQLite virtual-machine steps between two looks at the clock.
_STEPS = 20_000


class QueryTimeout(StoreError):
    """A query ran past its time budget and was interrupted."""


def _terms(text: str) -> list[tuple[str, bool]]:
    """(word or phrase, is a prefix) for each term of a plain query."""
    out = []
    for token in re.findall(r'"[^"]*"|\S+', text):
        prefix = token.endswith("*") and not token.startswith('"')
        word = token.strip('"').rstrip("*") if prefix else token.strip('"')
        if word:
            out.append((word, prefix))
    return out


def _check(terms: int, prefixes: list[str], text: str) -> None:
    if terms > MAX_TERMS:
        raise StoreError(f"search: {terms} terms, more than the {MAX_TERMS} a query may have")
    if len(prefixes) > MAX_PREFIXES:
        raise StoreError(f"search: {len(prefixes)} prefix terms (word*), more than the "
                         f"{MAX_PREFIXES} a query may have")
    short = [p for p in prefixes if len(p) < MIN_PREFIX]
    if short:
        raise StoreError(f"search: the prefix {short[0]}* is too short; give at least "
                         f"{MIN_PREFIX} letters before *")


def bounded_query(text: str, raw: bool = False) -> str:
    """``text`` as an FTS5 query within the bounds, or :class:`StoreError` saying which.

    Plain text: words ANDed, "phrases" kept, ``word*`` a prefix, nothing that could make
    the query malformed. ``raw`` passes FTS5 syntax through, bounded the same way.
    """
    if raw:
        prefixes = re.findall(r"(\w*)\*", text)
        words = re.findall(r'"[^"]*"|[\w*]+', text)
        _check(len(words), prefixes, text)
        return text
    terms = _terms(text)
    _check(len(terms), [w for w, p in terms if p], text)
    return " ".join('"' + w.replace('"', '""') + '"' + ("*" if p else "") for w, p in terms)


def _pattern(query: str) -> re.Pattern[str] | None:
    """A regular expression finding the query's words in a post (case folded)."""
    words = []
    for token in re.findall(r'"((?:[^"]|"")*)"(\*?)|([\w]+)(\*?)', query):
        phrase, star1, word, star2 = token
        text = (phrase.replace('""', '"') or word).strip()
        if not text or text.upper() in ("AND", "OR", "NOT", "NEAR"):
            continue
        for w in re.findall(r"\w+", text):
            words.append(re.escape(w) + (r"\w*" if (star1 or star2) else r"\b"))
    if not words:
        return None
    return re.compile(r"\b(?:" + "|".join(sorted(set(words), key=len, reverse=True)) + ")",
                      re.IGNORECASE)


def make_snippet(text: str, query: str, marks: tuple[str, str] = ("«", "»"),
                 words: int = SNIPPET_WORDS) -> str:
    """About ``words`` words of ``text`` around its first hit of ``query``, hits marked.

    Time depends on the window, not on the length of the post or its number of hits.

    >>> make_snippet("a b c Iran d e f", '"iran"', words=3)
    '…c «Iran» d…'
    """
    pattern = _pattern(query)
    first = pattern.search(text, 0, SNIPPET_SCAN) if pattern else None
    at = first.start() if first else 0
    # The window: words/3 words before the hit, the rest after, found on a bounded slice.
    before = [m.start() for m in re.finditer(r"\S+", text[max(0, at - 400):at])]
    keep = before[-(words // 3):] if words // 3 and before else []
    start = max(0, at - 400) + keep[0] if keep else at
    after = list(re.finditer(r"\S+", text[at:at + 4000]))
    end = at + after[min(len(after), words - len(keep)) - 1].end() if after else len(text)
    window = text[start:end]
    if pattern:
        window = pattern.sub(lambda m: marks[0] + m.group(0) + marks[1], window)
    return ("…" if start > 0 else "") + " ".join(window.split()) + ("…" if end < len(text) else "")


@contextmanager
def time_budget(conn: sqlite3.Connection, seconds: float,
                limit: float | None = None) -> Iterator[None]:
    """Interrupt any statement of ``conn`` still running ``seconds`` from now.

    Raises :class:`QueryTimeout` in place of SQLite's "interrupted", naming ``limit`` (the
    whole budget, when part of it was spent before; default ``seconds``). Nothing is written
    by a read-only query, so stopping one midway loses nothing.
    """
    deadline = time.monotonic() + seconds

    def expired() -> int:
        return 1 if time.monotonic() > deadline else 0

    conn.set_progress_handler(expired, _STEPS)
    try:
        yield
    except sqlite3.OperationalError as exc:
        if "interrupt" in str(exc) and time.monotonic() > deadline:
            raise QueryTimeout(
                f"the query took longer than {limit or seconds:.3g} s and was stopped; "
                "narrow it (fewer or longer words, more filters) and try again"
            ) from None
        raise
    finally:
        conn.set_progress_handler(None, 0)
