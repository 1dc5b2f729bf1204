"""store.posts: posts and their status; bulk writes are set-based and every write says what
it changed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from core.check.findings import Category, CheckReport, Finding, Severity
from core.publish.channels import Channel
from core.store.changes import Change, Changes
from core.store.errors import PostNotFoundError
from core.store.models import PostDraft, Status
from core.store.queue import QueueStore
from tests.core.store.samples import BODY, FINDINGS
from tests.core.store.samples import draft as _draft


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


# -- files ------------------------------------------------------------------------------------


# -- status workflow and history (issue 5) ---------------------------------------------------

from core.store.errors import ReasonRequiredError  # noqa: E402
from tests.pictures import png  # noqa: E402


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


def test_delete_removes_history_and_only_unshared_image_files(store: QueueStore,
                                                              tmp_path: Path) -> None:
    media_dir = tmp_path / "media"
    shared, own = tmp_path / "bersama.png", tmp_path / "sendiri.png"
    shared.write_bytes(png(b"BERSAMA"))
    own.write_bytes(png(b"SENDIRI"))
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


# -- read-only (a second Saring while another one holds the database) -----------------------


# -- issue 16: set-based writes and Changes --------------------------------------------------

ERROR = Finding("x.err", Category.PLATFORM, Severity.ERROR, 0, 1, "galat", "a")


def _statements(store: QueueStore) -> list[str]:
    seen: list[str] = []
    store._db.conn.set_trace_callback(seen.append)
    return seen


def test_add_many_stores_all_in_order_with_few_statements(store: QueueStore) -> None:
    items = [(PostDraft(body=f"isi {n}", title=f"#{n}"), CheckReport(f"isi {n}")) for n in range(300)]
    seen = _statements(store)
    changes = store.posts.add_many(items, status=Status.READY)
    store._db.conn.set_trace_callback(None)
    assert len(changes.created) == 300 and changes.kinds == {Change.POSTS}
    assert [p.title for p in store.posts.get_many(changes.created)] == [f"#{n}" for n in range(300)]
    assert {p.status for p in store.posts.list()} == {Status.READY}
    # one executemany (SQLite traces it per row; "--" lines run inside triggers): no other
    # statement per post
    others = [s for s in seen if not s.startswith(("--", "INSERT INTO posts ("))]
    assert len(others) <= 6, others
    assert store.posts.add_many([]).empty


def test_add_returns_the_new_id(store: QueueStore) -> None:
    changes = store.posts.add(PostDraft(body="a"), CheckReport("a"))
    assert changes.created == (changes.id,) and changes.post_ids == {changes.id}
    assert store.posts.get(changes.id).body == "a"


def test_set_statuses_checks_each_and_moves_the_rest_together(store: QueueStore) -> None:
    clean = [store.posts.add(PostDraft(body=f"b{n}"), CheckReport("b")).id for n in range(50)]
    faulty = store.posts.add(PostDraft(body="c"), CheckReport("c", (ERROR,))).id
    seen = _statements(store)
    changes = store.posts.set_statuses([*clean, faulty, 999], Status.READY, who="Rina")
    store._db.conn.set_trace_callback(None)
    assert changes.kinds == {Change.STATUS} and changes.post_ids == set(clean)
    assert set(changes.refused) == {faulty, 999}
    assert "harus diperbaiki" in changes.refused[faulty] and "tidak ada" in changes.refused[999]
    writes = [s for s in seen if s.lstrip().upper().startswith(("INSERT", "UPDATE"))]
    assert len(writes) == 2  # one history insert, one status update, for all 50
    assert all(store.posts.last_change(i).who == "Rina" for i in clean)  # type: ignore[union-attr]
    assert store.posts.get(faulty).status is Status.DRAFT


def test_set_status_to_the_same_status_changes_nothing(store: QueueStore) -> None:
    post_id = store.posts.add(PostDraft(body="a"), CheckReport("a")).id
    assert store.posts.set_status(post_id, Status.DRAFT).empty
    assert store.posts.history(post_id) == []
    assert store.posts.set_status(post_id, Status.READY).post_ids == {post_id}


def test_delete_and_schedule_report_their_changes(store: QueueStore) -> None:
    post_id = store.posts.add(PostDraft(body="a"), CheckReport("a")).id
    assert store.posts.set_schedule(post_id, None).kinds == {Change.SCHEDULE}
    gone = store.posts.delete(post_id)
    assert gone.removed == {post_id} and gone.touches(Change.POSTS)
    with pytest.raises(PostNotFoundError):
        store.posts.delete(post_id)


# -- versions: no lost update ---------------------------------------------------------------


def test_every_write_raises_the_version(store: QueueStore) -> None:
    post_id = store.posts.add(_draft(), CheckReport(BODY)).id
    assert store.posts.get(post_id).version == 1
    store.posts.update(post_id, _draft(body="Baru"), CheckReport("Baru"))
    store.posts.set_schedule(post_id, dt.datetime(2030, 1, 1, 8, 0))
    store.posts.set_status(post_id, Status.NEEDS_REVISION, who="x", reason="sumber")
    store.posts.set_statuses([post_id], Status.DRAFT)
    assert store.posts.get(post_id).version == 5
    store.reviews.uid_of(post_id)  # the global id is no edit of the post
    assert store.posts.get(post_id).version == 5


def test_a_stale_save_is_refused_and_says_what_changed(store: QueueStore) -> None:
    """The issue's case: the post is open in the editor (version 1) while "Jadwalkan
    otomatis" gives it a time; saving the editor's older copy must not wipe the schedule."""
    from core.store.errors import StaleEditError

    post_id = store.posts.add(_draft(), CheckReport(BODY)).id
    opened = store.posts.get(post_id)
    store.posts.set_schedule(post_id, dt.datetime(2030, 6, 3, 8, 0))  # auto-schedule
    mine = _draft(body="Teks yang diperbaiki")  # the editor's copy: no schedule
    with pytest.raises(StaleEditError, match=r"jadwal sekarang 03-06-2030 08:00") as refused:
        store.posts.update(post_id, mine, CheckReport(mine.body), base_version=opened.version)
    stored = store.posts.get(post_id)
    assert stored.draft.scheduled_at == dt.datetime(2030, 6, 3, 8, 0) and stored.body == BODY
    assert refused.value.current == stored  # what the window shows and offers to take
    # "Simpan versi saya": the admin chose, knowing the stored version.
    store.posts.update(post_id, mine, CheckReport(mine.body), base_version=stored.version)
    assert store.posts.get(post_id).body == "Teks yang diperbaiki"


def test_a_save_on_the_current_version_goes_through(store: QueueStore) -> None:
    post_id = store.posts.add(_draft(), CheckReport(BODY)).id
    version = store.posts.get(post_id).version
    store.posts.update(post_id, _draft(body="Dua"), CheckReport("Dua"), base_version=version)
    assert store.posts.get(post_id).version == version + 1


def test_a_post_beyond_the_post_limit_is_refused_before_any_write(store: QueueStore) -> None:
    from core.app.post_size import MAX_POST_CHARS, PostTooLongError

    long = _draft(body="a" * (MAX_POST_CHARS + 1))
    with pytest.raises(PostTooLongError):
        store.posts.add(long, CheckReport(long.body))
    with pytest.raises(PostTooLongError):  # a bulk import stores none of its posts
        store.posts.add_many([(_draft(), CheckReport(BODY)), (long, CheckReport(long.body))])
    assert store.posts.count() == 0
    post_id = store.posts.add(_draft(), CheckReport(BODY)).id
    with pytest.raises(PostTooLongError):
        store.posts.update(post_id, long, CheckReport(long.body))
    assert store.posts.get(post_id).body == BODY
    at_limit = _draft(body="a" * MAX_POST_CHARS)
    store.posts.update(post_id, at_limit, CheckReport(at_limit.body))
    assert len(store.posts.get(post_id).body) == MAX_POST_CHARS


def test_rename_bidang_relabels_posts_without_an_edit(store: QueueStore) -> None:
    from core.check.findings import CheckReport as Report
    from core.store.models import PostDraft as Draft

    a = store.posts.add(Draft(body="a", bidang=("Bidang P2P", "Sekretariat")), Report("a")).id
    b = store.posts.add(Draft(body="b", bidang=("Bidang Baru", "Bidang P2P")), Report("b")).id
    c = store.posts.add(Draft(body="c", bidang=("Sekretariat",)), Report("c")).id
    before = {p.id: (p.version, p.updated_at) for p in store.posts.list()}
    changes = store.posts.rename_bidang({"Bidang P2P": "Bidang Baru", "Sekretariat": "Sekretariat"})
    assert sorted(changes.post_ids) == [a, b]
    assert store.posts.get(a).draft.bidang == ("Bidang Baru", "Sekretariat")  # in its place
    assert store.posts.get(b).draft.bidang == ("Bidang Baru",)  # once
    assert store.posts.get(c).draft.bidang == ("Sekretariat",)
    assert {p.id: (p.version, p.updated_at) for p in store.posts.list()} == before
    assert store.posts.rename_bidang({"Tidak ada": "X"}) == Changes()
