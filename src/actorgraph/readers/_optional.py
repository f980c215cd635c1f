"""Optional libraries of some readers (feeds, PDF, WARC), imported only when used.

A missing one is a one-line error naming the file and the extra that installs it, so the
other inputs are still read and ``import actorgraph`` stays light.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType

from actorgraph.errors import ReaderError

__all__ = ["EXTRA", "require"]

#: The pip extra that installs every optional reader library.
EXTRA = "formats"


def require(path: Path, module: str, what: str) -> ModuleType:
    """``import module``, or a ReaderError on ``path`` saying how to install it.

    >>> try:
    ...     require(Path("f.rss"), "no_such_module_x", "RSS/Atom feeds")
    ... except ReaderError as e:
    ...     print(e.problem)
    reading RSS/Atom feeds needs no_such_module_x, which is not installed: pip install \
'actorgraph[formats]'
    """
    try:
        return importlib.import_module(module)
    except ImportError:
        raise ReaderError(
            str(path), f"reading {what} needs {module.split('.')[0]}, which is not installed: "
            f"pip install 'actorgraph[{EXTRA}]'",
        ) from None
