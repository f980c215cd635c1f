"""Consistency checks for the built-in actor data files.

``src/actorgraph/data/actors.yaml``, ``countries.yaml`` and ``sectors.yaml`` are plain data
maintained by hand; these tests keep them well-formed and mutually consistent.  They read
the files directly with ``yaml.safe_load`` so that they do not depend on the loader.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from pathlib import Path

import pycountry
import pytest
import yaml

DATA = Path(__file__).resolve().parents[1] / "src" / "actorgraph" / "data"

ACTOR_KINDS = frozenset(
    "state government military police intelligence legislature judiciary militia rebel "
    "terrorist party igo ngo media company person religious".split()
)
# Generic sector/group actors may also be plain civilians or an ethnic community.
SECTOR_KINDS = ACTOR_KINDS | {"civilian", "ethnic"}

ID_RE = re.compile(r"^[A-Z0-9_]+(\.[A-Z0-9_]+)*$")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
QID_RE = re.compile(r"^Q[1-9]\d*$")

ENTRY_KEYS = {"id", "name", "kind", "country", "aliases", "affiliations", "wikidata", "handles"}
REQUIRED_KEYS = {"id", "name", "kind", "country", "aliases"}
AFFILIATION_KEYS = {"actor", "role", "start", "end"}

# Sectors a state institution id <ISO3>.<SECTOR>.<NAME> may use.
STATE_SECTORS = {"GOV", "MIL", "POL", "INT", "LEG", "JUD"}
# Which kinds fit which id prefix.  PER and COM are also ISO codes (Peru, Comoros); as the
# first part of an entry id they always mean "person" and "company".
PREFIX_KINDS = {
    "PER": {"person"},
    "COM": {"company"},
    "MED": {"media"},
    "NGO": {"ngo"},
    "PTY": {"party"},
    "REL": {"religious"},
    "IGO": {"igo", "military", "judiciary", "legislature", "police"},
    "GRP": {"militia", "rebel", "terrorist", "government", "party", "religious", "intelligence"},
    "HIST": ACTOR_KINDS - {"person"},
}
SECTOR_ID_KINDS = {
    "GOV": {"government"},
    "MIL": {"military", "militia", "intelligence"},
    "POL": {"police"},
    "INT": {"intelligence"},
    "LEG": {"legislature"},
    "JUD": {"judiciary"},
}

# Surface forms that legitimately name two different actors.  Keep this list short: every
# entry here is a string the actor ruler cannot resolve on its own.
AMBIGUOUS = {
    "rsf",  # Rapid Support Forces (Sudan) / Reporters Without Borders
    "sna",  # Syrian National Army / Somali National Army
    "jem",  # JeM, Jaish-e-Mohammed (Pakistan) / JEM, Justice and Equality Movement (Sudan)
}

# Aliases that would fire on ordinary English text.
COMMON_WORDS = {
    "a", "an", "the", "is", "it", "as", "at", "in", "on", "to", "of", "or", "by", "we",
    "he", "me", "my", "no", "so", "up", "do", "go", "us", "who", "let", "ice", "raw",
    "car", "plan", "tip", "can", "may", "will", "all", "one", "new", "now", "war", "army",
    "force", "forces", "state", "party", "government", "front", "union", "council",
    "court", "police", "movement", "group", "fact", "fry", "amnesty", "labour", "base",
    "salami", "waltz", "tusk", "gallant", "musk", "aa", "cv",
}

# Regions by ISO 3166-1 alpha-3 (roughly the UN M49 grouping; the Middle East is in Asia,
# Russia and Ukraine in Europe, the Caribbean in the Americas).
AFRICA = set(
    "DZA AGO BEN BWA BFA BDI CMR CPV CAF TCD COM COD COG CIV DJI EGY GNQ ERI SWZ ETH GAB "
    "GMB GHA GIN GNB KEN LSO LBR LBY MDG MWI MLI MRT MUS MYT MAR MOZ NAM NER NGA REU RWA "
    "SHN STP SEN SYC SLE SOM ZAF SSD SDN TZA TGO TUN UGA ESH ZMB ZWE IOT ATF".split()
)
EUROPE = set(
    "ALA ALB AND AUT BLR BEL BIH BGR HRV CZE DNK EST FRO FIN FRA DEU GIB GRC GGY VAT HUN "
    "ISL IRL IMN ITA JEY LVA LIE LTU LUX MLT MDA MCO MNE NLD MKD NOR POL PRT ROU RUS SMR "
    "SRB SVK SVN ESP SJM SWE CHE UKR GBR XKX".split()
)
ASIA = set(
    "AFG ARM AZE BHR BGD BTN BRN KHM CHN CYP GEO HKG IND IDN IRN IRQ ISR JPN JOR KAZ KWT "
    "KGZ LAO LBN MAC MYS MDV MNG MMR NPL PRK OMN PAK PSE PHL QAT SAU SGP KOR LKA SYR TWN "
    "TJK THA TLS TUR TKM ARE UZB VNM YEM".split()
)
AMERICAS = set(
    "AIA ATG ARG ABW BHS BRB BLZ BMU BOL BES BVT BRA CAN CYM CHL COL CRI CUB CUW DMA DOM "
    "ECU SLV FLK GUF GRL GRD GLP GTM GUY HTI HND JAM MTQ MEX MSR NIC PAN PRY PER PRI BLM "
    "KNA LCA MAF SPM VCT SXM SGS SUR TTO TCA USA UMI URY VEN VGB VIR".split()
)
OCEANIA = set(
    "ASM AUS CXR CCK COK FJI PYF GUM HMD KIR MHL FSM NRU NCL NZL NIU NFK MNP PLW PNG PCN "
    "WSM SLB TKL TON TUV VUT WLF ATA".split()
)


def _load(name: str):
    with open(DATA / name, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@pytest.fixture(scope="module")
def actors() -> list[dict]:
    data = _load("actors.yaml")
    assert isinstance(data, list)
    return data


@pytest.fixture(scope="module")
def countries() -> dict:
    data = _load("countries.yaml")
    assert isinstance(data, dict)
    return data


@pytest.fixture(scope="module")
def sectors() -> dict:
    data = _load("sectors.yaml")
    assert isinstance(data, dict)
    return data


@pytest.fixture(scope="module")
def iso3(countries) -> set[str]:
    return {c.alpha_3 for c in pycountry.countries} | set(countries)


@pytest.fixture(scope="module")
def sector_codes(sectors) -> set[str]:
    return set(sectors["sectors"]) | set(sectors["groups"])


def _surface_forms(entry: dict) -> list[str]:
    return [entry["name"], *entry.get("aliases", [])]


def _parse(date: str, *, end: bool) -> dt.date:
    """A partial ISO date as its first (start) or last (end) day."""
    parts = [int(p) for p in date.split("-")]
    year = parts[0]
    if len(parts) == 1:
        return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
    month = parts[1]
    if len(parts) == 2:
        if not end:
            return dt.date(year, month, 1)
        nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    return dt.date(year, month, parts[2])


# ---------------------------------------------------------------- actors.yaml


def test_enough_actors(actors):
    assert len(actors) >= 450


def test_entry_shape(actors):
    problems = []
    for e in actors:
        where = e.get("id", e)
        if not isinstance(e, dict):
            problems.append(f"{where}: not a mapping")
            continue
        if extra := set(e) - ENTRY_KEYS:
            problems.append(f"{where}: unknown keys {sorted(extra)}")
        if missing := REQUIRED_KEYS - set(e):
            problems.append(f"{where}: missing keys {sorted(missing)}")
        if not isinstance(e.get("name"), str) or not e.get("name", "").strip():
            problems.append(f"{where}: name must be a non-empty string")
        if not isinstance(e.get("aliases"), list):
            problems.append(f"{where}: aliases must be a list")
            continue
        for a in e["aliases"]:
            if not isinstance(a, str) or not a.strip() or a != a.strip():
                problems.append(f"{where}: bad alias {a!r}")
        if len(set(e["aliases"])) != len(e["aliases"]):
            problems.append(f"{where}: repeated alias")
        if "affiliations" in e and not isinstance(e["affiliations"], list):
            problems.append(f"{where}: affiliations must be a list")
    assert not problems, "\n".join(problems)


def test_ids_unique_and_well_formed(actors):
    ids = [e["id"] for e in actors]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    assert not dupes, f"duplicate ids: {dupes}"
    bad = [i for i in ids if not isinstance(i, str) or not ID_RE.match(i)]
    assert not bad, f"malformed ids: {bad}"


def test_kinds(actors):
    bad = [(e["id"], e["kind"]) for e in actors if e["kind"] not in ACTOR_KINDS]
    assert not bad, bad


def test_id_prefix_matches_kind(actors, iso3):
    problems = []
    for e in actors:
        parts = e["id"].split(".")
        head = parts[0]
        if head in PREFIX_KINDS:
            if e["kind"] not in PREFIX_KINDS[head]:
                problems.append(f"{e['id']}: kind {e['kind']} does not fit prefix {head}")
            if head == "HIST" and len(parts) == 2 and e["kind"] != "state":
                problems.append(f"{e['id']}: a historical state must have kind state")
        elif head in iso3:
            if len(parts) < 3 or parts[1] not in STATE_SECTORS:
                problems.append(f"{e['id']}: state institutions are <ISO3>.<SECTOR>.<NAME>")
            elif e["kind"] not in SECTOR_ID_KINDS[parts[1]]:
                problems.append(f"{e['id']}: kind {e['kind']} does not fit sector {parts[1]}")
            if e["country"] != head:
                problems.append(f"{e['id']}: country {e['country']} should be {head}")
        else:
            problems.append(f"{e['id']}: unknown id prefix {head}")
    assert not problems, "\n".join(problems)


def test_no_plain_countries(actors, iso3):
    """States come from pycountry + countries.yaml; only historical states are entries."""
    bad = [e["id"] for e in actors if e["kind"] == "state" and not e["id"].startswith("HIST.")]
    assert not bad, bad
    assert not [e["id"] for e in actors if e["id"] in iso3]


def test_countries_are_valid(actors, iso3):
    bad = [(e["id"], e["country"]) for e in actors
           if e["country"] is not None and e["country"] not in iso3]
    assert not bad, bad


def test_affiliations_resolve(actors, iso3, sector_codes):
    ids = {e["id"] for e in actors}
    problems = []
    for e in actors:
        for a in e.get("affiliations") or []:
            if not isinstance(a, dict) or "actor" not in a:
                problems.append(f"{e['id']}: affiliation without actor: {a!r}")
                continue
            if extra := set(a) - AFFILIATION_KEYS:
                problems.append(f"{e['id']}: affiliation keys {sorted(extra)}")
            target = a["actor"]
            if target == e["id"]:
                problems.append(f"{e['id']}: affiliated to itself")
            if target in ids:
                continue
            country, _, code = target.partition(".")
            if country in iso3 and (code == "" or code in sector_codes):
                continue
            problems.append(f"{e['id']}: affiliation to unknown actor {target}")
    assert not problems, "\n".join(problems)


def test_affiliation_dates(actors):
    problems = []
    for e in actors:
        for a in e.get("affiliations") or []:
            dates = {}
            for key in ("start", "end"):
                if key not in a:
                    continue
                value = a[key]
                if not isinstance(value, str) or not DATE_RE.match(value):
                    problems.append(f"{e['id']}: {key} {value!r} is not an ISO date string")
                    continue
                try:
                    dates[key] = _parse(value, end=(key == "end"))
                except ValueError:
                    problems.append(f"{e['id']}: {key} {value!r} is not a real date")
            if "start" in dates and "end" in dates and dates["start"] > dates["end"]:
                problems.append(f"{e['id']}: {a['start']} is after {a['end']} ({a['actor']})")
    assert not problems, "\n".join(problems)


def test_persons_have_roles(actors):
    """A person's affiliation without a role says nothing; every one should have one."""
    bad = [
        e["id"]
        for e in actors
        if e["kind"] == "person"
        for a in e.get("affiliations") or []
        if not a.get("role")
    ]
    assert not bad, bad


def test_wikidata_ids(actors):
    qids = [e["wikidata"] for e in actors if "wikidata" in e]
    assert all(isinstance(q, str) and QID_RE.match(q) for q in qids), qids
    assert len(qids) == len(set(qids)), "one Q-id used by two entries"


def test_no_alias_shared_between_actors(actors):
    owners: dict[str, set[str]] = defaultdict(set)
    for e in actors:
        for form in _surface_forms(e):
            owners[form.casefold()].add(e["id"])
    shared = {f: sorted(ids) for f, ids in owners.items() if len(ids) > 1 and f not in AMBIGUOUS}
    assert not shared, shared
    stale = {f for f in AMBIGUOUS if len(owners.get(f, ())) < 2}
    assert not stale, f"AMBIGUOUS lists forms that are no longer shared: {stale}"


def test_no_common_word_aliases(actors):
    bad = [(e["id"], a) for e in actors for a in e["aliases"] if a.casefold() in COMMON_WORDS]
    assert not bad, bad


def test_actor_aliases_do_not_shadow_countries(actors, countries):
    """An actor alias must not also be a country name, demonym or capital."""
    country_forms = {
        s.casefold()
        for c in countries.values()
        for k in ("names", "demonyms", "capitals")
        for s in c[k]
    }
    country_forms |= {c.name.casefold() for c in pycountry.countries}
    bad = [(e["id"], f) for e in actors for f in _surface_forms(e) if f.casefold() in country_forms]
    assert not bad, bad


@pytest.mark.parametrize(
    "actor_id",
    [
        # the example thread (src/actorgraph/examples/iran-iraq-thread.txt)
        "IRN.MIL.IRGC", "IRN.MIL.IRGC.QUDS", "PER.QASEM_SOLEIMANI", "GRP.HEZBOLLAH",
        "PER.IMAD_MUGHNIYEH", "GRP.JAYSH_AL_MAHDI", "PER.MUQTADA_AL_SADR", "GRP.AQI",
        "PER.ABU_MUSAB_AL_ZARQAWI", "GRP.ISIS", "PER.SADDAM_HUSSEIN", "HIST.OTTOMAN_EMPIRE",
        "GRP.BADR", "GRP.KATAIB_HEZBOLLAH", "GRP.ASAIB_AHL_AL_HAQ", "GRP.PMF",
        "PER.ABU_MAHDI_AL_MUHANDIS", "PER.ALI_KHAMENEI", "PER.RUHOLLAH_KHOMEINI",
        "PER.QAIS_AL_KHAZALI",
        # other theatres named in the data brief
        "MLI.MIL.FAMA", "GRP.JNIM", "GRP.ISGS", "GRP.WAGNER", "RUS.MIL.AFRICA_CORPS",
        "PER.ASSIMI_GOITA", "IGO.MINUSMA", "IGO.ECOWAS", "UKR.MIL.AFU", "RUS.MIL.ARMED_FORCES",
        "PER.VOLODYMYR_ZELENSKY", "PER.VLADIMIR_PUTIN", "RUS.INT.FSB", "UKR.INT.GUR",
        "ISR.MIL.IDF", "GRP.HAMAS", "GRP.QASSAM_BRIGADES", "GRP.PIJ",
        "PER.BENJAMIN_NETANYAHU", "PSE.GOV.PA", "IGO.UN.UNRWA", "GRP.HOUTHIS",
        "IGO.SAUDI_LED_COALITION", "GRP.SDF", "GRP.HTS", "PER.BASHAR_AL_ASSAD",
        "SYR.MIL.SAA", "SDN.MIL.SAF", "GRP.RSF", "PER.MOHAMED_HAMDAN_DAGALO",
        "PER.ABDEL_FATTAH_AL_BURHAN", "GRP.AL_SHABAAB", "IGO.AMISOM", "IGO.ATMIS",
        "GRP.BOKO_HARAM", "GRP.ISWAP", "GRP.TALIBAN", "GRP.FARC", "GRP.ELN", "GRP.CJNG",
        "GRP.SINALOA_CARTEL", "MMR.MIL.TATMADAW", "GRP.ARAKAN_ARMY", "GRP.NUG", "GRP.M23",
        "GRP.FDLR", "COD.MIL.FARDC", "USA.GOV.WHITE_HOUSE", "USA.GOV.DOD",
        "USA.GOV.STATE_DEPT", "USA.INT.CIA", "USA.MIL.CENTCOM", "USA.LEG.CONGRESS",
        "CHN.MIL.PLA", "PTY.CCP", "PER.XI_JINPING", "PRK.MIL.KPA", "PER.KIM_JONG_UN",
        "TUR.MIL.TSK", "GRP.PKK", "PER.RECEP_TAYYIP_ERDOGAN", "HIST.SOVIET_UNION",
        "HIST.YUGOSLAVIA", "HIST.EAST_GERMANY", "HIST.CZECHOSLOVAKIA",
        "IGO.UN", "IGO.UN.SC", "IGO.UN.UNHCR", "IGO.NATO", "IGO.EU", "IGO.AU",
        "IGO.ARAB_LEAGUE", "IGO.IAEA", "IGO.ICC",
    ],
)
def test_required_actor_present(actors, actor_id):
    assert actor_id in {e["id"] for e in actors}


@pytest.mark.parametrize(
    ("alias", "actor_id"),
    [
        ("Sepah", "IRN.MIL.IRGC"),
        ("Pasdaran", "IRN.MIL.IRGC"),
        ("Revolutionary Guards", "IRN.MIL.IRGC"),
        ("Hizballah", "GRP.HEZBOLLAH"),
        ("Mahdi Army", "GRP.JAYSH_AL_MAHDI"),
        ("Badr Brigade", "GRP.BADR"),
        ("Tanzim Qaidat al-Jihad fi Bilad al-Rafidayn", "GRP.AQI"),
        ("Daesh", "GRP.ISIS"),
        ("Soleimani", "PER.QASEM_SOLEIMANI"),
        ("Hashd al-Shaabi", "GRP.PMF"),
        ("Pentagon", "USA.GOV.DOD"),
        ("Kremlin", "RUS.GOV.KREMLIN"),
        ("Ansar Allah", "GRP.HOUTHIS"),
        ("Hemedti", "PER.MOHAMED_HAMDAN_DAGALO"),
    ],
)
def test_known_aliases(actors, alias, actor_id):
    entry = next(e for e in actors if e["id"] == actor_id)
    assert alias.casefold() in {f.casefold() for f in _surface_forms(entry)}


def test_time_bounded_roles(actors):
    by_id = {e["id"]: e for e in actors}
    saddam = by_id["PER.SADDAM_HUSSEIN"]["affiliations"]
    assert {
        "actor": "IRQ.GOV", "role": "president", "start": "1979-07-16", "end": "2003-04-09"
    } in saddam
    putin = [a for a in by_id["PER.VLADIMIR_PUTIN"]["affiliations"] if a["actor"] == "RUS.GOV"]
    assert [a["role"] for a in putin].count("president") == 2
    assert [a["role"] for a in putin].count("prime minister") == 2


def test_regional_coverage(actors):
    counts = defaultdict(int)
    for e in actors:
        c = e["country"]
        for region, members in (
            ("Africa", AFRICA), ("Europe", EUROPE), ("Asia", ASIA),
            ("Americas", AMERICAS), ("Oceania", OCEANIA),
        ):
            if c in members:
                counts[region] += 1
    assert counts["Africa"] >= 30, counts
    assert counts["Europe"] >= 30, counts
    assert counts["Asia"] >= 30, counts
    assert counts["Americas"] >= 15, counts


def test_regions_are_disjoint_and_complete():
    regions = [AFRICA, EUROPE, ASIA, AMERICAS, OCEANIA]
    for i, a in enumerate(regions):
        for b in regions[i + 1 :]:
            assert not a & b, a & b
    everything = set().union(*regions)
    missing = {c.alpha_3 for c in pycountry.countries} - everything
    assert not missing, missing


# ---------------------------------------------------------------- countries.yaml


def test_countries_cover_pycountry(countries):
    missing = sorted(c.alpha_3 for c in pycountry.countries if c.alpha_3 not in countries)
    assert not missing, missing
    for code in ("PSE", "TWN", "XKX"):
        assert code in countries


def test_country_entries_shape(countries):
    problems = []
    for code, c in countries.items():
        if not re.fullmatch(r"[A-Z]{3}", code):
            problems.append(f"{code}: not an alpha-3 key")
        if set(c) - {"not_names"} != {"names", "demonyms", "capitals"}:
            problems.append(f"{code}: keys {sorted(c)}")
            continue
        for key in ("names", "demonyms", "capitals", "not_names"):
            values = c.get(key, [])
            if not isinstance(values, list) or not all(
                isinstance(v, str) and v.strip() == v and v for v in values
            ):
                problems.append(f"{code}: {key} must be a list of trimmed strings")
        if not c["names"]:
            problems.append(f"{code}: no names")
    assert not problems, "\n".join(problems)


def test_country_forms_unique(countries):
    owners: dict[str, set[str]] = defaultdict(set)
    for code, c in countries.items():
        for key in ("names", "demonyms", "capitals"):
            for v in c[key]:
                owners[v.casefold()].add(code)
    shared = {f: sorted(codes) for f, codes in owners.items() if len(codes) > 1}
    assert not shared, shared


def test_country_examples(countries):
    assert "U.S." in countries["USA"]["names"] and countries["USA"]["capitals"] == ["Washington"]
    assert "DPRK" in countries["PRK"]["names"]
    assert "Kiev" in countries["UKR"]["capitals"] and "Kyiv" in countries["UKR"]["capitals"]
    assert "Congo-Kinshasa" in countries["COD"]["names"]
    assert "Iranian" in countries["IRN"]["demonyms"]
    assert "Jerusalem" in countries["ISR"]["capitals"]
    risky = {"victoria", "male", "sofia", "brussels", "the hague", "georgetown", "hamilton"}
    used = {v.casefold() for c in countries.values() for v in c["capitals"]}
    assert not risky & used


# ---------------------------------------------------------------- sectors.yaml


def test_sector_tables(sectors, countries):
    assert set(sectors) == {"sectors", "groups", "struck"}
    for code in ("GOV", "MIL", "POL", "INT", "LEG", "JUD", "REB", "CIV", "MED"):
        assert code in sectors["sectors"], code
    for code in ("SHIA", "SUNNI", "KURD"):
        assert code in sectors["groups"], code
    problems = []
    seen: dict[str, str] = {}
    for table in ("sectors", "groups"):
        for code, s in sectors[table].items():
            if not re.fullmatch(r"[A-Z]{3,}", code):
                problems.append(f"{code}: code must be upper-case letters")
            # (``after_country``: nouns of the sector only after a country's word)
            if not {"name", "kind", "nouns"} <= set(s) <= {"name", "kind", "nouns",
                                                           "after_country"}:
                problems.append(f"{code}: keys {sorted(s)}")
                continue
            if s["kind"] not in SECTOR_KINDS:
                problems.append(f"{code}: kind {s['kind']}")
            if table == "groups" and s["kind"] not in {"religious", "ethnic"}:
                problems.append(f"{code}: groups are religious or ethnic")
            for noun in (*s["nouns"], *s.get("after_country", ())):
                if (
                    not isinstance(noun, str)
                    or noun != noun.lower()
                    or noun != noun.strip()
                    or not noun
                ):
                    problems.append(f"{code}: noun {noun!r} must be lower-case")
                elif noun in seen:
                    problems.append(f"{code}: noun {noun!r} already used by {seen[noun]}")
                else:
                    seen[noun] = code
    both = set(sectors["sectors"]) & set(sectors["groups"])
    if both:
        problems.append(f"codes in both tables: {both}")
    demonyms = {d.casefold() for c in countries.values() for d in c["demonyms"]}
    clash = sorted(set(seen) & demonyms)
    if clash:
        problems.append(f"nouns that are also demonyms: {clash}")
    assert not problems, "\n".join(problems)


def test_struck_things(sectors):
    # things an attack hits: each belongs to one sector code (or the state itself), is
    # lower-case, and is no sector noun (those name actors everywhere, these only as an
    # attack's target)
    nouns = {n for t in ("sectors", "groups") for s in sectors[t].values() for n in s["nouns"]}
    seen: dict[str, str] = {}
    problems = []
    for code, things in sectors["struck"].items():
        if code != "STATE" and code not in sectors["sectors"]:
            problems.append(f"{code}: no sector")
        for thing in things:
            if thing != thing.lower().strip() or thing in nouns or thing in seen:
                problems.append(f"{code}: {thing!r}")
            seen[thing] = code
    assert not problems, problems
    assert seen["market"] == "CIV" and seen["oil refinery"] == "STATE"


def test_sector_nouns_examples(sectors):
    nouns = {
        n: code for t in ("sectors", "groups") for code, s in sectors[t].items() for n in s["nouns"]
    }
    assert nouns["officials"] == "GOV"
    assert nouns["soldiers"] == "MIL"
    assert nouns["fighters"] == "MIL"
    assert nouns["rebels"] == "REB"
    assert nouns["civilians"] == "CIV"
    assert nouns["shiites"] == "SHIA"
    assert nouns["shi'ites"] == "SHIA"
