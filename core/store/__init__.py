"""The store: the post queue in SQLite behind one facade (``core.store.queue.QueueStore``), its
values (``models``), errors, image files, schema migrations, autosaved drafts, backups, the
user dictionary and review bundles. Nothing outside this package touches the connection."""
