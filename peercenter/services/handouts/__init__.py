"""Handouts, sign-in sheets, the lobby poster and the day's packet: the content library, the
topics a center edits, and the plain data the printed documents are built from."""
