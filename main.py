"""Saring: start the window, or serve the command line.

    python main.py [--db PATH]                     open the window
    python main.py check [--json] ... FILE|-       check one post
    python main.py queue add|list ...              the post queue
    python main.py export --format generic ...     CSV export
    python main.py packs import FILE|list|remove ID  rule packs installed for the app
    python main.py dictionary add|remove|list|import|export ...   personal/office dictionary

PySide6 and ui/ are imported only when the window is opened.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from core.app.offline import forbid_downloads
from core.app.paths import default_db_path
from core.app.post_size import check_post_size
from core.app.settings import load_settings
from core.check.text import LineIndex
from core.errors import SaringError
from core.publish.channels import Channel, UnknownChannelError, parse_channel
from core.publish.presets import FORMATS, DateOrder, get_preset
from core.store.errors import PostNotFoundError, ReasonRequiredError, StoreError, TransitionError
from core.store.models import PostDraft, Status, parse_id, parse_schedule, parse_status
from core.store.user_dictionary import Scope, read_words

if TYPE_CHECKING:
    from core.check.findings import CheckReport
    from core.store.queue import QueueStore
    from core.store.search import ListLine

# The checker (dictionary, rule packs), rule-pack files, review bundles, the schedule and the
# export writer are imported by the commands that use them: `queue list` and `export` start
# without loading the spelling machinery.

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
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
    try:
        return parse_status(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _record_id(value: str) -> int:
    try:
        return parse_id(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _schedule(value: str) -> dt.datetime:
    try:
        return parse_schedule(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="saring", description="Saring sebelum sharing: periksa unggahan sebelum dibagikan.")
    parser.add_argument("--db", type=Path, help="berkas basis data (bawaan: folder data pengguna)")
    parser.add_argument("--self-test", action="store_true",
                        help="uji mandiri: muat kamus dan paket, periksa contoh, basis data sementara, "
                             "ekspor CSV, buka jendela sekali (tanpa jaringan); keluar 0 bila lulus")
    parser.add_argument("--no-window", action="store_true", help=argparse.SUPPRESS)  # self-test without Qt
    parser.add_argument("--first-paint", action="store_true", help=argparse.SUPPRESS)  # bench: exit on paint
    commands = parser.add_subparsers(dest="command", metavar="PERINTAH")

    check = commands.add_parser("check", help="periksa satu unggahan")
    check.add_argument("file", metavar="FILE", help="berkas teks UTF-8, atau - untuk stdin")
    check.add_argument("--json", action="store_true", help="keluaran JSON")
    check.add_argument("--channel", type=_channel, action="append", default=[], metavar="NAME",
                       help="kanal tujuan (boleh berulang): " + ", ".join(c.value for c in Channel))
    check.add_argument("--date", type=_date, help="tanggal terbit YYYY-MM-DD (bawaan: hari ini)")
    check.add_argument("--pack", type=Path, action="append", default=[], metavar="FILE",
                       help="paket aturan tambahan untuk pemeriksaan ini (boleh berulang)")

    packs = commands.add_parser("packs", help="paket aturan yang dipasang untuk aplikasi")
    packs_commands = packs.add_subparsers(dest="packs_command", metavar="PERINTAH", required=True)
    packs_import = packs_commands.add_parser("import", help="pasang paket aturan (berkas TOML)")
    packs_import.add_argument("file", type=Path, metavar="FILE")
    packs_commands.add_parser("list", help="daftar paket bawaan dan terpasang")
    packs_remove = packs_commands.add_parser("remove", help="hapus paket terpasang")
    packs_remove.add_argument("pack_id", metavar="ID")

    queue = commands.add_parser("queue", help="antrean unggahan")
    queue_commands = queue.add_subparsers(dest="queue_command", metavar="PERINTAH", required=True)
    add = queue_commands.add_parser("add", help="tambahkan unggahan (diperiksa lebih dulu)")
    add.add_argument("file", metavar="FILE", help="berkas teks UTF-8, atau - untuk stdin")
    add.add_argument("--db", type=Path, default=argparse.SUPPRESS)
    add.add_argument("--title", default="", help="judul")
    add.add_argument("--at", type=_schedule, help='rencana terbit "YYYY-MM-DD HH:MM"')
    add.add_argument("--channel", type=_channel, action="append", default=[], metavar="NAME")
    add.add_argument("--sources", default="", help="sumber informasi unggahan")
    listing = queue_commands.add_parser("list", help="daftar unggahan")
    listing.add_argument("--db", type=Path, default=argparse.SUPPRESS)
    listing.add_argument("--status", type=_status, help="hanya status ini: " +
                         ", ".join(s.value for s in Status))
    listing.add_argument("--json", action="store_true", help="keluaran JSON")

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
    history = queue_commands.add_parser("history", help="riwayat status satu unggahan")
    history.add_argument("--db", type=Path, default=argparse.SUPPRESS)
    history.add_argument("id", type=_record_id, metavar="ID")

    export = commands.add_parser("export", help="ekspor antrean ke CSV")
    export.add_argument("--db", type=Path, default=argparse.SUPPRESS)
    export.add_argument("--format", choices=FORMATS, required=True)
    export.add_argument("--out", type=Path, required=True, metavar="FILE")
    export.add_argument("--status", type=_status, help="hanya unggahan berstatus ini")
    export.add_argument("--channel", type=_channel, help="hanya unggahan untuk kanal ini")
    export.add_argument("--date-order", choices=[d.value for d in DateOrder], default="mdy",
                        help="urutan tanggal Hootsuite/Sprout: mdy (mm/dd/yyyy) atau dmy (dd/mm/yyyy)")
    export.add_argument("--batch", type=_record_id, metavar="ID",
                        help="ekspor ulang unggahan kiriman ekspor ID")
    bundle = commands.add_parser("bundle", help="berkas tinjauan (Kirim untuk ditinjau) antar-PC")
    bundle_commands = bundle.add_subparsers(dest="bundle_command", metavar="PERINTAH", required=True)
    send = bundle_commands.add_parser("export", help="tulis unggahan ID… ke satu berkas tinjauan")
    send.add_argument("--db", type=Path, default=argparse.SUPPRESS)
    send.add_argument("--out", type=Path, required=True, metavar="FILE")
    send.add_argument("ids", type=_record_id, nargs="+", metavar="ID")
    receive = bundle_commands.add_parser("import", help="masukkan berkas tinjauan ke antrean")
    receive.add_argument("--db", type=Path, default=argparse.SUPPRESS)
    receive.add_argument("file", type=Path, metavar="FILE")
    restore_cmd = commands.add_parser(
        "restore", help="pulihkan basis data yang rusak dari cadangan utuh terbaru")
    restore_cmd.add_argument("--db", type=Path, default=argparse.SUPPRESS)

    dictionary = commands.add_parser("dictionary", help="kamus pribadi dan kamus kantor")
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
    return parser


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
    from core.check.checker import Checker

    text = read_post(args.file)
    checker = Checker.for_user(extra_packs=args.pack)
    checker.set_user_words(_user_words(args.db))
    report = checker.check(text, channels=args.channel, on_date=args.date)
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
            return EXIT_OK
        if args.queue_command == "add":
            from core.check.checker import Checker

            text = read_post(args.file)
            draft = PostDraft(body=text, title=args.title, sources=args.sources,
                              channels=tuple(dict.fromkeys(args.channel)), scheduled_at=args.at)
            on_date = args.at.date() if args.at else None
            report = Checker.for_user().check(text, channels=draft.channels, on_date=on_date,
                                              sources=args.sources)
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


def _post_json(post: ListLine) -> dict[str, object]:
    return {
        "id": post.id, "status": post.status, "title": post.title, "body": post.body,
        "sources": post.sources, "channels": post.channels.split(",") if post.channels else [],
        "scheduled_at": post.scheduled_at, "errors": post.n_errors, "warnings": post.n_warnings,
        "infos": post.n_infos,
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
    from core.publish.queue_export import export_queue

    settings = load_settings()
    store = _open_store(args.db)
    try:
        done = export_queue(store, preset=args.format, out=args.out, status=args.status,
                            channel=args.channel, batch=args.batch,
                            date_order=DateOrder(args.date_order), who=settings.user_name,
                            media_base_url=settings.media_base_url)
    finally:
        store.close()
    result = done.result
    for note in result.notes:
        print(note, file=sys.stderr)
    files = ", ".join(str(f) for f in result.files)
    print(f"{len(result.post_ids)} unggahan diekspor ({get_preset(result.preset).label}) ke {files}",
          file=sys.stderr)
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
                                 office=settings.opd_name)
            print(f"{sent.posts} unggahan dan {sent.images} gambar ditulis ke {sent.path}",
                  file=sys.stderr)
            return EXIT_OK
        from core.app.paths import user_data_dir

        got = import_bundle(store, args.file, media_dir=user_data_dir() / "media")
        for note in got.notes:
            print(note, file=sys.stderr)
        print(f"{len(got.added)} baru, {len(got.updated)} diperbarui, {len(got.decisions)} keputusan "
              "status diterapkan", file=sys.stderr)
        return EXIT_OK
    finally:
        store.close()


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
                                       scope=Scope.PERSONAL if args.personal else Scope.OFFICE)
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
    args = build_parser().parse_args(argv)
    handlers = {"check": cmd_check, "queue": cmd_queue, "export": cmd_export, "bundle": cmd_bundle,
                "packs": cmd_packs, "restore": cmd_restore, "dictionary": cmd_dictionary,
                None: run_gui}
    if args.self_test:
        return cmd_self_test(args)
    try:
        return handlers[args.command](args)
    except SaringError as exc:
        print(f"saring: {exc}", file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
