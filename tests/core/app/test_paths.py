from __future__ import annotations

import sys
from pathlib import Path

import pytest

from core.app import paths


def test_resource_dir_holds_the_shipped_files() -> None:
    resources = paths.resource_dir()
    assert resources.is_absolute()
    for name in ("dictionaries/id_ID.aff", "dictionaries/id_ID.dic", "vocab/accept.tsv",
                 "vocab/abbreviations.tsv"):
        assert (resources / name).is_file(), name
    assert list((resources / "rules").glob("*.toml"))


def test_resource_dir_when_frozen(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resource_dir() == tmp_path / "resources"


def test_frozen_without_bundle_uses_source_tree(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    assert (paths.resource_dir() / "dictionaries" / "id_ID.aff").is_file()


def test_user_data_dir() -> None:
    data = paths.user_data_dir()
    assert data.name == "Saring"
    assert data.is_absolute()


def test_default_db_path() -> None:
    assert paths.default_db_path() == paths.user_data_dir() / "saring.db"
