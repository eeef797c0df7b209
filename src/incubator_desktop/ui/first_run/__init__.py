"""The first-run wizard: language, role, site, data folder, keys, and how to start (empty, roster, practice)."""
