"""The home workspace (工作台): this month at a glance."""
