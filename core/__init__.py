"""Saring's core: text pipeline, checkers, rule packs, queue store and export.

Nothing in this package imports Qt; ``tests/test_boundaries.py`` proves it.
"""
