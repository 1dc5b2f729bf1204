"""Never lose the form's text: autosave on a timer and when the window loses focus, and offer
the text back after a crash."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QStatusBar

from core.store.errors import StoreError
from core.store.models import PostDraft
from core.store.queue import QueueStore
from ui.compose import ComposeForm

AUTOSAVE_MS = 3000  # the editor's text is autosaved this often, and when the window loses focus


class AutosaveController(QObject):
    """``saved`` is the form's content as it is in the queue (an empty post for a new one):
    the form has unsaved changes when it differs."""

    def __init__(self, store: QueueStore, compose: ComposeForm, status: QStatusBar, *,
                 read_only: bool) -> None:
        super().__init__(compose)
        self._store, self._compose, self._status = store, compose, status
        self.read_only = read_only
        self.saved = PostDraft(body="")
        self._autosaved: tuple[object, ...] | None = None  # last state written
        self._form_changed = True
        self._timer = QTimer(self, interval=AUTOSAVE_MS)
        self._timer.timeout.connect(self.if_changed)
        if not read_only:
            self._timer.start()
        for signal in (compose.body.textChanged, compose.title.textChanged,
                       compose.sources.textChanged, compose.scheduled.toggled,
                       compose.when.dateTimeChanged, compose.images.changed,
                       compose.bidang.changed,
                       *(box.toggled for box in compose.channel_boxes.values())):
            signal.connect(self._mark_changed)

    def _mark_changed(self) -> None:
        self._form_changed = True

    def unsaved_changes(self) -> bool:
        """Whether the form holds text that is not in the queue."""
        draft = self._compose.draft()
        return bool(draft.body.strip()) and (draft != self.saved or self._compose.images.is_changed())

    def now(self) -> None:
        """Write the form's text to the autosave row when it changed; clear the row when the
        text is empty or equals what is in the queue. Cheap enough for the UI thread (one
        small SQLite transaction, only when something changed). Nothing in a read-only window."""
        if self.read_only:
            return
        self._form_changed = False
        compose = self._compose
        draft = compose.draft()
        images = compose.images.images() if compose.images.is_changed() else None
        state = (draft, draft == self.saved and images is None, compose.editing_id, images)
        if state == self._autosaved:
            return
        if state[1] or not (draft.body.strip() or draft.title or images):
            self.clear()
        else:
            try:
                self._store.drafts.save(draft, post_id=compose.editing_id, images=images)
            except StoreError as exc:
                self._status.showMessage(str(exc), 10000)
                return
        self._autosaved = state

    def if_changed(self) -> None:
        """The timer's and the focus change's autosave: skipped when nothing in the form changed
        since the last one (copying a 1 MB text out of the editor costs ~15 ms)."""
        if self._form_changed:
            self.now()

    def clear(self) -> None:
        if self.read_only:  # the autosave belongs to the Saring that holds the database
            return
        try:
            self._store.drafts.clear()
        except StoreError as exc:
            self._status.showMessage(str(exc), 10000)

    def stop(self) -> None:
        """The window closes with its text saved, or its loss confirmed."""
        self._timer.stop()
        self.clear()

    def offer(self, ask_restore: Callable[[str, str], bool]) -> bool:
        """After a crash or a killed process: offer back the text that was not saved. Returns
        True when the text was put back into the form."""
        if self.read_only:  # the Saring that holds the database offers it
            return False
        saved = self._store.drafts.unsaved()
        if saved is None:
            return False
        where = (self.tr("perubahan unggahan #{0}").format(saved.post_id) if saved.post_id
                 else self.tr("unggahan baru"))
        question = self.tr(
            "Saring tertutup sebelum teks terakhir disimpan ({0}, disimpan otomatis {1}).\n\n"
            "Awal teks: “{2}”\n\nKembalikan teks itu ke editor? Jika tidak, teks itu dibuang."
        ).format(where, saved.saved_at.strftime("%d-%m-%Y %H:%M"), saved.draft.body.strip()[:120])
        if not ask_restore(self.tr("Teks belum disimpan"), question):
            self.clear()
            return False
        version = None
        if saved.post_id is not None:
            stored = self._store.posts.get(saved.post_id)
            self.saved, version = stored.draft, stored.version
        else:
            self.saved = PostDraft(body="")
        media = self._store.media.of(saved.post_id) if saved.post_id is not None else []
        self._compose.load(saved.post_id, saved.draft, media=media, version=version)
        if saved.images is not None:
            self._compose.images.show_choices(saved.images)
        self._status.showMessage(self.tr("Teks yang belum disimpan sudah dikembalikan."), 10000)
        return True
