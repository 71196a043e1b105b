#!/usr/bin/env python3
"""Writes a copy of a SaudiNewsNet-style corpus (zips of JSON article arrays) whose articles are
all new to a store: each article's url gets a suffix, and each file and entry a prefix. Ingesting
the copy on top of the original doubles the graph's documents, mentions and evidence, which is
how the README measures a second copy (`kg bench --ingest neo4j --corpus <copy>`).

usage: copy_corpus.py SOURCE_DIR TARGET_DIR [SUFFIX]   (SUFFIX defaults to #copy2)
"""
import glob
import json
import os
import sys
import zipfile


def main() -> None:
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    source, target = sys.argv[1], sys.argv[2]
    suffix = sys.argv[3] if len(sys.argv) == 4 else "#copy2"
    os.makedirs(target, exist_ok=True)
    files = sorted(glob.glob(os.path.join(source, "*.zip")))
    if not files:
        sys.exit(f"no .zip files in {source}")
    for path in files:
        name = os.path.basename(path)
        with zipfile.ZipFile(path) as original, \
                zipfile.ZipFile(os.path.join(target, "copy-" + name), "w", zipfile.ZIP_DEFLATED) as copy:
            for entry in original.namelist():
                articles = json.loads(original.read(entry))
                for article in articles:
                    article["url"] = (article.get("url") or "") + suffix
                copy.writestr("copy-" + entry, json.dumps(articles, ensure_ascii=False))
    print(f"{len(files)} file(s) copied to {target}")


if __name__ == "__main__":
    main()
