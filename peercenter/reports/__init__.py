"""Printed documents built with reportlab from plain data: session handouts, sign-in sheets,
the lobby poster and the day's packet. No Qt and no database here."""
