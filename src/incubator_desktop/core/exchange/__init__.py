"""Spreadsheets: roster import and export, templates and ledgers (openpyxl, never a live formula)."""
