"""The post limit: one number, one sentence, for every way a post comes in."""

from __future__ import annotations

import pytest

from core.app.post_size import MAX_POST_CHARS, PostTooLongError, check_post_size
from core.errors import SaringError


def test_a_post_up_to_the_limit_passes() -> None:
    check_post_size("a" * MAX_POST_CHARS)
    check_post_size("")


def test_one_character_more_is_refused_with_its_length_and_the_limit() -> None:
    with pytest.raises(PostTooLongError) as caught:
        check_post_size("a" * (MAX_POST_CHARS + 1), what="Teks post.txt")
    message = str(caught.value)
    assert message.startswith("Teks post.txt terlalu panjang: 100.001 karakter, batasnya 100.000")
    assert "Bagi teksnya menjadi beberapa unggahan" in message
    assert caught.value.length == MAX_POST_CHARS + 1
    assert isinstance(caught.value, SaringError) and isinstance(caught.value, ValueError)


def test_the_limit_is_above_every_platform_and_the_same_for_bundles() -> None:
    from core.check.limits import LIMITS
    from core.store.bundle_schema import MAX_BODY

    assert MAX_POST_CHARS >= 63_206 and all(lim.max_chars <= MAX_POST_CHARS for lim in LIMITS.values())
    assert MAX_BODY == MAX_POST_CHARS
