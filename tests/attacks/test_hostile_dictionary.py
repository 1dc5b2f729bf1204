"""Hostile dictionary input: a million-letter "word", control characters, huge or binary
word-list files. Refused with a reason, never stored, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.store.queue import QueueStore
from core.store.user_dictionary import (
    MAX_FILE_BYTES,
    MAX_SKIPPED_SHOWN,
    MAX_WORD_LENGTH,
    DictionaryFileError,
    InvalidWordError,
    read_word_list,
)
from main import main

BAD_WORDS = ["a" * 1_000_000, "a" * (MAX_WORD_LENGTH + 1), "kata\u200dkata", "kata\x00", "=cmd",
             "a\u0301" * 10, "\ud800abc", "", "   ", "12345", "dua kata", "kata;DROP TABLE",
             "<script>", "../../etc/passwd"]


@pytest.mark.parametrize("word", BAD_WORDS, ids=range(len(BAD_WORDS)))
def test_bad_words_never_enter_the_dictionary(word: str, tmp_path: Path) -> None:
    store = QueueStore(tmp_path / "q.db")
    try:
        with pytest.raises(InvalidWordError):
            store.dictionary.add(word)
        assert store.dictionary.words() == []
    finally:
        store.close()


def test_longest_allowed_word_is_kept(tmp_path: Path) -> None:
    store = QueueStore(tmp_path / "q.db")
    try:
        word = "ketidakberlangsungannya" + "a" * (MAX_WORD_LENGTH - 23)
        assert store.dictionary.add(word) == word
    finally:
        store.close()


def test_word_list_with_a_million_letter_line(tmp_path: Path) -> None:
    path = tmp_path / "kamus.txt"
    path.write_text("Kominfo\n" + "x" * 1_000_000 + "\n" + "bukan kata\n" * 5000, encoding="utf-8")
    got = read_word_list(path)
    assert got.words == ("Kominfo",)
    assert got.skipped_count == 5001 and len(got.skipped) == MAX_SKIPPED_SHOWN
    assert max(len(s) for s in got.skipped) <= 81


@pytest.mark.parametrize("content", [b"\x00\x01\x02binary", b"\xff\xfe\xfa not utf-8"])
def test_binary_or_foreign_files_are_refused(content: bytes, tmp_path: Path) -> None:
    path = tmp_path / "kamus.txt"
    path.write_bytes(content)
    with pytest.raises(DictionaryFileError):
        read_word_list(path)


def test_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "besar.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: costs no disk
    with pytest.raises(DictionaryFileError, match="terlalu besar"):
        read_word_list(path)


def test_cli_refuses_a_huge_word(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["dictionary", "add", "a" * 100_000, "--db", str(tmp_path / "q.db")]) == 2
    err = capsys.readouterr().err
    assert "terlalu panjang" in err and "Traceback" not in err and len(err) < 500
