"""store.activity: the planned posts of a period and the findings log the triggers keep."""

from __future__ import annotations

import datetime as dt

from core.check.findings import CheckReport
from core.publish.channels import Channel
from core.store.models import Status
from core.store.queue import QueueStore
from tests.core.store.samples import BODY, FINDINGS, draft

NOV, DEC = dt.date(2026, 11, 1), dt.date(2026, 12, 1)


def _add(store: QueueStore, when: str | None, findings=FINDINGS, **kw: object) -> int:
    changes = store.posts.add(draft(BODY, when, **kw), CheckReport(BODY, findings))
    assert changes.id is not None
    return changes.id


def test_planned_keeps_the_month_drops_archived_and_unplanned(store: QueueStore) -> None:
    inside = _add(store, "2026-11-03 08:00", channels=(Channel.FACEBOOK, Channel.X),
                  bidang=("Sekretariat", "UPTD Puskesmas"))
    _add(store, "2026-12-01 00:00")
    _add(store, "2026-10-31 23:59")
    _add(store, None)
    archived = _add(store, "2026-11-04 08:00")
    store.posts.set_status(archived, Status.ARCHIVED)
    rows = store.activity.planned(NOV, DEC)
    assert [r.id for r in rows] == [inside]
    assert rows[0].day == dt.date(2026, 11, 3)
    assert rows[0].channels == ("facebook", "x")
    assert rows[0].bidang == ("Sekretariat", "UPTD Puskesmas")
    assert rows[0].status is Status.DRAFT and not rows[0].exported


def test_exported_means_once_diekspor_not_posted_by_hand(store: QueueStore) -> None:
    by_tool = _add(store, "2026-11-03 08:00", findings=())
    by_hand = _add(store, "2026-11-03 09:00", findings=())
    for post in (by_tool, by_hand):
        store.posts.set_status(post, Status.READY)
    store.posts.set_status(by_tool, Status.EXPORTED)
    store.posts.set_status(by_tool, Status.PUBLISHED)
    store.posts.set_status(by_hand, Status.PUBLISHED)
    rows = {r.id: r for r in store.activity.planned(NOV, DEC)}
    assert rows[by_tool].exported and rows[by_tool].status is Status.PUBLISHED
    assert not rows[by_hand].exported and rows[by_hand].status is Status.PUBLISHED


def test_findings_caught_fixed_ignored_and_reopened(store: QueueStore) -> None:
    post = _add(store, "2026-11-03 08:00")
    silakan, length, source = FINDINGS
    store.posts.update(post, draft(BODY, "2026-11-03 08:00"), CheckReport(BODY, (length, source)))
    tallies = {t.category: t for t in store.activity.findings(NOV, DEC)}
    assert (tallies["standard"].caught, tallies["standard"].fixed) == (1, 1)
    assert tallies["platform"].open == 1 and tallies["source"].open == 1
    # the admin ignores the missing source: it went away, but was not fixed
    store.dictionary.ignore_finding(f"post:{post}", source)
    store.posts.update(post, draft(BODY, "2026-11-03 08:00"), CheckReport(BODY, (length,)))
    tallies = {t.category: t for t in store.activity.findings(NOV, DEC)}
    assert (tallies["source"].fixed, tallies["source"].ignored, tallies["source"].open) == (0, 1, 0)
    # the slip comes back: open again, counted once
    store.posts.update(post, draft(BODY, "2026-11-03 08:00"), CheckReport(BODY, (silakan, length)))
    tallies = {t.category: t for t in store.activity.findings(NOV, DEC)}
    assert (tallies["standard"].caught, tallies["standard"].open) == (1, 1)


def test_deleting_a_post_drops_its_findings(store: QueueStore) -> None:
    post = _add(store, "2026-11-03 08:00")
    store.posts.delete(post)
    assert store.activity.findings(NOV, DEC) == []


def test_bulk_add_logs_every_posts_findings(store: QueueStore) -> None:
    items = [(draft(BODY, f"2026-11-{d:02d} 08:00"), CheckReport(BODY, FINDINGS)) for d in range(1, 11)]
    store.posts.add_many(items)
    assert sum(t.caught for t in store.activity.findings(NOV, DEC)) == 30
