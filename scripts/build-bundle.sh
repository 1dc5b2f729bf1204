#!/usr/bin/env bash
# Build the one-folder Linux bundle with build.spec, check its size (< 150 MB), and run its
# self-test offscreen — under a network namespace without network (unshare -rn) when the
# machine allows it. CI runs this after scripts/test.sh (.ci/run).
#   DIST=/tmp/saring-dist scripts/build-bundle.sh
source "$(dirname "$0")/setup.sh"
ensure_debs "${QT_BASE_DEBS[@]}" binutils   # binutils: strip, used by build.spec on Linux
ensure_venv "build"
DIST="${DIST:-$ROOT/dist}"
WORK="${WORK:-$ROOT/build}"
LIMIT_BYTES=$((150 * 1000 * 1000))
.venv/bin/pyinstaller --noconfirm --log-level WARN --distpath "$DIST" --workpath "$WORK" build.spec
for f in LICENSE.txt THIRD-PARTY-NOTICES.txt; do   # written by build.spec (scripts/third_party_notices.py)
    [ -s "$DIST/Saring/$f" ] || { echo "the bundle has no $f" >&2; exit 1; }
done
bytes=$(du -sb "$DIST/Saring" | cut -f1)
echo "bundle: $DIST/Saring, $bytes bytes ($((bytes / 1000 / 1000)) MB)"
if [ "$bytes" -ge "$LIMIT_BYTES" ]; then
    echo "bundle is larger than 150 MB" >&2
    exit 1
fi
export QT_QPA_PLATFORM=offscreen
run_dir="$(mktemp -d)"
trap 'rm -rf "$run_dir"' EXIT
cd "$run_dir"   # not the source tree: the bundle must use only what it carries
if unshare -rn true 2>/dev/null; then
    echo "self-test without network (unshare -rn):"
    unshare -rn "$DIST/Saring/Saring" --self-test
else
    echo "self-test (unshare -rn not allowed here; network left as it is):"
    "$DIST/Saring/Saring" --self-test
fi
