"""Training, certification progress and supervision hours: programs, enrollments, training
records and their certificates, supervision, time entries, progress and the hours report."""
