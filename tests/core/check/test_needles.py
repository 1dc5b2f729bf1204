"""Needles: strings one of which every match of a pattern holds, so that a text holding none
of them skips the pattern. Never wrong: a pattern that matches a text always has a needle in it."""

from __future__ import annotations

import json
import random
from pathlib import Path

from core.app.paths import resource_dir
from core.check.rules.needles import (
    NEEDLES_NAME,
    Needles,
    compile_needles,
    dumps,
    holds_needle,
    joined_needles,
    load_needles,
    needles_of,
    shape_needles_of,
    term_needles,
)
from core.check.rules.safe_regex import SafePattern
from core.check.tomlcache import compile_folder


def test_needles_are_the_literal_run_every_match_goes_through() -> None:
    # a space marks a word's start or end; words parted by spaces are one needle
    assert needles_of(r"\btransfer\w*\s+ke\s+rekening\b") == ((" ke rekening ",), (" transfer",))
    assert needles_of(r"\b(?:kirim|transfer)\s+dana\b") == ((" dana ",), (" kirim ", " transfer "))
    assert needles_of(r"\bKlik(?:\s+link)?\b") == ((" klik",),)  # what follows may be "link"
    assert needles_of(r"(?:hadiah|undian)?\s*gratis") == (("gratis",),)  # an optional group holds none
    assert needles_of(r"\b(?:a|hadiah)\b") is None  # "a" is in almost every text
    assert needles_of(r"\w+@\w+") is None
    assert needles_of(r"[[:alpha:]]abc") is None  # Python and RE2 read POSIX classes differently
    assert needles_of(r"\p{L}+ana") is None  # not Python syntax: no reading, no needles
    assert needles_of(r"caf\u00e9 latte") == ((" latte",), ("caf",))  # runs stop at a non-ASCII letter


def test_terms_and_alternations() -> None:
    assert term_needles(["kartu prakerja", "bansos"]) == ((" bansos ", " kartu prakerja "),)
    assert term_needles(["e-mail", "jumat'an", "caf\u00e9 latte"]) == ((" e mail ", " latte ", "jumat'an"),)
    assert term_needles(["PT"]) is None
    both = joined_needles([(("dana",), ("kirim",)), (("hadiah", "undian"),)])
    assert both == ((("dana",), ("kirim",)), (("hadiah", "undian"),))
    assert joined_needles([(("dana",),), None]) is None
    assert both is not None and holds_needle("Undian berhadiah", both)
    assert not holds_needle("dana desa cair", both)  # "kirim" is missing
    assert holds_needle("kirim dana", both)


def test_word_needles_are_looked_for_among_the_texts_words() -> None:
    kirim = ((" kirim",), (" dana ",))
    assert holds_needle("Mohon KIRIM-kan dana ke sini", (kirim,))
    assert not holds_needle("dikirimkan dana desa", (kirim,))  # "kirim" starts no word
    assert not holds_needle("kirim danamu", (kirim,))  # "dana" ends no word
    assert holds_needle("kirim (dana)", (kirim,))
    assert holds_needle("\u00e9kirim dana", (kirim,))  # a non-ASCII letter parts ASCII words
    pair = (((" tahu siapa ",),),)
    assert holds_needle("kita tahu,  siapa", pair) and not holds_needle("tahu dia siapa", pair)
    # K (Kelvin) and ſ: RE2 folds them into k and s, so the words are not asked
    assert holds_needle("dikirimkan dana \u212a", (kirim,))
    assert holds_needle("tahu \u017fiapa", pair) and not holds_needle("tahu \u212a", pair)
    # a search that stops before the end may cut a word ("kirim|kan"): words not asked
    assert holds_needle("dikirimkan dana", (kirim,), whole=False)
    assert not holds_needle("dikirimkan", (kirim,), whole=False)


def test_any_case_counts_also_kelvin_and_long_s() -> None:
    assert holds_needle("TRANSFER ke sini", (((("transfer",),)),))
    assert holds_needle("\u212aIRIM", ((("kirim",),),))  # K: the Kelvin sign
    assert holds_needle("tran\u017ffer", ((("transfer",),),))  # ſ: long s
    assert not holds_needle("pengumuman jadwal", ((("transfer",),),))


def test_re2_folds_an_ascii_letter_only_with_what_holds_needle_folds_to_it() -> None:
    """The soundness of comparing in lower case: every character RE2 takes for an ASCII letter
    when ignoring case lowers (or, for ſ, is mapped) to that letter."""
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    for letter in "abcdefghijklmnopqrstuvwxyz":
        for match in SafePattern(letter, ignore_case=True).finditer(everything):
            assert holds_needle(match.group(), (((letter,),),)), hex(ord(match.group()))


def test_a_shipped_pattern_that_matches_has_a_needle_in_the_text() -> None:
    texts = [path.read_text(encoding="utf-8") for folder in ("bench/samples", "bench/corpus/clean")
             for path in sorted((resource_dir().parent / folder).glob("*.txt"))]
    texts += [line.partition("\t")[2] for path in sorted((resource_dir().parent / "tests" /
                                                          "policy_examples").glob("*.tsv"))
              for line in path.read_text(encoding="utf-8").splitlines()]
    known = load_needles(resource_dir())
    checked = 0
    for pattern, needles in known.items():
        engine = SafePattern(pattern, ignore_case=True)
        for text in texts:
            if engine.search(text) is not None:
                checked += 1
                assert holds_needle(text, (needles,)), (pattern, needles)
    assert checked > 200


def test_the_shipped_needles_are_current() -> None:
    """scripts/compile_rules.py writes them; a pack changed without it only loses speed (its
    changed patterns find no needles), but CI keeps the copy current."""
    resources = resource_dir()
    entries = compile_folder(resources)
    assert (resources / NEEDLES_NAME).read_text(encoding="utf-8") == \
        dumps(compile_needles(e["data"] for e in entries.values()))


def test_a_pattern_is_neither_compiled_nor_run_for_a_text_without_its_needles() -> None:
    pattern = SafePattern(r"\btransfer\w*\s+ke\s+rekening\b", ignore_case=True, check=False,
                          needles=((("transfer",), ("rekening",)),))
    assert pattern.search("Jadwal layanan ke rekening warga") is None
    assert pattern.match("ke rekening") is None
    assert pattern._program is None and pattern._loose is True
    assert pattern.search("Mohon TRANSFER ke rekening ini").group() == "TRANSFER ke rekening"


def test_shape_needles_are_the_tags_every_match_holds() -> None:
    shape = "<sebar:perintah> <*>{0,4} <sebar-ke> (?: <*>{0,2} <tujuan> | <angka|bilangan> <tujuan> )"
    assert shape_needles_of(shape) == (("angka|bilangan", "tujuan"), ("sebar-ke",), ("sebar:perintah",))
    assert shape_needles_of("^ <sensasi> <!>") == (("!",), ("sensasi",))
    assert shape_needles_of("<a>? <b>* <c>{0,2}") is None
    assert shape_needles_of("<Nama-Kelas>") == (("Nama-Kelas",),)  # a tag keeps its case
    assert shape_needles_of("<a> [x]") is None  # not a shape


def test_a_shape_runs_on_every_text_where_it_matches() -> None:
    from core.check.checker import Checker
    from core.check.rules.shapes import Grammar

    packs = Checker.from_resources().packs
    plain = Grammar(wc for pack in packs for wc in pack.words)
    guarded = Grammar(wc for pack in packs for wc in pack.words)
    needles = load_needles(resource_dir(), "shapes")
    guarded.use_needles(needles)
    shapes = [r.shape for pack in packs for r in pack.rules if r.shape]
    assert sum(shape in needles for shape in shapes) > len(shapes) // 2
    texts = [line.partition("\t")[2] for path in sorted((resource_dir().parent / "tests" /
                                                         "policy_examples").glob("*.tsv"))
             for line in path.read_text(encoding="utf-8").splitlines()]
    matched = 0
    for text in texts:
        plain_reading, guarded_reading = plain.read(text), guarded.read(text)
        for shape in shapes:
            found = list(plain.spans(shape, plain_reading))
            matched += bool(found)
            assert list(guarded.spans(shape, guarded_reading)) == found, (shape, text)
    assert matched > 100


def test_a_malformed_entry_of_the_needles_file_is_no_entry(tmp_path: Path) -> None:
    """A bad entry is skipped (the pattern then simply runs), never used; the file is read once
    for patterns and shapes."""
    (tmp_path / NEEDLES_NAME).write_text(json.dumps({"patterns": {
        "baik": [["a", "b"], ["c"]], "kosong": [], "angka": [[1]], "teks": "a", "klausa": [[]]}}),
        encoding="utf-8")
    known = load_needles(tmp_path)
    assert known.get("baik") == (("a", "b"), ("c",))
    assert all(known.get(k) is None for k in ("kosong", "angka", "teks", "klausa", "tiada"))
    assert dict(known) == {"baik": (("a", "b"), ("c",))}
    assert load_needles(tmp_path, "shapes") == {}
    assert load_needles(tmp_path / "tiada") == {}


def _mutations(text: str, start: int, end: int, rng: random.Random) -> list[str]:
    """``text`` changed around and inside a match at ``start``–``end``: letters, signs, K
    (Kelvin), ſ and non-ASCII letters beside it or in place of a space, case changed."""
    odd = ["x", "7", "_", "-", " ", ".", "\u00e9", "\u212a", "\u017f", "\u0130", "\n", "'"]
    found = []
    for _ in range(6):
        t, s, e = text, start, end
        for _ in range(rng.randint(1, 3)):
            where = rng.choice([s, e, rng.randint(s, e)])
            piece = rng.choice(odd)
            if rng.random() < 0.4 and s < e:
                at = rng.randint(s, e - 1)
                t = t[:at] + piece + t[at + 1:]
            else:
                t = t[:where] + piece + t[where:]
                e += len(piece) if where <= e else 0
        if rng.random() < 0.3:
            t = t.upper()
        found.append(t)
    return found


def test_a_pattern_the_needles_rule_out_finds_nothing() -> None:
    """The property the needles promise, on random changes of real texts around places where a
    shipped pattern (or a rule's terms) matches, and on random windows of them: where
    holds_needle says no, the pattern, run without needles, finds nothing."""
    from core.check.rules.loader import _terms_regex

    rng = random.Random(9)
    texts = [path.read_text(encoding="utf-8") for folder in ("bench/samples", "bench/corpus/clean")
             for path in sorted((resource_dir().parent / folder).glob("*.txt"))]
    texts += [line.partition("\t")[2] for path in sorted((resource_dir().parent / "tests" /
                                                          "policy_examples").glob("*.tsv"))
              for line in path.read_text(encoding="utf-8").splitlines()]
    cases: list[tuple[SafePattern, tuple[Needles, ...]]] = []
    for pattern, needles in sorted(load_needles(resource_dir()).items()):
        cases.append((SafePattern(pattern, ignore_case=True, check=False), (needles,)))
    for rule in (r for entry in compile_folder(resource_dir()).values()
                 for r in entry["data"].get("rule", []) if isinstance(r, dict)):
        terms = [t for t in [*rule.get("terms", []), *rule.get("swap", {})] if isinstance(t, str)]
        found = term_needles(terms) if terms else None
        if found:
            cheap, exact = _terms_regex(terms)
            cases.append((SafePattern(cheap, ignore_case=True, check=False, exact=exact), (found,)))
    ruled_out = tried = 0
    for engine, needles in rng.sample(cases, 400):
        hits = [(t, m) for t in texts for m in [engine.search(t)] if m is not None][:3]
        for text, match in hits:
            piece = text[max(0, match.start() - 40):match.end() + 40]
            at = match.start() - max(0, match.start() - 40)
            for changed in _mutations(piece, at, at + match.end() - match.start(), rng):
                for pos, endpos in [(0, len(changed))] + [
                        tuple(sorted(rng.sample(range(len(changed) + 1), 2))) for _ in range(4)]:
                    whole = endpos == len(changed)
                    tried += 1
                    if not holds_needle(changed, needles, whole=whole):
                        ruled_out += 1
                        assert engine.search(changed, pos, endpos) is None, (engine.pattern, changed)
    assert tried > 2000 and ruled_out > 200, (tried, ruled_out)


def test_the_word_index_answers_as_a_search_of_the_texts_words() -> None:
    # holds_needle looks a word needle up in a set or a sorted list of the text's words: the
    # same answer as searching " kirim dana ke " for it, for whole words, word starts and
    # ends, runs of words and bare pieces, on texts cut anywhere
    from core.check.rules.needles import _words

    rng = random.Random(13)
    samples = Path(__file__).resolve().parents[3] / "bench" / "samples"
    text = (samples / "post_300.txt").read_text(encoding="utf-8")
    vocabulary = sorted({w.lower() for w in text.split() if w.isascii() and w.isalnum()})
    cases = 0
    for _ in range(300):
        a, b = sorted(rng.randrange(len(text) + 1) for _ in range(2))
        piece = text[a:b]
        words = _words(piece)
        assert words is not None
        for _ in range(20):
            chosen = rng.sample(vocabulary, rng.choice((1, 1, 2, 3)))
            if rng.random() < 0.3:  # a piece of a word
                w = chosen[0]
                i, j = sorted(rng.sample(range(len(w) + 1), 2))
                chosen[0] = w[i:j] or w
            core = " ".join(chosen)
            for needle in (core, f" {core}", f"{core} ", f" {core} "):
                assert holds_needle(piece, (((needle,),),)) is (needle in words), (needle, piece)
                cases += 1
    assert cases > 20_000


def test_a_long_texts_words_stay_kept_while_its_windows_are_asked() -> None:
    # the near/unless windows of a long text's matches are kept apart from the text itself:
    # asking many of them does not make the text's words be read again, and every answer is
    # the one a fresh reading gives
    from core.check.rules.needles import _word_index, _words

    samples = Path(__file__).resolve().parents[3] / "bench" / "samples"
    text = (samples / "text_5000.txt").read_text(encoding="utf-8")
    index = _word_index(text)
    needles = (((" pemerintah ",), (" kab", "dana ")),)
    expected = holds_needle(text, needles)
    for start in range(0, 4_000, 100):
        window = text[start:start + 300]
        assert holds_needle(window, needles) is holds_needle(window + "", needles)
        assert _words(window) == _words.__wrapped__(window)  # type: ignore[attr-defined]
    assert _word_index(text) is index
    assert holds_needle(text, needles) is expected
    assert _words(text) == _words.__wrapped__(text)  # type: ignore[attr-defined]
