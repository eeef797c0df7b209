"""Sync between sites: keys, signed and encrypted bundles, import checks, receipts and conflicts."""
