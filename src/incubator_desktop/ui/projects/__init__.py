"""The projects workspace (项目与预算): funded projects, budget lines against caps, spending, staff, reports."""
