"""The self-test of an installed or built Saring (``Saring --self-test``).

It proves, on the machine itself and without network, that the shipped resources load and the
whole pipeline works: dictionary and rule packs, a check of a sample post, a temporary
database (write, autosave, reopen, integrity check), a CSV export, an .xlsx review copy and a
monthly report as .xlsx read back (openpyxl is in the bundle). Each step prints
one line; any failure raises :class:`SelfTestError` naming the step.
"""

from __future__ import annotations

import csv
import datetime as dt
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from core.app.bidang import default_bidang
from core.app.paths import resource_dir
from core.check.checker import Checker
from core.errors import SaringError
from core.publish.channels import Channel
from core.publish.export import export_csv
from core.store.models import PostDraft
from core.store.queue import QueueStore

SAMPLE_POST = "Pemkab menghimbau warga. Silahkan datang ke posyandu 🙂 #SehatBersama"
EXPECTED_RULES = ("baku.imbau", "baku.silakan")


class SelfTestError(SaringError, RuntimeError):
    """A self-test step failed; the message names the step and what was wrong."""


@dataclass(frozen=True, slots=True)
class StepResult:
    name: str
    detail: str
    seconds: float


@contextmanager
def _step(name: str, results: list[StepResult], say: Callable[[str], None]) -> Iterator[list[str]]:
    detail: list[str] = []
    started = time.perf_counter()
    try:
        yield detail
    except SelfTestError:
        raise
    except Exception as exc:
        raise SelfTestError(f"{name}: {type(exc).__name__}: {exc}") from exc
    result = StepResult(name, "; ".join(detail), time.perf_counter() - started)
    results.append(result)
    say(f"ok   {result.name:<22} {result.seconds * 1000:7.0f} ms  {result.detail}")


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise SelfTestError(message)


def run_self_test(*, say: Callable[[str], None] = print, workdir: Path | None = None) -> list[StepResult]:
    """Run every step (printing one line each through ``say``); raise :class:`SelfTestError`."""
    results: list[StepResult] = []
    say(f"Saring self-test; resources: {resource_dir()}")
    with _step("dictionary+packs", results, say) as detail:
        checker = Checker.from_resources()
        _require(len(checker.packs) > 0, "dictionary+packs: no rule pack loaded")
        ids = list(dict.fromkeys(p.id for p in checker.packs))  # a pack kept in two files is one pack
        detail.append(f"{len(ids)} packs in {len(checker.packs)} files: " + ", ".join(ids))
        _require(checker.policy_model is not None, "dictionary+packs: the policy model did not load")
    with _step("check sample post", results, say) as detail:
        report = checker.check(SAMPLE_POST, channels=(Channel.X,))
        rules = {f.rule_id for f in report.findings}
        missing = [r for r in EXPECTED_RULES if r not in rules]
        _require(not missing, f"check sample post: expected findings missing: {missing}")
        for f in report.findings:
            _require(0 <= f.start <= f.end <= len(SAMPLE_POST), f"offsets outside the text: {f}")
            _require(f.is_post_level or SAMPLE_POST[f.start:f.end] == f.actual, f"offsets wrong: {f}")
        detail.append(f"{len(report.findings)} findings ({', '.join(sorted(rules))})")
    with tempfile.TemporaryDirectory(prefix="saring-selftest-", dir=workdir) as tmp:
        db_path = Path(tmp) / "selftest.db"
        with _step("database write+read", results, say) as detail:
            store = QueueStore(db_path)
            bidang = tuple(b.name for b in default_bidang("Dinas Kesehatan")[:2])  # opd.toml ships
            _require(len(bidang) == 2, "database: the default bidang (resources/bidang) did not load")
            draft = PostDraft(body=SAMPLE_POST, title="Uji mandiri", channels=(Channel.X,),
                              bidang=bidang)
            post_id = store.posts.add(draft, report).id
            store.drafts.save(PostDraft(body="draf otomatis"), post_id=None)
            store.close()
            store = QueueStore(db_path)
            _require(store.posts.get(post_id).draft == draft, "database: the post read back differs")
            saved = store.drafts.unsaved()
            _require(saved is not None and saved.draft.body == "draf otomatis",
                     "database: the autosaved draft did not come back")
            mode = store.journal_mode()
            posts = store.posts.list()
            store.close()
            conn = sqlite3.connect(db_path)
            check = conn.execute("PRAGMA integrity_check").fetchone()[0]
            conn.close()
            _require(check == "ok", f"database: integrity_check says {check}")
            detail.append(f"post #{post_id} and autosave read back, journal {mode}, integrity {check}")
        with _step("export CSV", results, say) as detail:
            out = Path(tmp) / "ekspor.csv"
            result = export_csv(posts, out, fmt="generic")
            with out.open(encoding="utf-8", newline="") as handle:
                rows = list(csv.DictReader(handle))
            _require(len(rows) == result.rows == 1 and rows[0]["body"] == SAMPLE_POST
                     and rows[0]["bidang"] == "||".join(posts[0].draft.bidang),
                     "export CSV: the file read back differs")
            detail.append(f"{result.rows} row, {out.stat().st_size} bytes, read back")
        with _step("monthly report .xlsx", results, say) as detail:
            # the bundle carries openpyxl and the finding log's triggers work
            from core.publish.report import Month, build_report
            from core.publish.report_files import read_report_file, write_month_xlsx

            store = QueueStore(db_path)
            today = dt.date.today()
            store.posts.set_schedule(post_id, dt.datetime.combine(today, dt.time(9, 0)))
            month_report = build_report(store, Month(today.year, today.month), opd="Uji mandiri",
                                        daily_targets={"x": 1})
            store.close()
            out = Path(tmp) / "laporan.xlsx"
            write_month_xlsx(month_report, out)
            _require(read_report_file(out) == [month_report], "report: the .xlsx read back differs")
            _require(month_report.total.planned == 1 and 0 < month_report.caught <= len(report.findings),
                     "report: the post or its findings were not counted")
            detail.append(f"{month_report.caught} findings counted, {out.stat().st_size} bytes, read back")
        with _step("review copy .xlsx", results, say) as detail:
            from core.publish.review_sheet import read_review_copy

            review = export_csv(posts, Path(tmp) / "tinjauan.xlsx", fmt="review").path
            lines = read_review_copy(review).lines
            _require(len(lines) == 1 and lines[0].post_id == posts[0].id and bool(lines[0].fingerprint),
                     "review copy: the workbook read back differs")
            detail.append(f"{review.stat().st_size} bytes, read back (openpyxl)")
    return results
