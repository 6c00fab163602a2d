"""The main job: landing folder -> ingest -> split -> tag -> Parquet lake (with aggregates).

Each batch of files goes through the stage tasks as a chain of futures, so the task runner
decides where it runs (threads by default, Dask workers with `wiretime run --runner dask`).
At most a few batches are in flight at a time, which bounds memory on a large landing
folder. At the end the run leaves, on the Prefect server, a markdown summary, a table of
quarantined inputs and a progress bar (artifacts); the run's figures are also returned.
"""

from __future__ import annotations

import time
import uuid
from collections import deque
from datetime import UTC, datetime
from pathlib import Path

from prefect import flow, get_run_logger
from prefect.artifacts import (
    create_markdown_artifact,
    create_progress_artifact,
    create_table_artifact,
    update_progress_artifact,
)
from prefect.context import FlowRunContext
from prefect.futures import PrefectFuture

from tasks import stages
from wiretime.driver import timed
from wiretime.lake.state import State
from wiretime.runsummary import BatchCounts, RunSummary

SUMMARY_KEY, QUARANTINE_KEY = "wiretime-run-summary", "wiretime-quarantine"


@flow(name="wiretime-pipeline", persist_result=False)
def pipeline(input_dir: str = "seeds", lake_dir: str = "lake", batch_size: int = 500) -> dict:
    """Process every new article of `input_dir` into the lake at `lake_dir`; returns counts."""
    started, clock = datetime.now(UTC).isoformat(), time.perf_counter()
    landing, lake = str(Path(input_dir).resolve()), str(Path(lake_dir).resolve())
    Path(lake).mkdir(parents=True, exist_ok=True)
    seconds: dict[str, float] = {}
    with timed(seconds, "discover"):
        batches = stages.discover(landing, lake, batch_size)
    done: list[BatchCounts] = []
    try:
        _run_batches(batches, landing, lake, done)
    except Exception as error:
        seconds["total"] = time.perf_counter() - clock
        _publish(RunSummary(landing, lake, done, seconds, failed=type(error).__name__))
        raise
    with timed(seconds, "maintain-lake"):
        maintenance = stages.maintain(lake)
    with timed(seconds, "timeline-plot"):
        picture = stages.plot_timeline(lake)
    seconds["total"] = time.perf_counter() - clock
    summary = RunSummary(landing, lake, done, seconds, picture)
    counts = {**summary.counts(), "maintenance": maintenance}
    stage_seconds = {stage: round(s, 3) for stage, (_, s) in summary.stage_seconds().items()}
    _record(lake, started, {**counts, "seconds": stage_seconds})  # the run's record keeps the timings
    _publish(summary)
    get_run_logger().info("run done: %s", {k: v for k, v in counts.items() if k != "maintenance"})
    return counts


def _run_batches(batches: list[list], landing: str, lake: str, done: list[BatchCounts]) -> None:
    """Run the batches, a few at a time, adding their counts to `done` as they are written.

    On a failure the batches still in flight are let finish (each commits or fails on its
    own), so that `done` tells what the lake gained before the error is raised.
    """
    progress = create_progress_artifact(0.0, description=f"batches of {landing} written to the lake")
    window = _batches_in_flight()
    pending: deque[list[PrefectFuture]] = deque()
    try:
        for number, units in enumerate(batches, 1):
            previous = pending[-1][-1] if pending else None
            pending.append(_submit_batch(number, len(batches), units, landing, lake, previous))
            while len(pending) >= window or (pending and number == len(batches)):
                done.append(_counts(pending.popleft()))
                update_progress_artifact(progress, 100.0 * len(done) / len(batches))
    except Exception:
        for chain in pending:
            chain[-1].wait()
        done += [chain[-1].result() for chain in pending if chain[-1].state.is_completed()]
        raise
    if not batches:
        update_progress_artifact(progress, 100.0)


def _submit_batch(number: int, of: int, units: list, landing: str, lake: str,
                  previous: PrefectFuture | None) -> list[PrefectFuture]:
    """Chain the stage tasks of one batch (their futures, in order); task runs are named by
    stage and batch number.

    Batches are annotated side by side but commit in landing order (each write waits for
    the previous batch's): when two batches carry versions of one document, the later
    delivery must be the one that stays.
    """
    name = f"{number}-of-{of}"
    ingested = stages.ingest.with_options(task_run_name=f"ingest-{name}").submit(number, units, landing, lake)
    split = stages.split.with_options(task_run_name=f"split-sentences-{name}").submit(ingested)
    tagged = stages.tag.with_options(task_run_name=f"tag-times-{name}").submit(split)
    written = stages.write.with_options(task_run_name=f"write-lake-{name}").submit(
        tagged, lake, wait_for=[previous] if previous else None)
    return [ingested, split, tagged, written]


def _counts(chain: list[PrefectFuture]) -> BatchCounts:
    """The batch's counts; or the error of the stage that failed, rather than the "upstream
    not completed" of the stages after it."""
    chain[-1].wait()
    for future in chain:
        if future.state.is_failed() or future.state.is_crashed():
            future.result()  # raises the stage's own error
    return chain[-1].result()


def _batches_in_flight() -> int:
    """Two batches per Dask worker thread (one running, one queued); two on the thread runner.

    Python threads share one core for this CPU-bound work, so more batches at once would
    only hold more articles in memory.
    """
    runner = FlowRunContext.get().task_runner
    client = getattr(runner, "client", None)  # prefect_dask.DaskTaskRunner
    if client is None:
        return 2
    return max(2, 2 * sum(client.nthreads().values()))


def _record(lake: str, started: str, counts: dict) -> None:
    with State(Path(lake)) as state:
        state.record_run(uuid.uuid4().hex, started, counts)


def _publish(summary: RunSummary) -> None:
    """The run's artifacts: counts and paths only, never article text."""
    context = FlowRunContext.get()
    title = f"wiretime run {context.flow_run.name}" if context and context.flow_run else "wiretime run"
    create_markdown_artifact(summary.markdown(title), key=SUMMARY_KEY,
                             description="what this run read, wrote, skipped and quarantined")
    create_table_artifact(summary.quarantine_rows(), key=QUARANTINE_KEY,
                          description="inputs of this run that could not become articles, and why")
