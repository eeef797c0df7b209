"""Pieces every workspace may use: change bus, settings, background tasks, labels, placeholders."""
