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
    path.write_text("Pemerintah kabupaten membuka layanan kesehatan gratis bagi warga.", encoding="utf-8")
    code, findings = check_json(path)
    assert (code, findings) == (0, [])


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
    assert out.strip().endswith("0 galat, 3 peringatan, 0 info")


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
