from __future__ import annotations

import pytest

from core.publish.presets import DEFAULT_PRESET, FORMATS, PRESETS, ExportError, get_preset, preset_label


def test_behaviour_is_in_the_fields() -> None:
    publishing = {p.id for p in PRESETS.values() if p.only_ready}
    assert publishing == {"hootsuite", "buffer", "publer", "sprout"}
    assert {p.id for p in PRESETS.values() if not p.marks_exported} == {"review"}
    assert {p.id for p in PRESETS.values() if p.picks_date_order} == {"hootsuite", "sprout"}
    assert {p.id for p in PRESETS.values() if p.images_as_urls} == {"buffer", "publer"}
    assert all(p.tool and p.per_channel for p in PRESETS.values() if p.publishes)
    assert all(p.hint and p.source for p in PRESETS.values())
    assert DEFAULT_PRESET.id == "generic" and tuple(PRESETS) == FORMATS


def test_lookup() -> None:
    assert get_preset("buffer") is PRESETS["buffer"] and get_preset(PRESETS["review"]) is PRESETS["review"]
    with pytest.raises(ExportError, match="format ekspor tidak dikenal"):
        get_preset("instagram")
    assert preset_label("sprout") == "Sprout Social" and preset_label("lama") == "lama"
