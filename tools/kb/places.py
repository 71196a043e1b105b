"""Places: the hand-made gazetteer's countries and places linked to GeoNames (ids, coordinates, ISO codes, more
Arabic names), and the GeoNames cities and CLDR first-level regions the gazetteer does not hold."""

import re
from collections import defaultdict

from arabic import is_arabic_label, letter_count
from geonames import CLDR, CLDR_LICENCE, GEONAMES, GEONAMES_LICENCE, ascii_fold, region_key

# Heads a region's Arabic name may carry ("منطقة الرياض"); the bare name is the seat city's.
REGION_HEADS = ("منطقة", "المنطقة", "محافظة", "ولاية", "إقليم", "اقليم", "مقاطعة", "إمارة", "امارة")
PLACE_HEADS = REGION_HEADS + ("مدينة", "بلدة", "قرية")
# Indefinite heads in construct with a name ("منطقة الرياض"); "المنطقة الجنوبية" is a description.
NAMING_HEADS = tuple(head for head in PLACE_HEADS if not head.startswith("ال"))
# Members of the Arab League: their places' Arabic names are their own, not transliterations.
ARABIC_SPEAKING = {"DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM", "PS", "QA", "SA", "SO",
                   "SD", "SY", "TN", "AE", "YE", "EH"}
PROCLITICS = "وفبلك"


def proclitic_readings(word):
    """The word, and the word without one proclitic (لل is ل + ال) when what is left is a word of two letters or more."""
    yield word
    if word.startswith("لل") and len(word) > 3:
        yield "ال" + word[2:]
    if word[0] in PROCLITICS and len(word) > 2:
        yield word[1:]


def is_nisba(word):
    """The article and a relative adjective in -ي (الأحمدي، الغامدي): an Arab family name's shape."""
    return word.startswith("ال") and word.endswith(("ي", "ى")) and letter_count(word) >= 5


def english_key(name: str) -> str:
    words = re.split(r"[^a-z]+", ascii_fold(name).lower())
    return " ".join(w for w in words if w and w != "the")


def place_key(name: str) -> str:
    """A place's English name for matching: "Al Majma'ah" and "Majmaah", "Luxembourg City" and "Luxembourg" meet."""
    words = english_key(name).split()
    if len(words) > 1 and words[0] in ("al", "el", "ad", "ar", "as", "ash", "at", "az", "an"):
        words = words[1:]
    if len(words) > 1 and words[-1] == "city":
        words = words[:-1]
    return "".join(words)


def skeleton(key: str) -> str:
    return re.sub(r"[aeiouwyh']", "", key)


class Places:
    def __init__(self, normalizer, words, entries, countries, translations, cities, regions, cldr_names, subdivisions):
        self.n = normalizer
        self.words = words
        self.entries = entries
        self.countries = countries
        self.translations = translations
        self.cities = cities
        self.regions = regions
        self.cldr_names = cldr_names
        self.subdivisions = subdivisions
        self.cities_by_country = defaultdict(list)
        for city in cities:
            self.cities_by_country[city.country].append(city)
        self.regions_by_code = {region.code: region for region in regions}
        self.gazetteer_forms = defaultdict(set)
        for entry in entries.values():
            for form in entry.forms:
                self.gazetteer_forms[normalizer.key(form)].add(entry.id)
        self.iso = self.match_countries()
        labels = [label for city in cities for label in self.arabic_labels(city)]
        labels += [name for names in cldr_names.values() for name in names] + list(translations.values())
        labels += [arabic for _, _, _, arabic in subdivisions]
        words.prime(reading for label in labels if is_arabic_label(label) for word in label.split() for reading in proclitic_readings(word))

    # --- countries ------------------------------------------------------------------------------------------

    def match_countries(self):
        """Gazetteer country id -> ISO code: by English name, else by an Arabic name CLDR or GeoNames gives."""
        by_english = {english_key(country.name): iso for iso, country in self.countries.items()}
        by_arabic = defaultdict(set)
        for iso, country in self.countries.items():
            for name in self.cldr_names.get(iso, []) + [self.translations.get(country.geonames, "")]:
                if name:
                    by_arabic[self.n.key(name)].add(iso)
        result = {}
        for entry in self.entries.values():
            if entry.type != "Country":
                continue
            iso = by_english.get(english_key(entry.name_en))
            if iso is None:
                found = {i for name in entry.names for i in by_arabic.get(self.n.key(name), ())}
                iso = found.pop() if len(found) == 1 else None
            if iso is not None:
                result[entry.id] = iso
        return result

    def capital(self, iso):
        capitals = [c for c in self.cities_by_country[iso] if c.code == "PPLC"]
        return max(capitals, key=lambda c: c.population) if capitals else None

    # --- forms ----------------------------------------------------------------------------------------------

    def arabic_labels(self, city):
        return [label for label in city.alternates if is_arabic_label(label)]

    def safe(self, label, country):
        """Whether a label may be looked for in text: three letters or more, no form of a hand-made gazetteer entry,
        and not ordinary words only, unless a place noun heads it ("منطقة الجوف"). One word must be no ordinary
        word with or without a proclitic (بأي is ب + أي, لأول ل + أول) and name a place where Arabic is spoken:
        elsewhere a one-word name written in Arabic letters is as often a person's or a club's (ليفركوزن، سانتوس).
        Nor may one word be the article and a nisba (الأحمدي): that is the shape of a family name ("علي الأحمدي")."""
        words = label.split()
        if letter_count(label) < 3 or self.n.key(label) in self.gazetteer_forms:
            return False
        if len(words) > 1 and words[0] in NAMING_HEADS:
            return True
        if len(words) == 1:
            return ((country is None or country in ARABIC_SPEAKING) and not is_nisba(label)
                    and not any(self.words.is_ordinary(reading) for reading in proclitic_readings(label)))
        return not all(self.words.is_ordinary(word) for word in words)

    def new_forms(self, labels, known_keys, country):
        """Labels not yet known (by normalised key), split into those safe to look for and those to link by only."""
        safe, link_only, seen = [], [], set(known_keys)
        for label in labels:
            key = self.n.key(label)
            if key in seen:
                continue
            seen.add(key)
            (safe if self.safe(label, country) else link_only).append(label)
        return safe, link_only

    # --- the gazetteer's countries and places ---------------------------------------------------------------

    def links(self):
        """Rows for links.tsv, and the GeoNames ids (cities and regions) they use."""
        rows, used = [], set()
        place_rows = {}
        for entry in self.entries.values():
            if entry.type == "Location":
                row = self.link_place(entry)
                if row:
                    place_rows[entry.id] = row
                    used.add(row["geonames"])
        for entry in self.entries.values():
            if entry.type == "Country" and entry.id in self.iso:
                rows.append(self.link_country(entry, place_rows.get(entry.capital)))
        rows.extend(place_rows.values())
        rows.sort(key=lambda row: row["id"])
        return rows, used

    def link_country(self, entry, capital_row):
        iso = self.iso[entry.id]
        country = self.countries[iso]
        names = self.cldr_names.get(iso, []) + ([self.translations[country.geonames]] if country.geonames in self.translations else [])
        # A country's own name is no person's or club's: None lifts the restriction on one-word foreign names.
        safe, _ = self.new_forms([name for name in names if is_arabic_label(name)], {self.n.key(f) for f in entry.forms}, None)
        latitude = longitude = ""
        if capital_row:
            latitude, longitude = capital_row["latitude"], capital_row["longitude"]
        elif (city := self.capital(iso)) is not None:
            latitude, longitude = city.latitude, city.longitude
        return {"id": entry.id, "geonames": country.geonames, "wikidata": "", "country": iso,
                "latitude": latitude, "longitude": longitude, "names_ar": "|".join(safe),
                "source": f"{GEONAMES} countryInfo (point: the capital){'; ' + CLDR if safe else ''}",
                "licence": GEONAMES_LICENCE + ("; " + CLDR_LICENCE if safe else "")}

    def link_place(self, entry):
        iso = self.iso.get(entry.country)
        if iso is None:
            return None
        if entry.kind == "region":
            return self.link_region(entry, iso)
        keys = {self.n.key(self.strip_head(name, PLACE_HEADS)) for name in entry.names}
        english = place_key(entry.name_en)
        candidates = []
        for city in self.cities_by_country[iso]:
            arabic_match = any(self.n.key(label) in keys for label in self.arabic_labels(city))
            english_match = english in {place_key(city.name), place_key(city.ascii)} or any(
                label.isascii() and place_key(label) == english for label in city.alternates)
            if arabic_match or english_match:
                rank = (entry.kind == "capital" and city.code == "PPLC", arabic_match and english_match, city.population)
                candidates.append((rank, city))
        if not candidates:
            return None
        city = max(candidates, key=lambda item: item[0])[1]
        safe, _ = self.new_forms(self.arabic_labels(city), {self.n.key(f) for f in entry.forms}, iso)
        return {"id": entry.id, "geonames": city.geonames, "wikidata": "", "country": iso,
                "latitude": city.latitude, "longitude": city.longitude, "names_ar": "|".join(safe),
                "source": f"{GEONAMES} cities15000", "licence": GEONAMES_LICENCE}

    def link_region(self, entry, iso):
        region = self.find_region(iso, entry.name_en, [self.strip_head(name) for name in entry.names])
        if region is None:
            return None
        seat = self.seat(region)
        return {"id": entry.id, "geonames": region.geonames, "wikidata": "", "country": iso,
                "latitude": seat.latitude if seat else "", "longitude": seat.longitude if seat else "", "names_ar": "",
                "source": f"{GEONAMES} regionInfo (point: the region's seat, cities15000)", "licence": GEONAMES_LICENCE}

    @staticmethod
    def strip_head(name, heads=REGION_HEADS):
        words = name.split()
        return " ".join(words[1:]) if len(words) > 1 and words[0] in heads else name

    def find_region(self, iso, english, arabic_names):
        """A first-level region of the country: by its English name without generic words, else by the Arabic name
        of its seat (a region named like its capital city)."""
        key = region_key(english)
        in_country = [r for r in self.regions if r.code.startswith(iso + ".")]
        for same in (lambda r: region_key(r.name) == key, lambda r: skeleton(region_key(r.name)) == skeleton(key)):
            matches = [r for r in in_country if key and same(r)]
            if len(matches) == 1:
                return matches[0]
        keys = {self.n.key(name) for name in arabic_names}
        seats = [c for c in self.cities_by_country[iso] if c.code == "PPLA" and any(self.n.key(l) in keys for l in self.arabic_labels(c))]
        if len(seats) == 1:
            return self.regions_by_code.get(f"{iso}.{seats[0].admin1}")
        return None

    def seat(self, region):
        iso, _, admin1 = region.code.partition(".")
        cities = [c for c in self.cities_by_country[iso] if c.admin1 == admin1]
        seats = [c for c in cities if c.code == "PPLA"] or cities
        return max(seats, key=lambda c: c.population) if seats else None

    # --- places the gazetteer does not hold ------------------------------------------------------------------

    def knowledge_base(self, used):
        rows = []
        for city in self.cities:
            if city.geonames in used:
                continue
            labels = self.arabic_labels(city)
            safe, link_only = self.new_forms(labels, set(), city.country)
            if not safe and not link_only:
                continue
            rows.append({"geonames": city.geonames, "kind": "city", "country": city.country, "name_en": city.ascii or city.name,
                         "forms": "|".join(safe), "link_only": "|".join(link_only), "latitude": city.latitude,
                         "longitude": city.longitude, "population": str(city.population),
                         "source": f"{GEONAMES} cities15000", "licence": GEONAMES_LICENCE})
        for iso, code, english, arabic in self.subdivisions:
            if not is_arabic_label(arabic):
                continue
            region = self.find_region(iso, english, [self.strip_head(arabic)])
            if region is not None and region.geonames in used:
                continue
            safe, link_only = self.new_forms([arabic], set(), iso)
            if not safe and not link_only:
                continue
            seat = self.seat(region) if region else None
            rows.append({"geonames": region.geonames if region else "", "kind": "region", "country": iso,
                         "name_en": region.name if region else english, "forms": "|".join(safe), "link_only": "|".join(link_only),
                         "latitude": seat.latitude if seat else "", "longitude": seat.longitude if seat else "", "population": "",
                         "source": f"{CLDR} subdivisions" + (f"; {GEONAMES} regionInfo, point: the seat" if region else ""),
                         "licence": CLDR_LICENCE + (f"; {GEONAMES_LICENCE}" if region else "")})
        rows.sort(key=lambda row: (row["country"], row["kind"], -int(row["population"] or 0), row["geonames"], row["name_en"]))
        return rows
