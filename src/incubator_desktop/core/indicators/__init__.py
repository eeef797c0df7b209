"""Performance indicators computed from the records, against the site's target set."""
