"""Previewing, printing and saving the printed documents from inside the app."""
