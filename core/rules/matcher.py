"""Run a rule pack over a text and turn matches into findings."""

from __future__ import annotations

import datetime as dt

from core.findings import Finding
from core.rules.loader import Rule, RulePack, text_words
from core.text import fold_separators, match_case


def check_pack(pack: RulePack, text: str, *, on_date: dt.date) -> list[Finding]:
    """Findings of every rule of ``pack``. Outside the pack's campaign period (when it has
    one) every rule drops one severity level."""
    outside_campaign = pack.campaign is not None and not pack.campaign.contains(on_date)
    findings: list[Finding] = []
    present = text_words(text)
    for rule in pack.rules:
        if rule.anchors is not None and "" not in rule.anchors and rule.anchors.isdisjoint(present):
            continue  # none of the rule's words is in the text
        severity = rule.severity.lowered() if outside_campaign else rule.severity
        for match in rule.matcher.finditer(text):
            if match.end() == match.start():
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


def _suggestions(rule: Rule, actual: str) -> tuple[str, ...]:
    swapped = rule.swap.get(fold_separators(actual))
    found = ((swapped,) if swapped else ()) + rule.suggestions
    return tuple(match_case(s, actual) for s in dict.fromkeys(found))
