"""The settings page "Kamus": the personal dictionary (list, add, remove), the office dictionary
(import from and export to a word-list file) and what the admin chose to ignore, with "Hapus"
to undo an "Abaikan". Words are kept by core/store/user_dictionary.py in the queue's database; the
files are read and written in the worker (ui/tasks.py), the database on the UI thread.

Changes here take effect at once (as in the packs manager); ``words_changed`` and
``ignores_changed`` tell the window to give the checker the new words and check again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.app.progress import Cancelled
from core.check.findings import Severity
from core.store.user_dictionary import (
    DictionaryFileError,
    IgnoredEntry,
    InvalidWordError,
    Scope,
    UserDictionary,
    UserDictionaryError,
    WordList,
    read_word_list,
    write_word_list,
)
from ui import file_dialogs
from ui.labels import severity_color
from ui.tasks import ProgressPanel, TaskRunner

_ID = Qt.ItemDataRole.UserRole
SKIPPED_SHOWN = 5  # lines named in the message when a file had lines that are not one word


class DictionaryPage(QWidget):
    """``words_imported`` fires when an office word list was read and stored (the file is
    read in the worker, so this can come after the settings dialog closed)."""

    words_imported = Signal()

    def __init__(self, dictionary: UserDictionary, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dictionary = dictionary
        self._tasks = tasks
        self.words_changed = False
        self.ignores_changed = False
        self.busy = False  # a file is being read or written

        self.personal = QListWidget()
        self.new_word = QLineEdit()
        self.new_word.returnPressed.connect(self.add_word)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_word)
        self.remove_personal_button = QPushButton()
        self.remove_personal_button.clicked.connect(lambda: self.remove_selected(self.personal))
        self.personal_box = QGroupBox()
        personal = QGridLayout(self.personal_box)
        personal.addWidget(self.personal, 0, 0, 1, 2)
        personal.addWidget(self.new_word, 1, 0)
        personal.addWidget(self.add_button, 1, 1)
        personal.addWidget(self.remove_personal_button, 2, 0, 1, 2)

        self.office = QListWidget()
        self.import_button = QPushButton()
        self.import_button.clicked.connect(lambda: self.import_file())
        self.export_button = QPushButton()
        self.export_button.clicked.connect(lambda: self.export_file())
        self.remove_office_button = QPushButton()
        self.remove_office_button.clicked.connect(lambda: self.remove_selected(self.office))
        self.office_box = QGroupBox()
        office = QGridLayout(self.office_box)
        office.addWidget(self.office, 0, 0, 1, 2)
        office.addWidget(self.import_button, 1, 0)
        office.addWidget(self.export_button, 1, 1)
        office.addWidget(self.remove_office_button, 2, 0, 1, 2)

        self.ignored = QListWidget()
        self.ignored.setWordWrap(True)
        self.ignored.setAlternatingRowColors(True)
        self.unignore_button = QPushButton()
        self.unignore_button.clicked.connect(self.unignore_selected)
        self.ignored_box = QGroupBox()
        ignored = QVBoxLayout(self.ignored_box)
        ignored.addWidget(self.ignored, 1)
        ignored.addWidget(self.unignore_button)

        for view in (self.personal, self.office, self.ignored):
            view.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
            view.itemSelectionChanged.connect(self._update_buttons)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel()
        self.note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.personal_box, 1)
        row.addWidget(self.office_box, 1)
        row.addWidget(self.ignored_box, 1)
        self.progress = ProgressPanel()  # a word list of 200,000 lines: how far, and "Batal"
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(row, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.note.setText(self.tr("Perubahan di halaman ini langsung berlaku, juga bila pengaturan "
                                  "ditutup dengan Batal."))
        self.personal_box.setTitle(self.tr("Kamus pribadi"))
        self.personal.setAccessibleName(self.tr("Kata di kamus pribadi"))
        self.new_word.setPlaceholderText(self.tr("Kata baru"))
        self.new_word.setAccessibleName(self.tr("Kata baru untuk kamus pribadi"))
        self.add_button.setText(self.tr("&Tambah"))
        self.remove_personal_button.setText(self.tr("Hapus kata &pribadi"))
        self.office_box.setTitle(self.tr("Kamus kantor"))
        self.office.setAccessibleName(self.tr("Kata di kamus kantor"))
        self.import_button.setText(self.tr("&Impor…"))
        self.import_button.setToolTip(self.tr("Tambahkan kata dari berkas teks UTF-8, satu kata per baris"))
        self.export_button.setText(self.tr("&Ekspor…"))
        self.export_button.setToolTip(self.tr("Simpan kamus kantor sebagai berkas teks untuk OPD lain"))
        self.remove_office_button.setText(self.tr("Hapus kata &kantor"))
        self.ignored_box.setTitle(self.tr("Diabaikan"))
        self.ignored.setAccessibleName(self.tr("Temuan dan kata yang diabaikan"))
        self.unignore_button.setText(self.tr("Hapus &abaikan (tampilkan lagi)"))
        self._fill_ignored()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()

    # -- lists ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the words and the ignores again (a database problem is said in the message)."""
        try:
            personal = self._dictionary.words(scope=Scope.PERSONAL)
            office = self._dictionary.words(scope=Scope.OFFICE)
        except UserDictionaryError as exc:
            self.say(str(exc), error=True)
            personal, office = [], []
        for view, words in ((self.personal, personal), (self.office, office)):
            view.clear()
            view.addItems(words)
        self._fill_ignored()
        self._update_buttons()

    def _fill_ignored(self) -> None:
        if not hasattr(self, "ignored"):
            return
        try:
            entries = self._dictionary.ignored()
        except UserDictionaryError as exc:
            self.say(str(exc), error=True)
            entries = []
        self.ignored.clear()
        for entry in entries:
            item = QListWidgetItem(self.describe(entry))
            item.setData(_ID, entry.id)
            self.ignored.addItem(item)
        if not entries:
            item = QListWidgetItem(self.tr("Belum ada yang diabaikan."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.ignored.addItem(item)

    def describe(self, entry: IgnoredEntry) -> str:
        where = (self.tr("unggahan #{0}").format(entry.post_id) if entry.post_id is not None
                 else self.tr("unggahan yang sedang ditulis"))
        if entry.whole_word:
            return self.tr("“{0}”: semua temuan di {1}").format(entry.text, where)
        return self.tr("“{0}”: satu temuan ({1}) di {2}").format(entry.text, entry.rule_id, where)

    def _update_buttons(self) -> None:
        self.remove_personal_button.setEnabled(bool(self.personal.selectedItems()))
        self.remove_office_button.setEnabled(bool(self.office.selectedItems()))
        self.unignore_button.setEnabled(any(i.data(_ID) is not None for i in self.ignored.selectedItems()))
        for button in (self.import_button, self.export_button):
            button.setEnabled(not self.busy)

    def say(self, text: str, *, error: bool = False) -> None:
        """A line under the lists: what was done, or (in the error colour) why not."""
        palette = self.message.palette()
        colour = (severity_color(Severity.ERROR, self.palette()) if error
                  else self.palette().color(QPalette.ColorRole.WindowText))
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        self.message.setPalette(palette)
        self.message.setText(text)

    # -- words ------------------------------------------------------------------------------

    @Slot()
    def add_word(self) -> None:
        text = self.new_word.text().strip()
        if not text:
            self.say(self.tr("Tulis dulu kata yang akan ditambahkan."), error=True)
            return
        try:
            word = self._dictionary.add(text, scope=Scope.PERSONAL)
        except (InvalidWordError, UserDictionaryError) as exc:
            self.say(self.tr("Kata tidak ditambahkan: {0}").format(exc), error=True)
            return
        self.words_changed = True
        self.new_word.clear()
        self.refresh()
        self._select(self.personal, word)
        self.say(self.tr("“{0}” ditambahkan ke kamus pribadi.").format(word))

    def remove_selected(self, view: QListWidget) -> None:
        words = [item.text() for item in view.selectedItems()]
        if not words:
            return
        try:
            for word in words:
                self._dictionary.remove(word)
        except UserDictionaryError as exc:
            self.say(str(exc), error=True)
            return
        self.words_changed = True
        self.refresh()
        self.say(self.tr("Dihapus dari kamus: {0}").format(", ".join(words)))

    def _select(self, view: QListWidget, word: str) -> None:
        for item in view.findItems(word, Qt.MatchFlag.MatchExactly):
            view.setCurrentItem(item)

    # -- files (read and written in the worker) ---------------------------------------------

    def import_file(self, path: str | None = None) -> None:
        """Add the words of a word-list file to the office dictionary."""
        if not path:
            path = file_dialogs.open_file(
                self, self.tr("Impor kamus kantor"), "wordlist",
                self.tr("Daftar kata (*.txt *.dic *.lst);;Semua berkas (*)"))
        if not path or self.busy:
            return
        source = Path(path)
        self._set_busy(True)
        self.say(self.tr("Membaca {0}…").format(source.name))
        self._tasks.run_with_progress(
            lambda progress: read_word_list(source, progress=progress),
            lambda found: self._imported(source, found),
            lambda error: self._file_failed(self.tr("Kamus tidak diimpor"), error),
            label=self.tr("Membaca {0}…").format(source.name), panel=self.progress)

    def _imported(self, source: Path, found: WordList) -> None:
        self._set_busy(False)
        if not found.words:
            self.say(self.tr("Kamus tidak diimpor: {0} tidak berisi satu kata pun per baris. "
                             "Tidak ada yang berubah.").format(source.name), error=True)
            return
        try:
            result = self._dictionary.add_words(found, scope=Scope.OFFICE)
        except UserDictionaryError as exc:
            self.say(self.tr("Kamus tidak diimpor: {0}").format(exc), error=True)
            return
        self.words_changed = True
        self.words_imported.emit()
        self.refresh()
        text = self.tr("{0} kata dari {1} masuk ke kamus kantor.").format(result.added, source.name)
        if result.skipped:
            shown = ", ".join(f"“{line}”" for line in result.skipped[:SKIPPED_SHOWN])
            more = max(result.skipped_count, len(result.skipped)) - SKIPPED_SHOWN
            if more > 0:
                shown += self.tr(" dan {0} lagi").format(more)
            text += " " + self.tr("Baris yang bukan satu kata dilewati: {0}.").format(shown)
        self.say(text)

    def export_file(self, path: str | None = None) -> None:
        """Write the office dictionary to a word-list file."""
        if not path:
            path = file_dialogs.save_file(
                self, self.tr("Ekspor kamus kantor"), "wordlist", "kamus-kantor.txt",
                self.tr("Daftar kata (*.txt)"))
        if not path or self.busy:
            return
        target = Path(path)
        try:
            words = self._dictionary.words(scope=Scope.OFFICE)  # sqlite3 belongs to this thread
        except UserDictionaryError as exc:
            self.say(self.tr("Kamus tidak diekspor: {0}").format(exc), error=True)
            return
        self._set_busy(True)
        self._tasks.run(lambda: write_word_list(target, words, scope=Scope.OFFICE),
                        lambda count: self._exported(target, count),
                        lambda error: self._file_failed(self.tr("Kamus tidak diekspor"), error))

    def _exported(self, target: Path, count: int) -> None:
        self._set_busy(False)
        self.say(self.tr("{0} kata kamus kantor ditulis ke {1}.").format(count, target))

    def _file_failed(self, what: str, error: BaseException) -> None:
        self._set_busy(False)
        reason = str(error) if isinstance(error, (DictionaryFileError, Cancelled)) else repr(error)
        self.say(self.tr("{0}: {1}. Tidak ada yang berubah.").format(what, reason.rstrip(".")), error=True)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._update_buttons()

    # -- ignores ----------------------------------------------------------------------------

    @Slot()
    def unignore_selected(self) -> None:
        ids = [item.data(_ID) for item in self.ignored.selectedItems() if item.data(_ID) is not None]
        if not ids:
            return
        try:
            for entry_id in ids:
                self._dictionary.unignore(int(entry_id))
        except UserDictionaryError as exc:
            self.say(str(exc), error=True)
            return
        self.ignores_changed = True
        self.refresh()
        self.say(self.tr("{0} abaikan dihapus; temuannya tampil lagi.").format(len(ids)))
