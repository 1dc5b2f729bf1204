from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from core.app.settings import Settings
from core.check.checker import Checker
from core.check.packs import (
    OfficeList,
    PackError,
    import_pack,
    installed_pack_paths,
    list_packs,
    office_pack_text,
    read_office_pack,
    remove_pack,
    save_office_pack,
    set_enabled,
    settings_campaign,
    shipped_pack_paths,
)
from core.check.rules import Campaign, RuleFileError, load_pack
from core.check.rules.matcher import check_pack

PACK = '''[pack]
id = "lokal"
name = "Lokal"
version = "{version}"
[[rule]]
id = "lokal.nama"
category = "neutrality"
severity = "error"
message = "“{{text}}” calon."
terms = ["Enos-Yudha"]
'''


def _write(tmp_path: Path, version: str = "1", name: str = "lokal.toml") -> Path:
    path = tmp_path / name
    path.write_text(PACK.format(version=version), encoding="utf-8")
    return path


def test_import_copies_by_id_and_replaces_older_version(tmp_path: Path) -> None:
    folder = tmp_path / "packs"
    info = import_pack(_write(tmp_path, name="apa-saja.toml"), directory=folder)
    assert (info.id, info.builtin, info.enabled, info.rules) == ("lokal", False, True, 1)
    assert installed_pack_paths(folder) == [folder / "lokal.toml"]
    import_pack(_write(tmp_path, "2"), directory=folder)
    assert load_pack(folder / "lokal.toml").version == "2"
    assert len(installed_pack_paths(folder)) == 1


def test_import_refuses_bad_pack_and_shipped_id(tmp_path: Path) -> None:
    folder = tmp_path / "packs"
    bad = tmp_path / "bad.toml"
    bad.write_text(PACK.format(version="1").replace('terms = ["Enos-Yudha"]', 'terms = ["("]\nwindow = -1'),
                   encoding="utf-8")
    with pytest.raises(RuleFileError, match="window"):
        import_pack(bad, directory=folder)
    clash = tmp_path / "baku.toml"
    clash.write_text(PACK.format(version="1").replace('id = "lokal"', 'id = "baku"'), encoding="utf-8")
    with pytest.raises(PackError, match="bawaan"):
        import_pack(clash, directory=folder)
    assert installed_pack_paths(folder) == []


def test_list_marks_shipped_installed_and_disabled(tmp_path: Path) -> None:
    folder = tmp_path / "packs"
    import_pack(_write(tmp_path), directory=folder)
    infos = list_packs(settings=Settings(disabled_packs=("hoaks", "lokal")), directory=folder)
    by_id = {i.id: i for i in infos}
    assert by_id["baku"].builtin and by_id["baku"].enabled
    assert not by_id["hoaks"].enabled
    assert not by_id["lokal"].builtin and not by_id["lokal"].enabled
    assert infos[-1].id == "lokal"  # shipped first


def test_remove(tmp_path: Path) -> None:
    folder = tmp_path / "packs"
    import_pack(_write(tmp_path), directory=folder)
    assert remove_pack("lokal", directory=folder) == folder / "lokal.toml"
    assert installed_pack_paths(folder) == []
    with pytest.raises(PackError, match="Tidak ada paket"):
        remove_pack("lokal", directory=folder)
    with pytest.raises(PackError, match="bawaan"):
        remove_pack("kampanye", directory=folder)


def test_set_enabled_and_settings_campaign() -> None:
    settings = set_enabled(Settings(), "hoaks", False)
    assert settings.disabled_packs == ("hoaks",)
    assert set_enabled(settings, "hoaks", True).disabled_packs == ()
    assert settings_campaign(Settings()) is None
    assert settings_campaign(Settings(campaign_start=dt.date(2029, 1, 2))) is None
    jan1, jan2, feb1 = dt.date(2029, 1, 1), dt.date(2029, 1, 2), dt.date(2029, 2, 1)
    assert settings_campaign(Settings(campaign_start=jan2, campaign_end=jan1)) is None
    assert settings_campaign(Settings(campaign_start=jan1, campaign_end=feb1)) == Campaign(jan1, feb1)


def test_office_list_round_trip_and_matching(tmp_path: Path) -> None:
    office = OfficeList(pack_id="okut-2024", name='Calon "OKU" Timur',
                        candidates=("Lanosin", " ", "Lanosin"),
                        acronyms=("Enos-Yudha",), hashtags=("OKUTHebat01", "#Fery02"),
                        campaign_start=dt.date(2024, 9, 25), campaign_end=dt.date(2024, 11, 23),
                        source="KPU Kabupaten")
    pack = save_office_pack(office, tmp_path / "okut.toml")
    assert pack.id == "okut-2024" and pack.name == 'Calon "OKU" Timur'
    text = "Dukung enos yudha! #OKUTHebat01 #OKUTHebat012 Lanosin"
    found = {(f.rule_id, f.actual) for f in check_pack(pack, text, on_date=dt.date(2024, 10, 1))}
    assert found == {("okut-2024.singkatan-pasangan", "enos yudha"), ("okut-2024.tagar", "#OKUTHebat01"),
                     ("okut-2024.nama-calon", "Lanosin")}
    back = read_office_pack(tmp_path / "okut.toml")
    assert back.candidates == ("Lanosin",) and back.hashtags == ("#OKUTHebat01", "#Fery02")
    assert (back.campaign_start, back.campaign_end, back.source) == (
        dt.date(2024, 9, 25), dt.date(2024, 11, 23), "KPU Kabupaten")


@pytest.mark.parametrize(("office", "match"), [
    (OfficeList(pack_id="a b", name="x", candidates=("y",)), "Id paket"),
    (OfficeList(pack_id="ab", name=" ", candidates=("y",)), "Nama paket"),
    (OfficeList(pack_id="ab", name="x"), "sedikitnya satu"),
    (OfficeList(pack_id="ab", name="x", candidates=("y",), campaign_start=dt.date(2024, 2, 1),
                campaign_end=dt.date(2024, 1, 1)), "sebelum"),
])
def test_office_list_refusals(office: OfficeList, match: str) -> None:
    with pytest.raises(PackError, match=match):
        office_pack_text(office)


def test_office_names_are_targets_of_the_act_grammar(tmp_path: Path) -> None:
    """A call to vote for a name on the office list is an error on any date; the bare name
    stays a campaign-period error (a warning outside it)."""
    from core.check.checker import Checker, default_pack_paths
    from core.check.findings import Severity
    from core.check.rules import load_pack

    office = OfficeList(pack_id="okut-2024", name="Calon OKU Timur", candidates=("Sukarta",),
                        campaign_start=dt.date(2024, 9, 25), campaign_end=dt.date(2024, 11, 23))
    pack = save_office_pack(office, tmp_path / "okut.toml")
    assert [w.name for w in pack.words] == ["calon-nama"]
    checker = Checker(speller=None, packs=[*map(load_pack, default_pack_paths()), pack])
    day = dt.date(2026, 3, 1)
    found = {(f.rule_id, f.severity) for f in checker.check("Ayo dukung Sukarta!", on_date=day).findings}
    assert found == {("netralitas.ajakan-memilih", Severity.ERROR)}  # the name's warning is inside it
    found = {(f.rule_id, f.severity) for f in checker.check("Sukarta hadir di pasar.", on_date=day).findings
             if f.category.value == "neutrality"}
    assert found == {("okut-2024.nama-calon", Severity.WARNING)}


def test_a_shipped_pack_in_two_files_is_one_pack(tmp_path: Path) -> None:
    """penipuan.toml and penipuan2.toml share the id "penipuan" (one file would pass RE2's
    size limit): one row with every rule, and switching it off switches off both files."""
    infos = list_packs(settings=Settings(disabled_packs=("penipuan",)), directory=tmp_path)
    fraud = [i for i in infos if i.id == "penipuan"]
    parts = [load_pack(p, verify=False) for p in shipped_pack_paths() if p.stem.startswith("penipuan")]
    assert len(fraud) == 1 and len(parts) == 2
    assert (fraud[0].path, *fraud[0].more_paths) == tuple(p.path for p in parts)
    assert fraud[0].rules == sum(len(p.rules) for p in parts) and not fraud[0].enabled
    text = "Siapkan uang pelicin 15 juta supaya anak Bapak lulus tanpa tes."  # a penipuan2.toml rule
    second = {r.id for r in parts[1].rules}
    fired = {f.rule_id for f in Checker.from_resources().check(text).findings}
    assert fired & second
    off = {f.rule_id for f in Checker.from_resources(disabled=("penipuan",)).check(text).findings}
    assert not off & {r.id for part in parts for r in part.rules}
