"""Kill a saving process with SIGKILL at random moments, many times, and check the database.

    python -m bench.crash_loop [--runs 50] [--seed N] [--db PATH]

Each run starts a child (``--child DB``) that loops: autosave a draft, add a post to the
queue, and after each commit prints ``ack draft N`` / ``ack post ID`` on stdout (the
acknowledgement: the call returned). The parent kills it with SIGKILL after a random delay,
then opens the database: ``PRAGMA integrity_check`` must say ``ok``, every acknowledged post
id must be there with its body, and the autosaved draft must be the last acknowledged one or
a later one. All runs share one database, so damage would accumulate. POSIX only.
tests/test_crash_safety.py runs the same loop.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHILD_TIMEOUT_S = 30


@dataclass(frozen=True, slots=True)
class CrashLoopResult:
    runs: int
    acked_posts: int
    acked_drafts: int
    posts_in_db: int
    seconds: float
    problems: tuple[str, ...]


def _child(db: Path) -> None:
    from core.check.findings import CheckReport
    from core.store.models import PostDraft
    from core.store.queue import QueueStore

    store = QueueStore(db)
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        body = f"draf {os.getpid()} {n} " + "isi panjang " * (n % 50)
        store.drafts.save(PostDraft(body=f"{n}:{body}"), post_id=None)
        print(f"ack draft {n}", flush=True)
        post_id = store.posts.add(PostDraft(body=body), CheckReport(text=body, findings=())).id
        print(f"ack post {post_id} {os.getpid()} {n}", flush=True)


def one_run(db: Path, rng: random.Random) -> tuple[list[tuple[int, str]], int | None, list[str]]:
    """Start, kill at a random moment, return (acked posts, last acked draft, problems)."""
    child = subprocess.Popen(
        [sys.executable, "-m", "bench.crash_loop", "--child", str(db)], cwd=ROOT,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert child.stdout is not None
    first = child.stdout.readline()
    if first.strip() != "ready":
        child.kill()
        return [], None, [f"child did not start: {first!r} {child.stderr.read() if child.stderr else ''}"]
    time.sleep(rng.uniform(0.0, 0.25))
    os.kill(child.pid, signal.SIGKILL)
    out, _ = child.communicate(timeout=CHILD_TIMEOUT_S)
    posts: list[tuple[int, str]] = []
    last_draft: int | None = None
    for line in out.splitlines():
        parts = line.split()
        if len(parts) < 3 or parts[0] != "ack":  # a line cut by the kill is not an acknowledgement
            continue
        if parts[1] == "draft":
            last_draft = int(parts[2])
        elif parts[1] == "post" and len(parts) == 5:
            n = int(parts[4])
            posts.append((int(parts[2]), f"draf {parts[3]} {n} " + "isi panjang " * (n % 50)))
    return posts, last_draft, []


def verify(db: Path, posts: list[tuple[int, str]], last_draft: int | None) -> list[str]:
    problems: list[str] = []
    conn = sqlite3.connect(db)
    try:
        check = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if check != ["ok"]:
            problems.append(f"integrity_check: {check[:3]}")
        bodies = dict(conn.execute("SELECT id, body FROM posts").fetchall())
        for post_id, body in posts:
            if bodies.get(post_id) != body:
                problems.append(f"acknowledged post {post_id} missing or changed")
        if last_draft is not None:
            row = conn.execute("SELECT body FROM drafts WHERE slot = 'editor'").fetchone()
            saved = int(row[0].split(":", 1)[0]) if row else -1
            if saved < last_draft:
                problems.append(f"autosave {saved} older than acknowledged {last_draft}")
    finally:
        conn.close()
    return problems


def crash_loop(db: Path, *, runs: int, seed: int) -> CrashLoopResult:
    rng = random.Random(seed)
    started = time.perf_counter()
    all_posts: list[tuple[int, str]] = []
    drafts = 0
    problems: list[str] = []
    for run in range(runs):
        posts, last_draft, run_problems = one_run(db, rng)
        problems += run_problems
        all_posts += posts
        drafts += 1 if last_draft is not None else 0
        problems += [f"run {run}: {p}" for p in verify(db, all_posts, last_draft)]
    conn = sqlite3.connect(db)
    total = conn.execute("SELECT count(*) FROM posts").fetchone()[0]
    conn.close()
    return CrashLoopResult(runs=runs, acked_posts=len(all_posts), acked_drafts=drafts,
                           posts_in_db=total, seconds=time.perf_counter() - started,
                           problems=tuple(problems))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    if args.child:
        _child(args.child)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "crash.db"
        result = crash_loop(db, runs=args.runs, seed=args.seed)
    print(f"seed {args.seed}: {result.runs} SIGKILLs in {result.seconds:.1f} s; "
          f"{result.acked_posts} acknowledged posts, {result.posts_in_db} posts in the database "
          f"(unacknowledged commits may add a few); {result.acked_drafts} runs with an acknowledged "
          f"autosave; problems: {len(result.problems)}")
    for problem in result.problems:
        print("  ", problem)
    return 1 if result.problems else 0


if __name__ == "__main__":
    sys.exit(main())
