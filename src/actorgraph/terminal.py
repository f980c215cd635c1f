"""Text on its way to a terminal: control characters made visible, never obeyed.

Stored text comes from the open internet. An ESC, CSI or OSC sequence in a
post (``\\x1b]8;;http://evil\\x07``, ``\\x1b[2J``, a bare ``\\x9b``) would be
*executed* by the terminal that prints it: it can clear the screen, forge
lines, set the window title or plant a hyperlink. Rich's markup escaping
does not touch such bytes, so everything the CLI prints that it did not
write itself goes through :func:`clean` (plain text), :func:`json_text`
(JSON lines, still valid JSON for the same values) or :func:`safe_table`
(tables: cells as plain text, markup never interpreted).

Each control character becomes its Python escape (``\\x1b``), so the reader
sees that it was there. Tabs and newlines are kept, carriage returns are
not (a bare CR lets a line overwrite what came before it). A file name that
is not valid UTF-8 arrives as lone surrogates (``os.fsdecode``); they are
shown as the bytes they stand for (``\\xff``).

>>> clean("Iran\\x1b]0;pwned\\x07 attacked")
'Iran\\\\x1b]0;pwned\\\\x07 attacked'
>>> json_text({"text": "a\\x9bb"})
'{"text": "a\\\\u009bb"}'
"""

from __future__ import annotations

import json
import re
from typing import Any

__all__ = ["SafeWriter", "clean", "escape_json", "json_text", "safe_table"]

# C0 controls but tab and newline, DEL, C1 controls; lone surrogates (undecodable file names).
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
# What json.dumps(ensure_ascii=False) leaves raw: DEL, C1 and lone surrogates (C0 it escapes).
_UNSAFE_JSON = re.compile("[\x7f-\x9f\ud800-\udfff]")


def _escape(m: re.Match[str]) -> str:
    code = ord(m.group(0))
    if 0xDC80 <= code <= 0xDCFF:  # os.fsdecode's stand-in for an undecodable byte
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def clean(text: str) -> str:
    """``text`` with every control character but tab and newline shown as an escape."""
    return _UNSAFE.sub(_escape, text)


def json_text(value: Any) -> str:
    """``json.dumps(value, ensure_ascii=False)`` with nothing a terminal would obey in it.

    The output parses back to the same value: the characters are JSON ``\\uXXXX`` escapes.
    """
    return escape_json(json.dumps(value, ensure_ascii=False))


def escape_json(text: str) -> str:
    """JSON ``text`` (as ``json.dumps(..., ensure_ascii=False)`` writes it) made safe to print.

    Outside strings JSON has no control characters, so each one found is inside a string,
    where its ``\\uXXXX`` escape stands for the same character.
    """
    return _UNSAFE_JSON.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)


def safe_table(*args: Any, **kwargs: Any) -> Any:
    """A ``rich.table.Table`` whose string cells are cleaned plain text, not markup."""
    from rich.table import Table
    from rich.text import Text

    class SafeTable(Table):
        def add_row(self, *cells: Any, **kw: Any) -> None:
            safe = []
            for cell in cells:
                if isinstance(cell, str):
                    cell = Text(clean(cell))
                elif isinstance(cell, Text):
                    copy = cell.copy()
                    copy.plain = clean(cell.plain) if _UNSAFE.search(cell.plain) else cell.plain
                    cell = copy
                safe.append(cell)
            super().add_row(*safe, **kw)

    return SafeTable(*args, **kwargs)


class SafeWriter:
    """A text stream whose writes are cleaned on the way: ``escape_json`` for JSON lines,
    :func:`clean` for anything else (CSV). For library writers that take a stream."""

    def __init__(self, stream: Any, is_json: bool) -> None:
        self.stream = stream
        self.fix = escape_json if is_json else clean

    def write(self, text: str) -> int:
        self.stream.write(self.fix(text))
        return len(text)

    def flush(self) -> None:
        self.stream.flush()

    def isatty(self) -> bool:
        return bool(self.stream.isatty())
