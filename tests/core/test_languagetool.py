"""LanguageTool engine against a real local HTTP server started by the test, answering the
documented /v2/languages and /v2/check requests (offsets in UTF-16 units, as LanguageTool's)."""

from __future__ import annotations

import json
import threading
import urllib.parse
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from core.findings import Category
from core.languagetool import (
    LanguageToolEngine,
    LanguageToolUnavailableError,
    english_paragraphs,
)

REQUESTS: list[tuple[str, dict[str, list[str]]]] = []


class _Handler(BaseHTTPRequestHandler):
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


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    REQUESTS.clear()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_english_paragraph_detection() -> None:
    text = ("Pemkab Sukamaju mengimbau warga datang ke kantor desa.\n"
            "Please visit our office to recieve the form.\nTerima kasih.")
    [paragraph] = english_paragraphs(text)
    assert paragraph.text.startswith("Please") and text[paragraph.start:].startswith("Please")


def test_findings_from_the_server_with_code_point_offsets(server: str) -> None:
    engine = LanguageToolEngine(server=server)
    text = "Warga datang ke kantor desa hari ini.\n😀 Please come to our office to recieve the form."
    [finding] = engine.check(text)
    assert text[finding.start:finding.end] == "recieve" == finding.actual
    assert finding.category is Category.GRAMMAR and finding.suggestions == ("receive",)
    assert "LanguageTool" in finding.message
    checked = [form["text"][0] for path, form in REQUESTS if path.startswith("/v2/check")]
    assert checked == [text.splitlines()[1]]  # only the English paragraph was sent
    engine.close()


def test_indonesian_only_post_sends_nothing(server: str) -> None:
    engine = LanguageToolEngine(server=server)
    assert engine.check("Warga diimbau datang ke kantor desa pada hari Senin.") == []
    assert not [p for p, _ in REQUESTS if p.startswith("/v2/check")]


def test_unreachable_server_is_unavailable_with_a_message() -> None:
    with pytest.raises(LanguageToolUnavailableError, match="tidak dapat dihubungi"):
        LanguageToolEngine(server="http://127.0.0.1:9")


def test_nothing_configured_means_no_engine() -> None:
    assert LanguageToolEngine.from_settings(server="", folder="") is None
    with pytest.raises(LanguageToolUnavailableError, match="folder"):
        LanguageToolEngine.from_settings(server="", folder="/opt/LanguageTool")
    with pytest.raises(LanguageToolUnavailableError, match="tidak sah"):
        LanguageToolEngine.from_settings(server="localhost 8081")


def test_checker_uses_the_engine_and_survives_without_it(server: str) -> None:
    from core.checker import Checker

    text = "Warga datang.\nPlease come to our office to recieve the form."
    checker = Checker.from_resources(languagetool_server=server)
    assert checker.languagetool_error is None
    assert "recieve" in [f.actual for f in checker.check(text).findings
                         if f.category is Category.GRAMMAR]
    offline = Checker.from_resources(languagetool_server="http://127.0.0.1:9")
    assert offline.languagetool_error and "tidak dapat dihubungi" in offline.languagetool_error
    assert not [f for f in offline.check(text).findings if f.category is Category.GRAMMAR]
