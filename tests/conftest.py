"""Shared test setup: Qt runs offscreen, and nothing may reach the network."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
