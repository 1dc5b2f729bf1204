from __future__ import annotations

import pytest

from core.check.findings import Category, Severity
from core.check.limits import LIMITS, X_URL_WEIGHT, check_limits, length_for
from core.publish.channels import Channel

URL = "https://kominfo.go.id/berita/2024/11/pengumuman-penting-untuk-warga"


@pytest.mark.parametrize(("text", "length"), [
    ("", 0),
    ("abc", 3),
    ("é ñ ü — “kutip”", 15),  # Latin and general punctuation weigh 1
    ("東京", 4),  # CJK weighs 2
    ("😀", 2),  # one emoji code point weighs 2
    ("a😀b", 4),
    (URL, X_URL_WEIGHT),
    ("www.a.id", X_URL_WEIGHT),  # a link counts 23 even when shorter
    (f"Baca {URL} ya", 5 + X_URL_WEIGHT + 3),
    (f"{URL} {URL}", 2 * X_URL_WEIGHT + 1),
])
def test_x_weighting(text: str, length: int) -> None:
    assert length_for(text, Channel.X) == length


@pytest.mark.parametrize("channel", [Channel.INSTAGRAM, Channel.THREADS, Channel.FACEBOOK])
@pytest.mark.parametrize("text", ["東京😀", URL, "abc"])
def test_other_channels_count_code_points(channel: Channel, text: str) -> None:
    assert length_for(text, channel) == len(text)


def test_lengths_per_channel() -> None:
    assert length_for("a😀b", Channel.X) == 4
    assert length_for(f"a {URL}", Channel.X) == 2 + X_URL_WEIGHT
    assert length_for("a😀b", Channel.THREADS) == 3


@pytest.mark.parametrize(("channel", "limit"), [
    (Channel.X, 280), (Channel.INSTAGRAM, 2200), (Channel.THREADS, 500), (Channel.TIKTOK, 2200),
])
def test_no_finding_at_exactly_the_limit(channel: Channel, limit: int) -> None:
    assert LIMITS[channel].max_chars == limit
    assert check_limits("a" * limit, (channel,)) == []


@pytest.mark.parametrize(("text", "start"), [
    ("a" * 281, 280),
    ("a" * 290, 280),
    ("😀" * 141, 140),  # 140 emoji weigh 280; the 141st overflows
    ("a" * 279 + "東", 279),  # a weight-2 character that crosses the limit is itself the overflow
    ("a" * 270 + " " + URL, 271),  # so is a link
])
def test_x_overflow_span(text: str, start: int) -> None:
    [finding] = check_limits(text, (Channel.X,))
    assert (finding.start, finding.end) == (start, len(text))
    assert text[finding.start:finding.end] == finding.actual
    assert (finding.rule_id, finding.category, finding.severity) == (
        "platform.length.x", Category.PLATFORM, Severity.ERROR)
    assert finding.reference == LIMITS[Channel.X].reference


def test_message_uses_indonesian_thousands_and_keeps_its_comma() -> None:
    [finding] = check_limits("a" * 3500, (Channel.INSTAGRAM,))
    assert finding.message == ("Terlalu panjang untuk Instagram: 3.500 dari 2.200 karakter. "
                               "Persingkat 1.300 karakter, mulai dari bagian yang ditandai.")


def test_one_finding_per_channel_over_its_limit() -> None:
    text = "a" * 600
    findings = check_limits(text, (Channel.X, Channel.THREADS, Channel.INSTAGRAM))
    assert [(f.rule_id, f.start) for f in findings] == [
        ("platform.length.x", 280), ("platform.length.threads", 500)]


@pytest.mark.parametrize("channel", [Channel.WEBSITE])
def test_channels_without_limit(channel: Channel) -> None:
    assert channel not in LIMITS
    assert check_limits("a" * 100_000, (channel,)) == []


def test_no_channels_no_findings() -> None:
    assert check_limits("a" * 100_000, ()) == []


@pytest.mark.parametrize(("text", "length"), [
    ("👨‍👩‍👧‍👦", 2),  # a ZWJ family is one emoji
    ("👍🏽", 2),  # with a skin tone
    ("🇮🇩", 2),  # a flag
    ("1️⃣", 2),  # a keycap
    ("❤️", 2),  # with a variation selector
    ("Hore 🎉🎉", 5 + 4),
    ("kominfo.go.id", X_URL_WEIGHT),  # a bare domain is a link
    ("Cek kominfo.go.id/berita ya", 4 + X_URL_WEIGHT + 3),
    ("dinkes.okutimurkab.go.id.", X_URL_WEIGHT + 1),
    ("warga@contoh.com", 16),  # an e-mail address is not a link
    ("Rp1.000.000 dan 3.5 persen", 26),  # numbers with dots are not domains
])
def test_x_emoji_sequences_and_bare_domains(text: str, length: int) -> None:
    assert length_for(text, Channel.X) == length


def test_x_overflow_never_splits_an_emoji() -> None:
    text = "a" * 279 + "👨‍👩‍👧"
    [finding] = check_limits(text, (Channel.X,))
    assert finding.start == 279 and finding.actual == "👨‍👩‍👧"


def test_hashtag_count() -> None:
    from core.check.limits import hashtag_count, hashtags
    text = "#Satu #dua_3 #2024 x#bukan &#39; #Empat"
    assert hashtag_count(text) == 3
    assert [text[a:b] for a, b in hashtags(text)] == ["#Satu", "#dua_3", "#Empat"]


def test_hashtag_limits_instagram_5_threads_1() -> None:
    text = "Info " + " ".join(f"#t{i}" for i in range(1, 8))
    findings = {f.rule_id: f for f in check_limits(text, (Channel.INSTAGRAM, Channel.THREADS, Channel.X))}
    assert set(findings) == {"platform.hashtags.instagram", "platform.hashtags.threads"}
    ig = findings["platform.hashtags.instagram"]
    assert ig.actual == "#t6 #t7" and ig.severity is Severity.ERROR and "7 dari paling banyak 5" in ig.message
    assert findings["platform.hashtags.threads"].actual.startswith("#t2")
    assert check_limits("Satu #tagar saja", (Channel.THREADS,)) == []
    assert check_limits("#a #b #c #d #e", (Channel.INSTAGRAM,)) == []


# -- issue 18: twitter-text's own list of top-level domains -----------------------------------

@pytest.mark.parametrize(("text", "weight"), [
    ("linktr.ee/x", 23),  # .ee was missing from the hand-written list (counted 11 + …)
    ("youtu.be/x", 23),
    ("Info di kominfo.go.id ya", 8 + 23 + 3),
    ("Daftar: s.id/formpkk.", 8 + 23 + 1),  # the final full stop is not part of the address
    ("harga Rp.500 pukul 08.00", 24),  # digits are no top-level domain
    ("surel humas@kominfo.go.id", 25),  # after @: an e-mail address, no link
    ("node.js dan file.xlsx", 21),  # .js and .xlsx are no top-level domains
    ("Budi, M.Si", 6 + 23),  # .si (Slovenia) is one: twitter-text counts it as a link too
])
def test_x_counts_bare_addresses_by_twitter_texts_list(text: str, weight: int) -> None:
    assert length_for(text, Channel.X) == weight


def test_the_list_ships_with_its_licence() -> None:
    from core.app.paths import resource_dir

    folder = resource_dir() / "twitter-text"
    tlds = [t for t in (folder / "tlds.txt").read_text(encoding="utf-8").splitlines()
            if t and not t.startswith("#")]
    assert len(tlds) > 1500 and {"com", "id", "ee", "be", "museum", "닷컴"} <= set(tlds)
    assert "Apache License" in (folder / "LICENSE").read_text(encoding="utf-8")


def test_instagram_and_tiktok_need_an_image() -> None:
    from core.check.limits import check_media

    found = check_media((Channel.FACEBOOK, Channel.INSTAGRAM, Channel.TIKTOK), 0)
    assert [(f.rule_id, f.category, f.severity, f.is_post_level) for f in found] == [
        ("platform.media.instagram", Category.PLATFORM, Severity.WARNING, True),
        ("platform.media.tiktok", Category.PLATFORM, Severity.WARNING, True)]
    assert "Lampirkan gambar" in found[0].message
    assert check_media((Channel.INSTAGRAM,), 1) == [] and check_media((Channel.FACEBOOK,), 0) == []
