from __future__ import annotations

from pathlib import Path

import pytest

from core.check.findings import Category, Finding, Severity
from core.store.queue import QueueStore
from core.store.user_dictionary import (
    DRAFT_KEY,
    DictionaryFileError,
    InvalidWordError,
    Scope,
    WordList,
    post_key,
    read_word_list,
    write_word_list,
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
    first.dictionary.add(" Sukamaju ")
    first.dictionary.add("Cibening", scope=Scope.OFFICE)
    first.close()
    again = QueueStore(path)
    words = again.dictionary
    assert words.words() == ["Cibening", "Sukamaju"]
    assert words.words(scope=Scope.OFFICE) == ["Cibening"]
    assert words.remove("Sukamaju") and not words.remove("Sukamaju")
    again.close()


@pytest.mark.parametrize("bad", ["", "dua kata", "123", " "])
def test_invalid_words_are_refused(store: QueueStore, bad: str) -> None:
    with pytest.raises(InvalidWordError):
        store.dictionary.add(bad)


def test_import_and_export_round_trip(store: QueueStore, tmp_path: Path) -> None:
    source = tmp_path / "kantor.txt"
    source.write_text("\ufeff# kamus kantor\nSukamaju\nCibening\tdesa\n\ndua kata\nM.Kes.\n",
                      encoding="utf-8")
    words = store.dictionary
    result = words.import_file(source)
    assert (result.added, result.skipped) == (3, ("dua kata",))
    out = tmp_path / "out.txt"
    assert words.export_file(out, scope=Scope.OFFICE) == 3
    lines = [x for x in out.read_text(encoding="utf-8").splitlines() if not x.startswith("#")]
    assert lines == ["Cibening", "M.Kes.", "Sukamaju"]


def test_unreadable_files_say_why(store: QueueStore, tmp_path: Path) -> None:
    words = store.dictionary
    with pytest.raises(DictionaryFileError, match="tidak dapat membaca"):
        words.import_file(tmp_path / "missing.txt")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("caf\xe9\n".encode("latin-1"))
    with pytest.raises(DictionaryFileError, match="UTF-8"):
        words.import_file(latin)
    assert words.words() == []


def test_ignores_per_post(store: QueueStore) -> None:
    words = store.dictionary
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


def test_read_then_add_equals_import(store: QueueStore, tmp_path: Path) -> None:
    source = tmp_path / "kantor.txt"
    source.write_text("Sukamaju\nSukamaju\n# catatan\n12 Mei\nCibening\n", encoding="utf-8")
    listed = read_word_list(source)
    assert listed == WordList(words=("Sukamaju", "Cibening"), skipped=("12 Mei",), skipped_count=1)
    assert store.dictionary.words() == []  # reading stores nothing
    result = store.dictionary.add_words(listed, scope=Scope.OFFICE)
    assert (result.added, result.skipped) == (2, ("12 Mei",))
    assert store.dictionary.words(scope=Scope.OFFICE) == ["Cibening", "Sukamaju"]


def test_binary_file_is_refused(tmp_path: Path) -> None:
    binary = tmp_path / "dokumen.docx"
    binary.write_bytes(b"PK\x03\x04\x00\x00kata\n")
    with pytest.raises(DictionaryFileError, match="bukan daftar kata"):
        read_word_list(binary)


def test_write_word_list_is_whole_or_nothing(tmp_path: Path) -> None:
    out = tmp_path / "kamus.txt"
    assert write_word_list(out, ["Sukamaju", "Cibening"], scope=Scope.OFFICE) == 2
    assert out.read_text(encoding="utf-8").splitlines()[1:] == ["Sukamaju", "Cibening"]
    with pytest.raises(DictionaryFileError, match="tidak dapat menulis"):
        write_word_list(tmp_path / "tidak-ada" / "kamus.txt", ["Sukamaju"])
    assert list(tmp_path.iterdir()) == [out]  # no temporary file left behind


def test_ignored_entries_can_be_listed_and_undone(store: QueueStore) -> None:
    words = store.dictionary
    first = words.ignore_finding(DRAFT_KEY, _finding("Sukamju", 4))
    second = words.ignore_word(post_key(7), "Kominfoo")
    entries = words.ignored()
    assert [e.id for e in entries] == [second, first]  # newest first
    assert entries[0].whole_word and entries[0].post_id == 7 and entries[0].text == "kominfoo"
    assert not entries[1].whole_word and entries[1].post_id is None and entries[1].start == 4
    assert words.unignore(second) and not words.unignore(second)
    assert not words.ignores(post_key(7)).hides(_finding("Kominfoo", 0))
    assert words.ignores(DRAFT_KEY).hides(_finding("Sukamju", 4))
