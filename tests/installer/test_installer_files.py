"""The Windows build's files: what the PyInstaller spec bundles, what the NSIS script may touch, the built folder."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import platformdirs
import platformdirs.windows
import pytest
from PIL import Image

from incubator_desktop.core import migrate, paths, resources

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
NSIS = INSTALLER / "incubator.nsi"
BUNDLE = ROOT / "dist" / "incubator-desktop"
EXE = ".exe" if sys.platform == "win32" else ""
SMOKE_EXE = BUNDLE / f"incubator-smoke{EXE}"
built = pytest.mark.skipif(not SMOKE_EXE.exists(), reason="no frozen build: run scripts/build-frozen.sh")


def load_layout() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bundle_layout", INSTALLER / "bundle_layout.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


layout = load_layout()


def isolated_env(tmp_path: Path) -> dict[str, str]:
    """No display, no credential store, and no writes to the real per-user folders."""
    env = {k: v for k, v in os.environ.items() if k != paths.DB_ENV}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    return env


# The PyInstaller spec ----------------------------------------------------------------------------------


def test_spec_is_valid_python_that_uses_the_layout() -> None:
    """The spec compiles and takes its data files and filters from bundle_layout, which the tests below check."""
    text = (INSTALLER / "incubator_desktop.spec").read_text(encoding="utf-8")
    compile(text, "incubator_desktop.spec", "exec")
    for used in ("layout.app_datas(", "layout.migration_imports()", "keep_qt_translation", "keep_binary"):
        assert used in text


def test_migrations_ship_as_files_where_migrate_looks_for_them() -> None:
    """Every migration file is bundled as data in the folder migrate.MIGRATIONS_DIR names, relative to the package."""
    package_parent = Path(migrate.__file__).resolve().parents[2]
    expected_folder = migrate.MIGRATIONS_DIR.resolve().relative_to(package_parent).as_posix()
    datas = dict(layout.migration_datas())
    sources = {Path(source).resolve() for source in datas}
    migrations = migrate.MIGRATIONS_DIR.resolve()
    assert migrations / "env.py" in sources
    assert migrations / "script.py.mako" in sources
    versions = set((migrations / "versions").glob("*.py"))
    assert versions and versions <= sources
    for source, folder in datas.items():
        relative = Path(source).resolve().parent.relative_to(migrations).as_posix()
        assert folder == (expected_folder if relative == "." else f"{expected_folder}/{relative}")


def test_what_migrations_import_is_collected() -> None:
    """Alembic imports the migration scripts from disk, so their imports are named as hidden imports."""
    imports = layout.migration_imports()
    assert {"alembic.op", "sqlalchemy"} <= set(imports)


def test_resources_and_translations_resolve_from_the_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Laid out as the spec says, resources and translations are found through sys._MEIPASS before the checkout."""
    datas = layout.app_datas(tmp_path / "generated")
    assert (str(ROOT / "resources"), "resources") in datas
    qm_files = sorted((ROOT / "translations").glob("*.qm"))
    assert qm_files and all((str(path), "translations") in datas for path in qm_files)
    assert (tmp_path / "generated" / "licenses" / "index.json").is_file()

    bundle = tmp_path / "bundle"
    for source, folder in datas:
        # Real folders holding links to single files, as PyInstaller copies them: never write through a link.
        root = Path(source)
        files = [root] if root.is_file() else [p for p in root.rglob("*") if p.is_file()]
        for file in files:
            target = bundle / folder / (file.name if root.is_file() else file.relative_to(root))
            target.parent.mkdir(parents=True, exist_ok=True)
            target.symlink_to(file)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert resources.cjk_font_path().parent.parent.parent == bundle
    assert resources.resource_path("translations", "incubator_zh_CN.qm").parent.parent == bundle
    assert resources.resource_path("icons", "incubator-desktop.png").is_file()


def test_qt_filters_keep_only_what_the_app_uses() -> None:
    """Qt catalogues stay for zh_CN and English; the virtual keyboard and QML/Quick are dropped, QtCharts kept."""
    assert layout.keep_qt_translation("PySide6/Qt/translations/qtbase_zh_CN.qm")
    assert layout.keep_qt_translation("PySide6/translations/qt_en.qm")
    assert not layout.keep_qt_translation("PySide6/Qt/translations/qtbase_de.qm")
    assert not layout.keep_qt_translation("PySide6/Qt/translations/qtwebengine_zh_CN.qm")
    assert layout.keep_qt_translation("translations/incubator_zh_CN.qm")
    assert not layout.keep_binary("PySide6/Qt/lib/libQt6Quick.so.6")
    assert not layout.keep_binary("PySide6/plugins/platforminputcontexts/qtvirtualkeyboardplugin.dll")
    assert layout.keep_binary("PySide6/Qt6Charts.dll")
    assert layout.keep_binary("PySide6/Qt/lib/libQt6PrintSupport.so.6")
    kept = {"PySide6.QtCharts", "PySide6.QtPrintSupport", "PySide6.QtPdf"}
    assert kept <= set(layout.OPTIONAL_QT_MODULES)
    assert not kept & set(layout.UNUSED_QT_MODULES)
    assert "PySide6.QtWebEngineCore" in layout.UNUSED_QT_MODULES


def test_icon_has_the_sizes_windows_shows() -> None:
    """The .ico carries the sizes Explorer, the taskbar and the Start menu use, from 16 to 256 pixels."""
    with Image.open(INSTALLER / "icon.ico") as icon:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(icon.info["sizes"])
    with Image.open(INSTALLER / "icon.png") as png:
        assert png.size == (256, 256)


def test_windows_dependency_set_matches_the_pyproject_pins() -> None:
    """requirements-windows.txt pins every dependency exactly as pyproject.toml does, and pins all the rest too."""

    def key(name: str) -> str:
        return re.sub(r"[-_.]+", "-", name).lower()

    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pins = {}
    for line in pyproject["project"]["dependencies"]:
        name, version = line.split("==")
        pins[key(name.split("[")[0])] = version
    windows = {}
    for raw in (INSTALLER / "requirements-windows.txt").read_text(encoding="utf-8").splitlines():
        line = raw.split("#")[0].strip()
        if line:
            assert "==" in line and ";" not in line, f"not an exact pin with markers resolved: {line}"
            name, version = line.split("==")
            windows[key(name.split("[")[0])] = version
    assert {name: windows.get(name) for name in pins} == pins
    assert {"pywin32-ctypes", "tzdata"} <= windows.keys()  # keyring's and psycopg's Windows-only dependencies


# The NSIS installer script -----------------------------------------------------------------------------


def nsis_lines() -> list[str]:
    lines = []
    for raw in NSIS.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line and not line.startswith((";", "#")):
            lines.append(line)
    return lines


def nsis_defines() -> dict[str, str]:
    defines: dict[str, str] = {}
    for line in nsis_lines():
        found = re.match(r'!define\s+(\w+)\s+"([^"]*)"', line)
        if found:
            defines.setdefault(found.group(1), found.group(2))
    return defines


def expand(text: str) -> str:
    defines = nsis_defines()
    for _ in range(5):
        text = re.sub(r"\$\{(\w+)\}", lambda m: defines.get(m.group(1), m.group(0)), text)
    return text


def test_nsis_installs_per_user_without_administrator_rights() -> None:
    """The installer asks for no elevation, installs under %LOCALAPPDATA%\\Programs and writes only to HKCU."""
    lines = [expand(line) for line in nsis_lines()]
    assert "RequestExecutionLevel user" in lines
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\IncubatorDesktop"' in lines
    registry = [line for line in lines if re.match(r"(WriteReg|DeleteReg|ReadReg)", line)]
    assert registry and all(line.split()[1] == "HKCU" for line in registry)
    assert not any("HKLM" in line or "$PROGRAMFILES" in line for line in lines)
    assert any(line.startswith('CreateShortCut "$SMPROGRAMS\\社区社会组织孵化培育工作台.lnk"') for line in lines)
    assert any(line.startswith('CreateShortCut "$DESKTOP\\社区社会组织孵化培育工作台.lnk"') for line in lines)


def test_nsis_speaks_simplified_chinese_first() -> None:
    """Simplified Chinese is the first (default) language, English the second, and every message has both."""
    languages = [re.search(r'"(\w+)"', line).group(1) for line in nsis_lines() if "MUI_LANGUAGE" in line]  # type: ignore[union-attr]
    assert languages == ["SimpChinese", "English"]
    strings = [line.split()[1:3] for line in nsis_lines() if line.startswith("LangString")]
    names = {name for name, _ in strings}
    for name in names:
        assert {lang for n, lang in strings if n == name} == {"${LANG_SIMPCHINESE}", "${LANG_ENGLISH}"}


def test_nsis_data_folder_is_the_apps_own(monkeypatch: pytest.MonkeyPatch) -> None:
    """The folder the script promises to keep is the one core.paths uses on Windows (platformdirs, no author)."""
    folders = {"CSIDL_LOCAL_APPDATA": "$LOCALAPPDATA", "CSIDL_APPDATA": "$APPDATA"}
    monkeypatch.setattr(platformdirs.windows, "get_win_folder", folders.__getitem__)
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.windows.Windows)
    windows_data_dir = str(paths.data_dir()).replace("/", "\\")
    assert expand("${DATA_DIR}") == windows_data_dir == "$LOCALAPPDATA\\IncubatorDesktop"


def test_nsis_never_deletes_anything_outside_the_program_folder() -> None:
    """Upgrade and uninstall delete program files and the two shortcuts only: never the data folder, nor /r $INSTDIR."""
    data_dir = expand("${DATA_DIR}")
    removals = [expand(line) for line in nsis_lines() if re.match(r"(Delete|RMDir)\b", line)]
    assert removals
    shortcuts = {"$SMPROGRAMS\\社区社会组织孵化培育工作台.lnk", "$DESKTOP\\社区社会组织孵化培育工作台.lnk"}
    for line in removals:
        target = re.search(r'"([^"]+)"', line).group(1)  # type: ignore[union-attr]
        assert data_dir.lower() not in target.lower(), line
        recursive = "/r" in line.split()
        if target == "$INSTDIR":
            assert not recursive, "the install folder itself may only be removed when empty"
        else:
            assert target.startswith("$INSTDIR\\") or target in shortcuts, line


@pytest.mark.skipif(shutil.which("makensis") is None, reason="makensis not installed (apt-get install nsis)")
def test_nsis_script_compiles_without_warnings(tmp_path: Path) -> None:
    """makensis compiles the script against a stub of the bundle with warnings treated as errors."""
    stub = tmp_path / "bundle"
    (stub / "_internal").mkdir(parents=True)
    for name in ("incubator-desktop.exe", "incubator.exe", "incubator-smoke.exe", "_internal/stub.txt"):
        (stub / name).write_bytes(b"")
    out = tmp_path / "IncubatorDesktop-test-setup.exe"  # a bare "setup.exe" draws an NSIS warning
    result = subprocess.run(
        ["makensis", "-V2", "-WX", f"-DSOURCE_DIR={stub}", f"-DOUTFILE={out}", str(NSIS)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert out.stat().st_size > 0


# The self-check, from the checkout and frozen ----------------------------------------------------------


@pytest.mark.gui
def test_smoke_check_passes_from_the_checkout(tmp_path: Path) -> None:
    """installer/smoke_entry.py passes against the source, so a broken check is caught before anyone builds."""
    result = subprocess.run(
        [sys.executable, str(INSTALLER / "smoke_entry.py"), "--workdir", str(tmp_path / "smoke")],
        env=isolated_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "all checks passed" in result.stdout


@built
def test_frozen_smoke_executable_exits_0(tmp_path: Path) -> None:
    """The frozen self-check starts Qt offscreen, loads translation and font, migrates, writes PDF and xlsx."""
    result = subprocess.run(
        [str(SMOKE_EXE), "--workdir", str(tmp_path / "smoke")],
        env=isolated_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "frozen bundle" in result.stdout and "all checks passed" in result.stdout


@built
def test_frozen_bundle_keeps_migrations_as_files() -> None:
    """Alembic's scripts sit as plain files in _internal/incubator_desktop/core/migrations of the built folder."""
    migrations = BUNDLE / "_internal" / "incubator_desktop" / "core" / "migrations"
    assert (migrations / "env.py").is_file() and (migrations / "script.py.mako").is_file()
    assert list((migrations / "versions").glob("*.py"))


@built
@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("readelf") is None, reason="ELF only")
def test_frozen_bundle_has_every_qt_library_its_binaries_need() -> None:
    """Dropping QML/Quick and the virtual keyboard left no bundled library or plugin without a Qt library it needs."""
    qt_lib = BUNDLE / "_internal" / "PySide6" / "Qt" / "lib"
    missing = set()
    for path in (BUNDLE / "_internal").rglob("*.so*"):
        if path.is_file() and not path.is_symlink():
            dynamic = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True, check=False).stdout
            for needed in re.findall(r"\[(libQt6\w+\.so\.6)\]", dynamic):
                if not (qt_lib / needed).exists():
                    missing.add(f"{path.relative_to(BUNDLE)} needs {needed}")
    assert not missing
