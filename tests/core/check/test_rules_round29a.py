"""Round 29a of issue 12: resources/rules/sumber.toml reads a proof, a test or a prediction
credited to an unnamed agent (sumber.bukti-samar) and a speaker named by trade alone at the end
of a sentence (sumber.kata-profesi); a broker's 'lewat orang dinas' is no attribution. Each with
twins of the team's own that must stay quiet."""

from __future__ import annotations

import pytest

from core.check.checker import Checker
from tests.core.check.packs_only import fired, packs_only


@pytest.fixture(scope="module")
def checker() -> Checker:
    return packs_only()


@pytest.mark.parametrize(("text", "rule"), [
    ("Teh ini sudah dibuktikan ilmuwan luar negeri bisa melancarkan ginjal.", "sumber.bukti-samar"),
    ("Obat ini telah diteliti oleh para ahli dan aman.", "sumber.bukti-samar"),
    ("Gunung itu akan meletus bulan depan, sudah diramal orang pintar.", "sumber.bukti-samar"),
    ("Air sumur kita beracun, dah dibuktikan di lab!", "sumber.bukti-samar"),
    ("Tiang listrik di gang itu mau roboh kata mandor.", "sumber.kata-profesi"),
    ("Beras di toko ujung dicampur pemutih, kata orang pabrik.", "sumber.kata-profesi"),
])
def test_round_29a_unnamed_agent_is_flagged(checker: Checker, text: str, rule: str) -> None:
    assert rule in fired(checker, text)


@pytest.mark.parametrize("text", [
    "Sampel air sudah diteliti di laboratorium Dinas Kesehatan, hasilnya aman.",
    "Khasiat tanaman ini sudah dibuktikan peneliti IPB dalam jurnal 2024.",
    "Klarifikasi: jembatan roboh yang sudah diramal orang pintar itu hoaks.",
    "Kata petugas Puskesmas Sukamaju, imunisasi dibuka setiap Senin.",
    "Kata dokter, istirahat yang cukup penting untuk pemulihan.",  # the trade not at the end
    "Kata Pak Andi, ketua RT kami: kerja bakti diundur ke Minggu.",
    "Mau anak masuk sekolah favorit? Bisa lewat orang dinas, bayar di muka.",
])
def test_round_29a_no_unnamed_agent(checker: Checker, text: str) -> None:
    assert not {r for r in fired(checker, text) if r.startswith("sumber.")}
