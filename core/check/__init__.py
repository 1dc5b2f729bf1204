"""Checking: every checker of a post, the one Finding type they emit, and the Checker that runs them."""
