"""The web UI in a real browser: Debian's Chromium driven by Playwright for Python.

A store is built from the shipped example thread (coded with the real model)
plus one hostile hand-made document whose post text, author, title, link and
actor name carry ``<script>`` and ``onerror=`` payloads. uvicorn serves it on
a free loopback port in a background thread. The test clicks through the
network (an actor, an edge and its evidence sentence), the timeline, the
evidence page and search, checks that no payload ran, and saves a
screenshot of each page in ``test-artifacts/``.

``docs/screenshots/network.png`` (the README's picture) is written when it is
missing or when ``UPDATE_SCREENSHOTS=1``, so test runs do not churn it.

Needs ``/usr/bin/chromium`` (``apt-get install -y chromium``) and
``pip install playwright``; no ``playwright install``.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.browser]

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip("browser tests need Debian's Chromium at /usr/bin/chromium "
                "(apt-get install -y chromium)", allow_module_level=True)
pytest.importorskip("playwright.sync_api",
                    reason="browser tests need Playwright for Python: pip install playwright")
pytest.importorskip("uvicorn", reason="no web extra: pip install 'actorgraph[web]'")

from helpers import BAGHDAD, BROWSER_ARGS, CSP_WATCH, EVIL_NAME, IMG, SCRIPT, serving  # noqa: E402
from helpers import web_coded as coded  # noqa: E402
from playwright.sync_api import Page, expect, sync_playwright  # noqa: E402

from actorgraph.readers import read_path  # noqa: E402
from actorgraph.store.db import Store  # noqa: E402
from actorgraph.web import app as webapp  # noqa: E402

ROOT = Path(__file__).parents[1]
EXAMPLE = ROOT / "src" / "actorgraph" / "examples" / "iran-iraq-thread.txt"
ARTIFACTS = ROOT / "test-artifacts"
README_SHOT = ROOT / "docs" / "screenshots" / "network.png"
MAP_SHOT = ROOT / "docs" / "screenshots" / "map.png"
MISSILES = "Iran fired missiles at US bases in Iraq five days later."
# CSP_WATCH runs in every page before its own scripts. (Waiting is done on DOM state, as
# Playwright's wait_for_function evaluates strings, which the CSP rightly forbids.)


def hostile():
    """A post full of payloads that denies an event of the thread (so it is contested)."""
    denial = "The Evil Brigade denied that Iran fired missiles at US bases on 8 January 2020."
    doc = coded("hostile-post", [[
        (f"{SCRIPT} {IMG} Greetings from the {EVIL_NAME}.", None),
        (denial, dict(type="ASSAULT", source="IRN", target="USA.MIL", date="2020-01-08",
                      modality="denied", negated=True, asserted_by="PRV.ORG.EVIL",
                      asserted_by_text=EVIL_NAME, denied_by="PRV.ORG.EVIL")),
        (f"The {EVIL_NAME} attacked Iran in Baghdad.",  # undated: not in the README picture
         dict(type="ASSAULT", source="PRV.ORG.EVIL", target="IRN", source_text=EVIL_NAME,
              location=BAGHDAD)),
    ]], title=f"Hostile {SCRIPT}", author=IMG, url="javascript:window.__pwned=3")
    # keep the dictionary's actors as the thread stored them; add only the hostile one
    doc.actors = {k: v for k, v in doc.actors.items() if k == "PRV.ORG.EVIL"}
    return doc


@pytest.fixture(scope="module")
def store_path(tmp_path_factory, coder):
    path = tmp_path_factory.mktemp("browser") / "example.db"
    [doc] = read_path(EXAMPLE)
    with Store(path) as store:
        store.write(coder.code(doc))
        store.write(hostile())
    return path


@pytest.fixture(scope="module")
def server(store_path):
    with serving(webapp.create_app(store_path)) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=BROWSER_ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser, server):
    context = browser.new_context(viewport={"width": 1440, "height": 900}, base_url=server)
    context.add_init_script(CSP_WATCH)
    pg = context.new_page()
    pg.errors = []  # type: ignore[attr-defined]
    pg.on("pageerror", lambda exc: pg.errors.append(str(exc)))  # type: ignore[attr-defined]
    yield pg
    context.close()


def shot(page: Page, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path))
    return path


def assert_safe(page: Page) -> None:
    """No payload ran, nothing was injected, and the CSP had nothing to block but styles."""
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.evaluate("document.querySelectorAll('script:not([src])').length") == 0
    assert page.evaluate("document.querySelectorAll('main img').length") == 0
    assert page.evaluate("document.querySelectorAll('a[href^=\"javascript:\" i]').length") == 0
    # none at all: vis-timeline's own <style> injection is turned off (scripts/vendor.py)
    assert page.evaluate("window.__violations") == []
    assert page.errors == []  # type: ignore[attr-defined]


def click_element(page: Page, element_id: str) -> None:
    """Click a node or the middle of an edge of the cytoscape graph, as a user would."""
    # A tall sidebar may have scrolled the graph away (checking a box scrolls it into view);
    # cytoscape reads the container's offset after the scroll event, so wait a moment.
    page.evaluate("() => window.agNetwork.cy.container().scrollIntoView({block: 'center'})")
    page.wait_for_timeout(150)
    point = page.evaluate("""(id) => {
        const cy = window.agNetwork.cy;
        const item = cy.getElementById(id);
        const p = item.isNode() ? item.renderedPosition() : item.renderedMidpoint();
        const box = cy.container().getBoundingClientRect();
        window.agTapped = null;  // what the click lands on
        cy.one("tap", (evt) => { window.agTapped = evt.target === cy ? "" : evt.target.id(); });
        return {x: box.left + p.x, y: box.top + p.y};
    }""", element_id)
    page.mouse.click(point["x"], point["y"])
    if page.evaluate("window.agTapped") != element_id:
        # Another edge drawn across the midpoint (the relation edges, added once their
        # request returns, can cross it) took the click: tap the element itself, so the
        # test reads what selecting it shows rather than where the layout put a neighbour.
        page.evaluate("(id) => window.agNetwork.cy.getElementById(id).emit('tap')", element_id)


def fit_all(page: Page) -> None:
    # The braces matter: cy.fit() returns the whole graph, which Playwright would try to
    # serialise (slowly, until the renderer runs out of memory).
    page.evaluate("() => { window.agNetwork.cy.fit(undefined, 30); }")


def click_edge(page: Page, edge_id: str) -> None:
    """Zoom onto an edge's two actors, then click the edge."""
    page.evaluate("(id) => { const cy = window.agNetwork.cy;"
                  " cy.fit(cy.getElementById(id).connectedNodes(), 150); }", edge_id)
    click_element(page, edge_id)


def test_network_actor_card_and_edge_evidence(page: Page):
    page.goto("/")
    page.wait_for_selector("body[data-ready]")
    expect(page.locator("#graph-status")).to_contain_text("actors")
    assert page.evaluate("window.agNetwork.cy.nodes().length") >= 10
    shot(page, "network")

    click_element(page, "IRN")
    card = page.locator("#actor-card")
    expect(card.locator("h2")).to_have_text("Iran")
    expect(card).to_contain_text("Aliases")
    expect(card).to_contain_text("Islamic Republic of Iran")
    expect(card).to_contain_text("as source")
    expect(card).to_contain_text("Most events with")
    shot(page, "network-actor")

    edge = "IRN\x1fUSA.MIL\x1fASSAULT"
    click_edge(page, edge)
    box = page.locator("#edge-events")
    # the edge's events in date order: the missiles are among them (an earlier killing of
    # American soldiers the Quds Force is accused of is an Iranian assault on US forces too)
    expect(box.locator("mark.evidence", has_text=MISSILES)).to_have_count(1)
    expect(page.locator("#detail .card-head")).to_contain_text("Iran")
    expect(page.locator("#detail .card-head")).to_contain_text("ASSAULT")
    expect(box).to_contain_text("post 12")
    fit_all(page)
    shot(page, "network-edge")

    # the hostile actor: its name is text in the card, never markup
    click_element(page, "PRV.ORG.EVIL")
    expect(page.locator("#actor-card h2")).to_have_text(EVIL_NAME)
    assert_safe(page)

    # the README's picture: the dated events of the thread, one edge open
    page.goto("/?since=1979")
    page.wait_for_selector("body[data-ready]")
    assert page.evaluate("window.agNetwork.cy.getElementById('PRV.ORG.EVIL').length") == 0
    # The dated graph's layout may put another edge across this one's middle (it did once
    # the role model found Iraq's aid a target in Iran): the user's click on an edge is
    # tested above; here the edge is opened as cytoscape delivers that click, a tap on it.
    page.evaluate("(id) => { window.agNetwork.cy.getElementById(id).emit('tap'); }", edge)
    expect(page.locator("#edge-events mark.evidence", has_text=MISSILES)).to_have_count(1)
    fit_all(page)
    path = shot(page, "network-readme")
    if not README_SHOT.exists() or os.environ.get("UPDATE_SCREENSHOTS") == "1":
        README_SHOT.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, README_SHOT)
    assert_safe(page)


def test_edge_table_row_opens_the_same_evidence(page: Page):
    page.goto("/?type=ASSAULT&since=2020")
    page.wait_for_selector("body[data-ready]")
    page.locator("#edge-list tbody tr", has_text="United States military").first.click()
    expect(page.locator("#edge-events mark.evidence", has_text=MISSILES)).to_have_count(1)
    assert_safe(page)


def test_timeline_real_precision_and_basis(page: Page):
    page.goto("/timeline")
    page.wait_for_selector("body[data-ready]")
    labels = [t.strip() for t in page.locator(".vis-labelset .vis-label").all_text_contents()]
    assert "text" in labels and "relative" in labels
    assert page.locator(".vis-item.prec-year").count() >= 1
    assert page.locator(".vis-item.prec-month").count() >= 1
    shot(page, "timeline")
    # "Two years later Iran rejected a ceasefire": a year-only, relative date
    rejected = page.evaluate("""() => {
        const items = window.agTimeline.timeline.itemsData.get();
        return items.filter((i) => i.className.includes("prec-year")
                             && i.content.textContent.includes("Saddam"))[0].id;
    }""")
    page.evaluate("(id) => { window.agTimeline.timeline.focus(id, {animation: false}); }", rejected)
    item = page.locator(".vis-item.prec-year", has_text="Saddam").first
    width = 0.0
    for _ in range(50):  # vis-timeline redraws on the next animation frames
        box = item.bounding_box()
        width = box["width"] if box else 0.0
        if width > 300:
            break
        page.wait_for_timeout(100)
    assert width > 300  # focused, the year is a wide span, not a point
    item.click()
    detail = page.locator("#detail")
    expect(detail.locator("mark.evidence")).to_contain_text("Two years later Iran rejected")
    expect(detail).to_contain_text("precision year")
    expect(detail.locator(".span-line .basis")).to_have_text("relative")
    shot(page, "timeline-selected")
    assert_safe(page)


def test_evidence_page_and_contested_claims(page: Page):
    page.goto("/evidence")
    expect(page.locator("#events-list article.merged").first).to_be_visible()
    expect(page.locator("#events-list mark.evidence").first).to_be_visible()
    contest = page.locator("#contested-list article.contest").first
    expect(contest).to_contain_text("contested stance")
    expect(contest.locator(".side-col")).to_have_count(2)
    expect(contest.locator(".side-asserts mark.evidence")).to_have_text(MISSILES)
    expect(contest.locator(".side-denies")).to_contain_text(EVIL_NAME)
    shot(page, "evidence")
    assert_safe(page)

    page.goto("/evidence?actor=PRV.ORG.EVIL")
    article = page.locator("#events-list article.event").first
    expect(article.locator(".post-text")).to_contain_text(SCRIPT)
    expect(article.locator(".post-text")).to_contain_text(IMG)
    expect(article.locator(".source-line")).to_contain_text(f"Hostile {SCRIPT}")
    expect(article.locator(".source-line .author")).to_have_text(IMG)
    shot(page, "evidence-hostile")
    assert_safe(page)

    page.goto("/evidence?doc=hostile-post&post=1")
    expect(page.locator("#post-focus")).to_contain_text(SCRIPT)
    assert_safe(page)


def test_map_points_click_evidence_offline(page: Page, server: str):
    """Points on the vendored world outlines, a click shows the evidence sentences, every
    request stays on this server (no tiles, no CDN), and the hostile post runs nothing."""
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto("/map")
    page.wait_for_selector("body[data-ready]")
    assert page.locator("#map path.country").count() > 100  # the basemap's countries
    points = page.locator("#map g.point")
    assert points.count() >= 2  # Najaf, Mosul, Baghdad, ... clustered at world scale
    expect(page.locator("#map-status")).to_contain_text("event(s) at")
    expect(page.locator("#map-coverage")).to_contain_text("have coordinates")
    colours = set(page.eval_on_selector_all(
        "#map circle.dot", "cs => cs.map(c => c.getAttribute('fill'))"))
    assert colours <= {"#3b7dd8", "#2e9e5b", "#e8912d", "#d63a3a", "#8a8f98"}
    page.evaluate("() => { window.agMap.zoomAt(16, ...window.agMap.project(44, 33.5)); }")
    # the biggest point: its events with their sentences
    points.last.click()
    card = page.locator("#place-card")
    expect(card.locator("article.merged").first).to_be_visible()
    expect(card.locator("mark.evidence").first).to_be_visible()
    # every point of Baghdad, the hostile one's name shown as text
    page.goto("/map?place=Baghdad&all=1")
    page.wait_for_selector("body[data-ready]")
    page.locator("#map g.point").first.click()
    expect(page.locator("#place-card")).to_contain_text(EVIL_NAME)
    page.goto("/map?since=1979")
    page.wait_for_selector("body[data-ready]")
    page.evaluate("() => { window.agMap.zoomAt(5, ...window.agMap.project(44, 33)); }")
    page.locator("#map g.point").last.click()
    expect(page.locator("#place-card mark.evidence").first).to_be_visible()
    path = shot(page, "map")
    if not MAP_SHOT.exists() or os.environ.get("UPDATE_SCREENSHOTS") == "1":
        MAP_SHOT.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, MAP_SHOT)
    assert requests and all(u.startswith(server + "/") for u in requests), [
        u for u in requests if not u.startswith(server)]
    assert_safe(page)


def test_search_text_and_actors(page: Page):
    page.goto("/search")
    page.fill("#q", "Quds Force")
    page.press("#q", "Enter")
    page.wait_for_url("**/search?q=Quds+Force")
    expect(page.locator("#actor-hits")).to_contain_text("Quds Force")
    expect(page.locator("#post-hits .post-hit").first).to_be_visible()
    expect(page.locator("#post-hits mark").first).to_have_text("Quds")
    shot(page, "search")
    page.locator("#post-hits .post-hit a").first.click()
    expect(page.locator("#post-focus")).to_contain_text("Quds Force")
    assert_safe(page)

    page.goto("/search?q=script")
    expect(page.locator("#post-hits .snippet").first).to_contain_text("window.__pwned")
    expect(page.locator("#actor-hits")).to_contain_text(EVIL_NAME)
    assert_safe(page)
