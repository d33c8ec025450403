"""Importing records from CSV files: reading the file safely, then one module per kind of
record."""
