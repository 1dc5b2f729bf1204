"""Regular expressions of rule packs, run on RE2 (``google-re2``): time linear in the text.

Python's ``re`` backtracks: one pattern such as ``(a+)+$`` in an imported pack made every
check on that PC hang (issue 15). RE2 never backtracks, so it has no look-around and no
back-references; a pack that uses them is refused when it is imported, with file, line and
rule. What a look-around was used for is written with two named groups instead:

* ``(?P<inti>…)``: the part of the match that is reported. What stands around it is context
  that must be there (``(?:^|[^\\w@])(?P<inti>@\\w+)`` for ``(?<![\\w@])@\\w+``). The next search
  starts one character before the end of the previous report, so a one-character context may
  be the last character of the previous match, as a look-behind may.
* ``(?P<tolak>…)``: when the match reaches this group, it is dropped, and no match reporting
  from the same place (the start of ``inti``, or of the whole match) counts:
  ``\\bMinggu\\b(?:\\s+(?P<tolak>ke|lalu)|)`` for ``\\bMinggu\\b(?!\\s+(?:ke|lalu))`` (RE2
  prefers the first alternative, so a listed word following vetoes the match).

Class escapes keep Python's Unicode meaning: ``\\w``, ``\\d`` and ``\\s`` (and their negations) are
translated to Unicode classes before RE2 sees them; ``\\b`` is RE2's ASCII word boundary.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from re2 import _re2  # type: ignore[import-untyped]  # google-re2's binding; its Python wrapper re-encodes the whole text per call

from core.check.rules.needles import Needles, holds_needle
from core.errors import SaringError

# Python's \s on str: the characters str.isspace() accepts (checked code point by code point in
# tests/core/check/test_safe_regex.py); \w: str.isalnum() or "_".
_SPACE = r"\t-\r\x{1c}-\x{20}\x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}"
_WORD = r"\p{L}\p{N}_"
_DIGIT = r"\p{Nd}"
_LETTER = r"[\p{L}\p{Nl}\p{No}]"  # [^\W\d_]: \w without decimal digits and "_"
_IN_CLASS = {"w": _WORD, "d": _DIGIT, "s": _SPACE}
_OUTSIDE = {"w": f"[{_WORD}]", "W": f"[^{_WORD}]", "d": _DIGIT, "D": r"\P{Nd}",
            "s": f"[{_SPACE}]", "S": f"[^{_SPACE}]", "Z": r"\z"}
_LOOK_AROUND = re.compile(r"\(\?(?:<?[=!])")
_BACKREF = re.compile(r"\\[1-9]|\(\?P=")
INTI, TOLAK, RAGU = "inti", "tolak", "ragu"
_ANCHOR_START = _re2.RE2.Anchor.ANCHOR_START
_ANCHOR_BOTH = _re2.RE2.Anchor.ANCHOR_BOTH
_UNANCHORED = _re2.RE2.Anchor.UNANCHORED
# A pattern whose matches keep being dropped (``tolak``, or an ``inti`` before the resume point)
# searches again from the next character. Past this many bytes scanned for dropped matches,
# per search and per byte of the text, it stops: at most this factor over one plain scan.
REJECT_WORK_FACTOR = 8
MAX_PROGRAM_BYTES = 8 << 20  # RE2's memory for one pattern: more is refused ("terlalu besar")


class UnsafePatternError(SaringError, ValueError):
    """A pattern RE2 cannot run; the message (Indonesian) says why and what to write instead."""


@dataclass(frozen=True, slots=True)
class SafeMatch:
    """The reported span of one match (the ``inti`` group when the pattern has one)."""

    string: str
    _start: int
    _end: int

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def span(self) -> tuple[int, int]:
        return self._start, self._end

    def group(self) -> str:
        return self.string[self._start:self._end]


def refuse_unsafe(pattern: str) -> None:
    """Raise :class:`UnsafePatternError` for look-around and back-references."""
    # (a pattern without "(?" has none: stripping escapes never makes one)
    if "(?" in pattern and _LOOK_AROUND.search(_strip_escapes(pattern)):
        raise UnsafePatternError(
            "memakai look-around ((?=…), (?!…), (?<=…) atau (?<!…)), yang tidak dapat dijalankan "
            "dengan waktu terjamin. Tulis konteksnya di luar grup (?P<inti>…) atau tolak "
            "kecocokan dengan grup (?P<tolak>…) (lihat resources/rules/README.md).")
    if _BACKREF.search(pattern):
        raise UnsafePatternError("memakai rujukan balik (\\1 atau (?P=nama)), yang tidak dapat "
                                 "dijalankan dengan waktu terjamin.")


def translate(pattern: str) -> str:
    """``pattern`` in RE2's syntax with Python's Unicode class escapes; raises
    :class:`UnsafePatternError` for look-around and back-references."""
    pattern = pattern.replace(r"[^\W\d_]", _LETTER)  # letters: Python's idiom, RE2 has no \W in [^…]
    refuse_unsafe(pattern)
    if "\\" not in pattern and "[" not in pattern:
        return pattern  # nothing to translate (most term lists)
    out: list[str] = []
    pos, in_class = 0, False
    for m in _TOKEN.finditer(pattern):  # escapes, class brackets; the rest is copied as it is
        out.append(pattern[pos:m.start()])
        pos = m.end()
        token = m.group()
        if token[0] == "\\":
            out.append(_escape(token, in_class))
        elif token == "]":
            out.append(token)
            in_class = False
        elif in_class or token.startswith("[:"):  # "[" inside a class, or [:alpha:]
            out.append(token)
        else:  # a class opens: "[", "[^", "[]", "[^]" (a "]" right after is a member)
            out.append(token)
            in_class = True
    out.append(pattern[pos:])
    return "".join(out)


def _escape(token: str, in_class: bool) -> str:
    e = token[1:2]
    if in_class and e in _IN_CLASS:
        return _IN_CLASS[e]
    if in_class and e in "WDS":
        raise UnsafePatternError(f"\\{e} di dalam [ ] tidak didukung; tulis [^…] dengan "
                                 f"\\{e.lower()} di dalamnya.")
    if not in_class and e in _OUTSIDE:
        return _OUTSIDE[e]
    if e in "uU" and len(token) > 2:
        return f"\\x{{{token[2:]}}}"
    return token


_TOKEN = re.compile(r"\\(?:u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)|\[:\w+:\]|\[\^?\]?|\]", re.DOTALL)


def _strip_escapes(pattern: str) -> str:
    return re.sub(r"\\.", "__", pattern)


# -- a loose pattern: the first look of a pattern never compiled yet -------------------------
#
# RE2 spends ~0.5 ms compiling each Unicode class (\p{L}\p{N}_, Python's \w) of a pattern into
# ~1,300 instructions: the pattern packs' ~100 patterns took ~100 ms on the first check of a
# process, though most match nothing in a given text. The loose pattern is the same pattern with
# those classes widened to cheap ones that take every character the exact class takes (and a
# negated class narrowed, so that its complement is widened): it matches wherever the exact one
# does, so where it finds nothing neither would the exact one, and the exact one is compiled
# only for a text where the loose one matches.

_LOOSE_WORD = r"0-9A-Za-z_\x{80}-\x{10ffff}"  # every character of \p{L}\p{N}_, and more
_LOOSE_LETTER = r"A-Za-z\x{80}-\x{10ffff}"  # every character of \p{L}\p{Nl}\p{No}, and more
# Unicode sets in a class: (exact, in a class taking them, in a negated class). The ASCII ones are
# in the exact sets (and so are their case folds: folding ASCII letters adds letters only).
_Sets = tuple[tuple[tuple[str, ...], str, str], ...]
_LOOSE_SETS: _Sets = (((r"\p{L}", r"\p{N}", "_"), _LOOSE_WORD, "0-9A-Za-z_"),
                      ((r"\p{L}", r"\p{Nl}", r"\p{No}"), _LOOSE_LETTER, "A-Za-z"))
_CHEAP_ESCAPES = (r"\p{Nd}", r"\P{Nd}")  # ~0.05 ms: kept exact


def loosen(translated: str) -> str | None:
    """A pattern matching wherever ``translated`` (RE2 syntax) does, with its costly Unicode
    classes made cheap; None when it has none, or holds a Unicode class this cannot widen."""
    return _rewrite_classes(translated, _LOOSE_SETS)


def _rewrite_classes(translated: str, sets: _Sets,
                     costly: tuple[str, ...] = ("\\p", "\\P")) -> str | None:
    """``translated`` with the Unicode sets of ``sets`` replaced in every class (see
    :func:`_loose_class`); None when it has none (none of the ``costly`` marks), or holds a
    Unicode class not in ``sets``."""
    if not any(mark in translated for mark in costly):
        return None
    out: list[str] = []
    pos = 0
    for m in _ESCAPE_OR_CLASS.finditer(translated):
        out.append(translated[pos:m.start()])
        pos = m.end()
        token = m.group()
        if token[0] == "[":
            body = _loose_class(token[1:-1], sets) if len(token) > 1 else None  # "[": never closed
            if body is None:
                return None
            out.append(f"[{body}]")
        elif token[1:2] in ("p", "P") and token not in _CHEAP_ESCAPES:
            return None
        else:
            out.append(token)
    out.append(translated[pos:])
    rewritten = "".join(out)
    return None if rewritten == translated else rewritten


_ESCAPE = r"(?>\\(?:[pP]\{[^}\\]{0,40}\}|x\{[0-9a-fA-F]{1,8}\}|.))"  # atomic: one way to read it
# A whole class (a "]" right after "[" or "[^" is a member), an escape, or a "[" opening no class.
_ESCAPE_OR_CLASS = re.compile(rf"\[\^?\]?(?:{_ESCAPE}|\[:\^?\w+:\]|[^\]\\])*+\]|{_ESCAPE}|\[",
                              re.DOTALL)
_CLASS_TOKEN = re.compile(rf"{_ESCAPE}|\[:\^?\w+:\]|.", re.DOTALL)


@lru_cache(maxsize=256)
def _loose_class(body: str, sets: _Sets = _LOOSE_SETS) -> str | None:
    """The members of a class (``body``: between the brackets) with the Unicode sets of
    ``sets`` (exact members, in a class taking them, in a negated class) replaced; None when
    another Unicode set remains."""
    negated = body.startswith("^")
    tokens = _CLASS_TOKEN.findall(body[1:] if negated else body)
    out = ["^"] if negated else []
    k = 0
    while k < len(tokens):
        for exact, wide, narrow in sets:
            n = len(exact)
            if tokens[k:k + n] == list(exact) and not (
                    k + n + 1 < len(tokens) and tokens[k + n] == "-") and not (
                    k > 1 and tokens[k - 1] == "-"):  # not the start or the end of a range
                out.append(narrow if negated else wide)
                k += n
                break
        else:
            token = tokens[k]
            if token[:2] in ("\\p", "\\P") and token not in _CHEAP_ESCAPES:
                return None
            out.append(token)
            k += 1
    return "".join(out)


# -- a pattern made for the characters of the texts checked ------------------------------------
#
# Even a loose look and then the exact pattern cost a cold check ~120 ms of RE2 (compiling the
# Unicode classes, then building the DFA states over them while scanning the first text). On a
# text the two Unicode sets of the packs (\w: \p{L}\p{N}_, and letters: \p{L}\p{Nl}\p{No}) only
# ever meet ASCII and the few other characters the text holds (a dash, curly quotes, é). A
# pattern whose sets are written as their ASCII part plus exactly those of the text's characters
# they take matches on that text exactly as the Unicode one does, and is as cheap to compile as
# the loose pattern. It is made for the non-ASCII characters of every text checked so far in the
# process, so the next texts reuse it; a text bringing new characters makes it again, at most
# MAX_SPECIALIZED times per pattern, then the exact pattern is compiled (as before).

# The Unicode sets of the packs, with their ASCII members; and Python's \s (its non-ASCII spaces
# are a dozen ranges of three-byte characters: listing only those a text holds saves a quarter of
# the compiling).
_WORD_SET, _LETTER_SET = (r"\p{L}", r"\p{N}", "_"), (r"\p{L}", r"\p{Nl}", r"\p{No}")
_ASCII_OF = {_WORD_SET: "0-9A-Za-z_", _LETTER_SET: "A-Za-z"}
_SPACE_SET = tuple(_CLASS_TOKEN.findall(_SPACE))
_ASCII_SPACE = r"\t-\r\x{1c}-\x{20}"
_OTHER_SPACES = frozenset("\x85\xa0\u1680\u2028\u2029\u202f\u205f\u3000"
                          + "".join(map(chr, range(0x2000, 0x200B))))
MAX_SPECIALIZED = 3  # patterns made for other characters, per pattern, before the exact one
MAX_SEEN_CHARACTERS = 256  # non-ASCII characters a made pattern lists, at most


@lru_cache(maxsize=4)
def _set_program(members: tuple[str, ...], ignore_case: bool) -> _re2.RE2:
    options = _re2.RE2.Options()
    options.case_sensitive = not ignore_case
    options.log_errors = False
    return _re2.RE2(f"[{''.join(members)}]".encode(), options)


def _in_set(members: tuple[str, ...], char: str, ignore_case: bool) -> bool:
    data = char.encode("utf-8")
    return _set_program(members, ignore_case).Match(_ANCHOR_BOTH, data, 0, len(data))[0][0] >= 0


# The verdicts of _membership for the characters Indonesian posts hold most (typographic quotes
# and dashes, bullets, a few accented letters; tests/core/check/test_safe_regex.py asks RE2 about
# each): a text of only these needs none of the four programs (~2.5 ms) compiled.
_COMMON_MEMBERSHIP: dict[str, tuple[bool, bool]] = {
    **dict.fromkeys("\u201c\u201d\u2018\u2019\u2013\u2014\u2026\u2022\u00d7\u00b1\u00b7\u00ab\u00bb"
                    "\u00a0\u2009\u200b\u00ad\u00b0\u20ac", (False, False)),
    **dict.fromkeys("\u00e9\u00e8\u00e1\u00e0\u00f6\u00fc\u00f1\u00e7\u00c9", (True, True)),
    **dict.fromkeys("\u00b2\u00b3\u00bd", (True, True)),
}


@lru_cache(maxsize=4096)
def _membership(char: str) -> tuple[bool, bool] | None:
    """Whether RE2's word set and letter set take the non-ASCII ``char``; None when case folding
    changes the answer (U+0345 folds to a letter without being one) or it is no character UTF-8
    can carry (a lone surrogate): then no pattern is made for a text holding it."""
    if char in _COMMON_MEMBERSHIP:
        return _COMMON_MEMBERSHIP[char]
    if 0xD800 <= ord(char) <= 0xDFFF:
        return None
    verdict = tuple(_in_set(s, char, False) for s in (_WORD_SET, _LETTER_SET))
    if verdict != tuple(_in_set(s, char, True) for s in (_WORD_SET, _LETTER_SET)):
        return None
    return verdict  # type: ignore[return-value]


@dataclass(frozen=True, slots=True)
class _Seen:
    """The non-ASCII characters of the texts checked so far, and the sets written for them."""

    chars: frozenset[str]
    sets: _Sets


def _sets_for(chars: frozenset[str]) -> _Sets:
    word = "".join(f"\\x{{{ord(c):x}}}" for c in sorted(chars) if _membership(c)[0])  # type: ignore[index]
    letter = "".join(f"\\x{{{ord(c):x}}}" for c in sorted(chars) if _membership(c)[1])  # type: ignore[index]
    space = _ASCII_SPACE + "".join(f"\\x{{{ord(c):x}}}" for c in sorted(chars & _OTHER_SPACES))
    return ((_WORD_SET, _ASCII_OF[_WORD_SET] + word, _ASCII_OF[_WORD_SET] + word),
            (_LETTER_SET, _ASCII_OF[_LETTER_SET] + letter, _ASCII_OF[_LETTER_SET] + letter),
            (_SPACE_SET, space, space))


_seen = _Seen(frozenset(), _sets_for(frozenset()))


def _seen_with(chars: frozenset[str]) -> _Seen | None:
    """The characters seen so far with ``chars`` (a text's); None when there are too many."""
    global _seen
    if not chars <= _seen.chars:
        union = _seen.chars | chars
        if len(union) > MAX_SEEN_CHARACTERS:
            return None
        _seen = _Seen(union, _sets_for(union))
    return _seen


@dataclass(frozen=True, slots=True)
class _Program:
    regexp: _re2.RE2
    inti: tuple[int, ...]  # the indices of the groups named inti, inti_1 … (see join_alternatives)
    tolak: tuple[int, ...]
    ragu: tuple[int, ...]  # a non-ASCII character beside a term (see word_bounded)


def _program(translated: str, ignore_case: bool) -> _Program:
    options = _re2.RE2.Options()
    options.case_sensitive = not ignore_case
    options.max_mem = MAX_PROGRAM_BYTES
    options.log_errors = False
    compiled = _re2.RE2(translated.encode("utf-8"), options)
    if not compiled.ok():
        raise UnsafePatternError(_explain(compiled.error()))
    groups = {name.decode(): index for name, index in compiled.NamedCapturingGroups()}

    def named(base: str) -> tuple[int, ...]:
        return tuple(sorted(i for n, i in groups.items() if n == base or n.startswith(base + "_")))

    return _Program(compiled, named(INTI), named(TOLAK), named(RAGU))


class SafePattern:
    """A pattern run on RE2, with the ``search``/``match``/``finditer`` of ``re`` for the
    reported span. ``check=True`` compiles it at once, to refuse a bad pack while it loads;
    otherwise it is compiled when first used. Look-around and back-references are refused at
    once either way.

    ``exact``: the same pattern with Unicode word boundaries, for a pattern whose term
    boundaries :func:`word_bounded` wrote cheaply (RE2 takes ~5 ms to compile a pattern holding
    a Unicode class such as ``\\w``: the 310 rules of baku.toml took 1.6 s). It is compiled and
    asked only when a match has a non-ASCII character beside a term."""

    __slots__ = ("_exact", "_ignore_case", "_loose", "_needles", "_program", "_rewritten", "_special",
                 "_special_chars", "_specialized", "pattern")

    def __init__(self, pattern: str, *, ignore_case: bool = False, check: bool = True,
                 exact: str | None = None,
                 needles: tuple[Needles, ...] | Callable[[], tuple[Needles, ...] | None] | None = None,
                 ) -> None:
        self.pattern = pattern
        # The needles of the alternatives (core.check.rules.needles): a text lacking them is
        # not searched, and the pattern not compiled for it. A function is asked for them
        # when first needed (most rules are never searched by a check).
        self._needles = needles
        self._ignore_case = ignore_case
        self._program: _Program | None = None
        # The pattern in RE2's syntax: made now when it is compiled now, or when only translating
        # can refuse it (\W, \D, \S inside [ ]); otherwise when first needed (a pattern whose
        # needles a text lacks never is). Look-around and back-references are refused now.
        self._rewritten: str | None = None
        if check or "\\W" in pattern or "\\D" in pattern or "\\S" in pattern:
            self._rewritten = translate(pattern)
        else:
            refuse_unsafe(pattern)
        self._exact: SafePattern | str | None = exact  # made a SafePattern when first needed
        # Until the pattern is compiled: True (its loose pattern not made yet), the loose
        # pattern's program, or None (none: see loosen).
        self._loose: _Program | bool | None = True
        # The pattern made for the non-ASCII characters ``_special_chars`` (see _seen_with), and
        # how many times one was made.
        self._special: _Program | None = None
        self._special_chars: frozenset[str] = frozenset()
        self._specialized = 0
        if check:
            self._compiled()

    @property
    def _translated(self) -> str:
        if self._rewritten is None:
            self._rewritten = translate(self.pattern)
        return self._rewritten

    def _compiled(self) -> _Program:
        if self._program is None:
            self._program = _program(self._translated, self._ignore_case)
            self._loose = None
        return self._program

    def _for_text(self, data: _Utf8) -> _Program | None:
        """A program matching on the text of ``data`` exactly as the exact pattern does: the
        exact one once compiled, else one made for the text's characters (see _seen_with); None
        when neither is at hand (look with the loose pattern first, then compile the exact)."""
        if self._program is not None:
            return self._program
        chars = data.non_ascii()
        if chars is None:
            return None
        if self._special is not None and chars <= self._special_chars:
            return self._special
        if self._specialized >= MAX_SPECIALIZED:
            return None
        seen = _seen_with(chars)
        if seen is None:
            return None
        made = _rewrite_classes(self._translated, seen.sets, ("\\p", "\\P", _SPACE))
        if made is None:  # no costly Unicode set (compiled as it is, cheaply), or one not known
            return self._compiled()
        self._special = _program(made, self._ignore_case)
        self._special_chars = seen.chars
        self._specialized += 1
        return self._special

    def _may_hold(self, text: str, whole: bool = True) -> bool:
        """False when ``text`` lacks the pattern's needles, so that it cannot match. Asked only
        until the pattern or its loose copy is compiled: the needles spare the compiling; then
        RE2 scans a long text as fast as the needles are looked for in it one by one.
        ``whole=False``: the search ends before the text does (where a word may be cut)."""
        if (self._program is not None or self._special is not None
                or isinstance(self._loose, _Program) or self._needles is None):
            return True
        if callable(self._needles):
            self._needles = self._needles()
            if self._needles is None:
                return True
        return holds_needle(text, self._needles, whole=whole)

    def _may_match(self, data: bytes, at: int) -> bool:
        """False when the pattern surely has no match in ``data`` from byte ``at`` on: before it
        is compiled, its loose pattern (see :func:`loosen`) is asked first."""
        if self._program is not None:
            return True
        if self._loose is True:
            loose = loosen(self._translated)
            try:
                self._loose = None if loose is None else _program(loose, self._ignore_case)
            except UnsafePatternError:
                self._loose = None
        if not isinstance(self._loose, _Program):
            return True
        return self._loose.regexp.Match(_UNANCHORED, data, at, len(data))[0][0] >= 0

    @property
    def program_size(self) -> int:
        """RE2's instruction count (compiles the pattern): RE2's time per character of text is
        bounded by it, so the loader caps its sum over a pack."""
        return int(self._compiled().regexp.ProgramSize())

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[SafeMatch]:
        for start, end in self._spans(text, pos, len(text) if endpos is None else endpos):
            yield SafeMatch(text, start, end)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> SafeMatch | None:
        return next(self.finditer(text, pos, endpos), None)

    def fullmatch(self, text: str) -> SafeMatch | None:
        """A match reporting the whole of ``text``."""
        found = self.match(text)
        return found if found is not None and found.end() == len(text) else None

    def match(self, text: str, pos: int = 0) -> SafeMatch | None:
        """A match whose reported span starts at ``pos`` (as ``re.match`` at ``pos``)."""
        if not self._may_hold(text):
            return None
        data = _Utf8.of(text)
        program = self._for_text(data) or self._compiled()
        if program.inti or program.ragu:
            found = self.search(text, pos)
            return found if found is not None and found.start() == pos else None
        spans = program.regexp.Match(_ANCHOR_START, data.data, data.byte(pos), len(data.data))
        if spans[0][0] < 0 or any(spans[i][0] >= 0 for i in program.tolak):
            return None
        return SafeMatch(text, pos, data.char(spans[0][1]))

    def _spans(self, text: str, pos: int, endpos: int) -> Iterator[tuple[int, int]]:
        pos, endpos = max(0, min(pos, len(text))), max(0, min(endpos, len(text)))
        if pos > endpos or not self._may_hold(text, endpos == len(text)):
            return
        whole = _Utf8.of(text)
        lo = whole.byte(pos)
        base = 0
        data = whole.data
        if endpos < len(text):  # as re does: the text ends at endpos (for $ and \b)
            base = whole.back(lo, 2)
            data = whole.data[base:whole.byte(endpos)]
        resume = lo - base  # reported spans start here or later
        # (a match may start one character before resume: see ``context`` below)
        program = self._for_text(whole)
        if program is None:
            if not self._may_match(data, _prev_char(data, resume)):
                return
            program = self._compiled()
        context = bool(program.inti)  # the pattern matches context before what it reports
        at = _prev_char(data, resume) if context else resume
        scan = _Scan(data, REJECT_WORK_FACTOR * len(data) + 4096)
        while at <= len(data):
            found = scan.next(program, at, resume)
            if found is not None and found[2] and self._exact is not None:
                if isinstance(self._exact, str):
                    self._exact = SafePattern(self._exact, ignore_case=self._ignore_case, check=False)
                found = scan.next(self._exact._for_text(whole) or self._exact._compiled(), at, resume)
            if found is None:
                return
            yield whole.char(found[0] + base), whole.char(found[1] + base)
            resume = found[1] if found[1] > found[0] else _next_char(data, found[1])
            if resume > len(data):
                return
            at = _prev_char(data, resume) if context else resume


class _Scan:
    """The search state of one ``finditer``: the places vetoed, and the work spent on dropped
    matches (capped, so that a pattern whose matches keep being dropped stays linear)."""

    __slots__ = ("banned", "budget", "data", "work")

    def __init__(self, data: bytes, budget: int) -> None:
        self.data = data
        self.budget = budget
        self.work = 0
        self.banned: set[int] = set()

    def next(self, program: _Program, at: int, resume: int) -> tuple[int, int, bool] | None:
        """The first match from byte ``at`` whose reported part starts at ``resume`` or later and
        is not vetoed: (start, end, whether a term boundary there is in doubt)."""
        data = self.data
        while at <= len(data):
            spans = program.regexp.Match(_UNANCHORED, data, at, len(data))
            if spans[0][0] < 0:
                return None
            core = next((spans[i] for i in program.inti if spans[i][0] >= 0), spans[0])
            vetoed = any(spans[i][0] >= 0 for i in program.tolak)
            if vetoed or core[0] < resume or core[0] in self.banned:
                if vetoed:
                    self.banned.add(core[0])
                self.work += spans[0][1] - at + 1
                if self.work > self.budget:
                    return None
                at = _next_char(data, spans[0][0])
                continue
            return core[0], core[1], any(spans[i][0] >= 0 for i in program.ragu)
        return None


def word_bounded(body: str) -> tuple[str, str]:
    """``body`` (an alternation of terms) reported only where no word character stands before
    or after it, as ``(?<!\\w)(?:body)(?!\\w)`` in Python: a cheap pattern (ASCII classes; a
    non-ASCII neighbour only marks the match as in doubt, in a group named ``ragu``) and the
    exact one (Unicode ``\\w``), for :class:`SafePattern`'s ``exact``."""
    word, other = r"0-9A-Za-z_", r"\x{80}-\x{10ffff}"
    before = rf"(?-i:^|[^{word}{other}]|(?P<{RAGU}_a>[{other}]))"
    after = rf"(?-i:$|[^{word}{other}]|(?P<{RAGU}_b>[{other}]))"
    return f"{before}(?P<{INTI}>{body}){after}", rf"(?:^|[^\w])(?P<{INTI}>{body})(?:[^\w]|$)"


def join_alternatives(items: list[str]) -> str:
    """``items`` as one alternation (``(?:a)|(?:b)``), earlier items preferred where two match at
    the same place. The ``inti``/``tolak``/``ragu`` groups of item *k* get the suffix ``_k`` (a
    name may occur once in a pattern); the engine reads them all."""
    renamed = (_NAMED.sub(r"(?P<\g<1>\g<2>_" + str(k) + ">", item) if "(?P<" in item else item
               for k, item in enumerate(items, 1))  # most items name no group: no sub needed
    return "|".join(f"(?:{item})" for item in renamed)


_NAMED = re.compile(r"\(\?P<(inti|tolak|ragu)(_[a-z])?>")


def _next_char(data: bytes, at: int) -> int:
    at += 1
    while at < len(data) and data[at] & 0xC0 == 0x80:
        at += 1
    return at


def _prev_char(data: bytes, at: int) -> int:
    if at <= 0:
        return 0
    at -= 1
    while at > 0 and data[at] & 0xC0 == 0x80:
        at -= 1
    return at


def _explain(error: str | bytes) -> str:
    if isinstance(error, bytes):
        error = error.decode("utf-8", "replace")
    if "pattern too large" in error:
        return "pola terlalu besar untuk dijalankan dengan aman (pecah menjadi beberapa aturan)."
    return f"pola tidak sah untuk mesin RE2: {error}"


class _Utf8:
    """A text as UTF-8 bytes, with character <-> byte offsets (kept for the last few texts:
    every rule of a check runs over the same text)."""

    __slots__ = ("_chars", "_ends", "_non_ascii", "data", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._non_ascii: frozenset[str] | bool | None = False  # not read yet
        self.data = text.encode("utf-8", "surrogatepass")
        self._chars: list[int] = []  # the index of every non-ASCII character
        self._ends: list[int] = []  # the byte offset just after it
        if len(self.data) != len(text):
            extra = 0
            for m in _NON_ASCII.finditer(text):
                for k, ch in enumerate(m.group()):
                    extra += len(ch.encode("utf-8", "surrogatepass")) - 1
                    self._chars.append(m.start() + k)
                    self._ends.append(m.start() + k + 1 + extra)

    def non_ascii(self) -> frozenset[str] | None:
        """The text's non-ASCII characters; None when a pattern cannot be made for them (see
        _membership), or there are more than MAX_SEEN_CHARACTERS."""
        if self._non_ascii is False:
            chars = frozenset(self.text[i] for i in self._chars)
            fit = len(chars) <= MAX_SEEN_CHARACTERS and all(_membership(c) for c in chars)
            self._non_ascii = chars if fit else None
        return self._non_ascii  # type: ignore[return-value]

    @staticmethod
    def of(text: str) -> _Utf8:
        return _encoded(text)

    def byte(self, char: int) -> int:
        k = bisect_left(self._chars, char)  # non-ASCII characters before ``char``
        return char if k == 0 else self._ends[k - 1] + (char - self._chars[k - 1] - 1)

    def char(self, byte: int) -> int:
        k = bisect_right(self._ends, byte)  # non-ASCII characters ending at or before ``byte``
        return byte if k == 0 else self._chars[k - 1] + 1 + (byte - self._ends[k - 1])

    def back(self, byte: int, chars: int) -> int:
        for _ in range(chars):
            byte = _prev_char(self.data, byte)
        return byte


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


@lru_cache(maxsize=4)
def _encoded(text: str) -> _Utf8:
    return _Utf8(text)
