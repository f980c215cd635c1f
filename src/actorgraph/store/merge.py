"""Cross-document merging: which event mentions report the same real-world event.

Every stored event mention gets a *merge key*: its PLOVER type, source actor
id, target actor id, place and modality class. A missing actor or place is
part of the key as "unknown", so an event only merges with events that leave
the same thing unknown. The modality class is ``factual`` for asserted,
reported, historical and denied mentions (and for negated ones: "X did not
do Y" speaks about the same event as "X did Y"), so that one source's
assertion and another's denial land in one merged event; intended,
hypothetical and future mentions only merge among themselves.

Within one key, mentions are clustered by date (:func:`cluster`):

1. Day-precision dates (``2004-03-05``, or a day range) chain together when
   the next one starts at most :data:`WINDOW_DAYS` days after the
   cluster so far ends (single linkage, so a cluster may span more than the
   window when reports keep coming).
2. Month-precision dates, then year-precision dates, join the one finer
   cluster that falls inside their month or year; when none or several do,
   the mentions sharing that month (year) form a cluster of their own.
3. Undated mentions, and those dated only by their publication date
   (``date_basis == "published"``), join the one dated cluster of their key
   when there is exactly one, and otherwise form one cluster together.

The result depends only on the set of mentions, never on the order they
were stored in, and a merged event's id is the smallest id of its mentions,
so re-ingesting, resuming or reordering a corpus gives the same merged
events with the same ids, and a merged event of one mention has that
mention's id.

A merged event is *contested* (see :func:`summarize`) on:

- ``stance``: a mention presents it as having happened and another mention
  (or a claim) denies or disputes it (:data:`COUNTER_STANCES`);
- ``date``: two documents give dates that cannot both hold (``2004-03-05``
  against ``2004-03-07``; ``2004`` against ``2004-03-05`` is compatible).
  Only dates read from the text count, not inherited or publication dates.

Disagreements on actors or place are found at query time between merged
events, see :meth:`actorgraph.store.query.Queries.contested`.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..models import HAPPENED, Location, stable_id

__all__ = [
    "COUNTER_STANCES",
    "FACTUAL",
    "WINDOW_DAYS",
    "Member",
    "cluster",
    "merge_key",
    "modality_class",
    "place_key",
    "sort_date",
    "span",
    "stance",
    "summarize",
]

#: Two day-precision mentions at most this many days apart report the same event.
WINDOW_DAYS = 2

#: Modalities under which a mention speaks about an event that did or did not happen.
FACTUAL = HAPPENED | {"denied"}
#: Claim stances that hold the other side of a mention: a denial, or a counter-claim in
#: the same text ("X praises P. But in fact Q"). Both count in ``denies``.
COUNTER_STANCES = frozenset({"denies", "disputes"})
#: Date bases that say what the text says, as opposed to what the coder assumed.
TEXT_BASES = frozenset({"text", "relative", None})

UNDATED = "~"  # sorts after every ISO date
_RANK_DAY, _RANK_MONTH, _RANK_YEAR, _RANK_NONE = 0, 1, 2, 3
_MIN, _MAX = dt.date.min.toordinal(), dt.date.max.toordinal()


def place_key(location: Location | None) -> str | None:
    """The place part of the merge key: a GeoNames id, else the case-folded name."""
    if location is None:
        return None
    if location.geonameid:
        return f"gn:{location.geonameid}"
    return "name:" + " ".join(location.name.casefold().split())


def modality_class(modality: str) -> str:
    return "factual" if modality in FACTUAL else modality


def merge_key(
    type: str, source: str | None, target: str | None, place: str | None, modality: str
) -> str:
    """The key mentions must share to be merged."""
    return stable_id(type, source or "", target or "", place or "", modality_class(modality),
                     prefix="mk_")


def stance(modality: str, negated: bool) -> str | None:
    """``asserts`` when the mention says the event happened, ``denies`` when it says it did not."""
    if negated or modality == "denied":
        return "denies"
    return "asserts" if modality in HAPPENED else None


def sort_date(date: str | None) -> str:
    return date or UNDATED


def _day(year: int, month: int = 1, day: int = 1) -> int:
    return dt.date(year, month, day).toordinal()


@lru_cache(maxsize=65536)
def _parse(value: str) -> tuple[int, int, int]:
    """(rank, first day, last day) of an ISO date at year, month or day precision."""
    parts = value.split("-")
    try:
        nums = [int(p) for p in parts]
        if len(parts) == 1 and len(parts[0]) == 4:
            return _RANK_YEAR, _day(nums[0]), _day(nums[0], 12, 31)
        if len(parts) == 2:
            first = dt.date(nums[0], nums[1], 1)
            nxt = dt.date(nums[0] + nums[1] // 12, nums[1] % 12 + 1, 1)
            return _RANK_MONTH, first.toordinal(), nxt.toordinal() - 1
        if len(parts) == 3:
            return _RANK_DAY, *(2 * (dt.date(*nums).toordinal(),))  # type: ignore[return-value]
    except (ValueError, OverflowError):
        pass
    return _RANK_NONE, _MIN, _MAX


def span(date: str | None, end_date: str | None = None,
         basis: str | None = None) -> tuple[int, int, int]:
    """(rank, first day, last day) a mention's date stands for; rank 3 is "unknown"."""
    if not date or basis == "published":
        return _RANK_NONE, _MIN, _MAX
    rank, lo, hi = _parse(date)
    if rank != _RANK_NONE and end_date:
        end_rank, _, end_hi = _parse(end_date)
        if end_rank != _RANK_NONE:
            hi = max(hi, end_hi)
    return rank, lo, hi


@dataclass(slots=True)
class Member:
    """What merging needs to know of one stored event mention."""

    id: str
    doc: str
    date: str | None = None
    end_date: str | None = None
    date_basis: str | None = None
    modality: str = "asserted"
    negated: bool = False
    denials: int = 0
    asserted_by: str | None = None
    asserted_by_text: str | None = None
    mode: str | None = None
    quad: int | None = None
    location: str | None = None  # JSON, as stored
    merged: str | None = None
    span: tuple[int, int, int] = field(init=False)

    def __post_init__(self) -> None:
        self.span = span(self.date, self.end_date, self.date_basis)


@dataclass(slots=True)
class _Cluster:
    lo: int
    hi: int
    members: list[Member]


def cluster(members: Iterable[Member], window: int = WINDOW_DAYS) -> list[list[Member]]:
    """Mentions of one merge key grouped into real events (see the module docstring)."""
    by_rank: dict[int, list[Member]] = {r: [] for r in range(4)}
    for m in members:
        by_rank[m.span[0]].append(m)
    clusters: list[_Cluster] = []
    current: _Cluster | None = None
    for m in sorted(by_rank[_RANK_DAY], key=lambda m: (m.span[1], m.span[2], m.id)):
        _, lo, hi = m.span
        if current is not None and lo <= current.hi + window:
            current.members.append(m)
            current.hi = max(current.hi, hi)
        else:
            current = _Cluster(lo, hi, [m])
            clusters.append(current)
    for rank in (_RANK_MONTH, _RANK_YEAR, _RANK_NONE):
        groups: dict[tuple[int, int], list[Member]] = {}
        for m in by_rank[rank]:
            groups.setdefault(m.span[1:], []).append(m)
        finer = list(clusters)  # a group never joins one of its own rank
        for (lo, hi), group in sorted(groups.items()):
            inside = [c for c in finer if c.lo <= hi and lo <= c.hi]
            if len(inside) == 1:
                inside[0].members.extend(group)
            else:
                clusters.append(_Cluster(lo, hi, group))
    return [sorted(c.members, key=lambda m: m.id) for c in clusters]


def _incompatible(a: Member, b: Member) -> bool:
    return a.span[2] < b.span[1] or b.span[2] < a.span[1]


def _most_common(values: Iterable[Any]) -> Any:
    counts = Counter(v for v in values if v is not None)
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], v))


def summarize(members: Sequence[Member]) -> dict[str, Any]:
    """The aggregate columns of the merged event made of ``members``."""
    if len(members) == 1:  # most events are reported once: the same result, faster
        m = members[0]
        s = stance(m.modality, m.negated)
        denies = (s == "denies") + (m.denials if m.modality != "denied" else 0)
        date = m.date if m.span[0] != _RANK_NONE else None
        return {
            "id": m.id, "mode": m.mode, "quad": m.quad, "location": m.location, "date": date,
            "date_min": date, "date_max": (m.end_date or date) if date else None,
            "sort_date": sort_date(date), "mentions": 1, "documents": 1, "sources": 1,
            "asserts": int(s == "asserts"), "denies": denies,
            "contested": "stance" if s == "asserts" and denies else None,
        }
    dated = [m for m in members if m.span[0] != _RANK_NONE]
    finest = min((m.span[0] for m in dated), default=_RANK_NONE)
    date = _most_common(m.date for m in dated if m.span[0] == finest)
    stances = [stance(m.modality, m.negated) for m in members]
    asserts = stances.count("asserts")
    denies = stances.count("denies") + sum(m.denials for m in members if m.modality != "denied")
    contested = []
    if asserts and denies:
        contested.append("stance")
    strong = [m for m in dated if m.date_basis in TEXT_BASES]
    if any(_incompatible(a, b) for i, a in enumerate(strong) for b in strong[i + 1:]
           if a.doc != b.doc):
        contested.append("date")
    return {
        "id": members[0].id if members else None,
        "mode": _most_common(m.mode for m in members),
        "quad": min((m.quad for m in members if m.quad is not None), default=None),
        "location": _most_common(m.location for m in members),
        "date": date,
        "date_min": min((m.date for m in dated if m.date), default=None),
        "date_max": max((m.end_date or m.date for m in dated if m.date), default=None),
        "sort_date": sort_date(date),
        "mentions": len(members),
        "documents": len({m.doc for m in members}),
        "sources": len({m.asserted_by or m.asserted_by_text or f"doc:{m.doc}" for m in members}),
        "asserts": asserts,
        "denies": denies,
        "contested": ",".join(contested) or None,
    }
