"""Rule packs the user installs, lists, switches off and removes, and the office's own list.

Installed packs are copies kept in ``<user data>/packs/<id>.toml``; the shipped packs in
``resources/rules`` cannot be removed, only switched off (``Settings.disabled_packs``). A pack is
validated (``core.check.rules.load_pack``) before it is copied, so a bad file never lands.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import tempfile
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from core.app.paths import resource_dir, user_data_dir
from core.app.settings import Settings
from core.check.rules import Campaign, RuleFileError, RulePack, load_pack
from core.check.rules.loader import check_shapes_linear
from core.errors import SaringError


class PackError(SaringError, ValueError):
    """A pack that cannot be installed, found or removed. The message is for the user."""


@dataclass(frozen=True, slots=True)
class PackInfo:
    id: str
    name: str
    version: str
    path: Path
    builtin: bool
    enabled: bool
    rules: int
    description: str = ""
    campaign: Campaign | None = None
    more_paths: tuple[Path, ...] = ()  # a shipped pack's further files under the same id


def user_packs_dir() -> Path:
    return user_data_dir() / "packs"


def shipped_pack_paths(resources: Path | None = None) -> list[Path]:
    return sorted(((resources or resource_dir()) / "rules").glob("*.toml"))


def installed_pack_paths(directory: Path | None = None) -> list[Path]:
    folder = directory or user_packs_dir()
    return sorted(folder.glob("*.toml")) if folder.is_dir() else []


def settings_campaign(settings: Settings) -> Campaign | None:
    """The campaign period set in the settings (both dates needed, end not before start)."""
    start, end = settings.campaign_start, settings.campaign_end
    if start is None or end is None or end < start:
        return None
    return Campaign(start, end)


def list_packs(*, settings: Settings | None = None, directory: Path | None = None,
               resources: Path | None = None) -> list[PackInfo]:
    """Shipped packs, then installed ones; a broken installed file is skipped (it was valid
    when installed; ``load_pack`` names the problem if it is used). A shipped pack kept in two
    files under one id (penipuan.toml and penipuan2.toml: one file would pass RE2's size limit)
    is one pack to the user: one row, its rules counted together, switched off together."""
    off = set(settings.disabled_packs) if settings else set()
    infos: list[PackInfo] = []
    for builtin, paths in ((True, shipped_pack_paths(resources)), (False, installed_pack_paths(directory))):
        for path in paths:
            try:
                pack = load_pack(path, verify=False)
            except RuleFileError:
                continue
            info = _info(pack, builtin=builtin, enabled=pack.id not in off)
            same = next((i for i, seen in enumerate(infos) if builtin and seen.builtin
                         and seen.id == pack.id), None)
            if same is None:
                infos.append(info)
            else:
                infos[same] = replace(infos[same], rules=infos[same].rules + info.rules,
                                      more_paths=(*infos[same].more_paths, path))
    return infos


def _info(pack: RulePack, *, builtin: bool, enabled: bool) -> PackInfo:
    return PackInfo(id=pack.id, name=pack.name, version=pack.version, path=pack.path,
                    builtin=builtin, enabled=enabled, rules=len(pack.rules),
                    description=pack.description, campaign=pack.campaign)


def import_pack(source: Path, *, directory: Path | None = None,
                resources: Path | None = None) -> PackInfo:
    """Validate ``source`` (every pattern compiled on RE2, the size limits of
    :mod:`core.check.rules.loader`) and copy it in as ``<id>.toml`` (replacing an older installed
    version of the same id). Raises :class:`~core.check.rules.RuleFileError` for a bad pack and
    :class:`PackError` for an id that a shipped pack uses."""
    pack = load_pack(source)
    if not re.fullmatch(r"[\w.-]+", pack.id):
        raise PackError(f"{source}: id paket {pack.id!r} hanya boleh berisi huruf, angka, titik, "
                        "tanda hubung dan garis bawah.")
    shipped_packs = [load_pack(p, verify=False) for p in shipped_pack_paths(resources)]
    check_shapes_linear(pack, shipped_packs)  # shapes run on Python's re: none that backtracks long
    shipped = {p.id for p in shipped_packs}
    if pack.id in shipped:
        raise PackError(f"{source}: id paket {pack.id!r} sudah dipakai paket bawaan Saring. "
                        "Ganti id di bagian [pack] lalu impor lagi.")
    folder = directory or user_packs_dir()
    target = folder / f"{pack.id}.toml"
    _write_atomic(target, source.read_bytes())
    return _info(load_pack(target, verify=False), builtin=False, enabled=True)


def remove_pack(pack_id: str, *, directory: Path | None = None,
                resources: Path | None = None) -> Path:
    """Delete an installed pack; raise :class:`PackError` if there is none with that id."""
    for path in installed_pack_paths(directory):
        try:
            found = load_pack(path, verify=False).id == pack_id
        except RuleFileError:
            found = path.stem == pack_id
        if found:
            path.unlink()
            return path
    if any(load_pack(p, verify=False).id == pack_id for p in shipped_pack_paths(resources)):
        raise PackError(f"Paket {pack_id!r} adalah paket bawaan dan tidak dapat dihapus; "
                        "nonaktifkan saja lewat Kelola paket aturan.")
    raise PackError(f"Tidak ada paket terpasang dengan id {pack_id!r}. Lihat `packs list`.")


def set_enabled(settings: Settings, pack_id: str, enabled: bool) -> Settings:
    """Settings with ``pack_id`` switched on or off (save them with core.app.settings)."""
    off = [p for p in settings.disabled_packs if p != pack_id]
    if not enabled:
        off.append(pack_id)
    return settings.replace(disabled_packs=tuple(off))


def _write_atomic(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".pack.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise PackError(f"Paket tidak dapat disimpan ke {target}: {exc.strerror or exc}") from exc


# -- the office's own list ---------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class OfficeList:
    """What an office knows of its local race: candidates' names, pair acronyms, hashtags."""

    pack_id: str
    name: str
    candidates: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()
    hashtags: tuple[str, ...] = ()
    campaign_start: dt.date | None = None
    campaign_end: dt.date | None = None
    source: str = ""


def office_pack_text(office: OfficeList, *, version: str | None = None) -> str:
    """The office list as a rule pack (TOML) other offices can import. Raises
    :class:`PackError` when the list is empty or its id unusable."""
    if not re.fullmatch(r"[\w.-]+", office.pack_id):
        raise PackError("Id paket hanya boleh berisi huruf, angka, titik, tanda hubung dan garis bawah.")
    if not office.name.strip():
        raise PackError("Nama paket wajib diisi.")
    candidates = _clean(office.candidates)
    acronyms = _clean(office.acronyms)
    hashtags = [h if h.startswith("#") else "#" + h for h in _clean(office.hashtags)]
    if not (candidates or acronyms or hashtags):
        raise PackError("Isi sedikitnya satu nama calon, singkatan pasangan atau tagar.")
    q = json.dumps  # a JSON string is a valid TOML basic string
    lines = [
        "# Daftar lokal calon pilkada, dibuat dengan Saring (Kelola paket aturan → Daftar kantor).",
        "", "[pack]", f"id = {q(office.pack_id)}", f"name = {q(office.name.strip())}",
        f"version = {q(version or dt.date.today().strftime('%Y.%m.%d'))}",
        f"description = {q('Nama calon, singkatan pasangan dan tagar kampanye setempat.')}",
    ]
    if office.source.strip():
        lines.append(f"source = {q(office.source.strip())}")
    if office.campaign_start and office.campaign_end:
        if office.campaign_end < office.campaign_start:
            raise PackError("Tanggal akhir kampanye sebelum tanggal mulai.")
        lines += ["", "[campaign]", f"start = {office.campaign_start.isoformat()}",
                  f"end = {office.campaign_end.isoformat()}"]
    reference = "PP 94/2021 Pasal 5 huruf n; UU 7/2017 Pasal 280 ayat (1) huruf h"
    sections = (
        ("nama-calon", candidates, "error",
         "“{text}” adalah nama calon dalam pilkada setempat. Akun instansi tidak menampilkan atau "
         "mendukung calon: hapus, atau sebut jabatan resminya bila memberitakan pemerintah.",
         "Nama calon dari daftar kantor."),
        ("singkatan-pasangan", acronyms, "error",
         "“{text}” adalah singkatan/julukan pasangan calon setempat. Hapus dari unggahan instansi.",
         "Singkatan pasangan dari daftar kantor."),
        ("tagar", tuple(hashtags), "error",
         "Tagar “{text}” adalah tagar kampanye setempat. Hapus dari unggahan instansi.",
         "Tagar kampanye dari daftar kantor."),
    )
    for suffix, items, severity, message, reason in sections:
        if not items:
            continue
        lines += ["", "[[rule]]", f"id = {q(office.pack_id + '.' + suffix)}",
                  'category = "neutrality"', f"severity = {q(severity)}",
                  f"message = {q(message)}", f"reference = {q(reference)}", f"reason = {q(reason)}"]
        lines.append("terms = [" + ", ".join(q(t) for t in items) + "]")
    names = candidates + acronyms
    if names:
        # The same names as targets of the act grammar (netralitas.toml): "dukung <nama>",
        # "terima kasih <nama>", "#<nama>" are errors at any date, not only in the campaign.
        lines += ["", "[[words]]", 'class = "calon-nama"',
                  f"reason = {q('Nama dan singkatan calon setempat, dari daftar kantor.')}",
                  "terms = [" + ", ".join(q(t) for t in names) + "]"]
    return "\n".join(lines) + "\n"


def save_office_pack(office: OfficeList, target: Path) -> RulePack:
    """Write the office list as a pack file and read it back (so it is known to load)."""
    _write_atomic(target, office_pack_text(office).encode("utf-8"))
    return load_pack(target)


def read_office_pack(path: Path) -> OfficeList:
    """An office list back from a pack written by :func:`save_office_pack`."""
    pack = load_pack(path)
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    found: dict[str, tuple[str, ...]] = {}
    for raw in data.get("rule", []):
        found[raw["id"].rsplit(".", 1)[-1]] = tuple(raw.get("terms", []))
    return OfficeList(
        pack_id=pack.id, name=pack.name, candidates=found.get("nama-calon", ()),
        acronyms=found.get("singkatan-pasangan", ()), hashtags=found.get("tagar", ()),
        campaign_start=pack.campaign.start if pack.campaign else None,
        campaign_end=pack.campaign.end if pack.campaign else None,
        source=str(data.get("pack", {}).get("source", "")))


def _clean(items: Sequence[str] | Iterable[str]) -> list[str]:
    return list(dict.fromkeys(i.strip() for i in items if i.strip()))
