"""Where the findings of different checkers meet: the one place that decides which of two
findings on the same words is shown (issue 16 item 4). Every step is linear in the number of
findings (times a logarithm), so a 1 MB paste with tens of thousands of findings stays fast.

The checkers report independently (core/check/checkers.py); :func:`resolve` merges their
findings in the order the checker runs them:

1. rule packs: one explanation per act (:func:`drop_covered`), a name's correction in
   Title Case (:func:`name_case`);
2. sources; the policy model's findings (warnings, and a neutrality error where its act model
   is sure) only in categories where neither the packs nor the sources warn (the layer adds
   what the rules miss, never a second flag);
   then orthography: an EYD V finding on exactly the words a pack's language rule
   flags is dropped (the pack says it already); a baku finding inside a glued *di* passive
   ("di himbau" -> "diimbau") is dropped (the orthography fix says it too);
3. spelling: "not in the dictionary" is dropped where a language finding covers the word or
   any finding sits on exactly this word (a slur, a party name);
4. everything else (LanguageTool, platform limits, informativeness) as it comes.

:func:`present` then orders them and gives register advice once, outside quotations.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import Enum
from itertools import accumulate

from core.check.findings import Category, Finding, Severity
from core.check.policy_model import CLEARED, RAISED
from core.check.text import finditer_chunked, sentence_starts


class Source(Enum):
    """Which checker a group of findings comes from (the order they are merged in)."""

    PACKS = "packs"
    SOURCES = "sources"
    MODEL = "model"
    ORTHOGRAPHY = "orthography"
    SPELLING = "spelling"
    LANGUAGETOOL = "languagetool"
    LIMITS = "limits"
    INFORMATIVENESS = "informativeness"


LANGUAGE = frozenset({Category.SPELLING, Category.STANDARD, Category.ORTHOGRAPHY})
POLICY = frozenset({Category.NEUTRALITY, Category.HOAX, Category.FRAUD, Category.PROVOCATION})


def resolve(found: Mapping[Source, Sequence[Finding]], text: str) -> list[Finding]:
    """The findings of every checker, each said once (see the module's docstring)."""
    findings = name_case(drop_covered(found.get(Source.PACKS, ())), text)
    findings += found.get(Source.SOURCES, ())
    if Source.MODEL in found:
        findings = raise_lifted(lower_cleared(findings, found[Source.MODEL]), found[Source.MODEL])
        warned = {f.category for f in findings if f.severity.rank >= Severity.WARNING.rank}
        findings += [f for f in found[Source.MODEL] if f.category not in warned
                     and not f.rule_id.endswith((CLEARED, RAISED))]
    if Source.ORTHOGRAPHY in found:
        packed = {(f.start, f.end) for f in findings if f.category in LANGUAGE}
        spelled = [f for f in found[Source.ORTHOGRAPHY] if (f.start, f.end) not in packed]
        joined = Coverage(f for f in spelled if f.rule_id == "eyd.di-awalan")
        findings = [f for f in findings if not (f.category is Category.STANDARD
                                                and f.end > f.start and joined(f.start, f.end))]
        findings += spelled
    if Source.SPELLING in found:
        covered = Coverage(f for f in findings if f.category in LANGUAGE)
        flagged = {(f.start, f.end) for f in findings}
        findings += [f for f in found[Source.SPELLING]
                     if not covered(f.start, f.end) and (f.start, f.end) not in flagged]
    for source in (Source.LANGUAGETOOL, Source.LIMITS, Source.INFORMATIVENESS):
        findings += found.get(source, ())
    return findings


def lower_cleared(findings: list[Finding], model: Sequence[Finding]) -> list[Finding]:
    """``findings`` with the warnings of every category the layer's veto marker
    (core/check/policy_model.py, :data:`CLEARED`) clears lowered to info, the marker's note
    after their message; errors stay."""
    notes = {f.category: f.message for f in model if f.rule_id.endswith(CLEARED)}
    if not notes:
        return findings
    return [replace(f, severity=Severity.INFO, message=f"{f.message} {notes[f.category]}")
            if f.category in notes and f.severity is Severity.WARNING else f
            for f in findings]


def raise_lifted(findings: list[Finding], model: Sequence[Finding]) -> list[Finding]:
    """``findings`` with the warnings of every category the layer's lift marker
    (core/check/policy_model.py, :data:`RAISED`) names raised to an error, the marker's note
    after their message, where that category has no error yet."""
    notes = {f.category: f.message for f in model if f.rule_id.endswith(RAISED)}
    if not notes:
        return findings
    erred = {f.category for f in findings if f.severity is Severity.ERROR}
    return [replace(f, severity=Severity.ERROR, message=f"{f.message} {notes[f.category]}")
            if f.category in notes and f.category not in erred and f.severity is Severity.WARNING
            else f
            for f in findings]


def present(findings: Iterable[Finding], text: str) -> list[Finding]:
    """Ordered by place, then most severe first; register advice neither inside a direct
    quotation nor twice."""
    ordered = sorted(findings, key=lambda f: (f.start, f.end, -f.severity.rank, f.rule_id))
    return advice_once(outside_quotes(ordered, text))


def drop_covered(findings: Sequence[Finding]) -> list[Finding]:
    """Policy findings without those another finding of the same category already says: one
    whose span lies inside a more severe one's ("nomor urut 3", a warning outside the campaign,
    inside the error "siap memenangkan nomor urut 3"), or inside one of the same severity from
    the same family (the id before its first dot: two shapes of one pack on one act). A rule of
    another family at the same severity, or on the very same words, stays (an office's own rule
    is not hidden by a shipped one). Language and platform findings are kept as they are.

    Findings are taken by start, so every finding kept so far starts at or before the one
    asked about: it is covered when one of them reaches its end. Per category and severity the
    kept finding reaching furthest (the earliest start among those) answers that at once."""
    policy = sorted((f for f in findings if f.category in POLICY),
                    key=lambda f: (f.start, -f.end, -f.severity.rank))
    # (category, rank) -> (furthest end, -earliest start at that end) among the kept findings
    furthest: dict[tuple[Category, int], tuple[int, int]] = {}
    # (category, family, rank) -> furthest end among the kept findings
    family_end: dict[tuple[Category, str, int], int] = defaultdict(lambda: -1)
    ranks = sorted(s.rank for s in Severity)
    kept: list[Finding] = []
    for f in policy:
        if not f.is_post_level and _covered(f, furthest, family_end, ranks):
            continue
        kept.append(f)
        rank = f.severity.rank
        best = furthest.get((f.category, rank))
        if best is None or (f.end, -f.start) > best:
            furthest[(f.category, rank)] = (f.end, -f.start)
        key = (f.category, _family(f), rank)
        family_end[key] = max(family_end[key], f.end)
    return [f for f in findings if f.category not in POLICY] + kept


def _covered(f: Finding, furthest: Mapping[tuple[Category, int], tuple[int, int]],
             family_end: Mapping[tuple[Category, str, int], int], ranks: Sequence[int]) -> bool:
    rank = f.severity.rank
    for higher in ranks:
        if higher <= rank:
            continue
        best = furthest.get((f.category, higher))
        if best is None:
            continue
        end, start = best[0], -best[1]
        # a more severe one reaching its end, on other words than its own
        if end > f.start and (end > f.end or (end == f.end and start < f.start)):
            return True
    family = _family(f)
    return any(family_end[(f.category, family, r)] >= max(f.end, f.start + 1)
               for r in ranks if r >= rank)


def _family(finding: Finding) -> str:
    return finding.rule_id.partition(".")[0]


_OPENS_A_QUOTE_RE = re.compile(r"(?:^|[\s(])[“\"‘']$")


def name_case(findings: list[Finding], text: str) -> list[Finding]:
    """A capitalised compound inside a sentence is part of a name or a title (Wakil Walikota
    Denpasar): its correction capitalises every word (Wali Kota), not the first only."""
    starts: frozenset[int] | None = None
    fixed: list[Finding] = []
    for finding in findings:
        actual, suggestions = finding.actual or "", finding.suggestions
        if (finding.category in LANGUAGE and suggestions and actual.istitle()
                and " " not in actual and " " in suggestions[0]
                and suggestions[0].replace(" ", "").lower() == actual.lower()):
            starts = sentence_starts(text) if starts is None else starts
            if finding.start not in starts and not _OPENS_A_QUOTE_RE.search(
                    text, max(0, finding.start - 3), finding.start):
                # (“Terimakasih …: the first word of a quoted sentence, no name)
                titled = " ".join(w[:1].upper() + w[1:] for w in suggestions[0].split(" "))
                finding = replace(finding, suggestions=(titled, *suggestions[1:]))
        fixed.append(finding)
    return fixed


_WORD_BEFORE_RE = re.compile(r"(\S+)[ \t]+$")
_WORD_AFTER_RE = re.compile(r"[ \t]+([^\s,.;:!?)”\"]+)")


def lone_capital_lowered(findings: list[Finding], text: str,
                         plain_word: Callable[[str], bool]) -> list[Finding]:
    """A misspelt or non-standard common word capitalised alone inside a sentence (berita
    Hoax, bila Musin hujan, 2 Milyar lebih, "..., Personil Polres"): its correction is the
    common word in lowercase, not the capital carried over (EYD V: generic words take no
    capital; CONVENTIONS C1). Only where neither neighbour is capitalised (Kepala Pelaksanan
    BPBD, Tim Pembanguanan: a name or a title the capital may belong to) and not at a
    sentence's or a quotation's start."""
    starts: frozenset[int] | None = None
    out: list[Finding] = []
    for finding in findings:
        actual, suggestions = finding.actual or "", finding.suggestions
        first = suggestions[0] if suggestions else ""
        if not (finding.category in (Category.SPELLING, Category.STANDARD)
                and actual[:1].isupper() and actual[1:2].islower() and first[:1].isupper()
                and first[1:2].islower() and " " not in first and " " not in actual
                and "\n" not in actual):
            out.append(finding)
            continue
        starts = sentence_starts(text) if starts is None else starts
        lower = first[:1].lower() + first[1:]
        before = _WORD_BEFORE_RE.search(text, max(0, finding.start - 40), finding.start)
        after = _WORD_AFTER_RE.match(text, finding.end)
        if (finding.start in starts or before is None
                or _OPENS_A_QUOTE_RE.search(text, max(0, finding.start - 3), finding.start)
                or not (before.group(1)[:1].islower() or before.group(1)[:1].isdecimal()
                        or before.group(1).endswith(","))
                or before.group(1)[-1:] in "“\"‘'(:–—-"
                or (after is not None and after.group(1)[:1].isupper())
                or not all(plain_word(part) for part in lower.lower().split("-") if part)):
            out.append(finding)
            continue
        out.append(replace(finding, suggestions=tuple(dict.fromkeys((lower, *suggestions)))))
    return out


_QUOTE_RE = re.compile(r"“[^”\n]{1,2000}”|\"[^\"\n]{1,2000}\"")


def outside_quotes(findings: list[Finding], text: str) -> list[Finding]:
    """Register advice (info-level standard findings: tapi, foreign words) is not given inside
    a direct quotation: a quote keeps the speaker's words."""
    if not any(f.severity is Severity.INFO and f.category is Category.STANDARD for f in findings):
        return findings
    quoted = Coverage(Span(m.start(), m.end()) for m in finditer_chunked(_QUOTE_RE, text))
    return [f for f in findings if not (f.severity is Severity.INFO and f.category is
                                        Category.STANDARD and f.end > f.start
                                        and quoted(f.start, f.end))]


def advice_once(findings: list[Finding]) -> list[Finding]:
    """An advice (an info-level language finding: a foreign word, a double space) once per
    post, at its first place: the same advice on every "stunting" of a release is noise."""
    seen: set[tuple[str, str]] = set()
    kept: list[Finding] = []
    for finding in findings:
        if finding.severity is Severity.INFO and finding.category in LANGUAGE:
            key = (finding.rule_id, (finding.actual or "").lower())
            if key in seen:
                continue
            seen.add(key)
        kept.append(finding)
    return kept


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


class Coverage:
    """Whether a span lies inside a ranged finding, in O(log n) per question."""

    def __init__(self, findings: Iterable[Finding | Span]) -> None:
        spans = sorted((f.start, f.end) for f in findings if f.end > f.start)
        self._starts = [s for s, _ in spans]
        self._max_end = list(accumulate((e for _, e in spans), max))

    def __call__(self, start: int, end: int) -> bool:
        i = bisect_right(self._starts, start) - 1  # the last span starting at or before start
        return i >= 0 and self._max_end[i] >= end
