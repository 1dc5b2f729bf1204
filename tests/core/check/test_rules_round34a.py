"""Round 34a of issue 12: resources/rules/sumber.toml reads a speaker given only by a role or an
office in its generic form at the head of a clause ('Kata kepala gudang, …', 'Menurut pengamat,
…', 'Bang, kata satpam pasar, …'): sumber.kata-peran. With twins of the team's own that must stay
quiet (a named body or a name after the office, a dateline, the local office holder, a
refutation, a health worker of the posting facility)."""

from __future__ import annotations

import pytest

from core.check.checker import Checker
from tests.core.check.packs_only import fired, packs_only


@pytest.fixture(scope="module")
def checker() -> Checker:
    return packs_only()


@pytest.mark.parametrize("text", [
    "Kata kepala gudang, beras SPHP cuma cukup sampai minggu depan.",
    "Menurut pengamat, harga cabai bakal naik terus sampai Lebaran.",
    "Mas, kata satpam pasar, parkir di depan ruko mau dilarang.",
    "Jare pak lurah, sumur bor kampung ditutup bulan depan.",
    "Kata amang kepala sekolah tadi di rapat, seragam baru dibagi gratis.",
    "Info dari petugas, jalan tambang ditutup tiga hari.",
])
def test_round_34a_role_speaker_is_flagged(checker: Checker, text: str) -> None:
    assert "sumber.kata-peran" in fired(checker, text)


@pytest.mark.parametrize("text", [
    "Menurut Kepala BPBD, Hendri Saputra, genangan sudah surut.",
    "Kata kepala gudang, Pak Darto, beras SPHP cukup sampai akhir bulan.",
    "Bantuan air bersih sudah sampai ke dusun, kata Kepala Desa, Sabtu (5/12).",
    "Menurut lurah setempat, jalan lingkungan diaspal bulan depan.",
    "Kabar jembatan putus itu tidak benar. Menurut petugas, jembatan aman dilewati.",
    "Kata bidan desa, 4 balita dirujuk ke puskesmas untuk pemantauan gizi.",
])
def test_round_34a_no_role_speaker(checker: Checker, text: str) -> None:
    assert "sumber.kata-peran" not in fired(checker, text)
