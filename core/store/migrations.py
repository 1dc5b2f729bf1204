"""The database schema, one migration per change; applied ones are recorded by sqlite-utils."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("saring")


@migrations()
def m001_posts(db: Database) -> None:
    db.table("posts").create(
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
    db.table("posts").create_index(["status"])
    db.table("posts").create_index(["scheduled_at"])


@migrations()
def m_i5_001_status_history(db: Database) -> None:
    """Every status change: who (settings user name), when, from, to, reason."""
    db.table("status_history").create(
        {"id": int, "post_id": int, "at": str, "who": str, "from_status": str, "to_status": str,
         "reason": str},
        pk="id", not_null={"post_id", "at", "who", "to_status", "reason"},
        defaults={"who": "", "reason": ""},
    )
    db.table("status_history").create_index(["post_id"])


@migrations()
def m_i5_002_export_batches(db: Database) -> None:
    """Each export: file(s), preset, time, the posts in it (JSON list of ids)."""
    db.table("export_batches").create(
        {"id": int, "at": str, "preset": str, "files": str, "post_ids": str, "options": str},
        pk="id", not_null={"at", "preset", "files", "post_ids", "options"},
        defaults={"options": "{}"},
    )


@migrations()
def m_i5_003_posts_fts(db: Database) -> None:
    """Full-text search over title, body and sources, kept current by triggers."""
    db.table("posts").enable_fts(["title", "body", "sources"], create_triggers=True,
                           tokenize="unicode61 remove_diacritics 2")


@migrations()
def m_i5_004_post_media(db: Database) -> None:
    """Images of a post: copied into the app's media folder; alt text; order."""
    db.table("post_media").create(
        {"id": int, "post_id": int, "position": int, "path": str, "alt_text": str,
         "original_name": str},
        pk="id", not_null={"post_id", "position", "path", "alt_text", "original_name"},
        defaults={"alt_text": "", "original_name": ""},
        foreign_keys=[("post_id", "posts", "id")],
    )
    db.table("post_media").create_index(["post_id"])


@migrations()
def m_i5_005_queue_order_index(db: Database) -> None:
    """The queue's order (planned first, by time, then id) as an index: pages stop early."""
    db.execute("CREATE INDEX IF NOT EXISTS posts_queue_order "
               "ON posts(scheduled_at IS NULL, scheduled_at, id)")


@migrations()
def m_i5_006_post_uid(db: Database) -> None:
    """A global id for review bundles: the same post on two PCs is one post, never two."""
    db.table("posts").add_column("uid", str)
    db.execute("CREATE UNIQUE INDEX IF NOT EXISTS posts_uid ON posts(uid) WHERE uid IS NOT NULL")


@migrations()
def m_i6_001_drafts(db: Database) -> None:
    """The editor's autosave: one row per editor (``slot``), replaced every few seconds, so that
    text typed but not yet saved to the queue survives a crash or a killed process."""
    db.table("drafts").create(
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


@migrations()
def m_i3_001_user_dictionary(db: Database) -> None:
    """Words the admin or the office added to the dictionary, and ignored findings."""
    db.table("dictionary_words").create(
        {"word": str, "scope": str, "added_at": str},  # scope: "personal" or "office"
        pk="word", not_null={"word", "scope", "added_at"},
    )
    db.table("ignored_findings").create(
        {"id": int, "post_key": str, "rule_id": str, "text": str, "start": int,
         "created_at": str},
        pk="id", not_null={"post_key", "rule_id", "text", "created_at"},
    )
    db.table("ignored_findings").create_index(["post_key"])


@migrations()
def m_i6_002_draft_images(db: Database) -> None:
    """The autosave keeps the form's images too (a JSON list of path, alt text, stored image
    id, name), so images picked for a post not yet saved survive a crash; NULL: the post's
    stored images, unchanged."""
    db.table("drafts").add_column("images", str)


@migrations()
def m_i16_001_fts_on_text_only(db: Database) -> None:
    """Re-index a post's words only when its words change (title, body, sources), not on every
    status, schedule or export mark: marking 10,000 posts exported rewrote their index twice."""
    db.execute('DROP TRIGGER IF EXISTS "posts_au"')
    db.execute(
        'CREATE TRIGGER "posts_au" AFTER UPDATE OF "title", "body", "sources" ON "posts" BEGIN\n'
        '  INSERT INTO "posts_fts" ("posts_fts", rowid, "title", "body", "sources") '
        'VALUES(\'delete\', old.rowid, old."title", old."body", old."sources");\n'
        '  INSERT INTO "posts_fts" (rowid, "title", "body", "sources") '
        'VALUES (new.rowid, new."title", new."body", new."sources");\n'
        "END")


@migrations()
def m_i15_001_post_version(db: Database) -> None:
    """Every write to a post raises its version by one, so a save based on an older copy (the
    editor open while "Jadwalkan otomatis" planned the post, a review bundle, another window)
    is noticed and refused instead of silently overwriting the newer one."""
    db.execute("ALTER TABLE posts ADD COLUMN version INTEGER NOT NULL DEFAULT 1")


@migrations()
def m_i15_002_peer_version(db: Database) -> None:
    """The version the other PC's copy had when its last review bundle arrived (NULL: none).
    A bundle sent back names it, so an edit made here meanwhile is never overwritten by the
    reviewer's older copy."""
    db.execute("ALTER TABLE posts ADD COLUMN peer_version INTEGER")


@migrations()
def m_i17_001_post_bidang(db: Database) -> None:
    """The office's fields (bidang, sekretariat, UPT/UPTD) a post is about: a JSON list of their
    names as the settings spell them, "[]" for a post not yet tagged (every post stored before
    this migration). The autosave keeps the form's choice too."""
    db.execute("ALTER TABLE posts ADD COLUMN bidang TEXT NOT NULL DEFAULT '[]'")
    db.execute("ALTER TABLE drafts ADD COLUMN bidang TEXT NOT NULL DEFAULT '[]'")


# One row per finding a post ever had (issue 17's monthly report: what the checks caught before
# publishing and what was fixed). Kept by triggers, so every write path (the form, the CLI, a
# review bundle, an import) is counted the same way. A finding is known by its rule and the
# text it points at (offsets move as the post is edited); it is fixed when a save no longer
# has it, and open again when it comes back.
_FINDING_ROWS = ("SELECT {post}, json_extract(j.value, '$.rule'), "
                 "COALESCE(json_extract(j.value, '$.text'), ''), json_extract(j.value, '$.category'), "
                 "json_extract(j.value, '$.severity'), {at}, NULL FROM {source}")
_FINDING_COLUMNS = "post_id, rule_id, text, category, severity, first_at, fixed_at"


@migrations()
def m_i17_002_finding_log(db: Database) -> None:
    """The findings each post had, when each was first seen and when it went away (fixed or
    ignored). Existing posts start with the findings of their last save, seen at that time."""
    db.execute("CREATE TABLE finding_log (post_id INTEGER NOT NULL, rule_id TEXT NOT NULL, "
               "text TEXT NOT NULL, category TEXT NOT NULL, severity TEXT NOT NULL, "
               "first_at TEXT NOT NULL, fixed_at TEXT, PRIMARY KEY (post_id, rule_id, text)) "
               "WITHOUT ROWID")
    db.execute(f"INSERT OR IGNORE INTO finding_log ({_FINDING_COLUMNS}) "
               + _FINDING_ROWS.format(post="p.id", at="p.updated_at",
                                      source="posts p, json_each(p.findings) j"))
    db.execute("CREATE TRIGGER finding_log_ai AFTER INSERT ON posts BEGIN "
               f"INSERT OR IGNORE INTO finding_log ({_FINDING_COLUMNS}) "
               + _FINDING_ROWS.format(post="new.id", at="new.updated_at",
                                      source="json_each(new.findings) j") + "; END")
    db.execute(
        "CREATE TRIGGER finding_log_au AFTER UPDATE OF findings ON posts "
        "WHEN new.findings IS NOT old.findings BEGIN "
        "UPDATE finding_log SET fixed_at = new.updated_at WHERE post_id = new.id "
        "AND fixed_at IS NULL AND NOT EXISTS (SELECT 1 FROM json_each(new.findings) j "
        "WHERE json_extract(j.value, '$.rule') = finding_log.rule_id "
        "AND COALESCE(json_extract(j.value, '$.text'), '') = finding_log.text); "
        f"INSERT INTO finding_log ({_FINDING_COLUMNS}) "
        + _FINDING_ROWS.format(post="new.id", at="new.updated_at", source="json_each(new.findings) j")
        + " WHERE true ON CONFLICT (post_id, rule_id, text) DO UPDATE SET fixed_at = NULL; END")
    db.execute("CREATE TRIGGER finding_log_ad AFTER DELETE ON posts BEGIN "
               "DELETE FROM finding_log WHERE post_id = old.id; END")


@migrations()
def m_i18_001_publications(db: Database) -> None:
    """Where a post went public, per channel, when it was posted by hand (Meta Business Suite
    or any tool without an import): the published post's address, when and who."""
    db.table("publications").create(
        {"id": int, "post_id": int, "channel": str, "url": str, "at": str, "who": str},
        pk="id", not_null={"post_id", "channel", "url", "at", "who"}, defaults={"who": ""},
    )
    db.execute("CREATE UNIQUE INDEX IF NOT EXISTS publications_post_channel "
               "ON publications(post_id, channel)")
