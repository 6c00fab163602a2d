"""Shared fixtures. Prefect's test harness (a temporary server, ~20 s) starts only for the
tests that ask for it; the domain tests run without Prefect."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
# lake tests keep what survives a killed process, not a power loss: no fsync (ms per file here)
os.environ.setdefault("WIRETIME_FSYNC", "0")


@pytest.fixture(scope="session")
def prefect_harness():
    """A temporary Prefect server for the whole session (flows run against it)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=180):
        yield
