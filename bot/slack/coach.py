"""The Slack layer of one worker, put together: one shared desk and a part per job.

Listeners only acknowledge and parse, then call the part whose job it is; everything
that takes time happens there, after the ack. Every post goes to the case's own
thread, whatever the complaint text says.

- `desk` (bot/slack/desk.py): client, stores, who may act, the guarded turn.
- `screen` (bot/slack/render.py): a turn's result in the thread; catching a thread up.
- `intake` (bot/slack/intake.py): a mention, a DM or a form opening a case.
- `work` (bot/slack/casework.py): replies, decisions, Retry, the prompt a form is about.
- `approvals` (bot/slack/approvals.py), `admin` (bot/slack/case_admin.py).
- `replies` (bot/slack/checks.py), `live` (bot/slack/live.py), `reminders` (bot/slack/reminders.py).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from slack_sdk.web.async_client import AsyncWebClient

from bot.case_tracker import CaseTracker
from bot.checked_replies import ReplyChecks
from bot.conversation import ConversationService
from bot.live_coach import LiveCoach
from bot.slack.approvals import Approvals
from bot.slack.case_admin import CaseAdmin
from bot.slack.casework import CaseWork
from bot.slack.checks import SlackReplyChecks
from bot.slack.desk import STORAGE_DOWN, STORAGE_ERRORS, SlackDesk
from bot.slack.intake import Intake
from bot.slack.live import LiveCalls, SlackLive
from bot.slack.reminders import Reminders
from bot.slack.render import TurnRenderer
from bot.slack.turns import Crew
from graph.policy import Policy, default_policy

__all__ = ["STORAGE_DOWN", "STORAGE_ERRORS", "SlackCoach"]


class SlackCoach:
    def __init__(
        self,
        client: AsyncWebClient,
        service: ConversationService,
        tracker: CaseTracker,
        leads: set[str],
        approvers: set[str] | None = None,
        reconnect: Callable[[], Awaitable[None]] | None = None,
        policy: Policy | None = None,
    ):
        crew = Crew(frozenset(leads), frozenset(approvers or ()))
        self.desk = SlackDesk(client, service, tracker, crew, reconnect)
        self.screen = TurnRenderer(self.desk)
        self.work = CaseWork(self.desk, self.screen)
        self.intake = Intake(self.desk, self.screen, self.work)
        self.approvals = Approvals(self.desk, self.screen)
        self.admin = CaseAdmin(self.desk)
        self.replies = SlackReplyChecks(self.desk, ReplyChecks(tracker, policy or default_policy()))
        """`check: …` in a case thread, and which version was sent (bot/slack/checks.py)."""
        self.live = SlackLive(self.desk, LiveCoach(tracker, policy or default_policy()),
                              LiveCalls(tracker.queue.redis))  # fmt: skip
        """`> the customer's words` and the Live call mode (bot/slack/live.py)."""
        self.send_reminders = Reminders(client, service, tracker).send
        """Called by the reminder loop; see `Reminders.send`."""
        # What tests, the server's loops and the listeners read directly.
        self.client, self.service, self.tracker = client, service, tracker
        self.cases, self.queue, self.followups = tracker.cases, tracker.queue, tracker.followups
