# Shared setup for scripts/run-app.sh and scripts/test.sh (sourced, not run).
# Creates .venv with the project installed, and on Debian/Ubuntu installs the system
# libraries Qt needs when they are missing.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# Qt's shared libraries need these on a bare Debian/Ubuntu (offscreen and desktop alike).
QT_BASE_DEBS=(libegl1 libgl1 libfontconfig1 libfreetype6 libxkbcommon0 libdbus-1-3 libglib2.0-0)
# The tests open the .xlsx review copy in LibreOffice Calc (soffice --headless --convert-to);
# the app itself never needs it. About 56 packages, ~13 s to install from a Debian mirror.
TEST_DEBS=(libreoffice-calc-nogui)
# A real window on X11 also needs the xcb platform plugin's libraries.
QT_DESKTOP_DEBS=(libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
                 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libx11-xcb1)

ensure_debs() {
    command -v dpkg-query >/dev/null 2>&1 || return 0  # not Debian: nothing to do here
    local missing=()
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
            echo "Saring needs these system packages: ${missing[*]} (install them as root)" >&2
            return 0
        fi
    fi
    echo "Installing system packages for Qt: ${missing[*]}"
    local log
    log="$(mktemp)"
    if ! { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
            $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
        if grep -qiE "could not get lock|unable to acquire|is another process using it|lock-frontend" "$log"; then
            echo "Another program is installing or updating packages right now (apt is busy)." >&2
            echo "Wait until it is done (for example, automatic updates after start-up), then run" >&2
            echo "this script again. Nothing was changed." >&2
        else
            echo "Installing the system packages failed; apt said:" >&2
            cat "$log" >&2
        fi
        rm -f "$log"
        exit 2
    fi
    rm -f "$log"
}

ensure_venv() {  # $1: pip extras, e.g. "test"
    local python="${PYTHON:-python3}"
    if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
        echo "Saring needs Python 3.11 or newer (found: $("$python" --version 2>&1))." >&2
        exit 2
    fi
    [ -x .venv/bin/python ] || "$python" -m venv .venv
    .venv/bin/python -m pip install -q --disable-pip-version-check -e ".${1:+[$1]}"
}
