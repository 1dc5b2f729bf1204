"""The monthly report at scale: one month's report from a 100,000-post database.

    python -m bench.report_month [--posts N] [--months M] [--runs N] [--db PATH] [--json]

Builds a database of N posts (default 100,000) spread evenly over M months (default 12, so
~8,300 posts a month, ~280 a day: far more than an office writes, on purpose) from 2026-01,
through the store's bulk API; a third carry findings, a tenth went Siap → Diekspor (status
history), some of those Terbit, and a quarter of the findings were fixed by a later save. The
texts mix leadership ceremony, announcements and other posts, so the topic classifier does
real work. Then, for the busiest month:

  report_core_s       store.activity + the topic classifier + the numbers (office_report),
                      in this process, rules already loaded (median of --runs)
  report_csv_cli_s    the WHOLE process ``python main.py report --month … --out r.csv``
  report_xlsx_cli_s   the same with .xlsx (openpyxl)
  report_pdf_cli_s    the same with .pdf (Qt offscreen, QPdfWriter)
  window_build_s      Alat → Laporan bulanan: the dialog opened to its preview shown (counted
                      and drawn in the worker), offscreen, in this process
  window_gap_max_ms   meanwhile, the longest the UI thread went without running a 5 ms timer
  window_gap_p95_ms   (the window's responsiveness: 95th percentile of those gaps)
  *_cli_cpu_s         beside each: the process's user + system CPU seconds (hardly moved by
                      the machine's load; the target is wall clock)
  posts_in_month      how many posts the month holds

Target (issue 17): the report of a month on a 100,000-post database ≤ 3 s. Numbers, no
judgement; see bench/README.md. :func:`sample_posts` also feeds the guide's screenshots.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from core.app.bidang import default_bidang
from core.app.settings import Settings
from core.check.findings import Category, CheckReport, Finding, Severity
from core.publish.channels import Channel
from core.publish.report import Month, office_report
from core.store.models import PostDraft, Status
from core.store.queue import QueueStore

ROOT = Path(__file__).resolve().parent.parent
CEREMONY = (
    "Bupati {place} menghadiri peringatan Hari Jadi Kabupaten di lapangan pemda.",
    "Kepala Dinas membuka rapat koordinasi program kerja tahun {year} di aula kantor.",
    "Wakil Bupati meninjau lokasi pembangunan pasar {place} bersama kepala dinas.",
    "Sekretaris Daerah melantik pejabat administrator di lingkungan pemerintah kabupaten.",
)
ANNOUNCEMENTS = (
    "Vaksinasi campak gratis untuk anak usia 9 bulan dibuka Senin {day} pukul 08.00 di "
    "Puskesmas {place}. Bawa buku KIA. Informasi: 0812-3456-7890.",
    "Pendaftaran bantuan bibit padi untuk kelompok tani dibuka sampai {day}. Syarat: fotokopi "
    "KTP dan surat keterangan kelompok tani dari desa. Daftar di kantor desa {place}.",
    "Layanan perekaman KTP-el keliling hadir di Desa {place} hari Kamis pukul 09.00–14.00. "
    "Gratis, bawa kartu keluarga.",
    "Perbaikan jembatan di Desa {place} dimulai minggu depan; jalan ditutup sementara. "
    "Pengguna jalan diminta melewati jalur alternatif.",
)
OTHER = (
    "Warga Desa {place} bergotong royong membersihkan saluran air pada Minggu lalu. Terima kasih "
    "atas kepeduliannya.",
    "Tips menjaga kesehatan di musim hujan: cuci tangan, minum air matang, dan tidur cukup.",
    "Mengenal program sekolah ramah anak di Kabupaten {place}: ruang belajar yang aman dan nyaman.",
)
PLACES = ("Sukamaju", "Martapura", "Belitang", "Cempaka", "Bunga Mayang", "Semendawai")
CHANNELS = (Channel.FACEBOOK, Channel.INSTAGRAM, Channel.X, Channel.TIKTOK)
SLIP = Finding("baku.imbau", Category.STANDARD, Severity.WARNING, 0, 10, "tidak baku", "menghimbau")
NO_SOURCE = Finding("sumber.angka", Category.SOURCE, Severity.INFO, 0, 0, "angka tanpa sumber")
PARTISAN = Finding("netral.ajakan", Category.NEUTRALITY, Severity.ERROR, 0, 5, "ajakan", "Pilih")
OFFICE = "Dinas Kesehatan Kabupaten Contoh"
# The posts' fields: most of the office's default bidang, the last two never (a gap to report).
BIDANG = tuple(b.name for b in default_bidang(OFFICE))
SETTINGS = Settings(opd_name=OFFICE, channels=(Channel.FACEBOOK, Channel.INSTAGRAM, Channel.X),
                    daily_targets={Channel.FACEBOOK: 3, Channel.INSTAGRAM: 2, Channel.X: 2},
                    bidang=default_bidang(OFFICE))


def sample_posts(start: dt.date, days: int, per_day: int, *, rng: random.Random
                 ) -> Iterator[tuple[PostDraft, CheckReport]]:
    """``per_day`` posts on average a day for ``days`` days from ``start`` (some days fewer):
    a third ceremony, a third announcements, a third other posts; a third carry findings."""
    n = days * per_day
    for i in range(n):
        kind = rng.random()
        pool = CEREMONY if kind < 0.3 else ANNOUNCEMENTS if kind < 0.65 else OTHER
        body = rng.choice(pool).format(place=rng.choice(PLACES), year=start.year,
                                       day=f"{rng.randint(1, 28)} {start:%B}")
        day = start + dt.timedelta(days=min(days - 1, int(i / per_day * rng.uniform(0.8, 1.0))))
        when = dt.datetime.combine(day, dt.time(8 + i % 9, 0))
        findings = ((SLIP,), (NO_SOURCE,), (PARTISAN, SLIP), (), (), (), ())[i % 7]
        fields = tuple(rng.sample(BIDANG[:-2], rng.choice((0, 1, 1, 1, 2))))
        yield (PostDraft(body=body, title="", channels=tuple(rng.sample(CHANNELS, rng.randint(1, 3))),
                         scheduled_at=when, bidang=fields), CheckReport(body, findings))


def fill_month(store: QueueStore, month: Month, per_day: int, *, rng: random.Random,
               done: float = 0.1, limit: int | None = None) -> None:
    """:func:`sample_posts` for ``month`` into ``store``: a share ``done`` went Siap → Diekspor
    (half of those Terbit), and a quarter lost their findings on a later save (fixed)."""
    items = list(sample_posts(month.first_day, month.days, per_day, rng=rng))[:limit]
    ids = store.posts.add_many(items).created
    exported = [i for i in ids if rng.random() < done]
    store.posts.set_statuses(exported, Status.READY, reason="contoh")
    store.posts.set_statuses(exported, Status.EXPORTED)
    store.posts.set_statuses(exported[::2], Status.PUBLISHED)
    for post_id in ids[::4]:
        post = store.posts.get(post_id)
        store.posts.update(post_id, post.draft, CheckReport(post.draft.body, ()))


def build(path: Path, posts: int, months: int, seed: int = 17) -> Month:
    """The database; returns the month with the most posts."""
    rng = random.Random(seed)
    store = QueueStore(path)
    try:
        per_month = posts // months
        for m in range(months):
            month = Month(2026 + m // 12, m % 12 + 1)
            fill_month(store, month, max(1, per_month // month.days), rng=rng, limit=per_month)
        return Month(2026, 1)
    finally:
        store.close()


def _children_cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_cli(args: list[str]) -> tuple[float, float]:
    """Wall clock and CPU seconds (user + system) of the whole ``main.py`` process."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory() as home:
        env.update({"HOME": home, "XDG_CONFIG_HOME": home, "XDG_DATA_HOME": home, "APPDATA": home})
        cpu, start = _children_cpu_s(), time.perf_counter()
        subprocess.run([sys.executable, str(ROOT / "main.py"), *args], check=True, env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return time.perf_counter() - start, _children_cpu_s() - cpu


def measure(path: Path, month: Month, runs: int) -> dict[str, float]:
    store = QueueStore(path, read_only=True)
    try:
        office_report(store, month, SETTINGS)  # rules loaded once, as in the window's worker
        core = []
        for _ in range(runs):
            start = time.perf_counter()
            report = office_report(store, month, SETTINGS)
            core.append(time.perf_counter() - start)
    finally:
        store.close()
    result: dict[str, float] = {"posts_in_month": report.total.planned,
                                "report_core_s": round(statistics.median(core), 3)}
    with tempfile.TemporaryDirectory() as out:
        for fmt in ("csv", "xlsx", "pdf"):
            times = [timed_cli(["report", "--db", str(path), "--month", str(month),
                                "--out", str(Path(out) / f"r.{fmt}")]) for _ in range(runs)]
            result[f"report_{fmt}_cli_s"] = round(statistics.median(t for t, _ in times), 3)
            result[f"report_{fmt}_cli_cpu_s"] = round(statistics.median(c for _, c in times), 3)
    return result


def measure_window(path: Path, month: Month) -> dict[str, float]:
    """The report dialog building ``month`` while a 5 ms timer on the UI thread records how
    long each wait really was."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QTimer

    from ui.app import application
    from ui.report_dialog import ReportDialog
    from ui.tasks import TaskRunner

    application()  # as the app: the switch interval it sets keeps the UI thread served
    tasks = TaskRunner()
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    timer.start()
    start = time.perf_counter()
    dialog = ReportDialog(path, SETTINGS, tasks, today=month.first_day + dt.timedelta(days=20))
    dialog.show()
    while dialog.report is None and time.perf_counter() - start < 120:
        QCoreApplication.processEvents()
        time.sleep(0.001)
    built = time.perf_counter() - start
    timer.stop()
    tasks.shutdown()
    dialog.close()
    gaps.sort()
    return {"window_build_s": round(built, 3), "window_gap_max_ms": round(gaps[-1], 1),
            "window_gap_p95_ms": round(gaps[int(len(gaps) * 0.95)], 1)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--months", type=int, default=12)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--db", type=Path, help="keep (or reuse) the database here")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "bench.db"
        started = time.perf_counter()
        month = Month(2026, 1) if path.exists() else build(path, args.posts, args.months)
        built = time.perf_counter() - started
        result = {"posts": args.posts, "build_s": round(built, 1), **measure(path, month, args.runs),
                  **measure_window(path, month)}
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:20} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
