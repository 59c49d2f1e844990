"""Lexicons: the words extraction relies on, kept as data in one place."""
