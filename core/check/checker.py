"""The only entry point the UI and the command line call to check a post."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from core.app.paths import resource_dir
from core.app.settings import load_settings
from core.check.checkers import (
    CodeChecker,
    InformativenessCheck,
    LanguageToolCheck,
    LimitsCheck,
    ModelCheck,
    OrthographyCheck,
    PacksCheck,
    Post,
    SourcesCheck,
    SpellingCheck,
)
from core.check.findings import CheckReport, Finding, Severity
from core.check.informativeness import InformativenessChecker
from core.check.languagetool import LanguageToolEngine, LanguageToolUnavailableError
from core.check.orthography import Orthography
from core.check.overlap import LANGUAGE, Source, lone_capital_lowered, present, resolve
from core.check.packs import installed_pack_paths, settings_campaign
from core.check.policy_model import PolicyModelCheck, grammar_classes
from core.check.rules import Campaign, RulePack, load_pack
from core.check.scan_precheck import forget_matches
from core.check.spelling import Speller
from core.check.text import forget_sentence_starts
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
                 policy_model: PolicyModelCheck | None = None,
                 advice: bool = False) -> None:
        self._speller = speller
        # Register advice (info-level language findings: a foreign word and its equivalent,
        # tapi, a double space) only when asked for: EYD V does not make them wrong, and on
        # real government prose a copy editor leaves them (bench/realtext).
        self._advice = advice
        self._packs = PacksCheck(packs, campaign,
                                 place_name=None if speller is None else speller.is_place_name)
        self._languagetool = languagetool
        # The code checkers in the order their findings are merged (core/check/overlap.py).
        checks: list[CodeChecker] = [self._packs, SourcesCheck()]
        # The statistical layer of the policy checks: warnings the rules miss (issue 12).
        self.policy_model = policy_model
        if policy_model is not None:  # it reads the packs' word classes from their reading
            checks.append(ModelCheck(policy_model.with_classes(
                grammar_classes(self._packs.grammar, self._packs.reading))))
        self._plain_word = None if orthography is None else orthography.lowercase_word
        if orthography is not None:
            checks.append(OrthographyCheck(orthography))
        if speller is not None:
            checks.append(SpellingCheck(speller))
        if languagetool is not None:
            checks.append(LanguageToolCheck(languagetool))
        checks.append(LimitsCheck())
        if informativeness is not None:  # announcements that leave out when/where/…
            checks.append(InformativenessCheck(informativeness))
        self._checks = tuple(checks)
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
                      policy_model=PolicyModelCheck.from_resources(base),
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
        return self._packs.packs

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
              ignores: IgnoreSet | None = None, wait: bool = True,
              images: int | None = None) -> CheckReport:
        """``sources`` is the post's Sumber field: a named source there covers the claims.
        ``images``: how many images the post has (None: not known here, e.g. ``main.py check``
        without ``--images``); with none, Instagram and TikTok get a platform finding.
        ``ignores`` hides what the admin chose to ignore in this post. ``wait``: wait for a
        local LanguageTool that is starting (the command line); the window passes False and
        checks again while :attr:`languagetool_pending`."""
        post = Post(text=text, on_date=on_date or dt.date.today(), channels=tuple(channels),
                    sources=sources, wait=wait, images=images)
        found: dict[Source, list[Finding]] = {}
        forget_sentence_starts()  # the checks below share one reading of this text's starts
        forget_matches()  # ... and one RE2 pass of the scans' prechecks
        for checker in self._checks:
            try:
                found[checker.source] = checker.check(post)
            except LanguageToolUnavailableError as exc:
                self.languagetool_error = str(exc)  # the other checks go on without it
        findings = resolve(found, text)
        if self._plain_word is not None:
            findings = lone_capital_lowered(findings, text, self._plain_word)
        if ignores is not None:
            findings = [f for f in findings if not ignores.hides(f)]
        if not self._advice:
            findings = [f for f in findings
                        if not (f.severity is Severity.INFO and f.category in LANGUAGE)]
        return CheckReport(text=text, findings=tuple(present(findings, text)))
