"""The only entry point the UI and the command line call to check a post."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import accumulate
from pathlib import Path
from typing import TYPE_CHECKING

from core.app.paths import resource_dir
from core.app.settings import load_settings
from core.check.findings import Category, CheckReport, Finding, Severity
from core.check.informativeness import InformativenessChecker
from core.check.languagetool import LanguageToolEngine, LanguageToolUnavailableError
from core.check.limits import check_limits
from core.check.orthography import Orthography
from core.check.packs import installed_pack_paths, settings_campaign
from core.check.rules import Campaign, RulePack, load_pack
from core.check.rules.matcher import check_pack, drop_covered, grammar_of
from core.check.sources import check_sources
from core.check.spelling import Speller
from core.check.text import finditer_chunked, sentence_starts
from core.publish.channels import Channel

if TYPE_CHECKING:  # the store (sqlite-utils) is not loaded for a check
    from core.store.user_dictionary import IgnoreSet


def default_pack_paths(resources: Path | None = None) -> list[Path]:
    return sorted(((resources or resource_dir()) / "rules").glob("*.toml"))


class Checker:
    """Runs every checker over a post and returns one sorted :class:`CheckReport`.

    Not thread-safe (the speller caches): call it from one worker thread at a time.
    """

    def __init__(self, *, speller: Speller | None, packs: Sequence[RulePack] = (),
                 campaign: Campaign | None = None, orthography: Orthography | None = None,
                 languagetool: LanguageToolEngine | None = None,
                 informativeness: InformativenessChecker | None = None,
                 advice: bool = False) -> None:
        self._speller = speller
        # Register advice (info-level language findings: a foreign word and its equivalent,
        # tapi, a double space) only when asked for: EYD V does not make them wrong, and on
        # real government prose a copy editor leaves them (bench/realtext).
        self._advice = advice
        self._packs = tuple(packs)
        self._grammar = grammar_of(self._packs)  # the word classes the packs' shapes use
        self._campaign = campaign  # the settings' campaign period, beside each pack's own
        self._orthography = orthography
        self._languagetool = languagetool
        self._informativeness = informativeness  # announcements that leave out when/where/…
        # Why the LanguageTool engine is not running (for the status bar), or None.
        self.languagetool_error: str | None = None

    @classmethod
    def from_resources(cls, *, extra_packs: Iterable[Path] = (),
                       resources: Path | None = None, installed: Iterable[Path] = (),
                       disabled: Iterable[str] = (), campaign: Campaign | None = None,
                       languagetool_server: str = "", languagetool_dir: str = "",
                       advice: bool = False) -> Checker:
        """The default checker: shipped dictionary, word lists and rule packs, plus
        ``installed`` packs, minus packs whose id is in ``disabled``, plus ``extra_packs``
        (always applied; raises :class:`~core.check.rules.RuleFileError` for a bad pack)."""
        base = resources or resource_dir()
        off = set(disabled)
        # The shipped packs compile each pattern when first used (tests compile them all); an
        # installed pack is compiled whole now, so a pattern RE2 cannot run is named at once.
        shipped = [load_pack(path, verify=False) for path in default_pack_paths(base)]
        packs = [p for p in (*shipped, *(load_pack(path) for path in installed)) if p.id not in off]
        packs += [load_pack(p) for p in extra_packs]
        speller = Speller.from_resources(base)
        engine, engine_error = None, None
        try:
            engine = LanguageToolEngine.from_settings(server=languagetool_server,
                                                      folder=languagetool_dir)
        except LanguageToolUnavailableError as exc:
            engine_error = str(exc)  # everything else works without it
        standard = {term: right for pack in packs if pack.id == "baku" for rule in pack.rules
                    for term, right in rule.swap.items()}
        checker = cls(speller=speller, packs=packs, campaign=campaign,
                      orthography=Orthography(speller=speller, resources=base, standard=standard),
                      languagetool=engine,
                      informativeness=InformativenessChecker.from_resources(base),
                      advice=advice)
        checker.languagetool_error = engine_error
        return checker

    @classmethod
    def for_user(cls, *, extra_packs: Iterable[Path] = ()) -> Checker:
        """The checker the app and the command line use: the shipped packs, the packs the user
        installed (core.check.packs), and from the settings the disabled packs, the campaign period
        and the LanguageTool engine."""
        settings = load_settings()
        return cls.from_resources(extra_packs=extra_packs, installed=installed_pack_paths(),
                                  disabled=settings.disabled_packs,
                                  campaign=settings_campaign(settings),
                                  languagetool_server=settings.languagetool_server,
                                  languagetool_dir=settings.languagetool_dir,
                                  advice=settings.language_advice)

    def close(self) -> None:
        """Stop what the checker started outside Python (a local LanguageTool server)."""
        if self._languagetool is not None:
            self._languagetool.close()

    @property
    def packs(self) -> tuple[RulePack, ...]:
        return self._packs

    def set_user_words(self, words: Iterable[str]) -> None:
        """The personal and office dictionary words (call from the checking thread)."""
        if self._speller is not None:
            self._speller.set_user_words(words)

    @property
    def languagetool_pending(self) -> bool:
        """Whether the last check (with ``wait=False``) went without LanguageTool's findings
        because the local LanguageTool was still starting: check again later. Read it on the
        checking thread, right after the check."""
        return self._languagetool is not None and self._languagetool.skipped_while_starting

    def check(self, text: str, *, channels: Iterable[Channel] = (),
              on_date: dt.date | None = None, sources: str = "",
              ignores: IgnoreSet | None = None, wait: bool = True) -> CheckReport:
        """``sources`` is the post's Sumber field: a named source there covers the claims.
        ``ignores`` hides what the admin chose to ignore in this post. ``wait``: wait for a
        local LanguageTool that is starting (the command line); the window passes False and
        checks again while :attr:`languagetool_pending`."""
        day = on_date or dt.date.today()
        findings: list[Finding] = []
        reading = self._grammar.read(text)
        for pack in self._packs:
            findings += check_pack(pack, text, on_date=day, campaign=self._campaign,
                                   grammar=self._grammar, reading=reading)
        findings = drop_covered(findings)  # one explanation per act, not one per rule
        findings = _name_case(findings, text)
        findings += check_sources(text, sources=sources)
        if self._orthography is not None:
            # A language rule of a pack (eyd.toml, baku) on the same words says it already; a
            # source or policy finding there is about something else (a claim), so both stay.
            packed = {(f.start, f.end) for f in findings if f.category in _LANGUAGE}
            spelled = [f for f in self._orthography.check(text) if (f.start, f.end) not in packed]
            # "di himbau" -> "diimbau" already says what the baku rule on "himbau" says.
            joined = _Coverage(f for f in spelled if f.rule_id == "eyd.di-awalan")
            findings = [f for f in findings if not (f.category is Category.STANDARD
                                                    and f.end > f.start and joined(f.start, f.end))]
            findings += spelled
        if self._speller is not None:
            # A rule covering the same word says more than "not in the dictionary".
            # A policy finding on exactly this word (a slur, a party name) says more too; one
            # on a whole quote or claim does not hide the typos inside it.
            covered = _Coverage(f for f in findings if f.category in _LANGUAGE)
            flagged = {(f.start, f.end) for f in findings}
            findings += [f for f in self._speller.check(text)
                         if not covered(f.start, f.end) and (f.start, f.end) not in flagged]
        if self._languagetool is not None:
            try:
                findings += self._languagetool.check(text, wait=wait)
            except LanguageToolUnavailableError as exc:
                self.languagetool_error = str(exc)
        findings += check_limits(text, tuple(dict.fromkeys(channels)))
        if self._informativeness is not None:
            findings += self._informativeness.check(text)
        if ignores is not None:
            findings = [f for f in findings if not ignores.hides(f)]
        if not self._advice:
            findings = [f for f in findings
                        if not (f.severity is Severity.INFO and f.category in _LANGUAGE)]
        findings.sort(key=lambda f: (f.start, f.end, -f.severity.rank, f.rule_id))
        findings = _advice_once(_outside_quotes(findings, text))
        return CheckReport(text=text, findings=tuple(findings))


_LANGUAGE = frozenset({Category.SPELLING, Category.STANDARD, Category.ORTHOGRAPHY})


def _name_case(findings: list[Finding], text: str) -> list[Finding]:
    """A capitalised compound inside a sentence is part of a name or a title (Wakil Walikota
    Denpasar): its correction capitalises every word (Wali Kota), not the first only."""
    starts: frozenset[int] | None = None
    fixed: list[Finding] = []
    for finding in findings:
        actual, suggestions = finding.actual or "", finding.suggestions
        if (finding.category in _LANGUAGE and suggestions and actual.istitle()
                and " " not in actual and " " in suggestions[0]
                and suggestions[0].replace(" ", "").lower() == actual.lower()):
            starts = sentence_starts(text) if starts is None else starts
            if finding.start not in starts:
                titled = " ".join(w[:1].upper() + w[1:] for w in suggestions[0].split(" "))
                finding = replace(finding, suggestions=(titled, *suggestions[1:]))
        fixed.append(finding)
    return fixed


_QUOTE_RE = re.compile(r"“[^”\n]{1,2000}”|\"[^\"\n]{1,2000}\"")


def _outside_quotes(findings: list[Finding], text: str) -> list[Finding]:
    """Register advice (info-level standard findings: tapi, foreign words) is not given inside
    a direct quotation: a quote keeps the speaker's words."""
    if not any(f.severity is Severity.INFO and f.category is Category.STANDARD for f in findings):
        return findings
    quoted = _Coverage(_Span(m.start(), m.end()) for m in finditer_chunked(_QUOTE_RE, text))
    return [f for f in findings if not (f.severity is Severity.INFO and f.category is
                                        Category.STANDARD and f.end > f.start
                                        and quoted(f.start, f.end))]


@dataclass(frozen=True, slots=True)
class _Span:
    start: int
    end: int


def _advice_once(findings: list[Finding]) -> list[Finding]:
    """An advice (an info-level language finding: a foreign word, a double space) once per
    post, at its first place: the same advice on every "stunting" of a release is noise."""
    seen: set[tuple[str, str]] = set()
    kept: list[Finding] = []
    for finding in findings:
        if finding.severity is Severity.INFO and finding.category in _LANGUAGE:
            key = (finding.rule_id, (finding.actual or "").lower())
            if key in seen:
                continue
            seen.add(key)
        kept.append(finding)
    return kept


class _Coverage:
    """Whether a span lies inside a ranged finding, in O(log n) per question."""

    def __init__(self, findings: Iterable[Finding | _Span]) -> None:
        spans = sorted((f.start, f.end) for f in findings if f.end > f.start)
        self._starts = [s for s, _ in spans]
        self._max_end = list(accumulate((e for _, e in spans), max))

    def __call__(self, start: int, end: int) -> bool:
        i = bisect_right(self._starts, start) - 1  # the last span starting at or before start
        return i >= 0 and self._max_end[i] >= end
