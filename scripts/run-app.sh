#!/usr/bin/env bash
# Set up Saring on a fresh machine and open the window. Arguments go to main.py
# (for example: scripts/run-app.sh --db /tmp/coba.db).
source "$(dirname "$0")/setup.sh"
ensure_debs "${QT_BASE_DEBS[@]}" "${QT_DESKTOP_DEBS[@]}"
ensure_venv ""
.venv/bin/python scripts/build_translations.py >/dev/null || true  # English UI; Indonesian needs none
exec .venv/bin/python main.py "$@"
