"""An article shown with each event's evidence sentences marked, and numbered by event.

An event's evidence is the sentences it was read from, joined by spaces; they may lie in
different paragraphs, and extraction reads Markdown links as their words. So the evidence is
found in the text as runs of the text's own words, and only those runs are marked: never the
paragraph around them, and never a lone common word found somewhere else.

The text is untrusted: every character of it reaches the page through `safe_html`, which both
HTML-escapes it and writes Markdown's and Streamlit's active characters as entities.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

MIN_RUN = 3
"""Fewer words than this found apart from the rest of the evidence are no sentence of it ("the", "in Gaza")."""

_WORD = re.compile(r"\S+")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_ENTITIES = str.maketrans({c: f"&#{ord(c)};" for c in "&<>\"'\\`*_[]$:~|#"})
"""HTML's specials, and the characters Markdown, Streamlit's directives (":red[...]") and maths act on."""


def safe_html(text: str) -> str:
    """Untrusted text inside HTML that Streamlit's Markdown also reads: shown as it is, acting as nothing."""
    return text.translate(_ENTITIES)


def evidence_spans(text: str, evidence: str) -> list[tuple[int, int]]:
    """Where the evidence's words stand in the text, as (start, end) character spans, in order.

    Greedy: from each evidence word, the longest run of the text's words that repeats the
    evidence from there (the first such run on a tie), kept when it is MIN_RUN words long or is
    the whole evidence."""
    starts = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    words = [text[a:b] for a, b in starts]
    at: dict[str, list[int]] = defaultdict(list)
    for index, word in enumerate(words):
        at[word].append(index)
    wanted = evidence.split()
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(wanted):
        best, best_length = -1, 0
        for start in at.get(wanted[i], []):
            length = 1
            while (i + length < len(wanted) and start + length < len(words)
                   and words[start + length] == wanted[i + length]):
                length += 1
            if length > best_length:
                best, best_length = start, length
        if best_length >= MIN_RUN or best_length == len(wanted) > 0:
            spans.append((starts[best][0], starts[best + best_length - 1][1]))
            i += best_length
        else:
            i += 1
    return spans


def marked_article(text: str, evidence: Sequence[str]) -> str:
    """The article as HTML paragraphs, the evidence of the n-th event (n from 1) marked and followed by n.

    Evidence shared by several events is marked once and followed by all their numbers."""
    owners: list[tuple[int, int, int]] = [(start, end, number) for number, said in enumerate(evidence, 1)
                                          for start, end in evidence_spans(text, said or "")]
    cuts = sorted({0, len(text), *(s for s, _, _ in owners), *(e for _, e, _ in owners)})
    ends: dict[int, list[int]] = defaultdict(list)
    for _, end, number in owners:
        if number not in ends[end]:
            ends[end].append(number)
    html = []
    for start, end in zip(cuts, cuts[1:]):
        piece = text[start:end]
        numbers = sorted({n for s, e, n in owners if s <= start and end <= e})
        html.append(_marked(piece, numbers) if numbers else safe_html(piece))
        if ends.get(end):
            html.append(f"<sup>{','.join(map(str, sorted(ends[end])))}</sup>")
    paragraphs = _PARAGRAPH_BREAK.split("".join(html).strip())
    return "".join(f"<p>{p.strip().replace(chr(10), '<br>')}</p>" for p in paragraphs if p.strip())


def _marked(piece: str, numbers: list[int]) -> str:
    """A marked piece, closed and reopened at each paragraph break so that no mark spans two paragraphs."""
    label = f"event {', '.join(map(str, numbers))}"
    parts = _PARAGRAPH_BREAK.split(piece)
    breaks = _PARAGRAPH_BREAK.findall(piece)
    out = []
    for index, part in enumerate(parts):
        if part.strip():
            lead = part[: len(part) - len(part.lstrip())]
            out.append(f"{lead}<mark title='{label}'>{safe_html(part.strip())}</mark>{part[len(part.rstrip()):]}")
        else:
            out.append(part)
        if index < len(breaks):
            out.append(breaks[index])
    return "".join(out)
