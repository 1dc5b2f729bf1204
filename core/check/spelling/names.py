"""Tokens that are names or no words at all, not spelling slips: a name after the word that
introduces it, acronyms a text defines in parentheses, English words inside a foreign name or
phrase, units after a number."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from itertools import pairwise

from core.check.morphology import CLITICS
from core.check.suggest import one_edit
from core.check.text import Token

# Ranks of the TNI (UU 34/2004) and of the Polri (Perpol 2/2019), as their official
# abbreviations write them: a name follows them (Serda Hasan, AKBP Muhari, bapak Kompol Rina).
RANKS = frozenset({
    "prada", "pratu", "praka", "kopda", "koptu", "kopka", "serda", "sertu", "serka", "serma",
    "pelda", "peltu", "letda", "lettu", "kapten", "mayor", "letkol", "kolonel", "brigjen",
    "mayjen", "letjen", "jenderal", "laksma", "laksda", "laksdya", "laksamana", "marsma",
    "marsda", "marsdya", "marsekal",  # TNI
    "bharada", "bharatu", "bharaka", "abripda", "abriptu", "abrip", "bripda", "briptu",
    "brigpol", "brigadir", "bripka", "aipda", "aiptu", "ipda", "iptu", "akp", "kompol", "akbp",
    "kombes", "kombespol", "irjen", "komjen"})  # Polri
# Words after which a capitalised word is a name (Desa Jembayan, Jalan Merdeka, Pak Harto).
NAME_HEADS = frozenset({
    "desa", "kelurahan", "kecamatan", "dusun", "kampung", "kabupaten", "kota", "provinsi", "jalan",
    "jl", "gang", "sungai", "gunung", "pulau", "pantai", "danau", "bukit", "pasar", "nagari",
    "gampong", "pekon", "banjar", "lingkungan", "perumahan", "pak", "bu", "bapak", "ibu", "sdr",
    "saudara", "saudari", "kak", "mas", "mbak", "bang", "haji", "hj", "h", "dr", "drs", "ir",
    *RANKS,
    # Units of village government by region: korong and jorong (Sumatera Barat), dukuh and
    # padukuhan (Jawa), kalurahan (DIY), tiyuh (Tulang Bawang Barat); and their abbreviations
    # before a period (Kel. Plarangan, Kec. Wori, Kab. Banjar, Ds. Suci, Dsn. Krajan)
    "korong", "jorong", "dukuh", "padukuhan", "kalurahan", "tiyuh", "kel", "kec", "kab", "ds",
    "dsn",
    # Titles and Balinese birth-order names that a given name follows (Rd. Berly, Nyoman Darta,
    # Ketut Sudana); not "made" or "i", which are English or Roman numerals as often
    "rd", "nyoman", "ketut", "wayan", "komang", "kadek", "putu",
    # Village units of other regions, named so in their regional regulations: negeri (Maluku),
    # nagori (Simalungun), lembang (Tana Toraja)
    "negeri", "nagori", "lembang",
})
# Heads of a village, a street or a natural feature, whose name often has two words (Desa Batu
# Belubang, Dusun Sungai Rambai, Jalan Gatot Subroto): a capitalised word after a capitalised
# word after one is part of that name too. Not regencies, cities or provinces (their names are
# listed, so a slip there is found), nor persons' titles and ranks (Jenderal Bina Administrasi).
VILLAGE_HEADS = frozenset({
    "desa", "kelurahan", "dusun", "kampung", "jalan", "gang", "sungai", "gunung", "pulau",
    "pantai", "danau", "bukit", "nagari", "gampong", "pekon", "banjar", "dukuh", "padukuhan",
    "kalurahan", "tiyuh", "korong", "jorong", "perumahan", "negeri", "nagori", "lembang",
})
# Buildings and places that their own name follows (Pura Luhur Batukau, gedung Widyata
# Mandala, Hotel Emersia): a capitalised word up to two words after one is part of that name,
# unless it is a slip of a common word.
PLACE_HEADS = frozenset({
    "pura", "masjid", "musala", "gereja", "vihara", "klenteng", "candi", "gedung", "hotel",
    "wisma", "aula", "balai", "pondok", "pesantren", "stadion", "bandara", "pelabuhan",
    "terminal", "lapangan", "taman", "museum", "pendopo", "pendapa", "villa", "vila", "rumah",
})
# The corps a TNI rank names before the name (Lettu Inf. Yus, Kapten Czi. Ahmad).
CORPS = frozenset({"inf", "kav", "arm", "arh", "czi", "cba", "cku", "cpl", "chb", "ckm", "cpm",
                   "kes", "adm", "ctp", "chk", "caj", "pas", "mar", "psk", "tek", "lek", "kom"})


FOREIGN_GLUE = frozenset({"of", "the", "and", "for", "in", "on", "to", "at", "by", "with",
                           "a", "an", "de", "du", "van", "von", "der"})


UNITS = frozenset({"km", "m", "cm", "mm", "kg", "g", "mg", "ha", "ton", "l", "ml", "kwh", "kw",
                    "mw", "mdpl", "knot", "gb", "mb", "mbps", "kbps", "ghz", "mhz", "ppm"})


class OfficialNamePairs:
    """The words that stand side by side in official names (lowercase, punctuation dropped):
    Badan Kepegawaian Negara gives kepegawaian after badan and before negara; Tim Penggerak
    PKK gives penggerak before pkk."""

    def __init__(self, names: Iterable[str]) -> None:
        self._before: dict[str, set[str]] = {}  # word -> the words that come before it
        self._after: dict[str, set[str]] = {}   # word -> the words that come after it
        for name in names:
            words = [w.lower() for w in re.findall(r"[A-Za-z]+", name)]
            for left, right in pairwise(words):
                self._before.setdefault(right, set()).add(left)
                self._after.setdefault(left, set()).add(right)

    def before(self, word: str) -> frozenset[str] | set[str]:
        return self._before.get(word, frozenset())

    def after(self, word: str) -> frozenset[str] | set[str]:
        return self._after.get(word, frozenset())


def in_foreign_phrase(tokens: list[Token], i: int, english: Callable[[str], bool]) -> bool:
    """A word next to an English word or an acronym (SMS center, fogging focus): part of a
    foreign phrase, not an English spelling of an Indonesian loanword."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(tokens):
            left, right = sorted((tokens[i], tokens[j]), key=lambda t: t.start)
            if right.start - left.end != 1:
                continue  # sirup, biscuit: a list, not a phrase
            other = tokens[j].text
            if (other.isupper() and len(other) > 1) or (english(other) and not other.istitle()):
                return True
    return False


def defined_acronyms(text: str, tokens: list[Token]) -> set[str]:
    """Lowercase words the text defines in parentheses after the words they shorten, their
    letters taken in order from those words (calon pengantin (catin), dapur sehat atasi
    stunting (dashat))."""
    defined: set[str] = set()
    if "(" not in text:
        return defined
    opened = {m.end() for m in re.finditer(r"\((?=\w)", text)}
    for i, token in enumerate(tokens):
        if token.start not in opened:
            continue
        word = token.text.lower()
        if i < 2 or not word.isalpha() or len(word) < 3 or text[token.end:token.end + 1] != ")":
            continue
        before = [t.text.lower() for t in tokens[max(0, i - 6):i]]
        for start in range(len(before) - 2, -1, -1):
            if before[start][0] == word[0] and _subsequence(word, "".join(before[start:])):
                defined.add(word)
                break
            if _syllable_acronym(word, before[start:]):
                defined.add(word)
                break
    return defined


def _syllable_acronym(word: str, before: list[str]) -> bool:
    """An acronym that begins with the last syllable of the first word it shortens and
    takes the beginnings of later ones (kelompok pembudi daya ikan (pokdakan): kelomPOK,
    DAya, iKAN)."""
    head, rest = word[:3], word[3:]
    if len(word) < 6 or len(before) < 2 or not before[0].endswith(head) or before[0] == head:
        return False
    return any(later[:1] == rest[:1] and _subsequence(rest, "".join(before[j:]))
               for j, later in enumerate(before[1:], start=1))


def _subsequence(short: str, long: str) -> bool:
    letters = iter(long)
    return all(ch in letters for ch in short)


def not_a_word_here(text: str, tokens: list[Token], i: int) -> bool:
    """Tokens that are no word to spell: a unit after a number (5 km), a clitic after a
    parenthesis and hyphen ((Tupoksi)-nya), an acronym defined in parentheses by the words
    before it (bahan kebutuhan pokok (bakepok))."""
    token = tokens[i]
    word = token.text
    if word.lower() in UNITS and re.search(r"\d[ \t]?$", text[max(0, token.start - 3):token.start]):
        return True
    if word in CLITICS and text[max(0, token.start - 2):token.start] == ")-":
        return True
    if (text[token.start - 1:token.start] == "(" and text[token.end:token.end + 1] == ")"
            and i > 0):
        before = [t.text.lower() for t in tokens[max(0, i - 6):i]]
        return _acronym_of(word.lower(), before)
    return False


def _acronym_of(acronym: str, words: list[str]) -> bool:
    """Whether ``acronym`` is made of the beginnings of the last few ``words`` in order
    (bakepok: bahan kebutuhan pokok)."""
    for start in range(len(words) - 1, -1, -1):
        if _spells(acronym, words[start:]) and len(words) - start >= 2:
            return True
    return False


def _spells(acronym: str, words: list[str]) -> bool:
    if not words:
        return not acronym
    first, rest = words[0], words[1:]
    for size in range(min(len(first), len(acronym)), 0, -1):
        if first[:size] == acronym[:size] and _spells(acronym[size:], rest):
            return True
    return False


def inside_foreign_name(text: str, tokens: list[Token], i: int,
                         english: Callable[[str], bool]) -> bool:
    """An English function word between capitalised words (Association of the Indonesian
    Tours and Travel Agencies): part of a name, not a word to translate."""
    word = tokens[i].text
    if word.lower() not in FOREIGN_GLUE:
        return False
    if 0 < i < len(tokens) - 1 and english(tokens[i - 1].text) and english(tokens[i + 1].text):
        return True  # door to door: one foreign phrase, advised on its words
    before = next((t.text for t in reversed(tokens[max(0, i - 3):i])
                   if t.text.lower() not in FOREIGN_GLUE), "")
    after = next((t.text for t in tokens[i + 1:i + 4] if t.text.lower() not in FOREIGN_GLUE), "")
    return before[:1].isupper() and after[:1].isupper()


# Verbs that attribute a quotation to the speaker named right after them (…,” ujar Arman).
_ATTRIBUTION = frozenset({"ujar", "kata", "jelas", "ungkap", "tutur", "tegas", "terang", "papar",
                          "imbuh", "ucap", "sebut", "lanjut"})
# An academic degree after a name and its comma (Arman, S.Pd; Rina, S.H.; Budi, M.Si.).
_DEGREE_AFTER = re.compile(r", ?(?:[SDM]\.[A-Z][A-Za-z]{0,3}\b|A\.Md\b|Dra?\.)")
# An initial after a title or another initial (Dr. J. Leimena, Ir. H. Juanda, A. B. Kasim):
# initials stand only inside a person's name, so the capitalised word after them is its
# surname (EYD V: singkatan nama orang).
_INITIALS_BEFORE = re.compile(
    r"(?:(?<![\w.])(?:Dr|Drs|Dra|Ir|Prof|H|Hj|KH|dr|drg)\.|(?<![\w.])[A-Z]\.) ?[A-Z]\. $")
# Particles that stand lowercase between the words of a person's name (Yohanes de Rosari,
# Rudolf van Rijn, Maria da Costa): no Indonesian word, so between two capitalised words they
# are part of the name, not a slip of *di* or *dan*.
NAME_PARTICLES = frozenset({"de", "van", "von", "der", "den", "da", "dos", "del", "della", "du"})
_degree_after_undotted: re.Pattern[str] | None = None


def _degree_after(text: str, end: int) -> bool:
    """Whether a comma and an academic degree follow offset ``end``, with its periods (Arman,
    S.Pd) or written without them, as the degree list of the orthography check has them
    (Kerrang, SP.; Rosari,SE: the degree's own periods are a finding of their own)."""
    if _DEGREE_AFTER.match(text, end):
        return True
    global _degree_after_undotted
    if _degree_after_undotted is None:
        # imported here: the orthography package imports this one
        from core.check.orthography.words import DEGREE_TOKEN
        _degree_after_undotted = re.compile(rf", ?(?:{DEGREE_TOKEN})(?![A-Za-z])")
    return _degree_after_undotted.match(text, end) is not None


def name_particle(text: str, tokens: list[Token], i: int) -> bool:
    """Whether token ``i`` is a lowercase particle of a person's name between two capitalised
    words one space apart (Yohanes de Rosari)."""
    if tokens[i].text not in NAME_PARTICLES or i == 0 or i + 1 >= len(tokens):
        return False
    left, right = tokens[i - 1], tokens[i + 1]
    return (left.text[:1].isupper() and right.text[:1].isupper()
            and text[left.end:tokens[i].start] == " " and text[tokens[i].end:right.start] == " ")
# Positions that open an appositive whose name follows the comma (Kepala SMPN 2 Sungailiat,
# Amran mengatakan).
_APPOSITIVE_HEADS = frozenset({"Kepala", "Ketua", "Sekretaris", "Direktur", "Komandan", "Camat",
                               "Lurah", "Kapolres", "Kapolsek", "Danramil", "Dandim", "Kadis",
                               "Kabid", "Kasi", "Kades", "Plt", "Pj"})


def name_slots(text: str, tokens: list[Token]) -> set[str]:
    """Capitalised words the text puts where only a name stands: after a verb that
    attributes a quotation (…,” ujar Arman), before a comma and an academic degree (Arman,
    S.Pd; Arman, SE), after a title's initials (Dr. J. Leimena), and after the comma that
    closes a position and the body it heads (Kepala SMPN 2 Sungailiat, Amran). Such a word is
    a name wherever the text uses it, even one slip from a common word (aman)."""
    found: set[str] = set()
    for i, token in enumerate(tokens):
        word = token.text
        if not (word[:1].isupper() and word[1:].islower() and word.isalpha()):
            continue
        if (_degree_after(text, token.end) or _after_attribution(text, tokens, i)
                or _after_appositive(text, tokens, i)
                or _INITIALS_BEFORE.search(text[max(0, token.start - 12):token.start])):
            found.add(word)
    return found


def _after_attribution(text: str, tokens: list[Token], i: int) -> bool:
    """Token ``i`` right after a verb that follows a quotation or a comma (…,” ujar Arman)."""
    if i == 0 or text[tokens[i - 1].end:tokens[i].start] != " ":
        return False
    verb = tokens[i - 1]
    return verb.text in _ATTRIBUTION and bool(
        re.search(r"[,\"”]\s*$", text[max(0, verb.start - 3):verb.start]))


def _after_appositive(text: str, tokens: list[Token], i: int) -> bool:
    """Token ``i`` right after the comma that closes a position and the body it heads."""
    return (i > 1 and text[tokens[i - 1].end:tokens[i].start] == ", "
            and _closes_appositive(text, tokens, i - 1))


def _closes_appositive(text: str, tokens: list[Token], last: int) -> bool:
    """Whether the tokens up to ``last`` are a position and the body it heads, all
    capitalised words or acronyms one space apart, maybe with a number between (Kepala SMPN 7
    Pangkalpinang)."""
    for j in range(last, max(-1, last - 7), -1):
        word = tokens[j].text
        if not word[:1].isupper():
            return False
        if word in _APPOSITIVE_HEADS:
            return j < last
        if j > 0 and not _APPOSITIVE_GAP.fullmatch(text, tokens[j - 1].end, tokens[j].start):
            return False
    return False


# One space, or a number between (SMPN 2 Sungailiat: numbers are no word tokens).
_APPOSITIVE_GAP = re.compile(r" (?:\d+ )?")


def after_place_head(text: str, tokens: list[Token], i: int) -> bool:
    """Whether token ``i`` is the first or second capitalised word after a building or place
    word (Pura Luhur Batukau, gedung Widyata Mandala), one space apart."""
    for back in (1, 2):
        j = i - back
        if j < 0 or text[tokens[j].end:tokens[j + 1].start] != " ":
            return False
        if tokens[j].text.lower() in PLACE_HEADS:
            return True
        if not tokens[j].text.istitle():
            return False
    return False


# The fewest letters a capitalised word needs for a spelling of a name the text writes more
# often, one edit away, to make it that name's slip (Sunato: Sunanto; not Ali: Aldi).
_VARIANT_MIN_LETTERS = 5


def name_variant_slips(tokens: list[Token], unknown: Callable[[str], bool]) -> dict[str, str]:
    """Capitalised words the text writes once that are one edit (a letter dropped, added,
    swapped or replaced) from a capitalised word it writes more often, each mapped to that
    word: a text spells its own names the same way each time, so *Sunato* beside *Sunanto* ×3
    or *Muntokn* beside *Muntok* ×6 is a slip of the name, whatever lists hold it. Only words
    ``unknown`` says no list knows; not when two names are one edit from it, nor a last vowel
    for another (*Yanto* and *Yanti*, *Putra* and *Putri* are two people), nor a letter for
    another when the word written more often is listed."""
    counts = Counter(t.text for t in tokens
                     if len(t.text) >= _VARIANT_MIN_LETTERS and t.text.istitle()
                     and t.text.isalpha())
    repeated = [w for w, n in counts.items() if n > 1]
    if not repeated:
        return {}
    # Two words of five letters or more one edit apart (a letter dropped, added, changed, or
    # two neighbours swapped) begin with the same two letters (the edit comes after them) or
    # end with the same two (it touches only the first three): each word is compared, in the
    # same order, with the repeated words that share one and are a letter longer or shorter
    # at most, not with all of them.
    by_start: dict[tuple[str, int], list[int]] = {}
    by_end: dict[tuple[str, int], list[int]] = {}
    for index, v in enumerate(repeated):
        lower = v.lower()
        by_start.setdefault((lower[:2], len(v)), []).append(index)
        by_end.setdefault((lower[-2:], len(v)), []).append(index)
    found: dict[str, str] = {}
    for word, n in counts.items():
        if n != 1:
            continue
        lower = word.lower()
        sizes = (len(word) - 1, len(word), len(word) + 1)
        indices = [index for size in sizes for index in by_start.get((lower[:2], size), ())]
        indices += [index for size in sizes for index in by_end.get((lower[-2:], size), ())]
        near = [v for v in (repeated[index] for index in sorted(set(indices)))
                if abs(len(v) - len(word)) <= 1
                and one_edit(lower, v.lower()) and not _other_ending(lower, v.lower())
                and (len(v) != len(word) or unknown(v))]  # Niken Probo ... Kulon Progo:
        # a letter for another beside a listed name is another name (letters added or
        # dropped are not: Muntokn, Muntok)
        if len(near) == 1 and unknown(word):
            found[word] = near[0]
    return found


def _other_ending(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ only in a last vowel (Yanto, Yanti)."""
    return (len(a) == len(b) and a[:-1] == b[:-1] and a[-1] in "aeiou" and b[-1] in "aeiou")
