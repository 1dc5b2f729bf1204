"""Word lists shipped in ``resources/vocab/``: one entry a line, ``word<TAB>reason``.

Lines starting with ``#`` are comments (the file's source and licence go there).
"""

from __future__ import annotations

from pathlib import Path

from core.errors import SaringError


class WordListError(SaringError, ValueError):
    """A word list line that cannot be read; names the file and line."""


def load_wordlist(path: Path) -> dict[str, str]:
    """Map each word of the list to the reason it is there."""
    entries: dict[str, str] = {}
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        word, sep, reason = line.partition("\t")
        word, reason = word.strip(), reason.strip()
        if not sep or not word or not reason:
            raise WordListError(f"{path}:{number}: expected 'word<TAB>reason', got {raw!r}")
        entries[word] = reason
    return entries
