"""Relations told by a phrase: compounds, possessives, holders and support nouns.

"Iran-backed", "Tehran-aligned", "Hezbollah-led" (compounds and adjectives), "Iran's
proxies", "its loyal array" (possessives), "support for", "backing of", "alliance with"
(relation nouns and who gives them).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Span, Token

from ..nlp.names import name_before
from .reading import Argument
from .relation_cues import (
    _ALLEGIANCE_VERBS,
    _ARMED_KINDS,
    _COMMAND_NOUNS,
    _COPULAS,
    _FIGHTER_NOUNS,
    _FIRST_PLURAL,
    _FOR_NOUNS,
    _FORCE_KINDS,
    _FORCE_WORDS,
    _FOUNDING_VERBS,
    _HYPHENS,
    _LED_BODIES,
    _LOYAL_WORDS,
    _NOT_BODIES,
    _ONE_OF_NOUNS,
    _OWNER_NOUNS,
    _PART_NOUNS,
    _PARTNER_NOUNS,
    _PERSON_POSSESSIVES,
    _PORTFOLIO_TITLES,
    _POSSESSED_GROUPS,
    _POSTED_NOUNS,
    _REGIME_HEADS,
    _REGIME_KINDS,
    _SEEKING_VERBS,
    _SERVICE_WORDS,
    _STRIKE_NOUNS,
    _TAKING_VERBS,
    _TOP_OFFICES,
    _UNREAL_WORDS,
    _acronym,
    _Found,
    _function_chief,
    _one_of_several,
    _top_general,
)
from .relation_titles import RelationTitles

# The words whose form may open :meth:`RelationPhrases._noun` besides the relation nouns and
# the support, alliance, "under" and workplace nouns of the cue file: "took command of",
# "pledged allegiance to", "the group he leads", "one of the groups in".
_NOUN_OPENERS = _COMMAND_NOUNS | {"allegiance", "loyalty", "fealty", "side"} | _LED_BODIES | (
    _ONE_OF_NOUNS)

# Verbs of fighting that "on the side of Y" / "on Y's side" turns into support of Y:
# "volunteers fighting on the side of the army" back the army.
_FIGHTING_VERBS = frozenset({"fight", "battle", "combat"})


@dataclass(frozen=True, slots=True)
class _OpeningWords:
    """The forms or lemmas (lower case) without which a word opens no adjective, noun or
    verb rule: tested before the rule runs, as most words of a sentence open none."""

    adjectives: frozenset[str]
    nouns: frozenset[str]
    verbs: frozenset[str]


class RelationPhrases(RelationTitles):
    """Readers of relations told inside a noun phrase."""

    @cached_property
    def _opening_words(self) -> _OpeningWords:
        """The cue file's opening words, gathered at the first sentence read."""
        cues = self.cues
        return _OpeningWords(
            adjectives=frozenset(cues.adjectives),
            nouns=frozenset(cues.nouns) | cues.under_nouns | cues.support_nouns
            | cues.alliance_nouns | cues.workplace_nouns | _NOUN_OPENERS,
            verbs=frozenset(cues.verbs) | cues.giving_verbs | cues.receiving_verbs)

    def _compound(self, token: Token) -> Iterator[_Found]:
        hyphenated = self._hyphenated(token, self._cx.by_token)
        doc = token.doc
        if hyphenated is None and token.lower_ in self.cues.compounds and token.i >= 2 and (
                doc[token.i - 1].text in _HYPHENS) and (
                (before := doc[token.i - 2]).ent_type_ in ("NORP", "ORG")
                and before.text[:1].isupper() and before.i not in self._cx.by_token):
            # "the Kurdish-led SDF": the Kurdish side, a group of this post
            hyphenated = self._local_group_at(before).span, token.lower_  # type: ignore[assignment]
        if hyphenated is None:
            return
        span, word = hyphenated
        cue = self.cues.compounds[word]
        name = self._arg(token.doc[span.start]) if span.end <= token.i else Argument(token, span)
        head = self._modified_noun(token)
        if name is None or head is None:
            return
        targets = self._args(head) or self._holders(head)
        rtype, reverse = cue
        for target in targets:
            src, tgt = (target, name) if reverse else (name, target)
            yield _Found(rtype, src, tgt, token, "compound", head)

    def _adjective(self, token: Token) -> Iterator[_Found]:
        cue = self.cues.adjectives.get(token.lower_) or self.cues.adjectives.get(
            token.lemma_.lower())
        if cue is None or token.pos_ not in ("ADJ", "VERB", "ADV"):
            return
        rtype, preps, reverse = cue
        listed = token.dep_ == "acl" and token.tag_ == "VBN" and bool(token.head.conjuncts)
        if rtype in ("allied_with", "rival_of") and (token.dep_ == "acomp" or listed or any(
                c.dep_ == "auxpass" for c in token.children)) and not any(
                c.dep_ in ("prep", "agent") and c.lower_ in preps for c in token.children):
            # "Amal and Hezbollah are allied", "X and Y, now aligned against Z, ...": the
            # holders stand to each other
            pair = (self._holders(token) if token.dep_ == "acomp" else
                    [a for n in (token.head, *token.head.conjuncts) for a in self._args(n)]
                    if listed else
                    [a for c in token.children if c.dep_ == "nsubjpass" for a in self._args(c)])
            for i, a in enumerate(pair):
                for b in pair[i + 1:]:
                    yield _Found(rtype, a, b, token, "adjective", token)
            return
        if token.pos_ == "VERB" and not reverse:
            return  # "aligned" as a verb is the verb rule's
        if token.pos_ == "VERB" and token.dep_ not in ("amod", "acl"):
            return  # passive clauses ("are armed by") are the verb rule's
        objects = [p for c in token.children if c.dep_ in ("prep", "agent") and c.lower_ in preps
                   for p in c.children if p.dep_ == "pobj"]
        if not objects:
            return
        holders = self._holders(token)
        trigger = token.head if token.dep_ == "acomp" else token
        for obj in objects:
            others = self._args(obj)
            if rtype == "backs" and reverse:  # "dependent on Russian air support": Russia
                others += [a for o in (obj, *obj.conjuncts) if o.lemma_.lower() in
                           self.cues.support_nouns for c in o.children
                           if c.dep_ in ("amod", "compound", "nmod", "poss")
                           for a in self._args(c)]
            for other in others:
                # "a party founded by X": a person who founded a group leads it
                kind = rtype if not (token.lemma_.lower() in _FOUNDING_VERBS and (
                    self._kind(other.span) == "person")) else "leads"
                for holder in holders:
                    src, tgt = (other, holder) if reverse else (holder, other)
                    yield _Found(kind, src, tgt, token, "adjective", trigger)

    def _qualified(self, token: Token, rtype: str) -> str:
        """"deputy head", "military chief", "DEPUTY GENERAL DIRECTOR" are members; "prime
        minister" leads."""
        words = {t.lower_ for c in token.lefts if c.dep_ in ("amod", "compound", "nmod")
                 for t in c.subtree}
        if token.i > 0:
            words.add(token.doc[token.i - 1].lower_)
        if token.i > 1 and token.doc[token.i - 1].text in _HYPHENS:
            words.add(token.doc[token.i - 2].lower_)  # "vice-president", split at the hyphen
        if rtype == "leads" and words & self._member_words(token):
            return "member_of"
        if rtype == "leads" and _one_of_several(token):
            return "member_of"  # "a leader of the FARC", "an ISIL commander"
        if rtype == "member_of" and words & self.cues.lead_qualifiers and (
                not _function_chief(token, words)):
            return "leads"
        if rtype == "member_of" and _top_general(token):
            return "leads"
        return rtype

    def _noun(self, token: Token) -> Iterator[_Found]:
        lemma = token.lemma_.lower()
        if token.lower_ in self.cues.under_nouns and token.dep_ == "pobj" and (
            token.head.lower_ in ("under", "within")
        ):
            # "a militia under the command of the IRGC": a member of it.
            holders = self._holders(token.head.head) if token.head.head.pos_ == "NOUN" else []
            holders = holders or self._args(token.head.head)
            if not holders and token.head.head.pos_ in ("VERB", "AUX"):
                holders = self._direct(self.reader.subjects(self._cx, token.head.head))
            for owner in self._owners(token, ("of",)):
                # "the army, under the command of General X": a person in command leads it
                led = token.lower_ in _COMMAND_NOUNS and self._kind(owner.span) == "person"
                for holder in holders:
                    if led:
                        yield _Found("leads", owner, holder, token, "noun", token.head.head)
                    else:
                        yield _Found("member_of", holder, owner, token, "noun", token.head.head)
            return
        if token.lower_ == "side" and token.dep_ == "pobj" and token.head.lower_ == "on" and (
                token.head.head.lemma_.lower() in _FIGHTING_VERBS):
            yield from self._fighting_side(token, token.head.head)
            return
        if token.lower_ in _COMMAND_NOUNS and token.dep_ in ("dobj", "obj") and (
                token.head.lemma_.lower() in _TAKING_VERBS):
            # "General Bagheri took command of the armed forces": he leads them from then on
            owners = [o for o in self._owners(token, ("of",), loose=False)
                      if self._kind(o.span) not in ("state", "location", "person", "civilian")
                      and not (o.actor or "").startswith(("PRV.LOC", "LOC."))]
            for holder in self._direct(self.reader.subjects(self._cx, token.head)):
                for owner in owners:
                    yield _Found("leads", holder, owner, token, "noun", token.head)
            return
        if token.lower_ in ("allegiance", "loyalty", "fealty") and token.dep_ in (
                "dobj", "obj") and token.head.lemma_.lower() in _ALLEGIANCE_VERBS:
            # "al-Zarqawi pledged allegiance to al-Qaeda": a member from then on
            owners = [o for c in (*token.children, *token.head.children)
                      if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                      for p in c.children if p.dep_ == "pobj" for o in self._args(p)]
            subjects = self.reader.subjects(self._cx, token.head)
            holders = self._direct(subjects) or [  # "The group's founder, X, pledged"
                a for subj in subjects for c in subj.token.children if c.dep_ == "appos"
                for a in self._args(c)]
            for holder in holders:
                for owner in owners:
                    yield _Found("member_of", holder, owner, token, "noun", token.head)
            return
        if token.lower_ in _LED_BODIES and token.pos_ == "NOUN":
            yield from self._body_of_person(token)
        if token.dep_ in ("dobj", "obj") and token.head.lemma_.lower() in _SEEKING_VERBS and (
                token.lower_ in self.cues.alliance_nouns or lemma in self.cues.alliance_nouns
                or lemma in self.cues.support_nouns or token.lower_ in self.cues.support_nouns):
            return  # "X proposed an alliance with Y", "sought support from Y": not yet
        if (lemma in self.cues.support_nouns or token.lower_ in self.cues.support_nouns
                or token.lower_ in self.cues.alliance_nouns or lemma in self.cues.alliance_nouns
                ) and any(c.dep_ == "amod" and c.lower_ in _UNREAL_WORDS for c in token.children):
            return  # "POSSIBLE U.S. MILITARY AID TO THE COUNTRIES": none given yet
        if lemma in self.cues.support_nouns or token.lower_ in self.cues.support_nouns:
            yield from self._support_noun(token)
            return
        if token.lower_ in self.cues.alliance_nouns or lemma in self.cues.alliance_nouns:
            yield from self._alliance_noun(token)
            return
        cue = self.cues.noun_cue(token)
        # "the chief economist at Nordbank": an occupation makes one of a body's people
        # with "at" only
        workplace = cue is None and lemma in self.cues.workplace_nouns
        if workplace:
            cue = ("member_of", False)
        if cue is None and token.lower_ in _ONE_OF_NOUNS and token.dep_ == "pobj" and (
                token.head.lower_ == "of" and token.head.head.lower_ == "one"):
            cue = ("member_of", False)  # "X is one of the groups in Y"
            owners = [o for o in self._owners(token, ("in", "within", "of"), loose=False)
                      if self._kind(o.span) not in ("state", "location", "person", "civilian")]
            for owner in owners:
                for holder in self._holders(token):
                    yield _Found("member_of", holder, owner, token, "noun", token)
            return
        if cue is None or token.pos_ not in ("NOUN", "PROPN"):
            return
        bearer = self._prep_bearer(token)
        owners = [] if workplace or bearer is None else self._owners(
            bearer, ("of",) if token.lower_ in _POSTED_NOUNS else ("of", "to"))
        if owners and not workplace:
            # "LEADER OF THE EXTRADITABLES AND THE MEDELLIN CARTEL", the second body read as
            # a conjunct of the title: of both
            owners += [a for c in token.children if c.dep_ == "conj" and c.pos_ == "PROPN"
                       and c.i in self._cx.by_token for a in self._args(c)
                       if self._kind(a.span) not in ("person", "state", "location", "civilian")]
        holders = self._holders(token)
        method = "noun"
        if not holders and cue == ("leads", False):
            holders = self._name_beside_title(token)
            method = "title"  # (an apposition in all but the parse: it holds whatever the
            # clause says, "the attempt on the head of the DAS, General X")
        if not holders and cue == ("member_of", False):
            holders = self._member_before_title(token)
        if not holders and len(owners) == 1 and self._kind(owners[0].span) == "person" and (
                owners[0].token.head.lower_ == "of") and (
                owner_name := self._name_before(owners[0])) is not None:
            holders, owners = owners, [owner_name]  # "chairman of Chrysler LLC Jim Press"
        trigger = token.head if token.dep_ in ("attr", "acomp") else token
        rtype, reverse = cue
        rtype = self._qualified(token, rtype)
        if rtype == "leads" and bearer is not None and bearer is not token and (
                bearer.lower_ in self.cues.nouns) and any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in bearer.children):
            rtype = "member_of"  # "X, A DEPUTY AND LEADER OF Y": the article is the leader's
        if owners and not holders and rtype == "member_of" and token.lower_ in _PART_NOUNS and (
                token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")) and (
                before := self._body_before_comma(token)) is not None:
            # '"THE EXTRADITABLES," THE ARMED WING OF X, GUNNED DOWN': an apposition the
            # parser read as the clause's subject
            holders = [before]
        if owners and not holders and rtype == "member_of" and token.lower_ in _PART_NOUNS and (
                token.dep_ not in ("attr", "appos", "acomp", "oprd")) and any(
                c.dep_ == "det" and c.lower_ == "the" for c in token.children) and (
                part := (self._body_before_comma(token, loose=False)
                         if token.dep_ == "conj" else None) or self._part(token)):
            # "The Arab element of the SDF"; "THE WORK OF THE EXTRADITABLES, THE ARMED WING OF
            # THE CARTEL" (the wing read as a conjunct of "work")
            holders = [part]
        if not holders and rtype == "member_of" and token.tag_ == "NNS" and owners and (
                token.lower_ in _FIGHTER_NOUNS):
            holders = [self._local_group(token)]  # "Fighters of the Fatemiyoun Brigade"
        if not holders and not owners and rtype == "member_of" and token.tag_ == "NNS" and (
                token.lower_ == "fighters") and token.i not in self._cx.by_token:
            # "Hezbollah fighters clashed with X", "FMLN FIGHTERS": the group's own fighters,
            # whatever they did ("Syrian fighters": a state's, the state's own mention; "al-Qaida
            # operatives", "Hamas militants" are left as the labels leave them)
            owners = [a for c in token.lefts if c.dep_ in ("compound", "nmod")
                      and c.i in self._cx.by_token for a in self._args(c)
                      if self._kind(a.span) not in _NOT_BODIES]
            holders = [self._local_group(token)] if owners else []
        if not owners and rtype in ("leads", "member_of") and not reverse and not workplace:
            # "chief of staff of the armed forces", "head of the security section of the
            # embassy": the top of a part only is one of the whole
            parts = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"
                     and p.i not in self._cx.by_token]
            owners = [a for p in parts
                      for q in p.children if q.dep_ == "prep" and q.lower_ == "of"
                      for o in q.children if o.dep_ == "pobj" for a in self._args(o)
                      if self._kind(a.span) not in ("location", "civilian")]
            if owners and not (rtype == "leads" and any(
                    p.lower_ in _TOP_OFFICES for p in parts)):
                rtype = "member_of"  # ("the head of state of Colombia" is its head)
        if not owners and token.lower_ in _FOR_NOUNS:
            owners = self._owners(token, ("for",), loose=False)  # "a spokesman for Y"
        if not owners and reverse and rtype == "backs":
            # "an Iranian proxy": the sponsor as the noun's adjective or modifier
            owners = [a for c in token.lefts if c.dep_ in ("amod", "compound", "nmod")
                      and c.i in self._cx.by_token for a in self._args(c)]
        if not owners and rtype in ("leads", "member_of") and not reverse:
            # "a senior commander in Hezbollah", "head of research at Meridian": a member of
            # the group, whatever the title; "a commander in Syria" names a place, not a group.
            # ("the chief financial officer for GM": for the firm, as at it)
            preps = ("at",) if workplace else ("in", "within", "at", "for")
            owners = [o for o in (self._owners(bearer, preps, loose=False) if bearer else [])
                      if self._kind(o.span) not in ("state", "location", "person", "civilian")
                      and not (o.actor or "").startswith(("PRV.LOC", "LOC."))]
            rtype = "member_of" if owners else rtype
        if not owners and rtype in ("leads", "member_of") and not reverse and not workplace and (
                bearer is not None):
            owners = self._unread_body_of(bearer)  # "PRESIDENT OF ECOPETROL"
        if not owners and rtype in ("allied_with", "rival_of") and token.tag_ == "NNS":
            if any(c.dep_ == "poss" for c in token.children):
                return  # "its rivals Ford and GM", "X and Y, Assad's allies": the owner's,
                # each (the possessive rule), not each other's
            named = token
            if not holders and token.dep_ in ("compound", "nmod") and (
                    token.head.pos_ == "PROPN"):
                named, holders = token.head, self._args(token.head)  # "rivals Toyota and GM"
            if holders and named.dep_ in ("dobj", "obj") and named.head.pos_ == "VERB" and all(
                    named.i in {t.i for t in (h.token, *h.token.ancestors)} for h in holders):
                # "Ford outsold rivals Toyota and GM": the subject's rivals, not each other's
                for subject in self._direct(self.reader.subjects(self._cx, named.head)):
                    for holder in holders:
                        yield _Found(rtype, subject, holder, token, "noun", token)
                return
            if len(holders) == 1:  # "The Taliban and ISIS-K", the first read as a modifier
                holders += [a for c in holders[0].token.children
                            if c.dep_ in ("nmod", "compound") and any(
                                g.dep_ == "cc" for g in c.children)
                            for a in self._args(c) if a.actor != holders[0].actor]
            # "Saudi Arabia and Iran are bitter rivals": the holders stand to each other.
            for i, a in enumerate(holders):
                for b in holders[i + 1:]:
                    yield _Found(rtype, a, b, token, "noun", trigger)
            return
        if not owners and holders and rtype in ("leads", "member_of") and not reverse and (
                not workplace) and token.lower_ not in _PORTFOLIO_TITLES and not (
                token.head.lower_ == "as" and rtype == "member_of"):
            # "X, the leader of the band", "X stays on as head of the army" (but "Minister of
            # Industry" names a portfolio, and "as part of the restructuring" a purpose)
            owners = self._body_phrases(bearer) if bearer is not None else []
            if not owners and (owners := self._possessor_body(token, rtype)) and (
                    self._function_phrase(token) is not None):
                rtype = "member_of"  # "the army's chief of staff, X": one of the army's
        for owner in owners:
            for holder in holders:
                if reverse and token.lower_ in _OWNER_NOUNS and self._kind(holder.span) == "person":
                    # "X, the owner of the bus company": a person who owns a firm heads it
                    yield _Found("leads", holder, owner, token, method, trigger)
                    continue
                src, tgt = (owner, holder) if reverse else (holder, owner)
                yield _Found(rtype, src, tgt, token, method, trigger)

    def _body_before_comma(self, noun: Token, *, loose: bool = True) -> Argument | None:
        """The body named just before the comma that opens ``noun``'s phrase, quotes and line
        breaks aside ('"THE EXTRADITABLES," THE ARMED WING OF ...'); with ``loose`` false the
        comma and the name's last word must stand right before the phrase. ``None`` for a
        person, a state or a place."""
        doc, start = noun.doc, noun.sent.start

        def back(i: int) -> int:
            while loose and i > start and (doc[i].is_space or doc[i].is_quote):
                i -= 1
            return i

        i = back(noun.left_edge.i - 1)
        if i <= start or doc[i].text != ",":
            return None
        i = back(i - 1)
        span = self._cx.by_token.get(i)
        if span is None or span.end != i + 1 or self._kind(span) in (
                "person", "state", "location", None):
            return None
        return Argument(doc[i], span)

    def _body_phrases(self, token: Token) -> list[Argument]:
        """The bodies named in plain words after a title's or a part's "of" where no actor
        is named there: "the leader of the band", "president of the Guatemalan Episcopal
        Conference", "part of the patriotic civil defense". A noun with a determiner, or a
        proper name, that is no place, date or amount and no word of ``not_bodies`` ("head
        of the investigation", "chief of staff"): a provisional organisation over the name,
        one of this post alone when it is all common nouns ("the band")."""
        out = []
        for p in token.children:
            if p.dep_ != "prep" or p.lower_ != "of":
                continue
            for pobj in p.children:
                if pobj.dep_ != "pobj":
                    continue
                for t in (pobj, *pobj.conjuncts):
                    if (arg := self._body_phrase(t)) is not None:
                        out.append(arg)
        return out

    def _name_before(self, person: Argument) -> Argument | None:
        """The organisation named just before a person, as a compound of the name:
        "Chrysler LLC Jim Press"."""
        doc, by_token = person.token.doc, self._cx.by_token
        if person.span is None or person.span.start == 0:
            return None
        before = person.span.start - 1
        org = by_token.get(before)
        if org is None or doc[before].dep_ != "compound" or (
                doc[before].head.i < person.span.start) or (
                self._kind(org) in _NOT_BODIES):
            return None
        return Argument(doc[before], org)

    def _alliance_noun(self, token: Token) -> Iterator[_Found]:
        """"Iran's alliance with Russia", "formed a partnership with X", "fought in alliance
        with X", "joined forces with X", "stands shoulder to shoulder with X": the one that
        acts and the one after "with" side with each other."""
        withs = [p for c in (*token.children, *(token.head.children if token.dep_ in (
                     "dobj", "pobj", "npadvmod", "advmod") else ()))
                 if c.dep_ == "prep" and c.lower_ == "with"
                 for p in c.children if p.dep_ == "pobj"]
        if not withs or (token.lower_ == "forces" and not (
                token.dep_ == "dobj" and token.head.lemma_.lower() in ("join", "combine"))):
            return  # ("Russian forces with Wagner fighters": forces, no alliance)
        sources = [a for c in token.children if c.dep_ == "poss" for a in self._args(c)]
        verb = token.head
        while not sources and verb.pos_ not in ("VERB", "AUX") and verb.dep_ in (
                "prep", "pobj", "dobj", "npadvmod", "advmod") and verb.head.i != verb.i:
            verb = verb.head
        if not sources and verb.pos_ in ("VERB", "AUX"):
            sources = self._direct(self.reader.subjects(self._cx, verb))
        for src in sources:
            for tgt in (a for w in withs for a in self._args(w)):
                yield _Found("allied_with", src, tgt, token, "noun", verb)

    def _support_noun(self, token: Token) -> Iterator[_Found]:
        """"UK support for Iraq", "its support of the Government of Iraq", "Iranian
        backing for the Houthis", "support to the SAC"."""
        if token.dep_ in ("dobj", "obj") and token.head.lemma_.lower() in self.cues.ending_verbs:
            return  # "France ended its support for X", "vowed to drop its support": no more
        targets = self._owners(token, ("for", "to", "of"), loose=False) or (
            self._supported_act_owners(token))
        sources = [a for c in token.children if c.dep_ in ("poss", "compound", "amod", "nmod")
                   for a in self._args(c)]
        having = token.head.lemma_.lower() in self.cues.having_verbs
        if having and token.dep_ in ("dobj", "obj") and (
                not self._owners(token, ("for", "to"), loose=False)):
            # "the army, which has the full backing of the U.S.": the one who has it is backed
            sources += self._owners(token, ("of", "from"), loose=False)
            targets = self._direct(self.reader.subjects(self._cx, token.head))
            for src in sources:
                for tgt in targets:
                    if src.actor != tgt.actor and self._kind(src.span) != "civilian" and not (
                            src.token.tag_ in ("NNS", "NNPS") and self._kind(src.span) == "state"):
                        yield _Found("backs", src, tgt, token, "noun", token)
            return  # ("the government has the support of most Syrians": no side backs it)
        if token.dep_ == "pobj" and token.head.lower_ in ("with", "under") and (
                token.head.head.pos_ in ("VERB", "AUX")):
            # "with the support of the Coalition, the SDF retook X", "with US backing, ...":
            # the ones supported are whoever acts
            sources += targets if not sources else []
            sources = sources or self._support_givers(token)
            verb = token.head.head
            founded = [a for c in verb.children if c.dep_ in ("dobj", "obj")
                       for a in self._args(c)] if verb.lemma_.lower() in _FOUNDING_VERBS else []
            # ("X founded Y with Iranian backing": the backing is for the group founded)
            targets = self._direct(founded) or self._direct(
                self.reader.subjects(self._cx, verb))
        elif token.dep_ == "pobj" and token.head.lower_ == "with" and not sources and (
                token.head.head.pos_ in ("NOUN", "PROPN")):
            # "a response from the X faction, with the support of the CIA", "rebels with the
            # backing of Iran": the ones supported are whoever the noun names or whose act it is
            sources = targets or self._support_givers(token)
            targets = self._act_owners(token.head.head)
        if not sources and token.dep_ == "pobj" and token.head.lower_ in ("in", "of"):
            owner = token.head.head  # "steadfast in its support of", "commitment of X"
            if owner.dep_ == "acomp" or owner.pos_ in ("ADJ",):
                sources = self._direct(self.reader.subjects(self._cx, owner.head))
            elif token.head.lower_ == "in" and not any(
                    c.dep_ == "det" for c in token.children):
                # "Coalition aircraft conducted a strike in support of the ISF": the ones
                # who act back the ones they act for ("coordinated with and in support of")
                verb = owner
                while verb.dep_ in ("prep", "conj", "pobj", "dobj") and verb.pos_ not in (
                        "VERB", "AUX"):  # ("delivering munitions in support of X")
                    verb = verb.head
                if verb.pos_ == "VERB" and verb.lemma_.lower() not in _COPULAS:
                    # ("remains steadfast in support of" a government is political backing)
                    sources = self._direct(self.reader.subjects(self._cx, verb))
                    up = verb.head  # "conducted strikes coordinated with and in support of
                    if up.pos_ == "NOUN" and up.dep_ in ("dobj", "obj"):  # X": who struck
                        up = up.head
                    if not sources and verb.dep_ in ("advcl", "acl") and up.pos_ == "VERB":
                        sources = self._direct(self.reader.subjects(self._cx, up))
                    if not sources and verb.dep_ == "acl" and verb.tag_ == "VBN":
                        # "Rwandan troops, deployed in support of X": the ones deployed
                        sources = self._direct(self._args(verb.head))
        for src in sources:
            for tgt in targets:
                if self._kind(tgt.span) != "civilian":
                    yield _Found("backs", src, tgt, token, "noun", token)

    def _supported_act_owners(self, support: Token) -> list[Argument]:
        """Whose acts a support noun's "for" or "of" object names by its modifier: "its
        backing for Iraqi operations against the militants", "support for Kyiv's war effort"
        (Iraq, Kyiv); an act of no one named ("support for the peace talks") names none."""
        acts = self.cues.supported_acts
        return [a for c in support.children if c.dep_ == "prep" and c.lower_ in ("for", "of")
                for p in c.children if p.dep_ == "pobj" and (
                    p.lower_ in acts or p.lemma_.lower() in acts)
                for m in p.children if m.dep_ in ("poss", "amod", "compound", "nmod")
                for a in self._args(m) if self._kind(a.span) != "civilian"]

    def _act_doers(self, act: Token) -> list[Argument]:
        """Who does the act a backing verb is said of ("supported_acts"): "Russia's offensive,
        backed by Iranian drones", "the offensive that the FMLN began was supported by X" (the
        modifier, else the subject of a clause whose object the act is); an act of no one
        named ("the operation was supported by X") names none."""
        acts = self.cues.supported_acts
        if act.lower_ not in acts and act.lemma_.lower() not in acts:
            return []
        doers = [a for m in act.children if m.dep_ in ("poss", "amod", "compound", "nmod")
                 for a in self._args(m)]
        doers = doers or [a for c in act.children if c.dep_ == "relcl" and any(
                              w.lower_ in ("that", "which") for w in c.children) and not any(
                              w.dep_ in ("dobj", "obj") and w.lower_ not in ("that", "which")
                              for w in c.children)
                          for s in c.children if s.dep_ == "nsubj" for a in self._args(s)]
        return [a for a in doers if self._kind(a.span) != "civilian"]

    def _support_givers(self, support: Token) -> list[Argument]:
        """Who gives the support a noun names after "from", or by the means it names:
        "support from Venezuela", "with the support of 7TH BRIGADE TROOPS"."""
        return self._owners(support, ("from",), loose=False) or [
            a for c in support.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
            for p in c.children if p.dep_ == "pobj" for a in self._means_sides(p)]

    def _act_owners(self, noun: Token) -> list[Argument]:
        """The actor a noun names, else the one whose act it is: "a response from X", "an
        offensive by X", "X's campaign"."""
        return self._args(noun) or [a for c in noun.children if c.dep_ == "poss"
                                    for a in self._args(c)] or self._owners(
            noun, ("from", "by"), loose=False)

    def _possessive(self, token: Token) -> Iterator[_Found]:
        if token.pos_ not in ("NOUN", "PROPN") or token.i not in self._call.owners:
            return
        poss = [c for c in token.children if c.dep_ == "poss"]
        owner = (self._whose_owner(poss[0]) or self._arg(poss[0])) if poss else None
        if owner is None and poss and (self.cues.nouns.get(token.lower_) or (None, None))[0] in (
                "leads", "member_of"):
            # "GM's chief executive", "the BRN's chief negotiator"
            owner = (self._org_entity(poss[0]) or self._whose_body(poss[0])
                     or self._the_acronym_owner(poss[0], token))
        if poss and token.lower_ in _LED_BODIES and (owner is None or (
                owner.span is not None and owner.span.id_.startswith("PRV.ORG."))) and (
                owning := self._possessor_person(poss[0])) is not None:
            owner = owning  # "DUARTE'S GOVERNMENT", "VIDES CASANOVA'S TROOPS": a person's
        if owner is None:
            return
        span = self._cx.by_token.get(token.i)
        if span is not None and span is not owner.span:
            named = Argument(token, span)
            for child in token.children:  # "Iran's proxy Hezbollah", "its leader Nasrallah"
                cue = self.cues.noun_cue(child)
                if cue is not None and child.dep_ in ("compound", "amod", "nmod") and not (
                        span.start <= child.i < span.end):  # ("Estado Mayor Central": a name)
                    src, tgt = (owner, named) if cue[1] else (named, owner)
                    yield _Found(cue[0], src, tgt, child, "possessive", token)
                    return
            # "Hezbollah's Imad Mughniyeh": a person named with the group.
            if self._kind(span) == "person" and self._kind(owner.span) not in ("person", "state"):
                yield _Found("member_of", named, owner, token, "possessive", token)
            elif self._kind(owner.span) == "person" and (
                    span.id_.startswith("GEN.") or self._kind(span) in (*_FORCE_KINDS, "party")
                    or (self._unknown_group(span) and owner.token.pos_ != "PRON")):
                # "Haftar's forces", "Prigozhin's Wagner mercenaries", "Erdogan's AKP",
                # "Burhan's SAF" (a state's army named as a person's is his command); "Holden
                # Roberto's FNLA", "Kibaki's Party of National Unity": a group the dictionary
                # does not know, named as a person's, is the one he heads (not "his movement")
                yield _Found("leads", owner, named, token, "possessive", token)
            elif self._kind(owner.span) not in _NOT_BODIES and (
                    self._kind(span) not in _NOT_BODIES) and (
                    self._organisation_word(span[-1].lower_)) and not owner.via_reference:
                # "USAF's Mobility Command", "Hezbollah's Radwan Force": a unit of the owner
                yield _Found("member_of", named, owner, token, "possessive", token)
            return
        if span is not None and span is owner.span and poss and (
                (alias_id := self._alias(poss[0].text)) is not None) and (
                self._kind(Span(token.doc, poss[0].i, poss[0].i + 1, span_id=alias_id)) == "person"
                and token.lower_ in self.cues.generic):
            # "Haftar's forces" named as a whole by the dictionary: still Haftar's
            person = Span(token.doc, poss[0].i, poss[0].i + 1, label="ACTOR", span_id=alias_id)
            yield _Found("leads", Argument(poss[0], person), Argument(token, span), token,
                         "possessive", token)
            return
        cue = self.cues.noun_cue(token)
        loyal = any(c.lower_ in _LOYAL_WORDS for c in token.children if c.dep_ == "amod")
        owner_kind = self._kind(owner.span)
        group = token.lower_ in self.cues.generic
        led_body = token.lower_ in _LED_BODIES and owner_kind == "person" and (
            not owner.via_reference)
        by_token = self._cx.by_token
        names = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"
                 and c.ent_type_ != "PERSON" and (c.i not in by_token
                                                 or self._kind(by_token[c.i]) == "state")]
        # "THE ELN'S CAMILIST UNION": a unit the dictionary does not know, named under an
        # armed group or a party, is part of it
        named_unit = cue is None and bool(names) and span is None and (
            owner_kind in (*_FORCE_KINDS, "party")) and self._organisation_word(token.lower_)
        if named_unit:
            cue = ("member_of", False)
        if cue is None and not (loyal or token.lower_ in _POSSESSED_GROUPS or (
                group and owner_kind == "person") or led_body):
            return
        holders = self._holders(token)
        if not holders and token.dep_ == "compound" and token.head.i in by_token:
            holders = self._args(token.head)  # "Iran's ally Syria"
        if not holders and cue is not None and cue[0] == "member_of" and names:
            # "The Islamic State's Khorasan branch": a unit the dictionary does not know
            holders = [self._provisional(token, min(n.left_edge.i for n in names), token.i)]
        if not holders and token.lower_ in _PART_NOUNS and owner_kind != "state" and (
                part := self._part(token)):
            holders = [part]  # "Hamas's military wing", "the Brotherhood's Syrian branch"
            # (a state's "oil sector", "judicial branch" is no body of its own)
        if not holders:  # "Prigozhin's Wagner mercenaries"
            holders = [Argument(c, by_token[c.i]) for c in token.children
                       if c.dep_ == "compound" and c.i in by_token
                       and not self._is_sector(by_token[c.i]) and by_token[c.i] is not owner.span
                       and self._kind(by_token[c.i]) != "state"]  # "its Yemen branch" is no Yemen
        if not holders and token.tag_ == "NNS" and token.lower_ in self.cues.group_nouns and (
                token.lower_ not in _PARTNER_NOUNS):
            holders = [self._local_group(token)]  # "the regime and its backers"
        if not holders and token.lower_ in _PARTNER_NOUNS and token.dep_ == "nsubj" and (
                token.head.lemma_.lower() in ("include", "be", "comprise")):
            # "Russia's allies in the region include Syria", "its partners are X and Y"
            holders = [a for c in token.head.children if c.dep_ in ("dobj", "obj", "attr")
                       for a in self._args(c)]
        if not holders and token.lower_ in _PARTNER_NOUNS and any(
                c.dep_ in ("amod", "compound", "nmod") and c.i == token.i - 1 and (
                    c.i not in by_token or self._kind(by_token[c.i]) == "state")
                for c in token.lefts):
            # "our Turkish allies", "our coalition partners" (bare "our partners" are
            # whoever the speaker works with, named or not)
            holders = [self._local_group(token)]
            if token.dep_ in ("attr", "oprd"):  # "socialist countries are our allies"
                subjects = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")
                            and c.pos_ == "NOUN" and c.tag_ == "NNS" and c.i not in by_token]
                holders = [self._local_group(subjects[0])] if subjects else []
        if not holders and token.lower_ in _PARTNER_NOUNS and token.tag_ == "NNS" and (
                poss[0].lower_ not in _FIRST_PLURAL) and token.dep_ == "conj" and (
                token.head.i in by_token and by_token[token.head.i] is owner.span):
            # "Saudi Arabia and its allies": one side, the owner with a group of this post
            # (bare "working with its allies" are whoever it works with)
            holders = [self._local_group(token)]
        nxt = token.i + 1
        if not holders and nxt < len(token.doc) and nxt in by_token and (
                by_token[nxt].start == nxt and by_token[nxt] is not owner.span):
            holders = [Argument(token.doc[nxt], by_token[nxt])]  # the same, misparsed
        function_end = self._function_phrase(token) if cue is not None else None
        function = function_end is not None
        after_function = (self._name_right_after(token, function_end)
                          if function_end is not None and not holders else None)
        if after_function is not None:
            holders = [after_function]  # "USAF's chief of staff General X", hung elsewhere
        if cue is not None and not (group and owner_kind == "person"):
            rtype, reverse = cue
            rtype = self._qualified(token, rtype)
            if rtype == "leads" and function:
                rtype = "member_of"  # "GM's head of research": one function's, GM's person
            if rtype == "leads" and owner_kind != "person" and any(
                    c.dep_ in ("compound", "amod") and c.i not in by_token
                    and (self._organisation_word(c.lower_) or c.lower_ in _SERVICE_WORDS)
                    and not (token.lower_ in _REGIME_HEADS and c.lower_ in _REGIME_KINDS)
                    for c in token.lefts):
                # "Iran's army chief X": the head of a part of Iran, one of Iran's people
                rtype = "member_of"
        elif owner_kind == "person":
            rtype, reverse = "leads", True  # "Haftar's forces"
        elif owner_kind in _ARMED_KINDS or owner_kind == "party":
            rtype, reverse = "member_of", False  # "al-Qaeda's network" is part of it
        else:
            rtype, reverse = "backs", True  # "Iran's proxies", "its loyal array"
        if not holders and led_body and not group:
            holders = [self._local_group(token)]  # "Obama's administration", "X'S TROOPS"
        if not holders and group and poss and poss[0].lower_ in _FIRST_PLURAL:
            return  # "OUR FIGHTERS HAVE FULFILLED THE PLAN": the speaker's own, no one named
        if not holders and group and rtype == "leads" and poss and poss[0].tag_ == "PRP$" and (
                self.cues.generic[token.lower_][1] in ("militia", "rebel")):
            # "HE TRUSTS HIS SECURITY FORCES", "15 OF HIS MEN": armed men told only as a
            # pronoun's are those on his side, no body he is said to command (unlike "his
            # government" or "his party", the bodies his office or membership makes)
            return
        if not holders and group:
            word = {"leads": "led", "member_of": "affiliated"}.get(rtype, "backed")
            holders = [self._made_generic(token, owner, token.left_edge, word=word)]
        if cue is not None and not reverse and rtype in ("leads", "member_of") and (
                poss and poss[0].lower_ in _PERSON_POSSESSIVES):
            return  # "HIS DEFENSE MINISTER, X": a person's minister, of no group
        for holder in holders:
            src, tgt = (owner, holder) if reverse else (holder, owner)
            yield _Found(rtype, src, tgt, token, "possessive", token)

    def _the_acronym_owner(self, owner: Token, title: Token) -> Argument | None:
        """An acronym no actor names after "the", owner of a title or a part written in
        lower case ("the BRN's chief negotiator", "the UDA's armed wing"): a body the tagger
        reads as a place, a provisional organisation (not in text all in capitals)."""
        doc = owner.doc
        text = owner.text
        if owner.i in self._cx.by_token or owner.pos_ != "PROPN" or not (
                text.isalpha() and text.isupper() and 2 <= len(text) <= 5) or (
                owner.i == 0 or doc[owner.i - 1].lower_ != "the") or not title.is_lower:
            return None
        return self._provisional(owner, owner.i, owner.i)

    def _unknown_group(self, span: Span) -> bool:
        """Whether ``span`` is a provisional organisation the text names as a group: an
        acronym ("FNLA") or a name the tagger reads as an organisation or that ends in an
        organisation word ("Party of National Unity", "Holy Spirit Movement")."""
        last = span[-1]
        return span.id_.startswith("PRV.ORG.") and self._kind(span) == "organisation" and (
            last.ent_type_ == "ORG" or _acronym(last) or self._organisation_word(last.lower_))

    def _whose_owner(self, poss: Token) -> Argument | None:
        """The one "whose" stands for: the name its relative clause hangs on ("the Polisario
        Front, whose main patron is Algeria": the front's patron)."""
        if poss.tag_ != "WP$":
            return None
        clause = next((a for a in poss.ancestors if a.dep_ == "relcl"), None)
        if clause is not None:
            return self._arg(clause.head)
        doc = poss.doc  # "THE PSD OF GUATEMALA, WHOSE SECRETARY GENERAL X REPORTED": no
        # clause parsed, the name just before the comma (the one its "of" phrase belongs to)
        if poss.i < 2 or doc[poss.i - 1].text != ",":
            return None
        noun = doc[poss.i - 2]
        first = found = self._arg(noun)
        while (found is None or self._kind(found.span) in ("state", "location")) and (
                noun.dep_ == "pobj" and noun.head.lower_ == "of"
                and noun.head.head.pos_ in ("NOUN", "PROPN")):
            noun = noun.head.head
            found = self._arg(noun)
        return found or first

    def _whose_body(self, poss: Token) -> Argument | None:
        """The unknown name a "whose" clause of a title hangs on ("THE MNR, WHOSE SECRETARY
        GENERAL IS X"): the title makes it a body, a provisional organisation, though the
        parser reads an unknown acronym as a place."""
        if poss.tag_ != "WP$":
            return None
        clause = next((a for a in poss.ancestors if a.dep_ == "relcl"), None)
        doc = poss.doc
        name = clause.head if clause is not None else (
            doc[poss.i - 2] if poss.i >= 2 and doc[poss.i - 1].text == "," else None)
        if name is None or name.i in self._cx.by_token:
            return None
        if name.ent_type_ == "ORG":
            return self._org_entity(name)
        if _acronym(name) or (name.ent_type_ == "GPE" and name.pos_ == "PROPN" and (
                name.text.isalpha() and name.text.isupper() and 2 <= len(name.text) <= 4)):
            return self._provisional(name, name.i, name.i)
        return None

    def _fighting_side(self, side: Token, verb: Token) -> Iterator[_Found]:
        """"militias fighting on the side of the army", "the brigades, now fighting on the
        army's side": those who fight back the side they fight on."""
        owners = self._owners(side, ("of",), loose=False) + [
            a for c in side.children if c.dep_ == "poss" for a in self._args(c)]
        holders = self._direct(self.reader.subjects(self._cx, verb))
        if not holders and verb.dep_ in ("acl", "advcl") and verb.head.pos_ in ("NOUN", "PROPN"):
            holders = self._args(verb.head)  # "the brigades, now fighting on ..."
        for holder in holders:
            for owner in owners:
                yield _Found("backs", holder, owner, side, "noun", verb)

    def _possessor_person(self, owner: Token) -> Argument | None:
        """The person a proper name before "'s" names where a body only a person owns
        follows ("DUARTE'S GOVERNMENT", "CEREZO'S ADMINISTRATION" with the name read as an
        organisation, "VIDES CASANOVA'S TROOPS"): a provisional person over the name
        (:func:`~actorgraph.nlp.names.name_before`); ``None`` for a place, a people or a
        known actor's name."""
        by_token = self._cx.by_token
        if owner.pos_ != "PROPN" or owner.ent_type_ in ("NORP", "LOC", "FAC") or (
                not (owner.is_upper or owner.is_title)) or _acronym(owner) or (
                owner.ent_type_ == "GPE" and not self._unplaced_name(owner)):
            return None

        def taken(i: int) -> bool:
            return i in by_token and not by_token[i].id_.startswith("PRV.")

        run = name_before(owner, self._not_name, taken, single=True)
        if run is None or any(by_token[i].start < run[0] or by_token[i].end > run[1]
                              for i in range(*run) if i in by_token):
            return None
        return self._named_person(owner, *run)

    def _made_generic(self, noun: Token, sponsor: Argument, start: Token,
                      end: Token | None = None, word: str = "backed") -> Argument:
        generic = self.cues.generic[noun.lower_]
        actor = self._generic_actor(sponsor.actor or "", word, generic, None)
        last = max(noun.i, end.i if end is not None else noun.i)
        span = Span(noun.doc, start.i, last + 1, label="ACTOR", span_id=actor.id)
        self._made.append((noun, span))
        return Argument(noun, span)

    def _body_of_person(self, token: Token) -> Iterator[_Found]:
        """"the government of President Pinochet", "the troops of General X": the person
        named after "of" leads the body ("the Cuban government of Fidel Castro": the one
        the dictionary names)."""
        named = self._cx.by_token.get(token.i)
        if named is not None and (named.end != token.i + 1 or self._kind(named) in _NOT_BODIES):
            return
        body = Argument(token, named) if named is not None else None
        for p in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in (c for c in p.children if c.dep_ == "pobj"):
                person = self._cx.by_token.get(obj.i)
                if person is not None and self._kind(person) == "person" and (
                        person.end == obj.i + 1):
                    yield _Found("leads", Argument(obj, person), body or self._local_group(token),
                                 token, "possessive", token)

    def _unread_body_of(self, title: Token) -> list[Argument]:
        """The body a capitalised name after a title's "of" names where no actor mention
        covers it ("PRESIDENT OF ECOPETROL"): a provisional organisation, unless a place,
        a people, a person or a known actor bears the name."""
        out: list[Argument] = []
        if title.lower_ in _PORTFOLIO_TITLES:
            return out  # "Minister of Industry": a portfolio, no body
        for p in title.children:
            if p.dep_ != "prep" or p.lower_ != "of":
                continue
            for pobj in p.children:
                if pobj.dep_ == "pobj" and (pobj.is_upper or pobj.is_title) and (
                        pobj.ent_type_ not in ("PERSON", "NORP", "LOC", "FAC", "DATE")) and (
                        not _acronym(pobj) or pobj.ent_type_ == "ORG") and (
                        self._unplaced_name(pobj)) and (
                        body := self._unknown_name(pobj) or self._misread_name(pobj)) and (
                        body.span is not None and self._unplaced(body.span.text)):
                    out.append(body)
        return out + self._misparsed_conjuncts(title) if out else out

    def _misread_name(self, token: Token) -> Argument | None:
        """A name in capitals whose last word the tagger read as a common word after proper
        nouns ("THE UNITED LEFT", "LEFT" a verb): a provisional organisation over it."""
        names = [c for c in token.lefts if c.dep_ == "compound"]
        if not token.is_upper or token.pos_ == "PROPN" or not names or any(
                c.pos_ != "PROPN" or c.i in self._cx.by_token for c in names) or (
                names[-1].i != token.i - 1):
            return None
        return self._provisional(token, names[0].i, token.i)

    def _means_sides(self, noun: Token) -> list[Argument]:
        """The sides whose means a force, strike or aid noun names by its modifiers:
        "coalition airstrikes", "Russian attack helicopters", "7TH BRIGADE TROOPS"."""
        if not (noun.lower_ in _FORCE_WORDS or noun.lower_ in _STRIKE_NOUNS
                or noun.lemma_.lower() in self.cues.aid_nouns):
            return []
        return [a for m in noun.children if m.dep_ in ("compound", "amod", "nmod", "poss")
                for t in (m, *m.conjuncts) for a in self._modifier_side(t)]

    def _modifier_side(self, token: Token) -> list[Argument]:
        """The side a modifier of a force or means noun names: the actor it names, else an
        unnamed group (see :meth:`_unnamed_modifier`); each conjunct on its own."""
        arg = self._arg(token)
        return [arg] if arg is not None else self._unnamed_modifier(token)

    def _unnamed_modifier(self, token: Token) -> list[Argument]:
        """"coalition" in "coalition airstrikes": a group word no actor names, as a side; an
        organisation's word, with its own modifiers, as a group of this post ("ARMY AND AIR
        FORCE TROOPS": the army, the air force)."""
        if token.i in self._cx.by_token:
            return []
        if token.lower_ in self.cues.unnamed_groups:
            return [self._provisional(token, token.i, token.i)]
        if token.pos_ in ("NOUN", "PROPN") and self._organisation_word(token.lower_):
            return [self._local_group(token)]
        return []
