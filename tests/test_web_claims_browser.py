"""The Evidence page shows a rebuttal inside one text like a dispute between documents:
the seed thread's officials' praise beside the author's "in fact" counter-claim.

Uses the fixtures of ``test_web_browser`` (Chromium, Playwright, uvicorn) over a store of
the seed thread (``../shared/examples/mansharof-thread.txt``) coded with the real model.
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.browser]

test_web_browser = pytest.importorskip("test_web_browser")
from playwright.sync_api import expect  # noqa: E402
from test_web_browser import (  # noqa: E402, F401  (fixtures)
    assert_safe,
    browser,
    page,
    server,
    shot,
)

from actorgraph.readers import read_path  # noqa: E402
from actorgraph.store.db import Store  # noqa: E402

SEED = Path(__file__).parents[2] / "shared" / "examples" / "mansharof-thread.txt"
IN_FACT = ("But in fact, the Quds Force led by soleimani took advantage of the ISIS crisis to "
           "maximize the Iranian influence in Iraq.")


@pytest.fixture(scope="module")
def store_path(tmp_path_factory, coder):
    if not SEED.is_file():
        pytest.skip(f"{SEED} is not there")
    path = tmp_path_factory.mktemp("seed-browser") / "seed.db"
    [doc] = read_path(SEED)
    with Store(path) as store:
        store.write(coder.code(doc))
    return path


def test_evidence_page_shows_the_rebuttal_side_by_side(page):  # noqa: F811
    page.goto("/evidence")
    contest = page.locator("#contested-list article.contest").first
    expect(contest).to_contain_text("contested stance")
    expect(contest.locator(".side-col")).to_have_count(2)
    asserts = contest.locator(".side-asserts")
    expect(asserts.locator("h3")).to_have_text("asserts")
    expect(asserts.locator("mark.evidence")).to_contain_text(
        "senior Iranian officials praise his contribution to the liberation of Iraq")
    expect(asserts.locator(".who strong")).to_have_text("Iran government")
    disputes = contest.locator(".side-disputes")
    expect(disputes.locator("h3")).to_have_text("disputes")
    expect(disputes.locator("mark.evidence")).to_have_text(IN_FACT)
    expect(disputes.locator(".who strong")).to_have_text("Yossi Mansharof")
    shot(page, "evidence-rebuttal")
    assert_safe(page)
