"""The 同步 workspace: bundles to and from the other site on a USB stick, their history and the conflict log."""
