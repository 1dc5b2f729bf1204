from __future__ import annotations

import csv
import dataclasses
import io
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

import core.publish.export
from core.check.findings import Category, CheckReport, Finding, Severity
from core.publish.channels import Channel
from core.publish.export import ExportResult, export_csv
from core.publish.presets import FORMATS, GENERIC_COLUMNS, ExportError
from core.store.models import PostDraft, Status, parse_schedule
from core.store.queue import QueueStore
from tests.core.store.test_image_size import gif, webp

ERROR = Finding("platform.length.x", Category.PLATFORM, Severity.ERROR, 0, 1, "m", "P")
WARNING = Finding("baku.silakan", Category.STANDARD, Severity.WARNING, 0, 1, "m", "P")


@pytest.fixture
def store() -> Iterator[QueueStore]:
    s = QueueStore(":memory:")
    s.posts.add(PostDraft(body="Pengumuman: “libur”, kantor tutup.\nTerima kasih 😀",
                    title="Libur, 1 Jan", sources="BPBD; KBBI",
                    channels=(Channel.X, Channel.INSTAGRAM),
                    scheduled_at=parse_schedule("2025-01-01 08:00"),
                    bidang=("Sekretariat", "Bidang Informasi, Komunikasi Publik")),
          CheckReport("x", (ERROR, WARNING, WARNING)), status=Status.READY)
    s.posts.add(PostDraft(body="Draf tanpa jadwal"), CheckReport("x"))
    yield s
    s.close()


def _rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_generic_header_and_rows(store: QueueStore, tmp_path: Path) -> None:
    posts = store.posts.list()
    target = tmp_path / "antrean.csv"
    assert export_csv(posts, target) == ExportResult(path=target, rows=2)
    header, first, second = _rows(target)
    assert tuple(header) == GENERIC_COLUMNS
    row = dict(zip(header, first, strict=True))
    post = posts[0]
    assert row == {
        "id": str(post.id), "status": "siap", "scheduled_at": "2025-01-01 08:00",
        "channels": "x,instagram", "title": "Libur, 1 Jan",
        "body": "Pengumuman: “libur”, kantor tutup.\nTerima kasih 😀", "sources": "BPBD; KBBI",
        "errors": "1", "warnings": "2", "infos": "0",
        "created_at": post.created_at.isoformat(sep=" "), "updated_at": post.updated_at.isoformat(sep=" "),
        "images": "", "alt_texts": "", "bidang": "Sekretariat||Bidang Informasi, Komunikasi Publik",
    }
    row2 = dict(zip(header, second, strict=True))
    assert (row2["status"], row2["scheduled_at"], row2["channels"], row2["title"], row2["bidang"]) == (
        "draf", "", "", "", "")
    assert _leftovers(tmp_path) == []


def test_crlf_line_ends_and_utf8_without_bom(store: QueueStore, tmp_path: Path) -> None:
    target = tmp_path / "antrean.csv"
    export_csv(store.posts.list(), target)
    raw = target.read_bytes()
    assert raw.startswith(b"id,status,")
    assert raw.count(b"\r\n") == 3  # header and two rows
    assert b"\r\n" not in raw.replace(b"\r\n", b"")  # no stray CR
    assert "“libur”".encode() in raw and "😀".encode() in raw
    assert '"Pengumuman: “libur”, kantor tutup.\nTerima kasih'.encode() in raw  # quoted, not split
    assert list(csv.reader(io.StringIO(raw.decode("utf-8"), newline=""))) == _rows(target)


def test_status_filter_through_store_list(store: QueueStore, tmp_path: Path) -> None:
    target = tmp_path / "siap.csv"
    result = export_csv(store.posts.list(status=Status.READY), target)
    assert result.rows == 1
    rows = _rows(target)
    assert len(rows) == 2 and rows[1][1] == "siap"


def test_no_posts_gives_header_only(tmp_path: Path) -> None:
    target = tmp_path / "kosong.csv"
    assert export_csv([], target).rows == 0
    assert target.read_bytes() == (",".join(GENERIC_COLUMNS) + "\r\n").encode()


def test_overwrites_existing_file(store: QueueStore, tmp_path: Path) -> None:
    target = tmp_path / "antrean.csv"
    target.write_text("lama\n" * 1000, encoding="utf-8")
    export_csv(store.posts.list(), target)
    assert len(_rows(target)) == 3


def test_formula_like_text_is_written_as_is(store: QueueStore, tmp_path: Path) -> None:
    post_id = store.posts.add(PostDraft(body='=1+1 "kutip"'), CheckReport("x")).id
    target = tmp_path / "antrean.csv"
    export_csv([store.posts.get(post_id)], target)
    assert _rows(target)[1][GENERIC_COLUMNS.index("body")] == '=1+1 "kutip"'


@pytest.mark.parametrize("fmt", ["meta", "GENERIC", ""])
def test_unknown_format(store: QueueStore, tmp_path: Path, fmt: str) -> None:
    target = tmp_path / "antrean.csv"
    with pytest.raises(ExportError, match="format ekspor tidak dikenal") as info:
        export_csv(store.posts.list(), target, fmt=fmt)
    assert ", ".join(FORMATS) in str(info.value)
    assert list(tmp_path.iterdir()) == []


def test_target_is_a_directory(store: QueueStore, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="folder"):
        export_csv(store.posts.list(), tmp_path)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("parent", ["tidak-ada", "berkas.txt"])
def test_target_folder_missing_or_a_file(store: QueueStore, tmp_path: Path, parent: str) -> None:
    (tmp_path / "berkas.txt").write_text("x")
    with pytest.raises(ExportError):
        export_csv(store.posts.list(), tmp_path / parent / "antrean.csv")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["berkas.txt"]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="needs POSIX permissions that apply (not root)")
def test_unwritable_folder(store: QueueStore, tmp_path: Path) -> None:
    folder = tmp_path / "baca-saja"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportError, match="baca-saja"):
            export_csv(store.posts.list(), folder / "antrean.csv")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_failed_rename_leaves_old_file_and_no_temp(store: QueueStore, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The target is open in a program that locks it (Excel on Windows): the rename fails."""
    target = tmp_path / "antrean.csv"
    target.write_bytes(b"lama\r\n")

    def locked(src: object, dst: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(core.publish.export.os, "replace", locked)
    with pytest.raises(ExportError, match=r"antrean\.csv"):
        export_csv(store.posts.list(), target)
    assert target.read_bytes() == b"lama\r\n"
    assert _leftovers(tmp_path) == []


def test_text_that_cannot_be_encoded_leaves_no_temp(store: QueueStore, tmp_path: Path) -> None:
    broken = dataclasses.replace(store.posts.list()[0], draft=PostDraft(body="emoji rusak \ud83d"))
    target = tmp_path / "antrean.csv"
    with pytest.raises(ExportError):
        export_csv([broken], target)
    assert list(tmp_path.iterdir()) == []


# -- presets (issue 5), each against /work/shared/domain/export-formats.md ------------------

import datetime as dt  # noqa: E402

from core.publish.export import Level, export_posts, plan_export  # noqa: E402
from core.publish.presets import PUBLER_COLUMNS, DateOrder  # noqa: E402
from tests.pictures import jpeg, png  # noqa: E402

NOW = dt.datetime(2030, 5, 1, 9, 0)


@pytest.fixture
def future(tmp_path: Path) -> Iterator[QueueStore]:
    s = QueueStore(":memory:")
    for body, when, channels in [
        ("Vaksinasi gratis, datang ya", "2030-05-13 19:03", (Channel.FACEBOOK,)),
        ("@warga: jalan ditutup", "2030-05-13 19:05", (Channel.FACEBOOK, Channel.X)),
        ("Sudah lewat", "2030-05-01 09:05", (Channel.FACEBOOK,)),  # < 10 minutes ahead
        ("Tanpa jadwal", None, (Channel.FACEBOOK,)),
        ("Tanpa kanal", "2030-05-14 08:00", ()),
    ]:
        s.posts.add(PostDraft(body=body, channels=channels,
                        scheduled_at=parse_schedule(when) if when else None), CheckReport(body))
    yield s
    s.close()


def _raw(path: Path) -> bytes:
    return path.read_bytes()


def _by_post(notes: object, post_id: int) -> list[object]:
    return [n.level for n in notes if n.post_id == post_id]  # type: ignore[attr-defined]


def test_hootsuite_rows_rounding_refusals_and_per_channel_files(future: QueueStore,
                                                                 tmp_path: Path) -> None:
    result = export_posts(future.posts.list(), tmp_path / "hs.csv", preset="hootsuite", now=NOW,
                          date_order=DateOrder.DMY)
    fb, ig = tmp_path / "hs-facebook.csv", tmp_path / "hs-x.csv"
    assert result.files == (fb, ig)
    assert _raw(fb) == (b'13/05/2030 19:05,"Vaksinasi gratis, datang ya",\r\n'
                        b'13/05/2030 19:10,@warga: jalan ditutup,\r\n')  # no header row
    assert _rows(ig) == [["13/05/2030 19:05", "@warga: jalan ditutup", ""]]
    ids = sorted(p.id for p in future.posts.list())  # insertion order
    assert Level.ADJUSTED in _by_post(result.notes, ids[0])  # 19:03 → 19:05
    assert Level.ADJUSTED in _by_post(result.notes, ids[1])  # slot taken → 19:10 on Facebook
    assert Level.WARNING in _by_post(result.notes, ids[1])  # starts with @: warned, no apostrophe
    assert sorted(result.post_ids) == ids[:2]
    refused = {n.post_id for n in result.notes if n.level is Level.REFUSED}
    assert refused == set(ids[2:])


def test_hootsuite_month_first_by_default_and_350_rows_a_file(tmp_path: Path) -> None:
    s = QueueStore(":memory:")
    for n in range(351):
        s.posts.add(PostDraft(body=f"p{n}", channels=(Channel.X,),
                        scheduled_at=dt.datetime(2030, 6, 1, 8, 0) + dt.timedelta(minutes=5 * n)),
              CheckReport("x"))
    result = export_posts(s.posts.list(), tmp_path / "hs.csv", preset="hootsuite", now=NOW)
    assert [len(_rows(f)) for f in result.files] == [350, 1]
    assert result.files == (tmp_path / "hs-1.csv", tmp_path / "hs-2.csv")
    assert _rows(result.files[0])[0][0] == "06/01/2030 08:00"
    assert all(int(r[0][-2:]) % 5 == 0 for f in result.files for r in _rows(f))


def test_buffer_header_time_format_one_file_per_channel_and_limits(tmp_path: Path) -> None:
    s = QueueStore(":memory:")
    for n in range(12):
        s.posts.add(PostDraft(body=f"Info {n}", channels=(Channel.FACEBOOK,) if n else (Channel.THREADS,),
                        scheduled_at=dt.datetime(2030, 6, 1, 8, n)), CheckReport("x"))
    result = export_posts(s.posts.list(), tmp_path / "buffer.csv", preset="buffer", now=NOW)
    assert result.files == (tmp_path / "buffer-facebook.csv", tmp_path / "buffer-threads.csv")
    rows = _rows(result.files[0])
    assert rows[0] == ["Text", "Image URL", "Tags", "Posting Time"]
    assert rows[1] == ["Info 1", "", "", "2030-06-01 08:01"]
    assert _raw(result.files[1]).startswith(b"Text,Image URL,Tags,Posting Time\r\n")
    warnings = [n.message for n in result.notes if n.level is Level.WARNING]
    assert any("11 unggahan untuk Facebook" in w and "10" in w for w in warnings)


def test_publer_header_verbatim_and_blank_date_is_auto_schedule(future: QueueStore,
                                                                 tmp_path: Path) -> None:
    posts = [p for p in future.posts.list() if p.draft.channels == (Channel.FACEBOOK,)]
    result = export_posts(posts, tmp_path / "publer.csv", preset="publer", now=NOW)
    assert _raw(result.path).split(b"\r\n")[0] == (
        b"Date,Text,Link(s),Media URL(s),Title,Label(s),Alt text(s),Comment(s),Board/Album,"
        b"Post subtype,CTA,Reminder")
    header, *rows = _rows(result.path)
    assert tuple(header) == PUBLER_COLUMNS and all(len(r) == 12 for r in rows)
    assert [(r[0], r[1]) for r in rows] == [
        ("2030-05-01 09:05", "Sudah lewat"), ("2030-05-13 19:03", "Vaksinasi gratis, datang ya"),
        ("", "Tanpa jadwal")]


def test_sprout_header_date_order_spacing_and_lead_time(tmp_path: Path) -> None:
    s = QueueStore(":memory:")
    for when in ("2030-06-01 08:00", "2030-06-01 08:04", "2030-06-01 08:20", "2030-05-01 09:09"):
        s.posts.add(PostDraft(body=when, channels=(Channel.FACEBOOK,), scheduled_at=parse_schedule(when)),
              CheckReport("x"))
    result = export_posts(s.posts.list(), tmp_path / "sprout.csv", preset="sprout", now=NOW,
                          date_order=DateOrder.MDY)
    assert _rows(result.path) == [
        ["date", "time_24hr", "message_text"],
        ["06/01/2030", "08:00", "2030-06-01 08:00"],
        ["06/01/2030", "08:10", "2030-06-01 08:04"],  # moved: 10 minutes apart
        ["06/01/2030", "08:20", "2030-06-01 08:20"],
    ]
    assert [n.level for n in result.notes] == [Level.INFO, Level.REFUSED, Level.ADJUSTED]  # zone first


def test_import_files_keep_the_caption_as_written(future: QueueStore, tmp_path: Path) -> None:
    result = export_posts(future.posts.list(), tmp_path / "b.csv", preset="buffer", now=NOW)
    assert ["@warga: jalan ditutup", "", "", "2030-05-13 19:05"] in _rows(result.files[0])
    generic = export_posts(future.posts.list(), tmp_path / "g.csv", preset="generic", now=NOW)
    assert "@warga: jalan ditutup" in [r[5] for r in _rows(generic.path)]
    (warning,) = [n for n in generic.notes if n.level is Level.WARNING]
    assert "'@'" in warning.message and "Excel" in warning.message


def test_plan_writes_nothing(future: QueueStore, tmp_path: Path) -> None:
    plan = plan_export(future.posts.list(), tmp_path / "x.csv", preset="buffer", now=NOW)
    assert plan.files and list(tmp_path.iterdir()) == []


def test_failed_second_file_removes_the_first(future: QueueStore, tmp_path: Path) -> None:
    """One file of a multi-file export cannot be put in place: none is left behind."""
    (tmp_path / "hs-x.csv").mkdir()
    (tmp_path / "hs-x.csv" / "isi").write_text("x")  # a folder in the way
    with pytest.raises(ExportError):
        export_posts(future.posts.list(), tmp_path / "hs.csv", preset="hootsuite", now=NOW)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hs-x.csv"]


def test_images_copied_beside_the_csv_and_named(tmp_path: Path) -> None:
    s = QueueStore(":memory:")
    post_id = s.posts.add(PostDraft(body="Foto", channels=(Channel.FACEBOOK,),
                              scheduled_at=dt.datetime(2030, 6, 1, 8, 0)), CheckReport("x")).id
    image = tmp_path / "a.JPG"
    image.write_bytes(jpeg())
    s.media.add(post_id, image, media_dir=tmp_path / "media", alt_text="Foto kegiatan").media[0]
    out = tmp_path / "out"
    out.mkdir()
    generic = export_posts(s.posts.list(), out / "semua.csv", preset="generic", now=NOW,
                           media=s.media.for_posts([post_id]))
    row = dict(zip(*_rows(generic.path), strict=True))
    assert (row["images"], row["alt_texts"]) == ("semua-gambar/1-1.jpg", "Foto kegiatan")
    assert (out / "semua-gambar" / "1-1.jpg").read_bytes() == jpeg()
    buffer = export_posts(s.posts.list(), out / "buf.csv", preset="buffer", now=NOW,
                          media=s.media.for_posts([post_id]))
    assert any("URL publik" in n.message for n in buffer.notes)
    assert (out / "buf-gambar" / "1-1.jpg").exists()


def test_blocked_posts_are_refused_from_import_files_but_not_from_the_review_copy(
        future: QueueStore, tmp_path: Path) -> None:
    posts = future.posts.list()
    first = posts[0].id
    plan = plan_export(posts, tmp_path / "a.csv", preset="generic", now=NOW,
                       blocked={first: "masih punya 1 temuan yang harus diperbaiki"})
    assert first not in plan.post_ids
    assert any(n.level is Level.REFUSED and n.post_id == first for n in plan.notes)
    review = plan_export(posts, tmp_path / "r.xlsx", preset="review", now=NOW,
                         blocked={first: "masih punya 1 temuan yang harus diperbaiki"})
    assert first in review.post_ids


def test_hootsuite_link_column_takes_the_first_url(tmp_path: Path) -> None:
    from core.publish.export import hootsuite_link

    assert hootsuite_link("Daftar di https://dukcapil.go.id/daftar") == (
        "Daftar di", "https://dukcapil.go.id/daftar")
    middle = "Lihat https://a.go.id/x, lalu datang."
    assert hootsuite_link(middle) == (middle, "https://a.go.id/x")
    two = "Info https://a.go.id dan https://b.go.id"
    assert hootsuite_link(two) == (two, "https://a.go.id")  # several links: the text stays whole
    assert hootsuite_link("Tanpa tautan.") == ("Tanpa tautan.", "")
    s = QueueStore(":memory:")
    at = dt.datetime(2030, 6, 1, 8, 0)
    end = s.posts.add(PostDraft(body="Daftar di https://dukcapil.go.id/daftar", channels=(Channel.X,),
                          scheduled_at=at), CheckReport("x")).id
    mid = s.posts.add(PostDraft(body=middle, channels=(Channel.X,), scheduled_at=at + dt.timedelta(hours=1)),
                CheckReport("x")).id
    result = export_posts(s.posts.list(), tmp_path / "hs.csv", preset="hootsuite", now=NOW)
    assert _rows(result.path) == [
        ["06/01/2030 08:00", "Daftar di", "https://dukcapil.go.id/daftar"],
        ["06/01/2030 09:00", middle, "https://a.go.id/x"]]
    assert _by_post(result.notes, mid) == [Level.INFO] and _by_post(result.notes, end) == []


def _with_images(tmp_path: Path, count: int) -> tuple[QueueStore, int]:
    s = QueueStore(":memory:")
    post_id = s.posts.add(PostDraft(body="Foto kegiatan", channels=(Channel.FACEBOOK,),
                              scheduled_at=dt.datetime(2030, 6, 1, 8, 0)), CheckReport("x")).id
    for n in range(count):
        image = tmp_path / f"foto {n}.png"
        image.write_bytes(png(bytes([n])))
        s.media.add(post_id, image, media_dir=tmp_path / "media", alt_text=f"Foto {n}").media[0]
    return s, post_id


def test_buffer_and_publer_image_urls_from_the_public_media_address(tmp_path: Path) -> None:
    s, post_id = _with_images(tmp_path, 2)
    media = s.media.for_posts([post_id])
    base = "https://diskominfo.okutimurkab.go.id/media"  # the missing slash is added
    buffer = export_posts(s.posts.list(), tmp_path / "buf.csv", preset="buffer", now=NOW, media=media,
                          media_base_url=base)
    header, row = _rows(buffer.path)
    assert header == ["Text", "Image URL", "Tags", "Posting Time"]
    assert row == ["Foto kegiatan", f"{base}/{post_id}-1.png", "", "2030-06-01 08:00"]
    assert (tmp_path / "buf-gambar" / f"{post_id}-1.png").exists()
    assert not any("memerlukan URL publik" in n.message for n in buffer.notes)
    upload = [n for n in buffer.notes if n.post_id is None and "buf-gambar/" in n.message]
    assert upload and base + "/" in upload[0].message
    assert any(n.level is Level.ADJUSTED and "satu gambar" in n.message for n in buffer.notes)
    publer = export_posts(s.posts.list(), tmp_path / "pub.csv", preset="publer", now=NOW, media=media,
                          media_base_url=base + "/")
    header, row = _rows(publer.path)
    cells = dict(zip(header, row, strict=True))
    assert tuple(header) == PUBLER_COLUMNS
    assert cells["Media URL(s)"] == f"{base}/{post_id}-1.png,{base}/{post_id}-2.png"
    assert cells["Alt text(s)"] == "Foto 0||Foto 1" and cells["Link(s)"] == ""


def test_without_the_public_address_image_columns_stay_blank_and_the_report_says_so(
        tmp_path: Path) -> None:
    s, post_id = _with_images(tmp_path, 1)
    result = export_posts(s.posts.list(), tmp_path / "buf.csv", preset="buffer", now=NOW,
                          media=s.media.for_posts([post_id]))
    assert _rows(result.path)[1][1] == ""
    assert any("memerlukan URL publik" in n.message for n in result.notes)
    hootsuite = export_posts(s.posts.list(), tmp_path / "hs.csv", preset="hootsuite", now=NOW,
                             media=s.media.for_posts([post_id]), media_base_url="https://x.go.id/m/")
    assert any("memerlukan URL publik" in n.message for n in hootsuite.notes)  # no URL column


def test_images_without_alt_text_are_named_in_the_report(tmp_path: Path) -> None:
    s, post_id = _with_images(tmp_path, 1)
    image = tmp_path / "tanpa.png"
    image.write_bytes(png(b"tanpa"))
    s.media.add(post_id, image, media_dir=tmp_path / "media").media[0]
    result = export_posts(s.posts.list(), tmp_path / "g.csv", preset="generic", now=NOW,
                          media=s.media.for_posts([post_id]))
    missing = [n for n in result.notes if "teks alternatif" in n.message]
    assert len(missing) == 1 and "ke-2" in missing[0].message and "tanpa.png" in missing[0].message


# -- issue 18: time zones -------------------------------------------------------------------

def test_tool_files_get_the_tools_zone_and_the_report_says_which(tmp_path: Path) -> None:
    from core.app.zones import ExportZones, Zone

    s = QueueStore(":memory:")
    at = dt.datetime(2030, 6, 1, 0, 30)  # just after midnight WITA: the day before in WIB
    s.posts.add(PostDraft(body="Halo", channels=(Channel.FACEBOOK,), scheduled_at=at),
                CheckReport("Halo"), status=Status.READY)
    wita_to_wib = ExportZones(Zone.WITA, Zone.WIB)
    buffer = export_posts(s.posts.list(), tmp_path / "b.csv", preset="buffer", now=NOW, zones=wita_to_wib)
    assert _raw(buffer.path).decode().splitlines()[1].endswith(",2030-05-31 23:30")
    note = buffer.notes[0].message
    assert "WIB (UTC+7)" in note and "zona waktu setiap kanal di Buffer" in note and "-1 jam" in note
    hoot = export_posts(s.posts.list(), tmp_path / "h.csv", preset="hootsuite", now=NOW,
                        zones=ExportZones(Zone.WIB, Zone.WIT))
    assert _raw(hoot.path).decode().startswith("06/01/2030 02:30,")
    same = export_posts(s.posts.list(), tmp_path / "p.csv", preset="publer", now=NOW,
                        zones=ExportZones(Zone.WIT, Zone.WIT))
    assert "2030-06-01 00:30" in _raw(same.path).decode() and "digeser" not in same.notes[0].message
    generic = export_posts(s.posts.list(), tmp_path / "g.csv", preset="generic", now=NOW,
                           zones=wita_to_wib)
    assert "2030-06-01 00:30" in _raw(generic.path).decode()  # Saring's own file: office time
    assert generic.notes[0].message == "Jam di berkas ini dalam zona waktu kantor, WITA (UTC+8)."


# -- issue 18: what the tools accept as images ------------------------------------------------

def _with_image(s: QueueStore, tmp_path: Path, name: str, channels: tuple[Channel, ...],
                size: int = 200) -> int:
    post_id = s.posts.add(PostDraft(body=f"Foto {name}", channels=channels,
                                    scheduled_at=dt.datetime(2030, 6, 1, 9, 0)),
                          CheckReport("x"), status=Status.READY).id
    source = tmp_path / name
    # a real header of the type the name says (the store checks it), padded to ``size`` bytes
    header = {".webp": webp("VP8X", 640, 480), ".gif": gif(640, 480),
              ".jpg": jpeg(width=640, height=480)}.get(source.suffix, png(width=640, height=480))
    source.write_bytes(header + b"\0" * max(0, size - len(header)))
    s.media.add(post_id, source, media_dir=tmp_path / "media", alt_text="foto", original_name=name)
    return post_id


def test_buffer_refuses_image_types_and_sizes_it_does_not_take(tmp_path: Path) -> None:
    s = QueueStore(":memory:")
    webp = _with_image(s, tmp_path, "a.webp", (Channel.FACEBOOK,))
    gif = _with_image(s, tmp_path, "b.gif", (Channel.FACEBOOK, Channel.THREADS))
    big = _with_image(s, tmp_path, "c.jpg", (Channel.FACEBOOK,), size=11 * 1024 * 1024)
    tiktok = _with_image(s, tmp_path, "d.png", (Channel.TIKTOK,))
    fine = _with_image(s, tmp_path, "e.png", (Channel.FACEBOOK,))
    media = s.media.for_posts(p.id for p in s.posts.list())
    result = export_posts(s.posts.list(), tmp_path / "buf.csv", preset="buffer", now=NOW, media=media,
                          media_base_url="https://dinas.go.id/m/")
    refused = {(n.post_id, n.message.split(":")[0]) for n in result.notes if n.level is Level.REFUSED}
    assert refused == {(webp, "Facebook"), (gif, "Threads"), (big, "Facebook"), (tiktok, "TikTok")}
    why = {n.post_id: n.message for n in result.notes if n.level is Level.REFUSED}
    assert "berformat WEBP; Buffer menerima GIF, HEIC, JPEG, JPG, PNG untuk Facebook" in why[webp]
    assert "11.0 MB; Buffer menerima paling besar 10 MB" in why[big]
    assert "hanya video" in why[tiktok]
    assert set(result.post_ids) == {gif, fine}  # the GIF still goes to Facebook


def test_instagram_and_tiktok_rows_without_an_image_are_refused(tmp_path: Path) -> None:
    s = QueueStore(":memory:")
    text_only = s.posts.add(PostDraft(body="Teks saja", channels=(Channel.FACEBOOK, Channel.INSTAGRAM),
                                      scheduled_at=dt.datetime(2030, 6, 1, 9, 0)),
                            CheckReport("x"), status=Status.READY).id
    result = export_posts(s.posts.list(), tmp_path / "p.csv", preset="publer", now=NOW)
    assert [f.name for f in result.files] == ["p.csv"]  # Facebook only
    (note,) = [n for n in result.notes if n.level is Level.REFUSED]
    assert note.post_id == text_only and note.message.startswith("Instagram: Instagram tidak menerima")
