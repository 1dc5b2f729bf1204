from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from core.app.paths import resource_dir
from core.check.checker import Checker, default_pack_paths
from core.check.findings import Category, Severity
from core.check.rules import RuleFileError
from core.check.spelling import RULE_ID as SPELLING
from core.check.spelling import Speller
from core.publish.channels import Channel

DAY = dt.date(2025, 1, 1)
MIXED = ("😀 Silahkan datang! Warga dihimbau tidak merubah data. Pemerintahh mengunakan "
         "https://contoh.go.id/a. Sebarkan segera sebelum dihapus!\n\n#Info @diskominfo 10.000 "
         "Download Hoax 𝐀𝐁 praktek")


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker.from_resources()


@pytest.fixture(scope="module")
def advising() -> Checker:
    """A checker that gives register advice too (the setting "saran ragam bahasa")."""
    return Checker.from_resources(advice=True)


def test_default_packs_are_the_shipped_ones(checker: Checker) -> None:
    assert default_pack_paths() == sorted((resource_dir() / "rules").glob("*.toml"))
    assert [p.path for p in checker.packs] == default_pack_paths()
    assert {"baku", "hoaks", "kampanye", "partai-2024", "penipuan", "provokasi", "sumber"} <= {
        p.id for p in checker.packs}


def test_findings_sorted_by_position(checker: Checker) -> None:
    findings = checker.check(MIXED, channels=[Channel.X], on_date=DAY).findings
    assert len(findings) >= 8
    keys = [(f.start, f.end, -f.severity.rank, f.rule_id) for f in findings]
    assert keys == sorted(keys)


def test_every_finding_slices_back(advising: Checker) -> None:
    report = advising.check(MIXED * 3, channels=[Channel.X, Channel.THREADS], on_date=DAY)
    assert {f.rule_id for f in report.findings} >= {
        "baku.silakan", "baku.imbau", "baku.mengubah", SPELLING, "hoaks.ajakan-sebar",
        "hoaks.sebelum-dihapus", "baku.daring", "baku.hoaks", "baku.praktik", "platform.length.x"}
    for f in report.findings:
        assert report.text[f.start:f.end] == f.actual, f


def test_spelling_finding_with_same_span_as_a_rule_is_dropped(checker: Checker) -> None:
    text = "Warga silahkan datang."
    alone = Speller.from_resources(resource_dir()).check(text)
    assert [(f.rule_id, f.start, f.end) for f in alone] == [(SPELLING, 6, 14)]
    report = checker.check(text, on_date=DAY)
    assert [(f.rule_id, f.start, f.end) for f in report.findings] == [("baku.silakan", 6, 14)]
    assert report.findings[0].suggestions == ("silakan",)


def test_spelling_finding_with_a_different_span_is_kept(checker: Checker) -> None:
    report = checker.check("Pemerintahh hadir.", on_date=DAY)
    assert [f.rule_id for f in report.findings] == [SPELLING]


def test_report_counts(checker: Checker) -> None:
    report = checker.check("Silahkan " + "warga " * 50, channels=[Channel.X], on_date=DAY)
    assert (report.errors, report.warnings) == (1, 1)
    assert report.has_errors


@pytest.mark.parametrize("text", ["", "   \n", "Pemerintah kabupaten mengimbau warga tetap tenang."])
def test_clean_text_has_no_findings(checker: Checker, text: str) -> None:
    report = checker.check(text, channels=list(Channel), on_date=DAY)
    assert report.findings == ()
    assert report.text == text


def test_channels_produce_platform_findings(checker: Checker) -> None:
    text = "Warga " * 100
    assert checker.check(text, on_date=DAY).findings == ()
    findings = checker.check(text, channels=[Channel.THREADS, Channel.X, Channel.X], on_date=DAY).findings
    assert sorted(f.rule_id for f in findings) == ["platform.length.threads", "platform.length.x"]


def test_check_without_speller() -> None:
    report = Checker(speller=None).check("Pemerintahh " * 30, channels=[Channel.X], on_date=DAY)
    assert [f.rule_id for f in report.findings] == ["platform.length.x"]


PACK = '''[pack]
id = "kampanye"
name = "Kampanye"
version = "1"
[campaign]
start = 2024-09-25
end = 2024-11-23
[[rule]]
id = "netral.salam"
category = "neutrality"
severity = "error"
message = "“{text}” bisa dibaca sebagai dukungan."
terms = ["salam dua jari"]
'''


def test_extra_packs(tmp_path: Path) -> None:
    extra = tmp_path / "kampanye.toml"
    extra.write_text(PACK, encoding="utf-8")
    checker = Checker.from_resources(extra_packs=[extra])
    assert checker.packs[-1].id == "kampanye"
    inside = checker.check("Ayo salam-dua-jari, silahkan.", on_date=dt.date(2024, 10, 1)).findings
    mine = ("netral.", "baku.")  # the shipped kampanye pack flags the salute too
    assert [(f.rule_id, f.severity) for f in inside if f.rule_id.startswith(mine)] == [
        ("netral.salam", Severity.ERROR), ("baku.silakan", Severity.WARNING)]
    outside = checker.check("Ayo salam dua jari", on_date=dt.date(2025, 1, 1)).findings
    assert [(f.rule_id, f.severity) for f in outside if f.rule_id.startswith(mine)] == [
        ("netral.salam", Severity.WARNING)]


def test_bad_extra_pack(tmp_path: Path) -> None:
    extra = tmp_path / "rusak.toml"
    extra.write_text(PACK.replace('"neutrality"', '"politik"'), encoding="utf-8")
    with pytest.raises(RuleFileError, match=r"rusak\.toml.*netral\.salam.*category"):
        Checker.from_resources(extra_packs=[extra])


def test_user_words_and_ignores(checker: Checker) -> None:
    from core.store.user_dictionary import IgnoreSet

    text = "Warga mengunjungi kantr desa. Kami menulis Sukamju."
    assert "kantr" in [f.actual for f in checker.check(text, on_date=DAY).findings]
    checker.set_user_words(["kantr"])
    try:
        flagged = [f.actual for f in checker.check(text, on_date=DAY).findings]
        assert "kantr" not in flagged
        ignores = IgnoreSet(words=frozenset({"sukamju"}))
        assert checker.check("Sukamju hadir.", on_date=DAY, ignores=ignores).findings == ()
    finally:
        checker.set_user_words([])


def test_a_source_finding_does_not_hide_a_spelling_rule_on_the_same_words(checker: Checker) -> None:
    """"Rp 500.000" is both an amount without a source and a wrongly written rupiah: two
    different things to fix, both are reported."""
    rules = {f.rule_id for f in checker.check("Bantuan Rp 500.000 diberikan kepada warga.").findings}
    assert {"sumber.klaim-tanpa-sumber", "eyd.rupiah"} <= rules


def test_a_typo_inside_an_unsourced_quote_is_still_flagged(checker: Checker) -> None:
    """The quote's "no source" finding spans the whole quote; the typo inside is another thing
    to fix (these were hidden, found by the injected-typo evaluation)."""
    text = '"Kami ingin anak muda mendapatkan pekerjaan yanng layak tanpa harus merantau," katanya.'
    report = checker.check(text)
    assert "sumber.klaim-tanpa-sumber" in {f.rule_id for f in report.findings}
    assert [f.actual for f in report.findings if f.category is Category.SPELLING] == ["yanng"]


def test_a_word_a_policy_rule_flags_is_not_also_a_spelling_error(checker: Checker) -> None:
    """"kadrun" is a slur (provocation); "not in the dictionary, add it" beside it is noise."""
    report = checker.check("Para cebong dan kadrun sama saja, bikin rusuh negeri.")
    assert not [f for f in report.findings if f.category is Category.SPELLING]
    assert any(f.category is Category.PROVOCATION for f in report.findings)


def test_katanya_closing_a_quote_is_not_vague_attribution(checker: Checker) -> None:
    """'"…," katanya.' after the speaker was named is news style; "katanya" on its own is
    hearsay, and a quote with nobody named before it is still a quote without a source."""
    named = ('Kepala Dinas Koperasi, Hendra, meninjau pasar. "Dengan izin yang lengkap, pelaku '
             'usaha lebih mudah mendapat modal," katanya.')
    assert not [f for f in checker.check(named).findings if f.category is Category.SOURCE]
    rules = [f.rule_id for f in checker.check(
        'Katanya besok listrik padam.\n"Besok listrik di seluruh kecamatan padam total," katanya.'
    ).findings]
    assert rules == ["sumber.samar", "sumber.klaim-tanpa-sumber"]


def _language(checker: Checker, text: str) -> list[tuple[str, str, str]]:
    report = checker.check(text, on_date=DAY)
    return [(f.actual, f.rule_id, f.severity.value) for f in report.findings
            if f.category in (Category.SPELLING, Category.STANDARD, Category.ORTHOGRAPHY)]


def test_foreign_word_advice_is_info_and_given_once(advising: Checker) -> None:
    text = ("Pencegahan stunting dimulai dari posyandu. Kasus stunting turun. "
            "Panitia menyiapkan workshop; workshop itu gratis.")
    found = _language(advising, text)
    assert [a for a, _, _ in found] == ["stunting", "workshop"]
    assert {severity for _, _, severity in found} == {"info"}


def test_register_advice_is_not_given_inside_a_quotation(advising: Checker) -> None:
    text = "“Kami siap, tapi warga juga harus ikut,” ujar camat. Kegiatan itu rutin, tapi singkat."
    found = _language(advising, text)
    assert [(a, rule) for a, rule, _ in found] == [("tapi", "baku.tetapi")]
    [advice] = [f for f in advising.check(text, on_date=DAY).findings if f.rule_id == "baku.tetapi"]
    assert advice.start == text.index("tapi singkat")


def test_register_advice_only_when_asked_for(checker: Checker) -> None:
    """Foreign words, tapi and a double space are not wrong under EYD V: the default checker
    keeps quiet about them, while real errors next to them are still found."""
    text = "Rapat  evaluasi digelar secara online, tapi warga dihimbau hadir di acara launching."
    found = _language(checker, text)
    assert [(a, rule) for a, rule, _ in found] == [("dihimbau", "baku.imbau")]


@pytest.mark.parametrize(("text", "wrong", "right"), [
    ("Pameran UMKM dibuka dengan dua puluh stand di halaman kantor camat.", "stand", "stan"),
    ("Layanan tetap dibuka di Mall Pelayanan Publik selama libur.", "Mall", "Mal"),
    ("Hari jadi desa menjadi moment yang ditunggu warga.", "moment", "momen"),
    ("Ada tiga point penting dalam surat edaran bupati.", "point", "poin"),
])
def test_an_english_spelling_of_a_respelt_loan_is_a_warning(checker: Checker, text: str,
                                                             wrong: str, right: str) -> None:
    [finding] = [f for f in checker.check(text, on_date=DAY).findings if f.actual == wrong]
    assert finding.category is Category.STANDARD and finding.severity is Severity.WARNING
    assert finding.suggestions[0] == right


def test_point_inside_an_english_name_is_left(checker: Checker) -> None:
    text = "Petugas memasang Optical Distribution Point di ujung gang."
    assert not [f for f in checker.check(text, on_date=DAY).findings if f.actual == "Point"]


def test_di_himbau_gets_one_fix(checker: Checker) -> None:
    report = checker.check("Warga di himbau datang lebih awal.", on_date=DAY)
    assert [(f.actual, f.suggestions) for f in report.findings] == [("di himbau", ("diimbau",))]


def test_compound_inside_a_name_gets_every_capital(checker: Checker) -> None:
    text = "Hadir pula Wakil Walikota Sukamaju. Walikota itu tersenyum."
    fixes = {f.start: f.suggestions[0] for f in checker.check(text, on_date=DAY).findings
             if f.actual == "Walikota"}
    assert fixes == {text.index("Walikota"): "Wali Kota",
                     text.index("Walikota itu"): "Wali kota"}


def test_rupiah_with_two_slips_gets_two_fixes(checker: Checker) -> None:
    text = "Anggaran sebesar Rp. 12.500.000,- disetujui."
    found = [(f.actual, f.suggestions[0]) for f in checker.check(text, on_date=DAY).findings
             if f.rule_id == "eyd.rupiah"]
    assert found == [("Rp. 12.500.000", "Rp12.500.000"), (",-", ",00")]


@pytest.mark.parametrize(("text", "wrong", "right"), [
    ("Warga yg terdampak mendapat bantuan.", "yg", "yang"),
    ("Pendaftaran gak dipungut biaya.", "gak", "tidak"),
    ("Semua orang harus tau jadwalnya.", "tau", "tahu"),
    ("Paket berisi beras dan lauk pauk.", "lauk pauk", "lauk-pauk"),
    ("Jalur sepanjang 3 kilo meter ditutup.", "kilo meter", "kilometer"),
    ("Petugas akan memberitahu warga lewat pengeras suara.", "memberitahu", "memberi tahu"),
])
def test_chat_forms_rhyming_reduplication_and_units(checker: Checker, text: str, wrong: str,
                                                    right: str) -> None:
    found = [(f.actual, f.suggestions[:1]) for f in checker.check(text, on_date=DAY).findings]
    assert (wrong, (right,)) in found


def test_chat_abbreviations_leave_acronyms_and_gotong_royong(checker: Checker) -> None:
    text = ("Ketua TP PKK mengajak warga bergotong royong; gotong royong itu rutin. Paket "
            "lauk-pauk dibagikan sejauh 3 kilometer.")
    assert _language(checker, text) == []


def test_the_image_count_gives_the_media_findings(checker) -> None:  # type: ignore[no-untyped-def]
    from core.publish.channels import Channel

    text = "Pelayanan KTP dibuka Senin."
    def rules(images: int | None) -> set[str]:
        report = checker.check(text, channels=[Channel.INSTAGRAM], images=images)
        return {f.rule_id for f in report.findings}

    assert "platform.media.instagram" in rules(0)
    assert "platform.media.instagram" not in rules(2) | rules(None)


@pytest.mark.parametrize(("text", "wrong", "right"), [
    ("Mencegah lebih baik dari pada mengobati, kata dokter puskesmas.", "dari pada", "daripada"),
    ("Warga merayakan panen secara suka cita di balai desa.", "suka cita", "sukacita"),
    ("Anak-anak bersuka cita menyambut lomba.", "bersuka cita", "bersukacita"),
])
def test_compounds_written_as_one_word(checker: Checker, text: str, wrong: str,
                                       right: str) -> None:
    found = [(f.rule_id, f.actual, f.suggestions[0]) for f in checker.check(
        text, on_date=DAY).findings if f.rule_id == "eyd.gabungan-serangkai"]
    assert found == [("eyd.gabungan-serangkai", wrong, right)]


@pytest.mark.parametrize(("text", "wrong", "right"), [
    ("Bantuan itu berasal dari Kementrian Sosial tahun ini.", "Kementrian", "Kementerian"),
    ("Keputusan Mentri Desa sudah diterima kepala desa.", "Mentri", "Menteri"),
    ("Pembagian raport kelas satu digelar Sabtu.", "raport", "rapor"),
    ("Warga menggelar kerja bakti masal di pasar.", "masal", "massal"),
])
def test_standard_forms_also_in_capitalised_names(checker: Checker, text: str, wrong: str,
                                                  right: str) -> None:
    found = {f.actual: f.suggestions[0] for f in checker.check(text, on_date=DAY).findings
             if f.category is Category.STANDARD}
    assert found.get(wrong) == right


def test_a_recheck_after_edits_gives_what_a_fresh_checker_gives() -> None:
    # The checkers keep per-word answers, weight rows, needle indexes and a set of prechecks
    # across checks: a post edited as an admin types, checked again and again by one
    # checker, gets the findings a checker that never saw it gives
    samples = Path(__file__).resolve().parents[3] / "bench" / "samples"
    post = (samples / "post_300.txt").read_text(encoding="utf-8")
    edits = [post, post.replace(" dan ", " dna ", 1), post + " Jangan lupa coblos nomor 2 ya!",
             post.replace(". ", ". pemkab ", 2) + "\nTransfer dana ke rekening 1234567890 sekarang.",
             post[: len(post) // 2], post]
    day = dt.date(2024, 10, 1)
    warm = Checker.from_resources()
    for _ in range(2):
        for text in edits:
            warm.check(text, on_date=day)
    for text in edits:
        assert warm.check(text, on_date=day) == Checker.from_resources().check(text, on_date=day)


@pytest.mark.parametrize("text", [
    "PALU-WARTA-INDEPENDENT.CO.ID - Warga menata taman kota menjelang lomba.",
    "SIGI, KABARDIKITA.id – Dinas Pertanian membagikan benih kepada petani.",
])
def test_a_site_address_glued_to_the_dateline_is_no_word(checker: Checker, text: str) -> None:
    # the host name holds English or glued words (independent, dikita) that are no slip
    assert not [f for f in checker.check(text, channels=()).findings
                if f.category in (Category.STANDARD, Category.ORTHOGRAPHY)]


def test_a_degree_with_a_period_is_no_address(checker: Checker) -> None:
    text = "Acara dibuka oleh Kepala Bappeda, Ir. Budi Harsono, M.Tech dan jajarannya."
    assert "M.Tech" in [f.actual for f in checker.check(text, channels=()).findings
                        if f.category is Category.ORTHOGRAPHY]
