"""Saring: start the window, or serve the command line.

    python main.py [--db PATH]                     open the window
    python main.py check [--json] ... FILE|-       check one post
    python main.py queue add|list ...              the post queue
    python main.py export --format generic ...     CSV export
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

from core.channels import Channel, UnknownChannelError, parse_channel
from core.checker import Checker
from core.export import FORMATS, ExportError, export_csv
from core.findings import CheckReport
from core.paths import default_db_path
from core.queue import PostDraft, QueueStore, Status, StoreError, parse_schedule, parse_status
from core.rules import RuleFileError
from core.spelling import DictionaryLoadError
from core.text import line_col
from core.user_dictionary import (
    DictionaryFileError,
    InvalidWordError,
    Scope,
    UserDictionary,
    UserDictionaryError,
)

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
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


def _schedule(value: str) -> dt.datetime:
    try:
        return parse_schedule(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="saring", description="Saring sebelum sharing: periksa unggahan sebelum dibagikan.")
    parser.add_argument("--db", type=Path, help="berkas basis data (bawaan: folder data pengguna)")
    commands = parser.add_subparsers(dest="command", metavar="PERINTAH")

    check = commands.add_parser("check", help="periksa satu unggahan")
    check.add_argument("file", metavar="FILE", help="berkas teks UTF-8, atau - untuk stdin")
    check.add_argument("--json", action="store_true", help="keluaran JSON")
    check.add_argument("--channel", type=_channel, action="append", default=[], metavar="NAME",
                       help="kanal tujuan (boleh berulang): " + ", ".join(c.value for c in Channel))
    check.add_argument("--date", type=_date, help="tanggal terbit YYYY-MM-DD (bawaan: hari ini)")
    check.add_argument("--pack", type=Path, action="append", default=[], metavar="FILE",
                       help="paket aturan tambahan untuk pemeriksaan ini (boleh berulang)")

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

    export = commands.add_parser("export", help="ekspor antrean ke CSV")
    export.add_argument("--db", type=Path, default=argparse.SUPPRESS)
    export.add_argument("--format", choices=FORMATS, required=True)
    export.add_argument("--out", type=Path, required=True, metavar="FILE")
    export.add_argument("--status", type=_status, help="hanya unggahan berstatus ini")

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
    """Text of a UTF-8 file or stdin, without a leading BOM. Raises :class:`UsageError`."""
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
    return text.removeprefix("\ufeff")


def _open_store(path: Path | None) -> QueueStore:
    return QueueStore(path or default_db_path())


def _user_words(path: Path | None) -> list[str]:
    """The personal and office dictionary of an existing database (none if there is none)."""
    db_path = path or default_db_path()
    if not db_path.exists():
        return []
    store = QueueStore(db_path)
    try:
        return UserDictionary(store.db).words()
    finally:
        store.close()


# -- commands -------------------------------------------------------------------------------

def format_report(report: CheckReport) -> str:
    lines = []
    for f in report.findings:
        where = "unggahan" if f.is_post_level else "{}:{}".format(*line_col(report.text, f.start))
        line = f"{where}\t{f.severity}\t{f.category}\t{f.rule_id}"
        if f.actual:
            line += f"\t“{f.actual}”"
        line += f"\t{f.message}"
        if f.suggestions:
            line += "\t→ " + ", ".join(f.suggestions)
        lines.append(line)
    lines.append(f"{report.errors} galat, {report.warnings} peringatan, {report.infos} info")
    return "\n".join(lines)


def cmd_check(args: argparse.Namespace) -> int:
    text = read_post(args.file)
    checker = Checker.from_resources(extra_packs=args.pack)
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
        if args.queue_command == "add":
            text = read_post(args.file)
            draft = PostDraft(body=text, title=args.title, sources=args.sources,
                              channels=tuple(dict.fromkeys(args.channel)), scheduled_at=args.at)
            on_date = args.at.date() if args.at else None
            report = Checker.from_resources().check(text, channels=draft.channels, on_date=on_date)
            print(store.add(draft, report))
            return EXIT_OK
        posts = store.list(status=args.status)
        if args.json:
            print(json.dumps({"posts": [_post_json(p) for p in posts]}, ensure_ascii=False))
        else:
            for p in posts:
                when = p.draft.scheduled_at.strftime("%Y-%m-%d %H:%M") if p.draft.scheduled_at else "-"
                channels = ",".join(c.value for c in p.draft.channels) or "-"
                print(f"{p.id}\t{p.status.value}\t{when}\t{channels}\t"
                      f"{p.n_errors} galat, {p.n_warnings} peringatan\t{p.title or _first_line(p.body)}")
        return EXIT_OK
    finally:
        store.close()


def _first_line(text: str, width: int = 60) -> str:
    line = text.strip().split("\n", 1)[0]
    return line if len(line) <= width else line[: width - 1] + "…"


def _post_json(post) -> dict[str, object]:
    draft = post.draft
    return {
        "id": post.id, "status": post.status.value, "title": draft.title, "body": draft.body,
        "sources": draft.sources, "channels": [c.value for c in draft.channels],
        "scheduled_at": draft.scheduled_at.strftime("%Y-%m-%d %H:%M") if draft.scheduled_at else None,
        "errors": post.n_errors, "warnings": post.n_warnings, "infos": post.n_infos,
    }


def cmd_export(args: argparse.Namespace) -> int:
    store = _open_store(args.db)
    try:
        result = export_csv(store.list(status=args.status), args.out, fmt=args.format)
    finally:
        store.close()
    print(f"{result.rows} unggahan diekspor ke {result.path}", file=sys.stderr)
    return EXIT_OK


def cmd_dictionary(args: argparse.Namespace) -> int:
    store = _open_store(args.db)
    try:
        words = UserDictionary(store.db)
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
        else:
            count = words.export_file(args.file, scope=Scope(args.scope) if args.scope else None)
            print(f"{count} kata diekspor ke {args.file}", file=sys.stderr)
        return EXIT_OK
    finally:
        store.close()


def run_gui(args: argparse.Namespace) -> int:
    from ui.app import run  # PySide6 loads only here

    return run(db_path=args.db or default_db_path())


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")
    args = build_parser().parse_args(argv)
    handlers = {"check": cmd_check, "queue": cmd_queue, "export": cmd_export,
                "dictionary": cmd_dictionary, None: run_gui}
    try:
        return handlers[args.command](args)
    except (UsageError, RuleFileError, StoreError, ExportError, DictionaryLoadError,
            DictionaryFileError, InvalidWordError, UserDictionaryError) as exc:
        print(f"saring: {exc}", file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
