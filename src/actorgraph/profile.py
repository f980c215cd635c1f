"""Actor profiles: a cited brief on one actor, written from the store's queries.

:func:`build_profile` gathers what the store holds about an actor into a
:class:`Profile` (plain, JSON-ready data); :func:`to_markdown`,
:func:`to_html` and :meth:`Profile.to_dict` write it out. Nothing is made up
and nothing is summarised by a model: every line of the activity, relations,
key events and contested sections carries footnotes ``[n]`` that point to
the posts its events (or relations) were read from, and the dictionary's
affiliations are cited to the actor dictionary.

The brief has six sections:

1. identity: name, id, kind, country, aliases, dated affiliations and roles;
2. activity: merged events that a source says happened, per year and quad
   class;
3. relations: the actors it acts on, and that act on it, the most, split
   into cooperation (quad 1-2) and conflict (quad 3-4), then the standing
   relations (backs, leads, member_of, allied_with, rival_of);
4. key events: the events most documents report, in date order, each with
   one quoted sentence; events no source says happened (denied, negated,
   intended, hypothetical, future) are never key events;
5. contested: what sources disagree about, both sides next to each other;
6. sources: the footnotes.

The same store and arguments give the same bytes: every list is sorted on a
full key, and nothing depends on the clock or the store's file name.

>>> from actorgraph.store import Store
>>> build_profile(Store(":memory:"), "IRN")  # doctest: +SKIP
Traceback (most recent call last):
ActorGraphError: no actor 'IRN' in this store; list them with `actorgraph actors --db DB IRN`
"""

from __future__ import annotations

import html
import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .errors import ActorGraphError
from .models import Actor, Event
from .store.merge import UNDATED
from .store.query import EventFilter, Queries, chunks, marks

__all__ = [
    "DICTIONARY",
    "MAX_EVENTS",
    "Profile",
    "build_profile",
    "find_actor",
    "profile_css",
    "to_html",
    "to_html_body",
    "to_markdown",
]

#: Key events a profile lists unless told otherwise.
MAX_EVENTS = 25
#: Counterparts per direction and class in the relations section.
MAX_COUNTERPARTS = 10
#: Footnotes listed on one activity or relations line (its events may come from many posts).
MAX_NOTES = 8
#: The footnote key of the actor dictionary.
DICTIONARY = "dictionary"
QUADS = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
         4: "material conflict"}
_FACTUAL = "factual"


@dataclass
class Profile:
    """What the brief says, section by section, as JSON-ready data (see the module doc).

    Footnotes are numbers into :attr:`sources` (``sources[i]["n"] == i + 1``).
    """

    actor: dict[str, Any]
    query: dict[str, Any]
    affiliations: list[dict[str, Any]] = field(default_factory=list)
    members: list[dict[str, Any]] = field(default_factory=list)
    note: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    activity: list[dict[str, Any]] = field(default_factory=list)
    relations: dict[str, Any] = field(default_factory=dict)
    standing: list[dict[str, Any]] = field(default_factory=list)
    key_events: list[dict[str, Any]] = field(default_factory=list)
    contested: list[dict[str, Any]] = field(default_factory=list)
    sources: list[dict[str, Any]] = field(default_factory=list)

    @property
    def has_events(self) -> bool:
        return bool(self.counts.get("events"))

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n"


# -- finding the actor ---------------------------------------------------------------------


def find_actor(store: Queries, value: str) -> tuple[Actor, str]:
    """The actor ``value`` names (id, name, alias, or ``ID*``) and the filter its events take.

    ``ID*`` is the actor ``ID`` with every actor under it (``IRN.MIL.IRGC*``: the IRGC and
    its units) when ``ID`` is stored, else the one actor the prefix matches. A name several
    actors share, or a prefix of several, is an error listing them.
    """
    value = value.strip()
    if not value or value == "*":
        raise ActorGraphError("profile: give an actor id, name or alias")
    if value.endswith("*"):
        prefix = value[:-1]
        pattern = re.sub(r"([*?\[])", r"[\1]", prefix) + "*"
        ids = [r[0] for r in store.conn.execute(
            "SELECT id FROM actors WHERE id GLOB ? ORDER BY id LIMIT 21", (pattern,))]
        if prefix in ids:
            head = store.actor(prefix)
            assert head is not None
            return head, value
        if len(ids) > 1:
            raise _ambiguous(store, value, ids)
    else:
        ids = list(store.resolve_actor(value))
        if len(ids) > 1:
            raise _ambiguous(store, value, ids)
    actor = store.actor(ids[0]) if ids else None
    if actor is None:
        raise ActorGraphError(f"no actor {value!r} in this store; list them with "
                              f"`actorgraph actors --db DB {value.rstrip('*')}`")
    return actor, actor.id


def _ambiguous(store: Queries, value: str, ids: list[str]) -> ActorGraphError:
    shown = []
    for actor_id in ids[:20]:
        a = store.actor(actor_id)
        shown.append(f"{actor_id} ({a.name})" if a else actor_id)
    more = " ..." if len(ids) > 20 else ""
    return ActorGraphError(f"{value!r} names {len(ids) if not more else 'over 20'} actors: "
                           f"{', '.join(shown)}{more}; give one id")


# -- building ------------------------------------------------------------------------------


class _Notes:
    """Footnote keys (``doc#post`` or the dictionary), numbered once everything is cited."""

    def __init__(self) -> None:
        self.keys: set[tuple[str, int]] = set()
        self.dictionary = False

    def post(self, doc: str | None, post: int | None) -> tuple[str, int] | None:
        if doc is None or post is None:
            return None
        key = (doc, int(post))
        self.keys.add(key)
        return key

    def dict_key(self) -> tuple[str, int]:
        self.dictionary = True
        return (DICTIONARY, -1)


def build_profile(store: Queries, actor: str, since: str | None = None,
                  until: str | None = None, max_events: int = MAX_EVENTS) -> Profile:
    """The profile of ``actor`` (id, name, alias or ``ID*``) from ``store``.

    ``since``/``until`` bound the events as ``actorgraph events`` does; ``max_events``
    caps the key events. Raises :class:`ActorGraphError` for an unknown or ambiguous actor.
    """
    if max_events < 0:
        raise ActorGraphError("profile: --max-events must be 0 or more")
    for option, given in (("since", since), ("until", until)):
        if given is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", given):
            raise ActorGraphError(f"profile: --{option} {given!r} is not an ISO date "
                                  "(YYYY, YYYY-MM or YYYY-MM-DD)")
    head, value = find_actor(store, actor)
    group = value.endswith("*")
    prefix = value[:-1]

    def mine(actor_id: str | None) -> bool:
        if actor_id is None:
            return False
        return actor_id.startswith(prefix) if group else actor_id == head.id

    notes = _Notes()
    names: dict[str, str] = {}

    def name(actor_id: str | None) -> str | None:
        if actor_id is None:
            return None
        if actor_id not in names:
            a = store.actor(actor_id)
            names[actor_id] = a.name if a else actor_id
        return names[actor_id]

    profile = Profile(
        actor={"id": head.id, "name": head.name, "kind": head.kind, "country": head.country,
               "aliases": sorted(set(head.aliases) - {head.name}, key=str.casefold),
               "sector": head.sector, "wikidata": head.wikidata,
               "provisional": head.provisional, "group": value if group else None},
        query={"actor": actor, "since": since, "until": until, "max_events": max_events},
    )
    for aff in sorted(head.affiliations, key=lambda a: (a.start or "", a.actor, a.role or "")):
        profile.affiliations.append({
            "actor": aff.actor, "name": name(aff.actor), "role": aff.role, "start": aff.start,
            "end": aff.end, "notes": [notes.dict_key()]})
    for r in store.conn.execute(
        "SELECT DISTINCT a.id, j.value FROM actors a, json_each(a.affiliations) j"
        " WHERE json_extract(j.value, '$.actor') = ? ORDER BY a.id LIMIT 200", (head.id,)
    ):
        aff = json.loads(r[1])
        profile.members.append({"actor": r[0], "name": name(r[0]), "role": aff.get("role"),
                                "start": aff.get("start"), "end": aff.get("end"),
                                "notes": [notes.dict_key()]})
    profile.members.sort(key=lambda m: (m["start"] or "", m["actor"], m["role"] or ""))

    # One actor exactly unless a prefix asks for the group (filters include members by default).
    f = EventFilter(actor=value, since=since, until=until, exact=not group)
    merged = {m.id: m for m in store.merged_events(f)}
    mentions: dict[str, list[Event]] = defaultdict(list)
    for event, merged_id, _published in store.export_rows(f):
        if merged_id in merged:
            mentions[merged_id].append(event)
    happened = [m for m in merged.values() if m.asserts > 0 and m.modality == _FACTUAL
                and any(e.happened for e in mentions[m.id])]
    docs = {e.evidence.doc for ms in mentions.values() for e in ms}
    profile.counts = {"events": len(merged), "happened": len(happened),
                      "mentions": sum(len(v) for v in mentions.values()), "documents": len(docs)}

    def cite(into: dict[str, Any], events: Iterable[Event]) -> None:
        """``into["notes"]``: the first posts (by document and number) of ``events``, at most
        MAX_NOTES of them; ``into["posts"]``: how many posts they come from in all."""
        keys = sorted({(e.evidence.doc, e.evidence.post) for e in events})
        into["notes"] = [notes.post(*k) for k in keys[:MAX_NOTES]]
        into["posts"] = len(keys)

    def said(m_id: str) -> list[Event]:
        return [e for e in mentions[m_id] if e.happened]

    # 2. activity: per year and quad, what a source says happened
    years: dict[str, dict[str, Any]] = {}
    for m in happened:
        year = m.date[:4] if m.date else "undated"
        row = years.setdefault(year, {"year": year, "quads": {str(q): 0 for q in QUADS},
                                      "total": 0, "events": []})
        if m.quad in QUADS:
            row["quads"][str(m.quad)] += 1
        row["total"] += 1
        row["events"].extend(said(m.id))
    for year in sorted(years, key=lambda y: (y == "undated", y)):
        row = years[year]
        cite(row, row.pop("events"))
        profile.activity.append(row)

    # 3. relations: counterparts by direction and class
    pairs: dict[tuple[str, str, str], dict[str, Any]] = {}
    for m in happened:
        if m.quad not in QUADS or m.source is None or m.target is None:
            continue
        cls = "cooperation" if m.quad <= 2 else "conflict"
        for direction, me, other in (("acts_on", m.source, m.target),
                                     ("acted_on_by", m.target, m.source)):
            if not mine(me) or (direction == "acted_on_by" and mine(m.source)):
                continue
            entry = pairs.setdefault((direction, cls, other), {
                "actor": other, "name": name(other), "events": 0, "mentions": 0,
                "types": defaultdict(int), "first": None, "last": None, "evs": []})
            entry["events"] += 1
            entry["mentions"] += m.mentions
            entry["types"][m.type] += 1
            for d in (m.date, m.date_max):
                if d:
                    entry["first"] = min(entry["first"] or d, d)
                    entry["last"] = max(entry["last"] or d, d)
            entry["evs"].extend(said(m.id))
    rel: dict[str, Any] = {d: {"cooperation": [], "conflict": []}
                           for d in ("acts_on", "acted_on_by")}
    for (direction, cls, _other), entry in pairs.items():
        rel[direction][cls].append(entry)
    for direction in rel.values():
        for cls, entries in direction.items():
            entries.sort(key=lambda e: (-e["events"], -e["mentions"], e["actor"]))
            del entries[MAX_COUNTERPARTS:]
            for e in entries:
                e["types"] = dict(sorted(e["types"].items(), key=lambda kv: (-kv[1], kv[0])))
                cite(e, e.pop("evs"))
            direction[cls] = entries
    profile.relations = rel

    from .store.relations import relations as standing_relations

    for r in standing_relations(store, actor=value):
        cited: list[Any] = []
        quote = None
        for ev in r.evidence:
            if ev["doc"] is None:
                cited.append(notes.dict_key())
            else:
                cited.append(notes.post(ev["doc"], ev["post"]))
                if quote is None and not ev["negated"] and ev["modality"] != "denied":
                    quote = {"text": ev["text"], "doc": ev["doc"], "post": ev["post"]}
        other = r.target if mine(r.source) else r.source
        profile.standing.append({
            "type": r.type, "source": r.source, "source_name": r.source_name or r.source,
            "target": r.target, "target_name": r.target_name or r.target,
            "role": "source" if mine(r.source) else "target", "other": other,
            "symmetric": r.symmetric, "since": r.since, "until": r.until, "first": r.first,
            "last": r.last, "mentions": r.mentions, "documents": r.documents,
            "asserts": r.asserts, "denies": r.denies, "contested": r.contested,
            "methods": list(r.methods), "quote": quote,
            "notes": sorted(set(cited), key=_key_order)[:MAX_NOTES]})
    profile.standing.sort(key=lambda s: (s["type"], s["source"], s["target"]))

    # 4. key events: reported by the most documents, then shown in date order
    ranked = sorted(happened, key=lambda m: (-m.documents, -m.sources, -m.mentions,
                                             m.date or UNDATED, m.id))[:max_events]
    for m in sorted(ranked, key=lambda m: (m.date or UNDATED, m.id)):
        evs = sorted(said(m.id), key=lambda e: (e.evidence.doc, e.evidence.post,
                                                e.evidence.start, e.id))
        first = evs[0]
        role = "source" if mine(m.source) else "target"
        counterpart = m.target if role == "source" else m.source
        by = sorted({name(e.asserted_by) or e.asserted_by_text or "" for e in evs} - {""})
        profile.key_events.append({
            "merged": m.id, "date": m.date, "end": m.date_max if m.date_max != m.date else None,
            "precision": _precision(m.date), "basis": first.date_basis, "type": m.type,
            "mode": m.mode, "quad": m.quad, "role": role, "actor": m.source if role ==
            "source" else m.target, "actor_name": name(m.source if role == "source"
                                                       else m.target),
            "counterpart": counterpart, "counterpart_name": name(counterpart),
            "place": m.location.name if m.location else None, "said_by": by,
            "mentions": m.mentions, "documents": m.documents, "disputed": m.denies > 0,
            "quote": {"text": first.evidence.text, "doc": first.evidence.doc,
                      "post": first.evidence.post, "note": notes.post(first.evidence.doc,
                                                                      first.evidence.post)},
        })
        cite(profile.key_events[-1], evs)

    # 5. contested: both sides with their sentences
    for c in store.contested(f):
        sides = []
        for side in c.sides:
            items = []
            for item in sorted(side.items, key=lambda i: (i.evidence.doc, i.evidence.post,
                                                          i.evidence.start, i.event or "")):
                items.append({
                    "stance": item.stance, "by": item.by,
                    "by_name": name(item.by) or item.by_text, "date": item.date,
                    "source": item.source, "target": item.target, "place": item.place,
                    "marked": _MARKS.get(item.stance),
                    "text": item.evidence.text, "doc": item.evidence.doc,
                    "post": item.evidence.post,
                    "notes": [notes.post(item.evidence.doc, item.evidence.post)]})
            position = side.position
            label = _SIDES.get(position, name(position) if c.kind in ("source", "target")
                               else position)
            sides.append({"position": position, "label": label, "items": items})
        profile.contested.append({
            "kind": c.kind, "type": c.type, "merged": list(c.merged), "source": c.source,
            "source_name": name(c.source), "target": c.target, "target_name": name(c.target),
            "place": c.place, "date": c.date, "sides": sides,
            "proposition": c.proposition})  # (a contest over words that code no event)

    if not merged:
        when = _span(since, until)
        profile.note = (f"No events of {head.name} in this store{when}"
                        + ("; only its identity and standing relations." if profile.standing
                           else "; only its identity."))
    _number(store, profile, notes)
    return profile


#: How Contested names the sides of a stance contest, and marks what the other side holds.
_SIDES = {"asserts": "says it happened", "denies": "says it did not happen",
          "disputes": "disputes it (a counter-claim)"}
_MARKS = {"denies": "did not happen", "disputes": "counter-claim"}


def _key_order(key: tuple[str, int]) -> tuple[int, str, int]:
    return (0, "", 0) if key[0] == DICTIONARY else (1, key[0], key[1])


def _precision(date: str | None) -> str | None:
    return {4: "year", 7: "month", 10: "day"}.get(len(date)) if date else None


def _span(since: str | None, until: str | None) -> str:
    if since and until:
        return f" from {since} to {until}"
    if since:
        return f" since {since}"
    return f" until {until}" if until else ""


def _number(store: Queries, profile: Profile, notes: _Notes) -> None:
    """Number the footnotes (the dictionary first, then posts by document and number) and
    replace every key in the profile by its number; fill the sources section."""
    keys = sorted(notes.keys, key=_key_order)
    if notes.dictionary:
        keys.insert(0, (DICTIONARY, -1))
    number = {k: i + 1 for i, k in enumerate(keys)}
    meta = _post_meta(store, [k for k in keys if k[0] != DICTIONARY])
    for k in keys:
        n = number[k]
        if k[0] == DICTIONARY:
            profile.sources.append({
                "n": n, "kind": "dictionary", "title": "actor dictionary",
                "detail": "the dictionary entries stored with the actors (data/actors.yaml, "
                          "the converted Phoenix actors, or the --actors file given at ingest)",
                "doc": None, "post": None, "author": None, "published": None, "url": None})
            continue
        found = meta.get(k, {})
        profile.sources.append({
            "n": n, "kind": "post", "doc": k[0], "post": k[1],
            "title": found.get("title"), "author": found.get("author"),
            "published": found.get("published"), "url": found.get("url")})

    def swap(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: (sorted(number[x] for x in set(v) if x is not None) if k in
                        ("notes",) else number.get(v) if k == "note" and v is not None
                        else swap(v)) for k, v in value.items()}
        if isinstance(value, list):
            return [swap(v) for v in value]
        return value

    for name in ("affiliations", "members", "activity", "relations", "standing",
                 "key_events", "contested"):
        setattr(profile, name, swap(getattr(profile, name)))


def _post_meta(store: Queries, keys: list[tuple[str, int]]) -> dict[tuple[str, int], dict[str,
                                                                                         Any]]:
    out: dict[tuple[str, int], dict[str, Any]] = {}
    for chunk in chunks(keys, 400):
        flat = [v for pair in chunk for v in pair]
        for r in store.conn.execute(
            "SELECT p.doc, p.idx, p.author, p.time, p.url, d.title, d.author, d.published,"
            " d.url FROM posts p JOIN documents d ON d.id = p.doc WHERE (p.doc, p.idx) IN"
            f" (VALUES {','.join('(?, ?)' for _ in chunk)})", flat
        ):
            out[(r[0], r[1])] = {"title": r[5], "author": r[2] or r[6],
                                 "published": r[3] or r[7], "url": r[4] or r[8]}
    missing = [k for k in keys if k not in out]
    for chunk in chunks(sorted({d for d, _ in missing})):
        for r in store.conn.execute(
            f"SELECT id, title, author, published, url FROM documents WHERE id IN"
            f" ({marks(chunk)})", list(chunk)
        ):
            for k in missing:
                if k[0] == r[0]:
                    out[k] = {"title": r[1], "author": r[2], "published": r[3], "url": r[4]}
    return out


# -- Markdown ------------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#&~!])")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _flat(text: Any) -> str:
    """One line of text: control characters (and bidi overrides) dropped, breaks to spaces."""
    return _CONTROL.sub("", " ".join(str(text).split()))


def md(text: Any) -> str:
    """``text`` as literal Markdown: one line, every character Markdown would act on escaped."""
    return _MD_SPECIAL.sub(r"\\\1", _flat(text))


def _code(text: Any) -> str:
    return "`" + _flat(text).replace("`", "'") + "`"


def _fn(ns: list[int], posts: int | None = None) -> str:
    more = f" (+{posts - len(ns)} more posts)" if posts and posts > len(ns) else ""
    return "".join(f"[{n}]" for n in ns) + more


def _dates(first: str | None, last: str | None) -> str:
    if first and last and first != last:
        return f"{first}–{last}"
    return first or last or "undated"


def _role(a: dict[str, Any]) -> str:
    when = _dates(a["start"], a["end"]) if a["start"] or a["end"] else ""
    return ", ".join(p for p in (a["role"], when) if p)


def _n(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 else "s")


def _counts_line(c: dict[str, int]) -> str:
    return (f"{_n(c['events'], 'event')} ({_n(c['mentions'], 'mention')} in "
            f"{_n(c['documents'], 'document')}); {c['happened']} that a source says happened, "
            "per year and quad class")


_BASES = {"text": "date in the text", "relative": "date computed from another",
          "inherited": "date from the sentences around", "published": "publication date"}


def _affiliation(a: dict[str, Any]) -> str:
    return f"{a['role']} of" if a["role"] else "part of"


def _when(a: dict[str, Any]) -> str:
    return f", {_dates(a['start'], a['end'])}" if a["start"] or a["end"] else ""


def _event_date(k: dict[str, Any]) -> str:
    date = _dates(k["date"], k["end"]) if k["date"] else "undated"
    how = ", ".join(p for p in (k["precision"], _BASES.get(k["basis"], k["basis"])) if p)
    return f"{date} ({how})" if how else date


def _what(k: dict[str, Any]) -> str:
    t = k["type"] + (f"/{k['mode']}" if k["mode"] else "")
    return t


def to_markdown(p: Profile) -> str:
    """The profile as Markdown: headings, tables and footnotes, every stored text escaped."""
    a = p.actor
    out = [f"# {md(a['name'])} ({_code(a['id'])})", ""]
    if a["group"]:
        out += [f"With every actor whose id starts with {_code(a['group'][:-1])}.", ""]
    if p.query["since"] or p.query["until"]:
        out += [f"Events{md(_span(p.query['since'], p.query['until']))}.", ""]
    out += ["## Identity", "", "| | |", "|---|---|", f"| name | {md(a['name'])} |",
            f"| id | {_code(a['id'])} |", f"| kind | {md(a['kind'])} |"]
    if a["country"]:
        out.append(f"| country | {md(a['country'])} |")
    if a["sector"]:
        out.append(f"| sector | {md(a['sector'])} |")
    if a["aliases"]:
        out.append(f"| aliases | {', '.join(md(x) for x in a['aliases'])} |")
    if a["provisional"]:
        out.append("| dictionary | not in the actor dictionary: named as the text names it |")
    out.append("")
    if p.affiliations:
        out += ["Affiliations and roles:", ""]
        out += [f"- {md(_affiliation(x))} {md(x['name'])} ({_code(x['actor'])})"
                f"{md(_when(x))} {_fn(x['notes'])}" for x in p.affiliations]
        out.append("")
    if p.members:
        out += ["Members, units and office holders:", ""]
        out += [f"- {md(x['name'])} ({_code(x['actor'])}){', ' + md(_role(x)) if _role(x) else ''}"
                f" {_fn(x['notes'])}" for x in p.members]
        out.append("")
    if p.note:
        out += [md(p.note), ""]
    if p.has_events:
        out += ["## Activity", "", _counts_line(p.counts) + ":", "",
                "| year | " + " | ".join(QUADS.values()) + " | total | sources |",
                "|---|" + "---:|" * (len(QUADS) + 1) + "---|"]
        for row in p.activity:
            out.append(f"| {row['year']} | " + " | ".join(
                str(row["quads"][str(q)]) for q in QUADS) + f" | {row['total']} | "
                f"{_fn(row['notes'], row['posts'])} |")
        out.append("")
    if p.has_events or p.standing:
        out += ["## Relations", ""]
    if p.has_events:
        for direction, title in (("acts_on", "Acts on"), ("acted_on_by", "Acted on by")):
            for cls in ("cooperation", "conflict"):
                entries = p.relations[direction][cls]
                if not entries:
                    continue
                out += [f"### {title}: {cls}", "",
                        "| actor | events | types | first | last | sources |",
                        "|---|---:|---|---|---|---|"]
                for e in entries:
                    types = ", ".join(f"{t}×{n}" for t, n in e["types"].items())
                    out.append(f"| {md(e['name'])} ({_code(e['actor'])}) | {e['events']} | "
                               f"{types} | {e['first'] or ''} | {e['last'] or ''} | "
                               f"{_fn(e['notes'], e['posts'])} |")
                out.append("")
    if p.standing:
        out += ["### Standing relations", "",
                "| relation | with | dates | mentions | flags | evidence | sources |",
                "|---|---|---|---:|---|---|---|"]
        for s in p.standing:
            out.append(f"| {_standing_phrase(s, md)} | {md(_other_name(s))} "
                       f"({_code(s['other'])}) | {md(_standing_dates(s))} | {s['mentions']} | "
                       f"{md(_standing_flags(s))} | "
                       f"{'“' + md(s['quote']['text']) + '”' if s['quote'] else ''} | "
                       f"{_fn(s['notes'])} |")
        out.append("")
    if p.has_events:
        out += ["## Key events", ""]
        if not p.key_events:
            out += ["No event that a source says happened.", ""]
        for i, k in enumerate(p.key_events, 1):
            line = (f"{i}. **{_event_date(k)}** {md(_what(k))}: {md(k['actor_name'])}"
                    + (f" → {md(k['counterpart_name'])}" if k["role"] == "source"
                       and k["counterpart"] else "")
                    + (f" ← {md(k['counterpart_name'])}" if k["role"] == "target"
                       and k["counterpart"] else ""))
            if k["place"]:
                line += f", in {md(k['place'])}"
            if k["said_by"]:
                line += f"; according to {', '.join(md(b) for b in k['said_by'])}"
            if k["disputed"]:
                line += " (disputed: see Contested)"
            out += [line + f" {_fn(k['notes'], k['posts'])}",
                    f"   > “{md(k['quote']['text'])}” [{k['quote']['note']}]", ""]
        out += ["## Contested", ""]
        if not p.contested:
            out += ["No source disagrees with another about these events.", ""]
        for c in p.contested:
            out += [f"### {md(_contest_title(c))}", ""]
            out.append("| " + " | ".join(md(s["label"]) for s in c["sides"]) + " |")
            out.append("|" + "---|" * len(c["sides"]))
            out.append("| " + " | ".join(
                "<br>".join(_item_md(i) for i in s["items"]) for s in c["sides"]) + " |")
            out.append("")
    if p.sources:
        out += ["## Sources", ""]
        out += [f"[{s['n']}] {md(_source_text(s))}" + (f" <{_safe_url(s['url'])}>"
                                                        if _safe_url(s["url"]) else "")
                + "  " for s in p.sources]
        out[-1] = out[-1].rstrip()
        out.append("")
    return "\n".join(out)


def _item_md(i: dict[str, Any]) -> str:
    who = i["by_name"] or "the author"
    mark = f" ({md(i['marked'])})" if i["marked"] else ""
    return f"“{md(i['text'])}” — {md(who)}{mark} {_fn(i['notes'])}"


def _contest_title(c: dict[str, Any]) -> str:
    who = " → ".join(x for x in (c["source_name"], c["target_name"]) if x)
    if c.get("proposition"):
        who = f"“{c['proposition']}”"
    what = {"stance": "whether it happened", "date": "when", "source": "who did it",
            "target": "to whom", "place": "where", "relation": "whether the relation holds",
            "proposition": "whether it is so"}.get(c["kind"], c["kind"])
    return f"{c['date'] or 'undated'} {c['type']} {who}: sources disagree on {what}"


def _other_name(s: dict[str, Any]) -> str:
    return str(s["target_name"] if s["role"] == "source" else s["source_name"])


_PASSIVE = {"backs": "backed by", "leads": "led by", "member_of": "has member"}


def _standing_phrase(s: dict[str, Any], esc: Any) -> str:
    if s["symmetric"]:
        return esc(s["type"])
    return esc(s["type"] if s["role"] == "source" else _PASSIVE.get(s["type"], s["type"]))


def _standing_dates(s: dict[str, Any]) -> str:
    if s["since"] or s["until"]:
        return _dates(s["since"], s["until"])
    if s["first"] or s["last"]:
        return _dates(s["first"], s["last"])
    return ""


def _standing_flags(s: dict[str, Any]) -> str:
    flags = ["contested"] if s["contested"] else []
    if s["denies"] and not s["asserts"]:
        flags.append("denied")
    if s["methods"] == ["dictionary"]:
        flags.append("dictionary")
    return ", ".join(flags)


def _source_text(s: dict[str, Any]) -> str:
    if s["kind"] == "dictionary":
        return f"{s['title']}: {s['detail']}"
    parts = [s["title"] or s["doc"]]
    if s["title"]:
        parts.append(f"({s['doc']})")
    out = " ".join(parts)
    more = [x for x in (s["author"], s["published"], f"post {s['post']}") if x]
    return out + ", " + ", ".join(more)


def _safe_url(url: str | None) -> str | None:
    """``url`` when it is a plain http(s) address, else None (no javascript:, no data:)."""
    if not url:
        return None
    url = url.strip()
    if not re.match(r"^https?://[^\s<>\"'`\\]+$", url, re.I) or len(url) > 2000:
        return None
    return url


# -- HTML ----------------------------------------------------------------------------------


def profile_css() -> str:
    """The profile's style sheet (the web app serves it as ``/static/profile.css``)."""
    return (Path(__file__).parent / "web" / "static" / "profile.css").read_text("utf-8")


def h(text: Any) -> str:
    return html.escape(_flat(text), quote=True)


def _fn_html(ns: list[int], posts: int | None = None) -> str:
    more = (f' <span class="more">(+{posts - len(ns)} more posts)</span>'
            if posts and posts > len(ns) else "")
    return "".join(f'<a class="fn" href="#src-{n}">[{n}]</a>' for n in ns) + more


_QUAD_CLASS = {1: "q1", 2: "q2", 3: "q3", 4: "q4"}
_QUAD_FILL = {1: "#3b7dd8", 2: "#2e9e5b", 3: "#e8912d", 4: "#d63a3a"}


def _chart(p: Profile) -> str:
    """The activity as an inline SVG: one stacked bar per year, coloured by quad class."""
    rows = p.activity
    if not rows:
        return ""
    most = max(r["total"] for r in rows) or 1
    bar, gap, height, top, bottom, left = 22, 8, 140, 12, 34, 30
    width = left + len(rows) * (bar + gap) + gap
    parts = [f'<svg class="chart" role="img" xmlns="http://www.w3.org/2000/svg" '
             f'width="{width}" height="{top + height + bottom}" '
             f'viewBox="0 0 {width} {top + height + bottom}" aria-labelledby="chart-title">',
             '<title id="chart-title">Events per year and quad class</title>',
             f'<line x1="{left - 2}" y1="{top + height}" x2="{width}" y2="{top + height}" '
             'stroke="#888" stroke-width="1"/>',
             f'<text x="{left - 6}" y="{top + 4}" text-anchor="end" font-size="10">{most}</text>',
             f'<text x="{left - 6}" y="{top + height}" text-anchor="end" font-size="10">0</text>']
    for i, r in enumerate(rows):
        x = left + gap + i * (bar + gap)
        y = top + height
        for q in QUADS:
            n = r["quads"][str(q)]
            if not n:
                continue
            hgt = round(n / most * height, 1)
            y -= hgt
            parts.append(f'<rect x="{x}" y="{round(y, 1)}" width="{bar}" height="{hgt}" '
                         f'fill="{_QUAD_FILL[q]}"><title>{h(r["year"])}: {n} {QUADS[q]}'
                         '</title></rect>')
        label = r["year"] if r["year"] != "undated" else "n.d."
        parts.append(f'<text x="{x + bar / 2}" y="{top + height + 14}" text-anchor="end" '
                     f'font-size="10" transform="rotate(-45 {x + bar / 2} {top + height + 14})">'
                     f'{h(label)}</text>')
    parts.append("</svg>")
    legend = "".join(f'<li><span class="swatch {_QUAD_CLASS[q]}"></span>{h(QUADS[q])}</li>'
                     for q in QUADS)
    return "".join(parts) + f'<ul class="chart-legend">{legend}</ul>'


def _table(head: list[str], rows: list[list[str]], cls: str = "") -> str:
    out = [f'<table{f" class={chr(34)}{cls}{chr(34)}" if cls else ""}><thead><tr>']
    out += [f"<th>{x}</th>" for x in head]
    out.append("</tr></thead><tbody>")
    for row in rows:
        out.append("<tr>" + "".join(f"<td>{x}</td>" for x in row) + "</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def _actor_html(name: Any, actor_id: Any, link: bool) -> str:
    if link and actor_id:
        from urllib.parse import quote

        return (f'<a href="/actors/{h(quote(str(actor_id), safe=""))}">{h(name)}</a> '
                f'<code>{h(actor_id)}</code>')
    return f"{h(name)} <code>{h(actor_id)}</code>" if actor_id else h(name)


def to_html_body(p: Profile, links: bool = False) -> str:
    """The profile as an HTML ``<article>``, every stored text escaped; ``links`` makes
    actor names links to their own ``/actors/ID`` page (the web app)."""
    a = p.actor

    def who(name: Any, actor_id: Any) -> str:
        return _actor_html(name, actor_id, links)

    out = [f'<article class="profile"><header><h1>{h(a["name"])} <code>{h(a["id"])}</code>'
           "</h1>"]
    if a["group"]:
        out.append(f'<p class="sub">With every actor whose id starts with '
                   f'<code>{h(a["group"][:-1])}</code>.</p>')
    if p.query["since"] or p.query["until"]:
        out.append(f'<p class="sub">Events{h(_span(p.query["since"], p.query["until"]))}.</p>')
    out.append("</header>")
    rows = [["name", h(a["name"])], ["id", f"<code>{h(a['id'])}</code>"], ["kind", h(a["kind"])]]
    if a["country"]:
        rows.append(["country", h(a["country"])])
    if a["sector"]:
        rows.append(["sector", h(a["sector"])])
    if a["aliases"]:
        rows.append(["aliases", ", ".join(h(x) for x in a["aliases"])])
    if a["provisional"]:
        rows.append(["dictionary", "not in the actor dictionary: named as the text names it"])
    out.append('<section id="identity"><h2>Identity</h2><table class="facts"><tbody>'
               + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows)
               + "</tbody></table>")
    if p.affiliations:
        out.append("<h3>Affiliations and roles</h3><ul>" + "".join(
            f"<li>{h(_affiliation(x))} {who(x['name'], x['actor'])}{h(_when(x))} "
            f"{_fn_html(x['notes'])}</li>" for x in p.affiliations) + "</ul>")
    if p.members:
        out.append("<h3>Members, units and office holders</h3><ul>" + "".join(
            f"<li>{who(x['name'], x['actor'])}{', ' + h(_role(x)) if _role(x) else ''} "
            f"{_fn_html(x['notes'])}</li>" for x in p.members) + "</ul>")
    if p.note:
        out.append(f'<p class="note">{h(p.note)}</p>')
    out.append("</section>")
    if p.has_events:
        out.append('<section id="activity"><h2>Activity</h2>'
                   f"<p>{h(_counts_line(p.counts))}:</p>" + _chart(p))
        out.append(_table(
            ["year", *[h(q) for q in QUADS.values()], "total", "sources"],
            [[h(r["year"]), *[str(r["quads"][str(q)]) for q in QUADS], str(r["total"]),
              _fn_html(r["notes"], r["posts"])] for r in p.activity], "numbers"))
        out.append("</section>")
    if p.has_events or p.standing:
        out.append('<section id="relations"><h2>Relations</h2>')
    if p.has_events:
        for direction, title in (("acts_on", "Acts on"), ("acted_on_by", "Acted on by")):
            for cls in ("cooperation", "conflict"):
                entries = p.relations[direction][cls]
                if not entries:
                    continue
                out.append(f'<h3 class="{cls}">{title}: {cls}</h3>' + _table(
                    ["actor", "events", "types", "first", "last", "sources"],
                    [[who(e["name"], e["actor"]), str(e["events"]),
                      h(", ".join(f"{t}×{n}" for t, n in e["types"].items())),
                      h(e["first"] or ""), h(e["last"] or ""), _fn_html(e["notes"], e["posts"])]
                     for e in entries]))
    if p.standing:
        out.append('<h3>Standing relations</h3>' + _table(
            ["relation", "with", "dates", "mentions", "flags", "evidence", "sources"],
            [[_standing_phrase(s, h), who(_other_name(s), s["other"]),
              h(_standing_dates(s)), str(s["mentions"]), h(_standing_flags(s)),
              f"<q>{h(s['quote']['text'])}</q>" if s["quote"] else "", _fn_html(s["notes"])]
             for s in p.standing]))
    if p.has_events or p.standing:
        out.append("</section>")
    if p.has_events:
        out.append('<section id="key-events"><h2>Key events</h2>')
        if not p.key_events:
            out.append("<p>No event that a source says happened.</p>")
        out.append('<ol class="events">')
        for k in p.key_events:
            arrow = ""
            if k["counterpart"]:
                arrow = (" → " if k["role"] == "source" else " ← ") + who(
                    k["counterpart_name"], k["counterpart"])
            line = (f'<li class="quad{k["quad"] or 0}"><p><strong>{h(_event_date(k))}</strong> '
                    f'<span class="ev-type">{h(_what(k))}</span> {h(k["actor_name"])}{arrow}')
            if k["place"]:
                line += f", in {h(k['place'])}"
            if k["said_by"]:
                line += f"; according to {h(', '.join(k['said_by']))}"
            if k["disputed"]:
                line += ' <span class="flag">disputed: see Contested</span>'
            line += f" {_fn_html(k['notes'], k['posts'])}</p><blockquote>{h(k['quote']['text'])} "
            line += f"{_fn_html([k['quote']['note']])}</blockquote></li>"
            out.append(line)
        out.append("</ol></section>")
        out.append('<section id="contested"><h2>Contested</h2>')
        if not p.contested:
            out.append("<p>No source disagrees with another about these events.</p>")
        for c in p.contested:
            cells = []
            for s in c["sides"]:
                items = "".join(
                    f'<li{" class=" + chr(34) + "denied" + chr(34) if i["marked"] else ""}>'
                    f"<q>{h(i['text'])}</q> — {h(i['by_name'] or 'the author')}"
                    + (f' <span class="flag">{h(i["marked"])}</span>' if i["marked"] else "")
                    + f" {_fn_html(i['notes'])}</li>" for i in s["items"])
                cells.append(f'<div class="side"><h4>{h(s["label"])}</h4><ul>{items}</ul></div>')
            out.append(f'<div class="contest"><h3>{h(_contest_title(c))}</h3>'
                       f'<div class="sides">{"".join(cells)}</div></div>')
        out.append("</section>")
    if p.sources:
        out.append('<section id="sources"><h2>Sources</h2><ol class="sources">')
        for s in p.sources:
            url = _safe_url(s["url"])
            link = (f' <a href="{h(url)}" rel="nofollow noopener noreferrer">{h(url)}</a>'
                    if url else "")
            out.append(f'<li id="src-{s["n"]}" value="{s["n"]}">{h(_source_text(s))}{link}</li>')
        out.append("</ol></section>")
    out.append("</article>")
    return "\n".join(out)


#: The standalone file may load nothing and run nothing, whatever got past the escaping.
_STANDALONE_CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
                   "base-uri 'none'; form-action 'none'")


def to_html(p: Profile) -> str:
    """The profile as one standalone HTML file: inline CSS, no scripts, no external request."""
    return (
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
        f'<meta http-equiv="Content-Security-Policy" content="{_STANDALONE_CSP}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{h(p.actor['name'])} · actorgraph profile</title>\n"
        f"<style>\n{profile_css()}</style>\n</head>\n<body class=\"standalone\">\n"
        f"{to_html_body(p)}\n</body></html>\n"
    )
