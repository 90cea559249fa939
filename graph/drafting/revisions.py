"""Text-level revisions for the offline drafter.

They work on whatever text is current, including an agent's own edit, and
each one moves the text measurably in the asked direction. An instruction
that none of them understands is reported back rather than silently ignored.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from graph.drafting.base import CONTACT_PLACEHOLDER, Revision
from graph.models import SectionKey

_CONTRACTIONS = {
    "I'm": "I am", "I'll": "I will", "I've": "I have", "I'd": "I would", "it's": "it is",
    "It's": "It is", "we'll": "we will", "We'll": "We will", "we're": "we are",
    "We're": "We are", "we've": "we have", "you'll": "you will", "You'll": "You will",
    "you're": "you are", "You're": "You are", "you've": "you have", "they're": "they are",
    "don't": "do not", "Don't": "Do not", "can't": "cannot", "won't": "will not",
    "shouldn't": "should not", "didn't": "did not", "isn't": "is not", "wasn't": "was not",
    "doesn't": "does not", "haven't": "have not", "that's": "that is", "That's": "That is",
    "there's": "there is", "here's": "here is", "let's": "let us", "Let's": "Let us",
    "what's": "what is", "aren't": "are not", "couldn't": "could not",
}  # fmt: skip
_WARM_SCRIPT = (
    "I know how much {team} counted on us, and I'm grateful you told us straight away instead "
    "of quietly giving up on us."
)
_WARM_NOTE = (
    "Keep the person in view: acknowledge how this felt before explaining anything, and thank "
    "them for the chance to put it right."
)


def _sentences(paragraph: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?”\"])\s+", paragraph) if s]


def _words(text: str) -> int:
    return len(text.split())


def shorter(text: str) -> str:
    """Keep each paragraph's opening sentences and trim long lists, so the gist survives."""
    out: list[str] = []
    bullets_seen = 0
    for line in text.split("\n"):
        stripped = line.lstrip()
        if stripped.startswith(("- ", "* ")):
            bullets_seen += 1
            if bullets_seen > 3:
                continue
            out.append(line)
            continue
        bullets_seen = 0
        if stripped.startswith(("|", ">")) or not stripped:
            out.append(line)
            continue
        out.append(" ".join(_sentences(line)[:2]))
    result = "\n".join(out)
    if _words(result) >= _words(text):
        quoted = [i for i, line in enumerate(out) if line.startswith("> ")]
        if len(quoted) > 3:
            del out[quoted[-2]]
        else:
            paragraphs = result.split("\n\n")
            out = paragraphs[:-1] if len(paragraphs) > 1 else [result.rsplit(". ", 1)[0] + "."]
            return "\n\n".join(out)
        result = "\n".join(out)
    return result


def formal(text: str) -> str:
    for short, full in _CONTRACTIONS.items():
        text = re.sub(rf"\b{re.escape(short)}\b", full, text)
    text = re.sub(r"\bHi\b", "Dear", text)
    text = re.sub(r"\bHello\b", "Good morning", text)
    text = text.replace("Thanks", "Thank you").replace("30 minutes", "a thirty-minute meeting")
    return text


def warmer(text: str) -> str:
    team = "your team" if "your team" in text else "you"
    warm = _WARM_SCRIPT.format(team=team)
    lines = text.split("\n")
    quoted = [i for i, line in enumerate(lines) if line.startswith("> ")]
    if quoted:
        lines.insert(quoted[min(1, len(quoted) - 1)] + 1, "> " + warm)
        return "\n".join(lines)
    return f"{_WARM_NOTE}\n\n{text}"


def longer(text: str) -> str:
    return (
        text + "\n\n**More detail:** note who said what and when, keep the customer's own words in "
        "the record, and agree the next contact time before the conversation ends."
    )


def _script_lines(text: str) -> tuple[list[str], list[str]]:
    lines = text.split("\n")
    return lines, [line[2:] for line in lines if line.startswith("> ")]


def _replace_script(text: str, new: list[str], label: str) -> str:
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.startswith("> ")), None)
    kept = [line for line in lines if not line.startswith("> ")]
    if first is None:
        return text + "\n\n" + "\n".join(new)
    body = kept[:first] + new + kept[first:]
    joined = "\n".join(body)
    return re.sub(r"\*\*Script:\*\*", f"**Script ({label}):**", joined, count=1)


def _uncall(sentence: str) -> str:
    sentence = re.sub(r"I'm not calling with excuses\.\s*", "", sentence)
    sentence = re.sub(
        r"Could we set up 30 minutes", "Could we find 30 minutes for a call", sentence
    )
    return re.sub(r"this is ([^,.]+)", r"\1 here", sentence, count=1)


_DIRECT = re.compile(r"reach me directly at (.+?)\.?$")


def for_email(text: str, owner: str) -> str:
    _, script = _script_lines(text)
    if not script:
        return f"**Channel:** email.\n\n{text}"
    greeting, *body = script
    name = re.search(r"(?:Hello|Hi|Dear|Good morning)\s+([^,]+),", greeting)
    salutation = f"Dear {name.group(1)}," if name else "Hello,"
    given = next((m for s in body if (m := _DIRECT.search(s))), None)
    contact = given.group(1) if given else CONTACT_PLACEHOLDER
    email = [
        "> **Subject:** What went wrong, and what we are doing about it",
        ">",
        f"> {salutation}",
        ">",
        *[f"> {_uncall(s)}" for s in body if s.strip() and "reach me directly" not in s],
        ">",
        f"> You can reply to this email or reach me directly at {contact}.",
        ">",
        f"> Kind regards,  \n> {owner}",
    ]
    text = _replace_script(text, email, "email")
    return re.sub(r"\*\*Channel:\*\*[^\n]*", "**Channel:** email, sent personally, not from a "
                  "no-reply address.", text)  # fmt: skip


def for_chat(text: str, owner: str) -> str:
    _, script = _script_lines(text)
    if not script:
        return f"**Channel:** chat.\n\n{text}"
    keep = [_uncall(s) for s in script if "reach me directly" not in s][:4]
    text = _replace_script(text, ["> " + " ".join(keep) + f" ({owner})"], "chat")
    return re.sub(r"\*\*Channel:\*\*[^\n]*", "**Channel:** chat, in the same conversation.", text)


def for_phone(text: str, owner: str) -> str:
    text = re.sub(r"^> \*\*Subject:\*\*.*\n>\n", "", text, flags=re.M)
    text = re.sub(r"\n> Kind regards,.*\n> .*$", "", text, flags=re.M)
    return re.sub(r"\*\*Channel:\*\*[^\n]*", "**Channel:** a phone call, confirmed in writing "
                  "the same day.", text)  # fmt: skip


def mention(text: str, what: str, key: SectionKey) -> str:
    what = what.strip().rstrip(".")
    if key == SectionKey.RESPONSE and "> " in text:
        lines = text.split("\n")
        last = max(i for i, line in enumerate(lines) if line.startswith("> "))
        lines.insert(last, f"> I also want to mention {what}.")
        return "\n".join(lines)
    return f"{text}\n- Also cover: {what}."


def drop(text: str, what: str) -> str:
    """Remove every line or sentence that talks about `what`."""
    terms = [w for w in re.findall(r"[\w$€£-]+", what.lower()) if len(w) > 2 and w != "the"]
    if not terms:
        return text

    def hit(s: str) -> bool:
        return all(t in s.lower() for t in terms)

    out: list[str] = []
    for line in text.split("\n"):
        if line.lstrip().startswith(("- ", "* ", "|")):
            if not hit(line):
                out.append(line)
            continue
        kept = [s for s in _sentences(line) if not hit(s)]
        if kept or not line.strip():
            out.append(" ".join(kept) if line.strip() else line)
    return "\n".join(out)


_STYLE: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\b(shorter|concise|brief|briefer|trim|tighten|too long|cut it down)\b", re.I), "shorter"),
    (re.compile(r"\b(longer|more detail|expand|elaborate|fuller)\b", re.I), "longer"),
    (re.compile(r"\b(warmer|warm|friendlier|kinder|softer|more empathetic|more human|more caring)\b", re.I), "warmer"),
    (re.compile(r"\b(more formal|formal|professional|less casual)\b", re.I), "formal"),
    (re.compile(r"\b(e-?mail)\b", re.I), "email"),
    (re.compile(r"\b(chat|slack message|live chat|sms|text message)\b", re.I), "chat"),
    (re.compile(r"\b(phone|call script|for a call|on the phone)\b", re.I), "phone"),
]  # fmt: skip
_MENTION = re.compile(r"\b(?:mention|include|add|talk about|refer to)\s+(.+?)(?:,| and (?=drop|remove|make|shorter|warmer)|$)", re.I)  # fmt: skip
_DROP = re.compile(r"\b(?:drop|remove|delete|don't mention|do not mention|without|leave out|cut)\s+(.+?)(?:,| and (?=mention|add|make|shorter|warmer)|$)", re.I)  # fmt: skip


def apply_instruction(text: str, instruction: str, key: SectionKey, owner: str) -> Revision:
    """Apply every part of the instruction the offline drafter understands, in a fixed order."""
    applied: list[str] = []
    steps: list[tuple[str, Callable[[str], str]]] = []
    rest = instruction
    for m in _DROP.finditer(instruction):
        what = m.group(1)
        steps.append((f"drop {what}", lambda t, w=what: drop(t, w)))
        rest = rest.replace(m.group(0), " ")
    for m in _MENTION.finditer(rest):
        what = m.group(1)
        steps.append((f"mention {what}", lambda t, w=what: mention(t, w, key)))
        rest = rest.replace(m.group(0), " ")
    transforms: dict[str, Callable[[str], str]] = {
        "shorter": shorter, "longer": longer, "warmer": warmer, "formal": formal,
        "email": lambda t: for_email(t, owner), "chat": lambda t: for_chat(t, owner),
        "phone": lambda t: for_phone(t, owner),
    }  # fmt: skip
    for pattern, name in _STYLE:
        if pattern.search(rest) and not (name == "phone" and "instead of phone" in rest.lower()):
            steps.append((name, transforms[name]))
    # Channel changes first, then content, then tone and length, so "shorter" trims the result.
    order = ["email", "chat", "phone", "drop", "mention", "longer", "warmer", "formal", "shorter"]
    steps.sort(key=lambda step: order.index(step[0].split()[0]))
    for name, step in steps:
        changed = step(text)
        if changed != text:
            text = changed
            applied.append(name)
    understood = {name for name, _ in steps}
    unapplied = [] if understood else [instruction.strip()]
    unapplied += [name for name in understood if name not in applied]
    return Revision(text=text, applied=applied, unapplied=unapplied)
