"""Run a rule pack over a text and turn matches into findings."""

from __future__ import annotations

import datetime as dt
import re

from core.findings import Finding
from core.rules.loader import Campaign, Rule, RulePack, text_words
from core.text import finditer_chunked, fold_separators, match_case


def check_pack(pack: RulePack, text: str, *, on_date: dt.date,
               campaign: Campaign | None = None) -> list[Finding]:
    """Findings of every rule of ``pack``. Outside the pack's campaign period (when it has
    one) every rule drops one severity level. ``campaign`` (from the settings) is a further
    period in which such a pack applies as written."""
    outside_campaign = (pack.campaign is not None and not pack.campaign.contains(on_date)
                        and not (campaign is not None and campaign.contains(on_date)))
    findings: list[Finding] = []
    present = text_words(text)
    for rule in pack.rules:
        if rule.anchors is not None and "" not in rule.anchors and rule.anchors.isdisjoint(present):
            continue  # none of the rule's words is in the text
        severity = rule.severity.lowered() if outside_campaign else rule.severity
        for match in finditer_chunked(rule.matcher, text):
            if match.end() == match.start() or not _context_allows(rule, text, match):
                continue
            actual = match.group()
            findings.append(Finding(
                rule_id=rule.id,
                category=rule.category,
                severity=severity,
                start=match.start(),
                end=match.end(),
                actual=actual,
                message=rule.message.replace("{text}", actual),
                suggestions=_suggestions(rule, actual),
                reference=rule.reference,
            ))
    return findings


def _context_allows(rule: Rule, text: str, match: re.Match[str]) -> bool:
    """``near``: one must occur within ``window`` characters of the match (the match itself
    excluded); ``unless``: none may occur in that window (the match included)."""
    if rule.near is None and rule.unless is None:
        return True
    lo, hi = max(0, match.start() - rule.window), min(len(text), match.end() + rule.window)
    if rule.unless is not None and rule.unless.search(text, lo, hi):
        return False
    if rule.near is None:
        return True
    return bool(rule.near.search(text[lo:match.start()]) or rule.near.search(text[match.end():hi]))


def _suggestions(rule: Rule, actual: str) -> tuple[str, ...]:
    swapped = rule.swap.get(fold_separators(actual))
    found = ((swapped,) if swapped else ()) + rule.suggestions
    return tuple(match_case(s, actual) for s in dict.fromkeys(found))
