"""Write resources/twitter-text/tlds.txt from the official twitter-text package (npm).

    npm pack twitter-text@3.1.0 && tar xzf twitter-text-3.1.0.tgz
    .venv/bin/python scripts/update_twitter_tlds.py package/

X counts a web address without ``https://`` as a link (23 characters) only when it ends in one
of twitter-text's top-level domains; the lists are in its ``dist/esm/regexp/validGTLD.js`` and
``validCCTLD.js`` (Apache-2.0, Copyright Twitter, Inc.). This script copies them, one per
line, and the package's LICENSE beside them.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "twitter-text"


def tlds(js: str) -> list[str]:
    """The alternation inside ``RegExp('(?:(?:' + '…|…' + … + ')(?=…')``."""
    body = js[js.index("'(?:(?:'") + len("'(?:(?:'"):js.index("')(?=")]
    joined = "".join(re.findall(r"'([^']*)'", body))
    return [t for t in joined.split("|") if t]


def main(package: Path) -> int:
    version = json.loads((package / "package.json").read_text(encoding="utf-8"))["version"]
    regexp = package / "dist" / "esm" / "regexp"
    generic = tlds((regexp / "validGTLD.js").read_text(encoding="utf-8"))
    country = tlds((regexp / "validCCTLD.js").read_text(encoding="utf-8"))
    OUT.mkdir(parents=True, exist_ok=True)
    header = (f"# Top-level domains X (twitter-text {version}) recognises in a web address without a\n"
              "# scheme: dist/esm/regexp/validGTLD.js then validCCTLD.js of the npm package\n"
              "# twitter-text, Copyright Twitter, Inc., Apache-2.0 (LICENSE beside this file).\n"
              "# Written by scripts/update_twitter_tlds.py; one per line, as listed there.\n")
    (OUT / "tlds.txt").write_text(header + "\n".join(generic + country) + "\n", encoding="utf-8")
    shutil.copyfile(package / "LICENSE", OUT / "LICENSE")
    print(f"{len(generic)} generic + {len(country)} country TLDs -> {OUT / 'tlds.txt'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
