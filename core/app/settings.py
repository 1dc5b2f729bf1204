"""The user's settings: one JSON file in the user data folder.

A missing file gives the defaults; a damaged file is kept aside (``settings.json.rusak``)
and the defaults are used, so a bad edit never stops the app.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.app.bidang import DEFAULT_GAP_DAYS, Bidang, BidangError, checked_list, default_bidang
from core.app.paths import user_data_dir
from core.app.zones import ExportZones, Zone, parse_zone, pc_zone
from core.errors import SaringError
from core.publish.channels import Channel


class SettingsError(SaringError, RuntimeError):
    """The settings file could not be written."""


@dataclass(frozen=True, slots=True)
class TimeSlot:
    """A weekly posting slot: ``weekday`` 0 = Monday … 6 = Sunday, ``time`` "HH:MM"."""

    weekday: int
    time: str


# A fresh install can schedule at once ("Jadwalkan otomatis"): four slots a day, every day, and
# two posts a day on each default channel; the user changes them in Pengaturan → Jadwal.
DEFAULT_SLOT_TIMES = ("08:00", "12:00", "16:00", "19:00")
DEFAULT_TIME_SLOTS = tuple(TimeSlot(day, time) for day in range(7) for time in DEFAULT_SLOT_TIMES)
DEFAULT_DAILY_TARGET = 2


def _default_targets() -> dict[Channel, int]:
    return {Channel.FACEBOOK: DEFAULT_DAILY_TARGET, Channel.INSTAGRAM: DEFAULT_DAILY_TARGET}


@dataclass(frozen=True, slots=True)
class Settings:
    user_name: str = ""
    opd_name: str = ""
    language: str = "id"  # "id" or "en"
    channels: tuple[Channel, ...] = (Channel.FACEBOOK, Channel.INSTAGRAM)
    daily_targets: dict[Channel, int] = field(default_factory=_default_targets)  # posts a day per channel
    time_slots: tuple[TimeSlot, ...] = DEFAULT_TIME_SLOTS
    campaign_start: dt.date | None = None
    campaign_end: dt.date | None = None
    languagetool_server: str = ""  # e.g. http://localhost:8081 ; empty = engine off
    languagetool_dir: str = ""  # a folder holding an unzipped LanguageTool; empty = none
    disabled_packs: tuple[str, ...] = ()  # pack ids the user switched off
    backup_keep: int = 7
    first_start_done: bool = False
    media_base_url: str = ""  # public address where the office uploads the exported images
    # Register advice (foreign words with their equivalent, tapi, a double space): EYD V does
    # not make them wrong, so they are shown only when the user asks for them.
    language_advice: bool = False
    # The office's fields with a weekly target each (issue 17); a settings file from before
    # gets the defaults of the office's type, guessed from ``opd_name``.
    bidang: tuple[Bidang, ...] = ()
    bidang_gap_days: int = DEFAULT_GAP_DAYS  # warn when a bidang had no post for this many days
    # The office's time zone ("WIB", "WITA", "WIT"; "" = this PC's zone) and the zone the posting
    # tool's profiles read times in ("" = the office's): core/app/zones.py.
    time_zone: str = ""
    tool_time_zone: str = ""

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes)

    @property
    def zone(self) -> Zone:
        """The office's zone: the one chosen, else this PC's."""
        return parse_zone(self.time_zone) or pc_zone()

    @property
    def export_zones(self) -> ExportZones:
        return ExportZones(self.zone, parse_zone(self.tool_time_zone) or self.zone)


def media_base_url_problem(value: str) -> str:
    """Why ``value`` cannot be the public address of the media folder ("" when it can, or
    when it is empty: the setting is optional)."""
    value = value.strip()
    if not value:
        return ""
    if not re.fullmatch(r"https?://[^\s/?#]+\.[^\s/?#]+(/[^\s?#]*)?", value):
        return ("Alamat publik folder media harus berupa alamat web lengkap, misalnya "
                "https://diskominfo.okutimurkab.go.id/media/")
    return ""


def settings_path() -> Path:
    return user_data_dir() / "settings.json"


def _to_json(settings: Settings) -> dict[str, Any]:
    return {
        "user_name": settings.user_name,
        "opd_name": settings.opd_name,
        "language": settings.language,
        "channels": [c.value for c in settings.channels],
        "daily_targets": {c.value: n for c, n in settings.daily_targets.items()},
        "time_slots": [{"weekday": s.weekday, "time": s.time} for s in settings.time_slots],
        "campaign_start": settings.campaign_start.isoformat() if settings.campaign_start else None,
        "campaign_end": settings.campaign_end.isoformat() if settings.campaign_end else None,
        "languagetool_server": settings.languagetool_server,
        "languagetool_dir": settings.languagetool_dir,
        "disabled_packs": list(settings.disabled_packs),
        "backup_keep": settings.backup_keep,
        "first_start_done": settings.first_start_done,
        "media_base_url": settings.media_base_url,
        "language_advice": settings.language_advice,
        "bidang": [{"name": b.name, "weekly_target": b.weekly_target} for b in settings.bidang],
        "bidang_gap_days": settings.bidang_gap_days,
        "time_zone": settings.time_zone,
        "tool_time_zone": settings.tool_time_zone,
    }


def _date(value: object) -> dt.date | None:
    return dt.date.fromisoformat(str(value)) if value else None


def _from_json(data: dict[str, Any]) -> Settings:
    defaults = Settings()
    return Settings(
        user_name=str(data.get("user_name", defaults.user_name)),
        opd_name=str(data.get("opd_name", defaults.opd_name)),
        language=str(data.get("language", defaults.language)),
        channels=tuple(Channel(c) for c in data.get("channels", [c.value for c in defaults.channels])),
        daily_targets=({Channel(c): int(n) for c, n in data["daily_targets"].items()}
                       if "daily_targets" in data else defaults.daily_targets),
        time_slots=_time_slots(data, defaults.time_slots),
        campaign_start=_date(data.get("campaign_start")),
        campaign_end=_date(data.get("campaign_end")),
        languagetool_server=str(data.get("languagetool_server", "")),
        languagetool_dir=str(data.get("languagetool_dir", "")),
        disabled_packs=tuple(str(p) for p in data.get("disabled_packs", [])),
        backup_keep=int(data.get("backup_keep", defaults.backup_keep)),
        first_start_done=bool(data.get("first_start_done", False)),
        media_base_url=str(data.get("media_base_url", "")),
        language_advice=bool(data.get("language_advice", False)),
        bidang=_bidang(data),
        bidang_gap_days=max(1, int(data.get("bidang_gap_days", defaults.bidang_gap_days))),
        time_zone=_zone_name(data.get("time_zone")),
        tool_time_zone=_zone_name(data.get("tool_time_zone")),
    )


def _bidang(data: dict[str, Any]) -> tuple[Bidang, ...]:
    """The stored list; an entry that cannot be kept (hand-edited: empty, twice, a target out
    of range) is left out instead of setting the whole file aside."""
    if "bidang" not in data:  # written before bidang existed: the defaults of the office's type
        return default_bidang(str(data.get("opd_name", "")))
    kept: list[Bidang] = []
    for entry in data["bidang"]:
        try:
            kept = list(checked_list([*kept, Bidang(str(entry["name"]),
                                                    int(entry.get("weekly_target", 1)))]))
        except BidangError:
            continue
    return tuple(kept)


def _zone_name(value: object) -> str:
    zone = parse_zone(str(value or ""))
    return zone.value if zone else ""


def _time_slots(data: dict[str, Any], defaults: tuple[TimeSlot, ...]) -> tuple[TimeSlot, ...]:
    """The stored slots; a file from a version before time zones (no "time_zone" key) with an
    empty slot list gets the default slots: those versions started with none, which left
    "Jadwalkan otomatis" a dead end. An empty list saved by this version stays empty."""
    if "time_slots" not in data:
        return defaults
    slots = tuple(TimeSlot(int(s["weekday"]), str(s["time"])) for s in data["time_slots"])
    if not slots and "time_zone" not in data:
        return defaults
    return slots


def load_settings(path: Path | None = None) -> Settings:
    path = path or settings_path()
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError:  # missing or unreadable: the defaults
        return Settings()
    try:
        data = json.loads(raw)
        if not isinstance(data, dict):
            raise ValueError("not an object")
        return _from_json(data)
    except (ValueError, TypeError, KeyError):
        with contextlib.suppress(OSError):
            path.replace(path.with_name(path.name + ".rusak"))
        return Settings()


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write atomically (temporary file, then rename); raise :class:`SettingsError`."""
    path = path or settings_path()
    tmp: Path | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, delete=False,
                                         prefix=".settings.", suffix=".tmp") as handle:
            tmp = Path(handle.name)
            json.dump(_to_json(settings), handle, ensure_ascii=False, indent=2)
        os.replace(tmp, path)
    except OSError as exc:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
        raise SettingsError(f"Pengaturan tidak dapat disimpan ke {path}: {exc.strerror or exc}") from exc
