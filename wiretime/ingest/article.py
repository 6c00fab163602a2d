"""Text plus metadata to an `Article`, after the checks every source format shares.

A check that fails raises `Rejected` with a machine-readable reason; the caller turns it into
a quarantine record. Why each check exists:
- ids become part of file names and URLs downstream: one that climbs out of a folder
  ("../../x", "/etc/passwd", "C:\\x") or carries control characters is refused, not cleaned;
- a date that cannot exist (2017-02-30) or that no news article can have (before
  `Limits.min_year`, or days in the future) would silently poison every relative date
  resolved against it;
- text made only of bidi controls and invisible marks looks non-empty to `str.strip` but
  holds nothing to read.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from wiretime.ingest.decode import Rejected
from wiretime.model import Article

#: the metadata fields read from sidecars, JSON records and feeds (README "Sources")
METADATA_FIELDS = ("id", "source", "lang", "published", "tz", "place", "title", "url")
#: `dateline` is the wire-service word for the place an article was filed from
ALIASES = {"dateline": "place"}
_TRAVERSAL = re.compile(r"(^|[\\/])\.\.?([\\/]|$)|^[\\/~]|^[A-Za-z]:[\\/]")
_LANG = re.compile(r"^([a-z]{2,3})(?:[-_][A-Za-z0-9]+)*$")
MAX_ID_CHARS = 512
#: what the content hash covers: what changes the tables if it changes (not the source name
#: or url, which differ between two feeds carrying the same item)
HASHED_FIELDS = ("text", "published", "tz", "place", "lang", "title")


@dataclass(frozen=True, slots=True)
class Limits:
    """What ingestion accepts; see README "Quarantine" (env: WIRETIME_MAX_FILE_MB, ...)."""

    max_file_bytes: int = 64 * 2**20
    min_year: int = 1900
    max_future: timedelta = timedelta(days=2)


def make_article(text: object, meta: dict, origin: str, limits: Limits) -> Article:
    """An article from its text and metadata; raises Rejected when a check fails."""
    meta = _metadata(meta)
    text = _text(text)
    doc_id = _doc_id(meta.get("id"), text)
    published = normalize_published(meta.get("published"), limits)
    tz = meta.get("tz")
    if tz is not None:
        try:
            ZoneInfo(tz)
        except (ZoneInfoNotFoundError, ValueError) as e:
            raise Rejected("bad_metadata", f"tz {tz!r} is not an IANA zone name") from e
    lang = _language(meta.get("lang"), text)
    fields = {"text": text, "published": published, "tz": tz, "place": meta.get("place"), "lang": lang,
              "title": meta.get("title")}
    content_hash = hashlib.sha256(
        json.dumps([fields[k] for k in HASHED_FIELDS], ensure_ascii=False).encode("utf-8")).hexdigest()
    return Article(doc_id=doc_id, text=text, lang=lang, published=published, source=meta.get("source") or "",
                   tz=tz, place=meta.get("place"), title=meta.get("title"), url=meta.get("url"),
                   origin=origin, content_hash=content_hash)


def _metadata(meta: dict) -> dict:
    out = {}
    for key, value in meta.items():
        key = ALIASES.get(key, key)
        if key not in METADATA_FIELDS or value is None:
            continue
        if key == "id" and isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            raise Rejected("bad_metadata", f"field {key!r} must be a string, not {type(value).__name__}")
        value = value.strip()
        if value:
            out[key] = value
    return out


def _text(text: object) -> str:
    if not isinstance(text, str):
        detail = "no text field" if text is None else f"text is a {type(text).__name__}"
        raise Rejected("missing_text", detail)
    # any() stops at the first visible character (a list of them all cost a loop per character)
    if not any(not ch.isspace() and unicodedata.category(ch) != "Cf" for ch in text):
        if any(ch in BIDI_CONTROLS for ch in text):
            raise Rejected("bidi_only", "only bidirectional control and invisible characters")
        raise Rejected("missing_text", "empty or whitespace-only text")
    return text


#: marks (ALM, LRM, RLM), embeddings and overrides (LRE..RLO), isolates (LRI..PDI)
BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _doc_id(given: str | None, text: str) -> str:
    if given is None:
        return "sha256-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    if len(given) > MAX_ID_CHARS:
        raise Rejected("unsafe_id", f"id of {len(given)} characters (at most {MAX_ID_CHARS})")
    if any(unicodedata.category(ch) in ("Cc", "Cf") for ch in given):
        raise Rejected("unsafe_id", f"id with control characters: {given!r}")
    if _TRAVERSAL.search(given):
        raise Rejected("unsafe_id", f"id that is or climbs a path: {given!r}")
    return given


def normalize_published(value: str | None, limits: Limits) -> str:
    """ISO 8601 publication date or datetime; RFC 2822 (feeds, e-mail) is converted to ISO."""
    if not value:
        raise Rejected("missing_published", "metadata field 'published' is required")
    iso = value
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            moment = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError) as e:
            raise Rejected("bad_date", f"not an ISO 8601 or RFC 2822 date: {value!r}") from e
        iso = moment.isoformat()
    _plausible(moment, value, limits)
    return iso


def _plausible(moment: datetime, value: str, limits: Limits) -> None:
    day = moment.astimezone(UTC).date() if moment.tzinfo else moment.date()
    latest = datetime.now(UTC).date() + limits.max_future
    if day < date(limits.min_year, 1, 1) or day > latest:
        raise Rejected("absurd_date", f"{value!r} is before {limits.min_year} or after {latest.isoformat()}")


def _language(given: str | None, text: str) -> str:
    if given is None:
        return detect_language(text)
    found = _LANG.match(given.lower())
    if not found:
        raise Rejected("bad_metadata", f"lang {given!r} is not a language code")
    return found.group(1)


def detect_language(text: str) -> str:
    """ar when Arabic-script letters outnumber Latin ones in the first 2000 characters, else en.

    wiretime reads Arabic and English only, so the script decides between them.
    """
    arabic = latin = 0
    for ch in text[:2000]:
        if ch.isalpha():
            if "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" or "\ufb50" <= ch <= "\ufeff":
                arabic += 1
            elif ch.isascii() or "\u00c0" <= ch <= "\u024f":
                latin += 1
    return "ar" if arabic > latin else "en"
