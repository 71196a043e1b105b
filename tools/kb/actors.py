"""People and bodies of Petrarch's Arabic actor dictionary, as names news text uses.

The dictionary stores base forms (words joined by "_", the article ال mostly dropped, titles often included:
"أمير_سلمان_بن_عبد_العزيز_"). Titles are cut off, the forms news would write are generated (ال restored on a
family name or on the words after a body's head, عبد + ال-name written joined and apart), and only forms the
corpus attests are kept."""

from arabic import skeleton
from petrarch import PETRARCH, PETRARCH_LICENCE, actor_country, actor_role

CONNECTORS = {"بن", "بنت", "ابن", "أبو", "ابو", "عبد", "آل", "ال"}
MIN_ATTESTATIONS = 2


class Actors:
    def __init__(self, normalizer, words, entries, title_words, given_names, organization_heads, iso3_to_iso2):
        self.n = normalizer
        self.words = words
        self.title_words = title_words
        self.given_names = given_names
        self.organization_heads = organization_heads
        self.iso3_to_iso2 = iso3_to_iso2
        self.gazetteer_forms = {normalizer.key(form) for entry in entries.values() for form in entry.forms}
        # Another spelling of a name the gazetteer holds would become a second node for the same entity.
        self.gazetteer_skeletons = {skeleton(key) for key in self.gazetteer_forms}

    def candidates(self, actors):
        """(type, actor, generated forms) of every actor that reads as a person or a body."""
        result = []
        for actor in actors:
            words = self.without_titles(actor.words)
            if len(words) < 2 or words[-1] in CONNECTORS:
                continue
            first = self.n.key(words[0])
            if first in self.given_names and self.is_personal_name(words):
                result.append(("Person", actor, self.person_forms(words)))
            elif first in self.organization_heads and actor_country(actor, self.iso3_to_iso2) and self.is_proper(words[1:]):
                result.append(("Organization", actor, self.body_forms(words)))
        return result

    def without_titles(self, words):
        """The name without the titles before it, cut at a title after it ("عادل بن أحمد جبير سفير سعودي ...");
        a title word that is also a given name (سلطان) inside a name is part of it."""
        start = 0
        while start < len(words) and self.is_title(words[start]):
            start += 1
        end = start
        while end < len(words) and not (self.is_title(words[end]) and self.n.key(words[end]) not in self.given_names):
            end += 1
        return words[start:end]

    def is_personal_name(self, words):
        """Two name words or more (connectors aside), none of them a common word that is not also a given name."""
        names = [w for w in words if w not in CONNECTORS]
        return len(names) >= 2 and not any(self.words.is_common(self.n.key(w)) for w in names)

    def is_proper(self, words):
        """Words after a body's head that name it: one of them is no ordinary word (a proper name)."""
        self.words.prime(words)
        return any(not self.words.is_ordinary(w) for w in words if w not in ("ل", "في"))

    def is_title(self, word):
        key = self.n.key(word)
        return key in self.title_words or ("ال" + key) in self.title_words

    def person_forms(self, words):
        forms = {" ".join(words)}
        last = words[-1]
        if not last.startswith("ال") and self.n.key(last) not in self.given_names and last not in CONNECTORS:
            forms.add(" ".join(words[:-1] + ["ال" + last]))
        return self.spacing_variants(forms)

    def body_forms(self, words):
        definite = [words[0]] + [w if w.startswith("ال") or w in ("ل", "في") else "ال" + w for w in words[1:]]
        return self.spacing_variants({" ".join(words), " ".join(definite)})

    def spacing_variants(self, forms):
        """عبد العزيز and عبدالعزيز: news writes both."""
        result = set(forms)
        for form in forms:
            words = form.split()
            for i in range(len(words) - 1):
                if words[i] == "عبد" and words[i + 1].startswith("ال"):
                    result.add(" ".join(words[:i] + [words[i] + words[i + 1]] + words[i + 2:]))
        return result

    def rows(self, candidates, attested):
        rows, seen = [], set()
        for type_, actor, forms in candidates:
            counted = sorted(((attested.get(self.n.key(f), 0), f) for f in forms), key=lambda item: (-item[0], item[1]))
            kept = [form for count, form in counted if count >= MIN_ATTESTATIONS and skeleton(self.n.key(form)) not in self.gazetteer_skeletons]
            keys = [self.n.key(form) for form in kept]
            if not kept or any(key in seen for key in keys):
                continue
            seen.update(keys)
            rows.append({"name_ar": kept[0], "variants": "|".join(kept[1:]), "type": type_,
                         "country": actor_country(actor, self.iso3_to_iso2), "cameo": actor_role(actor, self.iso3_to_iso2),
                         "attested": str(sum(attested.get(key, 0) for key in keys)),
                         "source": PETRARCH + " actor_dict_ar_v4 (forms attested in SaudiNewsNet)", "licence": PETRARCH_LICENCE})
        rows.sort(key=lambda row: (row["type"], -int(row["attested"]), row["name_ar"]))
        return rows
