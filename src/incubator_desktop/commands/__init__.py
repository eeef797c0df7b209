"""The command line's commands, one module per capability; each module has `register(registry)`."""
