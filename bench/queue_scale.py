"""The queue at scale: 100,000 posts.

    python -m bench.queue_scale [--posts N] [--db PATH] [--keep]

Builds a database of N posts (default 100,000; with the real schema, migrations and FTS
triggers), then prints:

  * build     time to insert the posts (not a target, for reference)
  * open      queue view open: QueueView constructed on the real store, shown, first paint
              (QT_QPA_PLATFORM=offscreen unless set); target <= 1 s
  * search    full-text search as the view runs it (count + first page), median and worst of
              several queries, with and without a status filter; target <= 100 ms
  * export    10,000 posts read from the store and written as generic CSV, and as Hootsuite
              (checked, split per channel and per 350 rows); target <= 2 s
  * memory    peak RSS of this process; target < 300 MB

Numbers, no judgement; see bench/README.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

WORDS = str.split("pelayanan vaksinasi puskesmas jalan jembatan banjir pengumuman warga kabupaten "
         "kecamatan desa bantuan sosial pajak diskon sekolah penerimaan lowongan kerja bursa "
         "kebersihan lomba pasar murah posyandu imunisasi demam berdarah kependudukan KTP akta "
         "kelahiran perbaikan ditutup sementara dibuka kembali jadwal layanan keliling hoaks "
         "klarifikasi resmi informasi kantor bupati wakil sekretariat dinas kesehatan pendidikan "
         "perhubungan lingkungan hidup pertanian pupuk subsidi nelayan UMKM pelatihan gratis")
CHANNELS = ("facebook", "instagram", "x", "tiktok", "threads")
STATUSES = ("draf", "perlu-revisi", "siap", "diekspor", "terbit", "arsip")
QUERIES = ("vaksinasi", "jembatan ditutup", "pajak diskon", "posyandu", "lowongan kerja bursa",
           "klarif", "tidakadakatainisamasekali")


def build(path: Path, n: int, seed: int = 5) -> float:
    from core.store.queue import QueueStore

    rng = random.Random(seed)
    store = QueueStore(path)
    start = dt.datetime(2026, 1, 1, 8, 0)
    finding = json.dumps([{"rule": "baku.imbau", "category": "standard", "severity": "warning",
                           "start": 0, "end": 10, "text": "menghimbau", "message": "tidak baku",
                           "suggestions": ["mengimbau"], "reference": ""}])

    def rows():
        for i in range(n):
            body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(25, 70)))
            at = start + dt.timedelta(hours=4 * i // 3) if rng.random() < 0.8 else None
            yield {
                "title": " ".join(rng.choice(WORDS) for _ in range(3)).capitalize(),
                "body": body.capitalize() + ".", "sources": "Dinas Kominfo",
                "channels": json.dumps(rng.sample(CHANNELS, rng.randint(1, 2))),
                "scheduled_at": at.strftime("%Y-%m-%d %H:%M") if at else None,
                "status": rng.choice(STATUSES), "findings": finding if i % 3 == 0 else "[]",
                "n_errors": int(i % 17 == 0), "n_warnings": int(i % 3 == 0), "n_infos": 0,
                "created_at": "2026-01-01T08:00:00", "updated_at": "2026-01-01T08:00:00",
            }

    t0 = time.perf_counter()
    with store._db.atomic():
        store._db["posts"].insert_all(rows(), batch_size=2000)
    elapsed = time.perf_counter() - t0
    store.close()
    return elapsed


def measure_open(path: Path) -> tuple[float, int]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from core.store.queue import QueueStore
    from ui.queue_view import QueueView

    app = QApplication.instance() or QApplication(sys.argv)
    painted: list[float] = []

    class FirstPaint(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(time.perf_counter())
            return False

    t0 = time.perf_counter()
    store = QueueStore(path)
    view = QueueView(store, who=lambda: "bench")
    watcher = FirstPaint()
    view.table.viewport().installEventFilter(watcher)
    view.resize(1150, 700)
    view.show()
    while not painted and time.perf_counter() - t0 < 30:
        app.processEvents()
    rows = len(view.model.posts)
    view.close()
    store.close()
    return (painted[0] if painted else time.perf_counter()) - t0, rows


def measure_search(path: Path) -> list[tuple[str, float, float, int]]:
    from core.store.models import QueueQuery, Status
    from core.store.queue import QueueStore

    store = QueueStore(path)
    out = []
    for label, status in (("text", None), ("text+status", Status.READY)):
        times, hits = [], 0
        for q in QUERIES:
            query = QueueQuery(text=q, status=status)
            t0 = time.perf_counter()
            hits = store.search.count_matching(query)
            store.search.rows(query, offset=0, limit=200)
            times.append(time.perf_counter() - t0)
        out.append((label, statistics.median(times), max(times), hits))
    t0 = time.perf_counter()
    store.search.count_matching(QueueQuery(channel=None, date_from=dt.date(2026, 3, 1),
                                    date_to=dt.date(2026, 3, 31)))
    store.search.rows(QueueQuery(date_from=dt.date(2026, 3, 1), date_to=dt.date(2026, 3, 31)))
    out.append(("date range", time.perf_counter() - t0, time.perf_counter() - t0, 0))
    store.close()
    return out


def measure_export(path: Path, folder: Path) -> list[tuple[str, float, int]]:
    from core.publish.export import export_posts
    from core.store.queue import QueueStore

    store = QueueStore(path)
    ids = [r[0] for r in store._db.execute(
        "SELECT id FROM posts WHERE scheduled_at IS NOT NULL ORDER BY id LIMIT 10000").fetchall()]
    out = []
    for preset in ("generic", "hootsuite", "review"):
        t0 = time.perf_counter()
        posts = store.posts.get_many(ids)
        media = store.media.for_posts(ids)
        result = export_posts(posts, folder / f"{preset}.csv", preset=preset, media=media,
                              now=dt.datetime(2025, 12, 1))
        out.append((preset, time.perf_counter() - t0, result.rows))
    store.close()
    return out


def peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / (1024 * 1024)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="reuse (or keep) this database")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="saring-scale-") as tmp:
        folder = Path(tmp)
        path = args.db or folder / "scale.db"
        if not path.exists():
            print(f"build     {args.posts:,} posts: {build(path, args.posts):.1f} s "
                  f"({path.stat().st_size / 1e6:.0f} MB)", flush=True)
        opened, rows = measure_open(path)
        print(f"open      queue view to first paint: {opened * 1000:.0f} ms "
              f"({rows} rows fetched of the first page)  target <= 1000 ms", flush=True)
        for label, median, worst, _hits in measure_search(path):
            print(f"search    {label:12s} median {median * 1000:.1f} ms, worst {worst * 1000:.1f} ms"
                  f"  target <= 100 ms", flush=True)
        for preset, seconds, n in measure_export(path, folder):
            print(f"export    {preset:9s} {n:,} rows from 10,000 posts: {seconds * 1000:.0f} ms"
                  f"  target <= 2000 ms", flush=True)
        print(f"memory    peak RSS {peak_rss_mb():.0f} MB  target < 300 MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
