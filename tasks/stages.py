"""One Prefect task per pipeline stage; each runs on a whole batch of articles.

Tasks hold no logic of their own beyond calling the stage and logging counts (never text).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from prefect import get_run_logger, task

from wiretime import ingest as ingest_stage
from wiretime import sentences, timex, zones
from wiretime.lake import aggregate as lake_aggregate
from wiretime.lake import writer
from wiretime.lake.state import State
from wiretime.model import Article, TimeMention


@dataclass
class Batch:
    """What ingestion made of a batch of files."""

    articles: list[Article] = field(default_factory=list)
    quarantined: list[ingest_stage.Quarantined] = field(default_factory=list)
    already_ingested: int = 0


@task(name="discover")
def discover(landing: str, batch_size: int) -> list[list[str]]:
    """The landing folder's article files, in batches of `batch_size`."""
    paths = [str(p) for p in ingest_stage.discover(Path(landing))]
    get_run_logger().info("discovered %d files", len(paths))
    return [paths[i:i + batch_size] for i in range(0, len(paths), batch_size)]


@task(name="ingest", retries=2, retry_delay_seconds=2)
def ingest(paths: list[str], landing: str, lake: str) -> Batch:
    """Read a batch of files; set aside what is already in the lake and what is bad."""
    batch = Batch()
    for path in paths:
        for item in ingest_stage.read(Path(path), Path(landing)):
            (batch.articles if isinstance(item, Article) else batch.quarantined).append(item)
    state = State(Path(lake))
    try:
        known = state.known(a.doc_id for a in batch.articles)
        if batch.quarantined:
            state.record_quarantine([(q.origin, q.reason, q.detail) for q in batch.quarantined])
    finally:
        state.close()
    fresh = [a for a in batch.articles if a.doc_id not in known]
    batch.already_ingested = len(batch.articles) - len(fresh)
    batch.articles = fresh
    get_run_logger().info("ingested %d new articles, %d already in the lake, %d quarantined",
                          len(fresh), batch.already_ingested, len(batch.quarantined))
    return batch


@task(name="split-sentences")
def split(articles: list[Article]) -> dict[str, list[tuple[int, int]]]:
    """Sentence spans of every article."""
    spans = {a.doc_id: sentences.split(a.text, a.lang) for a in articles}
    get_run_logger().info("split %d sentences", sum(map(len, spans.values())))
    return spans


@task(name="tag-times")
def tag(articles: list[Article], spans: dict[str, list[tuple[int, int]]]
        ) -> dict[str, list[tuple[int, TimeMention]]]:
    """Time mentions of every article, with their zones resolved."""
    out = {}
    for a in articles:
        found = timex.tag_sentences(a.text, spans[a.doc_id], a.lang, a.published, tz=a.tz)
        zones.assign([m for _, m in found], a.text, source_tz=a.tz, place_tz=zones.zone_for_place(a.place))
        out[a.doc_id] = found
    get_run_logger().info("tagged %d time mentions", sum(map(len, out.values())))
    return out


@task(name="write-lake", retries=2, retry_delay_seconds=2)
def write(lake: str, articles: list[Article], spans: dict[str, list[tuple[int, int]]],
          mentions: dict[str, list[tuple[int, TimeMention]]]) -> dict:
    """Commit the batch's rows to the Parquet lake, exactly once."""
    summary = writer.commit_articles(Path(lake), articles, spans, mentions)
    get_run_logger().info("wrote %d documents (%d skipped) in %d files",
                          summary["documents"], summary["skipped"], len(summary["files"]))
    return summary


@task(name="aggregate", retries=2, retry_delay_seconds=2)
def aggregate(lake: str) -> dict[str, int]:
    """Recompute the aggregate tables."""
    rows = lake_aggregate.refresh(Path(lake))
    get_run_logger().info("aggregates: %s", rows)
    return rows
