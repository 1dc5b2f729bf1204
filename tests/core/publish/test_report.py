"""The monthly report's numbers (core.publish.report), from a real store."""

from __future__ import annotations

import datetime as dt

import pytest

from core.check.findings import Category, CheckReport, Finding, Severity
from core.publish.channels import Channel
from core.publish.report import (
    CEREMONY_TOPIC,
    NO_BIDANG,
    OTHER_TOPIC,
    Month,
    ReportError,
    build_report,
    merge_reports,
    report_from_rows,
    report_rows,
)
from core.store.models import PostDraft, Status
from core.store.queue import QueueStore

CEREMONY = "Bupati OKU Timur menghadiri pelantikan pengurus PKK di aula kantor bupati."
VACCINE = ("Vaksinasi campak gratis untuk anak usia 9 bulan dibuka besok, Senin 9 November 2026 "
           "pukul 08.00–12.00 di Puskesmas Martapura. Bawa buku KIA.")
ROADS = ("Warga Desa Sukamaju bergotong royong membersihkan lingkungan pada Minggu lalu. "
         "Terima kasih atas kepeduliannya.")
SLIP = Finding("baku.silakan", Category.STANDARD, Severity.WARNING, 0, 8, "tidak baku", "Silahkan")
PARTISAN = Finding("netral.ajakan", Category.NEUTRALITY, Severity.ERROR, 0, 5, "ajakan", "Pilih")
FB, IG = Channel.FACEBOOK, Channel.INSTAGRAM
NOV = Month(2026, 11)


@pytest.fixture
def store():
    s = QueueStore(":memory:")
    yield s
    s.close()


def _add(store: QueueStore, body: str, day: int, channels=(FB, IG), findings=(), status=None,
         bidang=()) -> int:
    when = dt.datetime(2026, 11, day, 9, 0)
    post = store.posts.add(PostDraft(body=body, channels=channels, scheduled_at=when, bidang=bidang),
                           CheckReport(body, findings)).id
    assert post is not None
    for step in {None: (), "exported": (Status.READY, Status.EXPORTED),
                 "published": (Status.READY, Status.EXPORTED, Status.PUBLISHED),
                 "by hand": (Status.READY, Status.PUBLISHED)}[status]:
        store.posts.set_status(post, step)
    return post


def test_month_parses_and_refuses_clearly() -> None:
    assert Month.parse("2026-11") == NOV and NOV.days == 30 and NOV.end == dt.date(2026, 12, 1)
    assert Month.parse("2024-02").days == 29 and Month.parse("2026-12").end == dt.date(2027, 1, 1)
    assert NOV.label == "November 2026"
    for bad in ("2026-13", "11-2026", "", "2026-1"):
        with pytest.raises(ReportError, match="TTTT-BB"):
            Month.parse(bad)


def test_days_channels_topics_and_ceremony(store: QueueStore) -> None:
    _add(store, CEREMONY, 2, status="published")
    _add(store, VACCINE, 2, status="exported")
    _add(store, ROADS, 2, channels=(FB,), status="by hand")
    _add(store, CEREMONY, 3)
    report = build_report(store, NOV, opd="Dinas Kesehatan", daily_targets={"facebook": 3,
                                                                             "instagram": 2})
    assert report.daily_target == 3
    assert len(report.days) == 30
    day2, day3 = report.days[1], report.days[2]
    assert (day2.counts.planned, day2.counts.exported, day2.counts.published) == (3, 2, 2)
    assert day2.short == 0 and day3.short == 2
    assert len(report.days_under_target) == 29
    channels = {c.key: c for c in report.channels}
    assert channels["facebook"].counts.planned == 4 and channels["instagram"].counts.planned == 3
    assert channels["facebook"].target == 90 and channels["instagram"].short == 60 - 3
    topics = {t.key: t.counts.planned for t in report.topics}
    assert topics == {CEREMONY_TOPIC: 2, "vaksinasi": 1, OTHER_TOPIC: 1}
    assert report.ceremony == 2 and report.ceremony_share == 0.5
    assert (report.total.planned, report.total.exported, report.total.published) == (4, 2, 2)


def test_findings_caught_and_fixed_by_group(store: QueueStore) -> None:
    post = _add(store, ROADS, 5, findings=(SLIP, PARTISAN))
    store.posts.update(post, PostDraft(body=ROADS, channels=(FB,),
                                       scheduled_at=dt.datetime(2026, 11, 5, 9)),
                       CheckReport(ROADS, (PARTISAN,)))
    report = build_report(store, NOV, opd="X", daily_targets={})
    lines = {f.group: f for f in report.findings}
    assert (lines["language"].caught, lines["language"].fixed) == (1, 1)
    assert (lines["neutrality"].caught, lines["neutrality"].open) == (1, 1)
    assert lines["hoax"].caught == 0 and lines["neutrality"].label == "Netralitas ASN"
    assert (report.caught, report.fixed) == (2, 1)


def test_bidang_targets_and_gaps(store: QueueStore) -> None:
    _add(store, VACCINE, 4, bidang=("Pelayanan Kesehatan",))
    _add(store, ROADS, 4, bidang=("Pelayanan Kesehatan", "Kesehatan Masyarakat"))
    _add(store, CEREMONY, 4)
    report = build_report(store, NOV, opd="X", daily_targets={"facebook": 1},
                          bidang=["Pelayanan Kesehatan", "Kesehatan Masyarakat", "Sekretariat"],
                          bidang_targets={"Pelayanan Kesehatan": 2})
    lines = {line.key: line for line in report.bidang}
    assert lines["Pelayanan Kesehatan"].counts.planned == 2
    assert lines["Pelayanan Kesehatan"].target == round(2 * 30 / 7)
    assert lines[NO_BIDANG].counts.planned == 1
    assert report.bidang_without_posts == ("Sekretariat",)


def test_the_office_report_takes_names_targets_and_bidang_from_the_settings(store: QueueStore) -> None:
    from core.app.bidang import Bidang
    from core.app.settings import Settings
    from core.publish.report import office_report

    _add(store, VACCINE, 4, bidang=("Pelayanan Kesehatan",))
    settings = Settings(opd_name=" Dinas Kesehatan ", channels=(FB,),
                        daily_targets={FB: 2, IG: 5},
                        bidang=(Bidang("Pelayanan Kesehatan", 3), Bidang("Sekretariat", 1)))
    report = office_report(store, NOV, settings)
    assert report.opd == "Dinas Kesehatan" and report.daily_target == 2  # Instagram is off
    assert [(b.key, b.counts.planned, b.target) for b in report.bidang] == [
        ("Pelayanan Kesehatan", 1, 13), ("Sekretariat", 0, 4)]


def test_an_empty_month_is_a_report_of_zeros(store: QueueStore) -> None:
    report = build_report(store, NOV, opd="X", daily_targets={"facebook": 2})
    assert report.total.planned == 0 and report.ceremony_share == 0.0
    assert len(report.days_under_target) == 30 and report.topics == ()


def test_rows_round_trip_and_merge(store: QueueStore) -> None:
    _add(store, CEREMONY, 2, status="published", findings=(SLIP,))
    _add(store, VACCINE, 9)
    health = build_report(store, NOV, opd="Dinas Kesehatan", daily_targets={"facebook": 2},
                          bidang=["Sekretariat"])
    rows = report_rows(health)
    assert all(isinstance(r[5], int) for r in rows)
    [again] = report_from_rows([("opd", "bulan", "bagian", "kunci", "ukuran", "nilai"), *rows])
    assert again == health
    other = build_report(store, NOV, opd="Kecamatan Martapura", daily_targets={"facebook": 1})
    regency = merge_reports([health, other, health])
    assert [o.opd for o in regency.offices] == ["Dinas Kesehatan", "Kecamatan Martapura"]
    assert regency.total.planned == 4 and regency.ceremony_share == 0.5
    assert {f.group: f.caught for f in regency.findings}["language"] == 2


def test_bad_rows_and_mixed_months_are_refused(store: QueueStore) -> None:
    with pytest.raises(ReportError, match="bukan angka"):
        report_from_rows([("A", "2026-11", "hari", "2026-11-01", "direncanakan", "banyak")], where="a.csv")
    with pytest.raises(ReportError, match="bagian 'lain'"):
        report_from_rows([("A", "2026-11", "lain", "-", "x", "1")])
    with pytest.raises(ReportError, match="kurang kolom"):
        report_from_rows([("A", "2026-11")])
    with pytest.raises(ReportError, match="bukan tanggal bulan 2026-11"):
        report_from_rows([("A", "2026-11", "hari", "2026-12-01", "direncanakan", "1")])
    with pytest.raises(ReportError, match="lebih dari 1000 baris 'topik'"):
        report_from_rows([("A", "2026-11", "topik", f"t{i}", "direncanakan", "1") for i in range(1001)])
    october = build_report(store, Month(2026, 10), opd="B", daily_targets={})
    november = build_report(store, NOV, opd="A", daily_targets={})
    with pytest.raises(ReportError, match="bulan yang sama"):
        merge_reports([october, november])
    with pytest.raises(ReportError, match="Tidak ada"):
        merge_reports([])


def test_the_count_reports_progress_and_stops_when_cancelled(store) -> None:
    import random

    from bench.report_month import sample_posts
    from core.app.progress import Cancelled, Progress
    from core.publish.report import PROGRESS_EVERY

    store.posts.add_many(list(sample_posts(NOV.first_day, 30, 40, rng=random.Random(3))))
    seen: list[tuple[int, int]] = []
    clock = iter(range(10**6))  # every report passes the throttle
    made = build_report(store, NOV, opd="A", daily_targets={"facebook": 1},
                        progress=Progress(lambda d, t: seen.append((d, t)), clock=lambda: next(clock)))
    total = made.total.planned
    assert total == 1200 and seen[0] == (0, total) and seen[-1] == (total, total)
    assert [d for d, _ in seen[:-1]] == list(range(0, total, PROGRESS_EVERY))

    def stop_at_first_report(done: int, _total: int) -> None:
        if done:
            stopper.cancel()

    stopper = Progress(stop_at_first_report, clock=lambda: next(clock))
    with pytest.raises(Cancelled):
        build_report(store, NOV, opd="A", daily_targets={"facebook": 1}, progress=stopper)
