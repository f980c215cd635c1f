"""Render a thread as one readable article, as Thread Reader App does."""

from __future__ import annotations

import html
import re

from .models import Document

__all__ = ["to_html", "to_markdown"]

_URL = re.compile(r"https?://[^\s<>\"')\]]+")


def _meta(doc: Document) -> list[str]:
    parts = []
    if doc.author:
        parts.append(f"by {doc.author}")
    if doc.published:
        parts.append(doc.published[:10])
    if doc.url:
        parts.append(doc.url)
    return parts


def to_markdown(doc: Document) -> str:
    """The thread as Markdown: a title, a byline, then numbered posts with their links."""
    title = doc.title or (f"Thread by {doc.author}" if doc.author else doc.id)
    lines = [f"# {title}", ""]
    meta = _meta(doc)
    if meta:
        lines += ["*" + " · ".join(meta) + "*", ""]
    total = len(doc.posts)
    for post in doc.posts:
        lines.append(f"**{post.index}/{total}** {post.text.strip()}")
        extra = [u for u in post.links if u not in post.text]
        lines += [f"<{u}>" for u in extra]
        if post.url:
            lines.append(f"[post {post.index}]({post.url})")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _linkify(text: str) -> str:
    out, last = [], 0
    for m in _URL.finditer(text):
        out.append(html.escape(text[last : m.start()]))
        url = html.escape(m.group(0), quote=True)
        out.append(f'<a href="{url}" rel="nofollow noopener">{url}</a>')
        last = m.end()
    out.append(html.escape(text[last:]))
    return "".join(out).replace("\n", "<br>\n")


def to_html(doc: Document) -> str:
    """The thread as a standalone HTML page; all text is escaped."""
    title = html.escape(doc.title or (f"Thread by {doc.author}" if doc.author else doc.id))
    meta = html.escape(" · ".join(_meta(doc)))
    posts = "\n".join(
        f'<section id="p{p.index}"><p><b>{p.index}/{len(doc.posts)}</b> {_linkify(p.text)}</p>'
        + "".join(
            f'<p class="link"><a href="{html.escape(u, quote=True)}" rel="nofollow noopener">'
            f"{html.escape(u)}</a></p>"
            for u in p.links if u not in p.text
        )
        + "</section>"
        for p in doc.posts
    )
    return (
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>{title}</title>"
        "<style>body{max-width:40em;margin:2em auto;font:17px/1.55 Georgia,serif;padding:0 1em}"
        "section{margin:0 0 1.2em}.meta{color:#666}</style></head>\n"
        f"<body><article><h1>{title}</h1><p class=\"meta\">{meta}</p>\n{posts}\n"
        "</article></body></html>\n"
    )
