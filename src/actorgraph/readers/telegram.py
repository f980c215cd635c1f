"""Telegram Desktop exports: ``result.json`` from "Export chat history" in JSON format.

A message is a post. Its ``text`` is a string or a list of strings and entity objects
(``bold``, ``link``, ``text_link``, ``hashtag``, ``mention``, ...) whose texts are joined;
``text_link`` targets and ``link`` URLs become the post's links. Post id is the message
id; post time is ``date_unixtime`` as UTC when the export has it, else ``date`` (the
exporting machine's local time, as written); author is ``from``, else the chat's name.
``forwarded_from`` and ``edited`` are kept on the post, and the coder takes a forward's
origin as the default speaker of its events. Service messages and messages without text
(a photo, a sticker) are skipped, not errors.

Documents: one per reply chain (messages linked by ``reply_to_message_id``, a message
without replies being a chain of one), never one for a whole export. Not one per day: the
coder carries a date from one post of a document to the next ("the next day"), which is
right along a reply chain and wrong between unrelated channel posts. Each post keeps its
own date, against which its relative dates ("today", "last Tuesday") are resolved.

When the export names the chat's public username (a top-level ``"username"``, which some
export tools add; Telegram Desktop itself does not), each post links to
``https://t.me/<username>/<id>``. A full-account export (``{"chats": {"list": [...]}}``)
is read chat by chat.

A bad message (not an object, no id, a duplicate id, text of the wrong type, a post over
the size limit) is reported as ``message ID: problem`` and skipped (see :mod:`._records`).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from actorgraph.errors import ReaderError
from actorgraph.models import Document

from ._io import decode, iso_time, load_json, shown
from ._records import check_size, record
from ._text import Draft, assemble, threads

__all__ = ["entities_text", "looks_like_export", "read"]

_SHAPE = "expected a Telegram Desktop export (result.json with a 'messages' list)"
_USERNAME = re.compile(r"@?([A-Za-z][A-Za-z0-9_]{3,31})")
_SAFE_ID = re.compile(r"[^A-Za-z0-9_.-]+")


def looks_like_export(head: str) -> bool:
    """Whether the start of a JSON file looks like a Telegram Desktop export."""
    return '"messages"' in head and any(
        key in head for key in ('"date_unixtime"', '"from_id"', '"text_entities"', '_channel"',
                                '"personal_chat"', '_group"', '_supergroup"')
    )


def entities_text(value: object) -> tuple[str, tuple[str, ...]] | None:
    """The text and links of a message's ``text`` field; ``None`` when it has the wrong type.

    >>> entities_text(["Rockets hit ", {"type": "bold", "text": "Erbil"}, " ",
    ...                {"type": "text_link", "text": "(video)", "href": "https://v.example"}])
    ('Rockets hit Erbil (video)', ('https://v.example',))
    """
    if isinstance(value, str):
        return value, ()
    if not isinstance(value, list):
        return None
    parts: list[str] = []
    links: list[str] = []
    for piece in value:
        if isinstance(piece, str):
            parts.append(piece)
            continue
        if not isinstance(piece, dict) or not isinstance(piece.get("text", ""), str):
            return None
        text = piece.get("text", "")
        parts.append(text)
        kind = piece.get("type")
        href = piece.get("href") if kind == "text_link" else text if kind == "link" else None
        if isinstance(href, str) and href and href not in links:
            links.append(href)
    return "".join(parts), tuple(links)


def _time(message: dict[str, Any], key: str = "date") -> str | None:
    unix = message.get(f"{key}_unixtime")
    if isinstance(unix, str | int) and not isinstance(unix, bool):
        try:
            return datetime.fromtimestamp(int(unix), UTC).isoformat(timespec="seconds")
        except (ValueError, OverflowError, OSError):
            pass  # fall back to the local date string
    date = message.get(key)
    return iso_time(date) if isinstance(date, str) and date else None


def _name(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _read_chat(path: Path, chat: dict[str, Any], label: str) -> list[Document]:
    messages = chat.get("messages")
    if not isinstance(messages, list):
        raise ReaderError(str(path), f"{label}{_SHAPE}")
    chat_name = _name(chat.get("name"))
    found = _USERNAME.fullmatch(chat.get("username") or "") if isinstance(
        chat.get("username"), str) else None
    username = found.group(1) if found else None
    chat_id = chat.get("id")
    key = _SAFE_ID.sub("-", str(chat_id if chat_id is not None else chat_name or path.stem))

    drafts: dict[str, Draft] = {}
    replies: dict[str, str] = {}
    for n, message in enumerate(messages, start=1):
        mid = message.get("id") if isinstance(message, dict) else None
        where = f"message {shown(mid)}" if isinstance(mid, int | str) else f"message #{n}"
        with record(path, f"{label}{where}"):
            if not isinstance(message, dict):
                raise ReaderError(str(path), f"is a {type(message).__name__}, not an object")
            if message.get("type", "message") != "message":
                continue  # service messages: joins, pins, title changes
            if isinstance(mid, bool) or not isinstance(mid, int | str) or mid == "":
                raise ReaderError(str(path), "has no 'id'")
            if str(mid) in drafts:
                raise ReaderError(str(path), "duplicate id")
            field = "text" if "text" in message else "text_entities"
            text_links = entities_text(message.get(field, ""))
            if text_links is None:
                raise ReaderError(str(path), "'text' is neither a string nor a list of entities")
            text, links = text_links[0].strip(), text_links[1]
            if not text:
                continue  # a photo, a sticker, a voice note: nothing to code
            check_size(path, text)
            drafts[str(mid)] = Draft(
                text=text,
                author=_name(message.get("from")) or _name(message.get("author")) or chat_name,
                time=_time(message),
                url=f"https://t.me/{username}/{mid}" if username else None,
                id=str(mid),
                links=links,
                forwarded_from=_name(message.get("forwarded_from")),
                edited=_time(message, "edited"),
            )
            reply = message.get("reply_to_message_id")
            if isinstance(reply, int | str) and not isinstance(reply, bool):
                replies[str(mid)] = str(reply)

    def order(mid: str) -> tuple[str, int, str]:
        return (drafts[mid].time or "", len(mid), mid)

    parents: dict[str, str | None] = {m: replies.get(m) for m in drafts}
    docs: list[Document] = []
    for chain in threads(parents, order):
        text, posts = assemble([drafts[m] for m in chain])
        first = drafts[chain[0]]
        docs.append(
            Document(
                id=f"tg-{key}-{chain[0]}",
                text=text,
                posts=posts,
                format="telegram",
                source=str(path),
                title=chat_name,
                author=chat_name or first.author,
                published=first.time,
                url=first.url,
            )
        )
    return docs


def read(path: Path, data: bytes) -> list[Document]:
    """Read ``result.json``: one document per reply chain (or standalone message)."""
    obj = load_json(path, decode(path, data))
    if not isinstance(obj, dict):
        raise ReaderError(str(path), _SHAPE)
    if "messages" in obj:
        return _read_chat(path, obj, "")
    chats = obj.get("chats")
    listed = chats.get("list") if isinstance(chats, dict) else None
    if not isinstance(listed, list):
        raise ReaderError(str(path), _SHAPE)
    docs: list[Document] = []
    seen: set[str] = set()
    for n, chat in enumerate(listed, start=1):
        with record(path, f"chat {n}"):
            if not isinstance(chat, dict):
                raise ReaderError(str(path), "is not an object")
            for doc in _read_chat(path, chat, f"chat {n}: "):
                if doc.id not in seen:  # two chats without ids and names would clash
                    seen.add(doc.id)
                    docs.append(doc)
    return docs
