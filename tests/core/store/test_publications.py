"""store.publications: where a post went public by hand, per channel; Terbit when all are done."""

from __future__ import annotations

import pytest

from core.check.findings import CheckReport
from core.publish.channels import Channel
from core.store.changes import Change
from core.store.errors import PostNotFoundError
from core.store.models import PostDraft, Status
from core.store.publications import PublicationError
from core.store.queue import QueueStore

FB, IG = "https://www.facebook.com/dinas/posts/1", "https://www.instagram.com/p/Cx1/"


def _add(store: QueueStore, status: Status = Status.READY,
         channels: tuple[Channel, ...] = (Channel.FACEBOOK, Channel.INSTAGRAM)) -> int:
    return store.posts.add(PostDraft(body="Isi", channels=channels), CheckReport("Isi"),
                           status=status).id


def test_the_post_becomes_terbit_when_its_last_channel_is_marked(store: QueueStore) -> None:
    post_id = _add(store)
    first = store.publications.record(post_id, Channel.FACEBOOK, FB, who="Rina")
    assert store.posts.get(post_id).status is Status.READY and not first.touches(Change.STATUS)
    second = store.publications.record(post_id, Channel.INSTAGRAM, IG, who="Rina")
    assert second.touches(Change.STATUS) and store.posts.get(post_id).status is Status.PUBLISHED
    last = store.posts.last_change(post_id)
    assert last is not None and last.who == "Rina"
    assert last.reason == f"Terbit: Facebook {FB}; Instagram {IG}"
    assert [(p.channel, p.url) for p in store.publications.of(post_id)] == [
        (Channel.FACEBOOK, FB), (Channel.INSTAGRAM, IG)]


def test_marking_again_replaces_the_address(store: QueueStore) -> None:
    post_id = _add(store, channels=(Channel.FACEBOOK,))
    store.publications.record(post_id, Channel.FACEBOOK, FB)
    store.publications.record(post_id, Channel.FACEBOOK, FB + "?fixed")
    assert [p.url for p in store.publications.of(post_id)] == [FB + "?fixed"]
    assert [h.to_status for h in store.posts.history(post_id)] == [Status.PUBLISHED]  # once


@pytest.mark.parametrize("status", [Status.DRAFT, Status.NEEDS_REVISION, Status.ARCHIVED])
def test_only_checked_posts_can_be_marked(store: QueueStore, status: Status) -> None:
    post_id = _add(store, status)
    with pytest.raises(PublicationError, match="hanya unggahan Siap atau Diekspor"):
        store.publications.record(post_id, Channel.FACEBOOK, FB)
    assert store.publications.of(post_id) == [] and store.posts.get(post_id).status is status


def test_a_channel_the_post_does_not_go_to_or_a_missing_post_is_refused(store: QueueStore) -> None:
    post_id = _add(store, channels=(Channel.FACEBOOK,))
    with pytest.raises(PublicationError, match="tidak ditujukan ke Instagram"):
        store.publications.record(post_id, Channel.INSTAGRAM, IG)
    with pytest.raises(PostNotFoundError):
        store.publications.record(9999, Channel.FACEBOOK, FB)


def test_deleting_the_post_deletes_its_publications(store: QueueStore) -> None:
    post_id = _add(store)
    store.publications.record(post_id, Channel.FACEBOOK, FB)
    store.posts.delete(post_id)
    assert store.publications.for_posts([post_id]) == {}
