"""core/check/spelling/bare_verb.py: a -kan verb with its meN- dropped after a named subject."""

from __future__ import annotations

import pytest

from core.app.paths import resource_dir
from core.check.spelling import Speller

RULE = "spelling.imbuhan-me"


@pytest.fixture(scope="module")
def speller() -> Speller:
    return Speller.from_resources(resource_dir())


@pytest.mark.parametrize(("text", "span", "right"), [
    ("Pemerintah Desa Sukamaju laksanakan kerja bakti di sepanjang sungai.", "laksanakan",
     "melaksanakan"),
    ("Kepala sekolah Rina Lestari sampaikan terima kasih kepada para guru.", "sampaikan",
     "menyampaikan"),
    ("Warga menonton ketika DPRD tetapkan anggaran tahun depan.", "tetapkan", "menetapkan"),
    ("Pada hari itu Dinas Kesehatan bersihkan halaman puskesmas bersama kader.", "bersihkan",
     "membersihkan"),
])
def test_bare_kan_after_a_name_is_flagged(speller: Speller, text: str, span: str,
                                          right: str) -> None:
    [finding] = [f for f in speller.check(text) if f.rule_id == RULE]
    assert finding.actual == span and finding.suggestions == (right,)


@pytest.mark.parametrize("text", [
    "Seperti yang Bapak Camat Budi sampaikan tadi, kita harus bersiap.",
    "Program ini akan kami laksanakan mulai pekan depan.",
    "Laksanakan tugas itu dengan sungguh-sungguh.",
    "Kepada para kader, Bupati tegaskan jangan lengah.",
    "Mari Kita Satukan Langkah menjadi tema lomba tahun ini.",
    "Harga naik karena Program Stabilisasi Pasokan dan Harga Pangan berakhir.",
    "Sebagian desa sudah menerima, sedangkan desa lain menunggu.",
    "Rencana itu disampaikan Kepala Dinas Budi Santoso sampaikan.",
])
def test_bare_kan_where_it_belongs_is_left(speller: Speller, text: str) -> None:
    assert not [f for f in speller.check(text) if f.rule_id == RULE]


@pytest.mark.parametrize(("text", "span", "right"), [
    ("Ketua Tim Penggerak PKK Siti Aminah hadiri pelantikan pengurus posyandu.", "hadiri",
     "menghadiri"),
    ("Sore itu Wakil Bupati Sukamaju, hadiri Rapat Koordinasi bersama para camat.", "hadiri",
     "menghadiri"),
])
def test_bare_i_verb_after_a_name_is_flagged(speller: Speller, text: str, span: str,
                                             right: str) -> None:
    [finding] = [f for f in speller.check(text) if f.rule_id == RULE]
    assert finding.actual == span and finding.suggestions == (right,)


@pytest.mark.parametrize("text", [
    "Lomba Desa Sukamaju mulai pukul tujuh pagi.",
    "Acara yang Bapak Camat hadiri kemarin berjalan lancar.",
    "Hadiri rapat itu tepat waktu, kata panitia.",
])
def test_bare_i_forms_of_their_own_are_left(speller: Speller, text: str) -> None:
    assert not [f for f in speller.check(text) if f.rule_id == RULE]


def test_a_g_root_keeps_its_g_after_meng() -> None:
    from core.check.spelling.bare_verb import men_forms
    assert men_forms("gunakan") == ["menggunakan"]
    assert men_forms("gelar") == ["menggelar"]
    assert men_forms("kejar")[0] == "mengejar" and men_forms("sampaikan")[0] == "menyampaikan"
    assert men_forms("laksanakan") == ["melaksanakan"]


def test_bare_kan_of_a_g_root_gets_its_meng_form(speller: Speller) -> None:
    [finding] = [f for f in speller.check(
        "Puskesmas Desa Sukamaju gunakan aplikasi antrean sejak bulan lalu.")
        if f.rule_id == RULE]
    assert finding.actual == "gunakan" and finding.suggestions == ("menggunakan",)


def test_the_kept_verb_answers_give_what_a_fresh_speller_gives(speller: Speller) -> None:
    # Speller._verb_like keeps bare_kan_spans' dictionary test per word across texts: texts
    # checked one after another (the same words in other places) get a fresh speller's findings
    texts = ["Pemerintah Desa Sukamaju laksanakan kerja bakti di sepanjang sungai.",
             "Program ini akan kami laksanakan mulai pekan depan.",
             "Kepala sekolah Rina Lestari sampaikan terima kasih, lalu Rina Lestari hadiri rapat.",
             "Warga menonton ketika DPRD tetapkan anggaran dan DPRD laksanakan rapat."]
    for text in texts + texts[::-1]:
        assert speller.check(text) == Speller.from_resources(resource_dir()).check(text)
    assert speller._verb_like and speller._verb_like.get("laksanakan") is True
