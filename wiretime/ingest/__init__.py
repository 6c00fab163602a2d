"""Ingestion: the landing folder's files to articles, or to quarantine with a reason.

Formats read (see README "Sources"):
  *.txt    one article; metadata from a sidecar *.json of the same stem (optional)
  *.jsonl  one article per line: {"text", and metadata fields}
Metadata fields: id, source, lang, published (ISO date/datetime), tz (IANA), place, title, url.
A file that cannot be read becomes a `Quarantined` record, never an exception.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from wiretime.model import Article

ARTICLE_SUFFIXES = (".txt", ".jsonl")
METADATA_FIELDS = ("id", "source", "lang", "published", "tz", "place", "title", "url")


@dataclass(slots=True)
class Quarantined:
    """Input that could not become an article, and why (a machine-readable reason)."""

    origin: str
    reason: str
    detail: str = ""


def discover(landing: Path) -> list[Path]:
    """Article files below `landing`, in a stable order (sidecars are read with their .txt)."""
    return sorted(p for p in landing.rglob("*") if p.is_file() and p.suffix in ARTICLE_SUFFIXES)


def read(path: Path, landing: Path) -> Iterator[Article | Quarantined]:
    """The articles in one file (or why they cannot be read)."""
    origin = str(path.relative_to(landing))
    if path.suffix == ".txt":
        yield _read_txt(path, origin)
    elif path.suffix == ".jsonl":
        yield from _read_jsonl(path, origin)


def _read_txt(path: Path, origin: str) -> Article | Quarantined:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as e:
        return Quarantined(origin, "undecodable", str(e))
    sidecar = path.with_suffix(".json")
    meta: dict = {}
    if sidecar.exists():
        try:
            meta = json.loads(sidecar.read_text(encoding="utf-8-sig"))
        except (ValueError, UnicodeDecodeError) as e:
            return Quarantined(origin, "bad_sidecar", str(e))
    meta.setdefault("id", path.stem)
    return make_article(text, meta, origin)


def _read_jsonl(path: Path, origin: str) -> Iterator[Article | Quarantined]:
    with path.open(encoding="utf-8-sig", errors="strict") as fh:
        try:
            for number, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                where = f"{origin}:{number}"
                try:
                    record = json.loads(line)
                except ValueError as e:
                    yield Quarantined(where, "malformed_json", str(e))
                    continue
                if not isinstance(record, dict):
                    yield Quarantined(where, "malformed_json", "a line is not a JSON object")
                    continue
                yield make_article(record.get("text"), record, where)
        except UnicodeDecodeError as e:
            yield Quarantined(origin, "undecodable", str(e))


def make_article(text: object, meta: dict, origin: str) -> Article | Quarantined:
    """An article from its text and metadata, after the checks every format shares."""
    if not isinstance(text, str) or not text.strip():
        return Quarantined(origin, "missing_text", "no text, or only whitespace")
    published = meta.get("published")
    if not published:
        return Quarantined(origin, "missing_published", "metadata field 'published' is required")
    try:
        datetime.fromisoformat(str(published).replace("Z", "+00:00"))
    except ValueError as e:
        return Quarantined(origin, "bad_date", str(e))
    content_hash = hashlib.sha256(text.encode("utf-8")).hexdigest()
    doc_id = str(meta.get("id") or f"sha256-{content_hash[:16]}")
    return Article(
        doc_id=doc_id, text=text, lang=str(meta.get("lang") or guess_language(text)),
        published=str(published), source=str(meta.get("source") or ""), tz=meta.get("tz"),
        place=meta.get("place"), title=meta.get("title"), url=meta.get("url"), origin=origin,
        content_hash=content_hash)


def guess_language(text: str) -> str:
    """ar when Arabic letters outnumber Latin ones, else en."""
    arabic = sum("\u0600" <= ch <= "\u06ff" for ch in text[:2000])
    latin = sum(ch.isascii() and ch.isalpha() for ch in text[:2000])
    return "ar" if arabic > latin else "en"
