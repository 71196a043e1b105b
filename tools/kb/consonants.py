"""Whether an English spelling can render an Arabic word: their consonant skeletons, in coarse sound classes, share
most of their length. Catches the transliteration lists' mismatched pairs (جدة -> Grandma, محمد -> Morocco)."""

import re

from geonames import ascii_fold

ARABIC = {"ب": "B", "پ": "B", "ت": "T", "ط": "T", "ث": "T", "ج": "G", "چ": "TS", "غ": "G", "گ": "G", "ح": "H", "ه": "H",
          "خ": "H", "د": "D", "ض": "D", "ذ": "D", "ر": "R", "ز": "S", "ظ": "S", "ژ": "S", "س": "S", "ص": "S", "ش": "S",
          "ف": "F", "ڤ": "F", "ق": "K", "ك": "K", "ک": "K", "ل": "L", "م": "M", "ن": "N"}
DIGRAPHS = [("sch", "S"), ("tch", "TS"), ("ch", "TS"), ("sh", "S"), ("kh", "H"), ("gh", "G"), ("th", "T"), ("dh", "D"),
            ("ph", "F"), ("ck", "K"), ("dj", "G"), ("dz", "S"), ("ts", "TS"), ("x", "KS")]
LATIN = {"b": "B", "p": "B", "t": "T", "j": "G", "g": "G", "h": "H", "d": "D", "r": "R", "z": "S", "s": "S", "c": "K",
         "f": "F", "v": "F", "q": "K", "k": "K", "l": "L", "m": "M", "n": "N"}


def collapse(classes):
    result = []
    for c in classes:
        if not result or result[-1] != c:
            result.append(c)
    return "".join(result)


def arabic_skeleton(word):
    skeleton = collapse("".join(ARABIC.get(c, "") for c in word))
    # A final ه after a vowel is often not written in English (عبده: Abdou).
    return skeleton[:-1] if word.endswith("ه") and skeleton.endswith("H") else skeleton


def latin_skeleton(word):
    text = re.sub("[^a-z]", "", ascii_fold(word).lower())
    # A digraph becomes the letters of its class, which map to that class again; "|" keeps it from joining a neighbour.
    for digraph, cls in DIGRAPHS:
        text = text.replace(digraph, cls.lower() + "|")
    return collapse("".join(LATIN.get(c, "") for c in text))


def common(a, b):
    """Length of the longest common subsequence."""
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0]
        for j, y in enumerate(b):
            current.append(previous[j] + 1 if x == y else max(previous[j + 1], current[j]))
        previous = current
    return previous[-1]


def consistent(arabic, english, threshold=0.6):
    """Most of the two skeletons in common, the English one no more than a sound longer (الحرس is no Hetepheres)."""
    if arabic.startswith("ال") and len(arabic) > 3:
        arabic = arabic[2:]
        english = re.sub("^(?:a|e)[lnrstdz]-?", "", english.lower()) or english
    a, e = arabic_skeleton(arabic), latin_skeleton(english)
    if not a or not e:
        return True
    return len(e) <= len(a) + 1 and 2 * common(a, e) / (len(a) + len(e)) >= threshold
