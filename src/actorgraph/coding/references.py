"""Within-post reference: "it", "the group", "Tehran used this array".

A pronoun or a definite description is resolved to a preceding actor of a
fitting kind in the same post, or left unresolved. Never across posts: a
thread's posts are often read out of order, and a guess there is a fact
the text does not give.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..actors.dictionary import ActorDictionary

__all__ = ["resolve_reference"]

_PERSON = frozenset({"he", "him", "his", "she", "her", "hers"})
_THING = frozenset({"it", "its", "itself"})
_PLURAL = frozenset({"they", "them", "their", "theirs", "themselves"})
_GROUP_NOUNS = frozenset(
    {"group", "militia", "organisation", "organization", "movement", "faction", "network",
     "outfit", "insurgency", "insurgent", "cell", "brigade", "militant"}
)
# "the rebels", "the paramilitary", "the attackers": an armed group named before
_ARMED_NOUNS = frozenset(
    {"rebel", "jihadist", "paramilitary", "attacker", "gunman", "guerrilla", "separatist",
     "extremist", "terrorist", "insurgents", "militants", "jihadi"}
)
_ARMED_KINDS = frozenset({"militia", "rebel", "terrorist"})
_STATE_NOUNS = frozenset(
    {"regime", "government", "country", "state", "authority", "administration"}
)
# what :func:`is_reference` reads as one (made once: the unions, per call, cost more than
# the test)
_PRONOUNS = _PERSON | _THING | _PLURAL
_DESCRIPTION_NOUNS = _GROUP_NOUNS | _STATE_NOUNS | _ARMED_NOUNS
_NON_STATE = frozenset({"militia", "rebel", "terrorist", "party", "ngo", "religious", "ethnic"})
# a unit's number as old wire reports write it beside "1st", "4th" (which spaCy reads as
# numbers already): "THE 2D INFANTRY BRIGADE", "THE 3D BRIGADE"
_WIRE_ORDINAL = re.compile(r"\d*[23]d", re.I)


def _names_a_body(mention: Span) -> bool:
    """Whether a person's ``mention`` is the noun modifier of a body's noun ("the Bush
    administration", "the Barco government")."""
    root = mention.root
    return root.dep_ == "compound" and root.head.pos_ == "NOUN" and not (
        mention.start <= root.head.i < mention.end)


def _fits(word: str, kind: str | None) -> bool:
    if word in _PERSON:
        return kind == "person"
    if word in _GROUP_NOUNS:
        return kind in _NON_STATE
    if word in _ARMED_NOUNS:
        return kind in _ARMED_KINDS
    if word in _STATE_NOUNS:
        return kind in ("state", "government")
    if word in _THING:
        return kind != "person"
    if word in _PLURAL:
        return kind not in ("person", None)
    return False


def _subject_of(mention: Span) -> Token | None:
    """The clause subject ``mention`` is, owns or modifies ("Iran said ...", "Iran's army
    said ...", "FMLN REBELS RAIDED ...", "the Indian troops found ..."), else ``None``."""
    root = mention.root
    if root.dep_ in ("poss", "compound", "amod"):
        root = root.head
    return root if root.dep_ in ("nsubj", "nsubjpass") else None


def _relative_clause_topic(token: Token, before: list[Span]) -> Span | None:
    """The actor the subject pronoun ``token`` of a relative clause refers to: never the
    noun the clause qualifies, which it acts on ("released the people they kidnapped",
    "the militia it had armed", "al-Shabaab fighters it blames"), but the subject of the
    nearest clause above that noun, else the sentence's first subject before it, else
    ``None``."""
    noun = token.head.head
    while noun.dep_ == "appos":  # "the SLA, the militia it had armed": the SLA too
        noun = noun.head
    sent = token.sent
    outside = [m for m in before if m.start >= sent.start and not (
        noun.left_edge.i <= m.start and m.end - 1 <= noun.right_edge.i)]
    for verb in noun.ancestors:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((m for m in outside for t in [_subject_of(m)]
                        if t is not None and t.head == verb), None)
        if subject is not None:
            return subject
    return next((m for m in outside if _subject_of(m) is not None), None)


def _complement_speaker(token: Token, before: list[Span]) -> Span | None:
    """The subject of the verb whose complement clause has the pronoun ``token`` as its
    subject or as the owner of its subject: the speaker, past an actor the words between
    name ("Baku accused Yerevan of lying and said its units had not fired": Baku;
    "Islamabad dismissed Indian reports that its army had shelled ...": Islamabad), else
    ``None`` (and where the nearest actor is in the speaker's own words: "Mali, Burkina
    Faso and Niger said they ...", "Ireland's airline, Ryanair, said it ..."). Not past
    an addressee the verb names ("Russia told Ukraine that its forces ...": either), nor
    in a clause joined to the complement, nor in a demand ("X rejected Y's demand that
    it disarm"): their subject may be anyone."""
    subject = token.head if token.dep_ == "poss" else token
    if token.pos_ != "PRON" or subject.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = subject.head
    verb = clause.head
    if clause.dep_ == "acl" and verb.dep_ == "dobj" and _indicative(clause) and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in clause.children
    ):
        verb = verb.head  # "dismissed reports that its army ...": the reports' answerer
    elif clause.dep_ != "ccomp" or verb.pos_ not in ("VERB", "AUX") or any(
        c.dep_ in ("dobj", "dative") and any(m.root == c for m in before)
        for c in verb.children
    ):
        return None
    # "accused Yerevan of lying and said its units ...": the subject both verbs share
    shared = verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass")
                                             for c in verb.children)
    for head in (verb, verb.head) if shared else (verb,):
        speakers = [(m, s) for m in before if (s := _subject_of(m)) is not None
                    and s.head == head]
        if speakers:
            # the subject itself over its owner ("Russia's defence ministry said its ...")
            speaker, said_by = next(((m, s) for m, s in speakers
                                     if m.root.dep_ in ("nsubj", "nsubjpass")), speakers[0])
            nearest = before[-1]
            within = said_by.left_edge.i <= nearest.start and nearest.end - 1 <= (
                said_by.right_edge.i)
            return None if within else speaker
    return None


def _indicative(verb: Token) -> bool:
    """Whether ``verb`` heads a clause that tells something (a tense or an auxiliary:
    "that its army had shelled", "that it shelled"), not one that asks it ("that it
    disarm": a singular subject with the bare verb)."""
    if verb.tag_ in ("VBD", "VBZ") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return True
    return verb.tag_ == "VBP" and not any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _THING for c in verb.children)


def is_reference(token: Token) -> bool:
    """Whether ``token`` is a pronoun or a "the group"-style description."""
    word = token.lower_
    if token.pos_ == "PRON":
        return word in _PRONOUNS
    return token.lemma_.lower() in _DESCRIPTION_NOUNS and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children
    ) and not _numbered(token)


def _numbered(token: Token) -> bool:
    """Whether the description ``token`` heads has an ordinal of its own ("the 3rd brigade",
    "THE 2D INFANTRY BRIGADE", "the fifth brigade"): the name of one unit among its
    numbered siblings, not a word pointing back to an actor named before (a count points
    back: "the two countries")."""
    return any(c.dep_ in ("compound", "amod", "nummod") and (
        (c.like_num and c.lower_.endswith(("st", "nd", "rd", "th")))
        or _WIRE_ORDINAL.fullmatch(c.text) is not None) for c in token.lefts)


def _named_as_place(mention: Span, places: frozenset[str]) -> bool:
    """Whether ``mention`` is the object of a place preposition ("police in Kenya",
    "crossed into Israel"): where something happens, not an actor a pronoun goes back to."""
    root = mention.root
    return root.dep_ == "pobj" and root.head.lower_ in places


def resolve_reference(
    token: Token, mentions: list[Span], dictionary: ActorDictionary,
    places: frozenset[str] = frozenset(),
) -> Span | None:
    """The actor mention ``token`` refers to, or ``None`` when the text does not say.

    The subject of a sentence's main verb refers to the sentence's topic: the
    leftmost subject or possessor before it, or the previous sentence's
    subject. Anything else takes the nearest preceding fitting actor.
    """
    if not is_reference(token):
        return None
    word = token.lower_ if token.pos_ == "PRON" else token.lemma_.lower()

    def kind(span: Span) -> str | None:
        actor = dictionary.get(span.id_)
        if actor is not None:
            return actor.kind
        if span.id_.startswith("PRV.PER."):
            return "person"
        return "militia" if span.id_.startswith("PRV.ORG.") else None

    before = [m for m in mentions if m.end <= token.i and _fits(word, kind(m))]
    # a place is no antecedent while an actor is ("Police in Kenya said they ...")
    before = [m for m in before if not _named_as_place(m, places)] or before
    if word in _PERSON:
        # a person named only to name a body ("the Bush administration", "THE CRISTIANI
        # GOVERNMENT") is no one "him" points back to, while a person acting is there
        acting = [m for m in before if not _names_a_body(m)]
        before = acting or before
    sent = token.sent
    if not before:
        # "In order to promote its war ..., the IRI supported ...": a possessive in a clause
        # fronted before the main verb points forward to that verb's subject.
        root = sent.root
        if token.i < root.i and token.dep_ == "poss":
            subjects = [m for m in mentions if m.root.head == root and m.root.dep_ == "nsubj"]
            if subjects and _fits(word, kind(subjects[0])):
                return subjects[0]
        return None
    if token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "relcl":
        # "the people they kidnapped": not the people
        doer = _relative_clause_topic(token, before)
        if doer is not None:
            return doer
    speaker = _complement_speaker(token, before)
    if speaker is not None:
        return speaker
    main_subject = token.dep_ in ("nsubj", "nsubjpass", "poss") and (
        token.head.dep_ == "ROOT" or token.head == sent.root
    )
    # the subject of a clause coordinated with the main one, or the owner of a subject,
    # continues the topic too: "Iraq used gas against Iranian troops, and in 1988 it gassed
    # Halabja" (Iraq); "Belarus says ... Its army rehearsed strikes" (Belarus's)
    main_subject = main_subject or (
        token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "conj"
        and token.head.head.dep_ == "ROOT"
    ) or (
        token.dep_ == "poss" and token.head.dep_ in ("nsubj", "nsubjpass")
        and (token.head.head.dep_ == "ROOT" or token.head.head == sent.root or (
            # "Israel invaded Lebanon, and within a week its forces reached Beirut"
            token.head.head.dep_ == "conj" and token.head.head.head.dep_ == "ROOT"))
    )
    if main_subject:
        same = [m for m in before if m.start >= sent.start and m.root.dep_ in ("poss", "nsubj")]
        if same:
            return same[0]
        earlier = [m for m in before if m.end <= sent.start]
        if earlier:
            prev = earlier[-1].sent
            topic = [
                m for m in earlier
                if m.sent == prev
                # (the mention may own or qualify the subject: "HEZBOLLAH FIGHTERS CROSSED
                # INTO ISRAEL. THEY ATTACKED ...": not the place the last mention names)
                and (subject := _subject_of(m)) is not None
                and subject.head == prev.root
            ]
            if topic:
                return topic[0]
    return before[-1]
