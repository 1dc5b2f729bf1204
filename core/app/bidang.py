"""The office's fields (bidang, sekretariat, UPT/UPTD) as the settings hold them, and their
defaults per common type of agency (OPD) from ``resources/bidang/opd.toml``, where every type
names the regulation its names follow. Qt-free."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from core.app.paths import resource_dir
from core.errors import SaringError

MAX_NAME = 120  # characters of one bidang name (the review bundle's limit too)
MAX_BIDANG = 50  # fields of one office
MAX_WEEKLY_TARGET = 50
DEFAULT_GAP_DAYS = 14  # "no post for N days" (issue 17)


class BidangError(SaringError, ValueError):
    """A bidang name or list that cannot be kept (empty, too long, twice, unknown)."""


@dataclass(frozen=True, slots=True)
class Bidang:
    """One field of the office and how many posts a week it should have (0: no target)."""

    name: str
    weekly_target: int = 1


@dataclass(frozen=True, slots=True)
class OpdType:
    """A common type of agency with its default fields and where they come from."""

    id: str
    name: str
    match: tuple[str, ...]  # words of an office's name that say it is this type
    bidang: tuple[str, ...]
    source: str  # the regulation the names follow
    reason: str  # why these are the defaults


def opd_file() -> Path:
    return resource_dir() / "bidang" / "opd.toml"


@lru_cache(maxsize=4)
def _load(path: Path) -> tuple[tuple[OpdType, ...], int, tuple[str, ...]]:
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    meta = data.get("meta", {})
    types = tuple(
        OpdType(id=str(t["id"]), name=str(t["name"]), match=tuple(str(m).lower() for m in t["match"]),
                bidang=tuple(str(b) for b in t["bidang"]), source=str(t["source"]),
                reason=str(t["reason"]))
        for t in data.get("opd", []))
    return types, int(meta.get("target", 1)), tuple(str(b) for b in meta.get("fallback", []))


def opd_types(path: Path | None = None) -> tuple[OpdType, ...]:
    """The agency types of the data file, in its order."""
    return _load(path or opd_file())[0]


def guess_opd_type(office_name: str, path: Path | None = None) -> OpdType | None:
    """The type whose words occur (as whole words) in ``office_name``; the one matching the
    longest phrase wins ("Dinas Pendidikan" before "pendidikan"); None when none does."""
    name = " ".join(re.findall(r"\w+", office_name.lower()))
    best: tuple[int, OpdType] | None = None
    for kind in opd_types(path):
        for phrase in kind.match:
            if re.search(rf"\b{re.escape(phrase)}\b", name) and (best is None or len(phrase) > best[0]):
                best = (len(phrase), kind)
    return best[1] if best else None


def defaults_for(kind: OpdType | None, path: Path | None = None) -> tuple[Bidang, ...]:
    """The default fields of ``kind`` (None: an unknown type, only Sekretariat), each with the
    file's default weekly target."""
    _types, target, fallback = _load(path or opd_file())
    names = kind.bidang if kind else fallback
    return tuple(Bidang(n, target) for n in names)


def default_bidang(office_name: str, path: Path | None = None) -> tuple[Bidang, ...]:
    """The defaults for an office known only by its name (settings written before issue 17)."""
    return defaults_for(guess_opd_type(office_name, path), path)


def clean_name(name: str) -> str:
    """A bidang name as stored: white space collapsed; raise :class:`BidangError` when empty or
    too long, when it starts like a spreadsheet formula or holds "||" (it goes into CSV files)."""
    text = " ".join(name.split())
    if not text:
        raise BidangError("Nama bidang tidak boleh kosong.")
    if len(text) > MAX_NAME:
        raise BidangError(f"Nama bidang paling panjang {MAX_NAME} karakter: {text[:40]}…")
    if text[0] in "=+-@":
        raise BidangError(f"Nama bidang tidak boleh diawali {text[0]!r}: {text}")
    if "||" in text:  # the separator of the generic CSV's bidang column
        raise BidangError(f"Nama bidang tidak boleh memuat \"||\": {text}")
    return text


def checked_list(items: Iterable[Bidang]) -> tuple[Bidang, ...]:
    """The office's list, each name cleaned; raise :class:`BidangError` on a name given twice
    (case ignored), a target out of 0 … 50, or more than 50 fields."""
    out: list[Bidang] = []
    seen: set[str] = set()
    for item in items:
        name = clean_name(item.name)
        if name.casefold() in seen:
            raise BidangError(f"Bidang \"{name}\" tercantum dua kali.")
        if not 0 <= item.weekly_target <= MAX_WEEKLY_TARGET:
            raise BidangError(f"Target mingguan \"{name}\" harus 0 sampai {MAX_WEEKLY_TARGET}.")
        seen.add(name.casefold())
        out.append(Bidang(name, item.weekly_target))
    if len(out) > MAX_BIDANG:
        raise BidangError(f"Paling banyak {MAX_BIDANG} bidang.")
    return tuple(out)


def resolve_names(wanted: Iterable[str], known: Iterable[Bidang]) -> tuple[str, ...]:
    """The office's spelling of each wanted name (case and spacing ignored), in the order
    given, without repeats; raise :class:`BidangError` naming the unknown ones and listing
    the known ones."""
    by_key = {" ".join(b.name.split()).casefold(): b.name for b in known}
    found: list[str] = []
    unknown: list[str] = []
    for name in wanted:
        hit = by_key.get(" ".join(name.split()).casefold())
        if hit is None:
            unknown.append(name)
        elif hit not in found:
            found.append(hit)
    if unknown:
        listed = "; ".join(by_key.values()) or "(belum ada: isi di Pengaturan → Bidang)"
        shown = ", ".join(f"\"{n}\"" for n in unknown)
        raise BidangError(f"Bidang tidak dikenal: {shown}. Bidang kantor ini: {listed}.")
    return tuple(found)
