"""Titles and offices read as ``leads`` and ``member_of``.

"Quds Force commander Qasem Soleimani", "X, the head of Y", "Y's leader X", "X, who heads
Y", "led by X", a title before or after a name in capitals: the person leads (or belongs
to) the body the title names. The holders of a title or relation noun ("the militias it
arms", "its commanders") and the owners before it are read here too, as titles need them.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from ..actors.dictionary import normalise_key
from ..nlp.names import HONORIFICS, NAME_TITLES, name_after, name_before, name_run
from .reading import Argument
from .relation_cues import (
    _AT_THE_TOP,
    _COPULAS,
    _HEAD_TITLES,
    _NOT_BODIES,
    _NOT_SIDE_ENTITIES,
    _OWNER_NOUNS,
    _PART_NOUNS,
    _PORTFOLIO_TITLES,
    _RANK_ABBREVIATIONS,
    _RANK_QUALIFIERS,
    _RANK_WORDS,
    _RANKS,
    _REFLEXIVES,
    _REGIME_HEADS,
    _REGIME_KINDS,
    _SERVICE_WORDS,
    _STANCE_TYPES,
    _SUCCESSION_VERBS,
    _TOP_OFFICES,
    _UNIT_WORDS,
    _acronym,
    _Found,
    _function_chief,
    _one_of_several,
    _portfolio_and,
    _top_general,
    _word_after,
    _word_before,
    _wrap,
)
from .relation_sides import RelationSides

#: The most words of a title's own "of" or "for" phrase read off the word order before the
#: holder's name ("UNDERSECRETARY FOR FOREIGN AFFAIRS X").
_TITLE_PHRASE_WORDS = 4


# Bare nouns of a title's own "of" phrase: "chief of state", "chief of staff".
_OFFICE_PHRASE_WORDS = frozenset({"state", "government", "staff"})


# Words on a noun after a list of names that say it of every name: "X AND Y, BOTH MEMBERS".
_WHOLE_LIST_WORDS = frozenset({"all", "both", "each"})


class RelationTitles(RelationSides):
    """Readers of titles and offices."""

    def _member_words(self, title: Token) -> frozenset[str]:
        """The qualifiers that make a head's title one of a body's people ("deputy leader",
        "military chief"); a "military ruler" or "military strongman" still rules the state."""
        if title.lower_ in _REGIME_HEADS:
            return self.cues.member_qualifiers - _REGIME_KINDS
        return self.cues.member_qualifiers

    def _holders(self, noun: Token) -> list[Argument]:
        """Who a predicate noun or adjective is said of: "X is part of", "X, a faction of",
        "X, which is loyal to", "the leader of Y, X"."""
        if (titled := self._name_before_title_list(noun)) is not None:
            return [titled]
        first = _first_of_list(noun)
        if first.i != noun.i and noun.pos_ == "NOUN" and noun.lower_ in self.cues.nouns and (
                first.lower_ in self.cues.nouns or first.dep_ in ("appos", "attr")):
            # "X, a leader of Y and director of Z"; "X, a lawyer and a member of Y", "HE WAS A
            # MAGISTRATE, PARLIAMENTARIAN AND THE LEADER OF Y": the one the first noun of the
            # list is said of
            return self._holders(first)
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in (
                "one", "some", "among"):  # "X is one of the factions of Y"
            return self._holders(noun.head.head)
        if noun.dep_ in ("attr", "oprd", "xcomp", "ccomp") and noun.head.pos_ == "VERB" and (
                noun.head.lemma_.lower() in self.cues.office_verbs):
            # "X was elected president of Y", "Z appointed X commander of Y": who is put in
            verb = noun.head
            passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
            if passive:
                return [a for c in passive for a in self._args(c)]
            objs = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.i < noun.i]
            return self._args(objs[0]) if objs else []
        if noun.dep_ == "oprd" and noun.head.pos_ == "VERB" and (
                noun.head.lemma_.lower() in self.cues.regarding_verbs):
            return self._regarded_holders(noun.head, noun)
        if noun.dep_ in ("attr", "acomp") and noun.head.lemma_.lower() in _COPULAS and (
                (regarded := self._regarded_to_be(noun.head, noun)) is not None):
            return regarded
        if noun.dep_ in ("attr", "acomp", "oprd") and noun.head.lemma_.lower() in _COPULAS:
            found = self._direct(self.reader.subjects(self._cx, noun.head))
            if not found and noun.lower_ in _PART_NOUNS:
                # "Saraya Awliya al-Dam is a front unit of X", "THE MIR IS A FACTION OF X":
                # a name the dictionary does not know is a group when it is a group's part
                found = [a for c in noun.head.children if c.dep_ == "nsubj"
                         and (a := self._unknown_name(c)) is not None]
            if not found and self.cues.nouns.get(noun.lower_, ("",))[0] in ("leads",
                                                                            "member_of"):
                # "BARILLAS WAS SECRETARY GENERAL OF THE PDC": a title said of a name the
                # entity reader read as no one is a person's
                by_token = self._cx.by_token
                found = [a for c in noun.head.children if c.dep_ == "nsubj"
                         and c.i not in by_token
                         for a in self._unread_person(c, name_before(
                             c, self._not_name, lambda i: i in by_token, single=True))]
            return found
        if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in _COPULAS and (
                noun.lower_ in self.cues.nouns):
            # "its commander is Colonel X", "the party's leader is X": the name the title is
            # said to be (a person's only: "its commander is a veteran" names no one)
            named = [a for c in noun.head.children if c.dep_ == "attr"
                     for a in self._args(c) if self._kind(a.span) == "person"]
            if named:
                return named
        as_ = noun.head
        while as_.dep_ == "conj" and as_.head.lower_ == "as":
            as_ = as_.head  # "AS HEAD OF THE ARMY AND AS HEAD OF THE ARMED FORCES"
        if noun.dep_ == "pobj" and as_.lower_ == "as" and as_.head.pos_ in ("VERB", "AUX"):
            verb = as_.head
            objs = [c for c in verb.children if c.dep_ == "dobj"]
            if verb.lemma_.lower() in _SUCCESSION_VERBS or (
                    noun.lower_ == "part" and not any(c.dep_ == "det" for c in noun.children)):
                # "X succeeded al-Baghdadi as head of the Islamic State": X is the head now;
                # "we protect them as part of a coalition": we are part of it
                return self._direct(self.reader.subjects(self._cx, verb))
            if objs and objs[0].lower_ in _REFLEXIVES:
                # "THE REBELS IDENTIFIED THEMSELVES AS ELN MEMBERS": the subject, named or
                # described
                found = self._direct(self.reader.subjects(self._cx, verb))
                described = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"
                             and c.tag_ == "NNS" and c.i not in self._cx.by_token]
                return found or [self._local_group(c) for c in described[:1]]
            if objs:
                return self._args(objs[0])
            passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
            if passive:  # "X is widely seen as Iran's proxy": X, not whoever sees it so
                return self._args(passive[0])
            if verb.dep_ == "acl" and verb.tag_ == "VBN":  # "X, widely seen as Iran's proxy"
                return self._args(verb.head)
            return self._direct(self.reader.subjects(self._cx, verb))
        if noun.dep_ == "pobj" and as_.lower_ == "as" and as_.head.pos_ in ("NOUN", "PROPN"):
            # ("AS PART OF A PLAN" is a purpose, no one's part)
            return [] if noun.lower_ == "part" else self._as_holders(as_.head)
        if noun.dep_ == "pobj" and noun.head.lower_ == "at" and noun.lower_ in _AT_THE_TOP and (
                any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)) and (
                noun.head.head.lemma_.lower() in _COPULAS | {"remain", "stay", "stand"}):
            # "YOUR GOVERNMENT AND CRISTIANI ARE AT THE HEAD OF THE ARMED FORCES"
            return self._direct(self.reader.subjects(self._cx, noun.head.head))
        if noun.dep_ in ("appos", "amod", "acl") and noun.head.pos_ in ("NOUN", "PROPN") and (
                not _closed_between(noun.head, noun)):
            # ("(GOMEZ PADILLA) SEVERAL UNITS OF THE POLICE": a speaker's name in brackets is
            # no one the words after the bracket are said of)
            head = noun.head
            if noun.dep_ == "appos" and any(c.i > noun.i for c in head.conjuncts) and (
                    (first_name := self._arg(head)) is not None):
                # "X, THE MAYOR OF A, AND Y, THE GOVERNOR OF B": the apposition before the
                # next name is the first name's alone
                return [first_name]
            first = head
            while first.dep_ == "conj":
                first = first.head
            if noun.dep_ == "appos" and first is not head and first.pos_ == "NOUN" and (
                    first.dep_ == "attr"):
                # "HE WAS A MAGISTRATE, PROFESSOR, PARLIAMENTARIAN, THE LEADER OF Y": one more
                # of the things the subject was, not said of the word before it
                return self._holders(first)
            if (last_name := self._last_listed_person(noun)) is not None:
                return [last_name]
            if self._plural_on_one_name(noun):
                return []
            holders = self._args(head)
            if noun.dep_ == "appos" and noun.tag_ == "NNS" and holders:
                holders += self._listed_as_apposition(head, noun, holders[0])
            if noun.dep_ == "appos" and noun.tag_ == "NN" and head.conjuncts and (
                    noun.lower_ not in _PART_NOUNS and noun.lower_ != "part") and any(
                    self._kind(self._cx.by_token.get(t.i)) == "person"
                    for t in (head, *head.conjuncts)):
                # "CRISTIANI AND PONCE, THE VISIBLE HEAD OF Y", "X, Y AND Z, DIRECTOR OF W",
                # "X AND Y, SECRETARY OF W": one title, the one named last's (a part of a
                # body, "X and Y, part of Z", may be said of all)
                last = self._arg(max((head, *head.conjuncts), key=lambda t: t.i))
                return [last] if last is not None else []
            if not holders and head.dep_ in ("appos", "attr"):
                holders = self._holders(head) if head.dep_ == "attr" else self._args(head.head)
            if holders:
                return holders
        for child in noun.children:
            if child.dep_ == "appos" and not _bracketed(child):
                # (a name in brackets spells out the one before it, it holds nothing)
                found = self._args(child)
                if found:
                    return found
        for place in (p for c in noun.children if c.dep_ == "prep" and c.lower_ == "in"
                      for p in c.children if p.dep_ == "pobj"):
            # "Tehran's main ally in Yemen, the Houthis": the name hung on the place
            if self._kind(self._cx.by_token.get(place.i)) in ("state", "location"):
                found = [a for c in place.children if c.dep_ == "appos" for a in self._args(c)]
                if found:
                    return found
        if noun.dep_ == "dobj" and noun.head.tag_ == "VBN" and any(
                c.dep_ == "auxpass" and c.lemma_ == "be" for c in noun.head.children):
            # "X and Y have been sworn enemies", read as a passive with an object
            found = [a for c in noun.head.children if c.dep_ == "nsubjpass"
                     for a in self._args(c)]
            if found:
                return found
        return (self._stance_named_after_copula(noun) or self._stance_listed_before(noun)
                or self._listed_before(noun) or self._name_before_adverb(noun))

    def _listed_as_apposition(self, head: Token, noun: Token, first: Argument) -> list[Argument]:
        """The rest of a list the parser read as an apposition of its first name: "Mali,
        Burkina Faso and Niger, the three members of Y" (Burkina Faso and Niger hang on Mali
        as an apposition and its conjunct); names of the first one's kind only."""
        if first.span is None:
            return []
        kind = self._kind(first.span)
        return [a for c in head.children if c.dep_ == "appos" and c.i < noun.i
                for t in (c, *c.conjuncts) for a in self._args(t)
                if a.span is not None and self._kind(a.span) == kind
                and a.span.id_ != first.span.id_]

    def _name_before_title_list(self, noun: Token) -> Argument | None:
        """The person a list of bare titles after a comma is said of where the parser read
        the first title as one more name of a list: "X, ZACAPA BISHOP AND PRESIDENT OF Y",
        "X, FORMER FOREIGN MINISTER AND SECRETARY GENERAL OF Y". Each word of the list is a
        singular title without an article (in "X, Y AND THE PRESIDENT OF Z" and "X,
        MINISTERS AND LEADERS OF Z" the title is another's)."""
        title = noun
        while self._title_in_list(title) and title.dep_ == "conj" and title.head.i < title.i and (
                title.head.pos_ in ("NOUN", "PROPN")):
            name = title.head
            if not self._title_in_list(name):
                comma = _word_before(title.left_edge)
                if name.i not in self._cx.by_token or comma is None or (
                        title.doc[comma].text != ",") or _word_before(title.doc[comma]) != name.i:
                    return None
                found = self._arg(name)
                return found if found is not None and self._kind(found.span) == "person" else None
            title = name
        return None

    def _title_in_list(self, token: Token) -> bool:
        """Whether ``token`` is a singular title word without an article, no actor's name (a
        provisional person that ends in it is the title misread: "ZACAPA BISHOP")."""
        read = self._cx.by_token.get(token.i)
        return token.tag_ in ("NN", "NNP") and (
            read is None or (read.id_.startswith("PRV.PER.") and read.end == token.i + 1)) and (
            token.lemma_.lower() in self.cues.nouns or token.lower_ in HONORIFICS
            or token.lower_ in NAME_TITLES) and not any(
            c.dep_ in ("det", "poss") for c in token.children)

    def _last_listed_person(self, noun: Token) -> Argument | None:
        """The person a title in the singular, in apposition to the last of a list of names,
        is said of: "PASTRANA, CASTRILLON AND PARDO LEAL, PRESIDENT OF THE UP" (Pardo Leal
        alone; a name the tagger read as a body too); ``None`` where the noun may be said of
        the whole list ("all part of Y") or of states ("PERU AND BOLIVIA, MEMBER OF Y")."""
        head = noun.head
        if noun.dep_ != "appos" or noun.tag_ != "NN" or not head.conjuncts or (
                noun.i < head.i) or noun.lower_ in _PART_NOUNS | {"part"} or any(
                c.lower_ in _WHOLE_LIST_WORDS for c in noun.children):
            return None
        last = self._arg(max((t for t in (head, *head.conjuncts) if t.i < noun.i),
                             key=lambda t: t.i))
        return last if last is not None and self._kind(last.span) not in (
            "state", "location", None) else None

    def _plural_on_one_name(self, noun: Token) -> bool:
        """Whether ``noun`` is a plural the parse hung in apposition on one person's name,
        listed beside it, not said of it: "OCHOA, MEMBERS OF THE JESUIT COMMUNITY, OR
        ANYBODY ELSE" (a name the entity reader read as no one's too)."""
        head = noun.head
        return noun.dep_ == "appos" and noun.tag_ == "NNS" and head.tag_ == "NNP" and (
            not head.conjuncts) and self._kind(self._cx.by_token.get(head.i)) in ("person", None)

    def _regarded_holders(self, verb: Token, noun: Token) -> list[Argument]:
        """Who a verb of regarding says a title is held by, where no "as" stands before it:
        "police consider X the leader of Y" (its object), "X is considered the head of Y" (its
        passive subject), "X, considered the leader of Y" (the name the participle follows)."""
        objs = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.i < noun.i]
        if objs:
            return self._args(objs[0])
        passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if passive:
            return self._args(passive[0])
        if verb.tag_ not in ("VBN", "VBD") or any(c.dep_ == "nsubj" for c in verb.children):
            return []  # (the parser reads a participle after a comma as a past tense too)
        doc = verb.doc
        if verb.i >= 2 and doc[verb.i - 1].text == ",":
            # the name just before the comma, wherever the parser hung the participle
            before = self._arg(doc[verb.i - 2])
            return [before] if before is not None and before.span is not None and (
                before.span.end == verb.i - 1) else []
        return self._args(verb.head) if verb.dep_ == "acl" else []

    def _regarded_to_be(self, copula: Token, noun: Token) -> list[Argument] | None:
        """Who "to be" after an active verb of regarding says a noun of: its object, not its
        subject ("police consider X to be part of Y"; "Y, which the regime considers to be
        Z's armed branch": the relative's antecedent). None where the verb has no object."""
        verb = copula.head
        if copula.dep_ != "xcomp" or verb.lemma_.lower() not in self.cues.regarding_verbs:
            return None
        objs = [c for c in (*verb.children, *copula.children)
                if c.dep_ in ("dobj", "obj") and c.i < noun.i]
        if not objs:
            return None
        if objs[0].tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
            return self._args(verb.head)
        return self._args(objs[0])

    def _stance_named_after_copula(self, noun: Token) -> list[Argument]:
        """Who a backing, ally or rival noun as a copula's subject is said to be: "Hamas's
        chief sponsor is Iran", "the main enemy of the Taliban is the Islamic State", "whose
        patron is Algeria" (a leader's or member's title has its own readers)."""
        if self._stance_type(noun) is None or noun.dep_ != "nsubj" or (
                noun.head.lemma_.lower() not in _COPULAS):
            return []
        return [a for c in noun.head.children if c.dep_ == "attr" and c.i > noun.i
                for a in self._args(c)]

    def _stance_listed_before(self, noun: Token) -> list[Argument]:
        """The names a plural ally or rival noun after a comma is said of where the parse hung
        it elsewhere ("Armenia and Azerbaijan, foes for decades, agreed", "Greece and Turkey,
        NATO allies and historic rivals, met", read as a second subject or one more of the
        list): the two or more names listed just before the comma."""
        first = noun
        while first.dep_ == "conj" and self._stance_type(first.head) is not None:
            first = first.head  # "allies and rivals": the phrase opens at the first noun
        if noun.tag_ != "NNS" or self._stance_type(noun) not in ("allied_with", "rival_of"):
            return []
        doc, by_token = noun.doc, self._cx.by_token
        comma = first.left_edge.i - 1
        while comma > 0 and doc[comma].is_space:
            comma -= 1
        if comma < 1 or doc[comma].text != "," or doc[comma - 1].dep_ != "conj" or (
                doc[comma - 1].i not in by_token):
            return []
        head = doc[comma - 1].head
        while head.dep_ == "conj":
            head = head.head
        out = [a for t in (head, *head.conjuncts) if t.i < comma
               if (a := self._arg(t)) is not None]
        return out if len(out) >= 2 else []

    def _stance_type(self, noun: Token) -> str | None:
        """The relation type a backing, ally or rival noun names, else ``None``."""
        cue = self.cues.noun_cue(noun)
        return cue[0] if cue is not None and cue[0] in _STANCE_TYPES else None

    def _as_holders(self, head: Token) -> list[Argument]:
        """Who an "as" title hung on a noun is said of: the person named there ("X, AS DEPUTY
        CHAIRMAN OF Y"), or the one whose role it is ("IN HIS CAPACITY AS CHAIRMAN OF Y", "IN
        MY ROLE AS PRESIDENT OF Y", "X'S RESIGNATION AS PRESIDENT OF Y")."""
        if self._kind(self._cx.by_token.get(head.i)) == "person":
            return self._args(head)
        role = head
        while role.lower_ not in self.cues.role_nouns and role.dep_ == "pobj" and (
                role.head.lower_ == "of" and role.head.head.pos_ == "NOUN"):
            role = role.head.head  # "X'S LETTER OF RESIGNATION AS ...": the letter's owner
        if role.lower_ not in self.cues.role_nouns:
            return self._doer_as(head)
        return [a for c in role.children if c.dep_ == "poss" for a in self._args(c)]

    def _doer_as(self, thing: Token) -> list[Argument]:
        """Who an "as" title hung on a verb's object that is no one is said of: the verb's
        subject ("X and Y coordinate attacks as members of Z"); a verb that puts its object
        into an office or regards it as something says it of the object, its own rule."""
        verb = thing.head
        # (a bare singular may be a name read as a noun: "REGISTERED X AS ITS CANDIDATE")
        common = (thing.tag_ == "NNS" or any(c.dep_ == "det" for c in thing.children)) and (
            thing.lemma_.lower() not in self.cues.nouns)  # ("named a candidate as its ...")
        if thing.dep_ not in ("dobj", "obj") or thing.pos_ != "NOUN" or not common or (
                thing.i in self._cx.by_token) or verb.pos_ != "VERB" or (
                verb.lemma_.lower() in self.cues.office_verbs | self.cues.regarding_verbs):
            return []
        return self._direct(self.reader.subjects(self._cx, verb))

    def _name_before_adverb(self, noun: Token) -> list[Argument]:
        """The name an apposition opened by an adverb is said of, where the parser made the
        noun the clause's subject: "Beijing, long the main patron of Y, brokered the deal",
        "X, once the party's leader, ..." (the name just before the comma)."""
        doc, by_token = noun.doc, self._cx.by_token
        adverb = noun.left_edge
        if noun.dep_ not in ("nsubj", "nsubjpass") or adverb.dep_ != "advmod" or (
                adverb.head.i != noun.i) or adverb.i < 2 or doc[adverb.i - 1].text != ",":
            return []
        name = doc[adverb.i - 2]
        if name.i not in by_token or name.dep_ not in ("npadvmod", "nsubj", "appos") or (
                name.head.i != noun.head.i and name.head.i != noun.i):
            return []
        return [a for a in [self._arg(name)] if a is not None and a.span is not None]

    def _listed_before(self, noun: Token) -> list[Argument]:
        """The persons a plural title after a comma is said of where the parser hung the
        title elsewhere ("ORDERED BY X AND Y, HEADS OF THE Z", the title read as the verb's
        predicate or as one more of the list): the names listed just before the comma, all
        of them persons."""
        doc, by_token = noun.doc, self._cx.by_token
        comma = noun.left_edge.i - 1
        while comma > 0 and doc[comma].is_space:
            comma -= 1  # (a line wrapped after the comma)
        if noun.tag_ != "NNS" or noun.lemma_.lower() not in self.cues.nouns or comma < 1 or (
                doc[comma].text != ",") or noun.dep_ == "appos":
            return []
        last = doc[comma - 1]
        if last.dep_ != "conj" or last.i not in by_token:
            return []  # (one name before the comma: the apposition's rule)
        first = last.head
        while first.dep_ == "conj":
            first = first.head
        out = [a for t in (first, *first.conjuncts) if t.i != noun.i
               if (a := self._arg(t)) is not None]
        if len(out) < 2 or any(self._kind(a.span) != "person" for a in out):
            return []
        return out

    def _owners(self, token: Token, preps: tuple[str, ...] = ("of", "to"),
                loose: bool = True) -> list[Argument]:
        """The actors after "of": "part of Y", "head of Y's political bureau" (Y)."""
        out = []
        for p in token.children:
            if p.dep_ != "prep" or p.lower_ not in preps:
                continue
            for pobj in p.children:
                if pobj.dep_ != "pobj":
                    continue
                found = self._args(pobj)
                if not found and pobj.pos_ == "PROPN":  # "Minister of Foreign Affairs of Iraq"
                    found = [a for q in pobj.children if q.dep_ == "prep" and q.lower_ == "of"
                             for o in q.children if o.dep_ == "pobj" for a in self._args(o)]
                if not found and loose:
                    arg = self.reader.actor_arg(self._cx, pobj, deep=False)
                    if arg.span is not None and any(c.dep_ == "poss" for c in pobj.children):
                        found = [self._state_body(pobj, arg.span) or arg]
                out += found
        if out:
            out += self._misparsed_conjuncts(token)
        return out

    def _misparsed_conjuncts(self, token: Token) -> list[Argument]:
        """Names the parse hung on the relation noun instead of on its "of" object:
        "LEADER OF THE UNITED LEFT AND THE COMMUNIST PARTY OF CHILE" (the party is led too)."""
        return [a for c in token.children if c.dep_ == "conj" and c.pos_ == "PROPN"
                and any(d.dep_ == "det" for d in c.children) and c.lower_ not in self.cues.nouns
                and (a := self._arg(c)) is not None
                and self._kind(a.span) not in _NOT_BODIES]

    def _state_body(self, noun: Token, owner: Span) -> Argument | None:
        """A body a state's possessive names by its own words ("COLOMBIA'S LIBERAL PARTY",
        "Peru's Popular Action party", "Britain's Labour Party"): the organisation noun with
        the words between the possessive and it, as a provisional group, not the state.
        ``None`` where the owner is no state, the noun no organisation's, or no word of
        its own goes before it ("Iraq's army": the state's own sector)."""
        if self._kind(owner) != "state" or not self._organisation_word(noun.lower_) or (
                noun.i in self._cx.by_token):
            return None
        words = [c for c in noun.lefts if c.dep_ in ("amod", "compound") and c.i > owner.end - 1
                 and c.i not in self._cx.by_token and c.pos_ in ("ADJ", "PROPN", "NOUN")]
        if not words or any(doc_t.is_punct for doc_t in noun.doc[words[0].i:noun.i]):
            return None
        return self._provisional(noun, words[0].i, noun.i)

    def _body_phrase(self, t: Token) -> Argument | None:
        by_token = self._cx.by_token
        if t.pos_ not in ("NOUN", "PROPN") or t.i in by_token or (
                t.ent_type_ in _NOT_SIDE_ENTITIES or t.ent_type_ == "PERSON") or (
                (t.lower_ in self.cues.nouns and t.lower_ not in _PART_NOUNS
                 and t.lower_ not in _UNIT_WORDS)
                or ((t.lemma_.lower() in self.cues.not_bodies
                     or t.lower_ in self.cues.not_bodies) and not self._command_area(t))):
            return None
        if t.tag_ in ("NNS", "NNPS") and any(c.dep_ == "nummod" and c.lower_ not in ("one", "1")
                                             for c in t.children):
            return None  # "the four clandestine organizations": several bodies, no one side
        proper = t.pos_ == "PROPN" and t.text[:1].isupper()
        # (the article may stand before a possessor: "commander of a paratroopers' unit")
        owners = [c for c in t.children if c.dep_ == "poss" and c.i < t.i]
        if not proper and not any(c.dep_ == "det" and c.lower_ in ("the", "a", "an", "this",
                                                                    "that")
                                  for o in (t, *owners) for c in o.children) and not any(
                o.pos_ == "PROPN" for o in owners):
            return None  # "head of state", "chief of staff" (a named owner stands for the
            # article: "leader of Cochabamba's peasant federation")
        start, end = self._name_extent(t)
        if any(j in by_token and self._kind(by_token[j]) != "state" for j in range(start, end + 1)):
            return None
        if any(self.dictionary.get(by_token[j].id_) is not None
               for j in range(start, end + 1) if j in by_token) and start == t.i:
            return None
        if not any(doc_t.pos_ == "PROPN" for doc_t in t.doc[start:end + 1]):
            post = self._cx.post
            return self._provisional(t, start, end,
                                     local=f"{normalise_key(post.doc)}_{post.post}")
        return self._provisional(t, start, end)

    def _counterpart_cue(self, token: Token) -> tuple[str, bool] | None:
        """The title cue of the one whose counterpart ``token`` is ("PRESIDENT X SPOKE WITH
        HIS COLOMBIAN COUNTERPART, Y": a president): the nearest title held by a named
        person before the possessor in the sentence."""
        poss = next((c for c in token.children if c.dep_ == "poss"), None)
        if token.lower_ not in self.cues.counterparts or poss is None:
            return None
        for t in reversed(token.doc[token.sent.start:poss.i]):
            cue = self.cues.nouns.get(t.lower_)
            if cue is not None and cue[0] in ("leads", "member_of") and t.dep_ in (
                    "compound", "appos") and (
                    self._kind(self._cx.by_token.get(t.head.i)) == "person"):
                return cue
        return None

    def _title(self, token: Token) -> Iterator[_Found]:
        cue = self.cues.nouns.get(token.lower_) or self._counterpart_cue(token)
        rank_adjective = self.rank_read_as_adjective(token)
        if cue is None or cue[0] not in ("leads", "member_of") or (
                token.pos_ not in ("NOUN", "PROPN") and not rank_adjective):
            return
        by_token = self._cx.by_token
        if token.lower_ in _RANKS and token.i > 0 and (
                token.doc[token.i - 1].lower_ in self.cues.nouns) and not _top_general(token):
            return  # "9th Brigade commander Colonel X": the title before the rank says it
        person_token = token.head
        if person_token.lower_ in _RANKS and person_token.dep_ == "compound" and (
                token.dep_ == "compound"):
            person_token = person_token.head  # "COMMANDER COLONEL IVAN RAMIREZ QUINTERO"
        person = (by_token.get(person_token.i) if token.dep_ in ("compound", "appos", "nmod")
                  or rank_adjective else None)
        if person is None and token.dep_ == "appos" and (
                found := (self._person_in_capitals(person_token)
                          or self._ranked_name(person_token))) is not None:
            person = found.span  # "JOSE RIVERA, THE FMLN SPOKESMAN", "COL JORGE X, ...
        if (person is None or self._kind(person) != "person") and (shared := next((
                a for c in token.children if c.dep_ == "conj" and any(
                    d.dep_ == "compound" and d.lower_ in self.cues.nouns for d in c.children)
                and (a := self._arg(c)) is not None and a.span is not None
                and self._kind(a.span) == "person"), None)) is not None:
            # "SALVADORAN VICE PRESIDENT AND INTERIOR MINISTER FRANCISCO MERINO": the name after
            # the second title holds the first as well
            person, person_token = shared.span, shared.token
        if (person is None or self._kind(person) != "person") and token.dep_ == "conj" and (
                token.pos_ == "NOUN") and (list_head := _first_of_list(token)).dep_ == "appos" and (
                list_head.head.i in by_token):
            # "CELIS, A BUSINESSMAN AND PARTY MEMBER": the second noun of an apposition is
            # said of the name the first one follows
            person, person_token = by_token[list_head.head.i], list_head.head
        if person is None or self._kind(person) != "person":
            # "the CJTF-OIR commanding general, Lt. Gen. Stephen J. Townsend"
            named = [c for c in token.children if c.dep_ == "appos" and c.i in by_token]
            person = by_token[named[0].i] if named else None
            person_token = named[0] if named else token
        if (person is None or self._kind(person) != "person") and token.dep_ in (
                "compound", "nmod") and (name := self._name_after(token)) is not None:
            person, person_token = name, token.doc[name.end - 1]  # "FENASTRAS LEADER FEDE ELIZABETH
            self._made.append((token.head, name))
        if (person is None or self._kind(person) != "person") and token.dep_ not in (
                "compound", "appos") and (left := token.left_edge.i) >= 2 and (
                token.doc[left - 1].text == ",") and token.doc[left].dep_ != "det" and (
                listed := by_token.get(left - 2)) is not None and (
                self._kind(listed) == "person") and (
                token.doc[left - 2].dep_ not in ("pobj", "dobj")):
            # "Col. John J. Thomas, Central Command spokesman will moderate": the apposition
            # read as a subject of its own
            person, person_token = listed, token.doc[left - 2]
        if (person is None or self._kind(person) != "person") and (
                token.dep_ in ("attr", "oprd", "xcomp")
                or (token.dep_ == "pobj" and token.head.lower_ == "as")):
            # "X is the Hamas leader", "X was appointed army commander", "X RESIGNS AS THE AIR
            # FORCE CHIEF": the title said of its holder
            held = [h for h in self._holders(token) if self._kind(h.span) == "person"]
            if held:
                person, person_token = held[0].span, held[0].token
        if (person is None or self._kind(person) != "person") and (
                found := self._name_read_after(token)) is not None:
            # "ARMY SPOKESMAN COLONEL RAUL ARTURO LOPEZ" (the rank read as a verb), "OAS
            # SECRETARY GENERAL\nBAENA SOARES": the name the words after the title give
            person, person_token = found.span, found.token
        if (person is None or self._kind(person) != "person") and token.dep_ in (
                "compound", "nmod", "nsubj", "dobj", "pobj", "ROOT") and (
                (end := self._bare_of_phrase(token)) is not None) and (
                found := self._name_right_after(token, end)) is not None:
            # "VENEZUELAN CHIEF OF STATE CARLOS ANDRES PEREZ", "ARMY CHIEF OF STAFF GENERAL
            # X": the name right after the title's own phrase
            person, person_token = found.span, found.token
        if person is None or self._kind(person) != "person":  # VELASQUEZ", names cut apart
            return
        if person[-1].lower_.rstrip(".") in _RANK_ABBREVIATIONS:
            return  # "director Navy Capt." cut off before the name
        doc = token.doc
        if token.i in by_token:
            # "Iraqi President Fuad Masum": the title is itself the mention of an office
            # ("Iraqi President" is the Iraqi government), which the person holds.
            office = by_token[token.i]
            if office is person or office.end != token.i + 1 or office.start == token.i or (
                    self._kind(office) in ("person", None)) or (
                    cue[0] != "leads" and self._kind(office) not in ("state", "government")
                    and not self._ranked_in_force(token, office)):
                return  # "3rd Battalion" names a unit, not an office
            if _one_of_several(token) or self._owners(token, ("of",), loose=False):
                return  # "a Salvadoran leader of the Socialist International": of that
            # ("the Japanese minister of fiscal policy": of Japan)
            inside = {doc[j].lower_ for j in range(office.start, token.i)}
            if (self.cues.vocation_qualifiers | self.cues.party_words) & inside:
                return  # "COLOMBIAN POLITICAL LEADER X", read as the government: a politician
                # ("COLOMBIAN LIBERAL LEADER X": the party's, by its own rule)
            rtype = cue[0]
            if rtype == "leads" and self._member_words(token) & inside:
                rtype = "member_of"
            elif rtype == "member_of" and self.cues.lead_qualifiers & inside and (
                    not _function_chief(token, inside)):
                rtype = "leads"  # "PERUVIAN PRIME MINISTER X": the head of the government
            past = bool(self.cues.past_qualifiers & inside)
            yield _Found(rtype, Argument(person_token, person), Argument(token, office), token,
                         "title", token, past=past)
            return
        after = token.i + 2
        if (token.dep_ == "appos" and after < token.sent.end and doc[token.i + 1].text == ","
                and after in by_token and by_token[after].start == after
                and not any(c.dep_ in ("amod", "compound") for c in token.lefts)):
            # "Joseph Votel, commander, U.S. Central Command": the office after the title
            office = by_token[after]
            if office is not person and self._kind(office) not in ("person", "state", None) and (
                    doc[office.end - 1].dep_ == "appos"):
                yield _Found(cue[0], Argument(person_token, person),
                             Argument(doc[office.end - 1], office), token, "title", token)
                return
        i = token.i - 1
        qualifiers: list[str] = []
        places: list[int] = []  # where each qualifier stands
        org = None
        if (opening := self._bracket_before(token)) is not None:
            # "DAS (ADMINISTRATIVE DEPARTMENT OF SECURITY) DIRECTOR X": the name the
            # brackets spell out is the body
            i = opening - 1
            if i >= token.sent.start and i not in by_token and _acronym(doc[i]):
                org = self._provisional(doc[i], i, i).span
        while org is None and i >= token.sent.start and i not in by_token and (
                doc[i].pos_ in ("ADJ", "NOUN", "PROPN") or _wrap(doc[i]) or (
                    doc[i].text == ")" and qualifiers) or _portfolio_and(token, i, qualifiers)):
            if _wrap(doc[i]) or doc[i].pos_ == "CCONJ":
                # "MNR\nLEADER X": a line of wire text wrapped in the title; "ECUADORAN
                # GOVERNMENT AND JUSTICE MINISTER X": two portfolios of one title
                i -= 1
                continue
            if doc[i].text == ")":
                # "PATRIOTIC UNION (UP) PRESIDENTIAL CANDIDATE": the body's name, then its
                # acronym in brackets, before the title's own words
                opening = self._bracket_opening(doc, i, token.sent.start)
                if opening is None:
                    break
                i = opening - 1
                continue
            if doc[i].ent_type_ == "ORG" and (made := self._org_entity(doc[i])):
                org = made.span  # "Airbus spokesman Jaime Perez-Guerra", "407th AEG commander"
                if org is not None and qualifiers and self._organisation_word(qualifiers[0]) and (
                        org.end == places[-1]) and all(
                        doc[j].pos_ in ("NOUN", "PROPN") for j in places):
                    # "ANTIOQUIA POLICE COMMANDER X": the name and the body's noun together
                    org = self._provisional(doc[places[0]], org.start, places[0]).span
                    qualifiers = []
                break
            qualifiers.append(doc[i].lower_)
            places.append(i)
            i -= 1
        org = org or by_token.get(i)
        first, last = i + 1, token.i - 1  # the words between, without a wrap at either end
        while first < last and _wrap(doc[first]):
            first += 1
        while last > first and _wrap(doc[last]):
            last -= 1
        if org is None and qualifiers and self._organisation_word(qualifiers[0]):
            # "MILITARY FORCES COMMANDER X", "NATIONAL POLICE CHIEF X": the words before the
            # title name the body it heads ("AIR FORCE CHIEF": no acronym "AIR"); a qualifier
            # before them is the title's ("FORMER TOURISM INSTITUTE DIRECTOR X")
            opening = first
            while opening < last and (doc[opening].lower_ in self.cues.past_qualifiers
                                      or doc[opening].lower_ in _RANK_QUALIFIERS):
                opening += 1
            org = self._provisional(doc[last], opening, last).span
            qualifiers = [doc[j].lower_ for j in range(first, opening)]
        if org is None and qualifiers and (j := first) < token.i and _acronym(doc[j]) and all(
                not _acronym(doc[k]) and (doc[k].lower_ not in self.cues.nouns
                                          or _top_general(doc[k]))
                for k in range(j + 1, token.i)):
            # "MNR SECRETARY GENERAL X": an acronym the tagger gave no entity opens the title
            org = self._provisional(doc[j], j, j).span
            qualifiers = qualifiers[:-1]
        ranks = self.cues.member_qualifiers | self.cues.lead_qualifiers
        k = next((n for n, q in enumerate(qualifiers) if q not in ranks), len(qualifiers))
        if org is None and 0 < k < len(qualifiers) and self._organisation_word(qualifiers[k]):
            # "LEGISLATIVE ASSEMBLY VICE PRESIDENT X": the body, then the rank in it
            org = self._provisional(doc[places[k]], first, places[k]).span
            qualifiers = qualifiers[:k]
        if org is None and person_token.dep_ == "conj" and token.dep_ == "compound" and (
                prior := next((c for c in person_token.head.lefts if c.dep_ == "compound"
                               and c.lower_ in self.cues.nouns and c.i < token.i), None)):
            # "The UAW President X and Vice President Y": the body of the title before
            org = next((f.target.span for f in self._title(prior)), None)
        if org is None and qualifiers and token.lower_ in _HEAD_TITLES and not any(
                c.dep_ == "prep" and c.lower_ in ("of", "in", "at", "for")
                for c in token.children) and (
                body := self._body_before_title(doc, first, last)) is not None:
            # "SUBWAY CHAIRMAN X", "CABINET CHIEF X", "the national rehabilitation plan
            # director, X": the body the words before a head's title name (not where a body
            # follows: "an artillery crew chief in Abel Battery")
            org, qualifiers = body, []
        if org is None or self._kind(org) in ("person",) or len(qualifiers) > 3:
            return
        if org.id_.startswith("PRV.") and all(
                t.lower_ in self.cues.vocation_qualifiers for t in org if not t.is_space):
            return  # "THE WELL-KNOWN UNION LEADER X": a calling, no body named
        if org.id_.startswith("PRV.") and token.lower_ in _PORTFOLIO_TITLES and not (
                token.lower_ == "secretary" and _top_general(token)):
            return  # "DEFENSE MINISTER X", "GOVERNMENT MINISTER X": a portfolio, no body
        if self._kind(org) in ("state", "location") and (
                self.cues.vocation_qualifiers & set(qualifiers)):
            return  # "COLOMBIAN DRUG LEADER X": a trafficker of Colombia, not its leader
        if self._kind(org) in ("state", "location") and (nouns := [
                j for j in range(org.end, token.i) if doc[j].pos_ in ("NOUN", "PROPN")
                and self._group_word(doc[j].lower_)]):
            # "NICARAGUAN CONTRA COMMANDER X", "Syrian opposition leader X": the group the
            # noun names, of that state, not the state itself
            word = doc[nouns[-1]]
            local = ""
            if word.lower_ in self.cues.generic:
                post = self._cx.post
                local = f"{normalise_key(post.doc)}_{post.post}"
            group = self._provisional(word, org.start, nouns[-1], local=local).span
            org = group if group is not None else org
            qualifiers = [doc[j].lower_ for j in range(nouns[-1] + 1, token.i)]
        if self._kind(org) in ("state", "location") and any(
                doc[j].lower_ in self.cues.party_words for j in range(org.end, token.i)):
            return  # "SALVADORAN SOCIAL DEMOCRATIC LEADER X": the party's (its own rule), no
            # state's leader
        before = doc[org.start - 1].lower_ if org.start > token.sent.start else ""
        rtype = cue[0]
        if rtype == "leads" and (self._member_words(token) & set(qualifiers)
                                 or _one_of_several(token)
                                 or ((end := self._bare_of_phrase(token)) is not None
                                     and end.lower_ not in _TOP_OFFICES)):
            rtype = "member_of"  # ("the embassy chief of security": one function's head)
        elif rtype == "member_of" and (self.cues.lead_qualifiers & set(qualifiers)
                                       or _top_general(token)) and (
                not _function_chief(token, set(qualifiers))):
            rtype = "leads"
        if token.lower_ in _OWNER_NOUNS:
            rtype = "leads"  # "FERRIMAR OWNER ALDO PESCE": a person who owns a firm heads it
        past = bool(self.cues.past_qualifiers & {before, *qualifiers})
        yield _Found(rtype, Argument(person_token, person), Argument(doc[org.end - 1], org), token,
                     "title", token, past=past)
        if token.tag_ == "NNS":  # "M-19 GUERRILLAS X AND Y": each one named
            for other in person_token.conjuncts:
                listed_person = by_token.get(other.i)
                if listed_person is not None and listed_person is not person and (
                        self._kind(listed_person) == "person"):
                    yield _Found(rtype, Argument(other, listed_person),
                                 Argument(doc[org.end - 1], org),
                                 token, "title", token, past=past)

    def _bracket_before(self, title: Token) -> int | None:
        """Where the brackets right before a title open ("FMLN (FARABUNDO MARTI NATIONAL
        LIBERATION FRONT) COMMANDER X"), when they hold a name of words in capitals or
        proper nouns only, after a word of the same sentence; else ``None``."""
        close = _word_before(title)
        if close is None or title.doc[close].text != ")":
            return None
        return self._bracket_opening(title.doc, close, title.sent.start)

    def _bracket_opening(self, doc: Doc, close: int, sent_start: int) -> int | None:
        """Where the brackets closing at ``close`` open, when they hold a name of words in
        capitals or proper nouns only, after a word of the same sentence; else ``None``."""
        j = close - 1
        while j > sent_start and doc[j].text != "(" and close - j <= 10:
            if not (doc[j].is_space or doc[j].pos_ in ("PROPN", "ADP", "DET", "CCONJ")
                    or doc[j].is_upper or doc[j].text[:1].isupper()):
                return None
            j -= 1
        return j if doc[j].text == "(" and j > sent_start else None

    def rank_read_as_adjective(self, token: Token) -> bool:
        """Whether a rank the tagger read as an adjective stands before the person it is
        said of: "ARMY GENERAL JAIME RUIZ", "SALVADORAN GENERAL X" ("general" as an
        adjective), the name's mention opening at the next word."""
        if token.pos_ != "ADJ" or token.lower_ not in _RANKS or token.head.i <= token.i:
            return False
        after = _word_after(token, token.sent.end)
        person = self._cx.by_token.get(after) if after is not None else None
        return person is not None and person.start == after and self._kind(person) == "person" and (
            person.start <= token.head.i < person.end)

    def _title_of_named(self, token: Token) -> Iterator[_Found]:
        """A title, "of", a state or body, and the holder's name run together, the parse
        making the name the object of "of" ("PRESIDENT OF EL SALVADOR ALFREDO CRISTIANI",
        "THE VICE PRESIDENT OF THE FMLN JOAQUIN VILLALOBOS"; "the minister of Defence
        General X" has no body): the name holds the title in the body between."""
        cue = self.cues.nouns.get(token.lower_)
        if cue is None or cue[0] not in ("leads", "member_of") or cue[1]:
            return
        by_token = self._cx.by_token
        of = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ == "of"
                   and c.i == token.i + 1), None)
        if of is None or token.lower_ in _PORTFOLIO_TITLES:
            return
        first = of.i + 1 + (of.i + 1 < token.sent.end and token.doc[of.i + 1].lower_ == "the")
        office = by_token.get(first)
        person = by_token.get(office.end) if office is not None else None
        if office is None or person is None or office.start != first or (
                person.start != office.end) or self._kind(person) != "person" or (
                self._kind(office) in ("person", "location", None)):
            return
        rtype = cue[0]
        lefts = {c.lower_ for c in token.lefts if c.dep_ in ("amod", "compound")}
        if rtype == "leads" and (self._member_words(token) & lefts or _one_of_several(token)):
            rtype = "member_of"
        past = bool(self.cues.past_qualifiers & lefts)
        yield _Found(rtype, Argument(person.root, person), Argument(office.root, office), token,
                     "title", token, past=past)

    def _name_read_after(self, title: Token) -> Argument | None:
        """The person a title stands right before, read off the words (see
        :func:`~actorgraph.nlp.names.name_after`) where the parse left the two apart: the
        person mention that the name opens and covers, else a provisional person over the
        whole name (the one the entity reader cut at a line break among them)."""
        by_token = self._cx.by_token

        def taken(i: int) -> bool:  # (a provisional group may be a name the tagger misread)
            return i in by_token and self._kind(by_token[i]) != "person" and (
                not by_token[i].id_.startswith("PRV."))

        def first_name_place(i: int) -> bool:  # "LEADER SANTIAGO DILLMAN": Santiago, a place
            span = by_token.get(i)
            return span is not None and len(span) == 1 and self._kind(span) in (
                "state", "location") and i + 1 < title.sent.end and (
                title.doc[i + 1].pos_ == "PROPN" and i + 1 not in by_token)

        skip = _RANK_WORDS
        run = name_after(title, skip, self._not_name, taken) or name_after(
            title, skip, self._not_name, lambda i: taken(i) and not first_name_place(i))
        if run is None:
            return None
        start, end = run
        doc = title.doc
        held = {by_token[i] for i in range(start, end) if i in by_token}
        known = [s for s in held if not s.id_.startswith("PRV.")]
        if len(known) == 1 and known[0].start == start and first_name_place(start) and (
                end - start >= 2 and title.i < start):
            return self._named_person(doc[end - 1], start, end)  # a first name, not the place
        if len(known) == 1 and known[0].start == start:
            return Argument(doc[known[0].end - 1], known[0])  # (a name the dictionary has)
        if known or any(s.start < start or s.end > end for s in held):
            return None
        return self._named_person(doc[end - 1], start, end)

    def _body_before_title(self, doc: Doc, first: int, last: int) -> Span | None:
        """The words ``first`` to ``last`` before a head's title as the body it heads, a
        provisional organisation: up to four nouns (adjectives before the last), none of
        them a rank, a title or a qualifier, and the last no function or subject
        (``function_words``: "finance director", "press chief") and no word of
        ``not_bodies`` ("campaign director")."""
        words = [doc[j] for j in range(first, last + 1) if not doc[j].is_space]
        if not words or len(words) > 4:
            return None
        qualifiers = (self.cues.member_qualifiers | self.cues.lead_qualifiers
                      | self.cues.past_qualifiers)
        head = words[-1]
        area = head.lower_ in self.cues.command_areas and any(
            w.lower_ in self.cues.command_qualifiers for w in words[:-1])  # "JUDICIAL ZONE"
        if head.pos_ not in ("NOUN", "PROPN") or head.ent_type_ == "PERSON" or (
                head.lower_ in self.cues.function_words or head.lower_ in _SERVICE_WORDS) or (
                not area and (head.lower_ in self.cues.not_bodies
                              or head.lemma_.lower() in self.cues.not_bodies)):
            return None
        if any(w.pos_ not in ("NOUN", "PROPN", "ADJ") or w.lower_ in qualifiers
               or w.lower_ in _RANKS or w.lower_ in self.cues.nouns for w in words):
            return None
        return self._provisional(head, first, last).span

    def _name_after(self, title: Token) -> Span | None:
        """The person's name a title stands before, as one provisional person, where the
        actor ruler left it in pieces or took part of it for a group: the proper nouns from
        after the title to the noun it modifies ("LEADER FEDE ELIZABETH VELASQUEZ")."""
        doc = title.doc
        head = title.head
        while head.dep_ == "compound" and head.head.i == head.i + 1 and head.head.i - title.i <= 6:
            head = head.head  # ("COMMANDER COLONEL JAIME TORRES": up to the name's last word)
        first = title.i + 1
        while first < head.i and doc[first].lower_.rstrip(".") in _RANKS:
            first += 1  # "CHIEF GENERAL X", "COMMANDER COLONEL X": the rank is no name
        if head.i < first + 1 or head.pos_ not in ("PROPN", "NOUN") or head.i - first > 4:
            return None
        words = doc[first:head.i + 1]
        # In capitals the truecased parse may take a surname for a common noun ("JAIME
        # TORRES": "torres"): a name that opens with a person's word is still a name.
        capitals = all(t.text.isupper() or t.is_space for t in words) and (
            words[0].ent_type_ == "PERSON" and words[0].pos_ == "PROPN") and len(words) <= 4
        if any((t.pos_ not in ("PROPN", "NOUN") if capitals else t.pos_ != "PROPN"
                or not t.text[:1].isupper()) and not t.is_space for t in words):
            return None
        spans = {self._cx.by_token[t.i] for t in words if t.i in self._cx.by_token}
        if (not spans and not capitals) or any(
                not s.id_.startswith("PRV.") or s.start < words.start or s.end > words.end
                for s in spans):
            return None  # no name found there, or a known actor's
        if not any(t.ent_type_ == "PERSON" for t in words):
            return None
        return Span(doc, words.start, words.end, label="ACTOR",
                    span_id=f"PRV.PER.{normalise_key(words.text)}")

    def _name_beside_title(self, title: Token) -> list[Argument]:
        """The person a head's title "X, [the] leader of Y" or "the leader of Y, X" is said
        of, read off the word order where the parse of wire capitals hung the two apart
        ("ANSTEE, DIRECTOR GENERAL OF THE UN OFFICE", the surname tagged a noun; "THE
        PRESIDENT OF THE CUT, JORGE CARRILLO, OUGHT TO", the name hung on the verb)."""
        person = self._name_before_title(title)
        if person is None and any(c.dep_ == "det" and c.lower_ == "the" for c in title.children):
            person = self._name_after_title(title) or self._named_by_copula(title)
        return [person] if person is not None else []

    def _ranked_in_force(self, rank: Token, office: Span) -> bool:
        """"SALVADORAN COLONEL X", "Peruvian General Y": a rank the mention of a state's
        armed force or police ends on (the ruler reads "Salvadoran Colonel" as the Salvadoran
        military) makes its holder one of that force, as an official is one of his state."""
        return rank.lower_ in _RANKS and self._kind(office) in ("military", "police")

    def _prep_bearer(self, title: Token) -> Token | None:
        """The token whose "of" phrase is the title's own: the title itself; the first of two
        coordinated titles where the parse hung the phrase that follows the second on the
        first ("X, FORMER DEPUTY AND CURRENT PRESIDENT OF Y", "X, a lawyer and chairwoman of
        Y": the president's, the chairwoman's); ``None`` for that first title, whose phrase
        the second takes."""
        later = [c for c in title.children if c.dep_ == "conj" and c.i > title.i
                 and c.lower_ in self.cues.nouns]
        if any(p.dep_ == "prep" and p.i == c.right_edge.i + 1
               for c in later for p in title.children):
            return None
        in_chief = next((p for c in title.children if c.dep_ == "prep" and c.lower_ == "in"
                         for p in c.children if p.dep_ == "pobj" and p.lower_ == "chief"), None)
        if in_chief is not None and any(c.dep_ == "prep" and c.lower_ == "of"
                                        for c in in_chief.children):
            return in_chief  # "commander in chief of the air force": the phrase hangs on "chief"
        first = title.head
        if title.dep_ == "conj" and first.pos_ == "NOUN" and first.i < title.i and not any(
                c.dep_ == "prep" for c in title.children) and any(
                p.dep_ == "prep" and p.i == title.right_edge.i + 1 for p in first.children):
            return first
        return title

    def _member_before_title(self, title: Token) -> list[Argument]:
        """"ARCE, A MEMBER OF THE DIRECTORATE", "X, SPOKESMAN FOR Y": the name before the
        comma of a member's title in apposition that the parse of wire capitals did not read
        as a person (the surname tagged a noun), read off the word order as for a head's
        title (:meth:`_name_before_title`)."""
        if title.dep_ != "appos" or self._plural_on_one_name(title):
            return []
        person = self._name_before_title(title)
        return [person] if person is not None else []

    def _possessor_body(self, title: Token, rtype: str) -> list[Argument]:
        """"the flight school's director, X", "the agency's deputy director, X", "the army's
        chief of staff, X": the body a head's title is owned by, in plain words no actor
        names (read as "the director of the flight school"); a deputy and the head of one
        function in it (:meth:`_function_phrase`) are its members, as the caller reads them."""
        if self.cues.nouns.get(title.lower_, ("",))[0] != "leads" or rtype not in (
                "leads", "member_of") or any(c.dep_ == "prep" for c in title.children) and (
                not self._function_phrase(title)):
            return []  # ("the ministry's director for the region": of the region)
        return [a for c in title.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")
                if (a := self._body_phrase(c)) is not None]

    def _function_phrase(self, title: Token) -> Token | None:
        """The last word of a title's own "of" phrase where it names a function, not a body:
        "chief of staff", "chief of operations", "director of planning" (a bare common noun,
        no article, no actor); the head of a function is one of the body's people."""
        preps = [c for c in title.children if c.dep_ == "prep"]
        if len(preps) != 1 or preps[0].lower_ != "of":
            return None
        objs = [p for p in preps[0].children if p.dep_ == "pobj"]
        if len(objs) != 1 or objs[0].pos_ != "NOUN" or objs[0].i in self._cx.by_token or any(
                c.dep_ in ("det", "poss", "prep") for c in objs[0].children) or (
                objs[0].lower_ in _TOP_OFFICES):
            return None  # ("head of state", "head of government" are the top)
        return objs[0].right_edge

    def _bare_of_phrase(self, title: Token) -> Token | None:
        """The last word of a title's "of" phrase of one bare common noun, a function's
        (:meth:`_function_phrase`: "chief of staff") or the top office ("chief of state",
        "head of government")."""
        end = self._function_phrase(title)
        if end is not None:
            return end
        objs = [p for c in title.children if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children if p.dep_ == "pobj" and p.lower_ in _TOP_OFFICES
                and not any(d.dep_ in ("det", "poss", "prep") for d in p.children)]
        if len(objs) == 1:
            return objs[0]
        doc, j = title.doc, _word_after(title, title.sent.end)
        k = _word_after(doc[j], title.sent.end) if j is not None and doc[j].lower_ == "of" else None
        # (the parse may make the name the object: "CHIEF OF [STATE CARLOS ANDRES PEREZ]")
        return doc[k] if k is not None and doc[k].lower_ in _OFFICE_PHRASE_WORDS else None

    def _name_right_after(self, title: Token, end: Token) -> Argument | None:
        """The person named right after ``end``, the last word of ``title``'s phrase ("USAF's
        chief of staff General X", where the parse hung the name elsewhere), with
        only a comma, a quote, a line wrap or a rank between; a short "of" or "for" phrase
        of plain words the parse hung elsewhere belongs to the title ("UNDERSECRETARY FOR
        FOREIGN AFFAIRS INOCENCIO ARIAS"). ``None`` where no person's mention starts there."""
        doc, by_token, last = title.doc, self._cx.by_token, title.sent.end
        i = end.i + 1
        if i < last and doc[i].lower_ in ("of", "for") and i not in by_token:
            phrase_end = min(i + _TITLE_PHRASE_WORDS + 1, last)
            i += 1
            while i < phrase_end and i not in by_token and (
                    doc[i].pos_ in ("ADJ", "NOUN", "PROPN", "DET") or _wrap(doc[i])):
                i += 1
        while i < last and i not in by_token and (
                doc[i].text in (",", '"', "'", "''", "“", "”") or _wrap(doc[i])
                or doc[i].lower_.rstrip(".") in _RANK_WORDS | HONORIFICS):
            i += 1
        span = by_token.get(i)
        if span is None or span.start < end.i + 1 or self._kind(span) != "person":
            return None
        return Argument(doc[span.end - 1], span)

    def _named_by_copula(self, title: Token) -> Argument | None:
        """"the director of Y is X": the person the title is said to be."""
        if title.dep_ != "nsubj" or title.head.lemma_.lower() not in _COPULAS:
            return None
        named = [a for c in title.head.children if c.dep_ == "attr" and c.i > title.i
                 if (a := self._arg(c)) is not None and self._kind(a.span) == "person"]
        return named[0] if len(named) == 1 else None

    def _name_before_title(self, title: Token) -> Argument | None:
        """"X, [the] [former] leader of Y": the name that opens the sentence (or a bracket,
        or follows a rank or honorific) and ends at the comma before the title phrase; in
        capitals, words the tagger took for common nouns (or a place no actor holds:
        "ANTEGUERA") count as name words."""
        doc, by_token = title.doc, self._cx.by_token
        first = title
        while first.dep_ == "conj" and first.head.i < first.i and (
                first.head.lower_ in self.cues.nouns):
            first = first.head  # "X, FORMER DEPUTY AND CURRENT PRESIDENT OF Y"
        comma = _word_before(first.left_edge)
        if comma is None or doc[comma].text != ",":
            return None
        last = _word_before(doc[comma])
        if last is None:
            return None
        held = by_token.get(last)
        if held is not None:
            if self._kind(held) != "person" or held.end != last + 1:
                return None
            start = held.start
        else:
            start = last
            while start - 1 >= title.sent.start and last - start < 4 and (
                    self._capital_name_word(doc[start - 1]) or (
                    _wrap(doc[start - 1]) and start - 2 >= title.sent.start
                    and self._capital_name_word(doc[start - 2]))):
                start -= 2 if _wrap(doc[start - 1]) else 1
            if not self._capital_name_word(doc[last]) or not self._capital_name_word(doc[start]):
                return None
        opener = _word_before(doc[start])
        if opener is not None and not (
                doc[opener].text in ("(", ",", ";", ":") or doc[opener].lower_ == "and"
                or doc[opener].lower_.rstrip(".") in (_RANK_WORDS | HONORIFICS)):
            return None  # ("IN RESPONSE, THE LEADER OF": no name there)
        if held is not None:
            return Argument(doc[last], held)
        return self._named_person(doc[last], start, last + 1)

    def _name_after_title(self, title: Token) -> Argument | None:
        """"the leader of Y, [rank] X," where X stands alone after the comma (a comma, a
        full stop, a bracket or a verb next, not "and": "the head of the school, X and Y"
        lists three)."""
        doc, by_token = title.doc, self._cx.by_token
        of = next((c for c in title.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is None:
            return None
        body = next((c for c in of.children if c.dep_ == "pobj"), None)
        if body is None:
            return None
        # the body's words end before a name the parse hung on it ("THE CUT, JORGE
        # CARRILLO"), not before an acronym in brackets ("THE SECRET POLICE (DAS)")
        last = max([body.i, *(c.right_edge.i for c in body.children if c.i > body.i and (
            c.dep_ not in ("appos", "punct") or doc[c.left_edge.i - 1].text == "("
            or c.text == ")"))])
        comma = _word_after(doc[last], title.sent.end)
        if comma is None or doc[comma].text != ",":
            return None
        i = _word_after(doc[comma], title.sent.end)
        while i is not None and (doc[i].lower_.rstrip(".") in (
                _RANK_WORDS | HONORIFICS | self.cues.past_qualifiers)
                or doc[i].lower_ == "retired" or doc[i].text == "."):
            i = _word_after(doc[i], title.sent.end)
        if i is None:
            return None
        held = by_token.get(i)
        if held is not None and held.start == i and self._kind(held) == "person":
            person, end = Argument(doc[held.end - 1], held), held.end
        elif held is None and (run := name_run(doc[i], self._not_name, lambda j: j in by_token)):
            person, end = self._named_person(doc[run[1] - 1], run[0], run[1]), run[1]
        else:
            return None
        after = _word_after(doc[end - 1], title.sent.end)
        if after is not None and doc[after].text not in (",", ".", ")", ";") and (
                doc[after].pos_ not in ("VERB", "AUX")):
            return None
        return person

    def _holds_title_before(self, name: Token, person: Span) -> bool:
        """Whether the name the parse hung on a body ("THE PRESIDENT OF THE CGT, MARIO LUNA")
        is the one the head's title before the body names (:meth:`_name_after_title`)."""
        of = name.head.head
        if name.head.dep_ != "pobj" or of.lower_ != "of" or (
                self.cues.nouns.get(of.head.lower_) != ("leads", False)) or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in of.head.children):
            return False
        holder = self._name_after_title(of.head)
        return holder is not None and holder.span is not None and (
            holder.span.start == person.start)

    def _capital_name_word(self, t: Token) -> bool:
        """A word of a name in wire capitals, whatever the tagger made of it: letters in
        capitals, no stop word, title, rank or cue word, and no entity but a person's."""
        return t.is_alpha and t.is_upper and len(t) > 1 and not t.is_stop and (
            t.ent_type_ in ("", "PERSON", "GPE")) and t.lower_ not in self._not_name and (
            t.lemma_.lower() not in self._not_name) and t.lower_ not in NAME_TITLES and (
            t.lower_ not in HONORIFICS) and t.i not in self._cx.by_token

    def _unread_person(self, token: Token, run: tuple[int, int] | None) -> list[Argument]:
        """The name words ``run`` (near ``token``) as a provisional person, unless the
        entity reader gave any of them to a group, a people or a building, or a place or an
        actor of the dictionary bears them."""
        if run is None:
            return []
        start, end = run
        doc = token.doc
        if any(doc[j].ent_type_ in ("ORG", "NORP", "FAC") for j in range(start, end)) or not (
                self._unplaced(doc[start:end].text)):
            return []
        return [self._named_person(doc[end - 1], start, end)]

    def _unknown_name(self, token: Token) -> Argument | None:
        """A proper name no actor mention covers, as a provisional organisation over the
        entity the parser read there (or the proper nouns before it), "the" left out."""
        if token.pos_ != "PROPN" or token.i in self._cx.by_token:
            return None
        ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
        start = ent.start if ent is not None else token.left_edge.i
        end = ent.end if ent is not None else token.i + 1
        if token.doc[start].lower_ == "the":
            start += 1
        if start >= end or any(j in self._cx.by_token for j in range(start, end)) or not all(
                t.pos_ in ("PROPN", "PUNCT", "ADP") or t.is_space for t in token.doc[start:end]):
            return None
        return self._provisional(token, start, end - 1)


def _bracketed(token: Token) -> bool:
    """Whether a phrase opens with a bracket, or right after one (line breaks skipped):
    "THE FARC (REVOLUTIONARY ARMED FORCES OF COLOMBIA)" spells out the name before it."""
    first = token.left_edge
    if first.text == "(":
        return True
    before = _word_before(first)
    return before is not None and first.doc[before].text == "("


def _closed_between(left: Token, right: Token) -> bool:
    """Whether a bracket that ``left`` stands in closes before ``right``."""
    words = [t.text for t in left.doc[left.i + 1:right.i]]
    return words.count(")") > words.count("(")


def _first_of_list(noun: Token) -> Token:
    """The first noun of the list of nouns ``noun`` ends ("a lawyer and a member of Y");
    ``noun`` itself where that first noun is an apposition, a comma stands before the "and"
    and an article of its own before ``noun``: "X, A CHURCH, AND A BRANCH OF Y" lists three
    things, none said of X ("X, THE MEXICAN, AND MILITARY CHIEF OF Y" still describes X)."""
    first = noun
    while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN") and (
            first.head.i < first.i):
        first = first.head
    before = noun.left_edge.i
    if first.dep_ == "appos" and before >= 2 and noun.doc[before - 1].lower_ in ("and", "or") and (
            noun.doc[before - 2].text == ",") and any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return noun
    return first
