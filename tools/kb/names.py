"""The table of Arabic person-name tokens with their usual English spelling, voted from the transliteration lists
(google/transliteration ar2en, Wikidata name tokens of NETransliteration) and the hand-made gazetteer's people."""

import re
from collections import Counter, defaultdict
from pathlib import Path

from arabic import is_arabic_label
from consonants import consistent
from geonames import ascii_fold

GOOGLE = ("google", "Apache-2.0")
WIKIDATA = ("wikidata", "CC0-1.0")
GAZETTEER = ("gazetteer", "project")

# English initials a name written with this Arabic initial can have: a spelling that starts otherwise is noise
# in the lists (محمد -> "morocco").
INITIALS = {
    "ا": "aeiouy", "أ": "aeiouy", "إ": "aeiy", "آ": "a", "ء": "aeiou", "ع": "aeiou'", "ب": "bp", "ت": "tc", "ث": "ts",
    "ج": "jgdy", "ح": "h", "خ": "khx", "د": "d", "ذ": "dzt", "ر": "r", "ز": "zsgj", "س": "scz", "ش": "scz", "ص": "s",
    "ض": "dz", "ط": "t", "ظ": "zd", "غ": "ghr", "ف": "fpv", "ق": "qkg", "ك": "kcq", "ل": "l", "م": "m", "ن": "n",
    "ه": "hae", "و": "wvuo", "ي": "yjieа", "ى": "ay", "ئ": "ey", "ؤ": "uo",
}
# The gazetteer gives the news spelling (Mohammed bin Salman, not Mohamed ibn): its votes count most.
WEIGHT = {GOOGLE: 2, WIKIDATA: 1, GAZETTEER: 100}
TITLES = {"king", "prince", "princess", "sheikh", "sheikha", "emir", "pope", "queen", "sultan", "imam", "ayatollah"}


def spelling_key(english: str) -> str:
    return re.sub(r"[^a-z'\-]", "", ascii_fold(english).lower()).strip("-'")


def plausible(arabic: str, english: str) -> bool:
    key = spelling_key(english)
    if not key or not consistent(arabic, english):
        return False
    if arabic.startswith("ال") and len(arabic) > 3:
        return key[0] in "ae"
    allowed = INITIALS.get(arabic[0])
    return allowed is None or key[0] in allowed


def gazetteer_pairs(entries):
    """Token pairs of the gazetteer's people whose Arabic and English names have as many words."""
    for entry in entries.values():
        if entry.type != "Person":
            continue
        english = re.sub(r"\(.*?\)", "", entry.name_en).split()
        english = [w for w in english if w.lower() not in TITLES]
        arabic = entry.name_ar.split()
        if len(english) == len(arabic):
            yield from zip(arabic, english)


def vote(kb: Path, entries, normalizer):
    """Rows (arabic, english, count, source, licence), one per normalised Arabic token, most frequent first."""
    votes = defaultdict(Counter)            # key -> english spelling key -> weight
    display = defaultdict(Counter)          # key -> (english as written) -> weight, to pick the written form
    raw_forms = defaultdict(Counter)        # key -> arabic as written -> weight
    sources = defaultdict(set)
    count = Counter()
    gazetteer_spelling = defaultdict(Counter)

    def add(arabic, english, weight, source):
        if not is_arabic_label(arabic) or " " in arabic or not plausible(arabic, english):
            return
        key = normalizer.key(arabic)
        spelled = spelling_key(english)
        votes[key][spelled] += weight * WEIGHT[source]
        display[(key, spelled)][english] += weight
        raw_forms[key][arabic] += weight
        sources[key].add(source)
        count[key] += weight

    for line in (kb / "transliteration" / "google" / "ar2en.txt").read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if len(cells) == 2:
            add(cells[0].strip(), cells[1].strip(), 1, GOOGLE)
    path = kb / "transliteration" / "netransliteration" / "wd_arabic.normalized.aligned.tokens"
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if len(cells) == 3 and cells[2].isdigit():
            add(cells[1].replace(" ", ""), cells[0].strip(), int(cells[2]), WIKIDATA)
    for arabic, english in gazetteer_pairs(entries):
        add(arabic, english, 1, GAZETTEER)
        gazetteer_spelling[normalizer.key(arabic)][english] += 1

    rows = []
    for key, spellings in votes.items():
        best = max(spellings.items(), key=lambda item: (item[1], -len(item[0]), item[0]))[0]
        spelled_in_gazetteer = [english for english in gazetteer_spelling[key] if spelling_key(english) == best]
        if spelled_in_gazetteer:
            english = spelled_in_gazetteer[0]
        else:
            written = display[(key, best)].most_common(1)[0][0]
            english = capitalise(written if spelling_key(written) == written.lower() and written.isascii() else best)
        ordered = sorted(sources[key], key=lambda source: [GAZETTEER, GOOGLE, WIKIDATA].index(source))
        rows.append((raw_forms[key].most_common(1)[0][0], english, count[key],
                     "+".join(s[0] for s in ordered), "+".join(s[1] for s in ordered), key))
    # An article + name token the lists rarely hold (الحسن, 6: "Alassane") reads better as al- and the name's usual
    # spelling (حسن, 266: al-Hassan); a word that merely starts with ال (الكسيس: Alexis) keeps its own.
    counts = {row[5]: row[2] for row in rows}
    rows = [row for row in rows if not (row[5].startswith("ال") and len(row[5]) > 3 and "gazetteer" not in row[3]
                                        and counts.get(row[5][2:], 0) >= row[2])]
    rows.sort(key=lambda row: (-row[2], row[5]))
    return [row[:5] for row in rows]


def capitalise(word: str) -> str:
    """"abdul-rahman" -> "Abdul-Rahman"; "al-" stays lower case after a hyphen only at the start of a word part."""
    parts = word.split("-")
    return "-".join(part[:1].upper() + part[1:] for part in parts)
