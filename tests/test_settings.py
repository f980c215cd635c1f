"""Settings: each declared one is settable the same way everywhere, and does something."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from actorgraph.cli import cli
from actorgraph.errors import ConfigError
from actorgraph.settings import SETTINGS, Settings
from actorgraph.store.db import Store
from tests.conftest import EXAMPLE

USER_LEXICON = """\
predicates:
  - {lemma: batter, type: ASSAULT, mode: aerial}
"""
PUMMEL = "Iran battered Iraqi positions near Basra in 1984.\n"


def _settings_json(*args: str, env: dict[str, str] | None = None) -> dict[str, dict]:
    result = CliRunner().invoke(cli, [*args, "settings", "--format", "json"], env=env or {})
    assert result.exit_code == 0, result.output
    return {r["name"]: r for r in map(json.loads, result.output.splitlines())}


def test_every_command_takes_set():
    # `review` codes nothing and reads no setting: its `--set FIELD=VALUE` edits an event
    for name, command in cli.commands.items():
        if name == "review":
            continue
        assert "--set" in [o for p in command.params for o in getattr(p, "opts", ())], name
    assert set(cli.commands) - {"review"}


def test_settings_lists_every_setting_with_its_source():
    rows = _settings_json()
    assert list(rows) == [s.name for s in SETTINGS]
    assert all(r["source"] == "default" and r["help"] for r in rows.values())
    assert rows["min_confidence"]["env"] == "ACTORGRAPH_MIN_CONFIDENCE"


def test_set_and_environment_and_their_precedence():
    result = CliRunner().invoke(
        cli, ["settings", "--format", "json", "--set", "min_confidence=0.6",
              "--set", "prefilter=false", "--set", "batch_size=8"],
        env={"ACTORGRAPH_MIN_CONFIDENCE": "0.3", "ACTORGRAPH_LEXICON": "mine.yaml"})
    assert result.exit_code == 0, result.output
    rows = {r["name"]: r for r in map(json.loads, result.output.splitlines())}
    assert (rows["min_confidence"]["value"], rows["min_confidence"]["source"]) == (0.6, "--set")
    assert (rows["prefilter"]["value"], rows["batch_size"]["value"]) == (False, 8)
    assert (rows["lexicon"]["value"], rows["lexicon"]["source"]) == (
        "mine.yaml", "ACTORGRAPH_LEXICON")
    # a command's own option wins over --set, which wins over the environment
    settings = Settings.load({"min_confidence": 0.9}, ["min_confidence=0.6"],
                             {"ACTORGRAPH_MIN_CONFIDENCE": "0.3"})
    assert settings.min_confidence == 0.9
    assert Settings.load({}, [], {"ACTORGRAPH_PREFILTER": "no"}).prefilter is False


@pytest.mark.parametrize("bad", ["nothing=1", "min_confidence=high", "prefilter=maybe", "model"])
def test_bad_settings_are_one_clear_line(bad):
    result = CliRunner().invoke(cli, ["settings", "--set", bad])
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and "error:" in result.output
    with pytest.raises(ConfigError):
        Settings.load({}, [bad], {})


def test_db_setting_reaches_store_commands(tmp_path):
    # read-only commands never create a store: the error names the store the setting gave
    db = tmp_path / "from-env.db"
    result = CliRunner().invoke(cli, ["events", "--format", "jsonl"],
                                env={"ACTORGRAPH_DB": str(db)})
    assert result.exit_code == 1 and f"{db}: no such store" in result.output
    assert not db.exists()
    other = tmp_path / "from-set.db"
    result = CliRunner().invoke(cli, ["search", "x", "--set", f"db={other}"])
    assert result.exit_code == 1 and f"{other}: no such store" in result.output
    Store(other).close()
    result = CliRunner().invoke(cli, ["search", "x", "--set", f"db={other}"])
    assert result.exit_code == 0, result.output


def _code(*args: str) -> list[dict]:
    result = CliRunner().invoke(cli, ["code", *args])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines()]


@pytest.mark.slow
def test_min_confidence_filters_code_and_ingest(coder, tmp_path):
    everything = _code(str(EXAMPLE))
    floor = sorted(e["confidence"] for e in everything)[len(everything) // 2]
    kept = _code(str(EXAMPLE), "--min-confidence", str(floor))
    assert kept and len(kept) < len(everything)
    assert all(e["confidence"] >= floor for e in kept)
    assert {e["id"] for e in kept} == {e["id"] for e in everything if e["confidence"] >= floor}
    assert _code(str(EXAMPLE), "--set", f"min_confidence={floor}") == kept
    db = tmp_path / "s.db"
    result = CliRunner().invoke(cli, ["ingest", str(EXAMPLE), "--db", str(db),
                                      "--min-confidence", str(floor)])
    assert result.exit_code == 0, result.output
    from actorgraph.store.db import Store

    with Store(db) as store:
        assert {e.id for e in store.events()} == {e["id"] for e in kept}


@pytest.mark.slow
def test_a_user_lexicon_adds_a_verb_to_code_ingest_and_batch(coder, tmp_path):
    lexicon = tmp_path / "mine.yaml"
    lexicon.write_text(USER_LEXICON, encoding="utf-8")
    text = tmp_path / "post.txt"
    text.write_text(PUMMEL, encoding="utf-8")
    assert _code(str(text)) == []
    [event] = _code(str(text), "--lexicon", str(lexicon))
    assert (event["type"], event["mode"], event["source"]["id"], event["target"]["id"]) == (
        "ASSAULT", "aerial", "IRN", "IRQ.MIL")
    db = tmp_path / "s.db"
    result = CliRunner().invoke(cli, ["ingest", str(text), "--db", str(db), "--lexicon",
                                      str(lexicon)])
    assert result.exit_code == 0, result.output
    from actorgraph.store.db import Store

    with Store(db) as store:
        assert [e.type for e in store.events()] == ["ASSAULT"]
    pytest.importorskip("pyarrow")
    out = tmp_path / "shards"
    result = CliRunner().invoke(cli, ["batch", str(text), "--out", str(out), "--lexicon",
                                      str(lexicon)])
    assert result.exit_code == 0, result.output
    from actorgraph.export import read_parquet_events

    [shard] = sorted(Path(out, "events").glob("part-*.parquet"))
    assert [e.type for e in read_parquet_events(shard)] == ["ASSAULT"]


def test_a_bad_user_lexicon_is_one_clear_line(tmp_path):
    lexicon = tmp_path / "bad.yaml"
    lexicon.write_text("predicates:\n  - {lemma: batter, type: NOT_A_TYPE}\n", encoding="utf-8")
    text = tmp_path / "post.txt"
    text.write_text(PUMMEL, encoding="utf-8")
    result = CliRunner().invoke(cli, ["code", str(text), "--lexicon", str(lexicon)])
    assert result.exit_code == 1
    assert "bad.yaml" in result.output and "NOT_A_TYPE" in result.output
