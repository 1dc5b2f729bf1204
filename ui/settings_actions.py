"""The window's settings: the settings dialog and the packs manager, saving the settings, and
switching the language live. Dictionary, ignore and pack changes made there are announced
as :class:`Changes` (the check controller reloads or re-checks)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from core.app.settings import Settings, SettingsError, load_settings, save_settings
from core.publish.channels import Channel
from core.store.user_dictionary import UserDictionary
from ui.operations import Changes, Operations
from ui.settings_dialog import SettingsDialog
from ui.translation import SOURCE_LANGUAGE, install_translator


class SettingsActions(QObject):
    """``settings``: the settings in use; ``default_channels``: the channels a new post starts
    with (none when the window was opened without settings). ``applied`` fires with the
    settings once they are kept."""

    applied = Signal(object)  # Settings
    bidang_renamed = Signal(object)  # {old name: new name}, after the settings holding them are kept

    def __init__(self, settings: Settings | None, settings_path: Path | None, *,
                 operations: Operations, dictionary: UserDictionary, read_only: bool,
                 window: QMainWindow) -> None:
        super().__init__(window)
        self.settings = settings if settings is not None else Settings()
        self.default_channels: tuple[Channel, ...] = settings.channels if settings is not None else ()
        self._path, self._ops, self._dictionary = settings_path, operations, dictionary
        self._read_only, self._window = read_only, window

    def open_settings(self, page: str = "") -> None:
        """The settings dialog (on ``page``: "dictionary" or "packs" if given). Its dictionary
        and packs pages change things at once, so their changes count even after "Batal"."""
        # read-only: no Kamus and Paket aturan pages, they write at once
        dictionary = None if self._read_only else self._dictionary
        dialog = SettingsDialog(self.settings, self._window, dictionary=dictionary,
                                tasks=self._ops.tasks, settings_path=self._path)
        dialog.show_page(page)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            renames = dialog.bidang_page.renames()
            if self.apply_settings(dialog.settings()) and renames:
                self.bidang_renamed.emit(renames)
        elif dialog.packs_changed:  # keep the packs switched on/off when settings are saved later
            self.settings = self.settings.replace(disabled_packs=dialog.packs.disabled_packs())  # type: ignore[union-attr]
        hub = self._ops.hub
        hub.announce(Changes(dictionary=dialog.words_changed, ignores=dialog.ignores_changed,
                             packs=dialog.packs_changed), dialog)
        words = dialog.dictionary_page
        if words is not None and words.busy:  # an import still reading its file: its words count too
            words.words_imported.connect(lambda: hub.announce(Changes(dictionary=True), words))

    def manage_packs(self) -> None:
        """The packs manager; afterwards the checker is loaded again with the new packs."""
        from ui.packs_dialog import PacksDialog

        dialog = PacksDialog(self._window, settings_path=self._path)
        dialog.exec()
        if dialog.changed:
            # the dialog saved the packs switched on/off and the campaign period: keep them, so
            # that saving the settings dialog later does not put the old ones back
            saved = load_settings(self._path)
            self.settings = self.settings.replace(disabled_packs=saved.disabled_packs,
                                                  campaign_start=saved.campaign_start,
                                                  campaign_end=saved.campaign_end)
            self._ops.hub.announce(Changes(packs=True), dialog)

    def apply_settings(self, settings: Settings) -> bool:
        """Keep ``settings`` and save them; say so plainly when they cannot be saved."""
        language_changed = settings.language != self.settings.language
        engine_changed = ((settings.languagetool_server, settings.languagetool_dir,
                           settings.language_advice)
                          != (self.settings.languagetool_server, self.settings.languagetool_dir,
                              self.settings.language_advice))
        self.settings = settings
        self.default_channels = settings.channels
        try:
            save_settings(settings, self._path)
        except SettingsError as exc:
            QMessageBox.warning(self._window, self.tr("Pengaturan tidak tersimpan"), str(exc))
            return False
        switched = not language_changed or self.switch_language(settings.language)
        message = self.tr("Pengaturan disimpan.")  # in the new language
        if not switched:
            message += " " + self.tr("Terjemahan untuk bahasa itu tidak ditemukan; "
                                     "tampilan tetap berbahasa Indonesia.")
        self._window.statusBar().showMessage(message, 8000)
        if engine_changed:  # load the checker with the new engine
            self._ops.hub.announce(Changes(engine=True), self)
        self.applied.emit(settings)
        return True

    def switch_language(self, language: str) -> bool:
        """Show the window in ``language`` now, without a restart: the translator is replaced
        and every open widget retranslates itself on the LanguageChange event Qt sends.
        Finding messages are rule data in Indonesian and stay so. False when the language's
        catalogue is missing (the window is then in Indonesian)."""
        app = QApplication.instance()
        if app is None:
            return False
        found = install_translator(app, language)
        if not found:
            install_translator(app, SOURCE_LANGUAGE)
        return found
