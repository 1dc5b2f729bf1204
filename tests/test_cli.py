"""The command line end to end, in a subprocess, as a user or a script would run it."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = "Pemkab OKU Timur menghimbau warga. Silahkan datang ke kantor pemerintahh."


def saring(*args: str, stdin: bytes | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], input=stdin,
                          capture_output=True, cwd=cwd, timeout=120)


def check_json(path: Path, *extra: str) -> tuple[int, list[dict[str, object]]]:
    result = saring("check", "--json", *extra, str(path))
    assert result.returncode in (0, 1), result.stderr.decode()
    return result.returncode, json.loads(result.stdout.decode("utf-8"))["findings"]


@pytest.fixture
def post(tmp_path: Path) -> Path:
    path = tmp_path / "post.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    return path


def test_check_json_shape_and_offsets(post: Path) -> None:
    code, findings = check_json(post)
    assert code == 0  # only warnings
    assert {f["rule"] for f in findings} >= {"baku.imbau", "baku.silakan", "spelling.unknown"}
    for f in findings:
        assert set(f) == {"rule", "category", "severity", "start", "end", "text", "message", "suggestions"}
        assert f["severity"] in ("error", "warning", "info")
        assert SAMPLE[f["start"]:f["end"]] == f["text"]
        assert isinstance(f["suggestions"], list)
    imbau = next(f for f in findings if f["rule"] == "baku.imbau")
    assert imbau["suggestions"] == ["mengimbau"] and imbau["category"] == "standard"


def test_offsets_are_code_points_and_bom_is_dropped(tmp_path: Path) -> None:
    text = "😀👍🏽 Warga dihimbau datang. pemerintahh"
    path = tmp_path / "emoji.txt"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    _, findings = check_json(path)
    assert findings, "expected findings"
    for f in findings:
        assert text[f["start"]:f["end"]] == f["text"]
    assert any(f["text"] == "pemerintahh" for f in findings)


def test_check_ends_without_teardown_but_with_all_its_output(post: Path, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    """`main.py check` leaves with os._exit after flushing (main.exit_now): its output through a
    pipe, a long one included, and its exit status are those of the same check run in-process."""
    import main

    long_post = tmp_path / "long.txt"
    long_post.write_text((SAMPLE + " Harap tenang. Ini aturan yg berlaku.\n") * 300, encoding="utf-8")
    for path, extra in ((post, ()), (long_post, ()), (long_post, ("--json",))):
        result = saring("check", *extra, str(path))
        assert result.stderr == b""
        code = main.main(["check", *extra, str(path)])
        assert (result.returncode, result.stdout.decode("utf-8")) == (code, capsys.readouterr().out)


def test_stdin_is_read(post: Path) -> None:
    result = saring("check", "--json", "-", stdin=SAMPLE.encode("utf-8"))
    assert result.returncode == 0
    assert json.loads(result.stdout)["findings"]


def test_clean_post_exits_zero_with_no_findings(tmp_path: Path) -> None:
    path = tmp_path / "clean.txt"
    path.write_text("Pemerintah kabupaten mengimbau warga tetap tenang dan menjaga kebersihan.",
                    encoding="utf-8")
    code, findings = check_json(path)
    assert (code, findings) == (0, [])


def test_an_announcement_missing_when_and_where_gets_warnings_and_exits_zero(tmp_path: Path) -> None:
    """Correct in language and policy, but it announces a free service without saying when or
    where (issue 17): post-level informasi findings, none of them an error."""
    path = tmp_path / "pengumuman.txt"
    path.write_text("Pemerintah kabupaten membuka layanan kesehatan gratis bagi warga.", encoding="utf-8")
    code, findings = check_json(path)
    assert code == 0
    assert {f["category"] for f in findings} == {"informasi"}
    assert {f["rule"] for f in findings if f["severity"] == "warning"} == {
        "informasi.kapan", "informasi.dimana"}
    assert all(f["start"] == f["end"] == 0 and f["text"] == "" for f in findings)


def test_error_finding_exits_one(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("Warga datang ke kantor. " * 20, encoding="utf-8")  # 480 characters
    code, findings = check_json(path, "--channel", "x")
    assert code == 1
    platform = [f for f in findings if f["category"] == "platform"]
    assert len(platform) == 1 and platform[0]["severity"] == "error"
    code, _ = check_json(path, "--channel", "facebook")
    assert code == 0


def test_text_output_names_line_and_column(post: Path) -> None:
    result = saring("check", str(post))
    out = result.stdout.decode("utf-8")
    assert result.returncode == 0
    assert "1:18\twarning\tstandard\tbaku.imbau" in out
    assert out.strip().endswith("0 harus diperbaiki, 3 perlu diperiksa, 0 info")


def test_extra_pack_and_campaign_date(tmp_path: Path, post: Path) -> None:
    pack = tmp_path / "lokal.toml"
    pack.write_text(
        '[pack]\nid = "lokal"\nname = "Calon lokal"\nversion = "1"\n'
        "[campaign]\nstart = 2024-09-25\nend = 2024-11-23\n"
        '[[rule]]\nid = "lokal.calon"\ncategory = "neutrality"\nseverity = "error"\n'
        'message = "Nama calon: {text}"\nterms = ["Kantor"]\n', encoding="utf-8")
    code, findings = check_json(post, "--pack", str(pack), "--date", "2024-10-01")
    assert code == 1
    assert any(f["rule"] == "lokal.calon" and f["severity"] == "error" for f in findings)
    code, findings = check_json(post, "--pack", str(pack), "--date", "2025-01-01")
    assert code == 0
    assert any(f["rule"] == "lokal.calon" and f["severity"] == "warning" for f in findings)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "biner"),
        (b"Warga \xff\xfe datang", "UTF-8"),
    ],
)
def test_unreadable_input_exits_two(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = saring("check", str(path))
    assert result.returncode == 2
    assert message in result.stderr.decode("utf-8")
    assert result.stdout == b""


@pytest.mark.parametrize(
    "args",
    [
        ["check"],
        ["check", "--date", "2024-13-01", "x.txt"],
        ["check", "--channel", "myspace", "x.txt"],
        ["check", "does-not-exist.txt"],
        ["export", "--format", "generic"],
        ["queue", "list", "--status", "entah"],
    ],
)
def test_bad_usage_exits_two(args: list[str]) -> None:
    result = saring(*args)
    assert result.returncode == 2
    assert result.stderr


def test_bad_pack_exits_two_naming_the_key(tmp_path: Path, post: Path) -> None:
    pack = tmp_path / "rusak.toml"
    pack.write_text('[pack]\nid = "r"\nname = "R"\nversion = "1"\n'
                    '[[rule]]\nid = "r.a"\ncategory = "hoax"\nseverity = "warning"\n'
                    'message = "m"\nterms = ["a"]\ncolour = "red"\n', encoding="utf-8")
    result = saring("check", "--pack", str(pack), str(post))
    assert result.returncode == 2
    err = result.stderr.decode("utf-8")
    assert "rusak.toml" in err and "r.a" in err and "colour" in err


def test_queue_add_list_export_round_trip(tmp_path: Path, post: Path) -> None:
    db = tmp_path / "antrean.db"
    added = saring("queue", "add", "--db", str(db), "--title", "Imbauan", "--at", "2026-12-01 08:00",
                   "--channel", "x", "--channel", "facebook", str(post))
    assert added.returncode == 0, added.stderr.decode()
    post_id = int(added.stdout)
    second = saring("queue", "add", "--db", str(db), str(post))
    assert int(second.stdout) == post_id + 1

    listed = saring("queue", "list", "--db", str(db), "--json")
    posts = json.loads(listed.stdout)["posts"]
    assert [p["id"] for p in posts] == [post_id, post_id + 1]  # scheduled first
    first = posts[0]
    assert first["title"] == "Imbauan" and first["scheduled_at"] == "2026-12-01 08:00"
    assert first["channels"] == ["x", "facebook"] and first["body"] == SAMPLE
    assert first["warnings"] == 3 and first["errors"] == 0 and first["status"] == "draf"
    assert json.loads(saring("queue", "list", "--db", str(db), "--json", "--status", "siap").stdout) == {
        "posts": []}

    out = tmp_path / "ekspor.csv"
    exported = saring("export", "--db", str(db), "--format", "generic", "--out", str(out))
    assert exported.returncode == 0, exported.stderr.decode()
    raw = out.read_bytes()
    assert b"\r\n" in raw and not raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw.decode("utf-8").splitlines()))
    assert [r["id"] for r in rows] == [str(post_id), str(post_id + 1)]
    assert rows[0]["body"] == SAMPLE and rows[0]["channels"] == "x,facebook"

    only_ready = tmp_path / "siap.csv"
    saring("export", "--db", str(db), "--format", "generic", "--out", str(only_ready), "--status", "siap")
    assert list(csv.DictReader(only_ready.read_text(encoding="utf-8").splitlines())) == []


def test_not_a_database_is_refused_and_untouched(tmp_path: Path) -> None:
    db = tmp_path / "catatan.db"
    content = b"ini catatan rapat, bukan basis data\n" * 10
    db.write_bytes(content)
    result = saring("queue", "list", "--db", str(db))
    assert result.returncode == 2
    assert "bukan basis data" in result.stderr.decode("utf-8")
    assert db.read_bytes() == content


def test_unwritable_export_path_keeps_queue(tmp_path: Path, post: Path) -> None:
    db = tmp_path / "antrean.db"
    saring("queue", "add", "--db", str(db), str(post))
    before = saring("queue", "list", "--db", str(db), "--json").stdout
    result = saring("export", "--db", str(db), "--format", "generic",
                    "--out", str(tmp_path / "tidak-ada" / "ekspor.csv"))
    assert result.returncode == 2
    assert "tidak-ada" in result.stderr.decode("utf-8")
    assert saring("queue", "list", "--db", str(db), "--json").stdout == before
    assert not (tmp_path / "tidak-ada").exists()


def test_empty_post_is_fine(tmp_path: Path) -> None:
    path = tmp_path / "kosong.txt"
    path.write_bytes(b"")
    assert check_json(path) == (0, [])


# -- issue 5: status workflow, schedule and presets on the command line ----------------------

import os  # noqa: E402


def saring_as(home: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    """Run with its own user data folder (settings.json) under ``home``."""
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "data")}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          cwd=ROOT, timeout=120, env=env)


def _settings(home: Path, **data: object) -> None:
    folder = home / "data" / "Saring"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "settings.json").write_text(json.dumps(data), encoding="utf-8")


def test_set_status_reason_rule_and_history(tmp_path: Path) -> None:
    _settings(tmp_path, user_name="Rina Humas")
    db = str(tmp_path / "q.db")
    long_x = tmp_path / "x.txt"
    long_x.write_text("Warga " * 60, encoding="utf-8")  # over 280 on X: an error-level finding
    post_id = saring_as(tmp_path, "queue", "add", "--db", db, "--channel", "x", str(long_x)).stdout
    post_id = post_id.decode().strip()
    refused = saring_as(tmp_path, "queue", "set-status", "--db", db, post_id, "siap")
    assert refused.returncode == 2 and "alasan" in refused.stderr.decode()
    ok = saring_as(tmp_path, "queue", "set-status", "--db", db, post_id, "siap",
                   "--reason", "Dipecah jadi utas di X")
    assert ok.returncode == 0, ok.stderr.decode()
    history = saring_as(tmp_path, "queue", "history", "--db", db, post_id).stdout.decode()
    assert "Rina Humas\tDraf → Siap\tDipecah jadi utas di X" in history
    missing = saring_as(tmp_path, "queue", "set-status", "--db", db, "999", "arsip")
    assert missing.returncode == 2 and "#999" in missing.stderr.decode()


def test_set_status_refuses_skipping_siap_with_the_core_message(tmp_path: Path, post: Path) -> None:
    from core.store.errors import TransitionError
    from core.store.models import Status, check_transition

    _settings(tmp_path, user_name="Rina Humas")
    db = str(tmp_path / "q.db")
    post_id = saring_as(tmp_path, "queue", "add", "--db", db, str(post)).stdout.decode().strip()
    refused = saring_as(tmp_path, "queue", "set-status", "--db", db, post_id, "terbit")
    with pytest.raises(TransitionError) as expected:
        check_transition(int(post_id), Status.DRAFT, Status.PUBLISHED)
    assert refused.returncode == 2 and str(expected.value) in refused.stderr.decode()
    history = saring_as(tmp_path, "queue", "history", "--db", db, post_id).stdout.decode()
    assert history == ""


def test_queue_schedule_then_buffer_export_marks_posts(tmp_path: Path, post: Path) -> None:
    slots = [{"weekday": d, "time": "08:00"} for d in range(7)]
    _settings(tmp_path, user_name="Budi", daily_targets={"facebook": 1}, time_slots=slots)
    db = str(tmp_path / "q.db")
    for _ in range(2):
        saring_as(tmp_path, "queue", "add", "--db", db, "--channel", "facebook", str(post))
    scheduled = saring_as(tmp_path, "queue", "schedule", "--db", db)
    assert scheduled.returncode == 0, scheduled.stderr.decode()
    days = [line.split("\t")[1] for line in scheduled.stdout.decode().splitlines()]
    assert len(days) == 2 and days[0] < days[1] and all(d.endswith(" 08:00") for d in days)
    for post_id in ("1", "2"):  # a posting tool's file takes Siap posts only (issue 16)
        assert saring_as(tmp_path, "queue", "set-status", "--db", db, post_id, "siap").returncode == 0
    out = tmp_path / "buffer.csv"
    exported = saring_as(tmp_path, "export", "--db", db, "--format", "buffer", "--out", str(out),
                         "--channel", "facebook")
    assert exported.returncode == 0, exported.stderr.decode()
    rows = list(csv.reader(out.read_text(encoding="utf-8").splitlines()))
    assert rows[0] == ["Text", "Image URL", "Tags", "Posting Time"]
    assert [r[3] for r in rows[1:]] == days
    listed = json.loads(saring_as(tmp_path, "queue", "list", "--db", db, "--json").stdout)
    assert {p["status"] for p in listed["posts"]} == {"diekspor"}
    again = saring_as(tmp_path, "export", "--db", db, "--format", "sprout", "--batch", "1",
                      "--out", str(tmp_path / "sprout.csv"), "--date-order", "dmy")
    assert again.returncode == 0, again.stderr.decode()
    assert (tmp_path / "sprout.csv").read_text(encoding="utf-8").startswith("date,time_24hr,message_text")


def test_draft_never_reaches_a_posting_tool_file(tmp_path: Path, post: Path) -> None:
    """Issue 16: only Siap posts go into a posting tool's import file; the refusal says why,
    in the same sentence the window shows (core.publish.queue_export.not_ready_reason)."""
    _settings(tmp_path, user_name="Budi")
    db = str(tmp_path / "q.db")
    for _ in range(2):
        saring_as(tmp_path, "queue", "add", "--db", db, "--channel", "facebook", "--at",
                  "2099-01-05 08:00", str(post))
    assert saring_as(tmp_path, "queue", "set-status", "--db", db, "2", "siap").returncode == 0
    out = tmp_path / "hootsuite.csv"
    asked = saring_as(tmp_path, "export", "--db", db, "--format", "hootsuite", "--out", str(out),
                      "--status", "draf")
    assert asked.returncode == 2
    assert "Unggahan berstatus Draf; hanya unggahan Siap yang masuk berkas Hootsuite" in \
        asked.stderr.decode()
    assert not out.exists()
    done = saring_as(tmp_path, "export", "--db", db, "--format", "hootsuite", "--out", str(out))
    assert done.returncode == 0, done.stderr.decode()
    assert "1 unggahan lain belum berstatus Siap" in done.stderr.decode()
    rows = list(csv.reader(out.read_text(encoding="utf-8").splitlines()))
    assert len(rows) == 1  # post 2 only
    listed = {p["id"]: p["status"] for p in json.loads(
        saring_as(tmp_path, "queue", "list", "--db", db, "--json").stdout)["posts"]}
    assert listed == {1: "draf", 2: "diekspor"}
    # a generic batch may hold drafts: exporting it again to a posting tool refuses them
    saring_as(tmp_path, "export", "--db", db, "--format", "generic", "--out", str(tmp_path / "g.csv"))
    again = saring_as(tmp_path, "export", "--db", db, "--format", "sprout", "--batch", "2",
                      "--out", str(tmp_path / "s.csv"))
    assert again.returncode == 0, again.stderr.decode()
    assert "#1: berstatus Draf; hanya unggahan Siap yang masuk berkas Sprout Social" in \
        again.stderr.decode()


def test_disk_full_export_leaves_statuses_and_no_file(tmp_path: Path, post: Path) -> None:
    """A real write failure (file size limit, as on a full disk) in the middle of the file."""
    db = str(tmp_path / "q.db")
    for _ in range(3):
        saring_as(tmp_path, "queue", "add", "--db", db, str(post))
    before = saring_as(tmp_path, "queue", "list", "--db", db, "--json").stdout
    out = tmp_path / "ekspor" / "semua.csv"
    out.parent.mkdir()
    script = ("import resource, signal, sys, runpy; signal.signal(signal.SIGXFSZ, signal.SIG_IGN);"
              "resource.setrlimit(resource.RLIMIT_FSIZE, (200, 200));"
              f"sys.argv = ['main.py', 'export', '--db', {db!r}, '--format', 'generic',"
              f" '--out', {str(out)!r}]; runpy.run_path({str(ROOT / 'main.py')!r}, run_name='__main__')")
    env = {**os.environ, "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data")}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, cwd=ROOT,
                            timeout=120, env=env)
    assert result.returncode == 2, result.stderr.decode()
    # The write limit hits either the database's own journal when it is opened or the CSV;
    # either way the admin is told, and is not told the database is damaged.
    err = result.stderr.decode()
    assert "Tidak dapat menulis" in err or "tidak dapat dibuka sekarang" in err
    assert "rusak" not in err
    assert list(out.parent.iterdir()) == []
    assert saring_as(tmp_path, "queue", "list", "--db", db, "--json").stdout == before


def test_bundle_export_import_round_trip(tmp_path: Path, post: Path) -> None:
    opd, kominfo = str(tmp_path / "opd.db"), str(tmp_path / "kominfo._db")
    ids = [saring_as(tmp_path, "queue", "add", "--db", opd, str(post)).stdout.decode().strip()
           for _ in range(2)]
    bundle = tmp_path / "tinjau.saring"
    sent = saring_as(tmp_path, "bundle", "export", "--db", opd, "--out", str(bundle), *ids)
    assert sent.returncode == 0, sent.stderr.decode()
    for expected in ("2 baru", "0 baru"):
        got = saring_as(tmp_path, "bundle", "import", "--db", kominfo, str(bundle))
        assert got.returncode == 0 and expected in got.stderr.decode(), got.stderr.decode()
    listed = json.loads(saring_as(tmp_path, "queue", "list", "--db", kominfo, "--json").stdout)
    assert len(listed["posts"]) == 2
    bad = saring_as(tmp_path, "bundle", "import", "--db", kominfo, str(post))
    assert bad.returncode == 2 and "bukan berkas tinjauan" in bad.stderr.decode()
    missing = saring_as(tmp_path, "bundle", "export", "--db", opd, "--out", str(bundle), "99")
    assert missing.returncode == 2 and "#99" in missing.stderr.decode()
# -- rule packs (issue 4) -------------------------------------------------------------------

LOCAL_PACK = '''[pack]
id = "lokal-okut"
name = "Calon Pilkada OKU Timur"
version = "2024.10.1"

[campaign]
start = 2024-09-25
end = 2024-11-23

[[rule]]
id = "lokal.paslon"
category = "neutrality"
severity = "error"
message = "“{text}” adalah paslon setempat; hapus."
reference = "PP 94/2021 Pasal 5 huruf n"
terms = ["Enos-Yudha", "Fery-Herly"]
'''


def saring_home(home: Path, *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    """main.py with its own user data folder (settings and installed packs)."""
    import os

    env = {**os.environ, "XDG_DATA_HOME": str(home), "HOME": str(home)}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], input=stdin,
                          capture_output=True, cwd=ROOT, timeout=120, env=env)


def test_packs_import_list_check_remove(tmp_path: Path) -> None:
    home = tmp_path / "home"
    pack = tmp_path / "lokal.toml"
    pack.write_text(LOCAL_PACK, encoding="utf-8")
    post = b"Ayo menangkan Enos Yudha!"

    before = saring_home(home, "check", "--json", "--date", "2024-10-01", "-", stdin=post)
    assert "lokal.paslon" not in before.stdout.decode()
    done = saring_home(home, "packs", "import", str(pack))
    assert done.returncode == 0, done.stderr.decode()
    assert "lokal-okut" in done.stdout.decode()
    listing = saring_home(home, "packs", "list").stdout.decode()
    assert "lokal-okut\t2024.10.1\tterpasang\taktif" in listing
    assert "kampanye\t" in listing and "bawaan" in listing
    after = saring_home(home, "check", "--json", "--date", "2024-10-01", "-", stdin=post)
    assert after.returncode == 1
    [hit] = [f for f in json.loads(after.stdout)["findings"] if f["rule"] == "lokal.paslon"]
    assert (hit["text"], hit["severity"]) == ("Enos Yudha", "error")
    # Outside the campaign the office's rule drops to a warning on a mere mention (an explicit
    # call like the post above is a shipped act, an error at any date, and says it already).
    mention = b"Baliho Enos Yudha terpasang di simpang empat."
    outside = saring_home(home, "check", "--json", "--date", "2026-01-05", "-", stdin=mention)
    [hit] = [f for f in json.loads(outside.stdout)["findings"] if f["rule"] == "lokal.paslon"]
    assert hit["severity"] == "warning"
    called = saring_home(home, "check", "--json", "--date", "2026-01-05", "-", stdin=post)
    assert called.returncode == 1 and any(f["category"] == "neutrality" and f["severity"] == "error"
                                          for f in json.loads(called.stdout)["findings"])
    gone = saring_home(home, "packs", "remove", "lokal-okut")
    assert gone.returncode == 0 and "lokal-okut" not in saring_home(home, "packs", "list").stdout.decode()


def test_packs_refusals(tmp_path: Path) -> None:
    home = tmp_path / "home"
    bad = tmp_path / "rusak.toml"
    bad.write_text(LOCAL_PACK.replace('terms = ["Enos-Yudha", "Fery-Herly"]', 'terms = "Enos"'),
                   encoding="utf-8")
    result = saring_home(home, "packs", "import", str(bad))
    message = result.stderr.decode()
    assert result.returncode == 2 and "rusak.toml:16" in message and "lokal.paslon" in message
    assert "'terms'" in message
    assert not (home / "Saring" / "packs").exists()
    shipped = saring_home(home, "packs", "remove", "baku")
    assert shipped.returncode == 2 and "bawaan" in shipped.stderr.decode()
    missing = saring_home(home, "packs", "remove", "tidak-ada")
    assert missing.returncode == 2 and "tidak-ada" in missing.stderr.decode()


def test_check_pack_for_one_run(tmp_path: Path) -> None:
    pack = tmp_path / "lokal.toml"
    pack.write_text(LOCAL_PACK, encoding="utf-8")
    post = tmp_path / "post.txt"
    post.write_text("Dukung Fery-Herly!", encoding="utf-8")
    code, findings = check_json(post, "--pack", str(pack), "--date", "2024-10-01")
    assert code == 1 and any(f["rule"] == "lokal.paslon" for f in findings)


def test_queue_add_sources_cover_claims(tmp_path: Path) -> None:
    home = tmp_path / "home"
    db = tmp_path / "q.db"
    text = b"Angka stunting turun menjadi 14,2% tahun ini."
    saring_home(home, "queue", "add", "--db", str(db), "--title", "a", "-", stdin=text)
    saring_home(home, "queue", "add", "--db", str(db), "--title", "b",
                "--sources", "Dinas Kesehatan, laporan Oktober 2025", "-", stdin=text)
    posts = json.loads(saring_home(home, "queue", "list", "--db", str(db), "--json").stdout)["posts"]
    warnings = {p["title"]: p["warnings"] for p in posts}
    assert warnings["a"] == warnings["b"] + 1


def test_dictionary_commands_and_check_uses_them(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    post = tmp_path / "p.txt"
    post.write_text("Warga mengunjungi kantr desa.", encoding="utf-8")
    assert saring("--db", str(db), "check", str(post)).returncode == 0
    assert "kantr" in saring("--db", str(db), "check", str(post)).stdout.decode("utf-8")
    words = tmp_path / "kantor.txt"
    words.write_text("kantr\ndua kata\n", encoding="utf-8")
    result = saring("dictionary", "import", str(words), "--db", str(db))
    assert result.returncode == 0 and "dua kata" in result.stderr.decode("utf-8")
    assert saring("dictionary", "list", "--db", str(db)).stdout.decode("utf-8").split() == ["kantr"]
    assert "kantr" not in saring("--db", str(db), "check", str(post)).stdout.decode("utf-8")
    out = tmp_path / "out.txt"
    assert saring("dictionary", "export", str(out), "--db", str(db)).returncode == 0
    assert "kantr" in out.read_text(encoding="utf-8")
    assert saring("dictionary", "remove", "nope", "--db", str(db)).returncode == 2
    assert saring("dictionary", "add", "dua kata", "--db", str(db)).returncode == 2


def test_post_with_error_is_refused_from_export_until_made_ready_with_a_reason(tmp_path: Path) -> None:
    """Issue 4: an error-level finding blocks the export unless the admin wrote a reason."""
    db = str(tmp_path / "q.db")
    long_x = tmp_path / "x.txt"
    long_x.write_text("Warga " * 60, encoding="utf-8")  # over 280 on X: an error-level finding
    post_id = saring_as(tmp_path, "queue", "add", "--db", db, "--channel", "x",
                        str(long_x)).stdout.decode().strip()
    out = tmp_path / "ekspor.csv"
    refused = saring_as(tmp_path, "export", "--db", db, "--format", "generic", "--out", str(out))
    assert refused.returncode == 0, refused.stderr.decode()
    assert f"#{post_id}: masih punya 1 temuan yang harus diperbaiki" in refused.stderr.decode()
    assert list(csv.DictReader(out.read_text(encoding="utf-8").splitlines())) == []
    review = tmp_path / "tinjau.xlsx"
    saring_as(tmp_path, "export", "--db", db, "--format", "review", "--out", str(review))
    from openpyxl import load_workbook

    assert "Warga" in load_workbook(review)["Tinjauan"]["F2"].value  # the head of the agency sees it
    ok = saring_as(tmp_path, "queue", "set-status", "--db", db, post_id, "siap",
                   "--reason", "Dipecah jadi utas saat diunggah")
    assert ok.returncode == 0, ok.stderr.decode()
    again = saring_as(tmp_path, "export", "--db", db, "--format", "generic", "--out", str(out))
    assert again.returncode == 0 and "harus diperbaiki" not in again.stderr.decode()
    assert [r["id"] for r in csv.DictReader(out.read_text(encoding="utf-8").splitlines())] == [post_id]


# -- issue 3: LanguageTool from a folder, on the command line ---------------------------------

@pytest.mark.skipif(sys.platform == "win32", reason="the fake java is a POSIX script")
def test_check_uses_the_languagetool_folder_and_leaves_no_server(tmp_path: Path) -> None:
    import os
    import socket

    from tests.core.lt_fake_server import write_fake_java, write_languagetool_folder

    log = tmp_path / "java-args.json"
    write_fake_java(tmp_path / "bin", log)
    folder = write_languagetool_folder(tmp_path / "lt")
    _settings(tmp_path, languagetool_dir=str(folder))
    env = {**os.environ, "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data"),
           "PATH": f"{tmp_path / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}"}
    env.pop("JAVA_HOME", None)
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "check", "--json", "-"],
                            input=b"Warga datang.\nPlease come to our office to recieve the form.",
                            capture_output=True, cwd=ROOT, timeout=120, env=env)
    assert result.returncode == 0, result.stderr.decode()
    grammar = [f for f in json.loads(result.stdout)["findings"] if f["category"] == "grammar"]
    assert [f["text"] for f in grammar] == ["recieve"]
    args = json.loads(log.read_text())
    port = int(args[args.index("--port") + 1])
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
        pass  # the server Saring started is gone with the command


def test_check_a_call_to_vote_is_a_neutrality_error_without_a_date(tmp_path: Path) -> None:
    """Issue 12: a new user, no campaign period set, no --date: the call to vote is an error
    (ASN neutrality holds at all times) and the exit code says so."""
    path = tmp_path / "post.txt"
    path.write_text("Dukung paslon nomor 2! Coblos nomor 2 #2026GantiBupati", encoding="utf-8")
    result = saring_home(tmp_path / "home", "check", "--json", str(path))
    assert result.returncode == 1, result.stderr.decode()
    findings = json.loads(result.stdout.decode("utf-8"))["findings"]
    errors = [f for f in findings if f["category"] == "neutrality" and f["severity"] == "error"]
    assert {f["text"] for f in errors} >= {"Dukung paslon nomor 2", "Coblos nomor 2", "#2026GantiBupati"}
    plain = saring_home(tmp_path / "home", "check", str(path))
    assert plain.returncode == 1 and "neutrality" in plain.stdout.decode("utf-8")


# -- issue 17: bidang ---------------------------------------------------------------------------

def test_queue_add_bidang_list_and_coverage(tmp_path: Path) -> None:
    _settings(tmp_path, opd_name="Dinas Kesehatan", bidang=[
        {"name": "Sekretariat", "weekly_target": 1},
        {"name": "Bidang Pelayanan Kesehatan", "weekly_target": 2}], bidang_gap_days=14)
    db = str(tmp_path / "q.db")
    text = tmp_path / "p.txt"
    text.write_text("Jadwal posyandu balita di Puskesmas Martapura.", encoding="utf-8")
    added = saring_as(tmp_path, "queue", "add", "--db", db, str(text), "--at", "2026-03-17 08:00",
                      "--bidang", "bidang pelayanan kesehatan", "--bidang", "Sekretariat")
    assert added.returncode == 0, added.stderr.decode()
    unknown = saring_as(tmp_path, "queue", "add", "--db", db, str(text), "--bidang", "Bidang P2P")
    assert unknown.returncode == 2
    said = unknown.stderr.decode()
    assert "Bidang P2P" in said and "Sekretariat; Bidang Pelayanan Kesehatan" in said
    listed = json.loads(saring_as(tmp_path, "queue", "list", "--db", db, "--json").stdout)
    assert [p["bidang"] for p in listed["posts"]] == [["Bidang Pelayanan Kesehatan", "Sekretariat"]]
    cov = saring_as(tmp_path, "queue", "coverage", "--db", db, "--weeks", "2", "--date",
                    "2026-03-18", "--json")
    assert cov.returncode == 0, cov.stderr.decode()
    data = json.loads(cov.stdout)
    assert data["weeks"] == ["2026-03-09", "2026-03-16"]
    assert [(b["name"], b["posts"], b["met"]) for b in data["bidang"]] == [
        ("Sekretariat", [0, 1], [False, True]),
        ("Bidang Pelayanan Kesehatan", [0, 1], [False, False])]
    assert data["gaps"] == []
    later = saring_as(tmp_path, "queue", "coverage", "--db", db, "--date", "2026-04-30")
    out = later.stdout.decode()
    assert later.returncode == 0 and "Tanpa unggahan 14 hari terakhir:" in out
    assert "Bidang Pelayanan Kesehatan (terakhir 17-03-2026)" in out
    bad = saring_as(tmp_path, "queue", "coverage", "--db", db, "--weeks", "0")
    assert bad.returncode == 2 and "minggu" in bad.stderr.decode()


def test_export_shows_a_progress_line_on_a_terminal_only(tmp_path: Path, post: Path) -> None:
    """On a terminal the export rewrites one progress line; piped, stderr has none."""
    import os
    import pty

    db = tmp_path / "antrean.db"
    assert saring("queue", "add", "--db", str(db), str(post)).returncode == 0
    leader, follower = pty.openpty()
    try:
        done = subprocess.run([sys.executable, str(ROOT / "main.py"), "export", "--db", str(db),
                               "--format", "generic", "--out", str(tmp_path / "a.csv")],
                              stdout=subprocess.PIPE, stderr=follower, timeout=120)
        os.close(follower)
        shown = b""
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(leader)
    assert done.returncode == 0
    assert "\rMengekspor… 100% (1/1)" in shown.decode("utf-8")
    piped = saring("export", "--db", str(db), "--format", "generic", "--out", str(tmp_path / "b.csv"))
    assert "Mengekspor…" not in piped.stderr.decode("utf-8")


# -- issue 18: the head of office's decisions from the .xlsx review copy ------------------------

def test_review_import_applies_decisions_and_reports_the_rest(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    db = str(tmp_path / "q.db")
    post = tmp_path / "p.txt"
    post.write_text("Pelayanan KTP dibuka Senin.", encoding="utf-8")
    ids = [saring_as(tmp_path, "queue", "add", "--db", db, str(post)).stdout.decode().strip()
           for _ in range(2)]
    review = tmp_path / "tinjau.xlsx"
    saring_as(tmp_path, "export", "--db", db, "--format", "review", "--out", str(review))
    wb = load_workbook(review)
    sheet = wb["Tinjauan"]
    sheet["L2"], sheet["M2"] = "Revisi", "Tambahkan jam layanan"
    sheet["L3"] = "Entah"
    wb.save(review)
    done = saring_as(tmp_path, "review", "import", "--db", db, str(review))
    out = done.stdout.decode()
    assert done.returncode == 1, done.stderr.decode()  # one decision was not applied
    assert f"#{ids[0]}: Revisi → Perlu revisi" in out
    assert f"#{ids[1]}: Entah TIDAK diterapkan" in out
    assert "1 keputusan diterapkan, 1 tidak diterapkan" in done.stderr.decode()
    history = saring_as(tmp_path, "queue", "history", "--db", db, ids[0]).stdout.decode()
    assert "Perlu revisi\tRevisi diminta pimpinan: Tambahkan jam layanan" in history
    wrong = saring_as(tmp_path, "review", "import", "--db", db, str(post))
    assert wrong.returncode == 2 and "bukan buku kerja Excel" in wrong.stderr.decode()


def test_queue_today_and_marking_a_hand_made_post_published(tmp_path: Path) -> None:
    """Issue 18: posting by hand (Meta Business Suite): today's list, then Terbit with the URL."""
    import datetime as dt

    _settings(tmp_path, user_name="Rina Humas")
    db = str(tmp_path / "q.db")
    post = tmp_path / "p.txt"
    post.write_text("Pelayanan KTP dibuka Senin pukul 08.00 di kantor Dukcapil.", encoding="utf-8")
    at = dt.datetime.now().replace(hour=23, minute=50).strftime("%Y-%m-%d %H:%M")
    post_id = saring_as(tmp_path, "queue", "add", "--db", db, "--at", at, "--channel", "facebook",
                        "--channel", "instagram", str(post)).stdout.decode().strip()
    saring_as(tmp_path, "queue", "set-status", "--db", db, post_id, "siap", "--reason", "dicek")
    today = saring_as(tmp_path, "queue", "today", "--db", db)
    lines = today.stdout.decode().splitlines()
    assert [line.split("\t")[2:4] for line in lines] == [["Facebook", "belum"], ["Instagram", "belum"]]
    data = json.loads(saring_as(tmp_path, "queue", "today", "--db", db, "--json").stdout)
    assert data["items"][0]["caption"].startswith("Pelayanan KTP")
    vague = saring_as(tmp_path, "queue", "set-status", "--db", db, post_id, "terbit", "--url",
                      "https://facebook.com/dinas/posts/1")
    assert vague.returncode == 2 and "--channel" in vague.stderr.decode()
    fb = saring_as(tmp_path, "queue", "set-status", "--db", db, post_id, "terbit", "--channel",
                   "facebook", "--url", "https://facebook.com/dinas/posts/1")
    assert fb.returncode == 0 and "status Siap (belum: Instagram)" in fb.stdout.decode()
    bad = saring_as(tmp_path, "queue", "set-status", "--db", db, post_id, "terbit", "--channel",
                    "instagram", "--url", "bukan alamat")
    assert bad.returncode == 2 and "Alamat unggahan tidak sah" in bad.stderr.decode()
    ig = saring_as(tmp_path, "queue", "set-status", "--db", db, post_id, "terbit", "--channel",
                   "instagram", "--url", "https://www.instagram.com/p/Cx1/")
    assert "status Terbit" in ig.stdout.decode()
    history = saring_as(tmp_path, "queue", "history", "--db", db, post_id).stdout.decode()
    assert "Siap → Terbit\tTerbit: Facebook https://facebook.com/dinas/posts/1; Instagram" in history
    assert "Rina Humas\tterbit di Instagram\thttps://www.instagram.com/p/Cx1/" in history


def test_queue_add_for_instagram_without_an_image_is_warned(tmp_path: Path, post: Path) -> None:
    """Issue 18: `queue add` attaches no image, so Instagram cannot take the post as it is."""
    db = tmp_path / "antrean.db"
    saring("queue", "add", "--db", str(db), "--channel", "instagram", str(post))
    saring("queue", "add", "--db", str(db), "--channel", "facebook", str(post))
    instagram, facebook = json.loads(saring("queue", "list", "--db", str(db), "--json").stdout)["posts"]
    assert instagram["warnings"] == facebook["warnings"] + 1
    checked = saring("check", "--json", "--channel", "tiktok", "--images", "0", str(post))
    assert "platform.media.tiktok" in {f["rule"] for f in json.loads(checked.stdout)["findings"]}


def test_check_and_queue_add_refuse_a_post_beyond_the_limit_up_front(tmp_path: Path) -> None:
    from core.app.post_size import MAX_POST_CHARS

    long = tmp_path / "panjang.txt"
    long.write_text("Rp 500.000 " * (MAX_POST_CHARS // 11 + 1), encoding="utf-8")
    db = tmp_path / "q.db"
    for args in (("check", str(long)), ("queue", "add", "--db", str(db), str(long))):
        result = saring(*args)
        assert result.returncode == 2, result.stderr.decode()
        err = result.stderr.decode("utf-8")
        assert "panjang.txt terlalu panjang" in err and "batasnya 100.000 karakter" in err
        assert "Traceback" not in err and result.stdout == b""
    listed = saring("queue", "list", "--db", str(db), "--json")
    assert json.loads(listed.stdout.decode("utf-8")) == {"posts": []}


ARGVS = [["check", "--json", "--channel", "x", "post.txt"],
         ["--db", "q.db", "queue", "list", "--status", "siap"],
         ["--db=q.db", "export", "--format", "generic", "--out", "o.csv", "--date-order", "dmy"],
         ["dictionary", "list", "--scope", "office"], ["queue", "set-status", "3", "terbit", "--url", "u"],
         ["--self-test", "--no-window"], ["report", "--month", "2026-11", "--out", "r.pdf"], []]


@pytest.mark.parametrize("argv", ARGVS)
def test_the_parser_of_one_command_reads_it_as_the_whole_parser(argv: list[str]) -> None:
    import main

    command = main.command_of(argv)
    assert command == next((w for w in argv if w in main.COMMANDS), None)
    assert main.build_parser(command).parse_args(argv) == main.build_parser().parse_args(argv)


def test_a_check_imports_neither_the_queue_models_nor_the_export_presets() -> None:
    code = ("import sys, main; main.build_parser('check').parse_args(['check', 'x']); "
            "print(sorted(m for m in ('core.store.models', 'core.publish.presets') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, cwd=ROOT, timeout=60)
    assert result.stdout.decode().strip() == "[]", result.stderr.decode()


def test_a_check_in_process_leaves_the_garbage_collector_as_it_found_it(post: Path) -> None:
    import gc

    import main

    assert gc.isenabled()
    assert main.main(["check", str(post)]) in (0, 1)
    assert gc.isenabled()
