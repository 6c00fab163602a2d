"""Bytes to text, or a reason why not: BOMs, UTF-8, binary sniffing, legacy Arabic code pages.

Order matters and each step says why:
1. a BOM is proof of the encoding (UTF-8, UTF-16 and UTF-32, either byte order);
2. NUL bytes or a known file signature mean binary, not text in an exotic encoding;
3. strict UTF-8 is tried next: it almost never decodes legacy bytes by accident;
4. otherwise `charset-normalizer` chooses among the single-byte code pages our archives use
   (Windows-1256 and ISO-8859-6 for Arabic, Windows-1252 for English). When two of them read
   the bytes into different texts equally well (short Arabic snippets often do), the choice
   would be a coin toss, so the input is rejected as undecidable instead of guessed.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

LEGACY_ENCODINGS = ["cp1256", "iso8859_6", "cp1252"]
_BOMS = (  # UTF-32 first: its little-endian BOM starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_SIGNATURES = {
    b"\x89PNG": "PNG image", b"%PDF": "PDF document", b"PK\x03\x04": "ZIP archive",
    b"\x1f\x8b": "gzip data", b"\xff\xd8\xff": "JPEG image", b"GIF8": "GIF image",
    b"\x7fELF": "ELF executable", b"BZh": "bzip2 data", b"\xfd7zXZ": "xz data", b"Rar!": "RAR archive",
    b"OggS": "Ogg media", b"ID3": "MP3 audio", b"SQLite format 3": "SQLite database",
}
_CONTROL = [chr(c) for c in range(32) if chr(c) not in "\t\n\r\f\v"] + ["\x7f"]
# one regex scan in C counts them (a Python loop per character cost more than the JSON parsing)
_CONTROL_CHARS = re.compile("[" + "".join(map(re.escape, _CONTROL)) + "]")
_CONTROL_BYTES = re.compile(b"[" + b"".join(re.escape(c.encode("ascii")) for c in _CONTROL) + b"]")
#: more control characters than this share of the text means binary data decoded by chance
MAX_CONTROL_SHARE = 0.01
#: candidates whose chaos and coherence differ by less than this read the bytes equally well
TIE = 0.01


class Rejected(Exception):
    """Input that cannot be used, with a machine-readable reason and a human detail."""

    def __init__(self, reason: str, detail: str):
        super().__init__(f"{reason}: {detail}")
        self.reason, self.detail = reason, detail


def decode(data: bytes) -> tuple[str, str]:
    """The text in `data` and the encoding it was read with; raises Rejected."""
    if not data.strip():
        raise Rejected("empty", f"{len(data)} bytes, no content")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(encoding)), encoding
            except UnicodeDecodeError as e:
                raise Rejected("undecodable", f"{encoding} BOM but invalid {encoding}: {e.reason}") from e
    sniff_binary(data)
    try:
        return _checked(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    matches = list(from_bytes(data, cp_isolation=LEGACY_ENCODINGS))
    if not matches:
        raise Rejected("undecodable", f"not UTF-8 and not one of {', '.join(LEGACY_ENCODINGS)}")
    best = matches[0]
    rivals = sorted({m.encoding for m in matches[1:]
                     if abs(m.chaos - best.chaos) < TIE and abs(m.coherence - best.coherence) < TIE
                     and str(m) != str(best)})
    if rivals:
        either = " or ".join([best.encoding, *rivals])
        raise Rejected("undecodable", f"ambiguous: {either} read it equally well")
    return _checked(str(best)), best.encoding


def sniff_binary(data: bytes) -> None:
    """Raise Rejected('binary') for NUL bytes or a known binary file signature."""
    for signature, kind in _SIGNATURES.items():
        if data.startswith(signature):
            raise Rejected("binary", f"starts like a {kind}")
    head = data[:65536]
    if b"\x00" in head:
        raise Rejected("binary", "contains NUL bytes (and no UTF-16/32 byte order mark)")
    controls = len(_CONTROL_BYTES.findall(head))
    if controls > MAX_CONTROL_SHARE * len(head):
        raise Rejected("binary", f"{controls} control bytes in the first {len(head)}")


def _checked(text: str) -> str:
    controls = len(_CONTROL_CHARS.findall(text))
    if controls > MAX_CONTROL_SHARE * len(text):
        raise Rejected("binary", f"{controls} control characters in {len(text)}")
    return text
