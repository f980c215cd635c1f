"""The ``actorgraph_events`` spaCy component for users with their own pipelines.

It lives in :mod:`actorgraph.coding` (not :mod:`actorgraph.nlp`) because it
wraps the event coder: ``coding`` depends on ``nlp``, never the reverse.

``nlp.add_pipe("actorgraph_actors"); nlp.add_pipe("actorgraph_events")``
puts coded :class:`~actorgraph.models.Event` records on ``doc._.events``.
Each doc is coded as a one-post document whose id is the hash of its text.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..actors.dictionary import load_dictionary
from ..models import stable_id
from .coder import EventCoder
from .lexicon import load_lexicon
from .places import load_gazetteer
from .reading import PostContext

__all__ = ["EventComponent", "make_event_coder"]

if not Doc.has_extension("events"):
    Doc.set_extension("events", default=None)


class EventComponent:
    def __init__(self, name: str, actors: list[str], published: str | None) -> None:
        self.name = name
        self.published = published
        self.coder = EventCoder(load_dictionary(tuple(actors)), load_lexicon(), load_gazetteer())

    def __call__(self, doc: Doc) -> Doc:
        ctx = PostContext(doc=stable_id(doc.text, prefix="doc_"), time=self.published)
        doc._.events = self.coder.code(doc, ctx).events
        return doc


@Language.factory(
    "actorgraph_events",
    default_config={"actors": [], "published": None},
    requires=["doc.spans"],
    assigns=["doc._.events"],
)
def make_event_coder(
    nlp: Language, name: str, actors: list[str], published: str | None
) -> EventComponent:
    """Factory: ``nlp.add_pipe("actorgraph_events")`` after ``actorgraph_actors``."""
    return EventComponent(name, actors, published)


class ActorGraphComponent:
    """Actors and events in one step, for ``nlp.add_pipe("actorgraph")`` after the NER."""

    def __init__(self, nlp: Language, name: str, actors: list[str], published: str | None) -> None:
        from ..nlp.actor_ruler import make_actor_ruler

        self.name = name
        self.actors = make_actor_ruler(nlp, f"{name}_actors", actors, "actors", True)
        self.events = EventComponent(f"{name}_events", actors, published)

    def __call__(self, doc: Doc) -> Doc:
        return self.events(self.actors(doc))


@Language.factory(
    "actorgraph",
    default_config={"actors": [], "published": None},
    assigns=["doc.spans", "doc.ents", "doc._.events"],
)
def make_actorgraph(
    nlp: Language, name: str, actors: list[str], published: str | None
) -> ActorGraphComponent:
    """Factory: ``nlp.add_pipe("actorgraph")`` puts coded events on ``doc._.events``."""
    return ActorGraphComponent(nlp, name, actors, published)
