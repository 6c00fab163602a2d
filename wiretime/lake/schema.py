"""Explicit Arrow schemas of the lake's tables (documented column by column in README).

Every table but the aggregates is partitioned by `published_date` (the article's UTC
publication date) as Hive folders `published_date=YYYY-MM-DD/`; the partition column lives
in the folder name, not in the files. SCHEMA_VERSION is recorded in the lake's state store.
"""

from __future__ import annotations

import pyarrow as pa

SCHEMA_VERSION = 1
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
])

SENTENCES = pa.schema([
    ("doc_id", pa.string()),
    ("sentence_index", pa.int32()),
    ("start", pa.int32()),
    ("end", pa.int32()),
    ("text", pa.string()),
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
])

MENTIONS_PER_DAY = pa.schema([
    ("day", pa.date32()),
    ("lang", pa.string()),
    ("type", pa.string()),
    ("mentions", pa.int64()),
    ("documents", pa.int64()),
])

PARTITIONED = {"documents": DOCUMENTS, "sentences": SENTENCES, "time_mentions": TIME_MENTIONS}
AGGREGATES = {"mentions_per_day": MENTIONS_PER_DAY}
