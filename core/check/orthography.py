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
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from core.app.paths import resource_dir
from core.check.findings import Category, Finding, Severity
from core.check.spelling import Speller, _in_domain_name
from core.check.text import (
    Token,
    TokenKind,
    finditer_chunked,
    is_abbreviation,
    sentence_starts,
    tokenize,
)
from core.check.wordlists import load_wordlist

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
    "mata", "beberapa", "sejumlah", "berbagai", "setiap", "tiap", "lingkungan", "kawasan",
    "lantai", "ujung", "pinggir", "tepi", "seberang", "sela", "balik", "muka",
})
# Number words after a glued di (ditiga titik -> di tiga titik); after ke they are ordinals.
_NUMBER_WORDS = frozenset({"satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan",
                           "sembilan", "sepuluh", "sebelas", "seratus", "seribu", "beberapa"})
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
HOLIDAYS = ("idulfitri", "iduladha", "natal", "nyepi", "waisak", "imlek", "ramadan", "syawal",
            "zulhijah", "muharam")
# Only forms that are never a word of their own (tuna, ekstra, lintas are words too).
BOUND_SPLIT = ("antar", "pasca", "pra", "non", "multi", "anti", "swa", "sub", "semi",
               "intra", "infra", "purna")
_ANTAR_VERB_NEXT = frozenset({"jemput", "ke", "sampai", "pulang", "oleh", "barang", "dia",
                              "saya", "kami", "mereka", "kita", "aku"})
# Determiners and function words a bound form never joins (antar para pihak, pasca semua itu).
_NOT_A_BASE = frozenset({"para", "semua", "segala", "seluruh", "sesama", "setiap", "tiap",
                         "berbagai", "beberapa", "yang", "dan", "atau", "kita", "kami", "mereka"})
_TITLE_AFTER_NAME_RE = re.compile(r"\b((?:S|M|A|D)\.(?:[A-Z][A-Za-z]{0,4})(?:\.[A-Z][a-z]{0,3})?)"
                                  r"(?![.\w])")
_TITLE_BEFORE_NAME_RE = re.compile(
    r"\b(Dr|Drs|Dra|Ir|Prof|Hj|H|dr)[ \t]+(?=[A-Z][a-z]|[A-Z][ \t]+[A-Z][a-z])")
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

_ATTRIBUTION = ("ujar|kata|ucap|tutur|jelas|tegas|ungkap|imbuh|tambah|terang|pungkas|sebut|lanjut"
                "|papar|urai|pinta|harap|ajak|tutup|sambung|beber|pesan|tandas|seru|kilah|akui")
# Academic degrees as written with their periods (Permendikbud 50/2015 on abbreviations).
DEGREES = {
    "SH": "S.H.", "MH": "M.H.", "MM": "M.M.", "ME": "M.E.", "SE": "S.E.", "ST": "S.T.", "MT": "M.T.",
    "SP": "S.P.", "SKM": "S.K.M.", "MKM": "M.K.M.", "SAg": "S.Ag.", "MAg": "M.Ag.",
    "SPd": "S.Pd.", "MPd": "M.Pd.", "SSos": "S.Sos.", "MSi": "M.Si.", "Msi": "M.Si.",
    "MKes": "M.Kes.", "SKep": "S.Kep.", "SIP": "S.I.P.", "SKom": "S.Kom.", "MKom": "M.Kom.",
    "SHut": "S.Hut.", "STP": "S.T.P.", "SPt": "S.Pt.", "SSi": "S.Si.", "SFarm": "S.Farm.",
    "MAP": "M.A.P.", "SIKom": "S.I.Kom.", "SSTP": "S.STP.", "MPH": "M.P.H.", "SPsi": "S.Psi.",
    "SAP": "S.A.P.", "SHI": "S.H.I.", "SThI": "S.Th.I.", "SKed": "S.Ked.", "SAk": "S.Ak.",
    "MSc": "M.Sc.", "SIKM": "S.I.K.M.", "SPdI": "S.Pd.I.", "SSiT": "S.Si.T.", "SGz": "S.Gz.",
    "MPd.": "M.Pd.", "M.Pd": "M.Pd.", "M.Si": "M.Si.", "S.Sos": "S.Sos.", "S.Pd": "S.Pd.",
    "S.H": "S.H.", "S.E": "S.E.", "M.M": "M.M.", "M.H": "M.H.", "S.T": "S.T.",
    "M.Kes": "M.Kes.", "S.Kom": "S.Kom.", "S.Ag": "S.Ag.", "S.IP": "S.IP.", "S.STP": "S.STP.",
}
_DEGREE_TOKEN = "|".join(sorted((re.escape(d) for d in DEGREES), key=len, reverse=True))
# After a name (a capitalised word) and a comma or space; one degree or several run together.
_DEGREE_RE = re.compile(
    rf"(?<=[a-z]),?[ \t]+(?P<deg>(?:{_DEGREE_TOKEN})(?:(?:[.,][ \t]*|[ \t]+)(?:{_DEGREE_TOKEN}))*)"
    r"(?=[.,;)\s]|$)")
_ORDINAL_HEADS = frozenset({"yang", "hut", "tahun", "abad", "hari", "kali", "pekan", "minggu",
                            "babak", "angkatan", "periode", "peringkat", "urutan", "juara",
                            "peringatan", "jilid", "edisi", "seri", "natalis", "ulang",
                            "tahap", "gelombang", "putaran", "lantai", "kelas", "nomor"})
_COUNTED = frozenset({"orang", "desa", "kecamatan", "kabupaten", "kota", "titik", "lokasi",
                      "sekolah", "unit", "rumah", "kelurahan", "provinsi", "negara", "tempat"})
# Words capitalised inside a sentence by rule: address terms and titles before a name, and
# words the dictionary keeps lowercase that are often a name's first word.
_CAPITALISED_NOUNS = frozenset({
    "bapak", "ibu", "pak", "bu", "saudara", "anda", "tuhan", "allah", "presiden", "bupati",
    "gubernur", "wali", "camat", "lurah", "kepala", "ketua", "menteri", "sekretaris",
    "direktur", "wakil", "kades", "sekda", "raja", "sultan", "nabi", "haji", "hajah", "kiai",
    "ustaz", "kakak", "adik", "paman", "bibi", "kakek", "nenek", "dokter", "profesor",
    "jenderal", "kolonel", "mayor", "kapten", "komandan", "kapolres", "kapolsek", "dandim",
    "danramil", "kapolda", "pangdam", "jaksa", "hakim", "rektor", "dekan", "kasi", "kabid",
    "kasubag", "kadis", "kalak", "mas", "mbak", "bang", "teuku", "cut", "putra", "putri",
    "sri", "dewi", "indah", "sari", "bayu", "budi", "agus", "lestari", "wahyu", "rahmat",
    "cahaya", "mulia", "jaya", "bumi", "tirta", "graha", "bina", "karya", "bakti", "bhakti",
    "tunas", "harapan", "mekar", "maju", "makmur", "sejahtera", "sentosa", "abadi", "baru",
    "lama", "mandiri", "utama", "raya", "agung", "besar", "kecil", "timur", "barat", "utara",
    "selatan", "tengah", "hilir", "hulu", "ilir", "ulu", "pusat", "muda", "senior", "junior",
    "indonesia", "nusantara", "pancasila", "garuda", "islam", "kristen", "katolik", "hindu",
    "buddha", "konghucu", "melayu", "jawa", "sunda", "batak", "bugis", "dayak", "papua",
})
_TIME_WORDS = frozenset({"tahun", "bulan", "hari", "minggu", "pekan", "periode", "triwulan",
                         "semester", "abad", "pukul", "tanggal"})
_TITLE_CONTEXT = frozenset({"bapak", "ibu", "pak", "bu", "saudara", "sdr", "yth", "oleh",
                            "bersama", "dan", "kepada", "dengan", "menurut", "kata", "ujar",
                            "tutur", "bernama", "sapa", "of", "the", "and", "for", "seluruh"})
_PRONOUNS = frozenset({"Saya", "Kami", "Kita", "Mereka", "Aku", "Beliau"})
_NAME_FUNCTION_WORDS = frozenset({"Dan", "Atau", "Serta", "Untuk", "Dari", "Dengan", "Pada",
                                  "Oleh", "Bagi", "Tentang", "Terhadap"})


# Abbreviations of an address written without their period: No 3, Jl Merdeka, Kec Lubai.
_ADDRESS_ABBREVIATION_RE = re.compile(
    r"\b(No|Jl|Jln|Kec|Kel|Kab|Ds|Gg)(?=[ \t]+(?:\d|[A-Z][a-z]))")
# A time zone after a time (pukul 08.30 Wib, 09.00 wita).
_TIME_ZONE_RE = re.compile(r"\d[.:]\d{2}[ \t]+(?P<zone>Wib|wib|Wita|wita|Wit|wit)\b")

# Words after the Balinese name particle I (I Gede, I Made, I Dewa Agung, I Gusti).
_BALINESE_NAME_WORDS = frozenset({"gede", "made", "nyoman", "ketut", "wayan", "putu", "komang",
                                  "kadek", "nengah", "dewa", "gusti", "ida", "kade", "luh",
                                  "gst"})
# Words that introduce a name of their own (program Kampung Iklim, lomba Desa Wisata).
_NAME_INTRODUCERS = frozenset({
    "program", "gerakan", "kegiatan", "lomba", "festival", "aplikasi", "layanan", "tema",
    "bertema", "bertajuk", "berjudul", "judul", "kampanye", "inovasi", "acara", "tim", "satgas",
    "forum", "komunitas", "kelompok", "paguyuban", "bernama", "sebutan", "julukan", "gelar",
    "penghargaan", "predikat", "kategori", "lembaga", "organisasi", "perusahaan", "sanggar",
    "objek", "destinasi", "wisata", "kampung", "sekolah", "universitas", "klub", "grup",
    "menggelar", "mengadakan", "menyelenggarakan", "mengikuti", "meluncurkan", "membuka",
    "menu", "fitur", "tombol", "klik", "pilih", "laman", "situs", "kanal", "akun", "ananda",
    "umat", "slogan", "moto", "semboyan",
})
# Words after which one capitalised word is a name (menu Pengaduan, aplikasi Signal).
_WORD_NAME_INTRODUCERS = frozenset({
    "menu", "fitur", "tombol", "klik", "pilih", "aplikasi", "laman", "situs", "kanal", "akun",
    "ananda", "umat", "predikat", "kategori", "bertema", "bertajuk", "berjudul", "judul", "tema",
    "slogan", "moto", "semboyan", "bernama", "julukan", "sebutan", "penghargaan"})
# Units of an office, named as such (melalui Seksi Logistik, Bidang Pengendalian).
_UNIT_WORDS = frozenset({"seksi", "bidang", "bagian", "subbagian", "unit", "divisi", "subbidang",
                         "sekretariat", "balai", "kantor", "pusat", "biro", "direktorat"})
# Words that head a place's name made of common words (Jalan Veteran, Gedung Serbaguna).
_PLACE_HEADS = frozenset({"jalan", "jl", "gang", "gedung", "ruang", "aula", "balai", "taman",
                          "lapangan", "stadion", "masjid", "pasar", "pantai", "pulau", "gunung",
                          "sungai", "danau", "bukit", "pelabuhan", "terminal", "bandara", "hotel",
                          "wisma", "graha", "kampung", "dusun", "perumahan", "kompleks"})
# Rhyming reduplications that are KBBI lemmas with a hyphen (dwilingga salin suara).
_RHYMES = (("lauk", "pauk"), ("sayur", "mayur"), ("bolak", "balik"), ("mondar", "mandir"),
           ("lika", "liku"), ("warna", "warni"), ("serba", "serbi"), ("tindak", "tanduk"),
           ("hiruk", "pikuk"), ("simpang", "siur"), ("kocar", "kacir"), ("carut", "marut"),
           ("seluk", "beluk"), ("tumpang", "tindih"), ("corat", "coret"), ("compang", "camping"),
           ("porak", "poranda"), ("teka", "teki"), ("gerak", "gerik"), ("basa", "basi"),
           ("sangkut", "paut"), ("pontang", "panting"), ("tunggang", "langgang"),
           ("kasak", "kusuk"))
_RHYME_PAIRS = frozenset(_RHYMES)
_RHYME_RE = re.compile(r"\b(" + "|".join(a for a, _ in _RHYMES) + r")[ \t]+("
                       + "|".join(b for _, b in _RHYMES) + r")\b", re.IGNORECASE)
_UNIT_SPLIT_RE = re.compile(r"\b(kilo|senti|centi|mili|hekto)[ \t]+(meter|gram|liter|watt|are)\b",
                            re.IGNORECASE)
_SHORT_QUOTE_RE = re.compile(r"[“\"](?:[^“”\"\n\s]+\s){0,7}[^“”\"\n\s]+[”\"]")
# Feast days that KBBI lists in lowercase but writers capitalise as names: either is left.
_EITHER_CASE = frozenset({"lebaran", "paskah"})
# Titles and positions (generic after a determiner: seluruh kepala desa).
_TITLE_WORDS = frozenset({"presiden", "bupati", "gubernur", "wali", "camat", "lurah", "kepala",
                          "ketua", "menteri", "sekretaris", "direktur", "wakil", "kades", "kasi",
                          "kabid", "kadis", "kasubag", "rektor", "dekan", "dokter", "jaksa",
                          "hakim", "komandan"})
_ATTRIBUTION_WORD_RE = re.compile(rf"(?:{_ATTRIBUTION})(?:nya)?")
_DERIVING_PREFIXES = ("pe", "ke", "me", "ber", "ter", "di", "se")

_ATTRIBUTION_CAPITALISED_RE = re.compile(
    r"[,.!?][”\"][ \t]+(?P<word>(?:" + "|".join(w.capitalize() for w in _ATTRIBUTION.split("|"))
    + r")(?:nya)?)\b")


def _degree_parts(written: str) -> list[str] | None:
    """The degrees of "SH", "SE.MM", "SKM, M.Si" in order, or None when one is no degree."""
    parts: list[str] = []
    for chunk in re.split(r",[ \t]*|[ \t]+", written.strip(" ,")):
        chunk = chunk.rstrip(".")
        if not chunk:
            continue
        if chunk in DEGREES or chunk + "." in DEGREES.values():
            parts.append(chunk if chunk in DEGREES else chunk + ".")
            continue
        pieces = chunk.split(".")
        if not all(p in DEGREES for p in pieces):
            return None
        parts += pieces
    return parts or None


def _opens_quote(text: str, at: int) -> bool:
    """Whether the straight quote at ``at`` opens a quote (an odd count of them before it on
    its paragraph)."""
    start = text.rfind("\n", 0, at) + 1
    return text.count('"', start, at) % 2 == 0


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

    def __init__(self, *, speller: Speller, resources: Path | None = None,
                 standard: Mapping[str, str] | None = None) -> None:
        self._speller = speller
        # Non-standard word -> standard form (the baku pack's swaps): a joined passive takes
        # its standard form at once (di himbau -> diimbau, not dihimbau).
        self._standard = dict(standard or {})
        self._memo: tuple[list[Token], list[Token], str, frozenset[int]] | None = None
        vocab = (resources or resource_dir()) / "vocab"
        # Nationwide names from the lexicon (not a one-word district that is a common word:
        # Kota, Baru; scripts/build_lexicon.py leaves those out).
        self._regions = _RegionNames(_optional_list(vocab / "regions.tsv"), speller.region_name)
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
        # The word tokens and sentence starts, computed once for all the rules of this check.
        self._memo = (tokens, _words(tokens), text, sentence_starts(text))
        hits: list[_Hit] = []
        for rule in (self._di_ke_glued, self._di_split, self._pun, self._reduplication,
                     self._capitals, self._rupiah, self._bound_forms, self._sentence_capital,
                     self._spacing, self._titles, self._abbreviation_clitic,
                     self._address_terms, self._official_names, self._maha_god, self._quotes,
                     self._degrees, self._gaps, self._ke_number, self._split_clitic,
                     self._after_quote, self._units_and_numerals, self._pronouns,
                     self._common_capitalised, self._name_function_words, self._generic_runs,
                     self._stray_repeats_and_quotes, self._acronym_letters,
                     self._abbreviation_region, self._rhymes_and_units):
            hits.extend(rule(text, tokens))
        self._memo = None
        findings = []
        # One finding a span: the first (longest) rule wins. Hits come by start, so a hit
        # overlaps a span already taken exactly when it starts before the furthest end taken
        # (for an empty hit: taken before its own start). Linear, not a scan of every span
        # taken: a 1 MB paste has tens of thousands of hits.
        reach = reach_before = 0
        current: int | None = None
        for hit in sorted(hits, key=lambda h: (h.start, -(h.end - h.start))):
            if hit.start != current:
                reach_before, current = reach, hit.start
            if hit.start < (reach if hit.end > hit.start else reach_before):
                continue
            reach = max(reach, hit.end)
            findings.append(Finding(
                rule_id=f"eyd.{hit.rule}", category=Category.ORTHOGRAPHY, severity=hit.severity,
                start=hit.start, end=hit.end, actual=text[hit.start:hit.end],
                message=hit.message, suggestions=(hit.suggestion,), reference=REFERENCE,
            ))
        return findings

    def _words_of(self, tokens: list[Token]) -> list[Token]:
        memo = self._memo
        return memo[1] if memo is not None and memo[0] is tokens else _words(tokens)

    def _starts_of(self, text: str) -> frozenset[int]:
        memo = self._memo
        return memo[3] if memo is not None and memo[2] is text else sentence_starts(text)

    # -- di / ke ---------------------------------------------------------------------------

    def _di_ke_glued(self, text: str, tokens: list[Token]) -> Iterator[_Hit]:
        for token in self._words_of(tokens):
            lower = token.text.lower()
            head, rest = lower[:2], lower[2:]
            if head not in ("di", "ke") or len(rest) < 3 or "-" in rest:
                continue
            if head == "ke" and rest in _KE_NOT_PREPOSITION:
                continue
            glued = (rest in PLACE_WORDS or (rest.endswith("nya") and rest[:-3] in PLACE_WORDS)
                     or (head == "di" and rest in _NUMBER_WORDS))
            if not glued and head == "di" and not self._speller.in_dictionary(token.text):
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
        words = self._words_of(tokens)
        for i, (first, second) in enumerate(itertools.pairwise(words)):
            if first.text.lower() != "di" or text[first.end:second.start].strip(" \t"):
                continue
            rest = second.text
            if not rest.islower() or rest in PLACE_WORDS or len(rest) < 3:
                continue
            if i + 2 < len(words) and words[i + 2].text.lower() in PLACE_WORDS and (
                    text[second.end:words[i + 2].start] == " "):
                continue  # di operasi pasar: a noun phrase after the preposition
            flags = self._speller.dictionary_flags(rest) or ()
            if (i + 2 < len(words) and words[i + 2].text == "oleh"
                    and any(f[0] in "MD" for f in flags)):
                pass  # di gelar oleh panitia: the agent after oleh makes it a passive verb
            elif {"M0", "M1", "D0", "D1"} & set(flags):
                if not self._speller.in_dictionary("di" + rest):
                    continue
            elif not ((rest.endswith(("kan", "i")) and flags == ()
                       and self._speller.is_known("di" + rest))
                      or (rest.endswith("isasi") and self._speller.is_known(rest))):
                continue  # not a verb: di is the preposition (di kantor, di jalan)
            joined = self._standard.get((first.text + rest).lower(), first.text + rest)
            yield _Hit("di-awalan", first.start, second.end, joined,
                       f"“di” sebagai awalan kata kerja pasif ditulis serangkai: “{joined}”.")

    # -- pun ------------------------------------------------------------------------------

    def _pun(self, text: str, tokens: list[Token]) -> Iterator[_Hit]:
        for token in self._words_of(tokens):
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
        words = self._words_of(tokens)
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
        words = self._words_of(tokens)
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
        # From the start of a letter run only (the same matches, found ~40% faster).
        for match in finditer_chunked(rf"(?<!{_W})({_W}{{2,}})([.!?])([ \t]*)({_W}+)", text):
            word, mark, space, letter = match.groups()
            if not letter.islower():
                continue
            if mark == "." and (is_abbreviation(word) or _in_domain(text, match, 1)
                                or re.search(r"[@#][\w.]*$", text[max(0, match.start() - 40):
                                                                   match.start(2)])):
                continue  # host names, @handles with dots
            if mark == "." and not space and (word[:1].isupper() or len(word) < 3):
                continue  # S.Sos, M.Kes, no.5
            if mark == "!" and word.isupper():
                continue  # SP4N-LAPOR! is a name that ends in "!", not a sentence
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
            if (sep or cased) and dash:  # two slips, each its own fix: Rp 5.000,- -> Rp5.000 + ,00
                yield _Hit("rupiah", match.start(), match.end(3) - 2, f"Rp{amount}",
                           f"Lambang rupiah ditulis “Rp” tanpa titik dan tanpa spasi: “Rp{amount}”.")
                yield _Hit("rupiah", match.end(3) - 2, match.end(3), ",00",
                           "Bagian desimal rupiah ditulis dengan angka: “,00”, bukan “,-”.")
                continue
            right = f"Rp{amount}" + (",00" if dash else "")
            yield _Hit("rupiah", match.start(), match.end(), right,
                       f"Lambang rupiah ditulis “Rp” tanpa titik dan tanpa spasi: “{right}”.")

    def _bound_forms(self, text: str, tokens: list[Token]) -> Iterator[_Hit]:
        words = self._words_of(tokens)
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
            if word.lower() in _NOT_A_BASE:
                continue  # antar para pihak: a bound form joins a base word, not a determiner
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


    # -- quotes, degrees, gaps, ke- + number, split -nya, capitals inside a sentence ----------

    def _quotes(self, text: str, tokens: list[Token]) -> Iterator[_Hit]:
        """A closing quote mark used to open a quote, no space after a closing quote, and a
        period (or nothing) where a comma ends a quote followed by its attribution."""
        for match in finditer_chunked(r"(?:(?<=\s)|^)”(?=[^\W\d_])", text):
            yield _Hit("petik-buka", match.start(), match.end(), "“",
                       "Petikan dibuka dengan tanda petik pembuka “, bukan penutup ”.")
        for match in finditer_chunked(r"([,.!?])([”\"])(?=[^\W\d_])", text):
            if match.group(2) == '"' and _opens_quote(text, match.start(2)):
                continue
            right = match.group(1) + match.group(2) + " "
            yield _Hit("spasi-petik", match.start(), match.end(), right,
                       "Sesudah tanda petik penutup ada satu spasi.")
        for match in finditer_chunked(
                rf"(?<={_W})(\.?)([”\"])([ \t]*)(?i:{_ATTRIBUTION})(?:nya)?\b", text):
            if match.group(2) == '"' and _opens_quote(text, match.start(2)):
                continue
            right = "," + match.group(2) + ("" if match.group(3) else " ")
            yield _Hit("koma-petik", match.start(1), match.end(2), right,
                       "Petikan yang diikuti keterangan penuturnya (ujarnya, katanya) diakhiri "
                       "koma sebelum tanda petik penutup: “…,” ujarnya.")

    def _after_quote(self, text: str, tokens: list[Token]) -> Iterator[_Hit]:
        """The attribution after a closing quote is lowercase (“…,” Jelasnya -> jelasnya),
        and a comma before the closing quote of a sentence that ends there is a period."""
        for match in finditer_chunked(_ATTRIBUTION_CAPITALISED_RE, text):
            word = match.group("word")
            yield _Hit("kecil-sesudah-petik", match.start("word"), match.end("word"), word.lower(),
                       f"Keterangan penutur sesudah petikan ditulis dengan huruf kecil: "
                       f"“{word.lower()}”.")
        for match in finditer_chunked(r",([”\"])\.", text):
            yield _Hit("koma-petik", match.start(), match.end(), "." + match.group(1),
                       "Kalimat petikan yang selesai diakhiri titik sebelum tanda petik penutup.")

    def _units_and_numerals(self, text: str, tokens: list[Token]) -> Iterator[_Hit]:
        """Unit symbols and number words after a number are lowercase (1,2 Km -> 1,2 km;
        Rp4,6 Miliar -> Rp4,6 miliar)."""
        for match in finditer_chunked(r"(?<=\d)([ \t]?)(Km|KM|Kg|KG|Cm|CM|Mm|Ha|Ml|ML|Ton)\b(?!-)",
                                      text):
            unit = match.group(2)
            yield _Hit("satuan-kecil", match.start(2), match.end(2), unit.lower(),
                       f"Lambang satuan ditulis dengan huruf kecil: “{unit.lower()}”.")
        for match in finditer_chunked(r"(?<=\d)[ \t]+(Ribu|Juta|Miliar|Milyar|Triliun)\b", text):
            word = match.group(1)
            right = word.lower().replace("milyar", "miliar")
            yield _Hit("bilangan-kecil", match.start(1), match.end(1), right,
                       f"Kata bilangan sesudah angka ditulis dengan huruf kecil: “{right}”.")
        for match in finditer_chunked(r"\b([Ss]e)-[ \t]+([A-Z][\w-]*)", text):
            right = f"se-{match.group(2)}"
            yield _Hit("bentuk-terikat", match.start(), match.end(), right,
                       f"“se-” ditulis dengan tanda hubung tanpa spasi sebelum nama: “{right}”.")
        spaced = " -" in text or "- " in text or "\t-" in text or "-\t" in text
        for match in finditer_chunked(rf"\b({_W}{{2,}})(?:[ \t]+-[ \t]*|-[ \t]+)(\1)\b",
                                      text if spaced else ""):
            right = f"{match.group(1)}-{match.group(2)}"
            yield _Hit("ulang-hubung", match.start(), match.end(), right,
                       f"Kata ulang ditulis dengan tanda hubung tanpa spasi: “{right}”.")

    def _degrees(self, text: str, tokens: list[Token]) -> Iterator[_Hit]:
        """Degrees after a name written without periods (SH -> S.H., SE.MM -> S.E., M.M.),
        Plt/Pj before a title, an initial without its period or without the space after it."""
        for match in finditer_chunked(_DEGREE_RE, text):
            if _degree_parts(match.group("deg")) is None:
                continue
            if re.match(r"[ \t]+[A-Z][a-z]", text[match.end():match.end() + 3]):
                continue  # Loa Kulu, SP Kota Bangun: a place or a name goes on, no degree
            base = match.start("deg")
            # Each degree of a run its own finding (SH Msi -> S.H. and M.Si.); degrees glued by
            # a period (SE.MM) stay one.
            for piece in re.finditer(r"[^\s,]+", match.group("deg")):
                written = piece.group().rstrip(".")
                parts = _degree_parts(written) or []
                right = ", ".join(DEGREES.get(p, p) for p in parts)
                end = base + piece.start() + len(written)
                if not right or (written == right.rstrip(".") and text[end:end + 1] == "."):
                    continue
                yield _Hit("gelar-titik", base + piece.start(), end, right,
                           f"Singkatan gelar ditulis dengan titik: “{right}”.")
        for match in finditer_chunked(r"\b(Plt|Pj|Pjs|Plh)(?=[ \t]+[A-Z])", text):
            right = match.group(1) + "."
            yield _Hit("gelar-titik", match.start(), match.end(), right,
                       f"Singkatan jabatan diakhiri tanda titik: “{right}”.")
        for match in finditer_chunked(r"\b[A-Z][a-z]+[ \t]([A-Z])(?=[ \t]+([A-Z][a-z]{2,}))", text):
            if match.group(1) == "I" and match.group(2).lower() in _BALINESE_NAME_WORDS:
                continue  # I Gede, I Dewa Agung: the Balinese name particle, no initial
            yield _Hit("inisial-titik", match.start(1), match.end(1), match.group(1) + ".",
                       "Inisial nama diakhiri tanda titik.")
        for match in finditer_chunked(r"([A-Z])(?<![\w.][A-Z])\.([A-Z][a-z]{4,})", text):
            right = f"{match.group(1)}. {match.group(2)}"
            yield _Hit("spasi-inisial", match.start(), match.end(), right,
                       "Sesudah inisial atau singkatan bertitik ada spasi.")

    def _rhymes_and_units(self, text: str, tokens: list[Token]) -> Iterator[_Hit]:
        """A rhyming reduplication written apart (lauk pauk -> lauk-pauk) and a unit prefix
        written apart from its unit (kilo meter -> kilometer), as KBBI writes them."""
        for match in finditer_chunked(_RHYME_RE, text):
            if (match.group(1).lower(), match.group(2).lower()) not in _RHYME_PAIRS:
                continue
            right = f"{match.group(1)}-{match.group(2)}"
            yield _Hit("ulang-hubung", match.start(), match.end(), right,
                       f"Kata ulang berubah bunyi ditulis dengan tanda hubung: “{right}”.")
        for match in finditer_chunked(_UNIT_SPLIT_RE, text):
            right = (match.group(1) + match.group(2)).replace("centi", "senti")
            yield _Hit("satuan-serangkai", match.start(), match.end(), right,
                       f"Nama satuan dengan awalan ukuran ditulis serangkai: “{right}”.")

    def _stray_repeats_and_quotes(self, text: str, tokens: list[Token]) -> Iterator[_Hit]:
        """A reduplication typed three times (betul-betul-betul), a space after an opening
        quote mark (“ Untuk), and a closing quote mark with a space opening a quote."""
        for match in finditer_chunked(rf"\b({_W}{{2,}})-\1-\1\b", text):
            right = f"{match.group(1)}-{match.group(1)}"
            yield _Hit("kata-ganda", match.start(), match.end(), right,
                       f"Kata ulang tertulis tiga kali: “{right}”.")
        for match in finditer_chunked(r"“[ \t]+(?=[^\W\d_])", text):
            yield _Hit("spasi-petik", match.start(), match.end(), "“",
                       "Tidak ada spasi sesudah tanda petik pembuka.")
        for match in finditer_chunked(r"”[ \t]+(?=[A-Z])", text if "”" in text else ""):
            if not re.search(r"(?:[.!?][ \t]{1,2}|\n)\Z", text[max(0, match.start() - 3):match.start()]):
                continue  # only after a sentence's end or at a line start
            yield _Hit("petik-buka", match.start(), match.end(), "“",
                       "Petikan dibuka dengan tanda petik pembuka “ tanpa spasi sesudahnya.")

    def _abbreviation_region(self, text: str, tokens: list[Token]) -> Iterator[_Hit]:
        """An office's abbreviation followed by its region in lowercase (Pemkab kudus, pemkab
        pemalang): the region is a name and takes its capital, the abbreviation its form."""
        for first, second in itertools.pairwise(self._words_of(tokens)):
            listed = self._abbreviations.get(first.text.lower())
            if (listed is None or text[first.end:second.start] != " "
                    or not second.text.islower()):
                continue
            region = self._speller.major_region_word(second.text)
            if (region is None or second.text in LEVELS or not region[:1].isupper()
                    or second.text in ("desa", "kelurahan", "dusun", "kampung", "nagari")):
                continue
            right = f"{listed} {region}"
            yield _Hit("kapital-nama-resmi", first.start, second.end, right,
                       f"Nama daerah sesudah singkatan instansi ditulis dengan huruf kapital: "
                       f"“{right}”.")

    def _acronym_letters(self, text: str, tokens: list[Token]) -> Iterator[_Hit]:
        """An acronym in parentheses with its letters swapped against the name before it:
        Badan Penanggulangan Bencana Daerah (BPDB) -> BPBD."""
        words = self._words_of(tokens)
        for i, token in enumerate(words):
            acronym = token.text
            if (not acronym.isupper() or not acronym.isalpha() or not 3 <= len(acronym) <= 6
                    or text[token.start - 1:token.start] != "(" or text[token.end:token.end + 1] != ")"):
                continue
            heads = [w.text for w in words[max(0, i - 10):i]
                     if w.text.lower() not in _NAME_CONNECTORS and w.text.lower() != "di"]
            initials = "".join(w[0] for w in heads[-len(acronym):])
            if (len(initials) == len(acronym) and initials.isupper() and initials != acronym
                    and sorted(initials) == sorted(acronym)):
                yield _Hit("singkatan-huruf", token.start, token.end, initials,
                           f"Huruf singkatan tidak sesuai dengan nama yang disingkat: “{initials}”.")

    def _gaps(self, text: str, tokens: list[Token]) -> Iterator[_Hit]:
        """A missing space after a sentence's period (2017.Pembangunan), around parentheses,
        and a space before a percent sign."""
        for match in finditer_chunked(r"(?<=[a-z0-9])\.([A-Z][a-z]{2,})", text):
            if _in_domain(text, match, 1):
                continue
            yield _Hit("spasi-titik", match.start(), match.end(), ". " + match.group(1),
                       "Sesudah tanda titik ada satu spasi.")
        for match in finditer_chunked(rf"(?<={_W})\((?=\w)", text):
            yield _Hit("spasi-kurung", match.start() - 1, match.end(),
                       text[match.start() - 1] + " (", "Sebelum kurung buka ada satu spasi.")
        for match in finditer_chunked(r"\([ \t]+([^()\n]{1,40}?)[ \t]*\)|\(([^()\n]{1,40}?)[ \t]+\)",
                                      text):
            inner = (match.group(1) or match.group(2) or "").strip()
            yield _Hit("spasi-kurung", match.start(), match.end(), f"({inner})",
                       "Tidak ada spasi sesudah kurung buka dan sebelum kurung tutup.")
        for match in finditer_chunked(r"(?<![\d.,])(\d+(?:[.,]\d+)?)(kg|km|cm|mm|ml|ha|liter|meter)\b",
                                      text):
            right = f"{match.group(1)} {match.group(2)}"
            yield _Hit("spasi-satuan", match.start(), match.end(), right,
                       f"Antara angka dan lambang satuan ada spasi: “{right}”.")
        for match in finditer_chunked(_ADDRESS_ABBREVIATION_RE, text):
            right = match.group(1) + "."
            yield _Hit("singkatan-titik", match.start(1), match.end(1), right,
                       f"Singkatan “{match.group(1)}” diakhiri tanda titik: “{right}”.")
        for match in finditer_chunked(_TIME_ZONE_RE, text):
            right = match.group("zone").upper()
            yield _Hit("zona-waktu", match.start("zone"), match.end("zone"), right,
                       f"Singkatan zona waktu ditulis dengan huruf kapital: “{right}”.")
        for match in finditer_chunked(r"\b(?:[Pp]ukul|[Jj]am)[ \t]+(\d{1,2}):(\d{2})\b", text):
            right = f"{match.group(1)}.{match.group(2)}"
            yield _Hit("waktu-titik", match.start(1), match.end(2), right,
                       f"Jam dan menit dipisahkan tanda titik: “{right}”.")
        for match in finditer_chunked(r"(?<![\d.,])(\d(?:[\d.,]*\d)?)[ \t]+%", text):
            yield _Hit("spasi-persen", match.start(), match.end(), match.group(1) + "%",
                       "Lambang persen ditulis tanpa spasi sesudah angkanya.")

    def _ke_number(self, text: str, tokens: list[Token]) -> Iterator[_Hit]:
        """ke + a numeral is an ordinal and takes a hyphen (EYD V): ke 166 -> ke-166."""
        for match in finditer_chunked(r"\b([Kk]e)[ \t]+(\d+)\b(?![.,]\d)", text):
            before = text[max(0, match.start() - 25):match.start()].split()
            after = text[match.end():match.end() + 20].split()
            next_word = after[0].strip(".,;:!?)").lower() if after else ""
            if next_word in _COUNTED and not (before and before[-1].lower() in _ORDINAL_HEADS):
                continue  # ke 3 desa: a direction with a count, not an ordinal
            right = f"{match.group(1)}-{match.group(2)}"
            yield _Hit("ke-angka", match.start(), match.end(), right,
                       f"“ke” sebelum angka yang menyatakan urutan ditulis dengan tanda hubung: "
                       f"“{right}”.")

    def _split_clitic(self, text: str, tokens: list[Token]) -> Iterator[_Hit]:
        """-nya, -lah, -kah written apart from their word: meningkat nya -> meningkatnya."""
        words = self._words_of(tokens)
        for first, second in itertools.pairwise(words):
            if second.text not in ("nya", "lah", "kah") or text[first.end:second.start] != " ":
                continue
            if not first.text.isalpha():
                continue
            right = first.text + second.text
            yield _Hit("klitik-serangkai", first.start, second.end, right,
                       f"“-{second.text}” ditulis serangkai dengan kata di depannya: “{right}”.")

    def _common_capitalised(self, text: str, tokens: list[Token]) -> Iterator[_Hit]:
        """A common word capitalised alone inside a sentence (pada Tahun 2015, media Cetak
        dan ...): only between lowercase words, so names and titles of several words stay."""
        words = self._words_of(tokens)
        starts = self._starts_of(text)
        # A short quotation in Title Case is a title (bertema "Integritas dalam Pelayanan").
        titles = [m.span() for m in _SHORT_QUOTE_RE.finditer(text)] if ('"' in text or "“" in text) else []
        for i, token in enumerate(words):
            word = token.text
            if titles and any(a < token.start < b for a, b in titles):
                continue
            if (i == 0 or token.start in starts or len(word) < 3 or not word[0].isupper()
                    or not word[1:].islower() or not word.isalpha()):
                continue
            prev = words[i - 1]
            gap = text[prev.end:token.start]
            if gap not in (" ", "  ", ", ") or not prev.text.islower() or (
                    (prev.text.lower() in _TITLE_CONTEXT or _ATTRIBUTION_WORD_RE.fullmatch(prev.text.lower()))
                    and not word.endswith("nya")):
                continue  # ungkap Jun: a name; ujar Stafnya: -nya makes it a common noun
            if (i >= 2 and gap == " " and self._name_gap(text, words[i - 2], prev, starts)):
                if (len(prev.text) >= 4 and self._plain_word(prev.text) and i >= 3
                        and words[i - 3].text.islower() and word.lower() not in LEVELS
                        and word.lower() not in self._institutions
                        and self._common_form(word.lower()) and word.lower() not in _CAPITALISED_NOUNS
                        and words[i - 2].text.lower() not in _CAPITALISED_NOUNS
                        and prev.text not in _GENERIC_BEFORE and prev.text != "seorang"):
                    right = _capitalised(prev.text)
                    yield _Hit("kapital-nama", prev.start, prev.end, right,
                               f"Setiap kata nama program atau dokumen ditulis dengan huruf "
                               f"kapital: “{right}”.")
                continue  # Kartu tanda Penduduk: a name with one word in lowercase
            pair = re.match(r"/([A-Z][a-z]+)\b", text[token.end:token.end + 30])
            if pair and all(w in LEVELS or self._common_word(w)
                            for w in (word.lower(), pair.group(1).lower())):
                right = f"{word.lower()}/{pair.group(1).lower()}"
                yield _Hit("kapital-kata-umum", token.start, token.end + pair.end(), right,
                           f"Kata umum di tengah kalimat ditulis dengan huruf kecil: “{right}”.")
                continue  # di setiap Kabupaten/Kota
            if prev.text in _WORD_NAME_INTRODUCERS or word.lower() in _EITHER_CASE:
                continue  # menu Pengaduan, aplikasi Signal; Lebaran, Paskah
            if re.match(r"[ \t]+\d", text[token.end:token.end + 3]) and word.lower() not in _TIME_WORDS:
                continue  # Lantai 2, Tahap 3: a numbered label
            if i + 1 < len(words):
                nxt = words[i + 1]
                after_gap = text[token.end:nxt.start]
                if (word in ("Bulan", "Hari") and after_gap == " "
                        and nxt.text.lower() in ((*MONTHS, "mei", "nopember", "pebruari")
                                                 if word == "Bulan" else DAYS)):
                    lower = word.lower()  # di Bulan Nopember, pada Hari Senin
                    yield _Hit("kapital-kata-umum", token.start, token.end, lower,
                               f"Kata umum di tengah kalimat ditulis dengan huruf kecil: “{lower}”.")
                    continue
                if after_gap.strip(" ") == "" and not nxt.text.islower():
                    continue  # Dinas Pariwisata, Kampung Kerapu: a name of several words
                if (nxt.text in _NAME_CONNECTORS and i + 2 < len(words)
                        and words[i + 2].text[:1].isupper()):
                    continue  # Informasi dan Komunikasi: a name joined by dan
                if (i + 2 < len(words) and after_gap == " "
                        and self._name_gap(text, token, nxt, starts)
                        and self._common_form(words[i + 2].text.lower())
                        and text[nxt.end:words[i + 2].start] == " " and words[i + 2].text.istitle()):
                    continue  # Kartu tanda Penduduk: a name with one word in lowercase
                if after_gap.strip(" ") == "," and nxt.text.istitle() and re.match(
                        r"(?:,[ \t]*(?:(?:dan|serta|atau)[ \t]+)?|[ \t]+(?:dan|serta|atau)[ \t]+)[A-Z]",
                        text[nxt.end:nxt.end + 12]):
                    continue  # Menguras, Menutup, dan Mengubur: a list of named steps
            elif not re.match(r"\s*[.,;:!?]", text[token.end:token.end + 2]):
                continue
            lower = word.lower()
            if (lower in _CAPITALISED_NOUNS or lower in DAYS or lower in MONTHS
                    or lower in HOLIDAYS or lower == "minggu" or not self._common_form(lower)):
                continue
            yield _Hit("kapital-kata-umum", token.start, token.end, lower,
                       f"Kata umum di tengah kalimat ditulis dengan huruf kecil: “{lower}”.")

    def _name_gap(self, text: str, head: Token, middle: Token, starts: frozenset[int]) -> bool:
        """``middle`` is a lowercase noun between a capitalised common word ``head`` (not at
        a sentence start) and another capitalised word: one name written with a small letter
        in the middle (Kartu tanda Penduduk, Pemberantasan sarang Nyamuk)."""
        lower = middle.text
        return (head.text.istitle() and head.start not in starts and lower.islower()
                and text[head.end:middle.start] == " " and self._common_form(head.text.lower())
                and lower not in _NAME_BREAKERS and lower not in _FUNCTION_WORDS
                and lower not in _NAME_CONNECTORS
                and not lower.startswith(("me", "di", "ber", "ter")))

    def _generic_runs(self, text: str, tokens: list[Token]) -> Iterator[_Hit]:
        """Two or three common words capitalised inside a sentence with no name after them:
        a generic use (seluruh Kepala Puskesmas, hubungi Pemerintah Desa atau ..., dari Rumah
        Sakit yang merawat). Titles and institutions keep their capitals unless a determiner
        says they are generic; a name introduced as such (program Kampung Iklim) is left."""
        words = self._words_of(tokens)
        starts = self._starts_of(text)
        i = 1
        while i < len(words):
            run_end = i
            while (run_end < len(words) and run_end - i < 4 and words[run_end].text.istitle()
                   and words[run_end].text.isalpha()
                   and (run_end == i or text[words[run_end - 1].end:words[run_end].start] == " ")):
                run_end += 1
            run = words[i:run_end]
            if not run:
                i += 1
                continue
            prev = words[i - 1]
            i = run_end
            if (len(run) > 3 or run[0].start in starts or text[prev.end:run[0].start] != " "
                    or not prev.text.islower()):
                continue
            after = text[run[-1].end:run[-1].end + 2]
            if not (re.match(r"[,.;:)]|[ \t][a-z]", after) or not after):
                continue  # a name, a number or an acronym follows: a title or a label
            if re.match(r"[ \t]+(?:dan|serta|atau|&)[ \t]+[A-Z]", text[run[-1].end:run[-1].end + 12]):
                continue  # Tugas Pokok dan Fungsi, Festival Dara dan Daeng: one name
            if i - len(run) >= 2 and words[i - len(run) - 2].text[:1].isupper() and len(
                    prev.text) <= 5:
                continue  # Kartu tanda Penduduk Elektronik: a name with one word in lowercase
            lowers = [w.text.lower() for w in run]
            generic = prev.text in _GENERIC_BEFORE or prev.text == "seorang"
            if not all((self._plain_word(w) or (generic and self._abbreviations.get(w, "").istitle()))
                       and (w not in _CAPITALISED_NOUNS or w in _TITLE_WORDS) for w in lowers):
                continue  # seluruh Indonesia: a name after the determiner
            first = lowers[0]
            if generic:
                pass  # seorang Kepala Daerah, seluruh Kepala Puskesmas
            elif (len(run) != 2 or prev.text in _NAME_INTRODUCERS or first != "pemerintah"
                  or lowers[1] not in (*LEVELS, "desa", "kelurahan", "daerah", "pusat")):
                # Other runs of common words are too often names of their own in real prose
                # (Rumah Jabatan, Sapa Warga, Partai Buruh, a menu's Info Peserta): left.
                continue  # Pemerintah Desa with no name after it: any village's government
            right = " ".join(lowers)
            yield _Hit("kapital-kata-umum", run[0].start, run[-1].end, right,
                       f"Kata umum di tengah kalimat ditulis dengan huruf kecil: “{right}”.")

    def _plain_word(self, lower: str) -> bool:
        """A word of the lexicon that is no name, region, day, month or listed abbreviation."""
        return (self._speller.is_known(lower) and self._speller.region_name(lower) is None
                and self._speller.dictionary_flags(lower[:1].upper() + lower[1:]) is None
                and lower not in self._abbreviations and lower not in DAYS
                and lower not in MONTHS and lower not in HOLIDAYS and lower != "minggu")

    def _common_form(self, lower: str) -> bool:
        """A common word, one with -nya (Kantornya), or an affixed form the dictionary has in
        lowercase only (Pengerasan, Perekaman): never a name by itself."""
        if self._common_word(lower):
            return True
        if lower.endswith("nya") and len(lower) > 6 and self._common_form(lower[:-3]):
            return True
        if lower in self._abbreviations or self._speller.region_word(lower) is not None:
            return False
        return (self._speller.in_dictionary(lower) and lower[:1] != lower[:1].upper()
                and self._speller.dictionary_flags(lower[:1].upper() + lower[1:]) is None
                and (lower.startswith(_DERIVING_PREFIXES) or (
                    lower.endswith("an") and self._speller.dictionary_flags(lower[:-2]) is not None)))

    def _common_word(self, lower: str) -> bool:
        """A lowercase word of id_ID (or an English one) that is no name: never written
        capitalised in the dictionary, no region, no listed abbreviation."""
        if lower in self._abbreviations or self._speller.region_word(lower) is not None:
            return False
        if self._speller.dictionary_flags(lower[:1].upper() + lower[1:]) is not None:
            return False  # Indonesia, Rabu: the dictionary lists it as a name
        return (self._speller.in_dictionary(lower) and self._speller.dictionary_flags(
            lower) is not None) or self._speller.is_english(lower)

    def _pronouns(self, text: str, tokens: list[Token]) -> Iterator[_Hit]:
        """A personal pronoun capitalised inside a sentence (…, Saya minta …); Anda and a
        pronoun at a sentence start or after a quote mark or colon keep their capital."""
        starts = self._starts_of(text)
        for token in self._words_of(tokens):
            if token.text not in _PRONOUNS or token.start in starts:
                continue
            before = text[max(0, token.start - 3):token.start].rstrip(" \t")
            if not before or before[-1] in "“\"‘':\n(-–—" or (before[-1] not in ",;" and not (
                    before[-1].isalpha() and before[-1].islower())):
                continue
            lower = token.text.lower()
            yield _Hit("kapital-kata-umum", token.start, token.end, lower,
                       f"Kata ganti di tengah kalimat ditulis dengan huruf kecil: “{lower}”.")

    def _name_function_words(self, text: str, tokens: list[Token]) -> Iterator[_Hit]:
        """A function word capitalised inside a name (Komunikasi Dan Informatika)."""
        words = self._words_of(tokens)
        starts = self._starts_of(text)
        for prev, token, nxt in zip(words, words[1:], words[2:], strict=False):
            if token.text not in _NAME_FUNCTION_WORDS or token.start in starts:
                continue
            if (text[prev.end:token.start] != " " or text[token.end:nxt.start] != " "
                    or not prev.text[:1].isupper() or not nxt.text[:1].isupper()):
                continue
            lower = token.text.lower()
            yield _Hit("kapital-kata-tugas", token.start, token.end, lower,
                       f"Kata tugas dalam nama ditulis dengan huruf kecil: “{lower}”.")


    # -- official names and maha- (EYD V rules 6 and 7) -------------------------------------

    def _official_names(self, text: str, tokens: list[Token]) -> Iterator[_Hit]:
        """A specific institution or region written without its capitals: "dinas kesehatan
        kabupaten oku timur" -> "Dinas Kesehatan Kabupaten OKU Timur". Only names that end in
        a level and a known region name; generic uses (setiap dinas, dinas terkait) never reach
        a region and stay untouched."""
        words = self._words_of(tokens)
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
            if level_at + 1 >= len(words) or text[words[level_at].end:words[level_at + 1].start] not in (
                    " ", "\t"):
                continue  # kabupaten/kota: no name follows the level word
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
    """Region names of regions.tsv and of the lexicon (``more``: the words of a name,
    lowercase, joined by spaces -> the name), matched word by word in any case."""

    def __init__(self, names: Iterable[str], more: Callable[[str], str | None] | None = None,
                 *, more_longest: int = 6) -> None:
        self._by_words: dict[tuple[str, ...], str] = {}
        for name in names:
            self._by_words[tuple(name.replace("-", " - ").lower().split())] = name
        self._more = more
        self._longest = max([*(len(k) for k in self._by_words), more_longest if more else 0],
                            default=0)

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
            if name is None and self._more is not None:
                name = self._more(" ".join(parts))
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
