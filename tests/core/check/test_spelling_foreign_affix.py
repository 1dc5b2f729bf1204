"""Indonesian affixes on an English word (core/check/spelling/foreign_affix.py): the hyphenated
form EYD V asks for is a correct word, the form run together is foreign-word advice with the
hyphenated form, never "not in the dictionary"."""

from __future__ import annotations

import pytest

from core.app.paths import resource_dir
from core.check.findings import Category, Severity
from core.check.spelling import Speller
from core.check.spelling.foreign_affix import ForeignAffixed, hyphenated_foreign, joined_foreign

_ENGLISH = frozenset({"upload", "print", "scan", "follow", "recall", "booking"})


def _english(word: str) -> bool:
    return word in _ENGLISH


@pytest.fixture(scope="module")
def speller() -> Speller:
    return Speller.from_resources(resource_dir())


@pytest.mark.parametrize(("joined", "parts"), [
    ("mengupload", ("meng", "upload", "")),
    ("diprintkan", ("di", "print", "kan")),
    ("menyscan", ("meny", "scan", "")),
    ("direcall", ("di", "recall", "")),
    ("bookingnya", None),            # no prefix: a clitic alone is read elsewhere
    ("memupload", None),             # mem- before a vowel: no meN- form
])
def test_joined_forms_split_into_prefix_word_and_suffix(
        joined: str, parts: tuple[str, str, str] | None) -> None:
    found = joined_foreign(joined, _english)
    assert found == (ForeignAffixed(*parts) if parts else None)


def test_the_hyphenated_form_puts_a_hyphen_at_each_border() -> None:
    assert ForeignAffixed("di", "print", "kan").hyphenated() == "di-print-kan"
    assert ForeignAffixed("meng", "upload", "").hyphenated() == "meng-upload"


@pytest.mark.parametrize(("word", "ok"), [
    ("di-follow", True), ("meng-upload-kan", True), ("booking-nya", True),
    ("di-foll", False),       # no English word
    ("follow-up", False),     # two foreign words, no affix
    ("ke-upload", False),     # ke- is no prefix of a verb or noun on a foreign word here
])
def test_hyphenated_forms(word: str, ok: bool) -> None:
    assert hyphenated_foreign(word, _english) is ok


@pytest.mark.parametrize("sentence", [
    "Data peserta sudah kami mem-backup di kantor dinas.",
    "Formulir yang di-download warga harus diisi lengkap.",
])
def test_speller_accepts_an_affix_hyphenated_to_an_english_word(
        speller: Speller, sentence: str) -> None:
    assert speller.check(sentence) == []


@pytest.mark.parametrize(("sentence", "word", "hyphenated"), [
    ("Petugas menginput nomor antrean setiap pagi.", "menginput", "meng-input"),
    ("Foto kegiatan akan diupload besok siang.", "diupload", "di-upload"),
])
def test_speller_gives_foreign_advice_for_an_affix_run_into_an_english_word(
        speller: Speller, sentence: str, word: str, hyphenated: str) -> None:
    found = [f for f in speller.check(sentence) if f.actual == word]
    assert len(found) == 1
    assert found[0].rule_id == "baku.kata-asing"
    assert found[0].category is Category.STANDARD
    assert found[0].severity is Severity.INFO
    assert found[0].suggestions == (hyphenated,)


def test_a_slip_of_an_indonesian_word_stays_a_misspelling(speller: Speller) -> None:
    # meng + "unakan": no English word, so still a slip of menggunakan
    found = speller.check("Warga mengunakan jalan desa.")
    assert [f.rule_id for f in found] == ["spelling.unknown"]
    assert found[0].suggestions[0] == "menggunakan"


@pytest.mark.parametrize("word", ["pending", "mending", "terrace"])
def test_an_english_word_as_a_whole_is_not_read_as_prefix_and_word(
        speller: Speller, word: str) -> None:
    # pen + ding, ter + race: the whole word is English, never pen-ding or ter-race
    found = [f for f in speller.check(f"Status laporan masih {word} sampai besok.")
             if f.actual == word]
    assert not [s for f in found for s in f.suggestions if "-" in s]
