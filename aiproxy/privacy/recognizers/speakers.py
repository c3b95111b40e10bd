"""Names that only the shape of a message gives away: chat speakers and lower-case names.

Chat exports and quick messages write names where NER cannot see them: as a speaker label
("oksana: on it"), a stamped handle ("[09:14] ana.souza: …"), or in lower case ("thanks —
gabriel", "tobi's mum"). Each rule here reads the message's layout or the words around the
name, and the English word-frequency lexicon keeps labels ("Summary:", "note:") out.
"""

from __future__ import annotations

import re

from aiproxy.privacy.recognizers.lexicon import Lexicon
from aiproxy.privacy.recognizers.names import COMMON_ZIPF, LABEL_MARGIN, WORD, shouted_name, trim
from aiproxy.privacy.recognizers.vocabulary import NOT_A_NAME, ROLE_WORDS, SENTENCE_STARTERS

#: A speaker of several words, or stamped: "Hope Delgado: …", "[09:14] Sofia: …", "Ana 09:14: …".
SPEAKER = re.compile(
    rf"(?m)^[ \t]*(?:(?P<stamp>\[[^\]\n]{{1,25}}\])[ \t]*)?"
    rf"(?P<name>{WORD}(?:[ \t]{WORD}){{0,2}})"
    rf"(?:[ \t]+(?P<time>\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:[ \t]?[AaPp][Mm])?))?"
    rf"(?:[ \t]*\([^()\n]{{1,20}}\))?:[ \t]"
)
#: A chat export's header line: the speaker, then the time, then the message or a line break
#: ("mark 02:14  paging faith", "Théo Girard 10:14", "priyanka 4:12 PM: hey").
_TIMED_SPEAKER = re.compile(
    rf"(?m)^[ \t]*(?P<name>{WORD}(?:[ \t]{WORD}){{0,2}})[ \t]+"
    rf"(?:[\u2014\u2013\-][ \t]+"  # Discord: "kasia — 10/22/2025 9:14 PM", "— Today at 10:42 AM"
    rf"(?:\d{{1,2}}/\d{{1,2}}/\d{{2,4}}[ \t]+|(?i:today|yesterday)[ \t]+(?:at[ \t]+)?)?)?"
    rf"\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:[ \t]?[AaPp][Mm])?(?=:|[ \t]{{2}}|[ \t]*$)"
)
#: Finnish, Danish and Norwegian chats stamp with a dotted time: "Eero Väisänen 9.05: joo".
#: A version reads the same ("Python 3.11: …"), so only a text with two such lines is a chat.
_DOTTED_SPEAKER = re.compile(
    rf"(?m)^[ \t]*(?P<name>{WORD}(?:[ \t]{WORD}){{0,2}})[ \t]+(?:[01]?\d|2[0-3])\.[0-5]\d:[ \t]"
)
#: Telegram's export header, on a line of its own: "Taras Bondarenko, [09.07.2025 21:42]".
_EXPORT_HEADER = re.compile(
    rf"(?m)^[ \t]*(?P<name>{WORD}(?:[ \t]{WORD}){{0,2}}),[ \t]*\[\d{{1,2}}[./]\d{{1,2}}[./]"
    r"\d{2,4}[ \t]+\d{1,2}:\d{2}(?::\d{2})?\][ \t]*$"
)
#: One line of a chat transcript: an optional stamp, a one-word speaker (perhaps with a
#: role in brackets: "anjali (HR):"), what they said.
_CHAT_LINE = re.compile(
    rf"(?m)^[ \t]*(?P<stamp>\[[^\]\n]{{1,25}}\][ \t]*|\d{{1,2}}:\d{{2}}(?::\d{{2}})?[ \t]+)?"
    rf"(?P<name>{WORD}|[a-z]+[._][a-z]+)(?:[ \t]*\([^()\n]{{1,20}}\))?:[ \t]+(?P<said>[^\n]*)"
)
#: A chat handle: "ana.souza", "j_smith". Only a time-stamped line makes one a speaker;
#: unstamped, "db.host: x" is configuration.
_HANDLE = re.compile(r"[a-z]+[._][a-z]+")
_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")
#: What a one-line chat message says when its sender is a person: it speaks as "I" or to
#: "you", or asks ("dmitri: who pushed the prod creds??"). Log lines ("nginx: worker exited")
#: do neither.
_SPOKEN = re.compile(
    r"(?i:\b(?:i|i'm|i've|my|me|we|our|you|your|can|could|please|thanks|hi|hello|hey|sorry)\b|\?)"
)
#: "Tobi's mum", "hope's dad": whoever has a mother, a son or a manager is a person, however
#: the name is written.
_KIN = re.compile(
    r"(?<![\w'\u2019\-])(?P<name>[^\W\d_][\w\-]*)['\u2019]s\s+(?:mum|mom|mother|dad|father|son"
    r"|daughter|wife|husband|brother|sister|grand(?:mother|father|ma|pa)|aunt|uncle|parents"
    r"|guardian|manager|boss|carer)\b"
)
#: Lower-case greetings with a title: "hi ms reyes" ("200 ms" stays a duration).
_LOWER_TITLED = re.compile(
    r"(?i:\b(?:hi|hello|hey|dear)\s+(?:mr|mrs|ms|miss|dr)\.?\s+)(?P<name>[^\W\d_][\w'\-]+)"
)
#: A lower-case sign-off ending a message: "thanks — gabriel".
_LOWER_SIGN_OFF = re.compile(
    r"(?i:\b(?:thanks|thank\s+you|thx|cheers|regards|best|love|ta)\b)[\s,.!\u2014\u2013\-]*"
    r"(?P<name>[a-z][a-z'\-]+)[\s.!]*$"
)


#: A value that starts with a name is a form field's ("Seller: Dmitri Volkonsky, on behalf
#: of …", "Committer: Anahera Wihongi — please rotate"), not a message.
def _names_someone(said: str) -> bool:
    """The value starts with a name of two words or more ("Van der Berg Transport")."""
    span = trim(said, 0, min(len(said), 60))
    return span is not None and span[0] == 0 and " " in said[: span[1]]


def is_common(word: str) -> bool:
    """A function word or a sentence starter: never a speaker's name on its own."""
    lower = word.lower()
    return lower in NOT_A_NAME or lower in SENTENCE_STARTERS


def transcript_speakers(text: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    """One-word speakers of a chat transcript ("Chinedu: staging is down", "oksana: on it").

    Only in a transcript: two speakers or more, and at least two lines that say something
    in words, so "host: db1" config lines are never one; config keys (REDIS_URL) and role
    words (agent, bot) are no names. Lower case counts here: chat exports are full of names
    typed that way."""
    lines = list(_CHAT_LINE.finditer(text))
    # a stamped handle ("[08:41] siobhan.oreilly:") is a sender wherever it appears
    stamped_handles = [
        m.span("name") for m in lines if m.group("stamp") and _HANDLE.fullmatch(m.group("name"))
    ]
    talk = [m for m in lines if len(m.group("said").split()) >= 2]
    speakers = [m.group("name").lower() for m in lines]
    if len(set(speakers)) < 2 or len(talk) < 2:
        return stamped_handles
    # Somebody in a chat is stamped, or says "I", "you", "please" or asks something; a
    # form's or a dispatch board's labels ("Carrier:", "Pallets:") never do.
    if not any(m.group("stamp") or _SPOKEN.search(m.group("said")) for m in lines):
        return stamped_handles
    if len(set(speakers)) > 3 and len(set(speakers)) == len(speakers):
        return stamped_handles  # many labels, none twice: a form ("Policy: …"), not a chat
    spans = []
    for line in lines:
        name, span = line.group("name"), line.span("name")
        if _HANDLE.fullmatch(name):
            # in a chat, an unstamped handle of words rare in English is a person too
            # ("ms.kealoha:", "mr_bjornsson:"); "db.host:" is configuration
            parts = [p for p in re.split(r"[._]", name) if len(p) > 2]
            if line.group("stamp") or (
                parts and not any(lexicon.is_english_word(p, LABEL_MARGIN) for p in parts)
            ):
                spans.append(span)
            continue
        if "_" in name or name.isupper() or lexicon.is_english_word(name, LABEL_MARGIN):
            continue
        if not _LETTER_WORD.search(line.group("said")) or _names_someone(line.group("said")):
            continue  # "Tel: +234 803 555 0172", "Tracking: 1Z999…": a form field
        lower_name = name.islower() and name.isalpha() and len(name) >= 2
        if (lower_name and not is_common(name)) or trim(text, *span) == span:
            spans.append(span)
    return spans


def lone_speakers(text: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    """The sender of a chat message outside a transcript ("Abdi: my card keeps failing"):
    a word rare in English, so "note:", "error:" or "summary:" never count, saying
    something a person says."""
    spans = []
    for line in _CHAT_LINE.finditer(text):
        name = line.group("name")
        if len(name) < 3 or not name.isalpha() or name.isupper() or is_common(name):
            continue
        said = line.group("said")
        if _names_someone(said):
            continue
        if len(said.split()) >= 3 and _SPOKEN.search(said) and lexicon.zipf(name) < COMMON_ZIPF:
            spans.append(line.span("name"))
    return spans


def _rare_word(word: str, lexicon: Lexicon) -> bool:
    return word.isalpha() and not is_common(word) and lexicon.zipf(word) < COMMON_ZIPF


def labelled_speakers(
    text: str, lexicon: Lexicon
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Speakers before a colon that are stamped or of several words ("Hope Delgado: …",
    "[09:14] Sofia: …", "[14:02] Temsilci Mert:", "[00:01:12] RASMUS HOLM:"), and apart,
    stamped speakers typed in lower case ("[21/10/25, 8:14 PM] neha bhatt:"), every word rare
    in English, so "[09:14] support bot:" is no one. The first still face the filters every
    capitalised name does; the second have passed their own."""
    spans, lower_case = [], []
    for speaker in SPEAKER.finditer(text):
        name, span = speaker.group("name"), speaker.span("name")
        trimmed = trim(text, *span)
        multiword = " " in name or "\t" in name
        stamped = speaker.group("stamp") or speaker.group("time")
        if trimmed == span and (stamped or multiword):
            spans.append(span)
        elif trimmed and stamped and trimmed[1] == span[1]:
            spans.append(trimmed)  # "[14:02] Temsilci Mert:": a role, then a name
        elif stamped and multiword and shouted_name(name):
            spans.append(span)  # "[00:01:12] RASMUS HOLM:"
        elif speaker.group("stamp") and " " in name and name.islower():
            words = name.split()
            if all(
                w.isalpha() and not is_common(w) and lexicon.zipf(w) < COMMON_ZIPF for w in words
            ):
                lower_case.append(span)
    return spans, lower_case


def timed_speakers(text: str) -> list[tuple[int, int]]:
    """Speakers of a chat export written name-then-time; lower case counts ("mark", "faith"):
    a time right after a word at a line's start is how chat tools stamp a sender."""
    spans = []
    dotted = list(_DOTTED_SPEAKER.finditer(text))
    dotted = dotted if len(dotted) >= 2 else []
    for line in [*_TIMED_SPEAKER.finditer(text), *_EXPORT_HEADER.finditer(text), *dotted]:
        name, span = line.group("name"), line.span("name")
        if any(is_common(word) or word.lower() in ROLE_WORDS for word in name.split()):
            continue
        if name.islower() or trim(text, *span) == span:
            spans.append(span)
    return spans


def lower_case_names(text: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    """Names in lower-case messages, where only the words around them say so; vetted here,
    not by the capitalised-vocabulary filter the other rules share."""
    spans = []
    for rule in (_KIN, _LOWER_TITLED, _LOWER_SIGN_OFF):
        for match in rule.finditer(text):
            word = match.group("name")
            lower = word.lower()
            if lower in SENTENCE_STARTERS or lower in ROLE_WORDS or len(word) < 2:
                continue
            if rule is not _KIN and lower in NOT_A_NAME:
                continue  # only a mother or a son makes "hope" a name
            if not lexicon.is_english_word(lower, LABEL_MARGIN):
                spans.append(match.span("name"))
    return spans
