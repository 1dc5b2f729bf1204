"""Round 34a of issue 12: resources/rules/sumber.toml reads a speaker given only by a role or an
office in its generic form at the head of a clause ('Kata kepala gudang, …', 'Menurut pengamat,
…', 'Bang, kata satpam pasar, …'): sumber.kata-peran. With twins of the team's own that must stay
quiet (a named body or a name after the office, a dateline, the local office holder, a
refutation, a health worker of the posting facility). And a rumour's noun at the head of a clause
('Kabar terbaru, …', 'Info beredar: …', 'Ada rumor, …'): sumber.kabar-kepala; not the closing
'Info: <body>' of an announcement."""

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


@pytest.mark.parametrize("text", [
    "Kabar terbaru, iuran BPJS kelas 3 naik bulan depan.",
    "Info beredar: pasar lama dibongkar awal tahun.",
    "Ada rumor, kapal ke pulau cuma jalan seminggu sekali mulai Januari.",
    "Rumor di grup ojek: tarif parkir pasar jadi lima ribu.",
    "Bu, ada kabar, sekolah negeri dekat sini mau digabung.",
])
def test_round_34a_rumour_head_is_flagged(checker: Checker, text: str) -> None:
    assert "sumber.kabar-kepala" in fired(checker, text)


@pytest.mark.parametrize("text", [
    "Vaksinasi campak gratis di posyandu Senin pagi. Info: Puskesmas Sukamaju.",
    "Klarifikasi: kabar terbaru, jembatan ditutup, itu tidak benar.",
    "Isu stunting kita bahas bersama di musrenbang desa besok.",
    "Kami mengundang warga ke rapat. Info lebih lanjut hubungi kantor desa.",
])
def test_round_34a_no_rumour_head(checker: Checker, text: str) -> None:
    assert "sumber.kabar-kepala" not in fired(checker, text)


@pytest.mark.parametrize("text", [
    "Pesan berantai soal beras bantuan yang katanya berulat sudah dicek Dinas Sosial: beras layak.",
    "Tautan yg katanya pendaftaran bansos itu palsu, jangan diisi.",
])
def test_round_34a_rumoured_thing_is_no_vague_source(checker: Checker, text: str) -> None:
    assert "sumber.samar" not in fired(checker, text)


def test_round_34a_hearsay_katanya_still_flagged(checker: Checker) -> None:
    assert "sumber.samar" in fired(checker, "Katanya iuran sampah naik dua kali lipat tahun depan.")
    assert "sumber.samar" in fired(checker, "Iuran sampah naik tahun depan katanya.")
