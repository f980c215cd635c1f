"""Trigger entries from the CAMEO verb dictionary (PETRARCH2's ``CAMEO.2.0.txt``).

Build time (:func:`convert_verbs`): each verb block of the CAMEO file gives

* ``bare`` entries: a verb with its own (or its block's) CAMEO code;
* ``object`` entries: a verb whose pattern names its direct object
  (``- * {HUMANITARIAN AID} [0233]`` under ASK: "ask ... humanitarian aid");
* ``particle`` entries: a verb with the preposition its patterns open with
  (``- * (FOR HELP) [023]``: "appeal for"), when all of them agree on the type.

CAMEO codes become PLOVER types and modes through :data:`CAMEO_TO_PLOVER`
(the project's reading of the CAMEO to PLOVER crosswalk; CAMEO 01, public
statements, has no PLOVER type and is left out). Entries are grouped
``TYPE/kind`` and written to ``data/phoenix/cameo_verbs.json`` with the list
of groups that the development set says help (``enabled``, chosen by
``bench/cameo_verbs.py``).

Run time (:func:`cameo_entries`): :func:`actorgraph.coding.lexicon.load_lexicon`
appends the enabled entries after ``plover.yaml``'s, so a hand-written entry
wins wherever both match; a bare CAMEO verb is not added for a verb the
hand-written lexicon already has, nor for one of its cue words.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from importlib import resources
from pathlib import Path
from typing import Any

__all__ = ["CAMEO_TO_PLOVER", "cameo_entries", "convert_verbs", "plover_of", "singular",
           "write_verbs"]

DATA = ("data", "phoenix", "cameo_verbs.json")

#: CAMEO code prefix -> (PLOVER type, mode). The longest listed prefix of a code wins.
CAMEO_TO_PLOVER: dict[str, tuple[str, str | None]] = {
    "02": ("REQUEST", None), "021": ("REQUEST", "assist"), "023": ("REQUEST", "assist"),
    "024": ("REQUEST", "change"), "025": ("REQUEST", "yield"), "026": ("REQUEST", "meet"),
    "03": ("AGREE", None),
    "04": ("CONSULT", None), "042": ("CONSULT", "visit"), "043": ("CONSULT", "host"),
    "045": ("CONSULT", "third-party"),
    "05": ("SUPPORT", None),
    "06": ("COOPERATE", None), "061": ("COOPERATE", "economic"),
    "062": ("COOPERATE", "military"), "063": ("COOPERATE", "legal"),
    "064": ("COOPERATE", "intelligence"),
    "07": ("AID", None), "071": ("AID", "economic"), "072": ("AID", "military"),
    "073": ("AID", "humanitarian"), "074": ("AID", "peacekeeping"), "075": ("AID", "asylum"),
    "08": ("CONCEDE", None), "0841": ("RETREAT", "release"), "0842": ("RETREAT", "return"),
    "086": ("RETREAT", "access"), "087": ("RETREAT", None), "0871": ("RETREAT", "ceasefire"),
    "0873": ("RETREAT", "disarm"), "0874": ("RETREAT", "withdraw"),
    "09": ("ACCUSE", "investigate"),
    "10": ("REQUEST", None), "104": ("REQUEST", "change"), "105": ("REQUEST", "yield"),
    "11": ("ACCUSE", "disapprove"), "112": ("ACCUSE", "allege"), "111": ("ACCUSE", "disapprove"),
    "12": ("REJECT", None),
    "13": ("THREATEN", None), "138": ("THREATEN", "violence"),
    "14": ("PROTEST", None), "141": ("PROTEST", "demo"), "142": ("PROTEST", "hunger"),
    "143": ("PROTEST", "strike"), "144": ("PROTEST", "obstruct"), "145": ("PROTEST", "riot"),
    "15": ("MOBILIZE", None),
    "16": ("SANCTION", None), "166": ("SANCTION", "expel"),
    "17": ("COERCE", None), "171": ("COERCE", "confiscate"), "172": ("COERCE", "restrict"),
    "173": ("COERCE", "arrest"), "174": ("COERCE", "deport"),
    "18": ("ASSAULT", None), "181": ("ASSAULT", "abduct"), "1822": ("ASSAULT", "torture"),
    "183": ("ASSAULT", "suicide-attack"), "185": ("ASSAULT", "assassinate"),
    "186": ("ASSAULT", "assassinate"),
    "19": ("ASSAULT", None), "193": ("ASSAULT", "firearms"), "194": ("ASSAULT", "heavy-weapons"),
    "195": ("ASSAULT", "aerial"),
    "20": ("ASSAULT", None), "201": ("ASSAULT", "cleansing"), "202": ("ASSAULT", "massacre"),
    "204": ("ASSAULT", "unconventional"),
}
_CODE = re.compile(r"\[(\d{2,4}|---)\]")
_WORD = re.compile(r"^[A-Z][A-Z'\-]*$")


def plover_of(code: str) -> tuple[str, str | None] | None:
    """The PLOVER (type, mode) of a CAMEO code, or None (01x statements, null codes)."""
    for n in range(len(code), 1, -1):
        if code[:n] in CAMEO_TO_PLOVER:
            return CAMEO_TO_PLOVER[code[:n]]
    return None


def singular(word: str) -> str:
    """A noun without its plural ending ("missiles": missile, "militias": militia,
    "parties": party), for matching two mentions of one thing."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def convert_verbs(text: str) -> dict[str, list[dict[str, Any]]]:
    """Lexicon entries from a CAMEO verb dictionary's text, grouped ``TYPE/kind``."""
    synsets: dict[str, list[str]] = {}
    current_set: str | None = None
    blocks: list[dict[str, Any]] = []
    block: dict[str, Any] | None = None
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            current_set = None if not raw.strip() else current_set
            continue
        if line.startswith("&"):
            current_set = line.strip().rstrip("_")
            synsets[current_set] = []
            continue
        if current_set and line.startswith("+"):
            synsets[current_set].append(line[1:].strip().strip("_").replace("_", " ").lower())
            continue
        current_set = None
        if line.startswith("---"):
            m = _CODE.search(line)
            block = {"code": m.group(1) if m else "---", "verbs": [], "patterns": []}
            blocks.append(block)
            continue
        if block is None or line.startswith("~"):
            continue
        if line.startswith("-"):
            m = _CODE.search(line)
            if m:
                block["patterns"].append((line[1 : m.start()].strip(), m.group(1)))
            continue
        head = re.sub(r"\{[^}]*\}", "", line).strip()
        m = _CODE.search(head)
        code = m.group(1) if m else None
        word = _CODE.sub("", head).strip()
        if word.startswith("+") and "_" in word:  # +ASK_FOR: verb + particle
            parts = word[1:].lower().split("_")
            if len(parts) == 2:
                block["verbs"].append((" ".join(parts), code))
        elif _WORD.match(word):
            block["verbs"].append((word.lower(), code))

    def expand(term: str) -> list[str]:
        term = term.strip()
        if term.startswith("&"):
            return synsets.get(term.rstrip("_"), [])
        return [term.lower()]

    groups: dict[str, dict[tuple[str, str, frozenset[str]], dict[str, Any]]] = defaultdict(dict)
    particle_types: dict[str, set[tuple[str, str | None, str]]] = defaultdict(set)

    def add(kind: str, lemma: str, code: str, objects: frozenset[str] = frozenset()) -> None:
        plover = plover_of(code)
        if plover is None:
            return
        etype, mode = plover
        key = (lemma, etype, objects)
        entry: dict[str, Any] = {"lemma": lemma, "type": etype, "cameo": code}
        if mode:
            entry["mode"] = mode
        if objects:
            entry["objects"] = sorted(objects)
        groups[f"{etype}/{kind}"].setdefault(key, entry)

    for b in blocks:
        verbs = [(v, c or (b["code"] if b["code"] != "---" else None)) for v, c in b["verbs"]]
        for verb, code in verbs:
            if code:
                add("bare", verb, code)
        heads = [v for v, _ in verbs if " " not in v]
        for pattern, code in b["patterns"]:
            if code == "---" or "*" not in pattern:
                continue
            before, after = (p.strip() for p in pattern.split("*", 1))
            if before:
                continue  # nouns before the verb: the lexicon has no such slot
            prep = re.match(r"^\((\w+)\b", after)
            if prep:
                for verb in heads:
                    plover = plover_of(code)
                    if plover:
                        particle_types[f"{verb} {prep.group(1).lower()}"].add((*plover, code))
                continue
            m = re.match(r"^(\{[^}]*\}|&?[A-Z][A-Z_'\-]*)\s*$", after)
            if not m:
                continue
            phrase = m.group(1).strip("{}").split()
            if not phrase:
                continue
            *mods, noun = phrase
            if any(w.startswith("&") for w in mods) or len(mods) > 1:
                continue
            nouns = {singular(n) for n in expand(noun) if " " not in n}
            objects = (
                frozenset(f"{mods[0].lower()} {n}" for n in nouns) if mods else frozenset(nouns)
            )
            if objects:
                for verb in heads:
                    add("object", verb, code, objects)
    for lemma, found in particle_types.items():
        if len({(t, m) for t, m, _ in found}) == 1:
            etype, mode, code = next(iter(found))
            add("particle", lemma, code)
    # One (lemma, objects) with two types is ambiguous: dropped from every group.
    seen: dict[tuple[str, frozenset[str]], set[str]] = defaultdict(set)
    for entries in groups.values():
        for lemma, etype, objects in entries:
            seen[(lemma, objects)].add(etype)
    return {
        g: [e for (lemma, _, objects), e in sorted(entries.items(), key=lambda kv: kv[0][0])
            if len(seen[(lemma, objects)]) == 1]
        for g, entries in sorted(groups.items())
    }


def write_verbs(groups: dict[str, list[dict[str, Any]]], path: str | Path,
                enabled: list[str] | None = None) -> None:
    """Write the converted groups, with the ``enabled`` list (all groups when None)."""
    # JSON, one entry a line: read in milliseconds at start-up (YAML took a third of a second).
    names = sorted(groups) if enabled is None else sorted(enabled)
    lines = ['{"about": "Trigger entries converted from PETRARCH2\'s CAMEO.2.0.txt (MIT, see '
             'NOTICE) by scripts/convert_phoenix.py; enabled: the groups bench/cameo_verbs.py '
             'kept",',
             f' "enabled": {json.dumps(names)},', ' "groups": {']
    for i, (name, entries) in enumerate(sorted(groups.items())):
        lines.append(f"  {json.dumps(name)}: [")
        lines += [f"   {json.dumps(e, ensure_ascii=False)}" + ("," if j < len(entries) - 1 else "")
                  for j, e in enumerate(entries)]
        lines.append("  ]" + ("," if i < len(groups) - 1 else ""))
    lines.append(" }}")
    Path(path).write_text("\n".join(lines) + "\n", "utf-8")


def cameo_entries(groups: list[str] | None = None) -> list[dict[str, Any]]:
    """The packaged CAMEO entries of ``groups`` (default: the enabled ones)."""
    ref = resources.files("actorgraph").joinpath(*DATA)
    try:
        data = json.loads(ref.read_text("utf-8"))
    except (FileNotFoundError, OSError):
        return []
    wanted = data.get("enabled", []) if groups is None else groups
    return [e for g in wanted for e in data.get("groups", {}).get(g, [])]
