#!/usr/bin/env bash
# Set up Saring on a fresh machine and open the window. Arguments go to main.py
# (for example: scripts/run-app.sh --db /tmp/coba.db).
source "$(dirname "$0")/setup.sh"
ensure_debs "${QT_BASE_DEBS[@]}" "${QT_DESKTOP_DEBS[@]}"
ensure_venv ""
exec .venv/bin/python main.py "$@"
