"""Pipeline records (articles, sentence spans, time mentions) to Arrow tables of the lake."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pyarrow as pa

from wiretime.lake import schema
from wiretime.lake.schema import PARTITION
from wiretime.model import Article, Mentions, Spans, TimeMention

_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:$|T)")


def published_utc(article: Article) -> tuple[datetime | None, date]:
    """The publication instant in UTC (None for a bare date) and the UTC publication date.

    A bare date is its own UTC date; a naive datetime is wall time at the article's zone
    (`published_at` carries its offset once the zones stage found the place of publication).
    """
    moment = datetime.fromisoformat((article.published_at or article.published).replace("Z", "+00:00"))
    if len(article.published) <= 10:
        return None, moment.date()
    if moment.tzinfo is None:
        try:
            moment = moment.replace(tzinfo=ZoneInfo(article.tz) if article.tz else UTC)
        except (ZoneInfoNotFoundError, ValueError):
            moment = moment.replace(tzinfo=UTC)
    moment = moment.astimezone(UTC)
    return moment, moment.date()


def local_date(m: TimeMention) -> date | None:
    """The day a mention points at on the local calendar (a clock time's wall-clock day)."""
    found = _DAY.match(m.local or m.value)
    return date.fromisoformat(found.group(1)) if found else None


def utc_date(m: TimeMention) -> date | None:
    """The UTC day of a clock time whose zone is known."""
    return date.fromisoformat(m.utc[:10]) if m.utc else None


def _instant(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value.replace("Z", "+00:00")) if value else None


def published_local_date(article: Article) -> date:
    """The publication day on the calendar of the place of publication."""
    return date.fromisoformat((article.published_at or article.published)[:10])


def build_tables(articles: list[Article], spans: Spans, mentions: Mentions, *, version: dict[str, int],
                 ingested_at: datetime, batch_id: str) -> dict[str, pa.Table]:
    """The partitioned tables' rows for one batch, each with its `published_date` column."""
    docs, sents, times = [], [], []
    for a in articles:
        instant, day = published_utc(a)
        doc_spans, doc_mentions = spans.get(a.doc_id, []), mentions.get(a.doc_id, [])
        docs.append({
            "doc_id": a.doc_id, "version": version.get(a.doc_id, 1), "source": a.source, "lang": a.lang,
            "title": a.title, "url": a.url, "place": a.place, "tz": a.tz, "published": a.published,
            "published_at_utc": instant, "text": a.text, "n_chars": len(a.text),
            "n_sentences": len(doc_spans), "n_mentions": len(doc_mentions),
            "content_hash": a.content_hash, "origin": a.origin, "ingested_at": ingested_at,
            "batch_id": batch_id, "published_tz": a.published_tz, "published_at": a.published_at,
            "published_local_date": published_local_date(a), PARTITION: day})
        for index, (start, end) in enumerate(doc_spans):
            sents.append({"doc_id": a.doc_id, "sentence_index": index, "start": start, "end": end,
                          "text": a.text[start:end], "batch_id": batch_id, PARTITION: day})
        for index, (sentence, m) in enumerate(doc_mentions):
            on_calendar, in_utc = local_date(m), utc_date(m)  # resolved_date: the UTC day of a clock time
            times.append({
                "doc_id": a.doc_id, "mention_index": index, "sentence_index": sentence, "start": m.start,
                "end": m.end, "text": m.text, "type": m.type, "value": m.value, "mod": m.mod,
                "local": datetime.fromisoformat(m.local) if m.local else None, "tz": m.tz,
                "utc": _instant(m.utc), "tz_source": m.tz_source, "paired_with": m.paired_with,
                "conflict": m.conflict, "resolved_date": in_utc or on_calendar, "rule": m.rule, "batch_id": batch_id,
                "tz_flag": m.tz_flag, "utc_end": _instant(m.utc_end), "local_date": on_calendar,
                "utc_date": in_utc, PARTITION: day})
    rows = {"documents": docs, "sentences": sents, "time_mentions": times}
    return {name: _table(rows[name], target) for name, target in schema.BASE.items()}


def _table(rows: list[dict], schema: pa.Schema) -> pa.Table:
    full = schema.append(pa.field(PARTITION, pa.date32()))
    return pa.Table.from_pylist(rows, schema=full)
