"""Round 26b of issue 12: hoax, fraud and source classes built as grammar (word classes and
shapes in resources/rules/), each with a positive and a must-pass twin of the team's own."""

from __future__ import annotations

import pytest

from core.check.checker import Checker
from core.check.findings import Severity
from tests.core.check.packs_only import DAY, fired, packs_only


@pytest.fixture(scope="module")
def checker() -> Checker:
    return packs_only()


def _categories(checker: Checker, text: str) -> set[str]:
    return {f.category.value for f in checker.check(text, on_date=DAY).findings
            if f.severity.rank >= Severity.WARNING.rank}


@pytest.mark.parametrize("text", [
    "Rebusan akar alang-alang diminum tiap pagi, nyeri sendi reda, tra perlu ke puskesmas.",
    "Tempelkan parutan kunyit di luka bakar, cepat pulih tanpa ke puskesmas.",
    "Jus pare dicampur madu bisa atasi diabetes, gak perlu suntik insulin lagi!",
])
def test_round_26b_a_remedy_that_turns_people_from_medical_care_is_hoax(checker: Checker, text: str) -> None:
    assert "hoaks.tolak-medis" in fired(checker, text)


@pytest.mark.parametrize("text", [
    "Kalau digigit ular, jangan diisap, segera bawa ke puskesmas. Tidak perlu ramuan apa pun.",
    "Cek gula darah kini tidak perlu ke puskesmas, cukup ke posbindu desa tiap Kamis.",
    "Pesan berantai 'minum rebusan daun, tidak perlu ke dokter' adalah hoaks.",
])
def test_round_26b_care_advice_and_clarifications_pass(checker: Checker, text: str) -> None:
    assert "hoax" not in _categories(checker, text)


@pytest.mark.parametrize(("text", "rule"), [
    ("Harga tiket kapal naik jadi Rp90.000 bulan depan, begitu info yg beredar.", "sumber.kabar-beredar"),
    ("Menurut kabar yg kami terima, 30 sekolah akan digabung tahun depan.", "sumber.kabar-beredar"),
    ("Seorang pegawai yang tak mau disebut namanya bilang tunjangan akan dipotong.", "sumber.tanpa-nama"),
])
def test_round_26b_circulating_news_and_anonymous_sources_are_vague(
        checker: Checker, text: str, rule: str) -> None:
    assert rule in fired(checker, text)


@pytest.mark.parametrize("text", [
    "Info yg beredar soal sekolah libur sebulan adalah hoaks. Dinas Pendidikan tidak pernah "
    "mengeluarkan edaran itu.",
    "Info yang masuk dari BPBD Kabupaten Sukamaju: jalan provinsi sudah bisa dilalui.",
])
def test_round_26b_clarified_or_named_news_passes(checker: Checker, text: str) -> None:
    assert "source" not in _categories(checker, text)


@pytest.mark.parametrize("text", [
    "Mau anak lolos jadi bidan PPPK? Bisa diatur, cukup siapkan 40 juta, rahasia ya.",
    "Pindah ke sekolah dekat rumah iso diurus, 12 juta wis beres sampai SK.",
    "Beta bisa bantu nilai tes naik, biaya koordinasi 15 jt saja.",
])
def test_round_26b_a_fixer_offering_to_arrange_for_money_is_fraud(checker: Checker, text: str) -> None:
    assert "penipuan.calo-bisa-diurus" in fired(checker, text)


@pytest.mark.parametrize("text", [
    'Waspada modus "bisa diatur, siapkan 40 juta" untuk mutasi guru. BKPSDM tidak memungut biaya, '
    "laporkan ke Inspektorat.",
    "Petugas Dukcapil bisa bantu mengisi formulir di loket, layanan 30 menit per orang.",
    "Pengurusan balik nama bisa dibantu petugas Samsat, biaya sesuai PP 60/2016 sebesar 100 ribu.",
])
def test_round_26b_service_help_and_warnings_pass(checker: Checker, text: str) -> None:
    assert "fraud" not in _categories(checker, text)
