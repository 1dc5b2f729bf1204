from __future__ import annotations

from pathlib import Path

import pytest

from core.app.paths import resource_dir
from core.check.spelling import Speller
from core.check.suggest import (
    FrequencyFileError,
    Suggester,
    _one_letter_more,
    edits1,
    load_frequencies,
    one_edit,
)


@pytest.fixture(scope="module")
def speller() -> Speller:
    return Speller.from_resources(resource_dir())


def test_edit_costs_follow_likely_slips() -> None:
    scored = edits1("kantor")
    assert scored["katnor"] == 1  # swapped letters
    assert scored["kanttor"] == 1  # doubled letter
    assert scored["kator"] == 2  # dropped letter
    assert scored["kamtor"] == 2  # keyboard neighbour (n/m)
    assert scored["kaxtor"] == 3  # any other letter


def test_indonesian_sound_swaps_are_cheap() -> None:
    assert edits1("tekhnik")["teknik"] == 1
    assert edits1("aktifitas")["aktivitas"] == 1
    assert edits1("sistim")["sistem"] == 1.5


@pytest.mark.parametrize(("typo", "right"), [
    ("mengunakan", "menggunakan"), ("masyrakat", "masyarakat"), ("tampa", "tanpa"),
    ("pemerintahh", "pemerintah"), ("tiak", "tidak"), ("daat", "dapat"), ("pelyanan", "pelayanan"),
])
def test_right_word_in_top_three(speller: Speller, typo: str, right: str) -> None:
    assert right in speller.suggest(typo)[:3]


def test_suggestions_are_cased_like_the_word(speller: Speller) -> None:
    assert speller.suggest("Masyrakat")[0] == "Masyarakat"


def test_frequency_breaks_ties() -> None:
    known = {"atau", "abau", "asu"}
    plain = Suggester(is_known=known.__contains__, is_plain=known.__contains__, frequencies={})
    ranked = Suggester(is_known=known.__contains__, is_plain=known.__contains__,
                       frequencies={"atau": 30})
    assert ranked.suggest("aau")[0] == "atau"
    assert set(plain.suggest("aau")) == known


def test_likely_typo_needs_a_common_word() -> None:
    s = Suggester(is_known=lambda w: True, is_plain=lambda w: True, frequencies={"jalan": 5})
    assert s.likely_typo_of("jalaan") == "jalan"
    assert s.likely_typo_of("kantornya") is None


def test_frequency_file(tmp_path: Path) -> None:
    good = tmp_path / "f.tsv"
    good.write_text("# comment\ndan\t3\nYang\t2\n", encoding="utf-8")
    assert load_frequencies(good) == {"dan": 3, "yang": 2}
    bad = tmp_path / "bad.tsv"
    bad.write_text("dan\tbanyak\n", encoding="utf-8")
    with pytest.raises(FrequencyFileError, match=r"bad\.tsv:1"):
        load_frequencies(bad)


def test_shipped_frequency_list_holds_only_known_words(speller: Speller) -> None:
    freq = load_frequencies(resource_dir() / "vocab" / "frequency.tsv")
    assert freq["dan"] > freq.get("kantor", 0)
    assert all(speller.is_known(w) for w in freq)


# -- implausible derived forms (peN- noun + -i/-kan, clitic on a non-word) ------------------

@pytest.mark.parametrize(("typo", "right", "never"), [
    ("pemerintahh", "pemerintah", "pemerintahi"),
    ("pembangunn", "pembangunan", "pembanguni"),
    ("pendidikn", "pendidikan", "pendidiki"),
    ("pengumumn", "pengumuman", "pengumumi"),
    ("pendaftarn", "pendaftaran", "pendaftari"),
    ("menyampaika", "menyampaikan", "menyampaiku"),
])
def test_implausible_derived_forms_are_not_suggested(speller: Speller, typo: str, right: str,
                                                     never: str) -> None:
    suggestions = speller.suggest(typo)
    assert right in suggestions[:2] and never not in suggestions


def test_verb_roots_starting_like_pen_keep_their_endings(speller: Speller) -> None:
    """pengaruh and penting are roots that take -i/-kan (mempengaruhi, mementingkan)."""
    assert "pengaruhi" in speller.suggest("pengaruhhi")
    assert speller.suggest("pentingkn")[0] == "pentingkan"


def test_derived_penalty_ranks_down_or_drops() -> None:
    known = {"kantor", "kantorku"}
    plain = {"kantor"}.__contains__

    def suggester(penalty: float | None) -> Suggester:
        return Suggester(is_known=known.__contains__, is_plain=plain, frequencies={},
                         derived_penalty=lambda w: penalty)

    # "kantork" is one edit from both; the derived form goes after the stem, or away
    assert suggester(1.0).suggest("kantork") == ["kantor", "kantorku"]
    assert suggester(None).suggest("kantork") == ["kantor"]
    assert suggester(-3.0).suggest("kantork") == ["kantorku", "kantor"]


def test_commoner_word_in_general_text_ranks_first() -> None:
    # "berserta": a swapped pair gives the cheaper berserat, a dropped r the common beserta.
    known = {"beserta", "berserat"}

    def suggester(zipf: dict[str, float]) -> Suggester:
        return Suggester(is_known=known.__contains__, is_plain={"beserta"}.__contains__,
                         frequencies={}, zipf=lambda w: zipf.get(w, 0.0))

    assert suggester({}).suggest("berserta")[0] == "berserat"
    assert suggester({"beserta": 4.7}).suggest("berserta")[0] == "beserta"


def test_derived_form_people_write_beats_an_unwritten_one() -> None:
    # menambakan: the doubled k (menambakkan, a form of "tambak" nobody writes) is the
    # cheaper edit, but the common menambahkan is the likely word.
    known = {"menambakkan", "menambahkan"}
    s = Suggester(is_known=known.__contains__, is_plain=lambda w: False, frequencies={},
                  zipf=lambda w: 4.7 if w == "menambahkan" else 0.0)
    assert s.suggest("menambakan")[0] == "menambahkan"


def test_speller_ranks_by_general_frequency(speller: Speller) -> None:
    assert speller.suggest("menambakan")[0] == "menambahkan"
    assert speller.suggest("berserta")[0] == "beserta"


def test_first_letter_and_vowel_slips() -> None:
    # A changed first letter is the less likely slip (kerambah: keramba, not jerambah); a
    # vowel for another is likelier than another consonant (sehu: suhu before sebu).
    known = {"keramba", "jerambah", "suhu", "sebu"}
    s = Suggester(is_known=known.__contains__, is_plain=known.__contains__, frequencies={})
    assert s.suggest("kerambah")[0] == "keramba"
    assert s.suggest("sehu")[0] == "suhu"
    assert edits1("sehu")["suhu"] < edits1("sehu")["sebu"]


def test_two_slips_when_no_word_is_one_edit_away(speller: Speller) -> None:
    # No word is one edit from these; the common word two slips away is offered.
    assert speller.suggest("pemuktahiran")[0] == "pemutakhiran"  # a letter moved
    assert speller.suggest("dreanase")[0] == "drainase"  # two vowels
    assert speller.suggest("xkcdqwerty") == ()


def test_osa_distance() -> None:
    from core.check.spelling.suggestions import osa_distance

    assert osa_distance("drainase", "dreanase", 2) == 2
    assert osa_distance("pelajar", "pelajra", 2) == 1  # neighbours swapped: one edit
    assert osa_distance("kantor", "kantor", 2) == 0
    assert osa_distance("kantor", "xyzzyq", 2) == 3  # gives up past the limit


def test_english_word_one_slip_away_when_no_indonesian_word_is(speller: Speller) -> None:
    # No Indonesian word is one or two slips from "lauching": the English word is offered,
    # and the foreign-word advice follows once it is spelt right.
    assert speller.suggest("lauching")[0] == "launching"
    assert speller.suggest("mengunakan")[0] == "menggunakan"  # Indonesian words still first


def test_english_slip_doubles_a_consonant_before_a_vowel(speller: Speller) -> None:
    # an English word misspelt drops a doubled consonant (stoping: stopping, not stooping)
    assert speller.english_slips("stoping")[0] == "stopping"
    assert speller.english_slips("shoping")[0] == "shopping"


def test_english_word_with_its_doubled_consonant_comes_before_a_shorter_word(
        speller: Speller) -> None:
    # Indonesian spelling doubles no consonant, so writers drop one of an English word:
    # "suport" is support (not sport, a letter taken away), "suplier" supplier.
    text = "Kami mohon suport dari semua pihak, termasuk suplier bahan pangan."
    found = {f.actual: f.suggestions[0] for f in speller.check(text)}
    assert found == {"suport": "support", "suplier": "supplier"}
    # an Indonesian word with a letter put back still comes first (masal: massal)
    assert speller.suggest("masal")[0] == "massal"


def test_capitalised_english_word_short_of_a_letter_is_a_slip(speller: Speller) -> None:
    # Title Case event names borrow English words; one short of a letter is still a slip
    text = "Dinas menggelar Refresing Kader dan Worshop Literasi bagi guru."
    found = {f.actual: f.suggestions[0] for f in speller.check(text)}
    assert found == {"Refresing": "Refreshing", "Worshop": "Workshop"}
    # a plural one letter away is no reason (a village in a list), nor a letter at the end
    assert speller.english_dropped_letter("palaes") is None
    assert speller.english_dropped_letter("marten") is None
    assert speller.check("Warga Desa Palaes dan Desa Marten hadir.") == []


def test_a_letter_put_back_counts_once_and_never_a_doubled_vowel() -> None:
    assert _one_letter_more("intansi", "instansi")
    assert _one_letter_more("masal", "massal")          # a doubled consonant
    assert not _one_letter_more("sebahagian", "sebahagiaan")  # a doubled vowel
    assert not _one_letter_more("medos", "medis")        # a substitution


def test_one_edit() -> None:
    assert one_edit("basan", "badan") and one_edit("silpil", "sipil")
    assert one_edit("pengerak", "penggerak") and one_edit("abc", "acb")
    assert not one_edit("badan", "badan") and not one_edit("kependukan", "kependudukan")


def test_a_written_word_outranks_an_unwritten_stem_one_cheaper_slip_away() -> None:
    """A letter dropped from a word people write (longsor) is likelier than a doubled letter
    of a stem nobody writes (longgor), though the doubled letter alone is the cheaper slip."""
    words = {"longsor": 4.1, "longgor": 0.0}
    suggester = Suggester(is_known=words.__contains__, is_plain=lambda w: True,
                          frequencies={}, zipf=lambda w: words.get(w, 0.0))
    assert suggester.suggest("longor")[0] == "longsor"


def test_the_commoner_stem_first_when_both_are_written(speller: Speller) -> None:
    # a slip of a common word still finds it first when a rare stem sits as near
    assert speller.suggest("longor")[0] == "longsor"


@pytest.mark.parametrize(("word", "right"), [
    ("mengatan", "mengatakan"),      # a syllable skipped: -ak- (not the unwritten mengaitan)
    ("kempatan", "kesempatan"),      # -es- (not keempatan)
    ("direncakan", "direncanakan"),  # -na-
    ("Kempatan", "Kesempatan"),      # cased like the word
])
def test_a_skipped_pair_of_letters_is_put_back_first(speller: Speller, word: str,
                                                     right: str) -> None:
    assert speller.suggest(word)[0] == right


@pytest.mark.parametrize(("word", "first"), [
    ("kebuhan", "keluhan"),  # a common word one edit away stays first (kebutuhan not far
    # commoner)
    ("acra", "cara"),        # too short for the pair to be looked for at all
])
def test_a_common_word_one_edit_away_keeps_its_place(speller: Speller, word: str,
                                                     first: str) -> None:
    assert speller.suggest(word)[0] == first


def test_a_skipped_syllable_written_twice_is_still_a_slip(speller: Speller) -> None:
    text = ("Ketua panitia mengatan acara berjalan lancar. Camat juga mengatan hal yang sama "
            "kepada warga.")
    found = [f for f in speller.check(text) if f.actual == "mengatan"]
    assert len(found) == 2 and found[0].suggestions[0] == "mengatakan"
