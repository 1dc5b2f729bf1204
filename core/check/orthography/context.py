"""What every EYD V rule gets (:class:`Context`: the text, its tokens and sentence starts,
the vocabulary) and yields (:class:`Hit`), and the small helpers the rules share."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

from core.check.findings import Category, Severity
from core.check.text import Token, TokenKind, in_domain_name

if TYPE_CHECKING:
    from core.check.orthography.vocabulary import Vocabulary

REFERENCE = "EYD V (Badan Bahasa, 2022)"
LETTER = r"[^\W\d_]"


@dataclass(frozen=True, slots=True)
class Hit:
    rule: str
    start: int
    end: int
    suggestion: str
    message: str
    severity: Severity = Severity.WARNING
    # A non-standard form a rule computes from its class (diakomodir) is ``standard``.
    category: Category = Category.ORTHOGRAPHY


@dataclass(frozen=True, slots=True)
class Context:
    """One text as the rules read it; the word tokens and sentence starts are computed once
    for all the rules of a check."""
    text: str
    tokens: list[Token]
    words: list[Token]
    starts: frozenset[int]
    vocab: Vocabulary
    # The places in ``words`` of the words in title case (``str.istitle``), ascending: the
    # rules that start only at such a word skip the other four words in five with it.
    title_places: list[int] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "title_places",
                           [i for i, token in enumerate(self.words) if token.text.istitle()])


def capitalised(word: str) -> str:
    return word if word[:1].isupper() else word[:1].upper() + word[1:]


def word_tokens(tokens: list[Token]) -> list[Token]:
    return [t for t in tokens if t.kind is TokenKind.WORD]


def titled(ctx: Context) -> list[int]:
    """The places in ``ctx.words`` of the words in title case, ascending (made once a check,
    with the context, for every rule that reads them)."""
    return ctx.title_places


def next_titled(ctx: Context, i: int) -> int:
    """The first place from ``i`` on of a word in title case (``len(ctx.words)`` if none)."""
    places = titled(ctx)
    k = bisect_left(places, i)
    return places[k] if k < len(places) else len(ctx.words)


def number_near(text: str, token: Token) -> bool:
    return bool(re.search(r"\d\s*$", text[max(0, token.start - 4):token.start])
                or re.match(r"\s*\d", text[token.end:token.end + 4]))


def in_domain(text: str, match: re.Match[str], group: int = 0) -> bool:
    token = Token(match.group(group), match.start(group), match.end(group), TokenKind.WORD)
    return in_domain_name(text, token) or "://" in text[max(0, match.start() - 40):match.start()]


_T = TypeVar("_T")


def judged_words(ctx: Context, judge: Callable[[str], _T | None]) -> Iterator[tuple[Token, _T]]:
    """The word tokens, in order, with what ``judge`` says of their text where it says
    something (not None). A rule that reads only the word itself and the vocabulary answers
    the same every time: each distinct word is judged once, and the answers are kept for the
    next checks (:meth:`Vocabulary.judged`: a post re-checked as the admin types is mostly
    the same words)."""
    memo: dict[str, _T | None] = ctx.vocab.judged(judge)
    for token in ctx.words:
        word = token.text
        if word in memo:
            found = memo[word]
        else:
            found = memo[word] = judge(word)
        if found is not None:
            yield token, found


# A dateline: the site's or the place's name a release opens with (Kopi Times | Medan :,
# Kab.Tasikmalaya,LHI, Sulbarpos.com , KODIM 0709/KEBUMEN,), within the text's first characters.
_DATELINE_REACH = 80
_DATELINE_WORD_RE = re.compile(r"[^\W\d_]+(?:\.[^\W\d_]+)*")


def dateline_words(text: str, start: int) -> list[str] | None:
    """The words before ``start`` when it is near enough to the text's start to be in its
    dateline (None when it is not), web addresses left out (seopini.com, DIKITA.id)."""
    if start >= _DATELINE_REACH:
        return None
    return [w for w in _DATELINE_WORD_RE.findall(text[:start]) if "." not in w
            or w.rsplit(".", 1)[1].lower() not in ("com", "id", "net", "org", "co")]
