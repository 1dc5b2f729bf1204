"""core/check/spelling/doubled_di.py: *di* written apart before a di- verb."""

from __future__ import annotations

import pytest

from core.app.paths import resource_dir
from core.check.spelling import Speller
from core.check.spelling.doubled_di import active_forms


@pytest.fixture(scope="module")
def speller() -> Speller:
    return Speller.from_resources(resource_dir())


def test_active_forms_take_the_nasal_of_the_first_letter() -> None:
    assert active_forms("dibuat") == ["membuat"]
    assert "mengusulkan" in active_forms("diusulkan")
    assert active_forms("dilaksanakan") == ["melaksanakan"]
    assert "menyampaikan" in active_forms("disampaikan")
    assert active_forms("di") == [] and active_forms("rumah") == []


@pytest.mark.parametrize(("text", "span", "right"), [
    ("Rancangan itu awalnya di diusulkan oleh kepala desa.", "di diusulkan", "diusulkan"),
    ("Aturan yang di dibuat dewan mulai berlaku bulan depan.", "di dibuat", "dibuat"),
])
def test_di_before_a_passive_is_flagged(speller: Speller, text: str, span: str,
                                        right: str) -> None:
    [finding] = [f for f in speller.check(text) if f.rule_id == "spelling.di-ganda"]
    assert finding.actual == span and finding.suggestions == (right,)


@pytest.mark.parametrize("text", [
    "Anggaran bantuan ada di dinas sosial kabupaten.",
    "Warga di distrik itu menanam sagu.",
    "Poster itu ditempel di dinding balai desa.",
    "Kepercayaan di diri para kader terus tumbuh.",
])
def test_di_before_a_place_noun_stays(speller: Speller, text: str) -> None:
    assert not [f for f in speller.check(text) if f.rule_id == "spelling.di-ganda"]
