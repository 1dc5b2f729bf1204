"""The RE2 precheck before a Python scan: it may say "no match" only where Python finds none."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from core.check import scan_precheck
from core.check.checker import Checker
from core.check.scan_precheck import may_match, widen
from core.check.text import finditer_chunked

ROOT = Path(__file__).resolve().parents[3]

# Sentences of our own, with the shapes the EYD V rules look for (and near misses).
SENTENCES = (
    "Bupati Sukamaju, Dr. H. Ahmad Fauzi, M.Si., membuka acara di Kecamatan Mekarsari pukul 08.00 Wib.",
    "Warga membeli lauk pauk dan sayur mayur di pasar; harga naik ke 3 kali lipat.",
    "Apapun yang terjadi, kita tetap melayani.Masyarakat diminta hadir.",
    "“Kami siap,” ujar Kepala Dinas. \"Terima kasih\" kata Camat.",
    "Jalan itu panjangnya 12 Km dan lebarnya 6 meter , kata Pak Budi.",
    "Anak2 bermain-main di halaman; kura-kura-kura berjalan.",
    "Informasi lengkap di www.sukamajukab.go.id atau https://s.id/formpkk!",
    "Menurut data BPS, sumber : internet. Undang-Undang Nomor 23 Tahun 2014 Tentang Pemerintahan Daerah.",
    "Pemerintah Provinsi, Kabupaten dan Kecamatan bekerja sama. Rp. 5.000.000,- diserahkan.",
    "KELVIN \u212aota Serang, ſemua ıbu hadir; Jum’at pagi di Jl. Merdeka No. 5.",
    "",
)


def _texts() -> list[str]:
    samples = ROOT / "bench" / "samples"
    return [*SENTENCES, " ".join(SENTENCES),
            *(p.read_text(encoding="utf-8") for p in sorted(samples.glob("*.txt")))]


@pytest.fixture(scope="module")
def patterns() -> list[re.Pattern[str]]:
    """Every pattern the checks scan with (they register as they are first used)."""
    checker = Checker.from_resources()
    for text in _texts():
        checker.check(text)
    return [re.compile(source, flags) for source, flags in scan_precheck._programs]


def test_every_scanned_pattern_is_widened(patterns: list[re.Pattern[str]]) -> None:
    widened = [p for p in patterns if scan_precheck._program(p) is not None]
    assert len(patterns) > 50
    assert len(widened) >= len(patterns) - 3


def test_no_pattern_is_skipped_where_python_finds_a_match(patterns: list[re.Pattern[str]]) -> None:
    texts = _texts()
    # Every piece of every text too: a match may sit at the very start or end.
    pieces = [text[i:i + 60] for text in texts[:len(SENTENCES)] for i in range(0, len(text), 7)]
    for pattern in patterns:
        for text in [*texts, *pieces]:
            if pattern.search(text) is not None:
                assert may_match(pattern, text), (pattern.pattern, text[:80])


def test_a_pattern_missing_from_the_text_is_skipped() -> None:
    pattern = re.compile(r"\b(lauk|sayur)[ \t]+(pauk|mayur)\b")
    assert not may_match(pattern, "Warga membeli lauk dan sayur di pasar.")
    assert may_match(pattern, "Warga membeli lauk pauk di pasar.")
    assert list(finditer_chunked(pattern, "Warga membeli lauk dan sayur.")) == []


@pytest.mark.parametrize(("source", "flags", "text"), [
    (r"(?<=[a-z] )(?:Setiap|Tiap)(?=[ \t]+[A-Za-z])", 0, "warga Setiap Desa"),
    (r"\b([^\W\d_]{2,})-\1-\1\b", 0, "kura-kura-kura"),
    (r"\b([^\W\d_]{2,})\b", 0, "ſemua"),
    (r"kota", re.IGNORECASE, "\u212aOTA"),  # Kelvin sign: k under ignore-case
    (r"(?i:ibu)", 0, "ıbu"),  # dotless i
    (r"s", re.IGNORECASE, "ſ"),  # long s
    (r"(?i)jum'?at", 0, "JUMAT"),
    (r"\d{2,}", 0, "\u0661\u0662"),  # Arabic-Indic digits are \d too
    (r"[^\s]+", 0, "é"),
    (r"a{,2}b", 0, "aab"),
    (r"x{2}", 0, "xx"),
    (r"(?P<deg>S\.Sos)(?P=deg)", 0, "S.SosS.Sos"),
    (r"^Pemkab$", re.MULTILINE, "a\nPemkab\nb"),
    (r"[!-/]", 0, "+"),
    (r"\w+", re.ASCII, "abc"),
    (r"(?<=[a-z] )Setiap", 0, "warga Setiap"),
    (r"(?<=a)(?<=[a-z])b", 0, "ab"),
    (r"Dr[ \t]+(?=[A-Z][a-z]|[A-Z][ \t]+[A-Z][a-z])", 0, "Dr A Budi"),
    (r"a(?=b)|c", 0, "ab"),
    (r"x(?=y(?=z))", 0, "xyz"),
    (r"(?i:a(?=K))", 0, "a\u212a"),
    (r"sumber\s*:", 0, "sumber\u3000:"),
    (r"(a)(b)\2\1", 0, "abba"),
    (r"(?i)(ab)\1", 0, "abAB"),
    (r"(a)(?=(b)\1)", 0, "aba"),
    (r"(?<=(x))(a)\1\2", 0, "xaxa"),
    (r"(a)(?:(b)|c)\2?c", 0, "acc"),
    (r"(a)\012", 0, "a\n"),
    (r"a{17,20}b", 0, "a" * 18 + "b"),
    (r"a{18}", 0, "a" * 18),
    (r"[^\n]{1,400}?\.", 0, "x" * 399 + "."),
])
def test_the_widened_pattern_matches_where_python_does(source: str, flags: int, text: str) -> None:
    pattern = re.compile(source, flags)
    assert pattern.search(text) is not None
    assert may_match(pattern, text)


def _re2_holds_all(klass: str, pattern: re.Pattern[str], candidates: list[str]) -> bool:
    """Whether RE2's ``klass`` holds every one of ``candidates`` that ``pattern`` matches."""
    data = "".join(c for c in candidates if pattern.match(c)).encode("utf-8")
    program = scan_precheck._re2.RE2(f"(?:{klass})*".encode(), scan_precheck._re2.RE2.Options())
    return bool(data) and program.Match(
        scan_precheck._re2.RE2.Anchor.ANCHOR_BOTH, data, 0, len(data))[0][0] >= 0


_EVERY_CHARACTER = [chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000]


@pytest.mark.parametrize(("python", "widened"), [
    (r"\s", f"[{scan_precheck._SPACE}]"), (r"\w", scan_precheck._WORD),
    (r"[^\W\d_]", scan_precheck._LETTER), (r"\d", scan_precheck._DIGIT),
])
def test_the_widened_classes_hold_every_character_python_s_do(python: str, widened: str) -> None:
    assert _re2_holds_all(widened, re.compile(python), _EVERY_CHARACTER)


def test_an_ascii_letter_under_ignore_case_holds_every_character_python_matches() -> None:
    # Only a cased character can match a letter under ignore-case (it matches by its case forms).
    cased = [c for c in _EVERY_CHARACTER if c.lower() != c.upper()]
    for letter in "abcdefghijklmnopqrstuvwxyz":
        pattern = re.compile(letter, re.IGNORECASE)
        assert _re2_holds_all(scan_precheck._literal(letter, True), pattern, cased), letter


def test_a_text_with_a_lone_surrogate_is_always_scanned() -> None:
    pattern = re.compile(r"\bPemkab\b")
    assert may_match(pattern, "x\ud800 y")
    assert not may_match(pattern, "x y")


@pytest.mark.parametrize("source", [r"(?x) a b", r"(?s).", r"(?(1)a|b)", r"\u00e9", r"[[:alpha:]]"])
def test_what_the_reader_does_not_know_is_always_scanned(source: str) -> None:
    with pytest.raises(scan_precheck._Unsupported):
        widen(source)


def test_verbose_patterns_are_always_scanned() -> None:
    assert may_match(re.compile("a b", re.VERBOSE), "zzz")


def test_a_cue_s_patterns_are_prechecked_and_never_skipped_where_python_matches() -> None:
    # Cue.occurs asks the precheck before Python scans a post with the cue's patterns
    from core.check.cues import Words
    from core.check.informativeness import InformativenessChecker
    from core.check.text import LazyPattern

    rules = InformativenessChecker.from_resources()._rules
    cues = [*(k.cue for k in rules.kinds), *rules.openers, *rules.past, *rules.genres,
            *(c for e in rules.elements for c in e.cues)]
    shaped = [c for c in cues if c.shapes is not None]
    assert len(shaped) > 5
    texts = _texts()
    pieces = [text[i:i + 60] for text in texts[:len(SENTENCES)] for i in range(0, len(text), 7)]
    widened = 0
    for cue in shaped:
        shapes = cue.shapes.compiled if isinstance(cue.shapes, LazyPattern) else cue.shapes
        assert shapes is not None
        widened += scan_precheck._program(shapes) is not None
        for text in [*texts, *pieces]:
            found = shapes.search(text) is not None
            assert not found or may_match(shapes, text), (shapes.pattern, text[:80])
            if found:
                assert cue.occurs(text, Words(text))
    assert widened >= len(shaped) - 3


def test_the_set_of_all_copies_answers_as_each_copy_alone(patterns: list[re.Pattern[str]],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    # After a check, the widened copies run as one RE2 set (made again when a check starts
    # and copies were made since): for every pattern and text, the set's answer is the copy's
    # own, also for texts met again after other texts and after a new check began
    from core.check.scan_precheck import _UNANCHORED, forget_matches

    monkeypatch.setattr(scan_precheck, "_sets_made", 0)  # other tests' checks made sets too
    forget_matches()  # the copies the fixture's checks made are in the set from here on
    assert scan_precheck._set is not None and scan_precheck._set[1] == len(scan_precheck._widened)
    texts = _texts()
    texts += [text[i:i + 60] for text in texts[:len(SENTENCES)] for i in range(0, len(text), 11)]
    seen = {True: 0, False: 0}
    for _round in range(2):
        for text in texts + texts[:5]:
            data = text.encode("utf-8")
            for pattern in patterns:
                program = scan_precheck._program(pattern)
                if program is None:
                    continue
                alone = program.Match(_UNANCHORED, data, 0, len(data))[0][0] >= 0
                assert may_match(pattern, text) is alone, (pattern.pattern, text[:80])
                seen[alone] += 1
        forget_matches()
    assert min(seen.values()) > 500
    assert scan_precheck._found or scan_precheck._set is not None


def test_a_failed_set_match_falls_back_to_each_copy(patterns: list[re.Pattern[str]],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    # a set whose match did not run to the end (its empty pattern missing from the answer, as
    # when RE2's DFA runs out of memory) is not trusted: each copy answers alone
    class Failing:
        def Match(self, data: bytes) -> list[int]:  # RE2's name
            return []

    forget_matches = scan_precheck.forget_matches
    forget_matches()
    monkeypatch.setattr(scan_precheck, "_set", (Failing(), len(scan_precheck._widened)))
    text = " ".join(SENTENCES)
    for pattern in patterns:
        if scan_precheck._program(pattern) is not None and pattern.search(text) is not None:
            assert may_match(pattern, text)
    assert scan_precheck._found[text] is None
    forget_matches()
