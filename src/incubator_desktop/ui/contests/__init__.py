"""The venture-contest workspace (公益创投): contests, entries, judges' scores, ranking, rules and grant tranches."""
