"""The monthly report ("Laporan bulanan", issue 17) for the head of office and Diskominfo: what
was planned, exported and published each day against the daily target, per channel, per
bidang and per topic, the share of leadership ceremony, the findings the checks caught before
publishing and how many were fixed, and the gaps. Numbers only: the files are written by
:mod:`core.publish.report_files`, the PDF's charts are drawn on the Qt side (ui/report_pdf.py).

The same numbers travel as long rows (:func:`report_rows`: section, key, measure, value), from
which :func:`report_from_rows` rebuilds the report: that is how the reports of several OPDs are
merged into one regency report (:func:`merge_reports`) without any server.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from core.app.progress import NO_PROGRESS, Progress
from core.app.settings import Settings
from core.check.ceremony import classify_ceremony
from core.check.informativeness import InformativenessChecker
from core.errors import SaringError
from core.store.activity import ActivityRow, FindingTally
from core.store.models import Status
from core.store.queue import QueueStore

CEREMONY_TOPIC = "seremoni pimpinan"
OTHER_TOPIC = "informasi lainnya"
NO_BIDANG = "(tanpa bidang)"

# The report's finding groups (the categories), in the order they are shown; the
# language categories are one group: the head of office asks "how many language slips", not
# which checker found them.
FINDING_GROUPS: dict[str, str] = {
    "neutrality": "Netralitas ASN",
    "hoax": "Hoaks",
    "fraud": "Penipuan",
    "provocation": "Provokasi",
    "source": "Sumber",
    "language": "Bahasa",
    "informasi": "Informasi publik",
    "platform": "Aturan platform",
}
_GROUP_OF = {"spelling": "language", "standard": "language", "orthography": "language",
             "grammar": "language"}
_MONTH_RE = re.compile(r"(\d{4})-(\d{2})")
MONTH_NAMES = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
               "September", "Oktober", "November", "Desember")


class ReportError(SaringError, ValueError):
    """A month that cannot be read, or report rows that do not make a report; the message
    says what is wrong, in Indonesian."""


@dataclass(frozen=True, slots=True, order=True)
class Month:
    year: int
    month: int

    @classmethod
    def parse(cls, text: str) -> Month:
        """``YYYY-MM``; raises :class:`ReportError`."""
        match = _MONTH_RE.fullmatch(text.strip())
        if not match or not 1 <= int(match.group(2)) <= 12 or not 1 <= int(match.group(1)) <= 9999:
            raise ReportError(f"Bulan '{text.strip()[:20]}' tidak dikenal; tulis TTTT-BB, "
                              "misalnya 2026-11.")
        return cls(int(match.group(1)), int(match.group(2)))

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month, 1)

    @property
    def end(self) -> dt.date:
        """The first day after the month."""
        return (self.first_day + dt.timedelta(days=31)).replace(day=1)

    @property
    def days(self) -> int:
        return calendar.monthrange(self.year, self.month)[1]

    @property
    def label(self) -> str:
        return f"{MONTH_NAMES[self.month - 1]} {self.year}"

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


@dataclass(frozen=True, slots=True)
class Counts:
    """Posts planned in a period, those exported to a posting tool and those published."""

    planned: int = 0
    exported: int = 0
    published: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.planned + other.planned, self.exported + other.exported,
                      self.published + other.published)


@dataclass(frozen=True, slots=True)
class Line:
    """One row of a table: its key (a day, a channel, a bidang, a topic), the counts and the
    target for the month or the day (0: none set)."""

    key: str
    counts: Counts
    target: int = 0

    @property
    def short(self) -> int:
        """How many posts are missing to reach the target."""
        return max(0, self.target - self.counts.planned)


@dataclass(frozen=True, slots=True)
class FindingLine:
    group: str  # a key of FINDING_GROUPS
    caught: int
    fixed: int
    ignored: int

    @property
    def label(self) -> str:
        return FINDING_GROUPS.get(self.group, self.group)

    @property
    def open(self) -> int:
        return self.caught - self.fixed - self.ignored


@dataclass(frozen=True, slots=True)
class MonthReport:
    """The report of one OPD for one month. ``daily_target``: posts a day the office aims at
    (the largest of its channels' daily targets: one post usually goes to several channels)."""

    opd: str
    month: Month
    daily_target: int
    days: tuple[Line, ...]  # every day of the month, key "YYYY-MM-DD"
    channels: tuple[Line, ...]  # target: the channel's daily target × the days of the month
    bidang: tuple[Line, ...]  # empty when the office has no bidang yet
    topics: tuple[Line, ...]
    ceremony: int  # planned posts whose subject is leadership ceremony
    findings: tuple[FindingLine, ...]

    @property
    def total(self) -> Counts:
        return sum((d.counts for d in self.days), Counts())

    @property
    def ceremony_share(self) -> float:
        planned = self.total.planned
        return self.ceremony / planned if planned else 0.0

    @property
    def days_under_target(self) -> tuple[Line, ...]:
        return tuple(d for d in self.days if d.short)

    @property
    def channels_under_target(self) -> tuple[Line, ...]:
        return tuple(c for c in self.channels if c.short)

    @property
    def bidang_without_posts(self) -> tuple[str, ...]:
        return tuple(b.key for b in self.bidang if b.counts.planned == 0 and b.key != NO_BIDANG)

    @property
    def caught(self) -> int:
        return sum(f.caught for f in self.findings)

    @property
    def fixed(self) -> int:
        return sum(f.fixed for f in self.findings)


# -- building ---------------------------------------------------------------------------------

def build_report(store: QueueStore, month: Month, *, opd: str,
                 daily_targets: Mapping[str, int], bidang: Sequence[str] = (),
                 bidang_targets: Mapping[str, int] | None = None,
                 progress: Progress = NO_PROGRESS) -> MonthReport:
    """The report of ``month`` from the store. ``daily_targets``: posts a day per channel
    value (the settings); ``bidang``: the office's fields in order (the posts carry theirs),
    ``bidang_targets``: posts a week per field (the month's target is weeks × that).
    ``progress`` counts the posts read; a cancel raises
    :class:`~core.app.progress.Cancelled` (a report writes nothing, so nothing is left)."""
    progress.check()
    rows = store.activity.planned(month.first_day, month.end)
    progress.check()
    return compose_report(rows, store.activity.findings(month.first_day, month.end), month,
                          opd=opd, daily_targets=daily_targets, bidang=bidang,
                          bidang_targets=bidang_targets or {}, progress=progress)


def office_report(store: QueueStore, month: Month, settings: Settings, *,
                  progress: Progress = NO_PROGRESS) -> MonthReport:
    """The office's report of ``month`` with its name and targets from the settings."""
    return build_report(store, month, opd=settings.opd_name.strip(),
                        daily_targets={c.value: n for c, n in settings.daily_targets.items()
                                       if c in settings.channels},
                        bidang=[b.name for b in settings.bidang],
                        bidang_targets={b.name: b.weekly_target for b in settings.bidang},
                        progress=progress)


def office_report_at(path: Path, month: Month, settings: Settings, *,
                     progress: Progress = NO_PROGRESS) -> MonthReport:
    """:func:`office_report` over its own read-only connection to the database at ``path``:
    for a worker thread (a store belongs to the thread that opened it)."""
    store = QueueStore(path, read_only=True)
    try:
        return office_report(store, month, settings, progress=progress)
    finally:
        store.close()


PROGRESS_EVERY = 256  # posts between two progress calls (each call reads the clock)


def compose_report(rows: Sequence[ActivityRow], tallies: Iterable[FindingTally], month: Month, *,
                   opd: str, daily_targets: Mapping[str, int], bidang: Sequence[str] = (),
                   bidang_targets: Mapping[str, int] | None = None,
                   progress: Progress = NO_PROGRESS) -> MonthReport:
    """The report from rows already read (see :func:`build_report`)."""
    targets = {c: n for c, n in daily_targets.items() if n > 0}
    daily_target = max(targets.values(), default=0)
    by_day: dict[dt.date, Counter[str]] = {}
    by_channel: dict[str, Counter[str]] = {c: Counter() for c in targets}
    by_bidang: dict[str, Counter[str]] = {b: Counter() for b in bidang}
    by_topic: dict[str, Counter[str]] = {}
    ceremony = 0
    topic_of = _Topics()
    total = len(rows)
    for number, row in enumerate(rows):
        if number % PROGRESS_EVERY == 0:
            progress(number, total)
        marks = _marks(row)
        by_day.setdefault(row.day, Counter()).update(marks)
        for channel in row.channels:
            by_channel.setdefault(channel, Counter()).update(marks)
        for name in row.bidang or ((NO_BIDANG,) if bidang else ()):
            by_bidang.setdefault(name, Counter()).update(marks)
        topic = topic_of(row.text)
        ceremony += topic == CEREMONY_TOPIC
        by_topic.setdefault(topic, Counter()).update(marks)
    progress(total, total)
    weeks = month.days / 7
    days = tuple(Line(d.isoformat(), _counts(by_day.get(d, Counter())), daily_target)
                 for d in (month.first_day + dt.timedelta(days=i) for i in range(month.days)))
    channels = tuple(Line(c, _counts(n), targets.get(c, 0) * month.days)
                     for c, n in by_channel.items())
    fields = tuple(Line(b, _counts(n), round((bidang_targets or {}).get(b, 0) * weeks))
                   for b, n in by_bidang.items())
    topics = tuple(sorted((Line(t, _counts(n)) for t, n in by_topic.items()),
                          key=lambda line: (-line.counts.planned, line.key)))
    return MonthReport(opd=opd, month=month, daily_target=daily_target, days=days,
                       channels=channels, bidang=fields, topics=topics, ceremony=ceremony,
                       findings=finding_lines(tallies))


def finding_lines(tallies: Iterable[FindingTally]) -> tuple[FindingLine, ...]:
    """The store's per-category tallies in the report's groups, every group shown."""
    sums: dict[str, list[int]] = {g: [0, 0, 0] for g in FINDING_GROUPS}
    for t in tallies:
        group = _GROUP_OF.get(t.category, t.category)
        total = sums.setdefault(group, [0, 0, 0])
        total[0] += t.caught
        total[1] += t.fixed
        total[2] += t.ignored
    return tuple(FindingLine(g, *n) for g, n in sums.items())


def _marks(row: ActivityRow) -> tuple[str, ...]:
    marks = ["planned"]
    if row.exported:
        marks.append("exported")
    if row.status is Status.PUBLISHED:
        marks.append("published")
    return tuple(marks)


def _counts(counter: Counter[str]) -> Counts:
    return Counts(counter["planned"], counter["exported"], counter["published"])


class _Topics:
    """A post's topic: leadership ceremony, the kind of public announcement it makes
    (vaksinasi, bantuan, pendaftaran, layanan, perubahan jadwal, pembangunan: the informasi
    rules' kinds), or other information."""

    def __init__(self) -> None:
        self._checker: InformativenessChecker | None = None

    def __call__(self, text: str) -> str:
        if classify_ceremony(text).is_ceremony:
            return CEREMONY_TOPIC
        if self._checker is None:
            self._checker = InformativenessChecker.from_resources()
        return self._checker.kind_of(text, not_ceremony=True) or OTHER_TOPIC


# -- long rows (CSV, the xlsx's data sheet, merging) -------------------------------------------

ROW_HEADER = ("opd", "bulan", "bagian", "kunci", "ukuran", "nilai")
MAX_KEYS = 1000  # keys a section of one OPD's report may have (a month has 31 days)
_SECTIONS = {"hari": "days", "saluran": "channels", "bidang": "bidang", "topik": "topics"}
_MEASURES = ("direncanakan", "diekspor", "terbit", "target")
_FINDING_MEASURES = ("tertangkap", "diperbaiki", "diabaikan")


def report_rows(report: MonthReport) -> list[tuple[str, str, str, str, str, int]]:
    """The report as long rows ``(opd, month, section, key, measure, value)``: every number
    once, readable by a program and by a person (:func:`report_from_rows` reads them back)."""
    head = (report.opd, str(report.month))
    rows = [(*head, "ringkasan", "semua", "target_harian", report.daily_target),
            (*head, "ringkasan", "semua", "seremoni", report.ceremony)]
    for section, attribute in _SECTIONS.items():
        for line in getattr(report, attribute):
            c = line.counts
            for measure, value in zip(_MEASURES, (c.planned, c.exported, c.published, line.target),
                                      strict=True):
                rows.append((*head, section, line.key, measure, value))
    for f in report.findings:
        for measure, value in zip(_FINDING_MEASURES, (f.caught, f.fixed, f.ignored), strict=True):
            rows.append((*head, "temuan", f.group, measure, value))
    return rows


def report_from_rows(rows: Iterable[Sequence[object]], *, where: str = "") -> list[MonthReport]:
    """The reports held in long rows (one per OPD and month, in the order first met); raises
    :class:`ReportError` naming ``where`` and the row when a row is not a report row."""
    found: dict[tuple[str, str], dict[str, dict[str, dict[str, int]]]] = {}
    for n, row in enumerate(rows, 1):
        if len(row) < len(ROW_HEADER) or all(str(v or "").strip() == "" for v in row):
            if any(str(v or "").strip() for v in row):
                raise ReportError(f"{where} baris {n}: kurang kolom; yang diharapkan: "
                                  f"{', '.join(ROW_HEADER)}.")
            continue
        opd, month, section, key, measure, value = (str(v if v is not None else "").strip()
                                                    for v in row[:6])
        if (opd, month, section) == ROW_HEADER[:3]:
            continue  # a header row
        if section not in (*_SECTIONS, "ringkasan", "temuan"):
            raise ReportError(f"{where} baris {n}: bagian '{section[:30]}' tidak dikenal.")
        try:
            number = int(float(value))
        except ValueError:
            raise ReportError(f"{where} baris {n}: nilai '{value[:30]}' bukan angka.") from None
        parsed = Month.parse(month)
        if section == "hari" and not key.startswith(f"{parsed}-"):
            raise ReportError(f"{where} baris {n}: hari '{key[:20]}' bukan tanggal bulan {parsed}.")
        keys = found.setdefault((opd, month), {}).setdefault(section, {})
        if key not in keys and len(keys) >= MAX_KEYS:
            raise ReportError(f"{where} baris {n}: lebih dari {MAX_KEYS} baris '{section}' untuk satu "
                              "OPD; bukan laporan bulanan Saring.")
        keys.setdefault(key, {})[measure] = number
    return [_report_of(opd, Month.parse(month), parts) for (opd, month), parts in found.items()]


def _report_of(opd: str, month: Month, parts: dict[str, dict[str, dict[str, int]]]) -> MonthReport:
    def lines(section: str) -> tuple[Line, ...]:
        return tuple(Line(key, Counts(m.get("direncanakan", 0), m.get("diekspor", 0),
                                      m.get("terbit", 0)), m.get("target", 0))
                     for key, m in parts.get(section, {}).items())

    summary = parts.get("ringkasan", {}).get("semua", {})
    findings = tuple(FindingLine(g, m.get("tertangkap", 0), m.get("diperbaiki", 0),
                                 m.get("diabaikan", 0))
                     for g, m in parts.get("temuan", {}).items())
    return MonthReport(opd=opd, month=month, daily_target=summary.get("target_harian", 0),
                       days=lines("hari"), channels=lines("saluran"), bidang=lines("bidang"),
                       topics=lines("topik"), ceremony=summary.get("seremoni", 0),
                       findings=findings)


# -- across OPDs --------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class RegencyReport:
    """The reports of several OPDs for one month, side by side, and their sums."""

    month: Month
    offices: tuple[MonthReport, ...]

    @property
    def total(self) -> Counts:
        return sum((o.total for o in self.offices), Counts())

    @property
    def ceremony_share(self) -> float:
        planned = self.total.planned
        return sum(o.ceremony for o in self.offices) / planned if planned else 0.0

    @property
    def findings(self) -> tuple[FindingLine, ...]:
        return finding_lines(FindingTally(f.group, f.caught, f.fixed, f.ignored)
                             for office in self.offices for f in office.findings)

    @property
    def topics(self) -> tuple[Line, ...]:
        sums: dict[str, Counts] = {}
        for office in self.offices:
            for t in office.topics:
                sums[t.key] = sums.get(t.key, Counts()) + t.counts
        return tuple(sorted((Line(k, c) for k, c in sums.items()),
                            key=lambda line: (-line.counts.planned, line.key)))


def merge_reports(reports: Iterable[MonthReport]) -> RegencyReport:
    """One regency report from the OPDs' reports of the same month. Two reports of the same
    OPD (sent twice) are one: the later one counts. Raises :class:`ReportError` for reports of
    different months or none at all."""
    by_office: dict[str, MonthReport] = {}
    for report in reports:
        by_office[report.opd.strip().casefold() or f"#{len(by_office) + 1}"] = report
    months = sorted({r.month for r in by_office.values()})
    if not months:
        raise ReportError("Tidak ada laporan untuk digabungkan.")
    if len(months) > 1:
        raise ReportError("Laporan yang digabungkan harus dari bulan yang sama; yang ada: "
                          + ", ".join(str(m) for m in months) + ".")
    offices = tuple(sorted(by_office.values(), key=lambda r: r.opd.casefold()))
    return RegencyReport(month=months[0], offices=offices)
