#!/usr/bin/env bash
# Set up Saring's test environment on a fresh machine, then lint and run every test
# (Qt offscreen: no screen needed), after ruff and mypy. Extra arguments go to pytest.
source "$(dirname "$0")/setup.sh"
ensure_debs "${QT_BASE_DEBS[@]}" "${TEST_DEBS[@]}"
ensure_venv "test"
export QT_QPA_PLATFORM=offscreen
.venv/bin/python scripts/build_translations.py >/dev/null  # i18n/*.ts -> resources/i18n/*.qm
.venv/bin/ruff check .
.venv/bin/mypy  # core/ ([tool.mypy] in pyproject.toml)
exec .venv/bin/python -m pytest -q "$@"
