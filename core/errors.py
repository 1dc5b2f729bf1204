"""The base of Saring's named errors: each says what went wrong, for people, in Indonesian.

The command line catches :class:`SaringError` once (message, exit status 2) instead of a list
of classes; each named error keeps its built-in base too (``ValueError``, ``KeyError``,
``RuntimeError``), so code that catches those still does."""

from __future__ import annotations


class SaringError(Exception):
    """A failure Saring names and explains; never a bug."""
