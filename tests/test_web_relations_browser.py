"""The network page's relation edges and the actor card's relations, in a real browser.

Uses the fixtures of ``test_web_browser`` (Chromium, Playwright, uvicorn) and the same
store: the shipped example thread coded with the real model.
"""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.browser]

test_web_browser = pytest.importorskip("test_web_browser")
from playwright.sync_api import expect  # noqa: E402
from test_web_browser import (  # noqa: E402, F401  (fixtures)
    assert_safe,
    browser,
    click_element,
    page,
    server,
    shot,
    store_path,
)


def test_relations_are_dashed_edges_with_a_toggle_and_on_the_actor_card(page):  # noqa: F811
    page.goto("/")
    page.wait_for_selector("body[data-relations]", state="attached")
    n = page.evaluate("window.agNetwork.cy.edges('.relation').length")
    assert n >= 1
    style = page.evaluate("window.agNetwork.cy.edges('.relation')[0].style('line-style')")
    assert style == "dashed"
    legend = page.locator("#relation-legend")
    assert legend.locator("li").count() == 5

    page.locator("#show-relations").uncheck()
    hidden = page.evaluate(
        "window.agNetwork.cy.edges('.relation').filter(e => e.visible()).length")
    assert hidden == 0
    page.locator("#show-relations").check()
    shown = page.evaluate(
        "window.agNetwork.cy.edges('.relation').filter(e => e.visible()).length")
    assert shown == n

    click_element(page, "IRN")
    page.wait_for_selector("#actor-card li.relation")
    card = page.locator("#actor-card")
    expect(card.locator("h3", has_text="Relations")).to_have_count(1)
    relations = card.locator("li.relation")
    assert relations.count() >= 1
    assert card.locator("li.relation-evidence q").first.inner_text().strip()
    shot(page, "network-relations")
    assert_safe(page)
