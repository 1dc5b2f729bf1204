"""Ids beyond 64 bits, negative, or not numbers: a clear message and exit 2 on the command
line, "not found" in the store; never an OverflowError traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.check.findings import CheckReport
from core.store.errors import InvalidIdError, PostNotFoundError
from core.store.models import MAX_ID, PostDraft, Status, parse_id
from core.store.queue import QueueStore
from main import main

HOSTILE = ["18446744073709551616", "9" * 40, "-1", "0", "0x10", "1e3", "١٢", " ", "1.0",
           "9" * 5000]


@pytest.mark.parametrize("value", HOSTILE)
def test_parse_id_refuses_with_a_reason(value: str) -> None:
    with pytest.raises(InvalidIdError, match="ID tidak sah"):
        parse_id(value)


def test_parse_id_accepts_the_whole_range() -> None:
    assert parse_id("1") == 1 and parse_id(str(MAX_ID)) == MAX_ID and parse_id(" 42 ") == 42


@pytest.mark.parametrize("argv", [
    ["queue", "set-status", "18446744073709551616", "siap"],
    ["queue", "history", "99999999999999999999999"],
    ["bundle", "export", "--out", "x.saring", "1", "340282366920938463463374607431768211456"],
    ["export", "--format", "generic", "--out", "x.csv", "--batch", "18446744073709551616"],
])
def test_cli_refuses_ids_beyond_64_bits(argv: list[str], tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main([*argv, "--db", str(tmp_path / "q.db")])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "ID tidak sah" in err and "Traceback" not in err and "Overflow" not in err
    assert not (tmp_path / "x.csv").exists() and not (tmp_path / "x.saring").exists()


def test_cli_largest_id_is_simply_not_found(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["queue", "history", str(MAX_ID), "--db", str(tmp_path / "q.db")]) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_store_treats_out_of_range_ids_as_missing(tmp_path: Path) -> None:
    store = QueueStore(tmp_path / "q.db")
    try:
        store.posts.add(PostDraft(body="Isi"), CheckReport("Isi"))
        for bad in (2**64, 2**70, -(2**70), 0):
            with pytest.raises(PostNotFoundError):
                store.posts.get(bad)
            with pytest.raises(PostNotFoundError):
                store.posts.set_status(bad, Status.READY, who="x")
            with pytest.raises(PostNotFoundError):
                store.posts.update(bad, PostDraft(body="x"), CheckReport("x"))
            with pytest.raises(KeyError):
                store.exports.batch(bad)
            assert store.posts.history(bad) == [] and not store.posts.exists(bad)
            assert store.posts.get_many([bad, 1])[0].id == 1
            assert bad in store.posts.set_statuses([bad], Status.READY).refused
    finally:
        store.close()
