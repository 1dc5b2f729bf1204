from __future__ import annotations

import json

import pytest

from core.check.findings import Category, CheckReport, Finding, Severity


def _finding(severity: Severity = Severity.WARNING, start: int = 0, end: int = 0, **kw: object) -> Finding:
    return Finding(rule_id="r", category=Category.STANDARD, severity=severity, start=start, end=end,
                   message="m", **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(("severity", "rank"), [
    (Severity.INFO, 0), (Severity.WARNING, 1), (Severity.ERROR, 2),
])
def test_rank(severity: Severity, rank: int) -> None:
    assert severity.rank == rank


@pytest.mark.parametrize(("severity", "lowered"), [
    (Severity.ERROR, Severity.WARNING),
    (Severity.WARNING, Severity.INFO),
    (Severity.INFO, Severity.INFO),
])
def test_lowered_drops_one_level_and_stops_at_info(severity: Severity, lowered: Severity) -> None:
    assert severity.lowered() is lowered


def test_to_json_shape() -> None:
    f = Finding(rule_id="baku.izin", category=Category.STANDARD, severity=Severity.ERROR, start=3,
                end=7, message="“ijin” tidak baku", actual="ijin", suggestions=("izin", "Izin"),
                reference="KBBI: izin")
    data = f.to_json()
    assert data == {
        "rule": "baku.izin", "category": "standard", "severity": "error", "start": 3, "end": 7,
        "text": "ijin", "message": "“ijin” tidak baku", "suggestions": ["izin", "Izin"],
    }
    assert type(data["category"]) is str and type(data["severity"]) is str
    assert json.loads(json.dumps(data)) == data  # plain JSON types only


@pytest.mark.parametrize(("start", "end", "post_level"), [
    (0, 0, True), (0, 1, False), (5, 5, False), (2, 9, False),
])
def test_is_post_level(start: int, end: int, post_level: bool) -> None:
    assert _finding(start=start, end=end).is_post_level is post_level


def test_finding_is_frozen() -> None:
    f = _finding()
    with pytest.raises(AttributeError):
        f.start = 3  # type: ignore[misc]


def test_report_counts() -> None:
    report = CheckReport("teks", (
        _finding(Severity.ERROR), _finding(Severity.WARNING), _finding(Severity.WARNING),
        _finding(Severity.INFO), _finding(Severity.WARNING),
    ))
    assert (report.errors, report.warnings, report.infos) == (1, 3, 1)
    assert report.count(Severity.WARNING) == 3
    assert report.has_errors


def test_report_without_errors() -> None:
    report = CheckReport("teks", (_finding(Severity.WARNING), _finding(Severity.INFO)))
    assert report.errors == 0
    assert not report.has_errors


def test_empty_report() -> None:
    report = CheckReport("")
    assert report.findings == ()
    assert (report.errors, report.warnings, report.infos, report.has_errors) == (0, 0, 0, False)
