"""Who says what, measured on one split of the labelled corpus.

    python bench/attribution.py [--split dev] [--json] [--show]

Three figures (``score``; ``bench/accuracy.py --attribution SPLIT`` prints them too):

* **asserter**: of the gold events a named source asserts (``asserted_by`` set) that the
  coder finds (paired as in ``bench/accuracy.py``; coded events it cannot tell apart are
  then matched to the gold events by their asserters), the share whose asserter is right: the
  same actor id, or one the other's unit (the speaker named at a coarser or finer level of
  the id tree: "Manila" PHL for PHL.GOV, "the UN" IGO.UN for IGO.UN.SC; never a sibling);
  or, when the coder's speaker has no dictionary id (none, or a provisional or generic
  one: the dictionary's gap, not attribution's), a content word (not a pronoun; a
  possessive is its owner) in common with the gold speaker's words, or the very same
  words where one side has no content word ("THEM" and "THEM", the one mention of a
  short item); the same for a gold speaker without id. Coded events of a type that
  ``accuracy._pair`` (ids only) paired crosswise are first put back by the words of
  their sources and targets.
  ``asserter_id_right`` counts the same actor id only (no units, no words), over every
  attributed event (a gold speaker without id counts wrong: the figure's ceiling is the
  share of speakers with one); ``asserter_id_of_named`` over the gold speakers with an id
  only. Beside them,
  ``author_kept``: of the found events the author asserts, the share the coder leaves
  with the author (over-attribution shows here).
* **responsibility**: events of items tagged ``responsibility-claim`` whose claimant is
  both source and asserter: found, and right on both (the same party, as above).
* **rebuttal pairs**: in gold, the events of one passage that share a ``claim_group``
  form a contest between two parties: who asserts (``stance: asserts``) and who denies or
  disputes. A party is the event's asserter, or the author when none is named (for a
  REJECT without asserter, its source: the one who rejects). The coder's pairs are read the
  way the store reads them: events of one document with the same merge key where one
  mention asserts and another denies, and claims that deny or dispute an event (the
  claim's holder: its actor id, else its words, else the author), and claims on a
  proposition with no event (``Claim.event`` None): the claims of one ``topic``, each that
  asserts it against each that denies or disputes it (a denial alone is no pair). A coded
  pair is right when its two parties are the two parties of a gold contest in the same
  item (either way round), each party the same as above; a unit and its state still count
  as two parties of one contest ("the IRGC admitted" against "Iran denied"). Precision is
  over coded pairs, recall over gold contests. One definition for both kinds of pair: gold
  contests are labelled as events (type and actors, no span or trigger), and a proposition
  is words the coder codes no event for, so neither kind is compared to the gold events'
  content, only to the item and its two parties, as pairs on events always were (the
  scorer's pairs on events are read exactly as before).

Tune on train and dev only; the test split is for the figure reported once.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

from labelled import same_actor  # noqa: E402
from splits import whole_pool  # noqa: E402

_STOP = {"the", "a", "an", "of", "and", "'s", "its", "their", "his", "her", "in", "on", "s",
         "said", "says", "say", "to", "by", "for", "from", "at", "with", "who",
         "he", "she", "it", "they", "we", "i", "him", "them", "this", "that"}
AUTHOR = ("author", None, None)
Party = tuple[str, str | None, str | None]  # (kind, actor id, words): kind id/text/author


def _words(text: str | None) -> set[str]:
    # a possessive is its owner ("Duarte's declaration": duarte)
    text = re.sub(r"['\u2019]s\b", " ", (text or "").lower())
    return {w for w in re.findall(r"[\w'-]+", text) if w not in _STOP}


def _said_alike(a: str | None, b: str | None) -> bool:
    """The same words, where one side has no content words ("THEM" and "THEM"): the one
    mention a short item has, which a scorer by content words could never match."""
    if not a or not b or (_words(a) and _words(b)):
        return False
    return " ".join(a.lower().split()) == " ".join(b.lower().split())


def _gold_party(e: dict, as_rejecter: bool = False) -> Party:
    if e.get("asserted_by_id") or e.get("asserted_by"):
        return ("id" if e.get("asserted_by_id") else "text", e.get("asserted_by_id"),
                e.get("asserted_by"))
    if as_rejecter and e["type"] == "REJECT" and (e.get("source_id") or e.get("source")):
        return ("id" if e.get("source_id") else "text", e.get("source_id"), e.get("source"))
    return AUTHOR


def _unresolved(p: Party) -> bool:
    # provisional ("PRV.") and generic ("GEN.": "Tuareg-led rebels") ids are the coder's
    # own, not the dictionary's
    return p[1] is None or p[1].startswith(("PRV.", "GEN."))


def _within(a: str, b: str) -> bool:
    """Whether id ``a`` is ``b`` or a unit of it ("PHL.GOV" within "PHL")."""
    return a == b or a.startswith(b + ".")


def _same(a: Party, b: Party, strict: bool = False, units: bool = True) -> bool:
    """The same party: the same actor id, or (with ``units``, unless ``strict``) one a unit
    of the other ("the UN" for "a UN panel", IGO.UN and IGO.UN.SC; "Manila" for "the
    Philippine government"); or, where one side has no dictionary id (none, or a
    provisional one), a content word (not a pronoun) in common."""
    if a[0] == "author" or b[0] == "author":
        return a[0] == b[0]
    if a[1] is not None and (a[1] == b[1] or same_actor(a[1], b[1]) or same_actor(b[1], a[1])):
        return True  # (a provisional person answers the gold person of that name)
    if strict or not (_unresolved(a) or _unresolved(b)):
        return not strict and units and a[1] is not None and b[1] is not None and (
            _within(a[1], b[1]) or _within(b[1], a[1]))
    return bool(_words(a[2]) & _words(b[2])) or _said_alike(a[2], b[2])


def _event_party(e: Any, author: str | None) -> Party:
    if e.asserted_by:
        return ("id", e.asserted_by, e.asserted_by_text)
    if e.asserted_by_text and e.asserted_by_text != author:
        return ("text", None, e.asserted_by_text)
    return AUTHOR


def _asserter_right(g: dict, p: Any, author: str | None, strict: bool = False) -> bool:
    return _same(_gold_party(g), _event_party(p, author), strict)


def _likeness(g: dict, p: Any) -> tuple[int, int]:
    """How well coded event ``p`` matches gold event ``g``, asserters aside: (the same
    source and target ids, two missing ids not counting as the same; their texts' words
    in common)."""
    ids = sum(bool(g.get(k)) and g.get(k) == v
              for k, v in (("source_id", p.source), ("target_id", p.target)))
    words = bool(_words(g.get("source")) & _words(p.source_text)) + bool(
        _words(g.get("target")) & _words(p.target_text))
    return ids, words


def _pair_speakers(gold: list[dict], pred: Sequence[Any], author: str | None) -> list:
    """``accuracy._pair``, with two corrections. Coded events of one type that it paired
    crosswise (its pairing reads ids only: two targets without ids look alike) are swapped
    where the words of their source and target fit the other gold event better ("bombed a
    refugee camp and civilian settlements") and their ids no worse. Then coded events it
    could not tell apart (the same type, source and target: "Iran denied arming the
    Houthis" and the investigators' account of the same act) are swapped between their
    gold events where that gets more asserters right, and a coded event left over takes
    the place of one it cannot be told from where its asserter is right."""
    from accuracy import _pair

    pairs = _pair(gold, list(pred))
    for i in range(len(pairs)):
        for j in range(i + 1, len(pairs)):
            (g1, p1), (g2, p2) = pairs[i], pairs[j]
            if p1.type != p2.type:
                continue
            (i_now, w_now), (i_now2, w_now2) = _likeness(g1, p1), _likeness(g2, p2)
            (i_swap, w_swap), (i_swap2, w_swap2) = _likeness(g1, p2), _likeness(g2, p1)
            if w_swap + w_swap2 > w_now + w_now2 and i_swap + i_swap2 >= i_now + i_now2:
                pairs[i], pairs[j] = (g1, p2), (g2, p1)
    for i in range(len(pairs)):
        for j in range(i + 1, len(pairs)):
            (g1, p1), (g2, p2) = pairs[i], pairs[j]
            if (p1.type, p1.source, p1.target) != (p2.type, p2.source, p2.target):
                continue
            now = _asserter_right(g1, p1, author) + _asserter_right(g2, p2, author)
            if _asserter_right(g1, p2, author) + _asserter_right(g2, p1, author) > now:
                pairs[i], pairs[j] = (g1, p2), (g2, p1)
    # a coded event left over that the pairing could not tell from the one it took (the
    # author's report of an accusation beside the accuser's own charge) takes its place
    # where its asserter is the gold one's
    used = {id(p) for _, p in pairs}
    for i, (g, p) in enumerate(pairs):
        if _asserter_right(g, p, author):
            continue
        for q in pred:
            if id(q) not in used and (q.type, q.source, q.target) == (
                    p.type, p.source, p.target) and _asserter_right(g, q, author):
                pairs[i] = (g, q)
                used.discard(id(p))
                used.add(id(q))
                break
    return pairs


def gold_contests(item: dict) -> list[tuple[list[Party], list[Party]]]:
    """(asserting parties, countering parties) of each claim group of ``item``."""
    groups: dict[str, list[dict]] = {}
    for e in item["events"]:
        if e.get("claim_group"):
            groups.setdefault(e["claim_group"], []).append(e)
    out = []
    for events in groups.values():
        sides: dict[str, list[Party]] = {"asserts": [], "counter": []}
        for e in events:
            side = "asserts" if e.get("stance") == "asserts" else "counter"
            party = _gold_party(e, as_rejecter=True)
            if not any(_same(party, q, units=False) for q in sides[side]):
                sides[side].append(party)
        if not sides["asserts"]:  # a denial disputed: the two counter parties face each other
            sides["asserts"], sides["counter"] = sides["counter"][:1], sides["counter"][1:]
        if sides["asserts"] and sides["counter"]:
            out.append((sides["asserts"], sides["counter"]))
    return out


def coded_contests(coded: Any, author: str | None) -> list[tuple[Party, Party]]:
    """(party that asserts, party that denies or disputes) pairs the store would show as
    contests inside this one document."""
    from actorgraph.store.merge import merge_key, place_key, stance

    by_id = {e.id: e for e in coded.events}
    by_key: dict[str, list[Any]] = {}
    for e in coded.events:
        key = merge_key(e.type, e.source, e.target, place_key(e.location), e.modality)
        by_key.setdefault(key, []).append(e)
    pairs: list[tuple[Party, Party]] = []

    def add(a: Party, b: Party) -> None:
        if not _same(a, b, units=False) and not any(
                _same(a, x, units=False) and _same(b, y, units=False) for x, y in pairs):
            pairs.append((a, b))

    for events in by_key.values():
        asserting = [e for e in events if stance(e.modality, e.negated) == "asserts"]
        # (a mention that says the act did not happen denies it, as in the store: "Baku
        # insists its troops never fired ...; Yerevan says otherwise")
        denying = [e for e in events if stance(e.modality, e.negated) == "denies"]
        for a in asserting:
            for d in denying:
                add(_event_party(a, author), _event_party(d, author))
    topics: dict[str, list[Any]] = {}
    for c in coded.claims:
        if getattr(c, "event", None) is None and getattr(c, "topic", None):
            topics.setdefault(c.topic, []).append(c)
    for claims in topics.values():  # a proposition with no event: its asserter, its counter
        for a in claims:
            for d in claims:
                if a.stance == "asserts" and d.stance in ("denies", "disputes"):
                    add(_claim_party(a), _claim_party(d))
    for c in coded.claims:
        if c.stance in ("denies", "disputes") and c.event in by_id:
            e = by_id[c.event]
            counter = _claim_party(c)
            if e.modality == "denied":
                if c.stance == "disputes":  # the denial disputed
                    add(_event_party(e, author), counter)
                continue
            add(_event_party(e, author), counter)
    return pairs


def _claim_party(c: Any) -> Party:
    """Who holds claim ``c``: its actor id, else its holder's words, else the author."""
    words = getattr(c, "asserted_by_text", None)  # (claims before the field: none)
    return ("id", c.asserted_by, words) if c.asserted_by else (
        ("text", None, words) if words else AUTHOR)


def _match(pair: tuple[Party, Party], contest: tuple[list[Party], list[Party]]) -> bool:
    a, b = pair
    left, right = contest
    return (any(_same(a, x) for x in left) and any(_same(b, y) for y in right)) or (
        any(_same(b, x) for x in left) and any(_same(a, y) for y in right))


def score(items: Sequence[dict], coded_docs: Iterable[Any], show: bool = False) -> dict:
    """The three figures for ``items`` and their coded documents (in the same order)."""
    from accuracy import _pair, _share

    asserter, asserter_id, author_kept, resp_found, resp_right = [], [], [], [], []
    named_id: list[bool] = []  # the same id, of the gold speakers that have one
    tp = fp = gold_n = found_n = 0
    for item, coded in zip(items, coded_docs, strict=True):
        author = item.get("author")
        gold = item["events"]
        for g, p in _pair_speakers(gold, coded.events, author):
            if g.get("asserted_by") or g.get("asserted_by_id"):
                ok = _asserter_right(g, p, author)
                asserter.append(ok)
                asserter_id.append(_asserter_right(g, p, author, strict=True))
                if g.get("asserted_by_id"):
                    named_id.append(asserter_id[-1])
                if show and not ok:
                    print(f"asserter {item['id']}: {g['type']} gold {g.get('asserted_by')!r}"
                          f" ({g.get('asserted_by_id')}) coded {p.asserted_by_text!r}"
                          f" ({p.asserted_by})", file=sys.stderr)
            else:
                kept = _event_party(p, author) == AUTHOR
                author_kept.append(kept)
                if show and not kept:
                    print(f"over-attributed {item['id']}: {g['type']} to "
                          f"{p.asserted_by_text!r}", file=sys.stderr)
        if "responsibility-claim" in item.get("phenomena", ()):
            claimed = [g for g in gold if g.get("asserted_by_id") and
                       g.get("asserted_by_id") == g.get("source_id")]
            paired = dict((id(g), p) for g, p in _pair(claimed, coded.events))
            for g in claimed:
                p = paired.get(id(g))
                resp_found.append(p is not None)
                if p is not None:
                    source = _same(("id", g["source_id"], g.get("source")),
                                   ("id", p.source, p.source_text))
                    ok = source and _asserter_right(g, p, author)
                    resp_right.append(ok)
                    if show and not ok:
                        print(f"responsibility {item['id']}: gold {g.get('source')!r} coded "
                              f"{p.source_text!r} ({p.source}) by {p.asserted_by_text!r}",
                              file=sys.stderr)
        contests = gold_contests(item)
        pairs = coded_contests(coded, author)
        gold_n += len(contests)
        found_n += sum(any(_match(p, c) for p in pairs) for c in contests)
        for p in pairs:
            ok = any(_match(p, c) for c in contests)
            tp += ok
            fp += not ok
            if show and not ok:
                print(f"pair not in gold {item['id']}: {p}", file=sys.stderr)
        if show:
            for c in contests:
                if not any(_match(p, c) for p in pairs):
                    print(f"contest missed {item['id']}: {c} coded {pairs}", file=sys.stderr)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = found_n / gold_n if gold_n else 0.0
    return {
        "items": len(items),
        "asserter_right": _share(asserter),
        "asserter_id_right": _share(asserter_id),
        "asserter_id_of_named": _share(named_id),
        "author_kept": _share(author_kept),
        "responsibility_found": _share(resp_found),
        "responsibility_right": _share(resp_right),
        "rebuttal_pairs": {"precision": round(precision, 3), "recall": round(recall, 3),
                           "coded": tp + fp, "gold": gold_n},
    }


def documents(items: Sequence[dict]) -> list[Any]:
    from actorgraph.models import Document, Post

    return [Document(id=it["id"], text=it["text"], format="text",
                     posts=(Post(1, it["text"], 0, len(it["text"]), author=it.get("author")),),
                     published=it.get("published"), author=it.get("author"))
            for it in items]


def attribution(coder: Any, split: str, show: bool = False) -> dict:
    """The figures on ``split`` (``train``, ``dev`` or ``test``) with ``coder``."""
    import labelled

    items = labelled.load(split, quiet=True)
    coded = list(coder.code_many(documents(items)))
    report = {"split": split, **score(items, coded, show=show)}
    whole = [n for n, it in enumerate(items) if whole_pool(it["id"])]
    if whole:  # text no rule writer read item by item (bench/splits.py)
        report["whole_pools"] = score([items[n] for n in whole], [coded[n] for n in whole])
    return report


def summary(report: dict) -> str:
    r = report
    rb = r["rebuttal_pairs"]
    return "\n".join([
        f"who says what on {r['split']} ({r['items']} items):",
        f"  asserter right on found attributed events {r['asserter_right']['accuracy']:>6}"
        f" (n={r['asserter_right']['n']}); same actor id {r['asserter_id_right']['accuracy']}"
        f" ({r['asserter_id_of_named']['accuracy']} of the n={r['asserter_id_of_named']['n']}"
        " gold speakers with an id)",
        f"  author's own events kept as the author's  {r['author_kept']['accuracy']:>6}"
        f" (n={r['author_kept']['n']})",
        f"  claims of responsibility found            {r['responsibility_found']['accuracy']:>6}"
        f" (n={r['responsibility_found']['n']}), claimant right "
        f"{r['responsibility_right']['accuracy']} (n={r['responsibility_right']['n']})",
        f"  rebuttal pairs precision {rb['precision']} recall {rb['recall']}"
        f" (coded {rb['coded']}, gold {rb['gold']})",
        *_whole_pools_line(r.get("whole_pools")),
    ])


def _whole_pools_line(w: dict | None) -> list[str]:
    if not w:
        return []
    rb = w["rebuttal_pairs"]
    return [f"  of which whole writer pools ({w['items']} items): asserter"
            f" {w['asserter_right']['accuracy']} (n={w['asserter_right']['n']}), rebuttal pairs"
            f" precision {rb['precision']} recall {rb['recall']}"]


def main() -> None:
    from actorgraph.coding.documents import DocumentCoder
    from actorgraph.settings import Settings

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev", choices=("train", "dev", "test"))
    ap.add_argument("--model", default=None)
    ap.add_argument("--json", action="store_true", help="print JSON only")
    ap.add_argument("--show", action="store_true", help="list the misses on stderr")
    args = ap.parse_args()
    coder = DocumentCoder(Settings.from_overrides(model=args.model))
    report = attribution(coder, args.split, show=args.show)
    print(json.dumps(report) if args.json else summary(report))


if __name__ == "__main__":
    main()
