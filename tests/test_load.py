"""The loopback load test (``bench/load.py``), bounded: 50 concurrent clients, zero errors.

No timing is asserted (shared machines are noisy); ``python bench/load.py``
prints the figures.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest
from conftest import children, descendants, still_alive

httpx = pytest.importorskip("httpx")
pytest.importorskip("uvicorn")
pytest.importorskip("fastapi")

pytestmark = pytest.mark.slow

LOAD = Path(__file__).resolve().parents[1] / "bench" / "load.py"


def _load_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("actorgraph_bench_load", LOAD)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _server_tree(db: Path) -> set[int]:
    """The `actorgraph serve` process of ``db`` and all it started (uvicorn's workers)."""
    roots = [p for p in children(os.getpid()) if str(db).encode() in _cmdline(p)]
    return {*roots, *(p for root in roots for p in descendants(root))}


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


@pytest.mark.parametrize("workers", [1, 2])
def test_fifty_clients_get_every_answer(tmp_path, workers):
    load = _load_module()
    db = tmp_path / "load.db"
    load.build_store(db, docs=50)
    log = tmp_path / "serve.log"
    with load.serve(db, log, workers=workers) as base:
        # one process, or uvicorn's supervisor, its workers (and multiprocessing's helper)
        tree = _server_tree(db)
        assert len(tree) == 1 if workers == 1 else len(tree) >= 1 + workers, tree
        # every process keeps the loopback-only Host check (no DNS rebinding)
        for _ in range(4):
            refused = httpx.get(base + "/api/meta", headers={"Host": "evil.example"})
            assert refused.status_code == 400 and "not served here" in refused.text
        result = load.run_load(base, clients=50, requests=500, seconds=20)
    assert not still_alive(tree, 20), "a server process outlived its stop"
    print({k: result[k] for k in ("requests", "seconds", "requests_per_s", "latency_ms")})
    assert result["errors"] == 0, result["error_examples"]
    assert result["clients"] == 50
    assert result["completed"] == result["requests"], result  # every request answered
    if result["seconds"] < 20:  # stopped by the count, not by the clock of a busy machine
        assert result["requests"] == 500, result
    assert result["requests"] >= 100
    assert set(result["endpoints"]) == {name for name, _path, _query in load.MIX}
    assert sum(e["requests"] for e in result["endpoints"].values()) == result["requests"]
    assert result["requests_per_s"] > 0 and result["latency_ms"]["p95"] > 0
    assert load.server_problems(log) == []
