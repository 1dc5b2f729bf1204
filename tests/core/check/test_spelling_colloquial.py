from __future__ import annotations

import pytest

from core.check.spelling.colloquial import colloquial_of

_COMMON = {"sampai", "dapat", "benar", "kalau", "mengobrol", "pakai"}


@pytest.mark.parametrize(("spoken", "standard"), [
    ("sampe", "sampai"), ("dapet", "dapat"), ("bener", "benar"), ("kalo", "kalau"),
    ("ngobrol", "mengobrol"), ("nyampe", "sampai"), ("pake", "pakai"), ("tuh", "tuh"),
])
def test_spoken_shapes_of_common_words(spoken: str, standard: str) -> None:
    assert colloquial_of(spoken, _COMMON.__contains__) == standard


@pytest.mark.parametrize("word", ["sampel", "dapur", "kelurahan", "ngarai", "xyz"])
def test_other_words_are_no_spoken_shapes(word: str) -> None:
    assert colloquial_of(word, _COMMON.__contains__) is None
