"""Actor profiles and the UI fixes of issue 16 in a real browser (Debian's Chromium, Playwright).

The store is the web tests' hand-made corpus (its hostile document included: ``<script>``
and ``onerror=`` payloads in a post, an actor name, a title, an author and a link) plus a
document of thirty events in 2000-2010 and one stray event dated 1705. No model is loaded,
except by the last test, which codes the example thread for the README's screenshot of the
actor page (``docs/screenshots/actor.png``, written when missing or with
``UPDATE_SCREENSHOTS=1``).
"""

from __future__ import annotations

import os
import re
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

from helpers import (  # noqa: E402
    BROWSER_ARGS,
    CSP_WATCH,
    EVIL_NAME,
    SCRIPT,
    serving,
    web_coded,
    web_corpus,
)
from playwright.sync_api import Page, expect, sync_playwright  # noqa: E402

from actorgraph.profile import build_profile, to_html  # noqa: E402
from actorgraph.readers import read_path  # noqa: E402
from actorgraph.store.db import Store  # noqa: E402
from actorgraph.web import app as webapp  # noqa: E402

ROOT = Path(__file__).parents[1]
EXAMPLE = ROOT / "src" / "actorgraph" / "examples" / "iran-iraq-thread.txt"
ARTIFACTS = ROOT / "test-artifacts"
README_SHOT = ROOT / "docs" / "screenshots" / "actor.png"
TIMEOUT_MS = 15_000


def dense_dates():
    """Thirty clashes in 2000-2010 and one stray event in 1705."""
    posts = [[(f"Iraq attacked Iran on {1 + i % 28} May {2000 + i % 11}.",
               dict(type="ASSAULT", source="IRQ", target="IRN",
                    date=f"{2000 + i % 11}-05-{1 + i % 28:02d}"))] for i in range(30)]
    posts.append([("In 1705 Iran consulted Iraq.",
                   dict(type="CONSULT", source="IRN", target="IRQ", date="1705"))])
    return web_coded("dense", posts, title="Dense", published="2011-01-01")


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("profile-browser") / "store.db"
    with Store(path) as store:
        store.write_many([*web_corpus(), dense_dates()])
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


def new_page(browser, base_url: str | None = None) -> Page:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=base_url)
    context.set_default_timeout(TIMEOUT_MS)
    context.add_init_script(CSP_WATCH)
    pg = context.new_page()
    pg.errors = []  # type: ignore[attr-defined]
    pg.on("pageerror", lambda exc: pg.errors.append(str(exc)))  # type: ignore[attr-defined]
    pg.requested = []  # type: ignore[attr-defined]
    pg.on("request", lambda r: pg.requested.append(r.url))  # type: ignore[attr-defined]
    return pg


@pytest.fixture()
def page(browser, server):
    pg = new_page(browser, server)
    yield pg
    pg.context.close()


def shot(page: Page, name: str, **kwargs) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), **kwargs)
    return path


def assert_safe(page: Page) -> None:
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.evaluate("document.querySelectorAll('script:not([src])').length") == 0
    assert page.evaluate("document.querySelectorAll('main img, article img').length") == 0
    assert page.evaluate("document.querySelectorAll('a[href^=\"javascript:\" i]').length") == 0
    assert page.evaluate("window.__violations") == []
    assert page.errors == []  # type: ignore[attr-defined]


def test_standalone_html_runs_nothing_and_requests_nothing(browser, store_path, tmp_path):
    with Store(store_path) as store:
        files = {}
        for actor in ("PRV.ORG.EVIL", "Iran"):
            f = tmp_path / f"{actor}.html"
            f.write_text(to_html(build_profile(store, actor)), encoding="utf-8")
            files[actor] = f
    pg = new_page(browser)
    try:
        for f in files.values():
            pg.requested.clear()  # type: ignore[attr-defined]
            pg.goto(f.as_uri())
            expect(pg.locator("article.profile h1")).to_be_visible()
            assert pg.requested == [f.as_uri()]  # type: ignore[attr-defined]
            assert pg.evaluate("document.scripts.length") == 0
            assert_safe(pg)
        # the hostile name is text, and the chart is drawn
        expect(pg.locator("article.profile h1")).to_contain_text("Iran")
        assert pg.locator("svg.chart rect").count() >= 3
        pg.goto(files["PRV.ORG.EVIL"].as_uri())
        expect(pg.locator("article.profile h1")).to_contain_text(EVIL_NAME)
        expect(pg.locator("#key-events blockquote").first).to_contain_text(SCRIPT)
        shot(pg, "profile-standalone-hostile", full_page=True)
        assert_safe(pg)
    finally:
        pg.context.close()


def test_actor_page_from_the_card_and_from_search(page: Page):
    page.goto("/?actor=IRN")
    page.wait_for_selector("body[data-ready]")
    link = page.locator("#actor-card #profile-link")
    expect(link).to_have_attribute("href", re.compile(r"/actors/IRN$"))
    link.click()
    page.wait_for_url("**/actors/IRN")
    for section in ("identity", "activity", "relations", "key-events", "contested", "sources"):
        expect(page.locator(f"section#{section}")).to_be_visible()
    expect(page.locator("#contested .side")).to_have_count(2)
    page.locator("#key-events a.fn").first.click()
    expect(page.locator("#sources li:target")).to_have_count(1)
    # printing: the page's chrome goes, the brief stays
    page.emulate_media(media="print")
    expect(page.locator("header.top")).to_be_hidden()
    expect(page.locator("section#key-events")).to_be_visible()
    page.emulate_media(media="screen")
    assert_safe(page)

    page.goto("/actors/PRV.ORG.EVIL")
    expect(page.locator("article.profile h1")).to_contain_text(EVIL_NAME)
    assert_safe(page)

    page.goto("/search?q=Quds")
    hit = page.locator("#actor-hits .profile-link").first
    expect(hit).to_have_attribute("href", re.compile(r"/actors/IRN\.MIL\.QUDS$"))
    hit.click()
    page.wait_for_url("**/actors/IRN.MIL.QUDS")
    expect(page.locator("article.profile h1")).to_contain_text("Quds Force")
    assert_safe(page)


def test_biggest_nodes_are_labelled_legibly_at_the_default_zoom(page: Page):
    page.goto("/")
    page.wait_for_selector("body[data-ready]")
    sizes = page.evaluate("""() => {
        const cy = window.agNetwork.cy;
        const z = cy.zoom();
        const px = (n) => parseFloat(n.style("font-size")) * z;
        const shown = (n) => px(n) >= parseFloat(n.style("min-zoomed-font-size"));
        const major = cy.nodes(".major");
        const biggest = cy.nodes().sort((a, b) => b.data("events") - a.data("events"))[0];
        return {majors: major.map((n) => [px(n), shown(n)]), count: cy.nodes().length,
                biggest: biggest.hasClass("major")};
    }""")
    assert sizes["biggest"]
    assert sizes["majors"] and all(px >= 11 and shown for px, shown in sizes["majors"])
    assert_safe(page)


def test_timeline_opens_on_the_dense_part_with_the_full_span_a_click_away(page: Page):
    page.goto("/timeline")
    page.wait_for_selector("body[data-ready]")
    window = page.evaluate("() => { const w = window.agTimeline.timeline.getWindow();"
                           " return [w.start.getUTCFullYear(), w.end.getUTCFullYear()]; }")
    assert window[0] >= 1900 and window[1] <= 2021  # not from 1705
    button = page.locator("#full-span")
    expect(button).to_be_visible()
    expect(button).to_contain_text("1705")
    button.click()
    start = page.evaluate("window.agTimeline.timeline.getWindow().start.getUTCFullYear()")
    assert start <= 1705
    page.locator("#dense-span").click()
    start = page.evaluate("window.agTimeline.timeline.getWindow().start.getUTCFullYear()")
    assert start >= 1900
    # vis-timeline's own <style> injection is off: no CSP error in the console
    assert page.evaluate("document.querySelectorAll('head style').length") == 0
    expect(page.locator(".vis-timeline")).to_be_visible()
    assert_safe(page)


def test_readme_screenshot_of_the_actor_page(browser, coder, tmp_path):
    path = tmp_path / "example.db"
    [doc] = read_path(EXAMPLE)
    with Store(path) as store:
        store.write(coder.code(doc))
    with serving(webapp.create_app(path)) as url:
        pg = new_page(browser, url)
        try:
            pg.set_viewport_size({"width": 1000, "height": 900})
            pg.goto("/actors/IRN")
            expect(pg.locator("section#key-events")).to_be_visible()
            assert_safe(pg)
            out = shot(pg, "actor-readme", full_page=True)
            if not README_SHOT.exists() or os.environ.get("UPDATE_SCREENSHOTS") == "1":
                README_SHOT.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(out, README_SHOT)
        finally:
            pg.context.close()
