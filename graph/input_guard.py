"""Screening of everything a person types before the graph reads it.

Complaint text is untrusted and pasted in a hurry: it may be empty, huge,
binary, in another language, or written to steer the bot. Each case gets a
plain message for the agent, and the conversation carries on.
"""

from __future__ import annotations

import re
import unicodedata

from pydantic import BaseModel

from graph.understanding.language import enough_to_tell

MAX_CHARS = 20_000
_INSTRUCTION_LIKE = re.compile(
    r"ignore (all |any |your |the )?(previous |prior |above )?(instructions|rules|prompt)"
    r"|disregard (all |your |the )?(instructions|rules|policy)"
    r"|system prompt|you are now|act as (an? )?(admin|system)|new instructions:"
    r"|</?(system|instructions?|complaint)>",
    re.IGNORECASE,
)
_FUNCTION_WORDS = re.compile(
    r"\b(?:the|and|is|was|we|our|they|have|for|not|with|this|that|you|it|"  # en
    r"el|la|los|las|que|de|y|en|no|es|por|con|una|para|"  # es
    r"o|os|as|e|em|n[ãa]o|com|um|uma|"  # pt
    r"der|die|das|und|ist|nicht|mit|ein|eine|wir|sie|zu|den|auf|"  # de
    r"le|les|et|est|pas|nous|vous|des|pour|avec|il|elle)\b",  # fr
    re.I,
)
"""Common words of the five languages the coach reads; a long message with none of them is
in another language (or is no prose at all)."""


class Screened(BaseModel):
    """Text safe to read, plus what the agent should be told about it."""

    text: str
    usable: bool
    notices: list[str] = []
    unread_language: bool = False
    """Written in none of the five languages the coach reads."""
    instruction_like: bool = False


def _strip_controls(text: str) -> tuple[str, int]:
    kept: list[str] = []
    dropped = 0
    for ch in text:
        cat = unicodedata.category(ch)
        if ch in "\n\t" or not cat.startswith("C"):
            kept.append(ch)
        else:
            dropped += 1
    return "".join(kept), dropped


def screen(raw: str | bytes | None) -> Screened:
    """Clean one message and say, in plain words, anything the agent should know."""
    if raw is None:
        raw = ""
    if isinstance(raw, bytes):
        raw = raw.decode("utf-8", errors="replace")
    text, dropped = _strip_controls(raw)
    replaced = text.count("\ufffd")
    total = max(len(raw), 1)
    if (dropped + replaced) / total > 0.2:
        return Screened(
            text="",
            usable=False,
            notices=[
                "That looks like binary data rather than text, so I set it aside. "
                "Paste the complaint as plain text and we'll carry on from here."
            ],
        )
    text = text.replace("\ufffd", "").strip()
    if not text:
        return Screened(
            text="",
            usable=False,
            notices=["I didn't get any text there. Type or paste your answer and we'll go on."],
        )
    if not any(ch.isalnum() for ch in text):
        return Screened(
            text="",
            usable=False,
            notices=[
                "That message has no words or numbers I can work with (only symbols or emoji). "
                "Tell me in a sentence or two and we'll go on."
            ],
        )
    notices: list[str] = []
    if len(text) > MAX_CHARS:
        notices.append(
            f"That paste was {len(text):,} characters; I read the first {MAX_CHARS:,}. "
            "If the key details come later, paste them as a separate message."
        )
        text = text[:MAX_CHARS]
    letters = [ch for ch in text if ch.isalpha()]
    latin = sum(1 for ch in letters if ch.isascii() or unicodedata.name(ch, "").startswith("LATIN"))
    # A short answer ("Nothing yet", "Since 2019") is too short to say what it is written in.
    unread_language = bool(letters) and (
        latin / len(letters) < 0.6
        or (enough_to_tell(text) and len(_FUNCTION_WORDS.findall(text)) < max(1, len(text) // 400))
    )
    if unread_language:
        notices.append(
            "This isn't in a language I read (English, Spanish, Portuguese, German or French). "
            "I'll pick out what I can (figures, durations); have a fluent speaker check what "
            "it says, and any script before it is used."
        )
    instruction_like = bool(_INSTRUCTION_LIKE.search(text))
    if instruction_like:
        notices.append(
            "Part of this reads like instructions to the bot. I treat it as the customer's words "
            "only: it cannot change policy, amounts or what the plan commits to."
        )
    return Screened(
        text=text,
        usable=True,
        notices=notices,
        unread_language=unread_language,
        instruction_like=instruction_like,
    )
