"""Text as it comes in, made safe for everything after the door.

Whatever a file, a JSON record or a paste holds, the text the rest of Strike Atlas sees is valid
Unicode with no NUL or control characters: a lone surrogate cannot be printed or stored, a NUL byte
is refused by PostgreSQL, and control characters only ever come from broken conversions.
"""
from __future__ import annotations

import re

from strikes.limits import MAX_SYMBOL_RUN

REPLACEMENT = "\ufffd"
_SURROGATE = re.compile(r"[\ud800-\udfff]")
# C0 controls but tab, line feed and carriage return; DEL; C1 controls (left by mis-decoding).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_PAGE_BREAK = re.compile(r"[\x0b\x0c]")
_ANY_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")  # line breaks too, in a name that must print on one line
# Symbols in a row (no letter, digit or space): spaCy's tokenizer splits them off one at a time,
# which costs seconds per few thousand, and a news report never needs more than a dozen of them.
_SYMBOL_RUN = re.compile(r"[^\w\s]{%d,}" % (MAX_SYMBOL_RUN + 1))


def clean_text(text: str) -> str:
    """Lone surrogates replaced by U+FFFD, control characters removed, page breaks made line breaks."""
    text = _SURROGATE.sub(REPLACEMENT, text)
    text = _PAGE_BREAK.sub("\n", text)
    return _CONTROL.sub("", text)


def cut_symbol_runs(text: str) -> str:
    """The text with every run of symbols cut to MAX_SYMBOL_RUN characters, for the tokenizer."""
    return _SYMBOL_RUN.sub(lambda m: m.group(0)[:MAX_SYMBOL_RUN], text)


def printable(name: str) -> str:
    """A file name or id fit for a terminal or a log: undecodable bytes (lone surrogates, as
    Python hands them over from the file system) and control characters spelt as escapes."""
    name = name.encode("utf-8", "backslashreplace").decode("utf-8")
    return _ANY_CONTROL.sub(lambda m: m.group(0).encode("unicode_escape").decode("ascii"), name)


def decode_bytes(data: bytes) -> str:
    """Bytes of text as a string whatever their encoding: UTF-8, UTF-16 with its byte-order mark,
    cp1252 (what Windows word processors call plain text), else UTF-8 with bad bytes replaced."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")
