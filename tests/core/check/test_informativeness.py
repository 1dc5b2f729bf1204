"""Informativeness of announcements: one finding per missing element, none for other posts."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.app.paths import resource_dir
from core.check.checker import Checker
from core.check.cues import CueFileError
from core.check.findings import Category, Severity
from core.check.informativeness import ELEMENTS, AnnouncementRules, InformativenessChecker

COMPLETE = ("Pendaftaran Pelatihan Menjahit dibuka hingga 30 Juni 2025 di UPTD BLK Martapura. "
            "Untuk warga ber-KTP OKU Timur usia 18–35 tahun. Bawa fotokopi KTP dan ijazah. "
            "Gratis. Info: WA 0812-7788-1100.")


@pytest.fixture(scope="module")
def checker() -> InformativenessChecker:
    return InformativenessChecker.from_resources()


def missing(checker: InformativenessChecker, text: str) -> set[str]:
    return {f.rule_id.removeprefix("informasi.") for f in checker.check(text)}


def test_a_complete_announcement_gets_no_finding(checker: InformativenessChecker) -> None:
    assert checker.announcement(COMPLETE) is not None
    assert checker.check(COMPLETE) == []


def test_a_bare_announcement_gets_all_six(checker: InformativenessChecker) -> None:
    findings = checker.check("Layanan jemput bola perekaman KTP-el kembali dibuka!")
    assert [f.rule_id for f in findings] == [f"informasi.{e}" for e in ELEMENTS]
    assert all(f.category is Category.INFORMASI and f.is_post_level and f.actual == ""
               for f in findings)
    severity = {f.rule_id: f.severity for f in findings}
    assert severity["informasi.kapan"] is severity["informasi.dimana"] is Severity.WARNING
    assert {severity[f"informasi.{e}"] for e in ELEMENTS[2:]} == {Severity.INFO}
    for f in findings:
        assert "layanan" in f.message and "misalnya" in f.message and f.reference


@pytest.mark.parametrize("element, with_it, without_it", [
    ("kapan", "Posyandu balita buka besok di Balai Desa Sukaraja.",
     "Posyandu balita segera buka di Balai Desa Sukaraja."),
    ("kapan", "Vaksinasi polio digelar Kamis depan di SD Negeri 1 Martapura.",
     "Vaksinasi polio akan digelar bulan ini di SD Negeri 1 Martapura."),
    ("kapan", "Pasar murah pukul 08.00–12.00 WIB di Lapangan Belitang. Ayo datang!",
     "Pasar murah dalam waktu dekat di Lapangan Belitang. Ayo datang!"),
    ("dimana", "Donor darah Jumat, 20 Juni 2025 di Aula Dinas Kesehatan.",
     "Donor darah Jumat, 20 Juni 2025. Mari berbagi kehidupan!"),
    ("dimana", "Pengajuan RTLH dibuka melalui laman https://rtlh.contoh.go.id mulai 1 Juli.",
     "Pengajuan RTLH dibuka mulai 1 Juli."),
    ("dimana", "Vaksin rabies gratis, bawa kucing ke puskeswan terdekat mulai Senin.",
     "Vaksin rabies gratis, bawa kucing mulai Senin."),
    ("siapa", "Cek kesehatan gratis untuk lansia setiap Kamis di Puskesmas Martapura.",
     "Cek kesehatan gratis setiap Kamis di Puskesmas Martapura."),
    ("siapa", "Seleksi Paskibraka dibuka hingga 10 Maret bagi siswa kelas X berusia 15–17 tahun.",
     "Seleksi Paskibraka dibuka hingga 10 Maret."),
    ("siapa", "Jalan Merdeka ditutup Minggu pagi. Pengendara dialihkan lewat Jalan Pramuka.",
     "Jalan Merdeka ditutup Minggu pagi karena jalan sehat."),
    ("syarat", "Perekaman KTP-el keliling Sabtu di Balai Desa. Bawa fotokopi KK.",
     "Perekaman KTP-el keliling Sabtu di Balai Desa. Ayo datang."),
    ("syarat", "Pendaftaran CPNS dibuka 1 Juli. Siapkan scan ijazah dan pas foto.",
     "Pendaftaran CPNS dibuka 1 Juli. Siapkan diri sebaik mungkin."),
    ("kontak", "Pemadaman air besok pukul 09.00. Info: call center PDAM 0735-322111.",
     "Pemadaman air besok pukul 09.00. Mohon maaf atas ketidaknyamanannya."),
    ("kontak", "Pendaftaran lomba dibuka hingga 5 Mei. Pertanyaan dapat ditanyakan ke panitia.",
     "Pendaftaran lomba dibuka hingga 5 Mei."),
    ("biaya", "Khitanan massal gratis Minggu, 6 Juli 2025 di RSUD Martapura.",
     "Khitanan massal Minggu, 6 Juli 2025 di RSUD Martapura."),
    ("biaya", "Operasi pasar besok di Lapangan Belitang, beras Rp57.000/5 kg.",
     "Operasi pasar besok di Lapangan Belitang, beras 10 ton tersedia."),
])
def test_each_element_is_seen_when_it_is_there(checker: InformativenessChecker, element: str,
                                               with_it: str, without_it: str) -> None:
    assert checker.announcement(with_it) is not None, with_it
    assert checker.announcement(without_it) is not None, without_it
    assert element not in missing(checker, with_it), with_it
    assert element in missing(checker, without_it), without_it


def test_only_the_first_part_of_a_huge_paste_is_read(checker: InformativenessChecker) -> None:
    head = "Pendaftaran lomba dibuka hingga 5 Mei di Balai Desa Sukaraja. "
    filler = "Warga datang ke kantor. " * 1_000  # 24,000 characters
    assert "kontak" not in missing(checker, head + "Info: WA 0812-7788-1100. " + filler)
    assert "kontak" in missing(checker, head + filler + "Info: WA 0812-7788-1100.")


def test_aid_amounts_prizes_and_income_limits_are_not_a_cost(checker: InformativenessChecker) -> None:
    text = ("Pencairan BLT Rp600.000 dimulai 15 Juli bagi pekerja dengan gaji di bawah "
            "Rp3,5 juta. Lomba berhadiah total Rp10 juta.")
    assert "biaya" in missing(checker, text)


def test_a_fraud_caution_after_the_first_sentence_keeps_the_announcement(
        checker: InformativenessChecker) -> None:
    text = ("Pendaftaran CPNS dibuka 1–15 Juli 2025 di sscasn.bkn.go.id. Jangan percaya calo "
            "atau oknum yang menjanjikan kelulusan.")
    assert checker.announcement(text) is not None
    assert "dimana" not in missing(checker, text)  # the link where registration happens


def test_a_closed_registration_and_a_count_of_registrants_announce_nothing(
        checker: InformativenessChecker) -> None:
    assert checker.announcement("Pendaftaran Duta Wisata ditutup. Terima kasih atas partisipasinya.") is None
    assert checker.announcement("Hingga hari ini, 3.210 calon siswa telah mendaftar SPMB SMP.") is None
    assert checker.announcement("Pendaftaran Duta Wisata ditutup 20 Juni 2025. Ayo segera daftar!")


def test_a_jurisdiction_in_scope_is_who_not_where(checker: InformativenessChecker) -> None:
    text = "Mudik gratis Lebaran 2026 bagi warga Kota Baru segera dibuka!"
    assert missing(checker, text) >= {"dimana"}
    assert "siapa" not in missing(checker, text)


@pytest.mark.parametrize("text", [
    "Perekaman KTP-el keliling di Desa Karang Jaya kemarin diikuti 120 warga.",
    "Selamat Hari Raya Idul Adha 1446 H. Semoga semangat berkurban menguatkan kepedulian kita.",
    "Bupati OKU Timur meninjau pelaksanaan vaksinasi polio di SD Negeri 1 Martapura.",
    "Angka prevalensi stunting turun menjadi 14,2 persen berdasarkan data SSGI.",
    "[HOAKS] Beredar pesan berantai tentang pendaftaran bansos. Informasi itu tidak benar.",
    "Waspada penipuan mengatasnamakan BKPSDM! Rekrutmen PPPK tidak memungut biaya.",
    "Pendaftaran SPMB tahap I telah ditutup. Terima kasih kepada 2.300 pendaftar.",
    "Peringatan dini cuaca BMKG: potensi hujan lebat hari ini pukul 13.00–17.00 WIB.",
    "Jadwal imsakiyah Ramadan 1446 H untuk wilayah Martapura dan sekitarnya.",
    "Pemerintah kabupaten mengimbau warga tetap tenang.",
    "Ratusan warga memanfaatkan layanan cek kesehatan gratis di Puskesmas Belitang.",
    "",
])
def test_posts_that_announce_nothing_get_no_finding(checker: InformativenessChecker,
                                                   text: str) -> None:
    assert checker.announcement(text) is None
    assert checker.check(text) == []


def test_a_contest_that_promises_an_award_is_still_an_announcement(
        checker: InformativenessChecker) -> None:
    text = "Ikuti Lomba Inovasi Daerah dan raih penghargaan! Pendaftaran dibuka hingga 30 Juli 2025."
    assert checker.announcement(text) is not None
    assert checker.announcement("Tim Futsal Dispora meraih juara 1 Turnamen Antar-OPD.") is None


def test_aid_paid_out_now_is_announced(checker: InformativenessChecker) -> None:
    assert checker.announcement("Bansos PKH tahap III cair!").kind == "bantuan"


def test_the_kind_names_what_is_announced(checker: InformativenessChecker) -> None:
    assert checker.announcement("Pendaftaran CPNS dibuka 1 Juli.").kind == "pendaftaran"
    assert checker.announcement("Imunisasi campak untuk balita besok di posyandu.").kind == "vaksinasi"
    assert checker.announcement("Penutupan jalan Minggu pagi di Jalan Merdeka.").kind == "perubahan jadwal"


def test_the_checker_shows_informasi_findings_and_leaves_the_others_alone() -> None:
    full = Checker.from_resources()
    without = Checker(speller=None, packs=full.packs)
    text = "Layanan jemput bola perekaman KTP-el dibuka besok! Silahkan datang."
    report = full.check(text)
    assert {f.rule_id for f in report.findings if f.category is Category.INFORMASI} == {
        "informasi.dimana", "informasi.siapa", "informasi.syarat", "informasi.kontak",
        "informasi.biaya"}
    others = [f for f in report.findings if f.category is not Category.INFORMASI]
    policy = [f for f in without.check(text).findings]
    assert [f for f in others if f.category is not Category.SPELLING] == policy


def test_every_element_has_a_reason_and_a_reference() -> None:
    rules = AnnouncementRules.load(resource_dir() / "rules" / "informasi" / "pengumuman.toml")
    assert [e.id for e in rules.elements] == list(ELEMENTS)
    for element in rules.elements:
        assert element.reference and "{jenis}" in element.message and "misalnya" in element.message
        assert all(c.reason for c in element.cues)
    assert rules.kinds and rules.openers and rules.past and rules.genres


def test_a_broken_rule_file_is_refused(tmp_path: Path) -> None:
    source = (resource_dir() / "rules" / "informasi" / "pengumuman.toml").read_text(encoding="utf-8")
    path = tmp_path / "pengumuman.toml"
    path.write_text(source.replace('severity = "warning"', 'severity = "gawat"', 1), encoding="utf-8")
    with pytest.raises(CueFileError, match="severity 'gawat'"):
        AnnouncementRules.load(path)
    path.write_text(source.replace('id = "biaya"\n', 'id = "harga"\n', 1), encoding="utf-8")
    with pytest.raises(CueFileError, match="tepat kapan"):
        AnnouncementRules.load(path)
