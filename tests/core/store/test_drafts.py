from __future__ import annotations

import datetime as dt
from pathlib import Path

from core.check.findings import CheckReport
from core.publish.channels import Channel
from core.store.models import PostDraft
from core.store.queue import QueueStore

DRAFT = PostDraft(body="Warga dihimbau datang.", title="Posyandu", sources="Dinkes",
                  channels=(Channel.X, Channel.FACEBOOK), scheduled_at=dt.datetime(2026, 5, 1, 9, 30))


def test_autosave_survives_reopening(tmp_path: Path) -> None:
    store = QueueStore(tmp_path / "s.db")
    store.drafts.save(DRAFT, post_id=None)
    store.close()  # a killed process closes nothing; reopening reads what was committed
    again = QueueStore(tmp_path / "s.db")
    saved = again.drafts.unsaved()
    assert saved is not None
    assert saved.draft == DRAFT and saved.post_id is None
    again.close()


def test_latest_autosave_wins_and_clear_removes_it() -> None:
    store = QueueStore(":memory:")
    store.drafts.save(DRAFT, post_id=None)
    store.drafts.save(PostDraft(body="versi dua"), post_id=None)
    saved = store.drafts.unsaved()
    assert saved is not None and saved.draft.body == "versi dua"
    store.drafts.clear()
    assert store.drafts.unsaved() is None


def test_empty_text_is_not_offered_back() -> None:
    store = QueueStore(":memory:")
    store.drafts.save(PostDraft(body="  \n"), post_id=None)
    assert store.drafts.unsaved() is None


def test_autosave_equal_to_queued_post_is_not_offered_back() -> None:
    store = QueueStore(":memory:")
    post_id = store.posts.add(DRAFT, CheckReport(text=DRAFT.body, findings=())).id
    store.drafts.save(DRAFT, post_id=post_id)
    assert store.drafts.unsaved() is None
    changed = PostDraft(body=DRAFT.body + " Tambahan.", title=DRAFT.title)
    store.drafts.save(changed, post_id=post_id)
    saved = store.drafts.unsaved()
    assert saved is not None and saved.post_id == post_id and saved.draft == changed


def test_autosave_of_a_deleted_post_comes_back_as_new() -> None:
    store = QueueStore(":memory:")
    post_id = store.posts.add(DRAFT, CheckReport(text=DRAFT.body, findings=())).id
    store.drafts.save(PostDraft(body="ubahan"), post_id=post_id)
    store.posts.delete(post_id)
    saved = store.drafts.unsaved()
    assert saved is not None and saved.post_id is None and saved.draft.body == "ubahan"


def test_picked_images_are_autosaved_with_the_text(tmp_path: Path) -> None:
    """Images picked for a post not saved yet come back after a crash, with their alt text."""
    from core.store.models import ImageChoice

    store = QueueStore(tmp_path / "s.db")
    picked = (ImageChoice(str(tmp_path / "posko banjir.png"), "Posko banjir di Martapura"),
              ImageChoice(str(tmp_path / "peta.jpg")))
    store.drafts.save(DRAFT, post_id=None, images=picked)
    store.close()
    saved = QueueStore(tmp_path / "s.db").drafts.unsaved()
    assert saved is not None and saved.images == picked


def test_images_alone_make_an_edit_worth_offering_back() -> None:
    from core.store.models import ImageChoice

    store = QueueStore(":memory:")
    post_id = store.posts.add(DRAFT, CheckReport(text=DRAFT.body, findings=())).id
    store.drafts.save(DRAFT, post_id=post_id)  # text as queued, images as stored (None)
    assert store.drafts.unsaved() is None
    store.drafts.save(DRAFT, post_id=post_id, images=(ImageChoice("/tmp/baru.png", "Baru"),))
    saved = store.drafts.unsaved()
    assert saved is not None and saved.images == (ImageChoice("/tmp/baru.png", "Baru"),)
    # the post is deleted meanwhile: its stored images are gone, picked ones stay
    store.drafts.save(DRAFT, post_id=post_id, images=(ImageChoice("/x/lama.png", "", 7, "lama.png"),
                                                    ImageChoice("/tmp/baru.png", "Baru")))
    store.posts.delete(post_id)
    saved = store.drafts.unsaved()
    assert saved is not None and saved.post_id is None
    assert saved.images == (ImageChoice("/tmp/baru.png", "Baru"),)


def test_a_damaged_images_field_keeps_the_text() -> None:
    store = QueueStore(":memory:")
    store.drafts.save(DRAFT, post_id=None)
    store._db.execute("UPDATE drafts SET images = 'bukan json'")
    saved = store.drafts.unsaved()
    assert saved is not None and saved.draft == DRAFT and saved.images is None
