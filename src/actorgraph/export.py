"""Event records in the shapes users read: the JSONL contract, PLOVER JSON, a terminal table.

The JSONL fields are a public contract (see the README): ``id``, ``type``,
``mode``, ``quad``, ``cameo``, ``source``, ``target``, ``date``,
``end_date``, ``date_basis``, ``location``, ``asserted_by``, ``modality``,
``negated``, ``confidence``, ``evidence``; plus ``disputed`` and
``trigger``, which the contract allows as extras.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from .models import Actor, Event

__all__ = ["event_to_json", "event_to_plover"]

ActorLookup = Callable[[str], Actor | None]


def _lookup(actors: Mapping[str, Actor] | ActorLookup) -> ActorLookup:
    return actors.get if isinstance(actors, Mapping) else actors


def _actor(actor_id: str | None, text: str | None, lookup: ActorLookup) -> dict[str, Any] | None:
    if actor_id is None and text is None:
        return None
    actor = lookup(actor_id) if actor_id else None
    return {
        "id": actor_id,
        "name": actor.name if actor else text,
        "text": text,
        "kind": actor.kind if actor else None,
        "country": actor.country if actor else None,
    }


def event_to_json(event: Event, actors: Mapping[str, Actor] | ActorLookup) -> dict[str, Any]:
    """The public JSONL record of ``event``; ``actors`` resolves ids to names."""
    lookup = _lookup(actors)
    asserted = _actor(event.asserted_by, event.asserted_by_text, lookup)
    if asserted is not None:
        asserted = {k: asserted[k] for k in ("id", "name", "text")}
    return {
        "id": event.id,
        "type": event.type,
        "mode": event.mode,
        "quad": event.quad,
        "cameo": event.cameo,
        "source": _actor(event.source, event.source_text, lookup),
        "target": _actor(event.target, event.target_text, lookup),
        "date": event.date,
        "end_date": event.end_date,
        "date_basis": event.date_basis,
        "location": event.location.to_dict() if event.location else None,
        "asserted_by": asserted,
        "modality": event.modality,
        "negated": event.negated,
        "disputed": event.disputed,
        "confidence": event.confidence,
        "trigger": event.trigger,
        "evidence": event.evidence.to_dict(),
    }


def event_to_plover(
    event: Event, actors: Mapping[str, Actor] | ActorLookup, published: str | None = None
) -> dict[str, Any]:
    """A PLOVER-style JSON record (as POLECAT publishes them) of ``event``."""
    lookup = _lookup(actors)

    def side(actor_id: str | None, text: str | None) -> dict[str, Any]:
        actor = lookup(actor_id) if actor_id else None
        return {
            "actor_id": actor_id,
            "actor_name": actor.name if actor else text,
            "actor_text": text,
            "actor_country": actor.country if actor else None,
            "actor_type": actor.kind if actor else None,
        }

    loc = event.location
    return {
        "id": event.id,
        "date": event.date,
        "date_basis": event.date_basis,
        "event": event.type,
        "mode": event.mode or "",
        "quad_code": event.quad,
        "cameo_root": event.cameo,
        "actor": side(event.source, event.source_text),
        "recipient": side(event.target, event.target_text),
        "event_text": event.trigger,
        "event_loc": (
            {"name": loc.name, "country": loc.country, "lat": loc.lat, "lon": loc.lon,
             "geonameid": loc.geonameid} if loc else None
        ),
        "text": event.evidence.text,
        "text_info": {
            "doc_id": event.evidence.doc,
            "post": event.evidence.post,
            "start": event.evidence.start,
            "end": event.evidence.end,
            "publication_date": published,
        },
        "asserted_by": event.asserted_by or event.asserted_by_text,
        "modality": event.modality,
        "negated": event.negated,
        "confidence": event.confidence,
    }
