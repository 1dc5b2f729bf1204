"""Saring: start the window, or serve the command line.

    python main.py [--db PATH]                     open the window
    python main.py check [--json] ... FILE|-       check one post
    python main.py queue add|list|today ...        the post queue
    python main.py queue coverage [--weeks N]      posts per bidang per week against the target
    python main.py export --format generic ...     CSV export
    python main.py report --month YYYY-MM --out FILE.pdf|.xlsx|.csv   the monthly report
    python main.py report --merge FILE... --out FILE   one regency report from the OPDs' reports
    python main.py packs import FILE|list|remove ID  rule packs installed for the app
    python main.py dictionary add|remove|list|import|export ...   personal/office dictionary
    python main.py review import FILE.xlsx         the head of office's decisions back in

PySide6 and ui/ are imported only when the window is opened.
"""

from __future__ import annotations

import argparse
import atexit
import datetime as dt
import gc
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

# `main.py check FILE` runs one check and ends: the cyclic garbage collector would only walk the
# modules while they load (~3.5 ms of a cold check, 36 collections). Paused
# before the imports below; cmd_check keeps it paused for the check itself.
if __name__ == "__main__" and sys.argv[1:2] == ["check"]:
    gc.disable()

from core.app import progress
from core.app.offline import forbid_downloads
from core.app.paths import default_db_path
from core.app.post_size import check_post_size
from core.app.settings import load_settings
from core.check.text import LineIndex
from core.errors import SaringError
from core.publish.channels import Channel, UnknownChannelError, parse_channel
from core.store.errors import PostNotFoundError, ReasonRequiredError, StoreError, TransitionError
from core.store.user_dictionary import Scope, read_words

if TYPE_CHECKING:
    from core.check.findings import CheckReport
    from core.store.models import Status
    from core.store.queue import QueueStore
    from core.store.search import ListLine

# The checker (dictionary, rule packs), rule-pack files, review bundles, the schedule and the
# export writer are imported by the commands that use them: `queue list` and `export` start
# without loading the spelling machinery, and `check` without the queue's models and the export
# presets (the parser adds only the arguments of the command it is given, see build_parser).
COMMANDS = ("check", "packs", "queue", "export", "report", "bundle", "review", "restore",
            "dictionary")

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED = 130  # as a shell reports a command stopped with Ctrl+C
# Windows: a named mutex every Saring process holds while it runs; the installer and uninstaller
# (installer/saring.nsi, APP_MUTEX) look for it and refuse to replace the program's files.
RUNNING_MUTEX = "Saring-6C1E3F0A-running"
_running_mutex: int | None = None


class UsageError(SaringError):
    """Bad input on the command line: printed, exit status 2."""


# -- argument parsing ------------------------------------------------------------------------

def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"tanggal tidak sah: {value!r} (bentuk: YYYY-MM-DD)") from None


def _channel(value: str) -> Channel:
    try:
        return parse_channel(value)
    except UnknownChannelError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _status(value: str) -> Status:
    from core.store.models import parse_status

    try:
        return parse_status(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _record_id(value: str) -> int:
    from core.store.models import parse_id

    try:
        return parse_id(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _weeks(value: str) -> int:
    if not (value.isascii() and value.isdigit()) or not 1 <= int(value) <= 104:
        raise argparse.ArgumentTypeError(f"jumlah minggu tidak sah: {value!r} (1 sampai 104)")
    return int(value)


def _schedule(value: str) -> dt.datetime:
    from core.store.models import parse_schedule

    try:
        return parse_schedule(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def command_of(argv: Sequence[str]) -> str | None:
    """The command ``argv`` names, when it plainly does (its first word that is no option, after
    the options of the program: ``--db PATH`` …); None otherwise (no command, or unclear)."""
    i = 0
    while i < len(argv):
        word = argv[i]
        if word == "--db":
            i += 2
        elif word in ("--self-test", "--no-window", "--first-paint") or word.startswith("--db="):
            i += 1
        else:
            return word if word in COMMANDS else None
    return None


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The whole command line; with ``command``, the arguments of that command only (every
    command is still listed with its help): the others' choices need modules a check does not."""
    parser = argparse.ArgumentParser(
        prog="saring", description="Saring sebelum sharing: periksa unggahan sebelum dibagikan.")
    parser.add_argument("--db", type=Path, help="berkas basis data (bawaan: folder data pengguna)")
    parser.add_argument("--self-test", action="store_true",
                        help="uji mandiri: muat kamus dan paket, periksa contoh, basis data sementara, "
                             "ekspor CSV, buka jendela sekali (tanpa jaringan); keluar 0 bila lulus")
    parser.add_argument("--no-window", action="store_true", help=argparse.SUPPRESS)  # self-test without Qt
    parser.add_argument("--first-paint", action="store_true", help=argparse.SUPPRESS)  # bench: exit on paint
    commands = parser.add_subparsers(dest="command", metavar="PERINTAH")
    _add_check(commands.add_parser("check", help="periksa satu unggahan"))
    parts = {"packs": (_add_packs, "paket aturan yang dipasang untuk aplikasi"),
             "queue": (_add_queue, "antrean unggahan"),
             "export": (_add_export, "ekspor antrean ke CSV"),
             "report": (_add_report, "laporan bulanan (PDF, .xlsx, CSV), atau gabungan laporan "
                                     "beberapa OPD"),
             "bundle": (_add_bundle, "berkas tinjauan (Kirim untuk ditinjau) antar-PC"),
             "review": (_add_review, "salinan tinjauan pimpinan (.xlsx)"),
             "restore": (_add_restore, "pulihkan basis data yang rusak dari cadangan utuh terbaru"),
             "dictionary": (_add_dictionary, "kamus pribadi dan kamus kantor")}
    for name, (add, help_text) in parts.items():
        sub = commands.add_parser(name, help=help_text)
        if command in (None, name):
            add(sub)
    return parser


def _add_check(check: argparse.ArgumentParser) -> None:
    check.add_argument("file", metavar="FILE", help="berkas teks UTF-8, atau - untuk stdin")
    check.add_argument("--json", action="store_true", help="keluaran JSON")
    check.add_argument("--channel", type=_channel, action="append", default=[], metavar="NAME",
                       help="kanal tujuan (boleh berulang): " + ", ".join(c.value for c in Channel))
    check.add_argument("--date", type=_date, help="tanggal terbit YYYY-MM-DD (bawaan: hari ini)")
    check.add_argument("--pack", type=Path, action="append", default=[], metavar="FILE",
                       help="paket aturan tambahan untuk pemeriksaan ini (boleh berulang)")
    check.add_argument("--images", type=int, metavar="N",
                       help="jumlah gambar unggahan (0: Instagram dan TikTok perlu gambar)")


def _add_packs(packs: argparse.ArgumentParser) -> None:
    packs_commands = packs.add_subparsers(dest="packs_command", metavar="PERINTAH", required=True)
    packs_import = packs_commands.add_parser("import", help="pasang paket aturan (berkas TOML)")
    packs_import.add_argument("file", type=Path, metavar="FILE")
    packs_commands.add_parser("list", help="daftar paket bawaan dan terpasang")
    packs_remove = packs_commands.add_parser("remove", help="hapus paket terpasang")
    packs_remove.add_argument("pack_id", metavar="ID")


def _add_queue(queue: argparse.ArgumentParser) -> None:
    from core.store.models import Status

    queue_commands = queue.add_subparsers(dest="queue_command", metavar="PERINTAH", required=True)
    add = queue_commands.add_parser("add", help="tambahkan unggahan (diperiksa lebih dulu)")
    add.add_argument("file", metavar="FILE", help="berkas teks UTF-8, atau - untuk stdin")
    add.add_argument("--db", type=Path, default=argparse.SUPPRESS)
    add.add_argument("--title", default="", help="judul")
    add.add_argument("--at", type=_schedule, help='rencana terbit "YYYY-MM-DD HH:MM"')
    add.add_argument("--channel", type=_channel, action="append", default=[], metavar="NAME")
    add.add_argument("--sources", default="", help="sumber informasi unggahan")
    add.add_argument("--bidang", action="append", default=[], metavar="NAMA",
                     help="bidang unggahan ini (boleh berulang; nama dari Pengaturan → Bidang)")
    listing = queue_commands.add_parser("list", help="daftar unggahan")
    listing.add_argument("--db", type=Path, default=argparse.SUPPRESS)
    listing.add_argument("--status", type=_status, help="hanya status ini: " +
                         ", ".join(s.value for s in Status))
    listing.add_argument("--json", action="store_true", help="keluaran JSON")

    cover = queue_commands.add_parser(
        "coverage", help="unggahan per bidang per minggu dibanding targetnya, dan bidang yang lama "
                         "tidak diunggah")
    cover.add_argument("--db", type=Path, default=argparse.SUPPRESS)
    cover.add_argument("--weeks", type=_weeks, default=4, metavar="N",
                       help="berapa minggu terakhir (bawaan: 4, sampai minggu ini)")
    cover.add_argument("--date", type=_date, help="hari acuan YYYY-MM-DD (bawaan: hari ini)")
    cover.add_argument("--json", action="store_true", help="keluaran JSON")

    schedule = queue_commands.add_parser(
        "schedule", help="Jadwalkan otomatis: isi slot kosong berikutnya (target dan slot dari Pengaturan)")
    schedule.add_argument("--db", type=Path, default=argparse.SUPPRESS)
    set_status = queue_commands.add_parser("set-status", help="ubah status satu unggahan")
    set_status.add_argument("--db", type=Path, default=argparse.SUPPRESS)
    set_status.add_argument("id", type=_record_id, metavar="ID")
    set_status.add_argument("status", type=_status, metavar="STATUS",
                            help=", ".join(s.value for s in Status))
    set_status.add_argument("--reason", default="",
                            help="alasan (wajib untuk Siap bila masih ada temuan yang harus diperbaiki)")
    set_status.add_argument("--url", help="terbit: alamat unggahan di platform (diunggah manual, "
                                          "misalnya lewat Meta Business Suite)")
    set_status.add_argument("--channel", type=_channel, metavar="NAME",
                            help="terbit --url: kanal tempat unggahan itu terbit (bila lebih dari satu)")
    today = queue_commands.add_parser(
        "today", help="Siap diunggah hari ini: unggahan per kanal untuk diunggah manual")
    today.add_argument("--db", type=Path, default=argparse.SUPPRESS)
    today.add_argument("--date", type=_date, help="hari lain, YYYY-MM-DD (bawaan: hari ini)")
    today.add_argument("--json", action="store_true", help="keluaran JSON dengan teks dan gambarnya")
    history = queue_commands.add_parser("history", help="riwayat status satu unggahan")
    history.add_argument("--db", type=Path, default=argparse.SUPPRESS)
    history.add_argument("id", type=_record_id, metavar="ID")


def _add_export(export: argparse.ArgumentParser) -> None:
    from core.publish.presets import FORMATS, DateOrder

    export.add_argument("--db", type=Path, default=argparse.SUPPRESS)
    export.add_argument("--format", choices=FORMATS, required=True)
    export.add_argument("--out", type=Path, required=True, metavar="FILE")
    export.add_argument("--status", type=_status, help="hanya unggahan berstatus ini")
    export.add_argument("--channel", type=_channel, help="hanya unggahan untuk kanal ini")
    export.add_argument("--date-order", choices=[d.value for d in DateOrder], default="mdy",
                        help="urutan tanggal Hootsuite/Sprout: mdy (mm/dd/yyyy) atau dmy (dd/mm/yyyy)")
    export.add_argument("--batch", type=_record_id, metavar="ID",
                        help="ekspor ulang unggahan kiriman ekspor ID")


def _add_report(report: argparse.ArgumentParser) -> None:
    report.add_argument("--db", type=Path, default=argparse.SUPPRESS)
    which = report.add_mutually_exclusive_group(required=True)
    which.add_argument("--month", metavar="TTTT-BB", help="bulan laporan, misalnya 2026-11")
    which.add_argument("--merge", nargs="+", type=Path, metavar="FILE",
                       help="gabungkan laporan .xlsx/.csv beberapa OPD menjadi laporan kabupaten")
    report.add_argument("--out", type=Path, required=True, metavar="FILE",
                        help="berkas hasil: .pdf, .xlsx atau .csv")


def _add_bundle(bundle: argparse.ArgumentParser) -> None:
    bundle_commands = bundle.add_subparsers(dest="bundle_command", metavar="PERINTAH", required=True)
    send = bundle_commands.add_parser("export", help="tulis unggahan ID… ke satu berkas tinjauan")
    send.add_argument("--db", type=Path, default=argparse.SUPPRESS)
    send.add_argument("--out", type=Path, required=True, metavar="FILE")
    send.add_argument("ids", type=_record_id, nargs="+", metavar="ID")
    receive = bundle_commands.add_parser("import", help="masukkan berkas tinjauan ke antrean")
    receive.add_argument("--db", type=Path, default=argparse.SUPPRESS)
    receive.add_argument("file", type=Path, metavar="FILE")


def _add_review(review: argparse.ArgumentParser) -> None:
    review_commands = review.add_subparsers(dest="review_command", metavar="PERINTAH", required=True)
    review_import = review_commands.add_parser(
        "import", help="terapkan keputusan pimpinan (Setuju/Revisi/Tolak) dari salinan tinjauan .xlsx")
    review_import.add_argument("--db", type=Path, default=argparse.SUPPRESS)
    review_import.add_argument("file", type=Path, metavar="FILE.xlsx")


def _add_restore(restore_cmd: argparse.ArgumentParser) -> None:
    restore_cmd.add_argument("--db", type=Path, default=argparse.SUPPRESS)


def _add_dictionary(dictionary: argparse.ArgumentParser) -> None:
    dict_commands = dictionary.add_subparsers(dest="dict_command", metavar="PERINTAH", required=True)
    for name, help_text in (("add", "tambahkan kata"), ("remove", "hapus kata")):
        sub = dict_commands.add_parser(name, help=help_text)
        sub.add_argument("words", nargs="+", metavar="KATA")
        sub.add_argument("--db", type=Path, default=argparse.SUPPRESS)
        if name == "add":
            sub.add_argument("--office", action="store_true", help="simpan sebagai kamus kantor")
    dict_list = dict_commands.add_parser("list", help="daftar kata")
    dict_import = dict_commands.add_parser("import", help="impor daftar kata (satu kata per baris)")
    dict_import.add_argument("file", type=Path, metavar="FILE")
    dict_export = dict_commands.add_parser("export", help="ekspor daftar kata")
    dict_export.add_argument("file", type=Path, metavar="FILE")
    for sub in (dict_list, dict_import, dict_export):
        sub.add_argument("--db", type=Path, default=argparse.SUPPRESS)
    for sub in (dict_list, dict_export):
        sub.add_argument("--scope", choices=[s.value for s in Scope],
                         help="hanya kamus pribadi (personal) atau kantor (office)")
    dict_import.add_argument("--personal", action="store_true",
                             help="simpan sebagai kamus pribadi (bawaan: kantor)")


# -- input ----------------------------------------------------------------------------------

def read_post(source: str) -> str:
    """Text of a UTF-8 file or stdin, without a leading BOM. Raises :class:`UsageError`, and
    :class:`~core.app.post_size.PostTooLongError` for a text longer than a post may be (before
    anything is checked or stored)."""
    try:
        data = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    except OSError as exc:
        raise UsageError(f"tidak dapat membaca {source}: {exc.strerror or exc}") from exc
    if b"\x00" in data:
        raise UsageError(f"{source} tampaknya berkas biner, bukan teks. Simpan unggahan sebagai teks UTF-8.")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UsageError(f"{source} bukan teks UTF-8 yang sah (byte {exc.start}). "
                         "Simpan ulang berkas sebagai UTF-8.") from exc
    text = text.removeprefix("\ufeff")
    check_post_size(text, what=f"Teks {'dari stdin' if source == '-' else source}")
    return text


def _refresh_backup(store: QueueStore) -> None:
    from core.app.settings import load_settings
    from core.store.backup import make_daily_backup

    try:
        make_daily_backup(store, keep=load_settings().backup_keep, replace=True)
    except StoreError as exc:
        print(f"saring: {exc}", file=sys.stderr)  # the post is saved; only the backup failed


def _open_store(path: Path | None) -> QueueStore:
    """The store after its integrity check (a damaged file: a message naming the newest good
    backup and ``saring restore``, exit 2, nothing changed); makes the day's backup."""
    from core.app.settings import load_settings
    from core.store.backup import open_store

    return open_store(path or default_db_path(), keep=load_settings().backup_keep)


def _open_for_reading(path: Path | None) -> QueueStore:
    """The store read-only (a report changes nothing: no integrity check of the whole file, no
    backup), or through :func:`_open_store` when it must first be brought up to date."""
    from core.store.queue import QueueStore

    db_path = path or default_db_path()
    if not db_path.is_file():
        raise StoreError(f"Basis data {db_path} tidak ada; belum ada unggahan untuk dilaporkan.")
    try:
        return QueueStore(db_path, read_only=True)
    except StoreError:
        return _open_store(path)  # an older schema: migrated (after its check and backup)


def _user_words(path: Path | None) -> list[str]:
    """The personal and office dictionary of an existing database (none if there is none)."""
    db_path = path or default_db_path()
    if not db_path.exists():
        return []
    words = read_words(db_path)  # plain sqlite3: a check loads no store
    if words is not None:
        return words
    from core.store.queue import QueueStore

    store = QueueStore(db_path)
    try:
        return store.dictionary.words()
    finally:
        store.close()


# -- commands -------------------------------------------------------------------------------

def format_report(report: CheckReport) -> str:
    lines = []
    index = LineIndex(report.text)
    for f in report.findings:
        where = "unggahan" if f.is_post_level else "{}:{}".format(*index.line_col(f.start))
        line = f"{where}\t{f.severity}\t{f.category}\t{f.rule_id}"
        if f.actual:
            line += f"\t“{f.actual}”"
        line += f"\t{f.message}"
        if f.suggestions:
            line += "\t→ " + ", ".join(f.suggestions)
        lines.append(line)
    lines.append(f"{report.errors} harus diperbaiki, {report.warnings} perlu diperiksa, {report.infos} info")
    return "\n".join(lines)


def cmd_check(args: argparse.Namespace) -> int:
    # One check and the process ends: the cyclic garbage collector would only walk the loaded
    # checker's long-lived objects again and again (~15 ms of a cold check; the window pauses it
    # for its jobs the same way, ui/tasks.py). The text is no longer than a post may be.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _check(args)
    finally:
        if was_enabled:
            gc.enable()


def _check(args: argparse.Namespace) -> int:
    from core.check.checker import Checker

    text = read_post(args.file)
    checker = Checker.for_user(extra_packs=args.pack)
    checker.set_user_words(_user_words(args.db))
    report = checker.check(text, channels=args.channel, on_date=args.date, images=args.images)
    if args.json:
        print(json.dumps({"findings": [f.to_json() for f in report.findings]}, ensure_ascii=False))
    else:
        print(format_report(report))
    return EXIT_FINDINGS if report.has_errors else EXIT_OK


def cmd_queue(args: argparse.Namespace) -> int:
    store = _open_store(args.db)
    try:
        if args.queue_command == "schedule":
            return _queue_schedule(store)
        if args.queue_command == "today":
            return _queue_today(store, args)
        if args.queue_command == "set-status" and args.url is not None:
            return _mark_published(store, args)
        if args.queue_command == "set-status":
            try:
                store.posts.set_status(args.id, args.status, reason=args.reason,
                                 who=load_settings().user_name)
            except PostNotFoundError:
                raise UsageError(f"tidak ada unggahan #{args.id}") from None
            except ReasonRequiredError as exc:
                raise UsageError(f"{exc} (pakai --reason \"…\")") from None
            except TransitionError as exc:
                raise UsageError(str(exc)) from None
            print(f"#{args.id}: {args.status.label}")
            return EXIT_OK
        if args.queue_command == "history":
            try:
                store.posts.get(args.id)
            except PostNotFoundError:
                raise UsageError(f"tidak ada unggahan #{args.id}") from None
            for h in store.posts.history(args.id):
                before = h.from_status.label if h.from_status else "-"
                print(f"{h.at:%Y-%m-%d %H:%M}\t{h.who or '-'}\t{before} → {h.to_status.label}\t{h.reason}")
            for p in store.publications.of(args.id):
                print(f"{p.at:%Y-%m-%d %H:%M}\t{p.who or '-'}\tterbit di {p.channel.label}\t{p.url}")
            return EXIT_OK
        if args.queue_command == "coverage":
            return _queue_coverage(store, weeks=args.weeks, today=args.date or dt.date.today(),
                                   as_json=args.json)
        if args.queue_command == "add":
            from core.check.checker import Checker
            from core.store.models import PostDraft

            bidang = _bidang_names(args.bidang)
            text = read_post(args.file)
            draft = PostDraft(body=text, title=args.title, sources=args.sources,
                              channels=tuple(dict.fromkeys(args.channel)), scheduled_at=args.at,
                              bidang=bidang)
            on_date = args.at.date() if args.at else None
            report = Checker.for_user().check(text, channels=draft.channels, on_date=on_date,
                                              sources=args.sources, images=0)  # no images here
            print(store.posts.add(draft, report).id)
            _refresh_backup(store)
            return EXIT_OK
        write = sys.stdout.write
        if args.json:
            write('{"posts": [')
            for n, line in enumerate(store.search.lines(status=args.status, whole=True)):
                write((", " if n else "") + json.dumps(_post_json(line), ensure_ascii=False))
            write("]}\n")
        else:
            for chunk in store.search.listing(status=args.status):
                write(chunk)
        return EXIT_OK
    finally:
        store.close()


def _bidang_names(wanted: list[str]) -> tuple[str, ...]:
    """``--bidang`` values as the settings spell them; an unknown one is a usage error that
    lists the office's bidang."""
    from core.app.bidang import BidangError, resolve_names

    if not wanted:
        return ()
    try:
        return resolve_names(wanted, load_settings().bidang)
    except BidangError as exc:
        raise UsageError(str(exc)) from None


def _queue_coverage(store: QueueStore, *, weeks: int, today: dt.date, as_json: bool) -> int:
    from core.publish.coverage import coverage

    settings = load_settings()
    cov = coverage(store, settings.bidang, today=today, weeks=weeks,
                   gap_days=settings.bidang_gap_days)
    if as_json:
        print(json.dumps(cov.to_json(), ensure_ascii=False))
        return EXIT_OK
    width = max([len("Tanpa bidang"), *(len(r.name) for r in cov.rows)])
    print(f"Unggahan per bidang per minggu (terjadwal, selain Arsip), {weeks} minggu sampai "
          f"minggu {today:%d-%m-%Y}; angka/target, * = di bawah target")
    print(f"{'Bidang':<{width}}  " + "  ".join(f"{w:%d-%m}" for w in cov.weeks).rstrip())
    for row in cov.rows:
        cells = []
        for i, n in enumerate(row.counts):
            cell = f"{n}/{row.weekly_target}" if row.weekly_target else str(n)
            cells.append(f"{cell + ('*' if not row.met(i) else ''):<5}")
        note = "" if row.in_settings else "  (tidak ada lagi di Pengaturan)"
        print(f"{row.name:<{width}}  " + "  ".join(cells).rstrip() + note)
    print(f"{'Tanpa bidang':<{width}}  " + "  ".join(f"{n:<5}" for n in cov.untagged).rstrip())
    if not cov.rows:
        print("Belum ada bidang. Isi daftar bidang kantor di Pengaturan → Bidang.")
    gaps = cov.gaps()
    if gaps:
        print(f"Tanpa unggahan {cov.gap_days} hari terakhir:")
        for row in gaps:
            last = f"terakhir {row.last_post:%d-%m-%Y}" if row.last_post else "belum ada dalam setahun"
            nxt = f"; berikutnya {row.next_post:%d-%m-%Y}" if row.next_post else ""
            print(f"  {row.name} ({last}{nxt})")
    return EXIT_OK


def _queue_today(store: QueueStore, args: argparse.Namespace) -> int:
    from core.app.zones import now_in
    from core.publish.manual import due_today

    items = due_today(store, today=args.date or now_in(load_settings().zone).date())
    if args.json:
        print(json.dumps({"items": [{
            "id": i.post.id, "title": i.post.title, "channel": i.channel.value,
            "scheduled_at": f"{i.post.draft.scheduled_at:%Y-%m-%d %H:%M}" if i.post.draft.scheduled_at
            else None, "status": i.post.status.value, "caption": i.caption, "overdue": i.overdue,
            "images": [{"path": m.path, "alt_text": m.alt_text} for m in i.images],
            "published_url": i.published.url if i.published else None} for i in items]},
            ensure_ascii=False))
        return EXIT_OK
    for i in items:
        at = i.post.draft.scheduled_at
        when = "tanpa jadwal" if at is None else (f"{at:%d-%m %H:%M} TERLAMBAT" if i.overdue
                                                  else f"{at:%H:%M}")
        state = f"terbit {i.published.url}" if i.published else "belum"
        print(f"{i.post.id}\t{when}\t{i.channel.label}\t{state}\t{len(i.images)} gambar\t{i.post.title}")
    left = sum(1 for i in items if i.published is None)
    print(f"{left} dari {len(items)} unggahan per kanal belum ditandai terbit", file=sys.stderr)
    return EXIT_OK


def _mark_published(store: QueueStore, args: argparse.Namespace) -> int:
    from core.publish.manual import mark_published, parse_post_url
    from core.store.models import Status

    if args.status is not Status.PUBLISHED:
        raise UsageError("--url hanya untuk status terbit (alamat unggahan yang sudah terbit).")
    try:
        post = store.posts.get(args.id)
    except PostNotFoundError:
        raise UsageError(f"tidak ada unggahan #{args.id}") from None
    channel = args.channel
    if channel is None:
        if len(post.draft.channels) != 1:
            names = ", ".join(c.value for c in post.draft.channels) or "belum ada"
            raise UsageError(f"unggahan #{args.id} punya kanal {names}: sebutkan --channel NAME")
        channel = post.draft.channels[0]
    _, warning = parse_post_url(args.url, channel)
    if warning:
        print(warning, file=sys.stderr)
    mark_published(store, args.id, channel, args.url, who=load_settings().user_name)
    now = store.posts.get(args.id).status
    left = [c.label for c in post.draft.channels
            if c not in {p.channel for p in store.publications.of(args.id)}]
    print(f"#{args.id}: {channel.label} terbit; status {now.label}" +
          (f" (belum: {', '.join(left)})" if left else ""))
    return EXIT_OK


def _post_json(post: ListLine) -> dict[str, object]:
    return {
        "id": post.id, "status": post.status, "title": post.title, "body": post.body,
        "sources": post.sources, "channels": post.channels.split(",") if post.channels else [],
        "scheduled_at": post.scheduled_at, "errors": post.n_errors, "warnings": post.n_warnings,
        "infos": post.n_infos, "bidang": list(post.bidang),
    }


def _queue_schedule(store: QueueStore) -> int:
    from core.publish.schedule import Plan, ScheduleError, auto_schedule

    try:
        plan = Plan.from_settings(load_settings())
    except ScheduleError as exc:
        raise UsageError(str(exc)) from None
    done = auto_schedule(store, plan=plan)
    for item in done:
        print(f"{item.post_id}\t{item.at:%Y-%m-%d %H:%M}" if item.at else
              f"{item.post_id}\t-\t{item.problem}")
    placed = sum(1 for d in done if d.at)
    print(f"{placed} unggahan dijadwalkan, {len(done) - placed} tidak", file=sys.stderr)
    return EXIT_OK


def cmd_packs(args: argparse.Namespace) -> int:
    from core.check.packs import import_pack, list_packs, remove_pack

    if args.packs_command == "import":
        info = import_pack(args.file)
        print(f"Paket {info.id!r} ({info.name}, versi {info.version}, {info.rules} aturan) "
              f"dipasang: {info.path}")
    elif args.packs_command == "remove":
        path = remove_pack(args.pack_id)
        print(f"Paket {args.pack_id!r} dihapus ({path}).")
    else:
        for info in list_packs(settings=load_settings()):
            origin = "bawaan" if info.builtin else "terpasang"
            state = "aktif" if info.enabled else "nonaktif"
            campaign = (f"\tkampanye {info.campaign.start}–{info.campaign.end}"
                        if info.campaign else "")
            print(f"{info.id}\t{info.version}\t{origin}\t{state}\t{info.rules} aturan\t"
                  f"{info.name}{campaign}")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from core.publish.presets import DateOrder, get_preset
    from core.publish.queue_export import export_queue

    settings = load_settings()
    store = _open_store(args.db)
    try:
        done = export_queue(store, preset=args.format, out=args.out, status=args.status,
                            channel=args.channel, batch=args.batch,
                            date_order=DateOrder(args.date_order), who=settings.user_name,
                            media_base_url=settings.media_base_url, zones=settings.export_zones,
                            progress=progress.terminal("Mengekspor…"))
    finally:
        store.close()
    result = done.result
    for note in result.notes:
        print(note, file=sys.stderr)
    files = ", ".join(str(f) for f in result.files)
    print(f"{len(result.post_ids)} unggahan diekspor ({get_preset(result.preset).label}) ke {files}",
          file=sys.stderr)
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from core.publish.report import Month, merge_reports, office_report
    from core.publish.report_files import read_many, report_format, write_table_file

    fmt = report_format(args.out)  # before any work: a wrong name costs nothing
    if args.merge:
        data = merge_reports(read_many(args.merge, progress=progress.terminal("Membaca laporan…")))
        what = f"Laporan {len(data.offices)} OPD, {data.month.label}"
    else:
        month = Month.parse(args.month)
        store = _open_for_reading(args.db)
        try:
            data = office_report(store, month, load_settings(),
                                 progress=progress.terminal("Menyusun laporan…"))
        finally:
            store.close()
        what = f"Laporan {month.label}: {data.total.planned} unggahan direncanakan"
    # Ctrl+C while writing: the temporary file is removed, no report is left half-written
    if fmt == ".pdf":
        from ui.report_pdf import gui_for_files, write_pdf  # PySide6 loads only for the PDF

        gui_for_files()
        write_pdf(data, args.out)
    else:
        write_table_file(data, args.out)
    print(f"{what}; ditulis ke {args.out}", file=sys.stderr)
    return EXIT_OK


def cmd_bundle(args: argparse.Namespace) -> int:
    from core.store.bundle import export_bundle, import_bundle

    store = _open_store(args.db)
    try:
        settings = load_settings()
        if args.bundle_command == "export":
            missing = [i for i in args.ids if i not in {p.id for p in store.posts.get_many(args.ids)}]
            if missing:
                raise UsageError("tidak ada unggahan " + ", ".join(f"#{i}" for i in missing))
            sent = export_bundle(store, args.ids, args.out, sender=settings.user_name,
                                 office=settings.opd_name,
                                 progress=progress.terminal("Menulis berkas tinjauan…"))
            print(f"{sent.posts} unggahan dan {sent.images} gambar ditulis ke {sent.path}",
                  file=sys.stderr)
            return EXIT_OK
        from core.app.paths import user_data_dir

        got = import_bundle(store, args.file, media_dir=user_data_dir() / "media",
                            progress=progress.terminal("Membaca berkas tinjauan…"))
        for note in got.notes:
            print(note, file=sys.stderr)
        print(f"{len(got.added)} baru, {len(got.updated)} diperbarui, {len(got.decisions)} keputusan "
              "status diterapkan", file=sys.stderr)
        return EXIT_OK
    finally:
        store.close()


def cmd_review(args: argparse.Namespace) -> int:
    from core.publish.review_import import import_review_copy

    store = _open_store(args.db)
    try:
        done = import_review_copy(store, args.file, who=load_settings().user_name)
    finally:
        store.close()
    for line in done.lines():
        print(line)
    print(done.summary(), file=sys.stderr)
    return EXIT_FINDINGS if done.not_applied else EXIT_OK


def cmd_dictionary(args: argparse.Namespace) -> int:
    store = _open_store(args.db)
    try:
        words = store.dictionary
        command = args.dict_command
        if command == "add":
            scope = Scope.OFFICE if args.office else Scope.PERSONAL
            for word in args.words:
                print(f"ditambahkan: {words.add(word, scope=scope)}")
        elif command == "remove":
            missing = [w for w in args.words if not words.remove(w)]
            if missing:
                raise UsageError("tidak ada di kamus: " + ", ".join(missing))
        elif command == "list":
            for word in words.words(scope=Scope(args.scope) if args.scope else None):
                print(word)
        elif command == "import":
            result = words.import_file(args.file,
                                       scope=Scope.PERSONAL if args.personal else Scope.OFFICE,
                                       progress=progress.terminal("Membaca daftar kata…"))
            print(f"{result.added} kata diimpor dari {args.file}", file=sys.stderr)
            for line in result.skipped:
                print(f"dilewati (bukan satu kata): {line}", file=sys.stderr)
            if result.skipped_count > len(result.skipped):
                print(f"… dan {result.skipped_count - len(result.skipped)} baris lain dilewati",
                      file=sys.stderr)
        else:
            count = words.export_file(args.file, scope=Scope(args.scope) if args.scope else None)
            print(f"{count} kata diekspor ke {args.file}", file=sys.stderr)
        return EXIT_OK
    finally:
        store.close()


def run_gui(args: argparse.Namespace) -> int:
    from ui.app import run  # PySide6 loads only here

    return run(db_path=args.db or default_db_path(), exit_after_paint=args.first_paint)


def cmd_restore(args: argparse.Namespace) -> int:
    from core.store.backup import integrity_problem, restore

    path = args.db or default_db_path()
    problem = integrity_problem(path)
    if problem is None:
        print(f"{path} utuh; tidak ada yang dipulihkan.", file=sys.stderr)
        return EXIT_OK
    result = restore(path)
    print(f"{path} dipulihkan dari {result.restored_from}; berkas yang rusak disimpan sebagai "
          f"{result.damaged_kept_at}", file=sys.stderr)
    return EXIT_OK


def cmd_self_test(args: argparse.Namespace) -> int:
    from core.app.selftest import SelfTestError, run_self_test

    try:
        run_self_test()
        if not args.no_window:
            from ui.app import self_test_window  # PySide6 loads only here

            print(self_test_window())
    except SelfTestError as exc:
        print(f"GAGAL {exc}", file=sys.stderr)
        return EXIT_FINDINGS
    print("self-test passed")
    return EXIT_OK


def hold_running_mutex() -> None:
    """On Windows, create RUNNING_MUTEX and keep its handle until the process ends."""
    global _running_mutex
    if sys.platform == "win32" and _running_mutex is None:
        import ctypes

        _running_mutex = ctypes.windll.kernel32.CreateMutexW(None, False, RUNNING_MUTEX) or None


def main(argv: Sequence[str] | None = None) -> int:
    hold_running_mutex()
    forbid_downloads()  # language-tool-python must never fetch LanguageTool from the internet
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")
    words = sys.argv[1:] if argv is None else list(argv)
    args = build_parser(command_of(words)).parse_args(words)
    handlers = {"check": cmd_check, "queue": cmd_queue, "export": cmd_export, "bundle": cmd_bundle,
                "report": cmd_report,
                "packs": cmd_packs, "restore": cmd_restore, "dictionary": cmd_dictionary,
                "review": cmd_review,
                None: run_gui}
    if args.self_test:
        return cmd_self_test(args)
    try:
        return handlers[args.command](args)
    except SaringError as exc:
        print(f"saring: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:  # Ctrl+C: exports, bundles and imports clean up as on a cancel
        print("\nsaring: dihentikan (Ctrl+C); tidak ada yang ditulis setengah jalan.",
              file=sys.stderr)
        return EXIT_INTERRUPTED


def exit_now(code: int) -> None:
    """End the process with ``code`` once its output is written and its exit handlers have run
    (a local LanguageTool server is stopped, temporary files removed), without tearing down the
    interpreter: after one `check` the interpreter would free the loaded checker's objects one
    by one (~30 ms CPU of a cold `main.py check`); the operating system frees the memory at once."""
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):  # a closed pipe: the ordinary exit reports it
        sys.exit(code)
    atexit._run_exitfuncs()
    os._exit(code)


if __name__ == "__main__":
    status = main()
    if command_of(sys.argv[1:]) == "check":
        exit_now(status)
    sys.exit(status)
