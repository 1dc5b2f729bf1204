"""Round 32a of issue 12: resources/rules/sumber.toml reads a report word + 'orang' + a body given
only by its kind in lowercase, a workplace or an agency's capitals ('kata orang dinas', 'info
valid dari orang PLN', 'Info orang gudang Bulog'): sumber.orang-lembaga. With twins of the team's
own that must stay quiet (the body written as a name, a people or a region, a refutation, a
shouted post whose capitals are no acronym)."""

from __future__ import annotations

import pytest

from core.check.checker import Checker
from tests.core.check.packs_only import fired, packs_only


@pytest.fixture(scope="module")
def checker() -> Checker:
    return packs_only()


@pytest.mark.parametrize("text", [
    "Iuran sampah naik jadi dua kali lipat bulan depan, kata orang kecamatan.",
    "Info A1 dari orang PDAM: air mati tiga hari mulai besok.",
    "Menurut info orang pelabuhan, kapal ke pulau tidak jalan minggu ini.",
    "Bocoran dari orang BKD, formasi guru tahun depan dikurangi.",
    "Jalan ke kebun mau diaspal bulan depan, jare wong kantor.",
    "Solar untuk nelayan dibatasi mulai Senin. Sumbernya orang gudang sendiri.",
])
def test_round_32a_person_of_a_body_is_flagged(checker: Checker, text: str) -> None:
    assert "sumber.orang-lembaga" in fired(checker, text)


@pytest.mark.parametrize("text", [
    "Kata orang Dinas Perdagangan, pasar murah dibuka Sabtu di lapangan kecamatan.",
    "Jangan beli ikan dari orang Bugis itu, katanya mahal.",
    "Salam dari wong Palembang yang merantau di Batam.",
    "Klarifikasi: kabar air mati tiga hari kata orang PDAM itu tidak benar.",
    "PERINGATAN MENURUT RAMALAN ORANG PINTAR DARI HULU!!!",
    "Orang dinas kesehatan datang ke posyandu untuk imunisasi hari ini.",
])
def test_round_32a_no_person_of_a_body(checker: Checker, text: str) -> None:
    assert "sumber.orang-lembaga" not in fired(checker, text)
