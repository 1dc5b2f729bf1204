from __future__ import annotations

from pathlib import Path

import pytest

from core.findings import Category, Finding, Severity
from core.queue import QueueStore
from core.user_dictionary import (
    DRAFT_KEY,
    DictionaryFileError,
    InvalidWordError,
    Scope,
    UserDictionary,
    post_key,
)


@pytest.fixture
def store(tmp_path: Path) -> QueueStore:
    s = QueueStore(tmp_path / "saring.db")
    yield s
    s.close()


def _finding(text: str, start: int, rule: str = "spelling.unknown") -> Finding:
    return Finding(rule_id=rule, category=Category.SPELLING, severity=Severity.WARNING,
                   start=start, end=start + len(text), actual=text, message="m")


def test_words_persist_across_reopening(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    first = QueueStore(path)
    UserDictionary(first.db).add(" Sukamaju ")
    UserDictionary(first.db).add("Cibening", scope=Scope.OFFICE)
    first.close()
    again = QueueStore(path)
    words = UserDictionary(again.db)
    assert words.words() == ["Cibening", "Sukamaju"]
    assert words.words(scope=Scope.OFFICE) == ["Cibening"]
    assert words.remove("Sukamaju") and not words.remove("Sukamaju")
    again.close()


@pytest.mark.parametrize("bad", ["", "dua kata", "123", " "])
def test_invalid_words_are_refused(store: QueueStore, bad: str) -> None:
    with pytest.raises(InvalidWordError):
        UserDictionary(store.db).add(bad)


def test_import_and_export_round_trip(store: QueueStore, tmp_path: Path) -> None:
    source = tmp_path / "kantor.txt"
    source.write_text("\ufeff# kamus kantor\nSukamaju\nCibening\tdesa\n\ndua kata\nM.Kes.\n",
                      encoding="utf-8")
    words = UserDictionary(store.db)
    result = words.import_file(source)
    assert (result.added, result.skipped) == (3, ("dua kata",))
    out = tmp_path / "out.txt"
    assert words.export_file(out, scope=Scope.OFFICE) == 3
    lines = [x for x in out.read_text(encoding="utf-8").splitlines() if not x.startswith("#")]
    assert lines == ["Cibening", "M.Kes.", "Sukamaju"]


def test_unreadable_files_say_why(store: QueueStore, tmp_path: Path) -> None:
    words = UserDictionary(store.db)
    with pytest.raises(DictionaryFileError, match="tidak dapat membaca"):
        words.import_file(tmp_path / "missing.txt")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("caf\xe9\n".encode("latin-1"))
    with pytest.raises(DictionaryFileError, match="UTF-8"):
        words.import_file(latin)
    assert words.words() == []


def test_ignores_per_post(store: QueueStore) -> None:
    words = UserDictionary(store.db)
    words.ignore_finding(DRAFT_KEY, _finding("Sukamju", 4))
    words.ignore_word(post_key(7), "Kominfoo")
    draft = words.ignores(DRAFT_KEY)
    assert draft.hides(_finding("Sukamju", 4))
    assert not draft.hides(_finding("Sukamju", 30))  # the same word elsewhere is not ignored
    post = words.ignores(post_key(7))
    assert post.hides(_finding("kominfoo", 0)) and post.hides(_finding("Kominfoo", 99))
    assert not words.ignores(post_key(8)).hides(_finding("Kominfoo", 0))
    words.move_ignores(DRAFT_KEY, post_key(9))
    assert words.ignores(post_key(9)).hides(_finding("Sukamju", 4))
    words.clear_ignores(post_key(9))
    assert not words.ignores(post_key(9)).findings
