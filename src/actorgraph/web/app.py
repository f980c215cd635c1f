"""The web UI: a read-only FastAPI app over a store (``pip install 'actorgraph[web]'``).

JSON comes first: every page is static HTML plus a script that reads the
JSON API, and each page links its JSON twin. The API is described by
``/openapi.json`` and listed at ``/api``.

Security, since the text comes from the open internet:

- the store is opened read-only (``mode=ro``, ``query_only``), and the app
  has GET routes only;
- stored text is escaped everywhere: Jinja autoescapes, and the scripts
  build the DOM with ``textContent``, never ``innerHTML``;
- every response carries a strict Content-Security-Policy (scripts and
  style sheets from this server's ``/static/`` only, no inline scripts, no
  ``<style>`` elements, no third-party origins),
  ``X-Content-Type-Options: nosniff`` and friends;
- the ``Host`` header must name this machine (no DNS rebinding) unless the
  server was bound to another interface on purpose;
- query strings, page sizes and offsets are capped, parameters are
  validated (a bad or unknown one is a 400 with ``{"ok": false, "error"}``)
  and every SQL statement is parameterised;
- static files come from the package's ``static/`` folder through
  Starlette's ``StaticFiles``, which refuses paths outside it.
"""

import asyncio
import datetime as dt
import queue
import sqlite3
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from dataclasses import replace
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import unquote, urlencode, urlsplit

import jinja2
from fastapi import APIRouter, Depends, FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..errors import ActorGraphError
from ..store.filters import check_filter, listing
from ..store.identity import StoreGone, StoreIdentity
from ..store.query import MAX_EDGES, MAX_NODES, EventFilter
from ..store.reviews import is_reviewed, review_stamp, reviewed
from ..store.search import QueryTimeout, time_budget
from .head import HeadAsGet
from .queries import WebStore

__all__ = ["LIMITS", "LOOPBACK_HOSTS", "app_from_environment", "call", "create_app"]

HERE = Path(__file__).parent
STATIC = HERE / "static"
TEMPLATES = HERE / "templates"
#: The files ``make vendor`` copies from node_modules; the pages need them.
VENDOR_FILES = ("cytoscape.min.js", "vis-timeline-graph2d.min.js",
                "vis-timeline-graph2d.min.css", "topojson-client.min.js", "countries-110m.json")
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")

#: Caps on what one request may ask for.
LIMITS = {
    "query_string": 2048,   # bytes
    "path": 2048,           # bytes
    "body": 0,              # bytes: the API has no request bodies
    "offset": 100_000,
    "events": 1000,
    "merged": 200,
    "mentions": 50,
    "timeline": 2000,
    "claims": 1000,
    "actors": 1000,
    "search": 100,
    "nodes": 2000,
    "points": 5000,
    "edges": 5000,
    "text": 200,            # characters of a text parameter
}

# Scripts only from /static/, never inline. Styles: our sheets, and style *attributes*
# (the graph and timeline libraries position elements with them; an attribute holds no
# selector, so it cannot read the page), but no <style> elements.
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; style-src-elem 'self';"
       " style-src-attr 'unsafe-inline'; img-src 'self' data:;"
       " font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self';"
       " frame-ancestors 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]

_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
_TYPE = r"^[A-Za-z][A-Za-z_]{0,39}$"


class ApiError(Exception):
    """A client error: answered with ``status`` and ``{"ok": false, "error": message}``."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def _version() -> str:
    try:
        return version("actorgraph")
    except PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        return "0"


# -- middleware ---------------------------------------------------------------------------


def _host(header: bytes) -> str:
    """The host name of a ``Host`` header, without its port (``[::1]:8000`` -> ``::1``)."""
    value = header.decode("latin-1").strip().lower()
    if value.startswith("["):
        return value[1:].partition("]")[0]
    return value.rpartition(":")[0] if value.count(":") == 1 else value


class Guard:
    """Security headers on every response; requests for another host (DNS rebinding) or
    oversized ones refused before routing."""

    def __init__(self, app: ASGIApp, allowed_hosts: list[str]) -> None:
        self.app = app
        self.hosts = None if "*" in allowed_hosts else {h.strip("[]") for h in allowed_hosts}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        problem = None
        host = next((v for k, v in scope.get("headers", []) if k == b"host"), b"")
        if self.hosts is not None and _host(host) not in self.hosts:
            problem = (400, f"host {_host(host)[:100]!r} is not served here; use "
                            "http://127.0.0.1 (or start the server with --host)")
        elif len(scope.get("query_string", b"")) > LIMITS["query_string"]:
            problem = (414, f"query string longer than {LIMITS['query_string']} bytes")
        elif len(scope.get("raw_path") or scope["path"].encode()) > LIMITS["path"]:
            problem = (414, f"path longer than {LIMITS['path']} bytes")
        else:
            for name, value in scope.get("headers", []):
                if name == b"content-length" and value.strip() not in (b"", b"0"):
                    problem = (413, "this API takes no request body")
                elif name == b"transfer-encoding":
                    problem = (413, "this API takes no request body")

        async def secured(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", [])
                           if k.lower() not in {h for h, _ in SECURITY_HEADERS}]
                headers += SECURITY_HEADERS
                if scope["path"].startswith(("/api", "/healthz", "/openapi.json")) or \
                        scope["path"].endswith(".json"):
                    headers.append((b"cache-control", b"no-store"))
                message = {**message, "headers": headers}
            await send(message)

        if problem:
            response = _error(*problem)
            await response(scope, receive, secured)
            return
        await self.app(scope, receive, secured)


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"ok": False, "error": message}, status_code=status)


# -- the store, one read-only connection per request from a small pool -------------------


#: Requests whose queries run at once; the others wait their turn.
QUERY_THREADS = 2
#: Seconds a request's queries may take, waiting included; then 503 (see store/search.py).
REQUEST_SECONDS = 10.0


class Pool:
    """Read-only store connections reused across requests (sqlite3 connections are cheap
    but not free; each request holds one, inside one read transaction)."""

    def __init__(self, path: str, size: int = 16) -> None:
        self.path = path
        self.idle: queue.LifoQueue[WebStore] = queue.LifoQueue(maxsize=size)
        self.idle.put(WebStore(path))  # fails now, with a clear message, for a bad store
        self.identity = StoreIdentity(path)  # the file opened; 503 once it is gone or replaced

    def __call__(self) -> Iterator[WebStore]:
        started = time.monotonic()
        self.identity.check()
        try:
            store = self.idle.get_nowait()
        except queue.Empty:
            store = WebStore(self.path)
        try:
            # The budget counts from the request's start: time spent queueing for a thread
            # is spent, so a backlog drains instead of growing.
            budget = max(0.05, REQUEST_SECONDS - (time.monotonic() - started))
            with store.snapshot(), time_budget(store.conn, budget, REQUEST_SECONDS):
                yield store
        finally:
            try:
                self.idle.put_nowait(store)
            except queue.Full:
                store.close()

    def close(self) -> None:
        while True:
            try:
                self.idle.get_nowait().close()
            except queue.Empty:
                return


# -- parameters ----------------------------------------------------------------------------


def _check_date(name: str, value: str | None) -> str | None:
    if value is None:
        return None
    parts = [int(p) for p in value.split("-")]
    try:
        dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        raise ApiError(400, f"{name}: {value!r} is not a real date "
                            "(use YYYY, YYYY-MM or YYYY-MM-DD)") from None
    return value


_ACTOR_DOC = ("an actor id, name or alias (case does not matter); ID* matches every id "
              "starting with ID")


def event_filter(
    actor: Annotated[str | None, Query(max_length=LIMITS["text"], description=(
        f"Events with this actor as source or target: {_ACTOR_DOC}."))] = None,
    source: Annotated[str | None, Query(max_length=LIMITS["text"],
                                        description=f"Source actor: {_ACTOR_DOC}.")] = None,
    target: Annotated[str | None, Query(max_length=LIMITS["text"],
                                        description=f"Target actor: {_ACTOR_DOC}.")] = None,
    type: Annotated[str | None, Query(pattern=_TYPE, description=(  # noqa: A002
        "PLOVER event type, e.g. ASSAULT (any case)."))] = None,
    since: Annotated[str | None, Query(pattern=_DATE, description=(
        "Events dated (or ending) on or after this ISO date: YYYY, YYYY-MM or YYYY-MM-DD."
    ))] = None,
    until: Annotated[str | None, Query(pattern=_DATE, description=(
        "Events dated on or before this ISO date (2004 includes 2004-12-31)."))] = None,
    asserted_by: Annotated[str | None, Query(max_length=LIMITS["text"], description=(
        f"Who asserts the events: {_ACTOR_DOC}."))] = None,
    place: Annotated[str | None, Query(max_length=LIMITS["text"],
                                       description="Place name contains.")] = None,
    mode: Annotated[str | None, Query(max_length=40, description=(
        "PLOVER mode of the event type, e.g. aerial."))] = None,
    modality: Annotated[str | None, Query(max_length=40, description=(
        "asserted, reported, denied, intended, hypothetical, future or historical."))] = None,
    exact: Annotated[bool, Query(description=(
        "Actor filters match the named actor(s) only, not their members and sub-units."
    ))] = False,
) -> EventFilter:
    """The filters of ``actorgraph events`` (see ``actorgraph events --help``); the app
    checks them against the store (:func:`~actorgraph.store.filters.check_filter`)."""
    def clean(value: str | None) -> str | None:
        return value.strip() or None if value is not None else None

    if since and until and since > until + "z":
        raise ApiError(400, f"since ({since}) is after until ({until})")
    return EventFilter(actor=clean(actor), source=clean(source), target=clean(target),
                       type=clean(type), asserted_by=clean(asserted_by), place=clean(place),
                       since=_check_date("since", since), until=_check_date("until", until),
                       mode=clean(mode), modality=clean(modality), exact=exact)


Filters = Annotated[EventFilter, Depends(event_filter)]
Offset = Annotated[int, Query(ge=0, le=LIMITS["offset"], description=(
    f"Skip this many results first (at most {LIMITS['offset']})."))]
ShowAll = Annotated[bool, Query(alias="all", description=(
    "Also list flagged events (negated, denied, intended, hypothetical, future), each with "
    "its flags; without it they are hidden, as in `actorgraph events`."))]
Context = Annotated[bool, Query(description=(
    "Add each event's post: its text split around the evidence sentence, the document, "
    "post number, author, time and link."))]


def _limit(default: int, most: int, what: str) -> Any:
    return Annotated[int, Query(ge=1, le=most, description=f"At most this many {what} "
                                                           f"(1 to {most}).")]


def _next(request: Request, offset: int, limit: int, more: bool) -> str | None:
    """The URL of the next page, or None on the last one."""
    if not more or offset + limit > LIMITS["offset"]:
        return None
    query = dict(request.query_params)
    query["offset"] = str(offset + limit)
    return f"{request.url.path}?{urlencode(query)}"


def _query_names(dependant: Any) -> set[str]:
    names = {p.alias for p in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


async def strict_query(request: Request) -> None:
    """Unknown query parameters are a 400: a misspelt filter must not silently match all.

    ``async``: it only reads the URL, so it runs on the event loop instead of waiting for
    one of the few query threads (which kept ``/healthz`` waiting behind slow requests)."""
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None:
        return
    known = _query_names(dependant)
    unknown = sorted(set(request.query_params) - known)
    if unknown:
        raise ApiError(400, f"unknown parameter(s) {', '.join(unknown)}; known: "
                            f"{', '.join(sorted(known)) or 'none'}")


# -- the app -------------------------------------------------------------------------------


RelationType = Literal["backs", "leads", "member_of", "allied_with", "rival_of"]


def create_app(db_path: str | Path, *, allowed_hosts: list[str] | None = None,
               review_token: str | None = None) -> FastAPI:
    """The web app over the store at ``db_path``, opened read-only.

    ``allowed_hosts`` are the ``Host`` header values accepted (default: the
    loopback names; ``["*"]`` accepts any).

    >>> from fastapi.testclient import TestClient  # doctest: +SKIP
    >>> client = TestClient(create_app("demo.db"), base_url="http://127.0.0.1")  # doctest: +SKIP
    >>> client.get("/api/events", params={"actor": "Iran"}).json()["events"]  # doctest: +SKIP
    """
    path = str(db_path)
    pool = Pool(path)
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True,
                             undefined=jinja2.StrictUndefined)
    missing = [f for f in VENDOR_FILES if not (STATIC / "vendor" / f).is_file()]

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        import anyio.to_thread

        # Queries hold the GIL: forty of them at once (Starlette's default) each crawl and
        # finish late together; a few at a time, the rest waiting their turn in order,
        # finish in the order they came.
        anyio.to_thread.current_default_thread_limiter().total_tokens = QUERY_THREADS
        yield
        pool.close()

    app = FastAPI(
        lifespan=lifespan,
        title="actorgraph",
        version=_version(),
        summary="Who did what to whom, when, where, according to whom: a read-only API "
                "over an actorgraph store.",
        description="Every list is paged with `limit` and `offset` and has a `next` URL; "
                    "errors are `{\"ok\": false, \"error\": MESSAGE}` with a 4xx status. "
                    "Actor filters take an id, a name or an alias; `ID*` matches an id prefix.",
        docs_url=None, redoc_url=None, openapi_url="/openapi.json",
    )
    # Unknown parameters are refused on the API only: the pages pass theirs to their script.
    api = APIRouter(dependencies=[Depends(strict_query)])
    app.state.pool = pool
    app.state.db_path = path
    app.add_middleware(Guard, allowed_hosts=list(allowed_hosts or LOOPBACK_HOSTS))
    app.add_middleware(HeadAsGet)  # outermost: HEAD is a GET by the time anything routes it
    app.mount("/static", StaticFiles(directory=str(STATIC), follow_symlink=False),
              name="static")
    Raw = Annotated[bool, Query(description=(
        "The machine's output, without the analysts' reviews (default: the reviewed view)."))]

    def view(store: Annotated[WebStore, Depends(pool)], raw: Raw = False) -> WebStore:
        return reviewed(store, raw)  # see store/reviews.py: every route reads through this

    Store = Annotated[WebStore, Depends(view)]

    def checked_filter(store: Store,
                       f: Annotated[EventFilter, Depends(event_filter)]) -> EventFilter:
        return check_filter(f, store)  # the CLI's and the Python API's check: one 400 line

    Filters = Annotated[EventFilter, Depends(checked_filter)]  # noqa: N806
    cache = StoreCache(path)
    health = Health(path, pool.identity)
    heavy = Lanes()

    def cached_meta(store: WebStore) -> dict[str, Any]:
        """The store's overview (counts, types, dates): every page shows it, and counting a
        large store takes a while."""
        return cache.get(store, "meta", store.meta)  # type: ignore[no-any-return]

    # -- errors: always {"ok": false, "error": ...} -------------------------------------

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> Response:
        return _error(exc.status, exc.message)

    @app.exception_handler(ActorGraphError)
    async def library_error(request: Request, exc: ActorGraphError) -> Response:
        return _error(400, str(exc))

    @app.exception_handler(QueryTimeout)
    @app.exception_handler(StoreGone)
    async def unavailable(request: Request, exc: ActorGraphError) -> Response:
        return _error(503, str(exc))

    @app.exception_handler(sqlite3.OperationalError)
    async def interrupted(request: Request, exc: sqlite3.OperationalError) -> Response:
        if "interrupt" in str(exc):  # the request's time budget ran out (see Pool)
            return _error(503, f"the query took longer than {REQUEST_SECONDS:g} s and was "
                               "stopped; narrow it and try again")
        return _error(500, "internal error; see the server's log")

    @app.exception_handler(RequestValidationError)
    async def bad_parameter(request: Request, exc: RequestValidationError) -> Response:
        problems = []
        for err in exc.errors():
            where = ".".join(str(p) for p in err.get("loc", ())[1:]) or "request"
            message = err.get("msg", "invalid")
            if "pattern" in err.get("ctx", {}):
                message = {_DATE: "expected an ISO date YYYY, YYYY-MM or YYYY-MM-DD",
                           _TYPE: "expected a PLOVER event type such as ASSAULT"
                           }.get(err["ctx"]["pattern"], message)
            got = err.get("input")
            shown = f" (got {got[:60]!r})" if isinstance(got, str) else ""
            problems.append(f"{where}: {message}{shown}")
        return _error(400, "; ".join(problems))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = {404: f"not found: {request.url.path}",
                   405: f"method {request.method} not allowed (this API is read-only)"
                   }.get(exc.status_code, str(exc.detail))
        if exc.status_code == 404 and _wants_html(request):
            return _page(env, "error.html", request, missing, status=404, message=message)
        return _error(exc.status_code, message)

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception) -> Response:  # pragma: no cover
        return _error(500, "internal error; see the server's log")

    # -- API -------------------------------------------------------------------------------

    @api.get("/healthz", tags=["meta"], summary="Liveness: the store can be read")
    async def healthz() -> Response:
        """Answered on its own thread and connection: never queued behind other requests."""
        return await health.answer()

    @api.get("/api/meta", tags=["meta"], summary="Counts, event types, actor kinds, date range")
    def meta(store: Store) -> dict[str, Any]:
        return {"ok": True, **cached_meta(store)}

    @api.get("/api/events", tags=["events"], summary="Event mentions, filtered and paged")
    def events(
        request: Request, store: Store, f: Filters, show_all: ShowAll = False,
        context: Context = False, offset: Offset = 0,
        limit: _limit(100, LIMITS["events"], "events") = 100,  # type: ignore[valid-type]
    ) -> dict[str, Any]:
        """Event mentions as `actorgraph export --to jsonl` writes them, plus `merged`
        (the merged event's id), `published` and, with `context`, `post`."""
        found = store.event_page(replace(listing(f, show_all), limit=limit + 1, offset=offset),
                                 context)
        page = found[:limit]
        return {"ok": True, "count": len(page), "limit": limit, "offset": offset,
                "next": _next(request, offset, limit, len(found) > limit), "events": page}

    @api.get("/api/merged", tags=["events"],
             summary="Merged events (one real-world event, many mentions), with mentions")
    def merged(
        request: Request, store: Store, f: Filters, show_all: ShowAll = False,
        context: Context = True, offset: Offset = 0,
        limit: _limit(20, LIMITS["merged"], "merged events") = 20,  # type: ignore[valid-type]
        mentions: Annotated[int, Query(ge=0, le=LIMITS["mentions"], description=(
            "Mentions shown per merged event."))] = 10,
    ) -> dict[str, Any]:
        found = store.merged_page(replace(listing(f, show_all), limit=limit + 1, offset=offset),
                                  mentions, context)
        page = found[:limit]
        return {"ok": True, "count": len(page), "limit": limit, "offset": offset,
                "next": _next(request, offset, limit, len(found) > limit), "merged": page}

    @api.get("/api/merged/{merged_id}", tags=["events"],
             summary="One merged event with its mentions and their posts")
    def merged_one(store: Store, merged_id: Annotated[str, PathParam(
            max_length=LIMITS["text"])]) -> dict[str, Any]:
        m = store.merged_event(merged_id)
        if m is None:
            raise ApiError(404, f"no merged event {merged_id!r}")
        mentions = store.mentions_of(m.id)
        names = store.names([m.source, m.target])
        return {"ok": True, "merged": {
            **m.to_dict(), "negated": sum(e.negated for e in mentions),
            "denied": sum(e.modality == "denied" and not e.negated for e in mentions),
            "source_name": names.get(m.source or ""),
            "target_name": names.get(m.target or ""),
            "mentions_shown": min(len(mentions), 500),
            "mentions_list": store.event_records(mentions[:500], True)}}

    @api.get("/api/post", tags=["events"], summary="One post, its document and its events")
    def post(store: Store,
             doc: Annotated[str, Query(max_length=LIMITS["text"], description="Document id.")],
             post: Annotated[int, Query(ge=0, le=10_000_000, description="Post number.")]
             ) -> dict[str, Any]:
        found = store.post(doc, post)
        if found is None:
            raise ApiError(404, f"no post {post} in document {doc!r}")
        return {"ok": True, **found}

    @api.get("/api/actors", tags=["actors"], summary="Actors of the store, by name")
    def actors(
        request: Request, store: Store,
        q: Annotated[str | None, Query(max_length=LIMITS["text"], description=(
            "Id, name or alias contains this."))] = None,
        kind: Annotated[str | None, Query(max_length=40, description=(
            "Only this kind: state, military, militia, person..."))] = None,
        offset: Offset = 0,
        limit: _limit(100, LIMITS["actors"], "actors") = 100,  # type: ignore[valid-type]
    ) -> dict[str, Any]:
        found = store.actor_page(q.strip() if q else None, kind, limit + 1, offset)
        page = [{**a.to_dict(), "counts": counts} for a, counts in found[:limit]]
        return {"ok": True, "count": len(page), "limit": limit, "offset": offset,
                "next": _next(request, offset, limit, len(found) > limit), "actors": page}

    MaxEvents = Annotated[int, Query(ge=0, le=200, description=(
        "At most this many key events (0 to 200)."))]
    ProfileSince = Annotated[str | None, Query(pattern=_DATE, description=(
        "Events dated (or ending) on or after this ISO date."))]
    ProfileUntil = Annotated[str | None, Query(pattern=_DATE, description=(
        "Events dated on or before this ISO date."))]

    def actor_profile(store: WebStore, actor_id: str, since: str | None, until: str | None,
                      max_events: int) -> Any:
        from ..profile import build_profile

        if since and until and since > until + "z":
            raise ApiError(400, f"since ({since}) is after until ({until})")
        return build_profile(store, actor_id, _check_date("since", since),
                             _check_date("until", until), max_events)

    # Before /api/actors/{actor_id:path}, whose path parameter would take "/profile" in.
    @api.get("/api/actors/{actor_id:path}/profile", tags=["actors"],
             summary="An actor profile: identity, activity, relations, key events, contested "
                     "claims, sources")
    def profile(store: Store, actor_id: Annotated[str, PathParam(
            max_length=LIMITS["text"], description="The actor's id (or name, alias, ID*).")],
                since: ProfileSince = None, until: ProfileUntil = None,
                max_events: MaxEvents = 25) -> dict[str, Any]:
        """What `actorgraph profile ACTOR --to json` prints; footnotes are numbers into
        `sources`."""
        return {"ok": True, **actor_profile(store, actor_id, since, until,
                                            max_events).to_dict()}

    @api.get("/api/actors/{actor_id:path}", tags=["actors"],
             summary="An actor card: aliases, affiliations, counts, types, counterparts")
    def actor(store: Store, f: Filters, actor_id: Annotated[str, PathParam(
            max_length=LIMITS["text"], description="The actor's id, e.g. IRN.")]
              ) -> dict[str, Any]:
        """Counterparts are counted over merged events that happened, with the filters."""
        card = store.actor_card(actor_id, f)
        if card is None:
            raise ApiError(404, f"no actor {actor_id!r} in this store")
        from ..store.relations import relation_dicts

        return {"ok": True, **card, "relations": relation_dicts(store, actor_id, evidence=5)}

    @api.get("/api/relations", tags=["relations"],
             summary="Standing relations: who backs, leads, belongs to or sides with whom")
    def relations(
        store: Store,
        actor: Annotated[str | None, Query(max_length=LIMITS["text"], description=(
            "Either side is this actor: an id, name or alias, or ID* for a prefix."))] = None,
        type: Annotated[RelationType | None, Query(  # noqa: A002
            description="Only this relation type.")] = None,
        contested: Annotated[bool, Query(description=(
            "Only relations one source states and another denies."))] = False,
        limit: _limit(500, 5000, "relations") = 500,  # type: ignore[valid-type]
    ) -> dict[str, Any]:
        """Merged across documents (same type, source, target), each with the sentences
        that state it; dictionary affiliations are cited to the actor dictionary."""
        from ..store.relations import relation_dicts

        found = relation_dicts(store, actor, type, contested, limit)
        return {"ok": True, "count": len(found), "relations": found}

    @api.get("/api/graph", tags=["network"],
             summary="The actor network: nodes and aggregated edges, capped")
    def graph(
        store: Store, f: Filters,
        depth: Annotated[int, Query(ge=1, le=3, description=(
            "With actor: how many events away from it to go."))] = 1,
        max_nodes: Annotated[int, Query(ge=1, le=LIMITS["nodes"], description=(
            "Keep the actors with the most events."))] = MAX_NODES,
        max_edges: Annotated[int, Query(ge=1, le=LIMITS["edges"], description=(
            "Keep the edges with the most events."))] = MAX_EDGES,
        roll_up: Annotated[Literal["country", "parent"] | None, Query(description=(
            "Merge each actor into its country or its parent organisation."))] = None,
    ) -> dict[str, Any]:
        """Edges count merged events that some source says happened, per (source, target,
        type); nodes are sized by those counts. `truncated` says a cap cut something."""
        found = store.ego_network(f, depth, max_nodes, max_edges, roll_up)
        return {"ok": True, "count": {"nodes": len(found["nodes"]),
                                      "edges": len(found["edges"])}, **found}

    @api.get("/api/map", tags=["events"],
             summary="Merged events with coordinates, as map points, and geocoding coverage")
    def map_points(
        store: Store, f: Filters, show_all: ShowAll = False,
        limit: _limit(2000, LIMITS["points"], "points") = 2000,  # type: ignore[valid-type]
    ) -> dict[str, Any]:
        """One point per merged event whose place has coordinates (the busiest first);
        `coverage` counts the matching events with a place and those of them with
        coordinates."""
        found = store.map_points(listing(f, show_all), limit)
        return {"ok": True, "count": len(found["points"]), **found}

    @api.get("/api/timeline", tags=["events"],
             summary="Dated event mentions with the span their date stands for")
    def timeline(
        request: Request, store: Store, f: Filters, show_all: ShowAll = False,
        offset: Offset = 0,
        limit: _limit(500, LIMITS["timeline"], "events") = 500,  # type: ignore[valid-type]
    ) -> dict[str, Any]:
        """`span` is [start, end) at the date's real precision: a year-only date spans the
        year; `date_basis` says where the date comes from (text, relative, inherited,
        published)."""
        items, more = store.timeline_items(replace(listing(f, show_all), limit=limit,
                                                   offset=offset))
        return {"ok": True, "count": len(items), "limit": limit, "offset": offset,
                "next": _next(request, offset, limit, more), "events": items}

    @api.get("/api/claims", tags=["claims"],
             summary="Who asserts or denies which events; contested events side by side")
    def claims(
        request: Request, store: Store, f: Filters,
        contested: Annotated[bool, Query(description=(
            "Only events sources disagree about, each side with its evidence."))] = False,
        offset: Offset = 0,
        limit: _limit(100, LIMITS["claims"], "claims") = 100,  # type: ignore[valid-type]
    ) -> dict[str, Any]:
        if contested:
            found = cache.get(store, ("contested", f), lambda: store.contested(f))
            page = found[offset:offset + limit]
            ids = {x for c in page for x in (c.source, c.target)}
            ids |= {x for c in page for s in c.sides for i in s.items
                    for x in (i.by, i.source, i.target)}
            ids |= {s.position for c in page if c.kind in ("source", "target") for s in c.sides}
            return {"ok": True, "count": len(page), "limit": limit, "offset": offset,
                    "next": _next(request, offset, limit, len(found) > offset + limit),
                    "contested": [c.to_dict() for c in page], "names": store.names(ids)}
        records = list(store.claims(replace(f, limit=limit + 1, offset=offset)))
        page_records = records[:limit]
        events_json = iter(store.event_records([r.event for r in page_records if r.event]))
        names = store.names(r.claim.asserted_by for r in page_records)
        # (a claim on a proposition with no event: "event" is null, the claimed words are
        # the claim's "proposition")
        out = [{"claim": {**r.claim.to_dict(),
                          "asserted_by_name": names.get(r.claim.asserted_by or "")},
                "event": next(events_json) if r.event else None} for r in page_records]
        return {"ok": True, "count": len(out), "limit": limit, "offset": offset,
                "next": _next(request, offset, limit, len(records) > limit), "claims": out}

    @api.get("/api/search", tags=["search"], summary="Actors and post text (full-text search)")
    async def search(
        store: Store,
        q: Annotated[str, Query(min_length=1, max_length=LIMITS["text"], description=(
            'Words that must all appear; "quoted phrases" and word* prefixes work.'))],
        limit: _limit(20, LIMITS["search"], "hits of each kind") = 20,  # type: ignore[valid-type]
    ) -> dict[str, Any]:
        """Post snippets mark the matches with « and »."""
        if not q.strip():
            raise ApiError(400, "q: give some words to search for")
        # Searches take turns on a lane of their own: a slow one holds up other searches,
        # never the other routes (see Lanes).
        hits = await heavy.run("search", lambda: store.search(q, limit))
        return {"ok": True, "count": len(hits), "q": q,
                "actors": [h.to_dict() for h in hits if h.kind == "actor"],
                "posts": [h.to_dict() for h in hits if h.kind == "post"]}

    # -- JSON twins of the pages, named as in datasette (`serve --get /events.json`) ------

    for twin, endpoint in (("/events.json", events), ("/merged.json", merged),
                           ("/actors.json", actors), ("/graph.json", graph),
                           ("/timeline.json", timeline), ("/claims.json", claims),
                           ("/map.json", map_points),
                           ("/search.json", search)):
        api.get(twin, include_in_schema=False)(endpoint)
    app.include_router(api)
    from .review import install as install_review

    install_review(app, path, review_token)  # write routes only with a token: see web/review.py

    # -- pages -----------------------------------------------------------------------------

    pages = {"/": ("network.html", "Network", "/api/graph"),
             "/timeline": ("timeline.html", "Timeline", "/api/timeline"),
             "/evidence": ("evidence.html", "Evidence", "/api/merged"),
             "/map": ("map.html", "Map", "/api/map"),
             "/search": ("search.html", "Search", "/api/search")}

    def page_route(template: str, title: str, twin: str) -> Callable[..., Response]:
        def show(request: Request, store: Store) -> Response:
            return _page(env, template, request, missing, title=title, twin=twin,
                         meta=cached_meta(store))
        show.__name__ = f"page_{title.lower()}"
        return show

    for url, (template, title, twin) in pages.items():
        app.get(url, response_class=HTMLResponse, include_in_schema=False,
                dependencies=[])(page_route(template, title, twin))

    @app.get("/actors/{actor_id:path}", response_class=HTMLResponse, include_in_schema=False)
    def actor_page(request: Request, store: Store, actor_id: str,
                   since: ProfileSince = None, until: ProfileUntil = None,
                   max_events: MaxEvents = 25) -> Response:
        from urllib.parse import quote

        from markupsafe import Markup

        from ..profile import to_html_body

        try:
            found = actor_profile(store, actor_id, since, until, max_events)
        except (ActorGraphError, ApiError) as exc:
            return _page(env, "error.html", request, missing, status=404,
                         title="Not found", message=str(exc), meta=cached_meta(store))
        twin = f"/api/actors/{quote(found.actor['id'], safe='')}/profile"
        return _page(env, "actor.html", request, missing, title=found.actor["name"],
                     twin=twin, meta=cached_meta(store),
                     profile=Markup(to_html_body(found, links=True)))

    @app.get("/api", response_class=HTMLResponse, include_in_schema=False)
    def api_index(request: Request) -> Response:
        schema = app.openapi()
        routes = []
        for route_path, methods in schema["paths"].items():
            for method, op in methods.items():
                params = [{"name": p["name"], "in": p["in"], "required": p.get("required", False),
                           "description": p.get("description", "")}
                          for p in op.get("parameters", [])]
                routes.append({"method": method.upper(), "path": route_path,
                               "summary": op.get("summary", ""),
                               "description": op.get("description", ""), "params": params})
        return _page(env, "api.html", request, missing, title="API", twin="/openapi.json",
                     routes=routes)

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)

    return app


class Lanes:
    """Named lanes where work of one kind runs on a thread of its own, one at a time, so that
    requests of that kind (full-text searches, which hostile queries make slow) take turns
    among themselves and never hold the query threads the other routes need.

    A request waiting in its lane is still inside its time budget (see :class:`Pool`): once
    that has run out, its query is interrupted at its first step and answered 503.
    """

    def __init__(self) -> None:
        self.limiters: dict[str, Any] = {}

    async def run(self, lane: str, work: Callable[[], Any]) -> Any:
        import anyio
        import anyio.to_thread

        if lane not in self.limiters:  # made here: a limiter needs the running event loop
            self.limiters[lane] = anyio.CapacityLimiter(1)
        return await anyio.to_thread.run_sync(work, limiter=self.limiters[lane])


class Health:
    """``/healthz``: its own connection and thread, so it answers while every query thread
    is busy; 503 when the store cannot be read or its file was deleted or replaced."""

    def __init__(self, path: str, identity: StoreIdentity) -> None:
        self.path = path
        self.identity = identity
        self.lock = threading.Lock()
        self.store: WebStore | None = None

    def _probe(self) -> tuple[int, dict[str, Any]]:
        problem = self.identity.problem()
        if problem:
            return 503, {"ok": False, "error": problem}
        with self.lock:
            try:
                if self.store is None:
                    self.store = WebStore(self.path)
                with time_budget(self.store.conn, 2.0):
                    docs = self.store.conn.execute(
                        "SELECT count(*) FROM documents").fetchone()[0]
            except (ActorGraphError, sqlite3.Error) as exc:
                return 503, {"ok": False, "error": f"{self.path}: cannot read the store: {exc}"}
        return 200, {"ok": True, "version": _version(), "documents": docs}

    async def answer(self) -> Response:
        import anyio.to_thread

        if not hasattr(self, "limiter"):
            self.limiter = anyio.CapacityLimiter(1)
        status, body = await anyio.to_thread.run_sync(self._probe, limiter=self.limiter)
        return JSONResponse(body, status_code=status)


class StoreCache:
    """Results recomputed only when the store changed, the last few of them kept.

    For what is dear and asked for again and again with the same filters: the
    overview every page shows, and the contested claims, which are all found
    to serve any page of them.
    """

    def __init__(self, path: str, size: int = 32) -> None:
        self.path = path
        self.size = size
        self.stamp: Any = None
        self.entries: dict[Any, Any] = {}
        self.lock = threading.Lock()

    def get(self, store: WebStore, key: Any, compute: Callable[[], Any]) -> Any:
        # The newest document's rowid catches a commit that left the files' times and sizes
        # alike. It is read inside the request's snapshot, so a commit after it gives the
        # next request another stamp and a fresh result.
        newest = store.conn.execute("SELECT max(rowid) FROM documents").fetchone()[0]
        stamp = (_stamp(self.path), newest, review_stamp(store.conn))
        key = (is_reviewed(store), key)  # the reviewed view and the raw one differ
        with self.lock:
            if stamp == self.stamp and key in self.entries:
                return self.entries[key]
        value = compute()  # outside the lock: other requests go on meanwhile
        with self.lock:
            if stamp != self.stamp:
                self.stamp, self.entries = stamp, {}
            self.entries.pop(key, None)
            self.entries[key] = value  # newest last: dicts keep insertion order
            while len(self.entries) > self.size:
                del self.entries[next(iter(self.entries))]
        return value


#: How ``actorgraph serve --workers N`` tells its worker processes what to serve.
SERVE_DB, SERVE_HOSTS = "ACTORGRAPH_SERVE_DB", "ACTORGRAPH_SERVE_HOSTS"
SERVE_REVIEW = "ACTORGRAPH_SERVE_REVIEW_TOKEN"


def app_from_environment() -> FastAPI:
    """The app for one of several uvicorn worker processes (each imports it by name)."""
    import os

    hosts = os.environ.get(SERVE_HOSTS)
    return create_app(os.environ[SERVE_DB], allowed_hosts=hosts.split(",") if hosts else None,
                      review_token=os.environ.get(SERVE_REVIEW) or None)


def _stamp(path: str) -> tuple[tuple[int, int], ...]:
    """When and how much the store's files (database and write-ahead log) last changed."""
    out = []
    for name in (path, path + "-wal"):
        try:
            st = Path(name).stat()
            out.append((st.st_mtime_ns, st.st_size))
        except OSError:
            out.append((0, 0))
    return tuple(out)


def _wants_html(request: Request) -> bool:
    path = request.url.path
    if path.startswith(("/api", "/static", "/healthz")) or path.endswith(".json"):
        return False
    return "text/html" in request.headers.get("accept", "")


def _page(env: jinja2.Environment, template: str, request: Request, missing: list[str],
          status: int = 200, **values: Any) -> HTMLResponse:
    values.setdefault("title", "actorgraph")
    values.setdefault("twin", None)
    values.setdefault("meta", None)
    html = env.get_template(template).render(
        path=request.url.path, version=_version(), vendor_missing=missing, **values)
    return HTMLResponse(html, status_code=status)


# -- `actorgraph serve --get PATH`: one request, no server ---------------------------------


def call(app: ASGIApp, target: str) -> tuple[int, dict[str, str], bytes]:
    """GET ``target`` (a path with its query string) from ``app`` in-process.

    Returns (status, headers, body). What ``actorgraph serve --get`` prints.
    """
    parts = urlsplit(target if target.startswith("/") else "/" + target)
    scope: dict[str, Any] = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET",
        "scheme": "http", "path": unquote(parts.path), "raw_path": parts.path.encode(),
        "query_string": parts.query.encode(), "root_path": "",
        "headers": [(b"host", b"127.0.0.1"), (b"accept", b"application/json")],
        "client": ("127.0.0.1", 0), "server": ("127.0.0.1", 0),
    }
    status = 500
    headers: dict[str, str] = {}
    body = bytearray()

    async def receive() -> Message:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: Message) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]
            headers.update((k.decode("latin-1"), v.decode("latin-1"))
                           for k, v in message.get("headers", []))
        elif message["type"] == "http.response.body":
            body.extend(message.get("body", b""))

    async def main() -> None:
        await app(scope, receive, send)

    asyncio.run(main())
    return status, headers, bytes(body)
