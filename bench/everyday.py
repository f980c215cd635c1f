"""Two figures of the analyst's everyday loop on the labelled set (bench/data/events.jsonl).

- geocoding coverage: of the coded events that have a place, how many have coordinates
  (what the map page can show), and the same for the gold places of the labelled events;
- the actor list: how many provisional actors (names outside the dictionaries) are not
  actors at all: places the gazetteer knows, hashtags, handles the dictionary knows,
  vessels, dates, quantities and agreements.

    python bench/everyday.py [--src DIR] [--json]

``--src`` codes with another checkout's sources (to measure before a change).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
LABELLED = HERE / "data" / "events.jsonl"

_VESSEL = re.compile(r"^(?:the\s+)?(?:MV|MT|M/V|USS|HMS|INS|RFS|SS)\s|\b(?:ship|vessel|tanker|"
                     r"frigate|destroyer|carrier)\b", re.IGNORECASE)
_NUMBER = re.compile(r"^[\d.,]+\b|\b(?:hundreds?|thousands?|dozens?|millions?)\b", re.IGNORECASE)
_DATE = re.compile(r"\b(?:january|february|march|april|may|june|july|august|september|"
                   r"october|november|december|monday|tuesday|wednesday|thursday|friday|"
                   r"saturday|sunday|\d{4})\b", re.IGNORECASE)


def not_an_actor(name: str, gazetteer, dictionary) -> str | None:
    """Why the provisional actor ``name`` is not an actor, or None."""
    text = name.strip()
    if text.startswith("#"):
        return "hashtag"
    if text.startswith("@") and dictionary is not None:
        found = dictionary.search(text.lstrip("@").rstrip("_"))
        if found:
            return "handle of a known actor"
    if _VESSEL.search(text):
        return "vessel"
    if _DATE.search(text):
        return "date"
    if _NUMBER.search(text):
        return "quantity"
    if re.search(r"\b(?:treaty|accords?|agreement|convention|pact)$", text, re.IGNORECASE):
        return "agreement"
    bare = re.sub(r"^the\s+", "", text, flags=re.IGNORECASE)
    if gazetteer.resolve(bare) is not None:
        return "place"
    ends = re.split(r"\s+to\s+", bare)
    if len(ends) == 2 and all(gazetteer.resolve(e) is not None for e in ends):
        return "place"
    return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--src", default=str(HERE.parent / "src"),
                    help="the actorgraph sources to code with (default: this checkout's)")
    ap.add_argument("--json", action="store_true", help="print JSON only")
    args = ap.parse_args()
    sys.path.insert(0, args.src)
    from actorgraph.actors.dictionary import load_dictionary
    from actorgraph.coding.documents import DocumentCoder
    from actorgraph.coding.places import load_gazetteer
    from actorgraph.models import Document, Post
    from actorgraph.settings import Settings

    items = [json.loads(line) for line in LABELLED.read_text("utf-8").splitlines()
             if line.strip()]
    coder = DocumentCoder.shared(Settings())
    gazetteer = load_gazetteer()
    dictionary = load_dictionary(())
    docs = [Document(id=it["id"], text=it["text"], posts=(Post(1, it["text"], 0,
                                                               len(it["text"])),),
                     format="text", published=it.get("published")) for it in items]
    placed = with_coords = 0
    places: Counter[str] = Counter()
    missing: Counter[str] = Counter()
    provisional: dict[str, str] = {}
    for coded in coder.code_many(docs):
        for e in coded.events:
            if e.location is not None:
                placed += 1
                places[e.location.name] += 1
                if e.location.lat is not None and e.location.lon is not None:
                    with_coords += 1
                else:
                    missing[e.location.name] += 1
        for a in coded.actors.values():
            if a.provisional:
                provisional[a.id] = a.name
    gold_placed = gold_coords = 0
    for it in items:
        for g in it.get("events", []):
            if g.get("location"):
                gold_placed += 1
                loc = gazetteer.resolve(g["location"])
                gold_coords += bool(loc and loc.lat is not None)
    reasons = Counter()
    examples: dict[str, list[str]] = {}
    for name in provisional.values():
        why = not_an_actor(name, gazetteer, dictionary)
        if why:
            reasons[why] += 1
            examples.setdefault(why, []).append(name)
    report = {
        "src": args.src,
        "geocoding": {"events_with_place": placed, "with_coordinates": with_coords,
                      "share": round(with_coords / placed, 3) if placed else None,
                      "places": len(places), "places_without_coordinates": sorted(missing)},
        "gold_places": {"events_with_place": gold_placed, "resolved_with_coordinates":
                        gold_coords, "share": round(gold_coords / gold_placed, 3)
                        if gold_placed else None},
        "provisional_actors": {"total": len(provisional), "not_actors": sum(reasons.values()),
                               "by_reason": dict(reasons),
                               "examples": {k: sorted(v)[:8] for k, v in examples.items()}},
    }
    print(json.dumps(report, indent=None if args.json else 1, ensure_ascii=False))


if __name__ == "__main__":
    main()
