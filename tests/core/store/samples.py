"""Posts and findings shared by the store's tests (not a test module)."""

from __future__ import annotations

from core.check.findings import Category, Finding, Severity
from core.store.models import PostDraft, parse_schedule

FINDINGS = (
    Finding("baku.silakan", Category.STANDARD, Severity.WARNING, 0, 8, "“Silahkan” tidak baku",
            "Silahkan", ("Silakan",), "KBBI: silakan"),
    Finding("platform.length.x", Category.PLATFORM, Severity.ERROR, 9, 12, "Terlalu panjang", "😀𝐀b"),
    Finding("sumber.tidak-ada", Category.SOURCE, Severity.INFO, 0, 0, "Tanpa sumber"),
)
BODY = "Silahkan 😀𝐀b"


def draft(body: str = BODY, when: str | None = None, **kw: object) -> PostDraft:
    return PostDraft(body=body, scheduled_at=parse_schedule(when) if when else None, **kw)  # type: ignore[arg-type]
