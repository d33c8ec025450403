"""Backups, restore and the start-up health check."""
