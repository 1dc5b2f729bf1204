"""Numbers (EYD V): the rupiah sign, ordinals written ke-166, units and number words
after a number in lowercase.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from core.check.orthography.context import LETTER, Context, Hit
from core.check.orthography.words import COUNTED, COUNTERS, ORDINAL_HEADS
from core.check.text import finditer_chunked


def rupiah(ctx: Context) -> Iterator[Hit]:
    text = ctx.text
    for match in finditer_chunked(r"\b(?:Rp|RP|rp)(\.[ \t]*|[ \t]+|\.?)(\d+(?:\.\d{3})*(?:,\d+)?)(,-)?",
                                 text):
        sep, amount, dash = match.groups()
        if amount.isdigit() and len(amount) >= 4 and amount[0] != "0":
            amount = f"{int(amount):,}".replace(",", ".")  # Rp. 7000 -> Rp7.000
        cased = text[match.start():match.start() + 2] != "Rp"
        if not sep and not dash and not cased:
            continue
        if (sep or cased) and dash:  # two slips, each its own fix: Rp 5.000,- -> Rp5.000 + ,00
            yield Hit("rupiah", match.start(), match.end(3) - 2, f"Rp{amount}",
                      f"Lambang rupiah ditulis “Rp” tanpa titik dan tanpa spasi: “Rp{amount}”.")
            yield Hit("rupiah", match.end(3) - 2, match.end(3), ",00",
                      "Bagian desimal rupiah ditulis dengan angka: “,00”, bukan “,-”.")
            continue
        right = f"Rp{amount}" + (",00" if dash else "")
        yield Hit("rupiah", match.start(), match.end(), right,
                  f"Lambang rupiah ditulis “Rp” tanpa titik dan tanpa spasi: “{right}”.")


# Measure words and unit names counted by a number (25 Kilogram, 24 Kepala Keluarga, 50
# Orang): common nouns, lowercase inside a sentence.
_COUNTER_RE = re.compile(
    r"\d[ \t]+(Kepala [Kk]eluarga|" + "|".join(w.capitalize() for w in sorted(COUNTERS))
    + r")\b(?!-)")
_TITLE_NEXT_RE = re.compile(r"[ \t]+[A-Z][a-z]")


def units_and_numerals(ctx: Context) -> Iterator[Hit]:
    """Unit symbols and number words after a number are lowercase (1,2 Km -> 1,2 km;
    Rp4,6 Miliar -> Rp4,6 miliar)."""
    text = ctx.text
    for match in finditer_chunked(r"\d([ \t]?)(Km|KM|Kg|KG|Cm|CM|Mm|Ha|Ml|ML|Ton)\b(?!-)",
                                  text):
        unit = match.group(2)
        yield Hit("satuan-kecil", match.start(2), match.end(2), unit.lower(),
                  f"Lambang satuan ditulis dengan huruf kecil: “{unit.lower()}”.")
    for match in finditer_chunked(r"\((Km|KM|Kg|KG|Cm|CM|Mm|Ha|Ml|ML)\)", text if "(" in text else ""):
        before = text[max(0, match.start() - 20):match.start()].split()
        if not before or not (before[-1].lower() in COUNTERS or before[-1][-1:].isdigit()):
            continue  # (KM) alone may be an acronym; after kilogram or a number it is a unit
        unit = match.group(1)
        yield Hit("satuan-kecil", match.start(1), match.end(1), unit.lower(),
                  f"Lambang satuan ditulis dengan huruf kecil: “{unit.lower()}”.")
    for match in finditer_chunked(_COUNTER_RE, text):
        if match.start(1) in ctx.starts or (" " not in match.group(1) and _TITLE_NEXT_RE.match(
                text, match.end(1))):
            continue  # 3 Paket Kebijakan Ekonomi: a counted name
        right = match.group(1).lower()
        yield Hit("satuan-kecil", match.start(1), match.end(1), right,
                  f"Kata satuan sesudah angka ditulis dengan huruf kecil: “{right}”.")
    for match in finditer_chunked(r"\d[ \t]+(Ribu|Juta|Miliar|Milyar|Triliun)\b", text):
        word = match.group(1)
        right = word.lower().replace("milyar", "miliar")
        yield Hit("bilangan-kecil", match.start(1), match.end(1), right,
                  f"Kata bilangan sesudah angka ditulis dengan huruf kecil: “{right}”.")
    for match in finditer_chunked(r"\b([Ss]e)-[ \t]+([A-Z][\w-]*)", text if "e-" in text else ""):
        right = f"se-{match.group(2)}"
        yield Hit("bentuk-terikat", match.start(), match.end(), right,
                  f"“se-” ditulis dengan tanda hubung tanpa spasi sebelum nama: “{right}”.")
    spaced = " -" in text or "- " in text or "\t-" in text or "-\t" in text
    for match in finditer_chunked(rf"\b({LETTER}{{2,}})(?:[ \t]+-[ \t]*|-[ \t]+)(\1)\b",
                                  text if spaced else ""):
        right = f"{match.group(1)}-{match.group(2)}"
        yield Hit("ulang-hubung", match.start(), match.end(), right,
                  f"Kata ulang ditulis dengan tanda hubung tanpa spasi: “{right}”.")


def hyphened_number(ctx: Context) -> Iterator[Hit]:
    """A name and its number joined by a hyphen take no space around it (Covid -19 ->
    Covid-19, Covid- 19 -> Covid-19)."""
    text = ctx.text
    spaced = " -" in text or "- " in text
    for match in finditer_chunked(r"\b([A-Z][A-Za-z]{2,})(?:[ \t]+-|-[ \t]+)(\d{1,4})\b(?![.,]\d)",
                                  text if spaced else ""):
        if match.group(1).lower() == "covid":
            continue  # the disease's own finding below
        right = f"{match.group(1)}-{match.group(2)}"
        yield Hit("tanda-hubung", match.start(), match.end(), right,
                  f"Tanda hubung ditulis tanpa spasi: “{right}”.")
    for match in finditer_chunked(_COVID_RE, text if "ovid" in text or "OVID" in text else ""):
        name = match.group(1)
        right = ("Covid" if name == "covid" else name) + "-19"
        yield Hit("tanda-hubung", match.start(), match.end(), right,
                  f"Nama penyakit ini ditulis dengan tanda hubung tanpa spasi: “{right}”.")


# covid 19, Covid - 19, COVID -19: the disease's name is written Covid-19 (COVID-19).
_COVID_RE = re.compile(r"\b(Covid|COVID|covid)(?:[ \t]*-[ \t]+|[ \t]+-?[ \t]*)(19)\b(?![.,]\d)")


def ke_number(ctx: Context) -> Iterator[Hit]:
    """ke + a numeral is an ordinal and takes a hyphen (EYD V): ke 166 -> ke-166."""
    text = ctx.text
    for match in finditer_chunked(
            r"\b([Kk]e)(?:(?P<spaced>[ \t]*[-–—][ \t]+|[ \t]+[-–—][ \t]*)|[ \t]+|(-))(\d+)\b(?![.,]\d)",
            text):
        ke, spaced, hyphen, number = match.groups()
        # HUT RI Ke-75 inside a sentence: ke- is a prefix and stays lowercase there
        inside = ke == "Ke" and match.start() not in ctx.starts and re.search(
            r"[^\W\d_][ \t]$", text[max(0, match.start() - 2):match.start()]) is not None
        if hyphen and not inside:
            continue
        # ke- 121, ke -121, ke – 113: a hyphen or a dash with a space is an ordinal
        if not hyphen and not spaced:
            before = text[max(0, match.start() - 25):match.start()].split()
            after = text[match.end():match.end() + 20].split()
            next_word = after[0].strip(".,;:!?)").lower() if after else ""
            if next_word in COUNTED and not (before and before[-1].lower() in ORDINAL_HEADS):
                continue  # ke 3 desa: a direction with a count, not an ordinal
        right = f"{'ke' if inside else ke}-{number}"
        yield Hit("ke-angka", match.start(), match.end(), right,
                  ("“ke-” di tengah kalimat ditulis dengan huruf kecil: " if hyphen else
                   "“ke” sebelum angka yang menyatakan urutan ditulis dengan tanda hubung: ")
                  + f"“{right}”.")


_ORDINAL_WORDS = frozenset({"dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan",
                            "sembilan", "sepuluh", "sebelas", "seratus", "seribu"})
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}
# Before ke + a number word these make it the prefix: "yang kedua", "minggu kedua", and after
# a preposition the prefix makes the collective (kepada keempat pemilik): a preposition never
# follows a preposition.
_KE_PREFIX_BEFORE = frozenset({"yang", "kepada", "untuk", "bagi", "oleh", "dari", "pada",
                               "dengan", "milik", "antara", "atas"})


def _roman(numeral: str) -> int | None:
    if not numeral or any(c not in _ROMAN for c in numeral) or len(numeral) > 5:
        return None
    total = 0
    for i, c in enumerate(numeral):
        value = _ROMAN[c]
        total += -value if i + 1 < len(numeral) and _ROMAN[numeral[i + 1]] > value else value
    return total


def ke_number_word(ctx: Context) -> Iterator[Hit]:
    """ke- written apart from a number word where it is the prefix of an ordinal or a
    collective (yang ke dua -> yang kedua, minggu ke tiga -> minggu ketiga, kepada ke empat
    pemilik -> kepada keempat pemilik), and ke before a Roman numeral (minggu ke II ->
    minggu ke-2): EYD V writes ke- joined to a number word and with a hyphen before a
    number. ke stays a preposition before a count: pergi ke empat desa."""
    text, words = ctx.text, ctx.words
    for i in range(1, len(words) - 1):
        ke, number, before = words[i], words[i + 1], words[i - 1]
        if ke.text not in ("ke", "Ke") or text[ke.end:number.start] != " ":
            continue
        lower_before = before.text.lower()
        head = lower_before in _KE_PREFIX_BEFORE or lower_before in ORDINAL_HEADS
        if not head or text[before.end:ke.start] != " ":
            continue
        value = _roman(number.text)
        if (value is not None and number.text != "I") or (number.text == "I" and lower_before
                                                        in ORDINAL_HEADS):
            right = f"{ke.text}-{value}"
        elif number.text.lower() in _ORDINAL_WORDS and number.text.islower():
            right = ke.text + number.text
        else:
            continue
        yield Hit("ke-angka", ke.start, number.end, right,
                  f"“ke-” pembentuk bilangan tingkat atau kumpulan ditulis serangkai dengan "
                  f"kata bilangan dan dengan tanda hubung sebelum angka: “{right}”.")
