"""The operations layer: read and write on the UI thread, work in the worker, what changed
announced with its initiator, named errors to the caller; and the real operations on a real
store."""

from __future__ import annotations

import csv
import threading
from pathlib import Path

import pytest

from core.check.checker import Checker
from core.check.findings import Category, CheckReport, Finding, Severity
from core.store.errors import MediaError, StoreError
from core.store.models import PostDraft, Status
from core.store.queue import QueueStore
from core.store.user_dictionary import DRAFT_KEY, post_key
from ui import operations as ops
from ui.operations import POSTS, ChangeHub, Changes, Op, Operations, Outcome
from ui.tasks import TaskRunner

ERR = Finding("platform.length.x", Category.PLATFORM, Severity.ERROR, 0, 1, "Terlalu panjang", "W")


@pytest.fixture
def operations(qtbot) -> Operations:
    tasks = TaskRunner()
    yield Operations(tasks, ChangeHub())
    tasks.shutdown()


@pytest.fixture
def heard(operations: Operations) -> list[tuple[Changes, object]]:
    """Every announcement of the hub: (changes, initiator)."""
    seen: list[tuple[Changes, object]] = []
    operations.hub.changed.connect(lambda changes, initiator: seen.append((changes, initiator)))
    return seen


def test_an_op_without_work_runs_at_once_and_announces_with_its_initiator(operations, heard) -> None:
    got: list[int] = []
    operations.run(Op(lambda _: Outcome(7, POSTS)), initiator="queue", success=got.append)
    assert got == [7] and heard == [(POSTS, "queue")]


def test_work_runs_in_the_worker_read_and_write_on_the_ui_thread(qtbot, operations, heard) -> None:
    threads: dict[str, str] = {}

    def step(name: str, value: object) -> object:
        threads[name] = threading.current_thread().name
        return value

    got: list[str] = []
    op = Op(lambda text: Outcome(step("write", text), POSTS),
            read=lambda: step("read", "dibaca"), work=lambda text: step("work", text + ", dikerjakan"))
    operations.run(op, initiator=None, success=got.append)
    assert got == [] and heard == []  # the work is queued: nothing written yet
    qtbot.waitUntil(lambda: got == ["dibaca, dikerjakan"], timeout=5000)
    main = threading.main_thread().name
    assert threads["read"] == threads["write"] == main and threads["work"].startswith("saring-task")
    assert heard == [(POSTS, None)]


def test_nothing_changed_is_not_announced(operations, heard) -> None:
    operations.run(Op(lambda _: Outcome(None)))
    assert not Changes() and heard == []


def test_a_named_error_goes_to_failure_with_what_a_halfway_write_changed(operations, heard) -> None:
    def write(_: None) -> Outcome[None]:
        raise StoreError("disk penuh")

    failed: list[BaseException] = []
    operations.run(Op(write, errors=(StoreError,), failed_changes=POSTS), initiator="x",
                   success=lambda _: pytest.fail("no success"), failure=failed.append)
    assert [str(e) for e in failed] == ["disk penuh"] and heard == [(POSTS, "x")]


def test_a_named_error_while_reading_stops_before_the_worker(operations, heard) -> None:
    worked: list[bool] = []

    def read() -> None:
        raise StoreError("tidak terbaca")

    failed: list[BaseException] = []
    operations.run(Op(lambda _: Outcome(None), read=read, work=lambda _: worked.append(True),
                      errors=(StoreError,)), failure=failed.append)
    assert failed and not worked and not operations.tasks.busy and heard == []


def test_an_unexpected_error_is_not_swallowed(operations) -> None:
    def write(_: None) -> Outcome[None]:
        raise KeyError("bug")

    with pytest.raises(KeyError):
        operations.run(Op(write, errors=(StoreError,)), failure=lambda _: None)


# -- the real operations -------------------------------------------------------------------


def test_set_status_returns_the_refused_and_changes_the_queue(operations, heard, store: QueueStore) -> None:
    clean = store.posts.add(PostDraft(body="Layanan dibuka"), CheckReport("x")).id
    err = store.posts.add(PostDraft(body="Warga"), CheckReport("Warga", (ERR,))).id
    refused: list[dict[int, str]] = []
    operations.run(ops.set_status(store, [clean, err], Status.READY, reason="", who="Rina"),
                   initiator="view", success=refused.append)
    assert list(refused[0]) == [err] and store.posts.get(clean).status is Status.READY
    assert [(c.queue, c.calendar, c.store.post_ids, who) for c, who in heard] == [
        (True, True, {clean}, "view")]


def test_delete_names_what_could_not_be_deleted(operations, store: QueueStore) -> None:
    post_id = store.posts.add(PostDraft(body="Layanan dibuka"), CheckReport("x")).id
    problems: list[list[str]] = []
    operations.run(ops.delete_posts(store, [post_id, 999]), success=problems.append)
    assert store.posts.count() == 0 and len(problems[0]) == 1 and problems[0][0].startswith("#999")


def test_save_checks_in_the_worker_stores_and_moves_the_draft_ignores(
        qtbot, operations, heard, store: QueueStore, checker: Checker, tmp_path: Path) -> None:
    dictionary = store.dictionary
    dictionary.ignore_word(DRAFT_KEY, "kantr")
    draft = PostDraft(body="Warga dihimbau datang ke kantr desa.", title="Imbauan")
    saved: list[ops.Saved] = []
    op = ops.save_post(store, dictionary, checker, post_id=None, draft=draft,
                       ignores=dictionary.ignores(DRAFT_KEY), images=(), known=(),
                       media_dir=tmp_path / "media")
    operations.run(op, initiator="form", success=saved.append)
    qtbot.waitUntil(lambda: bool(saved), timeout=10_000)
    post = store.posts.get(saved[0].post_id)
    assert post.draft == draft and {f.actual for f in post.findings} == {"dihimbau"}
    assert dictionary.ignores(post_key(post.id)).words == frozenset({"kantr"})
    assert [(c.queue, c.calendar, c.media, who) for c, who in heard] == [(True, True, {post.id}, "form")]


def test_attaching_a_missing_image_is_refused_with_the_reason(operations, heard, store: QueueStore,
                                                              tmp_path: Path) -> None:
    post_id = store.posts.add(PostDraft(body="Foto"), CheckReport("x")).id
    failed: list[BaseException] = []
    operations.run(ops.attach_image(store, post_id, tmp_path / "tidak-ada.png", alt_text="",
                                    media_dir=tmp_path / "media"), failure=failed.append)
    assert isinstance(failed[0], MediaError | StoreError) and heard == [] and store.media.of(post_id) == []


def test_export_writes_in_the_worker_then_records_the_batch(qtbot, operations, heard, store: QueueStore,
                                                            tmp_path: Path) -> None:
    post_id = store.posts.add(PostDraft(body="Layanan dibuka.", title="Satu"), CheckReport("x"),
                              status=Status.READY).id
    started: list[int] = []
    done: list[ops.Exported] = []
    target = tmp_path / "semua.csv"
    operations.run(ops.export(store, target, "generic", who="Rina", started=started.append),
                   success=done.append)
    # The batch is recorded only when the worker's result comes back through the event loop
    # (whether the worker has already written the file at this moment is a race).
    assert started == [1] and store.posts.get(post_id).status is Status.READY and heard == []
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert [r["title"] for r in csv.DictReader(target.read_text(encoding="utf-8").splitlines())] == ["Satu"]
    assert store.posts.get(post_id).status is Status.EXPORTED and done[0].record_problem == ""
    assert [(c.queue, c.store.batch_id, c.store.post_ids) for c, _ in heard] == [(True, 1, {post_id})]


def test_dictionary_and_ignore_ops_announce_what_the_checker_needs(operations, heard,
                                                                   store: QueueStore) -> None:
    dictionary = store.dictionary
    ids: list[int] = []
    operations.run(ops.add_word(dictionary, "kantr"))
    operations.run(ops.ignore(dictionary, None, word="desaa"), success=ids.append)
    operations.run(ops.unignore(dictionary, ids[0]))
    assert dictionary.words() == ["kantr"] and dictionary.ignored() == []
    assert [c for c, _ in heard] == [Changes(dictionary=True), Changes(ignores=True), Changes(ignores=True)]
