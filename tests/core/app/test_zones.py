"""Indonesia's time zones: the office's, the PC's, and the shift to a posting tool's zone."""

from __future__ import annotations

import datetime as dt

import pytest

from core.app.zones import ExportZones, Zone, now_in, parse_zone, pc_zone


@pytest.mark.parametrize(("hours", "zone"), [(7, Zone.WIB), (8, Zone.WITA), (9, Zone.WIT),
                                             (0, Zone.WIB), (-5, Zone.WIB)])
def test_the_pc_offset_gives_the_zone_or_wib(hours: int, zone: Zone) -> None:
    assert pc_zone(dt.timedelta(hours=hours)) is zone


@pytest.mark.parametrize(("text", "zone"), [("wita", Zone.WITA), ("WIT", Zone.WIT),
                                            ("Asia/Jakarta", Zone.WIB), ("UTC+8", Zone.WITA),
                                            ("", None), ("EST", None)])
def test_zone_names(text: str, zone: Zone | None) -> None:
    assert parse_zone(text) is zone


def test_the_shift_to_the_tool_and_the_office_clock() -> None:
    assert ExportZones(Zone.WITA, Zone.WIB).shift == dt.timedelta(hours=-1)
    assert ExportZones(Zone.WIB, Zone.WIT).shift == dt.timedelta(hours=2)
    utc = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    assert abs(now_in(Zone.WIT) - (utc + dt.timedelta(hours=9))) < dt.timedelta(minutes=1)
    assert Zone.WITA.label == "WITA (UTC+8)" and Zone.WITA.iana == "Asia/Makassar"
