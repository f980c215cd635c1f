"""The fuzz targets of ``bench/fuzz.py`` still run: every target, a few hundred inputs, no crash.

A short, seeded run in a subprocess, so the targets cannot rot unnoticed; the long runs
whose figures are reported are ``python bench/fuzz.py --iterations 20000``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from actorgraph.readers import FORMATS

pytestmark = pytest.mark.slow
pytest.importorskip("atheris")

FUZZ = Path(__file__).parents[1] / "bench" / "fuzz.py"
RUNS = 300


def test_every_fuzz_target_runs_without_crashes(tmp_path: Path) -> None:
    summary = tmp_path / "summary.json"
    proc = subprocess.run(
        [
            sys.executable,
            str(FUZZ),
            "--iterations",
            str(RUNS),
            "--jobs",
            "2",
            "--seed",
            "1",
            "--out",
            str(tmp_path / "fuzz"),
            "--json",
            str(summary),
        ],
        capture_output=True,
        text=True,
        timeout=600,  # 13 targets; the PDF one runs about 5 inputs a second
    )
    assert summary.exists(), proc.stdout + proc.stderr
    targets = {t["target"]: t for t in json.loads(summary.read_text())["targets"]}
    assert set(targets) == {*FORMATS, "auto", "dates"}  # a new reader needs a fuzz target
    for name, target in targets.items():
        assert target["iterations"] >= RUNS, (name, target["log"])
        assert target["crashes"] == [], (name, target["crashes"])
    assert proc.returncode == 0, proc.stdout
    assert "crashes" in proc.stdout and "x-archive" in proc.stdout  # the table was printed
