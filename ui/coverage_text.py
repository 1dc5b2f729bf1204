"""The words the queue's summary and the calendar use for bidang coverage and the weekly share
of ceremony posts (numbers from core/publish/coverage.py). Translated in the context
"Coverage" (literal calls, so that the translation tools find them); plain text, the caller
escapes it for rich text."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from core.publish.coverage import BidangCoverage, CeremonyWeek, Coverage


def gap_line(cov: Coverage) -> str:
    """Which of the office's bidang had no post on the last N days, or that all had one."""
    if not any(r.in_settings for r in cov.rows):
        return QCoreApplication.translate(
            "Coverage", "Belum ada daftar bidang. Isi di Pengaturan → Bidang agar terlihat "
                        "bidang mana yang lama tidak diunggah.")
    gaps = cov.gaps()
    if not gaps:
        return QCoreApplication.translate(
            "Coverage", "Semua bidang punya unggahan dalam {0} hari terakhir.").format(cov.gap_days)
    return QCoreApplication.translate(
        "Coverage", "Bidang tanpa unggahan {0} hari terakhir: {1}.").format(
        cov.gap_days, "; ".join(gap_detail(row) for row in gaps))


def gap_detail(row: BidangCoverage) -> str:
    """"Name (terakhir dd-mm-yyyy; berikutnya dd-mm-yyyy)" for one bidang of ``cov.gaps()``."""
    if row.last_post:
        last = QCoreApplication.translate("Coverage", "terakhir {0}").format(
            f"{row.last_post:%d-%m-%Y}")
    else:
        last = QCoreApplication.translate("Coverage", "belum pernah")
    following = ""
    if row.next_post:
        following = QCoreApplication.translate("Coverage", "; berikutnya {0}").format(
            f"{row.next_post:%d-%m-%Y}")
    return f"{row.name} ({last}{following})"


def target_line(cov: Coverage) -> str:
    """This week's bidang under their weekly target ("" when none is)."""
    week = len(cov.weeks) - 1
    under = [f"{r.name} {r.counts[week]}/{r.weekly_target}" for r in cov.rows
             if r.in_settings and r.weekly_target and not r.met(week)]
    if not under:
        return ""
    return QCoreApplication.translate(
        "Coverage", "Minggu ini masih di bawah target mingguan: {0}.").format(", ".join(under))


def ceremony_line(weeks: Sequence[CeremonyWeek]) -> str:
    """The share of ceremony posts per week, e.g. "16-03: 3 dari 4 (75%)"."""
    if not weeks:
        return QCoreApplication.translate(
            "Coverage", "Belum ada unggahan terjadwal untuk dihitung porsi seremoninya.")
    parts = [QCoreApplication.translate("Coverage", "{0}: {1} dari {2} ({3}%)").format(
        f"{w.week:%d-%m}", w.ceremony, w.posts, round(w.share * 100)) for w in weeks]
    return QCoreApplication.translate(
        "Coverage", "Porsi unggahan seremoni pimpinan per minggu (mulai Senin): {0}.").format(
        " · ".join(parts))


def ceremony_advice(week: CeremonyWeek) -> str:
    """What to say, kindly, about a week that is mostly ceremony."""
    return QCoreApplication.translate(
        "Coverage",
        "Minggu {0}: {1} dari {2} unggahan berisi kegiatan pimpinan (menghadiri, membuka, "
        "meninjau, melantik). Itu boleh, tetapi warga lebih terbantu oleh informasi yang bisa "
        "langsung mereka pakai: layanan (jam buka, syarat, biaya), bantuan (siapa berhak dan "
        "cara mendaftar), jadwal kegiatan untuk warga, dan rencana pembangunan di wilayahnya. "
        "Coba ganti atau tambah satu-dua unggahan seperti itu.").format(
        f"{week.week:%d-%m-%Y}", week.ceremony, week.posts)
