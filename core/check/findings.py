"""The one finding type every checker emits, and the report that groups them."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Severity(StrEnum):
    """How much a finding matters: ``error`` must be fixed, ``warning`` asks for a look."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]

    def lowered(self) -> Severity:
        """One level softer (used outside a campaign period); ``info`` stays ``info``."""
        return {Severity.ERROR: Severity.WARNING}.get(self, Severity.INFO)


_SEVERITY_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


class Category(StrEnum):
    SPELLING = "spelling"
    STANDARD = "standard"
    ORTHOGRAPHY = "orthography"
    SOURCE = "source"
    NEUTRALITY = "neutrality"
    HOAX = "hoax"
    FRAUD = "fraud"
    PROVOCATION = "provocation"
    PLATFORM = "platform"
    GRAMMAR = "grammar"
    INFORMASI = "informasi"  # an announcement that leaves out what the public needs


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing a checker found.

    ``start``/``end`` are half-open code-point offsets (Python ``str`` indices) into the exact
    text given to the checker, so ``text[start:end] == actual``. A finding about the whole post
    (for example "no source") has ``start == end == 0`` and an empty ``actual``.
    """

    rule_id: str
    category: Category
    severity: Severity
    start: int
    end: int
    message: str
    actual: str = ""
    suggestions: tuple[str, ...] = ()
    reference: str = ""

    @property
    def is_post_level(self) -> bool:
        return self.start == self.end == 0

    def to_json(self) -> dict[str, object]:
        """The public JSON shape of ``main.py check --json``."""
        return {
            "rule": self.rule_id,
            "category": str(self.category),
            "severity": str(self.severity),
            "start": self.start,
            "end": self.end,
            "text": self.actual,
            "message": self.message,
            "suggestions": list(self.suggestions),
        }


@dataclass(frozen=True, slots=True)
class CheckReport:
    """All findings for one text, sorted by position."""

    text: str
    findings: tuple[Finding, ...] = field(default_factory=tuple)

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity is severity)

    @property
    def errors(self) -> int:
        return self.count(Severity.ERROR)

    @property
    def warnings(self) -> int:
        return self.count(Severity.WARNING)

    @property
    def infos(self) -> int:
        return self.count(Severity.INFO)

    @property
    def has_errors(self) -> bool:
        return self.errors > 0
