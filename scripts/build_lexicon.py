"""Build resources/lexicon/lexicon.marisa from the word sources in resources/.

    python scripts/build_lexicon.py [--check]

Sources (each with its licence and provenance in resources/lexicon/README.md):
- hunspell id_ID (resources/dictionaries/id_ID.{aff,dic}): every stem with its prefixes and
  suffixes expanded. Candidates are generated from the affix table (spylls reads it) and the
  Debian ``hunspell`` program keeps the ones it accepts, so the set is hunspell's own.
- Saring's morphology (core/check/morphology.py): meN-/peN-/ber-/di-/ter-/se-/per-/ke-an forms of
  the stems whose hunspell flags allow that prefix family, which id_ID itself lacks.
- resources/vocab/accept.tsv (Saring's own list), the English word list
  (wamerican) and the provinces, regencies, cities and districts of idn-area-data.
- wordfreq's Indonesian frequencies (sources/wordfreq/id-frequency.tsv): the Zipf value of each
  word form the lexicon accepts, so the checks know which words are common, and the root
  core.check.morphology.stem_root reads in that form over the lexicon's stems (what a first
  check would otherwise analyse for the commonest forms).

Same inputs give the same bytes: every list is sorted before the trie is built. A manifest
(``lexicon.json``) records the SHA-256 of every input, so a test can tell that the committed
lexicon was built from the committed sources. ``--check`` rebuilds in memory and exits 1 when
the committed file differs.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import marisa_trie  # noqa: E402

from core.check.lexicon import Kind, RegionLevel  # noqa: E402
from core.check.morphology import (  # noqa: E402
    BOUND_FORMS,
    PREFIX_FAMILIES,
    VOWELS,
    analyses,
    stem_root,
)
from core.check.wordlists import load_wordlist  # noqa: E402

RESOURCES = ROOT / "resources"
DICTIONARY = RESOURCES / "dictionaries" / "id_ID"
SOURCES = RESOURCES / "lexicon" / "sources"
OUTPUT = RESOURCES / "lexicon" / "lexicon.marisa"
MANIFEST = RESOURCES / "lexicon" / "lexicon.json"
BAKU_RULES = RESOURCES / "rules" / "baku.toml"
FORMAT = 5  # bump when the key/value layout of core/check/lexicon.py changes


def input_files() -> list[Path]:
    return [DICTIONARY.with_suffix(".aff"), DICTIONARY.with_suffix(".dic"),
            RESOURCES / "vocab" / "accept.tsv", RESOURCES / "vocab" / "regions.tsv",
            BAKU_RULES, SOURCES / "english" / "american-english", SOURCES / "wordfreq" / "id-frequency.tsv",
            SOURCES / "apertium" / "ind-forms.txt",
            SOURCES / "wilayah" / "provinces.csv", SOURCES / "wilayah" / "regencies.csv",
            SOURCES / "wilayah" / "districts.csv", ROOT / "core" / "check" / "morphology.py",
            ROOT / "core" / "check" / "lexicon.py", Path(__file__).resolve()]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def manifest() -> dict[str, object]:
    return {"format": FORMAT,
            "inputs": {str(p.relative_to(ROOT)): sha256(p) for p in input_files()}}


# -- hunspell id_ID ---------------------------------------------------------------------------

def _apply(affix, word: str, *, prefix: bool) -> str | None:
    if not affix.cond_regexp.search(word):
        return None
    if prefix:
        return affix.add + (word[len(affix.strip):] if affix.strip else word)
    return (word[:-len(affix.strip)] if affix.strip else word) + affix.add


def hunspell_candidates(aff, stem: str, flags: Iterable[str]) -> Iterator[str]:
    """Every form the affix table could build from ``stem``: up to two suffixes and one
    prefix, the prefix flag from the stem, a suffix's or the prefix's continuation. A superset
    of what hunspell accepts (circumfix and needaffix are left to hunspell itself)."""
    flags = set(flags)
    yield stem
    suffixed: list[tuple[str, set[str]]] = [(stem, set())]
    for flag in sorted(flags):
        for s1 in aff.SFX.get(flag, ()):
            form1 = _apply(s1, stem, prefix=False)
            if form1 is None:
                continue
            suffixed.append((form1, set(s1.flags)))
            for flag2 in sorted(s1.flags):
                for s2 in aff.SFX.get(flag2, ()):
                    form2 = _apply(s2, form1, prefix=False)
                    if form2 is not None:
                        suffixed.append((form2, set(s1.flags) | set(s2.flags)))
    for form, continuation in suffixed:
        yield form
        for flag in sorted(flags | continuation):
            for p in aff.PFX.get(flag, ()):
                prefixed = _apply(p, form, prefix=True)
                if prefixed is None:
                    continue
                yield prefixed
                if form == stem:  # a prefix whose continuation names a suffix (berke-an)
                    for flag2 in sorted(p.flags):
                        for s in aff.SFX.get(flag2, ()):
                            both = _apply(s, prefixed, prefix=False)
                            if both is not None:
                                yield both


def hunspell_accepts(words: list[str]) -> set[str]:
    """The words of ``words`` the Debian ``hunspell`` program accepts with id_ID."""
    binary = shutil.which("hunspell")
    if binary is None:
        sys.exit("build_lexicon: the 'hunspell' program is needed (Debian/Ubuntu: apt-get install "
                 "hunspell); it decides which expanded forms id_ID accepts.")
    with tempfile.TemporaryDirectory() as tmp:
        # hunspell reads the .aff's SET ISO8859-1; hand it the same encoding.
        source = Path(tmp) / "words.txt"
        source.write_bytes("\n".join(words).encode("iso-8859-1", "replace") + b"\n")
        result = subprocess.run([binary, "-d", str(DICTIONARY), "-G", "-i", "ISO-8859-1",
                                 str(source)], capture_output=True, check=True)
    return set(result.stdout.decode("iso-8859-1").split())


# -- Saring's morphology ------------------------------------------------------------------------

def nasal_forms(root: str) -> Iterator[str]:
    """The forms after me-/pe- (the inverse of core.check.morphology._nasal_roots)."""
    first, second = root[:1], root[1:2]
    if first in "lmnrwy" or root.startswith(("ng", "ny")):
        yield root
    if first in "bfv" or root.startswith(("pr", "pl")):
        yield "m" + root  # a consonant cluster keeps its first consonant: memprovokasi
    if first == "p" and second in VOWELS:
        yield "m" + root[1:]
    if first in "cdjz" or root.startswith(("sy", "tr", "st", "sp", "sk", "sl", "sw")):
        yield "n" + root
    if first == "t" and second in VOWELS:
        yield "n" + root[1:]
    if first in VOWELS or first in "gh" or root.startswith(("kh", "kr", "kl")):
        yield "ng" + root
    if first == "k" and second in VOWELS:
        yield "ng" + root[1:]
    if len(root) <= 4:
        yield "nge" + root
    if first == "s" and second in VOWELS:
        yield "ny" + root[1:]


_PLAIN = ("memper", "diper", "ber", "be", "ter", "di", "se", "per", "pe")


def morphology_candidates(root: str, families: set[str]) -> Iterator[str]:
    """prefix + root + suffix forms whose prefix family the root's flags allow."""
    allowed = [p for p, family in PREFIX_FAMILIES.items() if family & families]
    stems: list[str] = []
    for prefix in allowed:
        if prefix in ("me", "pe"):
            stems += [prefix + rest for rest in nasal_forms(root)]
        if prefix in _PLAIN:
            stems.append(prefix + root)
    if families:
        stems.append(root)
    for stem in stems:
        yield stem
        for suffix in ("i", "kan", "an"):
            yield stem + suffix
    if "ke" in allowed:
        yield "ke" + root + "an"
        for inner in ("ber", "be", "ter", "per", "se"):
            yield "ke" + inner + root + "an"
        yield from ("kepe" + rest + "an" for rest in nasal_forms(root))
    if "ketidak" in allowed:
        yield "ketidak" + root + "an"


# Affix combinations Indonesian makes from almost any root (a confix that exists: di-...-kan,
# never di-...-an). Roots whose hunspell flags do not list the family still take them in real
# text (sebatas, rincian, terealisasi, mengedukasi, pengadministrasian); such forms are marked
# MORPH, so a common word one slip away still makes them a typo (core.check.spelling).
_OPEN_COMBINATIONS = (("se", ""), ("ter", ""), ("ter", "kan"), ("ber", ""), ("ber", "an"),
                      ("", "an"), ("di", "kan"), ("di", "i"),
                      ("me", ""), ("me", "kan"), ("me", "i"), ("pe", "an"), ("per", "an"),
                      ("ke", "an"), ("memper", "kan"), ("diper", "kan"))


def open_candidates(root: str) -> Iterator[str]:
    """Every form of :data:`_OPEN_COMBINATIONS` built from ``root`` (a word of 3+ letters)."""
    if len(root) < 3 or not root.isalpha():
        return
    if root.endswith("isasi"):
        yield "di" + root  # a process noun used as a passive verb: diimunisasi
    for prefix, suffix in _OPEN_COMBINATIONS:
        if suffix == "i" and root.endswith("i"):
            continue
        if prefix in ("me", "pe"):
            heads = [prefix + rest for rest in nasal_forms(root)]
        elif prefix == "ber" and (root.startswith("r") or root[1:3] == "er"):
            heads = ["be" + root]
        elif prefix in ("ter", "per") and root.startswith("r"):
            heads = [prefix[:-1] + root]  # terealisasi, teringankan, perumahan
        else:
            heads = [prefix + root]
        for head in heads:
            yield head + suffix


def morphology_ok(form: str, stems: dict[str, str]) -> bool:
    """Whether Saring's morphology accepts ``form`` (the rule of core.check.spelling)."""
    for analysis in analyses(form):
        flags = stems.get(analysis.root)
        if flags is None or analysis.clitic:
            continue
        if not analysis.prefix and not analysis.suffix:
            continue
        if not flags:
            continue
        if analysis.prefix:
            if PREFIX_FAMILIES[analysis.prefix].intersection(flags[0::2]):
                return True
        elif len(analysis.root) >= 4:
            return True
    return False


# -- word lists -------------------------------------------------------------------------------

def read_dic() -> list[tuple[str, str]]:
    entries = []
    with DICTIONARY.with_suffix(".dic").open(encoding="iso-8859-1") as dic:
        next(dic, None)
        for line in dic:
            stem, _, flags = line.strip().partition("/")
            if stem:
                entries.append((stem, flags))
    return entries


def word_frequencies() -> dict[str, float]:
    """wordfreq's Indonesian words -> Zipf (sources/wordfreq/id-frequency.tsv)."""
    found: dict[str, float] = {}
    text = (SOURCES / "wordfreq" / "id-frequency.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        word, _, zipf = line.partition("\t")
        if word and not word.startswith("#"):
            found[word] = float(zipf)
    return found


def english_words() -> list[str]:
    text = (SOURCES / "english" / "american-english").read_text(encoding="utf-8")
    return sorted({w for w in text.split() if re.fullmatch(r"[a-z]{2,}", w)})


def apertium_forms() -> list[str]:
    """The word forms of apertium-ind (sources/apertium/ind-forms.txt) of 4+ letters only (no
    reduplications, multi-word entries, numbers or punctuation)."""
    text = (SOURCES / "apertium" / "ind-forms.txt").read_text(encoding="utf-8")
    return sorted({w for w in text.split("\n") if len(w) >= 4 and re.fullmatch(r"[A-Za-z]+", w)})


_KEEP_UPPER = frozenset({"DKI", "DI", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII"})
_LOWER_INSIDE = frozenset({"dan", "di"})


def official_case(name: str) -> str:
    """KABUPATEN ACEH SELATAN -> Aceh Selatan; DKI JAKARTA stays DKI Jakarta."""
    words = []
    for i, word in enumerate(name.split()):
        if word in _KEEP_UPPER or (word == "I" and i):
            words.append(word)
        elif i and word.lower() in _LOWER_INSIDE and word.isupper():
            words.append(word.lower())
        else:
            words.append("-".join(p[:1].upper() + p[1:].lower() for p in word.split("-")))
    return " ".join(words)


def region_names() -> list[tuple[str, RegionLevel]]:
    names: dict[str, RegionLevel] = {}

    def add(name: str, level: RegionLevel) -> None:
        name = " ".join(name.split())
        if name and not any(c.isdigit() or c in "/()" for c in name):
            names[name] = names.get(name, RegionLevel(0)) | level

    for name in load_wordlist(RESOURCES / "vocab" / "regions.tsv"):
        add(name, RegionLevel.MAJOR)
    wilayah = SOURCES / "wilayah"
    with (wilayah / "provinces.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            add(official_case(row["name"]), RegionLevel.MAJOR)
    with (wilayah / "regencies.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            name = re.sub(r"^(KABUPATEN|KOTA)( ADM\.)? ", "", row["name"])
            add(official_case(name), RegionLevel.MAJOR)
    with (wilayah / "districts.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            add(row["name"], RegionLevel.DISTRICT)
    return sorted(names.items())


# -- the standard forms the standard-word rules prescribe ---------------------------------------

# A rule's reference naming the KBBI lemma it prescribes ("KBBI: tarawih", "KBBI Daring:
# insyaallah; Padanan Istilah …"), up to the first semicolon.
_KBBI_REFERENCE = re.compile(r"^KBBI(?: Daring| V)?: ([^;]+)")
_LEMMA = re.compile(r"[a-z]+(?:-[a-z]+)*")


def baku_lemmas() -> list[str]:
    """The lowercase KBBI lemmas ``resources/rules/baku.toml`` names as the standard form of a
    rule (its ``reference``), bound forms left out (*pasca* is written joined): a word the
    standard-word check tells writers to use is a word the spelling check knows (*insyaallah*,
    *tarawih*, *uneg-uneg*; id_ID lacks them). The file is Saring's, each pair checked against
    KBBI Daring (see its header)."""
    rules = tomllib.loads(BAKU_RULES.read_text(encoding="utf-8")).get("rule", [])
    lemmas: set[str] = set()
    for rule in rules:
        match = _KBBI_REFERENCE.match(str(rule.get("reference", "")))
        if match is None:
            continue
        for part in re.split(r",|\bdan\b|\batau\b", match.group(1)):
            word = part.strip().strip("'\"“”")
            if _LEMMA.fullmatch(word) and word not in BOUND_FORMS:
                lemmas.add(word)
    return sorted(lemmas)


# -- the trie ---------------------------------------------------------------------------------

def build_records() -> tuple[list[tuple[str, bytes]], dict[str, int]]:
    from spylls.hunspell import Dictionary  # build time only

    aff = Dictionary.from_files(str(DICTIONARY)).aff
    dic = read_dic()
    stems: dict[str, str] = {}
    for stem, flags in dic:
        key = stem.lower()
        stems[key] = stems.get(key, "") + flags
    accept = sorted({w.lower() for w in load_wordlist(RESOURCES / "vocab" / "accept.tsv")}
                    | set(baku_lemmas()))

    candidates: set[str] = set()
    for stem, flags in dic:
        candidates.update(hunspell_candidates(aff, stem, [flags[i:i + 2]
                                                          for i in range(0, len(flags), 2)]))
    accepted = hunspell_accepts(sorted(candidates))
    words: dict[str, int] = {w: Kind.HUNSPELL for w in sorted(candidates & accepted)}
    stem_forms = {stem for stem, _ in dic}
    for stem in stem_forms:
        words[stem] = words.get(stem, 0) | Kind.STEM
    for word in accept:
        stems.setdefault(word, "")
        words[word] = words.get(word, 0) | Kind.STEM | Kind.LIST

    lower_known = {w.lower() for w in words}
    for root, flags in sorted(stems.items()):
        families = set(flags[0::2])
        for form in morphology_candidates(root, families):
            if form not in lower_known and morphology_ok(form, stems):
                words[form] = words.get(form, 0) | Kind.MORPH
                lower_known.add(form)
    for root in sorted(r for r in stems if r.islower()):
        for form in open_candidates(root):
            if form not in lower_known:
                words[form] = Kind.MORPH
                lower_known.add(form)
    # Adjectives in -if beside nouns in -asi (partisipasi -> partisipatif, edukasi ->
    # edukatif): loan pairs KBBI lists side by side.
    for word in sorted(w for w in lower_known if w.endswith("asi") and len(w) >= 8):
        adjective = word[:-3] + "atif"
        if adjective not in lower_known and (words.get(word, 0) & Kind.STEM):
            words[adjective] = Kind.MORPH

    # apertium-ind's lowercase forms no other source holds (individu, akuntabilitas): keys of
    # their own, so no other test of the speller reads them as words; WordLookup accepts
    # one only when no word is one edit away (see WordLookup._open_form_ok). Not added to
    # lower_known: frequencies and the English list stay as they were.
    open_forms = [w for w in apertium_forms() if w.islower() and w not in lower_known]

    records: list[tuple[str, bytes]] = []
    for word, kind in sorted(words.items()):
        flags = stems.get(word, "") if kind & Kind.STEM else ""
        records.append(("w:" + word, bytes([kind]) + flags.encode("ascii")))
    frequencies = {w: z for w, z in word_frequencies().items() if w in lower_known}
    records += [("f:" + w, bytes([round(z * 10)]) + frequent_root(w, words))
                for w, z in frequencies.items()]
    english = [w for w in english_words() if w not in lower_known]
    records += [("e:" + w, b"") for w in english]
    records += [("o:" + w, b"") for w in open_forms]
    regions = region_names()
    region_words: dict[str, tuple[RegionLevel, str]] = {}
    for name, level in regions:
        # A one-word district that is a common word (Kota, Baru) gets no official-name rule.
        if " " in name or "-" in name or name.lower() not in lower_known:
            key = " ".join(name.replace("-", " - ").lower().split())
            records.append(("n:" + key, bytes([level]) + name.encode("utf-8")))
        for part in name.replace("-", " ").split():
            if len(part) >= 3 and not set(part) <= set("IVX"):
                old = region_words.get(part.lower())
                best = part if old is None or level & RegionLevel.MAJOR else old[1]
                region_words[part.lower()] = ((old[0] if old else RegionLevel(0)) | level, best)
    for lower, (level, written) in sorted(region_words.items()):
        records.append(("r:" + lower, bytes([level]) + written.encode("utf-8")))
    counts = {"word_forms": len(words),
              "hunspell_forms": sum(1 for k in words.values() if k & Kind.HUNSPELL),
              "morphology_forms": sum(1 for k in words.values() if k & Kind.MORPH),
              "open_list_forms": len(open_forms),
              "english_words": len(english), "region_names": len(regions),
              "frequency_words": len(frequencies),
              "region_words": len(region_words)}
    return sorted(records), counts


def frequent_root(form: str, words: dict[str, int]) -> bytes:
    """The root stem_root reads in ``form`` over the stems of ``words`` (the ``w:`` kinds the
    lexicon stores, so Lexicon.entry(w).kind & Kind.STEM at run time), as UTF-8; empty when
    it is the form itself."""
    root = stem_root(form, lambda w: bool(words.get(w, 0) & Kind.STEM))
    return b"" if root == form else root.encode("utf-8")


def build_bytes() -> tuple[bytes, dict[str, int]]:
    records, counts = build_records()
    trie = marisa_trie.BytesTrie(records)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "lexicon.marisa"
        trie.save(str(path))
        return path.read_bytes(), counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="rebuild in memory; exit 1 if the committed lexicon differs")
    args = parser.parse_args(argv)
    data, counts = build_bytes()
    if args.check:
        same = OUTPUT.exists() and OUTPUT.read_bytes() == data
        print("lexicon up to date" if same else "lexicon differs from its sources: rebuild it")
        return 0 if same else 1
    OUTPUT.write_bytes(data)
    info = {**manifest(), "counts": counts, "sha256": hashlib.sha256(data).hexdigest(),
            "bytes": len(data)}
    MANIFEST.write_text(json.dumps(info, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{OUTPUT.relative_to(ROOT)}: {len(data):,} bytes; " +
          ", ".join(f"{k} {v:,}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
