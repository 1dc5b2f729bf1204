"""What a review bundle may hold, checked before anything is written: the ZIP's sizes (per file,
in total, and the compression ratio, against "zip bombs"), the manifest and every post (types,
lengths, enums, text that SQLite can store), and every image (its header says it is the picture
its name claims, within a size). A bundle that fails any check is refused whole, with the
reason in Indonesian (:class:`BundleInvalidError`). Qt-free, no database."""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path, PurePosixPath
from typing import TypeVar

from core.app.bidang import BidangError, clean_name
from core.app.post_size import MAX_POST_CHARS
from core.check.findings import Category, Finding, Severity
from core.errors import SaringError
from core.publish.channels import Channel
from core.store.image_size import MAX_SIDE, ImageRefusedError, check_image_bytes
from core.store.media import IMAGE_SUFFIXES
from core.store.models import SCHEDULE_FORMAT, PostDraft, Status, StatusChange

FORMAT = "saring-review-bundle"
VERSION = 1
MANIFEST = "bundle.json"

MAX_BUNDLE_BYTES = 512 * 1024 * 1024  # the .saring file itself
MAX_MANIFEST_BYTES = 64 * 1024 * 1024  # bundle.json unpacked
MAX_IMAGE_BYTES = 20 * 1024 * 1024  # one picture unpacked
MAX_TOTAL_BYTES = 1024 * 1024 * 1024  # everything unpacked
MAX_RATIO = 100  # unpacked / packed, for any member above RATIO_FLOOR bytes
RATIO_FLOOR = 1024 * 1024
MAX_MEMBERS = 50_000
MAX_POSTS = 20_000
MAX_CONTAINERS = 1_000_000  # "{" and "[" in bundle.json: each costs ~100 bytes once decoded
MAX_VALUES = 5_000_000  # "," in bundle.json (a bound on its values; 20,000 real posts: ~2 million)
MAX_IMAGE_SIDE = MAX_SIDE  # pixels, read from the picture's header (core.store.image_size)

MAX_BODY = MAX_POST_CHARS  # characters of a post's text (core/app/post_size.py)
MAX_TITLE = 1_000
MAX_SOURCES = 10_000
MAX_NAME = 300  # sender, office, who, image names
MAX_REASON = 5_000
MAX_UID = 64
MAX_FINDINGS = 2_000
MAX_HISTORY = 1_000
MAX_IMAGES = 20
MAX_FINDING_TEXT = 10_000
MAX_SUGGESTIONS = 50
MAX_BIDANG = 50  # bidang names on one post
MAX_BIDANG_NAME = 120

# Statuses a post new on this PC may arrive in; any other becomes Draf (never Terbit/Diekspor
# without a history here).
ARRIVAL_STATUSES = frozenset({Status.DRAFT, Status.NEEDS_REVISION})


class BundleError(SaringError, RuntimeError):
    """The bundle cannot be written or read; nothing was changed."""


class BundleInvalidError(BundleError):
    """The bundle breaks a rule of its format or a limit; nothing was changed."""


@dataclass(frozen=True, slots=True)
class BundleImage:
    name: str
    alt_text: str
    original_name: str


@dataclass(frozen=True, slots=True)
class BundlePost:
    """One post of a bundle, every field checked."""

    uid: str
    draft: PostDraft
    status: Status
    findings: tuple[Finding, ...]
    history: tuple[StatusChange, ...]
    images: tuple[BundleImage, ...]
    version: int | None = None  # the post's version on the sending PC
    base_version: int | None = None  # the receiver's version the sender's copy is based on


# -- the ZIP ------------------------------------------------------------------------------

def read_members(path: Path) -> tuple[bytes, dict[str, bytes]]:
    """``bundle.json`` and the images (name → bytes) of the ZIP at ``path``, reading no member
    beyond its limit (whatever its header claims). Raises :class:`BundleInvalidError` for a
    limit, ``OSError``/``zipfile.BadZipFile`` for a file that is no ZIP."""
    size = path.stat().st_size
    if size > MAX_BUNDLE_BYTES:
        raise BundleInvalidError(f"berkasnya {_mb(size)}, lebih dari batas {_mb(MAX_BUNDLE_BYTES)}.")
    with zipfile.ZipFile(path) as archive:
        members = archive.infolist()
        if len(members) > MAX_MEMBERS:
            raise BundleInvalidError(f"berisi {len(members)} berkas, lebih dari batas {MAX_MEMBERS}.")
        total = 0
        manifest: bytes | None = None
        images: dict[str, bytes] = {}
        for info in members:
            name = _member_name(info.filename)
            if name is None:
                continue
            limit = MAX_MANIFEST_BYTES if name == MANIFEST else MAX_IMAGE_BYTES
            if info.file_size > limit:
                raise BundleInvalidError(f"{info.filename} berukuran {_mb(info.file_size)}, lebih "
                                         f"dari batas {_mb(limit)}.")
            if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise BundleInvalidError(f"{info.filename} dimampatkan lebih dari {MAX_RATIO} kali "
                                         "(ciri berkas \"bom zip\").")
            with archive.open(info) as handle:
                data = handle.read(limit + 1)
            if len(data) > limit:
                raise BundleInvalidError(f"{info.filename} lebih besar dari batas {_mb(limit)}.")
            total += len(data)
            if total > MAX_TOTAL_BYTES:
                raise BundleInvalidError(f"isinya lebih dari batas {_mb(MAX_TOTAL_BYTES)}.")
            if name == MANIFEST:
                manifest = data
            else:
                images[name] = data
    if manifest is None:
        raise BundleInvalidError(f"{MANIFEST} tidak ada di dalamnya.")
    # Before json.loads: bound what decoding may allocate (peak memory stays well under 1 GB).
    if manifest.count(b"{") + manifest.count(b"[") > MAX_CONTAINERS \
            or manifest.count(b",") > MAX_VALUES:
        raise BundleInvalidError(f"{MANIFEST} berisi terlalu banyak data (lebih dari "
                                 f"{MAX_CONTAINERS} objek dan daftar atau {MAX_VALUES} nilai).")
    return manifest, images


def _member_name(filename: str) -> str | None:
    """``bundle.json``, an image's plain name (``images/<name>``), or None for anything else
    (folders, paths, hidden names: ignored, never written anywhere)."""
    if filename == MANIFEST:
        return MANIFEST
    parts = PurePosixPath(filename.replace("\\", "/")).parts
    if len(parts) != 2 or parts[0] != "images" or parts[1].startswith("."):
        return None
    return parts[1] if PurePosixPath(parts[1]).suffix.lower() in IMAGE_SUFFIXES else None


def check_image(name: str, data: bytes) -> None:
    """The header of ``data`` is that of the picture type its name says (PNG, JPEG, GIF,
    WebP), and its pixel size within the limits of :mod:`core.store.image_size`; raise
    :class:`BundleInvalidError` otherwise."""
    try:
        check_image_bytes(PurePosixPath(name).suffix, data)
    except ImageRefusedError as exc:
        raise BundleInvalidError(f"gambar {name}: {exc}") from None


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB" if n >= 1024 * 1024 else f"{n} bita"


# -- the manifest -------------------------------------------------------------------------

def check_manifest(manifest: object) -> tuple[BundlePost, ...]:
    """The posts of a decoded ``bundle.json``, each field checked; raise
    :class:`BundleInvalidError` naming the post and the field."""
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BundleInvalidError("ini bukan berkas tinjauan Saring.")
    version = manifest.get("version", 1)
    if type(version) is not int or version < 1:
        raise BundleInvalidError("nomor versi formatnya bukan bilangan bulat positif.")
    if version > VERSION:
        raise BundleInvalidError("dibuat Saring yang lebih baru; perbarui Saring lebih dulu.")
    for key in ("sender", "office", "created_at"):
        _text(manifest, key, MAX_NAME, where="berkas")
    posts = manifest.get("posts", [])
    if not isinstance(posts, list):
        raise BundleInvalidError("\"posts\" harus berupa daftar unggahan.")
    if len(posts) > MAX_POSTS:
        raise BundleInvalidError(f"berisi {len(posts)} unggahan, lebih dari batas {MAX_POSTS}.")
    checked = [_post(entry, f"unggahan ke-{i}") for i, entry in enumerate(posts, 1)]
    seen: set[str] = set()
    for i, post in enumerate(checked, 1):
        if post.uid in seen:
            raise BundleInvalidError(f"unggahan ke-{i}: id {post.uid} muncul dua kali.")
        seen.add(post.uid)
    return tuple(checked)


def _post(entry: object, where: str) -> BundlePost:
    if not isinstance(entry, dict):
        raise BundleInvalidError(f"{where} bukan data unggahan.")
    uid = _text(entry, "uid", MAX_UID, where=where, required=True)
    if not uid.isascii() or not uid.replace("-", "").isalnum():
        raise BundleInvalidError(f"{where}: id \"uid\" hanya boleh huruf, angka dan tanda hubung.")
    body = _text(entry, "body", MAX_BODY, where=where, required=True)
    when = _text(entry, "scheduled_at", 40, where=where)
    try:
        scheduled = dt.datetime.strptime(when, SCHEDULE_FORMAT) if when else None
    except ValueError:
        raise BundleInvalidError(f"{where}: jadwal \"{when[:40]}\" tidak berbentuk "
                                 "TTTT-BB-HH JJ:MM.") from None
    channels = tuple(_enum(Channel, c, "saluran", where)
                     for c in _list(entry, "channels", len(Channel), where))
    bidang = tuple(_bidang(b, where) for b in _list(entry, "bidang", MAX_BIDANG, where)
                   if not (isinstance(b, str) and not b.strip()))  # absent before issue 17
    draft = PostDraft(body=body, title=_text(entry, "title", MAX_TITLE, where=where),
                      sources=_text(entry, "sources", MAX_SOURCES, where=where),
                      channels=tuple(dict.fromkeys(channels)), scheduled_at=scheduled,
                      bidang=tuple(dict.fromkeys(bidang)))
    status = _enum(Status, entry.get("status", Status.DRAFT.value), "status", where)
    findings = tuple(_finding(f, f"{where}, temuan ke-{i}", len(body))
                     for i, f in enumerate(_list(entry, "findings", MAX_FINDINGS, where), 1))
    history = tuple(_change(h, f"{where}, riwayat ke-{i}")
                    for i, h in enumerate(_list(entry, "history", MAX_HISTORY, where), 1))
    images = tuple(_image(p, f"{where}, gambar ke-{i}")
                   for i, p in enumerate(_list(entry, "images", MAX_IMAGES, where), 1))
    return BundlePost(uid, draft, status, findings, history, images,
                      _optional_int(entry, "version", where),
                      _optional_int(entry, "base_version", where))


def _finding(data: object, where: str, body_length: int) -> Finding:
    if not isinstance(data, dict):
        raise BundleInvalidError(f"{where} bukan data temuan.")
    start, end = _int(data, "start", where), _int(data, "end", where)
    if not 0 <= start <= end <= body_length:
        raise BundleInvalidError(f"{where}: letak {start}–{end} di luar teks unggahan.")
    suggestions = _list(data, "suggestions", MAX_SUGGESTIONS, where)
    return Finding(
        rule_id=_text(data, "rule", MAX_NAME, where=where, required=True),
        category=_enum(Category, data.get("category"), "kategori", where),
        severity=_enum(Severity, data.get("severity"), "tingkat", where), start=start, end=end,
        actual=_text(data, "text", MAX_FINDING_TEXT, where=where),
        message=_text(data, "message", MAX_FINDING_TEXT, where=where),
        suggestions=tuple(_checked_text(s, MAX_FINDING_TEXT, f"{where}, saran") for s in suggestions),
        reference=_text(data, "reference", MAX_FINDING_TEXT, where=where))


def _change(data: object, where: str) -> StatusChange:
    if not isinstance(data, dict):
        raise BundleInvalidError(f"{where} bukan data riwayat status.")
    at = _text(data, "at", 40, where=where, required=True)
    try:
        when = dt.datetime.fromisoformat(at)
    except ValueError:
        raise BundleInvalidError(f"{where}: waktu \"{at[:40]}\" tidak terbaca.") from None
    old = data.get("from")
    return StatusChange(
        post_id=0, at=when.replace(tzinfo=None), who=_text(data, "who", MAX_NAME, where=where),
        from_status=_enum(Status, old, "status asal", where) if old else None,
        to_status=_enum(Status, data.get("to"), "status tujuan", where),
        reason=_text(data, "reason", MAX_REASON, where=where))


def _image(data: object, where: str) -> BundleImage:
    if not isinstance(data, dict):
        raise BundleInvalidError(f"{where} bukan data gambar.")
    name = _text(data, "name", MAX_NAME, where=where, required=True)
    return BundleImage(name=name, alt_text=_text(data, "alt_text", MAX_REASON, where=where),
                       original_name=_text(data, "original_name", MAX_NAME, where=where) or name)


E = TypeVar("E", bound=StrEnum)


def _enum(kind: type[E], value: object, label: str, where: str) -> E:
    try:
        return kind(value) if isinstance(value, str) else kind("\x00")
    except ValueError:
        allowed = ", ".join(m.value for m in kind)
        raise BundleInvalidError(f"{where}: {label} \"{str(value)[:40]}\" tidak dikenal "
                                 f"(yang dikenal: {allowed}).") from None


def _list(data: Mapping[str, object], key: str, limit: int, where: str) -> list[object]:
    value = data.get(key, [])
    if value is None:
        return []
    if not isinstance(value, list):
        raise BundleInvalidError(f"{where}: \"{key}\" harus berupa daftar.")
    if len(value) > limit:
        raise BundleInvalidError(f"{where}: \"{key}\" berisi {len(value)} butir, lebih dari "
                                 f"batas {limit}.")
    return value


def _bidang(value: object, where: str) -> str:
    """A bidang name as the settings would keep it (no formula start, no "||")."""
    text = _checked_text(value, MAX_BIDANG_NAME, f"{where}, bidang")
    try:
        return clean_name(text)
    except BidangError as exc:
        raise BundleInvalidError(f"{where}: {exc}") from None


def _optional_int(data: Mapping[str, object], key: str, where: str) -> int | None:
    return None if data.get(key) is None else _int(data, key, where)


def _int(data: Mapping[str, object], key: str, where: str) -> int:
    value = data.get(key)
    if type(value) is not int or not 0 <= value < 2**31:
        raise BundleInvalidError(f"{where}: \"{key}\" harus bilangan bulat.")
    return value


def _text(data: Mapping[str, object], key: str, limit: int, *, where: str,
          required: bool = False) -> str:
    value = data.get(key)
    if value is None:
        if required:
            raise BundleInvalidError(f"{where}: \"{key}\" tidak ada.")
        return ""
    return _checked_text(value, limit, f"{where}: \"{key}\"")


def _checked_text(value: object, limit: int, where: str) -> str:
    if not isinstance(value, str):
        raise BundleInvalidError(f"{where} harus berupa teks.")
    if len(value) > limit:
        raise BundleInvalidError(f"{where} panjangnya {len(value)} karakter, lebih dari batas "
                                 f"{limit}.")
    if "\x00" in value:
        raise BundleInvalidError(f"{where} berisi karakter NUL.")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise BundleInvalidError(f"{where} berisi karakter rusak (surrogate tunggal).") from None
    return value
