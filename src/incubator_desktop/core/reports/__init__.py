"""Printouts as PDF with ReportLab and the embedded CJK font; public ones never show personal data."""
