"""Pure-Python core: records, database, services and rules; never imports Qt."""
