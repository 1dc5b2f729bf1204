"""What a store write changed: the value every mutation returns, so that views refresh only what
changed (Anki's ``OpChanges``) instead of being told to refresh by hand."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from core.store.models import Media


class Change(StrEnum):
    """A kind of data a write touched."""

    POSTS = "posts"  # text, title, sources, channels, findings; posts added or removed
    STATUS = "status"  # status and its history
    SCHEDULE = "schedule"  # planned publication time
    MEDIA = "media"  # images and their alt text
    EXPORTS = "exports"  # export batches
    REVIEWS = "reviews"  # global ids and history received in review bundles


@dataclass(frozen=True, slots=True)
class Changes:
    """Which posts a write touched and what kind of data changed.

    ``created``: ids of the rows the write made (posts for ``posts.add``/``add_many``, in
    order); ``removed``: posts deleted; ``refused``: post id → why it did not change (several
    posts at once); ``batch_id``: the export batch recorded; ``media``: the images written
    (``media.add``: the new one; ``media.set_images``: the post's images now)."""

    kinds: frozenset[Change] = frozenset()
    post_ids: frozenset[int] = frozenset()
    created: tuple[int, ...] = ()
    removed: frozenset[int] = frozenset()
    refused: Mapping[int, str] = field(default_factory=dict, compare=False, hash=False)
    batch_id: int | None = None
    media: tuple[Media, ...] = ()

    @classmethod
    def of(cls, *kinds: Change, post_ids: Iterable[int] = (), created: tuple[int, ...] = (),
           removed: frozenset[int] = frozenset(), refused: Mapping[int, str] | None = None,
           batch_id: int | None = None, media: tuple[Media, ...] = ()) -> Changes:
        return cls(kinds=frozenset(kinds), post_ids=frozenset(post_ids), created=created,
                   removed=removed, refused=dict(refused or {}), batch_id=batch_id, media=media)

    @property
    def id(self) -> int:
        """The one post id a write created (``posts.add``)."""
        if len(self.created) != 1:
            raise ValueError(f"{len(self.created)} posts were created, not one")
        return self.created[0]

    def touches(self, *kinds: Change) -> bool:
        """Whether any of ``kinds`` changed (all kinds when none is given)."""
        return bool(self.kinds) if not kinds else not self.kinds.isdisjoint(kinds)

    @property
    def empty(self) -> bool:
        return not self.kinds

    def __or__(self, other: Changes) -> Changes:
        return Changes(kinds=self.kinds | other.kinds, post_ids=self.post_ids | other.post_ids,
                       created=self.created + other.created, removed=self.removed | other.removed,
                       refused={**self.refused, **other.refused},
                       batch_id=other.batch_id if other.batch_id is not None else self.batch_id,
                       media=self.media + other.media)


NOTHING = Changes()
