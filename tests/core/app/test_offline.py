from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_language_tool_python_cannot_download_and_opens_no_socket() -> None:
    """In a fresh interpreter: after forbid_downloads, language-tool-python's download of
    LanguageTool fails at once, and no socket connection was attempted."""
    code = r"""
import socket
attempts = []
def refuse(*args, **kwargs):
    attempts.append(args)
    raise OSError("network refused by test")
socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.create_connection = refuse
from core.app.offline import NO_DOWNLOAD_URL, forbid_downloads
forbid_downloads()
from language_tool_python import download_lt
assert download_lt.BASE_URL_RELEASE == NO_DOWNLOAD_URL, download_lt.BASE_URL_RELEASE
tool = download_lt.LocalLanguageTool.from_version_name(download_lt.LTP_DOWNLOAD_VERSION)
try:
    tool.download()
except Exception as exc:
    print("refused:", type(exc).__name__)
else:
    raise SystemExit("download did not fail")
assert not attempts, attempts
print("attempts:", len(attempts))
"""
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         timeout=60, env={"PATH": "/usr/bin:/bin", "LTP_PATH": str(ROOT / "build" / "ltp")})
    assert out.returncode == 0, out.stderr
    assert "refused:" in out.stdout and "attempts: 0" in out.stdout
