#!/usr/bin/env bash
# Starts the desktop client on a practice database full of demo data (made on first run).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
DB="${INCUBATOR_DB:-$(.venv/bin/python -c 'from incubator_desktop.core.paths import data_dir; print(data_dir() / "demo.db")')}"
if ! .venv/bin/incubator --db "$DB" info --json | grep -q '"site": {'; then
  .venv/bin/incubator --db "$DB" demo
fi
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ "${QT_QPA_PLATFORM:-}" != "offscreen" ]; then
  echo "No display found: starting under Xvfb (install a desktop to see the window)." >&2
  exec xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/incubator-desktop --db "$DB" "$@"
fi
exec .venv/bin/incubator-desktop --db "$DB" "$@"
