"""The head of office's decisions applied through the workflow, post by post, with what could
not be applied."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from core.check.findings import Category, CheckReport, Finding, Severity
from core.publish.channels import Channel
from core.publish.queue_export import export_queue
from core.publish.review_import import import_review_copy
from core.publish.review_sheet import REVIEW_COLUMNS, REVIEW_SHEET, ReviewCopyError
from core.store.changes import Change
from core.store.models import PostDraft, Status
from core.store.queue import QueueStore

NOW = dt.datetime(2030, 5, 1, 9, 0)
AT = dt.datetime(2030, 5, 13, 19, 0)
ERROR = Finding("platform.length.x", Category.PLATFORM, Severity.ERROR, 0, 3, "Terlalu panjang.")


@pytest.fixture
def store() -> Iterator[QueueStore]:
    s = QueueStore(":memory:")
    yield s
    s.close()


def _add(store: QueueStore, body: str, status: Status = Status.DRAFT,
         findings: tuple[Finding, ...] = ()) -> int:
    draft = PostDraft(body=body, title=body, channels=(Channel.FACEBOOK,), scheduled_at=AT)
    return store.posts.add(draft, CheckReport(body, findings), status=status).id


def _copy(store: QueueStore, tmp_path: Path, decisions: dict[int, tuple[str, str]]) -> Path:
    path = export_queue(store, preset="review", out=tmp_path / "tinjau.xlsx", now=NOW).result.files[0]
    wb = load_workbook(path)
    for row in wb[REVIEW_SHEET].iter_rows(min_row=2):
        if row[0].value in decisions:
            row[REVIEW_COLUMNS.index("Keputusan")].value, row[-1].value = decisions[row[0].value]
    wb.save(path)
    return path


def test_each_decision_moves_the_post_through_the_workflow(store: QueueStore, tmp_path: Path) -> None:
    yes, fix, no, silent = (_add(store, t) for t in ("setuju", "revisi", "tolak", "kosong"))
    path = _copy(store, tmp_path, {yes: ("Setuju", ""), fix: ("Revisi", "Ganti fotonya"),
                                   no: ("Tolak", "Bukan wewenang dinas")})
    done = import_review_copy(store, path, who="Admin")
    assert [(o.post_id, o.applied, o.status) for o in done.outcomes] == [
        (yes, True, Status.READY), (fix, True, Status.NEEDS_REVISION), (no, True, Status.ARCHIVED)]
    assert done.empty == 1 and store.posts.get(silent).status is Status.DRAFT
    assert store.posts.get(yes).status is Status.READY
    last = store.posts.last_change(fix)
    assert last is not None and last.reason == "Revisi diminta pimpinan: Ganti fotonya"
    assert last.who == "Admin (salinan tinjauan tinjau.xlsx)"
    rejected = store.posts.last_change(no)
    assert rejected is not None and rejected.reason == "Ditolak pimpinan: Bukan wewenang dinas"
    assert done.changes.touches(Change.STATUS) and done.changes.post_ids == {yes, fix, no}
    assert done.summary() == "3 keputusan diterapkan, 0 tidak diterapkan, 1 baris tanpa keputusan."


def test_what_cannot_be_applied_is_reported_post_by_post(store: QueueStore, tmp_path: Path) -> None:
    gone = _add(store, "dihapus")
    edited = _add(store, "diubah")
    odd = _add(store, "nilai aneh")
    errors = _add(store, "galat", findings=(ERROR,))
    published = _add(store, "terbit", Status.READY)
    path = _copy(store, tmp_path, {gone: ("Setuju", ""), edited: ("Setuju", ""), odd: ("Boleh", ""),
                                   errors: ("Setuju", ""), published: ("Tolak", "")})
    store.posts.set_status(published, Status.PUBLISHED)
    store.posts.delete(gone)
    store.posts.update(edited, PostDraft(body="diubah lagi", title="diubah", channels=(Channel.FACEBOOK,),
                                         scheduled_at=AT), CheckReport("diubah lagi"))
    done = import_review_copy(store, path)
    why = {o.post_id: o.message for o in done.not_applied}
    assert not done.applied and set(why) == {gone, edited, odd, errors, published}
    assert "sudah tidak ada" in why[gone]
    assert "sudah diubah" in why[edited] and "Kirim salinan baru" in why[edited]
    assert "“Boleh” bukan pilihan Keputusan" in why[odd]
    assert "1 temuan yang harus diperbaiki" in why[errors] and "Catatan peninjau" in why[errors]
    assert "sudah Terbit" in why[published]
    assert store.posts.get(errors).status is Status.DRAFT
    assert store.posts.get(published).status is Status.PUBLISHED
    assert f"#{odd} “nilai aneh”: Boleh TIDAK diterapkan: “Boleh” bukan" in "\n".join(done.lines())


def test_an_approval_with_a_note_stands_as_the_reason_for_remaining_errors(store: QueueStore,
                                                                           tmp_path: Path) -> None:
    post_id = _add(store, "galat", findings=(ERROR,))
    path = _copy(store, tmp_path, {post_id: ("Setuju", "Dipecah jadi utas saat diunggah")})
    done = import_review_copy(store, path)
    assert [o.applied for o in done.outcomes] == [True]
    last = store.posts.last_change(post_id)
    assert store.posts.get(post_id).status is Status.READY
    assert last is not None and last.reason == "Disetujui pimpinan: Dipecah jadi utas saat diunggah"


def test_a_schedule_or_status_change_after_the_copy_does_not_void_the_decision(
        store: QueueStore, tmp_path: Path) -> None:
    post_id = _add(store, "jadwal digeser")
    path = _copy(store, tmp_path, {post_id: ("Revisi", "Kurang sumber")})
    store.posts.set_schedule(post_id, AT + dt.timedelta(days=1))
    store.posts.set_status(post_id, Status.READY)
    assert import_review_copy(store, path).applied[0].status is Status.NEEDS_REVISION


def test_rejecting_an_exported_post_archives_it_and_says_to_remove_it_from_the_tool(
        store: QueueStore, tmp_path: Path) -> None:
    post_id = _add(store, "diekspor", Status.READY)
    path = _copy(store, tmp_path, {post_id: ("Tolak", "")})
    export_queue(store, preset="generic", out=tmp_path / "g.csv", now=NOW)
    assert store.posts.get(post_id).status is Status.EXPORTED
    done = import_review_copy(store, path)
    assert done.applied[0].status is Status.ARCHIVED and "hapus jadwalnya" in done.applied[0].message


def test_importing_the_same_copy_twice_changes_nothing_the_second_time(store: QueueStore,
                                                                       tmp_path: Path) -> None:
    post_id = _add(store, "sekali")
    path = _copy(store, tmp_path, {post_id: ("Setuju", "")})
    import_review_copy(store, path)
    again = import_review_copy(store, path)
    assert not again.applied and "sudah Siap" in again.not_applied[0].message
    assert [h.to_status for h in store.posts.history(post_id)] == [Status.READY]  # once


def test_a_read_only_store_or_a_foreign_file_changes_nothing(store: QueueStore, tmp_path: Path) -> None:
    post_id = _add(store, "x")
    bad = tmp_path / "bukan.xlsx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(ReviewCopyError):
        import_review_copy(store, bad)
    assert store.posts.get(post_id).status is Status.DRAFT
