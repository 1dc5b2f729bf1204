"""CSV export of queued posts: one preset per posting tool, plus a generic and a review file.

Every preset follows /work/shared/domain/export-formats.md (see ``Preset.source``); the rows are
checked against the preset before anything is written, and what was adjusted or refused is in
the result's report. Import files are UTF-8 (no BOM), RFC 4180 quoted, CRLF line ends; the
review copy for the head of office is an .xlsx workbook (core/publish/review_sheet.py).
Files are written to temporary names beside the target and renamed only when all
are complete, so a failed export leaves no partial file; the caller marks the posts Diekspor
(``store.exports.record``) only after that.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from urllib.parse import quote

from core.app.progress import NO_PROGRESS, Progress
from core.app.temp_files import SUFFIX as TEMP_SUFFIX
from core.app.temp_files import remove_stale, temp_prefix
from core.app.zones import ExportZones, pc_zone
from core.check.limits import MEDIA_REQUIRED
from core.check.text import url_spans
from core.publish.channels import Channel
from core.publish.presets import DEFAULT_PRESET, DateOrder, ExportError, Preset, RowKind, get_preset
from core.publish.review_sheet import ReviewBook, build_book, write_book
from core.store.models import SCHEDULE_FORMAT, Media, Post

IMPORT_WARN_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


class Level(StrEnum):
    ADJUSTED = "disesuaikan"
    REFUSED = "ditolak"
    WARNING = "peringatan"
    INFO = "info"


@dataclass(frozen=True, slots=True)
class Note:
    """One line of the export report; ``post_id`` None for the whole export."""

    level: Level
    message: str
    post_id: int | None = None

    def __str__(self) -> str:
        where = f"#{self.post_id}: " if self.post_id is not None else ""
        return f"[{self.level}] {where}{self.message}"


MIN_LEAD = dt.timedelta(minutes=10)


@dataclass(frozen=True, slots=True)
class PlannedFile:
    path: Path
    header: tuple[str, ...] | None
    rows: tuple[tuple[str, ...], ...]
    channel: Channel | None = None
    book: ReviewBook | None = None  # the review copy's workbook (rows stay empty)


@dataclass(frozen=True, slots=True)
class ExportPlan:
    preset: Preset
    files: tuple[PlannedFile, ...]
    post_ids: tuple[int, ...]  # posts that are in at least one file
    notes: tuple[Note, ...]
    images: tuple[tuple[Path, str], ...] = ()  # (source, name in the image folder)
    images_dir: Path | None = None


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    rows: int
    files: tuple[Path, ...] = field(default=(), compare=False)
    post_ids: tuple[int, ...] = field(default=(), compare=False)
    notes: tuple[Note, ...] = field(default=(), compare=False)
    preset: str = field(default=DEFAULT_PRESET.id, compare=False)

    @property
    def refused(self) -> int:
        return sum(1 for n in self.notes if n.level is Level.REFUSED)


# -- cells ----------------------------------------------------------------------------------

def _when(post: Post) -> str:
    at = post.draft.scheduled_at
    return at.strftime(SCHEDULE_FORMAT) if at else ""


def hootsuite_link(body: str) -> tuple[str, str]:
    """(message, link) for Hootsuite's third column: the post's first URL.

    Hootsuite shortens the link column and appends it to the message (export-formats.md §2).
    A URL that ends the text is taken out of the message, so that Hootsuite puts it back,
    shortened, at the same place; a URL inside the text stays (the admin's wording is never
    cut) and also fills the link column. No URL: an empty link column."""
    spans = url_spans(body)
    if not spans:
        return body, ""
    start, end = spans[0]
    link = body[start:end]
    if body[end:].strip() == "" and len(spans) == 1:
        return body[:start].rstrip(), link
    return body, link


def _round_up_5(at: dt.datetime) -> dt.datetime:
    at = at.replace(second=0, microsecond=0)
    extra = (-at.minute) % 5
    return at + dt.timedelta(minutes=extra)


# -- planning -------------------------------------------------------------------------------

def plan_export(posts: Sequence[Post], out: Path, *, preset: str | Preset,
                now: dt.datetime | None = None, date_order: DateOrder = DateOrder.MDY,
                media: Mapping[int, Sequence[Media]] | None = None,
                blocked: Mapping[int, str] | None = None,
                media_base_url: str = "", zones: ExportZones | None = None) -> ExportPlan:
    """Check ``posts`` against ``preset`` and lay out the files; nothing is written.
    ``blocked`` (post id → why) are refused from import files; the review copy shows them.
    ``media_base_url`` (the setting "Alamat publik folder media"): where the office uploads
    the image folder; Buffer's ``Image URL`` and Publer's ``Media URL(s)`` then hold that
    address plus the file name, else they stay blank and the report says so.
    ``zones`` (the settings' ``export_zones``; None: this PC's zone for both): the queue's times
    are the office's; a posting tool's file gets them in the tool's zone (``spec.zone_of``),
    and the report's first note says which zone the file's times are in."""
    spec = get_preset(preset)
    zones = zones or ExportZones(pc_zone(), pc_zone())
    out = Path(out)
    if out.is_dir():
        raise ExportError(f"{out} adalah folder; beri nama berkas, misalnya {out / 'antrean.csv'}")
    if out.suffix.lower() != spec.suffix:
        out = out.with_suffix(spec.suffix) if out.suffix.lower() in (".csv", ".xlsx", "") else \
            out.with_name(out.name + spec.suffix)
    media = media or {}
    notes: list[Note] = [zone_note(spec, zones)]
    if blocked and not spec.review:
        notes += [Note(Level.REFUSED, blocked[p.id], p.id) for p in posts if p.id in blocked]
        posts = [p for p in posts if p.id not in blocked]
    images = _Images(out.with_name(out.stem + "-gambar"), posts, media, notes)
    if spec.per_channel:
        return _plan_per_channel(spec, posts, out, now=now or zones.now(),
                                 date_order=date_order, media=media, images=images, notes=notes,
                                 base_url=media_base_url, shift=zones.shift)
    if spec.row is RowKind.REVIEW:
        book = build_book(posts, media, images.names,
                          zone=f"{zones.office.value}, UTC+{zones.office.hours}")
        notes += [Note(Level.ADJUSTED, message, post_id) for post_id, message in book.altered]
        planned = PlannedFile(out, spec.header, (), book=book)
    else:
        for p in posts:
            notes.extend(formula_warnings(p, spec.row, media.get(p.id, ())))
        rows = [_generic_row(p, media.get(p.id, ()), images.names.get(p.id, [])) for p in posts]
        planned = PlannedFile(out, spec.header, tuple(rows))
    return ExportPlan(spec, (planned,), tuple(p.id for p in posts),
                      tuple(notes), tuple(images.files), images.folder if images.files else None)


def zone_note(spec: Preset, zones: ExportZones) -> Note:
    """The report's line on time zones: which zone the file's times are in, and for a posting
    tool where that zone must be set."""
    if not spec.zone_of:
        return Note(Level.INFO, f"Jam di berkas ini dalam zona waktu kantor, {zones.office.label}.")
    said = (f"Jam di berkas ini dalam {zones.tool.label}: {spec.tool} membaca jam menurut "
            f"{spec.zone_of}, jadi zona itu harus {zones.tool.value} ({zones.tool.iana}).")
    if zones.shift:
        hours = int(zones.shift.total_seconds() // 3600)
        said += (f" Jadwal di Saring dalam {zones.office.label} (zona kantor), jadi setiap jam "
                 f"digeser {hours:+d} jam (misalnya 09.00 {zones.office.value} ditulis "
                 f"{(dt.datetime(2000, 1, 1, 9) + zones.shift):%H.%M} {zones.tool.value}).")
    return Note(Level.INFO, said + " Ubah di Pengaturan → Jadwal bila berbeda.")


class _Images:
    """The images of the exported posts, copied as ``<post id>-<n>.<ext>`` into a folder beside
    the file; a missing alt text is a warning."""

    def __init__(self, folder: Path, posts: Sequence[Post], media: Mapping[int, Sequence[Media]],
                 notes: list[Note]) -> None:
        self.folder = folder
        self.files: list[tuple[Path, str]] = []
        self.names: dict[int, list[str]] = {}
        for post in posts:
            for n, item in enumerate(media.get(post.id, ()), start=1):
                name = f"{post.id}-{n}{Path(item.path).suffix.lower()}"
                self.files.append((Path(item.path), name))
                self.names.setdefault(post.id, []).append(f"{folder.name}/{name}")
                if not item.alt_text.strip():
                    notes.append(Note(Level.WARNING, f"gambar ke-{n} ({item.original_name or name}) "
                                      "belum punya teks alternatif; pembaca tunanetra tidak tahu "
                                      "isinya. Tulis teks alternatifnya di formulir Tulis, lalu "
                                      "ekspor lagi.", post.id))

    def urls(self, base_url: str) -> dict[int, tuple[str, ...]]:
        return {post_id: tuple(base_url + quote(n.split("/", 1)[1]) for n in names)
                for post_id, names in self.names.items()}


def _plan_per_channel(spec: Preset, posts: Sequence[Post], out: Path, *, now: dt.datetime,
                      date_order: DateOrder, media: Mapping[int, Sequence[Media]], images: _Images,
                      notes: list[Note], base_url: str, shift: dt.timedelta) -> ExportPlan:
    """A posting tool's files: one row per post, copied to each of its channels' files."""
    base = base_url.strip()
    if base and not base.endswith("/"):
        base += "/"
    uses_urls = bool(base) and spec.images_as_urls
    urls = images.urls(base) if uses_urls else {}
    by_channel, exported = _rows_by_channel(spec, posts, now=now, date_order=date_order, media=media,
                                            images=images, urls=urls, notes=notes, shift=shift)
    if spec.spacing is not None:
        for channel, rows in by_channel.items():
            by_channel[channel] = _space(rows, date_order, notes, channel, spec)
    files = _split(out, spec, by_channel, notes)
    if uses_urls and any(p in exported for p in images.names):
        notes.append(Note(Level.INFO, f"kolom gambar berisi alamat {base}<nama berkas>: unggah isi "
                          f"folder {images.folder.name}/ ke {base} sebelum mengimpor berkas ini, agar "
                          f"{spec.label} dapat mengambil gambarnya."))
    return ExportPlan(spec, tuple(files), tuple(exported), tuple(notes),
                      tuple(images.files) if exported else (),
                      images.folder if images.files else None)


def _rows_by_channel(spec: Preset, posts: Sequence[Post], *, now: dt.datetime,
                     date_order: DateOrder, media: Mapping[int, Sequence[Media]], images: _Images,
                     urls: Mapping[int, tuple[str, ...]], notes: list[Note],
                     shift: dt.timedelta = dt.timedelta(0),
                     ) -> tuple[dict[Channel, list[tuple[str, ...]]], dict[int, None]]:
    """Each post's row (or the reason it has none), under each of its channels."""
    make = _ROW_MAKERS[spec.row]
    by_channel: dict[Channel, list[tuple[str, ...]]] = {}
    exported: dict[int, None] = {}
    for post in posts:
        if not post.draft.channels:
            notes.append(Note(Level.REFUSED, "belum punya kanal tujuan; pilih kanal lalu ekspor lagi",
                              post.id))
            continue
        notes.extend(formula_warnings(post, spec.row, media.get(post.id, ())))
        row = make(post, now=now, date_order=date_order, notes=notes,
                   media=media.get(post.id, ()), urls=urls.get(post.id, ()), shift=shift)
        if row is None:
            continue
        if post.id in images.names and not urls:
            notes.append(Note(Level.WARNING, f"{spec.label} memerlukan URL publik untuk gambar; gambar "
                              f"disalin ke {images.folder.name}/ ({', '.join(images.names[post.id])}). "
                              "Unggah gambar itu lalu lampirkan di alat unggah.", post.id))
        placed = False
        for channel in post.draft.channels:
            problem = _channel_problem(spec, channel, media.get(post.id, ()))
            if problem:
                notes.append(Note(Level.REFUSED, f"{channel.label}: {problem}", post.id))
                continue
            by_channel.setdefault(channel, []).append(row)
            placed = True
        if placed:
            exported[post.id] = None
    return by_channel, exported


def _channel_problem(spec: Preset, channel: Channel, media: Sequence[Media]) -> str:
    """Why the tool cannot publish this post on ``channel`` ("" when it can): Instagram and
    TikTok need an image (core.check.limits.MEDIA_REQUIRED); the tool's image rule (Buffer)."""
    if not media and channel in MEDIA_REQUIRED:
        return (f"{channel.label} tidak menerima unggahan tanpa gambar atau video; lampirkan "
                f"gambar atau hapus {channel.label} dari kanalnya, lalu ekspor lagi.")
    if spec.images is not None and media:
        return spec.images.problem(media[0], channel)  # the tool takes the first image only
    return ""


# The text cells each row kind writes from a post (the review copy neutralises all its cells).
_TEXT_CELLS: dict[RowKind, tuple[str, ...]] = {
    RowKind.GENERIC: ("teks", "judul", "sumber", "teks alternatif"),
    RowKind.PUBLER: ("teks", "judul", "teks alternatif"),
    RowKind.HOOTSUITE: ("teks",), RowKind.BUFFER: ("teks",), RowKind.SPROUT: ("teks",),
    RowKind.REVIEW: (),  # written as string cells with Excel's quote prefix (review_sheet.py)
}


def formula_warnings(post: Post, kind: RowKind, media: Sequence[Media] = ()) -> list[Note]:
    """One warning per text cell of ``post`` that ``kind``'s file writes as it is although it
    starts like a formula (= + - @ TAB CR): import files keep the admin's words exactly, so
    such a cell is reported, never silently altered."""
    values = {"teks": (post.body,), "judul": (post.draft.title,), "sumber": (post.draft.sources,),
              "teks alternatif": tuple(m.alt_text for m in media)}
    notes = []
    for cell in _TEXT_CELLS[kind]:
        for value in values[cell]:
            if value.startswith(IMPORT_WARN_TRIGGERS):
                notes.append(_formula_warning(post, cell, value))
                break
    return notes


def _formula_warning(post: Post, cell: str, value: str) -> Note:
    return Note(Level.WARNING, f"{cell} diawali {value[:1]!r}; bila berkas ini dibuka di Excel, "
                "isinya bisa dianggap rumus. Jangan buka lalu simpan ulang berkas impor di Excel. "
                "Alat unggah menerbitkannya apa adanya (tidak diberi apostrof).", post.id)


def _split(out: Path, spec: Preset, by_channel: dict[Channel, list[tuple[str, ...]]],
           notes: list[Note]) -> list[PlannedFile]:
    files: list[PlannedFile] = []
    several = len(by_channel) > 1
    for channel in sorted(by_channel, key=list(Channel).index):
        rows = by_channel[channel]
        if spec.free_plan_rows is not None and len(rows) > spec.free_plan_rows:
            notes.append(Note(Level.WARNING, f"{len(rows)} unggahan untuk {channel.label}: paket "
                              f"{spec.tool} gratis menerima {spec.free_plan_rows} per kanal per "
                              f"unggah, paket berbayar {spec.max_rows}."))
        size = spec.max_rows or max(1, len(rows))
        parts = [rows[i:i + size] for i in range(0, len(rows), size)] or [[]]
        if len(parts) > 1:
            notes.append(Note(Level.ADJUSTED, f"{len(rows)} baris untuk {channel.label} dibagi menjadi "
                              f"{len(parts)} berkas (paling banyak {size} baris per berkas)."))
        for n, part in enumerate(parts, start=1):
            stem = out.stem + (f"-{channel.value}" if several else "") + (f"-{n}" if len(parts) > 1 else "")
            files.append(PlannedFile(out.with_name(stem + out.suffix), spec.header, tuple(part), channel))
    return files


def _generic_row(post: Post, media: Sequence[Media], names: Sequence[str]) -> tuple[str, ...]:
    draft = post.draft
    return (
        str(post.id), post.status.value, _when(post),
        ",".join(c.value for c in draft.channels), draft.title, draft.body, draft.sources,
        str(post.n_errors), str(post.n_warnings), str(post.n_infos),
        post.created_at.isoformat(sep=" "), post.updated_at.isoformat(sep=" "),
        "||".join(names), "||".join(m.alt_text for m in media), "||".join(draft.bidang),
    )


def _scheduled(post: Post, *, now: dt.datetime, notes: list[Note], tool: str,
               lead: dt.timedelta = MIN_LEAD) -> dt.datetime | None:
    at = post.draft.scheduled_at
    if at is None:
        notes.append(Note(Level.REFUSED, f"belum punya rencana terbit; {tool} memerlukan tanggal dan "
                          "jam. Isi jadwal atau pakai “Jadwalkan otomatis”.", post.id))
        return None
    if at < now + lead:
        notes.append(Note(Level.REFUSED, f"rencana terbit {at:%d-%m-%Y %H:%M} sudah lewat atau kurang "
                          f"dari {int(lead.total_seconds() // 60)} menit lagi; {tool} menolaknya. "
                          "Ubah jadwalnya.", post.id))
        return None
    return at


def _hootsuite(post: Post, *, now: dt.datetime, date_order: DateOrder, notes: list[Note],
               media: Sequence[Media], urls: Sequence[str] = (),
               shift: dt.timedelta = dt.timedelta(0)) -> tuple[str, ...] | None:
    at = _scheduled(post, now=now, notes=notes, tool="Hootsuite")
    if at is None:
        return None
    rounded = _round_up_5(at)
    if rounded != at:
        notes.append(Note(Level.ADJUSTED, f"jam {at:%H:%M} dibulatkan ke {rounded:%H:%M} (Hootsuite "
                          "menerima kelipatan 5 menit).", post.id))
    message, link = hootsuite_link(post.body)
    if link and message == post.body:
        notes.append(Note(Level.INFO, f"tautan {link} ada di tengah teks: teks tidak diubah dan "
                          "tautan juga ditaruh di kolom tautan. Hootsuite memendekkan tautan itu dan "
                          "menambahkannya di akhir pesan; periksa pratinjau di Hootsuite agar tautan "
                          "tidak tampil dua kali.", post.id))
    rounded += shift  # the tool's zone (whole hours: the 5-minute marks stay)
    return (rounded.strftime(date_order.pattern), rounded.strftime("%H:%M"), message, str(post.id),
            link)


def _buffer(post: Post, *, now: dt.datetime, date_order: DateOrder, notes: list[Note],
            media: Sequence[Media], urls: Sequence[str] = (),
            shift: dt.timedelta = dt.timedelta(0)) -> tuple[str, ...] | None:
    if not post.body.strip():
        notes.append(Note(Level.REFUSED, "Buffer memerlukan teks atau URL gambar; teksnya kosong.",
                          post.id))
        return None
    at = _scheduled(post, now=now, notes=notes, tool="Buffer", lead=dt.timedelta(0))
    if at is None:
        return None
    if len(urls) > 1:
        notes.append(Note(Level.ADJUSTED, f"Buffer menerima satu gambar per unggahan: hanya gambar "
                          f"pertama yang dipakai ({len(urls) - 1} lainnya tidak).", post.id))
    return (post.body, urls[0] if urls else "", "", (at + shift).strftime("%Y-%m-%d %H:%M"))


def _publer(post: Post, *, now: dt.datetime, date_order: DateOrder, notes: list[Note],
            media: Sequence[Media], urls: Sequence[str] = (),
            shift: dt.timedelta = dt.timedelta(0)) -> tuple[str, ...] | None:
    at = post.draft.scheduled_at
    if at is None:
        notes.append(Note(Level.INFO, "tanpa rencana terbit: kolom Date kosong, Publer menjadwalkan "
                          "otomatis ke slot akun.", post.id))
        date = ""
    elif at < now:
        notes.append(Note(Level.REFUSED, f"rencana terbit {at:%d-%m-%Y %H:%M} sudah lewat; ubah "
                          "jadwalnya atau kosongkan agar Publer menjadwalkan otomatis.", post.id))
        return None
    else:
        date = (at + shift).strftime("%Y-%m-%d %H:%M")
    alt = "||".join(m.alt_text for m in media)
    return (date, post.body, "", ",".join(urls), post.title, "", alt, "", "", "", "", "")


def _sprout(post: Post, *, now: dt.datetime, date_order: DateOrder, notes: list[Note],
            media: Sequence[Media], urls: Sequence[str] = (),
            shift: dt.timedelta = dt.timedelta(0)) -> tuple[str, ...] | None:
    at = _scheduled(post, now=now, notes=notes, tool="Sprout Social")
    if at is None:
        return None
    at += shift
    return (at.strftime(date_order.pattern), at.strftime("%H:%M"), post.body, str(post.id))


_ROW_MAKERS: dict[RowKind, Callable[..., tuple[str, ...] | None]] = {
    RowKind.HOOTSUITE: _hootsuite, RowKind.BUFFER: _buffer, RowKind.PUBLER: _publer,
    RowKind.SPROUT: _sprout}


def _row_time(date: str, time: str, date_order: DateOrder) -> dt.datetime:
    """The time a row was written with (``date_order.pattern`` and ``%H:%M``), read back without
    ``strptime`` (ten times slower, and 15,000 rows of a Hootsuite export each need it)."""
    first, second, year = date.split("/")
    month, day = (first, second) if date_order is DateOrder.MDY else (second, first)
    hour, minute = time.split(":")
    return dt.datetime(int(year), int(month), int(day), int(hour), int(minute))


def _space(rows: list[tuple[str, ...]], date_order: DateOrder, notes: list[Note],
           channel: Channel, spec: Preset) -> list[tuple[str, ...]]:
    """Sprout wants posts of a profile at least 10 minutes apart, Hootsuite one per 5-minute
    slot (``spec.spacing``): move later ones on and say so. Rows come as
    (date, time, text, post id[, link])."""
    assert spec.spacing is not None
    gap = spec.spacing
    minutes = int(gap.total_seconds() // 60)
    tool = f"{spec.tool} menerima satu pesan per slot" if spec.one_per_slot else \
        f"{spec.tool} meminta jarak {minutes} menit"
    parsed = sorted(((_row_time(r[0], r[1], date_order), r) for r in rows), key=lambda item: item[0])
    out: list[tuple[str, ...]] = []
    last: dt.datetime | None = None
    for at, row in parsed:
        if last is not None and at < last + gap:
            moved = last + gap
            notes.append(Note(Level.ADJUSTED, f"{channel.label}: {at:%d-%m-%Y %H:%M} digeser ke "
                              f"{moved:%H:%M} ({tool}).", int(row[3])))
            at = moved
        if spec.one_per_slot:
            out.append((at.strftime(date_order.pattern + " %H:%M"), row[2], row[4]))
        else:
            out.append((at.strftime(date_order.pattern), at.strftime("%H:%M"), row[2]))
        last = at
    return out


# -- writing --------------------------------------------------------------------------------

def write_plan(plan: ExportPlan, *, progress: Progress = NO_PROGRESS) -> ExportResult:
    """Write every planned file to a temporary name, then rename them all; raise ExportError.
    Temporary files that earlier, killed exports left in the target folder go first.
    ``progress`` counts rows and images; a cancel (:class:`Cancelled`) before the renames
    leaves no file behind."""
    for folder in {_folder(f.path) for f in plan.files}:
        remove_stale(folder)
    temps: list[tuple[Path, Path]] = []
    done: list[Path] = []
    image_tmp: Path | None = None
    total = sum(len(f.rows) for f in plan.files) + len(plan.images)
    counted = [0]

    def step(n: int) -> None:
        counted[0] += n
        progress(counted[0], total)

    try:
        for planned in plan.files:
            temps.append((_write_temp(planned, plan.preset, step), planned.path))
        if plan.images and plan.images_dir is not None:
            image_tmp = Path(tempfile.mkdtemp(prefix=temp_prefix(plan.images_dir),
                                              suffix=TEMP_SUFFIX, dir=plan.images_dir.parent))
            for source, name in plan.images:
                shutil.copyfile(source, image_tmp / name)
                step(1)
        progress.check()  # the last moment to stop: the renames below are not undone by a cancel
        for tmp, target in temps:
            os.replace(tmp, target)
            done.append(target)
        if image_tmp is not None and plan.images_dir is not None:
            plan.images_dir.mkdir(exist_ok=True)
            for item in image_tmp.iterdir():
                os.replace(item, plan.images_dir / item.name)
    except BaseException as exc:  # whatever went wrong, leave no partial file behind
        for tmp, _ in temps:
            tmp.unlink(missing_ok=True)
        for target in done:
            target.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise ExportError(f"Tidak dapat menulis {plan.files[0].path if plan.files else ''}: "
                              f"{exc.strerror or exc}") from exc
        if isinstance(exc, UnicodeError):
            raise ExportError(f"Tidak dapat menulis: teks tidak dapat disimpan sebagai UTF-8 "
                              f"({exc})") from exc
        raise
    finally:
        if image_tmp is not None:
            shutil.rmtree(image_tmp, ignore_errors=True)
    first = plan.files[0].path if plan.files else Path()
    return ExportResult(path=first, rows=sum(len(f.rows) for f in plan.files),
                        files=tuple(f.path for f in plan.files), post_ids=plan.post_ids,
                        notes=plan.notes, preset=plan.preset.id)


_ROWS_PER_STEP = 500  # rows written between two progress reports (and chances to cancel)


def _folder(path: Path) -> Path:
    return path.parent if str(path.parent) else Path(".")


def _write_temp(planned: PlannedFile, preset: Preset,
                step: Callable[[int], None] = lambda _: None) -> Path:
    folder = _folder(planned.path)
    try:
        handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed below, then renamed
            "w", encoding="utf-8-sig" if preset.bom else "utf-8", newline="", dir=folder,
            prefix=temp_prefix(planned.path), suffix=TEMP_SUFFIX, delete=False)
    except OSError as exc:
        raise ExportError(f"Tidak dapat menulis ke {folder}: {exc.strerror or exc}") from exc
    tmp = Path(handle.name)
    if planned.book is not None:
        handle.close()
        try:
            write_book(planned.book, tmp)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return tmp
    try:
        with handle:
            writer = csv.writer(handle, delimiter=preset.delimiter, lineterminator="\r\n")
            if planned.header is not None:
                writer.writerow(planned.header)
            for start in range(0, len(planned.rows), _ROWS_PER_STEP):
                chunk = planned.rows[start:start + _ROWS_PER_STEP]
                writer.writerows(chunk)
                step(len(chunk))
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def export_posts(posts: Sequence[Post], out: Path, *, preset: str | Preset, now: dt.datetime | None = None,
                 date_order: DateOrder = DateOrder.MDY,
                 media: Mapping[int, Sequence[Media]] | None = None,
                 blocked: Mapping[int, str] | None = None,
                 media_base_url: str = "", zones: ExportZones | None = None,
                 progress: Progress = NO_PROGRESS) -> ExportResult:
    """Plan and write; the caller records the batch (``store.exports.record``) afterwards.
    ``blocked``, ``media_base_url``: see :func:`plan_export` (``store.exports.blocks``
    gives ``blocked``; the settings give ``media_base_url``)."""
    return write_plan(plan_export(posts, out, preset=preset, now=now, date_order=date_order,
                                  media=media, blocked=blocked, media_base_url=media_base_url,
                                  zones=zones),
                      progress=progress)


def export_csv(posts: Sequence[Post], path: Path, *, fmt: str = DEFAULT_PRESET.id) -> ExportResult:
    """Write ``posts`` to ``path`` in format ``fmt``; raise :class:`ExportError` on failure."""
    return export_posts(posts, path, preset=fmt)


def report_lines(notes: Iterable[Note]) -> list[str]:
    return [str(n) for n in notes]
