"""The embedded SQLite store: schema migrations, the sole writer, and read queries."""

from .db import Store

__all__ = ["Store"]
