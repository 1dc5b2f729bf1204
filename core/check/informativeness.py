"""Informativeness of announcements (category ``informasi``).

A post that announces aid, a service, a registration, a schedule change, a vaccination or a
development project gets one post-level finding for each thing the public needs that it does
not say: when, where, who may come, what to bring, whom to ask and whether it costs anything.
Reports of past events, greetings, ceremony, statistics and clarifications get none. The rules
are data: ``resources/rules/informasi/pengumuman.toml`` (format: README.md there); leadership
ceremony is recognised by :mod:`core.check.ceremony`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from core.app.paths import resource_dir
from core.check.ceremony import CeremonyRules, ceremony_rules, classify_ceremony, openings
from core.check.cues import Cue, CueFileError, Words, build_cue, cue_list, read_checked
from core.check.findings import Category, Finding, Severity
from core.check.text import link_spans

RULE_PREFIX = "informasi."
# An announcement is a post, not a pasted document: only this much of a text is read, so a
# 1 MB paste costs the checking thread milliseconds, not half a second of regular expressions.
MAX_CHARS = 20_000
ELEMENTS = ("kapan", "dimana", "siapa", "syarat", "kontak", "biaya")
# The post's genre (a greeting, a clarification …) is decided by its headline and first
# sentence: an announcement may warn against fraud further down.
_OPENING_CHARS = 220
_SENTENCE_END = re.compile(r"[.!?…](?=\s|$)")
_BEFORE = 40  # characters before a hit its `unless` patterns look at
_ELEMENT_META = {"id", "severity", "name", "message", "unless"}  # besides its [[element.cue]]
_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


@dataclass(frozen=True, slots=True)
class Element:
    id: str
    name: str
    severity: Severity
    message: str  # {jenis} = the kind of announcement
    reference: str
    cues: tuple[Cue, ...]
    unless: tuple[re.Pattern[str], ...] = ()


@dataclass(frozen=True, slots=True)
class Kind:
    label: str
    cue: Cue


@dataclass(frozen=True, slots=True)
class AnnouncementRules:
    kinds: tuple[Kind, ...]
    openers: tuple[Cue, ...]
    past: tuple[Cue, ...]
    genres: tuple[Cue, ...]
    elements: tuple[Element, ...]
    service_link: re.Pattern[str]
    info_link: re.Pattern[str]

    @classmethod
    def load(cls, path: Path, *, strict: bool = False) -> AnnouncementRules:
        """Read ``pengumuman.toml``; raise :class:`~core.check.cues.CueFileError` when it is
        wrong. The cues' patterns of a file the build checked are compiled when first used
        (:func:`~core.check.cues.read_checked`); ``strict`` compiles them now all the same (the
        build script's own check)."""
        data, checked = read_checked(path)
        checked = checked and not strict
        kinds = []
        for n, entry in enumerate(data.get("kind", []), 1):
            label = entry.get("label") if isinstance(entry, dict) else None
            if not isinstance(label, str) or not label:
                raise CueFileError(path, f"[[kind]] #{n}: 'label' wajib diisi")
            cue = build_cue({k: v for k, v in entry.items() if k != "label"}, path, f"[[kind]] #{n}",
                            checked=checked)
            kinds.append(Kind(label, cue))
        elements = tuple(_element(entry, path, n, checked)
                         for n, entry in enumerate(data.get("element", []), 1))
        if [e.id for e in elements] != list(ELEMENTS):
            raise CueFileError(path, f"[[element]] harus tepat {', '.join(ELEMENTS)}, berurutan")
        links = data.get("links", {})
        return cls(kinds=tuple(kinds), openers=cue_list(data, "opener", path, checked=checked),
                   past=cue_list(data, "past", path, checked=checked),
                   genres=cue_list(data, "genre", path, checked=checked),
                   elements=elements,
                   service_link=_joined(links.get("service", []), path, "links.service"),
                   info_link=_joined(links.get("info", []), path, "links.info"))


def _joined(patterns: list[Any], path: Path, where: str) -> re.Pattern[str]:
    if not patterns or not all(isinstance(p, str) for p in patterns):
        raise CueFileError(path, f"{where}: perlu daftar ekspresi reguler")
    try:
        return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
    except re.error as exc:
        raise CueFileError(path, f"{where}: ekspresi reguler tidak sah ({exc})") from exc


def _element(entry: dict[str, Any], path: Path, n: int, checked: bool) -> Element:
    where = f"[[element]] #{n}"
    for key in ("id", "name", "message", "severity", "reference"):
        if not isinstance(entry.get(key), str) or not entry[key].strip():
            raise CueFileError(path, f"{where}: {key!r} wajib diisi")
    try:
        severity = Severity(entry["severity"])
    except ValueError:
        raise CueFileError(path, f"{where}: severity {entry['severity']!r} tidak dikenal") from None
    unknown = set(entry) - _ELEMENT_META - {"reference", "reason", "cue"}
    if unknown:
        raise CueFileError(path, f"{where}: kunci tidak dikenal {sorted(unknown)}")
    if not str(entry.get("reason", "")).strip():
        raise CueFileError(path, f"{where}: 'reason' wajib diisi")
    cues = cue_list(entry, "cue", path, checked=checked)
    if not cues:
        raise CueFileError(path, f"{where}: perlu sedikitnya satu [[element.cue]]")
    unless = entry.get("unless", [])
    try:
        compiled = tuple(re.compile(p, re.IGNORECASE) for p in unless)
    except (re.error, TypeError) as exc:
        raise CueFileError(path, f"{where}, kunci 'unless': {exc}") from exc
    return Element(id=entry["id"], name=entry["name"], severity=severity,
                   message=entry["message"], reference=entry["reference"], cues=cues,
                   unless=compiled)


@dataclass(frozen=True, slots=True)
class Announcement:
    """What a post announces (``kind``: the label, e.g. "pendaftaran") and which of the
    elements (:data:`ELEMENTS`) it contains."""

    kind: str
    present: frozenset[str]

    @property
    def missing(self) -> tuple[str, ...]:
        return tuple(e for e in ELEMENTS if e not in self.present)


class InformativenessChecker:
    """Finds announcements and what they leave out. Thread-safe (no mutable state)."""

    def __init__(self, rules: AnnouncementRules, ceremony: CeremonyRules) -> None:
        self._rules = rules
        self._ceremony = ceremony

    @classmethod
    def from_resources(cls, resources: Path | None = None) -> InformativenessChecker:
        return cls(announcement_rules(resources), ceremony_rules(resources))

    def announcement(self, text: str) -> Announcement | None:
        """The announcement ``text`` makes, or None when it announces nothing."""
        text = text[:MAX_CHARS]
        words = Words(text)
        kind = self._announced(text, words, not_ceremony=False)
        return Announcement(kind.label, self.present(text, words)) if kind else None

    def kind_of(self, text: str, *, not_ceremony: bool = False) -> str | None:
        """The kind of announcement ``text`` makes (``announcement(text).kind``) without
        collecting its elements: for counting topics (the monthly report). ``not_ceremony``:
        the caller already knows the post is no ceremony."""
        text = text[:MAX_CHARS]
        kind = self._announced(text, Words(text), not_ceremony=not_ceremony)
        return kind.label if kind else None

    def _announced(self, text: str, words: Words, *, not_ceremony: bool) -> Kind | None:
        rules = self._rules
        kind = next((k for k in rules.kinds if k.cue.occurs(text, words)), None)
        if kind is None:
            return None
        opening = opening_text(text)
        opening_words = Words(opening)
        if any(g.occurs(opening, opening_words) for g in rules.genres):
            return None
        if not not_ceremony and classify_ceremony(text, self._ceremony).is_ceremony:
            return None
        opened = sum(1 for c in rules.openers if c.occurs(text, words))
        past = sum(len(c.find_all(text, words)) for c in rules.past)
        if opened > past:
            return kind
        dated = past == 0 and any(self._has(e, text, words) for e in rules.elements if e.id == "kapan")
        return kind if dated else None

    def present(self, text: str, words: Words | None = None) -> frozenset[str]:
        """The elements ``text`` contains (whether or not it is an announcement)."""
        words = words or Words(text)
        found = {e.id for e in self._rules.elements if self._has(e, text, words)}
        found |= self._link_elements(text)
        return frozenset(found)

    def check(self, text: str) -> list[Finding]:
        """One post-level finding per element an announcement lacks; none for other posts.
        Only the first :data:`MAX_CHARS` characters are read."""
        announced = self.announcement(text)
        if announced is None:
            return []
        return [Finding(rule_id=RULE_PREFIX + e.id, category=Category.INFORMASI,
                        severity=e.severity, start=0, end=0,
                        message=e.message.replace("{jenis}", announced.kind),
                        reference=e.reference)
                for e in self._rules.elements if e.id not in announced.present]

    @staticmethod
    def _has(element: Element, text: str, words: Words) -> bool:
        for cue in element.cues:
            if not element.unless:
                if cue.occurs(text, words):
                    return True
                continue
            for hit in cue.find_all(text, words):
                before = text[max(0, hit.start - _BEFORE):hit.start]
                if not any(u.search(before) for u in element.unless):
                    return True
        return False

    def _link_elements(self, text: str) -> set[str]:
        """A link or e-mail address after words of registering or sending is where the service
        happens (``dimana``); any other is a place to ask (``kontak``)."""
        found: set[str] = set()
        starts = [start for start, _end in link_spans(text)]
        if "@" in text:
            starts += [m.start() for m in _EMAIL_RE.finditer(text)]
        for start in starts:
            before = text[max(0, start - 60):start]
            if self._rules.service_link.search(before) and not self._rules.info_link.search(before):
                found.add("dimana")
            else:
                found.add("kontak")
        return found


def opening_text(text: str) -> str:
    """The headline (if any) and the first sentence of ``text``, each cut at 220 characters."""
    parts = []
    for _start, line in openings(text):
        end = _SENTENCE_END.search(line, 20)
        parts.append(line[:min(end.end() if end else len(line), _OPENING_CHARS)])
    return "\n".join(parts)


@lru_cache(maxsize=4)
def announcement_rules(resources: Path | None = None) -> AnnouncementRules:
    return AnnouncementRules.load((resources or resource_dir()) / "rules" / "informasi" / "pengumuman.toml")
