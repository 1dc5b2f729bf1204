"""Names, titles and abbreviations (EYD V rules on capitals and abbreviations): official
names of institutions and regions, maha- for God, academic degrees and titles with their
periods, initials, an office's abbreviation with its region, acronym letters, -nya after an
acronym.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from core.check.orthography.context import (
    Context,
    Hit,
    capitalised,
    in_domain,
    next_titled,
    titled,
)
from core.check.orthography.vocabulary import Vocabulary
from core.check.orthography.words import (
    DAYS,
    DEGREE_TOKEN,
    DEGREES,
    FUNCTION_WORDS,
    GENERIC_BEFORE,
    GOD_WORDS,
    LEVELS,
    MAX_NAME_WORDS,
    MONTHS,
    NAME_BREAKERS,
    NAME_CONNECTORS,
    TITLE_CONTEXT,
    TITLE_WORDS,
    UNIT_WORDS,
    town_before_a_name,
)
from core.check.suggest import one_edit
from core.check.text import Token, finditer_chunked, in_domain_name

_TITLE_AFTER_NAME_RE = re.compile(r"\b((?:S|M|A|D)\.(?:[A-Z][A-Za-z]{0,4})(?:\.[A-Z][a-z]{0,3})?)"
                                  r"(?![.\w])")
# A name after the title may open with initials (Drs H A Fathoni, Ir S A Supriono).
_TITLE_BEFORE_NAME_RE = re.compile(
    r"\b(Dr|DR|Drs|Dra|Ir|Prof|Hj|H|dr|Ny)[ \t]+(?=(?:[A-Z]\.?[ \t]+)*[A-Z][a-z])")
# Written in capitals, the title keeps its usual case: DR Vicky -> Dr. Vicky.
_TITLE_CASE = {"DR": "Dr"}
# After a name (a capitalised word) and a comma or space; one degree or several run together.
_DEGREE_RE = re.compile(
    # (?<=[a-z]),?[ \t]+ written as three branches that each open with a literal, so the scan
    # jumps from one comma, space or tab to the next instead of trying every position.
    # A name may end in initials (Alfajrian AB, SE): a comma after one to three capitals
    # that follow a lowercase word.
    # A name may end in a stray period before its comma (Kusworo Wibowo., SH).
    r"(?:,(?:(?<=[a-z],)|(?<=[a-z]\.,))[ \t]+|,(?:(?<=[a-z][ \t][A-Z],)|(?<=[a-z][ \t][A-Z]{2},)"
    r"|(?<=[a-z][ \t][A-Z]{3},))[ \t]+"
    r"| (?<=[a-z] )[ \t]*|\t(?<=[a-z]\t)[ \t]*)"
    rf"(?P<deg>(?:{DEGREE_TOKEN})(?:(?:\.,[ \t]*|[.,][ \t]*|[ \t]+)(?:{DEGREE_TOKEN}))*)"
    # a colon after the degrees: a contact list (Flora Pongoh, SE, MSi: 0811 …)
    r"(?=[.,;:)\s]|$)")


# dokter hewan before a name: KBBI and EYD V write drh. in lowercase (Drh. Faris -> drh. Faris).
_DRH_RE = re.compile(r"\bDrh\b\.?(?=[ \t]+[A-Z])")


# An acting or interim officer's abbreviation before the title (Plt. Kepala Dinas, Pj. Bupati):
# also written in capitals (PJ Gubernur) or before the title in lowercase (Pj gubernur).
_ACTING_RE = re.compile(r"\b(Plt|Pj|Pjs|Plh|PLT|PJ|PJS|PLH)(?=[ \t]+(?:[A-Z]|(?:"
                        + "|".join(sorted(TITLE_WORDS)) + r")\b))")


_DOTTED = frozenset(DEGREES.values())
# A degree the table does not list, written with its inner periods (B.HSc, S.Th, M.Sc.IT):
# before a comma and a listed degree it says the name's degrees are being listed.
_DOTTED_SHAPE_RE = re.compile(r"[A-Z][a-z]{0,2}(?:\.[A-Z][A-Za-z]{0,3})+")


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


# The initials a name ends with before the comma of its degrees (Alfajrian AB, SE), with the
# word before them.
_INITIALS_BEFORE_RE = re.compile(r"(\w+)[ \t]+[A-Z]{1,3},$")


def _after_a_name(text: str, at: int) -> bool:
    """Whether the word before ``at`` is capitalised: a name a degree can follow."""
    before = re.search(r"(\w+)\.?[ \t,]*$", text[max(0, at - 40):at])
    return before is not None and before.group(1)[:1].isupper()


def _dotted_degree(written: str) -> str:
    """A degree with some of its periods (M.AP, S.SiT, S.KM) as the degree table writes it
    (M.A.P., S.Si.T., S.K.M.); a form the table gives itself (S.IP, M.Si) just takes its final
    period."""
    if written in DEGREES:
        return DEGREES[written]
    if written + "." in _DOTTED:
        return written + "."
    return DEGREES.get(written.replace(".", ""), written + ".")


def _listed_degree(written: str) -> bool:
    """A degree the table lists, with any of its periods (S.IP, SE, S.E.)."""
    bare = written.rstrip(".")
    return bare in DEGREES or bare + "." in _DOTTED or bare.replace(".", "") in DEGREES


def _a_degree(written: str) -> bool:
    """A degree as written before another one: SE, S.E., S.SiT, M.AP (the table's degrees with
    any of their periods, or a dotted degree of the same shape it does not list)."""
    return (_listed_degree(written) or written in _DOTTED
            or _DOTTED_SHAPE_RE.fullmatch(written.rstrip(".")) is not None)


def _an_initial_before_a_name(written: str) -> bool:
    """Whether ``written`` (M.Yusuf, A.Calo) is an initial glued to a name rather than a
    degree: the table lists no such degree, and the word after the period is longer than any
    degree's part (five letters and more: M.Tech, S.Farm are degrees) or, after A. or D.
    (whose degrees are A.Md, A.Ma, D.III), three letters and more."""
    if written in DEGREES or written.replace(".", "") in DEGREES or "." not in written:
        return False
    initial, _, word = written.partition(".")
    if "." in word or not (word[:1].isupper() and word[1:].islower()):
        return False
    return len(word) >= 5 or (initial in ("A", "D") and len(word) >= 3)


def titles(ctx: Context) -> Iterator[Hit]:
    text = ctx.text
    for match in finditer_chunked(_TITLE_AFTER_NAME_RE, text):
        title = match.group(1)
        if in_domain(text, match):
            continue
        if text[match.start() - 1:match.start()] == "(" and title.replace(".", "") not in DEGREES:
            continue  # Daerah Irigasi (D.I): an abbreviation explained, no degree
        if re.match(r"[ \t]+[A-Z][a-z]", text[match.end():match.end() + 3]) and (
                title.replace(".", "") not in DEGREES):
            continue  # D.I Air Donok: an initialism inside a name that goes on, no degree
        if _an_initial_before_a_name(title):
            continue  # M.Yusuf, A.Calo: an initial glued to a name (spasi-inisial), no degree
        right = _dotted_degree(title)
        yield Hit("gelar-titik", match.start(1), match.end(1), right,
                  f"Singkatan gelar ditulis dengan titik: “{right}”.")
    for match in finditer_chunked(_TITLE_BEFORE_NAME_RE, text):
        title = _TITLE_CASE.get(match.group(1), match.group(1))
        yield Hit("gelar-titik", match.start(1), match.end(1), title + ".",
                  f"Singkatan gelar atau sapaan di depan nama diakhiri tanda titik: “{title}.”.")


def abbreviation_clitic(ctx: Context) -> Iterator[Hit]:
    text = ctx.text
    for match in finditer_chunked(r"\b([A-Z]{2,})(nya|ku|mu)\b", text):
        right = f"{match.group(1)}-{match.group(2)}"
        yield Hit("singkatan-hubung", match.start(), match.end(), right,
                  f"Imbuhan pada singkatan berhuruf kapital memakai tanda hubung: “{right}”.")


# Degrees whose letters also name a document or a permit (surat edaran, surat perintah,
# surat tugas, surat izin praktik or keramaian, surat keterangan miskin, berita acara) or a court:
# before tersebut, itu, ini or nomor they are the document.
_DOCUMENTS = frozenset({"SE", "SP", "ST", "SIP", "SIK", "SKM", "SS", "STP", "SKH",
                        "BA"})  # berita acara
# A dotted degree written with a space after its first period (Nasran, S. Sos; Lesdi, S. Ag):
# after a name and its comma, the joined form is a listed degree.
_SPACED_DEGREE_RE = re.compile(
    r",(?<=[a-z],)[ \t]+(?P<deg>[SMD]\.[ \t]+[A-Z][a-z]{1,3})(?P<dot>\.?)(?=[,;:)\s]|$)")
# A period where the comma before a degree belongs, the sentence going on after the degree
# (Ir. Nyoman Sutrisna. MM mengungkapkan): the period is no sentence end.
_PERIOD_BEFORE_DEGREE_RE = re.compile(
    rf"(?<=[a-z])\.[ \t]+(?P<deg>{DEGREE_TOKEN})(?=[ \t]+[a-z])")


# A single capital letter written alone between the words of a person's name: a middle
# initial without its period (EYD V rule 11(a): Rina A Lestari -> A.; Max J Lomban, Camat
# Sukamaju, M Fahmi; Ardinal K, S.Pd). Not I, V or X (Roman numerals: Asisten I, Dusun V,
# Hamengku Buwono X; the Balinese name particle I Made), not H before a name (Haji: the title
# rule's; Ahmad H, S.H. is an initial), not a letter that designates a class, part or
# article (Paket C, Huruf C, Blok A, Batalyon C).
_INITIAL_RE = re.compile(r"(?<![\w.'’-])([A-HJ-UWYZ])(?![\w.'’-])")
# After a name, or after a title that opens one (Dr Ir H W Musyafirin).
_INITIAL_BEFORE_RE = re.compile(r"\b([A-Z][a-z]+|H|Hj|DR|Dr|Ir|Drs)(,?)[ \t]+$")
_INITIAL_AFTER_RE = re.compile(r"[ \t]+([A-Z][a-z]+)\b|,[ \t]*([A-Z][A-Za-z.]*)")
# Nouns a capital letter designates a member of (Paket C, Kelas A, Pasal 5 Huruf C, Blok B).
LETTER_DESIGNATORS = frozenset({
    "huruf", "pasal", "ayat", "butir", "poin", "blok", "tipe", "kelas", "golongan", "paket",
    "tahap", "zona", "grup", "regu", "tim", "pos", "jalur", "gedung", "lantai", "ruang",
    "vitamin", "hepatitis", "sektor", "kategori", "seri", "angkatan", "gelombang", "sesi",
    "pleton", "peleton", "kompi", "batalyon", "rayon", "bagian", "lampiran", "opsi", "pilihan",
    "varian", "nomor", "kode", "model", "level", "tingkat", "lajur", "gerbang", "pintu",
    "loket", "kluster", "klaster", "shift", "sif", "gang", "lorong", "dermaga", "terminal",
    "sel", "grade", "bab", "subbab", "formulir", "form", "skema", "produk", "rombel"})


def _initials(ctx: Context) -> Iterator[Hit]:
    text = ctx.text
    for match in finditer_chunked(_INITIAL_RE, text):
        start = match.start()
        before = _INITIAL_BEFORE_RE.search(text, max(0, start - 40), start)
        if before is None or start in ctx.starts:
            continue
        after = _INITIAL_AFTER_RE.match(text, match.end())
        if after is None:
            continue
        prev = before.group(1).lower()
        if prev in LETTER_DESIGNATORS or prev in ctx.vocab.abbreviations:
            continue  # Paket C Tahun 2009, Huruf C Undang-Undang: a letter of a series
        if after.group(1) is not None:
            if match.group(1) == "H":
                continue  # H Syamsuar: Haji before a name, the title rule's
            nxt = after.group(1).lower()
            if (ctx.vocab.plain_word(prev) and ctx.vocab.plain_word(nxt)) or (
                    nxt in ctx.vocab.abbreviations or nxt in LEVELS or nxt in UNIT_WORDS):
                continue  # Batalyon C Pelopor, Kelas B Kabupaten: no name around the letter
        elif not _a_degree(after.group(2).rstrip(",")) or _listed_degree(
                f"{match.group(1)}.{after.group(2)}".rstrip(",")):
            continue  # Lampoeh U, Niyanusi: no degree after the comma; S,IP is the degree S.IP
        yield Hit("inisial-titik", match.start(1), match.end(1), match.group(1) + ".",
                  "Inisial nama diakhiri tanda titik.")


def degrees(ctx: Context) -> Iterator[Hit]:
    """Degrees after a name written without periods (SH -> S.H., SE.MM -> S.E., M.M.),
    Plt/Pj before a title, an initial without the space after its period."""
    text = ctx.text
    for match in finditer_chunked(_DEGREE_RE, text):
        if _degree_parts(match.group("deg")) is None:
            continue
        if not _after_a_name(text, match.start()):
            continue  # sesuai dengan SE yang berlaku: a circular after a common word, no degree
        opener = re.search(r"(\w+)[ \t]+$", text[max(0, match.start() - 40):match.start() + 1])
        if (opener is not None and match.group("deg").rstrip(".") in _DOCUMENTS
                and match.start() - len(opener.group()) + 1 in ctx.starts
                and ctx.vocab.plain_word(opener.group(1).lower())):
            continue  # Berkas BA serah terima: a document after a sentence's first word, whose
            # capital makes no name
        initials = _INITIALS_BEFORE_RE.search(text, max(0, match.start() - 40), match.start() + 1)
        if initials is not None and not initials.group(1)[:1].isupper():
            continue  # ke MA, SIK dan KTP: capitals after a common word are no initials
        if re.match(r"[ \t]+[IVX]+\b", text[match.end():match.end() + 8]):
            continue  # Soekarno-Hatta AP II: a numbered company or unit, no degree
        after = re.match(r"[ \t]+([A-Z][a-z]+)", text[match.end():match.end() + 24])
        if after is not None and not (after.group(1).lower() in TITLE_WORDS
                                      and _after_a_name(text, match.start())):
            continue  # Loa Kulu, SP Kota Bangun: a place or a name goes on, no degree
            # (a position after a name's degree is no name: Budi Santoso ST Kepala Dinas;
            # melalui SE Kepala Dinas is a circular, no degree)
        if re.match(r"[ \t]+(?:tersebut|itu|ini|nomor)\b", text[match.end():match.end() + 12]) and (
                match.group("deg").rstrip(".") in _DOCUMENTS):
            continue  # SE tersebut, SE nomor 3: a document (surat edaran), no degree; a
            # degree that names no document (Ipda Fardyansah SH itu) is still the name's
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
            if right.endswith(".") and re.match(r"\.[,;]", text[end:end + 2]):
                end += 1  # SIK. -> S.I.K.: the period written stays the degree's last one
            yield Hit("gelar-titik", base + piece.start(), end, right,
                      f"Singkatan gelar ditulis dengan titik: “{right}”.")
    for match in finditer_chunked(_SPACED_DEGREE_RE, text if ". " in text else ""):
        joined = re.sub(r"[ \t]+", "", match.group("deg"))
        if joined not in DEGREES and joined.replace(".", "") not in DEGREES:
            continue  # Budi, S. Ardi: an initial and a name
        if not _after_a_name(text, match.start()):
            continue
        right = _dotted_degree(joined)
        yield Hit("gelar-titik", match.start("deg"), match.end("dot"), right,
                  f"Singkatan gelar ditulis rapat dengan titik: “{right}”.")
    for match in finditer_chunked(_PERIOD_BEFORE_DEGREE_RE, text if ". " in text else ""):
        deg = match.group("deg")
        if not _after_a_name(text, match.start()) or _degree_parts(deg) is None or (
                deg in _DOCUMENTS and re.match(r"[ \t]+(?:tersebut|itu|ini|nomor)\b",
                                               text[match.end():match.end() + 12])):
            continue  # … di Kantor Camat. SP tersebut …: a document opens the sentence
        right = ", ".join(DEGREES.get(p, p) for p in _degree_parts(deg) or [])
        yield Hit("gelar-koma", match.start(), match.start() + 1, ",",
                  "Gelar dipisahkan dari nama dengan koma, bukan titik: kalimat berlanjut.")
        if right and right != deg:
            yield Hit("gelar-titik", match.start("deg"), match.end("deg"), right,
                      f"Singkatan gelar ditulis dengan titik: “{right}”.")
    for match in finditer_chunked(_DRH_RE, text if "Drh" in text else ""):
        if match.start() in ctx.starts:
            continue  # Drh. Indra opening a sentence: the sentence's capital
        yield Hit("gelar-titik", match.start(), match.end(), "drh.",
                  "Singkatan gelar dokter hewan ditulis dengan huruf kecil dan titik: “drh.”.")
    for match in finditer_chunked(_ACTING_RE, text):
        right = match.group(1).capitalize() + "."  # PJ Gubernur, Pj gubernur -> Pj.
        yield Hit("gelar-titik", match.start(), match.end(), right,
                  f"Singkatan jabatan diakhiri tanda titik: “{right}”.")
    yield from _initials(ctx)
    # An initial, or a run of them (H.A.), before a name with no space after the last
    # period (EYD V rule 11(a) writes the initials closed up and the name after a space:
    # H.A. Pawelloi, A. Calo). A name of three letters and more; a degree written so
    # (S.Sos, S.Farm, M.Kes) or an abbreviation that ends in its own period (S.Stat.) is none.
    for match in finditer_chunked(r"(?<![\w.])((?:[A-Z]\.){1,3})([A-Z][a-z]{2,})\b(?![.'’-])",
                                  text if "." in text else ""):
        letters, name = match.group(1), match.group(2)
        written = letters + name
        if written in DEGREES or written.replace(".", "") in DEGREES:
            continue
        if len(name) < 5 and not _a_name_goes_on(text, match.end()):
            continue  # S.Kom, M.Hum as written: a short word alone may be a degree's part
        if (len(name) < 5 and letters in ("S.", "M.")
                and text[max(0, match.start() - 2):match.start()] == ", "):
            continue  # Budi, S.Stat Kepala Dinas: an unlisted degree after a name's comma
        right = f"{letters} {name}"
        yield Hit("spasi-inisial", match.start(), match.end(), right,
                  "Sesudah inisial atau singkatan bertitik ada spasi.")


def _a_name_goes_on(text: str, at: int) -> bool:
    """Whether another capitalised word of a name follows ``at`` after one space (A.Calo
    Kerrang): a short word after an initial is then a name's first word, not a degree's part."""
    return re.match(r" [A-Z][a-z]+\b", text[at:at + 24]) is not None


_REGION_PARTS = frozenset({"utara", "selatan", "barat", "timur", "tengah", "tenggara", "laut",
                           "daya", "pusat", "raya", "baru", "hulu", "hilir", "ilir", "ulu", "satu",
                           "dua", "tiga", "empat", "lima", "seribu", "administrasi", "daerah"})


def abbreviation_region(ctx: Context) -> Iterator[Hit]:
    """An office's abbreviation followed by its region in lowercase (Pemkab kudus, pemkab
    pemalang): the region is a name and takes its capital, the abbreviation its form."""
    text = ctx.text
    for first, second in itertools.pairwise(ctx.words):
        listed = ctx.vocab.abbreviations.get(first.text.lower())
        if (listed is None or text[first.end:second.start] != " "
                or not second.text.islower()):
            continue
        region = ctx.vocab.speller.major_region_word(second.text)
        if (region is None or second.text in LEVELS or not region[:1].isupper()
                or second.text in ("desa", "kelurahan", "dusun", "kampung", "nagari")
                or second.text in _REGION_PARTS):
            continue  # DAK pusat, KTP dua orang, Dukcapil tengah: a word that is only ever
            # a part of a region's name (Jakarta Pusat, Lombok Tengah) names none alone
        if ctx.vocab.speller.in_dictionary(first.text.lower()) and ctx.vocab.plain_word(
                second.text):
            continue  # asisten administrasi, asisten dua: two common words, no office and region
        right = f"{listed} {region}"
        yield Hit("kapital-nama-resmi", first.start, second.end, right,
                  f"Nama daerah sesudah singkatan instansi ditulis dengan huruf kapital: "
                  f"“{right}”.")


def acronym_letters(ctx: Context) -> Iterator[Hit]:
    """An acronym in parentheses with its letters swapped against the name before it:
    Badan Penanggulangan Bencana Daerah (BPDB) -> BPBD."""
    text = ctx.text
    words = ctx.words
    for i, token in enumerate(words):
        acronym = token.text
        if (not acronym.isupper() or not acronym.isalpha() or not 3 <= len(acronym) <= 6
                or text[token.start - 1:token.start] != "(" or text[token.end:token.end + 1] != ")"):
            continue
        heads = [w.text for w in words[max(0, i - 10):i]
                 if w.text.lower() not in NAME_CONNECTORS and w.text.lower() != "di"]
        initials = "".join(w[0] for w in heads[-len(acronym):])
        if (len(initials) == len(acronym) and initials.isupper() and initials != acronym
                and sorted(initials) == sorted(acronym)):
            yield Hit("singkatan-huruf", token.start, token.end, initials,
                      f"Huruf singkatan tidak sesuai dengan nama yang disingkat: “{initials}”.")


def _only_the_government_lowercase(text: str, head_words: list[Token], right: str) -> bool:
    """Whether "pemerintah" (and "daerah" after it) is the only part of an institution's
    name in lowercase, and the level and region after it are written as listed (pemerintah
    Provinsi Banten, pemerintah daerah Kabupaten Lombok Tengah). Editors of agency prose
    read that as the common noun before the region's name: over the 404 open real texts it
    raised 4 false alarms on 4 sites and found no labelled error (issue 13, round 16)."""
    lead = 1
    if len(head_words) > 2 and head_words[1].text == "daerah":
        lead = 2
    if head_words[0].text != "pemerintah" or len(head_words) <= lead:
        return False
    written = " ".join(text[head_words[lead].start:].split())
    return written.startswith(" ".join(right.split()[lead:])) and all(
        w.text[:1].isupper() for w in head_words[lead:])


_MAJOR_LEVELS = frozenset({"kabupaten", "kota", "provinsi"})


def _one_word_region(ctx: Context, words: list[Token], level_at: int) -> tuple[int, str] | None:
    """A regency or city of one word that is also a common word (kabupaten lingga, kota
    kuningan): the lexicon keeps no whole-name entry for such names (so that a district
    called Kota or Baru gets no rule), only the word. After a level word in lowercase, the
    name in lowercase too, it is the region all the same; a compass or size word (kota
    baru, kabupaten barat) is left."""
    level, name = words[level_at], words[level_at + 1]
    lower = name.text.lower()
    if (level.text.lower() not in _MAJOR_LEVELS or not name.text.isalpha()
            or not (name.text.islower() or name.text.istitle())
            or (level.text[:1].isupper() and not name.text.islower())):
        return None  # (Kabupaten Lingga, written whole, needs no finding)
    if lower in _REGION_PARTS or lower in LEVELS or lower in ("besar", "kecil"):
        return None
    if level_at + 2 < len(words) and ctx.text[name.end:words[level_at + 2].start] == " " and (
            words[level_at + 2].text.lower() in _REGION_PARTS or (
                name.text.istitle() and words[level_at + 2].text[:1].isupper())):
        return None  # kabupaten ogan ilir, kota tanjung pinang, kabupaten Lingga Utara: a
        # longer name, not this one
    # kabupaten Lingga, Kabupaten lingga: the name or the level in lowercase is the region's
    # name all the same (EYD V: unsur nama geografi); round 34
    found = ctx.vocab.speller.major_region_word(lower)
    if found is None or not found.istitle():
        return None
    return level_at + 1, found


def official_names(ctx: Context) -> Iterator[Hit]:
    """A specific institution or region written without its capitals: "dinas kesehatan
    kabupaten oku timur" -> "Dinas Kesehatan Kabupaten OKU Timur". Only names that end in
    a level and a known region name; generic uses (setiap dinas, dinas terkait) never reach
    a region and stay untouched."""
    text = ctx.text
    words = ctx.words
    used_until = -1
    for i, token in enumerate(words):
        if i <= used_until:
            continue
        lower = token.text.lower()
        if lower in ctx.vocab.institutions:
            if i and words[i - 1].text.lower() in GENERIC_BEFORE:
                continue
            end = _institution_end(text, words, i)
            if end is None:
                hit = _institution_abbreviation(ctx.vocab, text, words, i)
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
        region = ctx.vocab.regions.match(text, words, level_at + 1)
        if region is None:
            region = _one_word_region(ctx, words, level_at)
        if region is None:
            continue
        last, canonical = region
        head_words = words[i:level_at + 1]
        written_whole = " ".join(
            text[words[level_at + 1].start:words[last].end].split()) == canonical
        if lower == "kota" and token.text == "kota" and written_whole and town_before_a_name(
                text, token.start):
            continue  # membangun kota Pangkalpinang: the town (words.town_before_a_name)
        if lower in LEVELS and " ".join(
                text[words[level_at + 1].start:words[last].end].split()) == canonical and (
                _ends_institution_phrase(ctx.vocab, text, words, i) or (
                    lower == "kota" and i and words[i - 1].text.lower() in ("dalam", "luar"))):
            continue  # kota, kecamatan, kabupaten or provinsi before a name is the unit (di
            # kecamatan Kertapati, warga kota Depok), unless it ends a generic phrase (setiap
            # dinas kesehatan kabupaten Lahat); dalam kota, luar kota: a phrase ('in town')
        right = " ".join(w.text if w.text.lower() in NAME_CONNECTORS and j else
                         ctx.vocab.name_word(w.text) for j, w in enumerate(head_words))
        right = f"{right} {canonical}"
        start, stop = token.start, words[last].end
        used_until = last
        if " ".join(text[start:stop].split()) == right or text[start:stop].isupper():
            continue  # a heading or dateline in capitals (KOTA PROBOLINGGO) is no slip
        if lower == "pemerintah" and _only_the_government_lowercase(text, head_words, right):
            continue  # pemerintah Provinsi Banten: 'the government' of a region written whole
        what = "nama resmi instansi" if lower in ctx.vocab.institutions else "nama wilayah"
        yield Hit("kapital-nama-resmi", start, stop, right,
                  f"Setiap unsur {what} ditulis dengan huruf kapital, kecuali kata tugas "
                  f"seperti “dan”: “{right}”.")


# Units below the regency whose names no list holds (villages, hamlets), the puskesmas
# named after its place and a hotel: before a capitalised name they are its first word.
_SMALL_UNITS = frozenset({"desa", "kelurahan", "dusun", "pekon", "nagari", "gampong", "kecamatan",
                          "distrik", "puskesmas", "hotel", "kampung"})
# Before these, kampung is the village's money, not a village named after it (dana kampung
# Bersumber dari …: Dana Kampung is Papua's Dana Desa).
_FUNDS = frozenset({"dana", "anggaran", "kas", "aset"})
_VILLAGE_UNITS = frozenset({"desa", "dusun", "kelurahan", "kampung", "pekon", "nagari", "kecamatan",
                            "gampong"})
_NOT_A_PLACE_NAME = frozenset({"bapak", "ibu", "pak", "bu", "saudara", "sdr", "haji", "hajah",
                               "tahun", "bulan", "minggu", "pekan", "hari", "tanggal", "nomor",
                               "no", *DAYS, *MONTHS})


def small_unit_names(ctx: Context) -> Iterator[Hit]:
    """desa Puger Kulon -> Desa Puger Kulon, kecamatan Sangir -> Kecamatan Sangir: a lowercase
    unit word right before a capitalised name is part of that name (EYD V: unsur nama
    geografi dan nama lembaga). The regency list answers for the names it holds
    (:func:`official_names`); this one needs no list, so it leaves a unit word before a title,
    a level, an address term or an acronym (desa Kepala Dusun, kecamatan Kabupaten X)."""
    text, words = ctx.text, ctx.words
    speller = ctx.vocab.speller
    for i, (unit, name) in enumerate(itertools.pairwise(words)):
        if (unit.text in _VILLAGE_UNITS and name.text.islower() and name.text.isalpha()
                and len(name.text) >= 4 and text[unit.end:name.start] == " "
                and not speller.is_known(name.text) and not speller.is_english(name.text)
                and not any(_one_edit(name.text, s) for s in speller.suggest(name.text)[:3])):
            # warga desa dolokgede: a word no list knows after a village word is its name
            # (desa ikuut: a slip one edit from a word is the speller's)
            right = f"{capitalised(unit.text)} {capitalised(name.text)}"
            yield Hit("kapital-nama-resmi", unit.start, name.end, right,
                      f"Nama desa, dusun, atau kecamatan ditulis dengan huruf kapital: “{right}”.")
            continue
        if (unit.text in _FACILITY_HEADS and text[unit.end:name.start] == " "
                and name.text.istitle() and name.text.isalpha() and len(name.text) >= 4
                and name.start not in ctx.starts and unit.start not in ctx.starts
                and _a_proper_name_word(ctx.vocab, name.text.lower())
                and not (unit.text == "jalan" and speller.region_word(name.text.lower()))):
            # (jalan Randublatung hingga ..., jalan Cisompet – ...: the road to a place, which
            # the open parts' writers leave lowercase; 0 hits, 5 false alarms on 4 sites)
            # jalan Juanda, pelabuhan Punggur, lapangan Yos Sudarso: a street, port or field
            # word before a name no dictionary has as a common word is that name's first word
            right = capitalised(unit.text)
            yield Hit("kapital-nama-resmi", unit.start, unit.end, right,
                      f"“{unit.text}” di depan nama tempat adalah bagian nama itu dan ditulis "
                      f"dengan huruf kapital: “{right} {name.text}”.")
            continue
        if (unit.text not in _SMALL_UNITS or text[unit.end:name.start] != " "
                or not name.text.istitle() or not name.text.isalpha()
                or name.start in ctx.starts or unit.start in ctx.starts):
            continue
        lower = name.text.lower()
        if (lower in TITLE_WORDS or lower in LEVELS or lower in _SMALL_UNITS
                or lower in _NOT_A_PLACE_NAME or lower in NAME_BREAKERS
                or lower in NAME_CONNECTORS or lower in ("via", "per", "rp")
                or lower in ctx.vocab.abbreviations or len(lower) < 3
                or re.match(r"\.|\d| ?\d", text[name.end:name.end + 2])
                or _ends_institution_phrase(ctx.vocab, text, words, i)):
            continue  # dana desa Rp500, puskesmas Dr. Rina, desa Dan kecamatan: no name
        if unit.text == "kampung" and i and words[i - 1].text.lower() in _FUNDS:
            continue
        right = capitalised(unit.text)
        yield Hit("kapital-nama-resmi", unit.start, unit.end, right,
                  f"“{unit.text}” di depan nama tempat atau lembaga adalah bagian nama itu dan "
                  f"ditulis dengan huruf kapital: “{right} {name.text}”.")


# Streets, ports, fields and buildings named after a person or a place (EYD V: unsur nama
# geografi dan nama bangunan): before a name they are its first word (round 34).
_FACILITY_HEADS = frozenset({"jalan", "pelabuhan", "bandara", "bandar", "lapangan", "stadion",
                             "terminal", "museum", "gedung", "masjid", "gereja", "pura", "vihara",
                             "klenteng", "taman", "alun-alun"})


def _a_proper_name_word(vocab: Vocabulary, lower: str) -> bool:
    """A word that can only be a name: no common word or affixed form, no title, level,
    unit, day, month or listed abbreviation (jalan Desa, gedung Baru, pasar Minggu stay)."""
    zipf = vocab.zipf(lower) or 0.0
    everyday = vocab.speller.dictionary_flags(lower) is not None and zipf >= 3.0  # baru, agung
    return (not everyday and not vocab.common_form(lower) and not vocab.speller.is_english(lower)
            and lower not in TITLE_WORDS and lower not in LEVELS and lower not in _SMALL_UNITS
            and lower not in _NOT_A_PLACE_NAME and lower not in NAME_BREAKERS
            and lower not in NAME_CONNECTORS and lower not in vocab.abbreviations
            and lower not in vocab.institutions and lower not in _FACILITY_HEADS)


def _one_edit(word: str, other: str) -> bool:
    """``other`` is a lowercase word one typing slip from ``word``: a letter left out, added,
    changed, or two neighbours swapped (ikuut, ijut -> ikut)."""
    return other.islower() and " " not in other and one_edit(word, other)


def _ends_institution_phrase(vocab: Vocabulary, text: str, words: list[Token], i: int) -> bool:
    """``words[i]`` ends a lowercase institution phrase (setiap dinas kesehatan kabupaten):
    an institution word comes before it through lowercase words and spaces only."""
    for j in range(i - 1, max(-1, i - 1 - MAX_NAME_WORDS), -1):
        if text[words[j].end:words[j + 1].start] not in (" ", "\t"):
            return False
        before = words[j].text
        if before in vocab.institutions:
            return True
        if not before.islower() or before in NAME_BREAKERS:
            return False
    return False


def _institution_abbreviation(vocab: Vocabulary, text: str, words: list[Token], i: int) -> Hit | None:
    """"dinas kominfo", "Dinas pupr": an institution named by its listed abbreviation."""
    if i + 1 >= len(words) or text[words[i].end:words[i + 1].start] not in (" ", "\t"):
        return None
    second = words[i + 1].text
    listed = vocab.abbreviations.get(second.lower())
    if listed is None or second == listed or vocab.speller.in_dictionary(second.lower()):
        return None  # "badan sobat": a word of its own, not clearly the abbreviation
    right = f"{capitalised(words[i].text)} {listed}"
    return Hit("kapital-nama-resmi", words[i].start, words[i + 1].end, right,
               f"Nama instansi ditulis dengan huruf kapital dan singkatannya seperti "
               f"bentuk bakunya: “{right}”.")


def _institution_end(text: str, words: list[Token], i: int) -> int | None:
    """The index of the level word (kabupaten, kota, ...) that an institution name starting
    at ``words[i]`` reaches through name words only, or None."""
    for j in range(i + 1, min(len(words), i + 2 + MAX_NAME_WORDS)):
        if text[words[j - 1].end:words[j].start].strip(" \t"):
            return None  # punctuation or a line break ends a name
        word = words[j].text
        lower = word.lower()
        if lower in LEVELS:
            return j
        if lower in NAME_BREAKERS or (len(lower) < 3 and lower not in NAME_CONNECTORS):
            return None
        if word.islower() and lower.startswith(("me", "di", "ber", "ter")) and len(lower) > 4:
            return None  # a verb: "dinas kesehatan mengimbau kabupaten ..."
    return None


def maha_god(ctx: Context) -> Iterator[Hit]:
    """For God, maha is written apart and capitalised (EYD V): Tuhan Yang Maha Esa, Allah
    Maha Pengasih; only after Tuhan, Allah or Yang, so mahasiswa and mahakarya stay."""
    text = ctx.text
    if ctx.vocab.maha_re is None:
        return
    for match in ctx.vocab.maha_re.finditer(text):
        before = text[max(0, match.start() - 12):match.start()].split()
        after_god = bool(before) and before[-1].lower().strip(",") in GOD_WORDS
        if not (after_god or match.group("yang") == "Yang"):
            continue  # "yang maha ..." with no Tuhan before it: not clearly about God
        right = ("Yang " if match.group("yang") else "") + "Maha " + capitalised(
            match.group("word").lower())
        if match.group() == right:
            continue
        yield Hit("maha-tuhan", match.start(), match.end(), right,
                  f"Untuk sifat Tuhan, “maha” ditulis terpisah dan berhuruf kapital (EYD V): "
                  f"“{right}”.")


_TWO_LETTER_ACRONYMS = frozenset({"RT", "RW", "SD", "KK"})


def acronym_case(ctx: Context) -> Iterator[Hit]:
    """A listed acronym written as a name (Rt, Rw, Upt, Bpbd): an acronym of initials is
    written in capitals (EYD V), unless the lowercase form is a word of its own."""
    abbreviations, speller = ctx.vocab.abbreviations, ctx.vocab.speller
    for i in titled(ctx):
        token = ctx.words[i]
        word = token.text
        if not 2 <= len(word) <= 5 or not word.istitle() or not word.isalpha():
            continue
        lower = word.lower()
        listed = abbreviations.get(lower)
        if (listed is None or not listed.isupper() or listed == word
                or (len(listed) == 2 and listed not in _TWO_LETTER_ACRONYMS)
                or speller.listed(lower) or speller.is_english(lower)
                or in_domain_name(ctx.text, token)):
            continue  # (Pizza Hut: an English word, not HUT)
        yield Hit("singkatan-kapital", token.start, token.end, listed,
                  f"Singkatan yang dibentuk dari huruf awal ditulis dengan huruf kapital "
                  f"semua: “{listed}”.")


# Positions that take a capital before the name of a person, an office or a place (EYD V:
# nama jabatan yang diikuti nama orang, nama instansi, atau nama tempat).
_POSITIONS = frozenset({"presiden", "gubernur", "bupati", "walikota", "camat", "lurah",
                        "menteri", "kapolres", "kapolda", "kapolsek", "dandim", "danramil",
                        "sekda", "kades", "pangdam"})
_NOT_A_NAME_AFTER = frozenset({"ia", "dia", "beliau", "kami", "kita", "mereka", "saya",
                               "tahun", "bulan", "minggu", "pekan", "hari", "kemarin", "tadi",
                               "pagi", "siang", "sore", "malam", *DAYS, *MONTHS})


# An election of an office (pemilihan wakil bupati Ende, pemilihan bupati dan wakil bupati
# Kabupaten Jombang, calon bupati Ende): the office in general, held by no one named, so EYD V
# leaves it in lowercase (a position is capitalised as the name of its holder).
_OFFICE_ELECTED_BEFORE_RE = re.compile(
    r"\b(?:pemilihan|pilkada|calon|pencalonan|bakal[ \t]+calon)[ \t]+"
    r"(?:(?:wakil[ \t]+)?[a-z]+[ \t]+(?:dan|atau|serta)[ \t]+)?\Z")


def position_before_name(ctx: Context) -> Iterator[Hit]:
    """A position in lowercase before the name of a person or a place: bupati Sleman ->
    Bupati Sleman, wakil bupati Budi -> Wakil Bupati Budi, bupati sumbawa (a regency of
    the list) -> Bupati Sumbawa. Generic after a determiner (para bupati Jawa Tengah)."""
    text, words, speller = ctx.text, ctx.words, ctx.vocab.speller
    for i, (title, name) in enumerate(itertools.pairwise(words)):
        if title.text not in _POSITIONS or text[title.end:name.start] != " ":
            continue
        lower = name.text.lower()
        start = title.start
        if i > 0 and words[i - 1].text == "wakil" and text[words[i - 1].end:title.start] == " ":
            start = words[i - 1].start
            before = words[i - 2].text if i > 1 else ""
        else:
            before = words[i - 1].text if i > 0 else ""
        if (before.lower() in GENERIC_BEFORE or lower in _NOT_A_NAME_AFTER or not name.text.isalpha()
                or lower in ("bapak", "ibu", "pak", "bu", "saudara")):
            continue  # kata bupati Bapak Budi: the address term has its own rule
        if _OFFICE_ELECTED_BEFORE_RE.search(text[max(0, start - 40):start]):
            continue  # pemilihan wakil bupati Ende: the office, no holder
        if name.text.istitle() and name.start not in ctx.starts:
            # menteri Agama: the office's name is a common word, so the hit takes it too (and
            # no other rule lowercases it)
            end, named = (name.end if speller.listed(lower) else title.end), name.text
        elif name.text.islower():
            region = speller.major_region_word(name.text)
            if (region is None or not region[:1].isupper() or speller.listed(lower)
                    or lower in LEVELS):
                continue
            end, named = name.end, region
        else:
            continue
        head = " ".join(capitalised(w) for w in text[start:title.end].split())
        right = head if end == title.end else f"{head} {named}"
        yield Hit("kapital-jabatan", start, end, right,
                  f"Nama jabatan di depan nama orang atau tempat ditulis dengan huruf kapital: "
                  f"“{head} {named}”.")


# A deputy in lowercase before a capitalised position and a name (wakil Camat Cakung Yan):
# EYD V capitalises every word of a position followed by the name of a person, a body or a
# place. Left: a head in lowercase before an abbreviated body (kepala sekolah SDN 01, ketua
# DPC PDIP Buleleng): over the twelve open parts 4 labelled, 8 left by the editors.
_POSITION_THEN_A_NAME_RE = re.compile(
    r"[ \t](?:Camat|Lurah|Bupati|Gubernur|Wali Kota|Walikota|Ketua|Kepala|Menteri|Presiden)"
    r"[ \t][A-Z][a-z]")


def deputy_before_a_position(ctx: Context) -> Iterator[Hit]:
    text, words = ctx.text, ctx.words
    for i, head in enumerate(words):
        if (head.text != "wakil" or (i and words[i - 1].text.lower() in GENERIC_BEFORE)
                or _POSITION_THEN_A_NAME_RE.match(text, head.end) is None):
            continue
        yield Hit("kapital-jabatan", head.start, head.end, "Wakil",
                  "Nama jabatan di depan nama orang, instansi, atau tempat ditulis dengan "
                  "huruf kapital: “Wakil”.")


# A head in lowercase before the name of a body or a place the writer capitalises (kepala
# Dinas Pariwisata, ketua Fraksi PKS, kepala Desa Rugemuk): EYD V capitalises a title followed
# by the name of a person, a body or a place, so the head takes the capital too. Left after a
# determiner (para kepala Dinas ...: every holder) and at a sentence start (its own rule).
_HEAD_BEFORE_A_BODY_RE = re.compile(
    r"(?<![\w-])(kepala|ketua|sekretaris)[ \t]+(?:(?:Dinas|Desa|Fraksi|Komisi|Badan|Bidang|Bagian"
    r"|Kantor|Kelurahan|Dusun|Seksi|Biro|Kecamatan|Puskesmas|Inspektorat|Balai|Pengadilan"
    r"|Kejaksaan|Lembaga)[ \t]+[A-Z]"
    # ketua DPRD Langkat, ketua TP PKK, wakil ketua DPRD: the acronym names one body (round 34)
    # (a village's BPD, LPM or PKK only with its place after it: ketua BPD, RT, RW ... is
    # every village's council, which the writers leave)
    r"|(?P<acronym>(?:DPRD|DPR|DPD|MPR|KPU|KPUD|Bawaslu|KONI|MUI|PWI|DWP|Baznas|BAZNAS|Pansus"
    r"|Banggar)(?![\w-])|(?:BPD|LPM|PKK|TP\.?[ \t]PKK)[ \t]+[A-Z]))")


def head_before_a_body(ctx: Context) -> Iterator[Hit]:
    text = ctx.text
    for match in finditer_chunked(_HEAD_BEFORE_A_BODY_RE, text if "kepala " in text
                                  or "ketua " in text or "sekretaris " in text else ""):
        start, end = match.start(1), match.end(1)
        right = match.group(1).capitalize()
        deputy = re.search(r"(?<![\w-])wakil[ \t]+$", text[max(0, start - 8):start])
        if deputy is not None and match.group("acronym"):
            start -= len(deputy.group())  # wakil ketua DPRD: the whole title
            right = f"Wakil {right}"
        if start in ctx.starts:
            continue
        before = re.search(r"(\w+)[ \t]*$", text[max(0, start - 30):start])
        if before is not None and before.group(1).lower() in GENERIC_BEFORE:
            continue
        yield Hit("kapital-jabatan", start, end, right,
                  "Nama jabatan di depan nama instansi atau tempat ditulis dengan huruf "
                  f"kapital: “{right}”.")


# A field of an office left in lowercase inside a name the writer capitalises: Dinas
# kesehatan, Dinas peternakan dan perikanan (no level after it, so official_names does not answer),
# Kepala bidang Perlindungan, Staf Ahli Bupati Bangka bidang Pembangunan. EYD V capitalises
# every word of an official name but its function words. Generic uses stay: Dinas terkait,
# di bidang pendidikan.
def office_fields(ctx: Context) -> Iterator[Hit]:
    text, words, vocab = ctx.text, ctx.words, ctx.vocab
    for i, (first, second) in enumerate(itertools.pairwise(words)):
        if text[first.end:second.start] != " " or not second.text.islower():
            continue
        lower = second.text
        if first.text == "Dinas":
            if (not lower.isalpha() or not vocab.common_form(lower)
                    or not (lower.endswith("an") and lower.startswith(("pe", "ke")))):
                continue  # a field is a pe-an/ke-an noun (Dinas peternakan, Dinas kesehatan);
                # Kepala Dinas hadir: a verb goes on with the sentence
            if first.start in ctx.starts or (i and words[i - 1].text.islower()
                                             and words[i - 1].text not in TITLE_CONTEXT):
                continue  # Dinas kesehatan mengimbau …: the sentence's capital on a generic
                # word; menurut dia, Dinas kesehatan: the capital rule calls it generic
        elif lower == "bidang":
            nxt = words[i + 2] if i + 2 < len(words) else None
            if (first.start in ctx.starts or not first.text.istitle() or nxt is None
                    or text[second.end:nxt.start] != " " or not nxt.text.istitle()):
                continue
        else:
            continue
        right = capitalised(lower)
        yield Hit("kapital-nama", second.start, second.end, right,
                  f"Setiap unsur nama resmi instansi atau jabatan ditulis dengan huruf kapital: "
                  f"“{right}”.")


def region_name_case(ctx: Context) -> Iterator[Hit]:
    """A region name of two or more words with a later word in lowercase (Sumatera utara,
    Jawa barat, Tanjung jabung timur): every word of a geographic name is capitalised
    (EYD V). Only a name of the list, with its first word capitalised as written."""
    text, words = ctx.text, ctx.words
    region_word = ctx.vocab.speller.region_word

    def lowercase_region_word(word: str) -> bool:
        return word.islower() and region_word(word) is not None

    regional = ctx.vocab.judged(lowercase_region_word)  # per word, kept across checks
    i = 0
    while i < len(words):
        token = words[i]
        if not token.text.istitle():
            i = next_titled(ctx, i)  # a name opens with a word in title case
            continue
        if ((i and words[i - 1].text.lower() in LEVELS)
                or not any(regional[w.text] if w.text in regional
                           else regional.setdefault(w.text, lowercase_region_word(w.text))
                           for w in words[i + 1:i + 3])):
            i += 1
            continue  # after kabupaten/kota the official name's own rule answers; and a
            # name with no lowercase word in its next two is written right (a cheap test)
        found = ctx.vocab.regions.match(text, words, i)
        if found is None or found[0] == i:
            i += 1
            continue
        last, canonical = found
        written = " ".join(text[token.start:words[last].end].split())
        if (written != canonical and written.lower() == canonical.lower()
                and any(w.text.islower() for w in words[i + 1:last + 1])
                and canonical.replace("-", " ").istitle()):
            yield Hit("kapital-nama-resmi", token.start, words[last].end, canonical,
                      f"Setiap unsur nama geografi ditulis dengan huruf kapital: “{canonical}”.")
        i = last + 1


# Undang-Undang before its number or as the constitution (EYD V: every word of a law's name
# takes a capital, Undang-Undang Nomor 14 Tahun 2008, Undang-Undang Dasar): written
# "Undang-undang No 14", "undang - undang nomor 3", "undang-undang dasar 45".
_LAW_RE = re.compile(r"(?<![\w-])([Uu]ndang[ \t]*[-–][ \t]*undang|undang[ \t]*[-–][ \t]*Undang)"
                     r"(?:[ \t]+(nomor|dasar|Nomor|Dasar|No\.?)(?=[ \t]*\d|[ \t]))")


_RULE_HEADS = ("peraturan", "perbup", "perwali", "pergub", "perda", "perpres", "permen",
               "keputusan", "undang", "uu", "kepmen", "keppres", "instruksi", "inpres")


# The number and year of a regulation after any capitalised word or acronym of its name
# (Perda nomor 2 tahun 2022, PP No. 18 tahun 2016, Peraturan DPRD nomor 1 tahun 2021,
# Peraturan Menteri Kebudayaan Nomor 51 tahun 2018): "Nomor" and "Tahun" are part of it.
_RULE_NUMBER_ANY_RE = re.compile(
    r"(?<=[A-Za-z] )(?P<nomor>[Nn]omor|No\.?)[ \t]*\d[\w./-]*[ \t]+(?P<tahun>[Tt]ahun)[ \t]+"
    r"(?:19|20)\d\d\b")
_RULE_HEAD_RE = re.compile(r"\b(?:" + "|".join(_RULE_HEADS) + r"|pp|permen\w*|sk|se|perkada|"
                           r"perdes|perkades|perbawaslu|pkpu|perkap|perpol|perma|permenkes)\b")
_WORD_BEFORE_RE = re.compile(r"([\w-]+)[ \t]$")


def law_names(ctx: Context) -> Iterator[Hit]:
    text = ctx.text
    for match in finditer_chunked(_RULE_NUMBER_ANY_RE, text if "ahun" in text else ""):
        if match.group("nomor").istitle() and match.group("tahun").istitle():
            continue  # written right
        before = text[max(0, match.start() - 60):match.start()]
        last = _WORD_BEFORE_RE.search(before)
        if last is None or not last.group(1)[:1].isupper():
            continue  # rumah warga nomor 5 tahun 2020, peraturan daerah nomor 3: no name
        if not _RULE_HEAD_RE.search(before.lower()):
            continue  # Rumah Warga nomor 5: a number, no regulation
        if match.group("nomor").islower() and match.group("tahun").islower():
            start, end = match.start("nomor"), match.end("tahun")  # one fix for one name
            right = "Nomor" + text[match.end("nomor"):match.start("tahun")] + "Tahun"
            yield Hit("kapital-nama", start, end, right,
                      f"Unsur nama peraturan ditulis dengan huruf kapital: “{right}”.")
            continue
        for group in ("nomor", "tahun"):
            word = match.group(group)
            if word.islower():
                right = capitalised(word)
                yield Hit("kapital-nama", match.start(group), match.end(group), right,
                          f"Unsur nama peraturan ditulis dengan huruf kapital: “{right}”.")
    for match in finditer_chunked(_LAW_RE, text if "ndang" in text else ""):
        after = match.group(2)
        if after in ("nomor", "dasar"):
            if after == "dasar" and not re.match(r"[ \t]+(?:\d|19|RI|Negara|negara)",
                                                 text[match.end():match.end() + 8]):
                continue  # undang-undang dasar: only the constitution (dasar 45, dasar 1945)
            end, right = match.end(2), f"Undang-Undang {after.capitalize()}"
        else:
            end, right = match.end(1), "Undang-Undang"
        yield Hit("kapital-nama", match.start(1), end, right,
                  f"Nama undang-undang ditulis dengan huruf kapital pada setiap unsurnya: “{right}”.")


_MAX_OFFICE_WORDS = 2  # lowercase words of the office after the title (ketua tim penggerak)


def deputy_titles(ctx: Context) -> Iterator[Hit]:
    """Wakil ketua DPRD -> Wakil Ketua DPRD: a title of office the writer opens with a capital
    (Wakil) and that names its office (an acronym or a name after it) is capitalised on every
    word, with up to two lowercase words of the office (Wakil ketua tim penggerak PKK, Wakil
    ketua komisi III); in lowercase throughout (wakil ketua) it is left to the other rules."""
    text, words = ctx.text, ctx.words
    for i in range(len(words) - 2):
        first, title = words[i], words[i + 1]
        if (first.text != "Wakil" or not title.text.islower() or title.text not in TITLE_WORDS
                or text[first.end:title.start] != " "):
            continue
        last = i + 1
        while last + 1 < len(words) and text[words[last].end:words[last + 1].start] == " ":
            office = words[last + 1]
            if office.text.isupper() or office.text.istitle():
                break
            if (last - i > _MAX_OFFICE_WORDS or not office.text.isalpha()
                    or office.text in FUNCTION_WORDS):
                last = -1
                break
            last += 1
        else:
            continue
        if last < 0:
            continue
        right = " ".join(capitalised(w.text) for w in words[i + 1:last + 1])
        yield Hit("kapital-jabatan", title.start, words[last].end, right,
                  f"Jabatan yang diikuti nama lembaganya ditulis dengan huruf kapital pada "
                  f"setiap unsurnya: “Wakil {right} {words[last + 1].text}”.")


_ACRONYM_AFTER_RE = re.compile(r"[ \t]*\(([A-Z][A-Za-z]{1,8})\)")
_EXPANSION_GLUE = frozenset({"dan", "atau", "serta", "di", "ke", "dari", "untuk", "yang"})


def mixed_case_expansions(ctx: Context) -> Iterator[Hit]:
    """The words an acronym stands for, written before it in Title Case but for one or two
    (Organisasi Perangkat daerah (OPD), Daftar pemilih Sementara (DPS)): the writer names
    the thing, so every word of it takes a capital. Expansions all in lowercase are left."""
    text, words = ctx.text, ctx.words
    if "(" not in text:
        return
    for j, token in enumerate(words):
        after = _ACRONYM_AFTER_RE.match(text, token.end)
        if after is None:
            continue
        letters = [c for c in after.group(1) if c.isupper()]
        content: list[Token] = []
        k = j
        while k >= 0 and len(content) < len(letters):
            if k < j and text[words[k].end:words[k + 1].start] != " ":
                break
            if words[k].text not in _EXPANSION_GLUE:
                content.insert(0, words[k])
            k -= 1
        if (len(content) != len(letters) or len(letters) < 3
                or [w.text[:1].upper() for w in content] != letters
                or not content[0].text[:1].isupper() or not all(w.text.isalpha() for w in content)):
            continue
        lower = [w for w in content if w.text.islower()]
        if not lower or len(lower) * 2 > len(content):
            continue
        for w in lower:
            right = capitalised(w.text)
            yield Hit("kapital-nama", w.start, w.end, right,
                      f"Kata-kata yang disingkat “{after.group(1)}” ditulis dengan huruf kapital "
                      f"seperti yang lain: “{right}”.")


# Degrees that only count after another degree (Prof. Dr. X, M.Pd, MA; SH, SIK, MH): alone
# after a capitalised word MA is as often Mahkamah Agung or Madrasah Aliyah, SIK a permit.
_DEGREES_AFTER_A_DEGREE = {"MA": "M.A.", "SIK": "S.I.K."}
_DEGREE_AFTER_DEGREE_RE = re.compile(
    r"(?<![\w.])(?P<prev>[A-Z][A-Za-z.]{0,7}),[ \t]*"
    rf"(?P<deg>{DEGREE_TOKEN}|MA|SIK)(?=[.,;)]|[ \t]|$)")


def degrees_after_degrees(ctx: Context) -> Iterator[Hit]:
    """A degree without its periods right after another degree (S.Pd., MSi; M.Pd, MA):
    the first one already says a name's degrees are being listed, whatever came before it
    (the main rule reads only a name right before)."""
    text = ctx.text
    known = {**DEGREES, **_DEGREES_AFTER_A_DEGREE}
    pos = 0
    while True:
        match = _DEGREE_AFTER_DEGREE_RE.search(text, pos)
        if match is None:
            return
        pos = match.start("deg")  # the degree may be the next one's first
        prev, deg = match.group("prev"), match.group("deg")
        if not _a_degree(prev) or prev in _DEGREES_AFTER_A_DEGREE:
            continue  # di MA, SIK dan KTP: no degree before
        right = known.get(deg)
        if right is None or (deg == right.rstrip(".") and text[match.end():match.end() + 1] == "."):
            continue  # written right
        end = match.end("deg") + (right.endswith(".") and re.match(
            r"\.[,;]", text[match.end("deg"):match.end("deg") + 2]) is not None)
        yield Hit("gelar-titik", match.start("deg"), end, right,
                  f"Singkatan gelar ditulis dengan titik: “{right}”.")



def degree_hits_with_their_commas(hits: list[Hit], text: str) -> list[Hit]:
    """A degree's fix that also gives the space after the comma glued to it: ",S.Sos" ->
    ", S.Sos." in one finding. Otherwise the space fix (",S" -> ", S") starts first and
    hides the degree's own periods, and a reader fixes both in one go anyway. (A comma the
    text leaves out between two degrees, S.Ag. M.Si, is not added: CONVENTIONS leaves it
    open.)"""
    out: list[Hit] = []
    for hit in hits:
        start = hit.start
        if (hit.rule == "gelar-titik" and hit.suggestion[:1].isupper() and start >= 3
                and text[start - 1] == "," and (text[start - 2].isalnum() or (
                    text[start - 2] == "." and text[start - 3].isalpha()))):
            # Tjahjono,S.Sos; S.STP.,M.Si: the comma glued to the degree
            out.append(Hit(hit.rule, start - 1, hit.end, ", " + hit.suggestion, hit.message,
                           hit.severity, hit.category))
        else:
            out.append(hit)
    return out
