"""Saving the post in the form: refuse what cannot be saved (read-only, empty, too long, the
dictionary still loading), check and store it in the worker, then put the stored images and
version back into the form, or say why nothing was stored (a stale version asks the admin)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from core.store.errors import StaleEditError
from core.store.models import ImageChoice, PostDraft
from ui import operations as ops
from ui import version_conflict

if TYPE_CHECKING:
    from ui.main_window import MainWindow

translate = QCoreApplication.translate  # the strings keep the window's context


def save_post(window: MainWindow) -> None:
    if window.refused_read_only():
        return
    compose, draft = window.compose, window.compose.draft()
    if not draft.body.strip():
        QMessageBox.information(window, translate("MainWindow", "Belum ada isi"),
                                translate("MainWindow", "Isi unggahan masih kosong; tulis dulu isinya."))
        return
    if window.checks.refuse_too_long(draft.body):
        return
    checker = window.checker
    if checker is None:
        loading = translate("MainWindow", "Kamus masih dimuat; coba lagi sebentar.")
        window.statusBar().showMessage(loading, 5000)
        return
    images = compose.images.images()
    op = ops.save_post(window.store, window.user_dictionary, checker, post_id=compose.editing_id,
                       draft=draft, ignores=window.checks.current_ignores(), images=images,
                       known=compose.images.known_ids(), media_dir=window.queue.media_dir,
                       base_version=compose.base_version)
    window.operations.run(op, initiator=compose,
                          success=lambda saved: _saved(window, draft, images, saved),
                          failure=lambda error: _save_failed(window, error))


def _saved(window: MainWindow, draft: PostDraft, images: tuple[ImageChoice, ...], saved: ops.Saved) -> None:
    compose = window.compose
    if saved.image_problem:
        QMessageBox.warning(window, translate("MainWindow", "Gambar belum tersimpan"), translate(
            "MainWindow", "Teks unggahan tersimpan, tetapi gambarnya belum; gambar tetap di formulir. "
            "Periksa gambarnya lalu simpan lagi.\n\n{0}").format(saved.image_problem))
    elif compose.images.images() == images:  # not edited while the check ran
        compose.images.load(saved.media)
    window.autosave.saved = draft
    compose.set_editing(saved.post_id, version=saved.version)
    window.autosave.now()  # the text is in the queue now: the autosave is cleared
    window.queue.select_id(saved.post_id)
    window.statusBar().showMessage(translate(
        "MainWindow", "Tersimpan di antrean sebagai #{0} ({1} harus diperbaiki, {2} perlu diperiksa).")
        .format(saved.post_id, saved.report.errors, saved.report.warnings), 8000)


def _save_failed(window: MainWindow, error: BaseException) -> None:
    if isinstance(error, StaleEditError):
        version_conflict.resolve(window, error)
    elif isinstance(error, ops.SAVE_ERRORS):
        message = translate("MainWindow", "Unggahan tidak tersimpan; teksnya tetap di editor.\n\n{0}")
        QMessageBox.warning(window, translate("MainWindow", "Tidak tersimpan"), message.format(error))
    else:  # the check in the worker failed
        window.checks.check_failed(error)
