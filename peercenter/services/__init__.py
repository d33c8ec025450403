"""Use cases. Each takes a Session and the acting user, checks permission, validates input,
writes the audit trail and returns plain dataclasses. No Qt."""
