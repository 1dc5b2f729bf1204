"""Saring opens no network connection. This module makes that hold for the one dependency that
could: language-tool-python downloads a LanguageTool release (~250 MB) from the internet the
first time a local server is started.

:func:`forbid_downloads` (called by main.py before anything else is imported) points every
download host of language-tool-python at a URL scheme no HTTP library can open, so a download
fails at once with an error and no connection is attempted. A LanguageTool the user unzipped
(``settings.languagetool_dir``) is started by Saring itself (core/check/languagetool_server.py, on
127.0.0.1), and the engine passes its folder here as ``LTP_JAR_DIR_PATH`` before it loads the
library, so the library, too, would only ever use that folder; a LanguageTool server the user
configured (``settings.languagetool_server``) is the only network use Saring allows.
"""

from __future__ import annotations

import os

NO_DOWNLOAD_URL = "saring-luring://unduhan-dimatikan/"
LTP_DOWNLOAD_HOSTS = (
    "LTP_DOWNLOAD_HOST_SNAPSHOT", "LTP_DOWNLOAD_HOST_NEW_RELEASES",
    "LTP_DOWNLOAD_HOST_RELEASE", "LTP_DOWNLOAD_HOST_ARCHIVE",
)


def forbid_downloads(*, languagetool_dir: str = "") -> None:
    """Make language-tool-python unable to download; must run before it is imported (it reads
    these variables at import time)."""
    for name in LTP_DOWNLOAD_HOSTS:
        os.environ[name] = NO_DOWNLOAD_URL
    os.environ["LTP_MAX_DOWNLOAD_BYTES"] = "1"  # and nothing larger than a byte
    if languagetool_dir:
        os.environ["LTP_JAR_DIR_PATH"] = languagetool_dir
