"""Tokenizer with code-point offsets.

Every token keeps its absolute ``start``/``end`` into the text it came from; nothing here
normalises the text in a way that would shift offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


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


# Order matters: the first alternative that matches at a position wins.
_URL = r"""(?:https?://|www\.)[^\s<>"']+[^\s<>"'.,;:!?)\]}]"""
_URL_RE = re.compile(_URL)
_TOKEN_RE = re.compile(
    r"""
    (?P<url>{url})
  | (?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)
  | (?P<mention>(?<![\w@])@\w+)
  | (?P<hashtag>(?<![\w#])\#\w+)
  | (?P<number>(?<![\d_])\d(?:[\d.,:/]*\d)?(?:-an)?(?!\w))
  | (?P<word>[^\W\d_](?:[^\W\d_]|['’\-](?=[^\W\d_]))*)
    """.replace("{url}", _URL),
    re.VERBOSE,
)

_SENTENCE_END_RE = re.compile(r"[.!?…]+[\"'”’)]*\s+")
# A period after these does not end a sentence (titles and common abbreviations).
_NON_FINAL_ABBREVIATIONS = frozenset({
    "h", "hj", "dr", "drs", "dra", "prof", "ir", "st", "sdr", "sdri", "yth", "no", "tn", "ny",
    "kab", "kec", "kel", "jl", "jln", "bpk", "dll", "dsb", "dkk", "a.n", "s.d",
})


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into words, URLs, e-mail addresses, @mentions, #hashtags and numbers."""
    tokens: list[Token] = []
    for match in _TOKEN_RE.finditer(text):
        kind = TokenKind(match.lastgroup or "word")
        tokens.append(Token(match.group(), match.start(), match.end(), kind))
    return tokens


def url_spans(text: str) -> list[tuple[int, int]]:
    """Start and end of every link in ``text`` (the same links :func:`tokenize` finds)."""
    return [m.span() for m in _URL_RE.finditer(text)]


def words(text: str) -> list[Token]:
    """Only the word tokens of ``text``."""
    return [t for t in tokenize(text) if t.kind is TokenKind.WORD]


def sentence_starts(text: str) -> frozenset[int]:
    """Offsets where a sentence begins: the first non-space character of the text, after a
    sentence-ending mark followed by whitespace, and after a blank line."""
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
    """1-based line and column of a code-point offset, for messages meant for people."""
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


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
