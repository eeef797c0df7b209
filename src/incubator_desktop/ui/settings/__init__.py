"""The settings workspace (设置): data folder, language, site details and backups."""
