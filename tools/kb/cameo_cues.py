#!/usr/bin/env python3
"""Candidates from Petrarch's Arabic dictionaries for the extractor's cues, checked against the annotated articles.

  titles:   agent nouns (agents.all.ar.txt) that cues/person-titles.tsv lacks, with how often each stands right
            before a gold person's name in the annotated articles (../shared/{dev,train,seeds}) and how often at all
  triggers: verbs of the CAMEO verb patterns (CAMEO.ar.0.5.txt) for meeting (04x), visiting, accusing (11x),
            denying and warning/threatening (13x) that relations/triggers.tsv lacks, with how often a form of each
            occurs in the evidence of a gold relation of the matching type, and in the articles at all

It prints the lists; it writes nothing. A candidate goes into the data by hand, with its forms and frame, and stays
only if `kg eval --rules-only` on the three annotated sets does not lose typed entity or relation F1 (README of
tools/kb)."""

import argparse
import json
import re
from collections import Counter
from pathlib import Path

import arabic
import petrarch
import project

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "src" / "KnowledgeGraph.Extraction" / "Data"
SETS = ("dev", "train", "seeds")
# CAMEO codes and the relation whose trigger a verb coded so could be.
RELATION_OF_CODE = [("04", "MET"), ("036", "MET"), ("111", "ACCUSED"), ("112", "ACCUSED"), ("016", "DENIED"),
                    ("13", "WARNED"), ("15", "WARNED"), ("010", "VISITED"), ("061", "VISITED")]
WORD = re.compile(r"[\u0621-\u064A]+")


def articles(shared, normalizer):
    for name in SETS:
        for gold_path in sorted((shared / "gold" / name).glob("*.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            text = (shared / name / gold["doc"]).read_text(encoding="utf-8").lstrip("\ufeff")
            yield normalizer.key(text), gold


def tokens(text):
    return WORD.findall(text)


def title_candidates(kb, normalizer, shared):
    known = {normalizer.key(row["form"]) for row in project.read_table(DATA / "cues" / "person-titles.tsv")}
    candidates = {}
    for key, code, phrase in petrarch.read_agents(kb):
        form = normalizer.key(phrase)
        if form and form not in known and len(form.split()) <= 3:
            candidates.setdefault(form, code)
    before_person, anywhere = Counter(), Counter()
    for text, gold in articles(shared, normalizer):
        words = tokens(text)
        joined = " " + " ".join(words) + " "
        people = {normalizer.key(alias) for entity in gold["entities"] if entity["type"] == "Person" for alias in entity["aliases"]}
        for form in candidates:
            count = joined.count(" " + form + " ")
            if count == 0:
                continue
            anywhere[form] += count
            for person in people:
                before_person[form] += joined.count(" " + form + " " + person + " ")
    rows = [(before_person[f], anywhere[f], f, candidates[f]) for f in candidates if anywhere[f] > 0]
    return sorted(rows, key=lambda row: (-row[0], -row[1], row[2]))


def verb_patterns(kb):
    """(verb lemma, CAMEO code) pairs of the verb blocks: a verb line's own code, its block's, and the codes of the
    block's patterns (a block "--- نبه [---] ---" of warn verbs codes its patterns 151)."""
    lines = (kb / "petrarch-arabic" / "CAMEO.ar.0.5.txt").read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if "VERB PATTERNS" in line)
    blocks, current = [], None
    for line in lines[start + 1:]:
        header = re.match(r"^--- (\S+)\s+\[(\S+)\]\s+---", line)
        if header:
            current = (header.group(2), [], set())
            blocks.append(current)
            continue
        if current is None or not line.strip() or line.startswith("#"):
            continue
        if line.lstrip().startswith("-"):
            current[2].update(re.findall(r"\[(\d+)\]", line))
            continue
        match = re.match(r"^\s*(\S+)\s*(?:\[(\S+)\])?", line)
        if match:
            current[1].append((match.group(1).split("+")[0], match.group(2)))
    pairs = []
    for block_code, verbs, pattern_codes in blocks:
        for lemma, own in verbs:
            for code in {own or block_code} | pattern_codes:
                pairs.append((lemma, code))
    return pairs


def trigger_candidates(kb, normalizer, shared):
    known = set()
    for row in project.read_table(DATA / "relations" / "triggers.tsv"):
        known.update(normalizer.key(form) for form in project.split_list(row["forms"]))
    candidates = {}
    for lemma, code in verb_patterns(kb):
        relation = next((rel for prefix, rel in RELATION_OF_CODE if code.startswith(prefix)), None)
        form = normalizer.key(lemma)
        if relation and form and form not in known and arabic.letter_count(form) >= 3:
            candidates.setdefault((form, relation), code)
    in_evidence, anywhere = Counter(), Counter()
    for text, gold in articles(shared, normalizer):
        words = Counter(stem for word in tokens(text) for stem in readings(word))
        for form, relation in candidates:
            anywhere[(form, relation)] += words[form]
        for gold_relation in gold["relations"]:
            evidence = {stem for word in tokens(normalizer.key(gold_relation.get("evidence", ""))) for stem in readings(word)}
            for form, relation in candidates:
                if relation == gold_relation["type"] and form in evidence:
                    in_evidence[(form, relation)] += 1
    rows = [(in_evidence[c], anywhere[c], c[0], c[1], candidates[c]) for c in candidates if anywhere[c] > 0]
    return sorted(rows, key=lambda row: (-row[0], -row[1], row[2]))


def readings(word):
    """The word and the word without و or ف (the triggers' matcher strips those)."""
    yield word
    if word[0] in "وف" and len(word) > 3:
        yield word[1:]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    args = parser.parse_args()
    normalizer = arabic.Normalizer(DATA / "text" / "charmap.tsv")
    kb = args.shared / "kb"
    print("# titles: before a gold person, anywhere, form, agent code")
    for row in title_candidates(kb, normalizer, args.shared):
        print("\t".join(map(str, row)))
    print("# triggers: in the evidence of a gold relation of the type, anywhere, verb, relation, CAMEO code")
    for row in trigger_candidates(kb, normalizer, args.shared):
        print("\t".join(map(str, row)))


if __name__ == "__main__":
    main()
