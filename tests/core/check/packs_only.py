"""The shipped rule packs alone (no statistical layer, no speller), as the tests of one round's
pack rules read them: which rule ids warn or worse on a text, on the date the rounds used."""

from __future__ import annotations

import datetime as dt

from core.check.checker import Checker
from core.check.findings import Severity

DAY = dt.date(2026, 12, 7)


def packs_only() -> Checker:
    return Checker(speller=None, packs=Checker.from_resources().packs)


def fired(checker: Checker, text: str) -> set[str]:
    return {f.rule_id for f in checker.check(text, on_date=DAY).findings
            if f.severity.rank >= Severity.WARNING.rank}
