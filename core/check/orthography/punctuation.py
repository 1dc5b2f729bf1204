"""Punctuation and spacing (EYD V): spaces before and after marks, quote marks and
the comma before an attribution, spaces around parentheses, after a period, a unit or a
percent sign, abbreviations of an address and time zones.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator

from core.check.findings import Severity
from core.check.morphology import analyses
from core.check.orthography.context import LETTER, Context, Hit, dateline_words, in_domain
from core.check.orthography.words import ATTRIBUTION, DEGREES, TITLE_WORDS
from core.check.text import finditer_chunked, is_abbreviation

# Abbreviations of an address written without their period: No 3, Jl Merdeka, Kec Lubai.
_ADDRESS_ABBREVIATION_RE = re.compile(
    r"\b(No|Jl|Jln|Kec|Kel|Kab|Ds|Gg)(?=[ \t]+(?:\d|[A-Z][a-z]))")
# A time zone after a time (pukul 08.30 Wib, 09.00 wita).
_TIME_ZONE_RE = re.compile(r"\d[.:]\d{2}[ \t]+(?P<zone>Wib|wib|Wita|wita|Wit|wit)\b")


# An attribution verb with a capital (Jelasnya, Ujar): capitals.after_quote lowercases it.
_CAPITALISED_ATTRIBUTION_RE = re.compile(
    "(?:" + "|".join(w.capitalize() for w in ATTRIBUTION.split("|")) + r")(?:nya)?\b")



class _QuoteParity:
    """Whether the straight quote at an offset opens a quote (an even count of them before it
    on its paragraph), in O(log n) per question: counting from the paragraph's start for each
    quote was quadratic on one long paragraph full of quotes."""

    def __init__(self, text: str) -> None:
        self._quotes = [m.start() for m in re.finditer('"', text)]
        self._breaks = [m.start() for m in re.finditer("\n", text)]

    def opens(self, at: int) -> bool:
        line = bisect_left(self._breaks, at)  # line breaks before ``at``
        start = self._breaks[line - 1] + 1 if line else 0
        before = bisect_left(self._quotes, at) - bisect_left(self._quotes, start)
        return before % 2 == 0


def spacing(ctx: Context) -> Iterator[Hit]:
    text = ctx.text
    for match in finditer_chunked(r"([ \t](?<=[\w)\"”][ \t])[ \t]*)(,(?=[”\"])|[,.;:!?](?=\s|$))", text):
        yield Hit("spasi-tanda-baca", match.start(), match.end(), match.group(2),
                  "Tidak ada spasi sebelum tanda baca.")
    for match in finditer_chunked(rf"[ \t](?<={LETTER}[ \t])[ \t]*,(?={LETTER})", text):
        # tempat ,yang: the comma went to the next word; it belongs to the one before
        yield Hit("spasi-tanda-baca", match.start(), match.end(), ", ",
                  "Koma ditulis rapat pada kata sebelumnya dan diikuti satu spasi.")
    for match in finditer_chunked(rf",(?<={LETTER},)({LETTER}+)", text):
        word = match.group(1)
        degree = DEGREES.get(word) if _after_name(text, match.start()) else None
        if degree is not None:  # Lawasa,MM -> Lawasa, M.M.: both fixes in one
            yield Hit("spasi-sesudah-koma", match.start(), match.end(), ", " + degree,
                      f"Sesudah koma ada satu spasi, dan gelar ditulis dengan titik: “{degree}”.")
            continue
        yield Hit("spasi-sesudah-koma", match.start(), match.end(),
                  ", " + word, "Sesudah koma ada satu spasi.")
    for match in finditer_chunked(r",(?<=[a-z]{2},)(\d[\d/.:-]*)", text):
        # Kamis,06/08/2020; sebanyak,25: a word, its comma and a number glued to it (a
        # decimal comma stands between digits)
        if in_domain(text, match):
            continue
        yield Hit("spasi-sesudah-koma", match.start(), match.end(), ", " + match.group(1),
                  "Sesudah koma ada satu spasi.")
    for match in finditer_chunked(r",(?<=\d,)([A-Za-z]+)", text):
        # SDN 1,SDN 2; tahun 2020,diikuti: after a number and its comma (not a decimal
        # comma: a letter follows)
        yield Hit("spasi-sesudah-koma", match.start(), match.end(), ", " + match.group(1),
                  "Sesudah koma ada satu spasi.")
    for match in finditer_chunked(r"(?<=[^\W\d_])\.\.(?![.\w])", text if ".." in text else ""):
        yield Hit("titik-ganda", match.start(), match.end(), ".",
                  "Titik ganda: akhir kalimat cukup satu titik (elipsis ditulis tiga titik).")
    for match in finditer_chunked(r"[ ](?<=\S[ ])[ ]+(?=\S)", text if "  " in text else ""):
        yield Hit("spasi-ganda", match.start(), match.end(), " ",
                  "Spasi ganda: cukup satu spasi.", Severity.INFO)


def _after_name(text: str, comma: int) -> bool:
    """The word before ``comma`` is capitalised (a person's name before a degree)."""
    start = comma
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return start < comma and text[start].isupper() and text[start + 1:comma].islower()


def _two_single_quotes(text: str) -> Iterator[Hit]:
    """Two single quote marks or apostrophes typed for a double one (''Cinta Keluarga'',
    ‘’Saya …): “ where a quote opens (before a letter, after a space or a line start), ” where
    it closes (after a letter or a mark, before a space or a mark)."""
    if "''" not in text and "‘’" not in text and "’’" not in text and "‘‘" not in text:
        return
    for match in re.finditer(r"''|‘’|’’|‘‘", text):
        before = text[match.start() - 1] if match.start() else " "
        after = text[match.end()] if match.end() < len(text) else " "
        if (before.isspace() or before in "([") and after.isalpha():
            right = "“"
        elif (before.isalnum() or before in ".,!?") and not after.isalnum():
            right = "”"
        else:
            continue
        yield Hit("petik-ganda", match.start(), match.end(), right,
                  f"Petikan langsung memakai tanda petik ganda {right}, bukan dua tanda petik "
                  f"tunggal.")


_LAST_WORD_RE = re.compile(r"[^\W_]+(?:-[^\W_]+)*$")


def narrow_comma_hits(hits: list[Hit], text: str) -> list[Hit]:
    """A missing comma's finding that holds the word before the quote mark (see
    :func:`quotes`) shrinks to the mark when another finding is on that word (a capital, a
    joined preposition): both are shown, as before the word was included."""
    widened = {h for h in hits if h.rule == "koma-petik" and h.end - h.start > 1
               and text[h.start].isalnum() and text[h.end - 1] in "”\""}
    if not widened:
        return hits
    others = [(h.start, h.end) for h in hits if h.rule != "koma-petik"]
    out = []
    for h in hits:
        if h in widened and any(s < h.end - 1 and h.start < e for s, e in others):
            h = Hit(h.rule, h.end - 1, h.end, h.suggestion[h.end - 1 - h.start:], h.message,
                    h.severity, h.category)
        out.append(h)
    return out


def quotes(ctx: Context) -> Iterator[Hit]:
    """A closing quote mark used to open a quote, no space after a closing quote, and a
    period (or nothing) where a comma ends a quote followed by its attribution."""
    text = ctx.text
    parity = _QuoteParity(text)
    yield from _two_single_quotes(text)
    for match in finditer_chunked(r"(?:(?<=\s)|^)”(?=[^\W\d_])", text if "”" in text else ""):
        yield Hit("petik-buka", match.start(), match.end(), "“",
                  "Petikan dibuka dengan tanda petik pembuka “, bukan penutup ”.")
    for match in finditer_chunked(r"([,.!?])([”\"])(?=[^\W\d_])", text):
        if match.group(2) == '"' and parity.opens(match.start(2)):
            continue
        if _CAPITALISED_ATTRIBUTION_RE.match(text, match.end()):
            continue  # ,”Jelasnya: the attribution's own fix (capitals.after_quote) adds the space
        right = match.group(1) + match.group(2) + " "
        yield Hit("spasi-petik", match.start(), match.end(), right,
                  "Sesudah tanda petik penutup ada satu spasi.")
    for match in finditer_chunked(
            rf"(?<=[^\W_])(\.?)([”\"])([ \t]*)(?i:{ATTRIBUTION})(?:nya)?\b", text):
        if match.group(2) == '"' and parity.opens(match.start(2)):
            continue
        glued = not match.group(3)
        capital = text[match.end(3):match.end(3) + 1].isupper()
        if capital and match.group(1) != ".":
            # Pemilu” Ujar Pak Makri: the comma and the attribution's small letter in one fix
            word = match.group()[len(match.group(1)) + 1 + len(match.group(3)):]
            right = f",{match.group(2)} {word.lower()}"
            yield Hit("koma-petik", match.start(1), match.end(), right,
                      "Petikan yang diikuti keterangan penuturnya diakhiri koma sebelum tanda "
                      "petik penutup, dan keterangan itu ditulis dengan huruf kecil: “…,” ujarnya.")
            continue
        right = "," + match.group(2) + (" " if glued and not capital else "")
        start = match.start(1)
        if not match.group(1):
            # merata” ucap: the comma goes after the last word, so the finding holds that
            # word too (writers mark either the word or the quote mark; EYD V's rule is one)
            last = _LAST_WORD_RE.search(text, max(0, start - 40), start)
            if last is not None and ctx.vocab.speller.is_known(last.group()):
                # only a known word: the spelling finding of a slip stays its own
                right = text[last.start():start] + right
                start = last.start()
        yield Hit("koma-petik", start, match.end(2), right,
                  "Petikan yang diikuti keterangan penuturnya (ujarnya, katanya) diakhiri "
                  "koma sebelum tanda petik penutup: “…,” ujarnya.")


def stray_repeats_and_quotes(ctx: Context) -> Iterator[Hit]:
    """A reduplication typed three times (betul-betul-betul), a space after an opening
    quote mark (“ Untuk), and a closing quote mark with a space opening a quote."""
    text = ctx.text
    for match in finditer_chunked(rf"\b({LETTER}{{2,}})-\1-\1\b", text):
        right = f"{match.group(1)}-{match.group(1)}"
        yield Hit("kata-ganda", match.start(), match.end(), right,
                  f"Kata ulang tertulis tiga kali: “{right}”.")
    for match in finditer_chunked(r"“[ \t]+(?=[^\W\d_])", text):
        yield Hit("spasi-petik", match.start(), match.end(), "“",
                  "Tidak ada spasi sesudah tanda petik pembuka.")
    for match in finditer_chunked(r"”[ \t]+(?=[A-Z])", text if "”" in text else ""):
        if not re.search(r"(?:[.!?][ \t]{1,2}|\n)\Z", text[max(0, match.start() - 3):match.start()]):
            continue  # only after a sentence's end or at a line start
        yield Hit("petik-buka", match.start(), match.end(), "“",
                  "Petikan dibuka dengan tanda petik pembuka “ tanpa spasi sesudahnya.")


def gaps(ctx: Context) -> Iterator[Hit]:
    """A missing space after a sentence's period (2017.Pembangunan, (3D).Terkait), around
    parentheses, and a space before a percent sign."""
    text = ctx.text
    for match in finditer_chunked(r"\.(?<=[a-z0-9)]\.)([A-Z][a-z]{2,})", text):
        if in_domain(text, match, 1):
            continue
        yield Hit("spasi-titik", match.start(), match.end(), ". " + match.group(1),
                  "Sesudah tanda titik ada satu spasi.")
    for match in finditer_chunked(r"\b(?:Jl|Jln|Kec|Kel|Kab|Ds|Dsn|Gg|Kp)\.([A-Z](?:[A-Z]+|[a-z]?)\b)",
                                  text if "." in text else ""):
        # Jln.KTM, Kec.Bua: an address's abbreviation glued to the name after it (a name of
        # three letters and more in Title Case is the rule above's)
        yield Hit("spasi-titik", match.start(), match.end(),
                  text[match.start():match.start(1)] + " " + match.group(1),
                  "Sesudah tanda titik singkatan ada satu spasi.")
    for match in finditer_chunked(r"\bNo\.(\d+)\b", text if "No." in text else ""):
        # UU No.14, Jl. Raden Intan No.114: the abbreviation of nomor and its number
        yield Hit("spasi-titik", match.start(), match.end(), "No. " + match.group(1),
                  "Sesudah tanda titik singkatan “No.” ada satu spasi.")
    for match in finditer_chunked(rf"\((?<={LETTER}\()(?=\w)", text):
        yield Hit("spasi-kurung", match.start() - 1, match.end(),
                  text[match.start() - 1] + " (", "Sebelum kurung buka ada satu spasi.")
    for match in finditer_chunked(r"\([ \t]+([^()\n]{1,40}?)[ \t]*\)|\(([^()\n]{1,40}?)[ \t]+\)",
                                  text if "(" in text else ""):
        inner = (match.group(1) or match.group(2) or "").strip()
        yield Hit("spasi-kurung", match.start(), match.end(), f"({inner})",
                  "Tidak ada spasi sesudah kurung buka dan sebelum kurung tutup.")
    for match in finditer_chunked(r"(\d(?<![\d.,]\d)\d*(?:[.,]\d+)?)(kg|km|cm|mm|ml|ha|liter|meter)\b",
                                  text):
        right = f"{match.group(1)} {match.group(2)}"
        yield Hit("spasi-satuan", match.start(), match.end(), right,
                  f"Antara angka dan lambang satuan ada spasi: “{right}”.")
    for match in finditer_chunked(_ADDRESS_ABBREVIATION_RE, text):
        right = match.group(1) + "."
        yield Hit("singkatan-titik", match.start(1), match.end(1), right,
                  f"Singkatan “{match.group(1)}” diakhiri tanda titik: “{right}”.")
    for match in finditer_chunked(_TIME_ZONE_RE, text):
        right = match.group("zone").upper()
        yield Hit("zona-waktu", match.start("zone"), match.end("zone"), right,
                  f"Singkatan zona waktu ditulis dengan huruf kapital: “{right}”.")
    for match in finditer_chunked(r"\b(?:[Pp]ukul|[Jj]am)[ \t]+(\d{1,2})[:,](\d{2})\b", text):
        right = f"{match.group(1)}.{match.group(2)}"
        yield Hit("waktu-titik", match.start(1), match.end(2), right,
                  f"Jam dan menit dipisahkan tanda titik: “{right}”.")
    for match in finditer_chunked(r"(\d(?<![\d.,]\d)(?:[\d.,]*\d)?)[ \t]+%", text if "%" in text else ""):
        yield Hit("spasi-persen", match.start(), match.end(), match.group(1) + "%",
                  "Lambang persen ditulis tanpa spasi sesudah angkanya.")


_ATTRIBUTION_AFTER_RE = re.compile(rf"[ \t]+(?:(?:{ATTRIBUTION})(?:nya)?|demikian)\b", re.IGNORECASE)
# Words a regulation's number follows (perda no 17 -> perda No. 17).
_DOCUMENTS = frozenset({"perda", "perbup", "perwal", "perwali", "pergub", "perpres", "keppres",
                        "inpres", "permen", "permendagri", "uu", "pp", "sk", "se", "peraturan",
                        "keputusan", "edaran", "instruksi"})
# Acronyms of a government that a name always follows (Pemprov Jambi, UPT Pasar).
_NAMED_ACRONYM_PERIOD_RE = re.compile(
    r"\b(?:Pemprov|Pemkab|Pemkot|Pemdes|UPTD?|SDN|SMPN|SMAN|SMKN|MTsN)(\.)[ \t]+([A-Z][a-z]+)\b")
# An acronym with a period before its number or before another acronym that a name goes on
# (UU. Nomor 32, TP. PKK Kecamatan): no sentence ends there (… ke BPBD. BPBD lalu … does).
_ACRONYM_PERIOD_BEFORE_RE = re.compile(
    r"(?<![\w.])([A-Z]{2,5})(\.)[ \t]+(?=(?:Nomor|No\.?)[ \t]*\d|[A-Z]{2,}[ \t]+[A-Z][a-z])")
# A letter's address or greeting ends with a comma before the body (Yth. Bapak/Ibu …,).
_SALUTATION_RE = re.compile(r"[ \t]*(?:yth|kepada|dengan hormat|assalam|salam|hormat|wassalam"
                            r"|bapak|ibu|saudara|sahabat|teman|halo|hai|selamat)", re.IGNORECASE)
_LIST_LINE_RE = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[a-z][.)]|[-•*])[ \t]")
_COMMON_ABBREVIATIONS = {"dll": "dll.", "dsb": "dsb.", "dst": "dst.", "dkk": "dkk.", "yth": "Yth.",
                         "Yth": "Yth.", "sdr": "Sdr.", "Sdr": "Sdr.", "s/d": "s.d.", "s.d": "s.d.",
                         "a/n": "a.n.", "a.n": "a.n."}


def _letter_at(text: str, at: int) -> bool:
    return 0 <= at < len(text) and text[at].isalpha()


class _CurlyBalance:
    """How many curly quotes are open at an offset on its paragraph (“ minus ” before it), by
    bisection over the marks' offsets."""

    def __init__(self, text: str) -> None:
        self._opens = [m.start() for m in re.finditer("“", text)]
        self._closes = [m.start() for m in re.finditer("”", text)]
        self._breaks = [m.start() for m in re.finditer("\n", text)]

    def open_at(self, at: int) -> int:
        line = bisect_left(self._breaks, at)
        start = self._breaks[line - 1] + 1 if line else 0
        return ((bisect_left(self._opens, at) - bisect_left(self._opens, start))
                - (bisect_left(self._closes, at) - bisect_left(self._closes, start)))


def marks_and_spaces(ctx: Context) -> Iterator[Hit]:
    """A comma after the closing quote before its attribution (selesai”, kata -> selesai,”
    kata), no space after an ellipsis, a slash spaced on one side (pekon /Desa), "no" before
    a regulation's number, common abbreviations without their periods (dll, s/d, a/n), a
    missing space before an opening quote (hari ini."Dalam; mengatakan,"Kami), the period
    outside the quote of a sentence said, a number range spaced on one side (60 -70), a
    stray period after a time or a government acronym (12.00. WITA, Pemprov. Jambi), and a
    comma that ends a paragraph (EYD V: tanda koma, titik, petik, garis miring, hubung).
    Each scan opens with a literal mark, so it jumps from one mark to the next."""
    text = ctx.text
    for match in finditer_chunked(r"[”\"],", text if '",' in text or "”," in text else ""):
        if not _letter_at(text, match.start() - 1) or not _ATTRIBUTION_AFTER_RE.match(
                text, match.end()):
            continue  # "Desa Sehat", "Desa Cerdas": titles in a list keep their comma outside
        right = "," + text[match.start()]
        yield Hit("koma-petik", match.start(), match.end(), right,
                  "Koma yang menutup petikan ditulis sebelum tanda petik penutup: “…,” katanya.")
    for match in finditer_chunked(r"(?<=\w)[!?],(?=[”\"\s])", text if "!," in text or "?," in text
                                  else ""):
        # Salam awas!,” serunya; Kearsipan?, Datu: the mark already closes the clause
        yield Hit("koma-petik", match.start(), match.end(), match.group()[0],
                  "Sesudah tanda seru atau tanda tanya tidak ada koma: “…!” katanya.")
    for match in finditer_chunked(r"(?:…\.?|\.\.\.\.?)(?=[A-Z])", text):
        yield Hit("spasi-elipsis", match.start(), match.end(), "… ",
                  "Sesudah tanda elipsis di akhir kalimat ada satu spasi.")
    for match in finditer_chunked(r"(?<=\w)[ \t]+/[ \t]+(?=\w)", text if " / " in text else ""):
        # upacara / upakara, Nomor 67.1 / Kep: spaced on both sides, one mark to remove (the
        # legal "dan / atau" is left, as test_marks_that_are_right_stay keeps it)
        if text[max(0, match.start() - 3):match.start()].lower() == "dan" and text[
                match.end():match.end() + 4].lower() == "atau":
            continue
        yield Hit("spasi-garis-miring", match.start(), match.end(), "/",
                  "Garis miring ditulis tanpa spasi sebelum dan sesudahnya.")
    for match in finditer_chunked(r"[ \t]/|/[ \t]", text if "/" in text else ""):
        if _letter_at(text, match.start() - 1) and _letter_at(text, match.end()):
            yield Hit("spasi-garis-miring", match.start(), match.end(), "/",
                      "Garis miring ditulis tanpa spasi sebelum dan sesudahnya.")
    common = any(a in text for a in ("dll", "dsb", "dst", "dkk", "Yth", "yth", "Sdr", "sdr",
                                     "s/d", "s.d", "a/n", "a.n"))
    for match in finditer_chunked(r"\b(?:dll|dsb|dst|dkk|[Yy]th|[Ss]dr|[sa][/.][dn])\b",
                                  text if common else ""):
        written = match.group()
        listed = _COMMON_ABBREVIATIONS.get(written)
        if (listed is None or text[match.start() - 1:match.start()] in (".", "/", "@", "#", "-")
                or text[match.end():match.end() + 1] in (".", "/", "@", "-")):
            continue  # dll., www.dll.go.id, s.d.: written right, or part of an address
        yield Hit("singkatan-titik", match.start(), match.end(), listed,
                  f"Singkatan umum ditulis dengan titik: “{listed}”.")
    for match in finditer_chunked(r"\bno[ \t]+\d", text if " no " in text or " no\t" in text else ""):
        before = re.search(r"(\w+)[ \t]+\Z", text[max(0, match.start() - 20):match.start()])
        if before is not None and before.group(1).lower() in _DOCUMENTS:
            yield Hit("singkatan-titik", match.start(), match.start() + 2, "No.",
                      "Singkatan nomor ditulis “No.” (dengan huruf kapital dan titik).")
    balance = _CurlyBalance(text) if "”" in text else None
    if balance is not None:
        for match in finditer_chunked(r"([,:])”[ \t]?([A-Z])", text):
            if balance.open_at(match.start()) > 0:
                continue  # siap,”Kata: it closes a quote (quotes() adds the space)
            start = match.start()
            while start > 0 and text[start - 1] in " \t":
                start -= 1  # menyampaikan ,”Pada: the space before the comma goes too
            right = match.group(1) + " “" + match.group(2)
            yield Hit("petik-buka", start, match.end(), right,
                      "Petikan dibuka dengan tanda petik pembuka “, bukan penutup ”, sesudah "
                      "satu spasi.")
    parity = _QuoteParity(text)
    for match in finditer_chunked(r'"[ \t]+(?=[A-Z])', text if '"' in text else ""):
        if parity.opens(match.start()):  # " Kelurahan Gajah Sakti: the opening quote's space
            yield Hit("spasi-petik", match.start(), match.end(), '"',
                      "Tidak ada spasi sesudah tanda petik pembuka.")
    for match in finditer_chunked(r"([,.!?])[ \t]+”", text if balance is not None else ""):
        if balance is None or balance.open_at(match.start()) <= 0:
            continue  # aktif. ”Kami: a closing mark used to open a quote (quotes())
        right = match.group(1) + "”"  # darurat, ” serunya: the closing quote follows its mark
        yield Hit("spasi-petik", match.start(), match.end(), right,
                  "Tidak ada spasi sebelum tanda petik penutup.")
    for match in finditer_chunked(r"([,:])([“\"])(?=[A-Z])", text):
        if match.group(2) == '"' and not parity.opens(match.start(2)):
            continue  # ,"Kata: a closing quote after a comma (quotes() has that one)
        right = match.group(1) + " " + match.group(2)
        yield Hit("spasi-sesudah-koma", match.start(), match.end(), right,
                  "Sesudah koma atau titik dua ada satu spasi sebelum petik pembuka.")
    quoted = "“" in text or '"' in text
    for match in finditer_chunked(r"[,:][ \t]*[“\"][^“”\"\n]{1,400}?(?<=\w)([”\"])\.(?=\s|$)",
                                  text if quoted else ""):
        if match.group(1) == '"' and parity.opens(match.start(1)):
            continue
        said = re.findall(r"[^\W\d_]+", match.group()[1:])[1:]
        if len(said) < 2 or sum(w[:1].islower() for w in said) * 2 <= len(said):
            continue  # Temanya, "Desa Sehat Desa Cerdas".: a title, not a sentence said
        right = "." + match.group(1)
        yield Hit("titik-petik", match.start(1), match.end(), right,
                  "Petikan langsung diakhiri tanda titik sebelum tanda petik penutup: “….”")
    for match in finditer_chunked(r"[.!?]([“\"])(?=[A-Z])", text):
        if match.group(1) == '"' and not parity.opens(match.start(1)):
            continue  # ."Kata: a closing quote with the space missing after it (quotes())
        right = text[match.start()] + " " + match.group(1)
        yield Hit("spasi-titik", match.start(), match.end(), right,
                  "Sesudah tanda titik ada satu spasi sebelum petik pembuka.")
    for match in finditer_chunked(r"-", text if " -" in text or "- " in text else ""):
        at = match.start()
        before = re.search(r"(?<![\d.,])(\d+)([ \t]*)\Z", text[max(0, at - 24):at])
        after = re.match(r"([ \t]*)(\d+)(?![\d.,])", text[at + 1:at + 25])
        if before is None or after is None or bool(before.group(2)) == bool(after.group(1)):
            continue  # 60-70 is right; 2 - 1 (a score) is spaced on both sides on purpose
        right = f"{before.group(1)}-{after.group(2)}"
        yield Hit("spasi-tanda-hubung", at - len(before.group()), at + 1 + after.end(), right,
                  f"Tanda hubung dalam rentang bilangan ditulis tanpa spasi: “{right}”.")
    lowered_zone = ". WI" in text or ". Wi" in text or ". wi" in text
    for match in finditer_chunked(
            r"(\d{1,2}[.:]\d\d)\.(?=[ \t]+(?:WIB|WITA|WIT|Wib|Wita|Wit|wib|wita)\b)",
            text if lowered_zone else ""):
        yield Hit("titik-berlebih", match.start(), match.end(), match.group(1),
                  "Tidak ada titik antara jam dan zona waktunya.")
    dotted = any(f"{a}. " in text for a in ("Pemprov", "Pemkab", "Pemkot", "Pemdes", "UPT", "SDN",
                                            "SMPN", "SMAN", "SMKN", "MTsN"))
    for match in finditer_chunked(_NAMED_ACRONYM_PERIOD_RE, text if dotted else ""):
        name = match.group(2)
        if ctx.vocab.speller.listed(name.lower()):
            continue  # Pemkab. Kegiatan ini: the sentence may end there
        acronym = text[match.start():match.start(1)]
        yield Hit("titik-berlebih", match.start(), match.end(1), acronym,
                  f"Akronim tidak diberi titik, dan nama sesudahnya bagian dari sebutan itu: "
                  f"“{acronym} {name}”.")
    for match in finditer_chunked(_ACRONYM_PERIOD_BEFORE_RE, text if ". " in text else ""):
        acronym = match.group(1)
        if acronym in ("WIB", "WITA", "WIT") or ctx.vocab.speller.listed(acronym.lower()):
            continue  # a time zone or a word in capitals may end a sentence
        yield Hit("titik-berlebih", match.start(), match.end(2), acronym,
                  f"Akronim di tengah kalimat tidak diberi titik: “{acronym}”.")
    for match in finditer_chunked(r",(?=[ \t]*+(?:\n[ \t]*+\n|\s*\Z))", text if "," in text else ""):
        if not _letter_at(text, match.start() - 1):
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1
        if (_LIST_LINE_RE.match(text, line_start) or match.start() - line_start < 40
                or _SALUTATION_RE.match(text, line_start)):
            continue  # 1. Membawa KTP, / a short line of a list / Yth. Bapak/Ibu …, : goes on
        yield Hit("titik-akhir", match.start(), match.start() + 1, ".",
                  "Paragraf diakhiri tanda titik, bukan koma.")


# After a quotation, an attribution that already names its speaker (katanya, ujar dia)
# followed by a capitalised word: the sentence ended there and its period is missing
# (…,” katanya Disebutkan Sigit, …; …,” ujarnya Lebih lanjut …).
_ATTRIBUTION_THEN_CAPITAL_RE = re.compile(
    rf"[”\"’][ \t]*(?P<attr>(?:{ATTRIBUTION})(?:nya|[ \t]+(?:dia|beliau|mereka)))"
    r"(?P<gap>[ \t]+)(?P<next>[A-Z][a-z]+)(?=[ \t]+\w)")  # ujarnya Budiman.: the speaker
# The same attribution closing its paragraph (…,” ujarnya⏎Lebih lanjut …; …,” kata Budi
# Santoso at the end of the text): a new paragraph is a new sentence, so the line's last word
# takes the period. Only up to four words of a speaker after the verb, none of them a
# lowercase word but "dia/beliau/mereka": a longer line is no bare attribution.
_ATTRIBUTION_ENDS_PARAGRAPH_RE = re.compile(
    rf"[”\"’][ \t]*(?:{ATTRIBUTION})(?:nya|[ \t]+(?:dia|beliau|mereka)"
    r"|[ \t]+[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,3})"
    r"(?<=[^\W_])(?=[ \t]*(?:\n|\Z))")
# "bahwa" opens the clause it introduces: no comma after it (menyampaikan bahwa, berbagai ...).
_COMMA_AFTER_BAHWA_RE = re.compile(r"\b([Bb]ahwa),(?=[ \t]+[a-z])")


_SENTENCE_OPENERS = frozenset({
    "lebih", "dalam", "selain", "usai", "namun", "sementara", "kemudian", "lalu", "hal", "ia",
    "mereka", "kami", "kita", "saat", "ketika", "pada", "untuk", "dengan", "menurut", "terkait",
    "sebelumnya", "adapun", "sedangkan", "bahkan", "jadi", "maka", "kegiatan", "acara"})
_OPENER_PREFIXES = frozenset({"di", "me", "ber", "ter", "se", "per", "diper", "memper"})


def sentence_ends_after_attribution(ctx: Context) -> Iterator[Hit]:
    text = ctx.text
    vocab = ctx.vocab
    for match in finditer_chunked(_ATTRIBUTION_THEN_CAPITAL_RE, text if "”" in text or '"' in text
                                  or "’" in text else ""):
        nxt = match.group("next")
        lower = nxt.lower()
        if len(nxt) < 3 or not vocab.plain_word(lower) or lower in vocab.institutions:
            continue  # ujarnya Widi: a name goes on the attribution
        if lower not in _SENTENCE_OPENERS and not any(
                (a.prefix in _OPENER_PREFIXES or a.suffix == "nya") and vocab.plain_word(a.root)
                for a in analyses(lower)):
            continue  # ujarnya Budiman Santoso: a name that is also a word; only a function
            # word or an affixed word (Disebutkan, Selanjutnya) opens the next sentence
        if vocab.speller.major_region_word(lower) is not None:
            continue  # katanya Lebak …: a place may go on it too
        right = f"{match.group('attr')}. {nxt}"
        yield Hit("titik-akhir", match.start("attr"), match.end("next"), right,
                  f"Kalimat berakhir sesudah keterangan penutur; tambahkan titik: “{right}”.")


def _next_opens_a_sentence(text: str, end: int) -> bool:
    """Whether what follows the line ending at ``end`` opens a sentence: the end of the text,
    or a next line that starts with a capital or an opening quote. A line continued in
    lowercase is a wrapped line of the same sentence."""
    after = re.match(r"[ \t]*(?:\n[ \t]*)*", text[end:end + 200])
    rest = text[end + (after.end() if after else 0):end + 200]
    if re.match(r"[A-Z]{2,}[ \t]+[A-Z]{2,}\b", rest):
        return False  # Kapolres Belu⏎AKBP DEWA PUTU …: a name in capitals goes on
    return not rest or rest[:1] in "“\"‘'(" or rest[:1].isupper()


def _wrapped(text: str) -> bool:
    """A text broken into lines mid-sentence (most lines end on a letter): its line ends say
    nothing about sentence ends."""
    ends = re.findall(r"(\S)[ \t]*\n", text)
    return len(ends) >= 6 and sum(1 for e in ends if e.isalnum()) > len(ends) / 2


def attribution_ends_paragraph(ctx: Context) -> Iterator[Hit]:
    """A paragraph that ends on its attribution without a period (EYD V: tanda titik di
    akhir kalimat): …,” ujarnya⏎ -> ujarnya."""
    text = ctx.text
    if "\n" in text and _wrapped(text):
        return  # a hard-wrapped text: its line ends are no paragraph ends
    for match in finditer_chunked(_ATTRIBUTION_ENDS_PARAGRAPH_RE, text if "”" in text or '"' in text
                                  or "’" in text else ""):
        word = re.search(r"[\w’'-]+$", match.group())
        if word is None or word.group().lower() in TITLE_WORDS or not _next_opens_a_sentence(
                text, match.end()):
            continue  # kata Kepala⏎Satuan Polisi …: a wrapped line, the name goes on
        start = match.start() + word.start()
        right = f"{word.group()}."
        yield Hit("titik-akhir", start, match.end(), right,
                  f"Paragraf berakhir sesudah keterangan penutur; tambahkan titik: “{right}”.")


# A day name set off from the date in parentheses that follows it (… di aula kantor camat,
# Senin, (7/3) -> Senin (7/3)): the parenthesis already sets the date off, and EYD V puts no
# comma between a word and the parenthesis that explains it.
_DAY_COMMA_DATE_RE = re.compile(
    r"(?<![\w-])(?P<day>Senin|Selasa|Rabu|Kamis|Jumat|Jum[’']at|Sabtu|Minggu|Ahad),"
    r"(?=[ \t]*\([ \t]*\d{1,2}[/.-]\d)", re.IGNORECASE)


def comma_between_day_and_date(ctx: Context) -> Iterator[Hit]:
    text = ctx.text
    for match in finditer_chunked(_DAY_COMMA_DATE_RE, text if ",(" in text or ", (" in text
                                  or ",\t(" in text else ""):
        day = match.group("day")
        yield Hit("koma-sebelum-kurung", match.start(), match.end(), day,
                  f"Tidak ada koma di antara nama hari dan tanggal dalam kurung: “{day} (…)”.")


def comma_after_bahwa(ctx: Context) -> Iterator[Hit]:
    text = ctx.text
    for match in finditer_chunked(_COMMA_AFTER_BAHWA_RE, text if "ahwa," in text else ""):
        yield Hit("koma-bahwa", match.start(), match.end(), match.group(1),
                  "Tidak ada koma sesudah “bahwa”: anak kalimat langsung menyusul.")


# A comma right after a preposition or a conjunction that joins what follows it (pada, Senin
# 22 Desember; media dan, OKP): these words open their phrase, so nothing sets them off from
# it (EYD V: koma). Left: a phrase set off on both sides (dan, tentu saja, ...: another comma
# within four words), "dalam" (also an adjective: sangat dalam, sehingga) and a comma before a
# quote or a number list. "yaitu/yakni" open the list they introduce (EYD V: kita memerlukan
# perabot, yaitu kursi, meja, dan lemari), so no comma follows them either.
_COMMA_AFTER_A_JOINER_RE = re.compile(
    r"(?<![\w-])(pada|kepada|dari|untuk|dengan|oleh|bagi|terhadap|tentang|dan|serta|atau|yang)"
    r",(?=[ \t]+[A-Za-z][\w-]*(?:[ \t]+[\w-]+){0,3}?(?:[ \t]+[\w-]+[.!?;:)”\"]|[ \t]+[\w-]+[ \t]+[\w-]))")
_SET_OFF_AFTER_RE = re.compile(r"[ \t]+(?:[a-z][\w-]*[ \t]+)(?:[\w-]+[ \t]+){0,2}[\w-]+,|[ \t]+[a-z][\w-]*,")


# A measure word before its amount (EYD V, tanda koma: no comma between a word and the
# complement it needs): sebesar, Rp6 juta; sebanyak, 120 orang; berjumlah, 30 KK.
_COMMA_BEFORE_AN_AMOUNT_RE = re.compile(
    r"(?<![\w-])(sebesar|sebanyak|senilai|berjumlah|seluas|sepanjang|setinggi|sejumlah|"
    r"mencapai|sekitar)(?P<comma>,)(?=[ \t]+(?:Rp\.?[ \t]*)?\d)", re.IGNORECASE)
# yaitu/yakni before the list or the item they introduce, whatever it is (a list of names,
# a number): yaitu, Desa Sukamaju, Desa Sukajaya.
_COMMA_AFTER_YAITU_RE = re.compile(r"(?<![\w-])(yaitu|yakni),(?=[ \t]+[\w“\"(])")


def comma_after_a_joiner(ctx: Context) -> Iterator[Hit]:
    """No comma after a preposition, a conjunction or *yaitu/yakni* before what they join
    (EYD V, tanda koma: *yaitu* introduces its list without a comma or a colon), nor after
    a measure word before its amount (sebesar, Rp6 juta)."""
    text = ctx.text
    for match in finditer_chunked(_COMMA_BEFORE_AN_AMOUNT_RE, text if "," in text else ""):
        word = match.group(1)
        yield Hit("koma-kata-tugas", match.start(), match.end(), word,
                  f"Tidak ada koma sesudah “{word}”: jumlah yang mengikutinya langsung menyusul.")
    for match in finditer_chunked(_COMMA_AFTER_YAITU_RE, text if "," in text else ""):
        word = match.group(1)
        yield Hit("koma-kata-tugas", match.start(), match.end(), word,
                  f"Tidak ada koma sesudah “{word}”: rincian yang diperkenalkannya langsung "
                  "menyusul.")
    for match in finditer_chunked(_COMMA_AFTER_A_JOINER_RE, text if "," in text else ""):
        if match.start() in ctx.starts:
            continue  # Untuk, ... opening a sentence: left to the writer
        if _SET_OFF_AFTER_RE.match(text, match.end()) is not None:
            continue  # dan, tentu saja, ...: a phrase set off on both sides
        yield Hit("koma-kata-tugas", match.start(), match.end(), match.group(1),
                  f"Tidak ada koma sesudah “{match.group(1)}”: kata yang mengikutinya "
                  "langsung menyusul.")


# An opening quote mark where the closing one belongs, before the attribution (…
# syukuri, “kata Wabup; … Corona, “pungkasnya): the quotation ended there.
_OPENING_BEFORE_ATTRIBUTION_RE = re.compile(
    rf"(?<={LETTER})([,.!?])[ \t]*“[ \t]*(?P<attr>(?:{ATTRIBUTION})(?:nya)?)\b")
# A quoted sentence after a comma or a colon that starts with a small letter (mengatakan,
# “kami meneruskan …; berharap, "semoga …): its first word takes a capital.
_QUOTED_SENTENCE_RE = re.compile(r"(?<=[,:])[ \t]*(?P<quote>[“\"])(?P<space>[ \t]?)(?P<word>[a-z]+)\b")
_WORDS_OF_A_SENTENCE = 4  # fewer words up to the closing quote: a quoted term, not a sentence
# As many words from a point on as a quoted sentence has, none past the closing mark, read in
# place: the text up to the closing mark split into words would be read again for every
# quotation that is never closed, which made a long paste of them quadratic (tests/attacks).
_SENTENCE_WORDS_BEFORE = {
    closing: re.compile(rf"[^\s{closing}]+(?:\s+[^\s{closing}]+){{{_WORDS_OF_A_SENTENCE - 1}}}")
    for closing in ("”", '"')}
_ATTRIBUTION_WORD_RE = re.compile(rf"(?:{ATTRIBUTION})(?:nya)?")


def quote_marks_of_sentences(ctx: Context) -> Iterator[Hit]:
    text = ctx.text
    for match in finditer_chunked(_OPENING_BEFORE_ATTRIBUTION_RE, text if "“" in text else ""):
        right = f"{match.group(1)}” {match.group('attr')}"
        yield Hit("petik-tutup", match.start(), match.end(), right,
                  f"Petikan ditutup dengan tanda petik penutup sebelum keterangan penutur: "
                  f"“{right}”.")
    if '"' not in text and "“" not in text:
        return
    parity = _QuoteParity(text)
    for match in finditer_chunked(_QUOTED_SENTENCE_RE, text):
        quote, word = match.group("quote"), match.group("word")
        if quote == '"' and not parity.opens(match.start("quote")):
            continue  # sukses," ujarnya: a closing mark
        if _ATTRIBUTION_WORD_RE.fullmatch(word):
            continue  # the opening mark used to close: the rule above
        closing = "”" if quote == "“" else '"'
        if not _SENTENCE_WORDS_BEFORE[closing].match(text, match.start("word")):
            continue  # disebut, “kampung tangguh”: a term in quotes
        right = quote + word[:1].upper() + word[1:]
        yield Hit("kapital-petikan", match.start("quote"), match.end("word"), right,
                  f"Petikan yang berupa kalimat diawali huruf kapital: “{right}”.")


# A period typed before a comma after a whole word (Kusworo Wibowo., SH; Milik Desa., 3.):
# only an abbreviation keeps its period before a comma (S.H., dll.,). And a period typed
# after a comma before the next word (Abu Bakar,.S.Sos).
_PERIOD_BEFORE_COMMA_RE = re.compile(r"(?<![\w.])(?P<word>[\w-]*\w)(?P<mark>\.),")
_PERIOD_AFTER_COMMA_RE = re.compile(rf"(?<={LETTER}),\.(?={LETTER})")


# The day and date of a report cut off by a period (di Desa Sukamaju. Senin (4/3/2024).):
# the day and its date are no sentence of their own, so the period before them is a comma
# (EYD V: koma memisahkan keterangan waktu di akhir kalimat). Only when a period closes the
# date: "Senin (4/3) lalu, Bupati ..." opens a sentence. Open real-text parts: 6 of 7 such
# shapes labelled, on 6 sites.
_DAY_DATE_CUT_RE = re.compile(
    r"(?<=[^\W\d_])\.[ \t]+(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum[’']at|Sabtu|Minggu),?[ \t]*"
    r"\(\d{1,2}[ \t]*/[ \t]*\d{1,2}(?:[ \t]*/[ \t]*\d{2,4})?\)\.")


def stray_periods_at_commas(ctx: Context) -> Iterator[Hit]:
    text = ctx.text
    for match in finditer_chunked(_DAY_DATE_CUT_RE, text if "(" in text else ""):
        before = re.search(r"(\w+)\Z", text[max(0, match.start() - 12):match.start()])
        if before is not None and (is_abbreviation(before.group(1)) or before.group(1) in DEGREES):
            continue  # Kab. Senin: an abbreviation's own period
        yield Hit("titik-koma-waktu", match.start(), match.start() + 1, ",",
                  "Hari dan tanggal sesudah kalimat bukan kalimat tersendiri: pisahkan dengan koma.")
    for match in finditer_chunked(_PERIOD_BEFORE_COMMA_RE, text if ".," in text else ""):
        word = match.group("word")
        if (len(word) < 3 or word in DEGREES or word.isupper() or is_abbreviation(word)
                or in_domain(text, match, 1)):
            continue  # Eka P., S.H., dll., an acronym's or an abbreviation's period
        if word.isalpha() and not word[1:].islower():
            continue  # MSc., SKep.: a degree written its own way
        yield Hit("titik-berlebih", match.start("mark"), match.end(), ",",
                  "Tanda titik sebelum koma hanya untuk singkatan: hapus titiknya.")
    for match in finditer_chunked(_PERIOD_AFTER_COMMA_RE, text if ",." in text else ""):
        yield Hit("titik-berlebih", match.start(), match.end(), ", ",
                  "Sesudah koma langsung spasi, tanpa tanda titik.")


# A semicolon after the words that open a list (yaitu ;, antara lain;, di bawah ini ;): the
# list after them is opened by a colon (EYD V: titik dua sesudah pernyataan lengkap yang
# diikuti rangkaian atau perincian).
_LIST_OPENER_SEMICOLON_RE = re.compile(
    r"\b(?P<opener>yaitu|yakni|adalah|antara lain|berikut ini|berikut|di ?bawah ini|meliputi"
    r"|di ?antaranya)(?P<mark>[ \t]*;)")


def semicolon_opening_a_list(ctx: Context) -> Iterator[Hit]:
    for match in finditer_chunked(_LIST_OPENER_SEMICOLON_RE, ctx.text if ";" in ctx.text else ""):
        if match.group("mark") == ";" or match.group("opener").endswith(" ini"):
            start, right = match.end() - 1, ":"  # meliputi;  (di bawah ini: its own joining
            # rule may take the words, the space before the mark its own spacing rule)
        else:  # yaitu ; -> yaitu: in one fix (the spacing rule would only close the gap)
            start, right = match.start(), match.group("opener") + ":"
        yield Hit("titik-dua", start, match.end(), right,
                  "Sebelum rincian (meliputi, yaitu, berikut) dipakai titik dua, bukan titik koma.")


# A period after the closing mark and the attribution capitalised as a sentence of its own
# (… tertib”. Pungkasnya.): the quote ends with a comma inside the marks, and the
# attribution goes on in lowercase.
_PERIOD_AFTER_QUOTE_ATTRIBUTION_RE = re.compile(
    r"(?<=[^\W_])(?P<marks>[”\"]\.)[ \t]+(?P<attr>(?:"
    + "|".join(w.capitalize() for w in ATTRIBUTION.split("|")) + r")(?:nya)?)(?=[.,])")


def period_after_a_quote_before_its_attribution(ctx: Context) -> Iterator[Hit]:
    text = ctx.text
    for match in finditer_chunked(_PERIOD_AFTER_QUOTE_ATTRIBUTION_RE, text if "." in text else ""):
        quote = match.group("marks")[0]
        yield Hit("koma-petik", match.start("marks"), match.end("marks"), "," + quote,
                  "Petikan yang diikuti keterangan penuturnya diakhiri koma sebelum tanda "
                  "petik penutup: “…,” ujarnya.")
        lower = match.group("attr").lower()
        yield Hit("kecil-sesudah-petik", match.start("attr"), match.end("attr"), lower,
                  f"Keterangan penutur ditulis dengan huruf kecil: “{lower}”.")


# A dateline: the site's or the place's name a release opens with (Kopi Times | Medan :,
# Kab.Tasikmalaya,LHI, Sulbarpos.com , Polewali —, BOLMONG,DETOTABUAN.COM-). Its marks are the
# site's header, not the writer's sentence: the editors of heldout16, heldout17, heldout18 and
# tune3 all leave them (bench/realtext/README.md, "Not labelled, as doubtful").
_DATELINE_RULES = frozenset({"spasi-tanda-baca", "spasi-sesudah-koma", "spasi-titik"})


def in_dateline(text: str, hit: Hit, plain_word: Callable[[str], bool]) -> bool:
    """Whether ``hit`` (a space before or after a mark) falls in the text's dateline: within
    its first characters, after at most five words, none of them a common word in lowercase
    (a web address, a site's name or a month in lowercase may be: suluhsumatera, 18 juli), and
    not a comma glued to a degree or rank that goes on in a sentence (Susanto,SH kembali;
    Blitar,AKBP Arif: the writer's own slip)."""
    if hit.rule not in _DATELINE_RULES:
        return False
    words = dateline_words(text, hit.start)
    if words is None:
        return False
    lowercase = [w for w in words if w[:1].islower()]
    if len(words) > 5 or len(lowercase) > 1 or any(plain_word(w) for w in lowercase):
        return False
    # ,AKBP Arif …: the sentence has begun
    return not (hit.rule == "spasi-sesudah-koma"
                and re.match(r"[ \t]+[^\W\d_]", text[hit.end:hit.end + 2]))


# The marks that close a quoted sentence (EYD V: tanda titik dan koma ditulis sebelum tanda
# petik penutup). Two shapes the rules above leave:
# - a straight quote mark spaced from the comma or period it closes, with the speaker after it
#   (meluap ke jalan, " terangnya): the mark is a closing one because the attribution follows;
#   the curly mark's case is spasi-petik above;
# - a period after the closing mark of a quote that opens a sentence or a paragraph (“Cek
#   kesehatan setiap bulan. … terlebih dahulu”.): the period ends the quoted sentence, so it
#   goes inside. The quote after a comma or colon is titik-petik above. Only curly marks, and
#   only a quote of mostly lowercase words (a sentence, not a title in quotes).
_SPACED_STRAIGHT_CLOSE_RE = re.compile(
    rf"(?<=[^\W_])([,.])[ \t]+\"(?=[ \t]+(?:{ATTRIBUTION})(?:nya)?\b)")
_SENTENCE_QUOTE_PERIOD_RE = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?][ \t])|(?<=[.!?][ \t]{2}))[ \t]*“(?P<said>[^“”\"\n]{1,700}?)(?<=\w)”\."
    r"(?=\s|$)")


def closing_quote_marks(ctx: Context) -> Iterator[Hit]:
    text = ctx.text
    if '"' in text:
        for match in finditer_chunked(_SPACED_STRAIGHT_CLOSE_RE, text):
            yield Hit("spasi-petik", match.start(), match.end(), ',"',
                      "Petikan yang diikuti keterangan penuturnya ditutup dengan koma dan tanda "
                      "petik penutup tanpa spasi di antaranya: “…,” ujarnya.")
    if "”." not in text:
        return
    for match in finditer_chunked(_SENTENCE_QUOTE_PERIOD_RE, text):
        said = re.findall(r"[^\W\d_]+", match.group("said"))[1:]
        if len(said) < 3 or sum(w[:1].islower() for w in said) * 3 < len(said) * 2:
            continue  # “Desa Sehat Desa Cerdas”.: a title in quotes, not a sentence said
        end = match.end()
        yield Hit("titik-petik", end - 2, end, ".”",
                  "Petikan langsung yang berupa kalimat diakhiri tanda titik sebelum tanda petik "
                  "penutup: “….”")
