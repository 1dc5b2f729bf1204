"""The only entry point the UI and the command line call to check a post."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path

from core.channels import Channel
from core.findings import CheckReport, Finding
from core.limits import check_limits
from core.packs import installed_pack_paths, settings_campaign
from core.paths import resource_dir
from core.rules import Campaign, RulePack, load_pack
from core.rules.matcher import check_pack
from core.settings import load_settings
from core.sources import check_sources
from core.spelling import Speller


def default_pack_paths(resources: Path | None = None) -> list[Path]:
    return sorted(((resources or resource_dir()) / "rules").glob("*.toml"))


class Checker:
    """Runs every checker over a post and returns one sorted :class:`CheckReport`.

    Not thread-safe (the speller caches): call it from one worker thread at a time.
    """

    def __init__(self, *, speller: Speller | None, packs: Sequence[RulePack] = (),
                 campaign: Campaign | None = None) -> None:
        self._speller = speller
        self._packs = tuple(packs)
        self._campaign = campaign  # the settings' campaign period, beside each pack's own

    @classmethod
    def from_resources(cls, *, extra_packs: Iterable[Path] = (),
                       resources: Path | None = None, installed: Iterable[Path] = (),
                       disabled: Iterable[str] = (), campaign: Campaign | None = None) -> Checker:
        """The default checker: shipped dictionary, word lists and rule packs, plus
        ``installed`` packs, minus packs whose id is in ``disabled``, plus ``extra_packs``
        (always applied; raises :class:`~core.rules.RuleFileError` for a bad pack)."""
        base = resources or resource_dir()
        off = set(disabled)
        packs = [p for p in (load_pack(path) for path in [*default_pack_paths(base), *installed])
                 if p.id not in off]
        packs += [load_pack(p) for p in extra_packs]
        return cls(speller=Speller.from_resources(base), packs=packs, campaign=campaign)

    @classmethod
    def for_user(cls, *, extra_packs: Iterable[Path] = ()) -> Checker:
        """The checker the app and the command line use: the shipped packs, the packs the user
        installed (core.packs), the user's disabled packs and campaign period (core.settings)."""
        settings = load_settings()
        return cls.from_resources(extra_packs=extra_packs, installed=installed_pack_paths(),
                                  disabled=settings.disabled_packs,
                                  campaign=settings_campaign(settings))

    @property
    def packs(self) -> tuple[RulePack, ...]:
        return self._packs

    def check(self, text: str, *, channels: Iterable[Channel] = (),
              on_date: dt.date | None = None, sources: str = "") -> CheckReport:
        """``sources`` is the post's Sumber field: a named source there covers the claims."""
        day = on_date or dt.date.today()
        findings: list[Finding] = []
        for pack in self._packs:
            findings += check_pack(pack, text, on_date=day, campaign=self._campaign)
        findings += check_sources(text, sources=sources)
        if self._speller is not None:
            # A rule that names the exact span says more than "not in the dictionary".
            explained = {(f.start, f.end) for f in findings}
            findings += [f for f in self._speller.check(text) if (f.start, f.end) not in explained]
        findings += check_limits(text, tuple(dict.fromkeys(channels)))
        findings.sort(key=lambda f: (f.start, f.end, -f.severity.rank, f.rule_id))
        return CheckReport(text=text, findings=tuple(findings))
