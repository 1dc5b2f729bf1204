"""The RE2 engine of the rule packs: the same matches as Python's ``re`` where both can run a
pattern, Python's Unicode classes, the inti/tolak groups, and refusals in Indonesian."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.check.rules.safe_regex import (
    MAX_SPECIALIZED,
    REJECT_WORK_FACTOR,
    SafePattern,
    UnsafePatternError,
    _membership,
    join_alternatives,
    loosen,
    translate,
)

# Patterns without look-around or \b (RE2's \b is ASCII): Python and RE2 must agree exactly.
SAME = [r"\w+", r"a|ab", r"\d{1,2}[.:]\d{2}", r"\s+", r"[^\w\s]+", r"(?:x|y)z?", r"Rp\.?\s?\d[\d.,]*",
        r"(?-i:[A-Z][a-z]+)", r"[\w.-]+@\w+", r"\S+\s+\S+", r"(?:\w+\s+){0,2}?akhir", r"^\W*info",
        r"\D\d", r"é+", r"[^\W\d_]+", "\u00a0", r"\u00e9\w"]
ALPHABET = "ab xyz Rp1.000,5 é Ü\u00a0\n12:30 ß 日本 AbC-@_ akhir info 😀\u2009"


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40), st.sampled_from(SAME), st.booleans(),
       st.integers(0, 45), st.integers(0, 45))
def test_same_matches_as_re(text: str, pattern: str, ignore_case: bool, a: int, b: int) -> None:
    flags = re.IGNORECASE if ignore_case else 0
    safe = SafePattern(pattern, ignore_case=ignore_case)
    assert [m.span() for m in safe.finditer(text)] == [m.span() for m in re.finditer(pattern, text, flags)]
    lo, hi = min(a, b, len(text)), min(max(a, b), len(text))
    want = re.compile(pattern, flags).search(text, lo, hi)
    got = safe.search(text, lo, hi)
    assert (got.span() if got else None) == (want.span() if want else None)
    want_at = re.compile(pattern, flags).match(text, lo)
    got_at = safe.match(text, lo)
    assert (got_at.span() if got_at else None) == (want_at.span() if want_at else None)


def _assigned_before(version: str) -> str:
    """Every code point Python's Unicode database (``version``) knows, surrogates left out."""
    return "".join(chr(c) for c in range(0x30000)
                   if not 0xD800 <= c < 0xE000 and unicodedata.category(chr(c)) != "Cn")


@pytest.mark.parametrize("escape", [r"\s", r"\S", r"\w", r"\W", r"\d", r"\D", r"[\w]", r"[^\s\d]"])
def test_class_escapes_keep_pythons_unicode_meaning(escape: str) -> None:
    text = _assigned_before(unicodedata.unidata_version)
    want = {m.start() for m in re.finditer(escape, text)}
    got = {m.start() for m in SafePattern(escape).finditer(text)}
    differ = sorted(want ^ got)
    # RE2's Unicode tables can be newer than Python's: a character whose category changed since
    # may differ; there are none such for whitespace and only a handful for letters and digits.
    assert len(differ) <= (0 if "s" in escape.lower() else 40), [
        f"U+{ord(text[i]):04X} {unicodedata.category(text[i])}" for i in differ[:20]]


def test_offsets_are_characters_not_bytes() -> None:
    text = "😀 café “Partai” ñ relawan 日本 relawan"
    assert [m.span() for m in SafePattern("relawan").finditer(text)] == \
        [m.span() for m in re.finditer("relawan", text)]
    assert SafePattern(r"“\w+”").search(text).group() == "“Partai”"


def test_inti_reports_the_group_as_a_look_behind_would() -> None:
    text = "@relawan x@relawanA @@relawan ok @timrelawan a@relawan"
    safe = SafePattern(r"(?:^|[^\w@])(?P<inti>@\w*relawan\w*)")
    assert [m.group() for m in safe.finditer(text)] == \
        [m.group() for m in re.finditer(r"(?<![\w@])@\w*relawan\w*", text)] == ["@relawan", "@timrelawan"]
    # a one-character context may be the last character of the previous match
    digits = SafePattern(r"(?:^|[^\d])(?P<inti>\d+x)")
    assert [m.group() for m in digits.finditer("1x2x 3x")] == \
        [m.group() for m in re.finditer(r"(?<!\d)\d+x", "1x2x 3x")] == ["1x", "2x", "3x"]


def test_tolak_vetoes_as_a_negative_look_around_would() -> None:
    text = "Minggu lalu, hari Minggu ini, Minggu ke-2, Minggu"
    veto = SafePattern(r"\bMinggu\b(?:\s+(?P<tolak>ke|lalu)|)")
    assert [m.span() for m in veto.finditer(text)] == \
        [m.span() for m in re.finditer(r"\bMinggu\b(?!\s+(?:ke|lalu))", text)]
    behind = SafePattern(r"(?:syarat (?P<tolak>)|)(?P<inti>\bkhusus\s+\w+)", ignore_case=True)
    text = "syarat khusus warga, khusus lansia, Syarat Khusus"
    assert [m.group() for m in behind.finditer(text)] == \
        [m.group() for m in re.finditer(r"(?<!syarat )\bkhusus\s+\w+", text, re.IGNORECASE)]


def test_joined_items_keep_their_own_groups() -> None:
    joined = join_alternatives([r"(?:^|\s)(?P<inti>#a\w*)", r"b(?:(?P<tolak>x)|y)", "c"])
    assert "inti_1" in joined and "tolak_2" in joined
    assert [m.group() for m in SafePattern(joined).finditer("#ab bx by c")] == ["#ab", "by", "c"]


@pytest.mark.parametrize(("pattern", "says"), [
    (r"(?<!a)b", "look-around"), (r"a(?=b)", "look-around"), (r"(?<=x)y", "look-around"),
    (r"a(?!b)", "look-around"), (r"(a)\1", "rujukan balik"), (r"(?P<x>a)(?P=x)", "rujukan balik"),
    (r"(a", "tidak sah"), (r"a{5000}", "tidak sah"), (r"[\W]", "di dalam [ ]"),
    ("(?:" + "|".join(f"kata{i}" * 40 for i in range(20_000)) + ")", "terlalu besar"),
])
def test_refusals_say_why_in_indonesian(pattern: str, says: str) -> None:
    with pytest.raises(UnsafePatternError, match=re.escape(says)):
        SafePattern(pattern)


def test_lookaround_refused_even_when_compiling_later() -> None:
    with pytest.raises(UnsafePatternError):
        SafePattern(r"(?<!a)b", check=False)
    SafePattern(r"\(?<!", check=False)


def test_catastrophic_patterns_finish() -> None:
    # Each of these takes Python's re longer than the age of the universe on this text.
    text = "a" * 200_000 + "!"
    for pattern in (r"(a+)+$", r"(a|aa)+$", r"(\w+\s?)+$", r"(.*a){12}$", r"^(a?){30}a{30}$"):
        assert SafePattern(pattern).search(text) is None


def test_vetoed_matches_cannot_make_a_scan_quadratic() -> None:
    # Every start is a candidate that is vetoed at the far end of the text: retrying from each
    # next character would scan 200,000 x 200,000 bytes; the work cap ends the scan instead.
    text = "a" * 200_000 + "b"
    veto = SafePattern(r"a+(?:(?P<tolak>b)|c)")
    assert list(veto.finditer(text)) == []
    assert REJECT_WORK_FACTOR >= 1


def test_lone_surrogates_and_empty_text() -> None:
    text = "a\ud800b relawan"
    assert [m.span() for m in SafePattern("relawan").finditer(text)] == [(4, 11)]
    assert [m.span() for m in SafePattern("x*").finditer("ab")] == [m.span() for m in re.finditer("x*", "ab")]
    assert SafePattern("a").search("") is None


# -- the loose pattern: a first look before the exact pattern is compiled ----------------------

LOOSE_ALPHABET = ALPHABET + "\u0345\u03b9\u017f\u212aK\u0663\u2160\u24b6"  # folds, digits, Nl, So
LOOSE_SAME = [*SAME, r"\bkirim\w*\s+(?:\w+\W+){0,2}?nomor", r"[\w-]+\.(?:com|id)", r"[^\w\s]\w",
              r"[]\w]+", r"[\w\-.]+x", r"(?P<inti>\w+)-(?P<tolak>b)?", r"\W\w\W"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=LOOSE_ALPHABET, max_size=40), st.sampled_from(LOOSE_SAME), st.booleans(),
       st.integers(0, 45), st.integers(0, 45))
def test_loose_first_look_changes_no_match(text: str, pattern: str, ignore_case: bool,
                                           a: int, b: int) -> None:
    """A pattern not compiled yet looks with its loose pattern first: the matches are those of the
    compiled pattern, on every text and window."""
    exact = SafePattern(pattern, ignore_case=ignore_case)
    lo, hi = min(a, b, len(text)), min(max(a, b), len(text))
    for pos, endpos in ((0, None), (lo, hi)):
        lazy = SafePattern(pattern, ignore_case=ignore_case, check=False)
        assert [m.span() for m in lazy.finditer(text, pos, endpos)] == \
            [m.span() for m in exact.finditer(text, pos, endpos)]


def test_loose_pattern_takes_every_character_of_the_exact_classes() -> None:
    word = SafePattern(r"\w", check=False)
    loose = loosen(translate(r"\w"))
    non_word = loosen(translate(r"[^\w]"))
    assert loose is not None and non_word is not None
    loose_word, loose_non_word = SafePattern(loose), SafePattern(non_word)
    for code in [*range(0x20, 0x3000), *range(0xFF00, 0xFFFF), 0x1D400, 0x10FFFF]:
        char = chr(code)
        if 0xD800 <= code <= 0xDFFF:
            continue
        if word.search(char):
            assert loose_word.search(char), hex(code)
        else:
            assert loose_non_word.search(char), hex(code)


def test_no_loose_pattern_where_nothing_costly_or_unknown() -> None:
    assert loosen(translate(r"\d+\s*%")) is None  # \p{Nd} and the space set are cheap already
    assert loosen(translate(r"\bfoo\b")) is None
    assert loosen(r"\p{Lu}+") is None  # a Unicode class it does not know how to widen
    assert loosen(r"[\p{Greek}\w]") is None
    assert loosen(translate(r"[\w-z]")) is None  # \w's "_" starts a range: left alone, kept exact
    assert loosen(translate(r"\w+")) == r"[0-9A-Za-z_\x{80}-\x{10ffff}]+"
    assert loosen(translate(r"[^\w\-]")) == r"[^0-9A-Za-z_\-]"
    assert loosen(translate(r"[^\W\d_]+")) == r"[A-Za-z\x{80}-\x{10ffff}]+"


def test_pattern_compiled_only_for_a_text_its_loose_pattern_matches() -> None:
    """A text holding a character no pattern is made for (U+0345 folds to a letter without
    being one): the loose pattern looks first, the exact one is compiled only where it matches."""
    pattern = SafePattern(r"\btransfer\w*\s+ke\s+rekening\b", ignore_case=True, check=False)
    assert list(pattern.finditer("Jadwal layanan keliling pekan ini \u0345.")) == []
    assert pattern._program is None  # the exact (costly) pattern was not needed
    assert [m.group() for m in pattern.finditer("Transferkan ke rekening saya \u0345")] == \
        ["Transferkan ke rekening"]
    assert pattern._program is not None


def test_pattern_made_for_the_characters_of_the_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    """On a text of ASCII and a few other characters the exact pattern is not compiled: one made
    for those characters is, and serves the next texts holding no others."""
    from core.check.rules import safe_regex

    # the characters of the texts other tests checked in this process: none
    monkeypatch.setattr(safe_regex, "_seen", safe_regex._Seen(frozenset(), safe_regex._sets_for(frozenset())))
    pattern = SafePattern(r"(?:^|\W)(?P<inti>transfer\w*)\s+ke\s+rekening\b", ignore_case=True,
                          check=False)
    assert [m.group() for m in pattern.finditer("–Transferé ke rekening saya")] == ["Transferé"]
    made = pattern._special
    assert pattern._program is None and made is not None
    assert [m.group() for m in pattern.finditer("éTransfer ke rekening – “saya”")] == []
    assert [m.group() for m in pattern.finditer("Transfer ke rekening")] == ["Transfer"]
    texts = [f"{c}transfer ke rekening, transfer{c} ke rekening" for c in "ЖΩ日"]
    for text in texts:  # new characters: made again, at most MAX_SPECIALIZED times
        assert [m.span() for m in pattern.finditer(text)] == \
            [m.span() for m in SafePattern(pattern.pattern, ignore_case=True).finditer(text)]
    assert pattern._specialized == MAX_SPECIALIZED and pattern._program is not None


TEXTS = st.lists(st.text(alphabet=LOOSE_ALPHABET + "–“”’…×ïœ\u200b\u00ad", max_size=30),
                 min_size=1, max_size=6)


@settings(max_examples=120, deadline=None)
@given(TEXTS, st.sampled_from(LOOSE_SAME), st.booleans())
def test_patterns_made_for_the_texts_change_no_match(texts: list[str], pattern: str,
                                                      ignore_case: bool) -> None:
    """One pattern over several texts, each with its own characters: every match is that of
    the exact pattern, whichever program ran (made for the texts, loose then exact, exact)."""
    exact = SafePattern(pattern, ignore_case=ignore_case)
    lazy = SafePattern(pattern, ignore_case=ignore_case, check=False)
    for text in texts:
        assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in exact.finditer(text)]
        got, want = lazy.match(text, 1), exact.match(text, 1)
        assert (got.span() if got else None) == (want.span() if want else None)


def test_the_made_sets_take_what_the_unicode_sets_take() -> None:
    """Every character a made pattern lists is judged as RE2's Unicode set judges it, with and
    without case folding; characters whose folding changes the verdict get no made pattern."""
    patterns = (r"\w", r"[^\w]", r"[^\W\d_]")
    chars = [chr(c) for c in [*range(0x80, 0x3000, 31), 0xB2, 0xE9, 0x2013, 0x212A, 0x17F, 0x345,
                              0x1D400, 0x10FFFF]]
    for ignore_case in (False, True):
        exact = [SafePattern(p, ignore_case=ignore_case) for p in patterns]
        for char in chars:
            text = f"a{char}b"
            made = [SafePattern(p, ignore_case=ignore_case, check=False) for p in patterns]
            for want, got in zip(exact, made, strict=True):
                assert [m.span() for m in got.finditer(text)] == \
                    [m.span() for m in want.finditer(text)], (hex(ord(char)), want.pattern)
    from core.check.rules.safe_regex import _COMMON_MEMBERSHIP, _LETTER_SET, _WORD_SET, _in_set

    for char, verdict in _COMMON_MEMBERSHIP.items():  # written down: what RE2 says, either case
        for case in (False, True):
            assert verdict == tuple(_in_set(s, char, case) for s in (_WORD_SET, _LETTER_SET)), \
                hex(ord(char))
    assert _membership("\u0345") is None and _membership("é") == (True, True)
    assert _membership("–") == (False, False) and _membership("²") == (True, True)


def test_loosen_reads_any_pattern_in_one_pass() -> None:
    """An imported pack's pattern is loosened before it is compiled: an unclosed class full of
    escapes (which a backtracking reader would try every way) is read once and refused."""
    hostile = "[" + r"\p{L}" * 20_000 + r"\p{N}_" + "x" * 10
    assert loosen(hostile) is None
    assert loosen("[" + r"[:alpha:" * 20_000) is None
    assert loosen(r"\w" + r"\p{" * 20_000) is None
