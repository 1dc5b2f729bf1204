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
