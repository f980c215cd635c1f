"""Reviewing in a real browser (Debian's Chromium, Playwright): `serve --review` (issue 17).

The web tests' hand-made store (hostile strings included) is served in review
mode. In the evidence page the test rejects one event and edits another;
`actorgraph events` then shows both changes; without the token every POST is
refused; and no payload of the hostile document runs.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.browser]

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip("browser tests need Debian's Chromium at /usr/bin/chromium",
                allow_module_level=True)
pytest.importorskip("playwright.sync_api", reason="browser tests need Playwright for Python")
pytest.importorskip("uvicorn", reason="no web extra: pip install 'actorgraph[web]'")

from click.testing import CliRunner  # noqa: E402
from helpers import BROWSER_ARGS, CSP_WATCH, serving, web_corpus  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

from actorgraph.cli import cli  # noqa: E402
from actorgraph.store.db import Store  # noqa: E402
from actorgraph.web import app as webapp  # noqa: E402

TOKEN = "browser-test-token-0123456789"


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    path = tmp_path_factory.mktemp("review") / "s.db"
    with Store(path) as store:
        store.write_many(web_corpus())
    with serving(webapp.create_app(path, review_token=TOKEN)) as url:
        yield str(path), url


def _events(path: str, *more: str) -> dict[str, dict]:
    result = CliRunner().invoke(cli, ["events", "--db", path, "--format", "jsonl", *more])
    assert result.exit_code == 0, result.output
    return {r["id"]: r for r in map(json.loads, result.output.splitlines())}


def _safe(page) -> None:
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.evaluate("document.querySelectorAll('script:not([src])').length") == 0
    assert page.evaluate("document.querySelectorAll('main img').length") == 0
    assert [v for v in page.evaluate("window.__violations")
            if not v.startswith("style-src-elem")] == []
    assert page.errors == []


def test_reject_and_edit_in_the_page_then_the_cli_shows_both(served):
    path, base = served
    before = _events(path)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=BROWSER_ARGS)
        try:
            context = browser.new_context(base_url=base)
            context.add_init_script(CSP_WATCH)
            page = context.new_page()
            page.errors = []
            page.on("pageerror", lambda exc: page.errors.append(str(exc)))
            page.goto(f"/evidence?token={TOKEN}")
            assert "token" not in page.url  # the redirect dropped it; a cookie holds it
            page.locator("article.event .review-reject").first.wait_for(timeout=15000)
            _safe(page)
            cards = page.locator("article.event")
            rejected = cards.nth(0).get_attribute("data-id")
            with page.expect_navigation():
                cards.nth(0).locator(".review-reject").click()
            page.locator("article.event .review-edit").first.wait_for(timeout=15000)
            edited = next(i for i in page.locator("article.event").evaluate_all(
                "(cs) => cs.map((c) => c.dataset.id)") if i != rejected)
            card = page.locator(f"article.event[data-id='{edited}']").first
            card.locator(".review-edit").click()
            card.locator(".review-field").select_option("date")
            card.locator(".review-value").fill("2003-04")
            card.locator(".review-note").fill("checked <b>by hand</b>")
            with page.expect_navigation():
                card.locator(".review-save").click()
            card = page.locator(f"article.event[data-id='{edited}']").first
            card.locator(".badge.reviewed").wait_for(timeout=15000)
            card.locator(".review-history-button").click()
            card.locator(".review-entry").first.wait_for(timeout=15000)
            assert "checked <b>by hand</b>" in card.locator(".review-entry").first.inner_text()
            assert page.locator(f"article.event[data-id='{rejected}']").count() == 0
            _safe(page)
            # a bad value: one error in the page, nothing written
            other = page.locator("article.event").first
            other.locator(".review-edit").click()
            other.locator(".review-field").select_option("type")
            other.locator(".review-value").fill("NOT_A_TYPE")
            other.locator(".review-save").click()
            other.locator(".review-message.error").wait_for(timeout=15000)
            assert "NOT_A_TYPE" in other.locator(".review-message").inner_text()

            # without the token (a fresh browser context, no cookie), every POST is refused
            stranger = browser.new_context(base_url=base)
            r = stranger.request.post(f"/api/review/{edited}?action=reject",
                                      headers={"Origin": base})
            assert r.status == 403
            stranger_page = stranger.new_page()
            stranger_page.goto("/evidence")
            stranger_page.locator("article.event .review-history-button").first.wait_for(
                timeout=15000)
            assert stranger_page.locator(".review-reject").count() == 0
            stranger.close()
            # with the cookie but from another origin: refused too
            r = context.request.post(f"/api/review/{edited}?action=reject",
                                     headers={"Origin": "http://evil.example"})
            assert r.status == 403
            context.close()
        finally:
            browser.close()
    after = _events(path)
    assert rejected in before and rejected not in after
    assert after[edited]["date"] == "2003-04" and after[edited]["reviewed"]
    raw = _events(path, "--raw")
    assert rejected in raw and raw[edited]["date"] == before[edited]["date"]
