"""The PySide6 desktop client: main window, one package per workspace, shared widgets."""

from incubator_desktop.ui.widgets.none_refcount import protect_none

# Before any Qt call: see none_refcount for the PySide6 6.12 / CPython 3.11 bug this guards against.
protect_none()
