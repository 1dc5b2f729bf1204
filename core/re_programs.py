"""Python ``re`` programs compiled at build time, so that a cold start does not compile them.

A cold ``main.py check`` compiled ~270 regular expressions of the checkers (module constants,
patterns built from word lists at load, the standard library's own): ~40 ms of reading and
translating each into the ``_sre`` engine's code, every process. ``scripts/build_re_programs.py``
runs the checker over the samples and writes that code, for each pattern compiled, into
``resources/re-programs.bin``; :func:`install` (called when the ``core`` package is imported)
puts the compiled objects into ``re``'s own cache, so that ``re.compile`` of the same pattern
with the same flags returns them without compiling.

Nothing here changes what a pattern matches: each stored program is the one the running Python
makes for its (pattern, flags) key; a pattern changed since the build has another key and is
compiled as before; a file made by another Python (its version, ``_sre``'s magic number, code
word size) is ignored, and so is a damaged or missing one. ``SARING_RE_PROGRAMS=0`` in the
environment switches it off (the build script does, to see every pattern compiled).
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import marshal
import os
import re
import sys
from array import array
from collections.abc import Iterable
from pathlib import Path

PROGRAMS_NAME = "re-programs.bin"
FORMAT = 1
# Flags whose patterns are never stored: DEBUG prints while compiling, LOCALE depends on the
# locale of the moment, TEMPLATE warns.
_UNSTORED_FLAGS = re.DEBUG | re.LOCALE | re.TEMPLATE


def _header() -> tuple[object, ...]:
    return (FORMAT, tuple(sys.version_info[:3]), sys.implementation.cache_tag, _sre.MAGIC,
            _sre.CODESIZE, sys.maxunicode)


def _supported() -> bool:
    """Whether this Python's ``re`` keeps its compiled patterns in the dict this fills."""
    cache = getattr(re, "_cache", None)
    return (isinstance(cache, dict) and sys.version_info[:2] == (3, 11)
            and array("I").itemsize == _sre.CODESIZE)


def install(path: Path | None = None) -> int:
    """Put the stored programs into ``re``'s cache; how many (0 when the file is missing,
    damaged, made by another Python, or this is switched off)."""
    if os.environ.get("SARING_RE_PROGRAMS") == "0" or not _supported():
        return 0
    try:
        data = (path or default_path()).read_bytes()
        header, entries = marshal.loads(data)
        if header != _header():
            return 0
        cache: dict[tuple[type, str, int], re.Pattern[str]] = re._cache  # type: ignore[attr-defined]
        room = re._MAXCACHE - len(cache)  # type: ignore[attr-defined]
        installed = 0
        for pattern, flags, final_flags, code, groups, groupindex, indexgroup in entries[:room]:
            key = (str, pattern, flags)
            if key not in cache:
                cache[key] = _sre.compile(pattern, final_flags, array("I", code).tolist(), groups,
                                          groupindex, indexgroup)
                installed += 1
        return installed
    except (OSError, ValueError, EOFError, TypeError, RuntimeError):
        return 0  # no file, or not one this Python wrote: patterns compile as usual


def default_path() -> Path:
    """``resources/re-programs.bin`` of the source tree or the bundle (as core.app.paths, whose
    import this saves when the ``core`` package is imported)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "resources" / PROGRAMS_NAME
    return Path(__file__).resolve().parents[1] / "resources" / PROGRAMS_NAME


def program(pattern: str, flags: int) -> tuple[object, ...]:
    """The stored form of one (pattern, flags): what ``re._compiler.compile`` hands ``_sre``."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (pattern, flags, flags | parsed.state.flags, array("I", code).tobytes(),
            parsed.state.groups - 1, groupindex, tuple(indexgroup))


def dumps(keys: Iterable[tuple[str, int]]) -> bytes:
    """The file for the (pattern, flags) ``keys`` (sorted; patterns that warn while compiling,
    and flags never stored, left out)."""
    import warnings

    entries: list[tuple[object, ...]] = []
    for pattern, flags in sorted({(pattern, int(flags)) for pattern, flags in keys}):
        if flags & _UNSTORED_FLAGS:
            continue
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            try:
                entries.append(program(pattern, flags))
            except (Warning, re.error):
                continue
    return marshal.dumps((_header(), entries))  # type: ignore[arg-type]


def compiled_keys() -> list[tuple[str, int]]:
    """The (pattern, flags) of every ``str`` pattern in ``re``'s cache now."""
    cache: dict[tuple[type, object, int], object] = re._cache  # type: ignore[attr-defined]
    return [(pattern, flags) for kind, pattern, flags in list(cache)
            if kind is str and isinstance(pattern, str)]
