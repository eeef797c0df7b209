#!/usr/bin/env bash
# The whole check, as CI runs it: set-up, lint, types, import layers, then the suite on SQLite and PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check src tests installer benchmarks
.venv/bin/ruff format --check src tests installer benchmarks
.venv/bin/mypy
.venv/bin/lint-imports
.venv/bin/python -m pytest "$@"
# The same database tests again on a real PostgreSQL server, as a district or city server runs them.
INCUBATOR_TEST_PG="$(bash scripts/postgres.sh start)" .venv/bin/python -m pytest "$@"
