"""The project's own data files: the hand-made gazetteer (the authority the build enriches) and cue lists."""

from dataclasses import dataclass, field
from pathlib import Path


def read_table(path: Path):
    """Rows of a Data/*.tsv table as dicts (comments and blank lines skipped, columns by header name)."""
    header = None
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if header is None:
            header = cells
            continue
        rows.append({name: (cells[i] if i < len(cells) else "") for i, name in enumerate(header)})
    return rows


def read_list(path: Path):
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]


def split_list(cell: str):
    return [item.strip() for item in cell.split("|") if item.strip()]


@dataclass
class Entry:
    id: str
    type: str
    name_en: str
    name_ar: str
    forms: list            # name, variants and short forms as written
    kind: str = ""
    country: str = ""      # gazetteer id of the country
    capital: str = ""
    names: list = field(default_factory=list)  # name and variants only


GAZETTEER_FILES = [
    ("countries.tsv", "Country"),
    ("organizations.tsv", "Organization"),
    ("people.tsv", "Person"),
    ("places.tsv", "Location"),
    ("events.tsv", "Event"),
]


def read_gazetteer(data_dir: Path):
    entries = {}
    for file, type_ in GAZETTEER_FILES:
        for row in read_table(data_dir / "gazetteer" / file):
            names = [row["name_ar"]] + split_list(row.get("variants", ""))
            forms = names + split_list(row.get("short_forms", "")) + split_list(row.get("adjectives", ""))
            entries[row["id"]] = Entry(row["id"], type_, row["name_en"], row["name_ar"], forms, row.get("kind", ""),
                                       row.get("country", ""), row.get("capital", ""), names)
    return entries
