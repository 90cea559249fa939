"""Who the roster suggests for a premium case, and how a bad roster file is reported."""

from __future__ import annotations

import pytest

from bot.roster import Roster, RosterError, load_roster

ROSTER = Roster.model_validate(
    {
        "members": [
            {"name": "Dana Kim", "slack_user": "U0DANA", "seniority": 9, "max_cases": 2},
            {"name": "Luis Ortega", "slack_user": "U0LUIS", "seniority": 7, "max_cases": 3},
            {"name": "Ines Vidal", "slack_user": "U0INES", "seniority": 7, "max_cases": 3},
            {"name": "Amara Osei", "seniority": 4, "contact": "amara@example.com"},
        ]
    }
)


def test_the_most_senior_member_with_room_is_suggested():
    picked = ROSTER.suggest(["U0AGENT", "U0DANA"], current="U0AGENT")
    assert picked is not None and picked.member.name == "Dana Kim"
    assert "1 of 2 cases open" in picked.reason


def test_a_full_member_is_passed_over_and_ties_go_to_the_lighter_load():
    busy = ["U0DANA", "U0DANA", "U0LUIS"]
    picked = ROSTER.suggest(busy, current=None)
    assert picked is not None and picked.member.name == "Ines Vidal"


def test_no_suggestion_when_the_owner_is_already_that_senior_or_nobody_has_room():
    assert ROSTER.suggest([], current="U0DANA") is None
    assert ROSTER.suggest([], current="dana kim") is None, "terminal owners match by name"
    full = ["U0DANA"] * 2 + ["U0LUIS"] * 3 + ["U0INES"] * 3 + ["Amara Osei"] * 5
    assert ROSTER.suggest(full, current=None) is None


def test_a_member_fills_in_the_name_and_contact_a_front_end_lacks():
    owner = ROSTER.owner(None, "amara osei")
    assert (owner.name, owner.contact) == ("Amara Osei", "amara@example.com")
    assert ROSTER.owner("U0NOBODY", "Pat").contact is None, "nothing is invented"
    assert ROSTER.owner(None, "Amara Osei", "+44 20 7946 0000").contact == "+44 20 7946 0000"


@pytest.mark.parametrize(
    ("content", "named"),
    [
        ('{"members": [{"name": "A", "seniority": 0}]}', "members.0.seniority"),
        ('{"members": [{"name": "A", "seniority": 3, "slack_user": "bob"}]}', "slack_user"),
        ('{"members": [{"name": "A", "seniority": 3}, {"name": "a", "seniority": 2}]}', "twice"),
        ('{"members": [{"name": "A", "seniority": 3, "phone": "1"}]}', "members.0.phone"),
        ("{not json", "not valid JSON"),
    ],
)
def test_a_bad_roster_file_names_what_is_wrong(tmp_path, content, named):
    path = tmp_path / "roster.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RosterError, match="roster file") as caught:
        load_roster(path)
    assert named in str(caught.value)


def test_no_roster_file_means_no_roster_and_a_missing_one_is_reported(tmp_path):
    assert load_roster(None).members == []
    with pytest.raises(RosterError, match="cannot read roster file"):
        load_roster(tmp_path / "missing.json")
