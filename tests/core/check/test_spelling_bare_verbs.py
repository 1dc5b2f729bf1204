from __future__ import annotations

import pytest

from core.app.paths import resource_dir
from core.check.spelling import Speller
from core.check.spelling.bare_verbs import RULE_ID, me_forms


@pytest.fixture(scope="module")
def speller() -> Speller:
    return Speller.from_resources(resource_dir())


def _bare(speller: Speller, text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.actual, f.suggestions) for f in speller.check(text) if f.rule_id == RULE_ID]


@pytest.mark.parametrize(("text", "word", "first"), [
    ("Para perajin hadir untuk pamerkan anyaman rotan di balai desa.", "pamerkan", "memamerkan"),
    ("Panitia akan umumkan nama pemenang lomba pekan depan.", "umumkan", "mengumumkan"),
    ("Dinas sosial akan terus salurkan paket sembako ke tiap dusun.", "salurkan",
     "menyalurkan"),
    ("Lurah mulai bagikan kupon daging kurban kepada warga.", "bagikan", "membagikan"),
    ("Kegiatan ini digelar untuk perkuat ekonomi keluarga.", "perkuat", "memperkuat"),
])
def test_a_derived_verb_after_an_aim_or_aspect_word_needs_men(
        speller: Speller, text: str, word: str, first: str) -> None:
    found = _bare(speller, text)
    assert [w for w, _ in found] == [word]
    assert found[0][1][0] == first


@pytest.mark.parametrize("text", [
    "Anak-anak pergi ke warung untuk makan bakso.",  # a root of its own
    "Usulan warga itu akan kami sampaikan kepada camat.",  # an agent between
    "Kita akan bagikan kuponnya sore nanti.",  # a pronoun subject: spoken passive
    "Terus tingkatkan semangat gotong royong!",  # an exhortation at a sentence start
    "Jika ada pesan berantai, segera laporkan ke posko.",  # segera asks
    "Bila hujan deras, terus kabarkan ketinggian air sungai.",  # a clause start
    "Panitia akan mengumumkan nama pemenang lomba.",  # written with meN- already
    "Kami datang untuk belajar menenun.",  # no -kan or per- verb
])
def test_correct_or_tolerated_forms_are_left_alone(speller: Speller, text: str) -> None:
    assert _bare(speller, text) == []


def test_a_pronoun_before_untuk_does_not_excuse_the_bare_verb(speller: Speller) -> None:
    text = "Mereka datang ke pameran untuk promosikan kopi dari desanya."
    assert [w for w, _ in _bare(speller, text)] == ["promosikan"]


def test_the_passive_is_offered_second(speller: Speller) -> None:
    text = "Pemprov akan terus kirimkan bantuan air bersih ke kecamatan itu."
    assert _bare(speller, text) == [("kirimkan", ("mengirimkan", "dikirimkan"))]


def test_men_forms_cover_the_dropped_first_letter() -> None:
    assert "mengirimkan" in set(me_forms("kirimkan"))
    assert "menyalurkan" in set(me_forms("salurkan"))
    assert "memperkuat" in set(me_forms("perkuat"))
