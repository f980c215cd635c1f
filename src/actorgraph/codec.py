"""One codec per record type: a dataclass to and from every shape it is stored in.

An :class:`~actorgraph.models.Event` is written as a JSON record (the ``code``
JSONL contract), a row of the store's ``events`` table, an Arrow struct
(Parquet: both ``export --to parquet`` and ``batch`` shards) and a flat row
(CSV). :class:`RecordCodec` derives all four from the dataclass fields and
their type hints, so that adding a field to ``Event`` is a change in
``models.py`` plus a store migration (an ``ALTER TABLE events ADD COLUMN``):
the JSONL, the store, Parquet and CSV follow by themselves.

How a field is written depends on its type:

========================  ======================  =====================  =================
field                     JSON / Arrow            store column(s)        flat (CSV) keys
========================  ======================  =====================  =================
``str``/``int``/...       the value               the value (bool: int)  the value
``Literal[...]``          a string                a string               a string
``X`` with ``X_text``     ``{"id", "name", ...}`` ``X``, ``X_text``      ``X``, ``X_name``,...
a record (``Location``)   a nested object/struct  JSON text, or          prefixed keys
                                                  flattened columns
========================  ======================  =====================  =================

An actor side (``source``/``source_text``) becomes one object in JSON,
with the actor's name, kind and country looked up by id; its ``*_text``
field has no key of its own there. A field's ``metadata={"arrow": "int8"}``
narrows its Arrow type (Parquet files stay as small as they were).

:data:`EVENT` is the codec of :class:`Event`. Modules read it as
``codec.EVENT`` at call time, so a test can swap in the codec of an
``Event`` subclass and watch a new field travel everywhere.

>>> from actorgraph.models import Event, Evidence
>>> e = Event("ev_1", "AID", Evidence("d", 1, 0, 5, "Text."), source="IRN", source_text="Iran")
>>> EVENT.to_json(e)["source"]["text"], EVENT.from_json(EVENT.to_json(e)) == e
('Iran', True)
"""

from __future__ import annotations

import dataclasses
import json
import types
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints

from .errors import ActorGraphError
from .models import Actor, Event, Relation

__all__ = [
    "EVENT",
    "RELATION",
    "ActorLookup",
    "FieldSpec",
    "RecordCodec",
    "lookup_of",
    "need",
]

ActorLookup = Callable[[str], Actor | None]

_SCALARS: dict[type, str] = {str: "string", int: "int64", float: "float64", bool: "bool"}


def need(module: str, extra: str = "data") -> Any:
    """Import ``module`` (pyarrow, networkx, pandas), or say which extra installs it."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise ActorGraphError(
            f"{module} is not installed; run: pip install 'actorgraph[{extra}]'"
        ) from None


def lookup_of(actors: Mapping[str, Actor] | ActorLookup | None) -> ActorLookup:
    """An id -> :class:`Actor` function from a mapping, a function or nothing."""
    if actors is None:
        return lambda _id: None
    return actors.get if isinstance(actors, Mapping) else actors


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One dataclass field as the codec sees it.

    ``kind`` is ``scalar``, ``record`` (a nested record dataclass), ``actor``
    (an id whose ``*_text`` sibling holds the surface words), ``actor_text``
    (that sibling) or ``strings`` (a tuple of strings).
    """

    name: str
    kind: str
    type: Any  # str, int, float, bool, or the record class
    optional: bool
    required: bool
    default: Any
    arrow: str | None = None


def _unwrap(hint: Any) -> tuple[Any, bool]:
    """(base type, optional) of a type hint: ``str | None`` -> (str, True)."""
    optional = False
    if get_origin(hint) in (Union, types.UnionType):
        args = [a for a in get_args(hint) if a is not type(None)]
        optional = len(args) < len(get_args(hint))
        hint = args[0] if len(args) == 1 else hint
    if get_origin(hint) is Literal:
        hint = type(get_args(hint)[0])
    return hint, optional


class RecordCodec:
    """The shapes of one record dataclass, derived from its fields.

    ``last``: fields that go last in JSON and Arrow (``evidence``, so that a
    JSONL record reads in the order it always has). ``actor_keys`` /
    ``flat_actor_keys``: the keys of an actor side in JSON and in a flat row
    (default: id, name, text, kind, country; flat adds sector).
    ``store_flat``: nested records stored as columns of their own (field ->
    {sub-field: column}); other nested records are stored as JSON text.
    ``flat_names``: nested records' keys in a flat row (field -> {sub-field:
    key}; by default ``<field>_<sub-field>``).
    """

    JSON_ACTOR = ("id", "name", "text", "kind", "country")
    FLAT_ACTOR = ("id", "name", "text", "kind", "country", "sector")

    def __init__(
        self,
        cls: type,
        *,
        last: Iterable[str] = (),
        actor_keys: Mapping[str, tuple[str, ...]] | None = None,
        flat_actor_keys: Mapping[str, tuple[str, ...]] | None = None,
        store_flat: Mapping[str, Mapping[str, str]] | None = None,
        flat_names: Mapping[str, Mapping[str, str]] | None = None,
    ) -> None:
        self.cls = cls
        self._options = dict(last=tuple(last), actor_keys=actor_keys,
                             flat_actor_keys=flat_actor_keys, store_flat=store_flat,
                             flat_names=flat_names)
        self.actor_keys = dict(actor_keys or {})
        self.flat_actor_keys = dict(flat_actor_keys or {})
        self.store_flat = {k: dict(v) for k, v in (store_flat or {}).items()}
        self.flat_names = {k: dict(v) for k, v in (flat_names or {}).items()}
        hints = get_type_hints(cls)
        names = [f.name for f in dataclasses.fields(cls)]
        specs: list[FieldSpec] = []
        for f in dataclasses.fields(cls):
            base, optional = _unwrap(hints[f.name])
            default = f.default if f.default is not dataclasses.MISSING else None
            if dataclasses.is_dataclass(base):
                kind = "record"
            elif f.name.endswith("_text") and f.name.removesuffix("_text") in names:
                kind = "actor_text"
            elif f"{f.name}_text" in names:
                kind = "actor"
            elif get_origin(base) is tuple:
                kind = "strings"
            elif base in _SCALARS:
                kind = "scalar"
            else:
                raise TypeError(f"{cls.__name__}.{f.name}: no codec for type {hints[f.name]!r}")
            required = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
            specs.append(FieldSpec(f.name, kind, base, optional, required, default,
                                   f.metadata.get("arrow")))
        tail = [s for name in last for s in specs if s.name == name]
        self.fields: tuple[FieldSpec, ...] = tuple(
            [s for s in specs if s not in tail] + tail
        )
        self._sub: dict[str, RecordCodec] = {
            s.name: RecordCodec(s.type) for s in self.fields if s.kind == "record"
        }
        # Frozen nested records repeat (a place in many events): their JSON text is cached.
        self._json_text = lru_cache(maxsize=65536)(self._encode)
        self.store_columns: tuple[str, ...] = tuple(self._store_columns())
        self.flat_columns: tuple[str, ...] = tuple(self._flat_columns())

    def __repr__(self) -> str:
        return f"RecordCodec({self.cls.__name__})"

    def with_class(self, cls: type) -> RecordCodec:
        """The same codec for ``cls`` (a subclass with more fields, say)."""
        return RecordCodec(cls, **self._options)  # type: ignore[arg-type]

    def field(self, name: str) -> FieldSpec:
        return next(s for s in self.fields if s.name == name)

    # -- JSON ------------------------------------------------------------------------------

    def _side(self, name: str, actor_id: str | None, text: str | None, lookup: ActorLookup,
              keys: tuple[str, ...]) -> dict[str, Any] | None:
        if actor_id is None and text is None:
            return None
        actor = lookup(actor_id) if actor_id else None
        values = {
            "id": actor_id,
            "name": actor.name if actor else text,
            "text": text,
            "kind": actor.kind if actor else None,
            "country": actor.country if actor else None,
            "sector": actor.sector if actor else None,
        }
        return {k: values[k] for k in keys}

    def to_json(self, obj: Any, actors: Mapping[str, Actor] | ActorLookup | None = None
                ) -> dict[str, Any]:
        """The JSON record of ``obj``; ``actors`` resolves actor ids to names, kinds and
        countries."""
        lookup = lookup_of(actors)
        out: dict[str, Any] = {}
        for s in self.fields:
            value = getattr(obj, s.name)
            if s.kind == "actor":
                keys = self.actor_keys.get(s.name, self.JSON_ACTOR)
                out[s.name] = self._side(s.name, value, getattr(obj, f"{s.name}_text"), lookup,
                                         keys)
            elif s.kind == "actor_text":
                continue
            elif s.kind == "record":
                out[s.name] = None if value is None else self._sub[s.name].to_json(value)
            elif s.kind == "strings":
                out[s.name] = list(value)
            else:
                out[s.name] = value
        return out

    def from_json(self, record: Mapping[str, Any]) -> Any:
        """The record back from :meth:`to_json`'s output (or a Parquet row); keys it does
        not know are ignored, missing ones take the field's default."""
        values: dict[str, Any] = {}
        for s in self.fields:
            if s.kind == "actor_text":
                continue
            if s.name not in record:
                if s.required:
                    raise ActorGraphError(f"{self.cls.__name__} record without {s.name!r}")
                continue
            value = record[s.name]
            if s.kind == "actor":
                side = value or {}
                values[s.name] = side.get("id")
                values[f"{s.name}_text"] = side.get("text")
            elif s.kind == "record":
                values[s.name] = None if value is None else self._sub[s.name].from_json(value)
            elif s.kind == "strings":
                values[s.name] = tuple(value or ())
            else:
                values[s.name] = value
        return self.cls(**values)

    # -- the store -------------------------------------------------------------------------

    def _store_columns(self) -> Iterator[str]:
        for s in self.fields:
            if s.kind == "record" and s.name in self.store_flat:
                yield from self.store_flat[s.name].values()
            else:
                yield s.name

    def _encode(self, name: str, value: Any) -> str:
        return json.dumps(self._sub[name].to_json(value), ensure_ascii=False)

    def to_row(self, obj: Any) -> dict[str, Any]:
        """``obj`` as store columns (:attr:`store_columns`): booleans as 0/1, nested records
        as JSON text unless flattened."""
        row: dict[str, Any] = {}
        for s in self.fields:
            value = getattr(obj, s.name)
            if s.kind == "record":
                if s.name in self.store_flat:
                    for sub, column in self.store_flat[s.name].items():
                        row[column] = getattr(value, sub)
                else:
                    row[s.name] = None if value is None else self._json_text(s.name, value)
            elif s.kind == "strings":
                row[s.name] = json.dumps(list(value), ensure_ascii=False)
            elif s.type is bool:
                row[s.name] = None if value is None else int(value)
            else:
                row[s.name] = value
        return row

    def from_row(self, row: Mapping[str, Any] | Any) -> Any:
        """The record back from a store row (a ``sqlite3.Row`` or a mapping)."""
        values: dict[str, Any] = {}
        keys = set(row.keys())
        for s in self.fields:
            if s.kind == "record" and s.name in self.store_flat:
                sub = self._sub[s.name]
                values[s.name] = sub.cls(**{k: row[c] for k, c in self.store_flat[s.name].items()})
                continue
            if s.name not in keys:
                continue  # a column an older schema lacks: the field's default
            value = row[s.name]
            if s.kind == "record":
                value = None if value is None else self._sub[s.name].from_json(json.loads(value))
            elif s.kind == "strings":
                value = tuple(json.loads(value or "[]"))
            elif s.type is bool and value is not None:
                value = bool(value)
            values[s.name] = value
        return self.cls(**values)

    # -- Arrow / Parquet -------------------------------------------------------------------

    def arrow_fields(self) -> list[Any]:
        """The Arrow fields of the JSON record (pyarrow is imported here, not before)."""
        pa = need("pyarrow")
        out = []
        for s in self.fields:
            if s.kind == "actor_text":
                continue
            if s.kind == "actor":
                keys = self.actor_keys.get(s.name, self.JSON_ACTOR)
                kind = pa.struct([(k, pa.string()) for k in keys])
            elif s.kind == "record":
                kind = pa.struct(self._sub[s.name].arrow_fields())
            elif s.kind == "strings":
                kind = pa.list_(pa.string())
            else:
                kind = pa.type_for_alias(s.arrow or _SCALARS[s.type])
            out.append(pa.field(s.name, kind))
        return out

    def arrow_schema(self, before: Iterable[tuple[str, str]] = (),
                     after: Iterable[tuple[str, str]] = ()) -> Any:
        """The Arrow schema of the JSON record, with extra (name, type alias) columns."""
        pa = need("pyarrow")
        extra = [pa.field(n, pa.type_for_alias(t)) for n, t in before]
        tail = [pa.field(n, pa.type_for_alias(t)) for n, t in after]
        return pa.schema(extra + self.arrow_fields() + tail)

    def from_table(self, table: Any) -> Iterator[Any]:
        """The records of an Arrow table written with :meth:`arrow_schema` (extra columns
        are ignored; columns an older file lacks take the field's default)."""
        for batch in table.to_batches(max_chunksize=10_000):
            for record in batch.to_pylist():
                yield self.from_json(record)

    # -- flat rows (CSV) -------------------------------------------------------------------

    def _flat_columns(self) -> Iterator[str]:
        for s in self.fields:
            if s.kind == "actor":
                for k in self.flat_actor_keys.get(s.name, self.FLAT_ACTOR):
                    yield s.name if k == "id" else f"{s.name}_{k}"
            elif s.kind == "actor_text":
                continue
            elif s.kind == "record":
                names = self.flat_names.get(s.name, {})
                for sub in self._sub[s.name].fields:
                    yield names.get(sub.name, f"{s.name}_{sub.name}")
            else:
                yield s.name

    def to_flat(self, obj: Any, actors: Mapping[str, Actor] | ActorLookup | None = None
                ) -> dict[str, Any]:
        """``obj`` as one flat row, keyed by :attr:`flat_columns`."""
        lookup = lookup_of(actors)
        row: dict[str, Any] = {}
        for s in self.fields:
            value = getattr(obj, s.name)
            if s.kind == "actor":
                keys = self.flat_actor_keys.get(s.name, self.FLAT_ACTOR)
                side = self._side(s.name, value, getattr(obj, f"{s.name}_text"), lookup, keys)
                for k in keys:
                    row[s.name if k == "id" else f"{s.name}_{k}"] = side[k] if side else None
            elif s.kind == "actor_text":
                continue
            elif s.kind == "record":
                names = self.flat_names.get(s.name, {})
                for sub in self._sub[s.name].fields:
                    key = names.get(sub.name, f"{s.name}_{sub.name}")
                    row[key] = None if value is None else getattr(value, sub.name)
            elif s.kind == "strings":
                row[s.name] = "|".join(value)
            else:
                row[s.name] = value
        return row


#: The codec of :class:`~actorgraph.models.Event`; see the module docstring.
EVENT = RecordCodec(
    Event,
    last=("evidence",),
    actor_keys={"asserted_by": ("id", "name", "text")},
    flat_actor_keys={"asserted_by": ("id", "name")},
    store_flat={"evidence": {"doc": "doc", "post": "post", "start": "ev_start", "end": "ev_end",
                             "text": "ev_text"}},
    flat_names={
        "location": {"name": "place_name", "country": "place_country", "lat": "latitude",
                     "lon": "longitude", "geonameid": "geonameid"},
        "evidence": {"doc": "doc", "post": "post", "start": "evidence_start",
                     "end": "evidence_end", "text": "evidence"},
    },
)


#: The codec of :class:`~actorgraph.models.Relation`: its JSON record (``code --relations``,
#: relation exports) and its Arrow struct (the ``relations/`` shards of ``batch``). The store
#: keeps relation mentions in a table of its own (:mod:`actorgraph.store.relations`), whose
#: evidence may be absent (dictionary affiliations), so it does not use :meth:`to_row`.
RELATION = RecordCodec(
    Relation,
    last=("evidence",),
    actor_keys={"asserted_by": ("id", "name", "text")},
    flat_actor_keys={"asserted_by": ("id", "name")},
)
