"""Saring's core: checking (text pipeline, checkers, rule packs), ``store`` (the queue),
``publish`` (channels, schedule, export) and ``app`` (settings, paths, logs, self-test).

Nothing in this package imports Qt; ``tests/test_boundaries.py`` proves it.
"""
