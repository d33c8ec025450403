"""The PySide6 user interface. The only package (with ``peercenter.app``) that imports Qt."""
