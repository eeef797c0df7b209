#!/usr/bin/env bash
# Freezes the app into one folder (dist/incubator-desktop/) with PyInstaller and smoke-tests it headless;
# when makensis is installed, also compiles the Windows installer script to catch its errors.
#
# Usage: scripts/build-frozen.sh              build, then check
#        scripts/build-frozen.sh --check-only check the bundle already in dist/ (no build)
# Safe to run again: it installs only what is missing and rebuilds from clean. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

BUNDLE=dist/incubator-desktop
PY=.venv/bin/python
SPEC=installer/incubator_desktop.spec

build() {
  bash scripts/setup.sh
  # The freezing tools are pinned in one file, shared with the Windows build (installer/README.md).
  local stamp
  stamp=".venv/.build-tools-$(sha256sum installer/requirements-build.txt | cut -c1-16)"
  if [ ! -f "$stamp" ]; then
    "$PY" -m pip install -q -r installer/requirements-build.txt
    rm -f .venv/.build-tools-*
    touch "$stamp"
  fi
  local started=$SECONDS
  "$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller "$SPEC"
  echo "build-frozen: built $BUNDLE in $((SECONDS - started)) s ($(du -sh "$BUNDLE" | cut -f1))"
}

# Runs the frozen programs the way a clerk's first day does, on a throwaway database and home folder.
smoke() {
  local work
  work="$(mktemp -d -t incubator-frozen-XXXXXX)"
  SMOKE_WORK="$work"
  trap 'rm -rf "$SMOKE_WORK"' EXIT
  # No display, no credential store, and nothing written to the real per-user folders.
  export QT_QPA_PLATFORM=offscreen
  export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache"
  export PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring
  export INCUBATOR_PASSPHRASE="frozen-smoke-test"  # keys then go to an encrypted file beside the database
  unset INCUBATOR_DB
  local db="$work/township.db" cli="$BUNDLE/incubator"

  "$cli" --version
  "$cli" --db "$db" init --role township --code 653121103 --name "托克扎克镇孵化基地" --parent-code 653121 --json \
    > "$work/init.json"
  "$cli" --db "$db" demo --json > "$work/demo.json"
  "$cli" --db "$db" org list --json > "$work/orgs.json"
  "$cli" --db "$db" info --json > "$work/info.json"
  "$cli" --db "$db" print monthly --out "$work/monthly.pdf" --json > "$work/print.json"
  "$cli" --db "$db" org export "$work/roster.xlsx" --json > "$work/export.json"
  "$cli" --db "$db" org import "$work/roster.xlsx" --dry-run --json > "$work/import.json"
  "$PY" - "$work" <<'PYTHON'
import json, sys
from pathlib import Path
work = Path(sys.argv[1])
read = lambda name: json.loads((work / name).read_text(encoding="utf-8"))
assert read("init.json")["fingerprint"], "init made no signing key (cryptography in the bundle?)"
orgs = read("orgs.json")
assert isinstance(orgs, list) and orgs, "org list is empty after demo"
assert read("info.json")["site"]["is_demo"], "info does not show the demo site"
assert (work / "monthly.pdf").read_bytes().startswith(b"%PDF-"), "print monthly wrote no PDF"
assert read("export.json")["rows"] == len(orgs), "the roster export lost rows"
assert read("import.json")["rejected_rows"] == 0, "the exported roster does not import back cleanly"
print(f"build-frozen: CLI ok: {len(orgs)} organizations, monthly PDF, roster workbook round-trips")
PYTHON

  "$BUNDLE/incubator-smoke" --workdir "$work/smoke" --db "$db"

  # The real GUI has no quit-after-start switch: it must still be running after a while, without a traceback.
  local code=0
  timeout 20 "$BUNDLE/incubator-desktop" --db "$db" > "$work/gui.out" 2> "$work/gui.err" || code=$?
  if [ "$code" -ne 124 ] || grep -q "Traceback" "$work/gui.err"; then
    echo "build-frozen: incubator-desktop exited with $code before the timeout:" >&2
    cat "$work/gui.err" >&2
    return 1
  fi
  echo "build-frozen: incubator-desktop ran offscreen until stopped"
}

# Compiles installer/incubator.nsi against a stub of the bundle (the payload of a Linux build is no use to
# Windows, and a stub keeps this quick); -WX makes any NSIS warning an error.
compile_installer() {
  if ! command -v makensis > /dev/null; then
    if [ "${CI:-}" = "true" ]; then
      # Debian has NSIS, so CI must compile the script: scripts/setup.sh is expected to install it.
      echo "build-frozen: makensis is missing in CI (apt-get install nsis)" >&2
      return 1
    fi
    echo "build-frozen: makensis not installed (apt-get install nsis): installer script not compiled"
    return 0
  fi
  local stub=build/nsis-stub out=build/nsis/IncubatorDesktop-check-setup.exe
  rm -rf "$stub" build/nsis
  mkdir -p "$stub/_internal" build/nsis
  touch "$stub/incubator-desktop.exe" "$stub/incubator.exe" "$stub/incubator-smoke.exe" "$stub/_internal/stub.txt"
  makensis -V2 -WX -DSOURCE_DIR="$PWD/$stub" -DOUTFILE="$PWD/$out" installer/incubator.nsi
  if command -v 7z > /dev/null; then
    local listing
    listing="$(7z l "$out")"
    grep -q "incubator-desktop.exe" <<< "$listing" || { echo "build-frozen: the installer lacks the GUI" >&2; return 1; }
    if grep -q "incubator-smoke" <<< "$listing"; then
      echo "build-frozen: the installer ships the self-check" >&2
      return 1
    fi
  fi
  echo "build-frozen: installer script compiles ($out)"
}

if [ "${1:-}" != "--check-only" ]; then
  build
fi
[ -x "$BUNDLE/incubator-smoke" ] || { echo "build-frozen: no bundle in $BUNDLE; run without --check-only" >&2; exit 1; }
smoke
compile_installer
echo "build-frozen: all checks passed"
