"""A small landing folder that exercises the whole lake: every source format, encodings,
re-deliveries and replacements, several partitions, and every kind of bad input.

Used by the quarantine, crash, concurrency and flow-equivalence tests. Deterministic: the
same folder every time, so two lakes built from it can be compared row for row.
"""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

#: the size limit the tests run with (WIRETIME_MAX_FILE_MB); bad/huge.txt is over it
MAX_FILE_MB = 0.05

EN = [
    "Talks between the two delegations ended on Tuesday. A second round will start next month.",
    "The minister arrived at 10:00 GMT on Monday and left two days later.",
    "Officials said the vote was postponed until March 3. The committee met yesterday at 5 p.m.",
    "Fighting resumed last week despite the truce agreed on January 20.",
]
AR = [
    "انتهت المحادثات يوم الثلاثاء على أن تستأنف الشهر المقبل في أستانة.",
    "وصل الوزير الساعة الثانية بعد الظهر (0800 بتوقيت غرينتش) يوم الاثنين.",
    "قال المتحدث إن الاجتماع سيعقد بعد غد في الساعة العاشرة صباحا.",
    "اندلعت الاشتباكات مجددا الأسبوع الماضي رغم الهدنة.",
]
DAYS = ["2017-01-20", "2017-01-21", "2017-01-22", "2017-01-23", "2017-01-24"]


def _record(i: int, lang: str, **extra) -> dict:
    texts = AR if lang == "ar" else EN
    text = f"{texts[i % 4]} {texts[(i + 1) % 4]}"
    published = f"{DAYS[i % 5]}T{(i * 5) % 24:02d}:30:00+03:00" if i % 3 else DAYS[i % 5]
    return {"id": f"w{i}", "text": text, "published": published, "source": "Wire", "lang": lang,
            "place": "Astana" if i % 2 else None, "tz": "Asia/Almaty" if i % 2 else None, **extra}


def _jsonl(path: Path, records: list[dict], *, compress: bool = False) -> None:
    data = "".join(json.dumps({k: v for k, v in r.items() if v is not None}, ensure_ascii=False) + "\n"
                   for r in records).encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gzip.compress(data, mtime=0) if compress else data)


def _rss(items: list[tuple[str, str, str]], title: str) -> str:
    body = "".join(f"<item><guid>{g}</guid><title>{t}</title><pubDate>{d}</pubDate>"
                   f"<description>{EN[len(g) % 4]}</description></item>" for g, t, d in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
            f"<language>en</language>{body}</channel></rss>")


def build(landing: Path) -> dict[str, str]:
    """Write the landing folder; returns the quarantine expected: origin -> reason."""
    landing.mkdir(parents=True, exist_ok=True)
    _jsonl(landing / "a-wire.jsonl", [_record(i, "en" if i % 2 else "ar") for i in range(10)])
    for i in range(10, 14):
        (landing / "b-txt" / f"ar{i}.txt").parent.mkdir(exist_ok=True)
        record = _record(i, "ar")
        text = record.pop("text")
        (landing / "b-txt" / f"ar{i}.txt").write_text(text, encoding="utf-8-sig" if i % 2 else "utf-8")
        sidecar = {k: v for k, v in record.items() if k != "id"}
        (landing / "b-txt" / f"ar{i}.json").write_text(json.dumps(sidecar))
    shared = ("tag:wire,2017:shared", "Shared item", "Tue, 24 Jan 2017 10:00:00 +0300")
    c1 = ("tag:wire,2017:c1", "C1", "Mon, 23 Jan 2017 23:30:00 -0500")
    d1 = ("tag:wire,2017:d1", "D1", "Sun, 22 Jan 2017 08:00:00 GMT")
    (landing / "c-feed.rss").write_text(_rss([shared, c1], "Wire feed"))
    (landing / "d-feed.rss").write_text(_rss([shared, d1], "Other feed"))
    _jsonl(landing / "e-updates.jsonl", [
        {**_record(2, "ar"), "text": AR[3] + " " + AR[0]},           # w2 corrected, same partition
        {**_record(5, "en"), "published": "2017-01-27T09:00:00Z"},   # w5 moved to another day
        _record(7, "en"),                                            # w7 delivered again, unchanged
    ])
    _jsonl(landing / "f-archive.jsonl.gz", [_record(i, "en") for i in range(20, 24)], compress=True)
    legacy = landing / "g-legacy"
    legacy.mkdir()
    for name, encoding in (("cp1256", "cp1256"), ("iso", "iso8859_6"), ("utf16", "utf-16")):
        (legacy / f"{name}.txt").write_bytes((AR[0] + " " + AR[2] + " " + AR[3]).encode(encoding))
        (legacy / f"{name}.json").write_text(json.dumps({"published": "2017-01-22", "source": "Archive"}))
    return _bad(landing / "bad")


def _bad(bad: Path) -> dict[str, str]:
    bad.mkdir()
    (bad / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (bad / "empty.txt").write_bytes(b"")
    (bad / "undecodable.txt").write_bytes("قال الثلاثاء".encode("iso8859_6"))
    (bad / "huge.txt").write_text("Talks ended. " * 6000)
    (bad / "notes.md").write_text("not an article")
    (bad / "broken.jsonl.gz").write_bytes(gzip.compress(b'{"id": "z"}\n')[:-6])
    os.symlink("/etc/hostname", bad / "outside.txt")
    lines = [
        "{not json",
        json.dumps({"id": "no-text", "published": "2017-01-24"}),
        json.dumps({"id": "feb30", "text": "Talks ended Tuesday.", "published": "2017-02-30"}),
        json.dumps({"id": "far", "text": "Talks ended Tuesday.", "published": "2999-01-01"}),
        json.dumps({"id": "bidi", "text": "\u202b\u200f \u2067\u2069\n", "published": "2017-01-24"}),
        json.dumps({"id": "../../x", "text": "Talks ended Tuesday.", "published": "2017-01-24"}),
        json.dumps({"id": "good-among-bad", "text": "Talks ended Tuesday.", "published": "2017-01-24"}),
    ]
    (bad / "lines.jsonl").write_text("\n".join(lines) + "\n")
    return {
        "bad/binary.txt": "binary", "bad/empty.txt": "empty", "bad/undecodable.txt": "undecodable",
        "bad/huge.txt": "too_large", "bad/notes.md": "unsupported_format",
        "bad/broken.jsonl.gz": "corrupt_gzip", "bad/outside.txt": "symlink_outside",
        "bad/lines.jsonl:1": "malformed_json", "bad/lines.jsonl:2": "missing_text",
        "bad/lines.jsonl:3": "bad_date", "bad/lines.jsonl:4": "absurd_date",
        "bad/lines.jsonl:5": "bidi_only", "bad/lines.jsonl:6": "unsafe_id",
    }


#: doc ids the corpus must produce (w*, the .txt stems, feed items, legacy files, the good bad-file line)
EXPECTED_IDS = {*(f"w{i}" for i in (*range(10), *range(20, 24))), *(f"ar{i}" for i in range(10, 14)),
                "tag:wire,2017:shared", "tag:wire,2017:c1",
                "tag:wire,2017:d1", "cp1256", "iso", "utf16", "good-among-bad"}


#: columns that differ between two runs by design (when and by which batch a row was written)
RUN_COLUMNS = ("ingested_at", "batch_id")


def contents(lake: Path) -> dict[str, list[tuple]]:
    """Everything a lake holds, in a comparable form: each table's rows (as plain readers see
    them, without RUN_COLUMNS) sorted, the state's documents, and the quarantine."""
    import sqlite3

    import polars as pl

    from wiretime.lake import schema
    from wiretime.lake.aggregate import path as aggregate_path

    out: dict[str, list[tuple]] = {}
    for table in schema.BASE:
        frame = pl.scan_parquet(lake / table / "**" / "*.parquet", hive_partitioning=True).collect()
        out[table] = sorted(frame.drop(RUN_COLUMNS, strict=False).rows())
    for table in schema.AGGREGATES:
        out[table] = sorted(pl.read_parquet(aggregate_path(lake, table)).rows())
    db = sqlite3.connect(lake / "_state" / "state.sqlite")
    try:
        out["state.documents"] = sorted(db.execute(
            "SELECT doc_id, content_hash, version, published_date, origin FROM documents"))
        out["state.quarantine"] = sorted(db.execute(
            "SELECT key, origin, reason, detail, file FROM quarantine"))
        out["state.unapplied"] = list(db.execute("SELECT batch_id FROM batches WHERE applied = 0"))
    finally:
        db.close()
    out["files.quarantine"] = sorted(p.name for p in (lake / "_quarantine").iterdir())
    out["files.staging"] = sorted(p.name for p in (lake / "_staging").iterdir()) \
        if (lake / "_staging").exists() else []
    return out
