"""The About dialog: version, where the data is, and the licences of the bundled fonts and main libraries."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from incubator_desktop import __version__
from incubator_desktop.core.paths import data_dir, sqlite_path

#: (component, licence) — fonts first: their licence files ship in resources/fonts/.
BUNDLED_FONTS: tuple[tuple[str, str], ...] = (
    ("WenQuanYi Micro Hei", "Apache-2.0"),
    ("Noto Sans Arabic", "SIL OFL-1.1"),
)
LIBRARIES: tuple[tuple[str, str], ...] = (
    ("Qt / PySide6", "LGPL-3.0"),
    ("SQLAlchemy", "MIT"),
    ("Alembic", "MIT"),
    ("ReportLab", "BSD"),
    ("openpyxl", "MIT"),
    ("keyring", "MIT"),
    ("cryptography", "Apache-2.0 / BSD"),
    ("psycopg", "LGPL-3.0"),
    ("platformdirs", "MIT"),
)


def _table(rows: tuple[tuple[str, str], ...]) -> str:
    cells = "".join(f"<tr><td>{escape(name)}</td><td>{escape(licence)}</td></tr>" for name, licence in rows)
    return f"<table cellspacing='0' cellpadding='3'>{cells}</table>"


class AboutDialog(QDialog):
    """Read-only facts a technician asks for on the phone."""

    def __init__(self, db_url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("About", "About"))
        self.resize(520, 520)
        path = sqlite_path(db_url)
        folder = path.parent if path else data_dir()
        self.facts = QLabel(
            "<h3>{title}</h3><p>{version}</p><p>{folder}<br>{database}</p>".format(
                title=escape(QCoreApplication.translate("About", "Community Organization Incubator")),
                version=escape(QCoreApplication.translate("About", "Version {version}").format(version=__version__)),
                folder=escape(QCoreApplication.translate("About", "Data folder: {folder}").format(folder=folder)),
                database=escape(
                    QCoreApplication.translate("About", "Database: {database}").format(
                        database=path if path else db_url.rsplit("@", maxsplit=1)[-1]  # never show a password in a URL
                    )
                ),
            )
        )
        self.facts.setObjectName("aboutFacts")
        self.facts.setWordWrap(True)
        self.licences = QTextBrowser()
        self.licences.setObjectName("aboutLicences")
        self.licences.setHtml(
            "<h4>{fonts}</h4>{font_rows}<h4>{libraries}</h4>{library_rows}<p>{note}</p>".format(
                fonts=escape(QCoreApplication.translate("About", "Bundled fonts")),
                font_rows=_table(BUNDLED_FONTS),
                libraries=escape(QCoreApplication.translate("About", "Main libraries")),
                library_rows=_table(LIBRARIES),
                note=escape(
                    QCoreApplication.translate(
                        "About", "The full licence texts are in the fonts folder of the installation."
                    )
                ),
            )
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.facts)
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)


def open_about(db_url: str, parent: QWidget | None = None) -> AboutDialog:
    dialog = AboutDialog(db_url, parent)
    dialog.open()
    return dialog
