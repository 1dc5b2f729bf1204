"""Run a rule pack over a text and turn matches into findings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from itertools import islice
from pathlib import Path

from core.app.paths import resource_dir
from core.check.findings import Finding, Severity
from core.check.lexicon import LEXICON_FILE, LexiconError, RegionLevel, open_lexicon
from core.check.rules.loader import Campaign, Rule, RuleFileError, RulePack, text_words
from core.check.rules.needles import load_needles
from core.check.rules.safe_regex import SafeMatch
from core.check.rules.shapes import Grammar, Reading, ShapeError
from core.check.text import fold_separators, match_case
from core.check.wordlists import load_wordlist

# The matches looked at in one text, by one rule and by all rules of one pack (each costs a
# finding or a look at a near/unless window): a pattern that matches everywhere ("." in an
# imported pack) stops there instead of making a million findings. The caps grow with the text
# (a 1 MB paste holding "himbau" 20,000 times gets all of them); on the 2,091 labelled posts and
# bench/samples/text_5000.txt no shipped rule passes 9 matches, no shipped pack 20.
# bench.pack_budget measures what a pack at the limits costs.
MAX_MATCHES_PER_RULE = 1_000  # plus one per 20 characters of the text
MAX_MATCHES_PER_PACK = 2_000  # plus one per 10 characters


def match_caps(text: str) -> tuple[int, int]:
    """The matches one rule, and all rules of one pack, may look at in ``text``."""
    return MAX_MATCHES_PER_RULE + len(text) // 20, MAX_MATCHES_PER_PACK + len(text) // 10


def check_pack(pack: RulePack, text: str, *, on_date: dt.date,
               campaign: Campaign | None = None, grammar: Grammar | None = None,
               reading: Reading | None = None) -> list[Finding]:
    """Findings of every rule of ``pack``. Outside the pack's campaign period (when it has
    one) every rule that is not an explicit act (``act = true``) drops one severity level.
    ``campaign`` (from the settings) is a further period in which such a pack applies as
    written. ``grammar`` holds the word classes of all packs in use (for shape rules; by
    default this pack's own) and ``reading`` the text as it reads it (read once per check)."""
    outside_campaign = (pack.campaign is not None and not pack.campaign.contains(on_date)
                        and not (campaign is not None and campaign.contains(on_date)))
    findings: list[Finding] = []
    present = text_words(text)
    looked = 0  # matches looked at, all rules of the pack
    per_rule, per_pack = match_caps(text)
    for rule in pack.rules:
        severity = rule.severity.lowered() if outside_campaign and not rule.act else rule.severity
        if rule.shape or rule.contexts:
            if grammar is None:
                grammar = Grammar(pack.words)
                grammar.use_contexts(pack.contexts)
            if reading is None:
                reading = grammar.read(text)
        if rule.shape:
            assert grammar is not None and reading is not None
            findings += _shape_findings(rule, severity, grammar, reading)
            continue
        if rule.anchors is not None and "" not in rule.anchors and rule.anchors.isdisjoint(present):
            continue  # none of the rule's words is in the text
        for match in islice(rule.matcher.finditer(text), min(per_rule, per_pack - looked)):
            looked += 1
            if match.end() == match.start() or not _context_allows(rule, text, match):
                continue
            if rule.contexts:
                assert grammar is not None and reading is not None
                if grammar.in_context(rule.contexts, reading, grammar.token_at(reading, match.start()),
                                      grammar.token_at(reading, match.end() - 1)):
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


# How far a shape's sentence reaches for ``near``/``unless`` on either side of the match: a
# text with no sentence end (a pasted list) would otherwise make every match read all of it.
SENTENCE_REACH = 300


def _shape_findings(rule: Rule, severity: Severity, grammar: Grammar,
                    reading: Reading) -> list[Finding]:
    """A shape's matches; ``near``/``unless`` are looked for in the match's sentence and
    within ``window`` characters of the match, whichever reaches further."""
    found: list[Finding] = []
    text = reading.text
    seen: set[tuple[int, int]] = set()
    for start, end, first, last in grammar.spans(rule.shape, reading, scope=rule.scope):
        if (start, end) in seen:
            continue
        seen.add((start, end))
        if rule.contexts and grammar.in_context(rule.contexts, reading, first, last):
            continue
        if rule.near is not None or rule.unless is not None:
            lo, hi = reading.sentence(first, last)
            lo, hi = max(lo, start - SENTENCE_REACH), min(hi, end + SENTENCE_REACH)
            lo, hi = min(lo, max(0, start - rule.window)), max(hi, min(len(text), end + rule.window))
            if rule.unless is not None and rule.unless.search(text, lo, hi):
                continue
            if rule.near is not None and not (rule.near.search(text, lo, start)
                                              or rule.near.search(text, end, hi)):
                continue
        actual = text[start:end]
        found.append(Finding(
            rule_id=rule.id, category=rule.category, severity=severity, start=start, end=end,
            actual=actual, message=rule.message.replace("{text}", actual),
            suggestions=_suggestions(rule, actual), reference=rule.reference))
    return found


def _context_allows(rule: Rule, text: str, match: SafeMatch) -> bool:
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


def lexicon_words(resources: Path) -> Callable[[str], bool] | None:
    """Whether the compiled lexicon of ``resources`` holds a word (with hunspell's casing), a
    word of a region's name or a government abbreviation (``vocab/abbreviations.tsv``: Dinkes,
    Pemkab): what a ``<nama>`` is not. None when there is no lexicon."""
    try:
        lexicon = open_lexicon(resources / LEXICON_FILE)
        abbreviations = frozenset(a.lower() for a in load_wordlist(resources / "vocab" / "abbreviations.tsv"))
    except (LexiconError, OSError, ValueError):
        return None

    def is_word(word: str) -> bool:
        low = word.lower()
        return (low in abbreviations or lexicon.lookup(word) is not None
                or lexicon.region_word(low) is not None)

    return is_word


def lexicon_places(resources: Path) -> Callable[[str], bool] | None:
    """Whether a lowercase word is a word of a province's, regency's or city's name in the
    compiled lexicon of ``resources`` (serang, bantul, tanah); None when there is no lexicon."""
    try:
        lexicon = open_lexicon(resources / LEXICON_FILE)
    except (LexiconError, OSError, ValueError):
        return None

    def is_place(lower: str) -> bool:
        found = lexicon.region_word(lower)
        return found is not None and bool(found[1] & RegionLevel.MAJOR)

    return is_place


def grammar_of(packs: Iterable[RulePack]) -> Grammar:
    """The word classes of ``packs`` merged, with every shape compiled once (a bad shape
    raises :class:`~core.check.rules.RuleFileError` naming its pack and rule). When every pack
    is a shipped one (loaded with ``verify=False``; tests/test_rules_data.py compiles their
    shapes), each shape is compiled when first used instead: the first check reads the text
    first, and a name symbol it makes would have made half the shapes compiled here stale."""
    packs = list(packs)
    grammar = Grammar(wc for pack in packs for wc in pack.words)
    grammar.use_contexts(c for pack in packs for c in pack.contexts)
    grammar.use_needles(load_needles(resource_dir(), "shapes"))
    is_word = lexicon_words(resource_dir())
    if is_word is not None:
        grammar.use_lexicon(is_word, lexicon_places(resource_dir()))
    if not any(pack.verified for pack in packs):
        grammar.trust(rule.shape for pack in packs for rule in pack.rules if rule.shape)
        return grammar
    for pack in packs:
        for rule in pack.rules:
            if rule.shape:
                try:
                    grammar.compile(rule.shape)
                except ShapeError as exc:
                    raise RuleFileError(pack.path, str(exc), rule=rule.id, key="shape") from None
    return grammar
