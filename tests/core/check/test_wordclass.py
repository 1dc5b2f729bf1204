"""The word-class reader shared by the policy grammar and the cues."""

from __future__ import annotations

from core.check.morphology import Analysis
from core.check.wordclass import LETTERS, TermTable, WordClass, merged, readings, term_words, word_class


def test_readings_include_the_word_itself_first() -> None:
    found = readings("menghadiri")
    assert found[0] == Analysis("menghadiri")
    assert any(a.root == "hadir" and a.prefix == "me" for a in found)


def test_term_words_split_like_the_readers() -> None:
    assert term_words("PDI-P") == ("PDI", "P")
    assert term_words("nomor 01") == ("nomor", "01")
    assert term_words("sp4n lapor", LETTERS) == ("sp", "n", "lapor")


def test_term_table_finds_the_longest_term() -> None:
    table = TermTable([(("nomor",), 1), (("nomor", "urut"), 2), (("paslon",), 3)])
    words = ["coblos", "nomor", "urut", "2"]
    assert table.match(words, 1) == (2, 2)
    assert table.match(["nomor", "2"]) == (1, 1)
    assert table.match(words, 0) is None and table.match(words, 9) is None
    assert "nomor" in table and "urut" not in table
    assert table.words == {"nomor", "urut", "paslon"} and table.longest == 2


def test_takes_limits_forms_by_prefix_and_suffix() -> None:
    menang = WordClass("menangkan", roots=("menang",), suffix="kan", prefixes=("", "me"))
    assert menang.takes(Analysis("menang", "me", "kan"))
    assert not menang.takes(Analysis("menang", "me"))
    assert not menang.takes(Analysis("menang", "di", "kan"))
    assert WordClass("any", roots=("pilih",)).takes(Analysis("pilih", "ter"))


def test_word_class_from_a_table_and_merged() -> None:
    shipped = word_class("calon", {"terms": ["paslon"], "roots": ["Dukung"], "reason": "r"})
    local = word_class("calon", {"exact": ["Budi"], "reason": "lokal", "prefixes": ["di"]})
    assert shipped.roots == ("dukung",)
    both = merged(shipped, local)
    assert both.terms == ("paslon",) and both.exact == ("Budi",) and both.reason == "r"
    assert both.prefixes == ("di",)
