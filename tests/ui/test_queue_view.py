"""Save to the queue, list, change status, reopen, delete and export from the window."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from core.publish.channels import Channel
from core.store.models import Status
from ui.main_window import MainWindow


def save(qtbot, window: MainWindow, body: str, title: str = "",
         channels: tuple[Channel, ...] = ()) -> int:
    before = len(window.queue.model.posts)
    window.new_post()  # after a save the form keeps editing the saved post
    for channel in channels:
        window.compose.channel_boxes[channel].setChecked(True)
    window.compose.title.setText(title)
    window.compose.body.setPlainText(body)
    window.save_post()
    qtbot.waitUntil(lambda: len(window.queue.model.posts) == before + 1, timeout=5000)
    return window.queue.selected_id() or 0


def test_save_lists_post_with_counts(qtbot, window: MainWindow) -> None:
    post_id = save(qtbot, window, "Warga dihimbau datang ke kantor pemerintahh.", "Imbauan",
                   (Channel.INSTAGRAM,))
    model = window.queue.model
    row = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    # two words, and Instagram without an image (issue 18: a post-level platform warning)
    assert row == [str(post_id), "Draf", "—", "Instagram", "Imbauan", "0", "3", "—"]
    stored = window.store.posts.get(post_id)
    assert {f.actual for f in stored.findings} == {"dihimbau", "pemerintahh", ""}
    assert "platform.media.instagram" in {f.rule_id for f in stored.findings}


def test_save_again_updates_the_same_post(qtbot, window: MainWindow) -> None:
    post_id = save(qtbot, window, "Warga dihimbau datang.")
    window.compose.body.setPlainText("Warga diimbau datang.")
    window.save_post()
    qtbot.waitUntil(lambda: window.store.posts.get(post_id).body == "Warga diimbau datang.", timeout=5000)
    assert window.store.posts.count() == 1
    assert window.store.posts.get(post_id).n_warnings == 0


def test_empty_post_is_not_saved(qtbot, window: MainWindow, monkeypatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    window.compose.body.setPlainText("   \n")
    window.save_post()
    qtbot.wait(200)
    assert window.store.posts.count() == 0 and told


def test_status_change_and_filter(qtbot, window: MainWindow) -> None:
    post_id = save(qtbot, window, "Layanan dibuka.")
    window.queue.set_selected_status(Status.READY)
    assert window.store.posts.get(post_id).status is Status.READY
    window.queue.filter.setCurrentIndex(window.queue.filter.findData(Status.DRAFT.value))
    assert window.queue.model.posts == []
    window.queue.filter.setCurrentIndex(window.queue.filter.findData(Status.READY.value))
    assert [p.id for p in window.queue.model.posts] == [post_id]


def test_reopen_post_in_editor(qtbot, window: MainWindow) -> None:
    post_id = save(qtbot, window, "Layanan KTP dibuka hari Selasa.", "KTP")
    window.new_post()
    assert window.compose.body.toPlainText() == ""
    window.tabs.setCurrentIndex(1)
    window.queue.select_id(post_id)
    window.queue.open_button.click()
    assert window.tabs.currentIndex() == 0
    assert window.compose.body.toPlainText() == "Layanan KTP dibuka hari Selasa."
    assert window.compose.title.text() == "KTP" and window.compose.editing_id == post_id


def test_delete_asks_first(qtbot, window: MainWindow, monkeypatch) -> None:
    post_id = save(qtbot, window, "Layanan dibuka.")
    questions: list[str] = []
    monkeypatch.setattr(window.queue, "confirm", lambda q: questions.append(q) or False)
    window.queue.delete_selected()
    assert window.store.posts.count() == 1 and f"#{post_id}" in questions[0]
    monkeypatch.setattr(window.queue, "confirm", lambda q: True)
    window.queue.delete_selected()
    assert window.store.posts.count() == 0 and window.queue.model.posts == []


def test_export_writes_csv(qtbot, window: MainWindow, tmp_path: Path) -> None:
    save(qtbot, window, "Layanan dibuka.", "Satu")
    save(qtbot, window, "Layanan ditutup.", "Dua")
    window.queue.set_selected_status(Status.READY)
    target = tmp_path / "siap.csv"
    window.run_export(target, "generic", Status.READY)
    qtbot.waitUntil(target.exists, timeout=5000)
    rows = list(csv.DictReader(target.read_text(encoding="utf-8").splitlines()))
    assert [r["title"] for r in rows] == ["Dua"]


def test_export_summary_names_every_file(qtbot, window: MainWindow, tmp_path: Path) -> None:
    """Issue 18: after an export a summary names each file written, and so does the status bar."""
    save(qtbot, window, "Layanan dibuka.", "Satu", (Channel.FACEBOOK, Channel.INSTAGRAM))
    window.queue.set_selected_status(Status.READY)
    window.run_export(tmp_path / "kirim.xlsx", "review", None)
    qtbot.waitUntil(lambda: window.exports.last_report is not None, timeout=5000)
    files = sorted(tmp_path.glob("*.xlsx"))
    assert files
    report = window.exports.last_report
    shown = report.text.toPlainText()
    assert all(str(f) in shown for f in files) and "Berkas yang ditulis" in shown
    assert all(str(f) in window.statusBar().currentMessage() for f in files)
    assert "diekspor ke 1 berkas" in report.findChild(QLabel).text()


def test_failed_export_says_so_and_changes_nothing(qtbot, window: MainWindow, tmp_path: Path,
                                                   monkeypatch) -> None:
    save(qtbot, window, "Layanan dibuka.")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    before = window.store.posts.list()
    window.run_export(tmp_path / "tidak-ada" / "x.csv", "generic", None)
    qtbot.waitUntil(lambda: bool(warnings), timeout=5000)
    assert "tidak-ada" in warnings[0] and "tidak berubah" in warnings[0]
    assert window.store.posts.list() == before


# -- issue 5: reason rule, history, search, lazy model, images -----------------------------

import datetime as dt  # noqa: E402

from core.check.findings import Category, CheckReport, Finding, Severity  # noqa: E402
from core.store.models import PostDraft  # noqa: E402
from core.store.queue import QueueStore  # noqa: E402
from ui.queue_model import PAGE  # noqa: E402
from ui.queue_view import QueueView  # noqa: E402

ERR = Finding("platform.length.x", Category.PLATFORM, Severity.ERROR, 0, 1, "Terlalu panjang", "W")


def _view(qtbot, store: QueueStore, tmp_path: Path) -> QueueView:
    view = QueueView(store, who=lambda: "Rina", media_dir=tmp_path / "media")
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    return view


def test_siap_with_errors_asks_a_reason_and_history_shows_it(qtbot, store: QueueStore,
                                                              tmp_path: Path) -> None:
    post_id = store.posts.add(PostDraft(body="Warga"), CheckReport("Warga", (ERR,))).id
    view = _view(qtbot, store, tmp_path)
    view.select_id(post_id)
    asked: list[str] = []
    view.ask_reason = lambda q: asked.append(q) or ""  # cancelled / empty: nothing changes
    view.set_selected_status(Status.READY)
    assert store.posts.get(post_id).status is Status.DRAFT and "1 temuan yang harus diperbaiki" in asked[0]
    view.ask_reason = lambda q: "Sudah disetujui Kabid"
    view.set_selected_status(Status.READY)
    assert store.posts.get(post_id).status is Status.READY
    view.select_id(post_id)
    lines = [view.history.item(i).text() for i in range(view.history.count())]
    assert len(lines) == 1 and "Rina" in lines[0] and "Draf → Siap" in lines[0]
    assert "Sudah disetujui Kabid" in lines[0]


def test_search_box_and_channel_filter(qtbot, store: QueueStore, tmp_path: Path) -> None:
    a = store.posts.add(PostDraft(body="Vaksinasi gratis", channels=(Channel.FACEBOOK,)), CheckReport("x")).id
    store.posts.add(PostDraft(body="Lomba kebersihan", channels=(Channel.X,)), CheckReport("x"))
    view = _view(qtbot, store, tmp_path)
    view.search.setText("vaksin")
    qtbot.waitUntil(lambda: [p.id for p in view.model.posts] == [a], timeout=2000)
    view.search.setText("")
    qtbot.waitUntil(lambda: len(view.model.posts) == 2, timeout=2000)
    view.channel.setCurrentIndex(view.channel.findData(Channel.X.value))
    assert [p.excerpt for p in view.model.posts] == ["Lomba kebersihan"]


def test_model_fetches_pages_as_the_view_scrolls(qtbot, store: QueueStore, tmp_path: Path) -> None:
    store._db["posts"].insert_all(
        {"body": f"p{n}", "created_at": "2025-01-01T00:00:00", "updated_at": "2025-01-01T00:00:00",
         "scheduled_at": (dt.datetime(2030, 1, 1) + dt.timedelta(hours=n)).strftime("%Y-%m-%d %H:%M")}
        for n in range(PAGE * 3))
    view = _view(qtbot, store, tmp_path)
    assert view.model.total == PAGE * 3 and len(view.model.posts) <= PAGE * 2
    view.table.scrollToBottom()
    qtbot.waitUntil(lambda: len(view.model.posts) > PAGE, timeout=2000)
    while view.model.canFetchMore():
        view.model.fetchMore()
    assert [p.excerpt for p in view.model.posts] == [f"p{n}" for n in range(PAGE * 3)]


def test_image_gets_copied_and_shown(qtbot, store: QueueStore, tmp_path: Path) -> None:
    from PySide6.QtGui import QColor, QImage

    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#2e7d32"))
    source = tmp_path / "foto.png"
    image.save(str(source))
    post_id = store.posts.add(PostDraft(body="Foto kegiatan"), CheckReport("x")).id
    view = _view(qtbot, store, tmp_path)
    view.attach_image(post_id, source, "Bupati menanam pohon")
    view.select_id(post_id)
    assert "Bupati menanam pohon" in view.alt_text.text()
    assert not view.preview.pixmap().isNull()
    index = view.model.index(0, 4)
    assert not view.model.data(index, Qt.ItemDataRole.DecorationRole).isNull()
    assert (tmp_path / "media").is_dir()


def test_export_marks_posts_after_the_file_and_records_the_batch(qtbot, window: MainWindow,
                                                                 tmp_path: Path) -> None:
    post_id = save(qtbot, window, "Layanan dibuka.", "Satu")
    window.store.posts.set_status(post_id, Status.READY, reason="Sudah diperiksa", who="Budi")
    target = tmp_path / "semua.csv"
    window.run_export(target, "generic", None)
    qtbot.waitUntil(lambda: window.store.posts.get(post_id).status is Status.EXPORTED, timeout=5000)
    assert target.exists()
    (batch,) = window.store.exports.batches()
    assert (batch.preset, batch.post_ids) == ("generic", (post_id,))
    review = tmp_path / "tinjau.xlsx"
    window.run_export(review, "review", None)
    qtbot.waitUntil(lambda: len(window.store.exports.batches()) == 2, timeout=5000)
    assert review.read_bytes().startswith(b"PK")  # an .xlsx (zip) workbook
    assert window.store.posts.get(post_id).status is Status.EXPORTED


def test_send_and_receive_review_bundle(qtbot, store: QueueStore, tmp_path: Path) -> None:
    a = store.posts.add(PostDraft(body="Satu"), CheckReport("x")).id
    b = store.posts.add(PostDraft(body="Dua"), CheckReport("x")).id
    view = _view(qtbot, store, tmp_path)
    view.table.selectAll()
    assert sorted(view.selected_ids()) == [a, b]
    view.message = ""
    view.send_for_review(tmp_path / "t.saring")
    assert not view.review_button.isEnabled()  # busy: no second bundle meanwhile
    qtbot.waitUntil(lambda: "2 unggahan" in view.message, timeout=5000)
    assert view.review_button.isEnabled()
    other = QueueStore(tmp_path / "lain.db")
    peer = QueueView(other, who=lambda: "Sari", media_dir=tmp_path / "m2")
    qtbot.addWidget(peer)
    peer.message = ""
    peer.receive_review(tmp_path / "t.saring")
    qtbot.waitUntil(lambda: "2 unggahan baru" in peer.message, timeout=5000)
    peer.receive_review(tmp_path / "t.saring")
    qtbot.waitUntil(lambda: "0 unggahan baru" in peer.message, timeout=5000)
    assert other.posts.count() == 2 and len(peer.model.posts) == 2
    other.close()


def test_head_of_office_decisions_from_the_xlsx_copy(qtbot, store: QueueStore, tmp_path: Path,
                                                      monkeypatch) -> None:
    """Issue 18: Tinjauan → Terima keputusan pimpinan applies the .xlsx decisions through the
    workflow and reports, post by post, what it could not apply; a foreign file changes nothing."""
    from openpyxl import load_workbook

    from core.publish.queue_export import export_queue

    a = store.posts.add(PostDraft(body="Satu", title="Satu"), CheckReport("x")).id
    b = store.posts.add(PostDraft(body="Dua", title="Dua"), CheckReport("x")).id
    path = export_queue(store, preset="review", out=tmp_path / "tinjau.xlsx").result.files[0]
    wb = load_workbook(path)
    sheet = wb["Tinjauan"]
    sheet["L2"], sheet["L3"], sheet["M3"] = "Setuju", "Tolak", "Tidak relevan"
    wb.save(path)
    store.posts.update(b, PostDraft(body="Dua diubah", title="Dua"), CheckReport("x"))
    view = _view(qtbot, store, tmp_path)
    view.message = ""
    view.review.receive_decisions(path)
    qtbot.waitUntil(lambda: "Keputusan pimpinan" in view.message, timeout=5000)
    assert "1 diterapkan, 1 tidak diterapkan" in view.message
    assert store.posts.get(a).status is Status.READY and store.posts.get(b).status is Status.DRAFT
    report = view.review.last_report
    shown = report.text.toPlainText()
    assert f"#{b} “Dua”: Tolak TIDAK diterapkan: unggahan ini sudah diubah" in shown
    assert f"#{a} “Satu”: Setuju → Siap" in shown
    assert shown.index("Tidak diterapkan:") < shown.index("Diterapkan:")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kw: warnings.append(args[2]))
    junk = tmp_path / "bukan.xlsx"
    junk.write_text("bukan", encoding="utf-8")
    view.review.receive_decisions(junk)
    qtbot.waitUntil(lambda: bool(warnings), timeout=5000)
    assert "tidak berubah" in warnings[0] and "bukan buku kerja Excel" in warnings[0]
    assert view.review_button.isEnabled()


def test_bundle_errors_are_clear_and_change_nothing(qtbot, store: QueueStore, tmp_path: Path,
                                                   monkeypatch) -> None:
    a = store.posts.add(PostDraft(body="Satu"), CheckReport("x")).id
    view = _view(qtbot, store, tmp_path)
    view.select_id(a)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kw: warnings.append(args[2]))
    view.send_for_review(tmp_path / "tidak-ada" / "t.saring")
    qtbot.waitUntil(lambda: bool(warnings), timeout=5000)
    assert "tidak-ada" in warnings[0] and "tidak berubah" in warnings[0]
    assert view.review_button.isEnabled() and not (tmp_path / "tidak-ada").exists()
    junk = tmp_path / "rusak.saring"
    junk.write_text("bukan zip", encoding="utf-8")
    view.receive_review(junk)
    qtbot.waitUntil(lambda: len(warnings) == 2, timeout=5000)
    assert "bukan berkas tinjauan" in warnings[1] and store.posts.count() == 1


def test_window_reads_bundles_in_its_worker(qtbot, window: MainWindow) -> None:
    assert window.queue.tasks is window.tasks


def test_an_earlier_batch_can_be_exported_again(qtbot, window: MainWindow, tmp_path: Path) -> None:
    from ui.export_dialog import ExportDialog

    first = save(qtbot, window, "Layanan dibuka.", "Satu")
    window.run_export(tmp_path / "a.csv", "generic", None)
    qtbot.waitUntil(lambda: len(window.store.exports.batches()) == 1, timeout=5000)
    save(qtbot, window, "Layanan ditutup.", "Dua")
    dialog = ExportDialog(tmp_path, None, window, batches=window.store.exports.batches())
    qtbot.addWidget(dialog)
    dialog.batch.setCurrentIndex(1)
    choice = dialog.choice()
    assert choice.batch == 1 and not dialog.status.isEnabled()
    window.run_export(tmp_path / "b.xlsx", "review", None, batch=choice.batch)
    qtbot.waitUntil(lambda: (tmp_path / "b.xlsx").exists(), timeout=5000)
    from openpyxl import load_workbook

    rows = list(load_workbook(tmp_path / "b.xlsx")["Tinjauan"].iter_rows(min_row=2, values_only=True))
    assert [r[0] for r in rows] == [first]


def test_jadwalkan_otomatis_button(qtbot, store: QueueStore, tmp_path: Path, monkeypatch) -> None:
    from core.app.settings import TimeSlot
    from core.publish.schedule import Plan

    post_id = store.posts.add(PostDraft(body="x", channels=(Channel.FACEBOOK,)), CheckReport("x")).id
    plan = Plan(targets={Channel.FACEBOOK: 1}, slots=tuple(TimeSlot(d, "09:00") for d in range(7)))
    view = QueueView(store, who=lambda: "Rina", media_dir=tmp_path / "m", plan=lambda: plan)
    qtbot.addWidget(view)
    view.select_id(post_id)
    view.schedule_button.click()
    at = store.posts.get(post_id).draft.scheduled_at
    assert at is not None and at.time() == dt.time(9, 0) and at > dt.datetime.now()
    assert view.count.text() == f"#{post_id} dijadwalkan {WEEKDAYS[at.weekday()]} {at:%d-%m-%Y} 09:00."
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    empty = QueueView(store, who=lambda: "Rina", media_dir=tmp_path / "m",
                      plan=lambda: Plan(targets={}, slots=()))
    qtbot.addWidget(empty)
    empty.select_id(post_id)
    empty.schedule_button.click()
    assert warnings and "Pengaturan" in warnings[0]


def _select(view: QueueView, ids: list[int]) -> None:
    from PySide6.QtCore import QItemSelectionModel

    view.table.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row, post in enumerate(view.model.posts):
        if post.id in ids:
            view.table.selectionModel().select(view.model.index(row, 0), flags)


def test_status_applies_to_every_selected_row_with_one_question_and_one_reason(
        qtbot, store: QueueStore, tmp_path: Path) -> None:
    clean = store.posts.add(PostDraft(body="Layanan dibuka"), CheckReport("x")).id
    err_a = store.posts.add(PostDraft(body="Warga"), CheckReport("Warga", (ERR,))).id
    err_b = store.posts.add(PostDraft(body="Warga lagi"), CheckReport("Warga", (ERR,))).id
    archived = store.posts.add(PostDraft(body="Lama"), CheckReport("x"), status=Status.ARCHIVED).id
    view = _view(qtbot, store, tmp_path)
    _select(view, [clean, err_a, err_b, archived])
    assert sorted(view.selected_ids()) == sorted([clean, err_a, err_b, archived])
    questions: list[str] = []
    reasons: list[str] = []
    reports: list[str] = []
    view.confirm_change = lambda q: questions.append(q) or False
    view.set_selected_status(Status.READY)  # "no": nothing changes
    assert all(store.posts.get(i).status is not Status.READY for i in (clean, err_a, err_b))
    view.confirm_change = lambda q: questions.append(q) or True
    view.ask_reason = lambda q: reasons.append(q) or "Disetujui Kabid"
    view.report_refused = reports.append
    view.set_selected_status(Status.READY)
    assert "4 unggahan" in questions[-1] and len(reasons) == 1
    assert f"#{err_a}" in reasons[0] and f"#{err_b}" in reasons[0]
    assert [store.posts.get(i).status for i in (clean, err_a, err_b)] == [Status.READY] * 3
    assert store.posts.history(err_b)[-1].reason == "Disetujui Kabid"
    assert store.posts.get(archived).status is Status.ARCHIVED
    assert len(reports) == 1 and "3 dari 4" in reports[0] and f"#{archived}" in reports[0]


def test_blank_reason_for_several_changes_the_clean_ones_and_names_the_others(
        qtbot, store: QueueStore, tmp_path: Path) -> None:
    clean = store.posts.add(PostDraft(body="Layanan dibuka"), CheckReport("x")).id
    err = store.posts.add(PostDraft(body="Warga"), CheckReport("Warga", (ERR,))).id
    view = _view(qtbot, store, tmp_path)
    _select(view, [clean, err])
    reports: list[str] = []
    view.confirm_change = lambda q: True
    view.ask_reason = lambda q: ""
    view.report_refused = reports.append
    view.set_selected_status(Status.READY)
    assert store.posts.get(clean).status is Status.READY and store.posts.get(err).status is Status.DRAFT
    assert "1 dari 2" in reports[0] and f"#{err}" in reports[0] and "alasan" in reports[0]


def test_skipping_siap_is_refused_with_the_core_message(qtbot, store: QueueStore,
                                                         tmp_path: Path) -> None:
    post_id = store.posts.add(PostDraft(body="Layanan dibuka"), CheckReport("x")).id
    view = _view(qtbot, store, tmp_path)
    view.select_id(post_id)
    reports: list[str] = []
    view.report_refused = reports.append
    view.set_selected_status(Status.PUBLISHED)
    assert store.posts.get(post_id).status is Status.DRAFT
    assert "Siap lebih dulu" in reports[0]


def test_status_menu_greys_out_moves_no_selected_post_may_make(qtbot, store: QueueStore,
                                                                tmp_path: Path) -> None:
    draft = store.posts.add(PostDraft(body="Satu"), CheckReport("x")).id
    ready = store.posts.add(PostDraft(body="Dua"), CheckReport("x"), status=Status.READY).id
    view = _view(qtbot, store, tmp_path)
    view.select_id(draft)
    view._update_status_menu()
    enabled = {s for s, a in view.status_actions.items() if a.isEnabled()}
    assert enabled == {Status.NEEDS_REVISION, Status.READY, Status.ARCHIVED}
    _select(view, [draft, ready])
    view._update_status_menu()
    assert view.status_actions[Status.PUBLISHED].isEnabled()  # allowed for the Siap one


def test_delete_removes_every_selected_post_after_one_question(qtbot, store: QueueStore,
                                                               tmp_path: Path) -> None:
    ids = [store.posts.add(PostDraft(body=f"Isi {n}"), CheckReport("x")).id for n in range(3)]
    view = _view(qtbot, store, tmp_path)
    _select(view, ids[:2])
    questions: list[str] = []
    view.confirm = lambda q: questions.append(q) or True
    view.delete_selected()
    assert len(questions) == 1 and "2 unggahan" in questions[0]
    assert [p.id for p in store.posts.list()] == [ids[2]]


def test_without_a_selection_the_history_says_what_to_do(qtbot, store: QueueStore, tmp_path: Path) -> None:
    view = _view(qtbot, store, tmp_path)
    assert [view.history.item(i).text() for i in range(view.history.count())] == [
        "Pilih satu unggahan untuk melihat riwayat status dan gambarnya."]
    assert not view.preview.isVisible()  # no empty picture frame either


def test_window_refuses_a_draft_for_a_posting_tool_with_the_cli_sentence(qtbot, window: MainWindow,
                                                                         tmp_path: Path, monkeypatch) -> None:
    """Issue 16: one export path for the window and the command line: a Draf post never goes
    into a Hootsuite file, and the refusal is the command line's sentence."""
    draft = save(qtbot, window, "Layanan dibuka.", "Draf", (Channel.FACEBOOK,))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    target = tmp_path / "hootsuite.csv"
    window.run_export(target, "hootsuite", Status.DRAFT)
    assert "Unggahan berstatus Draf; hanya unggahan Siap yang masuk berkas Hootsuite" in warnings[0]
    assert not target.exists() and window.store.posts.get(draft).status is Status.DRAFT
    window.run_export(target, "hootsuite", None)  # every status: only the Siap ones would go
    qtbot.waitUntil(lambda: "Tidak ada yang diekspor" in window.statusBar().currentMessage(), timeout=5000)
    assert "tidak ada berkas yang ditulis" in window.exports.last_report.findChild(QLabel).text()
    assert window.store.posts.get(draft).status is Status.DRAFT and window.store.exports.batches() == []


def test_status_bar_names_two_files_or_the_folder_and_count(qapp, tmp_path: Path) -> None:
    from ui.labels import counted

    two = [tmp_path / "a-facebook.csv", tmp_path / "a-x.csv"]
    assert counted().exported_files(2, two) == f"2 unggahan diekspor ke {two[0]} dan {two[1]}"
    three = [*two, tmp_path / "a-instagram.csv"]
    assert counted().exported_files(2, three) == f"2 unggahan diekspor ke 3 berkas di {tmp_path}"


def test_menu_buttons_leave_room_for_their_arrow(qtbot, window: MainWindow) -> None:
    """Fusion draws the menu arrow over the end of the text ("Ubah status⌄"); the buttons ask
    for the arrow's width on top of what a plain tool button with the same text needs."""
    from PySide6.QtWidgets import QStyle, QToolButton

    for button in (window.queue.status_button, window.queue.review_button):
        plain = QToolButton()
        qtbot.addWidget(plain)
        plain.setText(button.text())
        plain.setMenu(button.menu())
        plain.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        arrow = button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
        assert button.sizeHint().width() >= plain.sizeHint().width() + arrow


def test_the_review_menu_makes_the_heads_xlsx_copy_through_the_export(qtbot, window: MainWindow) -> None:
    """The head's .xlsx copy is an export format; the Tinjauan menu, which reads its decisions
    back, also names making it, and opens the export on that format."""
    from tests.ui.modal import when_modal
    from ui.export_dialog import ExportDialog

    seen: list[tuple[str, str, str]] = []

    def look(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, ExportDialog)
        seen.append((dialog.windowTitle(), dialog.format.currentData(), dialog.path.text()))
        dialog.reject()

    assert window.queue.review.copy_action in window.queue.review_button.menu().actions()
    when_modal(look)
    window.queue.review.copy_action.trigger()
    assert seen and seen[0][0] == "Ekspor antrean" and seen[0][1] == "review"
    assert seen[0][2].endswith(".xlsx")


WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


def test_the_windows_queue_schedules_and_signs_with_the_windows_settings(qtbot, store, checker) -> None:
    """Like the calendar: "Jadwalkan otomatis" and the status history's name come from the
    settings the window was given, not from whatever settings file the PC holds."""
    from core.app.settings import Settings, TimeSlot
    from core.check.findings import CheckReport
    from core.store.models import PostDraft

    settings = Settings(user_name="Rina Hartati", daily_targets={Channel.FACEBOOK: 1},
                        time_slots=tuple(TimeSlot(d, "06:15") for d in range(7)))
    window = MainWindow(store, lambda: checker, settings=settings)
    window.confirm = lambda title, question: True
    qtbot.addWidget(window)
    post_id = store.posts.add(PostDraft(body="x", channels=(Channel.FACEBOOK,)), CheckReport("x")).id
    window.show_tab(1)
    window.queue.refresh()
    window.queue.select_id(post_id)
    window.queue.schedule_button.click()
    qtbot.waitUntil(lambda: store.posts.get(post_id).draft.scheduled_at is not None, timeout=3000)
    assert store.posts.get(post_id).draft.scheduled_at.time() == dt.time(6, 15)
    assert window.queue.who() == "Rina Hartati"


def test_cancelling_the_alt_text_cancels_the_image(qtbot, store: QueueStore, tmp_path: Path,
                                                   monkeypatch) -> None:
    """"Batal" on the alt-text question attached the image all the same, without alt text."""
    from PySide6.QtWidgets import QInputDialog

    from tests.pictures import png
    from ui import file_dialogs

    picture = tmp_path / "foto.png"
    picture.write_bytes(png())
    post_id = store.posts.add(PostDraft(body="x", channels=(Channel.FACEBOOK,)), CheckReport("x")).id
    view = QueueView(store, who=lambda: "Rina", media_dir=tmp_path / "m")
    qtbot.addWidget(view)
    view.select_id(post_id)
    monkeypatch.setattr(file_dialogs, "open_file", lambda *a, **k: str(picture))
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("", False))
    view.image_button.click()
    qtbot.wait(200)
    assert store.media.for_posts([post_id]).get(post_id, ()) in ((), [])
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("Foto posyandu", True))
    view.image_button.click()
    qtbot.waitUntil(lambda: bool(store.media.for_posts([post_id]).get(post_id)), timeout=3000)
    assert [m.alt_text for m in store.media.for_posts([post_id])[post_id]] == ["Foto posyandu"]
