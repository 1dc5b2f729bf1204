from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from core.app.settings import Settings, TimeSlot
from core.check.findings import CheckReport
from core.publish.channels import Channel
from core.publish.schedule import Occupancy, Plan, ScheduleError, auto_schedule, load_occupancy
from core.store.models import PostDraft, Status
from core.store.queue import QueueStore

FB, IG = Channel.FACEBOOK, Channel.INSTAGRAM
WEEKDAYS_3 = tuple(TimeSlot(d, t) for d in range(5) for t in ("08:00", "12:00", "16:00"))
FRIDAY = dt.datetime(2030, 5, 31, 9, 30)  # a Friday


@pytest.fixture
def store() -> Iterator[QueueStore]:
    s = QueueStore(":memory:")
    yield s
    s.close()


def _plan(**targets: int) -> Plan:
    return Plan.from_settings(Settings(daily_targets={Channel(c): n for c, n in targets.items()},
                                       time_slots=WEEKDAYS_3))


def _post(store: QueueStore, *channels: Channel, at: dt.datetime | None = None,
          status: Status = Status.DRAFT) -> int:
    return store.posts.add(PostDraft(body="x", channels=channels, scheduled_at=at), CheckReport("x"),
                     status=status).id


def test_fills_today_then_skips_the_weekend_into_next_week(store: QueueStore) -> None:
    ids = [_post(store, FB) for _ in range(4)]
    done = auto_schedule(store, plan=_plan(facebook=3), now=FRIDAY)
    assert [(d.post_id, d.at) for d in done] == [
        (ids[0], dt.datetime(2030, 5, 31, 12, 0)),  # 08:00 already passed
        (ids[1], dt.datetime(2030, 5, 31, 16, 0)),
        (ids[2], dt.datetime(2030, 6, 3, 8, 0)),  # Monday of the next week
        (ids[3], dt.datetime(2030, 6, 3, 12, 0)),
    ]
    assert store.posts.get(ids[2]).draft.scheduled_at == dt.datetime(2030, 6, 3, 8, 0)


def test_target_caps_a_day_below_its_slots(store: QueueStore) -> None:
    ids = [_post(store, IG) for _ in range(3)]
    done = auto_schedule(store, plan=_plan(instagram=1), now=dt.datetime(2030, 6, 3, 7, 0))
    assert [d.at for d in done] == [dt.datetime(2030, 6, d, 8, 0) for d in (3, 4, 5)]
    assert [d.post_id for d in done] == ids


def test_post_on_two_channels_needs_a_slot_free_on_both(store: QueueStore) -> None:
    monday = dt.datetime(2030, 6, 3, 7, 0)
    _post(store, FB, at=dt.datetime(2030, 6, 3, 8, 0))
    _post(store, IG, at=dt.datetime(2030, 6, 3, 12, 0))
    both = _post(store, FB, IG)
    (done,) = auto_schedule(store, [both], plan=_plan(facebook=3, instagram=3), now=monday)
    assert done.at == dt.datetime(2030, 6, 3, 16, 0)


def test_removing_or_archiving_a_post_frees_its_slot(store: QueueStore) -> None:
    monday = dt.datetime(2030, 6, 3, 7, 0)
    first = _post(store, IG, at=dt.datetime(2030, 6, 3, 8, 0))
    plan = _plan(instagram=1)
    (later,) = auto_schedule(store, [_post(store, IG)], plan=plan, now=monday)
    assert later.at == dt.datetime(2030, 6, 4, 8, 0)
    store.posts.delete(first)
    (again,) = auto_schedule(store, [_post(store, IG)], plan=plan, now=monday)
    assert again.at == dt.datetime(2030, 6, 3, 8, 0)
    store.posts.set_status(again.post_id, Status.ARCHIVED)
    (third,) = auto_schedule(store, [_post(store, IG)], plan=plan, now=monday)
    assert third.at == dt.datetime(2030, 6, 3, 8, 0)


def test_rescheduling_a_post_frees_its_own_slot_first(store: QueueStore) -> None:
    monday = dt.datetime(2030, 6, 3, 7, 0)
    post = _post(store, IG, at=dt.datetime(2030, 6, 5, 8, 0))
    (done,) = auto_schedule(store, [post], plan=_plan(instagram=1), now=monday)
    assert done.at == dt.datetime(2030, 6, 3, 8, 0)


def test_problems_are_reported_not_raised(store: QueueStore) -> None:
    nochannel = _post(store)
    (done,) = auto_schedule(store, plan=_plan(facebook=1), now=FRIDAY)
    assert (done.post_id, done.at) == (nochannel, None) and "kanal" in done.problem
    with pytest.raises(ScheduleError, match="slot"):
        Plan(targets={FB: 1}, slots=()).next_free_slot((FB,), after=FRIDAY, occupancy=Occupancy())
    with pytest.raises(ScheduleError, match="HH:MM"):
        Plan(targets={}, slots=(TimeSlot(0, "8 pagi"),))


def test_only_unscheduled_open_posts_are_filled(store: QueueStore) -> None:
    _post(store, FB, status=Status.EXPORTED)
    _post(store, FB, status=Status.ARCHIVED)
    ready = _post(store, FB, status=Status.READY)
    assert [d.post_id for d in auto_schedule(store, plan=_plan(facebook=3), now=FRIDAY)] == [ready]


def test_shortfall_and_gaps_of_the_next_seven_days(store: QueueStore) -> None:
    monday = dt.datetime(2030, 6, 3, 7, 0)
    for hour in (8, 12):
        _post(store, FB, at=dt.datetime(2030, 6, 3, hour, 0))
    _post(store, FB, IG, at=dt.datetime(2030, 6, 4, 8, 0))
    plan = _plan(facebook=2, instagram=1)
    occupancy = load_occupancy(store, monday.date(), monday.date() + dt.timedelta(days=7))
    gaps = plan.gaps(occupancy, now=monday)
    assert {(g.day.isoformat(), g.channel, g.planned, g.shortfall) for g in gaps
            if g.day.isoformat() <= "2030-06-04"} == {
        ("2030-06-03", IG, 0, 1), ("2030-06-04", FB, 1, 1)}
    monday_ig = next(g for g in gaps if g.day == monday.date() and g.channel is IG)
    assert [t.hour for t in monday_ig.free_slots] == [8, 12, 16]
    # Saturday and Sunday have no slots: nothing is expected, no gap.
    assert {g.day.weekday() for g in gaps} == {0, 1, 2, 3, 4}
    assert len(gaps) == 2 + 2 * 3
    weekend = plan.day_plans(dt.date(2030, 6, 8), 2, occupancy)
    assert [(p.target, p.shortfall) for p in weekend] == [(0, 0)] * 4
