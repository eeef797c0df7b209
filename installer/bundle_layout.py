"""What goes where in the frozen folder: data files, hidden imports and what to leave out, for the PyInstaller spec.

Plain Python without PyInstaller, so tests/installer can check the layout without building anything.
The bundle's data root is `_internal/` (sys._MEIPASS), and every destination below is relative to it:
  resources/                          fonts and icons: the first root core.resources.resource_path() searches
  translations/                       incubator_*.qm
  incubator_desktop/core/migrations/  env.py, script.py.mako, versions/*.py as real files beside migrate.py's
                                      __file__, because Alembic loads them from disk, never from the archive
  licenses/                           each bundled distribution's licence files, and index.json naming them
"""

from __future__ import annotations

import ast
import importlib.util
import json
import re
import shutil
import sys
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
PACKAGE = SRC / "incubator_desktop"
MIGRATIONS = PACKAGE / "core" / "migrations"
INSTALLER = ROOT / "installer"
GUI_ENTRY = INSTALLER / "gui_entry.py"
CLI_ENTRY = INSTALLER / "cli_entry.py"
SMOKE_ENTRY = INSTALLER / "smoke_entry.py"
ICON = INSTALLER / "icon.ico"
ICON_PNG = INSTALLER / "icon.png"

PRODUCT_NAME = "社区社会组织孵化培育工作台"
GUI_NAME, CLI_NAME, SMOKE_NAME = "incubator-desktop", "incubator", "incubator-smoke"
BUNDLE_NAME = "incubator-desktop"  # dist/<this>/

#: Qt's own catalogues (qt_*.qm, qtbase_*.qm: standard buttons, file dialogs) for these languages only.
QT_TRANSLATION_LANGUAGES = ("zh_CN", "en")

#: Qt modules the app may use (charts, printing, PDF viewing, SVG) although nothing imports them yet.
OPTIONAL_QT_MODULES = ("PySide6.QtCharts", "PySide6.QtPrintSupport", "PySide6.QtPdf", "PySide6.QtSvg")

#: Large Qt modules the app never uses; excluded so that no optional import can drag them in.
UNUSED_QT_MODULES = [
    "PySide6.Qt3DAnimation",
    "PySide6.Qt3DCore",
    "PySide6.Qt3DExtras",
    "PySide6.Qt3DInput",
    "PySide6.Qt3DLogic",
    "PySide6.Qt3DRender",
    "PySide6.QtAxContainer",
    "PySide6.QtBluetooth",
    "PySide6.QtDataVisualization",
    "PySide6.QtDesigner",
    "PySide6.QtGraphs",
    "PySide6.QtGraphsWidgets",
    "PySide6.QtHelp",
    "PySide6.QtHttpServer",
    "PySide6.QtLocation",
    "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtNetworkAuth",
    "PySide6.QtNfc",
    "PySide6.QtPositioning",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuick3D",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickTest",
    "PySide6.QtQuickWidgets",
    "PySide6.QtRemoteObjects",
    "PySide6.QtScxml",
    "PySide6.QtSensors",
    "PySide6.QtSerialBus",
    "PySide6.QtSerialPort",
    "PySide6.QtSpatialAudio",
    "PySide6.QtSql",
    "PySide6.QtStateMachine",
    "PySide6.QtTest",
    "PySide6.QtTextToSpeech",
    "PySide6.QtUiTools",
    "PySide6.QtWebChannel",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineQuick",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebSockets",
    "PySide6.QtWebView",
]

#: Qt libraries and plugins the hooks collect that the app never loads. The virtual-keyboard input plugin alone
#: drags in QtQml and QtQuick (17 MB); Chinese is typed through the system's input method, not Qt's keyboard.
UNUSED_QT_BINARIES = re.compile(r"qtvirtualkeyboardplugin|Qt6VirtualKeyboard|Qt6Quick|Qt6Qml", re.IGNORECASE)

#: Development tools that must never end up in the bundle, whatever imports them optionally.
DEV_ONLY = ["tkinter", "_tkinter", "pytest", "_pytest", "pytestqt", "hypothesis", "mypy", "pypdf", "IPython", "grimp"]
#: Optional imports of bundled libraries that the app never reaches (Mako's error pages highlight with Pygments).
OPTIONAL_EXTRAS = ["pygments", "mako.ext.pygmentplugin"]
#: Database drivers SQLAlchemy loads by URL, which no import statement names.
DRIVERS = ["sqlalchemy.dialects.sqlite.pysqlite", "sqlalchemy.dialects.postgresql.psycopg", "psycopg_binary"]

Data = tuple[str, str]  # (source path, destination folder inside the bundle)


def version() -> str:
    text = (PACKAGE / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if found is None:
        raise ValueError("no __version__ in incubator_desktop/__init__.py")
    return found.group(1)


def version_numbers() -> tuple[int, ...]:
    """The four numbers Windows' version resource wants: 0.1.0 -> (0, 1, 0, 0)."""
    numbers = [int(n) for n in re.findall(r"\d+", version())[:4]]
    return tuple([*numbers, 0, 0, 0, 0][:4])


def importable(name: str) -> bool:
    parent = name.rpartition(".")[0]
    try:
        if parent:
            # Looking inside a plain module would import it (e.g. the GUI); only packages have submodules.
            spec = importlib.util.find_spec(parent)
            if spec is None or spec.submodule_search_locations is None:
                return False
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def imported_modules(path: Path) -> list[str]:
    """The absolute modules a script imports, as far as they are installed here."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    # "from x import name" may name a function, not a module: keep only what can be imported.
    return sorted(name for name in found if name != "__future__" and importable(name))


def migration_files() -> list[Path]:
    return sorted(
        path
        for path in MIGRATIONS.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    )


def migration_datas() -> list[Data]:
    """Every migration file, at the same place relative to the package as in the source tree."""
    return [
        (str(path), (Path("incubator_desktop") / path.parent.relative_to(PACKAGE)).as_posix())
        for path in migration_files()
    ]


def migration_imports() -> list[str]:
    """Alembic loads migrations from files, so PyInstaller never sees what they import: name it."""
    return sorted({name for path in migration_files() if path.suffix == ".py" for name in imported_modules(path)})


def reportlab_datas() -> list[Data]:
    """Bitstream Vera, the TrueType Latin font core.sync.pdf_text finds beside reportlab/__init__."""
    spec = importlib.util.find_spec("reportlab")
    assert spec is not None and spec.origin is not None
    fonts = Path(spec.origin).parent / "fonts"
    return [(str(path), "reportlab/fonts") for path in sorted(fonts.glob("Vera*.ttf"))] + [
        (str(fonts / "bitstream-vera-license.txt"), "reportlab/fonts")
    ]


def icon_datas(generated: Path) -> list[Data]:
    """The window icon as resources/icons/incubator-desktop.png, unless resources/ already ships one."""
    if (ROOT / "resources" / "icons" / "incubator-desktop.png").exists():
        return []
    icons = generated / "icons"
    icons.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ICON_PNG, icons / "incubator-desktop.png")
    return [(str(icons / "incubator-desktop.png"), "resources/icons")]


def app_datas(generated: Path) -> list[Data]:
    """All data files of the app; `generated` is a scratch folder inside PyInstaller's work path."""
    datas = [(str(ROOT / "resources"), "resources")]
    datas += [(str(path), "translations") for path in sorted((ROOT / "translations").glob("*.qm"))]
    datas += icon_datas(generated)
    datas += migration_datas()
    datas += reportlab_datas()
    datas += licence_datas(generated / "licenses")
    return datas


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_distributions(root: str = "incubator-desktop") -> list[metadata.Distribution]:
    """The installed distributions the app needs at run time, following requirements, extras and markers."""
    found: dict[str, metadata.Distribution] = {}
    visited: set[tuple[str, frozenset[str]]] = set()
    queue: list[tuple[str, frozenset[str]]] = [(root, frozenset())]
    while queue:
        name, extras = queue.pop()
        if (_key(name), extras) in visited:
            continue
        visited.add((_key(name), extras))
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        found[_key(name)] = dist
        for text in dist.requires or []:
            requirement = Requirement(text)
            marker = requirement.marker
            if marker is None or any(marker.evaluate({"extra": extra}) for extra in ("", *extras)):
                queue.append((requirement.name, frozenset(requirement.extras)))
    found.pop(_key(root), None)
    return sorted(found.values(), key=lambda dist: dist.metadata["Name"].lower())


#: Installed as a dependency of PySide6 but excluded from the bundle (UNUSED_QT_MODULES), so no licence to ship.
NOT_BUNDLED = {"pyside6-webengine"}

LICENSE_NAME = re.compile(r"^(licen[cs]e|copying|notice|authors)", re.IGNORECASE)


def licence_datas(target: Path) -> list[Data]:
    """Copies each bundled distribution's licence files (its METADATA when it ships none) and writes index.json."""
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    index = []
    # PyInstaller's bootloader ships in every executable, so its licence ships too.
    for dist in [*runtime_distributions(), metadata.distribution("pyinstaller")]:
        name = dist.metadata["Name"]
        if _key(name) in NOT_BUNDLED:
            continue
        folder = target / re.sub(r"[^A-Za-z0-9_.-]", "_", name)
        files = []
        for item in dist.files or []:
            parts = Path(str(item)).parts
            if parts[0].endswith(".dist-info") and ("licenses" in parts or LICENSE_NAME.match(parts[-1])):
                source = Path(str(dist.locate_file(item)))
                if source.is_file():
                    destination = folder.joinpath(*parts[1:])
                    destination.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copyfile(source, destination)
                    files.append(destination.relative_to(target).as_posix())
        if not files:  # e.g. the PySide6 wheels: their METADATA carries the licence statement
            folder.mkdir(parents=True, exist_ok=True)
            (folder / "METADATA").write_text(dist.read_text("METADATA") or "", encoding="utf-8")
            files.append(f"{folder.name}/METADATA")
        first_line = _licence_name(dist)
        index.append({"name": name, "version": dist.version, "license": first_line, "files": files})
    python_licence = _python_licence()
    if python_licence is not None:
        (target / "Python").mkdir()
        shutil.copyfile(python_licence, target / "Python" / "LICENSE.txt")
        version_text = sys.version.split()[0]
        index.append({"name": "Python", "version": version_text, "license": "PSF-2.0", "files": ["Python/LICENSE.txt"]})
    (target / "index.json").write_text(json.dumps(index, ensure_ascii=False, indent=1), encoding="utf-8")
    return [(str(target), "licenses")]


def _licence_name(dist: metadata.Distribution) -> str:
    """The SPDX expression, else the licence field's first line, else the classifier's name."""
    # get_all() answers None for a missing field under every importlib.metadata variant; [] may raise KeyError.
    fields = (dist.metadata.get_all("License-Expression") or []) + (dist.metadata.get_all("License") or [])
    text = next((field for field in fields if field and field.strip()), "")
    if text:
        return text.strip().splitlines()[0]
    classifiers = [c for c in dist.metadata.get_all("Classifier") or [] if c.startswith("License ::")]
    return classifiers[0].rsplit("::", 1)[-1].strip() if classifiers else ""


def _python_licence() -> Path | None:
    base = Path(sys.base_prefix)
    for candidate in (
        base / "LICENSE.txt",
        base / "lib" / f"python{sys.version_info[0]}.{sys.version_info[1]}" / "LICENSE.txt",
    ):
        if candidate.exists():
            return candidate
    return None


def keep_qt_translation(destination: str) -> bool:
    """Qt's catalogues for the interface languages only, and only the general ones (qt_, qtbase_)."""
    path = Path(destination)
    if "PySide6" not in path.parts or "translations" not in path.parts or path.suffix != ".qm":
        return True
    return path.stem in {f"{prefix}_{language}" for prefix in ("qt", "qtbase") for language in QT_TRANSLATION_LANGUAGES}


def keep_binary(destination: str) -> bool:
    return not UNUSED_QT_BINARIES.search(Path(destination).name)


def wanted_module(name: str, *, with_ui: bool) -> bool:
    """Filter for collect_submodules("incubator_desktop"): reports and indicators import their builders by name."""
    if ".migrations" in name or name.endswith(".__main__"):
        return False  # migrations are data files (above); __main__ would start the GUI when collected
    return with_ui or not name.startswith(("incubator_desktop.ui", "incubator_desktop.app"))


def optional_qt_modules() -> list[str]:
    return [name for name in OPTIONAL_QT_MODULES if importable(name)]
