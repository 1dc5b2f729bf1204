from __future__ import annotations

import pytest

from core.app.paths import resource_dir
from core.check.morphology import Analysis, analyses, possible_roots, stem_root
from core.check.spelling import Speller


@pytest.fixture(scope="module")
def speller() -> Speller:
    return Speller.from_resources(resource_dir())


@pytest.mark.parametrize(("word", "root", "prefix"), [
    ("menggunakan", "guna", "me"), ("memakai", "pakai", "me"), ("menulis", "tulis", "me"),
    ("penyuluhan", "suluh", "pe"), ("bekerja", "kerja", "be"), ("kependudukan", "duduk", "ke"),
    ("ketidaknyamanan", "nyaman", "ketidak"), ("digelar", "gelar", "di"),
    # a consonant cluster keeps its first consonant after meN-/peN-
    ("memprovokasi", "provokasi", "me"), ("mengklaim", "klaim", "me"),
    ("menstabilkan", "stabil", "me"),
    ("kesepahaman", "paham", "ke"),  # ke- + se- + root + -an
])
def test_affixes_are_undone(word: str, root: str, prefix: str) -> None:
    assert any(a.root == root and a.prefix == prefix for a in analyses(word))


def test_stem_root_is_the_word_or_its_first_root_that_is_a_stem() -> None:
    stems = {"pilih", "memilih", "ilih", "dukung"}.__contains__
    assert stem_root("memilih", stems) == "memilih"  # a stem itself
    assert stem_root("dipilih", stems) == "pilih"
    assert stem_root("didukungnya", stems) == "dukung"
    assert stem_root("mengunakan", stems) == "mengunakan"  # no root that is a stem


def test_impossible_sound_changes_give_no_root() -> None:
    assert "guna" not in possible_roots("mengunakan")  # men- never stands before g
    assert "provokasi" not in possible_roots("menprovokasi")  # only mem- before pr
    assert not any(a.root == "kerja" and a.prefix == "ber" for a in analyses("berkerja"))
    assert not any(a.root == "kera" for a in analyses("bekera"))  # be- only before r / -er


def test_clitics_are_recorded() -> None:
    assert Analysis("kantor", "", "", "nya") in analyses("kantornya")
    assert not any(a.root == "pel" for a in analyses("pelku"))


@pytest.mark.parametrize("word", [
    "kependudukan", "ketidaknyamanannya", "disalahgunakan", "antinyamuk", "pascabanjir",
    "ujarnya", "kantornya", "digelar", "dirangkaikan", "terselenggaranya", "sebaik-baiknya",
    "kegiatan-kegiatan", "bersama-sama",
])
def test_valid_forms_the_dictionary_lacks_are_accepted(speller: Speller, word: str) -> None:
    assert speller.is_known(word)


@pytest.mark.parametrize("word", [
    "bekera", "berkerja", "menjaha", "diampaikan", "pakaiilah", "jalaan", "mukai", "pelku",
    "dilaksanakkan", "karanya", "mengunakan",
])
def test_typos_are_not_rescued(speller: Speller, word: str) -> None:
    assert not speller.is_known(word)
