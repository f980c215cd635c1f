"""The fixed train / dev / test split of the labelled event corpus.

An item's split is a function of its id alone (SHA-1 of the id, mod 100), so it never
changes when items are added, reordered or relabelled, and no one chooses it by hand.
The 300 items of the original development set (ids ``n…``, ``t…``, ``r…``) were
written alongside the rule coder and tuned against, so they never go to test: they
are dev when the hash falls in the dev or test band, train otherwise. New items:
test below 32, dev below 47, train above.

Items labelled from a development pool (ids ``pool-…``: real sentences a rule writer read
while changing the rules, labelled afterwards) were tuned against as well, so they never
go to test either: dev when the hash falls below 47, train otherwise.
"""

from __future__ import annotations

import hashlib

SPLITS = ("train", "dev", "test")
_TUNED_PREFIXES = ("n", "t", "r")
POOL_PREFIX = "pool-"


def split_of(item_id: str) -> str:
    h = int(hashlib.sha1(item_id.encode("utf-8")).hexdigest(), 16) % 100
    tuned = item_id[:1] in _TUNED_PREFIXES and item_id[1:].isdigit()
    if tuned or item_id.startswith(POOL_PREFIX):
        return "dev" if h < 47 else "train"
    if h < 32:
        return "test"
    return "dev" if h < 47 else "train"
