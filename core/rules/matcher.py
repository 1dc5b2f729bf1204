"""Run a rule pack over a text and turn matches into findings."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from core.findings import Finding
from core.rules.loader import Campaign, Rule, RulePack, text_words
from core.text import fold_separators, match_case


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


# Python's re holds the GIL for a whole scan between two matches: one rule over a 1 MB paste
# held it up to 0.3 s, and the window (whose event handlers are Python) froze meanwhile.
# Scanning in chunks hands the GIL back between them.
CHUNK = 16_384  # characters scanned per call
MARGIN = 4_096  # look-ahead past a chunk's end, so matches that start inside it are whole


def finditer_chunked(pattern: re.Pattern[str], text: str, *, chunk: int = CHUNK,
                     margin: int = MARGIN) -> Iterator[re.Match[str]]:
    """The matches of ``pattern.finditer(text)``, scanned ``chunk`` characters at a time.
    Look-behind and ``\\b`` still see the text before a chunk (``pos`` does not cut the
    string); a match longer than ``margin`` that starts near a chunk's end may come out shorter."""
    pos, size = 0, len(text)
    while pos < size or (pos == 0 and size == 0):
        boundary = min(pos + chunk, size)
        resume = boundary
        for match in pattern.finditer(text, pos, min(boundary + margin, size)):
            if match.start() >= boundary and boundary < size:
                break
            yield match
            resume = max(resume, match.end())
        if boundary >= size:
            return
        pos = resume


def _suggestions(rule: Rule, actual: str) -> tuple[str, ...]:
    swapped = rule.swap.get(fold_separators(actual))
    found = ((swapped,) if swapped else ()) + rule.suggestions
    return tuple(match_case(s, actual) for s in dict.fromkeys(found))
