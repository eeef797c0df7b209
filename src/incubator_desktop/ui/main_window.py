"""The main window: workspace navigation on the left, the current workspace, global search, status."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSizePolicy,
    QToolBar,
    QWidget,
)

from incubator_desktop.core.services.search import SearchHit
from incubator_desktop.core.services.sites import SiteInfo, current_site
from incubator_desktop.ui.first_run.practice import PracticeBanner
from incubator_desktop.ui.help.menu import add_help_menu
from incubator_desktop.ui.widgets.bundle_status import LastBundle, last_bundle_text, load_last_bundle
from incubator_desktop.ui.widgets.change_bus import concerns
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.output_menus import add_output_menus
from incubator_desktop.ui.widgets.search_box import GlobalSearchBox
from incubator_desktop.ui.widgets.style import APP_STYLE
from incubator_desktop.ui.widgets.vocab_labels import role_label
from incubator_desktop.ui.workspace_stack import WorkspaceStack
from incubator_desktop.ui.workspaces import (
    KIND_WORKSPACE,
    ShowsRecords,
    build_workspace_page,
    titles_for_role,
    workspace_keys,
)

_KEY_ROLE = Qt.ItemDataRole.UserRole


class MainWindow(QMainWindow):
    """Hosts one page per workspace; switching is by the navigation list or by a search hit."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.setWindowTitle(self.tr("Community Organization Incubator"))
        self.setMinimumSize(QSize(960, 600))
        self.setStyleSheet(APP_STYLE)

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(150)
        self.navigation.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # The role decides the navigation: a district gets its summary workspace first. Read once; a site's
        # role never changes after set-up.
        with context.db.reading() as session:
            site = current_site(session)
        self._role = site.role if site else None
        self._keys = workspace_keys(self._role)
        for key, title in titles_for_role(self._role).items():
            item = QListWidgetItem(title)
            item.setData(_KEY_ROLE, key)
            item.setSizeHint(QSize(0, 36))
            self.navigation.addItem(item)
        # Pages are built on their first visit (see WorkspaceStack); only the first one is built now.
        self.stack = WorkspaceStack(self._keys, self._build_page)
        self.navigation.currentRowChanged.connect(self._show_row)
        self.navigation.setCurrentRow(0)
        # Qt sends one LanguageChange per translator removed or installed: rebuild the pages once, after them.
        self._language_timer = QTimer(self)
        self._language_timer.setSingleShot(True)
        self._language_timer.setInterval(0)
        self._language_timer.timeout.connect(self.stack.language_changed)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.search_box = GlobalSearchBox(context.db, context.tasks)
        self.search_box.hit_chosen.connect(self.open_hit)
        self._build_toolbar()
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self.focus_search)

        self._site_label = QLabel()
        self._role_label = QLabel()
        self._bundle_label = QLabel(self.tr("Last bundle: none yet"))
        self.practice_banner = PracticeBanner()
        self.statusBar().addWidget(self.practice_banner)
        for label in (self._site_label, self._role_label, self._bundle_label):
            label.setContentsMargins(8, 0, 8, 0)
            self.statusBar().addPermanentWidget(label)
        context.bus.data_changed.connect(self._on_data_changed)
        self.refresh_site()
        self.refresh_bundle()

        geometry = context.settings.window_geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 760)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Search"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setFloatable(False)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.search_box)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.print_actions = add_output_menus(self, self._context, toolbar)
        self.help_menu = add_help_menu(self, self._context)

    # --- navigation ---------------------------------------------------------------------------------

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self._keys):
            self.stack.show_key(self._keys[row])

    def _build_page(self, key: str) -> QWidget:
        title = titles_for_role(self._role)[key]
        page = build_workspace_page(key, self._context, title)
        requests = getattr(page, "record_requested", None)  # pages that point at records elsewhere
        if requests is not None:
            requests.connect(self.open_record)
        return page

    def workspace_keys(self) -> tuple[str, ...]:
        return self._keys

    def page(self, key: str) -> QWidget:
        """Workspace `key`'s page, built now if it has not been shown yet."""
        return self.stack.page(key)

    def current_key(self) -> str:
        return self._keys[self.stack.currentIndex()]

    def navigate(self, key: str) -> QWidget:
        """Switch to workspace `key` and return its page."""
        self.navigation.setCurrentRow(self._keys.index(key))
        return self.stack.show_key(key)

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def open_hit(self, hit: SearchHit) -> None:
        """Go to the workspace that shows the hit's kind, and ask it to bring the record into view."""
        page = self.navigate(KIND_WORKSPACE.get(hit.kind, "home"))
        if isinstance(page, ShowsRecords):
            page.show_record(hit.kind, hit.id)

    def open_record(self, kind: str, record_id: str) -> None:
        """Show one record in its workspace (an indicator's drill-down); kinds no workspace shows stay put."""
        if kind in KIND_WORKSPACE:
            self.open_hit(SearchHit(kind, record_id, ""))

    # --- status -------------------------------------------------------------------------------------

    def refresh_site(self) -> None:
        # One tiny primary-key read; not worth a worker thread.
        with self._context.db.reading() as session:
            site = current_site(session)
        self._show_site(site)

    def _show_site(self, site: SiteInfo | None) -> None:
        self.practice_banner.setVisible(site is not None and site.is_demo)
        if site is None:
            self._site_label.setText(self.tr("Site not set up yet"))
            self._role_label.clear()
            self._role_label.hide()
            self.setWindowTitle(self.tr("Community Organization Incubator"))
            return
        self._site_label.setText(self.tr("{name} ({code})").format(name=site.name, code=site.code))
        self._role_label.setText(role_label(site.role))
        self._role_label.show()
        self.setWindowTitle(self.tr("{site} — Community Organization Incubator").format(site=site.name))

    def refresh_bundle(self) -> None:
        db = self._context.db
        self._context.tasks.run(lambda: load_last_bundle(db), on_result=self._show_bundle, owner=self)

    def _show_bundle(self, last: LastBundle | None) -> None:
        self._bundle_label.setText(last_bundle_text(last))

    def _on_data_changed(self, scope: str) -> None:
        if concerns(scope, "site", "sites"):
            self.refresh_site()
        if concerns(scope, "sync"):
            self.refresh_bundle()

    def changeEvent(self, event: QEvent) -> None:
        """A language switch: retranslate the window's own texts now, and rebuild the pages without work in
        progress in the new language once the switch is over (busy ones and open forms stay as they are)."""
        if event.type() == QEvent.Type.LanguageChange:
            for row, title in enumerate(titles_for_role(self._role).values()):
                self.navigation.item(row).setText(title)
            self.refresh_site()
            self.refresh_bundle()
            self._language_timer.start()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._context.settings.window_geometry = self.saveGeometry()
        self._context.settings.sync()
        self._context.tasks.cancel_all()
        super().closeEvent(event)
