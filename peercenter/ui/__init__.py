"""PySide6 screens, dialogs and helpers. The only package (with app.py) that imports Qt."""
