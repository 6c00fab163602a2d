"""Resolutions remembered: the sentences of an article share its reference and name the
same times again ("Tuesday", "2 p.m.", "last year": a third of the resolutions of a wire
article repeat one made for an earlier sentence). Resolving is a pure function of the partial
time, the reference, the direction and the rollover flag, so the engine asks here first.

The memory is bounded (emptied when full) and may be emptied at any time (`forget`: a
benchmark does, so that each round measures the work and not the memory of the last one).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from wiretime.timex.resolve import Resolved, resolve

_KEPT = 4096  # resolutions remembered at most (a few articles' worth)
_memory: dict[tuple[Any, ...], Resolved | None] = {}


def resolve_once(partial: dict[str, Any], ref: datetime, direction: str,
                 rollover: bool = True) -> Resolved | None:
    """`resolve(partial, ref, direction, rollover)`, computed once for equal arguments."""
    key = (_frozen(partial), ref, direction, rollover)
    try:
        return _memory[key]
    except KeyError:
        pass
    except TypeError:  # a value that has no hash (no table or rule makes one): not remembered
        return resolve(partial, ref, direction, rollover)
    found = resolve(partial, ref, direction, rollover)
    if len(_memory) >= _KEPT:
        _memory.clear()
    _memory[key] = found
    return found


def forget() -> None:
    """Empty the memory."""
    _memory.clear()


_NESTED = (dict, list, tuple)


def _frozen(value: Any) -> Any:
    """A hashable stand-in equal only for equal values of the same types (1, 1.0 and True
    stay apart: a duration of 1.0 is written otherwise than one of 1)."""
    if isinstance(value, dict):  # (a plain value inline: most fields are numbers and codes)
        return dict, tuple((k, _frozen(v) if isinstance(v, _NESTED) else (type(v), v))
                           for k, v in value.items())
    if isinstance(value, list | tuple):
        return type(value), tuple(_frozen(v) for v in value)
    return type(value), value
