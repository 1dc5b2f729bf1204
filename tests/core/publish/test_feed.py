"""What a feed shows before its "…selengkapnya" link."""

from __future__ import annotations

from core.publish.channels import Channel
from core.publish.feed import FOLDS, feed_text


def test_short_text_is_shown_whole_everywhere() -> None:
    for channel in Channel:
        shown = feed_text("  Posyandu balita besok pagi.  ", channel)
        assert (shown.shown, shown.folded) == ("Posyandu balita besok pagi.", False)


def test_instagram_cuts_at_125_characters_on_a_word_boundary() -> None:
    text = " ".join(["pelayanan"] * 30)  # 299 characters
    shown = feed_text(text, Channel.INSTAGRAM)
    assert shown.folded and shown.more == "… selengkapnya"
    assert len(shown.shown) <= 125 and text.startswith(shown.shown)
    assert shown.shown.endswith("pelayanan")  # no word cut in two


def test_a_feed_also_stops_at_its_line_count() -> None:
    text = "Baris satu\nBaris dua\nBaris tiga\nBaris empat"
    assert feed_text(text, Channel.INSTAGRAM).shown == "Baris satu\nBaris dua\nBaris tiga"
    assert feed_text(text, Channel.TIKTOK).shown == "Baris satu\nBaris dua"
    assert feed_text(text, Channel.FACEBOOK).folded is False


def test_x_and_the_website_have_no_fold_and_facebook_says_lihat_selengkapnya() -> None:
    long = "kata " * 200
    assert not feed_text(long, Channel.X).folded and not feed_text(long, Channel.WEBSITE).folded
    assert feed_text(long, Channel.FACEBOOK).more == "… Lihat selengkapnya"
    assert all(fold.chars > 0 and fold.lines > 0 for fold in FOLDS.values())


def test_one_long_word_is_cut_at_the_fold() -> None:
    shown = feed_text("a" * 400, Channel.INSTAGRAM)
    assert shown.shown == "a" * 125 and shown.folded
