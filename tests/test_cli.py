"""The commands users type: help texts, code, unroll, errors and exit statuses."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from actorgraph.cli import cli
from actorgraph.settings import SETTINGS, Settings

EXAMPLE = Path(__file__).parents[1] / "src" / "actorgraph" / "examples" / "iran-iraq-thread.txt"
READERS = Path(__file__).parent / "data" / "readers"
CONTRACT = {"id", "type", "mode", "quad", "cameo", "source", "target", "date", "end_date",
            "date_basis", "location", "asserted_by", "modality", "negated", "confidence",
            "evidence"}


def _commands(group: click.Group, prefix: tuple[str, ...] = ()):
    for name, command in group.commands.items():
        yield (*prefix, name), command
        if isinstance(command, click.Group):
            yield from _commands(command, (*prefix, name))


@pytest.mark.parametrize("path", [p for p, _ in _commands(cli)], ids=" ".join)
def test_every_command_has_help_with_an_example(path):
    result = CliRunner().invoke(cli, [*path, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example" in result.output


def test_every_setting_is_a_settings_field_with_help():
    fields = set(Settings.__dataclass_fields__)
    assert {s.name for s in SETTINGS} == fields
    assert all(s.help for s in SETTINGS)
    assert all(getattr(Settings(), s.name) == s.default for s in SETTINGS)


def test_import_is_light():
    import subprocess
    import sys

    code = ("import sys, actorgraph; heavy = [m for m in ('spacy', 'fastapi', 'dask', 'torch',"
            " 'trafilatura', 'pandas') if m in sys.modules]; print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_public_api_is_what_all_says():
    import actorgraph

    assert sorted(actorgraph.__all__) == actorgraph.__all__
    assert all(hasattr(actorgraph, name) for name in actorgraph.__all__)


@pytest.mark.parametrize("to", ["md", "html"])
def test_unroll(to):
    result = CliRunner().invoke(cli, ["unroll", str(EXAMPLE), "--to", to])
    assert result.exit_code == 0, result.output
    assert "@regional_watch" in result.output
    assert "13/13" in result.output


def test_unroll_escapes_html(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text("Thread by @x\n\n1/ <script>alert(1)</script> see https://example.org/a?b=1&c=2\n")
    result = CliRunner().invoke(cli, ["unroll", str(path), "--to", "html"])
    assert "<script>alert" not in result.output
    assert "&lt;script&gt;" in result.output
    assert 'href="https://example.org/a?b=1&amp;c=2"' in result.output


def test_bad_input_is_one_line_and_exit_status_1(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = CliRunner().invoke(cli, ["unroll", str(empty)])
    assert result.exit_code == 1
    assert result.output.strip().count("\n") == 0 and str(empty) in result.output


@pytest.mark.slow
def test_code_prints_the_jsonl_contract(coder):
    result = CliRunner().invoke(cli, ["code", str(EXAMPLE), "--published", "2024-01-10"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    assert records and all(set(r) >= CONTRACT for r in records)
    rejected = [r for r in records if r["type"] == "REJECT" and r["date"] == "1982"]
    assert rejected and rejected[0]["source"]["id"] == "IRN"
    assert rejected[0]["evidence"]["doc"] == "iran-iraq-thread"


@pytest.mark.slow
def test_code_goes_on_after_a_bad_input_and_says_so(coder, tmp_path):
    bad = tmp_path / "broken.json"
    bad.write_text('{"thread": ')
    runner = CliRunner()
    result = runner.invoke(cli, ["code", str(bad), str(EXAMPLE)])
    assert result.exit_code == 1
    assert f"error: {bad}" in result.output  # the one line naming the file ...
    assert '"type": "REJECT"' in result.output  # ... and the other input still coded


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["table", "plover"])
def test_code_formats(coder, fmt):
    result = CliRunner().invoke(cli, ["code", str(EXAMPLE), "--format", fmt])
    assert result.exit_code == 0, result.output
    if fmt == "plover":
        first = json.loads(result.output.splitlines()[0])
        assert {"id", "date", "actor", "recipient", "event", "mode", "text"} <= set(first)
    else:
        assert "REJECT" in result.output and "Saddam Hussein" in result.output


@pytest.mark.slow
def test_every_reader_feeds_the_coder(coder):
    inputs = [READERS / "thread.txt", READERS / "bluesky_thread.json", READERS / "corpus.jsonl",
              READERS / "article.html", READERS / "mastodon" / "outbox.json",
              READERS / "x" / "data" / "tweets.js"]
    result = CliRunner().invoke(cli, ["code", *map(str, inputs)])
    assert result.exit_code == 0, result.output


@pytest.mark.slow
def test_ingest_stores_the_published_date_it_was_given(coder, tmp_path):
    import sqlite3

    db = tmp_path / "s.db"
    result = CliRunner().invoke(cli, ["ingest", str(EXAMPLE), "--db", str(db),
                                      "--published", "2024-01-10"])
    assert result.exit_code == 0, result.output
    [(published,)] = sqlite3.connect(db).execute("SELECT published FROM documents").fetchall()
    assert published == "2024-01-10"
    shown = CliRunner().invoke(cli, ["events", "--db", str(db), "--type", "REJECT"])
    assert "Saddam Hussein" in shown.output


def test_an_unexpected_error_is_one_line_and_status_2(monkeypatch, capsys, tmp_path) -> None:
    from actorgraph import api, cli

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(api, "iter_documents", broken)
    monkeypatch.setattr(sys, "argv", ["actorgraph", "code", str(tmp_path)])
    with pytest.raises(SystemExit) as info:
        cli.main()
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "internal error: RuntimeError: boom" in err
    monkeypatch.setattr(sys, "argv", ["actorgraph", "--debug", "code", str(tmp_path)])
    with pytest.raises(RuntimeError, match="boom"):
        cli.main()


def test_code_prints_each_document_as_soon_as_it_is_coded(monkeypatch, tmp_path):
    """A document's events are out before the next document is coded: here the second one
    fails, and the first one's events were printed already (nothing was held back)."""
    from actorgraph import api
    from actorgraph.errors import CodingError
    from actorgraph.models import CodedDocument, Document, Event, Evidence, Post

    text = "Iran armed Hezbollah."

    def doc(i: int) -> Document:
        return Document(f"d{i}", text, (Post(1, text, 0, len(text)),), "text")

    def code(documents, settings):
        first = next(iter(documents))
        yield CodedDocument(first, [Event("ev_1", "AID", Evidence("d0", 1, 0, 21, text),
                                          source="IRN", source_text="Iran")])
        raise CodingError("the second document broke")

    monkeypatch.setattr(api, "iter_documents", lambda paths, fmt, on_error, *rest: iter(
        [doc(0), doc(1)]))
    monkeypatch.setattr(api, "code", code)
    result = CliRunner().invoke(cli, ["code", "whatever.txt"])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert json.loads(lines[0])["id"] == "ev_1"
    assert "the second document broke" in result.output
