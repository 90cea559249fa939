"""The offline live coach on the worked B2B outage: each move gets a line naming this
case, in the customer's language, that passes the reply check; money above authority is
answered with a call-back to the approver, never the sum."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from langgraph.checkpoint.memory import InMemorySaver

from bot.conversation import ConversationService
from graph.builder import CoachGraph
from graph.drafting.playbook import PlaybookDrafter
from graph.live.case import CALLBACK_HOURS, LiveCase, live_case
from graph.live.guard import refusals
from graph.live.moves import Move, recognise
from graph.live.playbook import playbook_reply
from graph.models import CaseFacts, Fact
from graph.policy import default_policy
from graph.state import Owner
from tests.cases import B2B_OUTAGE

NOW = datetime(2026, 12, 2, 13, 0, tzinfo=ZoneInfo("Europe/London"))
OWNER = Owner(name="Dana Cole", contact="+44 20 7946 0101")


@pytest.fixture(scope="module")
def outage() -> LiveCase:
    async def built() -> dict:
        service = ConversationService(
            CoachGraph(PlaybookDrafter(), default_policy()).compile(InMemorySaver())
        )
        await service.start("t", B2B_OUTAGE, owner=OWNER)
        return await service.values("t")

    values = asyncio.run(built())
    return live_case("t", values, OWNER, default_policy(), NOW)


CALL = [
    ("This is completely unacceptable, you people are useless!!", "anger"),
    ("I want to speak to your manager.", "manager"),
    ("We lost $15,000 of productivity. Refund us $15,000.", "money_out_of_proportion"),
    ("Give us a $2,000 credit and we'll call it even.", "money_above"),
    ("A $200 credit would be a start.", "money_within"),
    ("Can you guarantee this won't happen again?", "guarantee"),
    ("Why did this happen in the first place?", "why"),
    ("When will it be fixed for good?", "when_fixed"),
    ("We're looking at other providers.", "threat_leave"),
    ("I'll post about this on LinkedIn.", "threat_public"),
    ("Our lawyer will be in touch.", "threat_legal"),
    ("I need the incident report by Friday.", "deadline"),
    ("Fine.", "silence"),
    ("Thanks, that works for us.", "thanks"),
    ("The blue one is in the warehouse.", "unknown"),
]


@pytest.mark.parametrize(("said", "move"), CALL)
def test_each_move_gets_a_line_naming_this_case_that_passes_the_reply_check(outage, said, move):
    reply = playbook_reply(said, outage)
    assert reply.move == move
    assert reply.say.strip()
    if move != "unknown":
        assert "4-hour outage" in reply.say or "Dana Cole" in reply.say, reply.say
    assert refusals(reply.say, outage) == [], reply.say
    if move not in ("thanks", "unknown", "money_within"):
        assert reply.avoid, "a move that invites a mistake says what not to say"


def test_a_demand_above_authority_gets_a_call_back_to_the_approver_never_the_sum(outage):
    reply = playbook_reply("Give us a $2,000 credit and we'll call it even.", outage)
    assert "Director of Customer Success" in reply.say and "by 15:00 today" in reply.say
    assert "2,000" not in reply.say and "$" not in reply.say
    assert "$2,000" in reply.avoid[0].what and "authority" in reply.avoid[0].why


@pytest.mark.parametrize(
    ("language", "said", "move", "words"),
    [
        ("es", "¡Quiero hablar con su jefe ahora mismo!", Move.MANAGER, "Soy Dana Cole"),
        ("pt", "Vou falar com o meu advogado.", Move.THREAT_LEGAL, "equipa jurídica"),
        ("fr", "Pourquoi est-ce arrivé ?", Move.WHY, "la panne de 4 heures"),
        ("de", "Können Sie garantieren, dass das nie wieder passiert?", Move.GUARANTEE,
         "den 4-stündigen Ausfall"),
        ("es", "Como quiera...", Move.SILENCE, "caída de 4 horas"),
    ],
)  # fmt: skip
def test_the_line_for_the_customer_is_in_their_language(outage, language, said, move, words):
    assert recognise(said) is move
    case = outage.model_copy(
        update={"facts": outage.facts.model_copy(
            update={"language": Fact[str](value=language, provenance="stated")})}
    )  # fmt: skip
    reply = playbook_reply(said, case)
    assert reply.language == language and words in reply.say, reply.say


@pytest.mark.parametrize(
    ("now", "offered"),
    [
        ("14:00:00", "16:00"),
        ("14:00:30", "16:15"),  # on a quarter with seconds: never sooner than promised
        ("14:07:00", "16:15"),
        ("14:59:59", "17:00"),
    ],
)
def test_a_call_back_is_offered_on_a_quarter_hour_no_sooner_than_its_window(now, offered):
    moment = datetime.fromisoformat(f"2026-12-02T{now}+00:00")
    case = LiveCase(thread="t", facts=CaseFacts(), now=moment)
    assert case.callback_at - moment >= timedelta(hours=CALLBACK_HOURS)
    assert case.callback_at.strftime("%H:%M") == offered
