"""Extract the Indonesian word frequencies of PyPI ``wordfreq`` into
resources/lexicon/sources/wordfreq/id-frequency.tsv (a source of scripts/build_lexicon.py).

    pip download wordfreq==3.1.1 --no-deps -d /tmp/wf && pip install msgpack
    python scripts/extract_wordfreq.py /tmp/wf/wordfreq-3.1.1-py3-none-any.whl

wordfreq's ``small_id`` list holds the ~31,000 Indonesian words seen at least once per million
words (Wikipedia, OpenSubtitles, web text), grouped by centibel (a word in bucket *i* has the
frequency 10^(-i/100)). Only lowercase alphabetic words of 2+ letters are kept, each with its
Zipf value (log10 of its frequency per billion words, one decimal). The data is CC BY-SA 4.0:
the derived list keeps that licence (see README.md beside it). Run once per wordfreq release;
the build itself needs neither wordfreq nor msgpack.
"""

from __future__ import annotations

import gzip
import io
import re
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "resources" / "lexicon" / "sources" / "wordfreq" / "id-frequency.tsv"
MEMBER = "wordfreq/data/small_id.msgpack.gz"


def main(argv: list[str]) -> int:
    import msgpack  # extraction only

    if len(argv) != 1:
        sys.exit(__doc__)
    wheel = Path(argv[0])
    with zipfile.ZipFile(wheel) as archive:
        packed = gzip.decompress(archive.read(MEMBER))
    header, *buckets = msgpack.load(io.BytesIO(packed), raw=False)
    if header.get("format") != "cB":
        sys.exit(f"unexpected wordfreq data format: {header}")
    zipf: dict[str, float] = {}
    for centibels, words in enumerate(buckets):
        for word in words:
            if re.fullmatch(r"[a-z]{2,}", word) and word not in zipf:
                zipf[word] = round(9 - centibels / 100, 1)
    lines = [f"# Indonesian word frequencies from wordfreq {wheel.name} ({MEMBER}), CC BY-SA 4.0.",
             "# Format: word<TAB>Zipf (log10 of occurrences per billion words). "
             "Made by scripts/extract_wordfreq.py."]
    lines += [f"{w}\t{z:.1f}" for w, z in sorted(zipf.items(), key=lambda p: (-p[1], p[0]))]
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(zipf)} words -> {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
