"""The app-wide pieces: settings, paths, logs, the offline guard and the self-test."""
