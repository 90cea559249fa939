"""The scripted live call on the worked B2B outage, shared by the terminal and Slack tests:
what the customer says, the move the coach should read, and the words of this case the
answer must name."""

from __future__ import annotations

OWNER = {"COACH_OWNER_NAME": "Dana Cole", "COACH_OWNER_CONTACT": "+44 20 7946 0101"}
CASE_WORDS = ("4-hour outage", "Dana Cole", "Director of Customer Success")
"""Every answer names at least one: the case's impact, its owner, its approver."""

CALL = [
    ("This is a joke. Four hours down on our busiest day!!", "anger"),
    ("I want to speak to your manager.", "manager"),
    ("We expect a $2,000 credit for this, today.", "money_above"),
    ("Can you guarantee it won't happen again?", "guarantee"),
    ("Why did this even happen?", "why"),
    ("When will it be fixed for good?", "when_fixed"),
    ("Honestly we're looking at other providers.", "threat_leave"),
    ("I might just post about this on LinkedIn.", "threat_public"),
    ("Fine.", "silence"),
    ("OK, thank you, that works.", "thanks"),
]
ABOVE_AUTHORITY = 2  # the index of the demand above the agent's authority
