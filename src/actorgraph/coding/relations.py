"""Standing relations from a parsed post: who backs, leads, belongs to or sides with whom.

Events say what happened; these say how the actors stand to each other, as
the text states it. The cues are data (``data/relations.yaml``); the
constructions read from the dependency parse are:

* compound modifiers: "Iran-backed militias", "Hezbollah-led coalition";
* adjectives with their object: "a militia loyal to Tehran", "X is aligned with Y";
* relational nouns: "X is part of Y", "X, a faction of Y", "the head of Y, X";
* possessives: "Iran's proxies", "its loyal Shiite array", "Hezbollah's Imad Mughniyeh";
* titles: "Quds Force commander Qasem Soleimani";
* appositions of a person to a group: "Lebanese Hezbollah (especially Imad Mughniyeh)";
* verbs, active, passive or in a relative clause: "arms", "funds", "sponsors",
  "commands", "heads", "founded", "the Houthis, who are armed by Iran";
* nouns with "with": "Iran's alliance with Russia", "joined forces with X",
  "with the backing of Iran, the Houthis ...".

The sides are named actors, and besides them:

* the speaking side for "we" and "our": the organisation the dictionary knows for the
  author or the quoted speaker, else an unnamed side of that post only
  (``PRV.ORG.AUTHOR_OF_<doc>_<post>``, ``PRV.ORG.<SPEAKER>_SIDE_OF_<doc>_<post>``), so a
  press release's "we support X" is kept and never merged with another text's "we";
* groups named by a common noun ("local tribes", "our Syrian partners", "the party",
  "GANGS OF CRIMINALS"), as provisional organisations of their post alone;
* organisations named in common words or by a unit's proper name ("the 105th infantry
  brigade", "a commission of notables", "2nd Battalion"), as provisional organisations;
* persons whose names the parse cut apart or read as a group, where a title right before
  the name or a body only a person owns ("X'S GOVERNMENT") says it is a person: the name
  read off the words (``nlp/names.py``), as a provisional person.

A phrase such as "Iran-backed militias" names an actor of its own when no
named actor stands beside it: a generic group (``GEN.MILITIA.IRN_BACKED``,
with ``.SYR`` when the sentence places it in Syria) whose relation to Iran
is kept as a ``backs`` relation. :meth:`RelationFinder.mark` adds those
mentions before events are coded, so the event keeps the militias as its
actor; :meth:`RelationFinder.find` then reads the relations, reusing the
event coder's look-ups (references, modality, attribution, dates).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import replace

import numpy
from spacy.attrs import DEP
from spacy.tokens import Doc, Span, Token

from ..actors.dictionary import normalise_key
from ..models import RELATION_TYPES, Evidence, Relation, stable_id
from ..nlp.names import NAME_TITLES, name_after, name_before, name_run
from ..nlp.relation_model import common_head, dependency_path, pair_features
from .not_actors import ORGANISATION_WORDS
from .prefilter import PAST_FORMS, word_forms
from .reading import _OWN_POSSESSIVES, Argument, CodingContext, PostContext, ThreadState
from .relation_cues import (
    _BASE_CONFIDENCE,
    _COPULAS,
    _EFFORT_NOUNS,
    _FORCE_KINDS,
    _FORCE_WORDS,
    _LISTED_PEOPLE,
    _MEMBER_WORDS,
    _MODEL_MAX_MENTIONS,
    _MODEL_MAX_PHRASES,
    _NOMINAL,
    _NOT_BODIES,
    _NOT_SIDE_ENTITIES,
    _NUMBERED_PARTS,
    _PART_NOUNS,
    _PARTNER_NOUNS,
    _PEOPLE_OF,
    _PORTFOLIO_TITLES,
    _RANK_WORDS,
    _REFLEXIVES,
    _UNIT_WORDS,
    RelationCues,
    VerbCue,
    _doubted,
    _Found,
    _fronted_as_title,
    _generic_group,
    _in_report_phrase,
    _joined_in,
    _led_not_member,
    _merge_key,
    _numbered,
    _on_paper,
    _ongoing,
    _restates,
    _shared_subject,
    _side_text,
    _to_become,
    _without_shorter_names,
    _word_before,
    _wrap,
    load_relation_cues,
)
from .relation_phrases import RelationPhrases
from .relation_sides import _subject_read_as_conjunct

__all__ = ['RelationCues', 'RelationFinder', 'load_relation_cues']


# "A, B and other members of Y", "X with fellow officials of Y": the named are of Y too.
_FELLOW_WORDS = frozenset({"other", "fellow"})
# Words that stand for a share of the people of their "of" phrase ("ALL OF THESE SOLDIERS
# BELONGED TO Y", "SOME OF THE GUERRILLAS"): the people are the "of" phrase's.
_SHARE_WORDS = frozenset({"all", "some", "most", "many", "several", "both", "none", "few"})


# Particles that make a cue verb another verb: "Iran ruled out talks", "the army backed
# down", "the militia was paid off" (a cue that asks for a particle names its own).
_AWAY_PARTICLES = frozenset({"out", "off", "down"})


# Possessive pronouns that, on a noun said of the object of a verb of regarding, stand for
# the subject who regards: "India sees China as its main rival".
_REGARDER_POSSESSIVES = _OWN_POSSESSIVES | {"my"}


def _inner_path(a: Token, b: Token, paths: dict[tuple[int, int], list[Token]]) -> list[Token]:
    """The tokens of the dependency path strictly between ``a`` and ``b``
    (:func:`dependency_path`), walked once per pair of words in ``paths``: the path from
    ``b`` to ``a`` is the same words in reverse order."""
    key = (a.i, b.i) if a.i <= b.i else (b.i, a.i)
    inner = paths.get(key)
    if inner is None:
        inner = paths[key] = dependency_path(a, b)[1] if a.i <= b.i else (
            dependency_path(b, a)[1])
    return inner if a.i <= b.i else inner[::-1]



def _held_between(rtype: str, sources: list[Argument], targets: list[Argument], noun: Token,
                  verb: Token) -> Iterator[_Found]:
    """The stance ``rtype`` a noun said by ``verb`` tells, from each source to each target
    that is another actor."""
    for src in sources:
        for tgt in targets:
            if src.actor != tgt.actor:
                yield _Found(rtype, src, tgt, noun, "noun", verb)

class RelationFinder(RelationPhrases):
    """Finds relations in parsed posts; one instance serves a whole corpus.

    ``coder`` is the event coder of the same documents: the finder reuses its
    argument reader (actor look-ups, modality frames, dates) with a
    :class:`~actorgraph.coding.coder.CodingContext` of its own per post.
    """

    # -- relations -------------------------------------------------------------------------

    def find(self, doc: Doc, ctx: PostContext, state: ThreadState | None = None
             ) -> tuple[list[Relation], list[tuple[Token, Span]]]:
        """The relations of a parsed post, and the generic actor mentions they made.

        ``state`` is the thread state after ``coder.code(doc, ...)``; it is not changed.
        """
        if not doc.has_annotation("DEP"):
            return [], []
        self._call.made = []
        self._call.author = ctx.author
        # The post's own context for the reader's look-ups (its actor mentions, as marked
        # and coded); a copy of the thread state, so finding relations moves no dates on.
        self._call.cx = CodingContext.of(doc, ctx,
                                         ThreadState(state.last_date if state else None))
        # The tokens with a possessive child: only they can open the possessive rule.
        # (read from the labels' array: a Token object per word costs more than the test)
        poss = numpy.flatnonzero(doc.to_array(DEP) == doc.vocab.strings["poss"]).tolist()
        self._call.owners = {doc[i].head.i for i in poss}
        self._call.chunks = None  # the post's noun chunks, made once (see _phrase_sides)
        out: dict[tuple[str, str, str, int], Relation] = {}
        for sent in doc.sents:
            ruled: list[tuple[Token, Token]] = []
            for found in self._sentence(sent):
                relation = self._relation(found, sent, ctx, state)
                if relation is None:
                    continue
                ruled.append((found.source.token, found.target.token))
                key = _merge_key(relation, sent.start)
                old = out.get(key)
                if old is None or relation.confidence > old.confidence:
                    out[key] = relation
            if self.model is None and self.recorder is None:
                continue
            for found, p in self._learned(sent, ruled, ctx):
                relation = self._relation(found, sent, ctx, state)
                if relation is None:
                    continue
                relation = replace(relation, confidence=round(max(0.1, min(0.9 * p, 0.9)), 2))
                out.setdefault(_merge_key(relation, sent.start), relation)
        return _led_not_member(_without_shorter_names(out)), self._made

    def _mentions(self, sent: Span) -> list[Span]:
        """The actor mentions of a parsed sentence, once each, in reading order."""
        if not any(t.dep_ and t.dep_ != "ROOT" for t in sent):
            return []  # (a sentence the prefilter left unparsed)
        seen: dict[tuple[int, int], Span] = {}
        for i in range(sent.start, sent.end):
            span = self._cx.by_token.get(i)
            if span is not None and span.id_:
                seen.setdefault((span.start, span.end), span)
        return list(seen.values())

    def _learned(self, sent: Span, ruled: list[tuple[Token, Token]], ctx: PostContext
                 ) -> Iterator[tuple[_Found, float]]:
        """Relations of the trained model between sides no rule related (recorded instead
        while training). The sides are the actor mentions and, where the model was trained
        with them, the noun phrases that may name a side the actor ruler does not mark
        (:meth:`_phrase_sides`: "the band", "the Guatemalan Episcopal Conference")."""
        mentions = self._mentions(sent)
        phrases = self._phrase_sides(sent, mentions) if self.recorder is not None or (
            self.model is not None and self.model.card.get("phrases")) else []
        sides = mentions + phrases
        if len(sides) < 2 or len(mentions) > _MODEL_MAX_MENTIONS:
            return
        kinds = {(m.start, m.end): self._kind(m) for m in mentions}
        kinds.update({(m.start, m.end): m.label_ for m in phrases})
        roots = [s.root for s in sides]  # (a Span finds its root anew at each call)
        paths: dict[tuple[int, int], list[Token]] = {}  # each pair's path, walked once
        for a, ra in zip(sides, roots, strict=True):
            for b, rb in zip(sides, roots, strict=True):
                if a.start == b.start or (a.id_ and a.id_ == b.id_):
                    continue
                covered = _restates(ra, rb, ruled)
                if self.recorder is not None:
                    self.recorder.append({
                        "item": ctx.doc, "sent": sent.start_char, "covered": covered,
                        "features": pair_features(a, b, kinds[(a.start, a.end)],
                                                  kinds[(b.start, b.end)], self._cue_types),
                        "a": [a.start_char, a.end_char, a.text, *self._names(a.id_)],
                        "b": [b.start_char, b.end_char, b.text, *self._names(b.id_)]})
                    continue
                if covered or self.model is None:
                    continue
                inner = _inner_path(ra, rb, paths)  # read by both tests below
                if not self._plain_path(inner) or self._title_of_other(ra, rb, inner):
                    continue
                best = self.model.best(pair_features(
                    a, b, kinds[(a.start, a.end)], kinds[(b.start, b.end)], self._cue_types))
                if best is None:
                    continue
                rtype, p = best
                src, tgt = self._phrase_arg(a), self._phrase_arg(b)
                if src is None or tgt is None:
                    continue
                trigger = self._model_trigger(ra, rb, inner)
                yield _Found(rtype, src, tgt, trigger, "model", trigger), p

    def _phrase_sides(self, sent: Span, mentions: list[Span]) -> list[Span]:
        """Noun phrases of the sentence that may name a side of a relation though the actor
        ruler marks no actor there: a group or body named in common words ("the band", "a
        paratroopers' unit", "the Liberal Party"), a proper name the dictionary does not
        know ("the Guatemalan Episcopal Conference", "ALONSO CORTES"). Each is a span
        without an actor id, labelled with its kind for the model (``np_group``,
        ``np_name``, ``np_person``); at most :data:`_MODEL_MAX_PHRASES`, the first ones."""
        by_token = self._cx.by_token
        taken = {i for m in mentions for i in range(m.start, m.end)}
        out: list[Span] = []
        # ``sent.noun_chunks`` makes every chunk of the whole post and keeps the sentence's:
        # once per sentence that is quadratic in a long post, so the post's are made once
        # (in order) and the sentence's found by their starts.
        if self._call.chunks is None:
            made = list(sent.doc.noun_chunks)
            self._call.chunks = (made, [c.start for c in made])
        chunks, starts = self._call.chunks
        for k in range(bisect_left(starts, sent.start), bisect_left(starts, sent.end)):
            chunk = chunks[k]
            if chunk.end > sent.end:
                continue
            root = chunk.root
            if root.i in taken or root.i in by_token or root.pos_ not in ("NOUN", "PROPN") or (
                    root.ent_type_ in _NOT_SIDE_ENTITIES) or root.lower_ in self.cues.nouns:
                continue  # (a title is the relation's word, not a side)
            start = chunk.start
            while start < root.i and (chunk.doc[start].dep_ in ("det", "poss", "punct", "case")
                                      or chunk.doc[start].is_space
                                      or chunk.doc[start].i in taken):
                start += 1
            if any(i in taken for i in range(start, chunk.end)):
                continue
            word = root.lower_
            if root.ent_type_ == "PERSON" and root.pos_ == "PROPN":
                kind = "np_person"
            elif self._group_word(word) or word in _UNIT_WORDS or word in _PART_NOUNS or (
                    word in self.cues.group_nouns):
                kind = "np_group"
            elif root.pos_ == "PROPN" and root.text[:1].isupper() and root.ent_type_ in (
                    "ORG", "NORP", ""):
                kind = "np_name"
            else:
                continue
            out.append(Span(chunk.doc, start, chunk.end, label=kind))
            if len(out) >= _MODEL_MAX_PHRASES:
                break
        return out

    def _phrase_arg(self, span: Span) -> Argument | None:
        """The argument for a side the model chose: a mention as it is; a noun phrase (see
        :meth:`_phrase_sides`) as the actor the rules read there, else a provisional person
        or organisation over its words (a common-noun group of this post alone)."""
        if span.id_:
            return Argument(span.root, span)
        root = span.root
        if span.label_ == "np_person":
            return self._named_person(root, span.start, span.end)
        arg = self._arg(root)
        if arg is not None and arg.span is not None:
            return arg
        if span.label_ == "np_group" and root.pos_ == "NOUN":
            return self._local_group(root)
        return self._provisional(root, span.start, span.end - 1)

    def _plain_path(self, inner: list[Token]) -> bool:
        """Whether every verb between two mentions is a relation cue or a copula: through
        any other verb ("X hopes to be elected president of Y", "X said Y ...") the clause
        may intend, deny or report, which the rules read and the model does not.
        ``inner``: the tokens of the dependency path strictly between the two."""
        for t in inner:
            if t.pos_ not in ("VERB", "AUX"):
                continue
            lemma = t.lemma_.lower()
            if lemma not in self._cue_types and lemma not in _COPULAS:
                return False
        return True

    def _title_of_other(self, a: Token, b: Token, inner: list[Token]) -> bool:
        """Whether the path between two sides runs through a title in apposition that the
        rules read as said of another name of a list, or of none: "A, B AND C, PRESIDENT OF
        Y" (C's alone), "OCHOA, MEMBERS OF Y, OR ANYONE ELSE" (a list, no apposition)."""
        for t in inner:
            if t.dep_ != "appos":
                continue
            if self._plural_on_one_name(t):
                return True
            last = self._last_listed_person(t)
            if last is not None and last.token.i not in (a.i, b.i):
                return True
        return False

    def _model_trigger(self, a: Token, b: Token, inner: list[Token]) -> Token:
        """The word whose clause gives a learned relation its modality: the last cue word
        on the path between the mentions ("hopes to be elected president of": president,
        under "hopes"), else the word both hang from (``inner``: the path's tokens strictly
        between them)."""
        cued = [t for t in inner if t.lower_ in self._cue_types
                or t.lemma_.lower() in self._cue_types]
        head = common_head(a, b)
        trigger = cued[-1] if cued else head if head is not None else b.sent.root
        # a predicate noun takes its verb's clause ("X was elected president of Y")
        return trigger.head if trigger.dep_ in ("attr", "acomp", "oprd") else trigger

    def _names(self, actor_id: str) -> list[str]:
        actor = self.actor(actor_id)
        return [actor.name, *actor.aliases] if actor is not None else []

    def _sentence(self, sent: Span) -> Iterator[_Found]:
        owners = self._call.owners
        nouns = self.cues.nouns
        # The possessives first: the bodies they make ("ORTEGA'S GOVERNMENT") are then sides
        # for the rules of words before them ("WITH THE SUPPORT OF ORTEGA'S GOVERNMENT").
        # (read from the owners' indices, not by a second walk over every word)
        doc = sent.doc
        for i in sorted(i for i in owners if sent.start <= i < sent.end):
            if doc[i].pos_ in ("NOUN", "PROPN"):
                yield from self._possessive(doc[i])
        opening = self._opening_words
        for token in sent:
            # Each rule tests its own opening condition; the cheap ones are tested here as
            # well, so that most words start no rule at all.
            pos, lower = token.pos_, token.lower_
            lemma = token.lemma_.lower()
            if self._may_be_hyphenated(lower):
                yield from self._compound(token)
            if lower in opening.adjectives or lemma in opening.adjectives:
                yield from self._adjective(token)
            if lower in opening.nouns or lemma in opening.nouns:
                yield from self._noun(token)
            if lower in nouns and (pos in ("NOUN", "PROPN") or self.rank_read_as_adjective(token)):
                yield from self._title(token)
                yield from self._title_of_named(token)
            elif lower in self.cues.counterparts:
                yield from self._title(token)  # the possessor's title ("his counterpart")
            if token.dep_ == "appos":
                yield from self._apposition(token)
            if lower in _MEMBER_WORDS or lower in ("partners", "allies"):
                yield from self._members_named(token)
            if token.dep_ == "pobj" and token.head.lower_ == "as" and lower in nouns:
                yield from self._regarded_as(token)
            if token.dep_ in ("oprd", "appos") and lower in nouns:
                yield from self._named_stance(token)
            if lower in self.cues.charge_nouns and token.dep_ == "pobj" and (
                    token.head.lower_ == "in"):
                yield from self._in_charge(token)
            if lower == "one" and token.dep_ in ("appos", "attr"):
                yield from self._one_of(token)
            if lower in _LISTED_PEOPLE and token.tag_ == "NNS":
                yield from self._members_listed(token)
                yield from self._fellow_members(token)
            if lower in ("member", "members") and token.dep_ == "attr":
                yield from self._described_members(token)
            if (lemma if lemma in self.cues.verbs else PAST_FORMS.get(lower, lemma)) in (
                    opening.verbs):
                yield from self._verb(token)
            if lower in ("which", "that", "whom") and pos in ("PRON", "DET", "SCONJ"):
                yield from self._verb_read_in_relative(token)
            if lower in ("of", "from") and token.dep_ == "prep" and pos == "ADP":
                yield from self._person_of(token)
            if lower == "from" and token.dep_ == "prep":
                yield from self._people_from(token)
            if lower in self.cues.party_words and token.dep_ in ("amod", "compound"):
                yield from self._party_member(token)
            if token.text == ":" or (lower == "signed" and token.i > 0
                                     and token.doc[token.i - 1].text == "("):
                yield from self._signatories(token)
            if lower in _NUMBERED_PARTS and pos in ("NOUN", "PROPN"):
                yield from self._numbered_part(token)
            if lower == "within" and token.dep_ == "prep":
                yield from self._within(token)
            if lower == "through" and pos == "ADP":
                yield from self._through_official(token)
            if pos == "ADP" and token.dep_ == "prep" and token.head.dep_ == "ROOT":
                yield from self._verb_read_as_preposition(token)

    def _through_official(self, through: Token) -> Iterator[_Found]:
        """A body that acts through a titled person: "THE ARMED FORCES, THROUGH ITS
        COMMANDER, GENERAL X, RESPONDED", "the government, through Foreign Minister X,
        announced" (X holds the title in the body named before the comma; read from the
        words, as the parser hangs "through" anywhere)."""
        doc, sent = through.doc, through.sent
        if through.i - 2 < sent.start or doc[through.i - 1].text != ",":
            return
        body = self._arg(doc[through.i - 2])
        if body is None or body.span is None or self._kind(body.span) in _NOT_BODIES:
            return
        end = next((t.i for t in doc[through.i + 1:sent.end] if t.text == "," and any(
            c.text != "," for c in doc[t.i - 1:t.i]) and t.i > through.i + 2 and doc[
            t.i - 1].lower_ not in self.cues.nouns), sent.end)  # the comma after the name
        words = doc[through.i + 1:end]
        title = next((t for t in words if t.lower_ in self.cues.nouns and (
            self.cues.nouns[t.lower_][0] in ("leads", "member_of"))
            and not self.cues.nouns[t.lower_][1]), None)
        if title is None or end - title.i > 6:
            return
        first = title.i + 1  # the name right after the title (past a comma and a rank)
        while first < end and (doc[first].text == "," or doc[first].is_space
                               or doc[first].lower_.rstrip(".") in _RANK_WORDS):
            first += 1
        if first >= end or any(t.pos_ in ("VERB", "AUX") for t in doc[first:end]):
            return  # ("through its spokesman, accused X, ...": no name given the title)
        span = self._cx.by_token.get(first)
        person = Argument(doc[first], span) if span is not None and span.start == first else (
            self._arg(doc[end - 1]))
        if person is None or person.span is None or self._kind(person.span) != "person":
            return
        rtype = self._qualified(title, self.cues.nouns[title.lower_][0])
        yield _Found(rtype, person, body, title, "title", title)

    def _apposition(self, token: Token) -> Iterator[_Found]:
        if token.dep_ != "appos":
            return
        if self._unit_name(token) and self._unit_name(token.head) and token.head.i < token.i:
            # "2nd Battalion, 5th Special Forces Group": units are written smallest first
            part, whole = self._arg(token.head), self._arg(token)
            if part is not None and whole is not None:
                yield _Found("member_of", part, whole, token, "apposition", token.head)
            return
        by_token = self._cx.by_token
        person, group = by_token.get(token.i), by_token.get(token.head.i)
        if person is None or group is None or person is group:
            return
        if self._is_sector(group) and group[-1].tag_ == "NN" and (
                group[-1].lower_ not in ORGANISATION_WORDS):
            return  # "another Colombian priest, Rafael Lopera": what he is, not a group
        if self._kind(person) == "person" and self._kind(group) not in ("person", "state", None):
            doc = token.doc
            if _in_report_phrase(doc[group.start]) and any(
                    doc[j].text == "," for j in range(group.end, person.start)):
                return  # "ACCORDING TO THE PAPER X, PRESIDENT Y SIGNED": the clause's subject
            before = [t for t in doc[max(0, person.start - 4):person.start] if not t.is_space]
            if len(before) >= 2 and before[-1].lower_ == "by" and self.cues.compounds.get(
                    before[-2].lower_) == ("leads", False):
                # "THE SALVADORAN GOVERNMENT, HEADED BY ALFREDO CRISTIANI", the participle
                # read as part of the name: the one it is headed by leads it
                yield _Found("leads", Argument(token, person), Argument(token.head, group),
                             before[-2], "apposition", token.head)
                return
            if self._holds_title_before(token, person):
                return  # "THE PRESIDENT OF THE CGT, MARIO LUNA": its head (the title's rule)
            yield _Found("member_of", Argument(token, person), Argument(token.head, group), token,
                         "apposition", token.head)

    def _described_members(self, noun: Token) -> Iterator[_Found]:
        """"THE DETAINEES WERE MEMBERS OF A CELL", "FOUR INDIVIDUALS WHO ARE MEMBERS OF URBAN
        COMMAND UNITS": people the sentence describes, not names, said to be members of a
        body are a side (a group of the post), and so is a body named in common words."""
        subjects = [c for c in noun.head.children if c.dep_ == "nsubj"]
        if not subjects or noun.head.lemma_.lower() not in _COPULAS:
            return
        people = subjects[0]
        if people.tag_ == "WP" and noun.head.dep_ == "relcl":
            people = noun.head.head  # "INDIVIDUALS WHO ARE MEMBERS OF"
        if self._args(people) or not self._described_people(people):
            return  # (a named or referred-to side is the noun rule's)
        bodies = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children if p.dep_ == "pobj"]
        owners = [a for p in bodies[:1] for a in (self._args(p) or (
            [self._local_group(p)] if self._described_body(p) else []))]
        holder = self._local_group(people)
        for owner in owners:
            yield _Found("member_of", holder, owner, noun, "noun", noun.head)

    def _regarded_as(self, noun: Token) -> Iterator[_Found]:
        """"the Taliban regard the Islamic State as an enemy", "Armenia is seen as a partner
        by France", "India sees China as its main rival": an ally or rival noun of no one
        (or of the one who regards, by a possessive pronoun) said with "as" of the object
        (the passive subject) holds between it and the one who regards it so."""
        verb = noun.head.head
        rtype = self._stance_said(noun, verb)
        if rtype is None:
            return  # ("as an enemy of the state", "as Iran's ally": the noun's own rules)
        passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if passive:
            regarded = [a for c in passive for a in self._args(c)]
            regarding = [a for c in verb.children if c.dep_ == "agent"
                         for p in c.children if p.dep_ == "pobj" for a in self._args(p)]
        else:
            regarded = [a for c in verb.children if c.dep_ in ("dobj", "obj")
                        for a in self._args(c)]
            regarding = self._direct(self.reader.subjects(self._cx, verb))
        yield from _held_between(rtype, regarding, regarded, noun, verb)

    def _named_stance(self, noun: Token) -> Iterator[_Found]:
        """"Hamas called Fatah its main rival", "the GIA branded the AIS its enemy": an ally
        or rival noun of no one (or of the subject, by a possessive pronoun) said of the
        object of a verb of naming or regarding, the noun its complement (or read as the
        object's apposition), holds between the object and the subject."""
        obj = noun.head if noun.dep_ == "appos" else None
        verb = obj.head if obj is not None and obj.dep_ in ("dobj", "obj") else noun.head
        rtype = self._stance_said(noun, verb)
        if rtype is None or (obj is not None and obj.i > noun.i):
            return  # ("called it an enemy of all Iraqis", "Iran's ally": the noun's own rules)
        named = [a for c in verb.children if c.dep_ in ("dobj", "obj") and c.i < noun.i
                 for a in self._args(c)]
        naming = self._direct(self.reader.subjects(self._cx, verb))
        yield from _held_between(rtype, naming, named, noun, verb)

    def _stance_said(self, noun: Token, verb: Token) -> str | None:
        """The stance (``allied_with``, ``rival_of``) an ally or rival noun of no one, or of
        the one who regards by a possessive pronoun, tells when ``verb`` is a verb of
        regarding or naming ("regard X as an enemy", "called X its rival"); ``None`` for
        another noun or verb, or a noun with an owner or an "of"/"to" of its own ("an enemy
        of the state", "Iran's ally": the noun's own rules)."""
        cue = self.cues.noun_cue(noun)
        lemma = verb.lemma_.lower()
        if cue is None or cue[0] not in ("allied_with", "rival_of") or (
                lemma not in self.cues.regarding_verbs and lemma not in self.cues.naming_verbs
        ) or any(
                (c.dep_ == "poss" and c.lower_ not in _REGARDER_POSSESSIVES)
                or (c.dep_ == "prep" and c.lower_ in ("of", "to")) for c in noun.children):
            return None
        return cue[0]

    def _in_charge(self, noun: Token) -> Iterator[_Found]:
        """"COL VARGAS, IN CHARGE OF THE 3D MILITARY ZONE", "X is in command of the 4th
        Brigade", "they put X in charge of the unit": the person said to be in charge of a
        body leads it (``charge_nouns``; "in charge of the inquiry" names no body)."""
        bodies = [a for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children if p.dep_ == "pobj"
                  for a in (self._args(p) or self._charged_body(p))]
        in_, doc = noun.head, noun.doc
        if not bodies:
            return
        if in_.i >= 2 and doc[in_.i - 1].text == ",":  # "X, in charge of Y,"
            holders = [a for a in [self._arg(doc[in_.i - 2])] if a is not None]
        elif in_.head.pos_ in ("VERB", "AUX"):
            verb = in_.head
            holders = [a for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
                       for a in self._args(c)] or self._direct(self.reader.subjects(self._cx, verb))
        else:
            holders = self._args(in_.head)
        for holder in holders:
            for body in bodies:
                if self._kind(holder.span) == "person" and holder.actor != body.actor:
                    yield _Found("leads", holder, body, noun, "noun", in_.head)

    def _charged_body(self, noun: Token) -> list[Argument]:
        """A body no actor names that one can be in charge of: a unit, a command area or an
        organisation's noun ("the 3D MILITARY ZONE", "the northern garrison")."""
        if not (self._unit_name(noun) or self._command_area(noun) or self._described_body(noun)):
            return []
        return [a for a in [self._body_phrase(noun)] if a is not None]

    def _one_of(self, one: Token) -> Iterator[_Found]:
        """"X, one of the FMLN general command members", "X is one of the Liberal Party
        congressmen", "X, one of the front's leaders": one of a body's people is a member of
        the body their noun is qualified by (a leader among several too)."""
        people = [p for c in one.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children if p.dep_ == "pobj" and p.tag_ == "NNS"]
        if not people or not self._body_people(people[0]):
            return
        mods = [m for m in people[0].lefts if m.dep_ in ("poss", "compound", "nmod")]
        bodies = self._modifier_side(mods[-1]) if mods else []
        for holder in self._holders(one):
            for body in bodies:
                if self._kind(holder.span) == "person":
                    yield _Found("member_of", holder, body, one, "noun", one)

    def _body_people(self, noun: Token) -> bool:
        """Whether a plural noun names a body's people: its members, leaders or officials
        (the title nouns) or its elected people (``member_people``: "congressmen")."""
        lemma = noun.lemma_.lower()
        return lemma in self.cues.member_people or noun.lower_ in _LISTED_PEOPLE or (
            self.cues.nouns.get(lemma, ("", False))[0] in ("member_of", "leads"))

    def _members_named(self, token: Token) -> Iterator[_Found]:
        """"our Coalition partners, especially the Turks", "NATO members such as Turkey":
        the ones named are members of the group the noun's modifier names."""
        if token.lower_ not in _MEMBER_WORDS | {"partners", "allies"}:
            return
        group = None
        for c in token.lefts:
            if c.dep_ == "compound" and c.i == token.i - 1:
                group = self._arg(c)
                if group is None and c.lower_ in self.cues.unnamed_groups and (
                        c.i not in self._cx.by_token):
                    group = self._provisional(c, c.i, c.i)
        if group is None or self._kind(group.span) in ("state", "person"):
            return
        named = [a for c in token.rights if c.dep_ == "appos" for a in self._args(c)]
        named += [a for c in token.rights if c.dep_ == "prep" and (
                      c.lower_ in ("including", "like") or (c.lower_ == "as" and any(
                          d.lower_ == "such" for d in c.children)))
                  for p in c.children if p.dep_ == "pobj" for a in self._args(p)]
        named += [a for c in token.rights if c.dep_ == "amod" and c.lower_ == "such"
                  for d in c.children if d.dep_ == "prep" and d.lower_ == "as"
                  for p in d.children if p.dep_ == "pobj" for a in self._args(p)]
        for member in named:
            yield _Found("member_of", member, group, token, "apposition", token)

    def _people_body(self, token: Token) -> tuple[Token, Argument] | None:
        """The one body a plural people's noun is "of" ("MEMBERS OF THE KIDNAPPING RING"):
        its object's word and the group (a body named in plain words made one), else
        ``None``."""
        pobjs = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj"]
        if len(pobjs) != 1:
            return None
        body = pobjs[0]
        groups = [a for a in self._args(body) if self._kind(a.span) not in _NOT_BODIES]
        if not groups and (made := self._body_phrase(body)) is not None:
            groups = [made]
        return (body, groups[0]) if len(groups) == 1 else None

    def _fellow_members(self, token: Token) -> Iterator[_Found]:
        """"A, LIEUTENANT B AND OTHER MEMBERS OF Y", "X, along with other members of Y",
        "X and three other members of Y": "other" members make the persons listed just
        before them members of the same body (only persons, and only a list that runs
        right up to the "and" or "(along) with": "the judge freed X on a mission with two
        other members of Y" names no one before "with")."""
        if not any(c.dep_ == "amod" and c.lower_ in _FELLOW_WORDS for c in token.lefts):
            return
        found = self._people_body(token)
        if found is None:
            return
        group = found[1]
        doc, by_token = token.doc, self._cx.by_token
        j = _word_before(token.left_edge)
        if j is not None and doc[j].lower_ == "with":
            j = _word_before(doc[j])
            if j is not None and doc[j].lower_ in ("along", "together"):
                j = _word_before(doc[j])
        elif j is None or doc[j].lower_ != "and":
            return
        else:
            j -= 1
        start = token.sent.start
        while j is not None and j >= start:
            t = doc[j]
            span = by_token.get(j)
            if t.is_space or t.text == "," or t.lower_ == "and" or (
                    span is None and t.lower_.rstrip(".") in _RANK_WORDS):
                j -= 1
                continue
            if span is not None and span.id_.startswith("PRV.") and (
                    self._kind(span) != "person") and (
                    (k := _word_before(doc[span.start])) is not None) and (
                    doc[k].lower_.rstrip(".") in _RANK_WORDS):
                span = self._named_person(doc[span.end - 1], span.start, span.end).span
                # ("LIEUTENANT ISIDRO LOPEZ" read as a firm: a rank opens a person's name)
            person = Argument(doc[span.end - 1], span) if span is not None else (
                self._ranked_name(t, titled=True) or self._capital_name(t))
            if person is None or person.span is None or self._kind(person.span) != "person":
                break
            k = _word_before(doc[person.span.start])
            if k is None or self.cues.nouns.get(doc[k].lower_) != ("leads", False):
                # ("PRESIDENT X AND OTHER OFFICIALS OF THE GOVERNMENT": its head, the title's)
                yield _Found("member_of", person, group, token, "apposition", token)
            j = person.span.start - 1

    def _capital_name(self, last: Token) -> Argument | None:
        """A person's name of two words or more in wire capitals ending at ``last`` that the
        parse tagged as anything ("LIEUTENANT ISIDRO LOPEZ", LOPEZ read as an adjective)."""
        if not self._capital_name_word(last):
            return None
        run = name_before(last, self._not_name, lambda i: i in self._cx.by_token, single=True)
        if run is None or run[1] - run[0] < 2:
            return None
        return next(iter(self._unread_person(last, run)), None)

    def _members_listed(self, token: Token) -> Iterator[_Found]:
        """"THE FOLLOWING MEMBERS OF Y DIED: A, B AND C", "officials of Y, namely A and B",
        "the other members of Y are A and B": each person the list names is one of Y's
        people. The list opens after the body, at a colon ("following" members, or the
        colon right after the body), "namely", or the copula whose subject the noun is;
        "members of Y" with no list names no one."""
        doc, by_token = token.doc, self._cx.by_token
        found = self._people_body(token)
        if found is None:
            return
        body, group = found
        # (where the body's phrase ends: its conjuncts may be the list itself, "Y, namely A")
        listed = {t.i for c in body.children if c.dep_ in ("conj", "cc", "appos")
                  for t in c.subtree}
        after = max([t.i for t in body.subtree if t.i not in listed]
                    + [group.span.end - 1 if group.span is not None else 0]) + 1
        following = any(c.lower_ == "following" for c in token.lefts)
        opens = None
        if token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_ == "be" and (
                token.head.i >= after):
            opens = token.head.i  # "the other members of Y are A and B"
        for j in range(after, token.sent.end):
            if opens is not None:
                break
            t = doc[j]
            if t.lower_ == "namely" or (t.text == ":" and (following or j == after)):
                opens = j
            elif t.text in (";", ":") or (t.pos_ in ("VERB", "AUX") and not following):
                break
        if opens is None:
            return
        end = token.sent.end
        if opens == end - 1 and end < len(doc):
            end = doc[end].sent.end  # the parser ended the sentence at the list's colon
        seen: set[int] = set()
        for j in range(opens + 1, end):
            t = doc[j]
            if t.text == ";":
                break
            span = by_token.get(j)
            person = None
            if span is not None and self._kind(span) == "person":
                person = Argument(doc[span.end - 1], span)
            elif span is None and t.pos_ == "PROPN" and (
                    j + 1 >= end or doc[j + 1].pos_ != "PROPN"):
                person = self._ranked_name(t, titled=True)
            if person is None or person.span is None or person.span.start in seen:
                continue
            seen.add(person.span.start)
            yield _Found("member_of", person, group, token, "apposition", token)

    def _verb(self, token: Token) -> Iterator[_Found]:
        if token.pos_ not in ("VERB",) and not (token.pos_ == "ADJ" and token.tag_ == "VBN") and (
                not self._misread_verb(token)):
            return
        lemma = token.lemma_.lower()
        lemma = lemma if lemma in self.cues.verbs else PAST_FORMS.get(token.lower_, lemma)
        if lemma in self.cues.giving_verbs or lemma in self.cues.receiving_verbs:
            yield from self._giving(token, lemma)
            return
        cue = self.cues.verbs.get(lemma)
        if cue is None:
            return
        if cue.particle and not any(c.lower_ == cue.particle for c in token.children
                                    if c.dep_ in ("prt", "advmod", "prep")):
            return
        if not cue.particle and any(c.dep_ == "prt" and c.lower_ in _AWAY_PARTICLES
                                    for c in token.children):
            return  # "ruled out talks", "backed off": another verb
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children)
        # "militias founded by Iran", "GANGS, TRAINED BY X AND FINANCED BY Y"
        # "X, once the largest group and led by Y": a participle with its agent, read as a
        # conjunct of the name
        on_name = token.tag_ in ("VBN", "VBD") and token.dep_ == "conj" and (
            token.head.pos_ in ("NOUN", "PROPN")) and any(c.dep_ == "agent" for c in token.children)
        reduced = on_name or token.tag_ == "VBN" and (token.dep_ == "acl" or (
            token.dep_ == "conj" and token.head.dep_ == "acl" and token.head.tag_ == "VBN"))
        noun = token.head if token.dep_ == "acl" or on_name else token.head.head
        prep_objects = [p for c in token.children if c.dep_ == "prep" and c.lower_ in cue.preps
                        for p in c.children if p.dep_ == "pobj"]
        if passive and cue.preps or (reduced and prep_objects and not cue.prep_only):
            # "Booker was assigned to 2nd Battalion": the subject belongs to the object; so
            # does the noun a participle hangs on ("X, a militia allied with Iran").
            sources = [a for c in token.children if c.dep_ == "nsubjpass" for a in self._args(c)]
            if not passive:
                sources = self._args(noun) or self._holders(noun)
            targets = [a for p in prep_objects for a in self._args(p)]
        elif passive or reduced:
            sources = [a for c in token.children if c.dep_ == "agent"
                       for p in c.children if p.dep_ == "pobj"
                       for a in (self._titled_agent(p) if self._bare_title(p)
                                 else self._args(p))]
            if not sources and cue.type == "backs":
                # "supported by coalition airstrikes", "backed by Russian aircraft": the side
                # whose means they are
                sources = [a for c in token.children if c.dep_ == "agent"
                           for p in c.children if p.dep_ == "pobj" for a in self._means_sides(p)]
            if not sources and cue.type == "backs":
                # "supported by elements in the defense forces": the group they are of
                sources = [a for c in token.children if c.dep_ == "agent"
                           for p in c.children if p.dep_ == "pobj" for a in self._of_group(p)]
            if not sources:
                # "a movement armed and trained by Iran": the last verb's agent is the first's
                sources = [a for v in token.conjuncts if v.i > token.i and v.tag_ == "VBN"
                           for c in v.children if c.dep_ == "agent"
                           for p in c.children if p.dep_ == "pobj" for a in self._args(p)][:1]
            if not sources and cue.type in ("leads", "founds"):
                sources = [a for c in token.children if c.dep_ == "agent"
                           for a in self._leader_after_by(c)]
            subjects = [c for c in token.children if c.dep_ == "nsubjpass"]
            if not subjects and not reduced and (shared := _shared_subject(token)) is not None:
                subjects = [shared]  # "a group that wages war and is led by X": the group
            if subjects:
                targets = self._args(subjects[0])
                if not targets and subjects[0].lower_ in self.cues.generic:
                    targets = self._holders(subjects[0])
                if not targets:
                    targets = self._of_group(subjects[0])
                if not targets and cue.type == "backs":
                    targets = self._act_doers(subjects[0])  # "the offensive ... was backed by"
                if not targets and cue.type == "leads":
                    targets = self._led_body(subjects[0])  # "the commission is headed by X"
            else:
                targets = self._args(noun) if reduced else []
                if reduced and not targets:
                    targets = self._holders(noun)
                if reduced and not targets:
                    targets = self._of_group(noun)
                if reduced and not targets and cue.type == "backs":
                    targets = self._act_doers(noun)  # "Russia's offensive, backed by X"
                if reduced and not targets and (before := self._before_comma(token)) is not None:
                    targets = [a for a in [self._arg(before)] if a is not None]  # "GANGS OF
                    # CRIMINALS, TRAINED BY X"
                    # (hung by the parser on a noun further back)
                if reduced and not targets and cue.type == "leads":
                    targets = self._led_body(noun)  # "AN ADVANCE TEAM, HEADED BY X"
            if not targets and cue.type == "backs":
                # (a one-word provisional side as the agent may be a misread common noun:
                # "SUPPORTED BY HELICOPTER GUNSHIPS"; with an unnamed body, no relation)
                sources = [a for a in sources if not (
                    (a.actor or "").startswith("PRV.") and a.span is not None
                    and len(a.span) == 1)]
                targets = self._described_backed(token) if sources else []
        elif token.tag_ in ("VBD", "VBN") and not any(c.dep_ in ("dobj", "obj")
                                                     for c in token.children) and (
                by := [p for c in token.children if c.dep_ == "prep"
                       for d in (c, *c.subtree) if d.dep_ == "prep" and d.lower_ == "by"
                       for p in d.children if p.dep_ == "pobj"]):
            # "the Quds Force, led for two decades by X": "by X" misattached, still the agent
            sources = [a for p in by[:1] for a in self._args(p)]
            targets = [a for c in token.children if c.dep_ == "nsubj" for a in self._args(c)]
        else:
            sources = self._agents(token)
            if not sources:  # the small model reads "Tehran funds Hamas" as a compound
                sources = [a for c in token.lefts if c.dep_ in ("compound", "npadvmod", "nmod")
                           for a in self._args(c)]
            objects = [c for c in token.children if c.dep_ in ("dobj", "obj")
                       and c.lower_ not in _REFLEXIVES  # "allied itself with X": with X
                       and not cue.prep_only]  # "fought for X", not "fought X"
            if not objects and not cue.prep_only and not any(
                    c.dep_ == "prep" and c.lower_ in cue.preps for c in token.children):
                # "X trains and equips Y": the object of the last verb is the first's too.
                objects = [o for v in token.conjuncts if v.i > token.i and v.pos_ == "VERB"
                           for o in v.children if o.dep_ in ("dobj", "obj")][:1]
            objects += [p for c in token.children if c.dep_ == "prep" and c.lower_ in cue.preps
                        for p in c.children if p.dep_ == "pobj"]
            if not objects and token.pos_ == "NOUN":
                # "al-Julani heads Hayat Tahrir al-Sham", read as a noun with the group as
                # its apposition
                objects = [c for c in token.rights if c.dep_ == "appos"]
            targets = []
            for obj in objects[:1]:
                targets = self._args(obj)
                if not targets and cue.type == "backs" and cue.reverse and (
                        obj.lemma_.lower() in self.cues.support_nouns):
                    # "relies on Iranian military support": Iran backs the subject
                    targets = [a for c in obj.children if c.dep_ in ("amod", "compound",
                                                                      "nmod", "poss")
                               for a in self._args(c)]
                if not targets and cue.type in ("founds", "leads", "backs") and sources:
                    word = "led" if cue.type == "leads" else "backed"
                    targets = self._founded_group(obj, sources[0], word)
                if not targets and cue.described_sides and self._described_body(obj) and (
                        not _joined_in(token)):
                    targets = [self._local_group(obj)]  # "belonged to a band of assassins"
            if cue.described_sides and targets and not sources and not _joined_in(token):
                # "ALL THOSE KILLED BELONGED TO A GANG", "THE CREW ... BELONGED TO GROUPS"
                sources = [self._local_group(p) for s in token.children if s.dep_ == "nsubj"
                           and (p := self._subject_people(s)) is not None][:1]
            if cue.described_sides and targets and not sources:
                sources = self._participle_people(token)
        yield from self._verb_pairs(cue, sources, targets, token)

    def _participle_people(self, verb: Token) -> list[Argument]:
        """The people a present participle hangs on: "SOLDIERS BELONGING TO A DETACHMENT",
        "rebels belonging to the ELN" (the named side, or those a plural noun describes)."""
        people = verb.head
        if verb.dep_ != "acl" or verb.tag_ != "VBG" or people.pos_ not in ("NOUN", "PROPN"):
            return []
        if named := [a for a in self._args(people)
                     if self._kind(a.span) not in (*_NOT_BODIES, None)]:
            return named
        # ("documents belonging to the ministry": no one's)
        return [self._local_group(people)] if self._plural_people(people) or (
            self._described_body(people)) else []  # ("A GROUP OF SOLDIERS BELONGING TO Y")

    def _plural_people(self, noun: Token) -> bool:
        """Whether a plural noun no actor names stands for people: a title's plural
        ("soldiers", "guerrillas"), a body's people ("members", "men") or ``led_people``."""
        lemma = noun.lemma_.lower()
        return noun.tag_ in ("NNS", "NNPS") and noun.i not in self._cx.by_token and (
            lemma in self.cues.nouns or noun.lower_ in _PEOPLE_OF or noun.lower_ in _FORCE_WORDS
            or lemma in self.cues.member_people or noun.lower_ in self.cues.led_people)

    def _verb_pairs(self, cue: VerbCue, sources: list[Argument], targets: list[Argument],
                    token: Token) -> Iterator[_Found]:
        """The relations of a verb cue between its subjects and objects, less the pairs the
        cue's kind of side rules out ("trains" a force, "owns" an organisation)."""
        if cue.reverse:
            sources, targets = targets, sources
        for src in sources:
            for tgt in targets:
                rtype = cue.type
                if rtype == "founds":
                    rtype = "leads" if self._kind(src.span) == "person" else "backs"
                tkind = self._kind(tgt.span)
                if cue.armed_target and tkind not in _FORCE_KINDS and not _generic_group(tgt) and (
                        tgt.token.lower_ not in self.cues.generic) and (
                        tgt.token.lower_ not in self.cues.group_nouns):
                    continue
                if cue.organisation_target and tkind in ("person", "state"):
                    continue
                if cue.organisation_source and self._kind(src.span) in ("person", "state"):
                    continue  # "the YPG dominates the SDF", not "Iran dominates the Houthis"
                if rtype == "leads" and tkind == "person":
                    continue
                if rtype == "member_of" and tgt.token.lower_ in (*_PARTNER_NOUNS, "forces") and (
                        tgt.span is not None and tgt.span.id_.startswith("PRV.")):
                    continue  # "joined Kerry and international partners in Paris": a meeting;
                    # "joined forces with X": an alliance (the noun's rule)
                if rtype == "backs" and tkind == "civilian":
                    continue  # "support for the Iraqi people" is not sponsorship
                yield _Found(rtype, src, tgt, token, "verb", token)

    def _leader_after_by(self, agent: Token) -> list[Argument]:
        """The person "led / headed / founded by" names where the entity reader read no
        actor there ("THE GANG LED BY CHALARIA", the name taken for a place): the
        capitalised name words right after "by" (ranks passed over; one word is enough, the
        verb says a leader follows) as a provisional person, when no place or actor of the
        dictionary bears them."""
        by_token = self._cx.by_token
        return self._unread_person(agent, name_after(
            agent, _RANK_WORDS, self._not_name, lambda i: i in by_token,
            single=True))

    def _bare_title(self, noun: Token) -> bool:
        """Whether ``noun`` is a title word no actor mention holds ("secretary")."""
        return (noun.lower_ in NAME_TITLES or noun.lower_ in self.cues.nouns) and (
            noun.i not in self._cx.by_token)

    def _titled_agent(self, noun: Token) -> list[Argument]:
        """The person a title after "by" names where the parse made the title the agent
        ("HEADED BY ASSISTANT SECRETARY OF STATE BERNARD ARONSON": "secretary" the agent,
        the name hung on its "of"): the first person in the title's phrase after it; none
        where no person is found there (the title itself is no side)."""
        for t in noun.subtree:
            if t.i > noun.i and (t.ent_type_ == "PERSON" or t.i in self._cx.by_token) and (
                    arg := self._arg(t)) is not None and self._kind(arg.span) == "person":
                return [arg]
        # ("HEADED BY UNDERSECRETARY FOR FOREIGN AFFAIRS X": the name hung on the main verb)
        named = self._name_right_after(noun, noun.right_edge)
        return [named] if named is not None else []

    def _led_body(self, noun: Token) -> list[Argument]:
        """A body named only by a plain noun that a person heads ("A SPANISH DIPLOMATIC
        DELEGATION HEADED BY X", "THE ADVANCE TEAM, HEADED BY X", "THAT SUBVERSIVE GROUP, LED
        BY X"): the noun with its modifiers, a group of this post (``led_bodies``, the
        organisation words); none for what is no body ("a list headed by X")."""
        if noun.pos_ != "NOUN" or noun.i in self._cx.by_token or not (
                noun.lower_ in self.cues.led_bodies or noun.lemma_.lower() in self.cues.led_bodies
                or self._organisation_word(noun.lower_) or (
                    self._plural_people(noun)
                    and self.cues.nouns.get(noun.lemma_.lower(), ("",))[0] != "leads")):
            return []  # ("27,000 PIRATES HEADED BY X": the people he heads, a group; "THE
            # FOUR UP LEADERS, HEADED BY X": the first among them)
        first = noun.left_edge
        if first.lower_ in ("a", "an") and first.i > 0 and noun.doc[first.i - 1].text in (",", "("):
            return []  # "X (..., AN ORGANIZATION HEADED BY Y)": a description of a name
        if noun.dep_ == "appos" and (named := self._arg(noun.head)) is not None:
            # "LA FANMI SE LA VI (..., AN ORGANIZATION HEADED BY X)": the name it stands for
            return [named] if self._kind(named.span) not in _NOT_BODIES else []
        return [self._local_group(noun)]

    def _signatories(self, marker: Token) -> Iterator[_Found]:
        """A communiqué's signature: "FMLN GENERAL COMMAND: COMMANDER X, COMMANDER Y",
        "... GENERAL COMMAND (SIGNED) COMMANDER X COMMANDER Y" or "(SIGNED) FMLN GENERAL
        COMMAND\n\n COMMANDERS X, Y AND Z": each name after a title signs for the body named
        just before the marker (or on the marker's own line after it), one of its people;
        the names listed after a plural title hold it each."""
        doc = marker.doc
        by_token = self._cx.by_token
        signing = self._body_before_marker(marker) or self._body_after_marker(marker)
        if signing is None:
            return
        body, i = signing
        stop = len(doc)
        plural = False
        while i < stop:
            title = doc[i]
            cue = self.cues.noun_cue(title)
            if cue is None or cue[0] not in ("leads", "member_of"):
                if title.is_punct or title.is_space or title.lower_ == "and":
                    i += 1
                    continue
                if not plural or (run := name_run(title, self._not_name, lambda k: (
                        k in by_token and self._kind(by_token[k]) != "person"
                        and not by_token[k].id_.startswith("PRV.")))) is None:
                    return  # the list of signatures ends
                start, j = run  # "COMMANDERS X, Y AND Z": a name the plural title holds
            else:
                # (a plural the cue list has in the singular: "COMMANDERS", tagged a verb)
                plural = title.tag_ == "NNS" or title.lower_ not in self.cues.nouns
                start = j = i + 1
                while j < stop and (doc[j].ent_type_ == "PERSON" and doc[j].pos_ == "PROPN"
                                    or _wrap(doc[j]) and j + 1 < stop
                                    and doc[j + 1].ent_type_ == "PERSON"):
                    j += 1
                if j == start:
                    return
            person = by_token.get(j - 1)
            if person is None or person.start < start or self._kind(person) != "person":
                person = Span(doc, start, j, label="ACTOR",
                              span_id=f"PRV.PER.{normalise_key(doc[start:j].text)}")
                self._made.append((doc[j - 1], person))
            yield _Found("member_of", Argument(doc[j - 1], person), body, title, "title", title)
            i = j

    def _body_before_marker(self, marker: Token) -> tuple[Argument, int] | None:
        """The body a signature's marker (a colon, "(SIGNED)") follows, and where the list
        of its signatories opens: the organisation's noun just before the marker (blank
        lines between), its name opening with an organisation the dictionary knows."""
        doc = marker.doc
        # (a signature's lines may stand apart, blank lines between: look across them)
        first = max(0, marker.i - 8)
        end = marker.i - (2 if marker.text != ":" else 1)
        while end > first and doc[end].is_space:  # (a signature's own line)
            end -= 1
        body = self._signing_body(doc, first, end)
        return (body, marker.i + 1 + (marker.text != ":")) if body is not None else None

    def _body_after_marker(self, marker: Token) -> tuple[Argument, int] | None:
        """"(SIGNED) FMLN GENERAL COMMAND\n\n COMMANDERS ...": the body the line after the
        marker names, up to the line break; the list opens on the next line."""
        doc = marker.doc
        if marker.text == ":" or marker.i + 2 >= len(doc) or doc[marker.i + 1].text != ")":
            return None
        first = marker.i + 2
        brk = next((k for k in range(first, min(len(doc), first + 8))
                    if doc[k].is_space and "\n" in doc[k].text), None)
        if brk is None or brk == first:
            return None
        body = self._signing_body(doc, first, brk - 1)
        return (body, brk + 1) if body is not None else None

    def _signing_body(self, doc: Doc, first: int, end: int) -> Argument | None:
        """The body whose name ends at ``end`` (from ``first`` on) as a provisional
        organisation: an organisation's noun no actor holds, after (up to three words after)
        a known organisation's name ("FMLN GENERAL COMMAND")."""
        by_token = self._cx.by_token
        if end <= first or not self._organisation_word(doc[end].lower_) or end in by_token:
            return None
        named = [by_token[j] for j in range(max(first, end - 3), end) if j in by_token]
        if not named or self._kind(named[-1]) in _NOT_BODIES:
            return None
        return self._provisional(doc[end], named[-1].start, end)

    def _person_of(self, token: Token) -> Iterator[_Found]:
        """"David Buik of BGC Partners", "Juan Perez of the Red Cross", "CAPTAIN X, FROM THE
        6TH INFANTRY BRIGADE": a person named with the body they come from is one of its
        people (not with a state or a place: "Smith of London")."""
        head = token.head
        person = self._cx.by_token.get(head.i)
        if person is None or self._kind(person) != "person" or head.i != person.end - 1:
            return
        between = [t for t in token.doc[person.end:token.i] if not t.is_space]
        if between != [] and not (len(between) == 1 and between[0].text == ","):
            return
        if token.lower_ == "from" and not between:
            return  # ("a letter to X from Y": from whom it came; "X, FROM THE 6TH BRIGADE")
        for obj in (c for c in token.children if c.dep_ == "pobj"):
            for body in self._args(obj):
                kind = self._kind(body.span)
                if kind is not None and kind not in _NOT_BODIES:
                    yield _Found("member_of", Argument(head, person), body, token, "apposition",
                                 token)

    def _people_from(self, from_: Token) -> Iterator[_Found]:
        """"GUERRILLAS FROM THE ALEX BONCAYAO BRIGADE", "ACTIVISTS FROM THAT GROUP", "THE
        ASSASSINS ... ARE FROM THE SALVADORAN ARMY": people told by a plural noun (not "members"
        or "officials from Y", who name no one) who come from a body are of it (not from a state
        or a place: "workers from Pediaroz")."""
        head = from_.head
        if head.lemma_.lower() == "be" and head.pos_ == "AUX":
            head = next((c for c in head.children if c.dep_ == "nsubj"), head)
        elif any(t.pos_ != "ADV" for t in from_.doc[head.i + 1:from_.i]):
            return  # ("FORCES A FEW METERS FROM THEIR BARRACKS": how far, not whose)
        if head.pos_ != "NOUN" or head.lower_ in _LISTED_PEOPLE or not (
                self._plural_people(head) or head.lower_ in self.cues.generic):
            return
        bodies = [a for p in from_.children if p.dep_ == "pobj"
                  for a in (self._args(p) or [b for b in [self._body_phrase(p)] if b])
                  if self._kind(a.span) not in (*_NOT_BODIES, None)
                  and not (a.actor or "").startswith(("PRV.LOC", "LOC."))
                  and (not (a.actor or "").startswith("PRV.") or self._group_word(p.lower_)
                       or p.lower_ in _UNIT_WORDS)]  # (a name no one knows may be a place)
        for body in bodies:
            yield _Found("member_of", self._local_group(head), body, from_, "noun", from_)

    def _party_member(self, token: Token) -> Iterator[_Found]:
        """"LIBERAL SENATOR X", "former Liberal presidents X and Y", "X, Christian Democratic
        leader": a party's adjective on a person's title makes the person one of the party's
        people (``party_words`` of the cue file; a leader of it only where "the leader of"
        says so, by the other rules). The party is the run of party words around the
        adjective, a provisional organisation."""
        by_token = self._cx.by_token
        doc = token.doc
        if token.i in by_token or token.pos_ not in ("ADJ", "PROPN", "NOUN"):
            return
        start = end = token.i
        while start > token.sent.start and doc[start - 1].lower_ in self.cues.party_words | (
                self.cues.party_prefixes) and doc[start - 1].i not in by_token:
            start -= 1
        while end + 1 < token.sent.end and doc[end + 1].lower_ in self.cues.party_words and (
                doc[end + 1].i not in by_token):
            end += 1
        if end != token.i:
            return  # (the run's last word opens the rule, once)
        if start == end and token.lower_ in self.cues.function_words and (
                end + 1 < token.sent.end and doc[end + 1].lower_ in _PORTFOLIO_TITLES):
            return  # "FORMER LABOR MINISTER X": the minister of labour, not a Labour member
        title = noun = token.head
        while title.dep_ == "compound" and title.i not in by_token and title.head.i > title.i:
            title = title.head  # "LIBERAL SENATOR LUIS GIRALDO": up to the name
        if title.i <= end or title.lower_ in self.cues.party_nouns:
            return  # "the Liberal Party" is the party itself, not a member of it
        people: list[Argument] = []
        person = by_token.get(title.i)
        if person is not None and self._kind(person) == "person" and person.start > end:
            # ("CONSERVATIVE PRESIDENT X, ARCHBISHOP Y AND Z": a title in the singular is
            # the one name's it stands on, not the list's after it)
            named = self._args(title) if noun is title or noun.tag_ in ("NNS", "NNPS") else [
                a for a in (self._arg(title),) if a is not None]
            people = [a for a in named if self._kind(a.span) == "person"]
        elif title.pos_ == "NOUN" and title.lower_ not in self.cues.not_bodies:
            if title.dep_ == "appos" and (held := by_token.get(title.head.i)) is not None and (
                    self._kind(held) == "person"):
                people = [Argument(title.head, held)]  # "X, Christian Democratic leader"
            else:
                people = [a for c in title.children if c.dep_ == "appos"
                          for a in self._args(c) if self._kind(a.span) == "person"]
            if not people:
                people = self._names_after(title)
        if not people and end + 1 < token.sent.end and (
                doc[end + 1].lower_ in self.cues.nouns) and (
                found := self._name_read_after(doc[end + 1])) is not None:
            people = [found]  # "LIBERAL LEADER X Y Z", the name's last word read as a place
        if not people:
            return
        if end + 1 < token.sent.end and doc[end + 1].lower_ in self.cues.party_nouns and (
                doc[end + 1].i not in by_token):
            end += 1  # "LIBERAL PARTY CANDIDATE X": the party named in full, one side
        party = self._provisional(token, start, end)
        for person_arg in people:
            yield _Found("member_of", person_arg, party, token, "title", token)

    def _names_after(self, title: Token) -> list[Argument]:
        """The persons named right after a title the parse left apart from them ("FORMER
        LIBERAL PRESIDENTS A AND B MET"): the name just after it, and for a plural title
        the names listed after that one ("A, B and C")."""
        by_token, doc = self._cx.by_token, title.doc
        out: list[Argument] = []
        i = title.i + 1
        while i < title.sent.end and (span := by_token.get(i)) is not None and (
                span.start == i and self._kind(span) == "person"):
            out.append(Argument(doc[span.end - 1], span))
            i = span.end
            if title.tag_ != "NNS":
                break
            while i < title.sent.end and doc[i].lower_ in (",", "and"):
                i += 1
        return out

    def _of_group(self, noun: Token) -> list[Argument]:
        """"TROOPS OF THE BRACAMONTE BATTALION", "members of the 21st Front", "elements in
        the defense forces": the group whose people a plain force noun names (a state or
        place after "in" is where they are: "troops in Syria")."""
        if noun.lower_ not in _FORCE_WORDS and noun.lower_ not in _PEOPLE_OF:
            return []
        return [a for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "in")
                for p in c.children if p.dep_ == "pobj" for a in self._args(p)
                if c.lower_ == "of" or self._kind(a.span) not in ("state", "location")]

    def _described_backed(self, verb: Token) -> list[Argument]:
        """The body a backing relative clause or participle is said of where no actor names
        it: "DM-1 TROOPS, WHO WERE SUPPORTED BY X", "THE DEATH SQUADS, SUPPORTED BY X",
        "armed organizations that are trained by X": a group of this post."""
        clause = verb.head if verb.dep_ == "conj" else verb
        if clause.dep_ not in ("relcl", "acl"):
            return []
        noun = clause.head
        if self._described_body(noun) or (noun.tag_ == "NNS" and noun.lower_ in _FORCE_WORDS
                                          and noun.i not in self._cx.by_token):
            return [self._local_group(noun)]
        return []

    def _before_comma(self, verb: Token) -> Token | None:
        """The noun a participle after a comma is said of, when the parser hung it
        elsewhere: the noun just before the comma, or the one its "of" phrase belongs to."""
        first = verb if verb.dep_ == "acl" else verb.head
        if first.i < 2 or first.doc[first.i - 1].text != ",":
            return None
        noun = first.doc[first.i - 2]
        while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
            noun = noun.head.head
        return noun if noun.pos_ in ("NOUN", "PROPN") and noun.i != first.head.i else None

    def _numbered_part(self, token: Token) -> Iterator[_Found]:
        """"THE 21ST FRONT OF THE FARC", "members of the XXII front of the FARC": a group's
        numbered part is one of it (the part a provisional group over its number)."""
        number = next((c for c in token.lefts if c.dep_ in ("amod", "compound", "nmod", "nummod")
                       and _numbered(c)), None)
        if number is None or token.i in self._cx.by_token:
            return
        owners = [o for o in self._owners(token, ("of",), loose=False)
                  if self._kind(o.span) not in (*_NOT_BODIES, None)]
        if not owners:
            return
        part = self._provisional(token, number.i, token.i)
        for owner in owners:
            if owner.span is not part.span:
                yield _Found("member_of", part, owner, token, "noun", token)

    def _within(self, token: Token) -> Iterator[_Found]:
        """"working with Turkey within NATO", "Turkey's role within NATO", "Kurdish units
        within the SDF": who acts or is named within an organisation is one of it."""
        groups = [o for p in token.children if p.dep_ == "pobj"
                  and p.lower_ not in self.cues.under_nouns for o in self._args(p)
                  if self._kind(o.span) not in ("state", "location", "person", "civilian", None)
                  and not (o.actor or "").startswith(("PRV.LOC", "LOC."))]
        if not groups:
            return
        head = token.head
        if head.pos_ in ("VERB", "AUX"):
            members = self._direct(self.reader.subjects(self._cx, head)) + [
                a for c in head.children if c.dep_ == "prep" and c.lower_ == "with"
                for p in c.children if p.dep_ == "pobj" for a in self._args(p)]
        elif head.i in self._cx.by_token:
            members = self._args(head)
        else:
            members = [a for c in head.children if c.dep_ == "poss" for a in self._args(c)]
        for member in members:
            for group in groups:
                if member.actor != group.actor:
                    yield _Found("member_of", member, group, token, "noun", token)

    def _described_body(self, noun: Token) -> bool:
        """Whether ``noun`` names a body in common words that no actor names ("a band of
        hired assassins", "these organizations", "an institution")."""
        lemma = noun.lemma_.lower()
        return noun.pos_ == "NOUN" and noun.i not in self._cx.by_token and (
            lemma not in self.cues.not_bodies) and (
            self._group_word(noun.lower_) or self._group_word(lemma)
            or lemma in self.cues.led_bodies or noun.lower_ in self.cues.group_nouns)

    def _subject_people(self, subject: Token) -> Token | None:
        """The people a verb's subject describes without a name where the verb states the
        relation itself ("ALL THOSE KILLED BELONGED TO A GANG"): the subject, or the plural
        after a share word's "of" ("ALL OF THESE SOLDIERS BELONGED TO Y"); a plural title
        counts here ("THE GUERRILLAS BELONG TO Y": the verb says it, not the title)."""
        if subject.lower_ in _SHARE_WORDS:
            subject = next((p for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
                            for p in c.children if p.dep_ == "pobj"), subject)
        if self._described_people(subject) or self._described_body(subject) or (
                subject.pos_ == "NOUN" and subject.tag_ == "NNS"
                and subject.i not in self._cx.by_token
                and subject.lemma_.lower() in self.cues.nouns):
            return subject  # (a body said of in one word counts: "THE CREW BELONGED TO Y")
        return None

    def _described_people(self, noun: Token) -> bool:
        """Whether ``noun`` describes people the sentence refers to without a name ("the
        crew", "30 criminals", "all those killed"), not a title ("the spokesman")."""
        if noun.i in self._cx.by_token or noun.lower_ in self.cues.nouns or (
                noun.lemma_.lower() in self.cues.nouns):
            return False
        return (noun.pos_ == "NOUN" and noun.tag_ == "NNS") or (
            noun.lower_ == "those" and any(c.dep_ in ("acl", "relcl") for c in noun.children))

    def _verb_read_in_relative(self, pronoun: Token) -> Iterator[_Found]:
        """"the factions that Ankara pays", "Wagner, which Moscow bankrolls": an object
        relative clause whose verb the small model reads as a noun or an auxiliary after the
        name ("Moscow funds" a compound). The name is the subject, the noun before the
        pronoun the object; a verb read as one with its object is the verb rule's."""
        doc, by_token = pronoun.doc, self._cx.by_token
        start = pronoun.i + 2 if doc[pronoun.i + 1].lower_ == "the" else pronoun.i + 1
        subject = by_token.get(start)
        if subject is None or subject.start > start or subject.end >= pronoun.sent.end:
            return
        word = doc[subject.end]
        if word.i in by_token or (word.pos_ == "VERB" and any(
                c.dep_ in ("dobj", "obj") for c in word.children)):
            return  # ("which" hung elsewhere leaves a verb read as one with no object)
        cue = self._misread_cue(word)
        if cue is None:
            return
        after = doc[word.i + 1] if word.i + 1 < pronoun.sent.end else None
        if after is not None and after.pos_ in ("NOUN", "PROPN", "ADJ", "NUM", "DET"):
            return  # "which Iran arms dealers supplied": the word is a noun after all
        before = pronoun.i - 1
        if before > pronoun.sent.start and doc[before].text == ",":
            before -= 1
        antecedent = doc[before]
        if before < pronoun.sent.start or antecedent.pos_ not in ("NOUN", "PROPN"):
            return
        sources = self._args(doc[subject.end - 1])
        targets = self._args(antecedent)
        yield from self._verb_pairs(cue, sources, targets, word)

    def _misread_cue(self, word: Token) -> VerbCue | None:
        """The transitive verb cue (no preposition, no particle) a word not read as a verb
        is a present or past form of ("funds", "arms", "bankrolled")."""
        lower = word.lower_
        if not (lower.endswith("s") or lower.endswith("ed") or lower in PAST_FORMS):
            return None
        stems = (PAST_FORMS.get(lower), word.lemma_.lower(), lower[:-1], lower[:-2],
                 lower[:-3] + "y" if lower.endswith("ies") else None)
        for stem in stems:
            cue = self.cues.verbs.get(stem or "")
            if cue is not None and stem is not None and lower in word_forms(stem):
                if cue.preps or cue.particle or cue.type not in ("backs", "leads", "founds"):
                    return None
                return cue
        return None

    def _verb_read_as_preposition(self, token: Token) -> Iterator[_Found]:
        """"Iran and Syria back Hezbollah" parsed with no verb at all, "back" as a
        preposition of a root name: the name (and its conjuncts) as subjects, the
        preposition's object as the object."""
        cue = self.cues.verbs.get(token.lower_)
        head = token.head
        if cue is None or cue.type not in RELATION_TYPES or cue.preps or cue.particle or (
                head.pos_ not in ("PROPN", "NOUN")) or head.i not in self._cx.by_token or any(
                t.pos_ in ("VERB", "AUX") for t in token.sent):
            return
        sources = self._args(head)
        targets = [a for c in token.children if c.dep_ == "pobj" for a in self._args(c)]
        for src in sources:
            for tgt in targets:
                if cue.reverse:
                    src, tgt = tgt, src
                yield _Found(cue.type, src, tgt, token, "verb", token)

    def _misread_verb(self, token: Token) -> bool:
        """The small model reads "Washington trains and equips X" and "The Peshmerga answer
        to X" as a noun with the subject as its compound: a root noun with no determiner
        whose compound names an actor."""
        return (token.pos_ == "NOUN" and token.dep_ == "ROOT"
                and not any(c.dep_ in ("det", "poss", "nummod") and c.i > token.i - 2
                            for c in token.children)
                and any(c.dep_ in ("compound", "nmod") and c.i in self._cx.by_token
                        for c in token.lefts)
                and any(c.dep_ in ("prep", "conj", "dobj", "appos") for c in token.rights))

    def _agents(self, verb: Token) -> list[Argument]:
        """The verb's subjects; for "X is accused of arming Y", X."""
        if verb.i > 0 and _subject_read_as_conjunct(before := verb.doc[verb.i - 1]):
            return [a for a in [self._arg(before)] if a is not None]
        found = self._direct(self.reader.subjects(self._cx, verb))
        if not found and verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            governor = verb.head.head
            found = [a for c in governor.children if c.dep_ == "nsubjpass"
                     for a in self._args(c)]
        if not found and verb.dep_ == "acl" and verb.head.lemma_.lower() in _EFFORT_NOUNS:
            # "Coalition efforts to support X", "Iran's attempts to arm X"
            for c in verb.head.children:
                if c.dep_ in ("poss", "compound", "amod", "nmod"):
                    arg = self._arg(c)
                    if arg is None and c.dep_ == "compound" and (
                            c.lower_ in self.cues.unnamed_groups and c.i not in self._cx.by_token):
                        arg = self._provisional(c, c.i, c.i)
                    if arg is not None:
                        found.append(arg)
        above = verb
        for _ in range(4):  # "X is committed to continuing to provide": X provides
            if found or above.dep_ not in ("xcomp", "pcomp", "prep", "acomp"):
                break
            above = above.head
            if above.pos_ in ("VERB", "AUX", "ADJ"):
                found = self._direct(self.reader.subjects(self._cx, above))
        return found

    def _giving(self, token: Token, lemma: str) -> Iterator[_Found]:
        """"provided the Houthis with missiles", "sends weapons to Hamas", "received arms
        from Iran": the giver backs the one given to."""
        aid = self.cues.aid_nouns
        objects = [c for c in token.children if c.dep_ in ("dobj", "obj", "dative", "nsubjpass")]
        withs = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "with"
                 for p in c.children if p.dep_ == "pobj"]
        tos = [p for c in token.children if c.dep_ in ("prep", "dative")
               and c.lower_ in ("to", "for") for p in c.children if p.dep_ == "pobj"]
        froms = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "from"
                 for p in c.children if p.dep_ == "pobj"]
        if lemma in self.cues.receiving_verbs and not froms:
            # "receives weapons and salaries from Turkey": "from" hung on the thing received
            froms = [p for o in objects for c in o.subtree if c.dep_ == "prep"
                     and c.lower_ == "from" and abs(c.i - o.i) <= 6
                     for p in c.children if p.dep_ == "pobj"]

        def is_aid(t: Token) -> bool:  # "weapons", "billions of dollars in military aid"
            return any(d.lemma_.lower() in aid or d.lower_ in aid
                       for d in t.subtree if abs(d.i - t.i) <= 6)

        subjects = self._agents(token)
        if lemma in self.cues.receiving_verbs:
            if any(is_aid(o) for o in objects):
                for giver in (a for fr in froms for a in self._args(fr)):
                    for receiver in subjects:
                        yield _Found("backs", giver, receiver, token, "verb", token)
            return
        receivers: list[Argument] = []
        if any(is_aid(w) for w in withs):  # "provided X with weapons"
            receivers = [a for o in objects for a in self._args(o)]
        elif any(is_aid(o) for o in objects):  # "sent weapons to X", "gave X weapons"
            # "$100 million in new assistance to X": the "to" may hang lower down
            tos += [p for o in objects for c in o.subtree if c.dep_ == "prep"
                    and c.lower_ in ("to", "for") and abs(c.i - o.i) <= 6
                    for p in c.children if p.dep_ == "pobj"]
            receivers = [a for t in tos for a in self._args(t)]
            receivers += [a for c in token.children if c.dep_ == "dative"
                          for a in self._args(c)]
        for giver in subjects:
            for receiver in receivers:
                yield _Found("backs", giver, receiver, token, "verb", token)

    def _founded_group(self, obj: Token, founder: Argument, word: str = "backed") -> list[Argument]:
        """"established an array of Shiite militias": the group founded, as a generic actor."""
        noun = obj
        for prep in obj.children:  # "an array of militias", "a network of cells"
            if prep.dep_ == "prep" and prep.lower_ == "of":
                noun = next((p for p in prep.children if p.dep_ == "pobj"), obj)
        head = obj if obj.lower_ in self.cues.generic else noun
        allowed = ("MILITIA", "REBELS", "COALITION") if word == "led" else ("MILITIA", "REBELS")
        if self.cues.generic.get(head.lower_, ("", ""))[0] not in allowed:
            return []  # "to establish a puppet government": not a group the founder backs
        return [self._made_generic(head, founder, obj.left_edge, noun, word=word)]

    # -- assembly --------------------------------------------------------------------------

    def _relation(self, found: _Found, sent: Span, ctx: PostContext,
                  state: ThreadState | None) -> Relation | None:
        src, tgt = self.named_beside(found.source), self.named_beside(found.target)
        if src.actor == tgt.actor:
            src, tgt = found.source, found.target  # (a description of the other side)
        if src.span is None or tgt.span is None or src.actor == tgt.actor:
            return None
        frame = self.reader.frame(self._cx, found.trigger, sent)
        # (an apposition describes its noun whatever the clause says of it: "denied that
        # the trip is linked to the killing of X, a leader of Y"), and so does a title in an
        # "as" phrase before the subject ("AS COMMANDER OF Y, I WANT TO ...")
        nominal = found.method in _NOMINAL or (found.method == "noun" and (
            found.trigger.dep_ == "appos" or _fronted_as_title(found.trigger)))
        if nominal:
            modality = "reported" if frame.asserted_by is not None else "asserted"
            negated = False
        else:
            modality, negated = frame.modality, frame.negated
        if _on_paper(found.trigger):
            negated = True  # "X is part of Y on paper only"
        if not nominal and _doubted(found.trigger):
            modality = "hypothetical"  # "suspected of being a member of Y": a guess
        if modality in ("future", "intended") and not nominal and _ongoing(found.trigger):
            modality = "asserted"  # "we will continue to support X": the support holds now
        elif modality == "asserted" and not nominal and _to_become(found.trigger):
            modality = "intended"  # "X hopes to become commander of Y": not yet
        if found.past and modality == "asserted":
            modality = "historical"
        date = end_date = as_of = None
        when = self.reader.date(self._cx, found.trigger, sent)
        if when is not None and when.basis in ("text", "relative"):
            if found.method == "verb":
                date, end_date = when.date, when.end_date
            else:
                as_of = when.date
        elif when is not None and when.basis == "published":
            as_of = when.date
        elif ctx.time and nominal:
            as_of = ctx.time[:10]
        confidence = _BASE_CONFIDENCE.get(found.method, 0.7)
        confidence -= 0.1 * (src.via_reference or tgt.via_reference)
        confidence -= 0.05 * (_generic_group(src) or _generic_group(tgt))
        speaker = frame.asserted_by if frame.asserted_by is not None else frame.denied_by
        evidence = Evidence(ctx.doc, ctx.post, sent.start_char, sent.end_char, sent.text)
        return Relation(
            id=stable_id(ctx.doc, ctx.post, found.cue.idx, found.type, src.actor, tgt.actor,
                         prefix="rel_"),
            type=found.type,
            source=src.actor,
            target=tgt.actor,
            evidence=evidence,
            source_text=_side_text(src),
            target_text=_side_text(tgt),
            date=date,
            end_date=end_date,
            as_of=as_of,
            asserted_by=speaker.actor if speaker else None,
            asserted_by_text=speaker.text if speaker else ctx.author,
            modality=modality,
            negated=negated,
            confidence=round(max(0.1, min(confidence, 0.95)), 2),
            method=found.method,
            cue=found.cue.text,
        )
