from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.findings import Category, CheckReport, Finding, Severity
from core.publish.channels import Channel
from core.store.errors import PostNotFoundError, StoreError, TransitionError
from core.store.migrations import migrations
from core.store.models import TRANSITIONS, PostDraft, Status, channels_text, parse_schedule, parse_status
from core.store.queue import QueueStore

FINDINGS = (
    Finding("baku.silakan", Category.STANDARD, Severity.WARNING, 0, 8, "“Silahkan” tidak baku",
            "Silahkan", ("Silakan",), "KBBI: silakan"),
    Finding("platform.length.x", Category.PLATFORM, Severity.ERROR, 9, 12, "Terlalu panjang", "😀𝐀b"),
    Finding("sumber.tidak-ada", Category.SOURCE, Severity.INFO, 0, 0, "Tanpa sumber"),
)
BODY = "Silahkan 😀𝐀b"


@pytest.fixture
def store() -> Iterator[QueueStore]:
    s = QueueStore(":memory:")
    yield s
    s.close()


def _draft(body: str = BODY, when: str | None = None, **kw: object) -> PostDraft:
    return PostDraft(body=body, scheduled_at=parse_schedule(when) if when else None, **kw)  # type: ignore[arg-type]


def test_add_and_get(store: QueueStore) -> None:
    draft = _draft(title="Libur", sources="BPBD", channels=(Channel.X, Channel.INSTAGRAM),
                   when="2025-01-02 08:30")
    post_id = store.posts.add(draft, CheckReport(BODY, FINDINGS)).id
    post = store.posts.get(post_id)
    assert post.id == post_id
    assert post.draft == draft
    assert (post.title, post.body) == ("Libur", BODY)
    assert post.status is Status.DRAFT
    assert (post.n_errors, post.n_warnings, post.n_infos) == (1, 1, 1)
    assert post.created_at == post.updated_at
    assert abs(post.created_at - dt.datetime.now()) < dt.timedelta(minutes=1)
    assert store.posts.count() == 1


def test_findings_snapshot_round_trip(store: QueueStore) -> None:
    post_id = store.posts.add(_draft(), CheckReport(BODY, FINDINGS)).id
    assert store.posts.get(post_id).findings == FINDINGS


def test_add_with_status(store: QueueStore) -> None:
    post_id = store.posts.add(_draft(), CheckReport(BODY), status=Status.READY).id
    assert store.posts.get(post_id).status is Status.READY
    assert store.posts.get(post_id).findings == ()


def test_list_order_schedule_then_unscheduled_then_id(store: QueueStore) -> None:
    ids = {name: store.posts.add(_draft(name, when), CheckReport(name)).id for name, when in [
        ("tanpa-1", None), ("besok", "2025-01-02 07:00"), ("tanpa-2", None),
        ("hari-ini-sore", "2025-01-01 16:00"), ("hari-ini-pagi", "2025-01-01 09:05"),
        ("besok-juga", "2025-01-02 07:00"), ("tahun-lalu", "2024-12-31 23:59"),
    ]}
    assert [p.body for p in store.posts.list()] == [
        "tahun-lalu", "hari-ini-pagi", "hari-ini-sore", "besok", "besok-juga", "tanpa-1", "tanpa-2"]
    assert ids["besok"] < ids["besok-juga"] and ids["tanpa-1"] < ids["tanpa-2"]


def test_list_status_filter(store: QueueStore) -> None:
    a = store.posts.add(_draft("a"), CheckReport("a")).id
    b = store.posts.add(_draft("b"), CheckReport("b"), status=Status.READY).id
    c = store.posts.add(_draft("c"), CheckReport("c")).id
    store.posts.set_status(c, Status.READY)
    assert [p.id for p in store.posts.list(status=Status.READY)] == [b, c]
    assert [p.id for p in store.posts.list(status=Status.DRAFT)] == [a]
    assert store.posts.list(status=Status.ARCHIVED) == []
    assert len(store.posts.list()) == 3


def test_update_replaces_draft_and_findings(store: QueueStore) -> None:
    post_id = store.posts.add(_draft(), CheckReport(BODY, FINDINGS), status=Status.NEEDS_REVISION).id
    other = store.posts.add(_draft("lain"), CheckReport("lain")).id
    new = _draft("Silakan datang", title="Baru", channels=(Channel.THREADS,), when="2025-02-01 10:00")
    store.posts.update(post_id, new, CheckReport(new.body))
    post = store.posts.get(post_id)
    assert post.draft == new
    assert (post.findings, post.n_errors, post.n_warnings, post.n_infos) == ((), 0, 0, 0)
    assert post.status is Status.NEEDS_REVISION  # update does not touch the status
    assert store.posts.get(other).body == "lain"


def test_update_can_clear_the_schedule(store: QueueStore) -> None:
    post_id = store.posts.add(_draft(when="2025-01-01 10:00"), CheckReport(BODY)).id
    store.posts.update(post_id, _draft(), CheckReport(BODY))
    assert store.posts.get(post_id).draft.scheduled_at is None


@pytest.mark.parametrize("status", list(Status))
def test_set_status(store: QueueStore, status: Status) -> None:
    post_id = store.posts.add(_draft(), CheckReport(BODY)).id
    if status in (Status.EXPORTED, Status.PUBLISHED):
        store.posts.set_status(post_id, Status.READY)  # forward moves pass Siap
    store.posts.set_status(post_id, status)
    assert store.posts.get(post_id).status is status


@pytest.mark.parametrize(("start", "target"), [
    (Status.DRAFT, Status.EXPORTED), (Status.DRAFT, Status.PUBLISHED),
    (Status.NEEDS_REVISION, Status.PUBLISHED), (Status.ARCHIVED, Status.READY),
    (Status.PUBLISHED, Status.DRAFT)])
def test_transition_table_refuses_skipping_siap(store: QueueStore, start: Status,
                                                target: Status) -> None:
    post_id = store.posts.add(_draft(), CheckReport("x"), status=start).id
    with pytest.raises(TransitionError) as info:
        store.posts.set_status(post_id, target, reason="tetap", who="Rina")
    message = str(info.value)
    assert f"#{post_id}" in message and start.label in message and target.label in message
    assert store.posts.get(post_id).status is start and store.posts.history(post_id) == []


def test_every_status_can_be_archived_and_archived_comes_back_as_draft(store: QueueStore) -> None:
    for status in Status:
        if status is not Status.ARCHIVED:
            assert Status.ARCHIVED in TRANSITIONS[status]
    post_id = store.posts.add(_draft(), CheckReport("x"), status=Status.ARCHIVED).id
    store.posts.set_status(post_id, Status.DRAFT)
    assert store.posts.get(post_id).status is Status.DRAFT


def test_export_records_diekspor_even_from_draf(store: QueueStore) -> None:
    post_id = store.posts.add(_draft(), CheckReport("x")).id
    store.exports.record(preset="generic", files=[Path("a.csv")], post_ids=[post_id])
    assert store.posts.get(post_id).status is Status.EXPORTED


def test_set_statuses_changes_all_and_reports_the_refused(store: QueueStore) -> None:
    error = Finding("platform.length.x", Category.PLATFORM, Severity.ERROR, 0, 1, "panjang", "x")
    clean = store.posts.add(_draft("a"), CheckReport("a")).id
    with_error = store.posts.add(_draft("b"), CheckReport("b", (error,))).id
    archived = store.posts.add(_draft("c"), CheckReport("c"), status=Status.ARCHIVED).id
    refused = store.posts.set_statuses([clean, with_error, archived, 999, clean], Status.READY,
                                 who="Rina").refused
    assert set(refused) == {with_error, archived, 999}
    assert "alasan" in refused[with_error] and "Arsip" in refused[archived]
    assert store.posts.get(clean).status is Status.READY
    assert len(store.posts.history(clean)) == 1  # the repeated id changed once
    assert store.posts.set_statuses([with_error], Status.READY, reason="Dipecah").refused == {}
    assert store.posts.history(with_error)[-1].reason == "Dipecah"


def test_delete(store: QueueStore) -> None:
    keep = store.posts.add(_draft("a"), CheckReport("a")).id
    gone = store.posts.add(_draft("b"), CheckReport("b")).id
    store.posts.delete(gone)
    assert [p.id for p in store.posts.list()] == [keep]
    with pytest.raises(PostNotFoundError):
        store.posts.get(gone)


@pytest.mark.parametrize("action", ["get", "update", "set_status", "delete"])
def test_missing_post(store: QueueStore, action: str) -> None:
    existing = store.posts.add(_draft(), CheckReport(BODY)).id
    calls = {
        "get": lambda: store.posts.get(999),
        "update": lambda: store.posts.update(999, _draft("x"), CheckReport("x")),
        "set_status": lambda: store.posts.set_status(999, Status.READY),
        "delete": lambda: store.posts.delete(999),
    }
    with pytest.raises(PostNotFoundError) as info:
        calls[action]()
    assert info.value.args == (999,)
    assert isinstance(info.value, KeyError)
    assert store.posts.count() == 1 and store.posts.get(existing).status is Status.DRAFT


@pytest.mark.parametrize(("text", "status"), [
    ("draf", Status.DRAFT), ("DRAFT", Status.DRAFT), ("  Draf ", Status.DRAFT),
    ("perlu-revisi", Status.NEEDS_REVISION), ("Perlu revisi", Status.NEEDS_REVISION),
    ("needs_revision", Status.NEEDS_REVISION), ("NEEDS-REVISION", Status.NEEDS_REVISION),
    ("perlu_revisi", Status.NEEDS_REVISION), ("siap", Status.READY), ("ready", Status.READY),
    ("diekspor", Status.EXPORTED), ("terbit", Status.PUBLISHED), ("published", Status.PUBLISHED),
    ("arsip", Status.ARCHIVED),
])
def test_parse_status(text: str, status: Status) -> None:
    assert parse_status(text) is status


@pytest.mark.parametrize("text", ["", "selesai", "perlu"])
def test_parse_status_error(text: str) -> None:
    with pytest.raises(ValueError, match="status tidak dikenal") as info:
        parse_status(text)
    assert "draf, perlu-revisi, siap, diekspor, terbit, arsip" in str(info.value)


@pytest.mark.parametrize(("text", "expected"), [
    ("2025-01-02 08:30", dt.datetime(2025, 1, 2, 8, 30)),
    (" 2024-12-31 23:59\n", dt.datetime(2024, 12, 31, 23, 59)),
])
def test_parse_schedule(text: str, expected: dt.datetime) -> None:
    assert parse_schedule(text) == expected


@pytest.mark.parametrize("text", ["", "2025-01-02", "2025-01-02T08:30", "02-01-2025 08:30",
                                  "2025-02-30 08:00", "2025-01-02 24:00", "besok pagi"])
def test_parse_schedule_error(text: str) -> None:
    with pytest.raises(ValueError, match="YYYY-MM-DD HH:MM"):
        parse_schedule(text)


def test_channels_text() -> None:
    assert channels_text([Channel.X, Channel.WEBSITE]) == "X, Situs web"
    assert channels_text([]) == ""


# -- files ------------------------------------------------------------------------------------

def test_file_store_persists_and_records_migrations_once(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "saring.db"  # the folder is created
    first = QueueStore(path)
    post_id = first.posts.add(_draft(title="Tetap"), CheckReport(BODY, FINDINGS)).id
    first.close()
    for _ in range(2):
        again = QueueStore(path)
        assert again.posts.get(post_id).title == "Tetap"
        assert again.posts.get(post_id).findings == FINDINGS
        again.close()
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT migration_set, name FROM _sqlite_migrations ORDER BY id").fetchall()
    assert rows == [("saring", m.name) for m in migrations._migrations]  # each applied once


def test_empty_file_becomes_a_database(tmp_path: Path) -> None:
    path = tmp_path / "kosong.db"
    path.write_bytes(b"")
    store = QueueStore(path)
    store.posts.add(_draft(), CheckReport(BODY))
    store.close()
    assert path.read_bytes().startswith(b"SQLite format 3\x00")


@pytest.mark.parametrize("content", [
    b"id,status\r\n1,draf\r\n", b"x", b"Catatan rapat\n" * 100, b"\x00" * 4096,
])
def test_non_sqlite_file_is_refused_and_left_unchanged(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "antrean.csv"
    path.write_bytes(content)
    with pytest.raises(StoreError, match="bukan berkas SQLite"):
        QueueStore(path)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["antrean.csv"]  # no -journal or -wal


def test_corrupt_sqlite_file(tmp_path: Path) -> None:
    path = tmp_path / "rusak.db"
    content = b"SQLite format 3\x00" + b"\xff" * 200
    path.write_bytes(content)
    with pytest.raises(StoreError, match="tidak dapat dibuka"):
        QueueStore(path)
    assert path.read_bytes() == content


def test_directory_path(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="folder"):
        QueueStore(tmp_path)


def test_parent_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "berkas").write_text("x")
    with pytest.raises(StoreError):
        QueueStore(tmp_path / "berkas" / "saring.db")


# -- status workflow and history (issue 5) ---------------------------------------------------

from core.store.errors import ReasonRequiredError  # noqa: E402
from core.store.models import QueueQuery  # noqa: E402


def test_status_change_is_recorded_with_who_when_from_to_reason(store: QueueStore) -> None:
    post_id = store.posts.add(_draft(), CheckReport(BODY)).id
    store.posts.set_status(post_id, Status.NEEDS_REVISION, who="Rina", reason="Tambah sumber")
    store.posts.set_status(post_id, Status.READY, who="Budi")
    history = store.posts.history(post_id)
    assert [(h.who, h.from_status, h.to_status, h.reason) for h in history] == [
        ("Rina", Status.DRAFT, Status.NEEDS_REVISION, "Tambah sumber"),
        ("Budi", Status.NEEDS_REVISION, Status.READY, ""),
    ]
    assert all(abs((h.at - dt.datetime.now()).total_seconds()) < 60 for h in history)


def test_same_status_records_nothing(store: QueueStore) -> None:
    post_id = store.posts.add(_draft(), CheckReport(BODY)).id
    store.posts.set_status(post_id, Status.DRAFT, who="Rina")
    assert store.posts.history(post_id) == []


def test_post_with_error_becomes_siap_only_with_a_reason(store: QueueStore) -> None:
    post_id = store.posts.add(_draft(), CheckReport(BODY, FINDINGS)).id  # one error-level finding
    for blank in ("", "   "):
        with pytest.raises(ReasonRequiredError, match="alasan"):
            store.posts.set_status(post_id, Status.READY, who="Rina", reason=blank)
    assert store.posts.get(post_id).status is Status.DRAFT and store.posts.history(post_id) == []
    store.posts.set_status(post_id, Status.NEEDS_REVISION, who="Rina")  # other statuses need none
    store.posts.set_status(post_id, Status.READY, who="Rina", reason=" Sudah dicek kepala bidang ")
    assert store.posts.get(post_id).status is Status.READY
    assert store.posts.history(post_id)[-1].reason == "Sudah dicek kepala bidang"


def test_record_export_marks_posts_and_keeps_published(store: QueueStore, tmp_path: Path) -> None:
    a = store.posts.add(_draft("a"), CheckReport("a"), status=Status.READY).id
    b = store.posts.add(_draft("b"), CheckReport("b"), status=Status.PUBLISHED).id
    batch = store.exports.record(preset="buffer", files=[tmp_path / "x.csv"], post_ids=[a, b],
                                who="Rina").batch_id
    assert store.posts.get(a).status is Status.EXPORTED and store.posts.get(b).status is Status.PUBLISHED
    assert store.posts.history(a)[-1].reason == f"Ekspor buffer (kiriman #{batch})"
    (recorded,) = store.exports.batches()
    assert (recorded.preset, recorded.post_ids, recorded.files) == ("buffer", (a, b),
                                                                    (str(tmp_path / "x.csv"),))


def test_search_and_filters(store: QueueStore) -> None:
    fb = store.posts.add(_draft("Vaksinasi gratis di puskesmas", channels=(Channel.FACEBOOK,),
                          when="2025-03-01 08:00"), CheckReport("x")).id
    ig = store.posts.add(_draft("Jadwal vaksinasi anak", channels=(Channel.INSTAGRAM,),
                          when="2025-03-02 08:00"), CheckReport("x"), status=Status.READY).id
    store.posts.add(_draft("Lomba kebersihan kampung"), CheckReport("x"))
    assert {r.id for r in store.search.rows(QueueQuery(text="vaksin"))} == {fb, ig}
    assert [r.id for r in store.search.rows(QueueQuery(text="vaksinasi puskesmas"))] == [fb]
    assert [r.id for r in store.search.rows(QueueQuery(text="vaksin", status=Status.READY))] == [ig]
    assert [r.id for r in store.search.rows(QueueQuery(channel=Channel.FACEBOOK))] == [fb]
    day = dt.date(2025, 3, 2)
    assert [r.id for r in store.search.rows(QueueQuery(date_from=day, date_to=day))] == [ig]
    assert store.search.count_matching(QueueQuery(text='"=kutip')) == 0  # odd input is no SQL error
    assert store.search.count_matching(QueueQuery()) == 3
    store.posts.update(fb, _draft("Pengumuman lomba", channels=(Channel.FACEBOOK,)), CheckReport("x"))
    assert store.search.count_matching(QueueQuery(text="vaksinasi")) == 1  # the index follows updates


def test_media_copied_into_media_folder(store: QueueStore, tmp_path: Path) -> None:
    post_id = store.posts.add(_draft(), CheckReport(BODY)).id
    image = tmp_path / "foto.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\nDATA")
    media = store.media.add(post_id, image, media_dir=tmp_path / "media", alt_text="Foto rapat").media[0]
    assert Path(media.path).parent == tmp_path / "media"
    assert Path(media.path).read_bytes() == image.read_bytes()
    image.unlink()  # the copy stays
    store.media.set_alt_text(media.id, "Rapat koordinasi")
    (again,) = store.media.of(post_id)
    assert again.alt_text == "Rapat koordinasi" and Path(again.path).exists()
    assert store.search.rows(QueueQuery())[0].thumbnail == again.path
    store.posts.delete(post_id)
    assert store.media.of(post_id) == []
    assert not Path(again.path).exists()  # no other post used the file


def test_delete_removes_history_and_only_unshared_image_files(store: QueueStore,
                                                              tmp_path: Path) -> None:
    media_dir = tmp_path / "media"
    shared, own = tmp_path / "bersama.png", tmp_path / "sendiri.png"
    shared.write_bytes(b"\x89PNG\r\n\x1a\nBERSAMA")
    own.write_bytes(b"\x89PNG\r\n\x1a\nSENDIRI")
    gone = store.posts.add(_draft("a", when="2030-01-07 08:00"), CheckReport("a")).id
    keep = store.posts.add(_draft("b"), CheckReport("b")).id
    store.posts.set_status(gone, Status.READY, who="Rina")
    store.posts.set_status(keep, Status.READY, who="Rina")
    shared_copy = store.media.add(gone, shared, media_dir=media_dir).media[0]
    own_copy = store.media.add(gone, own, media_dir=media_dir).media[0]
    store.media.add(keep, shared, media_dir=media_dir).media[0]
    start = dt.datetime(2030, 1, 7)
    assert [s.id for s in store.search.scheduled_between(start, start + dt.timedelta(days=1))] == [gone]
    store.posts.delete(gone)
    assert store._db["status_history"].count_where("post_id = ?", [gone]) == 0
    assert store._db["post_media"].count_where("post_id = ?", [gone]) == 0
    assert len(store.posts.history(keep)) == 1
    assert Path(shared_copy.path).exists()  # the other post still shows it
    assert not Path(own_copy.path).exists()
    assert store.search.scheduled_between(start, start + dt.timedelta(days=1)) == []  # the slot is free


def test_remove_media_deletes_the_file_when_unused(store: QueueStore, tmp_path: Path) -> None:
    image = tmp_path / "foto.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\nX")
    first = store.posts.add(_draft("a"), CheckReport("a")).id
    second = store.posts.add(_draft("b"), CheckReport("b")).id
    one = store.media.add(first, image, media_dir=tmp_path / "media").media[0]
    two = store.media.add(second, image, media_dir=tmp_path / "media").media[0]
    assert one.path == two.path
    store.media.remove(one.id)
    assert Path(two.path).exists()
    store.media.remove(two.id)
    assert not Path(two.path).exists()


def test_wide_search_walks_the_queue_order_with_the_same_result(
        store: QueueStore, monkeypatch: pytest.MonkeyPatch) -> None:
    import core.store.search

    for n in range(30):
        when = None if n % 4 == 0 else f"2025-03-{1 + n % 28:02d} {8 + n % 9:02d}:00"
        store.posts.add(_draft(f"vaksinasi {'anak' if n % 2 else 'lansia'} {n}", when=when),
                  CheckReport("x"), status=Status.READY if n % 3 else Status.DRAFT)
    queries = [QueueQuery(text="vaksin"), QueueQuery(text="anak", status=Status.READY)]
    narrow = [[r.id for r in store.search.rows(q, offset=3, limit=7)] for q in queries]
    monkeypatch.setattr(core.store.search, "_WIDE_MATCH", 0)
    wide = [[r.id for r in store.search.rows(q, offset=3, limit=7)] for q in queries]
    assert wide == narrow and all(len(ids) == 7 for ids in wide)
    assert store.search.count_matching(queries[0]) == 30


def test_export_blocks_lists_error_posts_without_a_ready_reason() -> None:
    from core.findings import Category, Severity

    store = QueueStore(":memory:")
    error = Finding("platform.length.x", Category.PLATFORM, Severity.ERROR, 0, 5, "terlalu panjang",
                    actual="Warga")
    bad = store.posts.add(_draft(body="Warga datang."), CheckReport("Warga datang.", (error,))).id
    fine = store.posts.add(_draft(body="Warga datang."), CheckReport("Warga datang.")).id
    posts = store.posts.list()
    assert set(store.exports.blocks(posts)) == {bad}
    store.posts.set_status(bad, Status.READY, reason="Dipecah jadi utas")
    assert store.exports.blocks(store.posts.list()) == {}
    assert fine in {p.id for p in posts}


def test_set_images_adds_keeps_reorders_and_removes(store: QueueStore, tmp_path: Path) -> None:
    from core.store.errors import MediaError
    from core.store.models import ImageChoice

    media_dir = tmp_path / "media"
    files = []
    for name in ("a.png", "b.jpg", "c.png"):
        files.append(tmp_path / name)
        files[-1].write_bytes(b"\x89PNG\r\n\x1a\n" + name.encode())
    post_id = store.posts.add(_draft(), CheckReport(BODY)).id
    first = store.media.set_images(post_id, [ImageChoice(str(files[0]), " Foto rapat "),
                                       ImageChoice(str(files[1]))], media_dir=media_dir).media
    assert [(m.original_name, m.alt_text, m.position) for m in first] == [
        ("a.png", "Foto rapat", 0), ("b.jpg", "", 1)]
    second = store.media.set_images(post_id, [
        ImageChoice(str(files[2]), "Peta lokasi"),
        ImageChoice(first[1].path, "Spanduk acara", media_id=first[1].id)], media_dir=media_dir).media
    assert [(m.original_name, m.alt_text) for m in second] == [
        ("c.png", "Peta lokasi"), ("b.jpg", "Spanduk acara")]
    assert second[1].id == first[1].id  # kept, not copied again
    assert not Path(first[0].path).exists()  # detached and used by no other post
    with pytest.raises(MediaError):  # a failed copy changes nothing
        store.media.set_images(post_id, [ImageChoice(str(tmp_path / "hilang.png"))], media_dir=media_dir)
    assert store.media.of(post_id) == list(second)
    with pytest.raises(MediaError, match="bukan gambar"):
        store.media.set_images(post_id, [ImageChoice(str(tmp_path / "catatan.txt"))], media_dir=media_dir)


def test_staged_image_is_recorded_without_a_second_copy(store: QueueStore, tmp_path: Path) -> None:
    from core.store.media import stage_image
    from core.store.models import ImageChoice

    media_dir = tmp_path / "media"
    picked = tmp_path / "Foto Posko.PNG"
    picked.write_bytes(b"\x89PNG\r\n\x1a\nposko")
    staged = stage_image(ImageChoice(str(picked), "Posko"), media_dir=media_dir)
    assert Path(staged.path).parent == media_dir and staged.original_name == "Foto Posko.PNG"
    picked.unlink()  # the staged copy is what gets recorded
    post_id = store.posts.add(_draft(), CheckReport(BODY)).id
    (media,) = store.media.set_images(post_id, [staged], media_dir=media_dir).media
    assert (media.path, media.original_name, media.alt_text) == (staged.path, "Foto Posko.PNG", "Posko")
    assert sorted(p.name for p in media_dir.iterdir()) == [Path(staged.path).name]
    kept = ImageChoice(media.path, "Posko", media.id)
    assert stage_image(kept, media_dir=media_dir) is kept  # stored images are not copied again


def test_set_images_keeps_an_image_attached_elsewhere_meanwhile(store: QueueStore,
                                                                tmp_path: Path) -> None:
    from core.store.models import ImageChoice

    media_dir = tmp_path / "media"
    first, other = tmp_path / "a.png", tmp_path / "b.png"
    first.write_bytes(b"\x89PNG\r\n\x1a\na")
    other.write_bytes(b"\x89PNG\r\n\x1a\nb")
    post_id = store.posts.add(_draft(), CheckReport(BODY)).id
    (shown,) = store.media.set_images(post_id, [ImageChoice(str(first))], media_dir=media_dir).media
    added = store.media.add(post_id, other, media_dir=media_dir, alt_text="dari antrean").media[0]
    # The form still shows only the first image, with a new alt text: the other one stays.
    after = store.media.set_images(post_id, [ImageChoice(shown.path, "Foto A", shown.id)],
                             media_dir=media_dir, known=[shown.id]).media
    assert [(m.id, m.alt_text) for m in after] == [(shown.id, "Foto A"), (added.id, "dari antrean")]
    # Removing the shown one in the form detaches only that one.
    assert [m.id for m in store.media.set_images(post_id, [], media_dir=media_dir,
                                           known=[shown.id]).media] == [added.id]


# -- read-only (a second Saring while another one holds the database) -----------------------

def test_read_only_store_reads_while_the_writer_is_open_and_cannot_write(tmp_path: Path) -> None:
    from core.store.errors import ReadOnlyStoreError

    path = tmp_path / "saring.db"
    writer = QueueStore(path)  # the first Saring, still open (WAL)
    post_id = writer.posts.add(_draft(title="Banjir"), CheckReport(text=BODY)).id
    reader = QueueStore(path, read_only=True)
    assert reader.read_only
    assert [p.title for p in reader.posts.list()] == ["Banjir"]
    assert reader.posts.get(post_id).body == BODY
    with pytest.raises(ReadOnlyStoreError, match="hanya-baca"):
        reader.posts.add(_draft(), CheckReport(text=BODY))
    with pytest.raises(ReadOnlyStoreError):
        reader.posts.set_status(post_id, Status.READY, reason="ok")
    with pytest.raises(ReadOnlyStoreError):
        reader.media.add(post_id, tmp_path / "x.png", media_dir=tmp_path / "media").media[0]
    assert not (tmp_path / "media").exists()
    with pytest.raises(StoreError):  # writes past the store's own methods fail in SQLite itself
        reader.drafts.save(_draft(), post_id=None)
    with pytest.raises(sqlite3.OperationalError, match=r"readonly|read-only|query_only|write"):
        reader._db.execute("DELETE FROM posts")
    # what the writer adds meanwhile shows up in the reader
    writer.posts.add(_draft(title="Imunisasi"), CheckReport(text=BODY))
    assert [p.title for p in reader.posts.list()] == ["Banjir", "Imunisasi"]
    reader.close()
    writer.close()
    assert QueueStore(path).posts.get(post_id).title == "Banjir"


def test_read_only_needs_an_existing_current_database(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="tidak ada"):
        QueueStore(tmp_path / "baru.db", read_only=True)
    assert not (tmp_path / "baru.db").exists()
    old = tmp_path / "lama.db"
    conn = sqlite3.connect(old)
    conn.execute("CREATE TABLE x (a)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="versi Saring yang lebih lama"):
        QueueStore(old, read_only=True)
