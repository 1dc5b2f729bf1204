"""A cheap test run before a Python ``re`` scan: can the pattern match anywhere in the text?

The EYD V rules scan every text with ~70 Python patterns; most find nothing in a given text,
and Python's engine tries each pattern at every character (~1 ms per pattern over 5,000
words). :func:`may_match` first runs a *widened* copy of the pattern on RE2 (one linear pass,
tens of microseconds): the widened pattern matches every string the original matches, so
when it finds nothing the original finds nothing either, and the scan is skipped. When it
finds something, the original scans as before: no match is added, dropped or moved.

The widening is read from the pattern's source, token by token: look-arounds, ``\\b``, ``^``
and ``$`` (which consume nothing) are dropped; a backreference becomes "anything"; a class
RE2 cannot say the same way (``\\s``, ``[^...]``, a letter under ignore-case) becomes one
character of any kind. A pattern this reader does not understand gets no widened copy, and
is always scanned.
"""

from __future__ import annotations

import re
from typing import Any

from re2 import _re2  # type: ignore[import-untyped]  # google-re2 (as core/check/rules/safe_regex.py)

from core.errors import SaringError

_UNANCHORED = _re2.RE2.Anchor.UNANCHORED
_ANY = "(?s:.)"
# Python's \w, [^\W\d_] and \d widened to their ASCII members and every non-ASCII character:
# RE2 compiles Unicode classes slowly (~0.5-2.5 ms a pattern, paid by the first check), and
# Indonesian prose is ASCII but for a few quotes and dashes.
_NON_ASCII = r"\x{80}-\x{10ffff}"
_WORD = f"[0-9A-Za-z_{_NON_ASCII}]"
_LETTER = f"[A-Za-z{_NON_ASCII}]"
_DIGIT = f"[0-9{_NON_ASCII}]"
# Python's \s: the characters str.isspace() accepts (a test compares them over all of Unicode).
_SPACE = r"\t-\r\x{1c}-\x{20}\x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}"
_MAX_COUNT = 16
_QUANTIFIER_RE = re.compile(r"\{(\d*)(,?)(\d*)\}")
_PLAIN_ESCAPES = frozenset(".^$*+?{}[]()|\\/-,:;!\"'#&%@=<>~` ")
_CONTROL_ESCAPES = {"t": "\\t", "n": "\\n", "r": "\\r", "f": "\\f", "v": "\\v", "a": "\\x{7}"}
_DROPPED_ESCAPES = frozenset("bBAZ")
# The ASCII letters that Python's ignore-case matches with a non-ASCII letter too: the Kelvin
# sign, long s, dotted and dotless I (a test asks Python about every character).
_FOLD_EXTRA = {"k": r"\x{212a}", "s": r"\x{17f}", "i": r"\x{130}\x{131}"}


class _Unsupported(SaringError):
    """A construct the widening does not read: the pattern is always scanned."""


def _literal(char: str, ignore_case: bool) -> str:
    if ignore_case and char.lower() != char.upper():
        if char.isascii():
            return f"[{char.lower()}{char.upper()}{_FOLD_EXTRA.get(char.lower(), '')}]"
        return _ANY
    if char.isascii() and (char.isalnum() or char in " _"):
        return char
    return f"\\x{{{ord(char):x}}}"


def _class_end(source: str, start: int) -> int:
    """The index just after the class opening at ``source[start] == '['``."""
    i = start + 1
    if source[i:i + 1] == "^":
        i += 1
    if source[i:i + 1] == "]":
        i += 1
    while i < len(source):
        if source[i] == "\\":
            i += 2
            continue
        if source[i] == "[":
            raise _Unsupported("nested set")
        if source[i] == "]":
            return i + 1
        i += 1
    raise _Unsupported("unterminated class")


def _class(body: str, ignore_case: bool) -> str:
    """A class's body (between the brackets) as RE2, equal or wider."""
    if body == r"^\W\d_":
        return _LETTER
    if body.startswith("^"):
        return _ANY
    members: list[str] = []
    i = 0
    while i < len(body):
        char = body[i]
        if char == "\\":
            escaped = body[i + 1:i + 2]
            if escaped == "d":
                members.append(_DIGIT[1:-1])
            elif escaped == "w":
                members.append(_WORD[1:-1])
            elif escaped == "s":
                members.append(_SPACE)
            elif escaped in _CONTROL_ESCAPES:
                members.append(_CONTROL_ESCAPES[escaped])
            elif escaped and not escaped.isalnum():
                members.append(f"\\x{{{ord(escaped):x}}}")
            else:
                return _ANY  # \s, \W, \D, \S, \x.., \u....: any character will do
            i += 2
            continue
        if ignore_case and char.lower() != char.upper():
            return _ANY
        if char == "-" and members and i + 1 < len(body):
            if ignore_case or body[i + 1] == "\\":
                return _ANY  # a range: under ignore-case or to an escape, any character
            members.append("-" + f"\\x{{{ord(body[i + 1]):x}}}")
            i += 2
            continue
        members.append(f"\\x{{{ord(char):x}}}")
        i += 1
    if not members:
        raise _Unsupported("empty class")
    return "[" + "".join(members) + "]"


def _group_end(source: str, start: int) -> int:
    """The index just after the group opening at ``source[start] == '('``."""
    depth = 0
    i = start
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            i = _class_end(source, i)
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise _Unsupported("unbalanced group")


def _captures(source: str) -> bool:
    """Whether ``source`` may open a capturing group."""
    return bool(re.search(r"\((?!\?)|\(\?P<", source))


def widen(source: str, flags: int = 0, *, numbered: bool = True) -> str:
    """``source`` (Python ``re`` syntax) as an RE2 pattern matching every string it matches.
    Raises _Unsupported for what this reader does not know. ``numbered=False``: ``source`` is
    part of a pattern, its groups not numbered from 1 (every backreference reads as anything)."""
    if flags & re.VERBOSE or flags & re.LOCALE:
        raise _Unsupported("flags")
    out: list[str] = []
    case_stack = [bool(flags & re.IGNORECASE)]
    branch_start, inlined_behind = 0, False  # where the current top-level branch begins in out
    group_stack: list[tuple[int, int | None]] = []  # (where its content starts in out, number)
    groups: dict[int, str] = {}  # a closed capturing group's number -> its widened content
    group_count = 0
    numbering_unsure = not numbered  # (or a look-around held a capturing group)
    i = 0
    if source.startswith("(?i)"):
        case_stack[0] = True
        i = 4
    while i < len(source):
        char = source[i]
        ignore_case = case_stack[-1]
        if char == "\\":
            escaped = source[i + 1:i + 2]
            if escaped in _DROPPED_ESCAPES:
                pass
            elif escaped == "d":
                out.append(_DIGIT)
            elif escaped == "w":
                out.append(_WORD)
            elif escaped == "s":
                out.append(f"[{_SPACE}]")
            elif escaped in ("S", "W", "D"):
                out.append(_ANY)
            elif escaped.isdigit():
                digits = re.match(r"\d+", source[i + 1:])
                assert digits is not None
                reference = int(digits.group())
                # A backreference: the text the group matched, which its widened copy matches
                # (under ignore-case in another case, so then anything); an octal escape: anything.
                known = groups.get(reference) if not ignore_case and not numbering_unsure else None
                out.append(_ANY + "*" if known is None else f"(?:{known})")
                i += 1 + len(digits.group())
                continue
            elif escaped in _CONTROL_ESCAPES:
                out.append(_CONTROL_ESCAPES[escaped])
            elif escaped and escaped in _PLAIN_ESCAPES:
                out.append(_literal(escaped, ignore_case) if escaped.isalnum()
                           else f"\\x{{{ord(escaped):x}}}")
            else:
                raise _Unsupported(f"escape \\{escaped}")
            i += 2
        elif char == "[":
            end = _class_end(source, i)
            out.append(_class(source[i + 1:end - 1], ignore_case))
            i = end
        elif char == "(":
            head = source[i:i + 4]
            if head.startswith(("(?=", "(?!", "(?<=", "(?<!")):
                end = _group_end(source, i)
                if end < len(source) and source[end] in "*+?{":
                    raise _Unsupported("quantified look-around")
                # Whether the text holds a match: a look-behind that opens a top-level branch
                # (nothing consumed before it) and a look-ahead that closes one can be read as
                # text consumed before or after the match. Any other consumes nothing: dropped.
                opening = (head.startswith("(?<=") and len(case_stack) == 1
                           and not "".join(out[branch_start:]) and not inlined_behind)
                closing = (head.startswith("(?=") and len(case_stack) == 1
                           and source[end:end + 1] in ("", "|"))
                numbering_unsure = numbering_unsure or _captures(source[i + 3:end - 1])
                if opening or closing:
                    inner = source[i + (4 if opening else 3):end - 1]
                    out.append("(?:" + widen(inner, re.IGNORECASE if ignore_case else 0,
                                              numbered=False) + ")")
                    inlined_behind = inlined_behind or opening
                i = end
                continue
            number: int | None = None
            if head.startswith("(?P<"):
                i = source.index(">", i) + 1
                case_stack.append(ignore_case)
                number = group_count = group_count + 1
            elif head.startswith("(?P="):
                i = source.index(")", i) + 1
                out.append(_ANY + "*")
                continue
            elif head.startswith(("(?:", "(?>")):
                i += 3
                case_stack.append(ignore_case)
            elif head.startswith("(?i:"):
                i += 4
                case_stack.append(True)
            elif source.startswith("(?-i:", i):
                i += 5
                case_stack.append(False)
            elif head.startswith("(?"):
                raise _Unsupported(f"group {head}")
            else:
                i += 1
                case_stack.append(ignore_case)
                number = group_count = group_count + 1
            out.append("(?:")
            group_stack.append((len(out), number))
        elif char == ")":
            if len(case_stack) == 1:
                raise _Unsupported("unbalanced )")
            case_stack.pop()
            opened, closed = group_stack.pop()
            if closed is not None:
                groups[closed] = "".join(out[opened:])
            out.append(")")
            i += 1
        elif char in "^$":
            i += 1
        elif char == ".":
            out.append(_ANY)
            i += 1
        elif char in "*+?":
            out.append(char)
            i += 1
            if source[i:i + 1] == "?":
                out.append("?")
                i += 1
            elif source[i:i + 1] == "+":
                i += 1  # possessive: the plain repeat matches more, never less
        elif char == "{":
            quantifier = _QUANTIFIER_RE.match(source, i)
            if quantifier is None or not (quantifier.group(1) or quantifier.group(3)):
                out.append(_literal(char, ignore_case))
                i += 1
                continue
            low, comma, high = quantifier.groups()
            # A long count (.{1,400}) makes a long RE2 program: past 16, "or more" (wider).
            low = str(min(int(low or 0), _MAX_COUNT))
            if (comma and high and int(high) > _MAX_COUNT) or (
                    not comma and int(low) < int(quantifier.group(1))):
                comma, high = ",", ""
            out.append(f"{{{low}{comma}{high}}}")
            i = quantifier.end()
            if source[i:i + 1] == "?":
                out.append("?")
                i += 1
            elif source[i:i + 1] == "+":
                i += 1
        elif char == "|":
            out.append("|")
            i += 1
            if len(case_stack) == 1:
                branch_start, inlined_behind = len(out), False
        else:
            out.append(_literal(char, ignore_case))
            i += 1
    if len(case_stack) != 1:
        raise _Unsupported("unbalanced (")
    return "".join(out)


_programs: dict[tuple[str, int], _re2.RE2 | None] = {}
_last_text: tuple[str, bytes | None] = ("", b"")
# Every widened copy made so far, in order, and its place among them: the checks of a text ask
# about ~100 of them, and one RE2 set of all of them reads the text once (~0.5 ms over
# text_5000) where the copies one by one read it ~100 times (~3.5 ms).
_widened: list[bytes] = []
_member: dict[tuple[str, int], int] = {}
# The set (one member more than the copies: an empty pattern first, which matches every text,
# so a set whose match failed, as RE2's may when its DFA runs out of memory, is told from one
# that found nothing) and how many copies it holds. Made again when a check starts and copies
# were made since, at most _MAX_SETS times a process (later copies then run alone).
_set: tuple[Any, int] | None = None
_sets_made = 0
_MAX_SETS = 8
# The texts of this check (the whole post, and the pieces some rules scan) and the copies of
# the set that match each (None: ask each copy itself).
_found: dict[str, frozenset[int] | None] = {}
_MAX_FOUND = 64


def _program(pattern: re.Pattern[str]) -> _re2.RE2 | None:
    key = (pattern.pattern, pattern.flags)
    if key in _programs:
        return _programs[key]
    program = None
    try:
        options = _re2.RE2.Options()
        options.log_errors = False
        options.max_mem = 8 << 20
        source = widen(pattern.pattern, pattern.flags).encode("utf-8")
        compiled = _re2.RE2(source, options)
        if compiled.ok():
            program = compiled
            _member[key] = len(_widened)
            _widened.append(source)
    except (_Unsupported, ValueError, IndexError):
        program = None
    _programs[key] = program
    return program


def forget_matches() -> None:
    """A check starts (Checker.check calls this first, as it forgets the sentence starts): the
    set reads its texts afresh, and is made again if copies were made since it was."""
    global _set, _sets_made
    _found.clear()
    if (_set is None or _set[1] < len(_widened)) and _sets_made < _MAX_SETS and _widened:
        _set = _make_set(_widened)
        _sets_made += 1


def _set_found(text: str, data: bytes) -> frozenset[int] | None:
    """The copies (by their place in _widened) of the set that match ``text``, or None."""
    if _set is None:
        return None
    if text in _found:
        return _found[text]
    program, size = _set
    matched = program.Match(data)
    found = frozenset(k - 1 for k in matched if 0 < k <= size) if 0 in matched else None
    if len(_found) >= _MAX_FOUND:
        _found.clear()
    _found[text] = found  # 0: the empty pattern matched, the match ran to the end
    return found


def _make_set(sources: list[bytes]) -> tuple[Any, int] | None:
    options = _re2.RE2.Options()
    options.log_errors = False
    options.max_mem = 32 << 20
    made = _re2.Set(_UNANCHORED, options)
    if made.Add(b"") != 0:
        return None
    for k, source in enumerate(sources):
        if made.Add(source) != k + 1:
            return None
    return (made, len(sources)) if made.Compile() else None


def _utf8(text: str) -> bytes | None:
    """``text`` as UTF-8 (kept for the last text: every rule of a check reads the same one);
    None for a text holding a lone surrogate, which RE2 could not read as a character."""
    global _last_text
    if _last_text[0] is text or (len(_last_text[0]) == len(text) and _last_text[0] == text):
        return _last_text[1]
    try:
        data: bytes | None = text.encode("utf-8")
    except UnicodeEncodeError:
        data = None
    _last_text = (text, data)
    return data


def may_match(pattern: re.Pattern[str], text: str) -> bool:
    """False only when ``pattern`` matches nowhere in ``text`` (also with ``pos``/``endpos``
    anywhere inside it); True when it may."""
    program = _program(pattern)
    if program is None:
        return True
    data = _utf8(text)
    if data is None:
        return True
    found = _set_found(text, data)
    if found is not None:
        member = _member[(pattern.pattern, pattern.flags)]
        if _set is not None and member < _set[1]:
            return member in found
    return bool(program.Match(_UNANCHORED, data, 0, len(data))[0][0] >= 0)
