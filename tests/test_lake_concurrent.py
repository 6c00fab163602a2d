"""Two runs started at once on the same landing folder and lake: no duplicate, no corruption.

How (README "Two runs at once"): commits take the lake lock, and every decision that makes a
row (is this content new? which version?) is taken under it against the state store; each
run commits its batches in landing order. Both runs annotate everything; the one that
commits second finds the content consumed and adds nothing.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT
from tests.lake_corpus import MAX_FILE_MB, build, contents
from wiretime import driver
from wiretime.ingest import Limits


@pytest.fixture(scope="module")
def clean(tmp_path_factory):
    root = tmp_path_factory.mktemp("concurrent")
    build(root / "landing")
    mp = pytest.MonkeyPatch()
    mp.setenv("WIRETIME_FSYNC", "0")
    try:
        driver.run(root / "landing", root / "clean", 4, Limits(max_file_bytes=int(MAX_FILE_MB * 2**20)))
    finally:
        mp.undo()
    return root, contents(root / "clean")


@pytest.mark.parametrize("sizes", [(4, 4), (4, 6)], ids=["same-batches", "different-batches"])
def test_two_runs_at_once_equal_one_run(clean, sizes):
    root, expected = clean
    lake = root / f"lake-{sizes[0]}-{sizes[1]}"
    env = {"WIRETIME_FSYNC": "0", "WIRETIME_MAX_FILE_MB": str(MAX_FILE_MB), "PATH": "/usr/bin:/bin"}
    runs = [subprocess.Popen([sys.executable, "-m", "wiretime.driver", "--input", str(root / "landing"),
                              "--lake", str(lake), "--batch-size", str(size)], env=env, cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE) for size in sizes]
    outputs = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], [err.decode()[-2000:] for _, err in outputs]
    got = contents(lake)
    assert {t: got[t] for t in expected if got[t] != expected[t]} == {}
