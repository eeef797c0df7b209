"""The district workspace's core: townships side by side, cross-township checks, approvals, evaluations, reports."""
