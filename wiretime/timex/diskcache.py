"""Compiled rule regexes (and data derived from the rules) kept on disk between runs, so
`wiretime tag` starts fast.

Why: Python's regex parser and code generator are written in Python, and a language's
rules inline their word tables (100k+ characters of regex for Arabic), so compiling them
was most of a `wiretime tag` start-up (~0.5 s of ~0.7 s CPU for an Arabic file), while the
C engine builds a pattern from its compiled code in microseconds. So the code of every
pattern compiled here is stored (`marshal`, one file per language), keyed by the pattern
text and flags, in a file named after the interpreter and its regex engine version
(`_sre.MAGIC`), and handed to the C engine next time, as `re` itself does after parsing.

Anything unexpected (no cache folder, another Python, a damaged file, a C engine that
refuses the code) falls back to `re.compile`: the patterns are the same either way.
What the pre-scan reads from the rules' parse trees (also pure Python, also a large part
of start-up) is kept alike, keyed by everything it is computed from (`value`).
Folder: the one the place index uses (zones/places.py): $WIRETIME_CACHE, else
$XDG_CACHE_HOME/wiretime, else ~/.cache/wiretime.
"""

from __future__ import annotations

import _sre
import atexit
import hashlib
import marshal
import os
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from re import _compiler, _parser
from typing import Any, TypeVar

from wiretime.timex import branches

T = TypeVar("T")

# Entries a file keeps at most: past them, only the patterns this run used are written
# (rules edited over time leave patterns nobody compiles any more).
_KEPT = 2000
_CODE_KEY = "factored-2"  # bump when what `compile` makes of a pattern changes (branches.py)


def cache_dir() -> Path:
    """Where compiled patterns are kept."""
    return Path(os.environ.get("WIRETIME_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "wiretime"))


class DiskCache:
    """`compile` like `re.compile` and `value` like calling its `compute`, reading and
    adding what they make to one cache file (`folder` None: in memory only)."""

    def __init__(self, name: str, folder: Path | None) -> None:
        tag = f"{sys.implementation.cache_tag}-sre{_sre.MAGIC}"
        self.path = folder / f"regex-{name}-{tag}.marshal" if folder is not None else None
        self._entries: dict[str, Any] | None = None
        self._used: set[str] = set()
        self._added = False

    def value(self, name: str, inputs: object, compute: Callable[[], T]) -> T:
        """What `compute()` returns, from the file when it was computed from equal `inputs`
        (their repr, which must not depend on hash order, is the key); values are what
        marshal writes (ints, strings, tuples, lists, dicts, frozensets)."""
        entries = self._loaded()
        key = _digest(f"{name}\x00{inputs!r}")
        self._used.add(key)
        if key in entries:
            return entries[key]
        value = compute()
        self._add(key, value)
        return value

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern[str]:
        entries = self._loaded()
        key = _digest(f"{_CODE_KEY}\x00{flags}\x00{pattern}")
        self._used.add(key)
        entry = entries.get(key)
        if entry is not None:
            try:
                return _sre.compile(pattern, *entry)
            except (TypeError, ValueError, RuntimeError):
                pass  # code this engine does not take: compile afresh
        tree = _parser.parse(pattern, flags)
        branches.factor(tree, tree.state.flags | flags)
        code = _compiler._code(tree, flags)
        groupindex = dict(tree.state.groupdict)
        indexgroup = [None] * tree.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        # plain ints (the parser's opcodes and flags are int subclasses marshal refuses)
        entry = (int(flags | tree.state.flags), [int(c) for c in code], tree.state.groups - 1, groupindex,
                 tuple(indexgroup))
        compiled = _sre.compile(pattern, *entry)
        self._add(key, entry)
        return compiled

    def _add(self, key: str, entry: object) -> None:
        if self.path is not None:
            self._loaded()[key] = entry
            if not self._added:
                self._added = True
                atexit.register(self.save)

    def _loaded(self) -> dict[str, Any]:
        if self._entries is None:
            self._entries = {}
            if self.path is not None:
                try:
                    loaded = marshal.loads(self.path.read_bytes())
                    if isinstance(loaded, dict):
                        self._entries = loaded
                except (OSError, ValueError, EOFError, TypeError):
                    pass  # no cache yet, or a damaged one: it is rewritten on exit
        return self._entries

    def save(self) -> None:
        """Write the entries (whole file, atomically: parallel workers never see half a file)."""
        if self.path is None or self._entries is None:
            return
        entries = self._entries
        if len(entries) > _KEPT:
            entries = {key: entry for key, entry in entries.items() if key in self._used}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=self.path.name, suffix=".tmp")
        except OSError:
            return  # a read-only home: the next run compiles again
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(marshal.dumps(entries))
            os.replace(temporary, self.path)
        except (OSError, ValueError):
            Path(temporary).unlink(missing_ok=True)


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()
