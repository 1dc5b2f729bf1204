"""Places where only a name stands (core/check/spelling/names.py): a name there is no slip of
the common word one letter from it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from core.app.paths import resource_dir
from core.check.spelling import Speller
from core.check.spelling.names import _other_ending, name_slots, name_variant_slips
from core.check.suggest import one_edit
from core.check.text import Token, TokenKind, tokenize

ROOT = Path(__file__).resolve().parents[3]


def _slots(text: str) -> set[str]:
    return name_slots(text, [t for t in tokenize(text) if t.kind is TokenKind.WORD])


@pytest.fixture(scope="module")
def speller() -> Speller:
    return Speller.from_resources(resource_dir())


@pytest.mark.parametrize(("text", "name"), [
    ("“Semua siswa wajib hadir,” ujar Arman saat ditemui.", "Arman"),
    ("Wali kelas, Arman, S.Pd, membuka acara.", "Arman"),
    ("Kepala SDN 4 Mentok, Amran mengatakan sekolah siap.", "Amran"),
    ("Ketua RT Bukit Indah, Sarman, S.H. memimpin rapat.", "Sarman"),
])
def test_a_name_slot(text: str, name: str) -> None:
    assert name in _slots(text)


@pytest.mark.parametrize("text", [
    "Warga merasa Aman setelah patroli.",             # no slot: a capital mid-sentence
    "Setelah rapat, Kepala dinas pulang.",             # a comma after an ordinary clause
    "kepala sekolah, Arman datang.",                    # the position is not capitalised
])
def test_no_name_slot(text: str) -> None:
    assert not _slots(text) - {"Setelah"}


def test_a_name_in_a_slot_is_a_name_in_the_whole_text(speller: Speller) -> None:
    text = ("Kepala SMPN 9 Koba, Arman, S.Pd, membuka kegiatan. “Siswa harus tertib,” ujar "
            "Arman. Arman menyebut ada 300 siswa baru.")
    assert speller.check(text) == []


def test_the_same_word_outside_any_slot_is_still_asked_about(speller: Speller) -> None:
    # one letter from "aman" and nothing says it is a name
    assert [f.actual for f in speller.check("Rapat dipimpin Arman.")] == ["Arman"]


@pytest.mark.parametrize("text", [
    "Warga bersembahyang di Pura Dalem Kauhbatu setiap purnama.",
    "Pelatihan digelar di aula Sekarwangi lantai dua.",
])
def test_a_buildings_name_after_its_kind(speller: Speller, text: str) -> None:
    assert speller.check(text) == []


def test_a_slip_after_a_building_word_is_still_a_slip(speller: Speller) -> None:
    findings = speller.check("Pameran digelar di Gedung Kesenain kota.")
    assert [(f.actual, f.suggestions[0]) for f in findings] == [("Kesenain", "Kesenian")]


@pytest.mark.parametrize(("text", "word", "right"), [
    ("Pengangkatan itu mengikuti aturan Basan Kepegawaian Negara tahun ini.", "Basan", "Badan"),
    ("Warga mengurus akta di Dinas Kependudukan dan Pencatatan Silpil kota.", "Silpil",
     "Sipil"),
    ("Layanan paspor kini ada di Mall Pelayanan Publik kabupaten.", "Mall", "Mal"),
])
def test_slip_inside_an_official_name_the_abbreviations_spell_out(
        speller: Speller, text: str, word: str, right: str) -> None:
    [finding] = [f for f in speller.check(text) if f.actual == word]
    assert finding.suggestions[0] == right


@pytest.mark.parametrize("text", [
    "Sambutan disampaikan Basan Hutagalung, warga setempat.",  # a name, no official name
    "Ketua Tim Penggerak PKK hadir bersama Kepala Badan Kepegawaian Negara.",
])
def test_names_beside_official_words_stay(speller: Speller, text: str) -> None:
    assert [f.actual for f in speller.check(text)] == []


@pytest.mark.parametrize(("text", "slip", "name"), [
    # a name the text writes once one letter off from the spelling it uses elsewhere
    ("Kepala Desa Sukamurti membuka acara. Warga Sukamurti hadir. Menurut Kepala Desa "
     "Sukamurtii, kegiatan ini rutin.", "Sukamurtii", "Sukamurti"),
    ("Camat Wiryanto meninjau lokasi. Wiryanto berpesan agar warga waspada, kata Wiranto.",
     "Wiranto", "Wiryanto"),
    ("Embung Sendangsari ramai. Pengelola Embung Sendangsari senang, Embung Sendungsari "
     "akan diperluas.", "Sendungsari", "Sendangsari"),
])
def test_a_name_spelt_another_way_once_is_its_slip(speller: Speller, text: str, slip: str,
                                                   name: str) -> None:
    [finding] = [f for f in speller.check(text) if f.actual == slip]
    assert finding.suggestions[0] == name


def _variant_slips_compared_with_all(tokens: list[Token],
                                     unknown: Callable[[str], bool]) -> dict[str, str]:
    """name_variant_slips as first written: each word compared with every repeated word."""
    counts = Counter(t.text for t in tokens
                     if len(t.text) >= 5 and t.text.istitle() and t.text.isalpha())
    repeated = [w for w, n in counts.items() if n > 1]
    found = {}
    for word, n in counts.items():
        lower = word.lower()
        near = [v for v in repeated if n == 1 and abs(len(v) - len(word)) <= 1
                and one_edit(lower, v.lower()) and not _other_ending(lower, v.lower())
                and (len(v) != len(word) or unknown(v))]
        if len(near) == 1 and unknown(word):
            found[word] = near[0]
    return found


def test_name_variants_looked_up_by_dropped_letters_find_what_comparing_all_finds(
        speller: Speller) -> None:
    # the words a letter dropped, added, changed or two swapped from repeated names, and names
    # two edits away, beside the samples' words
    names = ["Sunanto", "Muntok", "Wiryanto", "Sendangsari", "Sugianto", "Progo", "Rahmat"]
    slips = ["Sunato", "Muntokn", "Wiranto", "Sendungsari", "Sugianti", "Proog", "Rahmta",
             "Sunantoo", "Muntak", "Wiryatno", "Rhamat", "Sendangsiri"]
    samples = [(ROOT / "bench" / "samples" / name).read_text(encoding="utf-8")
               for name in ("post_300.txt", "text_5000.txt")]
    for text in [" ".join(names * 2 + slips), *samples,
                 samples[0] + " " + " ".join(names * 3 + slips)]:
        tokens = [t for t in tokenize(text) if t.kind is TokenKind.WORD]
        for unknown in (speller._unlisted_name, lambda word: True):
            assert (name_variant_slips(tokens, unknown)
                    == _variant_slips_compared_with_all(tokens, unknown))


@pytest.mark.parametrize("text", [
    # two people, a last vowel apart
    "Bapak Sugianto dan Ibu Sugianti hadir. Sugianto memberi sambutan.",
    # a letter for another beside a listed place name: another name (Niken Probo ... Progo)
    "Kepala dinas Niken Probo Laras hadir di Kulon Progo. Warga Kulon Progo senang.",
    # both written once: no spelling of the text's own to go by
    "Ketua panitia Fahrizal dan anggota Fakhrizal menyiapkan acara.",
])
def test_names_a_letter_apart_stay_names(speller: Speller, text: str) -> None:
    assert [f.actual for f in speller.check(text)
            if f.actual in {"Sugianti", "Sugianto", "Probo", "Fahrizal", "Fakhrizal"}] == []


@pytest.mark.parametrize(("text", "slip", "fix"), [
    ("Bantuan itu diserahkan oleh Lemabga sosial setempat.", "Lemabga", "Lembaga"),
    ("Harga beras naik selama Ramdan tahun ini.", "Ramdan", "Ramadan"),
    ("Warga bekerja dengan Ikhlsa tanpa imbalan.", "Ikhlsa", "Ikhlas"),
])
def test_a_capitalised_slip_between_lowercase_words(speller: Speller, text: str, slip: str,
                                                     fix: str) -> None:
    found = [f for f in speller.check(text) if f.actual == slip]
    assert found and found[0].suggestions[0] == fix


@pytest.mark.parametrize("text", [
    "Uang itu diserahkan kepada Kusno dan keluarganya.",    # a letter more than kuno: a name
    "Acara ini dibuka Ramdan bersama warga.",               # the agent of a passive verb
    "Panen di Kubar naik, dan petani di Kubar senang.",      # written the same way twice
    "Rapat itu dibuka, ujar Ramdan kemudian.",               # after a verb of saying
    "Rapat dihadiri Ramdan Sutrisno dari kecamatan.",        # a name beside it
])
def test_a_capitalised_word_alone_that_stays_a_name(speller: Speller, text: str) -> None:
    assert not [f for f in speller.check(text) if f.actual in ("Kusno", "Kubar", "Ramdan")]


@pytest.mark.parametrize("text", [
    "Bupati meninjau Desa Batu Betambah kemarin.",    # a village's name of two words
    "Warga Dusun Sungai Kareba menanam padi.",
    "Raja Negeri Kareba menyambut rombongan.",        # negeri: a village of Maluku
    "Kepala Nagori Betambah membuka musyawarah.",     # nagori: a village of Simalungun
    "Rapat digelar di kantor Lembang Kareba.",        # lembang: a village of Tana Toraja
])
def test_village_names_of_two_words_and_regional_village_units(text: str) -> None:
    from core.check.checker import Checker
    findings = Checker.from_resources().check(text).findings
    assert [f.actual for f in findings if f.rule_id == "spelling.unknown"] == []


@pytest.mark.parametrize(("text", "word"), [
    ("Kabupaten Belitung Thaun ini meraih penghargaan.", "Thaun"),  # a listed regency's name
    ("Direktorat Jenderal Bina Administarsi hadir.", "Administarsi"),  # a rank, no place
])
def test_second_word_after_a_regency_or_a_rank_is_still_spelt(text: str, word: str) -> None:
    from core.check.checker import Checker
    findings = Checker.from_resources().check(text).findings
    assert word in [f.actual for f in findings if f.rule_id == "spelling.unknown"]
