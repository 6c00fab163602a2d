"""RSS and Atom feed files: each item an article with its own id, publication time and zone.

`feedparser` does the XML, the encodings and the date formats of real feeds. An item's zone
is the UTC offset of its own timestamp, kept in `published` (ISO 8601 with offset), so its
publication instant is exact and relative dates resolve against its local wall time. The
IANA zone (`tz`) is left to the sidecar: a "+03:00" says nothing about daylight saving.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from html.parser import HTMLParser

import feedparser

from wiretime.ingest.decode import Rejected

_BLOCKS = {"p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr",
           "table", "section", "article", "header", "footer", "pre", "hr"}


class _Text(HTMLParser):
    """Visible text of an HTML fragment; block elements become line breaks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment: tags dropped, entities decoded, blank runs collapsed."""
    parser = _Text()
    parser.feed(fragment)
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.parts).split("\n")]
    return "\n".join(line for line in lines if line)


def items(data: bytes, defaults: dict) -> Iterator[tuple[object, dict, int, bytes]]:
    """(text, metadata, item number, raw bytes) for each item of a feed; raises Rejected when
    the bytes are no feed at all."""
    parsed = feedparser.parse(data)
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        detail = f"{type(problem).__name__}: {problem}" if problem else "no items"
        raise Rejected("malformed_feed", detail[:500])
    feed = parsed.feed
    source = defaults.get("source") or feed.get("title")
    for number, entry in enumerate(parsed.entries, 1):
        body = entry.get("content")
        html = body[0].get("value") if body else entry.get("summary")
        text = html_to_text(html) if isinstance(html, str) else None
        language = (body[0].get("language") if body else None) or feed.get("language")
        meta = {
            **defaults,
            "id": entry.get("id") or entry.get("link"),
            "source": source,
            "title": html_to_text(entry["title"]) if entry.get("title") else defaults.get("title"),
            "url": entry.get("link") or defaults.get("url"),
            "published": _when(entry) or defaults.get("published"),
            "lang": defaults.get("lang") or language,
        }
        raw = json.dumps({"id": entry.get("id"), "link": entry.get("link"), "title": entry.get("title"),
                          "published": _when(entry), "body": html},
                         ensure_ascii=False).encode("utf-8")
        yield text, {k: v for k, v in meta.items() if v is not None}, number, raw


def _when(entry: dict) -> str | None:
    """An item's publication time as written, else its last update (read without feedparser's
    deprecated updated-to-published fallback)."""
    return dict.get(entry, "published") or dict.get(entry, "updated")
