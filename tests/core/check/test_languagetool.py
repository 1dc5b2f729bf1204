"""LanguageTool engine against a real local HTTP server started by the test, answering the
documented /v2/languages and /v2/check requests (offsets in UTF-16 units, as LanguageTool's)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import ThreadingHTTPServer

import pytest

from core.check.findings import Category
from core.check.languagetool import (
    LanguageToolEngine,
    LanguageToolUnavailableError,
    english_paragraphs,
)
from tests.core.lt_fake_server import REQUESTS, Handler


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
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
    from core.check.checker import Checker

    text = "Warga datang.\nPlease come to our office to recieve the form."
    checker = Checker.from_resources(languagetool_server=server)
    assert checker.languagetool_error is None
    assert "recieve" in [f.actual for f in checker.check(text).findings
                         if f.category is Category.GRAMMAR]
    offline = Checker.from_resources(languagetool_server="http://127.0.0.1:9")
    assert offline.languagetool_error and "tidak dapat dihubungi" in offline.languagetool_error
    assert not [f for f in offline.check(text).findings if f.category is Category.GRAMMAR]
