"""Extract the Indonesian word forms of Debian's ``apertium-ind-zlm`` into
resources/lexicon/sources/apertium/ind-forms.txt (a source of scripts/build_lexicon.py).

    apt-get download apertium-ind-zlm && dpkg-deb -x apertium-ind-zlm_*.deb /tmp/ap
    apt-get install lttoolbox-dev       # for lt-print
    python scripts/extract_apertium.py /tmp/ap/usr/share/apertium/apertium-ind-zlm/ind-zlm.automorf.bin

The package's Indonesian analyser (``ind-zlm.automorf.bin``, compiled from apertium-ind's
monolingual dictionary: about 12,600 surface forms of nouns, verbs with their affixes, names)
is printed as an AT&T transducer by ``lt-print`` and every accepted surface string (the input
side) is listed, one a line, sorted. The data is GPL-3.0-or-later (Debian copyright, beside
the list). Run once per package release; the build itself needs neither lttoolbox nor apertium.
"""

from __future__ import annotations

import subprocess
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "resources" / "lexicon" / "sources" / "apertium" / "ind-forms.txt"
MAX_CHARS = 40  # longer paths run round a loop (numbers), not words
EPSILON = frozenset({"ε", "@0@", ""})


def surface_forms(att: str) -> set[str]:
    """Every input string the (acyclic part of the) transducer in AT&T text accepts."""
    arcs: dict[int, list[tuple[int, str]]] = defaultdict(list)
    finals: set[int] = set()
    for line in att.splitlines():
        parts = line.split("\t")
        if len(parts) >= 4:
            arcs[int(parts[0])].append((int(parts[1]), parts[2]))
        elif parts and parts[0].strip():
            finals.add(int(parts[0]))
    forms: set[str] = set()
    stack: list[tuple[int, str, frozenset[int]]] = [(0, "", frozenset({0}))]
    while stack:
        state, word, seen = stack.pop()
        if state in finals and word:
            forms.add(word)
        if len(word) > MAX_CHARS:
            continue
        for target, symbol in arcs[state]:
            if target not in seen:
                stack.append((target, word + ("" if symbol in EPSILON else symbol),
                              seen | {target}))
    return forms


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        sys.exit(__doc__)
    att = subprocess.run(["lt-print", argv[0]], check=True, capture_output=True,
                         text=True).stdout
    # lt-print separates the analyser's sections (words; punctuation and numbers) with "--".
    found: set[str] = set()
    for section in att.split("\n--\n"):
        found |= surface_forms(section)
    forms = sorted(f for f in found if not any(c.isspace() for c in f))
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text("\n".join(forms) + "\n", encoding="utf-8")
    print(f"{len(forms)} forms -> {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
