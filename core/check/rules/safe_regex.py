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
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from re2 import _re2  # type: ignore[import-untyped]  # google-re2's binding; its Python wrapper re-encodes the whole text per call

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
INTI, TOLAK = "inti", "tolak"
_ANCHOR_START = _re2.RE2.Anchor.ANCHOR_START
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


def translate(pattern: str) -> str:
    """``pattern`` in RE2's syntax with Python's Unicode class escapes; raises
    :class:`UnsafePatternError` for look-around and back-references."""
    pattern = pattern.replace(r"[^\W\d_]", _LETTER)  # letters: Python's idiom, RE2 has no \W in [^…]
    if _LOOK_AROUND.search(_strip_escapes(pattern)):
        raise UnsafePatternError(
            "memakai look-around ((?=…), (?!…), (?<=…) atau (?<!…)), yang tidak dapat dijalankan "
            "dengan waktu terjamin. Tulis konteksnya di luar grup (?P<inti>…) atau tolak "
            "kecocokan dengan grup (?P<tolak>…) (lihat resources/rules/README.md).")
    if _BACKREF.search(pattern):
        raise UnsafePatternError("memakai rujukan balik (\\1 atau (?P=nama)), yang tidak dapat "
                                 "dijalankan dengan waktu terjamin.")
    out: list[str] = []
    i, in_class = 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\" and i + 1 < len(pattern):
            e = pattern[i + 1]
            if in_class and e in _IN_CLASS:
                out.append(_IN_CLASS[e])
            elif in_class and e in "WDS":
                raise UnsafePatternError(f"\\{e} di dalam [ ] tidak didukung; tulis [^…] dengan "
                                         f"\\{e.lower()} di dalamnya.")
            elif not in_class and e in _OUTSIDE:
                out.append(_OUTSIDE[e])
            elif e in "uU" and _HEX.fullmatch(digits := pattern[i + 2:i + (6 if e == "u" else 10)]) \
                    and len(digits) == (4 if e == "u" else 8):
                out.append(f"\\x{{{digits}}}")
                i += len(digits) + 2
                continue
            else:
                out.append(pattern[i:i + 2])
            i += 2
            continue
        if in_class:
            if c == "]" and not _class_opening(pattern, i):
                in_class = False
            elif c == "[" and pattern[i + 1:i + 2] == ":":  # [[:alpha:]]: RE2 knows it too
                end = pattern.find(":]", i + 2)
                if end != -1:
                    out.append(pattern[i:end + 2])
                    i = end + 2
                    continue
        elif c == "[":
            in_class = True
        out.append(c)
        i += 1
    return "".join(out)


def _class_opening(pattern: str, i: int) -> bool:
    """Whether the ``]`` at ``i`` is a literal first member of a class (``[]a]``, ``[^]a]``)."""
    j = i - 1
    if j >= 0 and pattern[j] == "^":
        j -= 1
    return j >= 0 and pattern[j] == "[" and (j == 0 or pattern[j - 1] != "\\")


def _strip_escapes(pattern: str) -> str:
    return re.sub(r"\\.", "__", pattern)


class SafePattern:
    """A pattern run on RE2, with the ``search``/``match``/``finditer`` of ``re`` for the
    reported span. ``check=True`` compiles it at once, to refuse a bad pack while it loads;
    otherwise it is compiled when first used (RE2 takes 2-4 ms for a pattern with Unicode
    classes: the 310 rules of baku.toml took 1.6 s compiled at once, while a post reaches only the
    few rules whose words it holds). Look-around and back-references are refused at once either
    way."""

    __slots__ = ("_compiled", "_ignore_case", "_inti", "_tolak", "_translated", "pattern")
    _inti: tuple[int, ...]  # the indices of the groups named inti, inti_1 … (see join_alternatives)
    _tolak: tuple[int, ...]

    def __init__(self, pattern: str, *, ignore_case: bool = False, check: bool = True) -> None:
        self.pattern = pattern
        self._ignore_case = ignore_case
        self._compiled: _re2.RE2 | None = None
        self._inti = self._tolak = ()
        self._translated = translate(pattern)  # refuses look-around and back-references at once
        if check:
            self._regexp()

    def _regexp(self) -> _re2.RE2:
        if self._compiled is None:
            options = _re2.RE2.Options()
            options.case_sensitive = not self._ignore_case
            options.max_mem = MAX_PROGRAM_BYTES
            options.log_errors = False
            compiled = _re2.RE2(self._translated.encode("utf-8"), options)
            if not compiled.ok():
                raise UnsafePatternError(_explain(compiled.error()))
            groups = {name.decode(): index for name, index in compiled.NamedCapturingGroups()}
            self._inti = tuple(sorted(i for n, i in groups.items() if _named(n, INTI)))
            self._tolak = tuple(sorted(i for n, i in groups.items() if _named(n, TOLAK)))
            self._compiled = compiled
        return self._compiled

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[SafeMatch]:
        for start, end in self._spans(text, pos, len(text) if endpos is None else endpos):
            yield SafeMatch(text, start, end)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> SafeMatch | None:
        return next(self.finditer(text, pos, endpos), None)

    def match(self, text: str, pos: int = 0) -> SafeMatch | None:
        """A match whose reported span starts at ``pos`` (as ``re.match`` at ``pos``)."""
        if self._inti:
            found = self.search(text, pos)
            return found if found is not None and found.start() == pos else None
        data = _Utf8.of(text)
        spans = self._regexp().Match(_ANCHOR_START, data.data, data.byte(pos), len(data.data))
        if spans[0][0] < 0 or any(spans[i][0] >= 0 for i in self._tolak):
            return None
        return SafeMatch(text, pos, data.char(spans[0][1]))

    def _spans(self, text: str, pos: int, endpos: int) -> Iterator[tuple[int, int]]:
        regexp = self._regexp()
        pos, endpos = max(0, min(pos, len(text))), max(0, min(endpos, len(text)))
        if pos > endpos:
            return
        whole = _Utf8.of(text)
        lo = whole.byte(pos)
        base = 0
        data = whole.data
        if endpos < len(text):  # as re does: the text ends at endpos (for $ and \b)
            base = whole.back(lo, 2)
            data = whole.data[base:whole.byte(endpos)]
        resume = lo - base  # reported spans start here or later
        at = _prev_char(data, resume) if self._inti else resume  # room for a look-behind context
        inti, tolak = self._inti, self._tolak
        banned: set[int] = set()
        work, budget = 0, REJECT_WORK_FACTOR * len(data) + 4096
        while at <= len(data):
            spans = regexp.Match(_UNANCHORED, data, at, len(data))
            if spans[0][0] < 0:
                return
            core = next((spans[i] for i in inti if spans[i][0] >= 0), spans[0])
            vetoed = any(spans[i][0] >= 0 for i in tolak)
            if vetoed or core[0] < resume or core[0] in banned:
                if vetoed:
                    banned.add(core[0])
                work += spans[0][1] - at + 1
                if work > budget:
                    return
                at = _next_char(data, spans[0][0])
                continue
            yield whole.char(core[0] + base), whole.char(core[1] + base)
            resume = core[1] if core[1] > core[0] else _next_char(data, core[1])
            if resume > len(data):
                return
            at = _prev_char(data, resume) if inti else resume


def join_alternatives(items: list[str]) -> str:
    """``items`` as one alternation (``(?:a)|(?:b)``), earlier items preferred where two match at
    the same place. The ``inti``/``tolak`` groups of item *k* are renamed ``inti_k``/``tolak_k``
    (a name may occur once in a pattern); the engine reads them all."""
    renamed = (_NAMED.sub(r"(?P<\g<1>_" + str(k) + ">", item) for k, item in enumerate(items, 1))
    return "|".join(f"(?:{item})" for item in renamed)


_HEX = re.compile(r"[0-9a-fA-F]+")
_NAMED = re.compile(r"\(\?P<(inti|tolak)>")


def _named(name: str, base: str) -> bool:
    return name == base or (name.startswith(base + "_") and name[len(base) + 1:].isdigit())


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

    __slots__ = ("_chars", "_ends", "data")

    def __init__(self, text: str) -> None:
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
