from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from actorgraph.actors.cameo import parse_cameo
from actorgraph.actors.dictionary import ActorDictionary
from actorgraph.errors import ConfigError

SAMPLE = Path(__file__).parent / "data" / "actors" / "sample.cameo.txt"


def test_parse_cameo_entries():
    entries = parse_cameo(SAMPLE.read_text())
    by_name = {e.get("name", e["id"]): e for e in entries}
    assert by_name["KEN"]["aliases"] == ["Kenya", "Kenyan Republic"]
    person = by_name["Amina Kiprono"]
    assert person["kind"] == "person" and person["country"] == "KEN"
    assert person["aliases"] == ["Minister Kiprono"]
    assert person["affiliations"] == [
        {"actor": "KEN.GOV", "start": "2013-04-09", "end": "2022-09-13", "role": "KENGOV"},
        {"actor": "KEN.LEG", "start": "2022-09-14", "role": "KENLEG"},
    ]
    rebels = by_name["Northern Sahel Liberation Front"]
    assert rebels["kind"] == "rebel" and rebels["id"] == "CAMEO.NORTHERN_SAHEL_LIBERATION_FRONT"


def test_imported_entries_merge_into_a_dictionary():
    d = ActorDictionary()
    entries = [e for e in parse_cameo(SAMPLE.read_text()) if "name" in e]
    d.merge(yaml.safe_load(yaml.safe_dump(entries)), "x")
    person = d.get("CAMEO.AMINA_KIPRONO")
    assert [a.actor for a in d.affiliations_on(person.id, "2015")] == ["KEN.GOV"]
    assert [a.actor for a in d.affiliations_on(person.id, "2023-01")] == ["KEN.LEG"]


def test_synonym_before_actor_is_an_error():
    with pytest.raises(ConfigError, match="line 1"):
        parse_cameo("+ORPHAN_\n")


def test_cli_import(tmp_path):
    from click.testing import CliRunner

    from actorgraph.cli import cli

    out = tmp_path / "mine.yaml"
    result = CliRunner().invoke(cli, ["actors", "import", str(SAMPLE), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert any(e.get("name") == "Amina Kiprono" for e in yaml.safe_load(out.read_text()))
