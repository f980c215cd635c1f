"""The loopback load test (``bench/load.py``), bounded: 50 concurrent clients, zero errors.

No timing is asserted (shared machines are noisy); ``python bench/load.py``
prints the figures.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

pytest.importorskip("httpx")
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


def test_fifty_clients_get_every_answer(tmp_path):
    load = _load_module()
    db = tmp_path / "load.db"
    load.build_store(db, docs=50)
    log = tmp_path / "serve.log"
    with load.serve(db, log) as base:
        result = load.run_load(base, clients=50, requests=500, seconds=20)
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
