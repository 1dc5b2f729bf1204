"""Round 35 of issue 13: spellings KBBI Daring itself marks as non-standard (terlantar, pengrajin,
pendopo, bhakti, tentram, Alloh) and pemukiman for a place to live, with sentences of the team's
own; a building's name in capitals (Pendopo ...) and the standard forms stay unflagged."""

from __future__ import annotations

import pytest

from core.check.checker import Checker
from tests.core.check.packs_only import DAY, packs_only


@pytest.fixture(scope="module")
def checker() -> Checker:
    return packs_only()


def _fixes(checker: Checker, text: str) -> dict[str, tuple[str, str]]:
    return {f.actual: (f.rule_id, f.suggestions[0]) for f in checker.check(text, on_date=DAY).findings
            if f.suggestions}


@pytest.mark.parametrize(("text", "actual", "right"), [
    ("Dinas Sosial mendata lansia terlantar di tiap kelurahan.", "terlantar", "telantar"),
    ("Para pengrajin anyaman menerima bantuan alat.", "pengrajin", "perajin"),
    ("Upacara berlangsung di Jalan Jendral Ahmad Yani.", "Jendral", "Jenderal"),
    ("Camat menampung unek-unek pedagang pasar.", "unek-unek", "uneg-uneg"),
    ("Ketentraman warga dijaga bersama linmas.", "Ketentraman", "Ketenteraman"),
    ("Musyawarah digelar di pendopo balai desa.", "pendopo", "pendapa"),
    ("Warga bergotong royong dalam kerja bhakti setiap Minggu.", "bhakti", "bakti"),
    ("Semoga kegiatan ini diberkahi Alloh SWT.", "Alloh", "Allah"),
    ("Air bersih dialirkan ke pemukiman warga di bantaran sungai.", "pemukiman", "permukiman"),
])
def test_round_35_kbbi_non_standard_forms_get_their_lemma(checker: Checker, text: str, actual: str,
                                                          right: str) -> None:
    assert _fixes(checker, text)[actual][1] == right


@pytest.mark.parametrize("text", [
    "Bupati menerima tamu di Pendopo Sasana Praja.",
    "Anak telantar dan perajin kecil mendapat pendampingan di pendapa kecamatan.",
    "Bulan Bakti Gotong Royong Masyarakat dibuka di permukiman nelayan.",
])
def test_round_35_standard_forms_and_building_names_stay(checker: Checker, text: str) -> None:
    assert not {r for r, _ in _fixes(checker, text).values() if r.startswith("baku.")}
