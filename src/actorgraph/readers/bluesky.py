"""Bluesky threads: the JSON of ``app.bsky.feed.getPostThread``.

The thread may have been fetched from any of its posts: the reader walks up
``parent`` to the top of the author's chain, then down ``replies`` keeping
only the author's own replies, so other people's answers are left out.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from actorgraph.errors import ReaderError
from actorgraph.models import Document

from ._io import decode, iso_time, load_json, shown
from ._records import check_size, record
from ._text import Draft, assemble, threads

__all__ = ["read"]

_SHAPE = "expected a Bluesky getPostThread object with a 'thread' key"
_LINK = "app.bsky.richtext.facet#link"


def _post(node: object) -> dict[str, Any] | None:
    """The post of a threadViewPost node; not-found and blocked nodes have none."""
    post = node.get("post") if isinstance(node, dict) else None
    if isinstance(post, dict) and isinstance(post.get("uri"), str):
        if isinstance(post.get("record"), dict):
            return post
    return None


def _handle(post: dict[str, Any]) -> str | None:
    author = post.get("author")
    handle = author.get("handle") if isinstance(author, dict) else None
    return handle if isinstance(handle, str) else None


def _links(record: dict[str, Any]) -> tuple[str, ...]:
    links: list[str] = []
    facets = record.get("facets")
    for facet in facets if isinstance(facets, list) else ():
        features = facet.get("features") if isinstance(facet, dict) else None
        for f in features if isinstance(features, list) else ():
            if isinstance(f, dict) and f.get("$type") == _LINK and isinstance(f.get("uri"), str):
                if f["uri"] not in links:
                    links.append(f["uri"])
    return tuple(links)


def _draft(path: Path, post: dict[str, Any]) -> Draft:
    record = post["record"]
    text = record.get("text", "")
    if not isinstance(text, str):
        raise ReaderError(str(path), f"post {shown(post['uri'])}: 'text' is not a string")
    created = record.get("createdAt")
    handle = _handle(post)
    rkey = post["uri"].rstrip("/").rsplit("/", 1)[-1]
    return Draft(
        text=text.strip(),
        author=handle,
        time=iso_time(created) if isinstance(created, str) else None,
        url=f"https://bsky.app/profile/{handle or _did(post['uri'])}/post/{rkey}",
        id=post["uri"],
        links=_links(record),
    )


def _did(uri: str) -> str:
    # at://did:plc:abc/app.bsky.feed.post/rkey -> did:plc:abc, which bsky.app also accepts
    return uri.removeprefix("at://").split("/", 1)[0]


def read(path: Path, data: bytes) -> list[Document]:
    """Read a getPostThread result: one document, the author's self-reply thread."""
    obj = load_json(path, decode(path, data))
    focus = _post(obj.get("thread")) if isinstance(obj, dict) else None
    if focus is None:
        if isinstance(obj, dict) and isinstance(obj.get("thread"), dict):
            kind = obj["thread"].get("$type", "a thread without a post")
            raise ReaderError(str(path), f"the thread has no readable post ({shown(kind)})")
        raise ReaderError(str(path), _SHAPE)
    author = _handle(focus)

    # Every post of the author reachable from the focus, with the post it replies to.
    posts: dict[str, dict[str, Any]] = {}
    parents: dict[str, str | None] = {}
    node: Any = obj["thread"]
    child: str | None = None
    while (post := _post(node)) is not None and _handle(post) == author:
        posts[post["uri"]] = post
        parents.setdefault(post["uri"], None)
        if child is not None:
            parents[child] = post["uri"]
        child, node = post["uri"], node.get("parent")
    stack: list[tuple[Any, str | None]] = [(obj["thread"], None)]
    while stack:  # no recursion: long reply chains nest deeply
        node, parent = stack.pop()
        post = _post(node)
        if post is None or _handle(post) != author:
            continue
        posts[post["uri"]] = post
        if parent is not None:
            parents[post["uri"]] = parent
        else:
            parents.setdefault(post["uri"], None)
        replies = node.get("replies")
        stack.extend((r, post["uri"]) for r in (replies if isinstance(replies, list) else ()))

    drafts: dict[str, Draft] = {}
    for uri, p in posts.items():
        with record(path, f"post {shown(uri)}"):  # a bad post is skipped (see _records)
            draft = _draft(path, p)
            check_size(path, draft.text)
            drafts[uri] = draft
    parents = {u: (p if p in drafts else None) for u, p in parents.items() if u in drafts}
    if obj["thread"]["post"]["uri"] not in drafts:
        return []

    def order(uri: str) -> tuple[str, str]:
        return (drafts[uri].time or "", uri)

    chains = threads(parents, order)
    chain = next(c for c in chains if obj["thread"]["post"]["uri"] in c)
    text, doc_posts = assemble([drafts[u] for u in chain])
    root = drafts[chain[0]]
    return [
        Document(
            id=f"bsky-{chain[0].rstrip('/').rsplit('/', 1)[-1]}",
            text=text,
            posts=doc_posts,
            format="bluesky",
            source=str(path),
            author=author,
            published=root.time,
            url=root.url,
        )
    ]
