"""PERSON: every name in a list of people ("Attendees: Hope Mbatha, Summer Reyes, …").

A list's label says what its items are: people, or in a meeting's "Guests:" also teams. Each
item counts when it is a name and nothing else; a word-name's first word ("Summer" of
"Summer Reyes") is vouched for by the surname after it.
"""

from __future__ import annotations

import re

from aiproxy.privacy.recognizers.names import trim
from aiproxy.privacy.recognizers.things import names_a_thing

#: Labels of a list of people, each item a name: "Attendees: Hope Mbatha, Summer Reyes, …".
_LIST_LABEL = re.compile(
    r"(?m)^[ \t]*(?:Attendees|Participants|Present|Invitees|Attendance|Apologies|Absent|Cc"
    r"|Asistentes|Teilnehmer(?:innen)?|Deelnemers|Partecipanti|Uczestnicy|Katılımcılar"
    r"|Participantes|Reviewers|Approvers|Household|Children|Kids|Signatories|Witnesses"
    r"|Interviewers|Interview\s+loop|Panel(?:ists)?|Guests|Speakers|Presenters|Delegates"
    r"|Volunteers|Anwesend|Aanwezig|Presentes|Presenti|Obecni|Närvarande|Läsnä|Osallistujat"
    r"|Deltagere|Deltagare|Til\s+stede|Présents|Participants|Присутствовали|Присутні"
    r"|Enfants|Kinder|Hijos|Filhos|Figli)[ \t]*:[ \t]*"
    r"|\b(?:[Cc]hildren|[Kk]ids)[ \t]+(?=[A-Z])"  # "Household: …, children Ana, Luka"
)
#: Items end at a comma, and "&" or "and" joins two ("Giorgi & Mariam Kvaratskhelia").
_LIST_ITEM = re.compile(r"(?:(?!\s(?:&|and|und|y|et|e|en)\s)[^,;&\n])+")


def listed_names(text: str) -> list[tuple[int, int]]:
    """Each item of a list of people that is a name and nothing else; "Bill (from Finance)"
    keeps its name, a department alone ("Finance team") yields nothing."""
    spans = []
    for label in _LIST_LABEL.finditer(text):
        end = text.find("\n", label.end())
        for item in _LIST_ITEM.finditer(text, label.end(), end if end >= 0 else len(text)):
            start, stop = item.span()
            bracket = text.find("(", start, stop)
            stop = bracket if bracket >= 0 else stop
            while start < stop and text[start] in " \t":
                start += 1
            while stop > start and text[stop - 1] in " \t.":
                stop -= 1
            words = text[start:stop].split()
            trimmed = trim(text, start, stop) if stop > start else None
            if stop > start and names_a_thing(text, start, stop):
                continue  # "Guests: Platform Squad, Growth Guild"
            if trimmed and trimmed[1] == stop and text[start : trimmed[0]].strip() == "":
                spans.append(trimmed)
            elif stop > start and len(words) >= 2 and all(w[:1].isupper() for w in words):
                # "Summer Reyes": a word-name's first word is no name word on its own
                tail = trim(text, start + len(words[0]) + 1, stop)
                if tail and tail[1] == stop:
                    spans.append((start, stop))
    return spans
