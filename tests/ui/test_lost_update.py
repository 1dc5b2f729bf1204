"""A post open in the editor while "Jadwalkan otomatis" gives it a time: "Simpan perubahan"
does not silently write the editor's older copy back; the admin sees what changed and
chooses (keep mine / take theirs / cancel)."""

from __future__ import annotations

import datetime as dt

import pytest

from core.check.findings import CheckReport
from core.publish.channels import Channel
from core.store.models import PostDraft
from ui.main_window import MainWindow

PLANNED = dt.datetime(2030, 6, 3, 8, 0)


def _open_then_schedule_elsewhere(window: MainWindow) -> int:
    post_id = window.store.posts.add(PostDraft(body="Layanan dibuka.", channels=(Channel.FACEBOOK,)),
                                     CheckReport("x")).id
    window.open_post(post_id)
    window.store.posts.set_schedule(post_id, PLANNED)  # "Jadwalkan otomatis" meanwhile
    window.compose.body.setPlainText("Layanan dibuka pukul 08.00.")
    return post_id


@pytest.mark.parametrize("choice", ["theirs", "cancel"])
def test_stale_save_keeps_the_schedule(qtbot, window: MainWindow, choice: str) -> None:
    post_id = _open_then_schedule_elsewhere(window)
    asked: list[str] = []
    window.choose_version = lambda what: asked.append(what) or choice  # type: ignore[method-assign]
    window.save_post()
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    assert "jadwal sekarang 03-06-2030 08:00" in asked[0]
    stored = window.store.posts.get(post_id)
    assert stored.draft.scheduled_at == PLANNED and stored.body == "Layanan dibuka."
    if choice == "theirs":  # the form now shows the stored post, schedule included
        assert window.compose.draft() == stored.draft
        assert window.compose.base_version == stored.version
    else:  # the admin's text stays in the form, unsaved
        assert window.compose.body.toPlainText() == "Layanan dibuka pukul 08.00."


def test_keep_mine_saves_knowingly(qtbot, window: MainWindow) -> None:
    post_id = _open_then_schedule_elsewhere(window)
    asked: list[str] = []
    window.choose_version = lambda what: asked.append(what) or "mine"  # type: ignore[method-assign]
    window.save_post()
    qtbot.waitUntil(lambda: window.store.posts.get(post_id).body == "Layanan dibuka pukul 08.00.",
                    timeout=10_000)
    assert len(asked) == 1  # asked once; the second save is on the current version
    stored = window.store.posts.get(post_id)
    assert stored.draft.scheduled_at is None  # the admin chose their copy, without the time
    qtbot.waitUntil(lambda: window.compose.base_version == stored.version, timeout=5000)


def test_saving_twice_in_a_row_is_no_conflict(qtbot, window: MainWindow) -> None:
    post_id = window.store.posts.add(PostDraft(body="Satu."), CheckReport("x")).id
    window.open_post(post_id)
    asked: list[str] = []
    window.choose_version = lambda what: asked.append(what) or "cancel"  # type: ignore[method-assign]
    for text in ("Dua.", "Tiga."):
        window.compose.body.setPlainText(text)
        window.save_post()
        qtbot.waitUntil(lambda text=text: window.store.posts.get(post_id).body == text,
                        timeout=10_000)
        qtbot.waitUntil(lambda: window.compose.base_version == window.store.posts.get(post_id).version,
                        timeout=5000)
    assert asked == []
