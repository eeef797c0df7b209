"""The 指标 workspace: every indicator against its target, its trend, and the records behind each number."""
