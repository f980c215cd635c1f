"""Consistency checks for the built-in PLOVER dictionary (``data/plover.yaml``)."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

YAML_PATH = Path(__file__).resolve().parents[1] / "src" / "actorgraph" / "data" / "plover.yaml"

PLOVER_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE",
    "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN",
    "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}
EXPECTED_QUADS = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}
ENTRY_KEYS = {"lemma", "type", "mode", "cameo", "objects", "target_preps", "passive", "note",
              "active", "transitive", "described",
              "subjects", "complements", "infinitive", "intransitive", "unless", "joint", "also",
              "imputes", "mutual", "question", "received", "finite", "felt", "readiness",
              "hostile", "doer_preps"}
CUE_LISTS = (
    "report_verbs", "report_phrases", "denial_verbs", "intention_verbs", "intention_nouns",
    "hypothetical_markers", "future_markers", "negation_words", "historical_markers",
    "opinion_verbs", "claim_verbs", "noun_target_preps", "place_preps", "place_verbs",
    "titles_abroad", "international_titles",
    "between_words",
    "light_verbs", "starting_verbs", "proposal_nouns", "directive_verbs", "reciprocal_verbs",
    "quantity_words", "national_bands", "subject_gerund_preps", "standing_participles",
    "threat_modals", "threat_conditions", "ultimatum_verbs",
    "series_nouns", "armed_kinds", "group_words", "cargo_carriers", "force_kinds", "force_words",
    "patient_nouns",
    "helping_nouns", "deployed_forces", "joint_markers",
    "commemoration_words", "under_fire_nouns", "under_fire_verbs", "group_descriptions",
    "leader_bodies",
    "state_nouns",
    "company_kinds", "company_words", "company_name_ends", "company_name_stops",
    "company_descriptors", "protester_words", "handover_verbs", "captive_words",
    "captive_markers", "wanted_people", "one_way_trades", "want_verbs", "withheld_verbs",
    "aid_amount_verbs",
    "state_copulas",
    "topic_preps", "measure_nouns", "giver_preps", "imputed_acts",
    "firing_verbs",
    "own_retreat_modes", "casualty_verbs", "death_verbs", "outcome_verbs", "death_nouns",
    "standing_verbs", "toll_nouns", "referred_deals", "deal_told_verbs", "deal_nouns",
    "deal_ending_verbs", "standing_threats",
    "job_heads", "use_heads", "news_nouns", "told_nouns",
    "operation_words", "figurative_types", "abstract_sides", "compelling_verbs", "warning_words",
    "mutual_words", "mutual_nouns", "duty_modals", "speaker_pronouns", "public_sectors",
    "duty_states",
)
# (MOBILIZE since types12: "patrols are being carried out", "after two days of exercises
# around the island" are labelled events with no side named)
BARE_NOUN_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST", "AID", "CONCEDE", "MOBILIZE"})
WORD = re.compile(r"^[a-z][a-z-]*$")


@pytest.fixture(scope="module")
def data() -> dict[str, Any]:
    with YAML_PATH.open(encoding="utf-8") as fh:
        loaded = yaml.safe_load(fh)
    assert isinstance(loaded, dict)
    return loaded


def _entries(data: dict[str, Any], table: str) -> list[dict[str, Any]]:
    entries = data[table]
    assert isinstance(entries, list) and entries
    return entries


# ------------------------------------------------------------------ types


def test_header(data):
    assert data["version"] == 1
    assert data["quads"] == {
        1: "verbal cooperation",
        2: "material cooperation",
        3: "verbal conflict",
        4: "material conflict",
    }


def test_all_sixteen_types_exactly(data):
    assert set(data["types"]) == PLOVER_TYPES


TYPE_KEYS = ("dating", "place_targets", "reaction", "outcomes", "armed", "harms", "conditioned",
             "venue", "people_target")


@pytest.mark.parametrize("name", sorted(PLOVER_TYPES))
def test_type_fields(data, name):
    t = data["types"][name]
    assert set(t) <= {"quad", "cameo", "description", "modes", "target_preps", "reciprocal",
                      "announced", "restrained", "bare_nouns", "dating", "place_targets",
                      "reaction", "outcomes", "armed", "harms", "conditioned", "mutual_modes",
                      "venue", "bare_modes", "people_target"}
    for key in TYPE_KEYS:
        assert isinstance(t.get(key, False), bool), key
    # nouns that tell an event with no actor named: only types whose acts are material or
    # concessions (docs/LABELLING.md); a bare "talks" or "threat" is no event
    assert t.get("bare_nouns", False) is (name in BARE_NOUN_TYPES)
    # ... or one mode of another type: an inquiry is news by itself
    assert not (t.get("bare_nouns") and t.get("bare_modes"))
    assert set(t.get("bare_modes") or ()) <= set(t["modes"])
    if "announced" in t:  # the type an announcement of this act is as well
        assert t["announced"] in data["types"] and t["announced"] != name
    assert t["quad"] == EXPECTED_QUADS[name]
    assert t["quad"] in data["quads"]
    cameo = t["cameo"]
    assert isinstance(cameo, str) and re.fullmatch(r"\d\d", cameo), cameo
    assert 3 <= int(cameo) <= 20  # CAMEO 01/02 were dropped by PLOVER
    assert isinstance(t["description"], str) and t["description"].strip()
    modes = t["modes"]
    assert isinstance(modes, list)
    assert all(isinstance(m, str) and m for m in modes)
    assert len(modes) == len(set(modes))
    preps = t["target_preps"]
    assert isinstance(preps, list) and preps
    assert all(isinstance(p, str) and WORD.match(p) for p in preps), preps


def test_type_keys_read_by_the_lexicon(data):
    """The type keys the coder reads through ``Lexicon.types_with``: armed force (its
    place targets, its told outcomes, a state's adjective as its military) is ASSAULT's;
    an act told with what it did is also SANCTION's and AID's ("trained and equipped the
    unit": one help); the nouns whose year dates what they led to are the material
    conflicts'."""
    from actorgraph.coding.lexicon import load_lexicon

    lex = load_lexicon()
    for key in TYPE_KEYS:
        assert lex.types_with(key) == {n for n, t in data["types"].items() if t.get(key)}, key
    assert lex.types_with("armed") == {"ASSAULT"}
    assert lex.types_with("outcomes") == {"ASSAULT", "SANCTION", "AID"}
    assert lex.types_with("place_targets") == {"ASSAULT"}
    assert lex.types_with("dating") == {"ASSAULT", "COERCE", "MOBILIZE", "PROTEST"}
    assert lex.types_with("reaction") == {"ACCUSE", "SUPPORT", "REJECT"}
    assert lex.types_with("harms") == {"ASSAULT", "COERCE", "SANCTION"}
    assert lex.types_with("conditioned") == {"THREATEN"}



def test_cameo_roots_follow_plover_table(data):
    roots = {name: t["cameo"] for name, t in data["types"].items()}
    assert roots["AGREE"] == "03"
    assert roots["CONSULT"] == "04"
    assert roots["SUPPORT"] == "05"
    assert roots["COOPERATE"] == "06"
    assert roots["AID"] == "07"
    assert roots["CONCEDE"] == roots["RETREAT"] == "08"
    assert roots["REQUEST"] == "10"
    assert roots["ACCUSE"] == "11"
    assert roots["REJECT"] == "12"
    assert roots["THREATEN"] == "13"
    assert roots["PROTEST"] == "14"
    assert roots["MOBILIZE"] == "15"
    assert roots["SANCTION"] == "16"
    assert roots["COERCE"] == "17"
    assert roots["ASSAULT"] == "18"


def test_core_plover_modes_present(data):
    modes = {name: set(t["modes"]) for name, t in data["types"].items()}
    assert {
        "beat", "firearms", "explosives", "abduct", "massacre", "assassinate"
    } <= modes["ASSAULT"]
    assert {"arrest", "deport", "ban", "censor", "curfew", "confiscate"} <= modes["COERCE"]
    assert {"withdraw", "release", "return", "disarm", "ceasefire"} <= modes["RETREAT"]
    assert {"troops", "police", "militia", "weapons"} <= modes["MOBILIZE"]
    assert {"demo", "riot", "strike", "hunger", "boycott"} <= modes["PROTEST"]
    assert {"convict", "expel", "withdraw", "discontinue"} <= modes["SANCTION"]
    assert {"visit", "phone"} <= modes["CONSULT"]


# ------------------------------------------------------------ predicates


@pytest.mark.parametrize("table", ["predicates", "nouns"])
def test_entries_are_well_formed(data, table):
    types = data["types"]
    for n, e in enumerate(_entries(data, table), 1):
        where = f"{table}[{n}] {e.get('lemma')!r}"
        assert isinstance(e, dict), where
        assert set(e) <= ENTRY_KEYS, f"{where}: unexpected keys {set(e) - ENTRY_KEYS}"
        assert isinstance(e["lemma"], str), where
        assert e["type"] in types, where
        if "mode" in e:
            assert e["mode"] in types[e["type"]]["modes"], f"{where}: mode {e['mode']!r}"
        if "cameo" in e:
            assert isinstance(e["cameo"], str) and re.fullmatch(r"\d{2,4}", e["cameo"]), where
        for key in ("objects", "subjects", "complements", "unless"):
            if key in e:
                objs = e[key]
                assert isinstance(objs, list) and objs, where
                assert all(isinstance(o, str) and o.strip() == o and o for o in objs), where
                assert len(objs) == len(set(objs)), f"{where}: repeated {key[:-1]}"
        for key in ("target_preps", "doer_preps"):
            if key in e:
                preps = e[key]
                assert isinstance(preps, list) and preps, where
                assert all(isinstance(p, str) and WORD.match(p) for p in preps), f"{where}: {preps}"
        if "passive" in e:
            assert isinstance(e["passive"], bool), where
        for flag in ("intransitive", "transitive", "described", "active", "imputes", "mutual",
                     "question", "received", "finite", "felt", "readiness"):
            if flag in e:
                assert isinstance(e[flag], bool), where
        assert not (e.get("intransitive") and e.get("transitive")), where
        for key in ("joint", "also", "hostile"):  # the act when sides do it together; a
            # second act; the threat a readiness for force makes
            if key in e:
                other = e[key]
                assert set(other) <= {"type", "mode", "cameo"}, where
                assert other["type"] in types and other["type"] != e["type"], where
                assert other.get("mode") is None or other["mode"] in types[other["type"]]["modes"]
        if "note" in e:
            assert isinstance(e["note"], str) and e["note"].strip(), where


@pytest.mark.parametrize("table", ["predicates", "nouns"])
def test_lemma_shape(data, table):
    for e in _entries(data, table):
        words = e["lemma"].split(" ")
        # verb + particle/preposition at most; nouns are single words because
        # the lexicon indexes triggers by their first word.
        assert len(words) <= (2 if table == "predicates" else 1), e["lemma"]
        for w in words:
            assert WORD.match(w), f"{e['lemma']!r} is not lowercase ASCII letters/hyphens"


@pytest.mark.parametrize("table", ["predicates", "nouns"])
def test_no_duplicate_triggers(data, table):
    seen = Counter(
        (e["lemma"], *(frozenset(e.get(k) or ()) for k in ("objects", "subjects", "complements")))
        for e in _entries(data, table)
    )
    dupes = [k for k, c in seen.items() if c > 1]
    assert not dupes, dupes


@pytest.mark.parametrize("table", ["predicates", "nouns"])
def test_object_lists_do_not_overlap_for_a_lemma(data, table):
    """One (lemma, object) pair must point to one event type/mode (among entries that ask
    the same of the subject and complement)."""
    owner: dict[tuple[str, str, frozenset[str], frozenset[str]], str] = {}
    for e in _entries(data, table):
        for o in e.get("objects") or ():
            key = (e["lemma"], o, frozenset(e.get("subjects") or ()),
                   frozenset(e.get("complements") or ()))
            label = f"{e['type']}/{e.get('mode')}"
            assert key not in owner, f"{key} is both {owner[key]} and {label}"
            owner[key] = label


def test_sizes(data):
    assert len(data["predicates"]) >= 400
    assert len(data["nouns"]) >= 60


def test_every_type_has_enough_predicates(data):
    counts = Counter(e["type"] for e in data["predicates"])
    thin = {t: counts[t] for t in PLOVER_TYPES if counts[t] < 8}
    assert not thin, thin


def test_every_type_has_a_noun(data):
    counts = Counter(e["type"] for e in data["nouns"])
    assert set(counts) == PLOVER_TYPES


def _find(data, lemma, obj=None, table="predicates"):
    out = []
    for e in data[table]:
        if e["lemma"] != lemma:
            continue
        objs = e.get("objects")
        bare = not (objs or e.get("subjects") or e.get("complements"))
        if obj is None and bare or obj is not None and objs and obj in objs:
            out.append(e)
    return out


def test_ambiguous_verbs_are_disambiguated(data):
    # Light or ambiguous verbs only fire with a listed object.
    for lemma in ("launch", "take", "hold", "make", "issue", "wage", "carry out", "return",
                  "establish", "found", "form", "send", "open", "sign"):
        assert not _find(data, lemma), f"{lemma!r} must not have a bare entry"
    assert _find(data, "strike", "deal")[0]["type"] == "AGREE"
    assert _find(data, "strike")[0]["type"] == "ASSAULT"
    assert _find(data, "hold", "talk")[0]["type"] == "CONSULT"
    assert _find(data, "hold", "protest")[0]["type"] == "PROTEST"
    assert _find(data, "launch", "offensive")[0]["type"] == "ASSAULT"
    assert _find(data, "take", "control")[0]["type"] == "COERCE"
    assert _find(data, "establish", "militia")[0]["type"] == "MOBILIZE"
    assert _find(data, "establish", "militia")[0]["mode"] == "militia"
    assert _find(data, "impose", "sanction")[0]["type"] == "SANCTION"
    assert _find(data, "impose", "curfew")[0]["type"] == "COERCE"
    assert _find(data, "expel", "diplomat")[0]["type"] == "SANCTION"
    assert _find(data, "expel")[0]["type"] == "COERCE"
    assert _find(data, "call for")[0]["type"] == "REQUEST"
    assert _find(data, "support")[0]["type"] == "SUPPORT"
    assert _find(data, "support", "militia")[0]["type"] == "AID"


def test_triggers_from_the_example_thread(data):
    lemmas = {e["lemma"] for e in data["predicates"]}
    for lemma in ("invade", "reject", "found", "fight", "arm", "train", "bomb", "destroy",
                  "deny", "accuse", "supply", "attack", "seize", "mobilize", "withdraw",
                  "storm", "kill", "fire", "control"):
        assert lemma in lemmas, lemma
    nouns = {e["lemma"] for e in data["nouns"]}
    for lemma in ("invasion", "war", "strike", "backing", "ceasefire", "funding"):
        assert lemma in nouns, lemma


# ------------------------------------------------------------------- cues


def test_cues_present_and_non_empty(data):
    cues = data["cues"]
    assert set(cues) == set(CUE_LISTS)  # tests/test_data_keys.py checks the coder reads each
    for name in CUE_LISTS:
        words = cues[name]
        assert isinstance(words, list) and words, name
        # YAML 1.1 turns unquoted no/on/off/yes into booleans: everything must stay a string.
        assert all(isinstance(w, str) and w.strip() == w and w for w in words), name
        assert len(words) == len(set(words)), f"{name} has repeats"


def test_cue_contents(data):
    cues = data["cues"]
    assert "according to" in cues["report_phrases"]
    assert {"say", "claim", "allege"} <= set(cues["report_verbs"])
    assert {"deny", "refute"} <= set(cues["denial_verbs"])
    assert "reject" not in cues["denial_verbs"]  # rejecting a proposal is not denying a claim
    assert {"no", "not", "n't", "never", "fail", "refuse"} <= set(cues["negation_words"])
    assert {"aspire", "plan", "intend"} <= set(cues["intention_verbs"])
    assert {"will", "shall"} <= set(cues["future_markers"])
    assert {"if", "would"} <= set(cues["hypothetical_markers"])
    assert not set(cues["opinion_verbs"]) & set(cues["intention_verbs"])
    assert not set(cues["report_verbs"]) & set(cues["opinion_verbs"])


def test_report_verbs_are_not_plain_event_triggers(data):
    """A report verb may only be an event trigger when restricted by objects or by the
    complement it takes ("told his fighters to pull out", not "told reporters")."""
    report = set(data["cues"]["report_verbs"])
    bare = {e["lemma"] for e in data["predicates"]
            if not e.get("objects") and not e.get("complements")}
    assert not report & bare, sorted(report & bare)


# -------------------------------------------------------------- integration


def test_project_loader_accepts_the_file():
    lexicon = pytest.importorskip("actorgraph.coding.lexicon")
    lexicon.load_lexicon.cache_clear()
    lex = lexicon.load_lexicon()
    assert set(lex.types) == PLOVER_TYPES
    assert any(p.type == "ASSAULT" for p in lex.verbs["attack"])
    assert lex.cue("negation_words") >= {"no", "not"}
