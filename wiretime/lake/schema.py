"""Explicit Arrow schemas of the lake's tables (documented column by column in README).

The base tables are partitioned by `published_date` (the article's UTC publication date) as
Hive folders `published_date=YYYY-MM-DD/`; the partition column lives in the folder name, not
in the files. The aggregates are one small file each, with `published_date` as a column.
SCHEMA_VERSION is recorded in the state store, in `_lake.json` and in every Parquet file's
metadata.

To add a column: append the field here (nullable) and bump SCHEMA_VERSION. The next commit
rewrites the lake's older files with the column filled with nulls (see `files.conform`), so
plain readers never meet two schemas in one table. Removing or retyping a column is refused
by that upgrade: it would lose data.
"""

from __future__ import annotations

import pyarrow as pa

SCHEMA_VERSION = 3
PARTITION = "published_date"
UTC = pa.timestamp("us", tz="UTC")

DOCUMENTS = pa.schema([
    ("doc_id", pa.string()),
    ("version", pa.int32()),
    ("source", pa.string()),
    ("lang", pa.string()),
    ("title", pa.string()),
    ("url", pa.string()),
    ("place", pa.string()),
    ("tz", pa.string()),
    ("published", pa.string()),
    ("published_at_utc", UTC),
    ("text", pa.string()),
    ("n_chars", pa.int32()),
    ("n_sentences", pa.int32()),
    ("n_mentions", pa.int32()),
    ("content_hash", pa.string()),
    ("origin", pa.string()),
    ("ingested_at", UTC),
    ("batch_id", pa.string()),
    ("published_tz", pa.string()),
    ("published_at", pa.string()),
    ("published_local_date", pa.date32()),
])

SENTENCES = pa.schema([
    ("doc_id", pa.string()),
    ("sentence_index", pa.int32()),
    ("start", pa.int32()),
    ("end", pa.int32()),
    ("text", pa.string()),
    ("batch_id", pa.string()),
])

TIME_MENTIONS = pa.schema([
    ("doc_id", pa.string()),
    ("mention_index", pa.int32()),
    ("sentence_index", pa.int32()),
    ("start", pa.int32()),
    ("end", pa.int32()),
    ("text", pa.string()),
    ("type", pa.string()),
    ("value", pa.string()),
    ("mod", pa.string()),
    ("local", pa.timestamp("us")),
    ("tz", pa.string()),
    ("utc", UTC),
    ("tz_source", pa.string()),
    ("paired_with", pa.int32()),
    ("conflict", pa.string()),
    ("resolved_date", pa.date32()),
    ("rule", pa.string()),
    ("batch_id", pa.string()),
    ("tz_flag", pa.string()),
    ("utc_end", UTC),
    ("local_date", pa.date32()),
    ("utc_date", pa.date32()),
])

MENTIONS_PER_DAY = pa.schema([
    ("published_date", pa.date32()),
    ("day", pa.date32()),
    ("source", pa.string()),
    ("lang", pa.string()),
    ("type", pa.string()),
    ("local_day", pa.date32()),
    ("utc_day", pa.date32()),
    ("mentions", pa.int64()),
    ("documents", pa.int64()),
])

MENTIONS_PER_HOUR = pa.schema([
    ("published_date", pa.date32()),
    ("hour", UTC),
    ("source", pa.string()),
    ("lang", pa.string()),
    ("mentions", pa.int64()),
    ("documents", pa.int64()),
])

TIMELINE = pa.schema([
    ("published_date", pa.date32()),
    ("resolved_date", pa.date32()),
    ("days_from_published", pa.int32()),
    ("source", pa.string()),
    ("lang", pa.string()),
    ("type", pa.string()),
    ("mentions", pa.int64()),
    ("documents", pa.int64()),
])

#: the tables a batch writes rows to (a document's rows live in its publication partition)
BASE = {"documents": DOCUMENTS, "sentences": SENTENCES, "time_mentions": TIME_MENTIONS}
#: counts per publication partition and group, kept up to date by every commit
AGGREGATES = {"mentions_per_day": MENTIONS_PER_DAY, "mentions_per_hour": MENTIONS_PER_HOUR,
              "timeline": TIMELINE}
#: the count columns of every aggregate (the other columns identify a row)
COUNTS = ("mentions", "documents")


def tables() -> dict[str, pa.Schema]:
    """Every table of the lake and its schema (read at call time, so tests may extend them)."""
    return {**BASE, **AGGREGATES}


def describe() -> dict:
    """The schemas as plain JSON (what `_lake.json` records)."""
    return {"schema_version": SCHEMA_VERSION, "partition": PARTITION, "partitioned": list(BASE),
            "tables": {name: [[f.name, str(f.type)] for f in schema] for name, schema in tables().items()}}
