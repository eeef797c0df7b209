"""The district workspace (区县汇总): townships side by side, cross-township checks, approvals, reports."""
