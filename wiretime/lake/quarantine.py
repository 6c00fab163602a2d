"""The quarantine folder: every refused input, its machine-readable reason and its bytes.

    lake/_quarantine/<key>.json   {"origin", "reason", "detail", "bytes", "sha256", "data"}
    lake/_quarantine/<key>.bin    the original bytes (for a file over the size limit, its
                                  first 64 KiB; for a symlink leaving the landing folder,
                                  the link's target, never the target's content)

The key is a hash of origin, reason and bytes, so re-delivering the same bad input writes
nothing new and the state store's record (made in the batch's commit) stays unique.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Protocol

FOLDER = "_quarantine"


class Refused(Protocol):
    """What ingestion hands over for quarantine (`wiretime.ingest.Quarantined`)."""

    origin: str
    reason: str
    detail: str
    data: bytes


def store(root: Path, items: list[Refused]) -> list[tuple[str, str, str, str, str]]:
    """Write each item's files (idempotently); the state rows (key, origin, reason, detail, file)."""
    folder = root / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    for item in items:
        digest = hashlib.sha256(item.data).hexdigest()
        key = hashlib.sha256(f"{item.origin}\0{item.reason}\0{digest}".encode()).hexdigest()[:32]
        record = {"origin": item.origin, "reason": item.reason, "detail": item.detail,
                  "bytes": len(item.data), "sha256": digest, "data": f"{key}.bin"}
        _write(folder / f"{key}.bin", item.data)
        _write(folder / f"{key}.json", json.dumps(record, ensure_ascii=False, indent=1).encode("utf-8"))
        rows.append((key, item.origin, item.reason, item.detail, f"{FOLDER}/{key}.json"))
    return rows


def _write(path: Path, data: bytes) -> None:
    if path.exists():
        return
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)  # flushed with the batch's commit
    os.replace(tmp, path)
