"""Small widgets shared by the screens and dialogs."""
