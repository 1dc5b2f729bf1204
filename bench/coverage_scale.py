"""Bidang coverage on a 100,000-post queue (issue 17): how long the queue's summary and
``queue coverage`` take when every post carries one or two bidang.

    python -m bench.coverage_scale [--posts N] [--json]

The posts are ``bench.queue_scale``'s (18 a day from 2026-01-01, 10 % unplanned), each tagged
with one or two of the Dinas Kesehatan defaults. Keys:

  summary_reads_ms      the queue summary's store reads on the UI thread (coverage of this
                        week with the last and next post of every bidang, and the openings of
                        four weeks), median of 5
  ceremony_4_weeks_ms   the ceremony recogniser over those four weeks' posts (the worker's part)
  coverage_cli_s        the whole process ``python main.py queue coverage --weeks 8``
  coverage_json_cli_s   the same with ``--json``
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench.queue_scale import CHUNK, _env, _posts, timed_cli

TODAY = dt.date(2026, 12, 2)


def build(path: Path, n: int, names: list[str], seed: int = 7) -> None:
    import dataclasses

    from core.store.queue import QueueStore

    rng = random.Random(seed)
    store = QueueStore(path)
    made = 0
    while made < n:
        size = min(CHUNK, n - made)
        items = [(dataclasses.replace(d, bidang=tuple(rng.sample(names, rng.randint(1, 2)))), r)
                 for d, r in _posts(size, rng=rng, start=dt.datetime(2026, 1, 1, 8, 0)
                                    + dt.timedelta(hours=4 * made // 3))]
        store.posts.add_many(items)
        made += size
    store.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    from core.app.bidang import default_bidang
    from core.app.settings import save_settings
    from core.publish.coverage import ceremony_of_openings, coverage, week_start
    from core.store.queue import QueueStore

    office = default_bidang("Dinas Kesehatan")
    figures: dict[str, float] = {"posts": args.posts}
    with tempfile.TemporaryDirectory(prefix="saring-coverage-") as tmp:
        path = Path(tmp) / "scale.db"
        build(path, args.posts, [b.name for b in office])
        store = QueueStore(path)
        reads = []
        for _ in range(5):
            t0 = time.perf_counter()
            coverage(store, office, today=TODAY, weeks=1)
            first = week_start(TODAY) - dt.timedelta(weeks=1)
            openings = store.search.openings_between(first, first + dt.timedelta(weeks=4))
            reads.append(time.perf_counter() - t0)
        figures["summary_reads_ms"] = round(statistics.median(reads) * 1000, 1)
        t0 = time.perf_counter()
        weeks = ceremony_of_openings(openings)
        figures["ceremony_4_weeks_ms"] = round((time.perf_counter() - t0) * 1000, 1)
        figures["ceremony_4_weeks_posts"] = sum(w.posts for w in weeks)
        store.close()
        home = Path(tmp) / "home"
        settings_file = Path(_env(home)["XDG_DATA_HOME"]) / "Saring" / "settings.json"
        from core.app.settings import Settings

        save_settings(Settings(opd_name="Dinas Kesehatan", bidang=office), settings_file)
        for key, extra in (("coverage_cli_s", []), ("coverage_json_cli_s", ["--json"])):
            wall, cpu = timed_cli(["queue", "coverage", "--db", str(path), "--weeks", "8",
                                   "--date", TODAY.isoformat(), *extra], home=home,
                                  stdout=Path(tmp) / "out.txt")
            figures[key], figures[key.replace("_s", "_cpu_s")] = round(wall, 3), round(cpu, 3)
    if args.json:
        print(json.dumps(figures))
    else:
        for key, value in figures.items():
            print(f"{key:24} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
