"""Moving an in-process conversation past the facts card, for tests about what follows it.

Subprocess tests type `ok` (tests/chat_process.py) and Slack tests press Looks right
(tests/slack/helpers.py); this is the same step through the conversation service.
"""

from __future__ import annotations

from bot.conversation import ConversationService, TurnResult
from graph.models import FactsCard, FactsVerdict


async def confirm_card(service: ConversationService, result: TurnResult) -> TurnResult:
    """Confirm the facts card the thread waits on, as it stands."""
    assert isinstance(result.prompt, FactsCard), result.prompt
    verdict = FactsVerdict(action="confirm", version=result.prompt.version)
    return await service.check_facts(result.thread_id, verdict)
