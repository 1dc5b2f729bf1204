"""EYD V punctuation and hyphen rules of language round 54: the ordinal *ke-* after a dash or
*hari jadi*, commas after *yaitu/yakni* and before an amount, and the period a paragraph
leaves out. Sentences written for these tests."""

from __future__ import annotations

import pytest

from core.app.paths import resource_dir
from core.check.orthography import Orthography
from core.check.spelling import Speller


@pytest.fixture(scope="module")
def orthography() -> Orthography:
    return Orthography(speller=Speller.from_resources(resource_dir()))


def _rule(orthography: Orthography, text: str, rule: str) -> dict[str, str]:
    return {f.actual: f.suggestions[0] for f in orthography.check(text) if f.rule_id == rule}


@pytest.mark.parametrize(("text", "wrong", "right"), [
    ("Warga merayakan hari jadi ke 212 Kota Sukamaju dengan pawai.", "ke 212", "ke-212"),
    ("Kodim meresmikan TMMD Reguler ke – 120 di Desa Karanganyar.", "ke – 120", "ke-120"),
    ("Lomba ini digelar untuk ke —7 kalinya.", "ke —7", "ke-7"),
])
def test_ke_before_a_number_after_a_dash_or_hari_jadi(orthography: Orthography, text: str,
                                                      wrong: str, right: str) -> None:
    assert _rule(orthography, text, "eyd.ke-angka")[wrong] == right


@pytest.mark.parametrize("text", [
    "Bantuan beras dikirim ke 4 desa di pesisir.",          # a count of places
    "Skor akhir pertandingan 2 – 1 untuk tim tuan rumah.",  # a dash between two scores
])
def test_ke_before_a_count_stays(orthography: Orthography, text: str) -> None:
    assert not _rule(orthography, text, "eyd.ke-angka")


def test_ke_after_an_anniversary_word_before_a_counted_unit(orthography: Orthography) -> None:
    # harlah/hari jadi + ke + number + Kabupaten X: the ordinal of the anniversary, no count
    text = "Pemkab menggelar Harlah ke 25 Kabupaten Sukamaju di alun-alun."
    assert _rule(orthography, text, "eyd.ke-angka")["ke 25"] == "ke-25"


@pytest.mark.parametrize(("text", "wrong", "right"), [
    ("Tiga desa terpilih, yaitu, Sukamaju, Sukajaya dan Sukamulya.", "yaitu,", "yaitu"),
    ("Ada dua agenda yakni, penyerahan bantuan dan peninjauan posko.", "yakni,", "yakni"),
    ("Setiap keluarga menerima bantuan sebesar, Rp. 600 ribu per bulan.", "sebesar,", "sebesar"),
    ("Peserta pelatihan berjumlah, 45 orang dari sembilan desa.", "berjumlah,", "berjumlah"),
    ("Sebanyak, 30 rumah rusak diterjang angin.", "Sebanyak,", "Sebanyak"),
])
def test_no_comma_after_yaitu_or_before_an_amount(orthography: Orthography, text: str,
                                                  wrong: str, right: str) -> None:
    assert _rule(orthography, text, "eyd.koma-kata-tugas")[wrong] == right


@pytest.mark.parametrize("text", [
    "Acara itu, yaitu pelantikan pengurus baru, berjalan lancar.",
    "Jumlah peserta mencapai 120, sekitar 40 di antaranya perempuan.",
    "Bantuan yang diterima sebesar Rp600.000, sebanyak tiga kali.",
])
def test_commas_around_yaitu_and_amounts_stay(orthography: Orthography, text: str) -> None:
    assert not _rule(orthography, text, "eyd.koma-kata-tugas")


@pytest.mark.parametrize(("text", "wrong", "right"), [
    ("“Pelayanan tetap buka selama libur,” ujarnya\n\nIa juga meminta warga tertib.",
     "ujarnya", "ujarnya."),
    ("“Semua petugas sudah siaga,” kata Rudi Hartono\nSelanjutnya rapat ditutup.",
     "Hartono", "Hartono."),
    ("Warga diminta menjaga kebersihan. \"Mari kita mulai dari rumah,\" pungkasnya", "pungkasnya",
     "pungkasnya."),
])
def test_attribution_closing_a_paragraph_takes_its_period(orthography: Orthography, text: str,
                                                         wrong: str, right: str) -> None:
    assert _rule(orthography, text, "eyd.titik-akhir")[wrong] == right


@pytest.mark.parametrize("text", [
    "“Kami siap,” ujarnya.\nRapat lalu ditutup.",                   # the period is there
    "“Kami siap,” kata Kepala\nDinas Sosial Rina Wati di kantornya.",  # a wrapped line
    "“Kami siap,” ujarnya\nsambil menunjuk gudang logistik.",       # goes on in lowercase
])
def test_attribution_before_a_line_break_that_is_no_paragraph_end(orthography: Orthography,
                                                                  text: str) -> None:
    assert not _rule(orthography, text, "eyd.titik-akhir")


@pytest.mark.parametrize(("text", "wrong", "right"), [
    ("Rapat digelar di aula kantor camat, Senin, (7/3/2026).", "Senin,", "Senin"),
    ("Bantuan diserahkan di balai desa pada Jum’at, ( 12/04 ) pagi.", "Jum’at,", "Jum’at"),
])
def test_no_comma_between_a_day_and_its_date_in_parentheses(orthography: Orthography, text: str,
                                                            wrong: str, right: str) -> None:
    assert _rule(orthography, text, "eyd.koma-sebelum-kurung")[wrong] == right


@pytest.mark.parametrize("text", [
    "Rapat digelar di aula kantor camat, Senin (7/3/2026).",
    "Jadwal piket: Senin, Selasa, (lihat lampiran) dan Rabu.",
])
def test_day_and_date_without_the_comma_stay(orthography: Orthography, text: str) -> None:
    assert not _rule(orthography, text, "eyd.koma-sebelum-kurung")
