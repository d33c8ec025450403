"""A center's PostgreSQL server enforcing the rules itself: a role per person, grants and
row-level security mirroring the permission matrix, and an audit trail the server seals."""
