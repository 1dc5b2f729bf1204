"""Hostile rule packs (issue 15): catastrophic-backtracking patterns in every key, look-around,
TOML nested 100,000 deep, a 50 MB file, packs at and over the count limits, a pattern that
matches everywhere. Each is refused with file, line and rule, or runs in linear time; nothing
ends in a traceback or a hang."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from core.check.checker import Checker
from core.check.packs import import_pack, installed_pack_paths
from core.check.rules import RuleFileError, load_pack
from core.check.rules.loader import (
    MAX_PACK_BYTES,
    MAX_PATTERN_CHARS,
    MAX_PATTERN_LISTS,
    MAX_PATTERNS,
    MAX_RULES,
    MAX_TERMS,
)
from core.check.rules.matcher import check_pack, match_caps

ROOT = Path(__file__).resolve().parents[2]
DAY = dt.date(2024, 10, 1)
HEADER = '[pack]\nid = "serang"\nname = "Paket uji"\nversion = "1"\n'


def rule(rule_id: str, body: str) -> str:
    return (f'\n[[rule]]\nid = "{rule_id}"\ncategory = "hoax"\nseverity = "warning"\n'
            f'message = "uji {{text}}"\n{body}\n')


def write(tmp_path: Path, text: str, name: str = "serang.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# The classic exponential and polynomial shapes: Python's re spends hours (or forever) on the
# texts below; RE2 scans each once.
CATASTROPHIC = [r"(a+)+$", r"(a|aa)+$", r"(a|a?)+$", r"(\w+\s?)+$", r"(.*a){12}$",
                r"^(([a-z])+.)+[A-Z]([a-z])+$", r"(\d+[.,]?)+x", r"((ab)*|b)*c"]
HOSTILE_TEXTS = ["a" * 30_000 + "!", ("ab" * 15_000) + "!", "1." * 15_000 + "!",
                 "kata " * 6_000 + "!"]


@pytest.mark.parametrize("key", ["patterns", "near", "unless"])
@pytest.mark.parametrize("pattern", CATASTROPHIC, ids=range(len(CATASTROPHIC)))
def test_catastrophic_patterns_run_in_linear_time(key: str, pattern: str, tmp_path: Path) -> None:
    body = {"patterns": f"patterns = ['{pattern}']",
            "near": f"terms = ['a', 'ab', 'kata', '1']\nnear = ['{pattern}']",
            "unless": f"terms = ['a', 'ab', 'kata', '1']\nunless = ['{pattern}']"}[key]
    pack = load_pack(write(tmp_path, HEADER + rule("serang.satu", body)))
    for text in HOSTILE_TEXTS:
        check_pack(pack, text, on_date=DAY)  # would not return in this lifetime on re


@pytest.mark.parametrize(("key", "pattern"), [
    ("patterns", r"(?=(a+))\1b"), ("patterns", r"(?<!x)(a+)+$"), ("near", r"\bpaslon(?!\s+nomor)"),
    ("unless", r"(?<=@)relawan"), ("patterns", r"(\w)\1{2,}"), ("patterns", r"(?P<n>a)(?P=n)"),
])
def test_what_re2_cannot_run_is_refused_with_file_line_and_rule(key: str, pattern: str,
                                                                 tmp_path: Path) -> None:
    body = f"terms = ['paslon']\n{key} = ['{pattern}']" if key != "patterns" else f"patterns = ['{pattern}']"
    path = write(tmp_path, HEADER + rule("serang.baik", "terms = ['aman']") + rule("serang.jahat", body))
    lines = path.read_text(encoding="utf-8").splitlines()
    line = next(i for i, text in enumerate(lines, 1) if pattern in text)
    folder = tmp_path / "packs"
    with pytest.raises(RuleFileError) as caught:
        import_pack(path, directory=folder)
    message = str(caught.value)
    assert f"serang.toml:{line}:" in message and "'serang.jahat'" in message and f"'{key}'" in message
    assert "look-around" in message or "rujukan balik" in message
    assert installed_pack_paths(folder) == []


def test_cli_import_refuses_lookaround_in_indonesian(tmp_path: Path) -> None:
    path = write(tmp_path, HEADER + rule("serang.jahat", r"patterns = ['(?<![\w@])@relawan']"))
    home = tmp_path / "home"
    env = {"XDG_DATA_HOME": str(home), "HOME": str(home), "PATH": "/usr/bin:/bin",
           "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "packs", "import", str(path)],
                          capture_output=True, cwd=ROOT, timeout=120, env=env)
    message = done.stderr.decode()
    assert done.returncode == 2, message
    assert "serang.toml:11:" in message and "aturan 'serang.jahat'" in message
    assert "ditolak" in message and "Traceback" not in message
    assert not (home / "Saring" / "packs").exists()


@pytest.mark.parametrize("opening", ["[", "{a="])
def test_toml_nested_100000_deep_is_refused_clearly(opening: str, tmp_path: Path) -> None:
    closing = "]" if opening == "[" else "}"
    path = write(tmp_path, HEADER + "x = " + opening * 100_000 + "1" + closing * 100_000 + "\n")
    with pytest.raises(RuleFileError, match="bersarang terlalu dalam"):
        load_pack(path)


def test_pack_over_the_size_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "besar.toml"
    with path.open("wb") as handle:  # 50 MB, sparse: refused by its size alone
        handle.truncate(50 * 1024 * 1024)
    with pytest.raises(RuleFileError, match="lebih dari batas"):
        import_pack(path, directory=tmp_path / "packs")
    assert MAX_PACK_BYTES < 50 * 1024 * 1024


@pytest.mark.parametrize("what", ["rules", "terms", "patterns", "lists", "pattern-length"])
def test_packs_over_the_count_limits_are_refused(what: str, tmp_path: Path) -> None:
    if what == "rules":
        text = HEADER + "".join(rule(f"r.{i}", "terms = ['x']") for i in range(MAX_RULES + 1))
    elif what == "terms":
        text = HEADER + rule("r.t", "terms = [" + ", ".join(f"'k{i}'" for i in range(MAX_TERMS + 1)) + "]")
    elif what == "patterns":
        items = ", ".join(f"'p{i}'" for i in range(MAX_PATTERNS + 1))
        text = HEADER + rule("r.p", f"patterns = [{items}]")
    elif what == "lists":
        text = HEADER + "".join(rule(f"r.{i}", "patterns = ['a']") for i in range(MAX_PATTERN_LISTS + 1))
    else:
        text = HEADER + rule("r.l", "patterns = ['" + "a" * (MAX_PATTERN_CHARS + 1) + "']")
    with pytest.raises(RuleFileError, match="lebih dari batas"):
        load_pack(write(tmp_path, text))


def test_pack_at_every_limit_is_usable(tmp_path: Path) -> None:
    """A pack slow by sheer size: as many terms, rules with patterns and patterns as allowed,
    every pattern matching often. It loads and checks a long text (the time it adds is
    bench.pack_budget's)."""
    terms = ", ".join(f"'k{i}'" for i in range(MAX_TERMS - 4))
    per_rule = MAX_PATTERNS // MAX_PATTERN_LISTS
    rules = [rule("r.terms", f"terms = [{terms}, 'partai', 'dukung', 'relawan', 'nomor']")]
    rules += [rule(f"r.p{i}", "patterns = [" + ", ".join(
        f"'(?:[a-z]+ ){{0,{j}}}?(?:partai|nomor|{i})'" for j in range(per_rule)) + "]")
        for i in range(MAX_PATTERN_LISTS)]
    pack = load_pack(write(tmp_path, HEADER + "".join(rules)))
    text = "Relawan partai nomor 2 mendukung k17 di desa. " * 400
    findings = check_pack(pack, text, on_date=DAY)
    assert findings and all(f.rule_id.startswith("r.") for f in findings)
    assert len(findings) <= match_caps(text)[1]


def test_pack_too_complex_for_re2_is_refused(tmp_path: Path) -> None:
    """Few patterns, but each a large RE2 program (Unicode classes under counted repetition):
    the pack's total size would slow every check, so it is refused."""
    body = "patterns = ['(?:\\w+[\\s,.]+){0,8}?\\bdan\\b(?:[\\s,.]+\\w+){0,8}']"
    text = HEADER + "".join(rule(f"r.{i}", body) for i in range(25))
    with pytest.raises(RuleFileError, match="terlalu rumit"):
        load_pack(write(tmp_path, text))


def test_a_pattern_matching_everywhere_stops_at_the_match_cap(tmp_path: Path) -> None:
    body = "patterns = ['.']\nunless = ['zzz']\nwindow = 2000"
    pack = load_pack(write(tmp_path, HEADER + rule("r.semua", body)))
    text = "ab " * 100_000
    findings = check_pack(pack, text, on_date=DAY)
    assert len(findings) == match_caps(text)[0] < len(text)


def test_installed_hostile_pack_does_not_hang_the_checker(tmp_path: Path) -> None:
    folder = tmp_path / "packs"
    import_pack(write(tmp_path, HEADER + rule("serang.lambat", r"patterns = ['(a|aa)+$', '(\w+\s?)+$']")),
                directory=folder)
    full = Checker.from_resources(installed=installed_pack_paths(folder))
    assert "serang" in {pack.id for pack in full.packs}
    # Without the speller: a 20,000-letter word is the spelling check's own problem (issue 15,
    # item 1), not the packs'.
    checker = Checker(speller=None, packs=full.packs)
    failing = checker.check("Pengumuman " + "a" * 20_000 + "!", on_date=DAY)  # re: hours
    assert not any(f.rule_id == "serang.lambat" for f in failing.findings)
    matching = checker.check("Pengumuman " + "a" * 20_000, on_date=DAY)
    assert any(f.rule_id == "serang.lambat" for f in matching.findings)


WORDS = '\n[[words]]\nclass = "kata-uji"\nreason = "uji"\nterms = ["pilih", "dukung", "calon"]\n'


@pytest.mark.parametrize(("shape", "says"), [
    ("<*>* <kata-uji>", "<*> diulang"),
    ("(?: <kata-uji>+ )+ <angka>", "pengulangan di dalam pengulangan"),
    ("(?: <kata-uji> <*>{0,3} )* <angka>", "pengulangan di dalam pengulangan"),
    ("(?: <kata-uji> | <kata-uji> <kata-uji> )+ <angka>", "pilihan (|) diulang"),
])
def test_shapes_that_could_backtrack_are_refused_at_import(shape: str, says: str,
                                                           tmp_path: Path) -> None:
    """Shapes run on Python's re (over a sentence's symbols), so an imported pack may carry
    only shapes without nested or unbounded-alternation repetition."""
    path = write(tmp_path, HEADER + WORDS + rule("serang.bentuk", f'shape = "{shape}"'))
    load_pack(path)  # a valid shape...
    with pytest.raises(RuleFileError) as caught:
        import_pack(path, directory=tmp_path / "packs")  # ...that the import refuses
    message = str(caught.value)
    assert says in message and "'serang.bentuk'" in message and "serang.toml:" in message
    assert installed_pack_paths(tmp_path / "packs") == []


def test_every_shipped_shape_passes_the_import_guard() -> None:
    from core.check.packs import shipped_pack_paths
    from core.check.rules.loader import check_shapes_linear

    packs = [load_pack(p, verify=False) for p in shipped_pack_paths()]
    for pack in packs:
        check_shapes_linear(pack, packs)


def test_a_bounded_shape_is_imported(tmp_path: Path) -> None:
    path = write(tmp_path, HEADER + WORDS + rule("serang.aman", 'shape = "<kata-uji> <*>{0,6} <angka>+"'))
    assert import_pack(path, directory=tmp_path / "packs").id == "serang"
