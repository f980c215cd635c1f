"""Reviewing events from the browser: ``actorgraph serve --review``.

Without ``--review`` the server is read-only: these write routes do not exist
(a POST is a 405) and only the read-only history route is there. With it:

- the server still listens on loopback only (the CLI refuses another host);
- a random token is made at start and printed in a URL; the first request
  carrying ``?token=`` gets it as an HttpOnly, SameSite=Strict cookie and is
  redirected to the same URL without it, so the token leaves the address bar;
- every change is a POST (no body: its fields are query parameters) that must
  carry the cookie, an ``X-CSRF-Token`` header equal to the token's CSRF
  value (given by ``/api/review/session`` to a page that holds the cookie)
  and an ``Origin`` header naming this server; anything else is a 403;
- values are validated exactly as ``actorgraph review`` validates them, and
  the review is written through :class:`~actorgraph.store.db.Store`, the one
  writer, in one transaction.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from typing import Annotated, Any
from urllib.parse import urlencode, urlsplit

from fastapi import FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import JSONResponse, RedirectResponse, Response

from ..store.db import Store
from ..store.reviews import add_review, reviews, undo_review, validate_changes

__all__ = ["COOKIE", "csrf_of", "install", "new_token"]

COOKIE = "ag_review"
_TEXT = 2000


def new_token() -> str:
    """A fresh random review token."""
    return secrets.token_urlsafe(24)


def csrf_of(token: str) -> str:
    """The CSRF value pages send back with each change (derived, so worker processes
    agree without sharing state)."""
    return hmac.new(token.encode(), b"actorgraph-review-csrf", hashlib.sha256).hexdigest()


def _refuse(message: str) -> JSONResponse:
    return JSONResponse({"ok": False, "error": message}, status_code=403)


def install(app: FastAPI, path: str, token: str | None) -> None:
    """Add the review routes to ``app`` (serving the store at ``path``); with ``token`` None
    only the read-only history route."""

    @app.get("/api/review/history/{event_id}", tags=["reviews"],
             summary="The reviews of one event, oldest first")
    def history(event_id: Annotated[str, PathParam(max_length=200)]) -> dict[str, Any]:
        from ..store.query import ReadOnlyStore

        with ReadOnlyStore(path) as store:
            found = reviews(store.conn, event=event_id)
        return {"ok": True, "reviews": [r.to_dict() for r in found]}

    if token is None:
        @app.get("/api/review/session", tags=["reviews"],
                 summary="Whether this server takes reviews (it does not)")
        def no_session() -> dict[str, Any]:
            return {"ok": True, "review": False}
        return

    csrf = csrf_of(token)

    @app.middleware("http")
    async def take_token(request: Request, call_next: Any) -> Response:
        given = request.query_params.get("token")
        if given is None:
            return await call_next(request)  # type: ignore[no-any-return]
        if not secrets.compare_digest(given, token):
            return _refuse("wrong review token; use the URL `actorgraph serve --review` printed")
        rest = [(k, v) for k, v in request.query_params.multi_items() if k != "token"]
        target = request.url.path + ("?" + urlencode(rest) if rest else "")
        response = RedirectResponse(target, status_code=303)
        response.set_cookie(COOKIE, token, httponly=True, samesite="strict", path="/")
        return response

    def authorize(request: Request) -> JSONResponse | None:
        if not secrets.compare_digest(request.cookies.get(COOKIE, ""), token):
            return _refuse("no review token: open the URL `actorgraph serve --review` printed")
        origin = request.headers.get("origin", "")
        if not origin or urlsplit(origin).netloc != request.headers.get("host", ""):
            return _refuse("cross-origin change refused: reviews are taken from this server's"
                           " own pages only")
        if not secrets.compare_digest(request.headers.get("x-csrf-token", ""), csrf):
            return _refuse("missing or wrong CSRF token; reload the page")
        return None

    @app.get("/api/review/session", tags=["reviews"],
             summary="Whether this browser may review (it holds the token), and its CSRF value")
    def session(request: Request) -> dict[str, Any]:
        if not secrets.compare_digest(request.cookies.get(COOKIE, ""), token):
            return {"ok": True, "review": False}
        return {"ok": True, "review": True, "csrf": csrf}

    @app.post("/api/review/{event_id}", tags=["reviews"],
              summary="Confirm, reject or edit an event (review mode, token and CSRF needed)")
    def post_review(
        request: Request,
        event_id: Annotated[str, PathParam(max_length=200)],
        action: Annotated[str, Query(pattern="^(confirm|reject|edit)$")],
        set_: Annotated[list[str] | None, Query(alias="set", max_length=_TEXT)] = None,
        note: Annotated[str | None, Query(max_length=_TEXT)] = None,
        by: Annotated[str | None, Query(max_length=200)] = None,
    ) -> Any:
        refused = authorize(request)
        if refused is not None:
            return refused
        with Store(path) as store:
            changes = validate_changes(store.conn, set_ or [])
            done = add_review(store.conn, event_id, action, changes, note=note,
                              by=by or "browser", window=store.window)
        return {"ok": True, "review": done.to_dict()}

    @app.post("/api/review/undo/{review_id}", tags=["reviews"],
              summary="Undo a review (review mode, token and CSRF needed)")
    def post_undo(request: Request,
                  review_id: Annotated[str, PathParam(max_length=200)]) -> Any:
        refused = authorize(request)
        if refused is not None:
            return refused
        with Store(path) as store:
            done = undo_review(store.conn, review_id, by="browser", window=store.window)
        return {"ok": True, "review": done.to_dict()}
