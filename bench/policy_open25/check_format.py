"""Check the TSV format of this set: LABELS<TAB>TEXT, known labels, no empty text; print counts."""

import sys
from collections import Counter
from pathlib import Path

KNOWN = {"neutrality", "neutrality:error", "hoax", "fraud", "provocation", "source", "-"}


def main() -> int:
    here = Path(__file__).parent
    bad = 0
    for path in sorted(here.glob("*.tsv")):
        counts: Counter[str] = Counter()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            labels = parts[0].split(",") if len(parts) == 2 else []
            if len(parts) != 2 or not parts[1].strip() or not set(labels) <= KNOWN:
                print(f"{path.name}:{number}: bad line")
                bad += 1
                continue
            if "-" in labels and len(labels) > 1:
                print(f"{path.name}:{number}: '-' combined with other labels")
                bad += 1
            counts[parts[0]] += 1
        print(path.name, sum(counts.values()), dict(sorted(counts.items())))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
