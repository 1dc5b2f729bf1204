"""The ``re`` programs compiled at build time (core/re_programs.py): each is the program this
Python makes for its pattern, the file covers what a check compiles, and a file that does not
fit is ignored."""

from __future__ import annotations

import marshal
import re
import subprocess
import sys
from pathlib import Path

import pytest

from core import re_programs
from core.re_programs import default_path, dumps, install, program

ROOT = Path(__file__).resolve().parents[2]
needs_file = pytest.mark.skipif(
    not re_programs._supported() or not default_path().exists()
    or marshal.loads(default_path().read_bytes())[0] != re_programs._header(),
    reason="resources/re-programs.bin was made by another Python (it is ignored there)")


@needs_file
def test_every_stored_program_is_the_one_this_python_makes() -> None:
    _, entries = marshal.loads(default_path().read_bytes())
    assert len(entries) > 150
    for entry in entries:
        assert entry == program(entry[0], entry[1]), entry[0][:80]


@needs_file
def test_installed_patterns_equal_freshly_compiled_ones() -> None:
    """``re.Pattern`` equality compares the flags, the pattern and the compiled code."""
    _, entries = marshal.loads(default_path().read_bytes())
    re.purge()
    assert install() == len(entries)
    installed = [re.compile(pattern, flags) for pattern, flags, *_ in entries]
    re.purge()
    fresh = [re.compile(pattern, flags) for pattern, flags, *_ in entries]
    assert installed == fresh
    assert all(a is not b for a, b in zip(installed, fresh, strict=True))
    sample = (ROOT / "bench" / "samples" / "post_300.txt").read_text(encoding="utf-8")
    for a, b in zip(installed, fresh, strict=True):
        assert [m.span() for m in a.finditer(sample)] == [m.span() for m in b.finditer(sample)]
        assert a.groupindex == b.groupindex and a.groups == b.groups


@needs_file
def test_the_file_covers_what_a_check_compiles() -> None:
    """Stale (a regular expression of the checkers changed without running the script): the
    start-up compiles what is missing, a little slower. Run scripts/build_re_programs.py."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from build_re_programs import workload_keys
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    _, entries = marshal.loads(default_path().read_bytes())
    stored = {(pattern, flags) for pattern, flags, *_ in entries}
    missing = [key for key in workload_keys() if key not in stored and not key[1] & re.DEBUG]
    assert len(missing) <= 5, f"run python scripts/build_re_programs.py; missing: {missing[:5]}"


def test_a_file_from_another_python_or_damaged_is_ignored(tmp_path: Path) -> None:
    other = tmp_path / "other.bin"
    header, entries = marshal.loads(dumps([(r"\bcontoh\d+", re.IGNORECASE)]))
    other.write_bytes(marshal.dumps(((9, *header[1:]), entries)))
    assert install(other) == 0
    damaged = tmp_path / "damaged.bin"
    damaged.write_bytes(dumps([(r"\bcontoh\d+", 0)])[:-7])
    assert install(damaged) == 0
    assert install(tmp_path / "none.bin") == 0


@pytest.mark.skipif(not re_programs._supported(), reason="another Python's re")
def test_install_fills_res_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "one.bin"
    path.write_bytes(dumps([(r"(?P<kata>\w+)-(?P=kata)", re.IGNORECASE), (r"x", re.DEBUG)]))
    re.purge()
    assert install(path) == 1  # DEBUG patterns are never stored
    pattern = re.compile(r"(?P<kata>\w+)-(?P=kata)", re.IGNORECASE)
    assert pattern.fullmatch("Hari-hari") and pattern.groupindex == {"kata": 1}
    re.purge()
    monkeypatch.setenv("SARING_RE_PROGRAMS", "0")
    assert install(path) == 0


def test_check_output_is_the_same_without_the_stored_programs() -> None:
    """The command line's findings with and without the file."""
    sample = str(ROOT / "bench" / "samples" / "post_300.txt")
    runs = [subprocess.run([sys.executable, "main.py", "check", "--date", "2026-12-06", sample],
                           cwd=ROOT, capture_output=True, text=True,
                           env={**_env(), "SARING_RE_PROGRAMS": flag}, check=False)
            for flag in ("1", "0")]
    assert runs[0].stdout == runs[1].stdout and runs[0].stdout.count("\n") > 3
    assert runs[0].returncode == runs[1].returncode


def _env() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if k != "SARING_RE_PROGRAMS"}
