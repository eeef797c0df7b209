"""Frozen entry point of the command line (the `incubator` executable)."""

from incubator_desktop.cli import main

raise SystemExit(main())
