"""The PySide6 desktop client: main window, one package per workspace, shared widgets."""
