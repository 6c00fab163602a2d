"""Aggregate tables: mention counts per publication partition and group, kept exact by deltas.

    mentions_per_day   per day a mention points at (UTC day for clock times), source, lang, type,
                       and both its local-calendar day and its UTC day (clock times with a zone)
    mentions_per_hour  clock-time mentions with a known instant, per UTC hour, source, lang
    timeline           per resolved date and its distance in days from the publication date

Every row also carries `published_date`, and counts `mentions` and `documents` (distinct
documents). A document lives in one publication partition, so its contribution to every
count is its own: a batch adds the contributions of the documents it writes and subtracts
those of the versions it replaces, only for the partitions it touches, without reading any
base file. Sums over any columns are exact (`documents` too). `update` holds only the
touched partitions' rows in memory and streams the others through (an aggregate of a big
lake has millions of rows). `recompute` builds the same tables from the base tables from
scratch (used by schema upgrades, compaction and tests).
"""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from wiretime.lake import schema
from wiretime.lake.schema import PARTITION

_COUNTS = (pl.len().cast(pl.Int64).alias("mentions"), pl.col("doc_id").n_unique().cast(pl.Int64).alias("documents"))
MENTION_COLUMNS = ("doc_id", "type", "resolved_date", "local_date", "utc_date", "utc", PARTITION)
#: rows per record batch and row group of an aggregate file (bounds what a commit holds)
ROW_GROUP = 64 * 1024
DOCUMENT_COLUMNS = ("doc_id", "source", "lang")


def keys(table: str) -> list[str]:
    """The columns that identify a row of an aggregate table."""
    return [name for name in schema.AGGREGATES[table].names if name not in schema.COUNTS]


def contributions(mentions: pl.DataFrame, documents: pl.DataFrame) -> dict[str, pl.DataFrame]:
    """The aggregate rows of a set of whole documents (their mentions, with PARTITION, joined
    to their source and language)."""
    joined = mentions.select(MENTION_COLUMNS).join(documents.select(DOCUMENT_COLUMNS), on="doc_id")
    dated = joined.filter(pl.col("resolved_date").is_not_null())
    frames = {
        "mentions_per_day": dated.group_by(PARTITION, pl.col("resolved_date").alias("day"), "source", "lang",
                                           "type", pl.col("local_date").alias("local_day"),
                                           pl.col("utc_date").alias("utc_day")).agg(*_COUNTS),
        "mentions_per_hour": joined.filter(pl.col("utc").is_not_null())
        .group_by(PARTITION, pl.col("utc").dt.truncate("1h").alias("hour"), "source", "lang").agg(*_COUNTS),
        "timeline": dated.with_columns(
            (pl.col("resolved_date") - pl.col(PARTITION)).dt.total_days().cast(pl.Int32).alias("days_from_published"))
        .group_by(PARTITION, "resolved_date", "days_from_published", "source", "lang", "type").agg(*_COUNTS),
    }
    return {name: frames[name].select(schema.AGGREGATES[name].names) for name in schema.AGGREGATES}


def combine(table: str, parts: list[pl.DataFrame], minus: pl.DataFrame | None = None) -> pa.Table:
    """Sum aggregate rows (subtracting `minus`), drop groups that fell to zero, in key order."""
    frames = [p for p in parts if p.height]
    if minus is not None and minus.height:
        frames.append(minus.with_columns(-pl.col("mentions"), -pl.col("documents")))
    target = schema.AGGREGATES[table]
    if not frames:
        return target.empty_table()
    by = keys(table)
    summed = (pl.concat([f.select(target.names).cast(dict(frames[0].schema)) for f in frames])
              .group_by(by).agg(pl.col("mentions").sum(), pl.col("documents").sum())
              .filter(pl.col("mentions") != 0).sort(by, nulls_last=True))
    return summed.select(target.names).to_arrow().cast(target)


def update(root: Path, table: str, target_file: Path, plus: pl.DataFrame, minus: pl.DataFrame | None,
           writer) -> None:
    """Write to `target_file` the aggregate `table` with the touched partitions' rows
    recomputed as committed + `plus` - `minus`, the other rows copied in record batches."""
    touched = {day for f in (plus, minus) if f is not None for day in f[PARTITION].to_list()}
    days = pa.array(sorted(touched), pa.date32())
    source = path(root, table)
    target = schema.AGGREGATES[table]
    kept = pl.from_arrow(target.empty_table())
    out = writer(target_file, table, target)
    try:
        if source.exists():
            for batch in pq.ParquetFile(source).iter_batches(batch_size=ROW_GROUP):
                rows = pa.Table.from_batches([batch])
                inside = pc.is_in(rows.column(PARTITION), value_set=days)
                kept = pl.concat([kept, pl.from_arrow(rows.filter(inside))])
                out.write_table(rows.filter(pc.invert(inside)), row_group_size=ROW_GROUP)
        out.write_table(combine(table, [kept, plus], minus), row_group_size=ROW_GROUP)
    finally:
        out.close()


def path(root: Path, table: str) -> Path:
    """The one file of an aggregate table."""
    return root / table / f"{table}.parquet"


def load(root: Path, table: str) -> pl.DataFrame:
    """An aggregate table as committed (empty when it has no file yet)."""
    file = path(root, table)
    return pl.read_parquet(file) if file.exists() else pl.from_arrow(schema.AGGREGATES[table].empty_table())


def recompute(root: Path) -> dict[str, pa.Table]:
    """Every aggregate table from the base tables alone (what the deltas must equal)."""
    base = {}
    for table, columns in (("time_mentions", MENTION_COLUMNS), ("documents", (*DOCUMENT_COLUMNS, PARTITION))):
        files = sorted((root / table).glob(f"{PARTITION}=*/*.parquet"))
        base[table] = (pl.scan_parquet(root / table, hive_partitioning=True).select(columns).collect()
                       if files else None)
    if base["time_mentions"] is None or base["documents"] is None:
        return {name: s.empty_table() for name, s in schema.AGGREGATES.items()}
    found = contributions(base["time_mentions"], base["documents"].drop(PARTITION))
    return {name: combine(name, [frame]) for name, frame in found.items()}
