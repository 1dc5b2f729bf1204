"""Start the window: QApplication, translations, logging, one instance per database, the
checked store, the main window."""

from __future__ import annotations

import logging
import sys
import tempfile
import time
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QIcon, QImageReader
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from core.app.logs import setup_logging
from core.app.paths import resource_dir, user_data_dir
from core.app.settings import Settings, load_settings
from core.check.checker import Checker
from core.store.backup import DatabaseDamagedError, make_daily_backup, open_store, restore, set_aside
from core.store.bundle import sweep_interrupted_imports
from core.store.errors import StoreError
from core.store.media import IMAGE_SUFFIXES
from core.store.queue import QueueStore
from ui.main_window import MainWindow
from ui.single_instance import InstanceLock
from ui.theme import follow_color_scheme
from ui.translation import SOURCE_LANGUAGE, install_translator, translation_path  # noqa: F401 (re-exported)
from ui.window_state import window_state_path

log = logging.getLogger(__name__)

def application() -> QApplication:
    # The check runs in a worker thread; every Qt call of the UI thread gives up the GIL and
    # waits up to the switch interval (5 ms by default) to get it back while the worker is busy.
    # 1 ms keeps the window responsive during a long check (bench/ui_latency.py).
    sys.setswitchinterval(0.001)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Saring")
    app.setOrganizationName("Saring")
    app.setApplicationDisplayName("Saring")
    icon = resource_dir() / "icons" / "saring.png"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    follow_color_scheme(app)  # type: ignore[arg-type]
    return app  # type: ignore[return-value]


def create_window(db_path: Path, settings: Settings | None = None) -> MainWindow:
    """The main window over the database at ``db_path`` (raises :class:`StoreError`)."""
    store = QueueStore(db_path)
    return MainWindow(store, Checker.for_user, settings=settings)


def open_checked_store(db_path: Path, *, keep: int, parent: QWidget | None = None) -> QueueStore | None:
    """Open the database after its integrity check; a damaged one is explained and, when the
    user agrees, restored from the newest good backup (the damaged file is kept aside).
    Returns None when the user chose to quit."""
    try:
        return open_store(db_path, keep=keep)
    except DatabaseDamagedError as exc:
        log.error("database damaged: %s", exc)
        return _handle_damage(exc, keep=keep, parent=parent)


def _handle_damage(exc: DatabaseDamagedError, *, keep: int, parent: QWidget | None) -> QueueStore | None:
    box = QMessageBox(QMessageBox.Icon.Critical, "Saring — basis data rusak", str(exc),
                      parent=parent)
    if exc.backup is not None:
        action = box.addButton(f"Pulihkan dari cadangan {exc.backup.name}", QMessageBox.ButtonRole.AcceptRole)
    else:
        action = box.addButton("Mulai dengan basis data baru (berkas rusak disimpan)",
                               QMessageBox.ButtonRole.AcceptRole)
    box.addButton("Keluar", QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is not action:
        return None
    if exc.backup is not None:
        result = restore(exc.path, backup=exc.backup)
        message = (f"Basis data dipulihkan dari {result.restored_from.name}. Berkas yang rusak "
                   f"disimpan sebagai {result.damaged_kept_at}.")
    else:
        aside = set_aside(exc.path)
        message = f"Berkas yang rusak disimpan sebagai {aside}. Saring mulai dengan basis data baru."
    log.warning("%s", message)
    QMessageBox.information(parent, "Saring", message)
    return open_store(exc.path, keep=keep)


def install_excepthook(window_getter, log_file: Path) -> None:
    """Unexpected exceptions: logged, the draft autosaved, and a dialog that says where the
    log is and that the text is kept. The app keeps running."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, value, tb))
        log.error("unexpected error\n%s", details)
        window = window_getter()
        kept = ""
        if window is not None and not window.read_only:
            try:
                window.autosave_now()
                kept = "Teks yang sedang ditulis sudah disimpan otomatis dan tetap di editor.\n\n"
            except Exception:
                log.exception("autosave after the error failed")
        box = QMessageBox(QMessageBox.Icon.Critical, "Saring — terjadi kesalahan",
                          f"Terjadi kesalahan yang tidak terduga: {value}\n\n{kept}"
                          f"Rinciannya dicatat di berkas log:\n{log_file}\n\n"
                          "Kirimkan berkas itu ke pengelola TI bila kesalahan berulang.", parent=window)
        box.setDetailedText(details)
        box.exec()

    sys.excepthook = hook


def run(*, db_path: Path, exit_after_paint: bool = False) -> int:
    log_file = setup_logging()
    app = application()
    settings = load_settings()
    install_translator(app, settings.language)
    log.info("start, database %s", db_path)
    lock = InstanceLock(db_path)
    read_only = False
    if not lock.acquire():
        if lock.owner_answers():
            print(f"Saring sudah terbuka untuk {db_path}; jendelanya dimunculkan.", file=sys.stderr)
            log.info("already running for %s; the first window came forward", db_path)
            return 0
        log.warning("the Saring holding %s does not answer (%s)", db_path, lock.owner() or "?")
        if not ask_read_only(db_path, lock.owner()):
            return 0
        read_only = True
    window: MainWindow | None = None
    install_excepthook(lambda: window, log_file)
    try:
        store = (QueueStore(db_path, read_only=True) if read_only
                 else open_checked_store(db_path, keep=settings.backup_keep))
    except StoreError as exc:
        log.error("%s", exc)
        QMessageBox.critical(None, "Saring", str(exc))
        lock.release()
        return 2
    if store is None:
        lock.release()
        return 2
    if not read_only:  # images a killed review-bundle import copied and no post uses
        sweep_interrupted_imports(store, user_data_dir() / "media")
    window = MainWindow(store, Checker.for_user, settings=settings, read_only=read_only,
                        state_path=window_state_path())
    if not read_only:
        lock.show_requested.connect(lambda: _bring_forward(window))
    if exit_after_paint:  # bench: print the wall-clock time of the first paint, then quit
        painted = _PaintWatch(window)
        painted.first_paint.connect(lambda: (print(f"SARING-PAINT {time.time():.6f}", flush=True),
                                             app.quit()))
    window.show()
    if not exit_after_paint and not read_only:
        if not settings.first_start_done:
            window.show_welcome()
        QTimer.singleShot(0, window.offer_unsaved_draft)
    code = app.exec()
    try:  # today's backup holds the day's work, not only the state at the first start
        if not read_only:  # (the Saring holding the database makes it)
            make_daily_backup(window.store, keep=load_settings().backup_keep, replace=True)
    except StoreError as exc:
        log.warning("%s", exc)
    window.store.close()
    lock.release()
    log.info("exit %s", code)
    return code


def ask_read_only(db_path: Path, owner: str, parent: QWidget | None = None) -> bool:
    """The first Saring on ``db_path`` does not answer: open it read-only, or quit?"""
    translate = QCoreApplication.translate
    who = translate("SaringApp", " ({0})").format(owner) if owner else ""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("SaringApp", "Saring sudah terbuka"), translate(
        "SaringApp",
        "Basis data {0} sedang dipakai Saring lain{1}, tetapi Saring itu tidak menjawab: mungkin "
        "macet, atau dibuka oleh pengguna lain di PC ini.\n\n"
        "Anda bisa membukanya hanya-baca: antrean bisa dibaca dan teks bisa diperiksa, tetapi "
        "tidak ada yang disimpan atau diekspor. Untuk bekerja seperti biasa, tutup Saring yang "
        "lain (atau mulai ulang PC), lalu buka Saring lagi.").format(db_path, who), parent=parent)
    read = box.addButton(translate("SaringApp", "Buka hanya-baca"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(read)
    box.addButton(translate("SaringApp", "Keluar"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is read


def _bring_forward(window: QWidget) -> None:
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


class _PaintWatch(QObject):
    first_paint = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._done = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            QTimer.singleShot(0, self.first_paint.emit)
        return False


def self_test_window() -> str:
    """The self-test's window step: open the real main window over a temporary database, wait
    until the checker is loaded and the window painted, grab it, close it. Returns one line."""
    from core.app.selftest import SelfTestError

    started = time.perf_counter()
    app = application()
    with tempfile.TemporaryDirectory(prefix="saring-selftest-ui-") as tmp:
        store = QueueStore(Path(tmp) / "ui.db")
        window = MainWindow(store, Checker.from_resources)  # the shipped checker, as in the bundle
        window.confirm = lambda title, question: True  # type: ignore[method-assign]
        window.show()
        deadline = time.monotonic() + 60
        while window.checker is None and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        if window.checker is None:
            raise SelfTestError("window: the checker did not load in the window within 60 s")
        window.compose.body.setPlainText("Warga dihimbau datang.")
        window.request_check()
        while not window.findings.findings and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        if not window.findings.findings:
            raise SelfTestError("window: the check in the window showed no finding")
        image = window.grab()
        platform = QApplication.platformName()
        window.close()
        store.close()
    if image.isNull() or image.width() < 100:
        raise SelfTestError("window: nothing was painted")
    # A post's pictures are shown through Qt's image plugins (jpeg, gif, webp): a bundle
    # without one would refuse those pictures as unreadable.
    readable = {bytes(f).decode() for f in QImageReader.supportedImageFormats()}
    missing = sorted(s.lstrip(".") for s in IMAGE_SUFFIXES if s.lstrip(".") not in readable)
    if missing:
        raise SelfTestError(f"window: Qt cannot read these picture formats: {', '.join(missing)}")
    return (f"ok   {'window':<22} {(time.perf_counter() - started) * 1000:7.0f} ms  "
            f"platform {platform}, painted {image.width()}x{image.height()}, "
            f"{len(window.findings.findings)} findings shown, pictures "
            + "/".join(sorted(s.lstrip(".") for s in IMAGE_SUFFIXES)))
