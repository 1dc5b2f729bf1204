"""Check the TSV format of this blind set (no checker is run)."""
import sys
from pathlib import Path

OK = {"neutrality", "neutrality:error", "hoax", "fraud", "provocation", "source", "-"}
here = Path(__file__).parent
bad = 0
for f in sorted(here.glob("*.tsv")):
    n = 0
    for i, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 2 or not parts[1].strip() or any(x not in OK for x in parts[0].split(",")):
            print(f"{f.name}:{i}: bad line")
            bad += 1
        n += 1
    print(f.name, n)
sys.exit(1 if bad else 0)
