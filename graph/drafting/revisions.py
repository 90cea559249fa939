"""Text-level revisions for the offline drafter.

They work on whatever text is current, including an agent's own edit, and
each one moves the text measurably in the asked direction. An instruction
that none of them understands is reported back rather than silently ignored.

The script's lines (blockquotes) are in the customer's language, and every
revision of them is made in that language from its catalog: "more formal" on a
Spanish script gives a more formal Spanish script, "for email" a Spanish email.
The agent may ask in any of the catalogs' languages ("más corto", "kürzer").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from graph.catalog import Messages, available, load
from graph.drafting.base import Revision
from graph.locales import language_name
from graph.models import SectionKey
from graph.understanding.language import confident_language

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


def formal(text: str, words: Messages) -> str:
    """The language's own register steps (contractions spelled out, a formal greeting, a
    formal close), from its catalog."""
    for pattern, replacement in words.pairs("formal"):
        text = re.sub(pattern, replacement, text)
    return text


def warmer(text: str, words: Messages) -> str:
    team = words.cue("team")
    warm = words.text("revise.warm_b2b" if team and team.search(text) else "revise.warm_b2c")
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


def _uncall(sentence: str, words: Messages) -> str:
    """What is said only on a call ("I'm not calling with excuses") left out of writing."""
    for pattern, replacement in words.pairs("uncall"):
        sentence = re.sub(pattern, replacement, sentence, count=1)
    return sentence


def _gives_contact(sentence: str, words: Messages) -> re.Match[str] | None:
    cue = words.cue("contact_line")
    return cue.search(sentence) if cue else None


def for_email(text: str, words: Messages) -> str:
    _, script = _script_lines(text)
    if not script:
        return f"**Channel:** email.\n\n{text}"
    greeting, *body = script
    cue = words.cue("greeting_name")
    name = cue.search(greeting) if cue else None
    salutation = (
        words.text("revise.email_salutation_named", who=name.group(1).strip())
        if name
        else words.text("revise.email_salutation")
    )
    given = next((m for s in body if (m := _gives_contact(s, words))), None)
    contact = given.group(1) if given else words.shared["contact"]
    email = [
        f"> **{words.text('revise.email_subject_label')}:** {words.text('revise.email_subject')}",
        ">",
        f"> {salutation}",
        ">",
        *[f"> {_uncall(s, words)}" for s in body if s.strip() and not _gives_contact(s, words)],
        ">",
        f"> {words.text('revise.email_reply', direct=contact)}",
        ">",
        f"> {words.text('revise.email_sign_off')}  \n> {words.shared['owner']}",
    ]
    text = _replace_script(text, email, "email")
    return re.sub(r"\*\*Channel:\*\*[^\n]*", "**Channel:** email, sent personally, not from a "
                  "no-reply address.", text)  # fmt: skip


def for_chat(text: str, words: Messages) -> str:
    _, script = _script_lines(text)
    if not script:
        return f"**Channel:** chat.\n\n{text}"
    keep = [_uncall(s, words) for s in script if not _gives_contact(s, words)][:4]
    owner = words.shared["owner"]
    text = _replace_script(text, ["> " + " ".join(keep) + f" ({owner})"], "chat")
    return re.sub(r"\*\*Channel:\*\*[^\n]*", "**Channel:** chat, in the same conversation.", text)


def for_phone(text: str, words: Messages) -> str:
    sign_off = re.escape(words.text("revise.email_sign_off"))
    label = re.escape(words.text("revise.email_subject_label"))
    text = re.sub(rf"^> \*\*{label}:\*\*.*\n>\n", "", text, flags=re.M)
    text = re.sub(rf"\n> {sign_off}.*\n> .*$", "", text, flags=re.M)
    return re.sub(r"\*\*Channel:\*\*[^\n]*", "**Channel:** a phone call, confirmed in writing "
                  "the same day.", text)  # fmt: skip


def mention(text: str, what: str, key: SectionKey, words: Messages) -> str:
    """Into the script when the words to add are in the script's language; otherwise a
    note to the agent to say it in the customer's language, since the coach cannot
    translate the agent's words."""
    what = what.strip().rstrip(".")
    if key == SectionKey.RESPONSE and "> " in text:
        lines = text.split("\n")
        last = max(i for i, line in enumerate(lines) if line.startswith("> "))
        found = confident_language(what, at_least=0.9, letters=12)
        if words.language == "en" or (found and found[0] == words.language):
            lines.insert(last, "> " + words.text("revise.mention", what=what))
        else:
            lines.insert(last + 1, f"- Also say, in {language_name(words.language)}: {what}.")
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


_STYLES = ("shorter", "longer", "warmer", "formal", "email", "chat", "phone")


@cache
def _vocabulary() -> tuple[list[tuple[re.Pattern[str], str]], re.Pattern[str], re.Pattern[str]]:
    """How agents ask for each revision, in every catalog's language at once."""

    def words(name: str) -> str:
        return "|".join(
            f"(?:{load(code).instructions[name]})"
            for code in available()
            if name in load(code).instructions
        )

    styles = [(re.compile(words(name), re.I), name) for name in _STYLES]
    mention = re.compile(rf"\b(?:{words('mention')})\s+(.+?)(?:,| and (?=drop|remove|make|shorter|warmer)|$)", re.I)  # fmt: skip
    drop = re.compile(rf"\b(?:{words('drop')})\s+(.+?)(?:,| and (?=mention|add|make|shorter|warmer)|$)", re.I)  # fmt: skip
    return styles, mention, drop


def apply_instruction(text: str, instruction: str, key: SectionKey, words: Messages) -> Revision:
    """Apply every part of the instruction the offline drafter understands, in a fixed order;
    `words` is the customer's catalog (with the case's owner and contact) for the script."""
    styles, mentions, drops = _vocabulary()
    applied: list[str] = []
    steps: list[tuple[str, Callable[[str], str]]] = []
    rest = instruction
    for m in drops.finditer(instruction):
        what = m.group(1)
        steps.append((f"drop {what}", lambda t, w=what: drop(t, w)))
        rest = rest.replace(m.group(0), " ")
    for m in mentions.finditer(rest):
        what = m.group(1)
        steps.append((f"mention {what}", lambda t, w=what: mention(t, w, key, words)))
        rest = rest.replace(m.group(0), " ")
    transforms: dict[str, Callable[[str], str]] = {
        "shorter": shorter, "longer": longer, "warmer": lambda t: warmer(t, words),
        "formal": lambda t: formal(t, words), "email": lambda t: for_email(t, words),
        "chat": lambda t: for_chat(t, words), "phone": lambda t: for_phone(t, words),
    }  # fmt: skip
    for pattern, name in styles:
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
