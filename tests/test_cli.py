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
                   "--channel", "instagram", "--channel", "facebook", str(post))
    assert added.returncode == 0, added.stderr.decode()
    post_id = int(added.stdout)
    second = saring("queue", "add", "--db", str(db), str(post))
    assert int(second.stdout) == post_id + 1

    listed = saring("queue", "list", "--db", str(db), "--json")
    posts = json.loads(listed.stdout)["posts"]
    assert [p["id"] for p in posts] == [post_id, post_id + 1]  # scheduled first
    first = posts[0]
    assert first["title"] == "Imbauan" and first["scheduled_at"] == "2026-12-01 08:00"
    assert first["channels"] == ["instagram", "facebook"] and first["body"] == SAMPLE
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
    assert rows[0]["body"] == SAMPLE and rows[0]["channels"] == "instagram,facebook"

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
    review = tmp_path / "tinjau.csv"
    saring_as(tmp_path, "export", "--db", db, "--format", "review", "--out", str(review))
    assert "Warga" in review.read_text(encoding="utf-8-sig")  # the head of the agency sees it
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
