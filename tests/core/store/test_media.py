from __future__ import annotations

from pathlib import Path

import pytest

from core.check.findings import CheckReport
from core.store.models import QueueQuery
from core.store.queue import QueueStore
from tests.core.store.samples import BODY
from tests.core.store.samples import draft as _draft
from tests.pictures import jpeg, png


def test_media_copied_into_media_folder(store: QueueStore, tmp_path: Path) -> None:
    post_id = store.posts.add(_draft(), CheckReport(BODY)).id
    image = tmp_path / "foto.png"
    image.write_bytes(png(b"DATA"))
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


def test_remove_media_deletes_the_file_when_unused(store: QueueStore, tmp_path: Path) -> None:
    image = tmp_path / "foto.png"
    image.write_bytes(png(b"X"))
    first = store.posts.add(_draft("a"), CheckReport("a")).id
    second = store.posts.add(_draft("b"), CheckReport("b")).id
    one = store.media.add(first, image, media_dir=tmp_path / "media").media[0]
    two = store.media.add(second, image, media_dir=tmp_path / "media").media[0]
    assert one.path == two.path
    store.media.remove(one.id)
    assert Path(two.path).exists()
    store.media.remove(two.id)
    assert not Path(two.path).exists()


def test_set_images_adds_keeps_reorders_and_removes(store: QueueStore, tmp_path: Path) -> None:
    from core.store.errors import MediaError
    from core.store.models import ImageChoice

    media_dir = tmp_path / "media"
    files = []
    for name in ("a.png", "b.jpg", "c.png"):
        files.append(tmp_path / name)
        files[-1].write_bytes((jpeg if name.endswith(".jpg") else png)(name.encode()))
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
    picked.write_bytes(png(b"posko"))
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
    first.write_bytes(png(b"a"))
    other.write_bytes(png(b"b"))
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
