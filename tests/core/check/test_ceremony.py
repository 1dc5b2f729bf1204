"""The leadership-ceremony recogniser: a leader as the subject of a protocol act."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.app.paths import resource_dir
from core.check.ceremony import CeremonyRules, ceremony_rules, ceremony_share, classify_ceremony, is_ceremony
from core.check.cues import CueFileError


@pytest.mark.parametrize("text", [
    "Bupati OKU Timur, Ir. H. Lanosin, M.T., menghadiri Rapat Koordinasi Inflasi di Palembang.",
    "Wabup Tinjau Jembatan Desa Sukaraja\nWakil Bupati meninjau progres pembangunan jembatan.",
    "MARTAPURA – Wakil Bupati membuka Bazar UMKM di halaman Pemkab. Bazar buka pukul 15.00.",
    "Senin (2/6), Bupati bersama Forkopimda memimpin upacara Hari Lahir Pancasila.",
    "Dalam rangka Hari Bhayangkara, Kapolres OKU Timur memimpin upacara di Mapolres.",
    "Pj. Sekda menerima audiensi pengurus KNPI di ruang kerjanya.",
    "Camat Belitang menyerahkan secara simbolis bantuan bibit jagung kepada kelompok tani.",
    "Kepala Dinas Kesehatan dr. Andi, M.Kes didampingi Sekdis meninjau vaksinasi polio.",
    "Pisah sambut Kepala Dinas Pendidikan berlangsung penuh kekeluargaan.",
    "Ketua TP-PKK bersilaturahmi dengan kader PKK Kecamatan Madang Suku II.",
    "Wakil Bupati memberikan pengarahan kepada ASN tentang disiplin kerja.",
    "Bupati mengingatkan seluruh ASN agar disiplin masuk kerja.",
    "BUPATI OKU TIMUR MENERIMA KUNJUNGAN TIM PENILAI ADIPURA",
    "Bupati berziarah ke Taman Makam Pahlawan Martapura.",
    "Kadisdukcapil menghadiri rapat koordinasi di Palembang.",
    "Wabup mendampingi Gubernur meninjau panen raya di Desa Sumber Rejo.",
    "Direktur RSUD Martapura Terima Akreditasi Paripurna",
    "Bupati Paparkan LKPJ di Paripurna DPRD",
    "Bupati Santuni Anak Yatim di Kecamatan Belitang",
])
def test_leaders_doing_protocol_acts_are_ceremony(text: str) -> None:
    assert is_ceremony(text), text


@pytest.mark.parametrize("text", [
    # the leader as a messenger of public information
    "Bupati mengimbau warga mendaftar SPMB paling lambat 20 Juni 2025 melalui laman resmi.",
    "Kepala Disdukcapil menjelaskan bahwa mulai 1 Juli layanan pindah ke Mal Pelayanan Publik.",
    # staff, citizens, an office as the subject
    "Petugas Dinas PUPR meninjau jalan berlubang di Desa Karang Jaya.",
    "Ratusan warga memadati alun-alun menyaksikan upacara HUT RI ke-80.",
    "Sebanyak 86 KPM menerima BLT di Balai Desa. Penyaluran disaksikan Camat Belitang.",
    "Dinas Perdagangan menggelar pasar murah di Lapangan Belitang.",
    "Kepala Sekolah SDN 1 Martapura membuka masa pengenalan lingkungan sekolah.",
    "Petugas Puskesmas menyampaikan materi penyuluhan gizi kepada ibu balita.",
    # a leader mentioned inside something else, or quoted
    "[HOAKS] Beredar video yang menyebut Bupati meninjau lokasi banjir.",
    "Bupati OKU Timur: “Pelayanan publik harus cepat dan tanpa pungli.”",
    "Upacara Hari Kesaktian Pancasila diikuti ratusan pelajar di halaman Kantor Bupati.",
    "",
])
def test_service_and_public_information_is_not_ceremony(text: str) -> None:
    assert not is_ceremony(text), text


def test_the_call_names_the_leader_and_the_act() -> None:
    text = "OKU TIMUR – Sekda memimpin apel pagi gabungan."
    call = classify_ceremony(text)
    assert (call.is_ceremony, call.leader, call.act) == (True, "Sekda", "memimpin")
    assert text[call.start:].startswith("Sekda")


def test_share_of_a_week() -> None:
    posts = ["Bupati menghadiri rapat paripurna DPRD.", "Pendaftaran CPNS dibuka 1 Juli.",
             "Camat melantik 12 kepala desa.", "Tips sehat di musim hujan."]
    assert ceremony_share(posts) == 0.5
    assert ceremony_share([]) == 0.0


def test_rules_are_data_with_reasons() -> None:
    rules = ceremony_rules()
    assert rules.reference and rules.leaders and rules.protocol and rules.message
    assert all(c.reason for c in rules.leaders + rules.protocol + rules.message + rules.events)


def test_a_broken_rule_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "seremoni.toml"
    text = (resource_dir() / "rules" / "informasi" / "seremoni.toml").read_text(encoding="utf-8")
    path.write_text(text.replace('roots = ["hadir", "saksi"]', 'roots = "hadir"'), encoding="utf-8")
    with pytest.raises(CueFileError, match="harus bertipe list"):
        CeremonyRules.load(path)
    path.write_text("[meta]\nid = 'x'\n", encoding="utf-8")
    with pytest.raises(CueFileError, match="reference"):
        CeremonyRules.load(path)
