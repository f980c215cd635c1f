"""Stored text never drives the user's terminal (issue 20, item 8).

A post, title, actor name or file name holding ESC/CSI/OSC sequences (a hyperlink, a
window title, a screen clear) or a bare C1 ``\\x9b`` reached the terminal through
``search``, ``events``, ``unroll`` and the error lines. Every command now prints them as
visible escapes; JSON output stays valid JSON with the same values.
"""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from actorgraph.cli import cli
from actorgraph.models import Actor, Claim, CodedDocument, Document, Event, Evidence, Post
from actorgraph.store.db import Store
from actorgraph.terminal import clean, escape_json, json_text

OSC = "\x1b]8;;http://evil.example/\x07click\x1b]8;;\x07"
CSI = "\x1b[2J\x1b[31m"
HOSTILE = f"Iran attacked Iraq {OSC} {CSI} \x9b6n \x07\r done."
# Anything a terminal obeys: ESC, BEL, CR, C1 (as characters, before any encoding).
OBEYED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("term") / "store.db"
    text = HOSTILE
    doc = Document("evil", text, (Post(1, text, 0, len(text)),), "text",
                   title=f"title {CSI}", source=f"evil{OSC}.txt")
    coded = CodedDocument(doc)
    ev = Evidence("evil", 1, 0, len(text), text)
    coded.events.append(Event(id="ev_1", type="ASSAULT", evidence=ev, source="IRN",
                              target="PRV.ORG.X", target_text=f"Iraq {OSC}", date="2020-01-01",
                              quad=4, trigger="attacked"))
    coded.claims.append(Claim("cl_1", "ev_1", None, "asserts", ev))
    coded.actors["IRN"] = Actor("IRN", "Iran", "state", country="IRN")
    coded.actors["PRV.ORG.X"] = Actor("PRV.ORG.X", f"Evil {OSC}", "organisation",
                                      provisional=True)
    with Store(path) as store:
        store.write(coded)
    return str(path)


def _run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.output


@pytest.mark.parametrize("args", [
    ("search", "iran"),
    ("search", "iran", "--format", "jsonl"),
    ("search", "iran", "--format", "csv"),
    ("events",),
    ("events", "--format", "jsonl"),
    ("events", "--format", "csv"),
    ("actors", "evil", "--db", "{db}"),
    ("claims",),
])
def test_no_command_prints_a_control_sequence(db, args) -> None:
    args = tuple(a.replace("{db}", db) for a in args)
    out = _run(*args, *(() if "--db" in args else ("--db", db)))
    assert "Iran" in out or "Evil" in out or "evil" in out, out
    assert not OBEYED.search(out), repr(out)
    assert "\\x1b" in out or "\\u001b" in out  # shown, not silently dropped
    if "jsonl" in args:
        for line in out.splitlines():
            json.loads(line)  # still valid JSON


def test_unroll_and_error_lines_escape_file_names_and_text(tmp_path) -> None:
    good = tmp_path / "thread.txt"
    good.write_text(f"Thread by @ana\n\n1/ {HOSTILE}\n\n2/ Second.\n", encoding="utf-8")
    out = _run("unroll", str(good))
    assert "Second." in out and not OBEYED.search(out), repr(out)
    bad = tmp_path / "bad\x1b]0;pwned\x07.txt"
    bad.write_bytes(b"")
    result = CliRunner().invoke(cli, ["code", str(bad)])
    assert result.exit_code == 1
    assert "file is empty" in result.output and not OBEYED.search(result.output)
    assert "\\x1b]0;pwned\\x07" in result.output


def test_helpers() -> None:
    assert clean("a\x1b[2Jb\tc\nd\re\x9b") == "a\\x1b[2Jb\tc\nd\\x0de\\x9b"
    assert clean("zz\udcffname") == "zz\\xffname"
    value = {"t": "x\x1b\x9b\x7fy"}
    assert json.loads(json_text(value)) == value and not OBEYED.search(json_text(value))
    assert escape_json(json.dumps("\x85", ensure_ascii=False)) == '"\\u0085"'
