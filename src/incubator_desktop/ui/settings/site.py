"""The site's own details (name, address, contact): the Site record, edited in place."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from incubator_desktop.core import models as m
from incubator_desktop.core.errors import CoreError, ValidationFailed
from incubator_desktop.core.services.records import list_records, update_record
from incubator_desktop.core.services.sites import current_site
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.error_text import core_error_text, field_error_text

FIELDS = ("name", "address", "contact")


class SiteSection(QGroupBox):
    """The three editable details of this site; saving announces "sites" so the status bar follows."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("This site"), parent)
        self._context = context
        self.site_id: str | None = None
        self.code_label = QLabel()
        self.edits = {name: QLineEdit() for name in FIELDS}
        self.edits["address"].setPlaceholderText(self.tr("e.g. the base's street address"))
        self.edits["contact"].setPlaceholderText(self.tr("Office phone or contact person"))
        self.errors = {name: QLabel() for name in FIELDS}
        form = QFormLayout()
        form.addRow(self.tr("Division code:"), self.code_label)
        captions = {"name": self.tr("Name:"), "address": self.tr("Address:"), "contact": self.tr("Contact:")}
        for name in FIELDS:
            cell = QVBoxLayout()
            cell.setSpacing(2)
            cell.addWidget(self.edits[name])
            self.errors[name].setObjectName("fieldError")
            self.errors[name].setWordWrap(True)
            self.errors[name].hide()
            cell.addWidget(self.errors[name])
            form.addRow(captions[name], cell)
            self.edits[name].returnPressed.connect(self.save)
        self.save_button = QPushButton(self.tr("Save site details"))
        self.save_button.clicked.connect(self.save)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.message)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        with self._context.db.reading() as session:
            info = current_site(session)
            sites = list_records(session, m.Site, filters={"code": info.code}) if info else []
            values = {name: getattr(sites[0], name) for name in FIELDS} if sites else {}
            self.site_id = sites[0].id if sites else None
        self.code_label.setText(info.code if info else self.tr("This computer has not been set up as a site yet."))
        for name, edit in self.edits.items():
            edit.setText(str(values.get(name) or ""))
            edit.setEnabled(self.site_id is not None)
        self.save_button.setEnabled(self.site_id is not None)

    def save(self) -> bool:
        if self.site_id is None:
            return False
        for label in self.errors.values():
            label.hide()
        self.message.hide()
        values = {name: edit.text() for name, edit in self.edits.items()}
        try:
            with self._context.db.transaction() as session:
                update_record(session, m.Site, self.site_id, values)
        except ValidationFailed as failed:
            for error in failed.errors:
                shown = self.errors.get(error.field)
                if shown is not None:
                    shown.setText(field_error_text(error))
                    shown.show()
            return False
        except CoreError as error:
            self.message.setText(core_error_text(error))
            self.message.show()
            return False
        self.message.setText(self.tr("Site details saved."))
        self.message.show()
        self._context.bus.notify("sites")
        return True
