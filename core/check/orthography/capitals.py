"""Capital letters (EYD V): names of days, months and feasts, a sentence's first letter,
address terms, pronouns and common words capitalised inside a sentence, function words inside
a name, an attribution after a quote.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterator

from core.check.morphology import analyses
from core.check.orthography.context import (
    LETTER,
    Context,
    Hit,
    capitalised,
    dateline_words,
    in_domain,
    next_titled,
    number_near,
    titled,
)
from core.check.orthography.vocabulary import Vocabulary
from core.check.orthography.words import (
    ATTRIBUTION,
    CAPITALISED_NOUNS,
    DAYS,
    DEGREES,
    EITHER_CASE,
    FUNCTION_WORDS,
    GENERIC_BEFORE,
    GENERIC_COMPOUNDS,
    HOLIDAYS,
    LEVELS,
    MONTHS,
    NAME_BREAKERS,
    NAME_CONNECTORS,
    NAME_FUNCTION_WORDS,
    NAME_INTRODUCERS,
    NATURAL_FEATURES,
    ORDINAL_HEADS,
    PLACE_HEADS,
    PRONOUNS,
    TIME_WORDS,
    TITLE_CONTEXT,
    TITLE_WORDS,
    UNIT_WORDS,
    WORD_NAME_INTRODUCERS,
)
from core.check.spelling.names import RANKS
from core.check.text import Token, finditer_chunked, is_abbreviation

_SHORT_QUOTE_RE = re.compile(r"[“\"](?:[^“”\"\n\s]+\s){0,7}[^“”\"\n\s]+[”\"]")
# A longer title in quotes: every word capitalised but the function words of a title
# (tema “Penyuluhan Hukum … dan Kekerasan Seksual bagi Pelajar”, buku ‘Panduan … bagi
# Masyarakat,").
_TITLE_GLUE_WORDS = r"(?:dan|bagi|di|ke|dari|untuk|yang|dalam|pada|serta|atau|melalui|tentang|dengan)"
_TITLE_QUOTE_RE = re.compile(
    rf"[“‘\"](?:[A-Z][\w-]*)(?:[ \t]+(?:[A-Z][\w-]*|{_TITLE_GLUE_WORDS})){{2,14}}(?=[”’\",.])")

# Words after which a capitalised word is a given name (bertajuk, berjudul, bernama …).
_INTRODUCERS = NAME_INTRODUCERS | WORD_NAME_INTRODUCERS


def _quoted_titles(text: str) -> list[tuple[int, int]]:
    """Spans of quotations that are titles (short ones, or Title Case ones), sorted, with
    no overlaps."""
    if '"' not in text and "“" not in text and "‘" not in text:
        return []
    spans = sorted([m.span() for m in _SHORT_QUOTE_RE.finditer(text)]
                   + [m.span() for m in _TITLE_QUOTE_RE.finditer(text)])
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


_ATTRIBUTION_WORD_RE = re.compile(rf"(?:{ATTRIBUTION})(?:nya)?")
_ATTRIBUTION_CAPITALISED_RE = re.compile(
    r"[,.!?][”\"](?P<space>[ \t]*)(?P<word>(?:" + "|".join(w.capitalize() for w in ATTRIBUTION.split("|"))
    + r")(?:nya)?)\b")


# Goods named after the feast (baju lebaran, kue lebaran): written either way in careful
# prose, so the capital is asked only where the feast itself is meant (saat Lebaran).
_LEBARAN_GOODS = frozenset({"baju", "kue", "busana", "pakaian", "parsel", "hampers", "ketupat",
                            "sarung", "kebutuhan", "belanja", "tunjangan", "thr", "bingkisan"})


def capitals(ctx: Context) -> Iterator[Hit]:
    text = ctx.text
    words = ctx.words
    for i, token in enumerate(words):
        word = token.text
        if not word.islower():
            continue
        before = words[i - 1].text.lower() if i else ""
        kind = ""
        if word in DAYS or (word == "minggu" and before == "hari"):
            kind = "nama hari"
        elif word in MONTHS or (word == "mei" and (before == "bulan" or number_near(
                text, token))):
            kind = "nama bulan"
            if word in ("maret", "april", "juni", "juli") and not (
                    before == "bulan" or number_near(text, token)):
                continue
        elif word in HOLIDAYS or (word == "lebaran" and before not in _LEBARAN_GOODS):
            kind = "nama hari raya"  # saat lebaran, mudik lebaran -> Lebaran (hari Lebaran)
            if before == "raya" and i >= 2 and words[i - 2].text == "hari":
                start = words[i - 2].start
                right = "Hari Raya " + word[:1].upper() + word[1:]
                yield Hit("kapital", start, token.end, right,
                          f"Nama hari raya ditulis dengan huruf kapital: “{right}”.")
                continue
        if kind:
            right = word[:1].upper() + word[1:]
            yield Hit("kapital", token.start, token.end, right,
                      f"Huruf pertama {kind} ditulis kapital: “{right}”.")


# The rest of an e-mail's local part from a letter on (at most 64 characters, RFC 5321), read
# in place: a slice of the rest of the text per match would make a long text quadratic.
_EMAIL_LOCAL_REST_RE = re.compile(r"[\w.+-]{0,64}@\w")


def sentence_capital(ctx: Context) -> Iterator[Hit]:
    # From the start of a letter run only (the same matches, found ~40% faster).
    text = ctx.text
    for match in finditer_chunked(
            rf"(?<!{LETTER})({LETTER}{{2,}})([.!?])([ \t]*(?:\n[ \t]*)?)({LETTER}+)", text):
        word, mark, space, letter = match.groups()
        if not letter.islower():
            continue
        if mark == "." and (is_abbreviation(word) or in_domain(text, match, 1)
                            or re.search(r"[@#][\w.]*$", text[max(0, match.start() - 40):
                                                               match.start(2)])
                            or (not space and _EMAIL_LOCAL_REST_RE.match(text, match.start(4)))):
            continue  # host names, @handles with dots, the dots of an e-mail's local part
        if mark == "." and not space and (word[:1].isupper() or len(word) < 3):
            continue  # S.Sos, M.Kes, no.5
        if mark == "." and _ends_a_degree(text, match.start(1)) and _continues_a_clause(
                text, match.start(4)):
            continue  # Hati Nurhayati, S.Pd. dalam sambutannya: the degree's period
        if mark == "!" and word.isupper():
            continue  # SP4N-LAPOR! is a name that ends in "!", not a sentence
        start = match.start(2)
        # A line break after the mark (a line that starts in lowercase) stays as it is; a
        # blank line is left out (a name cut across paragraphs by the page, not a sentence).
        gap = space if "\n" in space else " "
        right = f"{mark}{gap}{letter[:1].upper()}"
        yield Hit("kapital-awal-kalimat", start, match.start(4) + 1, right,
                  "Kalimat baru dimulai dengan huruf kapital"
                  + (", dan sesudah tanda titik ada spasi." if not space else "."))


_DEGREE_FORMS = frozenset(d.rstrip(".") for d in (*DEGREES, *DEGREES.values()) if "." in d)


def _ends_a_degree(text: str, start: int) -> bool:
    """Whether the letters at ``start`` close a dotted degree (S.Pd, M.Pd, S.I.Kom) whose
    period the text then writes: a period that ends the degree, not the sentence."""
    if start < 2 or text[start - 1] != ".":
        return False
    head = start - 1
    while head > 0 and (text[head - 1].isalpha() or text[head - 1] == "."):
        head -= 1
    end = start
    while end < len(text) and text[end].isalpha():
        end += 1
    return text[head:end] in _DEGREE_FORMS


# Words that go on with the clause a name and its degree stand in (… Noor, S.Pd. yang
# didampingi; … Kadir, S.Pd., M.Pd. selaku kepala sekolah); an active verb in me- does too
# (… S.Pd. mengatakan). A conjunction (… M.Si. ketika kami) opens a new sentence.
_AFTER_A_NAME = frozenset({"yang", "selaku", "sebagai", "dalam", "dan", "serta", "beserta",
                           "bersama", "juga", "pun", "didampingi", "mewakili"})
_CLAUSE_WORD_RE = re.compile(rf"{LETTER}+")


def _continues_a_clause(text: str, start: int) -> bool:
    word = _CLAUSE_WORD_RE.match(text, start)
    if word is None:
        return False
    word_text = word.group().lower()
    return word_text in _AFTER_A_NAME or (word_text.startswith("me") and len(word_text) >= 6)


_QUOTE_OPENS_RE = re.compile(r"[“\"]([a-z]\w*)")


def sentence_capital_after_a_closer(ctx: Context) -> Iterator[Hit]:
    """A sentence that ends after a closing parenthesis or quote ((RPJM-Des). dalam hal ini)
    and a new one that starts in lowercase: its first letter is a capital."""
    text = ctx.text
    for match in finditer_chunked(rf"[)”\"]([.!?])([ \t]+)({LETTER})",
                                  text if ")" in text or "”" in text or '"' in text else ""):
        letter = match.group(3)
        if not letter.islower():
            continue
        right = f"{match.group(1)} {letter.upper()}"
        yield Hit("kapital-awal-kalimat", match.start(1), match.end(3), right,
                  "Kalimat baru dimulai dengan huruf kapital.")
    # A quotation that opens a sentence or a paragraph (… tersebut. “dengan adanya …): from
    # each opening mark followed by a lowercase letter, a look at what stands before it.
    for match in finditer_chunked(_QUOTE_OPENS_RE, text if "“" in text or '"' in text else ""):
        before = text[max(0, match.start() - 3):match.start()]
        if not (match.start() == 0 or before.endswith("\n") or re.search(r"[.!?][ \t]{1,2}$", before)):
            continue
        right = capitalised(match.group(1))
        yield Hit("kapital-awal-kalimat", match.start(1), match.end(1), right,
                  "Kalimat petikan langsung dimulai dengan huruf kapital.")


# Police and military ranks (the spelling's list), which writers also put in capitals (AKBP,
# IPTU): after an address term they open a name (bapak AKBP Muhari).
_RANKS = "|".join(sorted(RANKS, key=len, reverse=True))
# One-word titles of an office held by one person: an address term before one of them is how the
# holder is addressed (pak lurah, bapak gubernur Jambi), and both take capitals (EYD V: kata
# sapaan and a title for a specific person).
_ADDRESSED_TITLES = ("lurah|camat|bupati|gubernur|presiden|menteri|kapolres|kapolsek|kapolda"
                     "|danramil|dandim|danrem|pangdam|kades|sekda|kadis|kajari|kajati|rektor"
                     "|walikota|wabup|wagub|kapolresta|dirut|keuchik|geuchik|kuwu")
_ADDRESS_RE = re.compile(
    rf"(?<![\w-])(pak|bu|bapak|ibu|sdr|saudara)"
    rf"(?=[ \t]+(?:[A-Z][a-z]|(?:H|Hj|KH|Dr|Ir|Drs|Dra)[.,][ \t]*[A-Z]|(?i:{_RANKS})\b))")
# Not after a determiner (para bapak camat: the men who hold the office) nor before a title that
# goes on with a lowercase head (bapak kepala desa: left).
_ADDRESSED_TITLE_RE = re.compile(
    rf"(?<![\w-])(?<!para )(?<!seluruh )(pak|bu|bapak|ibu)[ \t]+({_ADDRESSED_TITLES})\b(?![-\w])")

# An address term that closes an exclamation or a question in speech (… sudah selesai, pak!):
# it is said to the person, so it takes a capital (EYD V: kata sapaan).
_VOCATIVE_RE = re.compile(r"(?<=[a-z,] )(pak|bu|bapak|ibu|mas|mbak|bang|dik|kak)(?=[!?])")


# The pair that addresses an audience of men and women (kepada bapak/ibu yang hadir, semoga
# kedatangan bapak ibu semua …): a term of address, capitalised by EYD V (Bapak/Ibu), the
# slash its usual join; *bapak dan ibu* keeps its conjunction. Not after a determiner (para
# bapak dan ibu: the men and the women). An office after it is the one addressed (Bapak/Ibu
# Lurah). The colloquial *ibuk* is *Ibu*.
_ADDRESS_PAIR_RE = re.compile(
    rf"(?<![\w-])(?<![Pp]ara )(?<![Ss]eluruh )(?<![Ss]emua )([Bb]apak)"
    rf"([ \t]*[/–-][ \t]*|[ \t]+dan[ \t]+|[ \t]+)"
    rf"(ibuk?|Ibuk?)(-lah|-pun)?(?![\w-])(?:[ \t]+({_ADDRESSED_TITLES})\b(?![-\w]))?")


def _address_pairs(text: str) -> Iterator[Hit]:
    for match in finditer_chunked(_ADDRESS_PAIR_RE, text if "bapak" in text.lower() else ""):
        _, join, _, clitic, title = match.groups()
        join = " dan " if join.strip() == "dan" else "/"
        right = f"Bapak{join}Ibu{clitic or ''}"
        if title:
            right += f" {title[:1].upper()}{title[1:]}"
        if text[match.start():match.end()] == right:
            continue
        yield Hit("kapital-sapaan", match.start(), match.end(), right,
                  f"Kata sapaan ditulis kapital: “{right}”.")


def address_terms(ctx: Context) -> Iterator[Hit]:
    text = ctx.text
    yield from _address_pairs(text)
    # Not the second half of a plural (ibu-ibu Dasa Wisma: the women of a group named after).
    for match in finditer_chunked(_ADDRESS_RE, text):
        word = match.group(1)
        right = word[:1].upper() + word[1:]
        yield Hit("kapital-sapaan", match.start(), match.end(), right,
                  f"Kata sapaan di depan nama ditulis kapital: “{right}”.")
    for match in finditer_chunked(_ADDRESSED_TITLE_RE, text):
        word, title = match.groups()
        right = f"{word[:1].upper()}{word[1:]} {title[:1].upper()}{title[1:]}"
        yield Hit("kapital-sapaan", match.start(), match.end(), right,
                  f"Kata sapaan dan jabatan untuk orang tertentu ditulis kapital: “{right}”.")
    for match in finditer_chunked(_VOCATIVE_RE, text):
        word = match.group(1)
        right = word[:1].upper() + word[1:]
        yield Hit("kapital-sapaan", match.start(), match.end(), right,
                  f"Kata sapaan yang dipakai menyapa ditulis kapital: “{right}”.")


def after_quote(ctx: Context) -> Iterator[Hit]:
    """The attribution after a closing quote is lowercase (“…,” Jelasnya -> jelasnya),
    and a comma before the closing quote of a sentence that ends there is a period."""
    text = ctx.text
    for match in finditer_chunked(_ATTRIBUTION_CAPITALISED_RE, text):
        word = match.group("word")
        # Glued to the quote mark (,”Jelasnya): the fix brings the space too.
        right = ("" if match.group("space") else " ") + word.lower()
        yield Hit("kecil-sesudah-petik", match.start("word"), match.end("word"), right,
                  f"Keterangan penutur sesudah petikan ditulis dengan huruf kecil: "
                  f"“{word.lower()}”" + ("." if match.group("space") else
                                           ", dipisahkan satu spasi dari tanda petik."))
    for match in finditer_chunked(r",([”\"])\.", text):
        yield Hit("koma-petik", match.start(), match.end(), "." + match.group(1),
                  "Kalimat petikan yang selesai diakhiri titik sebelum tanda petik penutup.")


# A verb of saying right after a capitalised word: that word is who speaks.
_SPEECH_VERB_AFTER_RE = re.compile(
    r"[ \t]+(?:menerangkan|menjelaskan|mengatakan|menyampaikan|menuturkan|mengungkapkan"
    r"|menambahkan|menegaskan|mengimbau|memaparkan|menyebutkan|menyebut)\b")


# Names of continents, countries, peoples and languages that the lexicon also holds in
# lowercase (KBBI's garam inggris, kunci inggris; English word lists: asia, australia): EYD V
# writes a nation, a people and a language with a capital (bahasa Inggris, orang Belanda, dari
# Asia), so such a word capitalised inside a sentence is the name.
_WORLD_NAMES = frozenset({
    "inggris", "arab", "belanda", "mandarin", "batak", "latin", "amerika", "afrika", "asia",
    "australia", "eropa", "brasil", "saudi", "brunei", "myanmar", "laos", "belgia", "austria",
    "bangladesh", "portugis", "spanyol", "italia", "rusia", "yunani", "ibrani", "persia", "turki",
    "india", "hindi", "tamil", "urdu", "thai", "vietnam", "filipina", "kanada", "meksiko",
    "mesir", "iran", "irak", "suriah", "yaman", "malaysia", "singapura", "kamboja", "swiss",
    "swedia", "norwegia", "denmark", "finlandia", "polandia", "ceko", "hungaria", "rumania",
    "irlandia", "ukraina", "israel", "palestina", "pakistan", "nepal", "tibet", "mongolia",
    "jepang", "korea", "jerman", "prancis", "perancis", "tionghoa", "sanskerta", "melayu",
    "melanesia", "polinesia", "austronesia"})
# Names of peoples and scripts that are also everyday words (tengger 'to perch', using, kawi):
# a name only after a word that introduces a people, a language or a script.
_PEOPLE_NAMES_AFTER_A_HEAD = frozenset({"tengger", "using", "samin", "kawi", "jawi", "pegon",
                                        "kubu", "alas", "muna", "bima", "dani"})
_PEOPLE_HEADS = frozenset({"bahasa", "suku", "bangsa", "orang", "etnis", "aksara", "huruf",
                           "adat", "masyarakat", "warga", "budaya", "kebudayaan", "logat",
                           "dialek", "tradisi", "keturunan", "rumpun", "tarian", "tari"})


# Rooms and halls: capitalised after "di" with one or two lowercase words and a name after
# them (di Auditorium rumah dinas Bupati X), they begin the name of a venue.
_VENUE_WORDS = frozenset({"ruang", "ruangan", "aula", "auditorium", "ballroom", "hall", "gedung",
                          "balai", "pendopo", "pendapa", "graha", "wisma"})
_OWNER_NAME_AFTER_RE = re.compile(r"[ \t]+[a-z]+(?:[ \t]+[a-z]+)?[ \t]+[A-Z]")


def common_capitalised(ctx: Context) -> Iterator[Hit]:
    """A common word capitalised alone inside a sentence (pada Tahun 2015, media Cetak
    dan ...): only between lowercase words, so names and titles of several words stay."""
    text = ctx.text
    words = ctx.words
    starts = ctx.starts
    # A short quotation in Title Case is a title (bertema "Integritas dalam Pelayanan").
    titles = _quoted_titles(text)
    title_starts = [a for a, _ in titles]
    for i, token in enumerate(words):
        word = token.text
        if (i == 0 or token.start in starts or len(word) < 3 or not word[0].isupper()
                or not word[1:].islower() or not word.isalpha()):
            continue
        at = bisect_left(title_starts, token.start) - 1  # the last title starting before it
        if at >= 0 and token.start < titles[at][1]:
            continue
        prev = words[i - 1]
        gap = text[prev.end:token.start]
        if gap not in (" ", "  ", ", ") or not (prev.text.islower() or _opening_adverb(
                ctx.vocab, prev, gap, starts) or _clause_after_a_comma(ctx, i, gap) or (
                gap == " " and prev.start in starts and (prev.text.lower() in _OPENERS or (
                    prev.text.lower() in _SENTENCE_ADVERBS and word.lower() not in TITLE_WORDS
                    and re.match(r"[ \t][a-z]", text[token.end:token.end + 2]))))) or (
                (prev.text.lower() in TITLE_CONTEXT or _ATTRIBUTION_WORD_RE.fullmatch(prev.text.lower()))
                and not word.endswith("nya") and (prev.text in NAME_CONNECTORS or prev.text == "dan"
                                                  or not (_abstract_noun(ctx.vocab, word.lower())
                                                          or _common_after_a_preposition(ctx, i)))
                and not _common_before_yang(ctx, i) and not _common_after_a_joiner(ctx, i)):
            continue  # ungkap Jun: a name; ujar Stafnya, dengan Kebijakan: a common noun
        if (i >= 2 and gap == " " and _name_gap(ctx.vocab, text, words[i - 2], prev, starts)):
            if (len(prev.text) >= 4 and ctx.vocab.plain_word(prev.text) and i >= 3
                    and words[i - 3].text.islower() and word.lower() not in LEVELS
                    and word.lower() not in ctx.vocab.institutions
                    and ctx.vocab.common_form(word.lower()) and word.lower() not in CAPITALISED_NOUNS
                    and words[i - 2].text.lower() not in CAPITALISED_NOUNS
                    and prev.text not in GENERIC_BEFORE and prev.text != "seorang"
                    and ctx.vocab.in_official_name(f"{words[i - 2].text} {prev.text} {word}")):
                # Only a listed official name (Kartu tanda Penduduk: KTP in abbreviations.tsv):
                # on the 315 open real texts, any Title Case run gave 3 hits and 5 false
                # alarms over 4 sites (Penyimpanan informasi Publik, Program pemerintah Tahun).
                right = capitalised(prev.text)
                yield Hit("kapital-nama", prev.start, prev.end, right,
                          f"Setiap kata nama program atau dokumen ditulis dengan huruf "
                          f"kapital: “{right}”.")
            continue  # Kartu tanda Penduduk: a name with one word in lowercase
        if (gap == ", " and prev.text.islower() and _ATTRIBUTION_WORD_RE.fullmatch(word.lower())
                and re.match(r"[.,]|[ \t][A-Z][a-z]", text[token.end:token.end + 3])):
            lower = word.lower()  # … digilir ya, Ucap Amir: the attribution after a quote
            yield Hit("kecil-sesudah-petik", token.start, token.end, lower,
                      f"Keterangan penutur ditulis dengan huruf kecil: “{lower}”.")
            continue
        pair = re.match(r"/([A-Z][a-z]+)\b", text[token.end:token.end + 30])
        if pair and all(w in LEVELS or ctx.vocab.common_word(w)
                        for w in (word.lower(), pair.group(1).lower())):
            right = f"{word.lower()}/{pair.group(1).lower()}"
            yield Hit("kapital-kata-umum", token.start, token.end + pair.end(), right,
                      f"Kata umum di tengah kalimat ditulis dengan huruf kecil: “{right}”.")
            continue  # di setiap Kabupaten/Kota
        if prev.text in NATURAL_FEATURES and gap == " ":
            right = capitalised(prev.text)  # sungai Sekadau, pulau Madura: part of the name
            yield Hit("kapital-nama", prev.start, prev.end, right,
                      f"Unsur geografi di depan nama diri ditulis dengan huruf kapital: “{right}”.")
            continue
        if prev.text in WORD_NAME_INTRODUCERS or word.lower() in EITHER_CASE:
            continue  # menu Pengaduan, aplikasi Signal; Lebaran, Paskah
        if prev.text in _PLACE_NAME_HEADS and gap == " " and word.lower() not in TIME_WORDS:
            continue  # desa Ubung: the name of the place, whose lowercase head is flagged apart
            # (eyd.kapital-nama-resmi); two findings there would contradict each other
        if re.match(r"[ \t]+\d", text[token.end:token.end + 3]) and word.lower() not in TIME_WORDS:
            continue  # Lantai 2, Tahap 3: a numbered label
        if i + 1 < len(words):
            nxt = words[i + 1]
            after_gap = text[token.end:nxt.start]
            if (word in ("Bulan", "Hari") and after_gap == " "
                    and nxt.text.lower() in ((*MONTHS, "mei", "nopember", "pebruari")
                                             if word == "Bulan" else DAYS)):
                lower = word.lower()  # di Bulan Nopember, pada Hari Senin
                yield Hit("kapital-kata-umum", token.start, token.end, lower,
                          f"Kata umum di tengah kalimat ditulis dengan huruf kecil: “{lower}”.")
                continue
            if after_gap.strip(" ") == "" and not nxt.text.islower() and not (
                    after_gap == " " and nxt.text in _GENERIC_ACRONYMS
                    and word.lower() not in ctx.vocab.institutions
                    and word.lower() not in UNIT_WORDS and word.lower() not in PLACE_HEADS):
                continue  # Dinas Pariwisata, Kampung Kerapu: a name of several words (but
                # siswa dan Guru SD: a kind of school or office after a noun is no name)
            if (nxt.text in NAME_CONNECTORS and i + 2 < len(words)
                    and words[i + 2].text[:1].isupper()):
                continue  # Informasi dan Komunikasi: a name joined by dan
            if (i + 2 < len(words) and after_gap == " "
                    and _name_gap(ctx.vocab, text, token, nxt, starts)
                    and ctx.vocab.common_form(words[i + 2].text.lower())
                    and text[nxt.end:words[i + 2].start] == " " and words[i + 2].text.istitle()):
                continue  # Kartu tanda Penduduk: a name with one word in lowercase
            if after_gap.strip(" ") == "," and nxt.text.istitle() and re.match(
                    r"(?:,[ \t]*(?:(?:dan|serta|atau)[ \t]+)?|[ \t]+(?:dan|serta|atau)[ \t]+)[A-Z]",
                    text[nxt.end:nxt.end + 12]):
                continue  # Menguras, Menutup, dan Mengubur: a list of named steps
        elif not re.match(r"\s*[.,;:!?]", text[token.end:token.end + 2]):
            continue
        lower = word.lower()
        if (lower in CAPITALISED_NOUNS or lower in DAYS or lower in MONTHS
                or lower in HOLIDAYS or lower == "minggu" or not ctx.vocab.common_form(lower)):
            continue
        if lower in _WORLD_NAMES or (lower in _PEOPLE_NAMES_AFTER_A_HEAD
                                     and prev.text.lower() in _PEOPLE_HEADS and gap == " "):
            continue  # bahasa Inggris, orang Belanda, dari Asia, suku Tengger: a name
        if gap == ", " and lower not in PRONOUNS and _SPEECH_VERB_AFTER_RE.match(text, token.end):
            continue  # Sebagai gambaran, Imam menerangkan: a person's name that is also a word
        if prev.text.lower() == "detik-detik" and lower == "proklamasi":
            continue  # detik-detik Proklamasi: the name of the ceremony's moment
        if (prev.text in ("di", "ke", "dari") and gap == " " and lower in _VENUE_WORDS
                and _OWNER_NAME_AFTER_RE.match(text, token.end)):
            continue  # di Ruang rapat Diskominfo, di Ballroom hotel Emersia: the room of a named
            # building or body, its name written loosely; 0 hits, 3 false alarms on 3 sites
        yield Hit("kapital-kata-umum", token.start, token.end, lower,
                  f"Kata umum di tengah kalimat ditulis dengan huruf kecil: “{lower}”.")


def capitalised_reduplication(ctx: Context) -> Iterator[Hit]:
    """A reduplicated common noun capitalised inside a sentence after a lowercase word
    (dilalui oleh Siswa-siswi, pemasangan Titik-titik patok, akhir Fraksi-Fraksi DPRD): a
    plural is every member of a kind, never one name, so it is lowercase (EYD V). The law
    (Undang-Undang Nomor ...), the town square (Alun-Alun Kota X: 0 hits, 6 false alarms on
    4 open sites) and a name introduced as such (tari Kupu-Kupu) are left."""
    text, words, starts = ctx.text, ctx.words, ctx.starts
    titles = _quoted_titles(text)
    for i in range(1, len(words)):
        token, prev = words[i], words[i - 1]
        first, dash, second = token.text.partition("-")
        if (not dash or "-" in second or token.start in starts or not first.istitle()
                or not first.isalpha() or not second.isalpha() or len(first) < 3
                or text[prev.end:token.start] != " " or not prev.text.islower()
                or not prev.text.isalpha()):
            continue
        lower = token.text.lower()
        base = first.lower()
        if second.lower() != base and not (
                second.islower() and second[:3] == base[:3] and ctx.vocab.speller.is_known(lower)):
            continue  # Siswa-siswi: a listed rhyme; Sumatera-Jawa, Timur-Barat: not one word
        if (base in ("undang", "kupu", "hari", "alun") or base in CAPITALISED_NOUNS
                or prev.text in _INTRODUCERS
                or not ctx.vocab.common_word(base)
                or any(a <= token.start < b for a, b in titles)):
            continue
        yield Hit("kapital-kata-umum", token.start, token.end, lower,
                  f"Kata ulang umum di tengah kalimat ditulis dengan huruf kecil: “{lower}”.")


def _clause_after_a_comma(ctx: Context, i: int, gap: str) -> bool:
    """After a comma that closes a name or a number (Ditambahkan Riki, Melihat semangat …;
    Jawa Timur, Kembali melaksanakan …), a capitalised word followed by a lowercase word
    goes on with the sentence. A rare word there is more often a name (Harau, Ardi terpilih)."""
    if gap != ", " or i + 1 >= len(ctx.words):
        return False
    token, nxt = ctx.words[i], ctx.words[i + 1]
    if ctx.text[token.end:nxt.start] != " " or not (nxt.text.islower() and nxt.text.isalpha()):
        return False
    lower = token.text.lower()
    if _ATTRIBUTION_WORD_RE.fullmatch(lower):
        return False  # KPM, Kata pak lurah: the attribution's own rule answers
    zipf = ctx.vocab.zipf(lower)
    return zipf is not None and zipf > _RARE_ZIPF


_VERB_PREFIXES = frozenset({"me", "di", "ber", "memper", "diper"})
_VILLAGE_WORDS = frozenset({"desa", "kelurahan", "kampung", "pekon", "nagari", "gampong"})


def capitalised_verbs(ctx: Context) -> Iterator[Hit]:
    """A meN-, di- or ber- verb capitalised inside a sentence of prose (Bupati X,MM Membuka
    kegiatan ...; Dinas Poso Bertempat di ...). A headline in Title Case has almost no
    lowercase words, so only sentences with at least three lowercase content words count;
    a verb after a capitalised common word is part of a name (Sekolah Menengah, Desa
    Membangun) and is left."""
    text = ctx.text
    words = ctx.words
    starts = ctx.starts
    order = sorted(starts)
    prose: dict[int, int] = {}  # sentence (its index in order) -> its lowercase content words
    for token in words:
        if token.text.islower() and len(token.text) >= 4 and token.text not in FUNCTION_WORDS:
            at = bisect_right(order, token.start) - 1
            prose[at] = prose.get(at, 0) + 1
    # Where each quote mark stands, to count the marks between a sentence's start and a word
    # by bisection (a slice per word would be quadratic in one long sentence).
    marks = {mark: [m.start() for m in re.finditer(mark, text)] for mark in "“”‘’\""}
    for i in titled(ctx):  # only a word in title case can be such a verb
        token = words[i]
        word = token.text
        if (i == 0 or token.start in starts or len(word) < 7 or not word.istitle()
                or not word.isalpha() or not word.lower().startswith(("me", "di", "ber"))):
            continue
        at = bisect_right(order, token.start) - 1
        if prose.get(at, 0) < 3:
            continue  # a headline or a list of names
        since = order[at] if at >= 0 else 0
        count = {mark: bisect_left(where, token.start) - bisect_left(where, since)
                 for mark, where in marks.items()}
        if count["“"] > count["”"] or count["‘"] > count["’"] or count['"'] % 2:
            continue  # “Publikasi Branding Bojonegoro Melalui Kemitraan”: a quoted title
        prev = words[i - 1]
        lower = word.lower()
        if not re.fullmatch(r"\d*,? ", text[prev.end:token.start]) or prev.text.lower() in (
                _INTRODUCERS) or prev.text.lower() == "yang":
            continue
        head = prev.text.lower()
        if prev.text.istitle() and (ctx.vocab.common_form(head) or head in LEVELS or head in (
                ctx.vocab.institutions | PLACE_HEADS | UNIT_WORDS | _VILLAGE_WORDS) or (
                ctx.vocab.plain_word(head) and not (  # Kabupaten Poso: a place, not a word
                    i >= 2 and words[i - 2].text.lower() in (*LEVELS, *_VILLAGE_WORDS)))):
            continue  # Sekolah Menengah, Desa Membangun: a name with a verb in it
        if not re.match(r" [^\W\d_]", text[token.end:token.end + 2]):
            continue  # Sambas Berkemajuan," ujarnya: a slogan ends there; a verb goes on
        if lower in CAPITALISED_NOUNS or lower in _PLACE_NAME_HEADS or not ctx.vocab.plain_word(
                lower):
            continue  # Distrik Neney: the head of a place's name, no di- verb
        nxt = words[i + 1] if i + 1 < len(words) else None
        if ((prev.text in NAME_CONNECTORS and i >= 2 and words[i - 2].text.istitle())
                or (text[prev.end:token.start] == ", " and prev.text.istitle())
                or (nxt is not None and nxt.text.istitle()
                    and text[token.end:nxt.start].strip(" ") == ",")
                or (nxt is not None and nxt.text in NAME_CONNECTORS and i + 2 < len(words)
                    and words[i + 2].text.istitle())):
            continue  # Menguras, Menutup, dan Mengubur; Dasar dan Menengah: a list of names
        if not any(a.prefix in _VERB_PREFIXES and not a.suffix.startswith("an")
                   and ctx.vocab.plain_word(a.root) for a in analyses(lower)):
            continue  # Merdeka, Menteri, Dinas: no verb made with a prefix
        yield Hit("kapital-kata-umum", token.start, token.end, lower,
                  f"Kata kerja di tengah kalimat ditulis dengan huruf kecil: “{lower}”.")


_LEVEL_WORD = "(?:Provinsi|Kabupaten|Kecamatan)"
_LEVEL_LIST_RE = re.compile(
    rf"(?:(?<=[a-z] )|(?<=[a-z], )){_LEVEL_WORD}(?:(?:,[ \t]+(?:(?:dan|serta|atau|maupun)[ \t]+)?"
    rf"|[ \t]+(?:dan|serta|atau|maupun)[ \t]+){_LEVEL_WORD})+(?=[,.;:)]|[ \t][a-z]|$)")


def level_lists(ctx: Context) -> Iterator[Hit]:
    """Levels of government listed with maupun and no name after any of them (nasional,
    Provinsi maupun Kabupaten; melalui Kecamatan, Kabupaten dan Provinsi): any province or
    district, so each is lowercase. A name after the last one (Provinsi dan Kabupaten Sigi)
    keeps the capitals."""
    text = ctx.text
    for match in finditer_chunked(_LEVEL_LIST_RE, text):
        if "maupun" not in match.group():
            continue  # Kecamatan dan Kabupaten is as often the two offices of one place
        for word in re.finditer(_LEVEL_WORD, match.group()):
            start = match.start() + word.start()
            lower = word.group().lower()
            yield Hit("kapital-kata-umum", start, start + len(lower), lower,
                      f"Kata umum di tengah kalimat ditulis dengan huruf kecil: “{lower}”.")


_CEREMONY_ROLE_RE = re.compile(
    r"(?<=[a-z,] )(Inspektur|Pembina|Komandan|Pemimpin|Perwira)(?= upacara\b(?![ \t]+[A-Z]))")


def ceremony_roles(ctx: Context) -> Iterator[Hit]:
    """A ceremony role capitalised before a lowercase "upacara" with no name after it
    (penghormatan kepada Inspektur upacara): a role, written in lowercase like the rest of
    its compound; with a name after it (Komandan upacara Serka Budi) it is left."""
    text = ctx.text
    for match in _CEREMONY_ROLE_RE.finditer(text if "upacara" in text else ""):
        lower = match.group(1).lower()
        yield Hit("kapital-kata-umum", match.start(1), match.end(1), lower,
                  f"Nama peran tanpa nama orang sesudahnya ditulis dengan huruf kecil: “{lower} "
                  f"upacara”.")


_DETERMINERS = ("Setiap", "Tiap", "Semua", "Seluruh", "Para", "Beberapa", "Sejumlah", "Berbagai")
_DETERMINER_RE = re.compile(rf"(?<=[a-z] )(?:{'|'.join(_DETERMINERS)})(?=[ \t]+[A-Za-z])")
# The word before a determiner, wholly lowercase (the lookbehind above reads one letter).
_LOWER_WORD_BEFORE_RE = re.compile(r"(?<![^\s(\"“])[a-z]+ $")


def determiners(ctx: Context) -> Iterator[Hit]:
    """A determiner capitalised after a lowercase word (di Setiap Kecamatan, serta Para
    Undangan): a function word, never the first word of a name inside a sentence."""
    for match in finditer_chunked(_DETERMINER_RE, ctx.text):
        if match.start() in ctx.starts or not _LOWER_WORD_BEFORE_RE.search(
                ctx.text, max(0, match.start() - 40), match.start()):
            continue  # Asosiasi Pemerintahan Desa Seluruh Indonesia: inside a name in Title Case
        lower = match.group().lower()
        yield Hit("kapital-kata-umum", match.start(), match.end(), lower,
                  f"Kata umum di tengah kalimat ditulis dengan huruf kecil: “{lower}”.")


def _common_before_yang(ctx: Context, i: int) -> bool:
    """``words[i]`` is a common word (never a name in the dictionary) with "yang" after it:
    dan Materi yang diberikan, dengan Harga yang ditetapkan. A name after "dan" or "dengan"
    is not a dictionary word (dengan Budi yang ...)."""
    words = ctx.words
    return (i >= 1 and words[i - 1].text in ("dan", "dengan") and i + 1 < len(words)
            and words[i + 1].text == "yang"
            and ctx.text[words[i].end:words[i + 1].start] == " "
            and len(words[i].text) >= 5 and ctx.vocab.common_word(words[i].text.lower())
            and words[i].text.lower() not in CAPITALISED_NOUNS
            and words[i].text.lower() not in TITLE_WORDS
            and words[i].text.lower() not in ctx.vocab.institutions)


# Prepositions and conjunctions that open a sentence and rarely take a person's name: the
# word after them is inside the sentence (Berdasarkan Data dari dinas, Bila Penguasaan lahan).
_OPENERS = frozenset({"berdasarkan", "bila", "apabila", "jika", "terkait", "sesuai", "melalui",
                      "guna", "demi", "mengenai", "tentang", "dalam", "selain", "setelah",
                      "sebelum", "sejak", "karena", "meskipun", "walaupun", "agar", "supaya"})


# Sentence adverbs and conjunctions that open a sentence with no comma (Memang Pembangunan
# di desa itu ..., Adapun Poin yang ...): the word after them, with a lowercase word after it,
# is inside the sentence; a person's name there is a dictionary name or goes on with a
# surname (round 34).
_SENTENCE_ADVERBS = frozenset({"memang", "adapun", "nampaknya", "tampaknya", "kemudian",
                               "sementara", "sedangkan", "namun", "bahkan", "apalagi",
                               "akhirnya", "selanjutnya", "rupanya", "ternyata", "tentunya"})


def _opening_adverb(vocab: Vocabulary, prev: Token, gap: str, starts: frozenset[int]) -> bool:
    """A sentence's first word set off by a comma (Sebelumnya, Kebakaran itu …): the word
    after it is inside the sentence, so its capital is not the sentence's."""
    lower = prev.text.lower()
    return (gap == ", " and prev.start in starts and prev.text[1:].islower()
            and len(lower) >= 4 and lower not in CAPITALISED_NOUNS and vocab.plain_word(lower))


def _abstract_noun(vocab: Vocabulary, lower: str) -> bool:
    """A pe-an, per-an or ke-an noun (Kebijakan, Penguasaan, Pengembangan): never a
    person's name, so "dengan" or "dan" before it does not make it one."""
    return (len(lower) >= 8 and lower.endswith("an") and lower.startswith(("pe", "ke"))
            and lower not in CAPITALISED_NOUNS and vocab.plain_word(lower))


_PERSON_PREPOSITIONS = frozenset({"kepada", "oleh", "bersama", "dengan"})
_GENERIC_AFTER_A_BODY_RE = re.compile(
    r"[ \t]+(?:yang|setempat|terkait|tersebut)\b")


def _common_after_a_preposition(ctx: Context, i: int) -> bool:
    """After kepada, oleh, bersama or dengan, a capitalised everyday word (zipf >= 4.5) with
    a lowercase word or a stop after it is a group of people (kepada Wartawan pada Kamis),
    not a person's name, which goes on with a surname or a title."""
    words = ctx.words
    if words[i - 1].text not in _PERSON_PREPOSITIONS:
        return False
    if words[i].text.lower() in ctx.vocab.institutions:
        # bersama Dinas peternakan: the first word of a body's name; but oleh Pemerintah
        # setempat, kepada Dinas yang ...: no name goes on after it (round 34)
        return _GENERIC_AFTER_A_BODY_RE.match(ctx.text, words[i].end) is not None
    return _everyday_word_alone(ctx, words[i])


_JOINERS = frozenset({"dan", "serta", "menurut"})


def _common_after_a_joiner(ctx: Context, i: int) -> bool:
    """After "dan", "serta" or "menurut" with a lowercase word before them, a capitalised
    everyday word (zipf >= 4.5, no name in the dictionary) with a lowercase word or a stop
    after it is a common noun (masyarakat dan Warga kemudian, menurut Informasi yang ...):
    a name joined by dan has capitals on both sides (Dinas Pemuda dan Olahraga)."""
    words = ctx.words
    if i < 2 or words[i - 1].text not in _JOINERS:
        return False
    before, prev, word = words[i - 2], words[i - 1], words[i]
    if ctx.text[before.end:prev.start] != " " or not before.text.islower():
        return False
    lower = word.text.lower()
    if (lower in ctx.vocab.institutions or lower in CAPITALISED_NOUNS or lower in TITLE_WORDS
            or not ctx.vocab.common_word(lower)):
        return False
    return _everyday_word_alone(ctx, word)


_ALONE_AFTER_RE = re.compile(r"[.,;:]|[ \t][a-z]")


def _everyday_word_alone(ctx: Context, word: Token) -> bool:
    """An everyday word (zipf >= 4.5) with a stop or a lowercase word after it: no surname or
    second word of a name goes on."""
    zipf = ctx.vocab.zipf(word.text.lower())
    return zipf is not None and zipf >= 4.5 and _ALONE_AFTER_RE.match(ctx.text, word.end) is not None


def _name_gap(vocab: Vocabulary, text: str, head: Token, middle: Token, starts: frozenset[int]) -> bool:
    """``middle`` is a lowercase noun between a capitalised common word ``head`` (not at
    a sentence start) and another capitalised word: one name written with a small letter
    in the middle (Kartu tanda Penduduk, Pemberantasan sarang Nyamuk)."""
    lower = middle.text
    return (head.text.istitle() and head.start not in starts and lower.islower()
            and text[head.end:middle.start] == " " and vocab.common_form(head.text.lower())
            and lower not in NAME_BREAKERS and lower not in FUNCTION_WORDS
            and lower not in NAME_CONNECTORS
            and not lower.startswith(("me", "di", "ber", "ter")))


# A count between a lowercase word and a capitalised noun (sebanyak 25 Desa, 1.046 Pedagang
# Kaki Lima): thousands with dots, never a year; after a label the number is an address or a
# rank (nomor 5 Kelurahan X, pukul 10 Pagi), not a count.
_COUNT_GAP_RE = re.compile(r" \d{1,3}(?:\.\d{3})* ")
_NUMBER_LABELS = ORDINAL_HEADS | {"no", "nomor", "pasal", "ayat", "rt", "rw", "pukul", "jam",
                                  "tanggal", "blok", "km", "ke", "gang", "jalur", "zona", "nomer"}
# Acronyms of a kind of office, school or person, not of one body: a common noun before them
# is generic (sejumlah Pimpinan OPD, siswa dan Guru SD), unlike Anggota KPU Kabupaten X.
_GENERIC_ACRONYMS = frozenset({"OPD", "SKPD", "ASN", "PNS", "PPPK", "P3K", "UPT", "UPTD", "SD",
                               "SMP", "SMA", "SMK", "MI", "MTs", "MA", "PAUD", "TK", "RT", "RW",
                               "UMKM", "IKM", "SLB", "PKL", "BUMN", "BUMD", "TPS", "Posyandu",
                               "PKK", "Jumantik"})
_ACRONYM_AFTER_RE = re.compile(r"[ \t]([A-Z][A-Za-z0-9]{1,4})(?![\w-])")


def _generic_acronym_after(text: str, at: int) -> bool:
    match = _ACRONYM_AFTER_RE.match(text, at)
    return match is not None and match.group(1) in _GENERIC_ACRONYMS


# After these a title or a rank with no name after it is a role, not a name (EYD V: jabatan
# yang tidak diikuti nama orang ditulis dengan huruf kecil).
_ROLE_BEFORE = frozenset({"sebagai", "menjadi", "selaku"})
_RANK_AFTER_RE = re.compile(r"[ \t]+(?:I{1,3}|IV|V|VI|[1-9])\b")


_ROMAN = frozenset({"I", "II", "III", "IV", "V", "VI"})


def _role_not_office(vocab: Vocabulary, lowers: list[str]) -> bool:
    """A role in an event (juara, cuti bersama, komandan upacara), not the office of a body:
    sebagai Kepala Desa, selaku Ketua, sebagai Hari Libur Nasional are written both ways in
    prose that is otherwise careful, so they are left."""
    return (lowers[0] != "hari" and not any(
        w in LEVELS or w in _VILLAGE_WORDS or w in vocab.institutions or w in UNIT_WORDS
        for w in lowers) and (lowers[-1] == "upacara" or not any(
            w in TITLE_WORDS or w in CAPITALISED_NOUNS for w in lowers)))


# Tiers of government after pemerintah(an) besides the levels (Pemerintah Daerah/Desa/Pusat).
_GOVERNMENT_TIERS = frozenset({"daerah", "desa", "pusat", "kelurahan"})
# kepala + one of these is the head of a village or a region (Kepala Desa, Kepala Daerah).
_REGION_HEADS = _VILLAGE_WORDS | {"daerah", "dusun"}
# Counts written as words (tiga Kelurahan, ribuan Masyarakat): the noun counted is generic.
_COUNT_WORDS = frozenset({"dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
                          "sepuluh", "sebelas", "belasan", "puluhan", "ratusan", "ribuan",
                          "jutaan"})


def _capitalised_determiner(prev: Token, gap: str, starts: frozenset[int]) -> bool:
    """A determiner capitalised inside a sentence after a comma (…, Seluruh Pimpinan OPD):
    its noun is generic all the same."""
    return (gap == " " and prev.start not in starts and prev.text.istitle()
            and prev.text.lower() in GENERIC_BEFORE and prev.text.lower() != "salah")


def generic_runs(ctx: Context) -> Iterator[Hit]:
    """Two or three common words capitalised inside a sentence with no name after them:
    a generic use (seluruh Kepala Puskesmas, hubungi Pemerintah Desa atau ..., dari Rumah
    Sakit yang merawat). Titles and institutions keep their capitals unless a determiner
    says they are generic; a name introduced as such (program Kampung Iklim) is left."""
    text = ctx.text
    words = ctx.words
    starts = ctx.starts
    i = 1
    while i < len(words):
        if not words[i].text.istitle():
            i = next_titled(ctx, i)  # no run starts at a word that is not in title case
            continue
        run_end = i
        while (run_end < len(words) and run_end - i < 4 and words[run_end].text.istitle()
               and words[run_end].text.isalpha() and words[run_end].text not in _ROMAN
               and (run_end == i or text[words[run_end - 1].end:words[run_end].start] == " ")):
            run_end += 1
        run = words[i:run_end]
        if not run:
            i += 1
            continue
        prev = words[i - 1]
        i = run_end
        if len(run) > 1 and run[0].text.lower() in GENERIC_BEFORE:
            prev, run = run[0], run[1:]  # …, Seluruh Pimpinan OPD: the determiner is no noun
        gap = text[prev.end:run[0].start]
        # sebanyak 25 Desa, terdapat 3 Kelurahan: a count before the noun makes it generic
        counted = (gap != " " and _COUNT_GAP_RE.fullmatch(gap) is not None
                   and (prev.text.islower() or (prev.start in starts and prev.text[1:].islower()
                                             and ctx.vocab.plain_word(prev.text.lower())))
                   and prev.text.lower() not in _NUMBER_LABELS
                   and prev.text.lower() not in NAME_INTRODUCERS)
        # Kepala Desa, Bidan Desa: a title of a local office, judged in a list as well
        local = prev.text not in _ROLE_BEFORE and _a_local_title([w.text.lower() for w in run])
        # (sebagai Kepala Desa: the office held, written either way)
        listed = local and gap in (", ", " dan ", " serta ", ", dan ", ", serta ")
        # Menurutnya, Datok Penghulu yang …: a village office after a sentence's opening word
        opened = local and _opening_adverb(ctx.vocab, prev, gap, starts)
        # Tiga Pangulu Nagori yang dilantik, Para Kepala Desa hadir: a count or a determiner
        # opening the sentence makes the office generic as well
        first_count = (gap == " " and prev.start in starts and prev.text[1:].islower()
                       and prev.text.lower() in _COUNT_WORDS | GENERIC_BEFORE | {"seorang"}
                       and prev.text.lower() != "salah")
        if (len(run) > 3 or run[0].start in starts
                or (gap != " " and not counted and not listed and not opened)
                or not (prev.text.islower() or counted or listed or opened or first_count
                        or _capitalised_determiner(prev, gap, starts))):
            continue
        generic = (counted or first_count or prev.text.lower() in GENERIC_BEFORE
                   or prev.text.lower() in _COUNT_WORDS or prev.text == "seorang")
        role = prev.text in _ROLE_BEFORE  # bertindak sebagai Komandan Upacara, keluar sebagai Juara I
        # di 17 Kecamatan Kabupaten Karo: the units counted, then the region they lie in
        in_region = next((k for k, w in enumerate(run) if k and w.text in _HIGHER_LEVELS
                          and run[k - 1].text in _UNIT_LEVELS), None) if generic else None
        if in_region is not None:
            run = run[:in_region]
        after = text[run[-1].end:run[-1].end + 2]
        if role and run[-1].text == "Juara":
            rank = _RANK_AFTER_RE.match(text, run[-1].end)
            after = text[rank.end():rank.end() + 2] if rank else after
        compound = " ".join(w.text.lower() for w in run) in GENERIC_COMPOUNDS
        if not (re.match(r"[,.;:)]|[ \t][a-z]", after) or not after or in_region is not None or (
                compound and re.match(r"[ \t]\([A-Z]{2,6}\)", text[run[-1].end:run[-1].end + 9]))
                or (len(run) == 1 and prev.text.lower() in GENERIC_BEFORE
                    and _generic_acronym_after(text, run[-1].end))):
            continue  # a name, a number or an acronym follows: a title or a label (a generic
            # compound with its acronym after it stays generic: lima Kepala Keluarga (KK);
            # so does a determiner's noun: sejumlah Pimpinan OPD)
        if not local and re.match(r"[ \t]+(?:dan|serta|atau|&)[ \t]+[A-Z]",
                                  text[run[-1].end:run[-1].end + 12]):
            continue  # Tugas Pokok dan Fungsi, Festival Dara dan Daeng: one name
        if (not local and not generic and i - len(run) >= 2
                and words[i - len(run) - 2].text[:1].isupper()
                and text[words[i - len(run) - 2].end:prev.start] == " " and len(prev.text) <= 5):
            continue  # Kartu tanda Penduduk Elektronik: a name with one word in lowercase
        lowers = [w.text.lower() for w in run]
        if len(run) == 1 and lowers[0] in ctx.vocab.acronyms:
            continue  # seluruh Puskesmas, para Kades, 7 Perda, di seluruh Jatim: an acronym alone
            # is written as the office, body or region it names; over the twelve open real-text
            # parts 0 hits and 7 false alarms on 7 sites
        if prev.text.lower() in _PLACE_NAME_HEADS:
            continue  # kecamatan Tanah Abang: the name of the place (its head is flagged apart)
        if not local and not all((ctx.vocab.plain_word(w) or (generic and not counted
                                                and ctx.vocab.abbreviations.get(w, "").istitle()))
                   and (w not in CAPITALISED_NOUNS or w in TITLE_WORDS) for w in lowers):
            continue  # seluruh Indonesia: a name after the determiner
        first = lowers[0]
        if (generic and not counted and len(run) == 3 and not local
                and " ".join(lowers) not in GENERIC_COMPOUNDS):
            continue  # para Camat Merapi Area, tiga Kalurahan Pamor Budaya: a name may end the run
        if generic or (role and _role_not_office(ctx.vocab, lowers)):
            pass  # seorang Kepala Daerah, seluruh Kepala Puskesmas, sebagai Juara I
        elif (len(run) == 2 and all(_abstract_noun(ctx.vocab, w) for w in lowers)
              and prev.text not in _INTRODUCERS | UNIT_WORDS
              and prev.text not in PLACE_HEADS and not any(w in ctx.vocab.institutions
                                                           for w in lowers)):
            pass  # dunia Pendidikan Permuseuman, soal Pelayanan Kesehatan: two pe-an/ke-an nouns
        elif (" ".join(lowers) in GENERIC_COMPOUNDS
              and (prev.text in _ACTIVITY_VERBS
                   or prev.text not in _INTRODUCERS | UNIT_WORDS)):
            pass  # menerapkan Protokol Kesehatan, lima Kepala Keluarga: a generic compound
        elif _written_lowercase_elsewhere(ctx, run, lowers, prev):
            pass  # akibat Pergeseran Tanah ... dampak pergeseran tanah: the text's own usage
        elif (local and prev.text not in NAME_INTRODUCERS
              and prev.text not in _ATTRIBUTION_WORDS):
            pass  # pelantikan Kepala Dusun di ..., diperiksa oleh Bidan Desa: a title with no
            # name after it (EYD V); five open parts' writers label it
        elif (len(run) != 2 or prev.text in NAME_INTRODUCERS
              or first not in ("pemerintah", "pemerintahan")
              or (lowers[1] not in LEVELS and lowers[1] not in _GOVERNMENT_TIERS)):
            # Other runs of common words are too often names of their own in real prose
            # (Rumah Jabatan, Sapa Warga, Partai Buruh, a menu's Info Peserta): left.
            continue
        # Pemerintah Kabupaten, Pemerintah Daerah, Pemerintahan Desa, Pemerintah Pusat with no
        # name after it (a lowercase word or a stop): the tier of government, generic
        # (CONVENTIONS C10, EYD V rule 6). The writers of heldout24-28 lowercase it in 22 places
        # of 24 where nothing completes it; older parts leave it.
        right = " ".join(lowers)
        yield Hit("kapital-kata-umum", run[0].start, run[-1].end, right,
                  f"Kata umum di tengah kalimat ditulis dengan huruf kecil: “{right}”.")
    yield from _names_the_text_capitalises(ctx)


# Titles of the head of a village-level unit or school, and village offices, written as two
# words (Kepala Desa, Kepala Dusun, Bidan Desa, Hukum Tua): with no name, body or place after
# them they are every holder of the office, lowercase by EYD V (pelantikan kepala dusun,
# berkoordinasi dengan kepala desa). A one-word title (Bupati, Camat) standing for the
# official in question is left: the writers of the open parts call it doubtful.
_LOCAL_UNITS = _VILLAGE_WORDS | {"dusun", "ohoi", "distrik", "sekolah", "jorong", "lingkungan",
                                 "kampung", "lorong"}
_LOCAL_TITLES = frozenset({("bidan", "desa"), ("hukum", "tua"), ("perangkat", "desa"),
                           ("bidan", "kelurahan"), ("kepala-kepala", "desa"),
                           ("kepala-kepala", "sekolah")})
_ATTRIBUTION_WORDS = frozenset(ATTRIBUTION.split("|")) | {
    w + "nya" for w in ATTRIBUTION.split("|")}


# The head of a village under its regional name (CONVENTIONS C2; EYD V: a title with no name
# after it is lowercase): a regency has dozens of them, so with no name, place or body after
# it the word is the office or the group (39 datok penghulu, seorang kuwu harus …, membantu
# keuchik se-Aceh). One word or two; *hukum tua* and *bidan desa* are above.
_REGIONAL_HEADS = frozenset({"keuchik", "geuchik", "kuwu", "perbekel", "kapitalaung", "peratin",
                             "pambakal", "petinggi", "lurah-lurah", "keuchik-keuchik"})
_REGIONAL_TITLES = frozenset({("datok", "penghulu"), ("datuk", "penghulu"), ("pangulu", "nagori"),
                              ("penghulu", "nagori"), ("wali", "nagari"), ("niniak", "mamak"),
                              ("ninik", "mamak"), ("kepala", "lembang"), ("kepala", "mukim"),
                              ("imeum", "mukim"), ("kepala", "marga"), ("kepala", "pekon"),
                              ("wali", "jorong"), ("kepala", "jorong"), ("kepala", "kampung"),
                              ("kepala", "ohoi"), ("kepala", "negeri"), ("raja", "negeri")})


def _a_local_title(lowers: list[str]) -> bool:
    if len(lowers) == 1:
        return lowers[0] in _REGIONAL_HEADS
    return len(lowers) == 2 and (
        (lowers[0] == "kepala" and lowers[1] in _LOCAL_UNITS) or tuple(lowers) in _LOCAL_TITLES
        or tuple(lowers) in _REGIONAL_TITLES)


# Heads of a place's name: with one of these first, a run of common words is a place's name
# (Desa Kecapi, Kota Ternate).
_PLACE_NAME_HEADS = _VILLAGE_WORDS | {"dusun", "kecamatan", "kabupaten", "kota", "distrik"}


def _names_the_text_capitalises(ctx: Context) -> Iterator[Hit]:
    """A name the text writes in Title Case more often than in any other case, written in
    lowercase elsewhere (Kota Ternate nine times, kota Ternate five; di Desa Kecapi ... kemajuan
    desa kecapi): the lowercase ones are slips. Only a run with a place's head word or a word
    that is no common word (Kampung Melayu Barat): a run of common words the writer also uses
    as a phrase (Pemerintah Daerah, pemerintah daerah) is the writer's choice."""
    text, words, vocab = ctx.text, ctx.words, ctx.vocab
    runs: dict[str, int] = {}
    i = 0
    while i < len(words):
        if not words[i].text.istitle():
            i = next_titled(ctx, i)  # no run starts at a word that is not in title case
            continue
        j = i
        while (j < len(words) and j - i < 3 and words[j].text.istitle() and words[j].text.isalpha()
               and (j == i or text[words[j - 1].end:words[j].start] == " ")):
            j += 1
        first = i + 1 if words[i].start in ctx.starts else i  # Warga Kota Ternate: not Warga
        if j - first >= 2:
            name = " ".join(w.text for w in words[first:j])
            runs[name] = runs.get(name, 0) + 1
        i = max(j, i + 1)
    names = [name for name, count in runs.items() if count >= 2 and (
        name.split()[0].lower() in _PLACE_NAME_HEADS
        or not all(vocab.plain_word(w.lower()) for w in name.split()))]
    if not names:
        return
    folded = text.lower()
    for name in names:
        key = name.lower()
        others = []
        at = folded.find(key)
        while at >= 0:
            end = at + len(key)
            written = text[at:end]
            if (written != name and not folded[at - 1:at].isalnum() and not folded[end:end + 1].isalnum()
                    and written != written.upper() and at not in ctx.starts):
                others.append((at, end))
            at = folded.find(key, end)
        if others and len(others) < runs[name]:
            for start, end in others:
                if any(w[:1].islower() for w in text[start:end].split()):
                    yield Hit("kapital-nama", start, end, name,
                              f"Nama diri ditulis dengan huruf kapital seperti di bagian lain "
                              f"teks ini: “{name}”.")


def _written_lowercase_elsewhere(ctx: Context, run: list[Token], lowers: list[str],
                                 prev: Token) -> bool:
    """A run of two or three common words the same text also writes in lowercase inside a
    sentence (akibat Pergeseran Tanah ... karena pergeseran tanah masih terjadi): the writer
    uses the words as a common phrase, so the capitals are no name. Only two words: three
    capitalised words are an event's or a programme's name too often (Pekan Imunisasi Dunia,
    Bantuan Langsung Tunai) even where the text also writes them in lowercase. A run the text
    capitalises more than twice as often as it writes it in lowercase is the writer's name for
    a thing (Bank Sampah nine times, bank sampah once): left. So is a run with an institution,
    a title, a level or a place's head word (Dinas Sosial ... dinas sosial: the lowercase one is
    the slip there), or after a word that introduces a name."""
    if len(run) != 2 or prev.text in _INTRODUCERS:
        return False
    if any(w in ctx.vocab.institutions or w in TITLE_WORDS or w in LEVELS or w in PLACE_HEADS
           or w in UNIT_WORDS or w in _VILLAGE_WORDS for w in lowers):
        return False
    text = ctx.text
    lowercase = _count_phrase(text, " ".join(lowers))
    return lowercase > 0 and 2 * lowercase >= _count_phrase(text, f"{run[0].text} {run[1].text}")


def _count_phrase(text: str, phrase: str) -> int:
    """How often ``phrase`` stands in ``text`` as whole words."""
    count = 0
    at = text.find(phrase)
    while at >= 0:
        end = at + len(phrase)
        if not text[at - 1:at].isalnum() and not text[end:end + 1].isalnum():
            count += 1
        at = text.find(phrase, end)
    return count


def pronouns(ctx: Context) -> Iterator[Hit]:
    """A personal pronoun capitalised inside a sentence (…, Saya minta …); Anda and a
    pronoun at a sentence start or after a quote mark or colon keep their capital."""
    text = ctx.text
    starts = ctx.starts
    for token in ctx.words:
        if token.text not in PRONOUNS or token.start in starts:
            continue
        before = text[max(0, token.start - 3):token.start].rstrip(" \t")
        if not before or before[-1] in "“\"‘':\n(-–—" or (before[-1] not in ",;" and not (
                before[-1].isalpha() and before[-1].islower())):
            continue
        if before[-1].isalpha() and _after_a_capitalised_word(ctx, token.start):
            continue  # Bersama-Sama Kita Bisa, Hari Kita: a slogan or title in Title Case
        lower = token.text.lower()
        yield Hit("kapital-kata-umum", token.start, token.end, lower,
                  f"Kata ganti di tengah kalimat ditulis dengan huruf kecil: “{lower}”.")


_WORD_BEFORE_RE = re.compile(rf"({LETTER}[\w-]*)[ \t]+$")


def _after_a_capitalised_word(ctx: Context, at: int) -> bool:
    """Whether the word just before ``at`` is capitalised and opens no sentence."""
    before = _WORD_BEFORE_RE.search(ctx.text, max(0, at - 40), at)
    return (before is not None and before.group(1)[:1].isupper()
            and before.start(1) not in ctx.starts)


def name_function_words(ctx: Context) -> Iterator[Hit]:
    """A function word capitalised inside a name (Komunikasi Dan Informatika)."""
    text = ctx.text
    words = ctx.words
    starts = ctx.starts
    for prev, token, nxt in zip(words, words[1:], words[2:], strict=False):
        if token.text not in NAME_FUNCTION_WORDS or token.start in starts:
            continue
        if text[prev.end:token.start] != " " or text[token.end:nxt.start] != " ":
            continue
        lower = token.text.lower()
        if prev.text.islower() and nxt.text.islower():
            # waspada Dan hati-hati: between two lowercase words, no name at all
            yield Hit("kapital-kata-tugas", token.start, token.end, lower,
                      f"Kata tugas di tengah kalimat ditulis dengan huruf kecil: “{lower}”.")
            continue
        if prev.text.islower() and nxt.text[:1].isupper() and prev.text not in (
                _INTRODUCERS):
            # dilakukan langsung Oleh Jou Sultan: a preposition opens no name after a verb
            yield Hit("kapital-kata-tugas", token.start, token.end, lower,
                      f"Kata tugas di tengah kalimat ditulis dengan huruf kecil: “{lower}”.")
            continue
        if not prev.text[:1].isupper() or not nxt.text[:1].isupper() or (
                token.text == "Bagi" and nxt.text == "Hasil"):
            continue  # Dana Bagi Hasil: bagi hasil is a noun there, not the preposition
        yield Hit("kapital-kata-tugas", token.start, token.end, lower,
                  f"Kata tugas dalam nama ditulis dengan huruf kecil: “{lower}”.")
    for match in finditer_chunked(r"(?<![\w.])(?:19|20)\d\d[ \t]+(Tentang)\b", text):
        # Nomor 29 Tahun 2018 Tentang ...: tentang in the name of a regulation is lowercase
        if match.start(1) in starts:
            continue
        yield Hit("kapital-kata-tugas", match.start(1), match.end(1), "tentang",
                  "Kata tugas dalam nama peraturan ditulis dengan huruf kecil: “tentang” "
                  "(Nomor 7 Tahun 2017 tentang ...).")


_COMPASS = frozenset({"utara", "selatan", "barat", "timur", "tenggara"})
# Before these the compass word is a name's first word (Timur Tengah, Timur Jauh).
_COMPASS_NAME_NEXT = frozenset({"tengah", "jauh"})
_COMPASS_BEFORE = frozenset({"di", "dari", "ke", "arah", "sebelah", "bagian", "menuju", "ujung"})


# The area of a named place (di Halaman Rumah Dinas Camat, ke Wilayah Kota Tidore): a common
# noun before the name, written in lowercase (Kawasan and Area open names of their own).
_AREA_WORDS = frozenset({"Halaman", "Wilayah", "Lingkungan", "Sekitar", "Depan", "Lokasi"})
_AREA_BEFORE = frozenset({"di", "ke", "dari", "dalam"})


def _area_before_a_name(ctx: Context, i: int) -> Hit | None:
    text, words = ctx.text, ctx.words
    token, prev = words[i], words[i - 1]
    if (prev.text not in _AREA_BEFORE or token.start in ctx.starts or i + 1 >= len(words)
            or text[prev.end:token.start] != " " or text[token.end:words[i + 1].start] != " "
            or not words[i + 1].text[:1].isupper()):
        return None
    if _inside_a_title_of_a_rule(ctx, i - 1):
        return None  # Peraturan ... tentang Pedoman ... di Lingkungan Kementerian: the title's capitals
    lower = token.text.lower()
    end = token.end
    nxt = words[i + 1]
    if (i + 2 < len(words) and nxt.text.istitle() and nxt.text.isalpha()
            and text[nxt.end:words[i + 2].start] == " " and words[i + 2].text[:1].isupper()
            and _plain_area_word(ctx, nxt.text.lower())):
        # di Halaman Upacara Kantor Bupati, di Wilayah Hukum Polsek X: a second common word
        # describes the area and goes lowercase with it; the name is what follows
        end, lower = nxt.end, f"{lower} {nxt.text.lower()}"
    return Hit("kapital-kata-umum", token.start, end, lower,
               f"Kata umum di depan nama tempat ditulis dengan huruf kecil: “{prev.text} {lower}”.")


# Heads of a building's or a body's name: after an area word they open the name (di Halaman
# Kantor Bupati, di Lingkungan Rumah Sakit X), so they keep their capitals.
_BUILDING_HEADS = PLACE_HEADS | UNIT_WORDS | _VENUE_WORDS | _PLACE_NAME_HEADS | {
    "rumah", "pendopo", "pendapa", "markas", "mako", "kompleks", "komplek", "istana", "kawasan",
    "area", "pusat", "sekolah", "madrasah", "pondok", "pesantren", "gereja", "pura", "vihara",
    "klenteng", "makam", "taman", "alun-alun", "asrama", "mes", "mess", "gudang", "stasiun",
    "rusunawa", "lapas", "rutan", "kampus"}


def _plain_area_word(ctx: Context, lower: str) -> bool:
    """A plain generic word (see :func:`_plain_generic_word`) that neither opens a building's
    or body's name nor is an area word itself: it describes the area before a name."""
    return (lower not in _BUILDING_HEADS and lower not in _AREA_LOWER
            and _plain_generic_word(ctx.vocab, lower))


_AREA_LOWER = frozenset(w.lower() for w in _AREA_WORDS)


_TITLE_GLUE = frozenset({"dan", "serta", "atau", "di", "ke", "dari", "untuk", "dalam", "pada",
                         "bagi", "yang", "terhadap", "melalui"})


def _inside_a_title_of_a_rule(ctx: Context, i: int) -> bool:
    """Whether ``words[i]`` goes on the title of a regulation: *tentang* comes before it
    through capitalised words and the function words of a title only (one lowercase word
    allowed, a slip of the writer's), with nothing but spaces between them."""
    text, words = ctx.text, ctx.words
    slips = 0
    for j in range(i - 1, max(-1, i - 16), -1):
        if text[words[j].end:words[j + 1].start].strip(" ") or words[j + 1].start in ctx.starts:
            return False
        word = words[j].text
        if word.lower() == "tentang":
            return j < i - 1
        if word[:1].isupper() or word in _TITLE_GLUE:
            continue
        slips += 1
        if slips > 1:
            return False
    return False


def compass_directions(ctx: Context) -> Iterator[Hit]:
    """A compass direction capitalised after a preposition (angin dari Barat, di Selatan
    Jawa): EYD V writes directions that are no part of a geographic name in lowercase."""
    text, words = ctx.text, ctx.words
    for i in range(1, len(words)):
        token, prev = words[i], words[i - 1]
        if token.text in _AREA_WORDS:
            hit = _area_before_a_name(ctx, i)
            if hit is not None:
                yield hit
            continue
        if (not token.text.istitle() or token.text.lower() not in _COMPASS
                or prev.text not in _COMPASS_BEFORE or text[prev.end:token.start] != " "
                or token.start in ctx.starts):
            continue
        if i + 1 < len(words) and text[token.end:words[i + 1].start] == " ":
            nxt = words[i + 1].text
            if nxt.lower() in _COMPASS_NAME_NEXT or nxt.lower() in ("laut", "daya") or (
                    nxt.istitle() and nxt.lower() in _COMPASS):
                continue  # Timur Tengah; Barat Daya, Timur Laut: part of a longer name
        lower = token.text.lower()
        yield Hit("kapital-arah", token.start, token.end, lower,
                  f"Nama arah mata angin yang bukan bagian nama geografi ditulis dengan huruf "
                  f"kecil: “{prev.text} {lower}”.")


# Names of the nation, religions, peoples and languages, and of God, that are no common word
# in lowercase (EYD V: huruf kapital pada nama bangsa, suku bangsa, bahasa, agama, dan Tuhan).
# Left out: words that are also common words (melayu 'to wilt', batak, banjar, pisang ambon).
_PROPER_ONLY = {w: w.capitalize() for w in (
    "indonesia", "islam", "kristen", "katolik", "hindu", "buddha", "konghucu", "protestan",
    "nusantara", "pancasila", "jawa", "sunda", "bali", "bugis", "minang", "minangkabau",
    "dayak", "papua", "madura", "betawi", "aceh", "sasak", "toraja", "allah")}


def proper_nouns_lowercase(ctx: Context) -> Iterator[Hit]:
    """warga indonesia -> Indonesia, umat islam -> Islam, suku jawa -> Jawa."""
    text, words = ctx.text, ctx.words
    for i, token in enumerate(words):
        if token.text == "merah" and 0 < i < len(words) - 1 and words[i + 1].text == "putih":
            hit = _flag_name(text, words, i)
            if hit is not None:
                yield hit
            continue
        right = _PROPER_ONLY.get(token.text)
        if (right is None or text[token.start - 1:token.start] in ("#", "@", ".", "/")
                or (text[token.end:token.end + 1] in (".", "/", "@") and re.match(
                    r"[./@]\w", text[token.end:token.end + 2]))):
            continue  # #indonesia, indonesia.go.id, www.jawa…: a tag or an address
        yield Hit("kapital-nama", token.start, token.end, right,
                  f"Nama bangsa, suku, bahasa, agama, dan Tuhan ditulis dengan huruf kapital: "
                  f"“{right}”.")


_FLAG_WORDS = frozenset({"bendera", "sang", "saka", "sangsaka"})


def _flag_name(text: str, words: list[Token], i: int) -> Hit | None:
    """bendera merah putih, sang merah putih: the national flag's name, Sang Merah Putih
    (UU 24/2009: Bendera Negara Sang Merah Putih), takes capitals."""
    before, putih = words[i - 1], words[i + 1]
    if (before.text.lower() not in _FLAG_WORDS or text[before.end:words[i].start] != " "
            or text[words[i].end:putih.start] != " "):
        return None
    start, right = words[i].start, "Merah Putih"
    if before.text == "sang":
        start, right = before.start, "Sang Merah Putih"
    return Hit("kapital-nama", start, putih.end, right,
               f"Nama bendera negara ditulis dengan huruf kapital: “{right}”.")


# Words that neither begin a sentence nor begin or continue a name (a determiner after its
# noun, the copulas, the "namely" words): capitalised, they are a slip whatever the reading of
# the sentence's bounds (Gedung DLH Setempat, Rapat Tersebut, kegiatan ini Merupakan).
_NEVER_IN_NAMES = frozenset({"setempat", "tersebut", "adalah", "merupakan", "yaitu", "yakni"})


def never_in_names(ctx: Context) -> Iterator[Hit]:
    """setempat, tersebut, adalah, merupakan, yaitu, yakni capitalised inside a sentence."""
    text, starts = ctx.text, ctx.starts
    for token in ctx.words:
        word = token.text
        if (not word.istitle() or word.lower() not in _NEVER_IN_NAMES or token.start in starts
                or token.start == 0):
            continue
        before = text[max(0, token.start - 3):token.start].rstrip(" \t")
        if not before or before[-1] in "“\"‘':\n(-–—•*/" or before[-1].isdigit():
            continue  # a quote, a list item or a heading begins with it
        lower = word.lower()
        yield Hit("kapital-kata-umum", token.start, token.end, lower,
                  f"Kata penghubung atau keterangan di tengah kalimat ditulis dengan huruf "
                  f"kecil: “{lower}”.")


_DATE_WORDS = frozenset({"Tahun", "Pukul", "Tanggal", "Jam"})


def date_words_after_a_date(ctx: Context) -> Iterator[Hit]:
    """tahun, pukul, tanggal capitalised after a day or a month (bulan Desember Tahun 2019,
    Senin Pukul 08.00), and bulan or hari before a month or a day after any word (ke-2 Bulan
    November): common words inside a date, written in lowercase (EYD V)."""
    text, words = ctx.text, ctx.words
    for token, nxt in itertools.pairwise(words):
        if (token.text in ("Bulan", "Hari") and token.start not in ctx.starts
                and text[token.end:nxt.start] == " "
                and nxt.text.lower() in ((*MONTHS, "mei", "nopember", "pebruari")
                                         if token.text == "Bulan" else DAYS)):
            lower = token.text.lower()  # minggu ke-2 Bulan November, Jumat Hari Senin
            yield Hit("kapital-kata-umum", token.start, token.end, lower,
                      f"Kata umum dalam keterangan waktu ditulis dengan huruf kecil: “{lower}”.")
    for prev, token in itertools.pairwise(words):
        if (token.text in ("Pagi", "Siang", "Sore", "Malam") and token.start not in ctx.starts
                and text[prev.end:token.start] == " "
                and prev.text.lower().replace("’", "").replace("'", "") in DAYS
                and not re.match(r"[ \t]+[A-Z]", text[token.end:token.end + 2])):
            lower = token.text.lower()  # Jumat Pagi. -> Jumat pagi (Senin Pagi Ceria stays)
            yield Hit("kapital-kata-umum", token.start, token.end, lower,
                      f"Kata umum dalam keterangan waktu ditulis dengan huruf kecil: “{lower}”.")
            continue
        if (token.text not in _DATE_WORDS or text[prev.end:token.start] not in (" ", ", ")
                or prev.text.lower() not in (*MONTHS, *DAYS, "mei") or not prev.text.istitle()
                or token.start in ctx.starts or not re.match(r"[ \t]+\d", text[token.end:token.end + 3])):
            continue
        lower = token.text.lower()
        yield Hit("kapital-kata-umum", token.start, token.end, lower,
                  f"Kata umum dalam keterangan waktu ditulis dengan huruf kecil: “{lower}”.")


_HIGHER_LEVELS = frozenset({"Kabupaten", "Kota", "Provinsi", "Kecamatan", "Distrik", "Kapanewon"})
_UNIT_LEVELS = frozenset({"Desa", "Kelurahan", "Kecamatan", "Kabupaten", "Provinsi", "Dusun",
                          "Kalurahan", "Kapanewon", "Kemantren", "Padukuhan", "Nagari",
                          "Gampong", "Pekon"})
# A count right before a unit of government (Salam 1 Desa, 12 Kecamatan se-, tiga Kalurahan di):
# the unit counted is generic, whatever word comes before the count.
_COUNT_BEFORE_RE = re.compile(
    r"(?:(?<![\d.,/:-])\d{1,3}(?:\.\d{3})*|\b(?:[Dd]ua|[Tt]iga|[Ee]mpat|[Ll]ima|[Ee]nam|[Tt]ujuh"
    r"|[Dd]elapan|[Ss]embilan|[Ss]epuluh|[Bb]elasan|[Pp]uluhan|[Rr]atusan))[ \t]$")
# A sentence's or clause's end right after a word: nothing after it can be its name.
_STOP_AFTER_RE = re.compile(r"[.,;:!?]")
_GENERIC_AFTER = frozenset({"lain", "lainnya", "ini", "itu", "tersebut", "setempat", "sekitar",
                            "sekitarnya", "masing-masing", "kami", "kita", "mereka", "saya"})
# Function words that never begin a unit's name: after one the unit had no name (perangkat
# Desa untuk membantu, warga Desa yang, di Kecamatan dan Desa).
_CLAUSE_WORDS_AFTER = frozenset({"untuk", "yang", "dan", "atau", "serta", "dengan", "agar",
                                 "supaya", "karena", "sebagai", "dalam", "pada", "di", "ke",
                                 "dari", "oleh", "juga", "sudah", "telah", "akan", "harus",
                                 "bisa", "dapat", "masih", "tidak", "belum", "se"})
# Before a unit of government these make it any unit (dari masing-masing Desa dan ...).
_DETERMINING = GENERIC_BEFORE | {"masing-masing"}


def generic_levels(ctx: Context) -> Iterator[Hit]:
    """A unit of government capitalised after a lowercase word with no name after it
    (pemerintah Desa menugaskan, di Desa lain, demi kemajuan Desa.): a generic use, written
    in lowercase. Before a period or comma nothing can be its name; over the twelve open
    real-text parts that branch found 11 more labels on 9 sites and raised 2 false alarms (Desa
    dan Kabupaten, Desa dan Kelurahan ending a name)."""
    text, words, starts = ctx.text, ctx.words, ctx.starts
    for i in range(1, len(words)):
        token, prev = words[i], words[i - 1]
        if token.text in _UNIT_LEVELS and _counted_unit(ctx, i):
            lower = token.text.lower()
            start = token.start
            count = _COUNT_BEFORE_RE.search(text, max(0, token.start - 12), token.start)
            if (count and count.group()[:1].isupper() and count.start() not in starts
                    and _LOWER_WORD_BEFORE_RE.search(text, max(0, count.start() - 40),
                                                     count.start())):
                # di Lima Desa: the count capitalised with the unit goes lowercase with it
                start, lower = count.start(), text[count.start():token.start].lower() + lower
            yield Hit("kapital-kata-umum", start, token.end, lower,
                      f"Kata umum di tengah kalimat ditulis dengan huruf kecil: “{lower}”.")
            continue
        if (token.text not in _UNIT_LEVELS or token.start in starts or not prev.text.islower()
                or text[prev.end:token.start] != " " or prev.text in WORD_NAME_INTRODUCERS):
            continue
        if _STOP_AFTER_RE.match(text, token.end):
            if prev.text == "tentang":
                continue  # Undang-Undang Nomor 3 Tahun 2024 tentang Desa: a law's title
            lower = token.text.lower()  # di Desa., kemajuan Desa, ...: no name can follow
            yield Hit("kapital-kata-umum", token.start, token.end, lower,
                      f"Kata umum di tengah kalimat ditulis dengan huruf kecil: “{lower}”.")
            continue
        nxt = words[i + 1] if i + 1 < len(words) else None
        if nxt is None or text[token.end:nxt.start] != " " or not nxt.text.islower():
            continue
        after = nxt.text
        if not (after in _GENERIC_AFTER or prev.text in _DETERMINING
                or (after in _CLAUSE_WORDS_AFTER and prev.text not in ("dan", "serta", "atau"))
                or (after.startswith(("me", "di", "ber", "ter"))
                                            and len(after) >= 6
                                            and ctx.vocab.speller.is_known(after)
                                            and not ctx.vocab.speller.region_word(after))):
            continue  # di Desa sukamaju: a name in lowercase, not a generic use
        lower = token.text.lower()
        yield Hit("kapital-kata-umum", token.start, token.end, lower,
                  f"Kata umum di tengah kalimat ditulis dengan huruf kecil: “{lower}”.")


def _counted_unit(ctx: Context, i: int) -> bool:
    """A unit of government right after a count, with no name after it (Pakis 11 Desa,
    di 10 Kecamatan dan 13 Desa locus, tiga Kalurahan di Kapanewon): a number of units, not
    one unit's name; an RT/RW or a number label before the count (RT 04 Desa X) is left."""
    text, token = ctx.text, ctx.words[i]
    match = _COUNT_BEFORE_RE.search(text, max(0, token.start - 12), token.start)
    if match is None:
        return False
    label = re.search(r"([^\W\d_]+)\.?[ \t]*$", text[max(0, match.start() - 12):match.start()])
    if label and label.group(1).lower() in _NUMBER_LABELS | {"tahun", "th", "thn"}:
        return False  # RT 04 Desa, Nomor 3 Desa ...: a label's number
    if _STOP_AFTER_RE.match(text, token.end) or token.end == len(text):
        return True
    nxt = ctx.words[i + 1] if i + 1 < len(ctx.words) else None
    return (nxt is not None and text[token.end:nxt.start] == " " and nxt.text.islower()
            and ctx.vocab.plain_word(nxt.text))


def _a_verb(vocab: Vocabulary, lower: str) -> bool:
    """A meN-, di- or ber- verb on a known root (Menguras, Menutup), not a noun (Beras)."""
    return lower.startswith(("me", "di", "ber")) and any(
        a.prefix in _VERB_PREFIXES and not a.suffix.startswith("an") and vocab.plain_word(a.root)
        for a in analyses(lower))


_ITEM_JOINERS = frozenset({"dan", "serta", "atau", "maupun"})
_MAX_ITEM_WORDS = 3


# Words that open a list of kinds (bantuan berupa Kasur, Selimut, ...; terdiri dari ...),
# each found by a plain search of the text: the rule costs next to nothing where none occurs.
_LIST_OPENERS = ("berupa", "seperti", "meliputi", "yaitu", "yakni", "diantaranya", "misalnya",
                 "termasuk", "terdiri dari", "terdiri atas", "mulai dari", "antara lain",
                 "di antaranya")
_LIST_OPENER_END_RE = re.compile(r"[ \t]*,?[ \t]")


def _list_openers(text: str) -> list[int]:
    """Where the first item after each list opener starts, in order."""
    found = []
    for opener in _LIST_OPENERS:
        at = text.find(opener)
        while at >= 0:
            end = at + len(opener)
            if (not text[at - 1:at].isalnum() or at == 0) and (
                    gap := _LIST_OPENER_END_RE.match(text, end)) is not None:
                found.append(gap.end())
            at = text.find(opener, end)
    return sorted(found)


def listed_common_nouns(ctx: Context) -> Iterator[Hit]:
    """Common nouns capitalised as items of a list of kinds after berupa, seperti, terdiri
    dari ... (berupa Paket Sembako, Kasur, Selimut, peralatan mandi dan lainnya): every item
    of the list is short and a common word, so none is a name. A list with one name in it
    (seperti Tabang, Kembang Janggut, Kenohan: places), an acronym, a title, an office or a
    place's head word (Dinas Sosial, Ketua, Desa X) or a verb (yakni Menguras, Menutup) is
    left whole."""
    text, words = ctx.text, ctx.words
    done = 0
    for at in _list_openers(text):
        i = bisect_left(words, at, lo=done, key=_start_of)
        if i >= len(words) or words[i].start != at:
            continue  # a number, a quote or a mark opens the list: not a list of words
        items: list[list[Token]] = [[]]
        j = i
        while j < len(words):
            token = words[j]
            if j > i:
                gap = text[words[j - 1].end:token.start]
                if gap not in (" ", ", "):
                    break
                if gap == ", " and items[-1]:
                    items.append([])
            if token.text in _ITEM_JOINERS:
                if items[-1]:
                    items.append([])
            elif len(items[-1]) == _MAX_ITEM_WORDS:
                break  # a long item: the list has ended and the sentence goes on
            else:
                items[-1].append(token)
            j += 1
        done = j
        yield from _judge_list(ctx, [item for item in items if item])


def _start_of(token: Token) -> int:
    return token.start


def _judge_list(ctx: Context, items: list[list[Token]]) -> Iterator[Hit]:
    if len(items) < 3:
        return
    # The last item runs on into the sentence (Sodet dan Tenda dibagikan): its words in the
    # case of its first word.
    last = items[-1]
    cut = 1
    while cut < len(last) and last[cut].text[:1].isupper() == last[0].text[:1].isupper():
        cut += 1
    items[-1] = last[:cut]
    vocab = ctx.vocab
    capitalised_items = []
    for item in items:
        if item[0].text.islower():
            if not all(t.text.islower() and vocab.plain_word(t.text.split("-")[0]) for t in item):
                return  # a lowercase name or an unknown word: not clearly a list of kinds
            continue
        kinds = [t for k, t in enumerate(item) if not (k and t.text in _GENERIC_ACRONYMS)]
        if not (item[0].text.istitle() and item[0].start not in ctx.starts
                and all(t.text.istitle() or t.text.islower() for t in kinds)
                and all(vocab.plain_word(w.split("-")[0]) and w not in CAPITALISED_NOUNS
                        and w not in TITLE_WORDS and w not in LEVELS and w not in UNIT_WORDS
                        and w not in PLACE_HEADS and w not in _VILLAGE_WORDS
                        and w not in vocab.institutions for w in (t.text.lower() for t in kinds))
                and not _a_verb(vocab, item[0].text.lower())):
            return  # a name, an acronym, a title or a verb among the items
        if not ctx.text.startswith(" (", item[-1].end):
            capitalised_items.append(item)  # Wanita Usia Subur (WUS): a term with its acronym
    for item in capitalised_items:
        right = " ".join(t.text if t.text in _GENERIC_ACRONYMS else t.text.lower() for t in item)
        yield Hit("kapital-kata-umum", item[0].start, item[-1].end, right,
                  f"Kata umum dalam perincian ditulis dengan huruf kecil: “{right}”.")


# Commemorations named "Hari ..." (EYD V: huruf kapital pada nama hari besar dan peristiwa
# sejarah): with the writer's capital on the second word (hari Kartini, hari Kemerdekaan),
# the day is part of the name. Day and month names and feasts have rules of their own.
_COMMEMORATIONS = frozenset({
    "kemerdekaan", "kartini", "pahlawan", "ibu", "guru", "santri", "bhayangkara", "pendidikan",
    "kesehatan", "lingkungan", "anak", "keluarga", "sumpah", "kebangkitan", "kesaktian", "lahir",
    "jadi", "bumi", "buruh", "pers", "koperasi", "pangan", "pramuka", "veteran", "perempuan",
    "disabilitas", "gizi", "olahraga", "bela", "amal", "air", "tani", "statistik", "aids",
    "kesadaran", "juang", "otonomi", "nusantara", "dharma", "korpri", "pancasila"})


def commemoration_days(ctx: Context) -> Iterator[Hit]:
    """hari Kartini -> Hari Kartini, momentum hari Kemerdekaan -> Hari Kemerdekaan."""
    text, words = ctx.text, ctx.words
    for first, second in itertools.pairwise(words):
        if (first.text != "hari" or text[first.end:second.start] != " "
                or not second.text.istitle() or second.text.lower() not in _COMMEMORATIONS):
            continue
        right = f"Hari {second.text}"
        yield Hit("kapital", first.start, second.end, right,
                  f"Nama hari peringatan ditulis dengan huruf kapital: “{right}”.")


# An attribution verb capitalised inside a sentence before who said it (… bagi KPM, Kata pak
# Kades; Selain itu Kata Abdul Aziz): only kata, ujar, tutur, ucap, whose capitalised form
# opens no name.
_ATTRIBUTION_MID_RE = re.compile(
    r"(?<=[\w,] )(Kata|Ujar|Tutur|Ucap)(?= (?:pak|bu|bapak|ibu|Pak|Bu|Bapak|Ibu|[A-Z][a-z]+ [A-Z][a-z]+)\b)")


def capitalised_attribution(ctx: Context) -> Iterator[Hit]:
    text = ctx.text
    for match in finditer_chunked(_ATTRIBUTION_MID_RE, text if "Kata " in text or "Ujar " in text
                                  or "Tutur " in text or "Ucap " in text else ""):
        if match.start(1) in ctx.starts:
            continue
        nxt = _CLAUSE_WORD_RE.match(text, match.end(1) + 1)
        if nxt is not None and nxt.group()[:1].isupper() and ctx.vocab.plain_word(
                nxt.group().lower()):
            continue  # buku Kata Pengantar: a title, not who spoke (a speaker whose name
            # is also a word, Kata Rahmat, is left too)
        lower = match.group(1).lower()
        yield Hit("kecil-sesudah-petik", match.start(1), match.end(1), lower,
                  f"Keterangan penutur di tengah kalimat ditulis dengan huruf kecil: “{lower}”.")



# Rarer than this (Zipf, about 3 uses per million words) a word is seldom a common noun an
# editor lowercases; see a_name_of_the_text.
_RARE_ZIPF = 3.5


# Regional titles of a village head and regional names of a village unit: KBBI or the regions'
# own common nouns, so a text capitalising them throughout gives them no name (CONVENTIONS C2).
_LISTED_OFFICES_AND_UNITS = _REGIONAL_HEADS | {w.lower() for w in _UNIT_LEVELS}


def a_name_of_the_text(ctx: Context, hit: Hit, counts: Counter[str]) -> bool:
    """Whether ``hit`` lowercases one rare word that the text writes capitalised inside its
    sentences at least twice and never in lowercase: the text's own name for a place, a body
    (masyarakat Kepuh, Geopark Meratus), not a common noun capitalised by habit. An English
    word (Tower) or a pe-/per-/ke-...-an noun of a known root (Permuseuman) is a common noun
    all the same: names are seldom either; so is a listed regional office or unit (para
    Keuchik, di Gampong setempat: CONVENTIONS C2, round 46). Issue 13, round 16: over the 404
    open real texts the rare words so capitalised gave 12 false alarms on 6 sites; the 4
    labelled errors among them were such English and -an nouns."""
    if hit.rule != "kapital-kata-umum":
        return False
    word = ctx.text[hit.start:hit.end]
    if not (word.isalpha() and word.istitle()) or counts[word] < 2 or counts[word.lower()]:
        return False
    lower = word.lower()
    if lower in _LISTED_OFFICES_AND_UNITS:
        return False  # seorang Kuwu harus, di Gampong setempat: a listed office or unit
    zipf = ctx.vocab.zipf(lower)
    return (zipf is not None and zipf < _RARE_ZIPF and not ctx.vocab.speller.is_english(lower)
            and not any(a.prefix and a.suffix == "an" and ctx.vocab.plain_word(a.root)
                        for a in analyses(lower)))


def word_counts(ctx: Context) -> Counter[str]:
    """How often each word is written in ``ctx``, sentence-opening words left out."""
    return Counter(w.text for w in ctx.words if w.start not in ctx.starts)


# Conjunctions, prepositions and sentence adverbs that never open a name: capitalised right
# after a comma inside a sentence they are a slip (…, Tapi saya …; Menurutnya, Di era …).
_AFTER_COMMA_WORDS = (
    "Tapi", "Tetapi", "Namun", "Sehingga", "Karena", "Saat", "Ketika", "Di", "Ke", "Dari",
    "Yang", "Dan", "Serta", "Untuk", "Dengan", "Maka", "Bahkan", "Sedangkan", "Lalu",
    "Kemudian", "Agar", "Supaya", "Apalagi", "Padahal", "Meskipun", "Walaupun", "Jika", "Bila",
    "Apabila", "Sementara", "Termasuk", "Hingga", "Sampai", "Seperti", "Yaitu", "Yakni",
    "Terutama", "Khususnya")
_AFTER_COMMA_RE = re.compile(r"(?<=[a-z]), (" + "|".join(_AFTER_COMMA_WORDS) + r") (?=[a-z])")


def function_word_after_comma(ctx: Context) -> Iterator[Hit]:
    """A conjunction, preposition or sentence adverb capitalised after a comma, with a
    lowercase word on either side (…, Tapi saya terus …): the sentence goes on, so it is
    lowercase. Issue 13, round 16: 7 labelled errors on 7 sites of the open real texts and
    no use an editor left."""
    for match in finditer_chunked(_AFTER_COMMA_RE, ctx.text if ", " in ctx.text else ""):
        lower = match.group(1).lower()
        yield Hit("kapital-kata-tugas", match.start(1), match.end(1), lower,
                  f"Sesudah koma kalimat berlanjut, jadi kata tugas ditulis dengan huruf "
                  f"kecil: “{lower}”.")


# Function words that no name, title or slogan of a body, place or event holds inside it:
# capitalised inside a sentence they are a slip whatever follows (Andi Selaku Sekretaris
# Desa, di lokasi Kepada Awak Media, Besaran BLT Sesuai pada Pasal 33).
_NEVER_NAMED = ("Selaku", "Kepada", "Yaitu", "Yakni", "Sehingga", "Sedangkan", "Namun",
                "Tetapi", "Merupakan", "Adalah", "Ialah", "Sesuai")
# These are slips only with a lowercase word after them: before a capital they may open a
# slogan or a headline's next phrase (Tetap Sehat Selalu Bahagia).
_NEVER_NAMED_BEFORE_LOWER = ("Sampai", "Hingga", "Selalu", "Telah", "Sudah", "Masih",
                             "Belum", "Juga", "Agar", "Supaya", "Ketika", "Apabila",
                             "Karena", "Bahwa", "Sangat", "Senantiasa")
_NEVER_NAMED_RE = re.compile(
    r"(?<=[\w.,] )(?:(" + "|".join(_NEVER_NAMED) + r")\b(?!-)|("
    + "|".join(_NEVER_NAMED_BEFORE_LOWER) + r")(?=[ \t]+[a-z]))")


def never_named_function_words(ctx: Context) -> Iterator[Hit]:
    """A preposition, conjunction or auxiliary capitalised inside a sentence where none of
    them ever stands in a name (Junaedi Selaku ketua BPD, Sementara Pada tahun 2011 Sampai
    sekarang): EYD V writes a function word in lowercase unless it opens the sentence.
    A quotation in Title Case (a title) is left; so is a word after a dash or a quote mark,
    where a dateline or a quotation opens a sentence."""
    text = ctx.text
    titles = _quoted_titles(text)
    title_starts = [a for a, _ in titles]
    for match in finditer_chunked(_NEVER_NAMED_RE, text):
        start = match.start()
        if start in ctx.starts:
            continue
        at = bisect_left(title_starts, start) - 1
        if at >= 0 and start < titles[at][1]:
            continue  # bertema “Belajar Sampai Tuntas”: a title
        lower, end = match.group().lower(), match.end()
        run = _COMMON_RUN_AFTER_RE.match(text, end)
        if run is not None and all(_a_plain_common_noun(ctx, w) for w in run.group(1).split()):
            # di lokasi Kepada Awak Media mengatakan: the common nouns after it are no name
            # either, so one fix lowercases them all
            lower, end = lower + " " + run.group(1).lower(), run.end(1)
        yield Hit("kapital-kata-tugas", start, end, lower,
                  f"Kata tugas di tengah kalimat ditulis dengan huruf kecil: “{lower}”.")


# Up to three capitalised words after a function word, then a lowercase word or a stop.
_COMMON_RUN_AFTER_RE = re.compile(r"[ \t]+([A-Z][a-z]+(?:[ \t][A-Z][a-z]+){0,2})(?=[ \t]+[a-z]|[,.;:])")


def _a_plain_common_noun(ctx: Context, word: str) -> bool:
    lower = word.lower()
    return (ctx.vocab.plain_word(lower) and lower not in CAPITALISED_NOUNS
            and lower not in TITLE_WORDS and lower not in LEVELS and lower not in _VILLAGE_WORDS
            and lower not in PLACE_HEADS and lower not in UNIT_WORDS
            and lower not in ctx.vocab.institutions and lower not in ctx.vocab.acronyms
            and ctx.vocab.speller.major_region_word(lower) is None)


# Where a text names a person or a make with a capitalised word: the speaker after an
# attribution verb (ujar Lis.), the name a person is called by (akrab disapa Rocky), a name
# set off before a title (keterangan Syahid, Kabid Informasi), a make after its kind (motor
# berjenis Kaisar).
_PERSON_AFTER_RE = re.compile(
    rf"\b(?:(?:{ATTRIBUTION})(?:nya)?|disapa|dipanggil|sapaan|panggilan|berjenis|bermerek|"
    rf"bermerk|merek|merk)[ \t]+([A-Z][a-z]+)\b(?![ \t]+[A-Z])")
_PERSON_BEFORE_TITLE_RE = re.compile(
    r"\b([A-Z][a-z]+),[ \t]+(?:Kabid|Kasi|Kasubag|Kasubbag|Kadis|Kades|Kepala|Ketua|Sekretaris"
    r"|Camat|Lurah|Direktur|Kapolsek|Kapolres|Danramil|Dandim|Kabag|Kasat|Plt\.?|Pj\.?)\b")


# A count or a determiner before the word (ada 8 Anggota, Ketua Fraksi …; salah satu Staf,
# Kepala …): a counted common noun, never a person's name set off before a title.
_COUNTED_BEFORE_RE = re.compile(
    rf"(?:(?<![\w.,/])\d{{1,4}}|\b(?:{'|'.join(sorted(_COUNT_WORDS))}|satu|seorang|para|seluruh"
    r"|setiap|semua|sejumlah|beberapa|masing-masing))[ \t]+\Z")


def names_the_text_gives(ctx: Context) -> frozenset[str]:
    """Capitalised words the text itself uses as a person's or a make's name (see above):
    the same word capitalised elsewhere in the text is that name, not a common word
    capitalised by habit (namun Said masih ...). Titles, levels and bodies are no names."""
    text = ctx.text
    found = {m.group(1) for m in _PERSON_AFTER_RE.finditer(text)}
    found |= {m.group(1) for m in _PERSON_BEFORE_TITLE_RE.finditer(text)
              if not _COUNTED_BEFORE_RE.search(text, max(0, m.start() - 24), m.start())}
    return frozenset(w for w in found if not w.endswith("nya")  # ujar Stafnya: no name
                     and w.lower() not in TITLE_WORDS
                     and w.lower() not in CAPITALISED_NOUNS and w.lower() not in LEVELS
                     and w.lower() not in _PLACE_NAME_HEADS
                     and w.lower() not in ctx.vocab.institutions)


_LIST_DETERMINER_RE = re.compile(
    r"\b(?:para|seluruh|setiap|semua|tiap|sejumlah|beberapa)[ \t]+"
    r"(?P<items>[A-Z][a-z]+(?:(?:,[ \t]+(?:dan[ \t]+|serta[ \t]+)?|[ \t]+(?:dan|serta|atau)[ \t]+)"
    r"[A-Z][a-z]+)+)(?=[,.;:)]|[ \t]+[a-z]|$)")
_LIST_ITEM_RE = re.compile(r"[A-Z][a-z]+")


def determiner_lists(ctx: Context) -> Iterator[Hit]:
    """Single common words listed after one determiner (di seluruh Kecamatan, Desa dan
    Kelurahan di ...; para Kades dan Lurah bertempat ...): the determiner makes each of them
    generic, not only the first (which generic_runs answers, or leaves when it is an
    acronym). Every item a single common word, and a lowercase word or a stop after the
    list, or it is a list of names (seluruh Jawa, Bali dan Madura)."""
    text, vocab = ctx.text, ctx.vocab
    for match in finditer_chunked(_LIST_DETERMINER_RE, text):
        items = list(_LIST_ITEM_RE.finditer(match.group("items")))
        lowers = [m.group().lower() for m in items]
        if not all((vocab.plain_word(w) or w in vocab.acronyms) and (
                w not in CAPITALISED_NOUNS or w in TITLE_WORDS) for w in lowers):
            continue
        base = match.start("items")
        for item, lower in zip(items[1:], lowers[1:], strict=True):
            if lower in vocab.acronyms:
                continue  # para Camat dan Kades: an acronym alone is written as listed
            yield Hit("kapital-kata-umum", base + item.start(), base + item.end(), lower,
                      f"Kata umum di tengah kalimat ditulis dengan huruf kecil: “{lower}”.")


def a_region_named(ctx: Context, hit: Hit) -> bool:
    """One capitalised word that is a regency's or a city's name and a rarer common word
    (menjadi Kuningan menuju ..., Bupati Kepulauan Meranti ini): the region, not the common
    word it also is (kuningan: brass). Everyday words (Batu, Malang, Besar) and the words of
    levels, compass points and titles stay common words."""
    word = ctx.text[hit.start:hit.end]
    if not (word.isalpha() and word.istitle()):
        return False
    if word in ctx.vocab.provinces:
        return True  # seluruh Aceh: a province's name, however often the word is written
    lower = word.lower()
    if (lower in LEVELS or lower in _VILLAGE_WORDS or lower in PLACE_HEADS or lower in TITLE_WORDS
            or lower in CAPITALISED_NOUNS or lower in ctx.vocab.institutions
            or lower in _COMPASS or lower in UNIT_WORDS):
        return False
    zipf = ctx.vocab.zipf(lower)
    return (ctx.vocab.speller.major_region_word(lower) == word
            and (zipf is None or zipf < _REGION_WORD_ZIPF))


_REGION_WORD_ZIPF = 4.5  # kuningan 4.4, pati 4.1, lingga 3.7; malang 5.0, batu 5.4


# A title (and the unit it heads) before se-/se + a region: every holder of it in that region
# (Camat se-Kabupaten Siak, para Lurah se Kota Dobo, Kepala Sekolah se-Kecamatan Tapung): a
# title with no name after it, so lowercase by EYD V, whatever word comes before it.
_TITLE_HEADS = TITLE_WORDS | {"panewu", "penghulu", "pimpinan", "anggota", "perangkat", "kader",
                              "bidan", "guru", "pengurus", "keuchik", "geuchik", "datuk", "mukim"}
_TITLE_UNITS = _VILLAGE_WORDS | {"daerah", "dusun", "sekolah", "dinas", "badan", "bagian",
                                 "bidang", "seksi", "puskesmas", "ohoi", "distrik", "lingkungan"}
_TITLE_BEFORE_SE_RE = re.compile(
    r"(?<![\w-])([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2})[ \t]+(?=se(?:-|[ \t]+|(?=kota\b|kabupaten\b"
    r"|kecamatan\b|provinsi\b|kelurahan\b|desa\b))[A-Za-z])")


def titles_before_se(ctx: Context) -> Iterator[Hit]:
    text = ctx.text
    for match in finditer_chunked(_TITLE_BEFORE_SE_RE, text if "se" in text else ""):
        words = list(re.finditer(r"[A-Z][a-z]+", match.group(1)))
        while words and words[0].group().lower() not in _TITLE_HEADS:
            words = words[1:]  # Bupati mengundang Camat se-…: only the title's own words
        if not words or any(w.group().lower() not in _TITLE_HEADS | _TITLE_UNITS for w in words):
            continue
        start = match.start(1) + words[0].start()
        if start in ctx.starts:
            continue  # Camat se-Kabupaten … opening a sentence: its capital is the sentence's
        right = text[start:match.end(1)].lower()
        yield Hit("kapital-kata-umum", start, match.end(1), right,
                  f"Jabatan tanpa nama orang sesudahnya ditulis dengan huruf kecil: “{right}”.")


# The title of a regulation, after *tentang* (UU Nomor 14 Tahun 2008 tentang Keterbukaan
# Informasi Publik, Ranperda tentang Kepariwisataan): EYD V capitalises the words of a title, and
# writers often capitalise only some (tentang keterbukaan Informasi Publik, tentang perangkat
# Desa). A capital there is the title's, whichever words have it.
_REGULATION_BEFORE_RE = re.compile(
    r"\b(?:UU|Undang-[Uu]ndang|[Pp]eraturan|Perda|Ranperda|Raperda|Perbup|Perwali|Pergub|Perpres|"
    r"Permen\w*|PP|Qanun|Raqan|Keputusan|Kepmen\w*|Kepbup|SK|Inpres|Instruksi|[Ee]daran|Perdes)\b"
    r"[^\n.;:!?]{0,40}(?:\.[^\n.;:!?]{0,20}){0,2}\Z")
_TITLE_BEFORE_RE = re.compile(r"\btentang((?:[ \t]+[^\W\d_][\w-]*){0,8})[ \t]+\Z")


def in_a_regulation_title(text: str, start: int) -> bool:
    """Whether ``start`` is in the title of a regulation (see above): *tentang* at most eight
    words before it with nothing but words between, and a regulation's name before that."""
    found = _TITLE_BEFORE_RE.search(text[max(0, start - 120):start])
    if found is None:
        return False
    at = max(0, start - 120) + found.start()
    return _REGULATION_BEFORE_RE.search(text[max(0, at - 70):at]) is not None


_WRAPPED_NAME_RE = re.compile(r"[ \t]*\n[ \t]*([A-Z][a-z]+)")


def a_unit_before_a_wrapped_name(ctx: Context, hit: Hit) -> bool:
    """A level's or a unit's word at the end of a hard-wrapped line whose next line opens with
    a name (di Provinsi / Jambi, seluruh desa di Kabupaten / Halmahera Tengah): the unit's name
    broken by the wrap, not a generic word. The line has no closing mark, and the next word is
    a region's name or no common word."""
    if hit.rule != "kapital-kata-umum":
        return False
    word = ctx.text[hit.start:hit.end]
    if word not in _UNIT_LEVELS:
        return False
    match = _WRAPPED_NAME_RE.match(ctx.text, hit.end)
    if match is None:
        return False
    name = match.group(1)
    lower = name.lower()
    return (ctx.vocab.speller.major_region_word(lower) == name
            or not ctx.vocab.plain_word(lower))


def opens_the_body_after_a_dateline(text: str, start: int, plain_word: Callable[[str], bool]
                                    ) -> bool:
    """Whether the word at ``start`` is the first of the release's body after its dateline
    (KODIM 0709/KEBUMEN, Sejumlah anggota …; seopini.com – PolresTubanPoldaJatim Menciptakan
    …): the capital is the sentence's. The dateline is at most four words before it in the
    text's first characters, none of them a dictionary word (a web address counts for none):
    places in capitals, a site's or an office's glued name."""
    words = dateline_words(text, start)
    if words is None or not text[start - 1:start].isspace():
        return False
    return 0 < len(words) <= 4 and not any(plain_word(w.lower()) for w in words)


# Syllable acronyms of accept.tsv ("Akronim umum") that name a body, a unit, a programme or
# an office rather than a thing or an activity: capitalised alone they are the local body's
# name (Satgas, Dukcapil, Pansus) or a title standing for one person (Babinsa, Kades), which
# CONVENTIONS C3 leaves. The rest (kamtibmas, posyandu, sembako, narkoba, pilkades,
# musrenbang, raperda) are common nouns: EYD rule 11(f) writes them in lowercase.
_NAMING_ACRONYMS = frozenset({
    "kominfo", "dukcapil", "disdukcapil", "samsat", "humas", "satgas", "tagana", "linmas",
    "pramuka", "paskibraka", "pansus", "banggar", "banmus", "bapemperda", "baleg", "forkopimda",
    "forkopimcam", "kanwil", "pokja", "gapoktan", "poktan", "pokdarwis", "pokmas", "binmas",
    "damkar", "jamkesmas", "raskin", "rastra", "tahura", "rutan", "pemda",
    "kades", "wabup", "wawali", "wagub", "babinsa", "bhabinkamtibmas", "sekdes", "sekwan",
    "jubir", "korlap", "caleg", "capres", "cawapres", "paslon", "cakada", "cabup", "cawabup",
    "cagub", "cawagub", "cawalkot"})
_ACRONYM_ALONE_AFTER_RE = re.compile(r"[ \t]+[a-z]|[ \t]+\d{4}\b|[ \t]*[,.;:)!?]|[ \t]*$")
# Acronyms of a kind of regulation: a lowercase word after one may open its title (Raperda
# perubahan kedua atas ..., Inpres efisiensi), a document's name, so only a stop or a
# function word may follow (tiga Raperda tersebut, menjadi Perda.).
_REGULATION_ACRONYMS = frozenset({
    "perda", "raperda", "ranperda", "perbup", "perwal", "pergub", "perpres", "permen", "inpres",
    "kepres", "keppres", "kepmen", "perppu", "perdes", "propemperda", "prolegda", "prolegnas"})
_AFTER_A_REGULATION_RE = re.compile(
    r"[ \t]*(?:[,.;:)!?]|$)|[ \t]+(?:ini|itu|tersebut|yang|dan|serta|atau|maupun|menjadi|untuk|"
    r"di|ke|dari|oleh|agar|akan|telah|sudah|dengan|pada|sebagai|inisiatif|usulan|"
    # an auxiliary or a modal verb (Perda harus memenuhi …, Raperda belum dibahas): the
    # predicate starts, so no title goes on
    r"harus|wajib|perlu|dapat|bisa|boleh|belum|masih|tidak|tak|segera|sedang|pernah|juga)\b")


def _opening_word_before(ctx: Context, prev: Token, gap: str) -> bool:
    """A sentence's or a quote's first word, a common word of the dictionary that introduces
    no name (Melalui Komsos, warga …; “Selama Posyandu …): what follows it is inside the
    sentence."""
    lower = prev.text.lower()
    opens = prev.start in ctx.starts or ctx.text[prev.start - 1:prev.start] == "“"
    return (gap == " " and opens and prev.text[1:].islower()
            and prev.text.isalpha() and lower not in _INTRODUCERS
            and ctx.vocab.plain_word(lower))


def common_acronyms(ctx: Context) -> Iterator[Hit]:
    """A common-noun syllable acronym capitalised alone inside a sentence (patroli Kamtibmas
    di desa, bahaya Narkoba, paket Sembako akan dibagikan, 6 Raperda merupakan): EYD rule
    11(f) writes pemilu, puskesmas and their kind in lowercase (CONVENTIONS C12). Only after
    a lowercase word or a count, and with a lowercase word, a year or a stop after it: with a
    name after it the acronym heads the name (Puskesmas Sukamaju, Posyandu Melati)."""
    text, words, starts = ctx.text, ctx.words, ctx.starts
    titles = _quoted_titles(text)
    for i in titled(ctx):
        if i == 0:
            continue
        token, prev = words[i], words[i - 1]
        word = token.text
        if (token.start in starts or not word.istitle() or not word.isalpha()
                or len(word) < 4):
            continue
        lower = word.lower()
        if lower not in ctx.vocab.common_acronyms or lower in _NAMING_ACRONYMS:
            continue
        gap = text[prev.end:token.start]
        # after a word that introduces a name only a name may stand, but the noun *kegiatan*
        # before a listed common acronym alone (kegiatan Posyandu di desa) gives the
        # activity's kind; a name after the acronym is still left (kegiatan Posyandu Melati).
        # (Sentence-opening Kegiatan, and acara or the activity verbs, are not taken: they
        # added a false alarm on the CHECK part's totals.)
        introduces = prev.text.lower() in _INTRODUCERS and prev.text.lower() != "kegiatan"
        if not ((gap in (" ", ", ") and prev.text.islower()
                 and prev.text.replace("-", "").isalpha() and not introduces)
                or (_COUNT_GAP_RE.fullmatch(gap) and prev.text.islower()
                    and prev.text not in _NUMBER_LABELS)
                or _opening_word_before(ctx, prev, gap)
                or (gap == ", " and prev.text.istitle() and prev.start not in starts
                    and prev.text.lower() in ctx.vocab.common_acronyms
                    and prev.text.lower() not in _NAMING_ACRONYMS)):
            # (the last: an item of a list of kinds after another listed one, Puskesmas,
            # Pustu, kader …: both common nouns)
            continue
        if (prev.text in _ITEM_JOINERS and i >= 2 and words[i - 2].text[:1].isupper()
                and text[words[i - 2].end:prev.start] == " "):
            continue  # Pemilihan Umum dan Pilkada: one of a pair written as names
        if not (_AFTER_A_REGULATION_RE if lower in _REGULATION_ACRONYMS
                else _ACRONYM_ALONE_AFTER_RE).match(text, token.end):
            continue
        if (any(a <= token.start < b for a, b in titles)
                or in_a_regulation_title(text, token.start)):
            continue
        yield Hit("kapital-akronim-umum", token.start, token.end, lower,
                  f"Akronim yang menjadi kata umum ditulis dengan huruf kecil: “{lower}”.")


_DEMONSTRATIVE_AFTER_RE = re.compile(r"[ \t]+(?:tersebut|setempat)\b")


def generic_before_a_demonstrative(ctx: Context) -> Iterator[Hit]:
    """A capitalised common noun with *tersebut* or *setempat* right after it inside a
    sentence (dikelola oleh Desa tersebut, memakai Krokos tersebut, bersama Pecalang
    setempat): the demonstrative points back at a thing named before, so the word is the
    common noun (EYD V's own example: Kegiatan Tersebut -> kegiatan tersebut). A name keeps
    its own word before the demonstrative (Desa Sukamaju tersebut); a title (Camat tersebut)
    and an address term stand for one person and are left (CONVENTIONS C3)."""
    text, words, starts = ctx.text, ctx.words, ctx.starts
    for i in titled(ctx):
        if i == 0:
            continue
        token, prev = words[i], words[i - 1]
        word = token.text
        if (token.start in starts or not word.istitle() or not word.isalpha() or len(word) < 3
                or text[prev.end:token.start] != " " or not prev.text.islower()
                or not prev.text.isalpha() or prev.text in NAME_INTRODUCERS
                or prev.text in WORD_NAME_INTRODUCERS
                or not _DEMONSTRATIVE_AFTER_RE.match(text, token.end)):
            continue
        lower = word.lower()
        if (lower in CAPITALISED_NOUNS or lower in TITLE_WORDS or lower in TITLE_CONTEXT
                or lower in DAYS or lower in MONTHS or lower in HOLIDAYS
                or not (ctx.vocab.common_form(lower) or ctx.vocab.plain_word(lower))):
            continue
        yield Hit("kapital-kata-umum", token.start, token.end, lower,
                  f"Kata umum di tengah kalimat ditulis dengan huruf kecil: “{lower}”.")


# Words for a kind of person that are never a title nor a name's head (KBBI: mantan 'former',
# tokoh 'a person of note', jajaran 'the ranks of'): capitalised inside a sentence, in a list of
# guests as well (…, Tokoh Agama, Tokoh Masyarakat dan …; Mantan Bupati Kampar, Saleh Djasit),
# they are common nouns, lowercase by EYD V rule 6; a title after *mantan* keeps its capital
# (mantan Bupati Kampar), a plain common noun after either goes lowercase with it (mantan
# karyawan, tokoh masyarakat). Inside a Title Case run (Forum Tokoh Masyarakat, Ikatan Mantan
# Pejabat) the word is part of a body's name and is left.
_PERSON_KINDS = frozenset({"Mantan", "Tokoh", "Jajaran", "Jajarannya"})


# The people of a place (kepada Masyarakat Kota Bekasi, dengan Warga Desa Nibung, apalagi
# Masyarakat OKI): a common noun before the place's name, which keeps its capitals. Only after
# a wholly lowercase word: after a capitalised one the word is inside a body's name (Dinas
# Pemberdayaan Masyarakat Desa, Dewan Perwakilan Rakyat); and only before a stop, a lowercase
# word, an acronym, a name or a place's head word: a common word after it may make a group's
# own name (Masyarakat Peduli Api).
_PEOPLE_WORDS = frozenset({"Masyarakat", "Warga", "Rakyat", "Penduduk"})


def _people_of_a_place(ctx: Context, i: int) -> Hit | None:
    text, words, vocab = ctx.text, ctx.words, ctx.vocab
    token, prev = words[i], words[i - 1]
    if (token.start in ctx.starts or text[prev.end:token.start] != " "
            or not prev.text.islower() or not prev.text.isalpha()
            or prev.text in _INTRODUCERS):
        return None
    if i + 1 < len(words) and text[token.end:words[i + 1].start] == " ":
        nxt = words[i + 1].text
        lower = nxt.lower()
        if (nxt.istitle() and vocab.plain_word(lower) and lower not in LEVELS
                and lower not in PLACE_HEADS and lower not in _VILLAGE_WORDS
                and lower not in _PLACE_NAME_HEADS):
            return None
    elif not re.match(r"[ \t]*[,.;:)]", text[token.end:token.end + 3]):
        return None
    lower = token.text.lower()
    return Hit("kapital-kata-umum", token.start, token.end, lower,
               f"Kata umum di tengah kalimat ditulis dengan huruf kecil: “{lower}”.")


def _plain_generic_word(vocab: Vocabulary, lower: str) -> bool:
    """A plain common word that is no title, acronym, body, level, place head, unit or noun
    written with a capital: after a kind of person or a meeting's head it belongs to the
    generic run (Tokoh Agama, Rapat Paripurna), not to a name."""
    return (vocab.plain_word(lower) and lower not in TITLE_WORDS and lower not in vocab.acronyms
            and lower not in vocab.institutions and lower not in CAPITALISED_NOUNS
            and lower not in LEVELS and lower not in PLACE_HEADS and lower not in UNIT_WORDS)


def person_kinds(ctx: Context) -> Iterator[Hit]:
    text, words, starts = ctx.text, ctx.words, ctx.starts
    vocab = ctx.vocab
    for i in range(1, len(words)):
        token, prev = words[i], words[i - 1]
        if token.text in _PEOPLE_WORDS:
            hit = _people_of_a_place(ctx, i)
            if hit is not None:
                yield hit
            continue
        if token.text not in _PERSON_KINDS or token.start in starts or i + 1 == len(words):
            continue
        nxt = words[i + 1]
        gap = text[prev.end:token.start]
        if gap == " " and not prev.text.islower():
            continue  # Forum Tokoh Masyarakat: inside a name in Title Case
        if gap.strip(" ") != "" and gap.strip() not in (",", "(", "/"):
            continue
        if prev.text in _INTRODUCERS:
            continue  # bertajuk Tokoh Inspiratif: a given name
        if text[token.end:nxt.start] != " " or not nxt.text.isalpha():
            continue
        lower_next = nxt.text.lower()
        end = token.end
        if nxt.text.istitle() and _plain_generic_word(vocab, lower_next):
            end = nxt.end  # Tokoh Agama, Mantan Karyawan: the kind of person, both words
        elif token.text == "Tokoh" and not nxt.text.islower():
            continue  # Tokoh Kabupaten X, Tokoh PKK: an office or a body may follow
        right = text[token.start:end].lower()
        yield Hit("kapital-kata-umum", token.start, end, right,
                  f"Kata umum di tengah kalimat ditulis dengan huruf kecil: “{right}”.")


# CONVENTIONS C1 (EYD V rule 6; its own example Kegiatan Tersebut): a meeting or a visit
# named by its kind in everyday words (menggelar Rapat Paripurna di ruang sidang, melakukan
# Kunjungan Kerja (Kunker) ke …, laksanakan Apel Pagi dengan …) describes what took place and
# is lowercase. Only the head and one plain common word after it, after a wholly lowercase word
# (a capitalised one makes it part of a longer name: Ruang Rapat Utama), and before a
# lowercase word, a stop or its bracketed acronym; a capitalised word after it (Rapat
# Koordinasi dan Evaluasi, Rapat Kerja Daerah X) or a name introducer before it (bertajuk) is
# a name and is left.
_ACTIVITY_HEADS = frozenset({"Rapat", "Kunjungan", "Apel", "Sosialisasi"})
# Name introducers that introduce an activity (menggelar, kegiatan, mengikuti …): before a
# named event (menggelar Festival Danau X) they keep its capitals, but a meeting's head and
# one plain common word after them is the meeting's kind all the same (menggelar Rapat
# Paripurna di …, kegiatan Rapat Koordinasi bersama …: CONVENTIONS C1); so is a listed
# generic compound after one of the verbs (mengikuti Protokol Kesehatan yang …; after the
# nouns kegiatan/acara a compound is left: kegiatan Gotong Royong may be a programme's name).
# Not bertajuk/bernama/program …, which give a name.
_ACTIVITY_VERBS = frozenset({"menggelar", "mengadakan", "menyelenggarakan", "mengikuti",
                             "membuka"})
_ACTIVITY_INTRODUCERS = _ACTIVITY_VERBS | {"kegiatan", "acara"}
_ACTIVITY_AFTER_RE = re.compile(r"[,.;:]|[ \t]+\([A-Z][A-Za-z]{2,8}\)|[ \t]+[a-z]")
_ACTIVITY_JOINED_RE = re.compile(r"[ \t]+(?:dan|serta|atau|&)[ \t]+[A-Z]")


def activity_kinds(ctx: Context) -> Iterator[Hit]:
    text, words, vocab = ctx.text, ctx.words, ctx.vocab
    for i in range(1, len(words) - 1):
        token, prev, nxt = words[i], words[i - 1], words[i + 1]
        if (token.text not in _ACTIVITY_HEADS or token.start in ctx.starts
                or text[prev.end:token.start] != " " or not prev.text.islower()
                or not prev.text.isalpha()
                or (prev.text in _INTRODUCERS and prev.text not in _ACTIVITY_INTRODUCERS)
                or text[token.end:nxt.start] != " " or not nxt.text.istitle()
                or not nxt.text.isalpha()):
            continue
        lower = nxt.text.lower()
        if (not _plain_generic_word(vocab, lower) or lower in _VILLAGE_WORDS or lower in DAYS
                or lower in MONTHS):
            continue
        if (not _ACTIVITY_AFTER_RE.match(text, nxt.end)
                or _ACTIVITY_JOINED_RE.match(text, nxt.end)
                or in_a_regulation_title(text, token.start)):
            continue
        right = f"{token.text.lower()} {lower}"
        yield Hit("kapital-kata-umum", token.start, nxt.end, right,
                  f"Nama kegiatan yang bukan nama diri ditulis dengan huruf kecil: “{right}”.")


# Offices that every village, ward or district of a regency has (CONVENTIONS C2): two of them
# joined with no name after the pair (kepada Camat dan Kepala Desa agar …, melapor ke Lurah dan
# Camat jika …) are the offices, a group, not one person (C3 keeps Bupati dan Wakil Bupati:
# one holder each). One word or kepala + a local unit; the regional heads are above.
# Not their acronyms (Kades, Kadus): an acronym alone is written as listed (see generic_runs).
_MANY_HOLDER_WORDS = ("Camat", "Lurah", "Keuchik", "Geuchik", "Kuwu", "Perbekel", "Petinggi",
                      "Peratin", "Sangadi")
_MANY_HOLDER = (r"(?:Kepala[ \t]+(?:Desa|Dusun|Kelurahan|Kampung|Gampong|Nagari|Pekon|Ohoi"
                r"|Lingkungan|Jorong|Sekolah|Puskesmas)|" + "|".join(_MANY_HOLDER_WORDS) + ")")
_OFFICE_PAIR_RE = re.compile(
    rf"(?<=[a-z,] )(?P<a>{_MANY_HOLDER})(?:[ \t]+(?:dan|serta|atau|beserta|maupun)[ \t]+|(?P<slash>/))"
    rf"(?P<b>{_MANY_HOLDER})(?=[.,;:)]|[ \t]+[a-z])")
_ADDRESS_BEFORE_RE = re.compile(r"(?:Bapak|Ibu|Pak|Bu|Yth\.?|Sdr\.?)[ \t]+$")


def office_pairs(ctx: Context) -> Iterator[Hit]:
    """Two offices of many holders joined inside a sentence with no name after them (minta
    Camat dan Lurah memperhatikan …): each is the office, lowercase by EYD V (CONVENTIONS C2).
    Not after an address term (Bapak Camat dan Lurah) or a name introducer, nor with a name,
    place or body after the pair (Camat dan Lurah Sukamaju)."""
    text = ctx.text
    if "dan" not in text and "/" not in text and "serta" not in text:
        return
    for match in finditer_chunked(_OFFICE_PAIR_RE, text):
        if match.start() in ctx.starts:
            continue
        before = text[max(0, match.start() - 30):match.start()]
        if _ADDRESS_BEFORE_RE.search(before):
            continue
        word_before = _WORD_BEFORE_RE.search(before)
        if word_before and (word_before.group(1) in _INTRODUCERS
                            or word_before.group(1).lower() in _ATTRIBUTION_WORDS):
            continue  # kata Camat dan …: the speaker named by office
        if match.group("slash"):  # seluruh Camat/Keuchik: one pair, one finding
            lower = match.group().lower()
            yield Hit("kapital-kata-umum", match.start(), match.end(), lower,
                      f"Jabatan tanpa nama di tengah kalimat ditulis dengan huruf kecil: "
                      f"“{lower}”.")
            continue
        for name in ("a", "b"):
            lower = match.group(name).lower()
            yield Hit("kapital-kata-umum", match.start(name), match.end(name), lower,
                      f"Jabatan tanpa nama di tengah kalimat ditulis dengan huruf kecil: "
                      f"“{lower}”.")


# CONVENTIONS C11 (EYD V rule 11(f) and rule 6): the capitalised spelling-out of an acronym
# that is a common noun (Musyawarah Perencanaan Pembangunan (Musrenbang), Bantuan Langsung
# Tunai (BLT), Kepala Keluarga (KK)) is lowercase; the capital in the acronym makes no name of
# its spelling-out. The spelling-out of a body's acronym (Badan Permusyawaratan Desa (BPD),
# Dewan Perwakilan Rakyat Daerah (DPRD)) is that body's name and keeps its capitals. The two
# are told apart by the head word, as a class: a body, an office or a unit of one (badan,
# dewan, dinas, lembaga, forum, tim, satuan, bidang …), a title (Kepala Desa (Kades): C2/C3
# decide it), a region's level, or the head of an event, programme or system given its own
# name (hari, pekan, program, gerakan, festival, sistem, indeks, kawasan) leave the run; any
# other head is a meeting, an aid, a fund, a document or a kind of person (musyawarah,
# bantuan, alokasi, dana, rancangan, keluarga, pasien …). An acronym listed as a common noun
# (accept.tsv "Akronim umum": siskamling, pilkades) or as a kind of person or school (ASN,
# SD) makes the spelling-out common under an event's or a document's head too; under a
# body's head it is left (Organisasi Perangkat Daerah (OPD): the open parts' writers split
# 3 to 8 on it).
_BODY_HEADS = frozenset({
    "lembaga", "majelis", "mahkamah", "forum", "asosiasi", "ikatan", "persatuan", "perhimpunan",
    "himpunan", "perkumpulan", "paguyuban", "yayasan", "koperasi", "tim", "satuan", "satgas",
    "gugus", "panitia", "universitas", "institut", "akademi", "politeknik", "sekolah",
    "perusahaan", "bank", "partai", "tentara", "fraksi", "korps", "komando", "markas",
    "kesatuan", "angkatan", "komite", "organisasi", "kelompok", "komunitas", "badan", "dewan",
    "dinas", "suku", "kantor", "rumah", "museum", "kepolisian", "polisi", "pasukan", "barisan",
    "perum", "perseroan", "gabungan", "serikat", "liga", "federasi", "konsorsium", "jaringan",
    "pengurus", "pimpinan", "ombudsman", "otoritas", "pemerintah", "pemerintahan", "mal", "pos",
    "gedung", "pangkalan", "stasiun", "radio", "televisi", "lapas", "balai", "kampus"})
_NAMED_EVENT_HEADS = frozenset({
    "hari", "pekan", "bulan", "program", "gerakan", "festival", "lomba", "kejuaraan", "operasi",
    "jambore", "gelar", "sistem", "indeks", "kawasan", "aplikasi", "layanan", "kampung",
    "peringatan", "piala", "penghargaan", "anugerah", "tahun", "masa",
    # a letter, a card, a permit or a deed: one numbered document (Surat Keputusan (SK)
    # dari Bupati, Kartu Keluarga (KK), Nomor Induk Berusaha (NIB))
    "surat", "kartu", "nomor", "izin", "sertifikat", "akta"})
# A run's glue words: written lowercase inside a name (EYD V), in a spelling-out too.
_EXPANSION_GLUE = frozenset({"dan", "serta", "atau", "dalam", "di", "ke", "dari", "untuk",
                             "atas", "dengan", "bagi", "pada", "tentang", "antar"})
_BRACKETED_ACRONYM_RE = re.compile(r"[ \t]?\(([A-Z][A-Za-z0-9]{1,11}(?:[ \t][A-Z][A-Za-z0-9]{1,5})?)\)")
# After the bracket: a name or a number completes the phrase (Pemerintah Kabupaten (Pemkab)
# Lampung Utara, Peraturan Daerah (Perda) Nomor 3): a name, left. A year completes only a
# document's heading (Peraturan … Tahun 2024); a capitalised common word after the bracket
# (Musrenbang Kabupaten Sintang, Bimtek Penguatan Kapasitas …, BLT DD Tahun Anggaran 2026)
# starts another phrase or a place, and the meeting or the aid stays a kind (C11, C1).
_COMPLETED_AFTER_RE = re.compile(r"[ \t]+(?:[Nn]o\b|[Nn]o\.|[Nn]omor\b|\d)")
_YEAR_AFTER_RE = re.compile(r"[ \t]+[Tt]ahun[ \t]+\d")
_CAPITAL_AFTER_RE = re.compile(r"[ \t]+([A-Z][a-z]+)\b")
_DOCUMENT_HEADS = frozenset({"peraturan", "keputusan", "instruksi", "undang-undang", "anggaran",
                             "surat", "maklumat", "edaran"})
# A government named by its level only (C10: pemerintah daerah, pemerintah desa) is generic:
# inside a spelling-out it makes no body's name of it (Rencana Kerja Pemerintah Daerah (RKPD),
# Aparat Pengawasan Intern Pemerintah (APIP)).
_GENERIC_GOVERNMENT_AFTER = frozenset({"daerah", "desa", "pusat"})


def _completed_after(ctx: Context, at: int, head: str, named_kind: bool) -> bool:
    """Whether what follows the bracket at ``at`` completes the spelling-out into a name or a
    document: a number, *Nomor*, a year after a document's head, or a capitalised word that
    is no plain common word (a place's or a person's name). After the head of a programme
    or an event that may be given a name (``named_kind``: Program Pembentukan Peraturan
    Daerah (Propemperda) Kabupaten Pinrang), any capital after the bracket completes it."""
    text = ctx.text
    if _COMPLETED_AFTER_RE.match(text, at):
        return True
    if named_kind and re.match(r"[ \t]+(?:[A-Z][a-z]|[Tt]ahun\b)", text[at:at + 12]):
        return True
    if _YEAR_AFTER_RE.match(text, at):
        return head in _DOCUMENT_HEADS
    m = _CAPITAL_AFTER_RE.match(text, at)
    if m is None:
        return False
    lower = m.group(1).lower()
    return not (ctx.vocab.plain_word(lower) and ctx.vocab.speller.in_dictionary(lower))


def _a_body_inside(vocab: Vocabulary, lowers: list[str]) -> bool:
    """Whether a word after the head names a body (… Dinas …, … Badan …), apart from a
    government named by its level only (C10)."""
    for k, w in enumerate(lowers[1:], 1):
        if w not in vocab.institutions and w not in _BODY_HEADS:
            continue
        if w in ("pemerintah", "pemerintahan") and (
                k == len(lowers) - 1 or lowers[k + 1:] in ([g] for g in _GENERIC_GOVERNMENT_AFTER)):
            continue
        return True
    return False
# Heads of a person's post or rank: the spelling-out is the post (C2/C3 decide), not a kind.
_POST_HEADS = frozenset({"panglima", "inspektur", "bintara", "perwira", "tamtama", "pejabat",
                         "penjabat", "pelaksana", "pembina", "komandan", "kepala", "ketua",
                         "anggota", "staf", "asisten", "sekretaris", "wakil"})


def _spells_out(acronym: str, lowers: list[str]) -> bool:
    """Whether ``acronym`` abbreviates the run ``lowers`` (glue words aside): one initial a
    word for an acronym of capitals (ADD, BLT DD), else the acronym's letters in order through
    the words, from the first word's initial and into the last word (Musrenbang, Raperda)."""
    content = [w for k, w in enumerate(lowers) if not k or w not in _EXPANSION_GLUE]
    letters = acronym.replace(" ", "")
    if letters.isupper():  # Orang Dalam Pemantauan (ODP): a glue word may give its initial
        return letters.lower() in ("".join(w[0] for w in content),
                                   "".join(w[0] for w in lowers))
    low = letters.lower()
    if low[0] != content[0][0] or len(content) < 2:
        return False
    joined = "".join(content)
    at = 0
    for ch in low:
        at = joined.find(ch, at)
        if at < 0:
            return False
        at += 1
    return at > len(joined) - len(content[-1])


def acronym_expansions(ctx: Context) -> Iterator[Hit]:
    text, words, vocab = ctx.text, ctx.words, ctx.vocab
    if "(" not in text:
        return
    ends = {w.end: k for k, w in enumerate(words)}
    flagged_ends: set[int] = set()
    for match in finditer_chunked(_BRACKETED_ACRONYM_RE, text):
        last = ends.get(match.start())
        if last is None:
            continue
        acronym = match.group(1)
        found = None
        for first in range(last - 1, max(-1, last - 8), -1):
            run = words[first:last + 1]
            if any(text[a.end:b.start] != " " for a, b in itertools.pairwise(run)):
                break
            if not (run[0].text.istitle() and run[0].text.isalpha()):
                if run[0].text in _EXPANSION_GLUE:
                    continue
                break
            lowers = [w.text.lower() for w in run]
            if _spells_out(acronym, lowers):
                found = first
                break
        if found is None:
            continue
        run = words[found:last + 1]
        lowers = [w.text.lower() for w in run]
        if run[0].start in ctx.starts or found == 0:
            continue  # a sentence's first word keeps its capital; the rest alone is another call
        prev = words[found - 1]
        if run[0].start - 1 in flagged_ends and text[run[0].start - 1] == " ":
            pass  # … penetapan Keluarga Penerima Manfaat (KPM) Bantuan Langsung Tunai (BLT):
            # the kind after a kind just lowercased is read on its own
        elif (not prev.text.islower() or text[prev.end:run[0].start] not in (" ", ", ")
                or (prev.text in _INTRODUCERS and prev.text not in _ACTIVITY_INTRODUCERS)):
            continue  # Rapat Paripurna Istimewa Dewan … (DPRD), bertajuk …: part of a name
        if (prev.text in _EXPANSION_GLUE and found >= 2 and words[found - 2].text[:1].isupper()
                and text[words[found - 2].end:prev.start] == " "):
            continue  # Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (PTSP): one name
        if not all(w.istitle() or w in _EXPANSION_GLUE for w in (t.text for t in run)):
            continue
        if any(w in NAME_CONNECTORS for w in lowers):
            continue  # Anggaran Pendapatan dan Belanja Daerah: joined like a name's parts
        if any((w not in _EXPANSION_GLUE and not (vocab.plain_word(w)
                                                 and vocab.speller.in_dictionary(w)))
               or vocab.speller.is_english(w) for w in lowers):
            continue  # a name, a region or a foreign word inside it (Daerah Istimewa Yogyakarta)
        head = lowers[0]
        compound = " ".join(lowers) in GENERIC_COMPOUNDS  # Kepala Keluarga (KK)
        if not compound and (head in TITLE_WORDS or head in CAPITALISED_NOUNS or head in LEVELS
                             or head in _PLACE_NAME_HEADS or head in _POST_HEADS):
            continue
        bare = acronym.replace(" ", "")
        listed = (compound or bare in _GENERIC_ACRONYMS
                  or bare.lower() in vocab.common_acronyms)
        if (head in _BODY_HEADS or head in vocab.institutions or head in UNIT_WORDS
                or head in PLACE_HEADS or _a_body_inside(vocab, lowers)):
            continue  # a body's name, even of a kind of office (Organisasi Perangkat Daerah)
        if head in _NAMED_EVENT_HEADS and not listed:
            continue
        if _completed_after(ctx, match.end(), head, head in _NAMED_EVENT_HEADS):
            continue
        if in_a_regulation_title(text, run[0].start):
            continue
        right = " ".join(lowers)
        flagged_ends.add(match.end())
        yield Hit("kapital-kata-umum", run[0].start, run[-1].end, right,
                  f"Kepanjangan akronim yang bukan nama diri ditulis dengan huruf kecil: "
                  f"“{right}”.")


# A member's or a head's title with a word before it that makes it many holders (para,
# sejumlah, seluruh, beberapa, keempat, tiga) and a body after it (para Anggota DPRD,
# sejumlah Anggota Komisi I, beberapa Kepala OPD): the title then names every holder, not
# one person, so EYD V rule 6 writes it in lowercase (CONVENTIONS C2, plural and group uses);
# the body keeps its capitals. The runs rule (generic_runs) stops at a body after the title.
# (seluruh/semua Anggota KPU Kabupaten Sleman is left: all members of one body read as the
# body itself, an earlier round's choice)
_MANY_HOLDERS = GENERIC_BEFORE - {"antar", "sebuah", "suatu", "salah", "berbagai", "seluruh",
                                  "semua"} | _COUNT_WORDS | {
    "kedua", "ketiga", "keempat", "kelima", "keenam", "ketujuh", "kedelapan", "kesembilan",
    "kesepuluh", "kesebelas", "para"}
_MEMBER_TITLES = frozenset({"Anggota", "Kepala", "Ketua", "Pimpinan"})
_BODY_AFTER_RE = re.compile(r"[ \t]+(?:[A-Z]{2,8}\b(?!\.)|Komisi\b|Fraksi\b|Dewan\b|Badan\b)")
# …, Anggota DPRD Pinrang lainnya: *lainnya* after the body makes the title many holders too
_OTHERS_AFTER_RE = re.compile(r"(?:[ \t]+[A-Z][\w-]*){1,3}[ \t]+lainnya\b")


def titles_of_many_holders(ctx: Context) -> Iterator[Hit]:
    text, words, starts = ctx.text, ctx.words, ctx.starts
    for i in titled(ctx):
        if i == 0:
            continue
        token, prev = words[i], words[i - 1]
        if token.text not in _MEMBER_TITLES or token.start in starts:
            continue
        if text[prev.end:token.start] != " ":
            continue
        if not _BODY_AFTER_RE.match(text, token.end):
            continue  # para Kepala Desa hadir: the runs rule judges the title without a body
        determiner = prev.text.lower()
        if determiner in _MANY_HOLDERS and (
                prev.text.islower() or (prev.start in starts and prev.text[1:].islower())):
            why = f"sesudah “{prev.text}”"
        elif prev.text.islower() and _OTHERS_AFTER_RE.match(text, token.end):
            why = "dengan “lainnya”"
        else:
            continue
        right = token.text.lower()
        yield Hit("kapital-kata-umum", token.start, token.end, right,
                  f"Jabatan yang dipegang banyak orang ({why}) bukan nama diri, jadi ditulis "
                  f"dengan huruf kecil: “{right}”; nama badannya tetap kapital.")
