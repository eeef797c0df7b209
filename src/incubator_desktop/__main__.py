"""`python -m incubator_desktop` starts the desktop client."""

from incubator_desktop.app import main

raise SystemExit(main())
