"""How long the UI spends on the main thread per check result (prints numbers).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.ui_panel

* panel     FindingsPanel.show_report (grouping, filter counts, HTML of ≤ 300 entries)
* counters  channel counts (length per channel + hashtags) for the counter line; they run in
            the worker (ui/tasks.py), so this is worker time, not UI time
* preview   the preview cards of three channels, X over its limit (≤ 5,000 characters drawn)
for a short post, a 10 KB post and a ~1 MB paste (the same text as the UI's large-paste test).
"""

from __future__ import annotations

import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from core.check.checker import Checker
from core.publish.channels import Channel
from ui.channel_preview import ChannelPreview, counts
from ui.findings_panel import FindingsPanel

LINE = "Pemkab menghimbau warga agar waspada banjir di desa. #SiagaBanjir "
CHANNELS = (Channel.FACEBOOK, Channel.INSTAGRAM, Channel.X)


def median_ms(job, runs: int = 5) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        job()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    app = QApplication.instance() or QApplication([])
    checker = Checker.from_resources()
    panel = FindingsPanel()
    panel.resize(400, 700)
    panel.show()
    preview = ChannelPreview()
    preview.resize(400, 700)
    preview.show()
    for name, text in (("short", LINE * 2), ("10 KB", LINE * 150), ("1 MB", (LINE * 20 + "\n") * 750)):
        report = checker.check(text, channels=CHANNELS)
        found = counts(text, CHANNELS)
        print(f"{name:>6}: {len(text):>9,} chars, {len(report.findings):>6,} findings | "
              f"panel {median_ms(lambda r=report: panel.show_report(r)):7.1f} ms | "
              f"counters {median_ms(lambda t=text: counts(t, CHANNELS)):7.1f} ms | "
              f"preview {median_ms(lambda t=text, f=found: preview.show_post(t, f)):7.1f} ms")
        app.processEvents()


if __name__ == "__main__":
    main()
