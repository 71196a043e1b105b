"""Readers for GeoNames (../shared/kb/geonames) and Unicode CLDR (Debian's unicode-cldr-core)."""

import json
import re
import unicodedata
import xml.etree.ElementTree as ElementTree
import zipfile
from dataclasses import dataclass
from pathlib import Path

GEONAMES = "GeoNames"
GEONAMES_LICENCE = "CC-BY-4.0"
CLDR = "Unicode CLDR"
CLDR_LICENCE = "Unicode-3.0"


@dataclass
class Country:
    iso: str
    iso3: str
    name: str
    capital: str
    geonames: str
    population: int


@dataclass
class City:
    geonames: str
    name: str
    ascii: str
    alternates: list
    latitude: str
    longitude: str
    code: str          # feature code: PPLC capital, PPLA seat of a first-level region ...
    country: str
    admin1: str
    population: int


@dataclass
class Region:
    code: str          # GeoNames admin1 code, "SA.10"
    name: str
    geonames: str


def read_countries(kb: Path):
    countries = {}
    for line in (kb / "geonames" / "countryInfo.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        cells = line.split("\t")
        countries[cells[0]] = Country(cells[0], cells[1], cells[4], cells[5], cells[16], int(cells[7] or 0))
    return countries


def read_country_translations(kb: Path):
    """GeoNames id of a country -> its Arabic name."""
    data = json.loads((kb / "geonames" / "country_translations.json").read_text(encoding="utf-8"))
    return {geonames: names["ar"] for geonames, names in data.items() if names.get("ar")}


def read_cities(kb: Path):
    with zipfile.ZipFile(kb / "geonames" / "cities15000.zip") as archive:
        text = archive.read("cities15000.txt").decode("utf-8")
    cities = []
    for line in text.splitlines():
        cells = line.split("\t")
        cities.append(City(cells[0], cells[1], cells[2], [a for a in cells[3].split(",") if a], cells[4], cells[5],
                           cells[7], cells[8], cells[10], int(cells[14] or 0)))
    return cities


def read_regions(kb: Path):
    regions = []
    for line in (kb / "geonames" / "regionInfo.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        cells = line.split("\t")
        regions.append(Region(cells[0], cells[2] or cells[1], cells[3]))
    return regions


def cldr_territories(cldr: Path):
    """ISO code -> Arabic names of the country (the main name first, then short and variant forms)."""
    root = ElementTree.parse(cldr / "main" / "ar.xml").getroot()
    names = {}
    for element in root.iter("territory"):
        code = element.get("type")
        if len(code) == 2 and code.isalpha() and element.text:
            names.setdefault(code, [])
            if element.get("alt"):
                names[code].append(element.text)
            else:
                names[code].insert(0, element.text)
    return names


def cldr_first_level_subdivisions(cldr: Path):
    """(country ISO, subdivision code, English name, Arabic name) of every first-level subdivision CLDR names in Arabic."""
    contains = {}
    supplemental = ElementTree.parse(cldr / "supplemental" / "subdivisions.xml").getroot()
    for group in supplemental.iter("subgroup"):
        parent = group.get("type")
        if len(parent) == 2:
            for code in group.get("contains").split():
                contains[code] = parent
    arabic = {e.get("type"): e.text for e in ElementTree.parse(cldr / "subdivisions" / "ar.xml").getroot().iter("subdivision")}
    english = {e.get("type"): e.text for e in ElementTree.parse(cldr / "subdivisions" / "en.xml").getroot().iter("subdivision")}
    result = []
    for code, parent in sorted(contains.items()):
        if code in arabic and code in english:
            result.append((parent, code, english[code], arabic[code]))
    return result


GENERIC_REGION_WORDS = {"region", "province", "governorate", "state", "oblast", "emirate", "prefecture", "district",
                        "county", "department", "municipality", "territory", "republic", "krai", "kray", "of", "the",
                        "muhafazat", "wilayat", "mintaqat", "division", "autonomous", "okrug", "city"}


def ascii_fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def region_key(name: str) -> str:
    """A region's English name without generic words, article and punctuation: "Al-Qassim Region" -> "qassim"."""
    words = re.split(r"[^a-z]+", ascii_fold(name).lower())
    words = [w for w in words if w and w not in GENERIC_REGION_WORDS]
    if words and words[0] in ("al", "ar", "as", "ash", "ad", "an", "at", "az", "el", "ag"):
        words = words[1:]
    return "".join(words)
