"""EYD V rules that need more than a word list: each finding carries its correction and a
one-line explanation (category ``orthography``).

Fixed pairs (compounds written apart, *walikota* -> *wali kota*) live in the rule pack
``resources/rules/eyd.toml``; the rules here compute their correction from the text or ask
the dictionary (whether *di* + word is a passive verb or a preposition glued on). Their word
lists are in ``resources/vocab/``: region names (``regions.tsv``), first words of institution
names (``institutions.tsv``) and the attributes of God after *maha* (``maha.tsv``).
Sources: EYD V (Keputusan Kepala Badan Bahasa No. 0424/I/BS.00.01/2022) as quoted in
../shared/domain/indonesian.md section 3.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from core.app.paths import resource_dir
from core.findings import Category, Finding, Severity
from core.spelling import Speller, _in_domain_name
from core.text import Token, TokenKind, finditer_chunked, is_abbreviation, tokenize
from core.wordlists import load_wordlist

REFERENCE = "EYD V (Badan Bahasa, 2022)"
_W = r"[^\W\d_]"

# Place and time words after the preposition di/ke (written apart).
PLACE_WORDS = frozenset({
    "sawah", "kebun", "ladang", "hutan", "sungai", "pantai", "laut", "gunung", "kampung", "dusun",
    "taman", "stadion", "terminal", "stasiun", "bandara", "pelabuhan", "toko", "warung", "klinik",
    "atas", "bawah", "sini", "sana", "situ", "mana", "dalam", "luar", "depan", "belakang",
    "samping", "tengah", "antara", "sekitar", "seluruh", "masa", "era", "tahun", "bulan", "hari",
    "pagi", "siang", "sore", "malam", "saat", "waktu", "tempat", "rumah", "kantor", "sekolah",
    "jalan", "pasar", "desa", "kota", "kampus", "masjid", "gedung", "lapangan", "halaman",
    "lokasi", "balai", "aula", "ruang", "wilayah", "daerah", "kecamatan", "kabupaten", "kelurahan",
    "provinsi", "posko", "puskesmas", "sisi", "bidang", "media", "akhir", "awal", "hadapan",
    "mata",
})
_KE_NOT_PREPOSITION = frozenset({"luar"})  # keluar 'exit' is a word; ke luar is a direction
# pun written joined in these fixed conjunctions (EYD V).
PUN_JOINED = frozenset({"adapun", "andaipun", "ataupun", "bagaimanapun", "biarpun", "kalaupun",
                        "kendatipun", "maupun", "meskipun", "sekalipun", "sungguhpun",
                        "walaupun"})
_PUN_SPLIT_RE = re.compile(r"\b(ada|andai|atau|bagaimana|biar|kalau|kendati|mau|meski|sungguh"
                           r"|walau)[ \t]+pun\b", re.IGNORECASE)
DAYS = ("senin", "selasa", "rabu", "kamis", "jumat", "sabtu")
MONTHS = ("januari", "februari", "maret", "april", "juni", "juli", "agustus", "september",
          "oktober", "november", "desember")
HOLIDAYS = ("idulfitri", "iduladha", "natal", "nyepi", "waisak", "imlek")
# Only forms that are never a word of their own (tuna, ekstra, lintas are words too).
BOUND_SPLIT = ("antar", "pasca", "pra", "non", "multi", "anti", "swa", "sub", "semi",
               "intra", "infra", "purna")
_ANTAR_VERB_NEXT = frozenset({"jemput", "ke", "sampai", "pulang", "oleh", "barang", "dia",
                              "saya", "kami", "mereka", "kita", "aku"})
_TITLE_AFTER_NAME_RE = re.compile(r"\b((?:S|M|A|D)\.(?:[A-Z][A-Za-z]{0,4})(?:\.[A-Z][a-z]{0,3})?)"
                                  r"(?![.\w])")
_TITLE_BEFORE_NAME_RE = re.compile(r"\b(Dr|Drs|Dra|Ir|Prof|Hj|dr)[ \t]+(?=[A-Z])")
_FUNCTION_WORDS = frozenset({"yang", "dan", "di", "ke", "dari", "untuk", "dengan", "ini", "itu",
                             "pada", "dalam", "atau", "akan", "tidak", "juga", "sudah"})
# Official names: the level words before a region name, the function words kept lowercase inside
# a name, and what ends the words between an institution's first word and its level.
LEVELS = ("kabupaten", "kota", "provinsi", "kecamatan")
_NAME_CONNECTORS = frozenset({"dan", "serta", "atau"})
_NAME_BREAKERS = frozenset({
    "yang", "di", "ke", "dari", "untuk", "dengan", "ini", "itu", "pada", "dalam", "akan", "tidak",
    "juga", "sudah", "telah", "sedang", "oleh", "bagi", "agar", "kepada", "bersama", "sebagai",
    "para", "se", "tersebut", "terkait", "setempat", "masing", "seluruh", "setiap", "tiap", "semua",
    "sejumlah", "beberapa", "bahwa", "karena", "saat", "ketika", "bila", "jika", "hingga", "sampai",
    "dinas", "badan", "desa", "kelurahan", "warga", "masyarakat", "se-", "jalan", *LEVELS,
})
_GENERIC_BEFORE = frozenset({"setiap", "tiap", "semua", "seluruh", "para", "beberapa", "sejumlah",
                             "berbagai", "antar", "sebuah", "suatu", "salah"})
_MAX_NAME_WORDS = 7  # words between an institution's first word and its level
_GOD_WORDS = frozenset({"tuhan", "allah", "ketuhanan", "swt", "swt."})


@dataclass(frozen=True, slots=True)
class _Hit:
    rule: str
    start: int
    end: int
    suggestion: str
    message: str
    severity: Severity = Severity.WARNING


class Orthography:
    """EYD V checks over a whole post. Uses the speller to tell words from typos and
    passive verbs from glued prepositions. Not thread-safe (the speller caches)."""

    def __init__(self, *, speller: Speller, resources: Path | None = None) -> None:
        self._speller = speller
        vocab = (resources or resource_dir()) / "vocab"
        self._regions = _RegionNames(_optional_list(vocab / "regions.tsv"))
        self._institutions = frozenset(w.lower() for w in _optional_list(vocab / "institutions.tsv"))
        # Government abbreviations as they are written (kominfo -> Kominfo, pupr -> PUPR).
        self._abbreviations = {w.lower(): w for w in _optional_list(vocab / "abbreviations.tsv")
                               if w != w.lower()}
        maha = sorted(_optional_list(vocab / "maha.tsv"), key=len, reverse=True)
        self._maha_re = re.compile(
            r"\b(?:(?P<yang>yang)[ \t]+)?(?P<maha>maha)(?P<gap>[ \t-]?)(?P<word>"
            + "|".join(map(re.escape, maha)) + r")\b", re.IGNORECASE) if maha else None

    def check(self, text: str) -> list[Finding]:
        tokens = tokenize(text)
        hits: list[_Hit] = []
        for rule in (self._di_ke_glued, self._di_split, self._pun, self._reduplication,
                     self._capitals, self._rupiah, self._bound_forms, self._sentence_capital,
                     self._spacing, self._titles, self._abbreviation_clitic,
                     self._address_terms, self._official_names, self._maha_god):
            hits.extend(rule(text, tokens))
        findings = []
        taken: list[tuple[int, int]] = []
        for hit in sorted(hits, key=lambda h: (h.start, -(h.end - h.start))):
            if any(hit.start < e and s < hit.end for s, e in taken):
                continue  # one finding a span: the first (longest) rule wins
            taken.append((hit.start, hit.end))
            findings.append(Finding(
                rule_id=f"eyd.{hit.rule}", category=Category.ORTHOGRAPHY, severity=hit.severity,
                start=hit.start, end=hit.end, actual=text[hit.start:hit.end],
                message=hit.message, suggestions=(hit.suggestion,), reference=REFERENCE,
            ))
        return findings

    # -- di / ke ---------------------------------------------------------------------------

    def _di_ke_glued(self, text: str, tokens: list[Token]) -> Iterator[_Hit]:
        for token in _words(tokens):
            lower = token.text.lower()
            head, rest = lower[:2], lower[2:]
            if head not in ("di", "ke") or len(rest) < 3 or "-" in rest:
                continue
            if head == "ke" and rest in _KE_NOT_PREPOSITION:
                continue
            glued = rest in PLACE_WORDS
            if not glued and head == "di" and not self._speller.is_known(token.text):
                flags = self._speller.dictionary_flags(rest)
                # A root with no verb flags at all (kantor, sawah) after a glued di is a
                # place: dikantor. A root that takes any meN-/di- affix may be a passive verb
                # the dictionary lacks (divaksin): the speller judges that one.
                glued = flags is not None and bool(flags) and not any(
                    f[0] in "MD" for f in flags)
            if glued:
                word = token.text
                yield _Hit(f"{head}-terpisah", token.start, token.end,
                           f"{word[:2]} {word[2:]}",
                           f"“{word}”: “{head}” sebagai kata depan ditulis terpisah dari kata "
                           f"yang mengikutinya (“{head} {rest}”).")

    def _di_split(self, text: str, tokens: list[Token]) -> Iterator[_Hit]:
        words = _words(tokens)
        for first, second in itertools.pairwise(words):
            if first.text.lower() != "di" or text[first.end:second.start].strip(" \t"):
                continue
            rest = second.text
            if not rest.islower() or rest in PLACE_WORDS or len(rest) < 3:
                continue
            flags = self._speller.dictionary_flags(rest) or ()
            if {"M0", "M1", "D0", "D1"} & set(flags):
                if not self._speller.in_dictionary("di" + rest):
                    continue
            elif not (rest.endswith(("kan", "i")) and flags == ()
                      and self._speller.is_known("di" + rest)):
                continue  # not a verb: di is the preposition (di kantor, di jalan)
            yield _Hit("di-awalan", first.start, second.end, first.text + rest,
                       f"“di” sebagai awalan kata kerja pasif ditulis serangkai: "
                       f"“{first.text}{rest}”.")

    # -- pun ------------------------------------------------------------------------------

    def _pun(self, text: str, tokens: list[Token]) -> Iterator[_Hit]:
        for token in _words(tokens):
            lower = token.text.lower()
            if not lower.endswith("pun") or lower in PUN_JOINED or len(lower) < 5:
                continue
            base = token.text[:-3]
            if self._speller.in_dictionary(lower) or not self._speller.is_known(base):
                continue
            yield _Hit("pun-terpisah", token.start, token.end, f"{base} pun",
                       f"“pun” yang berarti ‘juga’ ditulis terpisah: “{base} pun”.")
        for match in finditer_chunked(_PUN_SPLIT_RE, text):
            joined = match.group(1) + "pun"
            yield _Hit("pun-serangkai", match.start(), match.end(), joined,
                       f"“{joined}” adalah kata penghubung yang ditulis serangkai.")

    # -- reduplication ----------------------------------------------------------------------

    def _reduplication(self, text: str, tokens: list[Token]) -> Iterator[_Hit]:
        for match in finditer_chunked(rf"(?<![\w-])({_W}{{2,}})2(?!\w|[.,]\d)", text):
            word = match.group(1)
            yield _Hit("ulang-angka", match.start(), match.end(), f"{word}-{word.lower()}",
                       f"Kata ulang ditulis lengkap dengan tanda hubung: “{word}-{word.lower()}”.")
        words = _words(tokens)
        for i, (first, second) in enumerate(itertools.pairwise(words)):
            gap = text[first.end:second.start]
            if first.text.lower() != second.text.lower() or gap not in (" ", "  "):
                continue
            same = first.text.lower()
            if (i > 0 and words[i - 1].text.lower() == same) or (
                    i + 2 < len(words) and words[i + 2].text.lower() == same):
                continue  # a run of three or more is a list or filler, not a reduplication
            if first.text.lower() in _FUNCTION_WORDS or len(first.text) < 2:
                yield _Hit("kata-ganda", first.start, second.end, first.text,
                           f"“{first.text}” tertulis dua kali.")
            else:
                yield _Hit("ulang-hubung", first.start, second.end,
                           f"{first.text}-{second.text}",
                           "Kata ulang ditulis dengan tanda hubung: "
                           f"“{first.text}-{second.text}”.")

    # -- capitals ---------------------------------------------------------------------------

    def _capitals(self, text: str, tokens: list[Token]) -> Iterator[_Hit]:
        words = _words(tokens)
        for i, token in enumerate(words):
            word = token.text
            if not word.islower():
                continue
            before = words[i - 1].text.lower() if i else ""
            kind = ""
            if word in DAYS or (word == "minggu" and before == "hari"):
                kind = "nama hari"
            elif word in MONTHS or (word == "mei" and (before == "bulan" or _number_near(
                    text, token))):
                kind = "nama bulan"
                if word in ("maret", "april", "juni", "juli") and not (
                        before == "bulan" or _number_near(text, token)):
                    continue
            elif word in HOLIDAYS:
                kind = "nama hari raya"
                if before == "raya" and i >= 2 and words[i - 2].text == "hari":
                    start = words[i - 2].start
                    right = "Hari Raya " + word[:1].upper() + word[1:]
                    yield _Hit("kapital", start, token.end, right,
                               f"Nama hari raya ditulis dengan huruf kapital: “{right}”.")
                    continue
            if kind:
                right = word[:1].upper() + word[1:]
                yield _Hit("kapital", token.start, token.end, right,
                           f"Huruf pertama {kind} ditulis kapital: “{right}”.")

    def _sentence_capital(self, text: str, tokens: list[Token]) -> Iterator[_Hit]:
        for match in finditer_chunked(rf"({_W}{{2,}})([.!?])([ \t]*)({_W}+)", text):
            word, mark, space, letter = match.groups()
            if not letter.islower():
                continue
            if mark == "." and (is_abbreviation(word) or _in_domain(text, match, 1)
                                or re.search(r"[@#][\w.]*$", text[max(0, match.start() - 40):
                                                                   match.start(2)])):
                continue  # host names, @handles with dots
            if mark == "." and not space and (word[:1].isupper() or len(word) < 3):
                continue  # S.Sos, M.Kes, no.5
            start = match.start(2)
            right = f"{mark} {letter[:1].upper()}"
            yield _Hit("kapital-awal-kalimat", start, match.start(4) + 1, right,
                       "Kalimat baru dimulai dengan huruf kapital"
                       + (", dan sesudah tanda titik ada spasi." if not space else "."))

    # -- Rp, bound forms, spacing, titles ---------------------------------------------------

    def _rupiah(self, text: str, tokens: list[Token]) -> Iterator[_Hit]:
        for match in finditer_chunked(r"\b(?:Rp|RP|rp)(\.[ \t]*|[ \t]+|\.?)(\d+(?:\.\d{3})*(?:,\d+)?)(,-)?",
                                     text):
            sep, amount, dash = match.groups()
            cased = text[match.start():match.start() + 2] != "Rp"
            if not sep and not dash and not cased:
                continue
            right = f"Rp{amount}" + (",00" if dash else "")
            yield _Hit("rupiah", match.start(), match.end(), right,
                       f"Lambang rupiah ditulis “Rp” tanpa titik dan tanpa spasi: “{right}”.")

    def _bound_forms(self, text: str, tokens: list[Token]) -> Iterator[_Hit]:
        words = _words(tokens)
        for first, second in itertools.pairwise(words):
            head, gap, word = first.text, text[first.end:second.start], second.text
            lower = head.lower()
            if lower == "se" and gap.strip(" \t") == "" and word[:1].isupper():
                yield _Hit("bentuk-terikat", first.start, second.end, f"{head}-{word}",
                           f"“se-” ditulis dengan tanda hubung sebelum huruf kapital: "
                           f"“{head}-{word}”.")
                continue
            if lower not in BOUND_SPLIT or not head.islower() or gap.strip(" \t-") != "":
                continue
            if lower == "antar" and word.lower() in _ANTAR_VERB_NEXT:
                continue
            if word[:1].isupper():
                if "-" in gap:
                    continue  # non-Muslim is right
                right = f"{head}-{word}"
                why = "sebelum huruf kapital ditulis dengan tanda hubung"
            elif self._speller.is_known(word):
                right = head + word
                why = "ditulis serangkai dengan kata yang mengikutinya"
            else:
                continue
            yield _Hit("bentuk-terikat", first.start, second.end, right,
                       f"Bentuk terikat “{lower}” {why}: “{right}”.")

    def _spacing(self, text: str, tokens: list[Token]) -> Iterator[_Hit]:
        for match in finditer_chunked(r"(?<=[\w)\"”])([ \t]+)([,.;:!?])(?=\s|$)", text):
            yield _Hit("spasi-tanda-baca", match.start(), match.end(), match.group(2),
                       "Tidak ada spasi sebelum tanda baca.")
        for match in finditer_chunked(rf"(?<={_W}),({_W}+)", text):
            yield _Hit("spasi-sesudah-koma", match.start(), match.end(),
                       ", " + match.group(1), "Sesudah koma ada satu spasi.")
        for match in finditer_chunked(r"(?<=\S)[ ]{2,}(?=\S)", text):
            yield _Hit("spasi-ganda", match.start(), match.end(), " ",
                       "Spasi ganda: cukup satu spasi.", Severity.INFO)

    def _abbreviation_clitic(self, text: str, tokens: list[Token]) -> Iterator[_Hit]:
        for match in finditer_chunked(r"\b([A-Z]{2,})(nya|ku|mu)\b", text):
            right = f"{match.group(1)}-{match.group(2)}"
            yield _Hit("singkatan-hubung", match.start(), match.end(), right,
                       f"Imbuhan pada singkatan berhuruf kapital memakai tanda hubung: “{right}”.")

    def _address_terms(self, text: str, tokens: list[Token]) -> Iterator[_Hit]:
        for match in finditer_chunked(r"\b(pak|bu|bapak|ibu|sdr|saudara)(?=[ \t]+[A-Z][a-z])", text):
            word = match.group(1)
            right = word[:1].upper() + word[1:]
            yield _Hit("kapital-sapaan", match.start(), match.end(), right,
                       f"Kata sapaan di depan nama ditulis kapital: “{right}”.")

    def _titles(self, text: str, tokens: list[Token]) -> Iterator[_Hit]:
        for match in finditer_chunked(_TITLE_AFTER_NAME_RE, text):
            title = match.group(1)
            if _in_domain(text, match):
                continue
            yield _Hit("gelar-titik", match.start(1), match.end(1), title + ".",
                       f"Singkatan gelar diakhiri tanda titik: “{title}.”.")
        for match in finditer_chunked(_TITLE_BEFORE_NAME_RE, text):
            title = match.group(1)
            yield _Hit("gelar-titik", match.start(1), match.end(1), title + ".",
                       f"Singkatan gelar di depan nama diakhiri tanda titik: “{title}.”.")


    # -- official names and maha- (EYD V rules 6 and 7) -------------------------------------

    def _official_names(self, text: str, tokens: list[Token]) -> Iterator[_Hit]:
        """A specific institution or region written without its capitals: "dinas kesehatan
        kabupaten oku timur" -> "Dinas Kesehatan Kabupaten OKU Timur". Only names that end in
        a level and a known region name; generic uses (setiap dinas, dinas terkait) never reach
        a region and stay untouched."""
        words = _words(tokens)
        used_until = -1
        for i, token in enumerate(words):
            if i <= used_until:
                continue
            lower = token.text.lower()
            if lower in self._institutions:
                if i and words[i - 1].text.lower() in _GENERIC_BEFORE:
                    continue
                end = self._institution_end(text, words, i)
                if end is None:
                    hit = self._institution_abbreviation(text, words, i)
                    if hit is not None:
                        used_until = i + 1
                        yield hit
                    continue
                level_at = end
            elif lower in LEVELS:
                level_at = i
            else:
                continue
            region = self._regions.match(text, words, level_at + 1)
            if region is None:
                continue
            last, canonical = region
            head_words = words[i:level_at + 1]
            if lower in LEVELS and " ".join(
                    text[words[level_at + 1].start:words[last].end].split()) == canonical:
                continue  # "kota Palembang": the level word alone may be generic
            right = " ".join(w.text if w.text.lower() in _NAME_CONNECTORS and j else
                             self._name_word(w.text) for j, w in enumerate(head_words))
            right = f"{right} {canonical}"
            start, stop = token.start, words[last].end
            used_until = last
            if " ".join(text[start:stop].split()) == right:
                continue
            what = "nama resmi instansi" if lower in self._institutions else "nama wilayah"
            yield _Hit("kapital-nama-resmi", start, stop, right,
                       f"Setiap unsur {what} ditulis dengan huruf kapital, kecuali kata tugas "
                       f"seperti “dan”: “{right}”.")

    def _name_word(self, word: str) -> str:
        """A word of an official name as written there: an abbreviation as listed (PUPR,
        Kominfo), any other word with its capital."""
        return self._abbreviations.get(word.lower()) or _capitalised(word)

    def _institution_abbreviation(self, text: str, words: list[Token], i: int) -> _Hit | None:
        """"dinas kominfo", "Dinas pupr": an institution named by its listed abbreviation."""
        if i + 1 >= len(words) or text[words[i].end:words[i + 1].start] not in (" ", "\t"):
            return None
        second = words[i + 1].text
        listed = self._abbreviations.get(second.lower())
        if listed is None or second == listed or self._speller.in_dictionary(second.lower()):
            return None  # "badan sobat": a word of its own, not clearly the abbreviation
        right = f"{_capitalised(words[i].text)} {listed}"
        return _Hit("kapital-nama-resmi", words[i].start, words[i + 1].end, right,
                    f"Nama instansi ditulis dengan huruf kapital dan singkatannya seperti "
                    f"bentuk bakunya: “{right}”.")

    def _institution_end(self, text: str, words: list[Token], i: int) -> int | None:
        """The index of the level word (kabupaten, kota, ...) that an institution name starting
        at ``words[i]`` reaches through name words only, or None."""
        for j in range(i + 1, min(len(words), i + 2 + _MAX_NAME_WORDS)):
            if text[words[j - 1].end:words[j].start].strip(" \t"):
                return None  # punctuation or a line break ends a name
            word = words[j].text
            lower = word.lower()
            if lower in LEVELS:
                return j
            if lower in _NAME_BREAKERS or (len(lower) < 3 and lower not in _NAME_CONNECTORS):
                return None
            if word.islower() and lower.startswith(("me", "di", "ber", "ter")) and len(lower) > 4:
                return None  # a verb: "dinas kesehatan mengimbau kabupaten ..."
        return None

    def _maha_god(self, text: str, tokens: list[Token]) -> Iterator[_Hit]:
        """For God, maha is written apart and capitalised (EYD V): Tuhan Yang Maha Esa, Allah
        Maha Pengasih; only after Tuhan, Allah or Yang, so mahasiswa and mahakarya stay."""
        if self._maha_re is None:
            return
        for match in self._maha_re.finditer(text):
            before = text[max(0, match.start() - 12):match.start()].split()
            after_god = bool(before) and before[-1].lower().strip(",") in _GOD_WORDS
            if not (after_god or match.group("yang") == "Yang"):
                continue  # "yang maha ..." with no Tuhan before it: not clearly about God
            right = ("Yang " if match.group("yang") else "") + "Maha " + _capitalised(
                match.group("word").lower())
            if match.group() == right:
                continue
            yield _Hit("maha-tuhan", match.start(), match.end(), right,
                       f"Untuk sifat Tuhan, “maha” ditulis terpisah dan berhuruf kapital (EYD V): "
                       f"“{right}”.")


class _RegionNames:
    """Region names of regions.tsv, matched word by word in any case."""

    def __init__(self, names: Iterable[str]) -> None:
        self._by_words: dict[tuple[str, ...], str] = {}
        for name in names:
            self._by_words[tuple(name.replace("-", " - ").lower().split())] = name
        self._longest = max((len(k) for k in self._by_words), default=0)

    def match(self, text: str, words: list[Token], i: int) -> tuple[int, str] | None:
        """The longest region name starting at ``words[i]``: (index of its last word, the name
        as written in the list), or None."""
        best = None
        parts: list[str] = []
        for j in range(i, min(len(words), i + self._longest)):
            if j > i and text[words[j - 1].end:words[j].start].strip(" \t-"):
                break
            gap = text[words[j - 1].end:words[j].start] if j > i else ""
            if "-" in gap:
                parts.append("-")
            parts.append(words[j].text.lower())
            name = self._by_words.get(tuple(parts))
            if name is not None:
                best = (j, name)
        return best


def _optional_list(path: Path) -> dict[str, str]:
    return load_wordlist(path) if path.exists() else {}


def _capitalised(word: str) -> str:
    return word if word[:1].isupper() else word[:1].upper() + word[1:]


def _words(tokens: list[Token]) -> list[Token]:
    return [t for t in tokens if t.kind is TokenKind.WORD]


def _number_near(text: str, token: Token) -> bool:
    return bool(re.search(r"\d\s*$", text[max(0, token.start - 4):token.start])
                or re.match(r"\s*\d", text[token.end:token.end + 4]))


def _in_domain(text: str, match: re.Match[str], group: int = 0) -> bool:
    token = Token(match.group(group), match.start(group), match.end(group), TokenKind.WORD)
    return _in_domain_name(text, token) or "://" in text[max(0, match.start() - 40):match.start()]
