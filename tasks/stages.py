"""One Prefect task per pipeline stage, each on a whole batch (never per article or sentence).

Why the tasks look like this:
- A batch travels through the stages as one `Batch` object (file paths in, annotations
  added stage by stage); only the small `BatchCounts` of the write task comes back to the
  flow. On Dask a batch moves from worker to worker, not through the flow process.
- Nothing is persisted or cached by Prefect (`NO_CACHE`, `persist_result=False`): article
  text must never land in Prefect's result storage; the lake is the only copy.
- Tasks that touch the filesystem retry with exponential backoff, but only on transient
  OS-level errors (a busy or locked file, an I/O hiccup on a network disk). A deterministic
  failure (a bug, a schema mismatch, a missing file) fails at once. The pure stages (split,
  tag) never retry: the same input would fail the same way.
- Log lines carry counts, never article text.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.tasks import exponential_backoff

from wiretime import annotate, timeline
from wiretime import ingest as ingest_stage
from wiretime import lake as lake_store
from wiretime.driver import read_new, timed, waiting_batches
from wiretime.model import Article, Mentions, Spans
from wiretime.runsummary import BatchCounts, mention_counts

#: errors retrying cannot fix, although they are OSErrors
_PERMANENT_OS_ERRORS = (FileNotFoundError, NotADirectoryError, IsADirectoryError, PermissionError)


def transient(task, task_run, state) -> bool:
    """Retry only what may pass: OS-level I/O errors and a locked or busy SQLite state store."""
    error = state.result(raise_on_failure=False)
    if isinstance(error, sqlite3.OperationalError):
        return any(word in str(error) for word in ("locked", "busy"))
    return isinstance(error, OSError) and not isinstance(error, _PERMANENT_OS_ERRORS)


NO_RESULTS = {"cache_policy": NO_CACHE, "persist_result": False}
FILESYSTEM = {**NO_RESULTS, "retries": 3, "retry_delay_seconds": exponential_backoff(backoff_factor=1),
              "retry_jitter_factor": 0.5, "retry_condition_fn": transient}


@dataclass
class Batch:
    """One batch of landing units (files, or line ranges of big JSONL files) and what the
    stages made of it so far."""

    number: int
    units: list[ingest_stage.Unit]
    articles: list[Article] = field(default_factory=list)
    quarantined: list[ingest_stage.Quarantined] = field(default_factory=list)
    already_ingested: int = 0
    spans: Spans = field(default_factory=dict)
    mentions: Mentions = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)


@task(name="discover", **FILESYSTEM)
def discover(landing: str, lake: str, batch_size: int) -> list[list[ingest_stage.Unit]]:
    """The landing units no committed batch consumed yet, in batches of about `batch_size`
    articles."""
    units, batches = waiting_batches(Path(landing), Path(lake), batch_size, ingest_stage.limits_from_env())
    get_run_logger().info("discovered %d units, %d not in the lake yet", len(units), sum(map(len, batches)))
    return batches


@task(name="ingest", **FILESYSTEM)
def ingest(number: int, units: list[ingest_stage.Unit], landing: str, lake: str) -> Batch:
    """Read a batch of units; set aside what is already in the lake and what is bad (the
    quarantine is recorded with the batch's commit)."""
    batch = Batch(number, units)
    with timed(batch.seconds, "ingest"):
        batch.articles, batch.quarantined, batch.already_ingested = read_new(
            units, Path(landing), Path(lake), ingest_stage.limits_from_env())
    get_run_logger().info("batch %d: %d units, %d new articles, %d already in the lake, %d quarantined",
                          number, len(units), len(batch.articles), batch.already_ingested,
                          len(batch.quarantined))
    return batch


@task(name="split-sentences", **NO_RESULTS)
def split(batch: Batch) -> Batch:
    """Sentence spans of every article of the batch."""
    with timed(batch.seconds, "split-sentences"):
        batch.spans = annotate.split(batch.articles)
    get_run_logger().info("batch %d: %d sentences", batch.number, sum(map(len, batch.spans.values())))
    return batch


@task(name="tag-times", **NO_RESULTS)
def tag(batch: Batch) -> Batch:
    """Time mentions of every article of the batch, with their zones resolved."""
    with timed(batch.seconds, "tag-times"):
        batch.mentions = annotate.tag(batch.articles, batch.spans)
    get_run_logger().info("batch %d: %d time mentions", batch.number, sum(map(len, batch.mentions.values())))
    return batch


@task(name="write-lake", **FILESYSTEM)
def write(batch: Batch, lake: str) -> BatchCounts:
    """Commit the batch's rows and quarantine records to the Parquet lake, exactly once;
    returns its counts."""
    seconds = dict(batch.seconds)
    with timed(seconds, "write-lake"):
        summary = lake_store.commit_batch(Path(lake), batch.articles, batch.spans, batch.mentions,
                                          quarantined=batch.quarantined, units=[u.key for u in batch.units])
        by_type, by_source, in_utc = mention_counts(Path(lake), summary["files"])
    counts = BatchCounts(
        number=batch.number, files_read=sum(u.first == 0 for u in batch.units),  # a split file once
        documents_read=len(batch.articles) + batch.already_ingested,
        documents_written=summary["documents"], duplicates=batch.already_ingested + summary["skipped"],
        quarantined=[(q.origin, q.reason, q.detail) for q in batch.quarantined],
        sentences=summary.get("sentences", 0), mentions_by_type=by_type,
        clock_times_by_provenance=by_source, clock_times_in_utc=in_utc, files=summary["files"],
        seconds=seconds)
    get_run_logger().info("batch %d: wrote %d documents (%d duplicates skipped) in %d files",
                          batch.number, counts.documents_written, counts.duplicates, len(counts.files))
    return counts


@task(name="maintain-lake", **FILESYSTEM)
def maintain(lake: str) -> dict[str, int]:
    """Merge partitions that gathered many small files; drop expired snapshots (aggregates
    are recomputed by each batch's commit)."""
    done = lake_store.maintain(Path(lake))
    get_run_logger().info("maintenance: %s", done)
    return done


@task(name="timeline-plot", **FILESYSTEM)
def plot_timeline(lake: str) -> str | None:
    """Redraw the lake's timeline PNG; its path, or None while nothing is dated."""
    path = timeline.write(Path(lake))
    get_run_logger().info("timeline plot: %s", path or "nothing dated yet")
    return str(path) if path else None
