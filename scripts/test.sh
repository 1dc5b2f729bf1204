#!/usr/bin/env bash
# Set up Saring's test environment on a fresh machine, then lint and run every test
# (Qt offscreen: no screen needed). Extra arguments go to pytest.
source "$(dirname "$0")/setup.sh"
ensure_debs "${QT_BASE_DEBS[@]}"
ensure_venv "test"
export QT_QPA_PLATFORM=offscreen
.venv/bin/python scripts/build_translations.py >/dev/null  # i18n/*.ts -> resources/i18n/*.qm
.venv/bin/ruff check .
exec .venv/bin/python -m pytest -q "$@"
