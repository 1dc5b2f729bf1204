"""Saring's core: checking (text pipeline, checkers, rule packs), ``store`` (the queue),
``publish`` (channels, schedule, export) and ``app`` (settings, paths, logs, self-test).

Nothing in this package imports Qt; ``tests/test_boundaries.py`` proves it.
"""

from core.re_programs import install as _install_re_programs

_install_re_programs()  # the checkers' regular expressions, compiled at build time
