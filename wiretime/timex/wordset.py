"""A regex for a set of words that matches the longest word first and stays small.

Rules inline their tables' words, so a table's regex is compiled once per rule that names
it, and Python compiles regexes at several microseconds per character: the size of these
regexes is most of a language's start-up. A plain character trie factors the words'
common beginnings; tables built as products ("three" + "and twenty", in every form) also
share their endings, which a trie writes out again under every beginning. So the ending
shared most is hoisted: the beginnings that lead to it become one small trie followed by
the ending written once, ahead of the trie of the other words.

Why the match is still the longest word: hoisted beginnings take their whole subtree with
them, so no other word extends a hoisted word; they are prefix-free (a subtree never
equals a subtree inside it), so at most one matches at a place; each part is a greedy trie.
"""

from __future__ import annotations

import re

# A shared ending is hoisted when writing it once saves at least this many characters.
_WORTH = 40
_MAX_HOISTS = 8  # per round
_ROUNDS = 3


def words_regex(words, loose_clitics: str = "", factor: bool = True) -> str:
    """A regex matching any of `words`, the longest first; spaces flexible (`\\s+`), and a
    clitic of `loose_clitics` that starts a later word may be followed by spaces. `factor`
    hoists shared endings (worth it for a table that rules inline again and again, not for
    a regex compiled once: finding them costs about what compiling the plain trie does)."""
    trie = _trie(words)
    groups = []
    for _ in range(_ROUNDS if factor else 0):  # endings shared inside what is left show once others are out
        shared = _shared_endings(trie, loose_clitics)
        for paths, ending, previous in shared:
            for path in paths:
                _cut(trie, path)
            beginnings = _node_regex(_trie(paths), loose_clitics)
            groups.append(beginnings + _node_regex(ending, loose_clitics, previous))
        if not shared:
            break
    rest = _node_regex(trie, loose_clitics)
    alternatives = groups + ([rest] if rest else [])
    if not alternatives:
        return "(?!)"
    return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"


def exact_words_regex(words) -> str:
    """A regex matching any of `words` exactly as written (spaces too), the longest first: a
    plain character trie, so at each position the engine follows one branch per character
    instead of trying every word (a flat alternation cost ~4x more on English text)."""
    return _node_regex(_trie(words), exact=True)


def _cut(trie: dict, path: str) -> None:
    """Take the subtree at `path` out of the trie, and the nodes left leading nowhere."""
    chain = [trie]
    for ch in path[:-1]:
        chain.append(chain[-1][ch])
    del chain[-1][path[-1]]
    for depth in range(len(path) - 1, 0, -1):
        if chain[depth]:
            break
        del chain[depth - 1][path[depth - 1]]


def _trie(words) -> dict:
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return trie


def _shared_endings(trie: dict, loose_clitics: str) -> list[tuple[list[str], dict, str]]:
    """The subtrees worth hoisting (those whose repeats are longest), none inside or above
    another: for each, the paths to it, the subtree, and the character before it."""
    shapes: dict[tuple, int] = {}  # a subtree's shape -> its id
    size: list[int] = []  # about how long each shape's regex is
    found: dict[int, list[str]] = {}
    nodes: dict[int, tuple[dict, str]] = {}

    def shape(node: dict, path: str) -> int:
        previous = path[-1:]
        children = tuple((ch, shape(node[ch], path + ch)) for ch in sorted(node) if ch)
        key = ("" in node, previous == " " and any(ch in loose_clitics for ch, _ in children), children)
        ident = shapes.setdefault(key, len(shapes))
        if ident == len(size):
            size.append(sum(2 + size[child] for _, child in children) + 4 * key[0] + 4 * (len(children) > 1))
            nodes[ident] = (node, previous)
        if path and children:
            found.setdefault(ident, []).append(path)
        return ident

    shape(trie, "")
    chosen: list[str] = []
    out = []
    for ident in sorted(found, key=lambda i: (len(found[i]) - 1) * size[i], reverse=True)[:4 * _MAX_HOISTS]:
        paths = found[ident]
        if (len(paths) - 1) * size[ident] < _WORTH or len(out) == _MAX_HOISTS:
            break
        if any(p.startswith(c) or c.startswith(p) for p in paths for c in chosen):
            continue
        chosen += paths
        out.append((paths, *nodes[ident]))
    return out


def _node_regex(node: dict, loose_clitics: str = "", previous: str = "", exact: bool = False) -> str:
    """The trie below `node` as a greedy regex (longer words first); spaces flexible unless
    `exact`."""
    branches = []
    for ch in sorted(k for k in node if k):
        head = r"\s+" if ch == " " and not exact else re.escape(ch)
        if previous == " " and ch in loose_clitics:
            head += r"\s*"
        branches.append(head + _node_regex(node[ch], loose_clitics, ch, exact))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body
