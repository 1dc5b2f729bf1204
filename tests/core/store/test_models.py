from __future__ import annotations

import datetime as dt

import pytest

from core.check.findings import CheckReport
from core.publish.channels import Channel
from core.store.errors import TransitionError
from core.store.models import TRANSITIONS, Status, channels_text, parse_schedule, parse_status
from core.store.queue import QueueStore
from tests.core.store.samples import draft as _draft


@pytest.mark.parametrize(("start", "target"), [
    (Status.DRAFT, Status.EXPORTED), (Status.DRAFT, Status.PUBLISHED),
    (Status.NEEDS_REVISION, Status.PUBLISHED), (Status.ARCHIVED, Status.READY),
    (Status.PUBLISHED, Status.DRAFT)])
def test_transition_table_refuses_skipping_siap(store: QueueStore, start: Status,
                                                target: Status) -> None:
    post_id = store.posts.add(_draft(), CheckReport("x"), status=start).id
    with pytest.raises(TransitionError) as info:
        store.posts.set_status(post_id, target, reason="tetap", who="Rina")
    message = str(info.value)
    assert f"#{post_id}" in message and start.label in message and target.label in message
    assert store.posts.get(post_id).status is start and store.posts.history(post_id) == []


def test_every_status_can_be_archived_and_archived_comes_back_as_draft(store: QueueStore) -> None:
    for status in Status:
        if status is not Status.ARCHIVED:
            assert Status.ARCHIVED in TRANSITIONS[status]
    post_id = store.posts.add(_draft(), CheckReport("x"), status=Status.ARCHIVED).id
    store.posts.set_status(post_id, Status.DRAFT)
    assert store.posts.get(post_id).status is Status.DRAFT


@pytest.mark.parametrize(("text", "status"), [
    ("draf", Status.DRAFT), ("DRAFT", Status.DRAFT), ("  Draf ", Status.DRAFT),
    ("perlu-revisi", Status.NEEDS_REVISION), ("Perlu revisi", Status.NEEDS_REVISION),
    ("needs_revision", Status.NEEDS_REVISION), ("NEEDS-REVISION", Status.NEEDS_REVISION),
    ("perlu_revisi", Status.NEEDS_REVISION), ("siap", Status.READY), ("ready", Status.READY),
    ("diekspor", Status.EXPORTED), ("terbit", Status.PUBLISHED), ("published", Status.PUBLISHED),
    ("arsip", Status.ARCHIVED),
])
def test_parse_status(text: str, status: Status) -> None:
    assert parse_status(text) is status


@pytest.mark.parametrize("text", ["", "selesai", "perlu"])
def test_parse_status_error(text: str) -> None:
    with pytest.raises(ValueError, match="status tidak dikenal") as info:
        parse_status(text)
    assert "draf, perlu-revisi, siap, diekspor, terbit, arsip" in str(info.value)


@pytest.mark.parametrize(("text", "expected"), [
    ("2025-01-02 08:30", dt.datetime(2025, 1, 2, 8, 30)),
    (" 2024-12-31 23:59\n", dt.datetime(2024, 12, 31, 23, 59)),
])
def test_parse_schedule(text: str, expected: dt.datetime) -> None:
    assert parse_schedule(text) == expected


@pytest.mark.parametrize("text", ["", "2025-01-02", "2025-01-02T08:30", "02-01-2025 08:30",
                                  "2025-02-30 08:00", "2025-01-02 24:00", "besok pagi"])
def test_parse_schedule_error(text: str) -> None:
    with pytest.raises(ValueError, match="YYYY-MM-DD HH:MM"):
        parse_schedule(text)


def test_channels_text() -> None:
    assert channels_text([Channel.X, Channel.WEBSITE]) == "X, Situs web"
    assert channels_text([]) == ""
