"""Checks on codes, numbers and dates; each returns a FieldError or None, never a sentence."""
