"""Shapes: rules written as a grammar over classes of words instead of lists of phrases.

A pack's ``[[words]]`` tables name classes of words (``pilih``: the verb roots *pilih, coblos,
contreng*; ``partai``: every party's name variants; ``angka``: a number). A rule's ``shape`` is
a regular expression whose letters are those classes::

    shape = "<ajak>? <memilih:perintah> <isi>{0,3} <sasaran>"

The text is read once into tokens (words, numbers, finger emoji, commas, sentence ends;
hashtags are split into their words: ``#PilihNomor1`` → *pilih nomor 1*), each token gets the
symbol of its class, and every shape is matched over that string of symbols. Verb roots are
recognised in all their affixed forms through :mod:`core.check.morphology` (*memilih, dipilih,
pilihlah, coblosnya, memenangkan, dukunglah*), so a form nobody listed still counts; the
form is kept (``perintah``: bare, -kan/-i, -lah: an imperative; ``aktif``: meN-; ``pasif``:
di-). Nouns made from a root (*pilihan, pemilih, terpilih, kemenangan*) are not the verb.

Nothing here knows a word of Indonesian: all of it is in the packs (resources/rules/*.toml).
The format is documented in ``resources/rules/README.md``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple, Protocol

from re2 import _re2  # type: ignore[import-untyped]  # google-re2's binding (see safe_regex)

from core.check.morphology import Analysis
from core.check.wordclass import TermTable, WordClass, merged, readings, term_words
from core.errors import SaringError

__all__ = ["BUILTIN", "FORMS", "Grammar", "Reading", "ShapeError", "Token", "WordClass",
           "check_shape_syntax", "tokens_of"]

FORMS = ("perintah", "aktif", "pasif")
# Classes every grammar has; a pack cannot define them.
BUILTIN = {
    "angka": "a number of one or two digits, not starting with 0 (2, 14)",
    "angka0": "a two-digit number starting with 0 (01, 02, 0️⃣2️⃣), or a keycap digit (2️⃣: also an angka)",
    "bilangan": "any other number (2026, 112)",
    "emoji-jari": "a hand emoji that shows a count (☝ ✌ 🤟)",
    "kapital": "a capitalised word that is in no class (a name)",
    "akronim": "a word of 3 to 8 capitals in no class (a ticket's acronym: HEBAT); it is a kapital too",
    "nama-pasangan": "two capitalised words in no class joined by a hyphen (a ticket: Budi-Sari)",
    "nama": ("a kapital that looks like a person's name: a word the lexicon does not hold "
             "(with Grammar.use_lexicon), or one the post binds to a person (Pak Harun) or a "
             "candidacy (calon bupati Harun, pasangan YUFI; then also a calon-nama)"),
    "kata": "any other word",
    ",": "a comma, colon, semicolon or dash inside a sentence",
    "!": "an exclamation mark (it also ends the sentence)",
}
SENTENCE_END = "."  # <.> in a shape: a sentence end, to join two adjacent sentences
_FORM_BY_PREFIX = {"": "perintah", "me": "aktif", "di": "pasif"}
_PREFIX_BY_FORM = {form: prefix for prefix, form in _FORM_BY_PREFIX.items()}

_PUA = 0xE000  # symbols are private-use characters: never regex syntax, never in a shape
END = "\n"  # the symbol of a sentence end (and of the edges of a hashtag)
_NAMES = frozenset({("kapital", ""), ("akronim", "")})
_NAMA = ("nama", "")
# A pack's class of this name lists capitalised words the lexicon lacks that are no person's
# name (Covid, Ramadhan, a football club): they stay <kapital> but are never <nama>.
NOT_NAMES = "bukan-nama"
# Binding: the classes whose word starts a candidacy (calon bupati, paslon, pasangan) or a
# person (Pak, Bu), the classes that may stand between it and the name (nomor urut 2, Bapak,
# H.), and how many name words are taken.
_BIND_CANDIDACY = frozenset({"calon-pemilu", "calon-umum", "calon-sebutan"})
_BIND_PERSON = frozenset({"sapaan"})
_BIND_BETWEEN = frozenset({"no", "angka", "angka0", "angka-kata", "angka-nol", "kepala-daerah",
                           "sapaan", "gelar", ",", "calon-pemilu", "calon-umum", "calon-sebutan"})
_BIND_WORDS = 3
# Words that open the name of a place: a run of names bound to a candidacy stops there (the
# place is the unit's or the contest's, never part of a person's name).
_PLACE_DESIGNATORS = frozenset({
    "kabupaten", "kab", "kota", "kecamatan", "kec", "desa", "kelurahan", "provinsi", "nagari",
    "gampong", "kampung", "dusun", "jorong", "pekon", "lembang", "distrik", "kampong"})
_BIND_ELECTION = frozenset({"calon-pemilu", "calon-sebutan"})  # not calon duta, calon jemaah
_BIND_DECLARED = frozenset({"isyarat-calon", "pencalonan"})  # mencalonkan diri, resmi maju
_BIND_TITLES = frozenset({"sapaan", "gelar", "jabatan", "kepala-daerah", ","})
# A token in none of these classes opens no binding (neither a candidacy, nor a declaration,
# nor a form of address): _bind skips it without reading it further.
_BIND_OPENERS = _BIND_CANDIDACY | _BIND_ELECTION | _BIND_DECLARED | _BIND_PERSON | {"no"}


class ShapeError(SaringError, ValueError):
    """A shape that cannot be compiled; the loader turns it into a RuleFileError."""


class Token(NamedTuple):
    """A token of a reading (a named tuple: made ~2,500 times per 5,000 words, at half the
    cost of a frozen dataclass)."""

    start: int
    end: int
    symbol: str
    hashtag: bool = False


@dataclass(frozen=True, slots=True)
class Reading:
    """A text as the grammar reads it: its tokens and their symbols, one character each."""

    text: str
    tokens: tuple[Token, ...]
    symbols: str

    def sentence(self, first: int, last: int) -> tuple[int, int]:
        """Character span of the sentence around tokens ``first``..``last``. The bounds a
        hashtag puts around its words do not end the sentence it stands in (*Contoh
        pelanggaran: tagar #Pilih02 di status WA*: the sentence is all of it)."""
        symbols, tokens = self.symbols, self.tokens
        lo = symbols.rfind(END, 0, first)
        while lo >= 0 and tokens[lo].hashtag and tokens[lo].start == tokens[lo].end:
            lo = symbols.rfind(END, 0, lo)
        lo += 1
        hi = symbols.find(END, last + 1)
        while hi != -1 and tokens[hi].hashtag and tokens[hi].start == tokens[hi].end:
            hi = symbols.find(END, hi + 1)
        hi = len(tokens) if hi == -1 else hi
        while lo < hi and self.tokens[lo].start == self.tokens[lo].end:
            lo += 1
        start = self.tokens[lo].start if lo < len(self.tokens) else 0
        end = self.tokens[hi - 1].end if hi > 0 else len(self.text)
        return start, max(start, end)


def tokens_of(term: str) -> tuple[str, ...]:
    """The words of a term as the reader sees them (a hyphen separates words: PDI-P)."""
    return term_words(term)


_TOKEN_RE = re.compile(
    r"(?P<tag>#[^\W_]\w*)"
    r"|(?P<key>(?:\d\ufe0f?\u20e3)+)"
    r"|(?P<mixed>[^\W_]*(?:[^\W\d_]\d|\d[^\W\d_])[^\W_]*)"
    r"|(?P<word>[^\W\d_]+|\d+)"
    r"|(?P<emoji>[\u261d\u270c\u270b\U0001f91f\U0001f918\U0001f590\U0001f446])"
    r"|(?P<bang>!+[!?]*|[!?]*!+)"
    r"|(?P<end>[?\u2026]+|\.+(?=\s|$|[\"'”’)])|\n)"
    r"|(?P<comma>[,;:\u2013\u2014]|\s-\s)"
)
_PIECES = re.compile(r"[^\W\d_]+|\d+")  # a run of letters and digits read as before: C, 0, BL
# Digits written for the letters they look like (round 27: "C0BL0S N0 2", "P1l1h n0m0r 2"):
# 1 is i or l; 2 (janji2: a repeat), 6 and 9 are left alone.
_LOOKALIKE = {"0": "o", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b"}
_CAMEL = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+|[^\W\d_]+")
# A period after these is an abbreviation, not a sentence end (no. 2, Ir. H. Lanosin).
_VOWEL = re.compile("[AIUEO]")
_NAME_WORD = re.compile(r"[^\W\d_]+")  # the words of a name token (Budi-Sari: two)
_ABBREVIATIONS = frozenset({"no", "nmr", "dr", "drs", "ir", "h", "hj", "prof", "st", "an", "a", "n",
                            "kab", "kec", "kel", "jl", "bpk", "sdr", "kol", "purn"})


class ContextSpec(Protocol):
    """What the grammar reads of a [[context]] table (core.check.rules.loader.Context)."""

    @property
    def id(self) -> str: ...
    @property
    def shape(self) -> str: ...
    @property
    def unless(self) -> str: ...
    @property
    def scope(self) -> str: ...


class Grammar:
    """The word classes of a set of packs, merged, and their shapes compiled on demand."""

    def __init__(self, word_classes: Iterable[WordClass]) -> None:
        classes: dict[str, WordClass] = {}
        for wc in word_classes:
            old = classes.get(wc.name)
            # a local pack adds names to a shipped class
            classes[wc.name] = wc if old is None else merged(old, wc)
        self.classes: Mapping[str, WordClass] = classes
        # A symbol stands for a set of classes (a word may be in several: "ayo" is an ajak and
        # an ajak-hasut); <class> compiles to every symbol whose set holds the class.
        self._members: dict[tuple[str, str], set[str]] = {}  # (class, form) -> symbols
        self._class_cache: dict[tuple[str, str], list[str]] = {}  # (class, form) -> sorted symbols
        self._tag_symbols: dict[str, frozenset[str] | None] = {}  # a tag -> its symbols (see spans)
        # a named piece of shape -> its regex and the (class, form) pairs it uses
        self._shape_cache: dict[str, tuple[str, frozenset[tuple[str, str]]]] = {}
        self._signatures: dict[frozenset[tuple[str, str]], str] = {}
        self._symbols: dict[tuple[str, str], str] = {}  # single (class, form) -> its own symbol
        for name in [*BUILTIN, *classes]:
            named = classes.get(name)
            if named is not None and (named.union or named.shape):
                continue
            for form in (FORMS if named is not None and named.roots else ("",)):
                self._symbols[(name, form)] = self._symbol_of(frozenset({(name, form)}))
        # root -> its classes: a root may be in several (basmi: an attack verb and a cure
        # verb); its forms then carry every class that takes them (WordClass.takes).
        self._roots: dict[str, list[WordClass]] = {}
        tables: tuple[dict[tuple[str, ...], set[tuple[str, str]]], ...] = ({}, {}, {})
        not_names = classes.get(NOT_NAMES)
        self._not_names = frozenset(t.lower() for t in (not_names.terms if not_names else ()))
        for wc in classes.values():
            if wc.union or wc.shape or wc.name == NOT_NAMES:
                continue
            member = (wc.name, "perintah" if wc.roots else "")
            # In a hashtag an exact term matches any case (#ganjarpresiden), except a short
            # acronym, which is an ordinary word in lower case (#amin, #pan).
            folded = tuple(t for t in wc.exact if len(t) > 4 or not t.isupper())
            for table, terms, fold in ((tables[0], wc.terms, True), (tables[1], wc.exact, False),
                                       (tables[2], folded, True)):
                for term in terms:
                    words = tokens_of(term.lower() if fold else term)
                    if words:
                        table.setdefault(words, set()).add(member)
            for root in wc.roots:
                senses = self._roots.setdefault(root.lower(), [])
                if wc not in senses:
                    senses.append(wc)
        for root, root_classes in self._roots.items():  # every signature a verb form can have,
            suffixes = {"", *(wc.suffix for wc in root_classes)}  # now: shapes compile from them
            for form in FORMS:
                for sfx in suffixes:
                    fitting = _fitting(root_classes, form, Analysis(root, _PREFIX_BY_FORM[form], sfx))
                    if fitting:
                        self._symbol_of(fitting)
        # term tables: first word -> [(words, symbol)], longest first; exact_folded: for hashtags
        self._any_case, self._exact, self._exact_folded = (
            TermTable((words, self._symbol_of(frozenset(members))) for words, members in found.items())
            for found in tables)
        self._term_words = self._any_case.words | self._exact_folded.words
        self._lookalike_cache: dict[str, str] = {}
        self._max_words = max(self._any_case.longest, self._exact.longest)
        # A word can only be a form of a root when it holds the root without its first letter
        # (the letter a nasal prefix replaces: memilih, menyuarakan).
        stems = sorted({r[1:] for r in self._roots if len(r) > 2}, key=len, reverse=True)
        self._root_hint = re.compile("|".join(map(re.escape, stems))) if stems else None
        self._verb_cache: dict[str, str] = {}
        self._word_cache: dict[str, str] = {}
        self._starts_term: dict[str, tuple[bool, bool]] = {}  # see read
        # see _match_terms
        self._term_starts: dict[tuple[str, bool],
                                tuple[int, tuple[int, str], frozenset[str], frozenset[str]]] = {}
        self._compiled: dict[str, ShapeProgram] = {}
        # The (class, form) pairs each compiled shape's character sets were made from: a new
        # symbol (see _as_name) makes stale only the shapes using one of its pairs.
        self._uses: dict[str, frozenset[tuple[str, str]]] = {}
        self._valid: set[str] = set()  # shapes whose regex Python's re accepted
        # shape -> its needles (core.check.rules.needles: sets of tags, every match holds a
        # token of one tag of each set)
        self._needles: Mapping[str, tuple[tuple[str, ...], ...]] = {}
        self._last_present: tuple[Reading | None, frozenset[str]] = (None, frozenset())
        # context id -> (shape, unless shape): readings of a whole post (a contest); which of
        # them hold is kept for the last reading
        self._contexts: dict[str, tuple[str, str, str]] = {}
        self._last_contexts: tuple[Reading | None, dict[str, tuple[tuple[int, int], ...]]] = (None, {})
        self._last_encoded: tuple[Reading | None, bytes] = (None, b"")
        self._any = "[^" + END + self._symbols[("!", "")] + "]"
        self._kapital = self._symbols[("kapital", "")]
        self._akronim = self._symbol_of(frozenset({("kapital", ""), ("akronim", "")}))
        self._keycap = self._symbol_of(frozenset({("angka", ""), ("angka0", "")}))
        # A one-word term written in capitals among words that are not (pasangan KOMPAK,
        # coblos HEBAT) is also a name: its symbol gains kapital and akronim (made when first
        # met, see _as_name).
        self._name_symbols: dict[str, str] = {}
        # Names (see BUILTIN["nama"]): a word the lexicon lacks, and words the post binds.
        self._is_word: Callable[[str], bool] | None = None
        self._is_place: Callable[[str], bool] | None = None
        self._nama = self._symbol_of(frozenset({("kapital", ""), _NAMA}))
        cand = ({("calon-nama", "")} if "calon-nama" in classes else set())
        self._bound_candidate = self._symbol_of(frozenset({("kapital", ""), _NAMA, *cand}))
        self._bound_ticket = self._symbol_of(frozenset({*_NAMES, _NAMA, *cand}))
        self._classes_of: dict[str, frozenset[str]] = {
            sym: frozenset(name for name, _ in sig) for sig, sym in self._signatures.items()}
        self._may_bind: dict[str, bool] = {}  # symbol -> in a class of _BIND_OPENERS

    def use_lexicon(self, is_word: Callable[[str], bool],
                    is_place: Callable[[str], bool] | None = None) -> None:
        """``is_word(word)``: whether the lexicon holds ``word`` (as written, or a region
        word). A capitalised word in no class that it does not hold reads as ``<nama>``.
        ``is_place(lower)``: whether a word is a word of a province's, regency's or city's
        name; such a word capitalised inside a sentence is that place, never a verb (*Kota
        Serang*, *warga Serang*: not *serang!*)."""
        self._is_word = is_word
        self._is_place = is_place
        self._word_cache.clear()

    def _symbol_of(self, signature: frozenset[tuple[str, str]]) -> str:
        symbol = self._signatures.get(signature)
        if symbol is None:
            symbol = chr(_PUA + len(self._signatures))
            self._signatures[signature] = symbol
            self._class_cache.clear()
            self._shape_cache.clear()
            self._tag_symbols.clear()
            for member in signature:
                self._members.setdefault(member, set()).add(symbol)
            if hasattr(self, "_classes_of"):
                self._classes_of[symbol] = frozenset(name for name, _ in signature)
        return symbol

    def _as_name(self, symbol: str) -> str:
        """The symbol of ``symbol``'s classes plus kapital and akronim. A new one makes every
        compiled shape stale (their character sets lack it): they compile again when used."""
        found = self._name_symbols.get(symbol)
        if found is None:
            signature = next(k for k, v in self._signatures.items() if v == symbol)
            known = len(self._signatures)
            found = self._symbol_of(signature | _NAMES)
            if len(self._signatures) != known:  # stale: the shapes using one of its classes
                touched = signature | _NAMES
                for shape in [s for s, uses in self._uses.items() if not uses.isdisjoint(touched)]:
                    self._compiled.pop(shape, None)
                    del self._uses[shape]
            self._name_symbols[symbol] = found
        return found

    def describe(self, symbol: str) -> str:
        """The classes of a token's symbol, for tests and debugging: "ajak+ajak-hasut"."""
        if symbol == END:
            return "|"
        signature = next(k for k, v in self._signatures.items() if v == symbol)
        return "+".join(sorted(":".join(filter(None, m)) for m in signature))

    # -- reading ------------------------------------------------------------------------------

    def read(self, text: str) -> Reading:
        raw: list[tuple[int, int, str, str, bool]] = []  # start, end, kind, word, hashtag
        for m in _TOKEN_RE.finditer(text):
            kind = m.lastgroup or ""
            if kind == "tag":
                raw.append((m.start(), m.start(), "end", "", True))
                for n, (start, end, word) in enumerate(self._hashtag_words(m.group()[1:], m.start() + 1)):
                    raw.append((start - (n == 0), end, "word", word, True))  # the first with its #
                raw.append((m.end(), m.end(), "end", "", True))
            elif kind == "mixed":
                start, end = m.span()
                word = self._lookalike(m.group())
                if word:
                    raw.append((start, end, "word", word, False))
                else:
                    raw.extend((start + p.start(), start + p.end(), "word", p.group(), False)
                               for p in _PIECES.finditer(m.group()))
            elif kind == "end" and m.group().startswith(".") and raw and raw[-1][2] == "word" \
                    and raw[-1][3].lower() in _ABBREVIATIONS and _continues(text, m.end()):
                continue
            else:
                start, end = m.span()
                raw.append((start, end, kind, text[start:end], False))
        tokens: list[Token] = []
        append = tokens.append
        any_case, exact, folded = self._any_case, self._exact, self._exact_folded
        word_symbol = self._word_symbol
        starts_term = self._starts_term
        names = (self._kapital, self._akronim, self._nama, self._symbols[("kata", "")])
        i = 0
        while i < len(raw):
            start, end, kind, word, tag = raw[i]
            if kind == "word":
                starts = starts_term.get(word)
                if starts is None:  # (starts a term, starts a term in a hashtag), per word
                    low = word.lower()
                    plain = low in any_case or word in exact
                    starts = starts_term[word] = (plain, plain or low in folded)
                    if len(starts_term) > 50000:
                        starts_term.clear()
                if starts[tag]:
                    span, symbol = self._match_terms(raw, i)
                    if span == 1 and word not in exact and _stands_out(word, raw, i):
                        symbol = self._as_name(symbol)
                    if span:
                        append(Token(start, raw[i + span - 1][1], symbol, tag))
                        i += span
                        continue
                symbol = word_symbol(word)
                if symbol not in names and self._place_in_sentence(raw, i):
                    symbol = self._kapital
                pair = (self._pair_follows(text, raw, i)
                        if symbol in (self._kapital, self._akronim, self._nama) else 0)
                if pair:
                    append(Token(start, raw[i + pair][1], self._symbols[("nama-pasangan", "")], tag))
                    i += pair + 1
                    continue
            else:
                symbol = self._punct_symbol(kind, word)
            append(Token(start, end, symbol, tag))
            i += 1
        self._bind(text, tokens)
        return Reading(text, tuple(tokens), "".join([t[2] for t in tokens]))  # t[2]: its symbol

    def _place_in_sentence(self, raw: Sequence[tuple[int, int, str, str, bool]], i: int) -> bool:
        """Whether word ``i`` (read as a verb) is a place's name: capitalised, not in capitals,
        not in a hashtag, after a word or comma of its sentence, and a word of a province's,
        regency's or city's name."""
        _start, _end, _kind, word, tag = raw[i]
        return (self._is_place is not None and not tag and i > 0 and word[:1].isupper()
                and not word.isupper() and raw[i - 1][2] in ("word", "comma")
                and not raw[i - 1][4] and self._is_place(word.lower()))

    def _bind(self, text: str, tokens: list[Token]) -> None:
        """Names the post itself binds: the capitalised words right after a candidacy
        (*calon bupati Harun*, *paslon nomor urut 2 Darman*, *pasangan YUFI*) read as
        ``<calon-nama>`` everywhere in the post (*Ayo dukung Harun!*, *#HarunLagi*); those after
        a form of address (*Pak Harun*, *Bu Ratna*) as ``<nama>`` (a name the lexicon holds as
        a word: *ratna*, *budi*)."""
        candidates: dict[str, bool] = {}  # lowercase word -> written in capitals (a ticket)
        persons: set[str] = set()
        classes_of = self._classes_of
        n = len(tokens)
        may_bind = self._may_bind
        for i, token in enumerate(tokens):
            # most tokens are in none of the classes below (a cached look-up per symbol)
            opens = may_bind.get(token.symbol)
            if opens is None:
                opens = may_bind[token.symbol] = not classes_of.get(
                    token.symbol, frozenset()).isdisjoint(_BIND_OPENERS)
            if not opens:
                continue
            kinds = classes_of.get(token.symbol, frozenset())
            candidacy = not kinds.isdisjoint(_BIND_CANDIDACY) or (
                "no" in kinds and "urut" in text[token.start:token.end].lower())
            # a name the sentence opens with, then "… sebagai calon bupati" or "… mencalonkan
            # diri": Harun resmi mendaftar sebagai calon bupati
            declared = (not kinds.isdisjoint(_BIND_ELECTION) and i > 0 and any(
                "sebagai" in classes_of.get(tokens[k].symbol, frozenset()) for k in range(max(0, i - 2), i))
                ) or not kinds.isdisjoint(_BIND_DECLARED)
            if not candidacy and not declared and kinds.isdisjoint(_BIND_PERSON):
                continue
            j = i + 1
            while j < n and j - i <= 5 and not classes_of.get(tokens[j].symbol, frozenset()).isdisjoint(
                    _BIND_BETWEEN) and tokens[j].symbol != END:
                j += 1
            found = self._names_from(text, tokens, j, token.hashtag)
            if declared:
                k = i
                while k > 0 and i - k < 12 and tokens[k - 1].symbol != END:
                    k -= 1
                while k < i and not classes_of.get(tokens[k].symbol, frozenset()).isdisjoint(_BIND_TITLES):
                    k += 1
                found += self._names_from(text, tokens, k, token.hashtag)
            if candidacy and i > 1 and "," in classes_of.get(tokens[i - 1].symbol, frozenset()):
                # an apposition: Ibu Sri Wulandari, calon wakil bupati, …
                k = i - 1
                while k > 0 and i - 1 - k < _BIND_WORDS and "kapital" in classes_of.get(
                        tokens[k - 1].symbol, frozenset()):
                    k -= 1
                found += self._names_from(text, tokens[:i - 1], k, token.hashtag)
            for word in found:
                if candidacy or declared:
                    candidates[word.lower()] = word.isupper()
                else:
                    persons.add(word.lower())
        if not candidates and not persons:
            return
        kapital, akronim = self._kapital, self._akronim
        for i, token in enumerate(tokens):
            if token.symbol not in (kapital, akronim, self._nama):
                continue
            word = text[token.start:token.end].lstrip("#").lower()
            if word in candidates:
                symbol = self._bound_ticket if token.symbol == akronim else self._bound_candidate
            elif word in persons and token.symbol == kapital:
                symbol = self._nama
            else:
                continue
            tokens[i] = Token(token.start, token.end, symbol, token.hashtag)

    def _names_from(self, text: str, tokens: Sequence[Token], j: int, hashtag: bool) -> list[str]:
        """The words of the run of names (at most _BIND_WORDS tokens) that starts at token ``j``."""
        found: list[str] = []
        for token in tokens[j:j + _BIND_WORDS]:
            kinds = self._classes_of.get(token.symbol, frozenset())
            if token.hashtag != hashtag or ("kapital" not in kinds and "nama-pasangan" not in kinds):
                break
            if text[token.start:token.end].lstrip("#").lower() in _PLACE_DESIGNATORS:
                break  # calon Paskibraka Kabupaten Ranah Seruni: a place, not the candidate's name
            found += [w for w in _NAME_WORD.findall(text[token.start:token.end])
                      if len(w) >= 3 and w[:1].isupper()]
        return found

    def _pair_follows(self, text: str, raw: Sequence[tuple[int, int, str, str, bool]], i: int) -> int:
        """How many raw tokens after word ``i`` (a name) complete a pair of names joined by
        one hyphen or dash (Enos-Yudha, Budi–Sari), the second starting no term; 0 if none.
        Names in capitals pair too (RATNA-EDI, DARMAN–SRI: a ticket on a banner) when both
        have a vowel and the first has four letters or more, so programme acronyms (JKN-KIS,
        PKH-BPNT) stay two acronyms."""
        j = i + 1
        if j < len(raw) and raw[j][2] == "comma" and raw[j][3] in ("\u2013", "\u2014") \
                and raw[j][0] == raw[i][1]:
            j += 1  # a dash is read as a comma token; joined without spaces it joins names
        if j >= len(raw) or raw[j][2] != "word" or raw[j][4] != raw[i][4]:
            return 0
        between = text[raw[i][1]:raw[j][0]]
        nxt = raw[j][3]
        first = raw[i][3]
        if between not in ("-", "\u2013", "\u2014") or nxt.lower() in self._any_case \
                or nxt in self._exact:
            return 0
        if first.isupper() or nxt.isupper():
            joined = (first.isupper() and nxt.isupper() and len(first) >= 4
                      and all(_VOWEL.search(w) for w in (first, nxt))
                      and self._word_symbol(nxt) == self._akronim)
        else:
            joined = nxt[:1].isupper() and self._word_symbol(nxt) in (self._kapital, self._nama)
        return j - i if joined else 0

    def _match_terms(self, raw: Sequence[tuple[int, int, str, str, bool]], i: int) -> tuple[int, str]:
        first, tag = raw[i][3], raw[i][4]
        known = self._term_starts.get((first, tag))
        if known is None:  # per word: how far a term from it can reach, and the one-word match
            low = first.lower()
            # no term is longer than the longest starting with this word: read no further
            limit = min(self._max_words, max(
                self._exact.longest_from(first), self._any_case.longest_from(low),
                self._exact_folded.longest_from(low) if tag else 0))
            folded = self._any_case.seconds_from(low) | (
                self._exact_folded.seconds_from(low) if tag else frozenset())
            known = (limit, self._match_words([first], tag) if limit else (0, ""),
                     self._exact.seconds_from(first), folded)
            if len(self._term_starts) > 50000:
                self._term_starts.clear()
            self._term_starts[(first, tag)] = known
        limit, single, seconds, seconds_folded = known
        if limit <= 1 or i + 1 >= len(raw) or raw[i + 1][2] != "word" or raw[i + 1][4] != tag:
            return single  # the term can only be this word
        second = raw[i + 1][3]
        if second not in seconds and second.lower() not in seconds_folded:
            return single  # no term of two words or more goes on with the next word
        words: list[str] = []
        for j in range(i, min(len(raw), i + limit)):
            if raw[j][2] != "word" or (j > i and raw[j][4] != tag):
                break
            words.append(raw[j][3])
        return self._match_words(words, tag)

    def _match_words(self, words: list[str], tag: bool) -> tuple[int, str]:
        """(words, symbol) of the longest term ``words`` begins with; (0, "") if none."""
        folded = [w.lower() for w in words]
        # Case is the writer's whim in a hashtag (#ganjarpresiden): exact terms match any case.
        tables = ((self._exact, words), (self._any_case, folded)) + (
            ((self._exact_folded, folded),) if tag else ())
        for table, seq in tables:
            found = table.match(seq)
            if found is not None:
                return found
        return 0, ""

    def _word_symbol(self, word: str) -> str:
        """The symbol of a word that starts no term (cached: most words of a post recur)."""
        symbol = self._word_cache.get(word)
        if symbol is None:
            symbol = self._word_symbol_uncached(word)
            if len(self._word_cache) > 50000:
                self._word_cache.clear()
            self._word_cache[word] = symbol
        return symbol

    def _word_symbol_uncached(self, word: str) -> str:
        if word.isdigit():
            if word.startswith("0") and len(word) == 2 and word != "00":
                return self._symbols[("angka0", "")]
            if len(word) <= 2 and not word.startswith("0"):
                return self._symbols[("angka", "")]
            return self._symbols[("bilangan", "")]
        verb = self._verb(word.lower())
        if verb:
            return verb
        if word[0].isupper():
            if word.isupper() and 3 <= len(word) <= 8 and word.isalpha():
                return self._akronim
            if self._is_word is not None and word.isalpha() and len(word) >= 3 \
                    and not self._is_word(word) and word.lower() not in self._not_names:
                return self._nama
            return self._symbols[("kapital", "")]
        return self._symbols[("kata", "")]

    def _verb(self, word: str) -> str:
        """The symbol of ``word`` as a form of a root, or ""."""
        if self._root_hint is None or len(word) < 3:
            return ""
        cached = self._verb_cache.get(word)
        if cached is not None:
            return cached
        found = ""
        # A root is read as itself only; another word as the forms of a root it could be.
        candidates = (readings(word)[:1] if word in self._roots
                      else readings(word)[1:] if self._root_hint.search(word) else ())
        for a in candidates:
            hit = self._roots.get(a.root)
            form = _FORM_BY_PREFIX.get(a.prefix)
            if hit is None or form is None or a.suffix == "an":
                continue
            if a.clitic not in ("", "lah", "nya") or (form == "perintah" and a.clitic == "nya"
                                                       and a.suffix):
                continue
            members = _fitting(hit, form, a)
            if members:
                found = self._signatures[members]
                break
        if len(self._verb_cache) > 20000:
            self._verb_cache.clear()
        self._verb_cache[word] = found
        return found

    def _punct_symbol(self, kind: str, text: str) -> str:
        if kind == "key":
            return self._keycap_symbol(text)
        if kind == "emoji":
            return self._symbols[("emoji-jari", "")]
        if kind == "bang":
            return self._symbols[("!", "")]
        if kind == "comma":
            return self._symbols[(",", "")]
        return END

    def _keycap_symbol(self, text: str) -> str:
        """Keycap digits (round 28c): one keycap digit (2️⃣) or the same one repeated as a chant
        (3️⃣3️⃣3️⃣) is a number and a number written as a code, <angka> and <angka0>; two that
        start with 0 (0️⃣2️⃣) read as 02; other runs as the number their digits write (1️⃣2️⃣)."""
        digits = "".join(c for c in text if c.isdigit())
        if len(set(digits)) == 1 and digits[0] != "0":
            return self._keycap
        if len(digits) == 2 and digits[0] == "0" and digits != "00":
            return self._symbols[("angka0", "")]
        return self._word_symbol_uncached(digits)

    def _hashtag_words(self, body: str, offset: int) -> Iterator[tuple[int, int, str]]:
        """The words of a hashtag: split at capitals and digits (#PilihNomor1); a hashtag
        written in one case (#coblosnomor2) is cut into words the grammar knows, when they
        make up the whole run of letters (#hargapangan stays one word)."""
        one_case = body.islower() or body.isupper()
        for m in _CAMEL.finditer(body):
            piece = m.group()
            cuts = self._segment(piece.lower()) if one_case and piece.isalpha() else None
            for lo, hi in cuts or [(0, len(piece))]:
                yield offset + m.start() + lo, offset + m.start() + hi, piece[lo:hi]

    def _lookalike(self, token: str) -> str:
        """A run of letters and digits read as letters ("C0BL0S" → COBLOS, "P1l1h" → Pilih), when
        that gives a word the grammar knows (a term's word or a form of a listed root); else "".
        A two-character run is read only with a 0 for o ("N0"; not S1, D3, K3)."""
        found = self._lookalike_cache.get(token)
        if found is not None:
            return found
        found = ""
        if token[0].isalpha() and (len(token) > 2 or "0" in token):
            lower = any(c.islower() for c in token)
            options = [""]
            for c in token:
                if c.isdigit():
                    letters = "il" if c == "1" else _LOOKALIKE.get(c, "")
                    if not letters or len(options) > 4:
                        options = []
                        break
                    options = [o + (x if lower else x.upper()) for o in options for x in letters]
                else:
                    options = [o + c for o in options]
            found = next((o for o in options if self._known(o.lower())), "")
        if len(self._lookalike_cache) > 5000:
            self._lookalike_cache.clear()
        self._lookalike_cache[token] = found
        return found

    def _known(self, word: str) -> bool:
        return word in self._term_words or bool(self._verb(word))

    def _segment(self, word: str) -> list[tuple[int, int]] | None:
        """``word`` cut into known words (fewest pieces), or None when it cannot be."""
        n = len(word)
        if n > 40 or self._known(word):
            return None
        best: list[list[tuple[int, int]] | None] = [[]] + [None] * n
        for end in range(2, n + 1):
            for start in range(max(0, end - 20), end - 1):
                before = best[start]
                if before is not None and self._known(word[start:end]) and (
                        best[end] is None or len(before) + 1 < len(best[end] or ())):
                    best[end] = [*before, (start, end)]
        return best[n]

    # -- shapes -------------------------------------------------------------------------------

    def use_needles(self, needles: Mapping[str, tuple[tuple[str, ...], ...]]) -> None:
        """Shapes' needles (``resources/rules-needles.json``, keyed by the shape itself): a
        reading with no token of any tag of one set skips the shape, uncompiled."""
        self._needles = needles

    def _may_match(self, shape: str, reading: Reading) -> bool:
        needles = self._needles.get(shape)
        if needles is None:
            return True
        present = self._present(reading)
        for clause in needles:
            for tag in clause:
                symbols = self._symbols_of_tag(tag)
                if symbols is None or not symbols.isdisjoint(present):
                    break
            else:
                return False  # no tag of this set has a token in the text
        return True

    def _symbols_of_tag(self, tag: str) -> frozenset[str] | None:
        """The symbols a tag (``<…>`` of a shape) matches one token of; None when it is not one
        set of symbols (``<*>``, a named piece of shape, a bad tag)."""
        if tag in self._tag_symbols:
            return self._tag_symbols[tag]
        found: frozenset[str] | None = None
        names, _, form = tag.partition(":")
        if tag != "*" and (not form or form in FORMS):
            pieces: list[str] = []
            try:
                symbols = {sym for name in names.split("|")
                           for sym in self._class_symbols(name, form, (), pieces, set())}
            except ShapeError:
                symbols, pieces = set(), ["?"]
            found = None if pieces else frozenset(symbols)
        self._tag_symbols[tag] = found
        return found

    def trust(self, shapes: Iterable[str]) -> None:
        """``shapes`` are known to be valid regexes (the shipped packs' shapes, which
        tests/test_rules_data.py compiles): Python's re need not read them again. RE2 still
        compiles each, and refuses what it cannot run."""
        self._valid.update(shapes)

    def compile(self, shape: str) -> ShapeProgram:
        """The program over symbols for ``shape``, run on RE2 (time linear in the text). A
        class no pack defines matches nothing (a pack can be switched off); a bad shape, or
        one RE2 cannot run, raises ShapeError."""
        compiled = self._compiled.get(shape)
        if compiled is None:
            uses: set[tuple[str, str]] = set()
            source = self._expand(shape, (), uses)
            # A shape checked before (a shipped one, or one compiled already) is compiled on
            # RE2 for the symbols of the text it is first run on (see ShapeProgram).
            checked = shape in self._valid
            if not checked:
                _check_regex(source)
                self._valid.add(shape)
            compiled = ShapeProgram(source, END, self._symbols[("!", "")], now=not checked)
            self._compiled[shape] = compiled
            self._uses[shape] = frozenset(uses)
        return compiled

    def _expand(self, shape: str, seen: tuple[str, ...], uses: set[tuple[str, str]]) -> str:
        check_shape_syntax(shape)
        out: list[str] = []
        pos = 0
        for m in _TAG.finditer(shape):
            out.append(self._operators(shape[pos:m.start()]))
            out.append(self._tag(m.group(1), seen, uses))
            pos = m.end()
        out.append(self._operators(shape[pos:]))
        return "".join(out)

    def _operators(self, piece: str) -> str:
        """Regex operators between tags; ``$`` and ``^`` are a sentence's end and start."""
        bang = self._symbols[("!", "")]
        piece = _OUTSIDE_SPACE.sub("", piece)
        return piece.replace("$", f"(?=[{END}{bang}]|$)").replace("^", f"(?<![^{END}{bang}])")

    def _tag(self, inside: str, seen: tuple[str, ...], uses: set[tuple[str, str]]) -> str:
        if inside == "*":
            return self._any
        names, _, form = inside.partition(":")
        if form and form not in FORMS:
            raise ShapeError(f"bentuk kata {form!r} tidak dikenal (pilihan: {', '.join(FORMS)})")
        chars: list[str] = []
        pieces: list[str] = []
        for name in names.split("|"):
            for sym in self._class_symbols(name, form, seen, pieces, uses):
                chars.append(sym)
        alts = ([f"[{''.join(chars)}]"] if chars else []) + pieces
        if not alts:
            return "(?!)"
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    def _class_symbols(self, name: str, form: str, seen: tuple[str, ...],
                       pieces: list[str], uses: set[tuple[str, str]]) -> list[str]:
        if name == SENTENCE_END:
            return [END]
        wc = self.classes.get(name)
        if wc is not None and wc.shape:
            if name in seen:
                raise ShapeError(f"bentuk {name!r} memakai dirinya sendiri")
            cached = self._shape_cache.get(name)
            if cached is None:
                inner: set[tuple[str, str]] = set()
                cached = ("(?:" + self._expand(wc.shape, (*seen, name), inner) + ")", frozenset(inner))
                self._shape_cache[name] = cached
            pieces.append(cached[0])
            uses.update(cached[1])
            return []
        if wc is not None and wc.union:
            if name in seen:
                raise ShapeError(f"kelas {name!r} memakai dirinya sendiri")
            out: list[str] = []
            for member in wc.union:
                out += self._class_symbols(member, form, (*seen, name), pieces, uses)
            return out
        forms = (form,) if form else (*FORMS, "")
        uses.update((name, f) for f in forms)
        found = self._class_cache.get((name, form))
        if found is None:
            found = sorted({sym for f in forms for sym in self._members.get((name, f), ())})
            self._class_cache[(name, form)] = found
        return found

    def _encoded(self, reading: Reading) -> bytes:
        """The symbols of ``reading`` as RE2 reads them (see :func:`encode`), kept for the
        last reading: every shape of a check runs over the same one."""
        if self._last_encoded[0] is not reading:
            self._last_encoded = (reading, encode(reading.symbols, self._symbols[("!", "")]))
        return self._last_encoded[1]

    def _present(self, reading: Reading) -> frozenset[str]:
        """The symbols of ``reading``'s tokens (kept for the last reading, as _encoded)."""
        if self._last_present[0] is not reading:
            self._last_present = (reading, frozenset(reading.symbols))
        return self._last_present[1]

    def use_contexts(self, contexts: Iterable[ContextSpec]) -> None:
        """Contexts (a pack's [[context]] tables): one holds where its ``shape`` matches (in
        the finding's sentence with scope "kalimat", anywhere in the post otherwise) and its
        ``unless`` (when given) matches nowhere in the post. A later pack's context of the
        same id replaces the earlier one."""
        for context in contexts:
            self._contexts[context.id] = (context.shape, context.unless, context.scope)

    def in_context(self, names: Iterable[str], reading: Reading, first: int, last: int) -> bool:
        """Whether one of the contexts ``names`` holds for a finding over tokens
        ``first``..``last`` of ``reading``; a context no pack defines never holds (its pack
        may be switched off)."""
        if self._last_contexts[0] is not reading:
            self._last_contexts = (reading, {})
        known = self._last_contexts[1]
        for name in names:
            shape, unless, scope = self._contexts.get(name, ("", "", ""))
            if not shape:
                continue
            where = known.get(name)
            if where is None:
                where = () if unless and self._matches(unless, reading) else tuple(
                    (a, b) for _, _, a, b in self.spans(shape, reading))
                known[name] = where
            if not where:
                continue
            if scope != "kalimat":
                return True
            # the sentence of each end of the finding (one that joins two sentences needs
            # the context in both)
            if all(any(lo <= a and b < hi for a, b in where)
                   for lo, hi in {self._sentence_of(reading, first), self._sentence_of(reading, last)}):
                return True
        return False

    def _sentence_of(self, reading: Reading, i: int) -> tuple[int, int]:
        """Token bounds [lo, hi) of the sentence around token ``i``: a sentence end or an
        exclamation mark closes it."""
        symbols, bang = reading.symbols, self._symbols[("!", "")]
        lo = max(symbols.rfind(END, 0, i), symbols.rfind(bang, 0, i)) + 1
        ends = [j for j in (symbols.find(END, i), symbols.find(bang, i)) if j != -1]
        return lo, min(ends, default=len(symbols))

    def token_at(self, reading: Reading, pos: int) -> int:
        """Index of the token that holds character ``pos`` (or the next one after it)."""
        starts = [t.end for t in reading.tokens]
        return min(bisect_right(starts, pos), max(0, len(reading.tokens) - 1))

    def _matches(self, shape: str, reading: Reading) -> bool:
        return next(self.spans(shape, reading), None) is not None

    def spans(self, shape: str, reading: Reading, *, scope: str = "") -> Iterator[tuple[int, int, int, int]]:
        """(start, end, first token, last token) of each match of ``shape``. ``scope``:
        "tagar" only inside hashtags, "teks" only outside, "" both."""
        if not self._may_match(shape, reading):
            return
        program = self.compile(shape)
        for start, end in program.finditer(self._encoded(reading), self._present(reading)):
            first, last = start, end - 1
            while first <= last and reading.symbols[first] == END:
                first += 1
            while last >= first and reading.symbols[last] == END:
                last -= 1
            if last < first:
                continue
            tagged = reading.tokens[first].hashtag and reading.tokens[last].hashtag
            if (scope == "tagar" and not tagged) or (scope == "teks" and tagged):
                continue
            if tagged:  # a hashtag is one unit: the finding covers all of it
                first = reading.symbols.rfind(END, 0, first) + 1
                last = reading.symbols.find(END, last) - 1
            yield reading.tokens[first].start, reading.tokens[last].end, first, last


# Every character set of an expanded shape (symbols, END, "!") is one token, so a shape's regex is
# valid exactly when its skeleton, each set written as one character, is: Python's re reads the
# skeleton (a few dozen characters) instead of sets of hundreds of symbols, and caches it.
_CHAR_SET = re.compile(r"\[[^\]]*\]")


def _check_regex(source: str) -> None:
    """Raise ShapeError when Python's re refuses ``source`` (an expanded shape)."""
    try:
        re.compile(_CHAR_SET.sub("\ue000", source))
    except re.error:
        try:  # the whole regex decides, and its error names the place in it
            re.compile(source)
        except re.error as exc:
            raise ShapeError(f"bentuk tidak sah: {exc}") from exc


def _fitting(classes: Sequence[WordClass], form: str, reading: Analysis) -> frozenset[tuple[str, str]]:
    """The (class, form) pairs a form of a root (``reading``) has: every class of the root
    that takes the form (its required prefixes and suffix, if any)."""
    return frozenset((wc.name, form) for wc in classes if wc.takes(reading))


# -- the engine: shapes on RE2 -----------------------------------------------------------------
#
# RE2 never backtracks (time linear in the text) but has no look-around. A shape's regex is
# written with three: ``$`` (the next token ends the sentence: ``(?=[END!]|$)``), ``^`` (the token
# before did: ``(?<![^END!])``) and ``(?=…)`` at the end of a shape (what must follow the match,
# not part of it). The symbols are encoded so that the first two are RE2's multi-line anchors:
# every token is three bytes, a sentence end "\n\x01\n", an exclamation mark "\n\x02\n", any
# other token its symbol (a private-use character, three bytes in UTF-8, never a newline byte).
# ``^`` is then ``(?m:^)`` (after a newline, or at the start) and ``$`` is ``(?m:$)``, both true
# at a token boundary exactly where the look-around was. A trailing ``(?=X)`` becomes
# ``(?P<ahead_k>)(?:X)``: X is matched, and the reported match ends where the empty group stands;
# since nothing follows X, RE2's leftmost-first choice is the one Python's re made.

_BYTES_PER_TOKEN = 3
_END_BYTES, _BANG_BYTES = "\n\x01\n", "\n\x02\n"
_NEVER = "[^\\x00-\\x{10ffff}]"  # RE2 has no (?!): a class of no character
_AHEAD = "ahead"
_OPTIONS = _re2.RE2.Options()
_OPTIONS.log_errors = False
_OPTIONS.max_mem = 8 << 20
_UNANCHORED = _re2.RE2.Anchor.UNANCHORED
CHUNK_TOKENS = 4096  # tokens per search window, cut after a sentence end (see finditer)


def encode(symbols: str, bang: str) -> bytes:
    """``symbols`` (one character a token) as the bytes the shape programs run over."""
    text = symbols.replace(END, _END_BYTES).replace(bang, _BANG_BYTES)
    data = text.encode("utf-8")
    if len(data) != _BYTES_PER_TOKEN * len(symbols):  # more than 8,191 symbols: not three bytes
        raise ShapeError("terlalu banyak kelas kata untuk mesin bentuk")
    return data


class ShapeProgram:
    """A compiled shape: ``pattern``, its regex over symbols in Python's syntax (what the shape
    means; the loader reads it), run on RE2 over :func:`encode`'s bytes.

    A class of a shape lists every symbol of its word classes (hundreds, three bytes each in
    RE2); a text holds a few hundred symbols in all. Unless compiled ``now``, the program run on
    a text is made for the symbols of the texts it ran on (every class keeping only those; a
    class left empty matches nothing): on such a text it matches exactly as the whole program
    does, and compiles in a fraction of the time. A text with other symbols makes it again, at
    most MAX_MADE times, then the whole program is compiled."""

    __slots__ = ("_bang", "_end", "_made", "_made_for", "_making", "_regexp", "pattern")

    MAX_MADE = 3

    def __init__(self, pattern: str, end: str, bang: str, *, now: bool = True) -> None:
        self.pattern = pattern
        self._end, self._bang = end, bang
        self._regexp: tuple[Any, tuple[int, ...]] | None = None
        self._made: tuple[Any, tuple[int, ...]] | None = None
        self._made_for: frozenset[str] = frozenset()
        self._making = 0
        if now:
            self._regexp = _shape_re2(_to_re2(pattern, end, bang))

    def _program_for(self, symbols: frozenset[str] | None) -> tuple[Any, tuple[int, ...]]:
        if self._regexp is not None:
            return self._regexp
        if symbols is not None and self._made is not None and symbols <= self._made_for:
            return self._made
        if symbols is None or self._making >= self.MAX_MADE:
            self._regexp = _shape_re2(_to_re2(self.pattern, self._end, self._bang))
            return self._regexp
        keep = self._made_for | symbols | {self._end, self._bang}
        made = _SYMBOL_SET.sub(lambda m: _kept(m.group(1), keep), self.pattern)
        self._made = _shape_re2(_to_re2(made, self._end, self._bang))
        self._made_for = keep
        self._making += 1
        return self._made

    def finditer(self, data: bytes, symbols: frozenset[str] | None = None) -> Iterator[tuple[int, int]]:
        """(first token, token after the last) of each match, as ``re.finditer`` finds them over
        the symbols, searched in windows of about :data:`CHUNK_TOKENS` tokens cut after a
        sentence end (a shape rarely crosses one; no single search reads far). ``symbols``: the
        symbols ``data`` encodes (None: not known; the whole program runs)."""
        regexp, ahead = self._program_for(symbols)
        size = len(data)
        pos = 0
        while pos < size:
            cut = data.find(_END_BYTES.encode(), pos + CHUNK_TOKENS * _BYTES_PER_TOKEN)
            end = size if cut == -1 else cut + _BYTES_PER_TOKEN
            window = data if end == size else data[:end]
            at = pos
            while at <= end:
                spans = regexp.Match(_UNANCHORED, window, at, end)
                start, stop = spans[0]
                if start < 0:
                    break
                stop = min((spans[i][0] for i in ahead if spans[i][0] >= 0), default=stop)
                if start % _BYTES_PER_TOKEN == 0 and stop % _BYTES_PER_TOKEN == 0:
                    yield start // _BYTES_PER_TOKEN, stop // _BYTES_PER_TOKEN
                at = stop if stop > start else stop + _BYTES_PER_TOKEN
            pos = end


def _shape_re2(source: str) -> tuple[Any, tuple[int, ...]]:
    """``source`` (see :func:`_to_re2`) compiled on RE2, and the groups of its look-aheads."""
    regexp = _re2.RE2(source.encode("utf-8"), _OPTIONS)
    if not regexp.ok():
        raise ShapeError(f"bentuk tidak dapat dijalankan: {regexp.error()}")
    return regexp, tuple(i for name, i in regexp.NamedCapturingGroups()
                         if name.decode().startswith(_AHEAD))


# A class of symbols in an expanded shape (not a negated one: <*>, and the look-around of ^).
_SYMBOL_SET = re.compile(r"\[(?!\^)([^\]]*)\]")


def _kept(members: str, keep: frozenset[str]) -> str:
    kept = "".join(c for c in members if c in keep)
    return f"[{kept}]" if kept else "(?!)"


def _to_re2(pattern: str, end: str, bang: str) -> str:
    """``pattern`` (a shape's regex over symbols, as Grammar._expand writes it) in RE2's syntax
    over the encoded symbols; raises ShapeError for look-around RE2 cannot stand in for."""
    line_start = f"(?<![^{end}{bang}])"
    line_end = f"(?=[{end}{bang}]|$)"
    out: list[str] = []
    aheads = 0
    i = 0
    for m in _SPECIAL.finditer(pattern):  # the rest is copied as it is
        if m.start() < i:  # inside what was just read
            continue
        out.append(pattern[i:m.start()])
        i = m.start()
        if pattern.startswith(line_start, i):
            out.append("(?m:^)")
            i += len(line_start)
        elif pattern.startswith(line_end, i):
            out.append("(?m:$)")
            i += len(line_end)
        elif pattern.startswith("(?!)", i):
            out.append(_NEVER)
            i += 4
        elif pattern.startswith("(?=", i):
            aheads += 1
            out.append(f"(?P<{_AHEAD}_{aheads}>)(?:")
            i += 3
        elif pattern.startswith(("(?!", "(?<"), i):
            raise ShapeError("(?!…), (?<=…) dan (?<!…) tidak dapat dijalankan dengan waktu terjamin; "
                             "tulis bentuknya tanpa itu")
        elif pattern[i] == "[":
            close = pattern.index("]", i + 2)
            out.append(_class_to_re2(pattern[i + 1:close], end, bang))
            i = close + 1
        else:  # "(?" opening a group RE2 reads as it is
            out.append("(?")
            i += 2
    out.append(pattern[i:])
    source = "".join(out)
    for k in range(1, aheads + 1):
        if not _trailing(source, source.index(f"(?P<{_AHEAD}_{k}>)") + len(f"(?P<{_AHEAD}_{k}>)")):
            raise ShapeError("(?=…) hanya boleh di akhir bentuk (tidak ada yang mengikutinya)")
    return source


_SPECIAL = re.compile(r"\(\?|\[")  # where _to_re2 has something to translate


def _class_to_re2(members: str, end: str, bang: str) -> str:
    if members.startswith("^"):  # <*>: any token but a sentence end or "!"
        return "[^\\n\\x01\\x02]"
    plain = "".join(c for c in members if c not in (end, bang))
    alts = ([f"[{plain}]"] if plain else []) + ([_END_BYTES] if end in members else []) + \
        ([_BANG_BYTES] if bang in members else [])
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


def _group_close(source: str, i: int) -> int:
    """The index of the ")" that closes the group ``source[i]`` is inside (classes and the
    groups nested in it skipped); the end of ``source`` when ``i`` is in no group."""
    level = 0
    while i < len(source):
        c = source[i]
        if c == "[":
            i = source.index("]", i + 2)
        elif c == "(":
            level += 1
        elif c == ")":
            if level == 0:
                return i
            level -= 1
        i += 1
    return i


def _trailing(source: str, i: int) -> bool:
    """Whether nothing is matched after the look-ahead group opening at ``source[i]``: only
    closing brackets without a repetition follow it, and other alternatives of a group."""
    i = _group_close(source, i + 1) + 1
    while i < len(source):
        c = source[i]
        if c == ")":
            i += 1
            if i < len(source) and source[i] in "?*+{":
                return False
        elif c == "|":  # the other alternatives of the enclosing group: skip to its end
            i = _group_close(source, i + 1)
        else:
            return False
    return True


_TAG = re.compile(r"<([^<>\s]+)>")
_OUTSIDE_SPACE = re.compile(r"\s+")
_OUTSIDE_OK = re.compile(r"[\s()?*+{}|,0-9:=!$^]*")
_NAME_OK = re.compile(r"(?:\*|(?:[\w-]+|[,!.])(?:\|(?:[\w-]+|[,!.]))*(?::\w+)?)")


def check_shape_syntax(shape: str) -> None:
    """Raise ShapeError when ``shape`` holds anything but <class> tags and regex operators."""
    if not shape.strip():
        raise ShapeError("bentuk kosong")
    pos = 0
    for m in _TAG.finditer(shape):
        _check_outside(shape[pos:m.start()])
        if not _NAME_OK.fullmatch(m.group(1)):
            raise ShapeError(f"tanda {m.group()!r} tidak sah: tulis <kelas>, <kelas|kelas> "
                             "atau <kelas:bentuk>")
        pos = m.end()
    _check_outside(shape[pos:])


def _check_outside(piece: str) -> None:
    if not _OUTSIDE_OK.fullmatch(piece):
        raise ShapeError(f"di luar <…> hanya boleh operator ( ) ? * + {{m,n}} | $ ^: {piece.strip()!r}")


def _stands_out(word: str, raw: Sequence[tuple[int, int, str, str, bool]], i: int) -> bool:
    """Whether ``word`` (token ``i``) is written in capitals (3 to 8 letters) right after a
    word that is not: a name set off in a sentence, not a shouted one ("JANGAN LUPA")."""
    if not (3 <= len(word) <= 8 and word.isupper() and word.isalpha()) or raw[i][4]:
        return False
    before = raw[i - 1] if i > 0 else None
    return before is not None and before[2] == "word" and not before[3].isupper()


def _continues(text: str, pos: int) -> bool:
    """Whether the text goes on in the same line after ``pos`` (an abbreviation's period)."""
    rest = text[pos:pos + 3]
    return bool(rest) and rest[:1] != "\n" and bool(re.match(r"[ \t]*[\w(]", rest))
