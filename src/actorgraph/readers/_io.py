"""Shared plumbing for readers: bytes to text, text to JSON, with one-line errors.

Every problem with the input becomes a :class:`~actorgraph.errors.ReaderError`
naming the file, so the CLI can report it in one line and move on.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import stat
import sys
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from actorgraph.errors import ReaderError
from actorgraph.models import Document

__all__ = [
    "HEAD_SIZE", "MAX_FILE_BYTES", "MAX_POST_CHARS", "check_posts", "decode", "head_text",
    "STDIN", "too_long", "iso_time", "load_json", "parse_json", "read_bytes", "shown", "shown_path",
]

#: How much of a file format sniffing and binary detection look at.
HEAD_SIZE = 64 * 1024
#: A file is read whole into memory (so it stores whole or not at all); past this size it is
#: refused with advice rather than exhausting a laptop's memory.
MAX_FILE_BYTES = 1 << 30
#: No post of a thread, paragraph of a page or line of a corpus is this long; such a "post" is
#: a dump or an attack, and the model's tokenizer refuses texts longer than this anyway.
MAX_POST_CHARS = 1_000_000

# UTF-32 first: its little-endian BOM starts with the UTF-16 one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Bytes that never occur in text files; tab, newlines, form feed and escape do.
_CONTROL = frozenset(range(32)) - frozenset(b"\t\n\r\f\b\x1b") | {0x7F}
_SURROGATE = re.compile("[\ud800-\udfff]")


#: How much is read at a time from a stream whose size is not known in advance.
_CHUNK = 1 << 20
#: The name that stands for standard input.
STDIN = "-"
_KINDS = ((stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
          (stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"))


def _too_big(path: Path, size: int) -> ReaderError:
    return ReaderError(
        shown_path(path),
        f"is {size / (1 << 30):.1f} GiB, over the {MAX_FILE_BYTES >> 30} GiB limit per "
        "file; split it (a JSONL corpus: `split -l`) or code it with `actorgraph batch`",
    )


def _read_limited(f: BinaryIO, path: Path, already: int = 0) -> bytes:
    """The rest of ``f``, refused as soon as ``already`` plus what it read passes
    :data:`MAX_FILE_BYTES`."""
    buf = bytearray()
    while chunk := f.read(_CHUNK):
        buf += chunk
        if already + len(buf) > MAX_FILE_BYTES:
            raise ReaderError(
                shown_path(path),
                f"is over the {MAX_FILE_BYTES >> 30} GiB limit per file (stopped reading "
                f"after {len(buf):,} bytes); split it or code it with `actorgraph batch`",
            )
    return bytes(buf)


def read_bytes(path: Path) -> bytes:
    """The whole content of ``path``; missing, directory, unreadable, empty or huge files raise.

    The size limit holds while reading, not only by ``stat``: standard input (``-``) is read
    at most :data:`MAX_FILE_BYTES` and one byte. Character and block devices, FIFOs and
    sockets are refused by name (``/dev/zero`` never ends, a FIFO without a writer never
    answers); pipe such a stream to standard input to read it.
    """
    if str(path) == STDIN:
        data = _read_limited(sys.stdin.buffer, path)
        if not data:
            raise ReaderError(shown_path(path), "file is empty")
        return data
    try:
        # O_NONBLOCK: opening a FIFO without a writer would wait forever; fstat on the open
        # file then tells what it really is (a name swapped after a stat cannot fool it).
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise ReaderError(shown_path(path), "no such file") from None
    except IsADirectoryError:
        raise ReaderError(shown_path(path), "is a directory, not a file") from None
    except PermissionError:
        raise ReaderError(shown_path(path), "permission denied") from None
    except OSError as e:
        if path.is_dir():  # Windows reports directories as PermissionError/OSError
            raise ReaderError(shown_path(path), "is a directory, not a file") from None
        raise ReaderError(shown_path(path), f"cannot be read: {e.strerror or e}") from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise ReaderError(shown_path(path), "is a directory, not a file")
        for test, kind in _KINDS:
            if test(st.st_mode):
                raise ReaderError(
                    shown_path(path),
                    f"is {kind}, not a file; to read a stream, pipe it to standard input "
                    "and name `-` as the input",
                )
        if st.st_size > MAX_FILE_BYTES:
            raise _too_big(path, st.st_size)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        with os.fdopen(fd, "rb", closefd=True) as f:
            fd = -1
            # A regular file in one read of its size (no copy); whatever it grew by since,
            # or all of a file that reports no size (/proc), by chunks under the limit.
            data = f.read(st.st_size) if st.st_size else b""
            rest = _read_limited(f, path, len(data))
            data = data + rest if rest else data
    except MemoryError:
        raise ReaderError(
            shown_path(path), "not enough memory to read it; free some or split the file"
        ) from None
    except IsADirectoryError:
        raise ReaderError(shown_path(path), "is a directory, not a file") from None
    except OSError as e:
        raise ReaderError(shown_path(path), f"cannot be read: {e.strerror or e}") from None
    finally:
        if fd >= 0:
            os.close(fd)
    if not data:
        raise ReaderError(shown_path(path), "file is empty")
    return data


def shown_path(path: Path | str) -> str:
    """``path`` as text that can be printed and stored: a byte of a file name that is not
    UTF-8 (``os.fsdecode`` keeps it as a lone surrogate) becomes ``\\xff``.

    >>> shown_path(Path("zz\\udcffname.txt"))
    'zz\\\\xffname.txt'
    """
    text = str(path)
    if not _SURROGATE.search(text):
        return text
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def check_posts(path: Path, docs: list[Document], where: str = "") -> None:
    """Raise when a post is longer than :data:`MAX_POST_CHARS` (``where``: "line 3: ")."""
    for doc in docs:
        for post in doc.posts:
            if len(post.text) > MAX_POST_CHARS:
                raise ReaderError(str(path), where + too_long(post.index, len(post.text)))


def too_long(index: int, length: int) -> str:
    """The problem of post ``index`` being ``length`` characters long."""
    return (f"post {index} is {length:,} characters long, over the limit of "
            f"{MAX_POST_CHARS:,} per post; split it into paragraphs or posts")


def _looks_binary(sample: bytes) -> bool:
    # Text in any legacy 8-bit encoding (Latin-1, cp1251, ...) has almost no
    # control bytes; random, compressed or image data has one in ten.
    control = sum(1 for b in sample if b in _CONTROL)
    return b"\x00" in sample or control > len(sample) * 0.02


def decode(path: Path, data: bytes) -> str:
    """Decode ``data`` as UTF-8 (or BOM-marked UTF-16/32) or raise a clear error.

    The text is returned verbatim apart from a leading BOM, so offsets into it
    are offsets into the file as the user sees it in an editor.
    """
    if not data:
        raise ReaderError(str(path), "file is empty")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as e:
                raise ReaderError(
                    str(path), f"is not valid {codec.upper()} text (at byte offset {e.start})"
                ) from None
            break
    else:
        if b"\x00" in data:
            raise ReaderError(str(path), "looks binary, not text")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as e:
            if _looks_binary(data[:HEAD_SIZE]):
                raise ReaderError(str(path), "looks binary, not text") from None
            raise ReaderError(
                str(path),
                f"is not UTF-8 text (byte 0x{data[e.start]:02x} at offset {e.start}); "
                "re-encode it as UTF-8",
            ) from None
    if "\x00" in text:
        raise ReaderError(str(path), "looks binary, not text")
    if text.startswith("\ufeff"):  # utf-16/32 codecs keep nothing, but be sure
        text = text[1:]
    return text


def head_text(head: bytes) -> str:
    """A lenient decoding of the first bytes of a file, for sniffing only."""
    for bom, codec in _BOMS:
        if head.startswith(bom):
            return head.decode(codec, "replace").lstrip("\ufeff")
    return head.decode("utf-8", "replace")


def load_json(path: Path, text: str) -> Any:
    """Parse ``text`` as JSON; syntax errors name the line and column."""
    try:
        return parse_json(text)
    except json.JSONDecodeError as e:
        raise ReaderError(
            str(path), f"invalid JSON at line {e.lineno} column {e.colno}: {e.msg}"
        ) from None
    except RecursionError:
        raise ReaderError(str(path), "JSON is nested too deeply to read") from None
    except ValueError as e:  # e.g. integers longer than Python's digit limit
        raise ReaderError(str(path), f"invalid JSON: {e}") from None


# JSON can escape half of a UTF-16 pair ("\ud83d" of an emoji cut short); Python keeps it
# as a lone surrogate, which no UTF-8 store can hold. It can also escape NUL, which the
# plain-text readers refuse as binary and C-string tools cut text at.
_UNSTORABLE_ESCAPE = re.compile(r"\\u(?:[dD][89a-fA-F]|0000)")
_UNSTORABLE = re.compile("[\ud800-\udfff\x00]")


def parse_json(text: str) -> Any:
    """``json.loads``, with what JSON escapes but the store cannot keep replaced."""
    obj = json.loads(text)
    return replace_unstorable(obj) if _UNSTORABLE_ESCAPE.search(text) else obj


def replace_unstorable(obj: Any) -> Any:
    """Parsed JSON ``obj`` with each lone surrogate or NUL in its strings replaced by U+FFFD.

    One character for one keeps every offset into the text where it was.
    """
    if isinstance(obj, str):
        return _UNSTORABLE.sub("\ufffd", obj)
    stack: list[Any] = [obj] if isinstance(obj, list | dict) else []
    while stack:  # no recursion: JSON nests as deep as the parser allows
        node = stack.pop()
        keys: Iterable[Any] = range(len(node))
        if isinstance(node, dict):  # keys can hold them too; rebuilt in order
            items = list(node.items())
            node.clear()
            node.update((_UNSTORABLE.sub("\ufffd", k), v) for k, v in items)
            keys = list(node)
        for key in keys:
            value = node[key]
            if isinstance(value, str):
                node[key] = _UNSTORABLE.sub("\ufffd", value)
            elif isinstance(value, list | dict):
                stack.append(value)
    return obj


def shown(value: object) -> str:
    """``value`` for a one-line error message: as is when short and printable, else quoted."""
    s = str(value)
    return s if s.isprintable() and len(s) <= 80 else repr(s[:80]) + "..." * (len(s) > 80)


def iso_time(value: str) -> str:
    """``value`` as ISO 8601, normalised to UTC seconds when it carries a zone.

    Strings that do not parse are returned unchanged: a date we cannot read is
    still better kept than dropped.

    >>> iso_time("2024-03-01T12:00:00.250Z")
    '2024-03-01T12:00:00+00:00'
    """
    try:
        dt = datetime.fromisoformat(value)
        if dt.tzinfo is None:
            return dt.isoformat(timespec="seconds")
        return dt.astimezone(UTC).isoformat(timespec="seconds")
    except (ValueError, OverflowError):  # OverflowError: year 1 or 9999 moved out of range
        return value
