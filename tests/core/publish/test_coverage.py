from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from core.app.bidang import Bidang
from core.check.findings import CheckReport
from core.publish.coverage import ceremony_weeks, coverage, week_start
from core.store.models import PostDraft, Status, parse_schedule
from core.store.queue import QueueStore

TODAY = dt.date(2026, 3, 18)  # a Wednesday
KESMAS, P2P, YANKES = "Bidang Kesehatan Masyarakat", "Bidang P2P", "Bidang Pelayanan Kesehatan"
OFFICE = (Bidang(KESMAS, 2), Bidang(P2P, 1), Bidang(YANKES, 1))


@pytest.fixture
def store() -> Iterator[QueueStore]:
    s = QueueStore(":memory:")
    yield s
    s.close()


def add(store: QueueStore, when: str | None, *bidang: str, body: str = "Jadwal posyandu",
        status: Status = Status.DRAFT) -> int:
    draft = PostDraft(body=body, scheduled_at=parse_schedule(when) if when else None, bidang=bidang)
    return store.posts.add(draft, CheckReport(body, ()), status=status).id


def test_week_start_is_monday() -> None:
    assert week_start(TODAY) == dt.date(2026, 3, 16)
    assert week_start(dt.date(2026, 3, 22)) == dt.date(2026, 3, 16)  # Sunday
    assert week_start(dt.date(2026, 3, 16)) == dt.date(2026, 3, 16)


def test_posts_per_bidang_per_week_against_target(store: QueueStore) -> None:
    add(store, "2026-03-02 08:00", KESMAS)  # week 1
    add(store, "2026-03-03 08:00", KESMAS, P2P)  # counts for both
    add(store, "2026-03-10 08:00", KESMAS)  # week 2
    add(store, "2026-03-20 19:00", KESMAS)  # this week, after today: planned, counted
    add(store, "2026-03-17 08:00")  # untagged
    add(store, "2026-03-17 09:00", KESMAS, status=Status.ARCHIVED)  # not counted
    add(store, None, KESMAS)  # no day: not counted
    add(store, "2026-02-23 08:00", KESMAS)  # before the first week
    cov = coverage(store, OFFICE, today=TODAY, weeks=3)
    assert cov.weeks == (dt.date(2026, 3, 2), dt.date(2026, 3, 9), dt.date(2026, 3, 16))
    kesmas, p2p, yankes = cov.rows
    assert (kesmas.name, kesmas.counts, p2p.counts, yankes.counts) == (
        KESMAS, (2, 1, 1), (1, 0, 0), (0, 0, 0))
    assert [kesmas.met(i) for i in range(3)] == [True, False, False]  # target 2 a week
    assert [p2p.met(i) for i in range(3)] == [True, False, False]
    assert cov.untagged == (0, 0, 1)
    data = cov.to_json()
    assert data["weeks"] == ["2026-03-02", "2026-03-09", "2026-03-16"]
    assert data["bidang"][0]["posts"] == [2, 1, 1]


def test_gaps_name_bidang_without_a_post_for_n_days(store: QueueStore) -> None:
    add(store, "2026-03-10 08:00", KESMAS)  # 8 days ago
    add(store, "2026-03-04 08:00", P2P)  # 14 days ago: a gap at 14
    add(store, "2026-03-25 08:00", P2P)  # planned next week
    add(store, "2026-03-18 08:00", YANKES, status=Status.ARCHIVED)  # archived does not count
    cov = coverage(store, OFFICE, today=TODAY, weeks=2, gap_days=14)
    assert [r.name for r in cov.gaps()] == [P2P, YANKES]
    p2p = cov.rows[1]
    assert (p2p.last_post, p2p.next_post, p2p.days_without(TODAY)) == (
        dt.date(2026, 3, 4), dt.date(2026, 3, 25), 14)
    assert cov.rows[2].last_post is None and cov.rows[2].days_without(TODAY) is None
    assert [r.name for r in coverage(store, OFFICE, today=TODAY, gap_days=7).gaps()] == [
        KESMAS, P2P, YANKES]
    assert cov.to_json()["gaps"] == [P2P, YANKES]


def test_names_no_longer_in_settings_are_listed_after_without_target(store: QueueStore) -> None:
    add(store, "2026-03-17 08:00", "Bidang Lama")
    cov = coverage(store, OFFICE[:1], today=TODAY, weeks=1)
    assert [(r.name, r.in_settings, r.weekly_target, r.counts) for r in cov.rows] == [
        (KESMAS, True, 2, (0,)), ("Bidang Lama", False, 0, (1,))]
    assert [r.name for r in cov.gaps()] == [KESMAS]  # only the office's own bidang warn


def test_ceremony_share_per_week(store: QueueStore) -> None:
    ceremony = "Bupati menghadiri peresmian gedung baru di Martapura."
    service = "Pendaftaran bantuan pupuk dibuka 3-10 Maret di kantor desa."
    for day in ("2026-03-16", "2026-03-17", "2026-03-18"):
        add(store, f"{day} 08:00", body=ceremony)
    add(store, "2026-03-19 08:00", body=service)
    add(store, "2026-03-24 08:00", body=service)
    add(store, "2026-03-25 08:00", body=ceremony)
    weeks = ceremony_weeks(store, start=TODAY, weeks=3)
    assert [(w.week, w.posts, w.ceremony) for w in weeks] == [
        (dt.date(2026, 3, 16), 4, 3), (dt.date(2026, 3, 23), 2, 1)]
    assert weeks[0].share == 0.75 and weeks[0].mostly_ceremony
    assert weeks[1].share == 0.5 and not weeks[1].mostly_ceremony  # half is not "mostly"
