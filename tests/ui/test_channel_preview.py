"""Live counters under the editor and the per-channel preview."""

from __future__ import annotations

from PySide6.QtGui import QPalette

from core.check.limits import length_for
from core.publish.channels import Channel
from ui.channel_preview import counts, fitting_length, initials, preview_html
from ui.main_window import MainWindow


def test_counts_use_the_channel_rules() -> None:
    text = "Info banjir https://bpbd.contoh.go.id/laporan/2026/11/26/banjir-desa #SiagaBanjir #BPBD"
    x, ig = counts(text, (Channel.X, Channel.INSTAGRAM))
    assert x.length == length_for(text, Channel.X) < len(text)  # a link weighs 23 on X
    assert ig.length == len(text) and ig.limit == 2200
    assert x.hashtags == ig.hashtags == 2 and not x.over
    website, = counts(text, (Channel.WEBSITE,))
    assert website.limit is None and website.text().startswith("Situs web: ")


def test_fitting_length_cuts_at_the_limit() -> None:
    text = "😀" * 200  # an emoji weighs 2 on X
    assert fitting_length(text, Channel.X, 280) == 140
    assert fitting_length("a" * 600, Channel.THREADS, 500) == 500
    assert fitting_length("pendek", Channel.X, 280) == 6


def test_preview_strikes_the_overflow_and_escapes(qapp) -> None:
    body = preview_html("a<b> #tag lebih", 9, QPalette())
    assert "a&lt;b&gt; " in body and ">#tag<" in body
    assert 'line-through">&nbsp;lebih' in body or 'line-through"> lebih' in body


def test_counter_follows_typing_and_channels(qtbot, window: MainWindow) -> None:
    counter = window.compose.counter
    qtbot.waitUntil(lambda: "Pilih kanal" in counter.text(), timeout=2000)
    window.compose.channel_boxes[Channel.X].setChecked(True)
    qtbot.keyClicks(window.compose.body, "Halo warga #Banjir")
    qtbot.waitUntil(lambda: counter.text() == "X: 18/280 karakter, 1 tagar", timeout=2000)
    window.compose.body.setPlainText("a" * 281)
    qtbot.waitUntil(lambda: "281/280" in counter.text(), timeout=2000)
    assert counter.counts[0].over and "color:" in counter.text()


def test_preview_tab_shows_one_card_per_channel(qtbot, window: MainWindow) -> None:
    window.side.setCurrentWidget(window.preview)
    for channel in (Channel.INSTAGRAM, Channel.THREADS):
        window.compose.channel_boxes[channel].setChecked(True)
    window.compose.body.setPlainText("b" * 510)
    qtbot.waitUntil(lambda: set(window.preview.cards) == {Channel.INSTAGRAM, Channel.THREADS},
                    timeout=2000)
    label, view = window.preview.cards[Channel.THREADS]
    qtbot.waitUntil(lambda: "terlalu panjang" in label.text(), timeout=2000)
    assert "b" * 510 in view.toPlainText()
    assert "line-through" in view.toHtml()
    window.compose.channel_boxes[Channel.THREADS].setChecked(False)
    qtbot.waitUntil(lambda: set(window.preview.cards) == {Channel.INSTAGRAM}, timeout=2000)


def test_feed_preview_cuts_at_the_fold_names_the_account_and_shows_the_images(qtbot, tmp_path) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QColor, QImage

    from ui.channel_preview import ChannelPreview

    paths = []
    for i in range(6):
        image = QImage(40, 30, QImage.Format.Format_RGB32)
        image.fill(QColor("#4a90d9"))
        paths.append(str(tmp_path / f"g{i}.png"))
        assert image.save(paths[-1])
    text = " ".join(["pelayanan"] * 30) + " #KTPel"
    view = ChannelPreview(account=lambda: "Dinas Kominfo Kab. Contoh")
    qtbot.addWidget(view)
    view.resize(500, 800)
    view.show()
    view.show_post(text, counts(text, (Channel.INSTAGRAM, Channel.X)), paths)
    _label, instagram = view.cards[Channel.INSTAGRAM]
    shown = instagram.toPlainText()
    assert "Dinas Kominfo Kab. Contoh" in shown and "Baru saja" in shown
    assert shown.rstrip().endswith("… selengkapnya") and "#KTPel" not in shown
    assert "1/6" in shown  # Instagram opens with one picture of the six
    _label, x = view.cards[Channel.X]
    assert "#KTPel" in x.toPlainText() and "+2 gambar" in x.toPlainText()  # four shown
    assert not x.document().resource(2, QUrl("saring:image3")).isNull()
    instagram.anchorClicked.emit(QUrl("more:instagram"))  # "selengkapnya" opens the whole text
    assert "#KTPel" in view.cards[Channel.INSTAGRAM][1].toPlainText()
    assert initials("Dinas Kominfo Kab. Contoh") == "DK" and initials("") == "S"
