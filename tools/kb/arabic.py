"""Arabic text helpers for the knowledge-base build: the project's own normalisation, script
filters, and the test of whether a word is an ordinary Arabic word (hunspell-ar, the project's lexicons)."""

import re
import subprocess
from pathlib import Path

ARABIC_LABEL = re.compile(r"^[\u0621-\u064A\u0660-\u0669\u066E-\u06D3\u06D5\u064B-\u065F\u0670 \-'.]+$")
# Letters Persian, Urdu, Kurdish and Pashto use and Arabic does not: a label holding one is not an Arabic label.
NON_ARABIC_LETTERS = re.compile("[\u067E\u0686\u0698\u06A9\u06AF\u06CC\u06D2\u06C1\u06BA\u0679\u0688\u0691\u06BE\u06C0"
                                "\u06D5\u06C6\u06C7\u06C8\u06CB\u06D0\u0695\u06B5\u06CE\u0681\u0685\u0689\u0693\u0696"
                                "\u069A\u06BC\u06CD\u06D3]")
ARABIC_LETTER = re.compile("[\u0621-\u064A]")
# Uyghur writes a word-initial vowel with ئ and uses ى inside words; Arabic does neither.
UYGHUR = re.compile("(^|\\s)\u0626|\u0649(?=[\u0621-\u064A])")


class Normalizer:
    """The normalisation of src/KnowledgeGraph.Extraction/Data/text/charmap.tsv, so keys here are the program's keys."""

    def __init__(self, charmap_path: Path):
        self._map = {}
        header = None
        for line in charmap_path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                continue
            source, target = cells[0], cells[1] if len(cells) > 1 else ""
            replacement = "".join(chr(int(code[2:], 16)) for code in target.split()) if target.strip() else ""
            first, _, last = source.partition("-")
            for code in range(int(first[2:], 16), int((last or first)[2:], 16) + 1):
                self._map[chr(code)] = replacement

    def key(self, text: str) -> str:
        mapped = "".join(self._map.get(c, c) for c in text)
        return " ".join(mapped.lower().split())


def is_arabic_label(label: str) -> bool:
    """Written in Arabic script with Arabic letters only (no Persian or Urdu letters)."""
    return (bool(ARABIC_LABEL.match(label)) and not NON_ARABIC_LETTERS.search(label) and not UYGHUR.search(label)
            and bool(ARABIC_LETTER.search(label)))


def letter_count(label: str) -> int:
    return len(ARABIC_LETTER.findall(label))


class WordFilter:
    """Whether a single word is an ordinary Arabic word: hunspell-ar's dictionary knows it, or one of the
    project's lexicons of function words, common words, given names and adjectives lists it."""

    def __init__(self, normalizer: Normalizer, data_dir: Path, dictionary: str):
        self._normalizer = normalizer
        self._dictionary = dictionary
        def read(name):
            lines = (data_dir / "lexicon" / name).read_text(encoding="utf-8").splitlines()
            return {normalizer.key(line) for line in lines if line.strip() and not line.startswith("#")}

        self.common = read("stopwords.txt") | read("common-words.txt") | read("descriptive-adjectives.txt")
        self.given_names = {name for name in read("given-names.txt") if " " not in name}
        self._lexicon = self.common | self.given_names
        self._hunspell_known = {}

    def prime(self, words):
        """Asks hunspell about many words at once (one process)."""
        pending = sorted({w for w in words if w not in self._hunspell_known and " " not in w})
        if not pending:
            return
        result = subprocess.run(["hunspell", "-d", self._dictionary, "-i", "utf-8", "-l"],
                                input="\n".join(pending) + "\n", capture_output=True, text=True, check=True)
        unknown = set(result.stdout.split())
        for word in pending:
            self._hunspell_known[word] = word not in unknown

    def is_ordinary(self, word: str) -> bool:
        key = self._normalizer.key(word)
        if key in self._lexicon or (key.startswith("ال") and key[2:] in self._lexicon):
            return True
        if word not in self._hunspell_known:
            raise KeyError(f"ask hunspell about '{word}' in a batch first (prime)")
        return self._hunspell_known[word]

    def in_lexicon(self, word: str) -> bool:
        return self._normalizer.key(word) in self._lexicon

    def is_common(self, key: str) -> bool:
        """A function or common word of the project's lexicons (a normalised key)."""
        return key in self.common


SKELETON_FOLD = str.maketrans({"غ": "ج", "ق": "ك", "ط": "ت", "ص": "س", "ث": "س", "ذ": "ز", "ظ": "ز", "ض": "د", "ح": "ه", "ة": "ه",
                               "ى": "ي", "ؤ": "و", "ئ": "ي", "ء": None, "ع": None})


def skeleton(key: str) -> str:
    """The consonant skeleton EntityKeys.Skeleton computes (src/KnowledgeGraph.Extraction/Entities/EntityKeys.cs): two
    spellings of one name have the same skeleton, and an unknown entity's id derives from it."""
    result = []
    for word in key.translate(SKELETON_FOLD).replace("-", " ").split():
        for i, c in enumerate(word):
            if c in "اوي" and i > 0:
                continue
            if not result or result[-1] != c:
                result.append(c)
    return "".join(result)
