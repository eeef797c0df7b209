"""区县汇总: every township side by side, cross-township checks, month approvals and the reports upward."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from incubator_desktop.core.district.approvals import ReopenInfo, approve_month, grant_reopen, refuse_reopen
from incubator_desktop.core.district.checks import Finding
from incubator_desktop.core.district.overview import TownshipRow
from incubator_desktop.core.messages import describe
from incubator_desktop.ui.district.drilldown import TownshipDrilldown
from incubator_desktop.ui.district.evaluation_form import EvaluationForm
from incubator_desktop.ui.district.load import DistrictSnapshot, load_district
from incubator_desktop.ui.widgets.change_bus import concerns
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.failure_text import failure_text
from incubator_desktop.ui.widgets.pdf_preview import PdfPreview
from incubator_desktop.ui.widgets.tasks import TaskState
from incubator_desktop.ui.widgets.text_table import TextRow, TextTableModel, TextTableView, Tone

#: Scopes whose change means the overview must be read again.
_SCOPES = ("month_approvals", "reopen_requests", "reopen_grants", "sync", "organizations", "site", "sites")


def finding_text(finding: Finding) -> str:
    """The finding as one sentence in the UI's language (the core holds the sentences)."""
    language = QLocale().name()
    params = dict(finding.params)
    if "match" in params:
        params["match"] = describe(f"match_{params['match']}", lang=language)
    params.setdefault("sites", finding.sites)
    return describe(f"finding_{finding.code}", params, lang=language)


class DistrictPage(QWidget):
    """The district bureau's workspace; reads happen on the task runner, never on the GUI thread."""

    def __init__(self, context: AppContext, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._today = today
        self._busy = 0
        self._generation = 0
        self.snapshot: DistrictSnapshot | None = None
        self.preview_dialog: QDialog | None = None
        self.drilldown: TownshipDrilldown | None = None

        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue((today or date.today()).year)
        self.year_spin.setPrefix(self.tr("Year "))
        self.year_spin.valueChanged.connect(self._year_changed)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.reload)
        self.export_button = QPushButton(self.tr("Export city-bureau workbook…"))
        self.export_button.clicked.connect(self.choose_export_path)
        self.print_button = QPushButton(self.tr("Print summary report"))
        self.print_button.clicked.connect(self.print_summary)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        top = QHBoxLayout()
        for widget in (self.year_spin, self.refresh_button, self.export_button, self.print_button):
            top.addWidget(widget)
        top.addStretch(1)

        self.model = TextTableModel(
            [
                self.tr("Township"),
                self.tr("Division code"),
                self.tr("Met (green)"),
                self.tr("Close (amber)"),
                self.tr("Not met (red)"),
                self.tr("Community coverage"),
                self.tr("Last bundle received"),
                self.tr("Missing bundles"),
                self.tr("Approved months"),
            ],
            numeric=(2, 3, 4),
        )
        self.table = TextTableView(
            self.model, stretch=0, empty_text=self.tr("No township has sent a bundle to this district yet.")
        )
        self.table.key_activated.connect(self.open_township)

        self.month_combo = QComboBox()
        self.approver_edit = QLineEdit()
        self.approver_edit.setPlaceholderText(self.tr("Approver's name"))
        self.approve_button = QPushButton(self.tr("Approve this month"))
        self.approve_button.clicked.connect(self.approve_selected)
        approval = QGroupBox(self.tr("Month approval (select a township above)"))
        approval_row = QHBoxLayout(approval)
        approval_row.addWidget(QLabel(self.tr("Month")))
        approval_row.addWidget(self.month_combo)
        approval_row.addWidget(self.approver_edit, 1)
        approval_row.addWidget(self.approve_button)
        townships = QWidget()
        townships_layout = QVBoxLayout(townships)
        townships_layout.addWidget(self.table, 1)
        townships_layout.addWidget(approval)

        self.findings_model = TextTableModel([self.tr("Township"), self.tr("Problem found")])
        self.findings_table = TextTableView(
            self.findings_model, empty_text=self.tr("No cross-township problems found for this year.")
        )

        self.requests_model = TextTableModel(
            [self.tr("Township"), self.tr("Month"), self.tr("Requested on"), self.tr("Reason")]
        )
        self.requests_table = TextTableView(self.requests_model, empty_text=self.tr("No re-open request is waiting."))
        self.grant_button = QPushButton(self.tr("Agree"))
        self.grant_button.clicked.connect(lambda: self.decide_selected(grant=True))
        self.refuse_button = QPushButton(self.tr("Refuse"))
        self.refuse_button.clicked.connect(lambda: self.decide_selected(grant=False))
        requests = QWidget()
        requests_layout = QVBoxLayout(requests)
        requests_layout.addWidget(self.requests_table, 1)
        decide_row = QHBoxLayout()
        decide_row.addStretch(1)
        decide_row.addWidget(self.grant_button)
        decide_row.addWidget(self.refuse_button)
        requests_layout.addLayout(decide_row)

        self.evaluation = EvaluationForm(context, today=today)
        self.evaluation.set_year(self.year())
        self.evaluation.year_changed.connect(self.year_spin.setValue)
        self.evaluation.export_requested.connect(self.choose_export_path)
        self.evaluation.print_requested.connect(self.print_summary)
        self.evaluate_button = QPushButton(self.tr("Evaluate this township…"))
        self.evaluate_button.clicked.connect(self.evaluate_selected)
        self.indicators_button = QPushButton(self.tr("View its indicators…"))
        self.indicators_button.clicked.connect(self.open_selected)
        township_actions = QHBoxLayout()
        township_actions.addWidget(QLabel(self.tr("Selected township:")))
        township_actions.addWidget(self.indicators_button)
        township_actions.addWidget(self.evaluate_button)
        township_actions.addStretch(1)
        townships_layout.insertLayout(1, township_actions)

        self.tabs = QTabWidget()
        self.tabs.addTab(townships, self.tr("Townships"))
        self.tabs.addTab(self.findings_table, self.tr("Cross-checks"))
        self.tabs.addTab(requests, self.tr("Re-open requests"))
        self.tabs.addTab(self.evaluation, self.tr("Annual evaluation"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status_label)
        layout.addWidget(self.tabs, 1)
        self._fill_months()
        context.bus.data_changed.connect(self._on_data_changed)
        self.reload()

    # --- loading ------------------------------------------------------------------------------------

    def is_busy(self) -> bool:
        return self._busy > 0 or self.evaluation.is_busy()

    def year(self) -> int:
        return self.year_spin.value()

    def reload(self) -> None:
        """Read the overview, the findings and the waiting requests for the chosen year, off the GUI thread."""
        db, year, today = self._context.db, self.year(), self._today
        self._generation += 1
        generation = self._generation
        self._start(self.tr("Reading the townships' figures…"))
        self._context.tasks.run_cancellable(
            lambda state: load_district(db, year, state, today),
            on_result=lambda snapshot: self._loaded(snapshot, generation),
            on_error=self._failed,
            owner=self,
        )

    def _start(self, message: str) -> None:
        self._busy += 1
        self.status_label.setText(message)

    def _finish(self, message: str = "") -> None:
        self._busy = max(0, self._busy - 1)
        self.status_label.setText(message)

    def _failed(self, error: BaseException) -> None:
        self._finish(failure_text(error))

    def _loaded(self, snapshot: DistrictSnapshot, generation: int) -> None:
        if generation != self._generation:  # a newer read (another year) is on its way
            self._finish(self.status_label.text())
            return
        self.snapshot = snapshot
        self.model.set_rows([self._township_row(row) for row in snapshot.rows])
        names = {row.code: row.name for row in snapshot.rows}
        self.findings_model.set_rows(
            [
                TextRow(("、".join(names.get(code, code) for code in finding.sites), finding_text(finding)), finding)
                for finding in snapshot.findings
            ]
        )
        self.requests_model.set_rows(
            [
                TextRow(
                    (
                        names.get(item.site_code, item.site_code),
                        item.month,
                        str(item.requested_on or ""),
                        item.reason or "",
                    ),
                    item,
                )
                for item in snapshot.pending
            ]
        )
        self._finish()

    def _township_row(self, row: TownshipRow) -> TextRow:
        coverage = self.tr("{value}% of {total} communities (goal {goal}%: {verdict})").format(
            value=f"{row.coverage:.1f}",
            total=row.communities,
            goal=f"{row.coverage_goal:.0f}",
            verdict=self.tr("met") if row.coverage_goal_met else self.tr("not met"),
        )
        if row.last_bundle is None:
            last = self.tr("None received yet")
        else:
            last = self.tr("No. {number}, {when}").format(
                number=row.last_bundle.sequence, when=row.last_bundle.imported_at.strftime("%Y-%m-%d %H:%M")
            )
        missing = row.missing_sequences
        gaps = (
            self.tr("Missing No. {numbers}").format(numbers="、".join(map(str, missing)))
            if missing
            else self.tr("None")
        )
        locked = "、".join(row.locked_months) or self.tr("None")
        tone = Tone.BAD if row.red else Tone.WARNING if row.amber or missing else Tone.GOOD
        return TextRow(
            (
                row.name,
                row.code,
                self.tr("{count} met").format(count=row.green),
                self.tr("{count} close").format(count=row.amber),
                self.tr("{count} not met").format(count=row.red),
                coverage,
                last,
                gaps,
                locked,
            ),
            row.code,
            tone,
        )

    def _fill_months(self) -> None:
        self.month_combo.clear()
        year = self.year()
        self.month_combo.addItems([f"{year:04d}-{number:02d}" for number in range(1, 13)])

    def _year_changed(self) -> None:
        self._fill_months()
        self.evaluation.set_year(self.year())
        self.reload()

    def _on_data_changed(self, scope: str) -> None:
        if concerns(scope, *_SCOPES):
            self.reload()

    # --- selection, drill-down ----------------------------------------------------------------------

    def select_township(self, code: str) -> None:
        for number, row in enumerate(self.model.rows()):
            if row.key == code:
                self.table.selectRow(number)
                self.table.setCurrentIndex(self.model.index(number, 0))
                return

    def selected_township(self) -> TownshipRow | None:
        code = self.table.current_key()
        if self.snapshot is None or code is None:
            return None
        return next((row for row in self.snapshot.rows if row.code == code), None)

    def open_township(self, code: object) -> TownshipDrilldown | None:
        """Show a township's indicators against its targets, read-only."""
        if self.snapshot is None:
            return None
        row = next((item for item in self.snapshot.rows if item.code == code), None)
        if row is None:
            return None
        self.drilldown = TownshipDrilldown(row, self)
        self.drilldown.show()
        return self.drilldown

    def open_selected(self) -> None:
        """查看指标: the selected township's indicators, as a double-click shows them."""
        township = self.selected_township()
        if township is None:
            self.status_label.setText(self.tr("Select a township in the table first."))
            return
        self.open_township(township.code)

    def evaluate_selected(self) -> None:
        """评估该乡镇: open the annual evaluation of the selected township for the page's year."""
        township = self.selected_township()
        if township is None:
            self.status_label.setText(self.tr("Select a township in the table first."))
            return
        self.evaluation.choose_township(township.code)
        self.tabs.setCurrentWidget(self.evaluation)

    # --- approvals ----------------------------------------------------------------------------------

    def approve_selected(self) -> None:
        """批准本月: approve the chosen month of the selected township."""
        township = self.selected_township()
        if township is None:
            self.status_label.setText(self.tr("Select a township in the table first."))
            return
        db, code, month, approver = (
            self._context.db,
            township.code,
            self.month_combo.currentText(),
            self.approver_edit.text(),
        )
        today = self._today

        def work() -> None:
            with db.transaction() as session:
                approve_month(session, code, month, approver, today=today)

        done = self.tr("{month} of {name} is approved; it travels in the next bundle.").format(
            month=month, name=township.name
        )
        self._write(work, done, "month_approvals")

    def selected_request(self) -> ReopenInfo | None:
        key = self.requests_table.current_key()
        return key if isinstance(key, ReopenInfo) else None

    def decide_selected(self, *, grant: bool) -> None:
        """同意 / 拒绝 the selected re-open request."""
        request = self.selected_request()
        if request is None:
            self.status_label.setText(self.tr("Select a re-open request first."))
            return
        db, today = self._context.db, self._today
        decide = grant_reopen if grant else refuse_reopen

        def work() -> None:
            with db.transaction() as session:
                decide(session, request.site_code, request.month, today=today)

        done = self.tr("The request was answered.")
        self._write(work, done, "reopen_grants")

    def _write(self, work: object, done: str, scope: str) -> None:
        assert callable(work)
        self._start(self.tr("Saving…"))

        def finished(_result: object) -> None:
            self._finish(done)
            self._context.bus.notify(scope)

        self._context.tasks.run(work, on_result=finished, on_error=self._failed, owner=self)

    # --- reports ------------------------------------------------------------------------------------

    def choose_export_path(self) -> None:
        default = str(Path.home() / self.tr("city-bureau-summary-{year}.xlsx").format(year=self.year()))
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export city-bureau workbook"), default, self.tr("Excel workbook (*.xlsx)")
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """导出市局汇总表: write the year's workbook for the city bureau, off the GUI thread."""
        db, year, today = self._context.db, self.year(), self._today

        def work(state: TaskState) -> Path:
            # openpyxl loads with the first workbook, not with the district's first page at start-up.
            from incubator_desktop.core.district.workbook import export_city_workbook

            with db.transaction() as session:
                result = export_city_workbook(
                    session, path, year=year, today=today, progress=state.progress, cancelled=state.cancelled
                )
            return result.path

        self._start(self.tr("Writing the workbook…"))
        self._context.tasks.run_cancellable(
            work,
            on_result=lambda written: self._finish(self.tr("Saved to {path}").format(path=written)),
            on_error=self._failed,
            owner=self,
        )

    def print_summary(self) -> None:
        """打印汇总报告: build the year's PDF summary and show it in the preview."""
        folder = Path(tempfile.mkdtemp(prefix="district-summary-"))
        self.print_to(folder / f"district-summary-{self.year()}.pdf")

    def print_to(self, path: Path) -> None:
        db, year, today = self._context.db, self.year(), self._today

        def work(state: TaskState) -> Path:
            # ReportLab loads with the first summary printed, not with the district's first page at start-up.
            from incubator_desktop.core.district.summary_pdf import build_district_summary

            with db.transaction() as session:
                return build_district_summary(
                    session, path, year=year, today=today, progress=state.progress, cancelled=state.cancelled
                )

        self._start(self.tr("Preparing the summary report…"))
        self._context.tasks.run_cancellable(work, on_result=self._show_preview, on_error=self._failed, owner=self)

    def _show_preview(self, path: Path) -> None:
        self._finish(self.tr("Saved to {path}").format(path=path))
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Summary report preview"))
        dialog.resize(820, 900)
        preview = PdfPreview(dialog)
        layout = QVBoxLayout(dialog)
        layout.addWidget(preview)
        preview.load(path)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview_dialog = dialog
        dialog.show()
