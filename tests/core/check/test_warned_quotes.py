from __future__ import annotations

import pytest

from core.check.findings import Category, Finding, Severity
from core.check.warned_quotes import drop_warned_quotes, drop_warned_scams, warned_about


def _finding(text: str, part: str, category: Category = Category.FRAUD) -> Finding:
    start = text.index(part)
    return Finding(rule_id="penipuan.x", category=category, severity=Severity.ERROR,
                   start=start, end=start + len(part), actual=part, message="m", reference="r")


@pytest.mark.parametrize("text", [
    'Jangan percaya kalau ada yang bilang "kamu menang undian, transfer dulu biaya kirim".',
    'Kalau dapat DM "Selamat! Anda memenangkan undian HUT kota, bayar pajak dulu" — itu scam.',
    'Ada yang ngaku pegawai BKD nawarin "amplop 20 juta dijamin SK turun". Itu tipu-tipu!',
    '[SALAH] "Air kelapa campur garam menyembuhkan kanker dalam 2 minggu." Tidak ada bukti.',
    # round 29c: a clarification names the rumour it corrects
    'Meluruskan kabar "telur palsu dari pabrik di kota sebelah": telur di pasar aman.',
    'Dinas Perdagangan membantah isu "minyak goreng dicampur plastik" yang beredar.',
    'Jangan mudah termakan judul "Sekolah libur sebulan!!" di grup.',
])
def test_a_quoted_scam_in_a_warning_is_dropped(text: str) -> None:
    lo, hi = text.index('"'), text.rindex('"') + 1
    assert warned_about(text, lo, hi)
    inner = text[lo + 1:lo + 15]
    assert drop_warned_scams(text, [_finding(text, inner)]) == []


def test_a_quote_with_no_warning_and_a_fee_outside_the_quote_stay() -> None:
    shown = 'Voice note beredar: "Pak Kades minta tiap KK setor 100 ribu supaya namanya masuk daftar."'
    assert not warned_about(shown, shown.index('"'), len(shown))
    assert drop_warned_scams(shown, [_finding(shown, "setor 100 ribu")]) != []
    both = ('Jangan percaya pesan "menang undian, transfer dulu" itu. Tapi untuk ikut lomba, '
            "transfer dulu Rp50 ribu ke rekening panitia.")
    outside = _finding(both, "transfer dulu Rp50 ribu")
    assert drop_warned_scams(both, [outside]) == [outside]


def test_other_categories_are_left_to_their_own_rules() -> None:
    text = 'Jangan percaya yang bilang "bakar saja kantor itu rame-rame malam ini". Laporkan.'
    kept = _finding(text, "bakar saja kantor", Category.PROVOCATION)
    assert drop_warned_scams(text, [kept]) == [kept]


def test_one_pass_drops_quoted_acts_of_a_reminder_and_quoted_scams_of_a_warning() -> None:
    text = ('ASN dilarang berfoto dengan spanduk "Coblos Nomor 2". Jangan percaya juga pesan '
            '"transfer dulu biaya kirim hadiah". Ayo coblos nomor 2 di TPS!')
    act = _finding(text, "Coblos Nomor 2", Category.NEUTRALITY)
    scam = _finding(text, "transfer dulu biaya kirim")
    outside = _finding(text, "Ayo coblos nomor 2", Category.NEUTRALITY)
    assert drop_warned_quotes(text, [act, scam, outside]) == [outside]


def test_a_quote_after_beredar_alone_is_no_warning() -> None:
    """Round 29c widened the clarification words; a chain message shown with "beredar" stays."""
    text = 'Beredar pesan "telur palsu dari pabrik di kota sebelah, sebarkan!" di grup.'
    assert not warned_about(text, text.index('"'), text.rindex('"') + 1)
