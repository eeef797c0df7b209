#!/usr/bin/env bash
# Regenerates translations/incubator_{zh_CN,en,ug}.ts from the UI sources and compiles them to .qm files.
#
# Existing translations are kept; new strings arrive as unfinished for Qt Linguist (or an editor).
# English is the source language, so new English messages are filled with their source text (plural
# messages get "(s)" resolved to a singular and a plural form); zh_CN and ug need a translator
# (tests/ui/test_translations.py and test_languages.py fail on any unfinished message in any of the three).
# Usage: scripts/translations.sh            update the .ts files, then compile them
#        scripts/translations.sh --release  only compile the .ts files to .qm
set -euo pipefail

cd "$(dirname "$0")/.."
BIN="${PYSIDE_BIN:-.venv/bin}"
LANGUAGES=(zh_CN en ug)

mapfile -t SOURCES < <(find src/incubator_desktop/ui -name '*.py' | LC_ALL=C sort)
SOURCES+=(src/incubator_desktop/app.py)

update() {
    for lang in "${LANGUAGES[@]}"; do
        # No locations: line numbers would churn the .ts on every edit and hide real changes in review.
        "$BIN/pyside6-lupdate" -no-obsolete -locations none -source-language en -target-language "$lang" \
            "${SOURCES[@]}" -ts "translations/incubator_$lang.ts"
    done
}

fill_english() {
    "$BIN/python" - translations/incubator_en.ts <<'PY'
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1]
tree = ET.parse(path)
for message in tree.getroot().iter("message"):
    translation = message.find("translation")
    if translation is None or translation.get("type") != "unfinished":
        continue
    source = message.findtext("source") or ""
    del translation.attrib["type"]
    if message.get("numerus") == "yes":
        for form in list(translation):
            translation.remove(form)
        translation.text = None
        for text in (source.replace("(s)", ""), source.replace("(s)", "s")):
            ET.SubElement(translation, "numerusform").text = text
    else:
        translation.text = source
with open(path, "w", encoding="utf-8") as handle:
    handle.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    handle.write(ET.tostring(tree.getroot(), encoding="unicode") + "\n")
PY
}

if [[ "${1:-}" != "--release" ]]; then
    update
    fill_english
    update  # once more, so the file keeps lupdate's own layout
fi

# Compile beside the .qm and rename it into place: lrelease truncates and rewrites its output file, and a
# running app or test that has the old .qm mapped by QTranslator dies of SIGBUS on its next lookup.
for lang in "${LANGUAGES[@]}"; do
    "$BIN/pyside6-lrelease" "translations/incubator_$lang.ts" -qm "translations/.incubator_$lang.qm.tmp"
    mv -f "translations/.incubator_$lang.qm.tmp" "translations/incubator_$lang.qm"
done
