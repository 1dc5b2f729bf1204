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
def m_i3_001_user_dictionary(db: Database) -> None:
    """Words the admin or the office added to the dictionary, and ignored findings."""
    db["dictionary_words"].create(
        {"word": str, "scope": str, "added_at": str},  # scope: "personal" or "office"
        pk="word", not_null={"word", "scope", "added_at"},
    )
    db["ignored_findings"].create(
        {"id": int, "post_key": str, "rule_id": str, "text": str, "start": int,
         "created_at": str},
        pk="id", not_null={"post_key", "rule_id", "text", "created_at"},
    )
    db["ignored_findings"].create_index(["post_key"])
