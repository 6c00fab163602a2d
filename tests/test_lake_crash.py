"""Crash anywhere: the pipeline is SIGKILLed at many points of a run, run again, and every
table must equal a clean run's, row for row (nothing lost, nothing duplicated).

How it stays fast enough for `make test`: the killed pipeline is a subprocess of the
Prefect-free driver (`python -m wiretime.driver`: the same stage functions as the flow,
without Prefect's 8-20 s server start per process) on the small corpus of
tests/lake_corpus.py, in batches of 4 articles (about a dozen commits); the run that finishes
the job after each crash is the same driver called in this process (no start-up cost).
Kill points:
- deterministic ones: a clean run lists every named point of the commit protocol it passes
  (WIRETIME_TRACE_POINTS, see wiretime/lake/faults.py); 20 of them, evenly spread over the
  whole run, are each killed once (WIRETIME_KILL_AT=name:N makes the process SIGKILL itself
  there), which reaches the narrow windows between a rename and a commit;
- chained ones: a run killed right after a commit point, then its recovery killed too;
- timed ones: a plain `kill -9` at fractions of the clean run's duration, wherever that lands.
Scenarios run two at a time (the machine has two cores).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.lake_corpus import MAX_FILE_MB, build, contents
from wiretime import driver
from wiretime.ingest import Limits

DETERMINISTIC = 20
TIMED = (0.4, 0.65, 0.9)
BATCH = "4"


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WIRETIME_")}
    return {**env, "WIRETIME_FSYNC": "0", "WIRETIME_MAX_FILE_MB": str(MAX_FILE_MB), **extra}


def _command(landing: Path, lake: Path) -> list[str]:
    return [sys.executable, "-m", "wiretime.driver", "--input", str(landing), "--lake", str(lake),
            "--batch-size", BATCH]


def _run(landing: Path, lake: Path, **extra: str) -> int:
    done = subprocess.run(_command(landing, lake), env=_env(**extra), cwd=ROOT, capture_output=True,
                          timeout=300)
    if done.returncode not in (0, -signal.SIGKILL):
        raise AssertionError(done.stderr.decode()[-3000:])
    return done.returncode


def _run_killed_after(landing: Path, lake: Path, seconds: float) -> int:
    proc = subprocess.Popen(_command(landing, lake), env=_env(), cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        proc.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
    return proc.wait()


@pytest.fixture(scope="module")
def clean(tmp_path_factory):
    root = tmp_path_factory.mktemp("crash")
    build(root / "landing")
    trace = root / "trace.txt"
    started = time.perf_counter()
    assert _run(root / "landing", root / "clean", WIRETIME_TRACE_POINTS=str(trace)) == 0
    seconds = time.perf_counter() - started
    return root, contents(root / "clean"), trace.read_text().split(), seconds


def kill_points(trace: list[str], count: int) -> list[str]:
    """`count` points (NAME:N, the N-th time NAME is reached) evenly spread over the trace."""
    picked = []
    for i in range(count):
        index = round(i * (len(trace) - 1) / (count - 1))
        name = trace[index]
        picked.append(f"{name}:{trace[:index + 1].count(name)}")
    return picked


def test_the_clean_run_passes_enough_distinct_points(clean):
    _, tables, trace, _ = clean
    assert len(trace) > 3 * DETERMINISTIC
    protocol = {"staged-file", "quarantine-stored", "committed", "applied-step", "applied", "annotated"}
    assert protocol <= set(trace)
    assert len(tables["documents"]) > 20 and len(tables["state.quarantine"]) == 13


def test_killed_anywhere_then_rerun_equals_a_clean_run(clean, monkeypatch):
    root, expected, trace, seconds = clean
    monkeypatch.setenv("WIRETIME_FSYNC", "0")
    limits = Limits(max_file_bytes=int(MAX_FILE_MB * 2**20))
    landing = root / "landing"
    scenarios: list[tuple[str, list]] = []
    for point in kill_points(trace, DETERMINISTIC):
        scenarios.append((point, [{"WIRETIME_KILL_AT": point}]))
    for point in ("committed:3", "committed:7"):  # die with a committed, unapplied plan...
        scenarios.append((f"{point}+recovery", [{"WIRETIME_KILL_AT": point},
                                                {"WIRETIME_KILL_AT": "applied-step:2"}]))  # ...twice
    for fraction in TIMED:
        scenarios.append((f"after {fraction:.0%} of the run", [fraction * seconds]))

    def play(index_and_scenario):
        index, (name, kills) = index_and_scenario
        lake = root / f"lake-{index}"
        killed = 0
        for kill in kills:
            code = (_run_killed_after(landing, lake, kill) if isinstance(kill, float)
                    else _run(landing, lake, **kill))
            killed += code == -signal.SIGKILL
        driver.run(landing, lake, int(BATCH), limits)
        got = contents(lake)
        differing = sorted(t for t in expected if got[t] != expected[t])
        return name, killed, differing

    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(play, enumerate(scenarios)))
    failures = [(name, tables) for name, _, tables in results if tables]
    assert not failures, f"tables differing from the clean run after a crash: {failures}"
    deterministic_kills = sum(k for name, k, _ in results if "%" not in name)
    assert deterministic_kills >= DETERMINISTIC + 4  # every deterministic point was really reached
    assert sum(k for name, k, _ in results if "%" in name) >= 1
