"""Names in lists of people: attendees, households, witnesses; teams are not people."""

from __future__ import annotations

from aiproxy.privacy.recognizers.lists import listed_names


def _cued(text: str) -> list[str]:
    return [text[s:e] for s, e in listed_names(text)]


def test_every_name_in_a_list_of_people_is_a_name() -> None:
    text = (
        "Attendees: Hope Mbatha, Summer Reyes, Grace Tanaka-Obi, Bill (from Finance), Finance\n"
        "Household: Giorgi & Mariam Kvaratskhelia, children Ana, Luka\n"
    )
    names = _cued(text)
    for name in ("Hope Mbatha", "Summer Reyes", "Grace Tanaka-Obi", "Bill", "Giorgi", "Ana"):
        assert name in names
    assert "Mariam Kvaratskhelia" in names and "Luka" in names and "Finance" not in names


def test_witnesses_are_listed_people_and_teams_are_not() -> None:
    text = "Witnesses: Piotr Lewandowski, Hope Adjei\nGuests: Platform Squad, Growth Guild\n"
    names = _cued(text)
    assert "Piotr Lewandowski" in names and "Hope Adjei" in names
    assert "Growth Guild" not in names and "Platform Squad" not in names
