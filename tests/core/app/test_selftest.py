from __future__ import annotations

from pathlib import Path

import pytest

from core.app import selftest
from core.app.selftest import SelfTestError, run_self_test


def test_self_test_runs_every_step(tmp_path: Path) -> None:
    lines: list[str] = []
    results = run_self_test(say=lines.append, workdir=tmp_path)
    assert [r.name for r in results] == ["dictionary+packs", "check sample post",
                                         "database write+read", "export CSV",
                                         "monthly report .xlsx", "review copy .xlsx"]
    assert all(line.startswith("ok") for line in lines[1:])
    assert list(tmp_path.iterdir()) == []  # the temporary database and CSV are gone


def test_self_test_names_each_pack_once(tmp_path: Path) -> None:
    """netralitas and penipuan are kept in two files each; the user sees each pack once."""
    lines: list[str] = []
    run_self_test(say=lines.append, workdir=tmp_path)
    packs_line = next(line for line in lines if "dictionary+packs" in line)
    names = packs_line.split(": ", 1)[1].split(", ")
    assert len(names) == len(set(names))
    assert {"netralitas", "penipuan", "sumber"} <= set(names)


def test_self_test_fails_loudly_when_a_check_is_missing(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(selftest, "EXPECTED_RULES", ("aturan.yang.tidak.ada",))
    with pytest.raises(SelfTestError, match=r"aturan\.yang\.tidak\.ada"):
        run_self_test(say=lambda _: None, workdir=tmp_path)
