"""Findings the admin reads as one: a card per place in the text.

Two checkers may flag the same words for different reasons ("Rp. 500.000": the rupiah is
written wrongly, and the amount has no source). The panel shows them as one card that lists
what to fix there, so one phrase never yields a pile of cards and every count (the verdict,
the filter) counts the same cards. This module decides which findings share a card; the
window only draws the cards.

The rule: ranged findings share a card when their spans overlap by at least half of the longer
one (the same words, or nearly). A typo inside a long quote that lacks a source keeps a card of
its own: it is about one word, the quote's finding about a sentence. Findings about the whole
post share a card when they are of the same category (the four "Pengumuman ini belum
menyebut …" notes are one card).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from core.check.findings import Finding, Severity

# Overlap needed, as a share of the longer span, for two findings to be about the same words.
SAME_WORDS = 0.5


@dataclass(frozen=True, slots=True)
class Card:
    """Indices into the report's findings, the most severe first (the lead, which names the
    card's category), then in text order. ``start``/``end`` span all of them."""

    members: tuple[int, ...]
    start: int
    end: int
    severity: Severity

    @property
    def lead(self) -> int:
        return self.members[0]


def cards_of(findings: Sequence[Finding]) -> tuple[Card, ...]:
    """The cards of ``findings`` (sorted by position, as a :class:`CheckReport` holds them), in
    the order of their first finding. Linear after sorting: each finding is compared with the
    cards still open at its start only."""
    post: dict[str, list[int]] = {}
    groups: list[list[int]] = []
    spans: list[tuple[int, int]] = []
    open_cards: list[int] = []  # groups whose span may still reach the next finding
    order = sorted(range(len(findings)), key=lambda i: (findings[i].start, findings[i].end))
    for index in order:
        finding = findings[index]
        if finding.is_post_level:
            key = str(finding.category)
            if key not in post:
                post[key] = []
                groups.append(post[key])
                spans.append((0, 0))
            post[key].append(index)
            continue
        open_cards = [g for g in open_cards if spans[g][1] > finding.start]
        joined = next((g for g in open_cards if _same_words(spans[g], finding)), None)
        if joined is None:
            groups.append([index])
            spans.append((finding.start, finding.end))
            open_cards.append(len(groups) - 1)
        else:
            groups[joined].append(index)
            start, end = spans[joined]
            spans[joined] = (min(start, finding.start), max(end, finding.end))
    cards = []
    for members, (start, end) in zip(groups, spans, strict=True):
        ranked = sorted(members, key=lambda i: (-findings[i].severity.rank, i))
        cards.append(Card(tuple(ranked), start, end, findings[ranked[0]].severity))
    cards.sort(key=lambda c: min(c.members))
    return tuple(cards)


def _same_words(span: tuple[int, int], finding: Finding) -> bool:
    start, end = span
    overlap = min(end, finding.end) - max(start, finding.start)
    longer = max(end - start, finding.end - finding.start)
    return overlap > 0 and overlap >= SAME_WORDS * longer
