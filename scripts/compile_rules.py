"""Write resources/rules-compiled.json: every TOML file under resources/rules/ parsed, with its
SHA-256, so that the checker reads JSON (~3 ms) instead of parsing TOML (~60 ms) at start-up;
and resources/rules-needles.json: for each pattern of those packs, the strings one of which its
every match holds (core/check/rules/needles.py), so that a text holding none of them does not
compile the pattern. The cue files (resources/rules/informasi/*.toml) are loaded first with
every regular expression compiled: the checker then leaves compiling those of a file the copy
still matches to their first use (core/check/cues.py), so a bad pattern stops this script (and
the tests) instead of reaching a user.

    python scripts/compile_rules.py          # write it
    python scripts/compile_rules.py --check  # exit 1 if it is missing or out of date

A pack changed without running this is still read correctly (its hash no longer matches, so
core.check.tomlcache parses the TOML itself); only the start-up is slower. See core/check/tomlcache.py.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.check.ceremony import CeremonyRules  # noqa: E402
from core.check.cues import CueFileError  # noqa: E402
from core.check.informativeness import AnnouncementRules  # noqa: E402
from core.check.rules.needles import NEEDLES_NAME, compile_needles  # noqa: E402
from core.check.rules.needles import dumps as dump_needles  # noqa: E402
from core.check.tomlcache import COMPILED_NAME, compile_folder, dumps  # noqa: E402

# The cue files and their loaders (each compiles every pattern with strict=True).
CUE_FILES = {"pengumuman.toml": AnnouncementRules.load, "seremoni.toml": CeremonyRules.load}


def check_cue_files(resources: Path) -> list[str]:
    """The errors of the cue files, each pattern compiled; empty when all load."""
    errors = []
    for name, load in CUE_FILES.items():
        try:
            load(resources / "rules" / "informasi" / name, strict=True)
        except CueFileError as exc:
            errors.append(str(exc))
    return errors


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args()
    resources = ROOT / "resources"
    errors = check_cue_files(resources)
    for error in errors:
        print(error, file=sys.stderr)
    if errors:
        return 1
    entries = compile_folder(resources)
    outputs = {resources / COMPILED_NAME: dumps(entries),
               resources / NEEDLES_NAME: dump_needles(compile_needles(e["data"] for e in entries.values()))}
    if args.check:
        stale = [target for target, text in outputs.items()
                 if (target.read_text(encoding="utf-8") if target.exists() else "") != text]
        for target in stale:
            print(f"{target} is out of date: run python scripts/compile_rules.py", file=sys.stderr)
        return 1 if stale else 0
    for target, text in outputs.items():
        target.write_text(text, encoding="utf-8")
        print(f"{target}: {len(text) // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
