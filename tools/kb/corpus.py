"""Which candidate phrases real news text uses: counts over the SaudiNewsNet corpus (../shared/corpora), the
annotated articles (../shared/dev, train, seeds) left out so that checking against them stays fair."""

import json
import re
import zipfile
from collections import Counter
from pathlib import Path

TOKEN = re.compile(r"[\u0621-\u064A0-9]+|[^\s\u0621-\u064A0-9]")
# Words that go on a name ("حسن نصر الله", "نجم الدين"): a phrase followed by one is not the whole name.
CONTINUATIONS = {"الله", "الدين"}
PROCLITICS = "وفبلك"


def gold_titles(shared: Path):
    titles = set()
    for folder in ("dev", "train", "seeds"):
        for path in (shared / folder).glob("*.txt"):
            first = path.read_text(encoding="utf-8").lstrip("\ufeff").split("\n", 1)[0].strip()
            titles.add(first)
    return titles


def attestations(shared: Path, normalizer, phrases, ends):
    """How often each phrase (a normalised key) occurs in the corpus as a whole name: its first word with or without a
    proclitic, followed by punctuation, the end, or a word for which ends(word) holds (a function or common word)."""
    by_first = {}
    for phrase in phrases:
        words = tuple(phrase.split())
        by_first.setdefault(words[0], set()).add(words)
    longest = max((len(words) for group in by_first.values() for words in group), default=0)
    skip = gold_titles(shared)
    counts = Counter()
    for archive_path in sorted((shared / "corpora" / "saudinewsnet").glob("*.zip")):
        with zipfile.ZipFile(archive_path) as archive:
            for member in archive.namelist():
                for article in json.loads(archive.read(member).decode("utf-8")):
                    if (article.get("title") or "").strip() in skip:
                        continue
                    text = normalizer.key((article.get("title") or "") + " " + (article.get("content") or ""))
                    count_in(TOKEN.findall(text), by_first, longest, counts, ends)
    return counts


def count_in(tokens, by_first, longest, counts, ends):
    for i, token in enumerate(tokens):
        for first in readings(token):
            if first not in by_first:
                continue
            candidates = by_first[first]
            for n in range(1, longest + 1):
                words = (first,) + tuple(tokens[i + 1:i + n])
                if len(words) == n and words in candidates and ends_name(tokens, i + n, ends):
                    counts[" ".join(words)] += 1


def ends_name(tokens, index, ends):
    if index >= len(tokens):
        return True
    following = tokens[index]
    return not following[0].isalnum() or following not in CONTINUATIONS and ends(following)


def readings(token):
    """The token and the token without one proclitic (لل is ل + ال)."""
    yield token
    if token.startswith("لل") and len(token) > 4:
        yield "ال" + token[2:]
    elif token[0] in PROCLITICS and len(token) > 3:
        yield token[1:]
