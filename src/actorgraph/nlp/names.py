"""Reading a person's name off the words of a sentence, whatever the parse made of it.

Wire reports are written in capitals and wrap their lines, and the parser, working on a
copy with capitals guessed back, often cuts a name apart: "NATIONAL POLICE CHIEF GENERAL
MIGUEL GOMEZ\\nPADILLA" gives one person "MIGUEL GOMEZ" and another "PADILLA"; "OAS
SECRETARY GENERAL\\nBAENA SOARES" takes "SOARES" for a common noun. :func:`name_after`
reads the name that stands right after a title (its ranks and honorifics skipped) as a
run of words: the proper nouns and the words the entity reader gave to a person, across
a single line break or a hyphen, and a surname the tagger took for a noun where a name
word goes before it. The reader knows no dictionary: the caller says which words may
not be part of a name (titles, sector nouns) and which tokens an actor already holds.
"""

from __future__ import annotations

from collections.abc import Callable, Container

from spacy.tokens import Doc, Token

__all__ = ["HONORIFICS", "NAME_TITLES", "name_after", "name_before", "name_run", "name_start"]

# Words that go before a name without being part of it ("DR MAURICIO COLORADO", "MSGR X").
HONORIFICS = frozenset({"dr", "msgr", "mr", "mrs", "ms", "sr", "sra", "don", "dona",
                        "father", "bishop", "archbishop", "cardinal", "engineer", "attorney"})

# Titles and ranks the entity reader may take into a person's name ("General Alfredo Nunez
# Allende", "President Allende"): no words of the name itself.
NAME_TITLES = frozenset("""president vice general gen colonel col major maj captain capt lieutenant
    lt sergeant sgt admiral adm brigadier commander cmdr marshal corporal cpl private retired
    former late minister prime premier senator deputy governor mayor judge justice ambassador
    secretary chairman director chief leader king queen prince princess emir sheikh shaykh
    ayatollah imam mullah grand supreme pope saint st sir lord lady madam comrade hajji haji
    monsignor reverend rev sister brother mister doctor professor prof candidate
    president-elect congressman congresswoman councillor councilor inspector""".split())

_MAX_WORDS = 5


def name_start(doc: Doc, start: int, end: int, not_name: Container[str]) -> int:
    """Where a person's name begins in ``doc[start:end]`` after the titles the entity
    reader took into it ("INSPECTOR EULOGIO FLORES", "POLICEMAN JOSE AGUIRRE": the words of
    ``not_name``), so that a provisional id is the name alone; ``start`` when no word of a
    name would be left."""
    i = start
    while i < end - 1 and (not doc[i].is_alpha or doc[i].lower_.rstrip(".") in not_name):
        i += 1
    return i if any(t.is_alpha for t in doc[i:end]) else start


def _wrap(token: Token) -> bool:
    """A whitespace token that only wraps a line (one line break, no blank line)."""
    return token.is_space and token.text.count("\n") == 1


def _capital_noun(t: Token, not_name: Container[str]) -> bool:
    """A common noun in capitals that may be a name's word the tagger misread ("VICTOR",
    "VELAR"): letters only, no stop word, no word of ``not_name``."""
    return t.pos_ == "NOUN" and t.is_upper and t.is_alpha and not t.is_stop and (
        t.lower_ not in not_name)


def _person_word(t: Token, not_name: Container[str]) -> bool:
    """A word that can be part of a person's name: a proper noun, or a word the entity
    reader gave to a person, written with a capital; no stop word, no word of
    ``not_name``."""
    if not t.is_alpha or not (t.is_upper or t.is_title) or t.is_stop:
        return False
    if t.lower_ in not_name or t.lemma_.lower() in not_name:
        return False
    return t.pos_ == "PROPN" or t.ent_type_ == "PERSON"


def name_run(first: Token, not_name: Container[str],
             taken: Callable[[int], bool] = lambda i: False,
             single: bool = False) -> tuple[int, int] | None:
    """The words of a name that opens at ``first``: ``(start, end)`` token indices, the end
    excluded, or ``None`` where ``first`` opens none. The run goes on over name words (see
    :func:`_person_word`; the first may be a noun where a word the entity reader gave to a
    person follows, and so may a later one: "EDUARDO VELAR DE LA ROSA"), a single line
    break or a hyphen between two of them, and one
    last capitalised noun after a word the entity reader gave to a person ("BAENA
    SOARES", the surname tagged a noun) where the name ends there (a verb, a preposition,
    "and" or no word next: "VACA PERILLA IN SAN VICENTE"). A run of one word only where
    the entity reader gave it to a person, or with ``single`` (where the words around say
    it is one). ``taken``: whether a token is already part of another actor's mention (a
    run never takes one in)."""
    doc, sent = first.doc, first.sent
    if taken(first.i):
        return None
    if not _person_word(first, not_name):
        # a first name the tagger took for a noun, before a word it gave to a person
        # ("VICTOR ARTILES", "VICTOR" a noun)
        nxt = first.i + 1
        if nxt < sent.end and _wrap(doc[nxt]):
            nxt += 1
        if not (_capital_noun(first, not_name) and nxt < sent.end
                and doc[nxt].ent_type_ == "PERSON" and _person_word(doc[nxt], not_name)
                and not taken(nxt)):
            return None
    end = first.i + 1
    while end < sent.end and end - first.i < _MAX_WORDS:
        t = doc[end]
        if _wrap(t) or (t.text == "-" and not doc[end - 1].whitespace_ and not t.whitespace_):
            if end + 1 < sent.end and _person_word(doc[end + 1], not_name) and not taken(
                    end + 1):
                end += 2
                continue
            break
        if _person_word(t, not_name) and not taken(t.i):
            end += 1
            continue
        if _capital_noun(t, not_name) and t.ent_type_ in ("", "PERSON") and not taken(t.i) and (
                end + 1 < sent.end and doc[end + 1].ent_type_ == "PERSON"
                and _person_word(doc[end + 1], not_name) and not taken(end + 1)):
            end += 1  # "EDUARDO VELAR DE LA ROSA": a surname taken for a noun, more to come
            continue
        if (_capital_noun(t, not_name) and t.ent_type_ in ("", "PERSON")
                and doc[end - 1].ent_type_ == "PERSON"
                and not taken(t.i) and (end + 1 >= sent.end or not doc[end + 1].is_alpha
                                        or doc[end + 1].pos_ in ("VERB", "AUX", "ADP",
                                                                 "CCONJ"))):
            end += 1  # the surname taken for a noun, the last word of the name
        break
    words = [t for t in doc[first.i:end] if not t.is_space and t.text != "-"]
    if len(words) == 1 and first.ent_type_ != "PERSON" and not single:
        return None
    return first.i, end


def name_after(title: Token, skip: Container[str], not_name: Container[str],
               taken: Callable[[int], bool] = lambda i: False,
               single: bool = False) -> tuple[int, int] | None:
    """The name written right after ``title`` ("MINISTER\\nMARIO JALIL", "SPOKESMAN
    COLONEL RAUL ARTURO LOPEZ", "SECRETARY GENERAL BAENA SOARES"): the words after it,
    line breaks, ranks and honorifics (``skip``, :data:`HONORIFICS`; a dot after an
    abbreviation) passed over, read by :func:`name_run` (``single`` as there). ``None`` where
    no name follows."""
    doc, sent = title.doc, title.sent
    i = title.i + 1
    if i < sent.end and doc[i].text == ")":
        i += 1  # "(AIR FORCE COMMANDER) JUAN BUSTILLO": a title a transcript put in brackets
    while i < sent.end and (_wrap(doc[i]) or doc[i].lower_.rstrip(".") in skip
                            or doc[i].lower_.rstrip(".") in HONORIFICS
                            or (doc[i].text == "." and doc[i - 1].lower_ in skip)):
        i += 1
    if i >= sent.end:
        return None
    return name_run(doc[i], not_name, taken, single=single)


def name_before(last: Token, not_name: Container[str],
                taken: Callable[[int], bool] = lambda i: False,
                single: bool = False) -> tuple[int, int] | None:
    """The name that ends at ``last`` ("VIDES CASANOVA" in "VIDES CASANOVA'S TROOPS"): the
    name words before it, across a single line break, read by :func:`name_run`; ``None``
    where the run from there does not end at ``last``."""
    doc, sent = last.doc, last.sent
    start = last.i
    while start - 1 >= sent.start and last.i - start < _MAX_WORDS:
        before = doc[start - 1]
        if _person_word(before, not_name) and not taken(before.i):
            start -= 1
        elif _wrap(before) and start - 2 >= sent.start and _person_word(
                doc[start - 2], not_name) and not taken(start - 2):
            start -= 2
        else:
            break
    run = name_run(doc[start], not_name, taken, single=single)
    return run if run is not None and run[1] == last.i + 1 else None
