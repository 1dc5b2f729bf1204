"""Database rows ↔ the store's values (posts, findings, images). Only the store uses these."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from typing import Any

from core.check.findings import Category, CheckReport, Finding, Severity
from core.publish.channels import Channel
from core.store.models import SCHEDULE_FORMAT, Media, Post, PostDraft, Status, StatusChange


def now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


def parse_slot(value: str | None) -> dt.datetime | None:
    """A stored ``YYYY-MM-DD HH:MM`` (written by :func:`draft_row`; ``fromisoformat`` reads it
    several times faster than ``strptime``)."""
    return dt.datetime.fromisoformat(value) if value else None


def format_slot(value: dt.datetime | None) -> str | None:
    return value.strftime(SCHEDULE_FORMAT) if value else None


def channels_from(value: str) -> tuple[Channel, ...]:
    return tuple(Channel(c) for c in json.loads(value))


def bidang_from(value: str | None) -> tuple[str, ...]:
    """A stored JSON list of bidang names (NULL or damaged: none)."""
    try:
        names = json.loads(value) if value else []
    except ValueError:
        return ()
    return tuple(str(n) for n in names) if isinstance(names, list) else ()


def bidang_json(names: Iterable[str]) -> str:
    return json.dumps(list(dict.fromkeys(names)), ensure_ascii=False)


def draft_row(draft: PostDraft) -> dict[str, object]:
    return {
        "title": draft.title,
        "body": draft.body,
        "sources": draft.sources,
        "channels": json.dumps([c.value for c in draft.channels]),
        "scheduled_at": format_slot(draft.scheduled_at),
        "bidang": bidang_json(draft.bidang),
    }


def report_row(report: CheckReport) -> dict[str, object]:
    return {
        "findings": json.dumps([finding_to_dict(f) for f in report.findings], ensure_ascii=False),
        "n_errors": report.errors,
        "n_warnings": report.warnings,
        "n_infos": report.infos,
    }


def finding_to_dict(finding: Finding) -> dict[str, object]:
    return {**finding.to_json(), "reference": finding.reference}


def finding_from_dict(data: Mapping[str, Any]) -> Finding:
    return Finding(
        rule_id=str(data["rule"]), category=Category(str(data["category"])),
        severity=Severity(str(data["severity"])), start=int(data["start"]),
        end=int(data["end"]), actual=str(data["text"]), message=str(data["message"]),
        suggestions=tuple(data.get("suggestions", ())),
        reference=str(data.get("reference", "")),
    )


def post_from_row(row: Mapping[str, Any]) -> Post:
    draft = PostDraft(
        title=str(row["title"]), body=str(row["body"]), sources=str(row["sources"]),
        channels=channels_from(str(row["channels"])),
        scheduled_at=parse_slot(row["scheduled_at"]), bidang=bidang_from(row.get("bidang")),
    )
    return Post(
        id=int(row["id"]), draft=draft, status=Status(str(row["status"])),
        findings=tuple(finding_from_dict(d) for d in json.loads(str(row["findings"]))),
        n_errors=int(row["n_errors"]), n_warnings=int(row["n_warnings"]),
        n_infos=int(row["n_infos"]),
        created_at=dt.datetime.fromisoformat(str(row["created_at"])),
        updated_at=dt.datetime.fromisoformat(str(row["updated_at"])),
        version=int(row.get("version") or 1),
    )


def media_from_row(row: Mapping[str, Any]) -> Media:
    return Media(id=int(row["id"]), post_id=int(row["post_id"]), position=int(row["position"]),
                 path=str(row["path"]), alt_text=str(row["alt_text"]),
                 original_name=str(row["original_name"]))


def change_from_row(row: Mapping[str, Any]) -> StatusChange:
    return StatusChange(
        post_id=int(row["post_id"]), at=dt.datetime.fromisoformat(row["at"]), who=row["who"],
        from_status=Status(row["from_status"]) if row["from_status"] else None,
        to_status=Status(row["to_status"]), reason=row["reason"])
