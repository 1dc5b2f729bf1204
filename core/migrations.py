"""The database schema, one migration per change; applied ones are recorded by sqlite-utils."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("saring")


@migrations()
def m001_posts(db: Database) -> None:
    db["posts"].create(
        {
            "id": int,
            "title": str,
            "body": str,
            "sources": str,
            "channels": str,  # JSON list of channel ids
            "scheduled_at": str,  # "YYYY-MM-DD HH:MM", local time, or NULL
            "status": str,
            "findings": str,  # JSON snapshot of the findings when last saved
            "n_errors": int,
            "n_warnings": int,
            "n_infos": int,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"title", "body", "sources", "channels", "status", "findings",
                  "n_errors", "n_warnings", "n_infos", "created_at", "updated_at"},
        defaults={"title": "", "sources": "", "channels": "[]", "status": "draf",
                  "findings": "[]", "n_errors": 0, "n_warnings": 0, "n_infos": 0},
    )
    db["posts"].create_index(["status"])
    db["posts"].create_index(["scheduled_at"])


@migrations()
def m_i6_001_drafts(db: Database) -> None:
    """The editor's autosave: one row per editor (``slot``), replaced every few seconds, so that
    text typed but not yet saved to the queue survives a crash or a killed process."""
    db["drafts"].create(
        {
            "slot": str,
            "post_id": int,  # the queued post being edited, or NULL for a new post
            "title": str,
            "body": str,
            "sources": str,
            "channels": str,  # JSON list of channel ids
            "scheduled_at": str,
            "saved_at": str,
        },
        pk="slot",
        not_null={"title", "body", "sources", "channels", "saved_at"},
        defaults={"title": "", "sources": "", "channels": "[]"},
    )
