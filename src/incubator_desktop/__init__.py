"""Incubator Desktop: offline records for community-organization incubation bases."""

__version__ = "0.1.0"
