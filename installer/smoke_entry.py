"""Self-check of a frozen build (`incubator-smoke`): Qt offscreen, translation, font, database, PDF, xlsx.

It sets the application up with the same helpers `incubator_desktop.app` uses, then proves each thing a clerk's first
minute depends on, printing one line per check; exit 0 means every check passed, 1 that one failed.
It also runs from a checkout (`python installer/smoke_entry.py`), which keeps it honest against the source.

Usage: incubator-smoke [--workdir DIR] [--db PATH]
  --workdir  where the check writes its database, PDF, workbook and screenshot (default: a new temp folder)
  --db       open the main window on this database (e.g. one the frozen CLI filled with demo data) instead
             of the freshly migrated one
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
import tempfile
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

# Before Qt is imported: a CI machine has no display, and the check must never need one.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from alembic import command
from alembic.script import ScriptDirectory
from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication

from incubator_desktop.app import APPLICATION_NAME, ORGANIZATION_NAME, application
from incubator_desktop.core import migrate
from incubator_desktop.core.db import Database, open_database
from incubator_desktop.core.resources import cjk_font_path, resource_path
from incubator_desktop.ui.main_window import MainWindow
from incubator_desktop.ui.widgets.change_bus import ChangeBus
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.i18n import install_cjk_font, install_translators
from incubator_desktop.ui.widgets.settings import DEFAULT_LANGUAGE, AppSettings
from incubator_desktop.ui.widgets.tasks import TaskRunner

SAMPLE = "社区社会组织孵化培育工作台：冒烟测试，第一行，18 位身份证号 110101199003071234。"
#: A string the zh_CN catalogue translates; its source text on screen would mean the .qm did not load.
TRANSLATED_SOURCE = ("App", "Community Organization Incubator")


class CheckFailed(Exception):
    """One check did not hold; the message says what was expected."""


def expect(condition: object, message: str) -> None:
    if not condition:
        raise CheckFailed(message)


def bundle_root() -> Path | None:
    """The frozen bundle's data folder (`_internal/`), or None when running from a checkout."""
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen).resolve() if frozen else None


def expect_shipped(path: Path, what: str) -> str:
    """In a frozen build, resources must come from the bundle, never from a checkout or the system."""
    root = bundle_root()
    expect(path.exists(), f"{what} missing: {path}")
    if root is not None:
        expect(path.resolve().is_relative_to(root), f"{what} is not inside the bundle {root}: {path}")
    return str(path)


def check_qt_modules(app: QApplication) -> str:
    """The Qt modules kept for charts, printing and SVG load; QtPdf where its wheel was installed."""
    loaded = []
    for name in ("QtCharts", "QtPrintSupport", "QtSvg", "QtPdf"):
        try:
            importlib.import_module(f"PySide6.{name}")
        except ImportError:
            expect(name == "QtPdf", f"PySide6.{name} is missing")
        else:
            loaded.append(name)
    return f"platform {app.platformName()}; {', '.join(loaded)}"


def check_licences() -> str:
    """A frozen build carries the licence of every bundled library (the About dialog lists them)."""
    root = bundle_root()
    if root is None:
        return "source checkout: licences stay with the installed distributions"
    index = json.loads((root / "licenses" / "index.json").read_text(encoding="utf-8"))
    names = {entry["name"] for entry in index}
    for required in ("PySide6_Essentials", "reportlab", "Python"):
        expect(required in names, f"licenses/index.json does not list {required}")
    missing = [f for entry in index for f in entry["files"] if not (root / "licenses" / f).is_file()]
    expect(not missing, f"licence files named in index.json are missing: {missing[:3]}")
    return f"{len(index)} distributions in licenses/index.json"


def check_font(app: QApplication) -> str:
    family = install_cjk_font(app)
    expect(family, "the CJK font did not register with Qt")
    assert family is not None
    expect(QFontMetrics(QFont(family)).inFontUcs4(ord("孵")), f"font {family} has no glyph for 孵")
    expect(family in app.font().families(), f"{family} is not among the application font's families")
    return f"{family} from {expect_shipped(cjk_font_path(), 'CJK font')}"


def check_translation(app: QApplication) -> str:
    translators = install_translators(app, DEFAULT_LANGUAGE)
    expect_shipped(resource_path("translations", f"incubator_{DEFAULT_LANGUAGE}.qm"), "zh_CN catalogue")
    context, source = TRANSLATED_SOURCE
    text = QCoreApplication.translate(context, source)
    expect(text != source, f"'{source}' is not translated: incubator_{DEFAULT_LANGUAGE}.qm did not load")
    # Qt's own catalogue makes the standard buttons (OK, Cancel) Chinese in every message box.
    expect(len(translators) >= 2, f"Qt's qtbase_{DEFAULT_LANGUAGE}.qm did not load ({len(translators)} translator)")
    return f"{len(translators)} translators; '{source}' -> '{text}'"


def _upgrade_to(db: Database, revision: str) -> None:
    config = migrate.alembic_config()
    with db.engine.connect() as connection:
        config.attributes["connection"] = connection  # env.py migrates only a connection it is handed
        command.upgrade(config, revision)
        connection.commit()


def check_database(workdir: Path) -> tuple[str, Path]:
    """Make a database at the oldest schema, then open it as the app does: backup, migrate to head."""
    expect_shipped(migrate.MIGRATIONS_DIR / "env.py", "Alembic env.py")
    expect_shipped(migrate.MIGRATIONS_DIR / "versions", "Alembic versions folder")
    path = workdir / "migrated.db"
    path.unlink(missing_ok=True)
    revisions = list(ScriptDirectory.from_config(migrate.alembic_config()).walk_revisions())
    oldest = revisions[-1].revision
    old = open_database(str(path), upgrade=False)
    try:
        _upgrade_to(old, oldest)
    finally:
        old.close()
    db = open_database(str(path))
    try:
        revision = migrate.current_revision(db.engine)
    finally:
        db.close()
    expect(revision == migrate.head_revision(), f"database at {revision}, expected {migrate.head_revision()}")
    backups = sorted((workdir / "backups").glob("migrated-*.db")) if len(revisions) > 1 else []
    expect(len(revisions) == 1 or backups, "no backup was made before migrating")
    return f"{len(revisions)} revisions, {oldest} -> {revision}, backup {backups[-1].name if backups else '-'}", path


def check_window(app: QApplication, db_path: Path, workdir: Path) -> str:
    """Build the real main window on the database, run the event loop briefly, and keep a screenshot."""
    settings = AppSettings(QSettings(str(workdir / "settings.ini"), QSettings.Format.IniFormat))
    db = open_database(str(db_path))
    try:
        context = AppContext(db=db, bus=ChangeBus(), tasks=TaskRunner(), settings=settings)
        window = MainWindow(context)
        window.resize(1280, 800)
        window.show()
        QTimer.singleShot(1500, app.quit)  # long enough for the first pages to load their rows
        code = app.exec()
        context.tasks.cancel_all()
        context.tasks.wait(3000)
        shot = workdir / "window.png"
        expect(window.grab().save(str(shot)), "could not save a screenshot of the window")
        title = window.windowTitle()
        window.close()
    finally:
        db.close()
    expect(code == 0, f"event loop exited with {code}")
    return f"'{title}', screenshot {shot}"


def check_pdf(workdir: Path) -> str:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from incubator_desktop.core.reports.fonts import cjk_style

    path = workdir / "smoke.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([Paragraph(SAMPLE, cjk_style("smoke", size=14))])
    data = path.read_bytes()
    expect(data.startswith(b"%PDF-"), "the PDF has no PDF header")
    expect(b"/FontFile2" in data, "the CJK TrueType font is not embedded in the PDF")
    return f"{path} ({len(data)} bytes, TrueType embedded)"


def check_xlsx(workdir: Path) -> str:
    import openpyxl
    from openpyxl.xml import DEFUSEDXML

    path = workdir / "smoke.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "孵化名册"
    sheet.append(["组织名称", "身份证号"])
    sheet.append(["托克扎克镇夕阳红志愿服务队", "110101199003071234"])
    book.save(path)
    back = openpyxl.load_workbook(path, read_only=True)
    rows = list(back["孵化名册"].iter_rows(values_only=True))
    back.close()
    expect(rows[1] == ("托克扎克镇夕阳红志愿服务队", "110101199003071234"), f"workbook read back as {rows}")
    # Without defusedxml openpyxl would parse DTDs in workbooks clerks receive by USB stick.
    expect(DEFUSEDXML, "defusedxml is not bundled: openpyxl would accept DTDs")
    return f"{path} round-trips; defusedxml active"


def check_drivers() -> str:
    import psycopg

    impl = psycopg.pq.__impl__
    expect(impl in ("binary", "c"), f"psycopg uses the {impl} libpq wrapper; the binary one was not bundled")
    backends = metadata.entry_points(group="keyring.backends")
    expect(backends, "keyring's entry points are missing: it would find no credential store")
    return f"psycopg {psycopg.__version__} ({impl}, libpq {psycopg.pq.version()}); keyring backends {len(backends)}"


def run(args: argparse.Namespace) -> int:
    workdir = Path(args.workdir or tempfile.mkdtemp(prefix="incubator-smoke-")).resolve()
    workdir.mkdir(parents=True, exist_ok=True)
    root = bundle_root()
    print(f"incubator-smoke: {'frozen bundle ' + str(root) if root else 'source checkout'}; output in {workdir}")
    app = application([])
    app.setOrganizationName(ORGANIZATION_NAME)
    app.setApplicationName(APPLICATION_NAME)
    migrated: list[Path] = []

    def database() -> str:
        detail, path = check_database(workdir)
        migrated.append(path)
        return detail

    checks: list[tuple[str, Callable[[], str]]] = [
        ("qt", lambda: check_qt_modules(app)),
        ("font", lambda: check_font(app)),
        ("translation", lambda: check_translation(app)),
        ("database", database),
        ("window", lambda: check_window(app, Path(args.db) if args.db else migrated[0], workdir)),
        ("pdf", lambda: check_pdf(workdir)),
        ("xlsx", lambda: check_xlsx(workdir)),
        ("drivers", check_drivers),
        ("licences", check_licences),
    ]
    for name, check in checks:
        try:
            detail = check()
        except Exception as error:  # report which check broke and how, then stop: later ones depend on it
            print(f"FAIL {name}: {type(error).__name__}: {error}", flush=True)
            return 1
        print(f"ok   {name}: {detail}", flush=True)
    print("incubator-smoke: all checks passed")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="incubator-smoke", description="Self-check of a frozen build")
    parser.add_argument("--workdir", help="where to write the check's files (default: a new temp folder)")
    parser.add_argument("--db", help="show the main window on this database instead of the freshly migrated one")
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
