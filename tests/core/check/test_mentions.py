"""A partisan act quoted in a post that warns against it is a mention (core/check/mentions.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from core.check.findings import Category, Finding, Severity
from core.check.mentions import drop_quoted_acts, quoted_spans, warns_against


def act(text: str, phrase: str, category: Category = Category.NEUTRALITY) -> Finding:
    start = text.index(phrase)
    return Finding(rule_id="uji", category=category, severity=Severity.ERROR, start=start,
                   end=start + len(phrase), message="uji", actual=phrase)


def test_quoted_spans_stop_at_the_paragraph_and_know_curly_marks() -> None:
    text = 'a "satu" b “dua” c ‘tiga’ Ka\'bah\n"empat\nlima"'
    assert [text[lo:hi] for lo, hi in quoted_spans(text)] == ["satu", "dua", "tiga"]


@pytest.mark.parametrize("text", [
    'Hindari foto dengan spanduk bertuliskan "Coblos Nomor 2" meskipun hanya latar belakang.',
    'Beredar ajakan “Coblos Nomor 2” atas nama kami. Unggahan tersebut palsu.',
    'Jangan ada yang memasang stiker "Coblos Nomor 2" di status WA. Netralitas berlaku setiap saat.',
    "Spanduk ‘Coblos Nomor 2’ di pagar sekolah sudah diturunkan petugas.",
    '[SALAH] Video "Wali Kota ajak ASN Coblos Nomor 2" adalah potongan video lama. #CekFakta',
    '[ Keliru ] Foto "Coblos Nomor 2" di kantor camat hasil suntingan.',
    'Tangkapan layar "Coblos Nomor 2" itu disunting; kami sudah menyampaikannya ke Bawaslu.',
])
def test_a_quoted_act_in_a_warning_is_dropped(text: str) -> None:
    assert warns_against(text)
    assert drop_quoted_acts(text, [act(text, "Coblos Nomor 2")]) == []


@pytest.mark.parametrize("text", [
    'Kata Pak Kades: "Coblos Nomor 2 ya!" Salah satu warga bertepuk tangan.',
    'Pesan Bu Lurah: "Coblos Nomor 2!" [foto]',
])
def test_salah_outside_a_fact_check_label_is_no_warning(text: str) -> None:
    """*Salah* is a fact check's verdict only as a bracketed label: *salah satu* is not."""
    assert not warns_against(text)


def test_a_quote_without_a_warning_stays_an_act() -> None:
    text = 'Kata Pak Kades: "Coblos Nomor 2 ya!"'
    assert not warns_against(text)
    assert len(drop_quoted_acts(text, [act(text, "Coblos Nomor 2")])) == 1


def test_an_act_outside_the_quotation_marks_stays() -> None:
    text = 'ASN dilarang menulis "dua periode". Tapi Coblos Nomor 2 tetap!'
    assert len(drop_quoted_acts(text, [act(text, "Coblos Nomor 2")])) == 1


def test_other_categories_keep_their_quoted_findings() -> None:
    text = 'Waspada pesan "sebarkan sebelum dihapus", itu hoaks.'
    kept = drop_quoted_acts(text, [act(text, "sebarkan sebelum dihapus", Category.HOAX)])
    assert len(kept) == 1


def test_the_checker_lets_a_reminder_quoting_slogans_pass() -> None:
    from core.check.checker import Checker

    checker = Checker.from_resources()
    day = dt.date(2026, 6, 1)
    reminder = ('Ingat, ASN dilarang mengunggah tagar atau tulisan "Coblos Nomor 2" dan '
                '"Lanjutkan Dua Periode" di akun pribadi.')
    assert [f for f in checker.check(reminder, on_date=day).findings
            if f.category is Category.NEUTRALITY and f.severity is not Severity.INFO] == []
    quoted_call = 'Pesan Pak Camat untuk warga: "Coblos Nomor 2 ya!"'
    assert any(f.category is Category.NEUTRALITY and f.severity is Severity.ERROR
               for f in checker.check(quoted_call, on_date=day).findings)
