"""Posting by hand: today's list per post and channel, the caption, the image folder in order,
and "Tandai terbit" with the published post's address."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.check.findings import CheckReport
from core.publish.channels import Channel
from core.publish.manual import (
    ALT_TEXT_FILE,
    PostUrlError,
    caption_for,
    due_today,
    image_folder,
    mark_published,
    parse_post_url,
)
from core.store.models import PostDraft, Status
from core.store.queue import QueueStore

TODAY = dt.date(2030, 5, 13)
PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"
       b"\x90wS\xde\x00\x00\x00\x0cIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00"
       b"\x00IEND\xaeB`\x82")


@pytest.fixture
def store() -> Iterator[QueueStore]:
    s = QueueStore(":memory:")
    yield s
    s.close()


def _add(store: QueueStore, body: str, at: dt.datetime | None, status: Status = Status.READY,
         channels: tuple[Channel, ...] = (Channel.FACEBOOK, Channel.INSTAGRAM)) -> int:
    draft = PostDraft(body=body, title=body, channels=channels, scheduled_at=at)
    return store.posts.add(draft, CheckReport(body), status=status).id


def test_today_lists_each_post_per_channel_in_time_order(store: QueueStore) -> None:
    late = _add(store, "sore", dt.datetime(2030, 5, 13, 16, 0))
    early = _add(store, "pagi", dt.datetime(2030, 5, 13, 8, 0), Status.EXPORTED)
    yesterday = _add(store, "kemarin", dt.datetime(2030, 5, 12, 9, 0), channels=(Channel.X,))
    loose = _add(store, "tanpa jadwal", None, channels=(Channel.FACEBOOK,))
    _add(store, "besok", dt.datetime(2030, 5, 14, 8, 0))
    _add(store, "draf", dt.datetime(2030, 5, 13, 9, 0), Status.DRAFT)
    _add(store, "tanpa kanal", dt.datetime(2030, 5, 13, 9, 0), channels=())
    items = due_today(store, today=TODAY)
    assert [(i.post.id, i.channel) for i in items] == [
        (yesterday, Channel.X), (early, Channel.FACEBOOK), (early, Channel.INSTAGRAM),
        (late, Channel.FACEBOOK), (late, Channel.INSTAGRAM), (loose, Channel.FACEBOOK)]
    assert items[0].overdue and items[0].caption == "kemarin"


def test_published_posts_of_today_stay_with_their_address(store: QueueStore) -> None:
    post_id = _add(store, "pagi", dt.datetime(2030, 5, 13, 8, 0), channels=(Channel.FACEBOOK,))
    mark_published(store, post_id, Channel.FACEBOOK, "facebook.com/dinas/posts/1")
    (item,) = due_today(store, today=TODAY)
    assert item.published is not None and item.published.url == "https://facebook.com/dinas/posts/1"
    assert store.posts.get(post_id).status is Status.PUBLISHED


def test_the_caption_is_the_checked_text(store: QueueStore) -> None:
    post_id = _add(store, "Halo #warga\nhttps://kominfo.go.id\n\n", None)
    post = store.posts.get(post_id)
    assert caption_for(post, Channel.X) == caption_for(post, Channel.INSTAGRAM) == \
        "Halo #warga\nhttps://kominfo.go.id"


def test_the_image_folder_holds_the_images_in_order_and_their_alt_texts(store: QueueStore,
                                                                         tmp_path: Path) -> None:
    post_id = _add(store, "foto", None)
    for n, name in enumerate(("sampul.png", "kedua.png")):
        source = tmp_path / name
        source.write_bytes(PNG + bytes([n]))
        store.media.add(post_id, source, media_dir=tmp_path / "media", alt_text=f"teks {name}",
                        original_name=name)
    folder = image_folder(store.posts.get(post_id), store.media.of(post_id), tmp_path / "siap")
    assert sorted(p.name for p in folder.iterdir()) == ["1-sampul.png", "2-kedua.png", ALT_TEXT_FILE]
    assert (folder / "2-kedua.png").read_bytes() == PNG + b"\x01"
    assert "1-sampul.png\nteks sampul.png" in (folder / ALT_TEXT_FILE).read_text(encoding="utf-8")
    store.media.set_alt_text(store.media.of(post_id)[0].id, "")
    again = image_folder(store.posts.get(post_id), store.media.of(post_id)[1:], tmp_path / "siap")
    assert sorted(p.name for p in again.iterdir()) == ["1-kedua.png", ALT_TEXT_FILE]  # made afresh


@pytest.mark.parametrize(("text", "url", "warns"), [
    ("https://www.facebook.com/dinas/posts/1", "https://www.facebook.com/dinas/posts/1", False),
    ("  facebook.com/dinas/posts/1 ", "https://facebook.com/dinas/posts/1", False),
    ("https://bit.ly/abc", "https://bit.ly/abc", True),
])
def test_post_addresses(text: str, url: str, warns: bool) -> None:
    got, warning = parse_post_url(text, Channel.FACEBOOK)
    assert got == url and bool(warning) is warns


@pytest.mark.parametrize("text", ["", "bukan alamat", "ftp://x.go.id/a", "https://localhost/x",
                                  "https://a.com/" + "x" * 3000])
def test_what_is_not_a_post_address_is_refused(text: str, store: QueueStore) -> None:
    post_id = _add(store, "x", None, channels=(Channel.FACEBOOK,))
    with pytest.raises(PostUrlError):
        mark_published(store, post_id, Channel.FACEBOOK, text)
    assert store.publications.of(post_id) == []
