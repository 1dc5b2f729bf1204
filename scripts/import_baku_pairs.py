"""Judge an open list of informal/non-standard -> standard word pairs for
resources/rules/baku-kamus.tsv, filter by filter, and (with --write) put the survivors in the
file's section for that source.

    python scripts/import_baku_pairs.py indocollex PATH/inforformal-formal-Indonesian-dictionary.tsv
    python scripts/import_baku_pairs.py indocollex PATH/... --write    # replace the file's section
    python scripts/import_baku_pairs.py indocollex PATH/... --show     # every pair and its verdict

The downloaded list is read from the path given (it is not shipped); see the source's entry in
resources/SOURCES.md for where it comes from and its licence. The filters are those the header of
baku-kamus.tsv names, in this order, and a pair goes out at the first one it fails:

1. ``phrase``: either side is not one word of letters (phrases, numbers, hyphens, apostrophes);
   a non-standard key that is the standard phrase written joined (dimana -> di mana) counts as
   ``split/join`` (the EYD rules answer for those).
2. ``same``: the two sides are the same word.
3. ``name``: the standard form is written with a capital in the list, or either side is a region
   word of the lexicon (Bandung, Aceh): a name, not a word misspelt.
4. ``listed``: baku.toml or baku-kamus.tsv already has the key.
5. ``standard-unknown``: the standard form is no word the lexicon knows, or is itself a listed
   non-standard key (the list's "formal" side is not always KBBI's: merubah, aktifitas).
6. ``key-is-word``: the key is a word hunspell id_ID, the accept list or the morphology knows
   (another word, or a form the dictionary takes): flagging it would flag correct text.
7. ``foreign``: the key is an English word; EYD V only asks to italicise a foreign word.
8. ``other-word``: the two roots are not alike (SequenceMatcher ratio below 0.7, the bar
   standard_forms.listed_pairs uses for affixed forms): a word put for another (adus -> mandi),
   not a spelling of it.
9. ``abbreviation``: the key is the standard word with vowels left out (blm, dgn): chat writing.
   ``chat``: letters drawn out (apaa, hallo), an h put after the word (akuh, inih), a standard
   form of three letters or fewer (particles and interjections: ah, deh, kak), or the word's
   end alone (gini, mayan).
10. ``colloquial``: the key is the standard word in the spoken register by a regular change
    (-in for -kan/-i, nasal ng-/ny- for meN-, a final-syllable a/i/u heard as e/e/o, ai/au
    heard as e/o, a dropped initial h): register, not spelling, as the header says.
11. ``judged``: the rest, read one by one against KBBI (reasons below in JUDGED_OUT).

What survives is a spelling of the standard word no dictionary takes (aseli -> asli,
bathin -> batin).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Iterator
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.app.paths import resource_dir  # noqa: E402
from core.check.rules import load_pack  # noqa: E402
from core.check.spelling import Speller  # noqa: E402
from core.check.wordlists import load_wordlist  # noqa: E402

PAIRS = ROOT / "resources" / "rules" / "baku-kamus.tsv"
BAKU_PACK = ROOT / "resources" / "rules" / "baku.toml"
SAME_WORD = 0.7
VOWELS = frozenset("aeiou")

# Section markers in baku-kamus.tsv: the lines between them are this script's output.
BEGIN = "# >>> {source} (scripts/import_baku_pairs.py {source}; do not edit by hand)"
END = "# <<< {source}"

# Pairs the mechanical filters let through and a reading against KBBI took out, with why.
# (Written for IndoCollex 2021-08; a key not in the list is ignored.)
_JUDGED_GROUPS: tuple[tuple[str, str], ...] = (
    ("chat or spoken register, not a spelling of the word",
     "adekku adeknya ajaa ajah anying aqui babynya bapake barokah basudara cantiq baiq "
     "cuan cucok dongs donk duhh gank genk hadeuh haduh hayam jeung jujurly kalean kerasa "
     "kmaren mahasiswai mbaa mbanya mengmarah mengsedih mikirnya oalah pegi pokoke saia "
     "sodara syantik taik tauu temans udahan walaa walopun"),
    ("an English word (EYD V: italicise it or use the equivalent; not a misspelling)",
     "america cafe coment december favourite february honour indonesias january october"),
    ("old spelling or regional word kept in names and brands (Dapoer, Waroeng, Warunk, "
     "rumoh Aceh), or a common personal name (Sholeh, Soleh), or a sign (Aquarius)",
     "aquarius dapoer roemah rumoh sholeh soleh waroeng warunk"),
    ("doubtful against KBBI (depo is a lemma of its own), or a one-off slip the list's "
     "formal side does not fit (pamutusan, salalu -> salahmu)",
     "depo pamutusan salalu"),
)
JUDGED_OUT: dict[str, str] = {word: why for why, words in _JUDGED_GROUPS for word in words.split()}


def read_indocollex(path: Path) -> Iterator[tuple[str, str]]:
    """``informal<TAB>formal`` lines after a header line (haryoa/indo-collex dict/)."""
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if number == 0 or not raw.strip():
            continue
        informal, _, formal = raw.partition("\t")
        yield informal.strip(), formal.strip().strip('"')


READERS = {"indocollex": read_indocollex}


def _subsequence(short: str, long: str) -> bool:
    letters = iter(long)
    return all(c in letters for c in short)


def _disemvowelled(key: str, right: str) -> bool:
    """blm <- belum, dgn <- dengan: the key is the word with some vowels left out."""
    if len(key) >= len(right) or not _subsequence(key, right):
        return False
    # every letter dropped is a vowel
    i = 0
    dropped = []
    for c in right:
        if i < len(key) and key[i] == c:
            i += 1
        else:
            dropped.append(c)
    return i == len(key) and all(c in VOWELS for c in dropped)


_DRAWN = re.compile(r"([aeiou])\1+|(.)\2+$|(.)\3\3+")


def _chat(key: str, right: str) -> bool:
    """apaa, semangattt (a vowel or the last letter drawn out), akuh (an h after), ah/deh (a
    particle), gini (begini), telp/org (letters left out); not a doubled consonant inside a
    word (silaturrahmi), which is a spelling."""
    if key != right and _DRAWN.sub(lambda m: m.group(0)[0], key) == right:
        return True
    if (len(key) <= len(right) - 2 and _subsequence(key, right)):
        return True
    return key == right + "h" or len(right) <= 3 or (len(key) < len(right) and right.endswith(key))


def _last_vowel_swapped(right: str, old: str, new: str) -> str | None:
    """The word with the vowel of its last syllable ``old`` heard as ``new`` (dapat -> dapet)."""
    positions = [i for i, c in enumerate(right) if c in VOWELS]
    if not positions:
        return None
    last = positions[-1]
    if right[last] != old or (len(positions) > 1 and positions[-2] == last - 1):
        return None  # (a diphthong: sampai, pulau)
    return right[:last] + new + right[last + 1:]


def colloquial_forms(right: str) -> set[str]:
    """The spoken-register forms of a standard word by the regular changes (dapat -> dapet,
    sampai -> sampe, kalau -> kalo, belum -> belom, hilang -> ilang, bantukan -> bantuin,
    mengajak -> ngajak)."""
    forms: set[str] = set()
    for old, new in (("a", "e"), ("i", "e"), ("u", "o")):
        swapped = _last_vowel_swapped(right, old, new)
        if swapped:
            forms.add(swapped)
    if right.endswith("ai"):
        forms.add(right[:-2] + "e")
    if right.endswith("au"):
        forms.add(right[:-2] + "o")
    if right.startswith("h") and len(right) > 3:
        forms.add(right[1:])
    swapped = _last_vowel_swapped(right, "a", "o")  # juga -> jugo (Malay of Sumatra)
    if swapped and right.endswith("a"):
        forms.add(swapped)
    if right.endswith("nya"):
        forms.add(right[:-3] + "ne")  # makanya -> makane (Javanese)
    for prefix, spoken in (("ter", "ke"), ("ber", "be")):  # terbalik -> kebalik, bercanda -> becanda
        if right.startswith(prefix):
            forms.add(spoken + right[len(prefix):])
    for suffix in ("kan", "i"):
        if right.endswith(suffix):
            stem = right[: -len(suffix)]
            forms |= {stem + "in", stem + "n"}
            for prefix in ("meng", "meny", "mem", "men", "me", "di"):
                if stem.startswith(prefix):
                    bare = stem[len(prefix):]
                    forms |= {bare + "in", "ng" + bare + "in", "ny" + bare + "in",
                              "di" + bare + "in"}
    for prefix, spoken in (("meng", "ng"), ("meny", "ny"), ("men", "n"), ("mem", "m")):
        if right.startswith(prefix):
            forms.add(spoken + right[len(prefix):])
    return forms


def spoken(key: str, right: str) -> bool:
    """The regular changes of the spoken register anywhere in the word: a nasal ng-/ny-/n-
    prefix for meN- (ngabisin, nelpon), -in for -kan/-i or after a di- verb (diajakin), an h
    left out (diliat, pait), ai heard ae (maen), an a heard e (pesenan, sebenernya), a k added or
    dropped at the end (jugak, cowo)."""
    if (key.startswith(("nge", "ng", "ny", "n")) and not right.startswith("n")
            and key[:2] != right[:2]):
        return True
    if key.endswith("in") and not right.endswith("in"):
        return True
    one_less_h = {right[:i] + right[i + 1:] for i, c in enumerate(right) if c == "h"}
    a_as_e = {right[:i] + "e" + right[i + 1:] for i, c in enumerate(right) if c == "a"}
    return (key in one_less_h or key in a_as_e or key == right.replace("ai", "ae")
            or key == right + "k" or key + "k" == right)


class Judge:
    """The lexicon and the lists the filters read."""

    def __init__(self) -> None:
        resources = resource_dir()
        self.speller = Speller.from_resources(resources)
        pack = load_pack(BAKU_PACK, verify=False)
        self.standard = {term.lower(): right.lower() for rule in pack.rules
                         for term, right in rule.swap.items()}
        self.pairs = {k.lower(): v.lower() for k, v in load_wordlist(PAIRS).items()}

    def verdict(self, key: str, right: str, source: str) -> str:
        """The first filter the pair fails, or ``keep``."""
        lower, right_lower = key.lower(), right.lower()
        if not (key.isalpha() and right.isalpha()):
            joined = right_lower.replace(" ", "").replace("-", "")
            return "split/join" if joined == lower.replace("-", "") else "phrase"
        if lower == right_lower:
            return "same"
        if (right[:1].isupper() or self.speller.region_word(lower) is not None
                or self.speller.region_word(right_lower) is not None):
            return "name"
        if lower in self.standard or lower in self.pairs:
            return "listed"
        if (not self.speller.is_known(right_lower) or right_lower in self.standard
                or right_lower in self.pairs):
            return "standard-unknown"
        if self.speller.is_known(lower):
            return "key-is-word"
        if self.speller.is_english(lower):
            return "foreign"
        if SequenceMatcher(None, lower, right_lower).ratio() < SAME_WORD:
            return "other-word"
        if _disemvowelled(lower, right_lower):
            return "abbreviation"
        if _chat(lower, right_lower):
            return "chat"
        if lower in colloquial_forms(right_lower) or spoken(lower, right_lower):
            return "colloquial"
        if lower in JUDGED_OUT:
            return "judged"
        return "keep"


ORDER = ("phrase", "split/join", "same", "name", "listed", "standard-unknown", "key-is-word",
         "foreign", "other-word", "abbreviation", "chat", "colloquial", "judged", "keep")


def write_section(source: str, kept: dict[str, str]) -> None:
    """Replace (or add at the end) the section of baku-kamus.tsv that holds ``source``."""
    lines = PAIRS.read_text(encoding="utf-8").splitlines()
    begin, end = BEGIN.format(source=source), END.format(source=source)
    if begin in lines:
        start, stop = lines.index(begin), lines.index(end)
        lines[start:stop + 1] = []
    body = [begin, *(f"{k}\t{v}" for k, v in sorted(kept.items())), end]
    PAIRS.write_text("\n".join([*lines, *body]) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", choices=sorted(READERS))
    parser.add_argument("path", type=Path, help="the downloaded list")
    parser.add_argument("--write", action="store_true", help="replace the source's section")
    parser.add_argument("--show", action="store_true", help="print every pair's verdict")
    args = parser.parse_args(argv)

    judge = Judge()
    if args.write:  # the section's own pairs are no "already listed" when it is rewritten
        begin, end = BEGIN.format(source=args.source), END.format(source=args.source)
        lines = PAIRS.read_text(encoding="utf-8").splitlines()
        if begin in lines:
            own = lines[lines.index(begin) + 1:lines.index(end)]
            for line in own:
                judge.pairs.pop(line.partition("\t")[0].lower(), None)
    counts: Counter[str] = Counter()
    kept: dict[str, str] = {}
    seen: set[str] = set()
    for key, right in READERS[args.source](args.path):
        if key.lower() in seen:
            counts["duplicate"] += 1
            continue
        seen.add(key.lower())
        verdict = judge.verdict(key, right, args.source)
        counts[verdict] += 1
        if args.show:
            print(f"{verdict}\t{key}\t{right}")
        if verdict == "keep":
            kept[key.lower()] = right.lower()
    total = sum(counts.values())
    print(f"{args.source}: {total} pairs", file=sys.stderr)
    for name in ("duplicate", *ORDER):
        if counts[name]:
            print(f"  {name:18} {counts[name]}", file=sys.stderr)
    if args.write:
        write_section(args.source, kept)
        print(f"wrote {len(kept)} pairs to {PAIRS.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
