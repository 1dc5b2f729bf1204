"""What a code checker is (:class:`CodeChecker`), and the checkers the post checker runs, in
their order: rule packs, sources, the policy model, orthography, spelling, LanguageTool, platform limits,
informativeness. Each reports on its own; where their findings meet is decided in one place,
core/check/overlap.py."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from core.check.findings import Category, Finding
from core.check.informativeness import InformativenessChecker
from core.check.languagetool import LanguageToolEngine
from core.check.limits import check_limits, check_media
from core.check.orthography import Orthography
from core.check.overlap import Source
from core.check.policy_model import PolicyModelCheck
from core.check.rules import Campaign, RulePack
from core.check.rules.matcher import check_pack, grammar_of
from core.check.rules.shapes import Grammar, Reading
from core.check.sources import check_sources
from core.check.spelling import Speller
from core.check.text import link_spans, sentence_starts
from core.check.warned_quotes import drop_warned_quotes
from core.publish.channels import Channel


@dataclass(frozen=True, slots=True)
class Post:
    """A post as the checkers read it: its text, the channels it goes to, the day it is
    checked for, its Sumber field, whether to wait for a local LanguageTool, and how many
    images it has (None: not known, e.g. ``main.py check`` without ``--images``)."""

    text: str
    on_date: dt.date
    channels: tuple[Channel, ...] = ()
    sources: str = ""
    wait: bool = True
    images: int | None = None


class CodeChecker(Protocol):
    """One checker over a whole post. It reports every finding it has, without looking at
    the other checkers' findings; ``source`` says which it is (core/check/overlap.py merges
    them). Not thread-safe unless it says so: the post checker calls it from one thread."""

    @property
    def source(self) -> Source: ...

    def check(self, post: Post) -> list[Finding]: ...


# A capitalised word after another makes a title or a longer name (Pagelaran Budaya, Mesjid
# Kecamatan Air Hitam), where the standard form still applies.
_TITLE_WORD_RE = re.compile(r"[ \t]+[A-Z][a-z]{2,}\b")
# ... unless a place's head or its head's title is right before the word: then the word is that
# place's name whatever follows (Kecamatan Gubug Kabupaten X, Camat Gubug Bambang S.).
_PLACE_HEAD_BEFORE_RE = re.compile(
    r"(?:\b(?:Kecamatan|Kec\.|Camat|Desa|Kelurahan|Kel\.|Lurah|Kabupaten|Kab\.|Bupati|Kota"
    r"|Wali[ \t]?[Kk]ota|Distrik|Kapanewon|Panewu|Kemantren|Kalurahan|Nagari|Dusun|Dukuh"
    r"|Padukuhan|Kampung|Gampong|Pekon|Provinsi|Prov\.|Gubernur)[ \t]+)$")


class PacksCheck:
    """The rule packs (patterns and shapes), with their word classes merged once and the
    text read once per check for the shapes."""

    source = Source.PACKS

    def __init__(self, packs: Sequence[RulePack], campaign: Campaign | None = None, *,
                 place_name: Callable[[str], bool] | None = None) -> None:
        self.packs = tuple(packs)
        self._grammar = grammar_of(self.packs)  # the word classes the packs' shapes use
        self._campaign = campaign  # the settings' campaign period, beside each pack's own
        # Whether a capitalised word is the name of a place (the speller's region list): a
        # standard-form swap does not apply to a name (Kecamatan Pagelaran is no pergelaran).
        self._place_name = place_name
        self._last: tuple[str, Reading] | None = None

    @property
    def grammar(self) -> Grammar:
        return self._grammar

    def reading(self, text: str) -> Reading:
        """``text`` as the packs' grammar reads it; the last one is kept, so the policy
        model's word classes (core/check/policy_model.py) cost no second reading."""
        last = self._last
        if last is not None and last[0] == text:
            return last[1]
        found = self._grammar.read(text)
        self._last = (text, found)
        return found

    def check(self, post: Post) -> list[Finding]:
        reading = self.reading(post.text)
        findings: list[Finding] = []
        for pack in self.packs:
            findings += check_pack(pack, post.text, on_date=post.on_date, campaign=self._campaign,
                                   grammar=self._grammar, reading=reading)
        findings = drop_warned_quotes(post.text, findings)  # "Coblos 01" quoted in a reminder
        if "." in post.text and any(f.category is Category.STANDARD for f in findings):
            # a site's address glued to its dateline (JAMBI-INDEPENDENT.CO.ID -) is no word
            links = [(s, e) for s, e in link_spans(post.text) if post.text.find(".", s, e) - s >= 3]
            link_starts = [s for s, _e in links]  # sorted: one bisect a finding (a 1 MB paste)
            findings = [f for f in findings if not (f.category is Category.STANDARD and (
                (at := bisect_right(link_starts, f.start) - 1) >= 0 and f.end <= links[at][1]))]
        if self._place_name is not None and any(f.category is Category.STANDARD
                                                for f in findings):
            starts = sentence_starts(post.text)
            findings = [f for f in findings if not (
                f.category is Category.STANDARD and f.start not in starts
                and self._place_name(post.text[f.start:f.end])
                and (not _TITLE_WORD_RE.match(post.text, f.end)
                     or _PLACE_HEAD_BEFORE_RE.search(post.text, max(0, f.start - 16), f.start)))]
        return findings


class SourcesCheck:
    """Claims without a named source; the post's Sumber field covers them."""

    source = Source.SOURCES

    def check(self, post: Post) -> list[Finding]:
        return check_sources(post.text, sources=post.sources)


class ModelCheck:
    """The statistical layer of the policy checks (core/check/policy_model.py): at most one
    finding per category (a warning; in neutrality an error where its act model is sure);
    overlap.py keeps it only where the rules did not warn. A Sumber field covers its source
    finding as it covers the rules'."""

    source = Source.MODEL

    def __init__(self, layer: PolicyModelCheck) -> None:
        self.layer = layer

    def check(self, post: Post) -> list[Finding]:
        found = drop_warned_quotes(post.text, self.layer.check(post.text))
        if post.sources.strip():
            found = [f for f in found if f.category is not Category.SOURCE]
        return found


class OrthographyCheck:
    source = Source.ORTHOGRAPHY

    def __init__(self, orthography: Orthography) -> None:
        self.orthography = orthography

    def check(self, post: Post) -> list[Finding]:
        return self.orthography.check(post.text)


class SpellingCheck:
    source = Source.SPELLING

    def __init__(self, speller: Speller) -> None:
        self.speller = speller

    def check(self, post: Post) -> list[Finding]:
        return self.speller.check(post.text)


class LanguageToolCheck:
    """LanguageTool on the English paragraphs; raises
    :class:`~core.check.languagetool.LanguageToolUnavailableError` when it stops answering."""

    source = Source.LANGUAGETOOL

    def __init__(self, engine: LanguageToolEngine) -> None:
        self.engine = engine

    def check(self, post: Post) -> list[Finding]:
        return self.engine.check(post.text, wait=post.wait)


class LimitsCheck:
    source = Source.LIMITS

    def check(self, post: Post) -> list[Finding]:
        chosen = tuple(dict.fromkeys(post.channels))
        found = check_limits(post.text, chosen)
        if post.images is not None:
            found += check_media(chosen, post.images)
        return found


class InformativenessCheck:
    source = Source.INFORMATIVENESS

    def __init__(self, checker: InformativenessChecker) -> None:
        self.checker = checker

    def check(self, post: Post) -> list[Finding]:
        return self.checker.check(post.text)
