"""talkswatch store: extraction, ingest, SQLite persistence and queries (never imports Textual)."""
