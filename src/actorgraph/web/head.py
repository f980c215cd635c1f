"""HEAD answered like GET, without the body (RFC 9110 section 9.3.2).

FastAPI registers GET routes for GET only, so a HEAD request to any of them
was a 405. This middleware runs the request as a GET and drops the body on
its way out, keeping the status and every header (``content-length``
included, so a client learns the size without the bytes).
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["HeadAsGet"]


class HeadAsGet:
    """ASGI middleware: a HEAD request is served as GET with an empty body."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("method") != "HEAD":
            await self.app(scope, receive, send)
            return

        async def without_body(message: Message) -> None:
            if message["type"] == "http.response.body":
                if message.get("more_body", False):
                    return  # swallow the chunks; the last one ends the response
                message = {"type": "http.response.body", "body": b"", "more_body": False}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, without_body)
