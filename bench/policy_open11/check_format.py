"""Check the TSV format of this set: LABELS<TAB>TEXT, known labels, no stray tabs."""
import sys
from collections import Counter
from pathlib import Path

KNOWN = {"neutrality:error", "neutrality", "hoax", "fraud", "provocation", "source", "-"}
here = Path(__file__).parent
bad = 0
total = Counter()
for f in sorted(here.glob("*.tsv")):
    per = Counter()
    n = 0
    seen = set()
    for i, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 2 or not parts[1].strip():
            print(f"{f.name}:{i}: bad format"); bad += 1; continue
        labels = parts[0].split(",")
        if any(lab not in KNOWN for lab in labels) or ("-" in labels and len(labels) > 1):
            print(f"{f.name}:{i}: bad label {parts[0]}"); bad += 1
        if parts[1] in seen:
            print(f"{f.name}:{i}: duplicate"); bad += 1
        seen.add(parts[1])
        n += 1
        for lab in labels:
            per[lab] += 1; total[lab] += 1
    total["posts"] += n
    print(f.name, n, dict(per))
print("total", dict(total))
sys.exit(1 if bad else 0)
