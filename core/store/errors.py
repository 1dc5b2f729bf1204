"""The store's named errors: each message says what happened, for people, in Indonesian."""

from __future__ import annotations

from core.errors import SaringError


class StoreError(SaringError, RuntimeError):
    """The database cannot be opened or written; the message says why, for people."""


class ReadOnlyStoreError(StoreError):
    """A write to a store opened read-only (another Saring holds the database)."""


class PostNotFoundError(SaringError, KeyError):
    """No post with that id."""


class InvalidIdError(SaringError, ValueError):
    """A post or batch number that cannot be one (not a whole number, or beyond SQLite's
    64-bit range); refused before any SQL."""


class StaleEditError(SaringError, RuntimeError):
    """A save based on an older copy of the post than the stored one (someone or something
    changed it meanwhile); nothing was written. ``current`` is the stored post."""

    def __init__(self, message: str, current: object) -> None:
        super().__init__(message)
        self.current = current


class ReasonRequiredError(SaringError, ValueError):
    """A post with an error-level finding becomes Siap only with a written reason."""


class TransitionError(SaringError, ValueError):
    """A status change the workflow does not allow (e.g. Draf straight to Terbit); the
    message says which moves are possible, in Indonesian."""


class MediaError(SaringError, RuntimeError):
    """An image could not be attached; the message says why."""


READ_ONLY_MESSAGE = ("Basis data dibuka hanya-baca karena sedang dipakai Saring lain; tidak ada yang "
                     "disimpan. Tutup Saring yang lain, lalu buka Saring lagi untuk menyimpan.")

