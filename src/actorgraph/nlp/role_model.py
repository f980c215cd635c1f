"""The trained role classifier: which actor in a sentence is an event's source or target.

The argument reader (:class:`~actorgraph.coding.coder.ArgumentReader`) reads
arguments with rules. After it, this model looks at every actor candidate of
the trigger's sentence (a mention's head, the noun a mention modifies, "Iran's
forces", a pronoun that resolves) and scores it twice, as the source and as the
target, with two logistic regressions over features of the pair: the dependency
path from the trigger to the candidate (its labels, directions and
prepositions), the trigger's lemma and event type, whether the trigger is
passive or a noun, light verbs above it, the token distance and side, the
candidate's own dependency and kind, and whether the rules chose it.

It then **fills** a side the rules left empty with the best candidate when its
probability reaches the card's ``fill`` threshold (``create`` when the rules read
nothing at all on the other side either, so that the filled side makes an event;
``over`` when the rules read words there that name no actor, "asked the world to ...",
unless they are a sector noun or a count the event builder may still give a country), and
**replaces** a rule argument when another candidate's probability beats the rule choice's
by the card's ``margin``. A candidate it reads as the other side, and more surely than the
actor there, fills no side however low the threshold (``_likelier_other``). The thresholds
were chosen on the dev split; the weights learned on the train split only (``make train``,
fixed seed).

The weights are package data (``data/role_model.npz`` and its card
``data/role_model.json``); numpy does the sums.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import numpy as np
from spacy.tokens import Token

from .model_files import read_model

if TYPE_CHECKING:
    from ..coding.arguments import ArgumentReader
    from ..coding.reading import Argument, Arguments, CodingContext
    from .proposals import TriggerProposal

__all__ = [
    "FEATURES_VERSION",
    "ROLES",
    "Candidate",
    "RoleModel",
    "candidates",
    "load_role_model",
    "pair_features",
]

FEATURES_VERSION = 1
ROLES = ("source", "target")
_NOUNISH = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
_MAX_PATH = 5


@dataclass(frozen=True, slots=True)
class Candidate:
    """An actor the sentence offers: the token heading it and the argument it reads as."""

    token: Token
    argument: Argument


def candidates(reader: ArgumentReader, cx: CodingContext, trigger: Token) -> list[Candidate]:
    """Every actor candidate of ``trigger``'s sentence, in reading order.

    A mention counts once, by its root, and so does the noun it modifies
    ("Iran's forces", "US troops"): the argument reader decides what each one
    names. Pronouns and "the group" count when they resolve. Words of the
    trigger itself are left out. Reading leaves no trace on ``cx`` (its
    references and inferred sectors are put back as they were).
    """
    sent = trigger.sent
    refs, inferred = dict(cx.refs), len(cx.inferred)
    out: list[Candidate] = []
    try:
        for token in sent:
            if token.i == trigger.i or token.pos_ not in _NOUNISH:
                continue
            mention = cx.mention_at(token.i)
            if mention is not None and (token != mention.root
                                        or mention.start <= trigger.i < mention.end):
                continue
            arg = reader.actor_arg(cx, token, deep=False)
            if arg.span is None:
                continue
            out.append(Candidate(token, arg))
    finally:
        cx.refs.clear()
        cx.refs.update(refs)
        del cx.inferred[inferred:]
    return out


def _path(trigger: Token, token: Token) -> list[str]:
    """The dependency path from ``trigger`` to ``token``: ``^dep`` going up from the
    trigger, ``vdep`` going down to the token; a preposition shows as its word."""
    up = [trigger, *trigger.ancestors]
    down = [token, *token.ancestors]
    up_ids = {t.i for t in up}
    common = next((t for t in down if t.i in up_ids), None)
    if common is None:
        return ["none"]
    steps = []
    for t in up:
        if t.i == common.i:
            break
        steps.append("^" + _label(t))
    tail = []
    for t in down:
        if t.i == common.i:
            break
        tail.append("v" + _label(t))
    return steps + tail[::-1]


def _label(t: Token) -> str:
    if t.dep_ in ("prep", "agent") or t.pos_ == "ADP":
        return f"{t.dep_}:{t.lower_}"
    return t.dep_


def pair_features(
    trigger: Token, etype: str, nominal: bool, cand: Candidate,
    rule_sources: set[int], rule_targets: set[int], kind: str | None,
) -> list[str]:
    """The features of one (trigger, candidate) pair (see the module docstring)."""
    token = cand.token
    lemma = trigger.lemma_.lower()
    path = _path(trigger, token)
    joined = "|".join(path) if len(path) <= _MAX_PATH else "long"
    first, last = path[0], path[-1]
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in trigger.children)
    side = "before" if token.i < trigger.i else "after"
    distance = abs(token.i - trigger.i)
    bucket = "1" if distance <= 1 else "2-3" if distance <= 3 else "4-7" if distance <= 7 else "8+"
    preps = [s.split(":", 1)[1] for s in path if ":" in s]
    head = trigger.head
    light = head.lemma_.lower() if trigger.dep_ in ("dobj", "nsubj", "pobj") else ""
    feats = [
        "bias", f"path={joined}", f"len={min(len(path), 6)}", f"first={first}", f"last={last}",
        f"type={etype}|path={joined}", f"type={etype}|last={last}", f"type={etype}|first={first}",
        f"lemma={lemma}|path={joined}", f"lemma={lemma}|last={last}",
        f"side={side}", f"dist={bucket}", f"side={side}|dist={bucket}",
        f"passive={passive}|last={last}", f"passive={passive}|side={side}",
        f"nominal={nominal}|path={joined}", f"nominal={nominal}|side={side}",
        f"cand_dep={token.dep_}", f"cand_pos={token.pos_}", f"kind={kind}",
        f"type={etype}|kind={kind}", f"type={etype}|side={side}",
        f"rule_src={token.i in rule_sources}", f"rule_tgt={token.i in rule_targets}",
        f"rule={token.i in rule_sources}{token.i in rule_targets}|path={joined}",
        f"ref={cand.argument.via_reference}",
    ]
    feats += [f"prep={p}" for p in preps]
    feats += [f"type={etype}|prep={p}" for p in preps]
    feats += [f"lemma={lemma}|prep={p}" for p in preps]
    if light:
        feats += [f"light={light}|path={joined}", f"light={light}|type={etype}"]
    if token.dep_ in ("poss", "compound", "amod", "nmod"):
        feats.append(f"modifier_of_trigger={token.head.i == trigger.i}|{token.dep_}")
    return feats


def _arg_tokens(args: Iterable[Argument]) -> set[int]:
    out = set()
    for a in args:
        if a.span is None:
            continue
        out.add(a.token.i)
        if not a.via_reference:
            out.update(range(a.span.start, a.span.end))
    return out


def _in_phrase(args: Iterable[Argument], token: Token) -> bool:
    """Whether ``token`` lies inside the phrase of one of ``args`` ("Benin" in "the armies of
    Benin and Togo"): the rules read it there already, as the phrase's owner, and the phrase
    is the finer actor (the state's army, not the state)."""
    return any(a.token.is_ancestor(token) for a in args if not a.via_reference)


class RoleModel:
    """Two logistic regressions (source, target) over hashed-free feature ids."""

    def __init__(self, vocabulary: Sequence[str], weights: np.ndarray, card: dict[str, Any]):
        self.index = {f: i for i, f in enumerate(vocabulary)}
        self.weights = weights  # (features, 2)
        self.card = card
        thresholds = card.get("thresholds", {})
        self.fill = {r: float(thresholds.get(f"{r}_fill", 1.1)) for r in ROLES}
        self.create = {r: float(thresholds.get(f"{r}_create", 1.1)) for r in ROLES}
        self.margin = {r: float(thresholds.get(f"{r}_margin", 1.1)) for r in ROLES}
        self.over = {r: float(thresholds.get(f"{r}_over", 1.1)) for r in ROLES}
        # ``alone``: the model reads both sides itself, blind to the rules (for comparison)
        self.alone = False

    def probabilities(self, rows: Sequence[Sequence[str]]) -> np.ndarray:
        """(rows, 2): the chance each row's candidate is the source, and the target."""
        out = np.zeros((len(rows), 2))
        known = self.index.get  # one look-up per feature, not two
        for k, feats in enumerate(rows):
            ids = [i for f in feats if (i := known(f)) is not None]
            out[k] = self.weights[ids].sum(axis=0) if ids else 0.0
        return 1.0 / (1.0 + np.exp(-out))

    def score(
        self, reader: ArgumentReader, cx: CodingContext, proposal: TriggerProposal,
        args: Arguments,
    ) -> tuple[list[Candidate], np.ndarray]:
        """The candidates of ``proposal``'s sentence and their (source, target) chances."""
        trigger = proposal.token
        found = candidates(reader, cx, trigger)
        rs, rt = _arg_tokens(args.sources), _arg_tokens(args.targets)
        rows = [pair_features(trigger, proposal.type, proposal.is_nominal, c, rs, rt,
                              _kind(reader, c)) for c in found]
        return found, self.probabilities(rows)

    def adjust(
        self, reader: ArgumentReader, cx: CodingContext, proposal: TriggerProposal,
        args: Arguments,
    ) -> Arguments:
        """``args`` with an empty side filled, or a doubtful rule argument replaced, where
        the model is sure enough (thresholds on the card)."""
        if self.alone:
            args = replace(args, sources=[], targets=[])
        elif not any(self._may_change(r, side)
                     for r, side in zip(ROLES, (args.sources, args.targets), strict=True)):
            return args  # no side the card's thresholds let change: nothing to decide (faster)
        found, probs = self.score(reader, cx, proposal, args)
        if not found:
            return args
        sides = {"source": list(args.sources), "target": list(args.targets)}
        # a mention after a place preposition that is not one of the trigger's target
        # prepositions is where, not who: "the army and the RSF clashed in Khartoum"
        hints, etype = proposal.hints, reader.lexicon.types.get(proposal.type)
        preps = set(hints.target_preps if hints is not None and hints.target_preps is not None
                    else etype.target_preps if etype is not None else ())
        keep = [k for k, c in enumerate(found) if not (
            c.token.dep_ == "pobj" and c.token.head.lower_ in reader.place_preps
            and c.token.head.lower_ not in preps)]
        if not keep:
            return args
        found, probs = [found[k] for k in keep], probs[keep]
        for col, role in enumerate(ROLES):
            other = sides["target" if role == "source" else "source"]
            taken = {a.actor for a in other if a.span is not None}
            # a word of the other side's mention, or one that modifies it, is no second side
            # ("Myanmar's" in "Myanmar's junta began enforcing conscription" says whose
            # junta, it is not the conscription's target)
            inside = _arg_tokens(other) | {
                t.i for a in other if a.span is not None for t in a.token.children
                if t.dep_ in _MODIFIER_DEPS}
            # a candidate the model reads as the other side, more surely than the actor there,
            # is no choice for this one; but a second source is the target of a reciprocal
            # act ("Russia and Ukraine agreed": Ukraine, read as a source, is Russia's target)
            held = 1.0 if not taken or (role == "target" and reader.is_reciprocal(proposal)) else (
                _held_chance(found, probs, 1 - col, other))
            order = sorted(range(len(found)), key=lambda k: -probs[k, col])
            # (a verb with an object of its own takes no target from the verb it is
            # coordinated after: "declared a state of emergency" after "detained X"; an act
            # two sides do to each other takes the other side wherever it stands)
            if role == "target" and not proposal.is_nominal and not reader.is_reciprocal(
                    proposal):
                order = [k for k in order if not _partner_word(proposal.token, found[k].token)]
            best = next((k for k in order if found[k].argument.actor not in taken
                         and found[k].token.i not in inside
                         and not _likelier_other(probs[k], col, held)), None)
            if best is None:
                continue
            p_best = probs[best, col]
            mine = [a for a in sides[role] if a.span is not None]
            if not mine:
                if role == "target" and len(taken) >= 2 and reader.is_reciprocal(proposal):
                    continue  # "Iran and Saudi Arabia agreed": each side is the other's target
                if sides[role]:
                    # The rules read words that name no actor ("asked the world to ..."):
                    # a sector noun, a count or "we" keeps them (the builder finds its
                    # country or speaker: "civilians", "dozens of soldiers", "we fired");
                    # others need ``over``.
                    if any(_inferable(reader, a.token) for a in sides[role]):
                        continue
                    threshold = self.over[role]
                else:
                    # a side for an event that has the other one (an actor, or words the
                    # builder may still give one: "the bombing of the power station"), or one
                    # that makes the event
                    threshold = self.fill[role] if other else self.create[role]
                if p_best >= threshold:
                    sides[role] = self._expand(reader, cx, found[best], taken) or sides[role]
                continue
            p_rule = _held_chance(found, probs, col, mine)
            if p_best >= p_rule + self.margin[role] and found[best].token.i not in (
                    _arg_tokens(mine)) and not _in_phrase(mine, found[best].token):
                sides[role] = self._expand(reader, cx, found[best], taken) or sides[role]
        if sides["source"] == args.sources and sides["target"] == args.targets:
            return args
        return replace(args, sources=sides["source"], targets=sides["target"])

    def _may_change(self, role: str, side: Sequence[Argument]) -> bool:
        """Whether :meth:`adjust` can change ``side`` at all, by the threshold it would use
        (a chance is at most 1.0, so a threshold over 1.0 never fires): a side with an actor
        only by ``margin``, words that name none only by ``over``, an empty side by ``fill``
        or ``create``."""
        if any(a.span is not None for a in side):
            return self.margin[role] <= 1.0
        if side:
            return self.over[role] <= 1.0
        return min(self.fill[role], self.create[role]) <= 1.0

    @staticmethod
    def _expand(reader: ArgumentReader, cx: CodingContext, cand: Candidate,
                taken: set[str | None]) -> list[Argument]:
        """The chosen candidate with the actors coordinated with it ("X and Y"), or the
        names that rename it ("US automakers GM and Chrysler"), less those the other side
        holds (``taken``: the names are the sources already); ``[]`` when none is left."""
        args = [a for a in reader.expand(cx, cand.token) if a.span is not None]
        args = args or [reader.actor_arg(cx, cand.token, deep=False)]
        return [replace(a, learned=True) for a in args if a.span is None or a.actor not in taken]


def _held_chance(found: Sequence[Candidate], probs: np.ndarray, col: int,
                 side: Sequence[Argument]) -> float:
    """The model's chance, as side ``col``, of the actor that ``side`` holds (its likeliest
    token among the candidates; 0.0 when none of them is in it)."""
    held = _arg_tokens(side)
    return max((float(probs[k, col]) for k, c in enumerate(found) if c.token.i in held),
               default=0.0)


def _likelier_other(chances: np.ndarray, col: int, held: float) -> bool:
    """Whether the model reads a candidate as the other side (at even odds or better) and
    not as side ``col`` (under them), more surely than the actor the other side holds
    (``held``): it is then no choice for ``col``, however low the card's threshold. "X was
    extradited to Spain": Spain, eight times likelier the receiver than the extraditer and
    likelier the receiver than X, is not made the extraditer for want of a better one."""
    other = chances[1 - col]
    return bool(other >= 0.5 > chances[col] and other > held)


#: Dependencies by which a verb holds an object or complement of its own.
_OWN_COMPLEMENTS = frozenset({"dobj", "obj", "dative", "attr", "oprd", "xcomp", "ccomp"})


def _partner_word(verb: Token, token: Token) -> bool:
    """Whether ``token`` belongs to a verb that ``verb`` is coordinated after, sharing its
    subject (its object, its clause), while ``verb`` has an object or complement of its
    own: then it is the earlier verb's argument, not ``verb``'s ("condemned the attack and
    called on all sides to talk": "the attack" is not whom "called" acts on; "shot and
    killed the reporter" shares its object). A clause with its own subject may answer the
    earlier one's actor ("X fired a missile and Tokyo protested"): not told here."""
    partners = {c.i for c in verb.conjuncts if c.i < verb.i}
    if not partners or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")
                           for c in verb.children) or not any(
        c.dep_ in _OWN_COMPLEMENTS for c in verb.children
    ):
        return False
    for t in (token, *token.ancestors):
        if t.i == verb.i:
            return False
        if t.i in partners:
            return True
    return False


_FIRST_PLURAL = frozenset({"we", "us", "ourselves"})

#: Dependencies by which a word describes the noun it hangs on (whose, of what kind).
_MODIFIER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})


def _inferable(reader: ArgumentReader, token: Token) -> bool:
    """Whether the builder may still give ``token`` an actor: a sector noun, a count, or
    "we" / "our X" (the speaker's side, read once the speaker is known)."""
    sectors = reader._sector_nouns
    return (token.lower_ in sectors or token.lemma_.lower() in sectors
            or token.pos_ == "NUM" or token.lower_ in reader.quantity_words
            or token.lower_ in _FIRST_PLURAL
            or any(c.dep_ == "poss" and c.lower_ in ("our", "ours") for c in token.children))


def _kind(reader: ArgumentReader, cand: Candidate) -> str | None:
    span = cand.argument.span
    actor = reader.dictionary.get(span.id_) if span is not None else None
    if actor is None:
        return "provisional" if span is not None and span.id_.startswith("PRV.") else None
    return actor.kind


@lru_cache(maxsize=2)
def load_role_model(folder: str | None = None) -> RoleModel | None:
    """The shipped role model (``data/role_model.{npz,json}``), or ``None`` without one.

    >>> load_role_model() is None or "thresholds" in load_role_model().card
    True
    """
    found = read_model(folder, "role_model", "role model", FEATURES_VERSION)
    if found is None:
        return None
    card, vocabulary, weights = found
    return RoleModel(vocabulary, weights, card)
