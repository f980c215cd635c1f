"""Import PETRARCH/Phoenix-style CAMEO actor dictionaries as actorgraph YAML.

The CAMEO format names an actor in upper case with underscores, lists its
codes in brackets (optionally bounded in time) and its synonyms on ``+``
lines::

    ABU_BAKR_AL_BAGHDADI_ [IRQREBMUS >100516]
    +AL_BAGHDADI_   # comment
    IRAQ_ [IRQ]

Codes become affiliations: ``IRQREB`` links to the generic actor
``IRQ.REB`` with the code's date range. An entry whose only code is a bare
country code adds its names as aliases of that country.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from ..errors import ConfigError
from .dictionary import normalise_key

__all__ = ["import_cameo", "parse_cameo"]

# CAMEO sector codes → actorgraph sectors (ours where one fits, else the code itself).
# ELI (elites: former officials, notables) has none: such a role links to the country alone.
SECTORS = {"GOV": "GOV", "MIL": "MIL", "COP": "POL", "SPY": "INT", "JUD": "JUD", "LEG": "LEG",
           "REB": "REB", "OPP": "OPP", "CVL": "CIV", "MED": "MED", "BUS": "BUS",
           "INS": "REB", "SEP": "REB", "PTY": "OPP", "EDU": "CIV", "HLH": "CIV", "LAB": "CIV"}
KINDS = {"GOV": "government", "MIL": "military", "POL": "police", "INT": "intelligence",
         "JUD": "judiciary", "LEG": "legislature", "REB": "rebel", "OPP": "party", "MED": "media",
         "BUS": "company", "CIV": "civilian"}
_CODE = re.compile(r"\[([^\]]+)\]")
_DATE = re.compile(r"^([<>])?(\d{6})(?:-(\d{6}))?$")


def _iso(yymmdd: str) -> str:
    yy, mm, dd = int(yymmdd[:2]), yymmdd[2:4], yymmdd[4:6]
    year = 1900 + yy if yy > 30 else 2000 + yy
    return f"{year}-{mm}-{dd}"


def _name(token: str) -> str:
    return " ".join(w.capitalize() for w in token.strip().strip("_").replace("_", " ").split())


def _role(code_text: str) -> dict[str, Any]:
    parts = code_text.split()
    code = parts[0].upper()
    country, sectors = code[:3], [code[i : i + 3] for i in range(3, len(code), 3)]
    sector = next((SECTORS[s] for s in sectors if s in SECTORS), None)
    link: dict[str, Any] = {"actor": f"{country}.{sector}" if sector else country}
    if len(parts) > 1:
        m = _DATE.match(parts[1])
        if m:
            sign, first, last = m.groups()
            if sign == "<":
                link["end"] = _iso(first)
            elif sign == ">":
                link["start"] = _iso(first)
            else:
                link["start"] = _iso(first)
                if last:
                    link["end"] = _iso(last)
    link["cameo"] = code
    return link


def parse_cameo(text: str, origin: str = "<text>") -> list[dict[str, Any]]:
    """Entries (actorgraph YAML dictionaries) from a CAMEO actor dictionary's text."""
    import pycountry

    entries: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip() or line.strip().startswith(("<", "=")):
            continue
        stripped = line.strip()
        if stripped.startswith("+"):
            if current is None:
                raise ConfigError(f"{origin}: line {n}: a '+' synonym before any actor")
            current["aliases"].append(_name(stripped[1:].split("[", 1)[0]))
            continue
        codes = [_role(c) for c in _CODE.findall(stripped)]
        if stripped.startswith("[") or raw[:1].isspace():
            if current is None:
                raise ConfigError(f"{origin}: line {n}: codes before any actor")
            current["roles"] += codes
            continue
        head = stripped.split("[", 1)[0]
        current = {"name": _name(head), "aliases": [], "roles": codes}
        entries.append(current)
    out: list[dict[str, Any]] = []
    for e in entries:
        roles = e.pop("roles")
        bare = [r for r in roles if "." not in r["actor"] and "start" not in r and "end" not in r]
        if len(roles) == 1 and bare and pycountry.countries.get(alpha_3=bare[0]["actor"]):
            out.append({"id": bare[0]["actor"], "aliases": [e["name"], *e["aliases"]]})
            continue
        dated = any("start" in r or "end" in r for r in roles)
        sector = next((r["actor"].split(".")[1] for r in roles if "." in r["actor"]), None)
        country = roles[0]["actor"][:3] if roles else None
        entry: dict[str, Any] = {
            "id": "CAMEO." + normalise_key(e["name"]),
            "name": e["name"],
            "kind": "person" if dated else KINDS.get(sector or "", "government"),
            "country": country if country and pycountry.countries.get(alpha_3=country) else None,
            "aliases": e["aliases"],
            "affiliations": [
                {k: v for k, v in r.items() if k != "cameo"} | {"role": r["cameo"]} for r in roles
            ],
        }
        out.append(entry)
    return out


def import_cameo(path: str | Path) -> str:
    """The YAML text of the actorgraph dictionary equivalent to a CAMEO file."""
    try:
        text = Path(path).read_text("utf-8", errors="replace")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror or exc})") from None
    entries = parse_cameo(text, str(path))
    if not entries:
        raise ConfigError(f"{path}: no CAMEO actor entries found")
    return yaml.safe_dump(entries, sort_keys=False, allow_unicode=True)
