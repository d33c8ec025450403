"""Dialogs that several screens or the menus open."""
