"""The run summary and the timeline plot, without Prefect: figures from lake files."""

from __future__ import annotations

from datetime import date, datetime

import polars as pl

from wiretime import timeline
from wiretime.runsummary import BatchCounts, RunSummary, mention_counts


def _mentions_file(lake, day: str, rows: list[dict]) -> str:
    """Write a time_mentions partition file with the columns the summary reads; lake-relative path."""
    relative = f"time_mentions/published_date={day}/part-b{len(list(lake.rglob('*.parquet')))}.parquet"
    (lake / relative).parent.mkdir(parents=True, exist_ok=True)
    frame = pl.DataFrame(rows, schema={"type": pl.String, "local": pl.Datetime("us"),
                                       "utc": pl.Datetime("us", "UTC"), "tz_source": pl.String,
                                       "resolved_date": pl.Date})
    frame.write_parquet(lake / relative)
    return relative


CLOCK = datetime(2017, 1, 24, 14, 0)


def _row(kind: str, utc: bool = False, source: str | None = None, day: int | None = 24) -> dict:
    """A mention row: a clock time when `source` is given (with a UTC instant if `utc`)."""
    return {"type": kind, "local": CLOCK if source else None, "utc": CLOCK if utc else None,
            "tz_source": source, "resolved_date": date(2017, 1, day) if day else None}


def test_mention_counts_read_only_the_batch_files(tmp_path):
    mine = _mentions_file(tmp_path, "2017-01-24", [
        _row("TIME", True, "explicit"), _row("TIME", False, "none"), _row("DATE")])
    _mentions_file(tmp_path, "2017-01-25", [  # another batch's file: not counted
        _row("SET", day=None)])
    by_type, by_source, in_utc = mention_counts(tmp_path, ["documents/x.parquet", mine])
    assert by_type == {"TIME": 2, "DATE": 1}
    assert by_source == {"explicit": 1, "none": 1} and in_utc == 1
    assert mention_counts(tmp_path, []) == ({}, {}, 0)


def _summary() -> RunSummary:
    day1, day2 = "published_date=2017-01-24", "published_date=2017-02-01"
    first = BatchCounts(
        1, files_read=2, documents_read=3, documents_written=2, duplicates=1, sentences=9,
        quarantined=[("feed.jsonl:2", "malformed_json", "Expecting value " * 40)],
        mentions_by_type={"DATE": 3, "TIME": 3}, clock_times_by_provenance={"paired": 2, "none": 1},
        clock_times_in_utc=2,
        files=[f"documents/{day1}/part-a.parquet", f"time_mentions/{day1}/part-a.parquet"],
        seconds={"ingest": 0.5, "tag-times": 1.0})
    second = BatchCounts(
        2, files_read=1, documents_read=1, documents_written=1, sentences=4, mentions_by_type={"TIME": 1},
        clock_times_by_provenance={"explicit": 1}, clock_times_in_utc=1,
        files=[f"time_mentions/{day2}/part-b.parquet"], seconds={"ingest": 0.25, "tag-times": 2.0})
    return RunSummary("/in", "/lake", [first, second], {"total": 5.0, "discover": 0.1}, "/lake/timeline.png")


def test_summary_adds_up_the_batches():
    summary = _summary()
    assert summary.counts() == {"files": 3, "documents_read": 4, "documents": 3, "already_ingested": 1,
                                "quarantined": 1, "sentences": 13, "mentions": 7, "files_written": 3}
    day1, day2 = "published_date=2017-01-24", "published_date=2017-02-01"
    assert summary.partitions() == {"documents": [day1], "time_mentions": [day1, day2]}
    assert list(summary.stage_seconds()) == ["discover", "ingest", "tag-times", "total"]
    assert summary.stage_seconds()["tag-times"] == (2, 3.0)
    [row] = summary.quarantine_rows()
    assert row["reason"] == "malformed_json" and len(row["detail"]) == 200


def test_summary_markdown_shows_the_figures():
    text = _summary().markdown("wiretime run x")
    for line in ("| new documents written | 3 |", "| skipped as duplicates | 1 |", "| quarantined | 1 |",
                 "| TIME | 4 |", "| paired | 2 | 50% |", "| explicit | 1 | 25% |",
                 "| none (zone unknown: no UTC) | 1 | 25% |", "| **resolved to UTC** | 3 of 4 | 75% |",
                 "- time_mentions: 2 (published_date=2017-01-24, published_date=2017-02-01)",
                 "| tag-times | 2 | 3.00 |", "- timeline plot: `/lake/timeline.png`"):
        assert line in text, line


def test_timeline_counts_and_png(tmp_path):
    assert timeline.write(tmp_path) is None and not (tmp_path / timeline.FILE_NAME).exists()
    _mentions_file(tmp_path, "2017-01-24", [
        _row("TIME", True, "paired"), _row("TIME", False, "none"), _row("DATE", day=25),
        _row("DATE", day=None)])
    assert timeline.counts(tmp_path).rows() == [
        (date(2017, 1, 24), "none", 1), (date(2017, 1, 24), "paired", 1), (date(2017, 1, 25), "date", 1)]
    path = timeline.write(tmp_path)
    assert path == tmp_path / "timeline.png" and path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert not list(tmp_path.glob(".*.tmp"))
