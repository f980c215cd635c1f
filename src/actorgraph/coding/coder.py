"""The event coder: PLOVER events from a parsed post.

For each predicate the lexicon knows (a verb, a verb with its particle or
object, or an event noun) the coder reads from the dependency parse:

* who acts: the subject, the passive agent, the subject of the verb it is
  coordinated with, the controller of "to"-clauses ("tasked X to
  establish Y" makes X the actor), or the noun a relative clause hangs on;
* on whom: the object, the passive subject, or a preposition the event type
  names ("against", "on", "with", ...), looking through non-actor objects
  ("rejected a ceasefire offered by Saddam" targets Saddam);
* when: a date in the predicate's own clause, then in the clauses above it,
  then the last date in the post or thread (``inherited``);
* where: a place after "in", "at", "near", "across" ... resolved offline;
* according to whom, and how sure: report verbs, "according to", denials,
  negation, intentions, conditions and the future.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..actors.dictionary import ActorDictionary
from ..models import Claim, Event, Evidence, Location, stable_id
from .dates import DateValue, resolve_date
from .lexicon import Lexicon, Predicate
from .places import Gazetteer
from .prefilter import PAST_FORMS
from .references import is_reference, resolve_reference

__all__ = ["EventCoder", "PostContext", "ThreadState"]

_PLACE_PREPS = frozenset(
    {"in", "at", "near", "across", "outside", "inside", "around", "throughout", "into", "off",
     "over"}
)
_BETWEEN = frozenset({"between", "btw", "btwn", "among"})
_LIGHT_VERBS = frozenset({"take", "break", "erupt", "occur", "continue", "rage", "happen", "be",
                          "follow", "begin", "start", "end", "flare", "escalate"})
_CLAUSE_DEPS = frozenset({"conj", "ccomp", "advcl", "xcomp", "relcl", "acl", "parataxis", "csubj"})
_PROPOSAL_NOUNS = frozenset({"proposal", "offer", "plan", "demand", "request", "call", "bid",
                             "initiative", "ultimatum", "ceasefire", "truce", "deal", "resolution"})
_PRESENT_TAGS = frozenset({"VBZ", "VBP"})
# "tasked X to establish Y", "ordered X to attack Y": X acts, even when the parse makes the
# "to"-clause an adverbial one.
_DIRECTIVE_VERBS = frozenset({"task", "order", "instruct", "direct", "command", "assign", "urge",
                              "help", "enable", "allow", "encourage", "force", "ask", "pay",
                              "push", "recruit", "train", "commission", "authorize", "authorise",
                              "send", "dispatch", "deploy", "pressure", "persuade", "tell"})
_RECIPROCAL_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})
_RECIPROCAL_VERBS = frozenset({"clash", "fight", "swap", "exchange", "trade", "meet", "talk",
                               "negotiate", "battle", "skirmish", "sign"})
_QUANTITIES = frozenset({"hundreds", "thousands", "dozens", "scores", "millions", "tens",
                         "some", "many", "most", "several", "all", "dozen", "hundred", "thousand"})
_ARMED_KINDS = frozenset({"militia", "rebel", "terrorist"})
_GROUP_WORDS = frozenset({"group", "militia", "organization", "organisation", "movement", "force"})
# Nouns whose possessor is the one acted upon: "Soleimani's assassination".
_PATIENT_NOUNS = frozenset({"assassination", "killing", "murder", "death", "arrest", "detention",
                            "execution", "capture", "abduction", "kidnapping", "release",
                            "expulsion", "deportation", "liberation", "ouster", "overthrow"})


@dataclass(frozen=True, slots=True)
class PostContext:
    """Where a parsed post comes from; ``time`` is the post time or the publication date."""

    doc: str
    post: int = 1
    author: str | None = None
    time: str | None = None


@dataclass
class ThreadState:
    """What coding carries from one post of a document to the next: the last date."""

    last_date: str | None = None


@dataclass
class _Arg:
    token: Token
    span: Span | None  # the actor mention, if the argument is an actor
    via_reference: bool = False
    inferred: bool = False  # "civilians" in a sentence about Mali -> MLI.CIV

    @property
    def actor(self) -> str | None:
        return self.span.id_ if self.span is not None else None

    @property
    def text(self) -> str:
        if self.span is not None and not self.via_reference:
            return self.span.text
        if self.via_reference:
            return self.token.text
        return _phrase(self.token)

    @property
    def indirect(self) -> bool:
        return self.via_reference or self.inferred


@dataclass
class _Frame:
    """Modality and attribution of one predicate, read from the clauses above it."""

    modality: str = "asserted"
    negated: bool = False
    asserted_by: _Arg | None = None
    denied_by: _Arg | None = None


@dataclass
class PostEvents:
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    references: list[tuple[Token, Span, str]] = field(default_factory=list)  # token, actor, how


def _phrase(token: Token) -> str:
    """A short noun phrase for a non-actor argument: its compounds, modifiers and head."""
    left = [c for c in token.lefts if c.dep_ in ("compound", "amod", "nummod", "poss", "nmod")]
    start = min([token.i, *[c.left_edge.i for c in left]])
    return token.doc[start : token.i + 1].text


class EventCoder:
    """Codes events from parsed posts; one instance serves a whole corpus."""

    def __init__(self, dictionary: ActorDictionary, lexicon: Lexicon, gazetteer: Gazetteer) -> None:
        self.dictionary = dictionary
        self.lexicon = lexicon
        self.gazetteer = gazetteer
        lx = lexicon
        self.report_verbs = lx.cue("report_verbs")
        self.denial_verbs = lx.cue("denial_verbs")
        self.intention_verbs = lx.cue("intention_verbs")
        self.intention_nouns = lx.cue("intention_nouns")
        self.hypothetical = lx.cue("hypothetical_markers")
        self.future = lx.cue("future_markers")
        self.negations = lx.cue("negation_words") | {"refuse", "fail", "decline"}
        self.historical = lx.cue("historical_markers")
        self._sector_nouns = {
            noun.lower(): code
            for code, sector in dictionary.sectors.items()
            for noun in sector.nouns
        }

    # -- entry point -----------------------------------------------------------------------

    def code(self, doc: Doc, ctx: PostContext, state: ThreadState | None = None) -> PostEvents:
        """Events and claims of one parsed post (``doc.spans["actors"]`` set by the ruler)."""
        state = state or ThreadState()
        out = PostEvents()
        self.index(doc)
        for sent in doc.sents:
            found: list[tuple[Predicate, Token, tuple[list[_Arg], list[_Arg], bool]]] = []
            consumed: set[int] = set()
            for token in sent:  # verbs first: their arguments are not events of their own
                if token.i not in self._by_token:
                    hit = self._verb_trigger(token)
                    if hit is not None:
                        found.append((hit[0], token, hit[1]))
                        consumed.update(a.token.i for a in (*hit[1][0], *hit[1][1]))
                        consumed.update(t.i for t in self._objects(token))
            for token in sent:
                if token.i not in self._by_token and token.i not in consumed:
                    hit = self._noun_trigger(token)
                    if hit is not None:
                        found.append((hit[0], token, hit[1]))
            found.sort(key=lambda f: f[1].i)
            for pred, token, args in found:
                out.events.extend(self._events(pred, token, args, sent, ctx, state, out))
            explicit = resolve_date(sent.text, state.last_date, ctx.time)
            if explicit is not None and explicit.basis == "text":
                state.last_date = explicit.date  # the context for "two years later"
        out.references = [(doc[i], s, "reference") for i, s in self._refs.items() if s is not None]
        out.references += self._inferred
        return out

    def index(self, doc: Doc) -> None:
        """Index ``doc``'s actor mentions for the argument look-ups (:meth:`code` does it
        first; the relation finder reuses the look-ups on the same doc)."""
        mentions = list(doc.spans.get("actors", []))
        self._by_token = {i: m for m in mentions for i in range(m.start, m.end)}
        self._mentions = mentions
        self._refs: dict[int, Span | None] = {}
        self._inferred: list[tuple[Token, Span, str]] = []

    # -- triggers --------------------------------------------------------------------------

    def _verb_trigger(
        self, token: Token
    ) -> tuple[Predicate, tuple[list[_Arg], list[_Arg], bool]] | None:
        if token.pos_ in ("VERB", "AUX") or (token.pos_ == "ADJ" and token.tag_ == "VBN"):
            lemma = token.lemma_.lower()
            if lemma not in self.lexicon.verbs:  # the lemmatizer leaves some past forms: "retook"
                lemma = PAST_FORMS.get(token.lower_, lemma)
            pred = self._match_verb(token, self.lexicon.verbs.get(lemma, ()))
            if pred is not None:
                return pred, self._verb_args(token, pred)
        return None

    def _noun_trigger(
        self, token: Token
    ) -> tuple[Predicate, tuple[list[_Arg], list[_Arg], bool]] | None:
        lemma = token.lemma_.lower()
        if token.pos_ in ("NOUN", "PROPN") and lemma in self.lexicon.nouns:
            args = self._noun_args(token)
            if args[0] or args[1]:
                return self.lexicon.nouns[lemma][0], args
        return None

    def _objects(self, verb: Token) -> list[Token]:
        objs = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass", "attr")]
        return [o for obj in objs for o in (obj, *obj.conjuncts)]

    def _match_verb(self, verb: Token, preds: Iterable[Predicate]) -> Predicate | None:
        words = {c.lower_ for c in verb.children if c.dep_ in ("prt", "prep", "dative", "advmod")}
        objects = self._objects(verb)
        object_lemmas = {o.lemma_.lower() for o in objects}
        object_lemmas |= {f"{c.lemma_.lower()} {o.lemma_.lower()}"
                          for o in objects for c in o.children
                          if c.dep_ in ("compound", "amod")}
        for o in objects:
            # A named armed group stands for the group words: "founded Asaib Ahl al-Haq",
            # and so does a pronoun that refers to one: "Muhandis built it".
            span = self._by_token.get(o.i) or self._actor_arg(o, deep=False).span
            actor = self.dictionary.get(span.id_) if span is not None else None
            if actor is not None and actor.kind in _ARMED_KINDS:
                object_lemmas |= _GROUP_WORDS
        best: tuple[int, Predicate] | None = None
        for pred in preds:
            if pred.particle and pred.particle not in words:
                continue
            if pred.objects and not pred.objects & object_lemmas:
                continue
            if not pred.passive and any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
                continue
            score = bool(pred.particle) + 2 * bool(pred.objects)
            if best is None or score > best[0]:
                best = (score, pred)
        return best[1] if best else None

    # -- arguments -------------------------------------------------------------------------

    def _actor_arg(self, token: Token, deep: bool = True) -> _Arg:
        """The argument headed by ``token``: its actor mention, found in or below it."""
        span = self._by_token.get(token.i)
        if span is not None:
            return _Arg(token, span)
        if token.tag_ in ("WP", "WDT") and token.head.dep_ == "relcl" and token.head.head != token:
            # "the Houthis, who are armed by Iran": the relative pronoun is the noun it hangs on.
            noun = self._actor_arg(token.head.head, deep=False)
            if noun.span is not None:
                return _Arg(token, noun.span, via_reference=True)
        if is_reference(token):
            if token.i not in self._refs:
                self._refs[token.i] = resolve_reference(token, self._mentions, self.dictionary)
            ref = self._refs[token.i]
            if ref is not None:
                # "the government" after "Somalia" is Somalia's government, not Somalia.
                return _Arg(token, self._sector_span(token, ref) or ref, via_reference=True)
            return _Arg(token, None)
        # "hundreds of American soldiers", "Saddam's proposal", "a ceasefire offered by Saddam"
        for child in token.children:
            if child.dep_ in ("compound", "poss", "nmod", "amod") and child.i in self._by_token:
                owner = self._by_token[child.i]  # "Iranian missiles", "Iraq's army"
                sector = self._sector_span(token, owner) if child.dep_ == "poss" else None
                return _Arg(token, sector, inferred=True) if sector else _Arg(token, owner)
            if child.dep_ == "poss" and is_reference(child):
                referent = self._actor_arg(child)
                if referent.span is not None:  # "its forces": the referent's forces
                    return _Arg(token, self._sector_span(token, referent.span) or referent.span,
                                via_reference=True)
        for child in token.lefts:
            # "Hamas-led gunmen", "US-led forces": the leader stands for the group.
            if child.dep_ == "amod" and child.lemma_.lower() == "lead":
                inner = [t for t in child.subtree if t.i in self._by_token]
                if inner:
                    return _Arg(token, self._by_token[inner[0].i])
        if deep:
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ in ("of", "from", "by"):
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            arg = self._actor_arg(pobj, deep=False)
                            if arg.span is not None:
                                return _Arg(token, arg.span) if child.lower_ == "of" else arg
                if child.dep_ == "acl" and token.lemma_.lower() in _PROPOSAL_NOUNS:
                    agent = self._agent(child)
                    if agent is not None and agent.span is not None:
                        return agent
        return _Arg(token, None)

    def _agent(self, verb: Token) -> _Arg | None:
        for child in verb.children:
            if child.dep_ == "agent":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return self._actor_arg(pobj)
        return None

    def _expand(self, token: Token) -> list[_Arg]:
        return [self._actor_arg(t) for t in (token, *token.conjuncts)]

    def _subjects(self, verb: Token, seen: int = 0) -> list[_Arg]:
        if seen > 6:
            return []
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        if passive:
            agent = self._agent(verb)
            return [a for t in ([agent.token] if agent else []) for a in self._expand(t)]
        for child in verb.children:
            if child.dep_ in ("nsubj", "csubj"):
                return self._expand(child)
        head = verb.head
        if head == verb:
            return []
        if verb.dep_ == "conj":
            return self._subjects(head, seen + 1)
        if verb.dep_ in ("xcomp", "advcl"):
            objs = [c for c in head.children if c.dep_ in ("dobj", "obj")]
            infinitive = any(c.tag_ == "TO" for c in verb.children)
            directive = verb.dep_ == "xcomp" or (
                infinitive and head.lemma_.lower() in _DIRECTIVE_VERBS
            )
            if objs and directive and head.lemma_.lower() not in self.intention_verbs:
                controlled = self._expand(objs[0])  # object control: "tasked X to establish Y"
                if any(a.span is not None for a in controlled):
                    return controlled
            # "Tehran used this array to wage a war": the array is a means, Tehran wages.
            return self._subjects(head, seen + 1)
        if verb.dep_ == "relcl" and not passive:
            return self._expand(head)
        if verb.dep_ == "pcomp" and head.dep_ == "prep":
            governor = head.head
            objs = [c for c in governor.children if c.dep_ in ("dobj", "obj")]
            # "accused X of supplying ...": X supplies; "denied arming ...": the denier arms.
            if objs and governor.pos_ in ("VERB", "AUX"):
                return self._expand(objs[0])
            if governor.pos_ in ("VERB", "AUX"):
                return self._subjects(governor, seen + 1)
        if verb.dep_ == "ccomp" and verb.tag_ == "VBG":
            return self._subjects(head, seen + 1)
        return []

    def _targets(self, verb: Token, pred: Predicate) -> list[_Arg]:
        preps = pred.target_preps if pred.target_preps is not None else (
            self.lexicon.types[pred.type].target_preps
        )
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        if verb.dep_ == "acl" and verb.tag_ == "VBN":  # "militias founded by Iran"
            return self._expand(verb.head)
        candidates: list[Token] = []
        if pred.particle:  # "fire at X", "meddle in X"
            candidates += self._pobjs(verb, (pred.particle,))
        if not pred.objects:
            deps = ("nsubjpass",) if passive else ("dobj", "obj", "dative")
            candidates += [c for c in verb.children if c.dep_ in deps]
        candidates += self._pobjs(verb, preps)
        if pred.objects:
            objects = self._objects(verb)
            # "founded Asaib Ahl al-Haq": a named object is the target itself ...
            candidates = [o for o in objects if o.i in self._by_token] + candidates
            for obj in objects:  # ... else "carried out massacres of X", "waged war against X"
                candidates += self._pobjs(obj, (*preps, "of"))
        if verb.dep_ == "relcl" and passive:
            candidates.append(verb.head)
        if not candidates:
            # "fought next to Iranian troops against Saddam's army": the preposition hangs
            # one level down in a misattached phrase.
            for prep in [c for c in verb.children if c.dep_ == "prep"]:
                for pobj in [p for p in prep.children if p.dep_ == "pobj"]:
                    candidates += self._pobjs(pobj, ("against",))
        for token in candidates:
            if not self._is_circumstance(token):
                return self._expand(token)
        return []

    def _pobjs(self, head: Token, preps: Iterable[str]) -> list[Token]:
        return [p for c in head.children if c.dep_ == "prep" and c.lower_ in preps
                for p in c.children if p.dep_ == "pobj"]

    def _is_circumstance(self, token: Token) -> bool:
        """A date, or a place that is not an actor: "in 2003", "seized Mosul"."""
        if token.i in self._by_token:
            return False
        return token.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC", "CARDINAL")

    def _sector_span(self, token: Token, owner: Span) -> Span | None:
        """``token`` as a sector of the state ``owner`` names: "Iraq's government" -> IRQ.GOV."""
        code = self._sector_nouns.get(token.lower_) or self._sector_nouns.get(token.lemma_.lower())
        actor = self.dictionary.get(owner.id_)
        if code is None or actor is None or actor.kind != "state" or not actor.country:
            return None
        span = Span(token.doc, token.i, token.i + 1, label="ACTOR",
                    span_id=f"{actor.country}.{code}")
        self._inferred.append((token, span, "inferred"))
        return span

    def _infer(self, arg: _Arg, where: Location | None, sent: Span) -> _Arg:
        """A bare sector noun ("civilians", "soldiers") takes the country the sentence gives:
        the event's place, else the one country the sentence names. Never a guess between two."""
        token = arg.token
        if arg.span is None and (token.pos_ == "NUM" or token.lower_ in _QUANTITIES):
            # "hundreds of civilians", "dozens of soldiers": the people counted
            counted = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                       for p in c.children if p.dep_ == "pobj"]
            if counted:
                inner = self._infer(self._actor_arg(counted[0]), where, sent)
                if inner.span is not None:
                    return _Arg(token, inner.span, inferred=True)
        if arg.span is not None or token.pos_ not in ("NOUN", "PROPN"):
            return arg
        code = self._sector_nouns.get(token.lower_) or self._sector_nouns.get(token.lemma_.lower())
        if code is None:
            return arg
        country = None
        for child in token.lefts:  # "Sweden's ambassador", "the Iraqi army"
            owner = self._by_token.get(child.i)
            actor = self.dictionary.get(owner.id_) if owner is not None else None
            if (
                actor is not None
                and actor.kind == "state"
                and child.dep_ in ("poss", "compound", "amod")
            ):
                country = actor.country
        if country is None and where is None:
            # No place for the event itself: any place the sentence names.
            for ent in sent.ents:
                if ent.label_ in ("GPE", "LOC") and not any(t.i in self._by_token for t in ent):
                    where = self.gazetteer.resolve(ent.text)
                    if where is not None:
                        break
        if country is None and where is not None and where.country in self.dictionary:
            country = where.country
        if country is None:
            states = [
                (a.country, m.root.dep_ == "pobj" and m.root.head.lower_ in _PLACE_PREPS)
                for m in self._mentions
                if m.start >= sent.start and m.end <= sent.end
                for a in [self.dictionary.get(m.id_)]
                if a is not None and a.kind == "state" and a.country
            ]
            named = {c for c, _ in states}
            if len(named) > 1:  # several: the one named as a place ("in northern Benin")
                named = {c for c, as_place in states if as_place}
            country = named.pop() if len(named) == 1 else None
        if country is None:
            return arg
        span = Span(token.doc, token.i, token.i + 1, label="ACTOR", span_id=f"{country}.{code}")
        self._inferred.append((token, span, "inferred"))
        return _Arg(token, span, inferred=True)

    def _verb_args(self, verb: Token, pred: Predicate) -> tuple[list[_Arg], list[_Arg], bool]:
        return self._subjects(verb), self._targets(verb, pred), False

    def _noun_args(self, noun: Token) -> tuple[list[_Arg], list[_Arg], bool]:
        sources: list[_Arg] = []
        targets: list[_Arg] = []
        patient = noun.lemma_.lower() in _PATIENT_NOUNS
        for child in noun.lefts:
            if child.dep_ not in ("poss", "compound", "amod", "nmod", "npadvmod"):
                continue
            arg = self._actor_arg(child)
            if arg.span is None:  # "US-led invasion": the actor sits inside the modifier
                inner = [t for t in child.subtree if t.i in self._by_token]
                arg = self._actor_arg(inner[0]) if inner else arg
            if arg.span is not None:
                if patient and child.dep_ == "poss":
                    targets = [arg]
                else:
                    sources = [arg]
        holders = [noun]
        if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() in _LIGHT_VERBS:
            holders.append(noun.head)  # "battles took place between X and Y"
        for holder in holders:
            for child in holder.children:
                word = child.lower_
                pobjs = [p for p in child.children if p.dep_ == "pobj"]
                if word in _BETWEEN and pobjs:
                    parties = self._expand(pobjs[0])
                    if len(parties) >= 2:
                        return parties[:1], parties[1:], True
                if not pobjs:
                    continue
                if word == "by":
                    sources = self._expand(pobjs[0])
                elif word in ("against", "on", "upon", "with", "to", "toward", "towards"):
                    targets = self._expand(pobjs[0])
                elif word == "of" and not targets:  # "the invasion of Kuwait"
                    targets = self._expand(pobjs[0])
        sources = [a for a in sources if a.span is not None]
        targets = [a for a in targets if a.span is not None]
        return sources, targets, True

    # -- modality, attribution -------------------------------------------------------------

    def _governors(self, token: Token) -> Iterator[tuple[Token, Token]]:
        """(governor, child on the path) pairs from ``token`` up to its sentence root."""
        child = token
        while child.head != child:
            yield child.head, child
            child = child.head

    def _frame(self, trigger: Token, sent: Span) -> _Frame:
        frame = _Frame()
        chain = [(trigger, trigger), *self._governors(trigger)]
        for gov, via in chain:
            lemma = gov.lemma_.lower()
            for child in gov.children:
                word = child.lower_
                if child.dep_ == "neg" or (
                    child.dep_ in ("advmod", "det") and word in ("never", "no")
                ):
                    if gov == trigger or via.dep_ in ("xcomp", "conj", "aux"):
                        frame.negated = True
                if child.dep_ == "aux" and (gov == trigger or via.dep_ in ("xcomp", "conj")):
                    if word in self.future or (
                        child.tag_ == "MD" and word in ("will", "shall", "'ll")
                    ):
                        frame.modality = (
                            "future" if frame.modality == "asserted" else frame.modality
                        )
                    elif word in self.hypothetical:
                        frame.modality = "hypothetical"
                if child.dep_ == "mark" and word in ("if", "unless"):
                    frame.modality = "hypothetical"
            if gov == trigger:
                continue
            if via.dep_ in ("xcomp", "acl", "pcomp", "advcl", "ccomp", "prep"):
                if lemma in self.intention_verbs or lemma in self.intention_nouns:
                    frame.modality = "intended"
                elif lemma in ("refuse", "fail", "decline"):
                    frame.negated = True
                elif lemma == "order" and via.dep_ == "pcomp":
                    frame.modality = "intended"  # "in order to"
                elif lemma == "be" and any(
                    d.lemma_.lower() in self.intention_nouns
                    for c in gov.children if c.dep_ == "nsubj" for d in c.subtree
                ):
                    frame.modality = "intended"  # "the aim was to establish ..."
            if (
                via.dep_ in ("ccomp", "xcomp", "pcomp", "prep", "dobj", "advcl")
                and gov.pos_ in ("VERB",)
            ):
                if lemma in self.denial_verbs:
                    frame.denied_by = next(iter(self._subjects(gov)), None)
                    frame.modality = "denied"
                elif lemma in self.report_verbs or lemma in ("accuse", "blame", "allege"):
                    speaker = next(iter(self._subjects(gov)), None)
                    if speaker is not None and frame.asserted_by is None:
                        frame.asserted_by = speaker
                        if frame.modality == "asserted":
                            frame.modality = "reported"
        if frame.asserted_by is None:
            for token in sent:
                if token.lemma_.lower() == "accord" and token.i + 1 < len(token.doc) and (
                    token.doc[token.i + 1].lower_ == "to"
                ):
                    for t in token.doc[token.i + 1].children:
                        if t.dep_ == "pobj":
                            frame.asserted_by = self._actor_arg(t)
                    if frame.asserted_by is None and token.i + 2 < sent.end:
                        frame.asserted_by = self._actor_arg(token.doc[token.i + 2])
                    if frame.modality == "asserted":
                        frame.modality = "reported"
        if frame.modality == "asserted" and any(t.lower_ in self.historical for t in sent[:3]):
            frame.modality = "historical"
        return frame

    # -- dates and places ------------------------------------------------------------------

    def _clause_text(self, token: Token) -> str:
        """The text of ``token``'s own clause: its subtree without embedded clauses."""
        skip: set[int] = set()
        for child in token.children:
            if child.dep_ in _CLAUSE_DEPS and child.pos_ in ("VERB", "AUX"):
                skip.update(t.i for t in child.subtree)
        return " ".join(t.text for t in token.subtree if t.i not in skip)

    def _date(
        self, trigger: Token, sent: Span, ctx: PostContext, state: ThreadState
    ) -> DateValue | None:
        for holder in (trigger, *(g for g, _ in self._governors(trigger))):
            found = resolve_date(self._clause_text(holder), state.last_date, ctx.time)
            if found:
                return found
        found = resolve_date(sent.text, state.last_date, ctx.time)
        if found:
            return found
        if self._present_tense(trigger):
            # The present and the present perfect speak of the time of writing, not of
            # the last date the thread mentioned.
            return DateValue(ctx.time[:10], basis="published") if ctx.time else None
        if state.last_date:
            return DateValue(state.last_date, basis="inherited")
        return None

    def _present_tense(self, trigger: Token) -> bool:
        """Whether the nearest finite verb over ``trigger`` is in the present (or present
        perfect)."""
        for verb in (trigger, *(g for g, _ in self._governors(trigger))):
            aux = [c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
            tags = [verb.tag_, *aux]
            if any(t in _PRESENT_TAGS for t in tags):
                return True
            if any(t in ("VBD", "MD") for t in tags):
                return False
        return False

    def _place(self, trigger: Token, skip: set[int]) -> Location | None:
        objects = self._objects(trigger)
        for obj in objects:  # "seized Mosul": a place as the object is where it happened
            if obj.i not in self._by_token and obj.ent_type_ in ("GPE", "LOC", "FAC"):
                loc = self._location_of(obj, skip)
                if loc is not None:
                    return loc
        holders = [trigger, *objects]
        holders += [g for g, _ in self._governors(trigger)][:2]
        for holder in holders:
            for child in holder.children:
                if child.dep_ != "prep" or child.lower_ not in _PLACE_PREPS:
                    continue
                for pobj in child.children:
                    if pobj.dep_ != "pobj" or pobj.i in skip:
                        continue
                    loc = self._location_of(pobj, skip)
                    if loc is not None:
                        return loc
        return None

    def _location_of(self, token: Token, skip: set[int]) -> Location | None:
        if token.ent_type_ in ("DATE", "TIME") or token.i in skip:
            return None
        for child in token.children:
            if child.dep_ == "compound" and child.i in self._by_token:
                return self._location_of(child, skip)  # "near Baghdad airport"
        span = self._by_token.get(token.i)
        if span is not None:
            actor = self.dictionary.get(span.id_)
            if actor is not None and actor.kind == "state" and actor.country:
                loc = self.gazetteer.country(actor.country)
                if loc is not None:
                    return Location(span.text, actor.country, loc.lat, loc.lon, loc.geonameid)
            # A capital used as a place ("in Baghdad") is a city, not the state.
            if span.text in self.dictionary.capitals:
                return self.gazetteer.resolve(span.text)
            return None
        for ent in token.doc.ents:
            if ent.start <= token.i < ent.end and ent.label_ in ("GPE", "LOC", "FAC"):
                return self.gazetteer.resolve(ent.text)
        if token.pos_ == "PROPN":
            return self.gazetteer.resolve(_phrase(token))
        return None

    # -- assembly --------------------------------------------------------------------------

    def _events(
        self,
        pred: Predicate,
        trigger: Token,
        args: tuple[list[_Arg], list[_Arg], bool],
        sent: Span,
        ctx: PostContext,
        state: ThreadState,
        out: PostEvents,
    ) -> Iterator[Event]:
        sources, targets, nominal = args
        actors = [a for a in sources if a.span is not None]
        if not any(a.span for a in targets) and len(actors) >= 2 and (
            pred.type in _RECIPROCAL_TYPES or trigger.lemma_.lower() in _RECIPROCAL_VERBS
        ):
            # "Iran and Saudi Arabia agreed ...": each side acts towards the other.
            for a in actors:
                others = [b for b in actors if b.actor != a.actor]
                yield from self._events(
                    pred, trigger, ([a], others, nominal), sent, ctx, state, out
                )
            return
        sources = sources or [_Arg(trigger, None)]
        targets = targets or [_Arg(trigger, None)]
        skip = {t.i for a in (*sources, *targets) if a.span is not None for t in a.span}
        where = self._place(trigger, skip)
        sources = [self._infer(a, where, sent) for a in sources]
        if pred.type != "MOBILIZE":  # deployed "soldiers" are the source's own, not a target
            targets = [self._infer(a, where, sent) for a in targets]
        if not any(a.span for a in (*sources, *targets)):
            return
        frame = self._frame(trigger, sent)
        when = self._date(trigger, sent, ctx, state)
        if when is not None and when.basis in ("text", "relative"):
            state.last_date = when.date
        etype = self.lexicon.types[pred.type]
        evidence = Evidence(ctx.doc, ctx.post, sent.start_char, sent.end_char, sent.text)
        speaker = frame.asserted_by
        for src in sources:
            for tgt in targets:
                if src.span is None and tgt.span is None:
                    continue
                if src.actor is not None and src.actor == tgt.actor:
                    tgt = _Arg(trigger, None)
                confidence = 0.55 + 0.2 * (src.span is not None) + 0.15 * (tgt.span is not None)
                confidence -= 0.1 * nominal + 0.1 * (src.indirect or tgt.indirect)
                event_id = stable_id(
                    ctx.doc, ctx.post, trigger.idx, pred.type, src.actor or src.text,
                    tgt.actor or tgt.text, prefix="ev_",
                )
                event = Event(
                    id=event_id,
                    type=pred.type,
                    evidence=evidence,
                    mode=pred.mode,
                    quad=etype.quad,
                    cameo=pred.cameo or etype.cameo,
                    source=src.actor,
                    source_text=src.text if src.span is not None else None,
                    target=tgt.actor,
                    target_text=tgt.text if tgt.token != trigger else None,
                    date=when.date if when else None,
                    end_date=when.end_date if when else None,
                    date_basis=when.basis if when else None,
                    location=where,
                    asserted_by=speaker.actor if speaker else None,
                    asserted_by_text=speaker.text if speaker else ctx.author,
                    modality=frame.modality,
                    negated=frame.negated,
                    disputed=frame.modality == "denied",
                    confidence=round(max(0.1, min(confidence, 0.95)), 2),
                    trigger=trigger.text,
                )
                out.claims.append(
                    Claim(
                        id=stable_id(event_id, "asserts", prefix="cl_"),
                        event=event_id,
                        asserted_by=event.asserted_by,
                        stance="asserts",
                        evidence=evidence,
                    )
                )
                if frame.denied_by is not None:
                    out.claims.append(
                        Claim(
                            id=stable_id(event_id, "denies", prefix="cl_"),
                            event=event_id,
                            asserted_by=frame.denied_by.actor,
                            stance="denies",
                            evidence=evidence,
                        )
                    )
                yield event
        denier = frame.denied_by
        if denier is not None and denier.span is not None:
            # "Tehran denies arming the group": the denial is itself a REJECT event.
            reject = self.lexicon.types["REJECT"]
            yield Event(
                id=stable_id(ctx.doc, ctx.post, trigger.idx, "REJECT", denier.actor, prefix="ev_"),
                type="REJECT", evidence=evidence, quad=reject.quad, cameo=reject.cameo,
                source=denier.actor, source_text=denier.text,
                date=when.date if when else None, end_date=when.end_date if when else None,
                date_basis=when.basis if when else None, location=where,
                asserted_by_text=ctx.author, confidence=0.75, trigger=trigger.head.text,
            )
