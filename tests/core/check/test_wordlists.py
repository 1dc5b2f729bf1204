from __future__ import annotations

from pathlib import Path

import pytest

from core.check.wordlists import WordListError, load_wordlist


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "daftar.tsv"
    path.write_text(text, encoding="utf-8")
    return path


def test_good_file_with_comments_and_blank_lines(tmp_path: Path) -> None:
    path = _write(tmp_path, "# sumber: tim Saring\n\nselasa\tNama hari\n  # komentar menjorok\n"
                            "KemenPAN-RB\tKementerian PAN-RB\n")
    assert load_wordlist(path) == {"selasa": "Nama hari", "KemenPAN-RB": "Kementerian PAN-RB"}


def test_reason_may_contain_tabs_and_spaces_are_trimmed(tmp_path: Path) -> None:
    path = _write(tmp_path, " warganet \t Padanan\tbaku 'netizen' \n")
    assert load_wordlist(path) == {"warganet": "Padanan\tbaku 'netizen'"}


def test_crlf_and_utf8(tmp_path: Path) -> None:
    path = tmp_path / "daftar.tsv"
    path.write_bytes("jumat\tNama hari – KBBI\r\nsabtu\tNama hari\r\n".encode())
    assert load_wordlist(path) == {"jumat": "Nama hari – KBBI", "sabtu": "Nama hari"}


def test_empty_file(tmp_path: Path) -> None:
    assert load_wordlist(_write(tmp_path, "")) == {}


@pytest.mark.parametrize(("text", "line"), [
    ("selasa\tNama hari\nrabu Nama hari\n", 2),  # a space, not a TAB
    ("# komentar\n\nkamis\n", 3),  # no reason at all
    ("jumat\t   \n", 1),  # TAB but an empty reason
    ("\tTanpa kata\n", 1),  # reason but no word
])
def test_bad_line_names_file_and_line(tmp_path: Path, text: str, line: int) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(WordListError) as info:
        load_wordlist(path)
    assert f"{path}:{line}:" in str(info.value)


def test_missing_file_is_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        load_wordlist(tmp_path / "tidak-ada.tsv")
