"""The personal and office dictionary and the ignored findings, kept in the queue's database.

- *Tambahkan ke kamus*: a word the speller should accept from now on (scope ``personal``);
  an office list imported from a plain word-list file has scope ``office``. Both can be
  exported again as a word-list file (UTF-8, one word a line, ``#`` comments).
- *Abaikan*: one finding of one post (its rule, text and position), or *Abaikan semua di pos
  ini*: every finding on that word in that post. A post not saved yet uses the key
  :data:`DRAFT_KEY`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from core.app.progress import NO_PROGRESS, Progress
from core.check.findings import Finding
from core.errors import SaringError

if TYPE_CHECKING:  # Scope and IgnoreSet are used without a database (main.py's parser, a check)
    from sqlite_utils import Database

DRAFT_KEY = "draf"
MAX_WORD_LENGTH = 64  # letters; the longest Indonesian words with affixes have about 30
MAX_FILE_BYTES = 16 * 1024 * 1024  # a word-list file
MAX_FILE_WORDS = 200_000
MAX_SKIPPED_SHOWN = 100  # skipped lines kept for the report (each cut to SKIPPED_SHOWN_LENGTH)
SKIPPED_SHOWN_LENGTH = 80
_WORD_RE = re.compile(r"^[^\W\d_](?:[^\W_]|[-'’.](?=[^\W_]))*\.?$")


class Scope(StrEnum):
    PERSONAL = "personal"
    OFFICE = "office"


class DictionaryFileError(SaringError, ValueError):
    """A word-list file that cannot be read or written; the message says why, in Indonesian."""


class InvalidWordError(SaringError, ValueError):
    """Not a single word (spaces, digits only, empty)."""


def post_key(post_id: int | None) -> str:
    """The key ignores are stored under: the post's id, or :data:`DRAFT_KEY` when unsaved."""
    return DRAFT_KEY if post_id is None else f"post:{post_id}"


def normalise_word(word: str) -> str:
    """``word`` stripped; raises :class:`InvalidWordError` if it is not one word (letters,
    digits, inner ``-``/``'``/``.``; at most :data:`MAX_WORD_LENGTH` characters)."""
    cleaned = word.strip()
    if len(cleaned) > MAX_WORD_LENGTH:
        raise InvalidWordError(f"“{cleaned[:30]}…” terlalu panjang untuk satu kata "
                               f"({len(cleaned)} karakter; paling banyak {MAX_WORD_LENGTH}).")
    if not _WORD_RE.match(cleaned):
        raise InvalidWordError(f"“{cleaned}” bukan satu kata (tanpa spasi, diawali huruf).")
    return cleaned


@dataclass(frozen=True)
class IgnoreSet:
    """The ignores of one post: whole words and single findings."""

    words: frozenset[str] = frozenset()  # lowercase
    findings: frozenset[tuple[str, str, int]] = field(default_factory=frozenset)

    def hides(self, finding: Finding) -> bool:
        if not finding.actual:
            return False
        return (finding.actual.lower() in self.words
                or (finding.rule_id, finding.actual, finding.start) in self.findings)


@dataclass(frozen=True, slots=True)
class ImportResult:
    added: int
    skipped: tuple[str, ...]  # lines that are not one word (the first MAX_SKIPPED_SHOWN)
    skipped_count: int = 0  # all of them


@dataclass(frozen=True, slots=True)
class WordList:
    """The words of a word-list file, read but not stored yet."""

    words: tuple[str, ...]
    skipped: tuple[str, ...]  # lines that are not one word (the first MAX_SKIPPED_SHOWN, cut)
    skipped_count: int = 0  # all of them


@dataclass(frozen=True, slots=True)
class IgnoredEntry:
    """One "Abaikan" the admin chose: a single finding, or (``rule_id`` empty) a whole word."""

    id: int
    post_key: str
    rule_id: str
    text: str
    start: int | None
    created_at: str

    @property
    def whole_word(self) -> bool:
        return not self.rule_id

    @property
    def post_id(self) -> int | None:
        """The post's id; ``None`` for the post being written (not saved yet)."""
        prefix = "post:"
        return int(self.post_key[len(prefix):]) if self.post_key.startswith(prefix) else None


_LINES_PER_STEP = 2_000  # lines read between two progress reports (and chances to cancel)


def read_word_list(path: Path, *, progress: Progress = NO_PROGRESS) -> WordList:
    """The words of a word-list file (UTF-8, one word a line, ``#`` comments, anything after a
    TAB ignored). Touches no database, so it can run off the UI thread; raises
    :class:`DictionaryFileError` when the file cannot be read or is not UTF-8 text, and
    :class:`~core.app.progress.Cancelled` when ``progress`` (over the lines) is cancelled."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise DictionaryFileError(
                f"{path} terlalu besar untuk daftar kata ({size // (1024 * 1024)} MB; paling "
                f"besar {MAX_FILE_BYTES // (1024 * 1024)} MB).")
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise DictionaryFileError(f"tidak dapat membaca {path}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise DictionaryFileError(f"{path} bukan teks UTF-8 (byte {exc.start}). Simpan ulang "
                                  "daftar kata sebagai UTF-8.") from exc
    if "\x00" in text:
        raise DictionaryFileError(f"{path} bukan daftar kata (berkas biner). Pilih berkas teks "
                                  "berisi satu kata per baris.")
    words: dict[str, None] = {}
    skipped: list[str] = []
    count = 0
    lines = text.splitlines()
    for number, raw in enumerate(lines, start=1):
        if number % _LINES_PER_STEP == 0 or number == len(lines):
            progress(number, len(lines))
        line = raw.split("\t", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        try:
            words[normalise_word(line)] = None
        except InvalidWordError:
            count += 1
            if len(skipped) < MAX_SKIPPED_SHOWN:
                skipped.append(line if len(line) <= SKIPPED_SHOWN_LENGTH
                               else line[:SKIPPED_SHOWN_LENGTH] + "…")
        if len(words) > MAX_FILE_WORDS:
            raise DictionaryFileError(f"{path} berisi lebih dari {MAX_FILE_WORDS} kata; bagi "
                                      "menjadi beberapa berkas.")
    return WordList(words=tuple(words), skipped=tuple(skipped), skipped_count=count)


def write_word_list(path: Path, words: Iterable[str], *, scope: Scope | None = None) -> int:
    """Write ``words`` as a word-list file (written whole or not at all); returns how many.
    Touches no database, so it can run off the UI thread."""
    words = list(words)
    header = "# Kamus Saring" + (f" ({scope.value})" if scope else "") + ": satu kata per baris\n"
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        tmp.write_text(header + "".join(f"{w}\n" for w in words), encoding="utf-8")
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise DictionaryFileError(f"tidak dapat menulis {path}: {exc.strerror or exc}") from exc
    return len(words)


class UserDictionaryError(SaringError, RuntimeError):
    """The database refused a write; the message says why, in Indonesian."""


class UserDictionary:
    """Reads and writes the dictionary and the ignores in an open sqlite-utils database
    (the store's; ``store.dictionary``), whose migrations have run."""

    def __init__(self, db: Database) -> None:
        self._db = db

    @contextmanager
    def _writing(self) -> Iterator[None]:
        try:
            with self._db.atomic():
                yield
        except sqlite3.Error as exc:
            raise UserDictionaryError(f"Gagal menyimpan kamus ke basis data: {exc}") from exc

    # -- words ----------------------------------------------------------------------------

    def add(self, word: str, *, scope: Scope = Scope.PERSONAL) -> str:
        cleaned = normalise_word(word)
        with self._writing():
            self._db.table("dictionary_words").upsert(
                {"word": cleaned, "scope": scope.value, "added_at": _now()}, pk="word")
        return cleaned

    def remove(self, word: str) -> bool:
        """Remove ``word``; False when it was not there."""
        cleaned = word.strip()
        with self._writing():
            cursor = self._db.execute("DELETE FROM dictionary_words WHERE word = ?", [cleaned])
        return cursor.rowcount > 0

    def words(self, *, scope: Scope | None = None) -> list[str]:
        where, args = ("scope = ?", [scope.value]) if scope else (None, None)
        try:
            rows = self._db.table("dictionary_words").rows_where(where, args, order_by="word COLLATE NOCASE")
            return [row["word"] for row in rows]
        except sqlite3.Error as exc:
            raise UserDictionaryError(f"Kamus tidak dapat dibaca dari basis data: {exc}") from exc

    def import_file(self, path: Path, *, scope: Scope = Scope.OFFICE,
                    progress: Progress = NO_PROGRESS) -> ImportResult:
        """Add every word of a word-list file; lines that are not one word are skipped and
        reported, nothing else is lost."""
        return self.add_words(read_word_list(path, progress=progress), scope=scope)

    def add_words(self, word_list: WordList, *, scope: Scope = Scope.OFFICE) -> ImportResult:
        """Store the words of a file read with :func:`read_word_list` (one transaction)."""
        now = _now()
        with self._writing():
            self._db.table("dictionary_words").upsert_all(
                [{"word": w, "scope": scope.value, "added_at": now} for w in word_list.words], pk="word")
        return ImportResult(added=len(word_list.words), skipped=word_list.skipped,
                            skipped_count=word_list.skipped_count or len(word_list.skipped))

    def export_file(self, path: Path, *, scope: Scope | None = None) -> int:
        """Write the words (of one scope, or all) to ``path``; returns how many."""
        return write_word_list(path, self.words(scope=scope), scope=scope)

    # -- ignores --------------------------------------------------------------------------

    def ignore_finding(self, key: str, finding: Finding) -> int:
        """Ignore one finding of one post; returns the entry's id (for :meth:`unignore`)."""
        with self._writing():
            return _insert_row(self._db, "ignored_findings", {
                "post_key": key, "rule_id": finding.rule_id, "text": finding.actual,
                "start": finding.start, "created_at": _now()})

    def ignore_word(self, key: str, word: str) -> int:
        """Ignore every finding on ``word`` in one post; returns the entry's id."""
        with self._writing():
            return _insert_row(self._db, "ignored_findings", {
                "post_key": key, "rule_id": "", "text": word.strip().lower(), "start": None,
                "created_at": _now()})

    def ignored(self) -> list[IgnoredEntry]:
        """Every ignore of every post, newest first."""
        try:
            rows = list(self._db.table("ignored_findings").rows_where(order_by="id DESC"))
        except sqlite3.Error as exc:
            raise UserDictionaryError(f"Daftar abaikan tidak dapat dibaca: {exc}") from exc
        return [IgnoredEntry(id=r["id"], post_key=r["post_key"], rule_id=r["rule_id"], text=r["text"],
                             start=r["start"], created_at=r["created_at"]) for r in rows]

    def unignore(self, entry_id: int) -> bool:
        """Undo one "Abaikan": the finding shows again. False when it was not there."""
        with self._writing():
            cursor = self._db.execute("DELETE FROM ignored_findings WHERE id = ?", [entry_id])
        return cursor.rowcount > 0

    def ignores(self, key: str) -> IgnoreSet:
        """The ignores of one post (raises :class:`UserDictionaryError` if unreadable)."""
        try:
            rows = list(self._db.table("ignored_findings").rows_where("post_key = ?", [key]))
        except sqlite3.Error as exc:
            raise UserDictionaryError(f"Daftar abaikan tidak dapat dibaca: {exc}") from exc
        return IgnoreSet(
            words=frozenset(r["text"] for r in rows if not r["rule_id"]),
            findings=frozenset((r["rule_id"], r["text"], r["start"]) for r in rows if r["rule_id"]),
        )

    def move_ignores(self, from_key: str, to_key: str) -> None:
        """Keep a draft's ignores when it is saved as a post."""
        with self._writing():
            self._db.execute("UPDATE ignored_findings SET post_key = ? WHERE post_key = ?",
                             [to_key, from_key])

    def clear_ignores(self, key: str) -> None:
        with self._writing():
            self._db.execute("DELETE FROM ignored_findings WHERE post_key = ?", [key])


def without_ignored(findings: Iterable[Finding], ignores: IgnoreSet) -> list[Finding]:
    return [f for f in findings if not ignores.hides(f)]


def _now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


def _insert_row(db: Database, table: str, row: dict[str, object]) -> int:
    from core.store.connection import insert_row  # the store is loaded only to write

    return insert_row(db, table, row)


def read_words(path: Path) -> list[str] | None:
    """The words of the personal and office dictionary of the database at ``path``, read
    with plain sqlite3 and without writing (a check need not load the store); None when that
    database has no dictionary table yet (then the store, which migrates it, must read it)."""
    try:
        with contextlib.closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro",
                                                uri=True)) as db:
            rows = db.execute("SELECT word FROM dictionary_words ORDER BY word COLLATE NOCASE")
            return [row[0] for row in rows]
    except sqlite3.Error:
        return None
