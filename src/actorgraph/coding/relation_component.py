"""The ``actorgraph_relations`` spaCy component: standing relations on ``doc._.relations``.

``nlp.add_pipe("actorgraph_actors"); nlp.add_pipe("actorgraph_relations")`` puts
:class:`~actorgraph.models.Relation` records (who backs, leads, belongs to or
sides with whom) on ``doc._.relations``, and adds the generic actors named
through a relation ("Iran-backed militias") to ``doc.spans["actors"]``, so an
``actorgraph_events`` component placed after it codes them as actors. Each
doc is read as a one-post document whose id is the hash of its text.
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
from .relation_cues import load_relation_cues
from .relations import RelationFinder

__all__ = ["RelationComponent", "make_relation_finder"]

if not Doc.has_extension("relations"):
    Doc.set_extension("relations", default=None)


class RelationComponent:
    def __init__(self, name: str, actors: list[str], cues: list[str],
                 published: str | None) -> None:
        self.name = name
        self.published = published
        dictionary = load_dictionary(tuple(actors))
        coder = EventCoder(dictionary, load_lexicon(), load_gazetteer())
        self.finder = RelationFinder(dictionary, coder, load_relation_cues(tuple(cues)))

    def __call__(self, doc: Doc) -> Doc:
        self.finder.mark(doc)
        ctx = PostContext(doc=stable_id(doc.text, prefix="doc_"), time=self.published)
        doc._.relations = self.finder.find(doc, ctx)[0]
        return doc


@Language.factory(
    "actorgraph_relations",
    default_config={"actors": [], "cues": [], "published": None},
    requires=["doc.spans", "token.dep"],
    assigns=["doc._.relations", "doc.spans"],
)
def make_relation_finder(
    nlp: Language, name: str, actors: list[str], cues: list[str], published: str | None
) -> RelationComponent:
    """Factory: ``nlp.add_pipe("actorgraph_relations")`` after ``actorgraph_actors``."""
    return RelationComponent(name, actors, cues, published)
