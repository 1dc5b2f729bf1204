"""Check the TSV format of this set (LABELS<TAB>TEXT, known labels, no stray tabs) and print the counts.

It does not run Saring's checker: the set was written blind.
"""
import sys
from collections import Counter
from pathlib import Path

KNOWN = {"neutrality:error", "neutrality", "hoax", "fraud", "provocation", "source", "-"}


def check_file(path: Path, total: Counter) -> int:
    """Print one file's counts, add them to total and return the number of bad lines."""
    bad = 0
    per: Counter = Counter()
    seen: set[str] = set()
    posts = 0
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 2 or not parts[1].strip():
            print(f"{path.name}:{number}: expected LABELS<TAB>TEXT")
            bad += 1
            continue
        labels = parts[0].split(",")
        if any(label not in KNOWN for label in labels) or ("-" in labels and len(labels) > 1):
            print(f"{path.name}:{number}: unknown or mixed label {parts[0]!r}")
            bad += 1
        if parts[1] in seen:
            print(f"{path.name}:{number}: duplicate text")
            bad += 1
        seen.add(parts[1])
        posts += 1
        per.update(labels)
    total.update(per)
    total["posts"] += posts
    print(path.name, posts, dict(per))
    return bad


def main() -> int:
    total: Counter = Counter()
    bad = sum(check_file(path, total) for path in sorted(Path(__file__).parent.glob("*.tsv")))
    print("total", dict(total))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
