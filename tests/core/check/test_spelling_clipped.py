"""core/check/spelling/clipped.py: a frequent function word with its last letter cut off."""

from __future__ import annotations

import pytest

from core.app.paths import resource_dir
from core.check.spelling import Speller
from core.check.spelling.clipped import clipped_forms

RULE = "spelling.kata-tugas-terpotong"


@pytest.fixture(scope="module")
def speller() -> Speller:
    return Speller.from_resources(resource_dir())


@pytest.mark.parametrize(("text", "span", "right"), [
    ("Dinas Pertanian da Ketahanan Pangan membagikan bibit cabai.", "da", "dan"),
    ("Bantuan itu datang dar pemerintah provinsi pekan lalu.", "dar", "dari"),
    ("Pembangunan jembatan suda selesai sebelum musim hujan.", "suda", "sudah"),
])
def test_a_clipped_function_word_between_words_is_flagged(speller: Speller, text: str,
                                                          span: str, right: str) -> None:
    [finding] = [f for f in speller.check(text) if f.rule_id == RULE]
    assert finding.actual == span and finding.suggestions == (right,)


@pytest.mark.parametrize("text", [
    "Peserta diminta log in ke aplikasi sebelum pukul delapan.",  # English, not ini
    "Kami pergi ke pasar dan pulang sebelum magrib.",             # the whole word
    "Sapaan Da Costa tertulis di papan nama toko itu.",           # a capitalised name
    "Ia menjawab da.",                                             # at the sentence's end
])
def test_other_short_words_are_left_alone(speller: Speller, text: str) -> None:
    assert not [f for f in speller.check(text) if f.rule_id == RULE]


def test_the_pairs_come_from_the_frequency_list() -> None:
    zipf = {"dan": 7.4, "da": 4.9, "ini": 7.2, "in": 5.4, "yang": 7.0, "yan": 5.5}.get
    forms = clipped_forms(lambda w: zipf(w, 0.0), lambda w: True, lambda w: w == "in",
                          heads=("dan", "ini", "yang"))
    assert forms == {"da": "dan"}  # in is English; yan is too common to be only a slip


def test_a_word_already_reported_gets_one_finding(speller: Speller) -> None:
    """*tela* (cassava) is no word of the lexicon: the unknown-word finding names it, and the
    clipped-word rule adds no second finding on the same span."""
    text = "Keripik tela ungu buatan warga dijual di pasar."
    spans = [(f.start, f.end) for f in speller.check(text)]
    assert len(spans) == len(set(spans))
