"""Round 30a of issue 12: resources/rules/sumber.toml reads a speaker named only as a member of a
body that is itself left unnamed, written in lowercase ('kata pejabat provinsi', 'kata pegawai
dinas perikanan', 'kata salah satu anggota dewan'): sumber.anggota-tanpa-nama. With twins of the
team's own that must stay quiet (the body named, a name after the office, a refutation)."""

from __future__ import annotations

import pytest

from core.check.checker import Checker
from tests.core.check.packs_only import fired, packs_only


@pytest.fixture(scope="module")
def checker() -> Checker:
    return packs_only()


@pytest.mark.parametrize("text", [
    "Kata pejabat kabupaten, gaji honorer naik tahun depan.",
    "Pasar ikan akan dipindah ke pelabuhan baru, begitu kata pegawai dinas kelautan.",
    "Menurut salah satu anggota dewan, anggaran jalan desa dipotong.",
    "Jembatan gantung ditutup sebulan, kata petugas di lapangan.",
    "Sekolah kita dapat laptop baru, info dari staf kantor camat.",
])
def test_round_30a_member_of_unnamed_body_is_flagged(checker: Checker, text: str) -> None:
    assert "sumber.anggota-tanpa-nama" in fired(checker, text)


@pytest.mark.parametrize("text", [
    "Kata pejabat Dinas Perikanan, Ir. Hasan, lelang ikan dibuka pukul enam.",
    "Menurut anggota DPRD Kabupaten Sukamaju, rapat paripurna digelar Senin.",
    "Klarifikasi: kabar gaji honorer naik kata pejabat kabupaten itu tidak benar.",
    "Pejabat dinas kesehatan hadir dalam rapat koordinasi stunting hari ini.",
    "Kata petugas PDAM, air mengalir normal kembali nanti malam.",
])
def test_round_30a_no_member_of_unnamed_body(checker: Checker, text: str) -> None:
    assert "sumber.anggota-tanpa-nama" not in fired(checker, text)


# sumber.sesepuh-ramalan: elders, a seer's active prediction and a dream as the source of a claim.
@pytest.mark.parametrize("text", [
    "Sumur tua di ujung desa akan kering tahun depan, kata sesepuh kampung.",
    "Menurut tetua, panen tahun ini bakal gagal kalau sedekah bumi ditunda.",
    "Orang pintar dari seberang sudah meramalkan gempa besar minggu depan.",
    "Pak Harjo sudah dapat mimpi, sungai akan meluap malam Jumat ini. Sebarkan!",
])
def test_round_30a_elder_or_seer_is_flagged(checker: Checker, text: str) -> None:
    assert "sumber.sesepuh-ramalan" in fired(checker, text)


@pytest.mark.parametrize("text", [
    "Kata orang tua-tua, air tenang jangan dianggap tak berbuaya.",  # a saying
    "Pesan persatuan dari tetua adat dibacakan saat upacara.",
    "Klarifikasi: ramalan banjir yang katanya sudah diramalkan orang pintar itu hoaks.",
    "Semoga anak-anak tidur nyenyak dan dapat mimpi indah.",
])
def test_round_30a_no_elder_or_seer(checker: Checker, text: str) -> None:
    assert "sumber.sesepuh-ramalan" not in fired(checker, text)


# sumber.sumber-kami: the poster's own unnamed source, and 'Informasinya,' opening a clause.
@pytest.mark.parametrize("text", [
    "Sumber kami menyebutkan harga gabah akan turun minggu depan.",
    "Sumber kami di kantor bupati bilang mutasi camat bulan ini.",
    "Informasinya, jalan poros desa akan diaspal tahun depan.",
])
def test_round_30a_own_unnamed_source_is_flagged(checker: Checker, text: str) -> None:
    assert "sumber.sumber-kami" in fired(checker, text)


@pytest.mark.parametrize("text", [
    "Sumber kami: BPS Kabupaten Sukamaju, Statistik Daerah 2026.",
    "Sumber kami adalah data resmi Dinas Kesehatan.",
    "Informasi lengkap ada di laman resmi pemkab.",
    "Terima kasih atas informasinya, Bu.",
])
def test_round_30a_no_own_unnamed_source(checker: Checker, text: str) -> None:
    assert "sumber.sumber-kami" not in fired(checker, text)
