from __future__ import annotations

from pathlib import Path

import pytest

from core.app.paths import resource_dir
from core.findings import Category, Severity
from core.spelling import RULE_ID, DictionaryLoadError, Speller


@pytest.fixture(scope="module")
def speller() -> Speller:
    return Speller.from_resources(resource_dir())


def _flagged(speller: Speller, text: str) -> list[str]:
    return [f.actual for f in speller.check(text)]


@pytest.mark.parametrize("word", [
    "pemerintah", "kantor", "warga", "dan",  # plain dictionary words
    "pembangunan", "diumumkan", "menggunakan", "pelayanan", "berkoordinasi", "kebersihan",
    "kantornya", "Kantornya", "rumahnya", "bantuannya", "inilah", "bukankah", "walaupun",
    "anak-anak", "kupu-kupu",
    "Selasa", "selasa", "SELASA", "hoaks", "warganet", "daring",  # accept.tsv, any case
    "ASN", "Pemkab", "BPBD", "Plt", "KemenPAN-RB", "KTP-nya",  # abbreviations.tsv
])
def test_known_words(speller: Speller, word: str) -> None:
    assert speller.is_known(word)


@pytest.mark.parametrize("word", [
    "pemerintahh", "mengunakan", "masyrakat", "kantornyaa", "asn", "plt", "xqzv",
])
def test_unknown_words(speller: Speller, word: str) -> None:
    assert not speller.is_known(word)


def test_abbreviations_are_case_sensitive(speller: Speller) -> None:
    assert speller.is_known("Plt") and not speller.is_known("plt")


@pytest.mark.parametrize("text", [
    "Pemerintah kabupaten menggunakan anggaran untuk pembangunan jalan.",
    "Warga datang ke kantornya pada hari Selasa. Jangan percaya hoaks!",
    "Rapat ASN dan OPD di Pemkab bersama BPBD.",
    "PENGUMUMAN PENTING: KANTOR TUTUP.",  # all-caps words are skipped
    "Kami bertemu Rahmadiyanto di Sukamakmurjaya kemarin.",  # names inside a sentence
    "H. Ahmad datang. Dr. Budi pulang. Kab. Bogor, dll. tersedia.",  # abbreviations before a period
    "Kunjungi https://pemerintahh.go.id atau @pemerintahh #pemerintahh 10.000",
    "",
])
def test_clean_texts_have_no_findings(speller: Speller, text: str) -> None:
    assert speller.check(text) == []


def test_capitalised_typo_at_sentence_start_is_flagged(speller: Speller) -> None:
    text = "Rapat selesai. Pemerintahh hadir. Warga bertemu Pemerintahh lagi."
    findings = speller.check(text)
    assert [(f.actual, f.start) for f in findings] == [("Pemerintahh", 15)]


@pytest.mark.parametrize("text", [
    "Pemerintah kabupaten mengunakan anggaran.",
    "😀 Warga 𝐀𝐁 masyrakat\n\nMengunakan dana, pemerintahh bekerja.",
    "👨‍👩‍👧 #tagar https://a.id kantornyaa.",
])
def test_findings_slice_back_to_the_typo(speller: Speller, text: str) -> None:
    findings = speller.check(text)
    assert findings
    for f in findings:
        assert text[f.start:f.end] == f.actual
        assert (f.rule_id, f.category, f.severity) == (RULE_ID, Category.SPELLING, Severity.WARNING)
        assert f.actual in f.message


def test_offsets_after_non_bmp_characters(speller: Speller) -> None:
    text = "😀😀 warga mengunakan"
    [finding] = speller.check(text)
    assert (finding.start, finding.end) == (9, 19)


@pytest.mark.parametrize(("typo", "first"), [
    ("pemerintahh", "pemerintah"),
    ("mengunakan", "menggunakan"),
    ("masyrakat", "masyarakat"),
    ("kantornyaa", "kantornya"),
    ("Pemerintahh", "Pemerintah"),
    ("MENGUNAKAN", "MENGGUNAKAN"),
])
def test_first_suggestion(speller: Speller, typo: str, first: str) -> None:
    suggestions = speller.suggest(typo)
    assert suggestions[0] == first
    assert len(suggestions) <= 5
    assert len(set(suggestions)) == len(suggestions)


def test_finding_carries_suggestions(speller: Speller) -> None:
    [finding] = speller.check("Anggaran mengunakan dana desa.")
    assert finding.suggestions[0] == "menggunakan"


def test_suggestions_are_known_words(speller: Speller) -> None:
    for suggestion in speller.suggest("mengunakan"):
        assert speller.is_known(suggestion)


def test_missing_dictionary(tmp_path: Path) -> None:
    with pytest.raises(DictionaryLoadError, match="tidak-ada"):
        Speller(tmp_path / "tidak-ada")


def test_missing_word_lists(tmp_path: Path) -> None:
    with pytest.raises(DictionaryLoadError):
        Speller.from_resources(tmp_path)


def test_word_lists_passed_in(tmp_path: Path) -> None:
    base = resource_dir() / "dictionaries" / "id_ID"
    speller = Speller(base, accept=["Saringisasi"], abbreviations=["DPMPTSP"])
    assert speller.is_known("saringisasi") and speller.is_known("SARINGISASI")
    assert speller.is_known("DPMPTSP")
    assert not speller.is_known("hoaks")  # the shipped lists are not read here


def test_capitalised_unknown_word_at_sentence_start_needs_evidence(speller: Speller) -> None:
    # A name at the start of a sentence is not flagged; a slip of a common word is.
    assert _flagged(speller, "Andini membuka acara.") == []
    assert _flagged(speller, "Pemerintahh membuka acara.") == ["Pemerintahh"]


def test_host_names_without_scheme_are_skipped(speller: Speller) -> None:
    assert _flagged(speller, "Lihat dinkes.sukamajukab.go.id atau bapenda.sukamajukab.go.id ya.") == []
    assert _flagged(speller, "Rapat selesai.kantr tutup.") == ["kantr"]  # not a host name


def test_user_words_are_accepted_in_any_case(speller: Speller) -> None:
    assert not speller.is_known("Cibening")
    speller.set_user_words(["cibening"])
    try:
        assert speller.is_known("Cibening") and speller.is_known("cibening")
    finally:
        speller.set_user_words([])
    assert not speller.is_known("cibening")


# -- region names (resources/vocab/regions.tsv) -------------------------------------------

@pytest.mark.parametrize("text", [
    "Musi Banyuasin siap menjadi tuan rumah.",  # sentence start, one edit from "musim"
    "Bali dan Bangka mengirim atlet. Rupit juga.",
    "Prabumulih dan Lubuklinggau mengirim atlet.",
    "Baturaja ramai. Indralaya juga. Sumsel maju.",
    "Pemkab Ogan Komering Ilir dan OKU Timur bekerja sama.",
    "Warga Kecamatan Sematang Borang dan Alang-Alang Lebar diimbau waspada.",
    "Gorontalo, Sulawesi Tenggara dan Papua Pegunungan hadir.",
])
def test_region_names_are_accepted_even_at_sentence_start(speller: Speller, text: str) -> None:
    assert _flagged(speller, text) == []


def test_region_name_typo_at_sentence_start_suggests_the_name(speller: Speller) -> None:
    [finding] = speller.check("Palembnag menjadi tuan rumah.")
    assert finding.actual == "Palembnag" and finding.suggestions[0] == "Palembang"
    assert speller.suggest("Prabumulh")[0] == "Prabumulih"


def test_region_name_without_its_capital(speller: Speller) -> None:
    [finding] = speller.check("Warga palembang datang.")
    assert finding.suggestions[0] == "Palembang" and "nama daerah" in finding.message
    assert speller.is_known("Palembang") and speller.is_known("PALEMBANG")
    assert not speller.is_known("palembang") and not speller.is_known("PaLembang")


def test_region_words_skip_numerals_and_short_words() -> None:
    from core.spelling import region_words

    assert region_words(["Ilir Barat II", "Alang-Alang Lebar", "OKU Timur"]) == {
        "ilir": "Ilir", "barat": "Barat", "alang": "Alang", "lebar": "Lebar", "oku": "OKU",
        "timur": "Timur"}


def test_abbreviation_in_lowercase_suggests_its_listed_form(speller: Speller) -> None:
    [finding] = speller.check("Petugas bpbd siaga.")
    assert finding.actual == "bpbd" and finding.suggestions[0] == "BPBD"


@pytest.mark.parametrize(("text", "flagged"), [
    ("Lomba pidato se-Sumatra Selatan digelar di Palembang.", []),
    ("Tunjangan bagi pegawai non-ASN dan kegiatan pasca-Idulfitri.", []),
    ("Lomba se-sumatra digelar.", ["se-sumatra"]),  # the name takes its capital
    ("Lomba se-Sumatrs digelar.", []),  # a capitalised part is a name, as inside a sentence
])
def test_bound_form_with_a_hyphen_before_a_name(speller: Speller, text: str, flagged: list[str]) -> None:
    assert [f.actual for f in speller.check(text)] == flagged


def test_words_of_links_without_a_scheme_are_not_spelled(speller: Speller) -> None:
    text = "Cek bansos di cekbansos-kemensos.xyz atau unduh formulir di s.id/formpkk sekarang."
    assert speller.check(text) == []
    assert [f.actual for f in speller.check("Unduh formulir di s.id/formpkk sekarnag.")] == ["sekarnag"]
