from __future__ import annotations

import dataclasses

import pytest

from core.store.changes import Change, Changes


def test_of_and_touches() -> None:
    changes = Changes.of(Change.STATUS, post_ids=[3, 1, 3])
    assert changes.post_ids == frozenset({1, 3})
    assert changes.touches(Change.STATUS) and changes.touches(Change.MEDIA, Change.STATUS)
    assert not changes.touches(Change.POSTS)
    assert changes.touches() and not Changes().touches() and Changes().empty


def test_id_is_the_one_created_post() -> None:
    assert Changes.of(Change.POSTS, post_ids=[7], created=(7,)).id == 7
    with pytest.raises(ValueError, match="2 posts"):
        Changes(created=(1, 2)).id  # noqa: B018


def test_union_merges_everything() -> None:
    a = Changes.of(Change.POSTS, post_ids=[1], created=(1,), refused={5: "tidak"})
    b = Changes.of(Change.EXPORTS, Change.STATUS, post_ids=[2], batch_id=9, refused={6: "juga"})
    merged = a | b
    assert merged.kinds == {Change.POSTS, Change.EXPORTS, Change.STATUS}
    assert merged.post_ids == {1, 2} and merged.created == (1,) and merged.batch_id == 9
    assert dict(merged.refused) == {5: "tidak", 6: "juga"}


def test_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        Changes().batch_id = 3  # type: ignore[misc]


def test_hashable_with_refusals() -> None:
    changes = Changes.of(Change.STATUS, post_ids=[1], refused={2: "tidak"})
    assert changes in {changes} and hash(changes) == hash(Changes.of(Change.STATUS, post_ids=[1]))
