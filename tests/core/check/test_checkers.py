"""The code checkers behind core/check/checker.py: each reports on its own, what its checker
finds, for the post it is given."""

from __future__ import annotations

import datetime as dt

from core.app.paths import resource_dir
from core.check.checker import default_pack_paths
from core.check.checkers import (
    CodeChecker,
    LimitsCheck,
    OrthographyCheck,
    PacksCheck,
    Post,
    SourcesCheck,
    SpellingCheck,
)
from core.check.findings import Category, Severity
from core.check.orthography import Orthography
from core.check.overlap import Source
from core.check.rules import Campaign, load_pack
from core.check.sources import check_sources
from core.check.spelling import Speller
from core.publish.channels import Channel

DAY = dt.date(2025, 1, 1)


def test_each_checker_says_which_it_is_and_reports_its_own_findings() -> None:
    speller = Speller.from_resources(resource_dir())
    packs = [load_pack(p) for p in default_pack_paths()]
    checks: list[CodeChecker] = [PacksCheck(packs), SourcesCheck(),
                                 OrthographyCheck(Orthography(speller=speller)),
                                 SpellingCheck(speller), LimitsCheck()]
    assert [c.source for c in checks] == [Source.PACKS, Source.SOURCES, Source.ORTHOGRAPHY,
                                          Source.SPELLING, Source.LIMITS]
    post = Post(text="Warga dihimbau datang hari senin. Pemerintahh menyebut 70% warga puas.",
                on_date=DAY, channels=(Channel.X, Channel.X))
    found = {c.source: c.check(post) for c in checks}
    assert {f.rule_id for f in found[Source.PACKS]} == {"baku.imbau"}
    assert found[Source.SOURCES] == check_sources(post.text)
    assert [f.actual for f in found[Source.ORTHOGRAPHY]] == ["senin"]
    assert [f.actual for f in found[Source.SPELLING]] == ["Pemerintahh"]
    assert found[Source.LIMITS] == []  # short enough for X, and X counted once


def test_the_sumber_field_reaches_the_sources_check() -> None:
    text = "Angka stunting turun 12 persen tahun ini."
    bare = SourcesCheck().check(Post(text=text, on_date=DAY))
    named = SourcesCheck().check(Post(text=text, on_date=DAY, sources="Dinas Kesehatan, 2025"))
    assert any(f.category is Category.SOURCE for f in bare)
    assert named == check_sources(text, sources="Dinas Kesehatan, 2025")


def test_the_settings_campaign_period_keeps_a_campaign_rule_at_its_severity() -> None:
    packs = [load_pack(p) for p in default_pack_paths()]
    post = Post(text="Jangan lupa nomor urut 2 ya", on_date=DAY)
    outside = PacksCheck(packs).check(post)
    inside = PacksCheck(packs, Campaign(DAY, DAY)).check(post)
    assert [(f.rule_id, f.severity) for f in outside] == [("kampanye.nomor-urut", Severity.WARNING)]
    assert [(f.rule_id, f.severity) for f in inside] == [("kampanye.nomor-urut", Severity.ERROR)]


def test_a_standard_form_swap_leaves_a_place_name_alone() -> None:
    """Pagelaran is a district (the region list); pagelaran the noun is non-standard. A name
    going on with another capitalised word (Pagelaran Budaya) is a title: the swap applies."""
    speller = Speller.from_resources(resource_dir())
    packs = [load_pack(p) for p in default_pack_paths()]
    check = PacksCheck(packs, place_name=speller.is_place_name)

    def swapped(text: str) -> list[str]:
        return [f.actual or "" for f in check.check(Post(text=text, on_date=DAY))
                if f.category is Category.STANDARD]

    assert swapped("Jalan di Kecamatan Pagelaran, Cikeusik dan Patia diperbaiki.") == []
    assert swapped("Ruas jalan Pagelaran sepanjang 3 km diperbaiki.") == []
    assert swapped("Acara bertajuk Pagelaran Budaya digelar.") == ["Pagelaran"]
    assert swapped("Warga menonton pagelaran wayang.") == ["pagelaran"]
    assert swapped("Pagelaran wayang digelar malam ini.") == ["Pagelaran"]  # a sentence start
    # after the place's head or its head's title the name stays a name, whatever follows
    assert swapped("Panen raya di Kecamatan Pagelaran Kabupaten Pandeglang meriah.") == []
    assert swapped("Hadir pula Camat Pagelaran Ahmad Sujana dan warga.") == []
    assert swapped("Warga menonton Festival Pagelaran Budaya.") == ["Pagelaran"]
