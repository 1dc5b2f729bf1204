"""Check the TSV format of this set and print counts per file and label (no checker is run)."""

import collections
import pathlib
import sys

ALLOWED = {"neutrality", "neutrality:error", "hoax", "fraud", "provocation", "source", "-"}


def main() -> int:
    here = pathlib.Path(__file__).parent
    total = 0
    for path in sorted(here.glob("*.tsv")):
        counts: collections.Counter[str] = collections.Counter()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            labels = parts[0].split(",")
            if len(parts) != 2 or not parts[1].strip():
                sys.exit(f"{path.name}:{number}: expected LABELS<TAB>TEXT")
            if not set(labels) <= ALLOWED or ("-" in labels and labels != ["-"]):
                sys.exit(f"{path.name}:{number}: bad labels {parts[0]!r}")
            if (path.name == "lolos.tsv") != (labels == ["-"]):
                sys.exit(f"{path.name}:{number}: '-' belongs in lolos.tsv only, and only there")
            counts[parts[0]] += 1
        total += sum(counts.values())
        print(path.name, sum(counts.values()), dict(sorted(counts.items())))
    print("total", total)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
