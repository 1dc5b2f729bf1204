"""The "Siap diunggah" tab: posting by hand per post and channel (issue 18 item 1)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from core.check.findings import CheckReport
from core.publish.channels import Channel
from core.store.models import PostDraft, Status
from core.store.queue import QueueStore
from ui.manual_posting import ManualPostingView
from ui.operations import ChangeHub, Operations
from ui.tasks import TaskRunner

TODAY = dt.date(2030, 5, 13)
PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"
       b"\x90wS\xde\x00\x00\x00\x0cIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00"
       b"\x00IEND\xaeB`\x82")


def _view(qtbot, store: QueueStore, tmp_path: Path, opened: list[Path]) -> ManualPostingView:
    view = ManualPostingView(store, Operations(TaskRunner(), ChangeHub()), who=lambda: "Rina",
                             folder_root=tmp_path / "siap", today=lambda: TODAY,
                             open_folder=lambda folder: bool(opened.append(folder)) or True)
    qtbot.addWidget(view)
    view.resize(900, 640)
    view.show()
    return view


def _post(store: QueueStore, tmp_path: Path) -> int:
    draft = PostDraft(body="Vaksinasi gratis di Puskesmas Kota, Sabtu 08.00–12.00.\n",
                      title="Vaksinasi gratis", channels=(Channel.FACEBOOK, Channel.INSTAGRAM),
                      scheduled_at=dt.datetime(2030, 5, 13, 9, 0))
    post_id = store.posts.add(draft, CheckReport(draft.body), status=Status.READY).id
    image = tmp_path / "poster.png"
    image.write_bytes(PNG)
    store.media.add(post_id, image, media_dir=tmp_path / "media", alt_text="Poster jadwal vaksinasi",
                    original_name="poster.png")
    return post_id


def test_cards_copy_the_caption_open_the_images_and_mark_each_channel(qtbot, tmp_path: Path,
                                                                       monkeypatch) -> None:
    store = QueueStore(tmp_path / "q.db")
    post_id = _post(store, tmp_path)
    opened: list[Path] = []
    view = _view(qtbot, store, tmp_path, opened)
    assert [(c.item.post.id, c.item.channel) for c in view.cards] == [
        (post_id, Channel.FACEBOOK), (post_id, Channel.INSTAGRAM)]
    assert "2 dari 2 unggahan per kanal belum ditandai terbit" in view.summary.text()
    facebook = view.cards[0]
    assert "09:00 · Facebook · Siap · Vaksinasi gratis" in facebook.heading.text()
    facebook.copy_button.click()
    assert QGuiApplication.clipboard().text() == "Vaksinasi gratis di Puskesmas Kota, Sabtu 08.00–12.00."
    facebook.alt_button.click()
    assert QGuiApplication.clipboard().text() == "1. Poster jadwal vaksinasi"
    facebook.images_button.click()
    assert opened == [tmp_path / "siap" / str(post_id)]
    assert (opened[0] / "1-poster.png").read_bytes() == PNG
    view.ask_url = lambda card: "https://www.facebook.com/dinkes/posts/123"
    facebook.mark_button.click()
    qtbot.waitUntil(lambda: "status sekarang Siap" in view.message, timeout=3000)
    # the count stays beside what the action did
    assert "1 dari 2 unggahan per kanal belum ditandai terbit" in view.summary.text()
    assert "status sekarang Siap" in view.notice.text() and not view.notice.isHidden()
    assert "Sudah terbit di Facebook: https://www.facebook.com/dinkes/posts/123" in view.cards[0].state.text()
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    view.ask_url = lambda card: "bukan alamat"
    view.cards[1].mark_button.click()
    assert warnings and "Alamat unggahan tidak sah" in warnings[0]
    view.ask_url = lambda card: "https://www.instagram.com/p/Cx1/"
    view.cards[1].mark_button.click()
    qtbot.waitUntil(lambda: "status sekarang Terbit" in view.message, timeout=3000)
    assert store.posts.get(post_id).status is Status.PUBLISHED
    assert all(c.item.published for c in view.cards)  # Terbit today: still listed, with addresses
    store.close()


def test_an_unusual_address_is_asked_about_and_an_empty_day_says_what_comes_here(
        qtbot, tmp_path: Path, monkeypatch) -> None:
    store = QueueStore(tmp_path / "q.db")
    view = _view(qtbot, store, tmp_path, [])
    assert not view.cards and "Tidak ada unggahan untuk diunggah hari ini" in view.summary.text()
    assert "Siap atau Diekspor" in view.summary.text()  # exported posts come here too (due_today)
    post_id = _post(store, tmp_path)
    view.refresh()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    view.ask_url = lambda card: "https://bit.ly/abc"
    view.cards[0].mark_button.click()
    assert store.publications.of(post_id) == []  # the admin said no
    store.close()


def test_the_published_link_is_called_a_link_everywhere(qtbot, tmp_path: Path, monkeypatch) -> None:
    """The help says "tempel tautan"; the button to change it and its warnings said "alamat"."""
    store = QueueStore(tmp_path / "q.db")
    _post(store, tmp_path)
    view = _view(qtbot, store, tmp_path, [])
    assert "tautan" in view.help.text()
    view.ask_url = lambda card: "https://www.facebook.com/dinkes/posts/1"
    view.cards[0].mark_button.click()
    qtbot.waitUntil(lambda: view.cards[0].item.published is not None, timeout=3000)
    assert view.cards[0].mark_button.text() == "Ubah tautan…"
    titles: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: titles.append(a[1]))
    view.ask_url = lambda card: "bukan alamat"
    view.cards[1].mark_button.click()
    assert titles == ["Tautan tidak sah"]
    store.close()
