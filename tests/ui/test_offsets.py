from __future__ import annotations

import pytest

from ui.offsets import OffsetMap


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@pytest.mark.parametrize("text", ["", "warga", "😀 warga", "a😀b😀😀c", "👍🏽 kantor 🇮🇩 desa"])
def test_round_trip_matches_utf16_lengths(text: str) -> None:
    offsets = OffsetMap(text)
    for i in range(len(text) + 1):
        position = offsets.to_utf16(i)
        assert position == utf16_len(text[:i])
        assert offsets.to_code_point(position) == i
