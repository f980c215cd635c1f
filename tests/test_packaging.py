"""`pip install .` alone must give a working actorgraph: the wheel carries its data."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]


@pytest.mark.slow
def test_wheel_carries_package_data(tmp_path):
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation",
         "-q", "-w", str(tmp_path)],
        check=True, capture_output=True,
    )
    [wheel] = tmp_path.glob("actorgraph-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for data in ("data/actors.yaml", "data/countries.yaml", "data/sectors.yaml",
                 "data/plover.yaml", "data/places.yaml", "examples/iran-iraq-thread.txt",
                 "data/phoenix/actors.json.gz", "data/phoenix/cameo_verbs.json",
                 "data/phoenix/NOTICE",
                 "data/event_model.npz", "data/event_model.json",
                 "data/role_model.npz", "data/role_model.json", "py.typed"):
        assert f"actorgraph/{data}" in names, data
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "actorgraph = actorgraph.cli:main" in text
    assert "actorgraph_actors" in text
    assert "actorgraph_event_model" in text
