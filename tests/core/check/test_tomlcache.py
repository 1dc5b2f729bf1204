from __future__ import annotations

import datetime as dt
import hashlib
import json
import tomllib
from pathlib import Path

from core.app.paths import resource_dir
from core.check.tomlcache import COMPILED_NAME, _compiled, compile_folder, dumps, read_toml


def test_shipped_rules_read_the_same_as_tomllib() -> None:
    files = sorted((resource_dir() / "rules").rglob("*.toml"))
    assert files
    for path in files:
        with path.open("rb") as handle:
            assert read_toml(path) == tomllib.load(handle), path


def _resources(tmp_path: Path, pack: str) -> Path:
    rules = tmp_path / "resources" / "rules"
    rules.mkdir(parents=True)
    (rules / "uji.toml").write_text(pack, encoding="utf-8")
    return tmp_path / "resources"


def test_a_compiled_copy_keeps_dates_and_is_used_while_current(tmp_path: Path) -> None:
    resources = _resources(tmp_path, '[pack]\nid = "uji"\nstart = 2024-09-25\n')
    (resources / COMPILED_NAME).write_text(dumps(compile_folder(resources)), encoding="utf-8")
    _compiled.cache_clear()
    assert read_toml(resources / "rules" / "uji.toml") == {
        "pack": {"id": "uji", "start": dt.date(2024, 9, 25)}}


def test_a_stale_compiled_copy_is_ignored(tmp_path: Path) -> None:
    resources = _resources(tmp_path, '[pack]\nid = "baru"\n')
    stale = {"rules/uji.toml": {"sha256": hashlib.sha256(b"lama").hexdigest(),
                                "data": {"pack": {"id": "lama"}}}}
    (resources / COMPILED_NAME).write_text(json.dumps(stale), encoding="utf-8")
    _compiled.cache_clear()
    assert read_toml(resources / "rules" / "uji.toml") == {"pack": {"id": "baru"}}
