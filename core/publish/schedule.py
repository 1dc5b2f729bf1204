"""The posting plan: a daily target per channel and weekly time slots (from the settings).

A channel's day has the weekday's slots; it is full when its posts reach the target (or every
slot is taken when the channel has no target). Occupancy is read from the queue, so deleting
or archiving a post frees its slot. Qt-free.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from core.app.settings import Settings, TimeSlot
from core.app.zones import Zone, now_in
from core.errors import SaringError
from core.publish.channels import Channel
from core.store.models import Status
from core.store.queue import QueueStore

SEARCH_DAYS = 366
SCHEDULABLE = (Status.DRAFT, Status.NEEDS_REVISION, Status.READY)


class ScheduleError(SaringError, ValueError):
    """No slot can be found; the message says what to set up."""


@dataclass(frozen=True, slots=True)
class DayPlan:
    """One channel on one day: how many posts are planned against the target."""

    day: dt.date
    channel: Channel
    target: int
    planned: int
    free_slots: tuple[dt.datetime, ...] = ()

    @property
    def shortfall(self) -> int:
        return max(0, self.target - self.planned)


@dataclass
class Occupancy:
    """Planned posts per (day, channel): their count and their times."""

    times: dict[tuple[dt.date, Channel], set[dt.time]] = field(default_factory=dict)
    counts: dict[tuple[dt.date, Channel], int] = field(default_factory=dict)

    def add(self, at: dt.datetime, channels: Iterable[Channel]) -> None:
        for channel in channels:
            key = (at.date(), channel)
            self.times.setdefault(key, set()).add(at.time())
            self.counts[key] = self.counts.get(key, 0) + 1

    def remove(self, at: dt.datetime, channels: Iterable[Channel]) -> None:
        for channel in channels:
            key = (at.date(), channel)
            self.times.get(key, set()).discard(at.time())
            self.counts[key] = max(0, self.counts.get(key, 0) - 1)

    def count(self, day: dt.date, channel: Channel) -> int:
        return self.counts.get((day, channel), 0)

    def taken(self, day: dt.date, channel: Channel) -> set[dt.time]:
        return self.times.get((day, channel), set())


def _parse_time(value: str) -> dt.time:
    try:
        return dt.time.fromisoformat(value.strip())
    except ValueError:
        raise ScheduleError(f"jam slot tidak sah: {value!r} (bentuk: HH:MM)") from None


class Plan:
    """Targets and slots; answers "next free slot", shortfalls and gaps."""

    def __init__(self, *, targets: Mapping[Channel, int], slots: Sequence[TimeSlot],
                 zone: Zone | None = None) -> None:
        self.zone = zone  # the office's: "now" for scheduling is its wall clock (None: the PC's)
        self.targets = {c: int(n) for c, n in targets.items() if int(n) > 0}
        self.slots: dict[int, list[dt.time]] = {}
        for slot in slots:
            if not 0 <= slot.weekday <= 6:
                raise ScheduleError(f"hari slot tidak sah: {slot.weekday} (0 = Senin … 6 = Minggu)")
            self.slots.setdefault(slot.weekday, []).append(_parse_time(slot.time))
        for times in self.slots.values():
            times.sort()

    @classmethod
    def from_settings(cls, settings: Settings) -> Plan:
        return cls(targets=settings.daily_targets, slots=settings.time_slots, zone=settings.zone)

    def now(self) -> dt.datetime:
        """The office's wall-clock time now (the PC's when the plan has no zone)."""
        return now_in(self.zone) if self.zone else dt.datetime.now()

    def slot_times(self, day: dt.date) -> list[dt.time]:
        return list(dict.fromkeys(self.slots.get(day.weekday(), [])))

    def capacity(self, day: dt.date, channel: Channel) -> int:
        slots = len(self.slot_times(day))
        target = self.targets.get(channel)
        return min(target, slots) if target else slots

    def next_free_slot(self, channels: Sequence[Channel], *, after: dt.datetime,
                       occupancy: Occupancy) -> dt.datetime:
        """The earliest slot after ``after`` that is free for every channel of the post."""
        if not channels:
            raise ScheduleError("Unggahan belum punya kanal tujuan; pilih kanal lebih dulu.")
        if not self.slots:
            raise ScheduleError("Belum ada slot waktu mingguan. Atur slot (misalnya Senin–Jumat "
                                "08.00, 12.00, 16.00) di Pengaturan.")
        for offset in range(SEARCH_DAYS):
            day = after.date() + dt.timedelta(days=offset)
            for time in self.slot_times(day):
                at = dt.datetime.combine(day, time)
                if at <= after:
                    continue
                if all(time not in occupancy.taken(day, c)
                       and occupancy.count(day, c) < self.capacity(day, c) for c in channels):
                    return at
        raise ScheduleError(f"Tidak ada slot kosong dalam {SEARCH_DAYS} hari untuk "
                            f"{', '.join(c.label for c in channels)}.")

    def day_plans(self, start: dt.date, days: int, occupancy: Occupancy, *,
                  channels: Iterable[Channel] | None = None,
                  now: dt.datetime | None = None) -> list[DayPlan]:
        """Each channel with a target, each day: planned against the target, free slots.

        A day without slots (the weekend, say) has a target of 0: no post is expected then.
        """
        now = now or dt.datetime.now()
        wanted = [c for c in (channels or self.targets) if c in self.targets]
        out = []
        for offset in range(days):
            day = start + dt.timedelta(days=offset)
            for channel in wanted:
                taken = occupancy.taken(day, channel)
                free = tuple(dt.datetime.combine(day, t) for t in self.slot_times(day)
                             if t not in taken and dt.datetime.combine(day, t) > now)
                target = self.capacity(day, channel) if self.slots else self.targets[channel]
                out.append(DayPlan(day, channel, target, occupancy.count(day, channel), free))
        return out

    def gaps(self, occupancy: Occupancy, *, now: dt.datetime, days: int = 7) -> list[DayPlan]:
        """The (day, channel) pairs of the next ``days`` days still under their target."""
        return [p for p in self.day_plans(now.date(), days, occupancy, now=now) if p.shortfall]


def load_occupancy(store: QueueStore, start: dt.date, end: dt.date) -> Occupancy:
    """Planned posts (not Arsip) from ``start`` up to, not including, ``end``."""
    occupancy = Occupancy()
    for post in store.search.scheduled_between(dt.datetime.combine(start, dt.time()),
                                        dt.datetime.combine(end, dt.time())):
        if post.at is not None:
            occupancy.add(post.at, post.channels)
    return occupancy


@dataclass(frozen=True, slots=True)
class Scheduled:
    post_id: int
    at: dt.datetime | None
    problem: str = ""


def auto_schedule(store: QueueStore, post_ids: Sequence[int] | None = None, *, plan: Plan,
                  now: dt.datetime | None = None) -> list[Scheduled]:
    """"Jadwalkan otomatis": put each post into the next free slot of its channels.

    Without ``post_ids``: every unscheduled Draf/Perlu revisi/Siap post, oldest first.
    A post that cannot be placed keeps no schedule and its ``problem`` says why.
    """
    now = (now or plan.now()).replace(second=0, microsecond=0)
    occupancy = load_occupancy(store, now.date(), now.date() + dt.timedelta(days=SEARCH_DAYS + 1))
    if post_ids is None:
        targets = [(p.id, p.channels) for p in store.search.unscheduled(statuses=SCHEDULABLE)]
    else:
        targets = []
        for post in store.posts.get_many(post_ids):  # a post moved by hand first frees its own slot
            if post.draft.scheduled_at is not None and post.status is not Status.ARCHIVED:
                occupancy.remove(post.draft.scheduled_at, post.draft.channels)
            targets.append((post.id, post.draft.channels))
    done = []
    for post_id, channels in targets:
        try:
            at = plan.next_free_slot(channels, after=now, occupancy=occupancy)
        except ScheduleError as exc:
            done.append(Scheduled(post_id, None, str(exc)))
            continue
        store.posts.set_schedule(post_id, at)
        occupancy.add(at, channels)
        done.append(Scheduled(post_id, at))
    return done
