"""Images in the compose form: add, alt text, remove, save with a new post, reopen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QImage

from core.store.models import ImageChoice
from ui.image_strip import ImageStrip
from ui.main_window import MainWindow


def png(path: Path, colour: str = "#1565c0") -> Path:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path))
    return path


def test_strip_adds_refuses_and_warns_about_missing_alt_text(qtbot, tmp_path: Path) -> None:
    strip = ImageStrip()
    qtbot.addWidget(strip)
    warned: list[str] = []
    strip.warn = lambda title, message: warned.append(message)
    note = tmp_path / "catatan.txt"
    note.write_text("bukan gambar", encoding="utf-8")
    broken = tmp_path / "rusak.png"
    broken.write_bytes(b"bukan png")
    problems = strip.add_files([png(tmp_path / "posko.png"), note, broken, tmp_path / "hilang.jpg"])
    assert len(problems) == 3 and warned and "catatan.txt" in warned[0]
    assert [Path(c.path).name for c in strip.images()] == ["posko.png"]
    card = strip.cards[0]
    assert not card.warning_row.isHidden() and "teks alternatif" in strip.summary.text()
    card.alt.setText("Posko banjir di Martapura")
    assert card.warning_row.isHidden()
    assert strip.images() == (ImageChoice(str(tmp_path / "posko.png"), "Posko banjir di Martapura"),)
    assert strip.is_changed()
    card.remove.click()
    assert strip.images() == () and not strip.is_changed()


def test_strip_refuses_pixel_bombs_before_decoding_them(qtbot, tmp_path: Path) -> None:
    """A few bytes declaring gigapixels (PNG, JPEG, WebP) are refused from their header, with
    the size and the limit; nothing is decoded."""
    from tests.pictures import jpeg
    from tests.pictures import png as png_bytes

    strip = ImageStrip()
    qtbot.addWidget(strip)
    warned: list[str] = []
    strip.warn = lambda title, message: warned.append(message)
    bombs = {"bom.png": png_bytes(width=100_000, height=100_000),
             "bom.jpg": jpeg(width=60_000, height=60_000),
             "bom.webp": b"RIFF\x16\x00\x00\x00WEBPVP8X\x0a\x00\x00\x00" + bytes(4) + b"\xff" * 6}
    paths = []
    for name, data in bombs.items():
        paths.append(tmp_path / name)
        paths[-1].write_bytes(data)
    problems = strip.add_files(paths)
    assert len(problems) == 3 and strip.images() == ()
    assert all("lebih dari batas" in p and "piksel" in p for p in problems), problems
    assert "bom.png" in warned[0] and "100,000 × 100,000" in warned[0]


def test_new_post_saved_with_images_then_reopened(qtbot, window: MainWindow, tmp_path: Path) -> None:
    window.queue.media_dir = tmp_path / "media"
    window.new_post()
    window.compose.body.setPlainText("Posko banjir dibuka di kantor kecamatan.")
    strip = window.compose.images
    strip.add_files([png(tmp_path / "posko.png"), png(tmp_path / "peta.png", "#2e7d32")])
    strip.cards[0].alt.setText("Posko banjir di kantor kecamatan")
    window.save_post()  # the post has no id yet: the images wait for the first save
    qtbot.waitUntil(lambda: window.store.posts.count() == 1, timeout=5000)
    post_id = window.compose.editing_id
    assert post_id is not None
    qtbot.waitUntil(lambda: len(window.store.media.of(post_id)) == 2, timeout=5000)
    media = window.store.media.of(post_id)
    assert [m.alt_text for m in media] == ["Posko banjir di kantor kecamatan", ""]
    assert [m.original_name for m in media] == ["posko.png", "peta.png"]
    assert all(Path(m.path).parent == tmp_path / "media" for m in media)
    assert [c.media_id for c in strip.images()] == [m.id for m in media]
    assert not strip.is_changed()

    window.new_post()
    assert strip.images() == ()
    window.open_post(post_id)
    assert [c.alt_text for c in strip.images()] == ["Posko banjir di kantor kecamatan", ""]
    strip.cards[1].alt.setText("Peta lokasi posko")
    strip.cards[0].remove.click()
    asked: list[str] = []
    window.confirm = lambda title, question: asked.append(question) or False
    window.new_post()  # image changes count as unsaved changes
    assert asked and strip.images() != ()
    window.save_post()
    qtbot.waitUntil(lambda: [m.alt_text for m in window.store.media.of(post_id)] == ["Peta lokasi posko"],
                    timeout=5000)
    assert not Path(media[0].path).exists()  # detached, no other post used it


def test_screenshot_of_the_form_with_images(qtbot, window: MainWindow, tmp_path: Path) -> None:
    window.compose.body.setPlainText("Posko banjir dibuka di kantor kecamatan.")
    window.compose.images.add_files([png(tmp_path / "posko-banjir-kecamatan.png"),
                                     png(tmp_path / "peta.png", "#2e7d32")])
    window.compose.images.cards[0].alt.setText("Posko banjir di kantor kecamatan")
    qtbot.wait(50)
    shots = Path("/tmp/wt5shots")
    if shots.is_dir():
        window.grab().save(str(shots / "compose-images.png"))
    assert window.compose.images.isVisible()


def test_save_keeps_an_image_added_from_the_queue_meanwhile(qtbot, window: MainWindow,
                                                            tmp_path: Path) -> None:
    window.queue.media_dir = tmp_path / "media"
    window.new_post()
    window.compose.body.setPlainText("Posko banjir dibuka.")
    window.save_post()
    qtbot.waitUntil(lambda: window.store.posts.count() == 1, timeout=5000)
    post_id = window.compose.editing_id
    window.compose.images.add_files([png(tmp_path / "di-formulir.png", "#2e7d32")])
    window.queue.attach_image(post_id, png(tmp_path / "dari-antrean.png"), "Foto dari antrean")
    assert len(window.compose.images.cards) == 1  # the form's own pick is not overwritten
    window.compose.images.cards[0].remove.click()
    window.queue.attach_image(post_id, png(tmp_path / "dua.png", "#c62828"), "Foto kedua")
    assert len(window.compose.images.cards) == 2  # unchanged form: it shows the queue's images
    window.compose.images.load(window.store.media.of(post_id)[:1])  # as if shown before the second
    window.compose.body.setPlainText("Posko banjir dibuka hari ini.")
    window.save_post()
    qtbot.waitUntil(lambda: window.store.posts.get(post_id).body.endswith("hari ini."), timeout=5000)
    qtbot.wait(50)
    assert [m.alt_text for m in window.store.media.of(post_id)] == ["Foto dari antrean", "Foto kedua"]
