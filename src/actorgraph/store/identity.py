"""Notice when a store file is deleted or replaced under a reader that keeps it open.

An open SQLite connection keeps reading the file it opened, even after that
file is deleted or another is moved into its place; new connections open
the new one. A long-running reader (``actorgraph serve``) that pools
connections would then answer from the deleted store, or mix answers from
the old and the new. :class:`StoreIdentity` remembers which file (device
and inode) was opened and says when the name points elsewhere now.

>>> import tempfile, os
>>> with tempfile.TemporaryDirectory() as d:
...     path = os.path.join(d, "s.db")
...     _ = open(path, "w").close()
...     ident = StoreIdentity(path)
...     ident.problem() is None
...     os.remove(path)
...     "deleted" in ident.problem()
True
True
"""

from __future__ import annotations

import os

from ..errors import StoreError

__all__ = ["StoreGone", "StoreIdentity"]


class StoreGone(StoreError):
    """The store file being served was deleted or replaced."""


class StoreIdentity:
    """The identity (device, inode) of the store file at ``path`` when it was opened."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.key = self._key()

    def _key(self) -> tuple[int, int] | None:
        try:
            st = os.stat(self.path)
        except OSError:
            return None
        return (st.st_dev, st.st_ino)

    def problem(self) -> str | None:
        """Why the file at ``path`` is no longer the one opened, or None."""
        now = self._key()
        if now == self.key:
            return None
        what = "deleted" if now is None else "replaced by another file"
        return (f"{self.path}: the store was {what} while being served; these answers would "
                "come from the old one. Restart `actorgraph serve` to serve the store now there")

    def check(self) -> None:
        """Raise :class:`StoreGone` if the file was deleted or replaced."""
        problem = self.problem()
        if problem:
            raise StoreGone(problem)
