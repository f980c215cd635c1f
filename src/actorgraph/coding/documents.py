"""Code whole documents: parse their posts in batches, then code each post in order.

Posts go through ``nlp.pipe(..., as_tuples=True)`` with their document and
post as context, so every mention and event points back to its source
post; the thread's last date is carried from post to post.
"""

from __future__ import annotations

import gc
import re
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, TypeVar, cast

from spacy.tokens import Doc, Span

from ..actors.dictionary import ActorDictionary, load_dictionary
from ..errors import CodingError
from ..models import Actor, Claim, CodedDocument, Document, Event, How, Mention, Post, Relation
from ..nlp.fast_attributes import speed_up
from ..nlp.fast_gemm import speed_up_gemm
from ..nlp.fast_lemmas import speed_up_lemmatizer
from ..nlp.fast_ner import speed_up_entities
from ..nlp.informal import CaseRestorer, in_capitals, with_text
from ..nlp.proposals import Proposer, ProposerFunction
from ..settings import Settings
from .datelines import Dateline, wire_dateline
from .dates import normalise_date, resolve_date, warm_up
from .lexicon import load_lexicon
from .model_layer import layered_coder
from .not_actors import company_ids, drop_non_actors, provisional_kind
from .places import load_gazetteer
from .prefilter import Prefilter
from .reading import PostContext, ThreadState
from .relation_cues import PERSONS_BODIES, POSSESSIVES, load_relation_cues, side_name
from .relations import RelationFinder

__all__ = ["DocumentCoder", "above"]

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_PIECES_PER_POST = 4  # pieces the prefilter makes of a post of dense news, about


class DocumentCoder:
    """Loads the model and dictionaries once, then codes any number of documents.

    >>> coder = DocumentCoder(Settings())                     # doctest: +SKIP
    >>> [e.type for e in coder.code(document).events]         # doctest: +SKIP
    ['REJECT']
    """

    def __init__(self, settings: Settings | None = None, nlp=None,  # type: ignore[no-untyped-def]
                 proposers: Iterable[Proposer | ProposerFunction] = ()) -> None:
        """``proposers`` propose triggers beside the lexicon (a trained model's, say; see
        :mod:`actorgraph.coding.coder`)."""
        from ..nlp.pipeline import load_pipeline

        self.settings = settings or Settings()
        user = (self.settings.actors,) if self.settings.actors else ()
        self.nlp = nlp if nlp is not None else load_pipeline(self.settings.model, user)
        speed_up(self.nlp)  # the attribute ruler's matches by look-up: the same, sooner
        speed_up_lemmatizer(self.nlp)  # lemmas once per form, tag and morphology: the same
        speed_up_gemm(self.nlp)  # matrix products by numpy's BLAS on one thread, not BLIS
        speed_up_entities(self.nlp)  # the recogniser's steps for a batch at once: the same
        self.dictionary: ActorDictionary = load_dictionary(user)
        lexicon = load_lexicon((self.settings.lexicon,) if self.settings.lexicon else ())
        # The lexicon alone, or the trained event layer with or without it (model_layer.py),
        # then any proposers the caller adds.
        self.coder = layered_coder(self.dictionary, lexicon, load_gazetteer(),
                                   self.settings.layer)
        self.coder.actorless = self.settings.actorless
        proposers = list(proposers)
        for proposer in proposers:
            self.coder.add_proposer(proposer)
        cues = load_relation_cues()
        self.relations = RelationFinder(self.dictionary, self.coder, cues)
        # Another proposer may find triggers the lexicon does not know: then the prefilter
        # parses every sentence that names an actor.
        self.prefilter = (
            Prefilter(self.nlp, self.dictionary, lexicon, lexicon_only=not proposers)
            if self.settings.prefilter else None
        )
        gazetteer = load_gazetteer()
        reader = self.coder.reader
        self.restorer = CaseRestorer(self.nlp, reader.place_preps,
                                     lambda word: gazetteer.resolve(word) is not None,
                                     lambda word: gazetteer.resolve(word, False) is not None,
                                     reader.place_verbs)
        self.coder.common_word = self.restorer.common
        warm_up()  # dateparser loaded with the model, not at a text's first "two days ago"
        if self.prefilter is not None:
            self.prefilter.add_words(cues.words())
            for possessive in POSSESSIVES:
                self.prefilter.add_bound(possessive, PERSONS_BODIES)
        model = getattr(self.coder, "event_model", None)
        if self.prefilter is not None and model is not None:
            # Sentences with a word the model learned as a trigger are parsed too.
            self.prefilter.forms |= model.trigger_words()
        _keep_loaded_out_of_collections()

    @classmethod
    def shared(cls, settings: Settings) -> DocumentCoder:
        """One coder per settings in a process: loading the model takes seconds."""
        return _shared_coder(settings)

    def code(self, document: Document) -> CodedDocument:
        return next(iter(self.code_many([document])))

    def parse_texts(self, texts: Iterable[str]) -> Iterator[Doc]:
        """Each text parsed as :meth:`code_many` parses a post, less the prefilter: a post in
        capitals or lower case with its capitals put back for the parse, its own words on
        the result. The trained layers learn from these, so that they see at training what
        they see when coding (a raw parse of wire capitals tags and lemmatizes otherwise)."""
        texts = list(texts)
        restored = [self.restorer.restore(t) for t in texts]
        docs = self.nlp.pipe((r or t for r, t in zip(restored, texts, strict=True)),
                             batch_size=self.settings.batch_size)
        for text, again, doc in zip(texts, restored, docs, strict=True):
            yield with_text(doc, text) if again else doc

    def code_many(self, documents: Iterable[Document]) -> Iterator[CodedDocument]:
        """Coded documents in input order; memory stays flat whatever the corpus size."""
        pending: deque[Document] = deque()  # read from the input, not yet coded
        done: list[tuple[Doc, Post]] = []
        for sdoc, (doc, post) in self._parsed(documents, pending):
            # Posts arrive in input order: a post of a later document closes the earlier ones.
            while pending[0] is not doc:
                yield self._code_document(pending.popleft(), done)
                done = []
            done.append((sdoc, post))
        while pending:
            yield self._code_document(pending.popleft(), done)
            done = []

    def _parsed(
        self, documents: Iterable[Document], pending: deque[Document]
    ) -> Iterator[tuple[Doc, tuple[Document, Post]]]:
        """Every post as a spaCy Doc, in input order. The prefilter decides per sentence:
        only sentences that can yield an event are parsed; the others are tokenized only
        (with their dictionary actors), and the post is put back together from its pieces."""
        queue: deque[_Post] = deque()

        def stream() -> Iterator[tuple[Doc | str, tuple[_Post, int]]]:
            for doc in documents:
                _check_lengths(doc, self.nlp.max_length)
                pending.append(doc)
                for post in doc.posts:
                    # A lower-case post is parsed with its capitals put back (informal.py).
                    restored = self.restorer.restore(post.text)
                    text = restored or post.text
                    if self.prefilter is None:
                        item = _Post(doc, post, [None], 1, restored is not None)
                        queue.append(item)
                        yield text, (item, 0)
                        continue
                    pieces = self.prefilter.pieces(
                        text, wrapped=restored is not None and in_capitals(post.text))
                    todo = [i for i, (_, parse) in enumerate(pieces) if parse]
                    item = _Post(doc, post, [p for p, _ in pieces], len(todo),
                                 restored is not None)
                    queue.append(item)
                    for i in todo:  # the tokenized piece goes on: nothing is tokenized twice
                        yield pieces[i][0], (item, i)

        def ready() -> Iterator[tuple[Doc, tuple[Document, Post]]]:
            while queue and queue[0].waiting == 0:
                item = queue.popleft()
                sdoc = item.assemble()
                if item.restored:  # the author's own words back on the parse
                    sdoc = with_text(sdoc, item.post.text)
                yield sdoc, (item.doc, item.post)

        # The setting counts posts; the stream carries pieces, about four to a post of news
        # (one per sentence where the prefilter skips some), and spaCy's layers work best
        # on batches of a few thousand tokens.
        parsed = self.nlp.pipe(stream(), as_tuples=True,
                               batch_size=self.settings.batch_size * _PIECES_PER_POST)
        for sdoc, (item, i) in parsed:
            item.pieces[i] = sdoc
            item.waiting -= 1
            yield from ready()
        yield from ready()

    def _code_document(
        self, document: Document, posts: Iterable[tuple[Doc, Post]]
    ) -> CodedDocument:
        if document.published is None and self.settings.published:
            # `--published` fills in a date the source lacks, and is stored with it.
            document = replace(document, published=self.settings.published)
        result = CodedDocument(document)
        companies: dict[str, str] = {}  # provisional ids read as companies' (PRV.COM.)
        state = ThreadState(home=_home_country(wire_dateline(document.text)))
        published = normalise_date(document.published)
        for sdoc, post in posts:
            # towns, ships, hashtags the tagger took for organisations are no actors
            drop_non_actors(sdoc, load_gazetteer().resolve)
            ctx = PostContext(
                doc=document.id,
                post=post.index,
                # Who said the post's words: a forward's origin, not the one who forwarded.
                author=post.forwarded_from or post.author or document.author,
                time=normalise_date(post.time) or published,
            )
            if not sdoc.has_annotation("DEP"):
                # Skipped by the prefilter: no events, but its actors and dates still count.
                self._add_mentions(result, post, sdoc.spans.get("actors", []))
                state.see(post.text)
                for sentence in _SENTENCE_END.split(post.text):
                    found = resolve_date(sentence, state.last_date, ctx.time, state.day_first)
                    if found is not None and found.basis == "text":
                        state.last_date = found.date
                continue
            self.relations.mark(sdoc)  # "Iran-backed militias" as an actor, before events
            coded = self.coder.code(sdoc, ctx, state)
            result.events.extend(coded.events)
            result.claims.extend(coded.claims)
            relations, made = self.relations.find(sdoc, ctx, state)
            result.relations.extend(relations)
            for _token, span in made:
                result.mentions.append(
                    Mention(document.id, post.index, span.start_char, span.end_char, span.text,
                            span.id_, "generic")
                )
                self._add_actor(result, span.id_, span.text)
            self._add_mentions(result, post, sdoc.spans.get("actors", []))
            companies.update(company_ids(sdoc.spans.get("actors", []), self.coder.company_cues))
            for token, span, how in coded.references:
                result.mentions.append(
                    Mention(document.id, post.index, token.idx, token.idx + len(token.text),
                            token.text, span.id_, how)
                )
                self._add_actor(result, span.id_, token.text)
        companies.update(self._trading_partners(result.events, companies))
        if companies:
            _as_companies(result, companies)
        _unique_ids(result)
        return above(result, self.settings.min_confidence)

    def _trading_partners(self, events: list[Event], companies: dict[str, str]) -> dict[str, str]:
        """The provisional organisations that trade with a company (a commercial exchange,
        COOPERATE ``economic``, whose other side is a company), each with its company id:
        "Aer Lingus buys twelve Airbus jets", "acquired a stake in Tarrow, the financing arm
        of Boeing". Who buys from or sells to a company and is in no dictionary is one, unless
        its name holds a public body's or armed group's word (``company_name_stops``: "the
        Defense Ministry")."""
        def company(actor_id: str | None) -> bool:
            actor = self.dictionary.get(actor_id) if actor_id else None
            return actor_id in companies or (actor is not None and actor.kind == "company")

        stops = self.coder.company_cues.stops
        out = {}
        for e in events:
            if e.type != "COOPERATE" or e.mode != "economic":
                continue
            for side, other in ((e.source, e.target), (e.target, e.source)):
                name = side.split(".", 2)[2] if side and side.startswith("PRV.ORG.") else None
                if name and company(other) and not set(name.lower().split("_")) & stops:
                    out[cast(str, side)] = "PRV.COM." + name
        return out

    def _add_mentions(self, result: CodedDocument, post: Post, spans: Iterable[Span]) -> None:
        for span in spans:
            result.mentions.append(
                Mention(result.document.id, post.index, span.start_char, span.end_char, span.text,
                        span.id_, self._how(span.id_))
            )
            self._add_actor(result, span.id_, span.text)

    def _how(self, actor_id: str) -> How:
        if actor_id.startswith("PRV."):
            return "provisional"
        return "generic" if actor_id not in self.dictionary else "dictionary"

    def _add_actor(self, result: CodedDocument, actor_id: str, text: str) -> None:
        if actor_id in result.actors:
            return
        actor = self.dictionary.get(actor_id) or self.relations.generic.get(actor_id)
        if actor is None:
            actor = Actor(id=actor_id, name=side_name(actor_id, text),
                          kind=provisional_kind(actor_id, text), provisional=True)
        result.actors[actor_id] = actor


_ACTOR_FIELDS = ("source", "target", "asserted_by", "actor")
R = TypeVar("R", Event, Claim, Relation, Mention)


def _as_companies(coded: CodedDocument, ids: dict[str, str]) -> None:
    """Every provisional id of ``coded`` that a sentence read as a company's
    (not_actors.company_ids) or found trading with a company, under its company id, through
    the whole document: the coder reads its rules on the organisation's id (``PRV.ORG.``),
    the output says which kind it is."""
    def renamed(record: R) -> R:
        changes: dict[str, Any] = {f: ids[v] for f in _ACTOR_FIELDS
                                   if (v := getattr(record, f, None)) in ids}
        return replace(record, **changes) if changes else record

    coded.events = [renamed(e) for e in coded.events]
    coded.claims = [renamed(c) for c in coded.claims]
    coded.relations = [renamed(r) for r in coded.relations]
    coded.mentions = [renamed(m) for m in coded.mentions]
    coded.actors = {ids.get(k, k): replace(a, id=ids[k], kind="company") if k in ids else a
                    for k, a in coded.actors.items()}


def above(coded: CodedDocument, floor: float) -> CodedDocument:
    """``coded`` without its events and relations of less confidence than ``floor`` (and
    the events' claims): the ``min_confidence`` setting, applied to freshly coded documents
    and to batch shards alike."""
    if floor <= 0:
        return coded
    coded.events = [e for e in coded.events if e.confidence >= floor]
    coded.relations = [r for r in coded.relations if r.confidence >= floor]
    kept = {e.id for e in coded.events}
    coded.claims = [c for c in coded.claims if c.event is None or c.event in kept]
    return coded


# New container objects between two collections of the youngest generation (Python's 700
# made the collector run every few sentences of dense news; see below).
_YOUNG_COLLECTION_EVERY = 10_000


def _keep_loaded_out_of_collections() -> None:
    """Spare the cyclic garbage collector the objects just loaded (the model, dictionaries,
    lexicon: some 380,000 of them, alive as long as the coder). Each full collection walks
    every tracked object, and one came once every few hundred posts, a quarter of a second
    each (about 3% of coding dense news); frozen, they are left out of every collection.
    Garbage already made is collected first, so that none is kept for good. (A frozen object
    in a reference cycle is never freed: build one coder per process and keep it, as
    :meth:`DocumentCoder.shared` does, rather than one per document.)

    The youngest generation is then collected once every :data:`_YOUNG_COLLECTION_EVERY`
    new objects rather than every 700: coding makes and drops Token and Span objects by the
    hundred thousand, and at 700 the collector ran some 200 times on the 0.3 MB dense slice,
    about 4% of its coding time (cyclic garbage waits a little longer; refcounted garbage,
    nearly all of it, is freed at once as before)."""
    gc.collect()
    gc.freeze()
    young, *older = gc.get_threshold()
    gc.set_threshold(max(young, _YOUNG_COLLECTION_EVERY), *older)


def _check_lengths(doc: Document, limit: int) -> None:
    # Readers refuse such posts with the file's name; documents built in Python get this.
    for post in doc.posts:
        if len(post.text) > limit:
            raise CodingError(
                f"document {doc.id!r} post {post.index}: {len(post.text):,} characters, over "
                f"the model's limit of {limit:,} per post"
            )


def _home_country(dateline: Dateline | None) -> str | None:
    """The country of a wire report's dateline place, for paragraphs that name none."""
    if dateline is None:
        return None
    where = load_gazetteer().resolve(dateline.place, alternates=False)
    return where.country if where is not None else None


def _unique_ids(result: CodedDocument) -> None:
    """One event (and one claim, one relation) per id in a document: the coder can reach
    the same event twice (one trigger, the same source and target through two paths), and
    the store keeps one row per id, so a repeat would be counted but not stored. The last
    one is kept, as the store would keep it."""
    for name in ("events", "claims", "relations"):
        items = getattr(result, name)
        unique = list({item.id: item for item in items}.values())
        if len(unique) < len(items):
            items[:] = unique


@lru_cache(maxsize=2)
def _shared_coder(settings: Settings) -> DocumentCoder:
    return DocumentCoder(settings)


@dataclass
class _Post:
    """A post on its way through the pipeline: its pieces, and how many are still parsing."""

    doc: Document
    post: Post
    pieces: list[Doc | None]
    waiting: int
    restored: bool = False  # parsed from a copy with its capitals put back

    def assemble(self) -> Doc:
        if len(self.pieces) == 1:
            return self.pieces[0]  # type: ignore[return-value]
        # Tensors differ in width between parsed and tokenized pieces; nothing reads them.
        # Every piece has arrived by now; spaCy's stub for from_docs lacks ``exclude``.
        pieces = cast(list[Doc], self.pieces)
        return Doc.from_docs(  # type: ignore[call-arg]
            pieces, ensure_whitespace=False, exclude=["tensor"]
        )
