"""Operations against a real `prefect server start` (one per module, temporary PREFECT_HOME).

- `wiretime serve` registers the scheduled deployment; two runs triggered at once through
  the API: one completes with the right artifacts, the other is cancelled (one at a time).
- The Dask runner (LocalCluster, 2 workers) writes the same tables as the default runner.
- Filesystem tasks retry transient errors only.
The module is skipped, with the server's own log, only when the server cannot start.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import polars as pl
import pytest

from tests.landing import DOCUMENTS, DUPLICATES, FILES, QUARANTINED, SECRET_PHRASES, make_landing

BIN = Path(sys.executable).parent
DEPLOYMENT = "wiretime-pipeline/wiretime-landing"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait(what: str, check, timeout: float, every: float = 0.5):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = check()
        if found:
            return found
        time.sleep(every)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGINT)  # what Ctrl-C sends: serve and server shut down cleanly
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """A real Prefect server on a free loopback port; yields (api_url, environment for clients)."""
    home, port = tmp_path_factory.mktemp("prefect-home"), _free_port()
    env = {**os.environ, "PREFECT_HOME": str(home), "DO_NOT_TRACK": "1",
           "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
           "PREFECT_SERVER_API_HOST": "127.0.0.1", "PREFECT_SERVER_API_PORT": str(port)}
    env.pop("PREFECT_API_URL", None)
    log = home / "server.log"
    with open(log, "w") as out:
        process = subprocess.Popen([str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port",
                                    str(port)], env=env, stdout=out, stderr=subprocess.STDOUT,
                                   stdin=subprocess.DEVNULL, start_new_session=True)
    url = f"http://127.0.0.1:{port}/api"
    with contextlib.suppress(AssertionError):
        _wait("the Prefect server", lambda: process.poll() is not None or _healthy(url), timeout=150)
    if process.poll() is not None or not _healthy(url):
        _stop(process)
        pytest.skip(f"prefect server start could not start on 127.0.0.1:{port}:\n{log.read_text()[-2000:]}")
    yield url, {**env, "PREFECT_API_URL": url}
    _flush_to_api()
    _stop(process)


def _flush_to_api() -> None:
    """Send this process's queued logs and events before the server goes (else exit waits on retries)."""
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker

    for worker in (APILogWorker, EventsWorker):
        worker.drain_all(timeout=20, at_exit=False)


def _healthy(url: str) -> bool:
    import httpx

    try:
        return httpx.get(f"{url}/health", timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


@pytest.fixture()
def client(server):
    from prefect.client.orchestration import get_client
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with temporary_settings({PREFECT_API_URL: server[0]}), get_client(sync_client=True) as api:
        yield api


def test_deployment_schedules():
    from flows.deployments import ONE_AT_A_TIME, landing_deployment

    default = landing_deployment("seeds", "lake")
    assert default.schedules[0].schedule.interval == timedelta(seconds=300)
    assert default.concurrency_limit == 1 and default.concurrency_options.collision_strategy == "CANCEL_NEW"
    assert Path(default.parameters["input_dir"]).is_absolute() and ONE_AT_A_TIME.limit == 1
    assert landing_deployment("a", "b", cron="*/10 * * * *").schedules[0].schedule.cron == "*/10 * * * *"
    with pytest.raises(ValueError):
        landing_deployment("a", "b", interval=60, cron="* * * * *")


def test_serve_and_trigger_through_the_api(server, client, tmp_path):
    from prefect.client.schemas import filters

    url, env = server
    landing, lake = make_landing(tmp_path / "landing"), tmp_path / "lake"
    log = tmp_path / "serve.log"
    with open(log, "w") as out:
        command = ["serve", "--input", str(landing), "--lake", str(lake), "--batch-size", "3",
                   "--cron", "0 0 1 1 *"]
        serve = subprocess.Popen([str(BIN / "wiretime"), *command],
                                 env={**env, "PREFECT_RUNNER_POLL_FREQUENCY": "1"}, cwd=tmp_path, stdout=out,
                                 stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True)
    try:
        deployment = _wait("the served deployment", lambda: serve.poll() is None and _deployment(client), 90)
        assert deployment.schedules[0].schedule.cron == "0 0 1 1 *", log.read_text()[-2000:]
        runs = [client.create_flow_run_from_deployment(deployment.id).id for _ in range(2)]
        final = {run: _wait(f"flow run {run}", lambda r=run: _final_state(client, r), 180) for run in runs}
        done = _one_at_a_time(client, final, log)
        # the run's logs reach the server in batches, after its state may: wait for its count
        # lines before stopping serve (reading them at once failed now and then)
        logs = _wait("the run's count lines", lambda: _counted(_run_logs(client, done)), 60)
    finally:
        _stop(serve)

    artifacts = {a.type: a for a in client.read_artifacts(
        artifact_filter=filters.ArtifactFilter(flow_run_id=filters.ArtifactFilterFlowRunId(any_=[done])))}
    assert set(artifacts) == {"markdown", "table", "progress"}
    summary = artifacts["markdown"].data
    for label, value in (("files read", FILES), ("new documents written", DOCUMENTS),
                         ("skipped as duplicates", DUPLICATES), ("quarantined", QUARANTINED)):
        assert re.search(rf"^\| {label} \| {value} \|$", summary, re.M), (label, summary)
    assert f"timeline plot: `{lake / 'timeline.png'}`" in summary and (lake / "timeline.png").exists()
    quarantine = json.loads(artifacts["table"].data)
    assert sorted(row["reason"] for row in quarantine) == ["malformed_json", "missing_published"]
    assert float(artifacts["progress"].data) == 100.0

    names = _wait("the task runs", lambda: _task_names(client, done), 30)
    # batch size 3: the seed; feed.jsonl lines 1-3; lines 4-5 with geneva.txt (3 batches)
    assert {"ingest-1-of-3", "split-sentences-2-of-3", "tag-times-3-of-3", "write-lake-3-of-3"} <= names
    documents = pl.scan_parquet(lake / "documents" / "**" / "*.parquet").select("doc_id").collect()
    assert documents.height == documents["doc_id"].n_unique() == DOCUMENTS

    logs = _run_logs(client, done)  # all of them now, the count lines among them
    assert not [line for line in logs + [summary] for phrase in SECRET_PHRASES if phrase in line]
    home = Path(env["PREFECT_HOME"])
    assert not [p for p in (home / "storage").rglob("*") if p.is_file()], "a task result was persisted"


def _one_at_a_time(client, final: dict, log: Path):
    """The run that did the batch, once no two runs worked at the same time: the second run
    is cancelled (CANCEL_NEW) when it comes due while the first works; on a loaded machine
    the runner may pick it up only after the first has finished, and then it completes
    too, after the first (it finds nothing new)."""
    states = sorted(state.type.value for state in final.values())
    runs = sorted((client.read_flow_run(run) for run in final),
                  key=lambda r: r.start_time or r.expected_start_time)
    context = f"{final}\n{log.read_text()[-3000:]}"
    if states == ["COMPLETED", "COMPLETED"]:
        assert runs[0].end_time <= runs[1].start_time, context
    else:
        assert states == ["CANCELLED", "COMPLETED"], context
    return next(run.id for run in runs if run.state.type.value == "COMPLETED")


def _deployment(client):
    from prefect.exceptions import ObjectNotFound

    try:
        return client.read_deployment_by_name(DEPLOYMENT)
    except ObjectNotFound:
        return None


def _final_state(client, run):
    state = client.read_flow_run(run).state
    return state if state and state.is_final() else None


def _run_logs(client, run) -> list[str]:
    from prefect.client.schemas import filters

    return [entry.message for entry in client.read_logs(
        log_filter=filters.LogFilter(flow_run_id=filters.LogFilterFlowRunId(any_=[run])))]


def _counted(logs: list[str]) -> list[str] | None:
    """The logs, once a line with the run's counts is among them."""
    return logs if any("time mentions" in line for line in logs) else None


def _task_names(client, run) -> set[str] | None:
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    runs = client.read_task_runs(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[run])))
    names = {t.name for t in runs}
    return names if len(names) >= 3 * 4 + 3 else None  # 4 stages x 3 batches + discover, maintain, plot


def _tables(lake: Path) -> dict[str, pl.DataFrame]:
    """Every table, sorted, without what legitimately differs between runs (time, batch ids)."""
    out = {}
    for table in ("documents", "sentences", "time_mentions"):
        frame = pl.read_parquet(lake / table / "**" / "*.parquet", hive_partitioning=True)
        out[table] = frame.drop("ingested_at", "batch_id", strict=False).sort(frame.columns[:3])
    out["mentions_per_day"] = pl.read_parquet(lake / "mentions_per_day" / "mentions_per_day.parquet")
    return out


def test_dask_runner_writes_the_same_tables(server, tmp_path):
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from flows.pipeline import pipeline
    from flows.runners import dask_runner, server_for_workers

    landing = make_landing(tmp_path / "landing")
    with temporary_settings({PREFECT_API_URL: server[0]}):
        threads = pipeline(input_dir=str(landing), lake_dir=str(tmp_path / "threads"), batch_size=3)
        with server_for_workers(remote=False) as url:
            assert url == server[0] and os.environ["PREFECT_API_URL"] == url
            dask = pipeline.with_options(task_runner=dask_runner(None, 2))(
                input_dir=str(landing), lake_dir=str(tmp_path / "dask"), batch_size=3)
    assert dask == threads and threads["documents"] == DOCUMENTS and threads["files"] == FILES
    expected, got = _tables(tmp_path / "threads"), _tables(tmp_path / "dask")
    for table, frame in expected.items():
        assert frame.height > 0 and frame.equals(got[table]), table


def test_retries_only_transient_filesystem_errors(client):
    from prefect import flow, task

    from tasks.stages import FILESYSTEM

    calls = {"busy": 0, "bug": 0}

    @task(**{**FILESYSTEM, "retry_delay_seconds": 0})
    def touch(kind: str) -> int:
        calls[kind] += 1
        if kind == "busy" and calls[kind] < 3:
            raise BlockingIOError("resource temporarily unavailable")
        if kind == "bug":
            raise ValueError("deterministic")
        return calls[kind]

    @flow
    def both() -> tuple:
        return touch("busy"), touch("bug", return_state=True)

    busy, bug = both()
    assert busy == 3 and calls == {"busy": 3, "bug": 1} and bug.is_failed()


def test_a_failed_batch_still_leaves_a_summary(server, client, tmp_path, monkeypatch):
    from prefect.client.schemas import filters
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from flows.pipeline import pipeline
    from wiretime import timex

    tag = timex.tag_sentences

    def broken_on_one_text(text, *args, **kwargs):
        if SECRET_PHRASES[0] in text:  # feed.jsonl line 1: the 2nd of 3 batches
            raise RuntimeError("a deterministic bug")
        return tag(text, *args, **kwargs)

    monkeypatch.setattr(timex, "tag_sentences", broken_on_one_text)
    with temporary_settings({PREFECT_API_URL: server[0]}):
        state = pipeline(input_dir=str(make_landing(tmp_path / "in")), lake_dir=str(tmp_path / "lake"),
                         batch_size=3, return_state=True)
    assert state.is_failed()
    [summary] = client.read_artifacts(artifact_filter=filters.ArtifactFilter(
        flow_run_id=filters.ArtifactFilterFlowRunId(any_=[state.state_details.flow_run_id]),
        type=filters.ArtifactFilterType(any_=["markdown"])))
    # batches commit in landing order, so none after the failed one does: only the seed's is in
    assert "FAILED (RuntimeError" in summary.data and "| new documents written | 1 |" in summary.data


def test_which_errors_are_transient():
    import sqlite3

    from prefect.states import Failed

    from tasks.stages import transient

    retried = [e for e in (BlockingIOError("busy"), OSError(5, "I/O error"), TimeoutError(),
                           sqlite3.OperationalError("database is locked"), FileNotFoundError("gone"),
                           PermissionError("denied"), sqlite3.OperationalError("no such table: x"),
                           ValueError("bad data")) if transient(None, None, Failed(data=e))]
    names = [type(e).__name__ for e in retried]
    assert names == ["BlockingIOError", "OSError", "TimeoutError", "OperationalError"]
