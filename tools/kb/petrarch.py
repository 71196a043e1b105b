"""Readers for Petrarch's Arabic dictionaries (../shared/kb/petrarch-arabic, openeventdata/UniversalPetrarch, MIT)."""

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

PETRARCH = "Petrarch Arabic dictionaries"
PETRARCH_LICENCE = "MIT"

CODE = re.compile(r"\[([A-Z~?]+)(?:\s+(\d{8})-(\d{8}))?\]")


@dataclass
class Actor:
    words: list        # the dictionary's base form, split at "_"
    codes: list        # CAMEO actor codes with their start dates, in file order


def read_actors(kb: Path):
    actors = []
    current = None
    for raw in (kb / "petrarch-arabic" / "actor_dict_ar_v4.txt").read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            if current is not None:
                current.codes.extend((m.group(1), m.group(2) or "") for m in CODE.finditer(line))
            continue
        name, _, rest = re.sub("[\u200b-\u200f]", "", line).partition(" ")
        current = Actor([w for w in name.split("_") if w], [(m.group(1), m.group(2) or "") for m in CODE.finditer(rest)])
        actors.append(current)
    return actors


def actor_country(actor: Actor, iso3_to_iso2: dict):
    """The country of an actor's codes (the one most of them name; the latest on a tie), as an ISO alpha-2 code."""
    countries = [iso3_to_iso2[code[:3]] for code, _ in sorted(actor.codes, key=lambda item: item[1]) if code[:3] in iso3_to_iso2]
    if not countries:
        return ""
    counts = Counter(countries)
    best = max(counts.values())
    return [c for c in reversed(countries) if counts[c] == best][0]


def actor_role(actor: Actor, iso3_to_iso2: dict):
    """The CAMEO role part of the first code ("GOV", "MIL", "REB"...), without the country."""
    for code, _ in actor.codes:
        return code[3:] if code[:3] in iso3_to_iso2 else code
    return ""


AGENT_LINE = re.compile(r"^([A-Z_]+)\s*(?:\{\})?\s*\[~?([A-Z]+)\]\s*(?:#[^\u0600-\u06FF]*)?([\u0600-\u06FF][\u0600-\u06FF \u064B-\u0652]*)")


def read_agents(kb: Path):
    """(English key, agent code, Arabic phrase) of every agent noun line."""
    agents = []
    for line in (kb / "petrarch-arabic" / "agents.all.ar.txt").read_text(encoding="utf-8").splitlines():
        match = AGENT_LINE.match(line.strip())
        if match:
            agents.append((match.group(1), match.group(2), " ".join(match.group(3).split())))
    return agents
