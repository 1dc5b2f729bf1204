from __future__ import annotations

import pytest

from core.publish.channels import Channel, UnknownChannelError, parse_channel


@pytest.mark.parametrize(("name", "channel"), [
    ("facebook", Channel.FACEBOOK), ("Facebook", Channel.FACEBOOK), ("fb", Channel.FACEBOOK),
    ("Instagram", Channel.INSTAGRAM), ("IG", Channel.INSTAGRAM),
    ("x", Channel.X), ("X", Channel.X), ("twitter", Channel.X), ("Twitter", Channel.X),
    ("tiktok", Channel.TIKTOK), ("TikTok", Channel.TIKTOK),
    ("threads", Channel.THREADS),
    ("youtube", Channel.YOUTUBE), ("yt", Channel.YOUTUBE),
    ("website", Channel.WEBSITE), ("web", Channel.WEBSITE), ("situs", Channel.WEBSITE),
    ("situs web", Channel.WEBSITE), ("Situs-Web", Channel.WEBSITE), ("  instagram \n", Channel.INSTAGRAM),
])
def test_parse_channel(name: str, channel: Channel) -> None:
    assert parse_channel(name) is channel


@pytest.mark.parametrize("name", ["", "  ", "myspace", "insta gram", "situsweb", "wa"])
def test_unknown_channel(name: str) -> None:
    with pytest.raises(UnknownChannelError) as info:
        parse_channel(name)
    assert repr(name) in str(info.value)
    assert "facebook, instagram, x, tiktok, threads, youtube, website" in str(info.value)


def test_unknown_channel_is_a_value_error() -> None:
    assert issubclass(UnknownChannelError, ValueError)


@pytest.mark.parametrize(("channel", "label"), [
    (Channel.X, "X"), (Channel.TIKTOK, "TikTok"), (Channel.YOUTUBE, "YouTube"),
    (Channel.WEBSITE, "Situs web"),
])
def test_label(channel: Channel, label: str) -> None:
    assert channel.label == label


def test_every_channel_round_trips_through_its_value_and_has_a_label() -> None:
    for channel in Channel:
        assert parse_channel(channel.value) is channel
        assert channel.label
