"""Round 57 of issue 13, with sentences of the team's own: a lowercase word that is a name gets
its capital as the first suggestion, and the words of a person's name that its frame shows (a
degree after it however written, a title's initials before it, a particle between its words) are
no typos; each with a twin that is still flagged as before."""

from __future__ import annotations

import pytest

from core.check.checker import Checker
from tests.core.check.packs_only import DAY


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker.from_resources()


def _first(checker: Checker, text: str) -> dict[str, str]:
    return {f.actual: f.suggestions[0] if f.suggestions else ""
            for f in checker.check(text, on_date=DAY).findings}


# --- a lowercase name: its capital first ----------------------------------------------------

@pytest.mark.parametrize(("text", "actual", "right"), [
    # the text writes the name capitalised elsewhere, inside a sentence or at its start
    ("Perahu nelayan bersandar di Tanjung Kermu sejak pagi. Air di tanjung kermu tenang.",
     "kermu", "Kermu"),
    ("Tarsono memimpin kelompok tani itu. Menurut tarsono panen tahun ini naik.",
     "tarsono", "Tarsono"),
    # a listed region word right after a word a place's name follows
    ("Tim menyusuri sungai lematang sampai ke hulu.", "lematang", "Lematang"),
])
def test_a_lowercase_name_gets_its_capital_first(checker: Checker, text: str, actual: str,
                                                 right: str) -> None:
    assert _first(checker, text)[actual] == right


@pytest.mark.parametrize(("text", "actual", "wrong"), [
    # nothing says it is a name: a slip of a common word stays the first reading
    ("Warga membawa kermu berisi beras ke balai.", "kermu", "Kermu"),
    ("Menurut tarsono panen tahun ini naik.", "tarsono", "Tarsono"),
])
def test_a_lowercase_word_without_a_name_beside_it_keeps_its_suggestions(
        checker: Checker, text: str, actual: str, wrong: str) -> None:
    assert _first(checker, text).get(actual, "") != wrong


# --- the words of a person's name --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # before a degree written without its periods (the degree itself is a finding of its own)
    "Rapat dibuka oleh Camat, Hendrik Pesantan, SP. bersama staf.",
    # after a title and an initial
    "Arak-arakan melintasi Jalan Dr. J. Leimena Desa Waiheru pagi tadi.",
    # a particle between the words of a name
    "Hadir pula Wakil Ketua Markus de Hornay,SE dan tamu undangan.",
])
def test_a_word_of_a_persons_name_is_no_typo(checker: Checker, text: str) -> None:
    assert not [f for f in checker.check(text, on_date=DAY).findings
                if f.rule_id == "spelling.unknown"]


@pytest.mark.parametrize(("text", "actual"), [
    # the same word with no degree after it: one letter from a common word
    ("Rapat dibuka oleh Camat Pesantan bersama staf.", "Pesantan"),
    # the same word with no initial before it
    ("Arak-arakan melintasi kawasan Leimena Desa Waiheru pagi tadi.", "Leimena"),
    # a letter and a period that end a sentence are no initial
    ("Parkir kendaraan di Blok C. Pemerintahh desa menyediakan tempat.", "Pemerintahh"),
    # de before a common word is a slip of di
    ("Warga RT de Desa Waiheru berkumpul.", "de"),
])
def test_the_same_words_outside_a_name_are_still_flagged(checker: Checker, text: str,
                                                         actual: str) -> None:
    assert actual in _first(checker, text)
