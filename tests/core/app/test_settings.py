from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from core.app.bidang import Bidang
from core.app.settings import Settings, SettingsError, TimeSlot, load_settings, save_settings
from core.publish.channels import Channel


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    assert load_settings(tmp_path / "none.json") == Settings()


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings = Settings(
        user_name="Rina", opd_name="Diskominfo OKU Timur", language="en",
        channels=(Channel.X, Channel.INSTAGRAM), daily_targets={Channel.FACEBOOK: 3},
        time_slots=(TimeSlot(0, "08:00"), TimeSlot(4, "16:00")),
        campaign_start=dt.date(2024, 9, 25), campaign_end=dt.date(2024, 11, 23),
        languagetool_server="http://localhost:8081", disabled_packs=("baku",), backup_keep=3,
        language_advice=True,
        first_start_done=True,
        bidang=(Bidang("Sekretariat", 1), Bidang("Bidang Informasi dan Komunikasi Publik", 3)),
        bidang_gap_days=10,
    )
    save_settings(settings, path)
    assert load_settings(path) == settings
    assert not list(tmp_path.glob(".settings.*"))


def test_damaged_file_is_kept_aside(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{ rusak", encoding="utf-8")
    assert load_settings(path) == Settings()
    assert (tmp_path / "settings.json.rusak").read_text(encoding="utf-8") == "{ rusak"


def test_unwritable_location_raises(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(SettingsError):
        save_settings(Settings(), blocker / "settings.json")


def test_media_base_url_round_trip_and_check(tmp_path) -> None:
    from core.app.settings import Settings, load_settings, media_base_url_problem, save_settings

    path = tmp_path / "settings.json"
    save_settings(Settings(media_base_url="https://diskominfo.okutimurkab.go.id/media/"), path)
    assert load_settings(path).media_base_url == "https://diskominfo.okutimurkab.go.id/media/"
    assert media_base_url_problem("") == ""
    assert media_base_url_problem("https://diskominfo.okutimurkab.go.id/media/") == ""
    for bad in ("diskominfo.go.id/media", "ftp://x.go.id/", "https://localhost/", "https://a b.id/"):
        assert "alamat web lengkap" in media_base_url_problem(bad)


def test_a_fresh_install_can_schedule_at_once(tmp_path: Path) -> None:
    from core.publish.schedule import Occupancy, Plan

    fresh = load_settings(tmp_path / "none.json")
    assert {s.time for s in fresh.time_slots} == {"08:00", "12:00", "16:00", "19:00"}
    assert {s.weekday for s in fresh.time_slots} == set(range(7))
    assert fresh.daily_targets == {Channel.FACEBOOK: 2, Channel.INSTAGRAM: 2}
    plan = Plan.from_settings(fresh)
    after = dt.datetime(2026, 12, 7, 9, 30)  # a Monday, after the first slot
    assert plan.next_free_slot([Channel.FACEBOOK], after=after, occupancy=Occupancy()) == \
        dt.datetime(2026, 12, 7, 12, 0)


def test_slots_the_user_removed_stay_removed(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    save_settings(Settings(time_slots=(), daily_targets={}), path)
    assert load_settings(path).time_slots == () and load_settings(path).daily_targets == {}


def test_a_settings_file_from_before_bidang_gets_its_types_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"user_name": "Rina", "opd_name": "Dinas Kesehatan OKU Timur"}),
                    encoding="utf-8")
    settings = load_settings(path)
    assert settings.user_name == "Rina" and settings.bidang_gap_days == 14
    assert [b.name for b in settings.bidang][:3] == [
        "Sekretariat", "Bidang Kesehatan Masyarakat", "Bidang Pencegahan dan Pengendalian Penyakit"]
    assert {b.weekly_target for b in settings.bidang} == {1}
    path.write_text(json.dumps({"opd_name": "Kantor Lain"}), encoding="utf-8")
    assert load_settings(path).bidang == (Bidang("Sekretariat", 1),)


def test_a_bad_bidang_entry_is_left_out_not_the_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"user_name": "Rina", "bidang": [
        {"name": "Sekretariat", "weekly_target": 2}, {"name": "  "}, {"name": "sekretariat"},
        {"name": "Bidang A", "weekly_target": 99}, {"name": "Bidang B"}]}), encoding="utf-8")
    settings = load_settings(path)
    assert settings.user_name == "Rina"
    assert settings.bidang == (Bidang("Sekretariat", 2), Bidang("Bidang B", 1))
    assert not (tmp_path / "settings.json.rusak").exists()
    assert load_settings(path).bidang == settings.bidang  # an emptied list stays empty too
def test_the_office_zone_and_the_tool_zone_round_trip(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from core.app.settings import Settings, load_settings, save_settings
    from core.app.zones import Zone, pc_zone

    path = tmp_path / "settings.json"
    assert load_settings(path).zone is pc_zone()  # nothing chosen: this PC's zone
    save_settings(Settings(time_zone="WITA", tool_time_zone="WIB"), path)
    loaded = load_settings(path)
    assert loaded.zone is Zone.WITA and loaded.export_zones.tool is Zone.WIB
    save_settings(Settings(time_zone="WIT"), path)
    assert load_settings(path).export_zones.tool is Zone.WIT  # the tool follows the office


def test_an_empty_slot_list_from_an_earlier_version_gets_the_default_slots(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    from core.app.settings import DEFAULT_TIME_SLOTS, Settings, load_settings, save_settings

    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"user_name": "Rina", "time_slots": []}), encoding="utf-8")
    assert load_settings(path).time_slots == DEFAULT_TIME_SLOTS
    save_settings(Settings(time_slots=()), path)  # emptied on purpose in this version: kept
    assert load_settings(path).time_slots == ()
