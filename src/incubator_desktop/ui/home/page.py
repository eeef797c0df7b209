"""The home page (工作台): the site's name and this month's numbers, or how to set the site up."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from incubator_desktop.core.paths import sqlite_path
from incubator_desktop.ui.home.summary import HomeSummary, load_home_summary
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.style import command_font
from incubator_desktop.ui.widgets.vocab_labels import role_label


class StatCard(QFrame):
    """One number with its caption."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value_label = QLabel("—")
        self.value_label.setObjectName("statValue")
        self.value_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        caption_label = QLabel(caption)
        caption_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        caption_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value_label)
        layout.addWidget(caption_label)

    def set_value(self, value: int) -> None:
        self.value_label.setText(QLocale().toString(value))


class HomePage(QWidget):
    """Shows the summary once it has been loaded off the GUI thread; reloads when data changes."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.summary: HomeSummary | None = None
        self._states = QStackedWidget()
        self._states.addWidget(self._build_loading())
        self._states.addWidget(self._build_overview())
        self._states.addWidget(self._build_not_set_up())
        layout = QVBoxLayout(self)
        layout.addWidget(self._states)
        context.bus.data_changed.connect(self._on_data_changed)
        self.reload()

    # --- states -------------------------------------------------------------------------------------

    def _build_loading(self) -> QWidget:
        label = QLabel(self.tr("Loading…"))
        label.setObjectName("emptyState")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    def _build_overview(self) -> QWidget:
        page = QWidget()
        self._site_title = QLabel()
        self._site_title.setObjectName("pageTitle")
        self._site_subtitle = QLabel()
        self._month_title = QLabel()
        self._month_title.setObjectName("sectionTitle")
        self.organizations_card = StatCard(self.tr("Community organizations"))
        self.activities_card = StatCard(self.tr("Service activities this month"))
        self.trainings_card = StatCard(self.tr("Trainings held"))
        self.resources_card = StatCard(self.tr("Resources linked"))
        grid = QGridLayout()
        grid.setSpacing(16)
        cards = (self.organizations_card, self.activities_card, self.trainings_card, self.resources_card)
        for column, card in enumerate(cards):
            grid.addWidget(card, 0, column)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(8)
        layout.addWidget(self._site_title)
        layout.addWidget(self._site_subtitle)
        layout.addSpacing(16)
        layout.addWidget(self._month_title)
        layout.addLayout(grid)
        layout.addStretch(1)
        return page

    def _build_not_set_up(self) -> QWidget:
        page = QWidget()
        title = QLabel(self.tr("This computer has not been set up yet"))
        title.setObjectName("pageTitle")
        explanation = QLabel(
            self.tr(
                "Before records can be kept, this database must be made a township incubation base or a "
                "district civil-affairs bureau. For now this is done from the command line (a setup "
                "assistant will come in a later version). Open a command window and type, for a township:"
            )
        )
        explanation.setWordWrap(True)
        init_command = QLabel(
            'incubator init --role township --code 653121103 --name "' + self.tr("Example Town") + '"'
        )
        init_command.setObjectName("commandLine")
        init_command.setFont(command_font(self.font()))
        init_command.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        demo_hint = QLabel(self.tr("To try the program with sample data instead, type:"))
        demo_hint.setWordWrap(True)
        demo_command = QLabel("incubator demo")
        demo_command.setObjectName("commandLine")
        demo_command.setFont(command_font(self.font()))
        demo_command.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._database_hint = QLabel()
        self._database_hint.setWordWrap(True)
        self._database_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        restart = QLabel(self.tr("Then close this program and start it again."))
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(10)
        for widget in (
            title,
            explanation,
            init_command,
            demo_hint,
            demo_command,
            self._database_hint,
            restart,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        return page

    # --- loading ------------------------------------------------------------------------------------

    def _on_data_changed(self, _scope: str) -> None:
        # Every count here may move with any change, so any scope refreshes the page.
        self.reload()

    def reload(self) -> None:
        db = self._context.db
        self._context.tasks.run(lambda: load_home_summary(db), on_result=self._show, owner=self)

    def is_set_up(self) -> bool:
        return self.summary is not None and self.summary.site is not None

    def _show(self, summary: HomeSummary) -> None:
        self.summary = summary
        if summary.site is None:
            path = sqlite_path(self._context.db.url)
            where = str(path) if path else self._context.db.url
            self._database_hint.setText(
                self.tr(
                    "This program is using the database {path}. If it is not in the default place, add "
                    "--db followed by that path to both commands."
                ).format(path=where)
            )
            self._states.setCurrentIndex(2)
            return
        site = summary.site
        self._site_title.setText(site.name)
        self._site_subtitle.setText(
            self.tr("{role} · division code {code}").format(role=role_label(site.role), code=site.code)
        )
        month = QDate(summary.month.year, summary.month.month, 1)
        # The format string is translated so each language writes the month its own way.
        self._month_title.setText(
            self.tr("This month at a glance ({month})").format(month=QLocale().toString(month, self.tr("MMMM yyyy")))
        )
        self.organizations_card.set_value(summary.organizations)
        self.activities_card.set_value(summary.activities_this_month)
        self.trainings_card.set_value(summary.trainings)
        self.resources_card.set_value(summary.resources)
        self._states.setCurrentIndex(1)
