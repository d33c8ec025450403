"""The front desk's schedule: rooms, groups and their sessions, edits, closures, conflicts,
rosters, check-in and attendance statistics. Each module is one use case family."""
