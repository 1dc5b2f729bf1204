"""The labelled development examples in tests/informasi_examples/ (the tuning set) meet the
issue's targets; the evaluation script reads its sets and refuses malformed lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.informasi_eval import DEFAULT_SET, main, read_rows, score_ceremony, score_informasi
from core.check.informativeness import InformativenessChecker


@pytest.fixture(scope="module")
def scores():
    misses: list[str] = []
    detect, elements = score_informasi(InformativenessChecker.from_resources(),
                                       DEFAULT_SET / "informasi.tsv", misses)
    return detect, elements, score_ceremony(DEFAULT_SET / "seremoni.tsv", misses)


def test_the_tuning_set_has_enough_cases() -> None:
    kinds = [row[0] for _, row in read_rows(DEFAULT_SET / "informasi.tsv", 3)]
    assert kinds.count("pengumuman") >= 50 and kinds.count("lain") >= 50
    labels = [row[0] for _, row in read_rows(DEFAULT_SET / "seremoni.tsv", 2)]
    assert labels.count("seremoni") >= 30 and labels.count("-") >= 30


def test_targets_on_the_tuning_set(scores) -> None:
    detect, elements, ceremony = scores
    for count in (detect, ceremony, *elements):
        assert count.precision >= 0.9 and count.recall >= 0.9, count


def test_malformed_lines_are_named(tmp_path: Path) -> None:
    (tmp_path / "informasi.tsv").write_text("pengumuman\tkapan\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"informasi\.tsv:1"):
        read_rows(tmp_path / "informasi.tsv", 3)
    (tmp_path / "informasi.tsv").write_text("pengumuman\twaktu\tPendaftaran dibuka.\n",
                                            encoding="utf-8")
    with pytest.raises(ValueError, match="unsur tidak dikenal"):
        score_informasi(InformativenessChecker.from_resources(), tmp_path / "informasi.tsv", [])


def test_the_script_prints_the_scores_of_a_set(tmp_path: Path, capsys) -> None:
    (tmp_path / "informasi.tsv").write_text(
        "pengumuman\tkapan\tPendaftaran lomba dibuka hingga 5 Mei.\n"
        "lain\t-\tSelamat Hari Raya Idul Fitri.\n", encoding="utf-8")
    (tmp_path / "seremoni.tsv").write_text("seremoni\tBupati menghadiri rapat paripurna.\n"
                                           "-\tPendaftaran lomba dibuka hingga 5 Mei.\n",
                                           encoding="utf-8")
    assert main(["--set", str(tmp_path), "--runs", "3"]) == 0
    out = capsys.readouterr().out
    assert "pengumuman      1   100.0%  100.0%" in out
    assert "seremoni        1   100.0%  100.0%" in out and "median" in out
