"""Code-point offsets (core) ↔ UTF-16 positions (Qt).

Qt counts positions in UTF-16 code units, so a character outside the BMP (most emoji) takes
two; Python strings count code points. Only this module converts between the two.
"""

from __future__ import annotations

import re
from bisect import bisect_right

_WIDE = re.compile("[\U00010000-\U0010FFFF]")


class OffsetMap:
    """Conversions for one text; cheap when the text has no characters outside the BMP."""

    def __init__(self, text: str) -> None:
        # Code-point indices of the characters that take two UTF-16 units.
        # (a regex scan in C: a Python loop over a 1 MB paste held the UI thread ~50 ms)
        self._wide = [m.start() for m in _WIDE.finditer(text)]
        # Their UTF-16 positions, for the way back.
        self._wide_utf16 = [i + n for n, i in enumerate(self._wide)]

    def to_utf16(self, offset: int) -> int:
        if not self._wide:
            return offset
        return offset + bisect_right(self._wide, offset - 1)

    def to_code_point(self, position: int) -> int:
        if not self._wide:
            return position
        return position - bisect_right(self._wide_utf16, position - 2)
