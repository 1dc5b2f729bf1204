"""Indonesia's three time zones, the office's zone, and the zone a posting tool reads times in.

A post's planned time is stored as the office's wall-clock time (naive "YYYY-MM-DD HH:MM"):
a WITA office plans 09:00 WITA. Indonesia keeps no daylight saving, so each zone is a fixed
offset from UTC (UU/Keppres 41/1987: WIB UTC+7, WITA UTC+8, WIT UTC+9).

Posting tools have no time-zone column in their CSV files: each reads the times in the zone
set for the account, brand or channel in the tool (export-formats.md, "Timezone"). The export
therefore writes times in the zone the office says its tool profiles use (``tool``; by default
the office's own) and the export report names it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum


class Zone(StrEnum):
    WIB = "WIB"
    WITA = "WITA"
    WIT = "WIT"

    @property
    def hours(self) -> int:
        return _HOURS[self]

    @property
    def tz(self) -> dt.timezone:
        return dt.timezone(dt.timedelta(hours=self.hours), self.value)

    @property
    def iana(self) -> str:
        """The name posting tools list it under (their time-zone pickers use IANA names)."""
        return _IANA[self]

    @property
    def label(self) -> str:
        """``WITA (UTC+8)``."""
        return f"{self.value} (UTC+{self.hours})"

    @property
    def regions(self) -> str:
        return _REGIONS[self]


_HOURS = {Zone.WIB: 7, Zone.WITA: 8, Zone.WIT: 9}
_IANA = {Zone.WIB: "Asia/Jakarta", Zone.WITA: "Asia/Makassar", Zone.WIT: "Asia/Jayapura"}
_REGIONS = {
    Zone.WIB: "Sumatra, Jawa, Kalimantan Barat dan Tengah",
    Zone.WITA: "Bali, Nusa Tenggara, Kalimantan Selatan, Timur dan Utara, Sulawesi",
    Zone.WIT: "Maluku dan Papua",
}


def parse_zone(value: str) -> Zone | None:
    """``"wita"``, ``"WITA"``, ``"Asia/Makassar"``, ``"+8"`` → :attr:`Zone.WITA`; "" or an unknown
    value → None (the caller falls back to the PC's zone)."""
    key = value.strip()
    for zone in Zone:
        if key.upper() == zone.value or key == zone.iana or key in (f"+{zone.hours}", f"UTC+{zone.hours}"):
            return zone
    return None


def pc_zone(offset: dt.timedelta | None = None) -> Zone:
    """The zone of this PC's clock (its UTC offset now); WIB when the offset is none of the three
    (a PC set to UTC or abroad: most offices are in WIB)."""
    if offset is None:
        offset = dt.datetime.now().astimezone().utcoffset() or dt.timedelta(0)
    for zone in Zone:
        if offset == dt.timedelta(hours=zone.hours):
            return zone
    return Zone.WIB


def now_in(zone: Zone) -> dt.datetime:
    """The wall-clock time in ``zone`` now (naive, to the minute's precision the queue uses)."""
    return dt.datetime.now(zone.tz).replace(tzinfo=None)


@dataclass(frozen=True, slots=True)
class ExportZones:
    """The office's zone (the queue's times) and the zone the posting tool reads times in."""

    office: Zone
    tool: Zone

    @property
    def shift(self) -> dt.timedelta:
        """What to add to an office time to write it as the tool's time."""
        return dt.timedelta(hours=self.tool.hours - self.office.hours)

    def now(self) -> dt.datetime:
        """The office's wall-clock time now."""
        return now_in(self.office)
