#!/usr/bin/env bash
# Regenerates translations/incubator_{zh_CN,en}.ts from the UI sources and compiles them to .qm files.
#
# Existing translations are kept; new strings arrive as unfinished for Qt Linguist (or an editor).
# Usage: scripts/translations.sh            update the .ts files, then compile them
#        scripts/translations.sh --release  only compile the .ts files to .qm
set -euo pipefail

cd "$(dirname "$0")/.."
BIN="${PYSIDE_BIN:-.venv/bin}"
LANGUAGES=(zh_CN en)

mapfile -t SOURCES < <(find src/incubator_desktop/ui -name '*.py' | LC_ALL=C sort)
SOURCES+=(src/incubator_desktop/app.py)

if [[ "${1:-}" != "--release" ]]; then
    for lang in "${LANGUAGES[@]}"; do
        # No locations: line numbers would churn the .ts on every edit and hide real changes in review.
        "$BIN/pyside6-lupdate" -no-obsolete -locations none -source-language en -target-language "$lang" \
            "${SOURCES[@]}" -ts "translations/incubator_$lang.ts"
    done
fi

for lang in "${LANGUAGES[@]}"; do
    "$BIN/pyside6-lrelease" "translations/incubator_$lang.ts" -qm "translations/incubator_$lang.qm"
done
