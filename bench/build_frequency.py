"""Write resources/vocab/frequency.tsv: how often each correct word occurs in texts the Saring
team wrote (bench/samples/*.txt), used to rank spelling suggestions.

    python -m bench.build_frequency

Only words the speller accepts are counted (the samples carry deliberate mistakes), and the
evaluation corpus (bench/corpus/) is left out so that the evaluation is not tuned to itself.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from core.app.paths import resource_dir
from core.check.checker import Checker
from core.check.spelling import Speller
from core.check.text import words

SAMPLES = Path(__file__).resolve().parent / "samples"


def main() -> int:
    speller = Speller.from_resources(resource_dir())
    checker = Checker.from_resources()
    counts: Counter[str] = Counter()
    for path in sorted(SAMPLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        # Words any check flags (dihimbau, silahkan) are mistakes, not vocabulary.
        flagged = {(f.start, f.end) for f in checker.check(text).findings}
        for token in words(text):
            word = token.text.lower()
            if (token.start, token.end) in flagged:
                continue
            if len(word) >= 2 and word.isalpha() and speller.is_known(word):
                counts[word] += 1
    out = resource_dir() / "vocab" / "frequency.tsv"
    lines = ["# Word frequencies counted by bench/build_frequency.py over bench/samples/*.txt",
             "# (texts written by the Saring team). Format: word<TAB>count. Licence: same as Saring."]
    lines += [f"{word}\t{count}" for word, count in sorted(counts.items(),
                                                         key=lambda p: (-p[1], p[0]))]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(counts)} words, {sum(counts.values())} tokens -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
