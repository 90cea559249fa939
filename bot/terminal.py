"""The terminal front end: renders what the graph asks.

Works for a person at a terminal (rich panels) and for a script piping one
reply per line; what they type is read by `bot.replies`, as in Slack.
"""

from __future__ import annotations

from rich.console import Console
from rich.markdown import Markdown
from rich.panel import Panel
from rich.text import Text

from bot.card_commands import CARD_HELP
from bot.conversation import TurnResult
from graph.models import ApproveRemedy, AskMissing, FactsCard, FinalReview, Plan, ReviewSection
from graph.money import format_money

REVIEW_HELP = (
    "approve (a) · regenerate (g) · edit (e, then your text, end with a line '.') · "
    "back [section] (b) · anything else is a revision instruction"
)


class TerminalView:
    """Prints turns for a person; plain text when the output is not a terminal."""

    def __init__(self, console: Console | None = None):
        self.console = console or Console(highlight=False)

    def say(self, text: str, style: str = "") -> None:
        """In a pipe a line stays whole, so a script reading it back finds it on one line."""
        self.console.print(text, style=style, markup=False, soft_wrap=not self.console.is_terminal)

    def turn(self, result: TurnResult) -> None:
        if result.holding_script:
            self.console.print(
                Panel(result.holding_script, title="Say this now", border_style="green")
            )
        if result.error:
            self.say(f"Something went wrong while drafting: {result.error}", "bold red")
            self.say("Nothing was lost. Type 'retry' to try that step again.")
        prompt = result.prompt
        if prompt is not None and prompt.notice:
            self.say(prompt.notice, "yellow")
        if isinstance(prompt, AskMissing):
            self.say(prompt.question, "bold")
            self.say(f"(why: {prompt.why} Type 'skip' to leave it as an open question.)", "dim")
        elif isinstance(prompt, FactsCard):
            self.facts_card(prompt)
        elif isinstance(prompt, ReviewSection):
            title = f"{prompt.index + 1}/{prompt.total} {prompt.title} · v{prompt.version}"
            self.console.print(Panel(Markdown(prompt.text), title=title, border_style="cyan"))
            for finding in prompt.findings:
                self.say(f"  ! {finding.message}", "yellow")
            self.say(REVIEW_HELP, "dim")
        elif isinstance(prompt, FinalReview):
            self.console.print(Panel(Markdown(prompt.markdown), title="Final review"))
            self.lint_summary(prompt.lint.passed, [f.message for f in prompt.lint.findings])
            self.say(
                f"{prompt.word_count} words. approve (a) to finalise, or "
                "'section: instruction' to revise one part, or back <section>.",
                "dim",
            )
        elif isinstance(prompt, ApproveRemedy):
            self.approval(prompt)
        if result.plan is not None:
            self.plan(result.plan)

    def facts_card(self, card: FactsCard) -> None:
        """A panel at a terminal; plain lines in a pipe, where box drawing is noise."""
        lines = [
            f"{row.label}: {row.text}" + (f"  ({row.source})" if row.source else "")
            for row in card.rows()
        ]
        lines.append(f"Leads to: {card.triage}")
        title = f"Check the facts (card {card.version})"
        if self.console.is_terminal:
            self.console.print(Panel(Text("\n".join(lines)), title=title, border_style="blue"))
        else:
            self.say(f"== {title} ==")
            for line in lines:
                self.say(f"  {line}")
        self.say(CARD_HELP, "dim")

    def approval(self, prompt: ApproveRemedy) -> None:
        cur = prompt.currency
        lines = [f"- {i.line(cur, prompt.locale)}" for i in prompt.package.items]
        body = "\n".join([
            f"The {prompt.package.name.lower()} package totals {prompt.package.total_text(cur, prompt.locale)}, "
            f"above the owner's {format_money(prompt.authority_cap, cur, prompt.locale)} authority.", "", *lines,
        ])  # fmt: skip
        title = f"Needs approval: {prompt.approver_role}"
        self.console.print(Panel(Markdown(body), title=title, border_style="magenta"))
        self.say(
            "The approver types: approve <your name> [note] · deny <your name> [reason]", "dim"
        )

    def lint_summary(self, passed: bool, messages: list[str]) -> None:
        self.say(
            "Plan check: passed" if passed else "Plan check: needs attention",
            "green" if passed else "bold red",
        )
        for message in messages:
            self.say(f"  - {message}")

    def plan(self, plan: Plan) -> None:
        self.console.print(Markdown(plan.markdown))
        self.say(
            f"\n{plan.word_count} words · plan check {'passed' if plan.lint.passed else 'failed'}",
            "bold",
        )
