"""Time from process start to the first painted main window, and memory after start.

    python -m bench.startup [--runs N]

The parent launches ``python -m bench.startup --child DB`` N times (plus one unmeasured
warm-up launch), each with a new temporary database and QT_QPA_PLATFORM=offscreen unless
QT_QPA_PLATFORM is already set. The parent reads the wall clock just before starting the
child; the child reports wall-clock timestamps (time.time(), same clock) for:

  * top      its first line of Python ran (interpreter start-up, before any heavy import)
  * imports  PySide6 and ui.app are imported
  * window   application() and create_window() have returned (window not shown yet)
  * paint    the main window receives its first QEvent.Paint after show()
  * ready    window.checker is set: dictionary and rule packs loaded (in the worker thread)

and the resident set size (VmRSS) at first paint and when the checker is ready. The child
then closes the window and exits. Times are printed relative to the parent's launch time.
See bench/README.md.
"""

from __future__ import annotations

import time

_CHILD_TOP = time.time()  # as early as possible: the child's "top" mark

import argparse  # noqa: E402 - after the timestamp on purpose
import json  # noqa: E402
import os  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
MARKER = "SARING-STARTUP "  # prefix of the child's one result line on stdout
CHILD_TIMEOUT_S = 60
MARKS = ("top", "imports", "window", "paint", "ready")


# -- memory ------------------------------------------------------------------------------------

def rss_mib() -> float | None:
    """Current resident set size in MiB (Linux), else peak RSS from ``resource``, else None."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)  # bytes on macOS, else kB


# -- child -------------------------------------------------------------------------------------

def child(db_path: Path) -> int:
    marks: dict[str, float] = {"top": _CHILD_TOP}
    memory: dict[str, float | None] = {}

    from PySide6.QtCore import QEvent, QObject, QTimer

    from ui.app import application, create_window

    marks["imports"] = time.time()
    app = application()
    window = create_window(db_path)
    marks["window"] = time.time()

    def finish_if_done() -> None:
        if "paint" in marks and "ready" in marks:
            poll.stop()
            window.close()
            app.quit()

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
            if event.type() == QEvent.Type.Paint and "paint" not in marks:
                marks["paint"] = time.time()
                memory["paint"] = rss_mib()
                QTimer.singleShot(0, finish_if_done)
            return False

    def poll_checker() -> None:
        if window.checker is not None and "ready" not in marks:
            marks["ready"] = time.time()
            memory["ready"] = rss_mib()
            finish_if_done()

    first_paint = FirstPaint(window)
    window.installEventFilter(first_paint)
    # Polling (rather than a hook in MainWindow) keeps the app code untouched; 5 ms is the
    # resolution of the "ready" mark.
    poll = QTimer(window)
    poll.setInterval(5)
    poll.timeout.connect(poll_checker)
    poll.start()
    QTimer.singleShot(CHILD_TIMEOUT_S * 1000, app.quit)  # never hang the parent

    window.show()
    app.exec()
    window.store.close()
    print(MARKER + json.dumps({"marks": marks, "rss_mib": memory}), flush=True)
    return 0 if "paint" in marks and "ready" in marks else 1


# -- parent ------------------------------------------------------------------------------------

def launch_once() -> dict[str, object]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="saring-startup-") as tmp:
        command = [sys.executable, "-m", "bench.startup", "--child", str(Path(tmp) / "saring.db")]
        launched = time.time()
        done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True,
                              encoding="utf-8", timeout=CHILD_TIMEOUT_S + 10, check=False)
        ended = time.time()
    lines = [line for line in done.stdout.splitlines() if line.startswith(MARKER)]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"child failed (exit {done.returncode}):\n{done.stdout}\n{done.stderr}")
    result = json.loads(lines[-1][len(MARKER):])
    result["since_launch"] = {name: t - launched for name, t in result["marks"].items()}
    result["since_launch"]["exit"] = ended - launched
    return result


def parent(runs: int) -> int:
    platform_name = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    print(f"python {sys.version.split()[0]}, QT_QPA_PLATFORM={platform_name}, "
          f"{runs} runs after 1 warm-up run, fresh database each run")
    launch_once()  # warm-up: fills the OS file cache, not measured
    results = [launch_once() for _ in range(runs)]

    def median_ms(name: str) -> str:
        values = [r["since_launch"][name] for r in results]
        return f"median {statistics.median(values) * 1000:.0f} ms " \
               f"(min {min(values) * 1000:.0f}, max {max(values) * 1000:.0f})"

    def median_rss(name: str) -> str:
        values = [r["rss_mib"].get(name) for r in results]
        if any(v is None for v in values):
            return "n/a on this platform"
        return f"median {statistics.median(values):.0f} MiB (min {min(values):.0f}, max {max(values):.0f})"

    print(f"interpreter up (first line of bench.startup): {median_ms('top')}")
    print(f"PySide6 + ui.app imported: {median_ms('imports')}")
    print(f"main window constructed: {median_ms('window')}")
    print(f"first paint of main window: {median_ms('paint')}")
    print(f"checker ready (dictionary + rules loaded): {median_ms('ready')}")
    print(f"process exited: {median_ms('exit')}")
    print(f"RSS at first paint: {median_rss('paint')}")
    print(f"RSS when checker ready: {median_rss('ready')}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.startup",
                                     description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="measured launches (default 5)")
    parser.add_argument("--child", type=Path, metavar="DB", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child is not None:
        return child(args.child)
    return parent(max(1, args.runs))


if __name__ == "__main__":
    sys.exit(main())
