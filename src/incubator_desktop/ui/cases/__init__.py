"""The case-studies workspace (典型案例): written cases of organizations at work, with their photos."""
