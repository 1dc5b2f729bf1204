"""Property-based tests (hypothesis) with arbitrary Unicode: the tokenizer, the checkers, the
rule-pack loader and the CSV writer never raise anything unexpected, and every finding's
offsets lie inside the text. Run with --hypothesis-show-statistics for the figures."""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import json
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from core.check.checker import Checker
from core.check.findings import Category, Finding, Severity
from core.check.limits import check_limits
from core.check.rules import RuleFileError, load_pack
from core.check.rules.matcher import check_pack
from core.check.text import sentence_starts, tokenize, words
from core.publish.channels import Channel
from core.publish.export import export_csv
from core.publish.presets import ExportError
from core.store.models import Post, PostDraft, Status

FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
WORDS = ["menghimbau", "Silahkan", "warga", "praktek", "hoaks", "#Sehat", "@pemkab",
         "https://contoh.go.id/a?b=1", "Rp10.000", "-", "…", "\u200d", "👨‍👩‍👧", "\r\n", "\n", " "]
# Arbitrary Unicode (no lone surrogates: they cannot be typed or stored as UTF-8), mixed with
# words and marks the checkers care about so that findings actually occur.
texts = st.one_of(
    st.text(),
    st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=5)), max_size=60).map(" ".join),
    st.lists(st.sampled_from(WORDS), max_size=80).map("".join),
)


@cache
def checker() -> Checker:
    return Checker.from_resources()


def _assert_inside(text: str, findings: list[Finding] | tuple[Finding, ...]) -> None:
    for f in findings:
        assert 0 <= f.start <= f.end <= len(text), f
        if not f.is_post_level:
            assert text[f.start:f.end] == f.actual, f


@FUZZ
@given(texts)
def test_tokens_are_slices_of_the_text_in_order(text: str) -> None:
    previous_end = 0
    for token in tokenize(text):
        assert previous_end <= token.start < token.end <= len(text)
        assert text[token.start:token.end] == token.text
        previous_end = token.end
    assert all(t in tokenize(text) for t in words(text))
    assert all(0 <= s <= len(text) for s in sentence_starts(text))


@FUZZ
@given(texts, st.lists(st.sampled_from(list(Channel)), max_size=3), st.dates())
def test_checker_findings_lie_inside_any_text(text: str, channels: list[Channel], day: dt.date) -> None:
    report = checker().check(text, channels=channels, on_date=day)
    assert report.text == text
    _assert_inside(text, report.findings)


@FUZZ
@given(texts, st.lists(st.sampled_from(list(Channel)), max_size=7))
def test_limits_findings_lie_inside_any_text(text: str, channels: list[Channel]) -> None:
    _assert_inside(text, check_limits(text, tuple(dict.fromkeys(channels))))


# -- pack loader ---------------------------------------------------------------------------

def _toml(value: object) -> str:
    """A TOML literal (json's string escapes are TOML's, except a few that TOML rejects, which
    is fine: the loader must then report a RuleFileError)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{json.dumps(k, ensure_ascii=False)} = {_toml(v)}"
                                for k, v in value.items()) + " }"
    raise TypeError(value)


scalars = st.one_of(st.text(max_size=20), st.integers(-5, 5), st.booleans())
values = st.one_of(scalars, st.lists(st.one_of(st.text(max_size=12), st.sampled_from(WORDS)), max_size=4),
                   st.dictionaries(st.one_of(st.text(max_size=10), st.sampled_from(WORDS)),
                                   st.text(max_size=10), max_size=3))
rule_fields = st.fixed_dictionaries(
    {"id": st.one_of(st.text(max_size=10), st.just("uji.aturan")),
     "category": st.one_of(st.sampled_from([c.value for c in Category]), st.text(max_size=8)),
     "severity": st.one_of(st.sampled_from([s.value for s in Severity]), st.text(max_size=8)),
     "message": st.one_of(st.just("“{text}” ditandai."), st.text(max_size=30))},
    optional={"terms": values, "swap": values, "patterns": values, "suggestions": values,
              "case_sensitive": values, "reference": values, "reason": values,
              "extra": values},
)
pack_fields = st.fixed_dictionaries(
    {"id": st.one_of(st.just("uji"), st.text(max_size=8)), "name": st.text(max_size=10),
     "version": st.one_of(st.just("1"), values)},
    optional={"description": values, "source": values},
)


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(pack_fields, st.lists(rule_fields, max_size=3), texts)
def test_pack_loader_loads_or_says_why(tmp_path: Path, pack: dict, rules: list[dict], text: str) -> None:
    source = "[pack]\n" + "".join(f"{k} = {_toml(v)}\n" for k, v in pack.items())
    for rule in rules:
        source += "\n[[rule]]\n" + "".join(f"{k} = {_toml(v)}\n" for k, v in rule.items())
    path = tmp_path / "paket.toml"
    path.write_text(source, encoding="utf-8", errors="surrogatepass")
    try:
        loaded = load_pack(path)
    except RuleFileError as exc:
        assert str(exc)  # the message says why
        event("refused with RuleFileError")
        return
    event(f"loaded, {len(loaded.rules)} rules")
    _assert_inside(text, check_pack(loaded, text, on_date=dt.date(2026, 1, 1)))


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=300))
def test_pack_loader_survives_arbitrary_bytes(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "acak.toml"
    path.write_bytes(data)
    with contextlib.suppress(RuleFileError):
        load_pack(path)


# -- CSV writer ------------------------------------------------------------------------------

def _post(i: int, body: str, title: str, sources: str) -> Post:
    stamp = dt.datetime(2026, 1, 1, 8, 0)
    return Post(id=i, draft=PostDraft(body=body, title=title, sources=sources, channels=(Channel.X,)),
                status=Status.DRAFT, findings=(), n_errors=0, n_warnings=0, n_infos=0,
                created_at=stamp, updated_at=stamp)


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(texts, st.text(max_size=20), st.text(max_size=20)), max_size=5))
def test_csv_round_trips_any_unicode(tmp_path: Path, rows: list[tuple[str, str, str]]) -> None:
    posts = [_post(i + 1, *row) for i, row in enumerate(rows)]
    out = tmp_path / "ekspor.csv"
    result = export_csv(posts, out)
    assert result.rows == len(posts)
    with out.open(encoding="utf-8", newline="") as handle:
        read = list(csv.DictReader(handle))
    assert [(r["body"], r["title"], r["sources"]) for r in read] == rows


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(categories=["Cs"]), min_size=1, max_size=3), texts)
def test_csv_refuses_unencodable_text_and_leaves_nothing(tmp_path: Path, lone: str, text: str) -> None:
    out = tmp_path / "sub" / "ekspor.csv"
    out.parent.mkdir(exist_ok=True)
    with pytest.raises(ExportError):
        export_csv([_post(1, text + lone, "", "")], out)
    assert list(out.parent.iterdir()) == []



nonblank = st.text(min_size=1, max_size=12).filter(lambda s: s.strip())


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(nonblank, max_size=4), st.dictionaries(nonblank, nonblank, max_size=3),
       st.lists(st.sampled_from([r"\d+", r"[A-Z]{3,}", r"(?:ha){2,}", r"\bwww\.\S+", r".", r"\s+"]),
                max_size=2), texts)
def test_well_formed_packs_with_any_terms_load_and_match_inside(
        tmp_path: Path, terms: list[str], swap: dict[str, str], patterns: list[str], text: str) -> None:
    """Packs shaped right, with arbitrary Unicode terms: they load (or are refused with a reason,
    e.g. a term that is only separators), and their findings lie inside any text."""
    rule = {"id": "uji.aturan", "category": "standard", "severity": "warning",
            "message": "“{text}” ditandai.", "terms": terms, "swap": swap, "patterns": patterns}
    source = '[pack]\nid = "uji"\nname = "Uji"\nversion = "1"\n\n[[rule]]\n'
    source += "".join(f"{k} = {_toml(v)}\n" for k, v in rule.items())
    path = tmp_path / "paket.toml"
    path.write_text(source, encoding="utf-8")
    try:
        loaded = load_pack(path)
    except RuleFileError as exc:
        assert str(exc)
        event("refused with RuleFileError")
        return
    event("loaded")
    findings = check_pack(loaded, text + " " + " ".join(terms + list(swap)), on_date=dt.date(2026, 1, 1))
    _assert_inside(text + " " + " ".join(terms + list(swap)), findings)
    event("found something" if findings else "found nothing")


@FUZZ
@given(texts)
def test_chunked_rule_scan_finds_what_one_scan_finds(text: str) -> None:
    """Rule packs scan in chunks (core.check.text.finditer_chunked, to hand the GIL back); with tiny
    chunks, every shipped rule finds exactly the matches of one whole-text scan."""
    from core.check.text import finditer_chunked

    for pack in checker().packs:
        for rule in pack.rules:
            whole = [(m.start(), m.end()) for m in rule.matcher.finditer(text) if m.end() > m.start()]
            chunked = [(m.start(), m.end()) for m in finditer_chunked(rule.matcher, text, chunk=7, margin=200)
                       if m.end() > m.start()]
            assert chunked == whole, rule.id


@contextlib.contextmanager
def _scan_chunks(chunk: int, margin: int):
    """Every chunked scan (core.check.text.finditer_chunked) with these chunk and margin sizes."""
    from core.check import text as text_module

    saved = dict(text_module.finditer_chunked.__kwdefaults__)
    text_module.finditer_chunked.__kwdefaults__.update(chunk=chunk, margin=margin)
    try:
        yield
    finally:
        text_module.finditer_chunked.__kwdefaults__.update(saved)


def _found(text: str) -> list[tuple[str, int, int, tuple[str, ...]]]:
    report = checker().check(text, channels=tuple(Channel), on_date=dt.date(2026, 1, 15))
    return [(f.rule_id, f.start, f.end, f.suggestions) for f in report.findings]


@FUZZ
@given(texts)
def test_whole_check_is_the_same_in_tiny_chunks(text: str) -> None:
    """Sources, limits, orthography and packs scan long texts in chunks; with 7-character
    chunks every finding of the whole check is what one whole-text scan per pattern gives."""
    with _scan_chunks(10**9, 0):
        whole = _found(text)
    with _scan_chunks(7, 200):
        assert _found(text) == whole


def test_long_sample_is_checked_the_same_in_chunks() -> None:
    sample = Path(__file__).resolve().parents[1] / "bench" / "samples" / "text_5000.txt"
    text = sample.read_text(encoding="utf-8")
    with _scan_chunks(10**9, 0):
        whole = _found(text)
    with _scan_chunks(64, 600):
        assert _found(text) == whole
    assert whole  # the sample has findings to compare
