"""Saring's Qt window: thin widgets over the core API (never SQL, TOML or CSV here)."""
