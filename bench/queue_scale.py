"""The queue at scale: 100,000 posts, measured as the user meets them.

    python -m bench.queue_scale [--posts N] [--ready N] [--db PATH] [--runs N] [--json]

Builds a database of N posts (default 100,000; real schema, migrations and FTS triggers)
through the store's bulk API, ``--ready`` of them (default 10,000) Siap with a future slot and
channels, the rest in the other statuses. Then, each on its own copy of that database:

  create_posts_per_s     posts created per second by ``store.posts.add_many`` (the build;
                         making up the posts' text is not timed)
  export_generic_cli_s   the WHOLE process ``python main.py export --format generic
                         --status siap`` (open + integrity check, read, write, record the
                         batch and mark the posts Diekspor), wall clock, as a subprocess
  export_hootsuite_cli_s the same with ``--format hootsuite`` (Siap posts only: the rule)
  queue_list_cli_s       the whole process ``python main.py queue list`` (N lines to a file)
  window_first_paint_s   process start of ``python main.py --first-paint`` to the main
                         window's first paint with the queue loaded (QT_QPA_PLATFORM=offscreen
                         unless set; the hook bench/startup.py uses)
  search_median_ms       full-text search as the queue view runs it (count + first page of
                         200), median over 7 queries, in this process
  peak_rss_mb            the largest peak RSS of those app processes (RUSAGE_CHILDREN)

and, beside each CLI wall clock, ``*_cpu_s``: the process's user + system CPU seconds, which
hardly change with the machine's load (the wall clock does; the targets are wall clock).

Each copy already holds today's backup, as after the first start of the day: the daily
backup (a copy of the whole file, once a day) is not an export's cost. ``--runs N`` repeats
every figure but the build N times and reports medians (the peak RSS is the peak of all).
``--json`` prints one JSON object; otherwise one line per figure. Numbers, no judgement; see
bench/README.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from core.check.findings import Category, CheckReport, Finding, Severity
from core.publish.channels import Channel
from core.store.models import PostDraft

ROOT = Path(__file__).resolve().parent.parent
WORDS = str.split("pelayanan vaksinasi puskesmas jalan jembatan banjir pengumuman warga kabupaten "
         "kecamatan desa bantuan sosial pajak diskon sekolah penerimaan lowongan kerja bursa "
         "kebersihan lomba pasar murah posyandu imunisasi demam berdarah kependudukan KTP akta "
         "kelahiran perbaikan ditutup sementara dibuka kembali jadwal layanan keliling hoaks "
         "klarifikasi resmi informasi kantor bupati wakil sekretariat dinas kesehatan pendidikan "
         "perhubungan lingkungan hidup pertanian pupuk subsidi nelayan UMKM pelatihan gratis")
CHANNELS = ("facebook", "instagram", "x", "tiktok", "threads")
OTHER_STATUSES = ("draf", "perlu-revisi", "diekspor", "terbit", "arsip")
QUERIES = ("vaksinasi", "jembatan ditutup", "pajak diskon", "posyandu", "lowongan kerja bursa",
           "klarif", "tidakadakatainisamasekali")
CHUNK = 5000


def _posts(n: int, *, rng: random.Random, start: dt.datetime,
           always_planned: bool = False) -> Iterator[tuple[PostDraft, CheckReport]]:
    warning = Finding("baku.imbau", Category.STANDARD, Severity.WARNING, 0, 10, "tidak baku",
                      "menghimbau", ("mengimbau",))
    for i in range(n):
        body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(25, 70))).capitalize() + "."
        draft = PostDraft(
            body=body, title=" ".join(rng.choice(WORDS) for _ in range(3)).capitalize(),
            sources="Dinas Kominfo",
            channels=tuple(Channel(c) for c in rng.sample(CHANNELS, rng.randint(1, 2))),
            scheduled_at=start + dt.timedelta(hours=4 * i // 3)
            if always_planned or rng.random() < 0.9 else None)
        yield draft, CheckReport(body, (warning,) if i % 3 == 0 else ())


def build(path: Path, n: int, ready: int, seed: int = 5) -> tuple[float, float]:
    """Create the database through ``store.posts.add_many``; returns the wall and CPU seconds
    it took (generating the posts' text excluded)."""
    from core.store.models import Status
    from core.store.queue import QueueStore

    rng = random.Random(seed)
    store = QueueStore(path)
    elapsed = cpu = 0.0
    made = 0
    future = dt.datetime(2099, 1, 1, 8, 0)
    while made < n:
        size = min(CHUNK, n - made)
        if made < ready:  # the Siap ones first: every one in the future, with channels
            size = min(size, ready - made)
            status = Status.READY
            items = list(_posts(size, rng=rng, start=future + dt.timedelta(days=made),
                                always_planned=True))
        else:
            status = Status(rng.choice(OTHER_STATUSES))
            items = list(_posts(size, rng=rng, start=dt.datetime(2026, 1, 1, 8, 0)))
        t0, c0 = time.perf_counter(), time.process_time()
        store.posts.add_many(items, status=status)
        elapsed, cpu = elapsed + time.perf_counter() - t0, cpu + time.process_time() - c0
        made += size
    store.close()
    return elapsed, cpu


def _copy(path: Path, folder: Path, name: str) -> Path:
    """A copy of the database with today's backup already made (see the docstring)."""
    target = folder / name / "saring.db"
    target.parent.mkdir()
    shutil.copyfile(path, target)
    backups = target.parent / "cadangan"
    backups.mkdir()
    os.link(path, backups / f"saring-{dt.date.today().isoformat()}.db")  # the built file, untouched
    return target


def _env(home: Path) -> dict[str, str]:
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "data"),
           "XDG_CONFIG_HOME": str(home / "config")}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def _children_cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_cli(args: list[str], *, home: Path, stdout: Path | None = None) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system) of ``python main.py ARGS`` as a new process.
    The CPU time hardly depends on what else the machine runs; the wall clock does."""
    command = [sys.executable, str(ROOT / "main.py"), *args]
    with open(stdout or os.devnull, "wb") as out:
        cpu0, t0 = _children_cpu_s(), time.perf_counter()
        done = subprocess.run(command, cwd=ROOT, env=_env(home), stdout=out,
                              stderr=subprocess.PIPE, timeout=600, check=False)
        elapsed, cpu = time.perf_counter() - t0, _children_cpu_s() - cpu0
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed ({done.returncode}): {done.stderr.decode()[-2000:]}")
    return elapsed, cpu


def exported_count(path: Path) -> int:
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT COUNT(*) FROM posts WHERE status = 'diekspor' AND id IN "
                                "(SELECT value FROM json_each((SELECT post_ids FROM export_batches "
                                "ORDER BY id DESC LIMIT 1)))").fetchone()[0])
    finally:
        conn.close()


def window_first_paint(path: Path, *, home: Path) -> float:
    command = [sys.executable, str(ROOT / "main.py"), "--db", str(path), "--first-paint"]
    launched = time.time()
    done = subprocess.run(command, cwd=ROOT, env=_env(home), capture_output=True, text=True,
                          timeout=120, check=False)
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("SARING-PAINT ")]
    if not lines:
        raise RuntimeError(f"no first paint (exit {done.returncode}): {done.stderr[-2000:]}")
    return float(lines[-1].split()[1]) - launched


def search_median_ms(path: Path) -> float:
    from core.store.models import QueueQuery, Status
    from core.store.queue import QueueStore

    store = QueueStore(path)
    times = []
    for status in (None, Status.READY):
        for q in QUERIES:
            query = QueueQuery(text=q, status=status)
            t0 = time.perf_counter()
            store.search.count_matching(query)
            store.search.rows(query, offset=0, limit=200)
            times.append(time.perf_counter() - t0)
    store.close()
    return statistics.median(times) * 1000


def _peak_mb(who: int) -> float:
    peak = resource.getrusage(who).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / (1024 * 1024)


def measure(path: Path, folder: Path) -> dict[str, float]:
    """One round of every figure but the build, each on a fresh copy in ``folder``."""
    figures: dict[str, float] = {}
    home = folder / "home"
    home.mkdir(exist_ok=True)
    for preset, extra in (("generic", ["--status", "siap"]), ("hootsuite", [])):
        db = _copy(path, folder, preset)
        out = db.parent / "ekspor" / f"{preset}.csv"
        out.parent.mkdir()
        wall, cpu = timed_cli(
            ["export", "--db", str(db), "--format", preset, "--out", str(out), *extra], home=home)
        figures[f"export_{preset}_cli_s"], figures[f"export_{preset}_cpu_s"] = round(wall, 3), round(cpu, 3)
        figures[f"export_{preset}_marked"] = exported_count(db)
    db = _copy(path, folder, "list")
    listing = db.parent / "list.txt"
    wall, cpu = timed_cli(["queue", "list", "--db", str(db)], home=home, stdout=listing)
    figures["queue_list_cli_s"], figures["queue_list_cpu_s"] = round(wall, 3), round(cpu, 3)
    with listing.open("rb") as handle:
        figures["queue_list_lines"] = sum(1 for _ in handle)
    figures["window_first_paint_s"] = round(window_first_paint(_copy(path, folder, "window"),
                                                               home=home), 3)
    figures["search_median_ms"] = round(search_median_ms(path), 1)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--ready", type=int, default=10_000, help="how many of them are Siap")
    parser.add_argument("--db", type=Path, help="reuse (or keep) this database")
    parser.add_argument("--runs", type=int, default=1, help="rounds; each figure is their median")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    figures: dict[str, object] = {"posts": args.posts, "ready_posts": min(args.ready, args.posts),
                                  "runs": args.runs}
    with tempfile.TemporaryDirectory(prefix="saring-scale-") as tmp:
        path = args.db or Path(tmp) / "scale.db"
        if not path.exists():
            wall, cpu = build(path, args.posts, args.ready)
            figures["create_posts_per_s"] = round(args.posts / wall)
            figures["create_posts_per_cpu_s"] = round(args.posts / cpu)
        rounds = []
        for n in range(args.runs):
            folder = Path(tmp) / f"run{n}"
            folder.mkdir()
            rounds.append(measure(path, folder))
            shutil.rmtree(folder)
        for key in rounds[0]:
            values = [r[key] for r in rounds]
            figures[key] = statistics.median_low(values) if all(isinstance(v, int) for v in values) \
                else round(statistics.median(values), 3)
    figures["peak_rss_mb"] = round(_peak_mb(resource.RUSAGE_CHILDREN), 1)
    figures["bench_process_rss_mb"] = round(_peak_mb(resource.RUSAGE_SELF), 1)
    if args.json:
        print(json.dumps(figures))
    else:
        for key, value in figures.items():
            print(f"{key:24s} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
