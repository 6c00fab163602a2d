"""Reading one unit: the articles in it, and a `Quarantined` record for everything that is not.

Nothing here raises for bad input: a reader that fails on one line or item yields a
quarantine record for it (with the original bytes) and goes on with the next.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from wiretime.ingest import feeds
from wiretime.ingest.article import Limits, make_article
from wiretime.ingest.decode import Rejected, decode, sniff_binary
from wiretime.ingest.discover import Unit, open_lines
from wiretime.model import Article

#: how much of a file that is too large (or a symlink's target name) is kept in quarantine
KEEP_BYTES = 64 * 1024


@dataclass(slots=True)
class Quarantined:
    """Input that could not become an article: where, why (machine-readable), and its bytes."""

    origin: str
    reason: str
    detail: str = ""
    data: bytes = b""


def read(unit: Unit, landing: Path, limits: Limits | None = None) -> Iterator[Article | Quarantined]:
    """The articles of one unit, and quarantine records for what cannot be read."""
    limits = limits or Limits()
    path = landing / unit.path
    if unit.problem is not None:
        yield Quarantined(unit.path, *unit.problem, _evidence(path, unit.problem[0]))
        return
    try:
        defaults = _sidecar(landing, unit)
        if unit.kind in ("jsonl", "jsonl.gz"):
            records = _jsonl(path, unit)
        else:
            data = path.read_bytes()
            records = {"txt": _txt, "json": _json, "feed": _feed}[unit.kind](data, unit, defaults)
        for record in records:
            if isinstance(record, Quarantined):
                yield record
                continue
            text, meta, origin, raw = record
            try:
                yield make_article(text, {**defaults, **meta}, origin, limits)
            except Rejected as e:
                yield Quarantined(origin, e.reason, e.detail, raw)
    except Rejected as e:
        yield Quarantined(unit.path, e.reason, e.detail, _evidence(path, e.reason))
    except OSError as e:
        yield Quarantined(unit.path, "unreadable", f"{type(e).__name__}: {e}")


def _evidence(path: Path, reason: str) -> bytes:
    """The original bytes kept with a quarantine record (bounded: never copy what is refused
    for its size; never read through a symlink that leaves the landing folder)."""
    try:
        if reason == "symlink_outside":
            return str(path.readlink()).encode("utf-8", "surrogateescape")
        with open(path, "rb") as fh:
            return fh.read(KEEP_BYTES if reason == "too_large" else -1)
    except OSError:
        return b""


def _sidecar(landing: Path, unit: Unit) -> dict:
    if unit.sidecar is None:
        return {}
    data = (landing / unit.sidecar).read_bytes()
    try:
        meta = json.loads(decode(data)[0])
    except (Rejected, ValueError) as e:
        raise Rejected("bad_sidecar", f"{unit.sidecar}: {e}") from e
    if not isinstance(meta, dict):
        raise Rejected("bad_sidecar", f"{unit.sidecar}: not a JSON object")
    return meta


def _txt(data: bytes, unit: Unit, defaults: dict):
    text, _ = decode(data)
    yield text, {"id": defaults.get("id") or Path(unit.path).stem}, unit.path, data


def _json(data: bytes, unit: Unit, defaults: dict):
    try:
        value = json.loads(decode(data)[0])
    except ValueError as e:
        raise Rejected("malformed_json", str(e)) from e
    if isinstance(value, dict):
        yield value.get("text"), value, unit.path, data
    elif isinstance(value, list):
        for index, item in enumerate(value):
            origin = f"{unit.path}[{index}]"
            raw = json.dumps(item, ensure_ascii=False).encode("utf-8")
            if isinstance(item, dict):
                yield item.get("text"), item, origin, raw
            else:
                yield Quarantined(origin, "malformed_json", "an array element is not a JSON object", raw)
    else:
        raise Rejected("malformed_json", "neither a JSON object nor an array of objects")


def _feed(data: bytes, unit: Unit, defaults: dict):
    sniff_binary(data)
    for text, meta, number, raw in feeds.items(data, defaults):
        yield text, meta, f"{unit.path}#{number}", raw


def _jsonl(path: Path, unit: Unit):
    """Lines [first, last) of a JSONL file; each line stands or falls alone."""
    with open_lines(path, unit.kind) as fh:
        head = fh.read(4)
        fh.seek(0)
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16: lines exist only after decoding
            lines = [line.encode("utf-8") for line in decode(fh.read())[0].splitlines(keepends=True)]
        else:
            lines = fh
        last = unit.last if unit.last else None
        for number, line in enumerate(islice(lines, unit.first, last), unit.first + 1):
            if not line.strip():
                continue
            origin = f"{unit.path}:{number}"
            try:
                record = json.loads(decode(line)[0])
            except Rejected as e:
                yield Quarantined(origin, e.reason, e.detail, line)
                continue
            except ValueError as e:
                yield Quarantined(origin, "malformed_json", str(e), line)
                continue
            if not isinstance(record, dict):
                yield Quarantined(origin, "malformed_json", "the line is not a JSON object", line)
                continue
            yield record.get("text"), record, origin, line


@dataclass(slots=True)
class Ingested:
    """What a batch of units holds: articles (one per doc_id), quarantine records, and how many
    earlier deliveries of a doc_id the batch itself superseded."""

    articles: list[Article]
    quarantined: list[Quarantined]
    superseded: int = 0


def read_batch(units: list[Unit], landing: Path, limits: Limits | None = None) -> Ingested:
    """Read every unit of a batch; when a doc_id comes more than once, the last delivery (in
    landing order) wins and the earlier ones never reach the lake."""
    latest: dict[str, Article] = {}
    quarantined: list[Quarantined] = []
    delivered = 0
    for unit in units:
        for item in read(unit, landing, limits):
            if isinstance(item, Quarantined):
                quarantined.append(item)
            else:
                delivered += 1
                latest.pop(item.doc_id, None)
                latest[item.doc_id] = item
    return Ingested(list(latest.values()), quarantined, delivered - len(latest))
