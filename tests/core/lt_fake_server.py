"""A tiny LanguageTool stand-in for tests: answers the documented /v2/languages and /v2/check
requests (offsets in UTF-16 units, as LanguageTool's) and flags "recieve".

Used in-process by test_languagetool.py and, as ``python lt_fake_server.py ... --port N``, as
the server a fake ``java`` starts in test_languagetool_server.py."""

from __future__ import annotations

import json
import sys
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

REQUESTS: list[tuple[str, dict[str, list[str]]]] = []


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def _send(self, payload: object) -> None:
        body = json.dumps(payload).encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        if self.path.startswith("/v2/languages"):
            self._send([{"name": "English (US)", "code": "en", "longCode": "en-US"}])
        else:
            self.send_error(404)

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", 0))
        form = urllib.parse.parse_qs(self.rfile.read(length).decode("utf-8"))
        REQUESTS.append((self.path, form))
        if not self.path.startswith("/v2/check"):
            self.send_error(404)
            return
        text = form["text"][0]
        matches = []
        index = text.find("recieve")
        if index >= 0:
            utf16 = len(text[:index].encode("utf-16-le")) // 2
            matches.append({
                "message": "Possible spelling mistake found.", "shortMessage": "Spelling",
                "replacements": [{"value": "receive"}], "offset": utf16, "length": 7,
                "context": {"text": text, "offset": utf16, "length": 7}, "sentence": text,
                "type": {"typeName": "Other"},
                "rule": {"id": "MORFOLOGIK_RULE_EN_US", "description": "Possible spelling mistake",
                         "issueType": "misspelling",
                         "category": {"id": "TYPOS", "name": "Possible Typo"}},
            })
        self._send({"software": {"name": "LanguageTool"}, "language": {"code": "en-US"},
                    "matches": matches})


def serve(port: int) -> None:
    """Serve on 127.0.0.1:port until terminated (as LanguageTool's HTTPServer does)."""
    ThreadingHTTPServer(("127.0.0.1", port), Handler).serve_forever()


def write_java(bin_dir: Path, body: str) -> Path:
    """An executable ``java`` in ``bin_dir``: a Python script with ``body``."""
    bin_dir.mkdir(parents=True, exist_ok=True)
    java = bin_dir / "java"
    java.write_text(f"#!{sys.executable}\n{body}", encoding="utf-8")
    java.chmod(0o755)
    return java


def write_fake_java(bin_dir: Path, log: Path) -> Path:
    """A ``java`` that records its arguments in ``log`` (JSON) and serves this stand-in on the
    ``--port`` it is given, as ``java -cp languagetool-server.jar ...HTTPServer --port N`` does."""
    return write_java(bin_dir, f"""import json, runpy, sys
open({str(log)!r}, "w").write(json.dumps(sys.argv[1:]))
runpy.run_path({__file__!r}, run_name="__main__")
""")


def write_languagetool_folder(root: Path) -> Path:
    """``root/LanguageTool-6.6/languagetool-server.jar`` (an empty zip; the fake java does not
    read it); returns ``root``, the folder a user would choose."""
    jar = root / "LanguageTool-6.6" / "languagetool-server.jar"
    jar.parent.mkdir(parents=True)
    jar.write_bytes(b"PK\x05\x06" + bytes(18))
    return root


if __name__ == "__main__":
    args = sys.argv[1:]
    serve(int(args[args.index("--port") + 1]))
