"""Round 28a of issue 12: the rumour rules of resources/rules/sumber.toml read a refutation with a
hedge between ('itu pasti penipuan') and a rumour a named office answers, each with a positive twin
of the team's own."""

from __future__ import annotations

import pytest

from core.check.checker import Checker
from tests.core.check.packs_only import fired, packs_only


@pytest.fixture(scope="module")
def checker() -> Checker:
    return packs_only()


@pytest.mark.parametrize("text", [
    "Kalau ada yang bilang bisa masuk PPPK asal bayar, itu jelas penipuan. Daftar hanya di situs resmi.",
    "Beredar kabar pasar ikan ditutup sebulan. Dinas Perdagangan memastikan pasar tetap buka seperti biasa.",
    "Beredar kabar listrik padam tiga hari. Sumber: PLN UP3 Sukamaju, jadwal pemeliharaan hanya 4 jam.",
])
def test_round_28a_a_rumour_answered_is_not_flagged(checker: Checker, text: str) -> None:
    assert not {r for r in fired(checker, text) if r.startswith("sumber.")}


@pytest.mark.parametrize("text", [
    "Ada yang bilang pasar ikan mau ditutup sebulan, siap-siap stok ya.",
    "Beredar kabar listrik padam tiga hari mulai Senin, isi air dari sekarang.",
])
def test_round_28a_a_rumour_left_standing_is_flagged(checker: Checker, text: str) -> None:
    assert "sumber.samar-kabar" in fired(checker, text)
