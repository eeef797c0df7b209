"""Frozen entry point of the desktop client (the `incubator-desktop` executable)."""

from incubator_desktop.app import main

raise SystemExit(main())
