"""Crafted review bundles: each is refused whole with a named error and an Indonesian reason,
or imported safely; never a traceback, never a partial write, never a file outside the media
folder, never a post that skips the workflow."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from core.check.findings import CheckReport
from core.errors import SaringError
from core.store.bundle import (
    BundleError,
    BundleInvalidError,
    apply_bundle,
    export_bundle,
    import_bundle,
    read_bundle,
)
from core.store.bundle_schema import MAX_IMAGE_BYTES
from core.store.errors import MediaError
from core.store.models import PostDraft, Status
from core.store.queue import QueueStore
from tests.pictures import jpeg

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + (16).to_bytes(4, "big") * 2 + b"rest"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[QueueStore]:
    s = QueueStore(tmp_path / "q.db")
    yield s
    s.close()


def post(uid: str = "a1", **extra: object) -> dict[str, object]:
    return {"uid": uid, "body": "Isi unggahan", "status": "draf", **extra}


def bundle(tmp_path: Path, manifest: object, images: dict[str, bytes] | None = None, *,
           raw: str | None = None, name: str = "x.saring") -> Path:
    path = tmp_path / name
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("bundle.json", raw if raw is not None else json.dumps(manifest))
        for key, data in (images or {}).items():
            archive.writestr(key, data)
    return path


def manifest(*posts: object, **extra: object) -> dict[str, object]:
    return {"format": "saring-review-bundle", "version": 1, "posts": list(posts), **extra}


def files_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


REFUSED: dict[str, Callable[[], tuple[object, dict[str, bytes] | None, str | None]]] = {
    "version is text": lambda: (manifest(post(), version="1"), None, None),
    "version is a float": lambda: (manifest(post(), version=1.5), None, None),
    "version is true": lambda: (manifest(post(), version=True), None, None),
    "version is huge": lambda: (manifest(post(), version=10**30), None, None),
    "posts is an object": lambda: (manifest() | {"posts": {"a": 1}}, None, None),
    "posts is text": lambda: (manifest() | {"posts": "semua"}, None, None),
    "posts is null": lambda: (manifest() | {"posts": None}, None, None),
    "a post is a list": lambda: (manifest([1, 2]), None, None),
    "images is text": lambda: (manifest(post(images="foto.png")), None, None),
    "images holds numbers": lambda: (manifest(post(images=[1])), None, None),
    "findings is an object": lambda: (manifest(post(findings={"x": 1})), None, None),
    "history is text": lambda: (manifest(post(history="kemarin")), None, None),
    "history bad time": lambda: (manifest(post(history=[{"at": "kemarin", "to": "draf"}])), None, None),
    "history bad status": lambda: (manifest(post(history=[{"at": "2030-01-01T00:00:00",
                                                           "to": "dihapus"}])), None, None),
    "body missing": lambda: (manifest({"uid": "a1", "status": "draf"}), None, None),
    "body null": lambda: (manifest(post(body=None)), None, None),
    "body is a number": lambda: (manifest(post(body=12)), None, None),
    "body too long": lambda: (manifest(post(body="a" * 200_001)), None, None),
    "uid missing": lambda: (manifest({"body": "x"}), None, None),
    "uid with a path": lambda: (manifest(post(uid="../../etc")), None, None),
    "uid twice": lambda: (manifest(post(), post()), None, None),
    "unknown status": lambda: (manifest(post(status="dihapus")), None, None),
    "status is a list": lambda: (manifest(post(status=["siap"])), None, None),
    "unknown channel": lambda: (manifest(post(channels=["friendster"])), None, None),
    "schedule not a time": lambda: (manifest(post(scheduled_at="besok pagi")), None, None),
    "schedule is a number": lambda: (manifest(post(scheduled_at=5)), None, None),
    "finding outside the text": lambda: (manifest(post(findings=[{
        "rule": "r", "category": "spelling", "severity": "error", "start": 0, "end": 10**6,
        "text": "", "message": "m"}])), None, None),
    "finding start is huge": lambda: (manifest(post(findings=[{
        "rule": "r", "category": "spelling", "severity": "error", "start": 2**70, "end": 2**71,
        "text": "", "message": "m"}])), None, None),
    "finding unknown severity": lambda: (manifest(post(findings=[{
        "rule": "r", "category": "spelling", "severity": "fatal", "start": 0, "end": 0,
        "text": "", "message": "m"}])), None, None),
    "lone surrogate in the body": lambda: (None, None, json.dumps(manifest(post()))
                                           .replace("Isi unggahan", "Isi \\ud800")),
    "lone surrogate in the title": lambda: (None, None, json.dumps(manifest(post(title="T")))
                                            .replace('"T"', '"\\udfff"')),
    "NUL in the body": lambda: (manifest(post(body="a\x00b")), None, None),
    "nested 100,000 deep": lambda: (None, None, '{"format": "saring-review-bundle", "posts": '
                                    + "[" * 100_000 + "]" * 100_000 + "}"),
    "eleven million empty objects": lambda: (None, None, '{"format": "saring-review-bundle", '
                                             '"posts": [' + "{}," * 11_000_000 + "{}]}"),
    "manifest not JSON": lambda: (None, None, "{bukan json"),
    "manifest is a list": lambda: (None, None, "[]"),
    "manifest not UTF-8": lambda: (None, None, None),
    "number with 100,000 digits": lambda: (None, None, '{"format": "saring-review-bundle", '
                                           '"version": ' + "9" * 100_000 + "}"),
    "too many images on a post": lambda: (manifest(post(images=[{"name": f"{i}.png"}
                                                                for i in range(50)])), None, None),
    "HTML named .png": lambda: (manifest(post(images=[{"name": "a.png"}])),
                                {"images/a.png": b"<html><script>alert(1)</script></html>"}, None),
    "executable named .jpg": lambda: (manifest(post(images=[{"name": "a.jpg"}])),
                                      {"images/a.jpg": b"MZ\x90\x00" + b"\x00" * 100}, None),
    "PNG named .gif": lambda: (manifest(post(images=[{"name": "a.gif"}])),
                               {"images/a.gif": PNG}, None),
    "PNG of a billion pixels": lambda: (manifest(post(images=[{"name": "a.png"}])), {
        "images/a.png": PNG[:16] + (100_000).to_bytes(4, "big") * 2 + b"rest"}, None),
    "JPEG of 3.6 gigapixels": lambda: (manifest(post(images=[{"name": "a.jpg"}])),
                                       {"images/a.jpg": jpeg(width=60_000, height=60_000)}, None),
    "GIF of 4 gigapixels": lambda: (manifest(post(images=[{"name": "a.gif"}])), {
        "images/a.gif": b"GIF89a" + (65_535).to_bytes(2, "little") * 2 + b"\x00\x00\x00;"}, None),
    "WebP canvas of 16 million squared": lambda: (manifest(post(images=[{"name": "a.webp"}])), {
        "images/a.webp": b"RIFF\x16\x00\x00\x00WEBPVP8X\x0a\x00\x00\x00\x00\x00\x00\x00"
                         + b"\xff\xff\xff" * 2}, None),
    "zip bomb image": lambda: (manifest(post(images=[{"name": "a.png"}])),
                               {"images/a.png": PNG + b"\x00" * (MAX_IMAGE_BYTES + 1)}, None),
    "highly compressed image": lambda: (manifest(post(images=[{"name": "a.png"}])),
                                        {"images/a.png": PNG + b"\x00" * (5 << 20)}, None),
}


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_crafted_bundle_is_refused_whole(case: str, store: QueueStore, tmp_path: Path) -> None:
    data, images, raw = REFUSED[case]()
    if case == "manifest not UTF-8":
        raw = None
        path = tmp_path / "x.saring"
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("bundle.json", b"\xff\xfe\x00{")
    else:
        path = bundle(tmp_path, data, images, raw=raw)
    media = tmp_path / "media"
    with pytest.raises(BundleError) as caught:
        import_bundle(store, path, media_dir=media)
    assert isinstance(caught.value, SaringError)
    message = str(caught.value)
    assert str(path) in message and "Traceback" not in message
    assert store.posts.count() == 0 and files_in(media) == []


def test_not_a_zip_and_a_broken_zip_are_refused(store: QueueStore, tmp_path: Path) -> None:
    good = bundle(tmp_path, manifest(post()), name="good.saring").read_bytes()
    damaged = tmp_path / "rusak.saring"
    damaged.write_bytes(good[:40] + bytes(b ^ 0xFF for b in good[40:80]) + good[80:])
    truncated = tmp_path / "potong.saring"
    truncated.write_bytes(good[: len(good) // 2])
    for path in (damaged, truncated):
        with pytest.raises(BundleError, match="bukan berkas tinjauan"):
            import_bundle(store, path, media_dir=tmp_path / "m")
    assert store.posts.count() == 0


def test_names_with_paths_never_leave_the_media_folder(store: QueueStore, tmp_path: Path) -> None:
    path = bundle(tmp_path, manifest(post(images=[{"name": "../../jahat.png"}, {"name": "ok.png"}])),
                  {"images/../../jahat.png": PNG, "../jahat.png": PNG, "/tmp/jahat.png": PNG,
                   "images/ok.png": PNG, "images/.tersembunyi.png": PNG})
    media = tmp_path / "m"
    result = import_bundle(store, path, media_dir=media)
    (post_id,) = result.added
    assert [p.parent for p in files_in(tmp_path) if p.suffix == ".png"] == [media]
    assert len(store.media.of(post_id)) == 1
    assert any("jahat.png" in note for note in result.notes)


def test_new_posts_never_arrive_exported_or_published(store: QueueStore, tmp_path: Path) -> None:
    posts = [post(f"u{s}", status=s) for s in ("terbit", "diekspor", "siap", "arsip",
                                               "perlu-revisi", "draf")]
    result = import_bundle(store, bundle(tmp_path, manifest(*posts)), media_dir=tmp_path / "m")
    statuses = [store.posts.get(i).status for i in result.added]
    assert statuses == [Status.DRAFT] * 4 + [Status.NEEDS_REVISION, Status.DRAFT]
    assert len(result.notes) == 4 and all("Draf" in n for n in result.notes)


def test_a_failure_halfway_leaves_no_post_behind(store: QueueStore, tmp_path: Path) -> None:
    """One transaction: the second post's image vanished after the check, so the import
    fails; the first post (already written inside the transaction) is gone too."""
    path = bundle(tmp_path, manifest(post("a1", images=[{"name": "a.png"}]),
                                     post("b2", images=[{"name": "b.png"}])),
                  {"images/a.png": PNG, "images/b.png": PNG + b"b"})
    media = tmp_path / "m"
    received = read_bundle(path, media_dir=media)
    assert len(received.written) == 2
    received.images["b.png"].unlink()
    with pytest.raises(MediaError):
        apply_bundle(store, received, media_dir=media)
    assert store.posts.count() == 0 and store.reviews.post_id_for_uid("a1") is None
    assert files_in(media) == []  # the image copied for the first post went too


def test_export_then_import_keeps_unicode_text(tmp_path: Path) -> None:
    sender = QueueStore(tmp_path / "s.db")
    receiver = QueueStore(tmp_path / "r.db")
    try:
        body = "Warga 👍 ꦲꦏ꧀ꦱꦫ — “kutip” " * 100
        a = sender.posts.add(PostDraft(body=body, title="=SUM(A1)"), CheckReport(body)).id
        sent = export_bundle(sender, [a], tmp_path / "k.saring")
        (got,) = import_bundle(receiver, sent.path, media_dir=tmp_path / "m").added
        assert receiver.posts.get(got).body == body
    finally:
        sender.close()
        receiver.close()


def test_in_memory_zip_bytes_are_not_trusted(store: QueueStore, tmp_path: Path) -> None:
    """A member whose header under-states its size is read no further than the limit."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("bundle.json", json.dumps(manifest(post(images=[{"name": "a.png"}]))))
        archive.writestr("images/a.png", PNG + b"\x00" * (MAX_IMAGE_BYTES + 10))
    data = bytearray(buffer.getvalue())
    # Lie in both headers: claim the big image holds 100 bytes.
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (at := data.find(signature, start)) >= 0:
            name_len = int.from_bytes(data[at + (26 if signature == b"PK\x03\x04" else 28):][:2],
                                      "little")
            head = 30 if signature == b"PK\x03\x04" else 46
            name = bytes(data[at + head: at + head + name_len])
            if name == b"images/a.png":
                data[at + offset: at + offset + 4] = (100).to_bytes(4, "little")
            start = at + 4
    path = tmp_path / "bohong.saring"
    path.write_bytes(bytes(data))
    with pytest.raises(BundleError):
        import_bundle(store, path, media_dir=tmp_path / "m")
    assert store.posts.count() == 0 and files_in(tmp_path / "m") == []


def test_refusal_is_named_and_in_indonesian(store: QueueStore, tmp_path: Path) -> None:
    path = bundle(tmp_path, manifest({"uid": "a1", "status": "draf"}))
    with pytest.raises(BundleInvalidError, match=r"ditolak: unggahan ke-1: \"body\" tidak ada\. "
                                                  r"Tidak ada yang diubah\."):
        import_bundle(store, path, media_dir=tmp_path / "m")


@pytest.mark.parametrize("name", ["tidak-ada.saring", "."])
def test_missing_file_or_a_folder_is_a_message(store: QueueStore, tmp_path: Path, name: str) -> None:
    with pytest.raises(BundleError, match=r"tidak ditemukan|bukan berkas tinjauan"):
        import_bundle(store, tmp_path / name, media_dir=tmp_path / "m")
