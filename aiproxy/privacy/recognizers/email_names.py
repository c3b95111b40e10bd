"""PERSON: the name an e-mail address spells, written right before it.

"- Ray Dufresne, rdufresne@verizon.net", "clienta afectada: Luz Dary Rentería,
luzdary.renteria@gmail.com": no cue, no title, and NER reads a list row as anything. The
address settles it: a person's mailbox spells their name ("rdufresne", "luzdary.renteria"),
a role's does not ("support@", "billing@"). So capitalised words before an address are a
name when its local part spells two of them or more, each word whole or the first as an
initial; one word ("Nóminas <nominas@…>") is as often a department.
The same row's login is the local part again ("'jkowalczyk','j.kowalczyk@helpnow.pl'").
"""

from __future__ import annotations

import re
import unicodedata

from aiproxy.privacy.recognizers.email import ADDRESS

#: Up to four capitalised words, then what separates a name from its address on one line.
_WORDS_BEFORE = re.compile(
    r"(?P<name>[^\W\d_][\w'\u2019\-]*(?:[ \t]+[^\W\d_][\w'\u2019\-]*){0,3})"
    r"[ \t]*(?:,|<|\(|:|\u2014|\u2013|-|/)?[ \t]*[\"']?$"
)
#: A login written on the address's line, in quotes as a row's value: "'jkowalczyk',".
_QUOTED = re.compile(r"[\"'`](?P<login>[a-z][a-z0-9._\-]{2,40})[\"'`]")


def _folded(word: str) -> str:
    """Lower case without accents: "Rentería" is spelt "renteria" in an address."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))


def _spelled(words: list[str], local: str) -> int | None:
    """Index of the first word of the longest run ending the list that the local part
    spells: every word whole, but the first may be only its initial (r + dufresne)."""
    start = None
    for index in range(len(words) - 1, -1, -1):
        word = _folded(words[index])
        if len(word) >= 2 and word in local:
            start = index
        elif start is not None and word[:1] == local[:1] and index == start - 1:
            return index
        else:
            break
    if start is None or not any(len(_folded(w)) >= 3 for w in words[start:]):
        return None
    return start


def names_spelled_by_emails(text: str) -> list[tuple[int, int]]:
    spans = []
    for email in ADDRESS.finditer(text):
        local = _folded(email.group().split("@", 1)[0])
        line_start = text.rfind("\n", 0, email.start()) + 1
        before = _WORDS_BEFORE.search(text, max(line_start, email.start() - 80), email.start())
        if before:
            words = list(re.finditer(r"\S+", before.group("name")))
            while words and not words[0].group()[:1].isupper():
                words.pop(0)  # "with Ray Dufresne, …": the capitalised run only
            first = _spelled([w.group() for w in words], local) if words else None
            # two words at least, each capitalised: "Para: Nóminas <nominas@…>" is a
            # department, "Kontakt kadry: kadry@…" a label
            named = words[first:] if first is not None else []
            if len(named) >= 2 and all(w.group()[:1].isupper() for w in named):
                spans.append((before.start("name") + named[0].start(), before.end("name")))
        # a row's cells near the address, not a whole one-line JSON dump's
        for login in _QUOTED.finditer(text, max(line_start, email.start() - 200), email.start()):
            if len(local) >= 5 and _folded(login.group("login")) == local:
                spans.append(login.span("login"))
    return spans
