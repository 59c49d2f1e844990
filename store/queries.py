"""Read-side queries the command line and the dashboard call; no SQL lives outside store/."""

from __future__ import annotations

import sqlite_utils

_TABLES = ("articles", "actors", "delegations", "statements", "demands", "military")


def counts(db: sqlite_utils.Database) -> dict[str, int]:
    """Row counts of the tables a user cares about."""
    return {t: db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in _TABLES}
