"""A cheap first pass that spares the parser posts that cannot yield an event.

A post can only yield an event if it names an actor (a dictionary name, a
demonym or country word, or a sector noun such as "soldiers") *and*
contains a word that can be an event predicate. The check runs on the
tokenizer's output and the actor ruler's phrase matcher alone, a few
percent of a full parse. Posts that fail it keep their dictionary actor
mentions but skip tagging, parsing and NER.

Predicate words are matched by their inflected forms, generated from the
lexicon's lemmas (regular endings plus a table of irregular verbs) and,
for longer lemmas, by a five-letter stem, so the check errs towards
parsing.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from typing import cast

import numpy
from spacy.attrs import IS_ALPHA, IS_LOWER, IS_TITLE, IS_UPPER, LENGTH, LOWER, NORM, ORTH, SPACY
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..actors.dictionary import ActorDictionary
from ..nlp.actor_ruler import DICTIONARY_KEY, ActorRuler
from .lexicon import NAMED_PLACE, NAMED_TOWN, Lexicon
from .runs import make_doc

__all__ = ["PAST_FORMS", "Prefilter", "word_forms"]

# Irregular past forms of verbs that are (or head) event predicates.
_IRREGULAR = {
    "be": "am is are was were been being", "bear": "bore borne", "beat": "beaten",
    "begin": "began begun", "bind": "bound",
    "blow": "blew blown", "break": "broke broken", "bring": "brought", "build": "built",
    "buy": "bought", "catch": "caught", "choose": "chose chosen", "deal": "dealt",
    "drive": "drove driven", "feed": "fed", "fight": "fought", "flee": "fled", "fly": "flew flown",
    "forbid": "forbade forbidden", "freeze": "froze frozen", "give": "gave given",
    "go": "went gone",
    "hang": "hung", "hide": "hid hidden", "hold": "held", "keep": "kept", "lay": "laid",
    "lead": "led", "leave": "left", "lend": "lent", "lose": "lost", "make": "made",
    "meet": "met", "overrun": "overran", "overthrow": "overthrew overthrown", "pay": "paid",
    "ride": "rode ridden", "rise": "rose risen", "run": "ran", "say": "said", "see": "saw seen",
    "seek": "sought", "sell": "sold", "send": "sent", "shake": "shook shaken", "shoot": "shot",
    "sink": "sank sunk", "slay": "slew slain", "speak": "spoke spoken", "spend": "spent",
    "stand": "stood", "steal": "stole stolen", "strike": "struck stricken",
    "strive": "strove striven", "swear": "swore sworn", "sweep": "swept", "take": "took taken",
    "teach": "taught", "tear": "tore torn", "tell": "told", "think": "thought",
    "throw": "threw thrown", "undertake": "undertook undertaken", "uphold": "upheld",
    "win": "won", "withdraw": "withdrew withdrawn", "withhold": "withheld",
    "write": "wrote written",
    "show": "showed shown",
    "shut": "shut", "set": "set", "hit": "hit", "put": "put", "quit": "quit", "spread": "spread",
    "split": "split", "hurt": "hurt", "shed": "shed", "cut": "cut", "forgive": "forgave forgiven",
    "arise": "arose arisen", "wage": "waged", "grind": "ground", "bid": "bid",
    "retake": "retook retaken", "overtake": "overtook overtaken", "rebuild": "rebuilt",
    "withstand": "withstood",
}
#: Irregular past forms back to their verb, for lemmas the lemmatizer leaves as they are.
PAST_FORMS = {form: verb for verb, forms in _IRREGULAR.items()
              for form in forms.split() if form != verb}
_VOWELS = set("aeiou")
_SENTENCE_END = frozenset({".", "!", "?", "…"})
_UPPER = re.compile(r"[A-Z]")
_LOWER = re.compile(r"[a-z]")
# Words that may refer to an actor named in an earlier sentence.
_REFERENCES = frozenset({"it", "its", "they", "them", "their", "he", "him", "his", "she", "her",
                         "group", "militia", "government", "regime", "organisation",
                         "organization", "movement", "army"})
# Object words that a named group can stand for ("founded Asaib Ahl al-Haq"), as in the coder.


# Words for people that are no dictionary sector yet can be an event's source or target
# ("unidentified individuals placed explosives", "three persons were killed").
_PEOPLE = frozenset({"we", "our", "us", "i", "you", "individuals", "persons", "people",
                     "officials", "official", "parties", "party", "unions", "union",
                     "coalition", "aircraft", "station", "board", "authorities", "spokesman",
                     "exchange", "company", "firm", "court", "commission", "council",
                     "ministry", "minister", "president", "leader", "leaders"})


class _Words:
    """A doc's tokens as plain lists, read once as arrays (no Token object per token): the
    texts, lower-case forms, and the flags :func:`_has_name` reads."""

    def __init__(self, doc: Doc) -> None:
        strings = doc.vocab.strings
        rows = doc.to_array([ORTH, LOWER]).tolist()
        self.texts: list[str] = [strings[orth] for orth, _ in rows]
        self.lower: list[str] = [strings[low] for _, low in rows]
        # is_alpha, is_upper, is_lower, is_title, length: as the Token attributes give them
        self.flags: list[list[int]] = doc.to_array(
            [IS_ALPHA, IS_UPPER, IS_LOWER, IS_TITLE, LENGTH]).tolist()


def _has_name(words: _Words, a: int = 0, b: int | None = None) -> bool:
    """A capitalised word after the sentence's first word, in text not all in capitals
    (tokens ``a:b`` of ``words``)."""
    upper = lower = 0
    name = False
    first = True
    texts = words.texts
    for i, (alpha, is_upper, is_lower, is_title, length) in enumerate(words.flags[a:b], a):
        if not alpha:
            text = texts[i]
            if text in _SENTENCE_END or "\n" in text:
                first = True
            continue
        if is_upper and length > 1:
            upper += 1
        elif is_lower:
            lower += 1
        elif is_title and not first:
            name = True
        first = False
    return name and lower > upper


def _sentence_starts(doc: Doc, wrapped: bool = False, texts: list[str] | None = None
                     ) -> list[int]:
    """Token offsets where sentences start: after a full stop (or ``!``, ``?``, ``…``), after
    a blank line, and after a line break followed by a capital in text not written all in
    capitals. A hard-wrapped line ("HAS NEITHER / CONFIRMED NOR REJECTED") goes on, and so
    does every line of a ``wrapped`` text (the truecased copy of one written in capitals,
    where a capital after a line break is most often a name's: "ELIZABETH\nVELASQUEZ")."""
    if texts is None:
        texts = [t.text for t in doc]
    starts = [0] + [i + 1 for i, w in enumerate(texts[:-1]) if w in _SENTENCE_END]
    breaks = [i for i, w in enumerate(texts[:-1]) if "\n" in w]
    if not breaks:
        return starts
    caps = wrapped or len(_UPPER.findall(doc.text)) > len(_LOWER.findall(doc.text))
    for i in breaks:
        if texts[i].count("\n") >= 2 or (not caps and texts[i + 1][:1].isupper()):
            starts.append(i + 1)
    return sorted(set(starts))


def word_forms(lemma: str) -> set[str]:
    """The inflected forms of ``lemma`` the prefilter matches (regular and irregular)."""
    return _forms(lemma)


def _forms(lemma: str) -> set[str]:
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        forms |= {lemma[:-1] + "ing", lemma[:-1] + "ed"}
    if lemma.endswith("y") and lemma[-2:-1] not in _VOWELS:
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if len(lemma) >= 3 and lemma[-1] not in _VOWELS | {"w", "x", "y"} and lemma[-2] in _VOWELS:
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}  # stop -> stopped
    forms.update(_IRREGULAR.get(lemma, "").split())
    return forms


#: Tokens of the longest piece parsed at once. A run-on "sentence" of thousands of tokens (a
#: post of clauses joined by commas, no full stop) gives a parse tree with nodes of thousands
#: of children, and the coder's per-event look at its clause and its governors becomes
#: quadratic: 4 KB of "Iran attacked Iraq, " took over two minutes.
MAX_PIECE_TOKENS = 150
_SOFT_BREAKS = frozenset({",", ";", ":", "—", "–", "-", "and", "or", "but"})


def _bounded(doc: Doc, starts: list[int]) -> list[int]:
    """``starts`` with more piece starts, so that no piece is over :data:`MAX_PIECE_TOKENS`
    tokens; a long piece is cut after its last comma, semicolon or conjunction in reach."""
    out: list[int] = []
    for a, b in zip(starts, [*starts[1:], len(doc)], strict=True):
        out.append(a)
        while b - a > MAX_PIECE_TOKENS:
            end = a + MAX_PIECE_TOKENS
            soft = [t.i + 1 for t in doc[a + MAX_PIECE_TOKENS // 2:end]
                    if t.lower_ in _SOFT_BREAKS]
            a = soft[-1] if soft else end
            out.append(a)
    return out


class Prefilter:
    """Decides from the tokens alone whether a post is worth a full parse."""

    def __init__(self, nlp: Language, dictionary: ActorDictionary, lexicon: Lexicon,
                 lexicon_only: bool = True) -> None:
        """``lexicon_only``: only the lexicon proposes triggers, so a sentence without a
        predicate word of it is not worth parsing. With other proposers (a trained model)
        every sentence that names an actor is."""
        self.nlp = nlp
        self.lexicon_only = lexicon_only
        ruler = nlp.get_pipe("actorgraph_actors") if "actorgraph_actors" in nlp.pipe_names else None
        # spaCy types get_pipe as a bare callable; this component is our ActorRuler.
        self.ruler = cast("ActorRuler | None", ruler)
        self.actor_words = set(dictionary.demonyms) | {
            n.lower() for s in dictionary.sectors.values() for n in s.nouns if " " not in n
        }
        self.forms: set[str] = set()
        self.stems: set[str] = set()
        # Verbs that are events only with certain objects ("launch" an attack, "say" nothing)
        # count only when one of those object words is in the post too.
        self.bound: dict[str, set[str]] = {}
        for head, preds in lexicon.verbs.items():
            objects = {o.split()[-1] for p in preds for o in p.objects
                       if o not in (NAMED_PLACE, NAMED_TOWN)}
            if (any(not p.objects and not p.complements for p in preds)
                    or objects & lexicon.cue("group_words")):
                self._add_free(head)
                continue
            # the subjects and complements of an entry that asks for them bind it as its
            # objects do: "troops were in Tigray" counts "were" with "troops" in the post,
            # "the unions were displeased" with "displeased"
            objects |= {o.split()[-1] for p in preds for o in (*p.subjects, *p.complements)}
            nouns = {f for o in objects for f in (o, o + "s", o + "es", o[:-1] + "ies")}
            for form in _forms(head):
                self.bound.setdefault(form, set()).update(nouns)
        for lemma in lexicon.nouns:
            self._add_free(lemma)
        # Words that make an event with no actor named ("A BOMB EXPLODED INSIDE A
        # RESTAURANT", "the airport has been closed", "the explosion occurred"): a verb
        # whose entry asks for no particular word, and a noun of a type marked `bare_nouns`.
        # A sentence with one is parsed even when it names no actor. (Not a verb's "-ing"
        # form: most often a noun, "the meeting", whose type needs an actor.)
        bare = lexicon.types_with("bare_nouns")
        self.alone = {f for head, preds in lexicon.verbs.items()
                      if any(not (p.objects or p.subjects or p.complements or p.particle)
                             for p in preds) for f in _forms(head) if not f.endswith("ing")}
        self.alone |= {f for lemma, preds in lexicon.nouns.items()
                       if any(p.type in bare for p in preds) for f in _forms(lemma)}
        # Speech and denial verbs: a sentence with one answers or opens the one before or
        # after it ("Asmara denied ...", "X said:"), so it is parsed next to a parsed one.
        from .speech import load_cues

        speech = (lexicon.cue("report_verbs") | lexicon.cue("denial_verbs")
                  | load_cues().speech_verbs | load_cues().answer_verbs)
        self.speech_forms = {f for v in speech if " " not in v for f in _forms(v)}
        # Words that set a sentence against the one before ("in fact", "show otherwise",
        # "calls the accusation a fabrication"): parsed next to a parsed one even when it
        # names no actor the dictionary knows, for its counter-claim.
        cues = load_cues()
        self.counter_words = (cues.otherwise_words | cues.counter_adverbs | cues.contrast_answers
                              | cues.false_adverbs | cues.falsehood_words()
                              | {"fact", "reality"})

    def add_words(self, words: Iterable[str]) -> None:
        """More predicate words (the relation cues): sentences with them are parsed too."""
        self.forms |= {w.lower() for w in words}

    def add_bound(self, word: str, nouns: Iterable[str]) -> None:
        """A word that is a predicate only with one of ``nouns`` in the same sentence (the
        possessive "'s" with "government": "CRISTIANI'S GOVERNMENT" states who leads it)."""
        self.bound.setdefault(word.lower(), set()).update(n.lower() for n in nouns)

    def _add_free(self, lemma: str) -> None:
        self.forms |= _forms(lemma)
        if len(lemma) >= 6:
            self.stems.add(lemma[:5])

    def _has_actor(self, tokens: _Words, a: int, b: int, words: list[str],
                   references: bool = False) -> bool:
        """A word that names or may name an actor: a demonym, country or sector word, a
        pronoun or group word that may point back to one (``references``), or, in text
        not written in capitals, a capitalised word inside the sentence (a name the
        dictionary lacks, which the parser's NER may still find)."""
        if any(w in self.actor_words for w in words):
            return True
        if references and any(w in _REFERENCES for w in words):
            return True
        return any(w in _PEOPLE for w in words) or _has_name(tokens, a, b)

    def _has_predicate(self, words: list[str]) -> bool:
        if not self.lexicon_only:
            return True
        if any(w in self.forms or (len(w) >= 5 and w[:5] in self.stems) for w in words):
            return True
        if "-" in words and any(  # "co-operate", "cease-fire": the coder joins them
            w == "-" and 0 < i < len(words) - 1 and words[i - 1] + words[i + 1] in self.forms
            for i, w in enumerate(words)
        ):
            return True
        present = set(words)
        return any(w in self.bound and self.bound[w] & present for w in words)

    def pieces(self, text: str, wrapped: bool = False) -> list[tuple[Doc, bool]]:
        """The post as (doc, worth parsing) pieces, one per sentence when it has several.

        A sentence is worth parsing when it has a predicate word and an actor word, a
        dictionary actor or a word that may refer to one ("it", "the group"). ``wrapped``:
        ``text`` is the truecased copy of a post written in capitals, whose line breaks
        are wrapping, never sentence ends (a blank line still is one).
        """
        worth, doc, tokens = self._scan(text)
        if not worth:
            return [(doc, False)]
        ends = _sentence_starts(doc, wrapped, tokens.texts)
        starts = _bounded(doc, ends)
        cut = len(starts) > len(ends)  # a run-on sentence cut: its pieces are parsed apart
        if len(starts) == 1:
            return [(doc, True)]
        spans = sorted(doc.spans[DICTIONARY_KEY], key=lambda s: (s.start, s.end))
        span_starts = [s.start for s in spans]
        # Each piece is built from the slice of one array of the whole doc: Span.as_doc
        # reads the whole doc for every sentence, which made long posts quadratic.
        array = doc.to_array([ORTH, NORM, SPACY])
        pieces: list[tuple[Doc, bool]] = []
        before = False  # whether the piece before was parsed
        for a, b in zip(starts, [*starts[1:], len(doc)], strict=True):
            if a >= b:
                continue
            words = tokens.lower[a:b]
            first = bisect_left(span_starts, a)
            last = bisect_left(span_starts, b, lo=first)
            mine = [s for s in spans[first:last] if s.end <= b]
            has_actor = (bool(mine) or self._has_actor(tokens, a, b, words, references=True)
                         or any(w in self.alone for w in words))
            piece = self._piece(tokens, array, a, b)
            speaks = any(w in self.speech_forms for w in words)
            parse = has_actor and (self._has_predicate(words) or (speaks and (
                before or words[-1] == ":"))) or (
                before and any(w in self.counter_words for w in words))
            before = parse
            found = [
                Span(piece, s.start - a, s.end - a, label="ACTOR", span_id=s.id_) for s in mine
            ]
            if parse:
                piece.spans[DICTIONARY_KEY] = found
            else:
                # A flat tree (every token under the first) keeps the sentence whole and apart
                # once the pieces are joined; its tokens have no tags, so nothing fires on them.
                for token in piece:
                    token.head, token.dep_ = piece[0], ("ROOT" if token.i == 0 else "dep")
                piece.spans["actors"] = filter_spans(found)
            pieces.append((piece, parse))
        if not cut and all(parse for _, parse in pieces):
            return [(doc, True)]  # one parse of the whole post is cheaper than stitching
        return pieces

    def _piece(self, words: _Words, array: numpy.ndarray, a: int, b: int) -> Doc:  # type: ignore[type-arg]
        """Tokens ``a:b`` of a doc (its ``words`` and its ORTH, NORM, SPACY ``array``) as a
        Doc of their own, in time linear in ``b - a``."""
        piece = Doc(self.nlp.vocab, words=words.texts[a:b],
                    spaces=[bool(x) for x in array[a:b, 2].tolist()])
        piece.from_array([NORM], array[a:b, 1:2].copy())  # type: ignore[arg-type]
        return piece

    def scan(self, text: str) -> tuple[bool, Doc]:
        """(worth parsing, tokenized doc with its dictionary actor spans)."""
        worth, doc, _ = self._scan(text)
        return worth, doc

    def _scan(self, text: str) -> tuple[bool, Doc, _Words]:
        doc = make_doc(self.nlp, text)
        spans = self.ruler.match_dictionary(doc) if self.ruler is not None else []
        tokens = _Words(doc)
        words = tokens.lower
        has_actor = (bool(spans) or self._has_actor(tokens, 0, len(doc), words)
                     or any(w in self.alone for w in words))
        worth = has_actor and self._has_predicate(words)
        # A parsed doc hands its matches on to the ruler; a skipped one keeps them as mentions.
        doc.spans[DICTIONARY_KEY if worth else "actors"] = spans if worth else filter_spans(spans)
        return worth, doc, tokens
