from __future__ import annotations

import logging
from pathlib import Path

from core.app.logs import BACKUP_COUNT, MAX_BYTES, setup_logging


def test_log_file_rotates_and_keeps_a_bounded_number(tmp_path: Path) -> None:
    path = setup_logging(folder=tmp_path / "log")
    assert setup_logging(folder=tmp_path / "log") == path  # a second call adds no handler
    handlers = [h for h in logging.getLogger().handlers if getattr(h, "baseFilename", None) == str(path)]
    assert len(handlers) == 1
    try:
        log = logging.getLogger("saring.test")
        log.warning("pesan pertama ✓")
        handlers[0].flush()
        assert "pesan pertama ✓" in path.read_text(encoding="utf-8")
        line = "x" * 1000
        for _ in range(MAX_BYTES * (BACKUP_COUNT + 2) // 1000):
            log.info(line)
        files = sorted(p.name for p in path.parent.iterdir())
        assert len(files) == BACKUP_COUNT + 1
        assert all(p.stat().st_size <= MAX_BYTES + 2000 for p in path.parent.iterdir())
    finally:
        for handler in handlers:
            logging.getLogger().removeHandler(handler)
            handler.close()
