"""Tokenizer with code-point offsets.

Every token keeps its absolute ``start``/``end`` into the text it came from; nothing here
normalises the text in a way that would shift offsets.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from core.check.scan_precheck import may_match


class TokenKind(StrEnum):
    WORD = "word"
    URL = "url"
    EMAIL = "email"
    MENTION = "mention"
    HASHTAG = "hashtag"
    NUMBER = "number"


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    kind: TokenKind
    normal: str = ""  # the text normalised (see tokenize), when it differs

    def norm(self) -> str:
        """The token normalised: NFC, no soft hyphen or zero-width character, straight
        apostrophes (``Peme\u00adrintah`` -> ``Pemerintah``, ``Jum’at`` -> ``Jum'at``)."""
        return self.normal or self.text


# Order matters: the first alternative that matches at a position wins.
_URL = r"""(?:https?://|www\.)[^\s<>"']+[^\s<>"'.,;:!?)\]}]"""
_URL_RE = re.compile(_URL)
_TOKEN_RE = re.compile(
    r"""
    (?P<url>{url})
  | (?P<email>[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+)
  | (?P<mention>(?<![\w@])@\w+)
  | (?P<hashtag>(?<![\w#])\#\w+)
  | (?P<number>(?<![\d_])\d(?:[\d.,:/]*\d)?(?:-an)?(?!\w))
  | (?P<word>[^\W\d_](?:[^\W\d_]|['’\-](?=[^\W\d_]))*)
    """.replace("{url}", _URL),
    re.VERBOSE,
)

# Only from the first mark of a run: tried from every mark of a long run ("……" × 50,000 with
# no space after it) the scan was quadratic; a later start never matches where the first fails.
_SENTENCE_END_RE = re.compile(r"(?<![.!?…])[.!?…]+[\"'”’)]*\s+")
# A period after these does not end a sentence (titles and common abbreviations).
_NON_FINAL_ABBREVIATIONS = frozenset({
    "h", "hj", "dr", "drs", "dra", "prof", "ir", "st", "sdr", "sdri", "yth", "no", "tn", "ny",
    "kab", "kec", "kel", "jl", "jln", "bpk", "dll", "dsb", "dkk", "a.n", "s.d",
})


_KINDS = {kind.value: kind for kind in TokenKind}
# Characters that never belong to what a word means: soft hyphen, zero-width space and joiners,
# word joiner, byte-order mark. Pasted text from web pages and PDFs carries them inside words.
_INVISIBLE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")
_NEEDS_NORMALISING_RE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff\u2018\u2019\u02bc`]")
_APOSTROPHES = {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"}
_last: tuple[str, tuple[Token, ...]] = ("", ())


# Longer tokens are no words: spelling reports them once as such and never looks them up by
# pieces or builds their one-edit neighbours (a 30,000-letter "word" took 18 GB that way). The
# longest word of the real texts in bench/ has 30 letters; mempertanggungjawabkannya has 25.
MAX_WORD_CHARS = 50


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into words, URLs, e-mail addresses, @mentions, #hashtags and numbers.

    ``text[start:end] == token.text`` always; :meth:`Token.norm` gives the token normalised
    (NFC, no soft hyphen or zero-width character, straight apostrophes), so a word split by an
    invisible character is still one word. The last result is kept: the checkers of one post
    tokenise the same text."""
    global _last
    if _last[0] is text or (len(_last[0]) == len(text) and _last[0] == text):
        return list(_last[1])
    if _NEEDS_NORMALISING_RE.search(text) is None and unicodedata.is_normalized("NFC", text):
        tokens = tuple(Token(m.group(), m.start(), m.end(), _KINDS[m.lastgroup or "word"])
                       for m in _TOKEN_RE.finditer(text))
    else:
        tokens = tuple(_tokenize_normalised(text))
    _last = (text, tokens)
    return list(tokens)


def normalise(text: str) -> tuple[str, list[int], list[int]]:
    """``text`` in NFC without invisible characters and with straight apostrophes, and for
    each character of the result the offset in ``text`` where it starts and where it ends."""
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for i, char in enumerate(text):
        if char in _INVISIBLE:
            continue
        if chars and unicodedata.combining(char):
            composed = unicodedata.normalize("NFC", chars[-1] + char)
            if len(composed) == 1:
                chars[-1] = composed
                ends[-1] = i + 1
                continue
        chars.append(_APOSTROPHES.get(char, char))
        starts.append(i)
        ends.append(i + 1)
    return "".join(chars), starts, ends


def _tokenize_normalised(text: str) -> Iterator[Token]:
    clean, starts, ends = normalise(text)
    for match in _TOKEN_RE.finditer(clean):
        start, end = starts[match.start()], ends[match.end() - 1]
        original = text[start:end]
        yield Token(original, start, end, _KINDS[match.lastgroup or "word"],
                    "" if original == match.group() else match.group())


def url_spans(text: str) -> list[tuple[int, int]]:
    """Start and end of every link in ``text`` (the same links :func:`tokenize` finds)."""
    return [m.span() for m in finditer_chunked(_URL_RE, text)]


# A link without a scheme, as twitter-text finds one: host labels and a known top-level domain;
# after a slash only in a dateline (PANGKALAN BUN/tabengan.com), never inside a path.
_TLDS = ("com|net|org|info|biz|edu|gov|mil|int|io|co|id|me|tv|ly|gl|gd|cc|ws|ai|app|dev|xyz|"
         "online|site|web|top|club|news|store|tech|asia|my|sg|au|uk|us|jp|kr|cn|in|de|nl|fr")
_BARE_DOMAIN_RE = re.compile(
    rf"(?<![\w@.\-:])(?-i:(?<![a-z0-9._~\-/]/))(?:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?\.)+(?:{_TLDS})(?![\w]|-\w)"
    r"(?::\d{1,5})?(?:/[^\s<>\"']*[^\s<>\"'.,;:!?)\]}])?", re.IGNORECASE)


# The last text link_spans read and its answer: spelling, orthography, the sources check and
# the informativeness cues each ask for the same text's links (the bare-domain scan is one of
# the costliest of a long text). Forgotten with the sentence starts.
_last_links: tuple[str, list[tuple[int, int]]] | None = None


def link_spans(text: str) -> list[tuple[int, int]]:
    """Every link, sorted: URLs with a scheme or www. (:func:`url_spans`) and bare domains with
    their path (``cekbansos.kemensos.go.id``, ``s.id/formpkk``, ``bit.ly/abc``)."""
    global _last_links
    last = _last_links
    if last is not None and last[0] is text:
        return list(last[1])
    spans = _link_spans(text)
    _last_links = (text, spans)
    return list(spans)


def _link_spans(text: str) -> list[tuple[int, int]]:
    spans = url_spans(text)
    taken = [range(a, b) for a, b in spans]
    for match in finditer_chunked(_BARE_DOMAIN_RE, text):
        if not any(match.start() in r for r in taken):
            spans.append(match.span())
    return sorted(spans)


def words(text: str) -> list[Token]:
    """Only the word tokens of ``text``."""
    return [t for t in tokenize(text) if t.kind is TokenKind.WORD]


# The last text sentence_starts read and its answer: the checks of one post (spelling,
# orthography, the packs, overlap) each ask for the same text's starts.
_last_starts: tuple[str, frozenset[int]] | None = None


def sentence_starts(text: str) -> frozenset[int]:
    """Offsets where a sentence begins: the first non-space character of the text, after a
    sentence-ending mark followed by whitespace, and after a blank line."""
    global _last_starts
    last = _last_starts
    if last is not None and last[0] is text:
        return last[1]
    found = _sentence_starts(text)
    _last_starts = (text, found)
    return found


def forget_sentence_starts() -> None:
    """Drop the remembered starts and links: the next check reads its text afresh
    (Checker.check calls this first, so a check of a text just checked costs what a new text
    costs)."""
    global _last_starts, _last_links
    _last_starts = None
    _last_links = None


def _sentence_starts(text: str) -> frozenset[int]:
    starts: set[int] = set()
    first = len(text) - len(text.lstrip())
    if first < len(text):
        starts.add(first)
    for match in _SENTENCE_END_RE.finditer(text):
        if match.end() < len(text) and not _ends_with_abbreviation(text, match.start()):
            starts.add(match.end())
    for match in re.finditer(r"\n\s*", text):  # each new line of a post starts afresh
        if match.end() < len(text):
            starts.add(match.end())
    return frozenset(starts)


_WORD_BEFORE_RE = re.compile(r"[\w.]*$")


def _ends_with_abbreviation(text: str, period: int) -> bool:
    if text[period] != ".":
        return False
    # Only the few characters before the period matter; never copy the whole text.
    word = _WORD_BEFORE_RE.search(text, max(0, period - 12), period)
    before = word.group().lower() if word else ""
    return before in _NON_FINAL_ABBREVIATIONS or (len(before) == 1 and before.isalpha())


def is_abbreviation(word: str) -> bool:
    """Whether ``word`` written before a period is a title or common abbreviation (``Dr.``,
    ``dll.``) rather than a word."""
    return word.lower() in _NON_FINAL_ABBREVIATIONS


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a code-point offset, for messages meant for people. For
    many offsets into one text use :class:`LineIndex` (this reads the text up to ``offset``)."""
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


class LineIndex:
    """1-based line and column of offsets into one text, in O(log lines) each: a report on
    a long text asks for every finding's place."""

    def __init__(self, text: str) -> None:
        self._starts = [0, *(m.end() for m in re.finditer("\n", text))]

    def line_col(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1


def match_case(candidate: str, model: str) -> str:
    """``candidate`` cased like ``model``: ALL CAPS, Capitalised, or as it is."""
    if model.isupper() and len(model) > 1:
        return candidate.upper()
    if model[:1].isupper() and candidate[:1].islower():
        return candidate[:1].upper() + candidate[1:]
    return candidate


def fold_separators(phrase: str) -> str:
    """Lowercase ``phrase`` with each run of spaces or hyphens made one space, so that
    ``Salam-Dua  Jari`` and ``salam dua jari`` compare equal."""
    return re.sub(r"[\s\-]+", " ", phrase.strip().lower())


def first_line(text: str, width: int) -> str:
    """The first line of ``text``, cut to ``width`` characters with an ellipsis: a post's
    stand-in title in lists."""
    line = text.strip().split("\n", 1)[0]
    return line if len(line) <= width else line[: width - 1] + "…"


# Python's re holds the GIL for a whole scan between two matches: one rule over a 1 MB paste
# held it up to 0.3 s, and the window (whose event handlers are Python) froze meanwhile.
# Scanning in chunks hands the GIL back between them (bench/ui_latency.py).
CHUNK = 16_384  # characters scanned per call
MARGIN = 4_096  # look-ahead past a chunk's end, so matches that start inside it are whole


class LazyPattern:
    """A regular expression compiled the first time it is used. Loading the rule packs
    compiled some 470 expressions (~0.3 s, most of the checker's start-up), while a post
    reaches only the few rules whose words it holds; use it only for expressions built from
    escaped terms, which cannot fail to compile (a user's own expression is compiled at
    once, so that its error is reported when the pack loads), for the cue files the build
    checked (core.check.cues), and for the code's own constants (core.check.sources: a test
    compiles every one)."""

    __slots__ = ("_compiled", "_flags", "_source")

    def __init__(self, source: str | Callable[[], str], flags: int = 0) -> None:
        # ``source`` may be a function that writes it, called when first needed (a cue's long
        # alternation of terms is written only if a check ever asks for it).
        self._source = source
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def pattern(self) -> str:
        if not isinstance(self._source, str):
            self._source = self._source()
        return self._source

    @property
    def flags(self) -> int:
        """The flags it is compiled with (as given: ``re`` adds UNICODE to a str pattern)."""
        return self._flags

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self._flags)
        return self._compiled

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0,
                  endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0,
                 endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled.findall(string, pos, endpos)


def finditer_chunked(pattern: re.Pattern[str] | LazyPattern | str, text: str, *,
                     chunk: int = CHUNK, margin: int = MARGIN) -> Iterator[re.Match[str]]:
    """The matches of ``pattern.finditer(text)``, scanned ``chunk`` characters at a time.
    Look-behind and ``\\b`` still see the text before a chunk (``pos`` does not cut the
    string). A match that reaches into the second half of the look-ahead margin (where the
    chunk's artificial end could have cut it, or satisfied a ``$``) is matched again against
    the whole text, so it comes out as one scan finds it. Only a pattern whose failed attempts
    look further ahead than ``margin`` characters can differ."""
    if isinstance(pattern, str):
        pattern = re.compile(pattern)
    elif isinstance(pattern, LazyPattern):
        pattern = pattern.compiled
    if isinstance(pattern, re.Pattern) and not may_match(pattern, text):
        return  # RE2 ran a widened copy of the pattern over the text and found nothing
    pos, size = 0, len(text)
    while pos < size or (pos == 0 and size == 0):
        boundary = min(pos + chunk, size)
        limit = min(boundary + margin, size)
        resume = boundary
        for match in pattern.finditer(text, pos, limit):
            if match.start() >= boundary and boundary < size:
                break
            if limit < size and match.end() > limit - margin // 2:
                whole = pattern.match(text, match.start())
                if whole is None:
                    continue
                match = whole
            yield match
            resume = max(resume, match.end())
        if boundary >= size:
            return
        pos = resume


def findall_chunked(pattern: re.Pattern[str], text: str) -> list[str]:
    """``pattern.findall(text)`` for a pattern whose matches never span a space, scanned in
    pieces of about :data:`CHUNK` characters cut after a space: one findall over a 1 MB paste
    would hold the GIL for its whole scan (~50 ms)."""
    found: list[str] = []
    pos = 0
    while pos < len(text):
        cut = text.find(" ", pos + CHUNK)
        end = len(text) if cut == -1 else cut + 1
        found += pattern.findall(text, pos, end)
        pos = end
    return found


def search_chunked(pattern: re.Pattern[str] | LazyPattern | str, text: str) -> re.Match[str] | None:
    """``pattern.search(text)``, scanned in chunks as :func:`finditer_chunked` does."""
    return next(finditer_chunked(pattern, text), None)


_DOMAIN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-")
_MAX_HOST = 253  # characters of a host name (RFC 1035)


def _in_host(char: str) -> bool:
    return char.lower() in _DOMAIN_CHARS or char == "."


# The characters _in_host accepts (ASCII letters, digits, "-", "." and the Kelvin sign, whose
# lower case is "k"), as a class: a text's runs of them are found in one scan.
_HOST_RUN_RE = re.compile(r"[A-Za-z0-9.\-\u212a]+")
_last_runs: tuple[str, list[int], list[int]] = ("", [], [])


def _host_run(text: str, at: int) -> tuple[int, int] | None:
    """The run of host-name characters holding ``text[at]``, or None (the runs are found once
    per text: reading the run around each of its words was quadratic on "ab.ab.ab…")."""
    global _last_runs
    if _last_runs[0] is not text and not (len(_last_runs[0]) == len(text) and _last_runs[0] == text):
        spans = [m.span() for m in _HOST_RUN_RE.finditer(text)]
        _last_runs = (text, [lo for lo, _ in spans], [hi for _, hi in spans])
    _, starts, ends = _last_runs
    k = bisect_right(starts, at) - 1
    return (starts[k], ends[k]) if k >= 0 and ends[k] > at else None


def in_domain_name(text: str, token: Token) -> bool:
    """Whether ``token`` is a label of a host name (``sukamajukab`` in ``x.sukamajukab.go.id``):
    a dot joins it to letters on either side, and the dotted run ends in a known ending."""
    start, end = token.start, token.end
    joined_after = text[end:end + 1] == "." and text[end + 1:end + 2].isalnum()
    joined_before = start >= 2 and text[start - 1] == "." and text[start - 2].isalnum()
    if not (joined_after or joined_before) or end - start > _MAX_HOST:
        return False
    # The host characters right before and after the token; a run longer than a host name
    # either way is no host name.
    before = _host_run(text, start - 1) if start > 0 else None
    after = _host_run(text, end) if end < len(text) else None
    left = start if before is None else before[0]
    right = end if after is None else after[1]
    if left < end - _MAX_HOST - 1 or right > start + _MAX_HOST + 1:
        return False
    # A dash right after the name is no part of it (the dateline "PEMALANG, mediakita.co- …").
    host = text[left:right].rstrip(".-").lower()
    return host.endswith((".id", ".com", ".net", ".org", ".info", ".io", ".co"))
