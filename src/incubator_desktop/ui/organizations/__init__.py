"""The organizations workspace (社会组织): the list of community organizations."""
