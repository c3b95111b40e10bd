"""PERSON: spaCy NER names, cue-introduced names, chat speakers, and their repeats."""

from __future__ import annotations

import re
from typing import Any

from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from aiproxy.privacy.recognizers.accounts import actor_names, login_names, mentioned_accounts
from aiproxy.privacy.recognizers.base import Span, to_results
from aiproxy.privacy.recognizers.chat_exports import (
    bracketed_speakers,
    bulleted_speakers,
    export_titles,
    irc_nicks,
    posted_by,
    script_senders,
    stamped_full_names,
    tabbed_senders,
)
from aiproxy.privacy.recognizers.cues import cued_names, introduced_names
from aiproxy.privacy.recognizers.email_names import names_spelled_by_emails
from aiproxy.privacy.recognizers.lexicon import Lexicon
from aiproxy.privacy.recognizers.location import person_is_place, unknown_place
from aiproxy.privacy.recognizers.names import (
    COMMON_ZIPF,
    LABEL_MARGIN,
    TITLES,
    WORD,
    is_name_word,
    trim,
)
from aiproxy.privacy.recognizers.prose_names import (
    names_before_human_verbs,
    names_before_verbs,
    paired_names,
)
from aiproxy.privacy.recognizers.records import column_names, record_names, record_places
from aiproxy.privacy.recognizers.repeats import add_repeats, ever_a_thing, inside_a_place
from aiproxy.privacy.recognizers.script_names import script_names, spelled_after
from aiproxy.privacy.recognizers.speakers import (
    labelled_speakers,
    lone_speakers,
    lower_case_names,
    timed_speakers,
    transcript_speakers,
)
from aiproxy.privacy.recognizers.things import names_a_thing
from aiproxy.privacy.recognizers.vocabulary import (
    NOT_A_NAME,
    SENTENCE_STARTERS,
    WORD_NAMES,
)

_WORD_BEFORE = re.compile(r"[^\W\d_]+[ \t]+$")
_GERMAN = re.compile(
    r"\b(?:und|der|das|ist|nicht|ich|bitte|wir|für|mit|dem|den|am|um|im|von|zu|bei|auf|ein"
    r"|eine|auch)\b"
)
_CONNECTOR = re.compile(r"[\s'\u2019]+")
#: What continues a word into a handle, an address or a domain: "lucy_ferraro", "lucy@", "lucy.co".
_GLUED_AFTER = re.compile(r"[\w\-@]|\.\w")
#: A nickname in brackets right after a name: '("Karthik")', "(prefers Bart)", "(aka Cris)".
#: A name in another script, then its Latin spelling in brackets: "कविता वर्मा (Kavita Verma)".
_LATIN_AFTER = re.compile(
    r"[ \t]*[(\uff08](?P<latin>[A-Z][a-z'\-]+(?:[ \t][A-Z][a-z'\-]+){1,3})[)\uff09]"
)
_NICKNAME_AFTER = re.compile(
    r"[ \t]*\([ \t]*(?:(?:prefers|goes\s+by|aka|a\.k\.a\.|known\s+as|called)[ \t]+"
    rf"[\"\u201c']?(?P<nick>{WORD})[\"\u201d']?"
    rf"|[\"\u201c'\u00ab](?P<quoted>{WORD})[\"\u201d'\u00bb])[ \t]*\)"
)
_TITLE_BEFORE = re.compile(rf"\b(?:{TITLES})\.?\s+$")
_NER_PLACES = frozenset({"GPE", "LOC", "FAC"})
#: Japanese and Korean ward and district suffixes: "Meguro-ku", "Gangnam-gu" are places.
_DISTRICT = re.compile(r"-(?:ku|shi|machi|cho|gun|gu|dong)$")
#: "Market St": the model's person is a street.
_STREET_END = re.compile(r"\s(?:St|Rd|Ave|Blvd|Ln|Street|Road|Avenue|Lane)\.?$")
#: "Rakhine State", "Kanagawa Prefecture": the model's person is a region.
_REGION_END = re.compile(
    r"\s(?:State|Province|County|District|Prefecture|Oblast|Governorate|Region|Territory)$"
)


#: A word capitalised inside, as identifiers and brands are, unless the first part is a
#: name prefix ("McDonald", "MacLeod", "DeShawn", "LeBron", "DiCaprio", "VanDyke").
_CAMEL_CASE = re.compile(
    r"(?!(?:Mc|Mac|Nic|Ní|Mhic|De|Da|Di|Du|La|Le|Ja|Ke|Ta|Sha|Van|Von|Fitz|O)[A-Z])"
    r"(?:[A-Z][a-z]+[A-Z]|[A-Z]{2}[a-z])"
)


def _plausible_ner_name(value: str) -> bool:
    if any(c.isdigit() or c in "@/_=#<>{}[]|\\" for c in value):
        return False
    if _DISTRICT.search(value):
        return False
    if value.isupper() and len(value) <= 5:
        return False
    return any(c.isalpha() for c in value)


def _in_label_position(text: str, start: int, end: int) -> bool:
    """A span alone at the start of a line, before a colon: a form label ("Carrier:",
    "Leverancier:") as often as a chat speaker, which NER cannot tell apart."""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() and text.startswith(":", end)


class PersonRecognizer(LocalRecognizer):
    """Combines NER recall with cue rules for names small models miss (many non-Western)."""

    ENTITY = "PERSON"

    def __init__(self, lexicon: Lexicon) -> None:
        super().__init__(supported_entities=[self.ENTITY], name="PersonRecognizer")
        self._lexicon = lexicon

    def load(self) -> None:
        """The spaCy model is loaded by the detector and arrives in `nlp_artifacts`."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        return to_results(self.ENTITY, self.spans(text, nlp_artifacts), self)

    def spans(self, text: str, nlp_artifacts: NlpArtifacts | None) -> list[Span]:
        found = self._ner_names(text, nlp_artifacts)
        for span in cued_names(text):
            found.setdefault(span, 0.85)
        for span in record_names(text) + names_spelled_by_emails(text):
            found.setdefault(span, 0.8)
        for span in column_names(text, self._lexicon):
            found.setdefault(span, 0.7)
        for span in login_names(text) + actor_names(text, self._lexicon):
            found.setdefault(span, 0.7)
        for span in mentioned_accounts(text, self._lexicon):
            found.setdefault(span, 0.7)
        speakers, lower_case = labelled_speakers(text, self._lexicon)  # lower case: vetted
        for span in speakers + timed_speakers(text) + bracketed_speakers(text, self._lexicon):
            found.setdefault(span, 0.7)
        for span in transcript_speakers(text, self._lexicon) + lone_speakers(text, self._lexicon):
            found.setdefault(span, 0.7)
        for span in bulleted_speakers(text, self._lexicon) + stamped_full_names(text):
            found.setdefault(span, 0.7)
        for span in introduced_names(text, self._lexicon):
            found.setdefault(span, 0.75)
        for span in names_before_human_verbs(text, self._lexicon):
            found.setdefault(span, 0.6)
        lower_case += lower_case_names(text, self._lexicon) + script_names(text)
        lower_case += tabbed_senders(text, self._lexicon) + irc_nicks(text, self._lexicon)
        lower_case += script_senders(text) + export_titles(text) + posted_by(text, self._lexicon)
        for span in paired_names(text) + names_before_verbs(text):
            trimmed = trim(text, *span)
            if trimmed and " " in text[trimmed[0] : trimmed[1]]:
                found.setdefault(trimmed, 0.6)
        # A name shown to be a thing once ("Penny (billing bot)") is one everywhere in the text.
        places = set(record_places(text))  # "Finance,Austin": an office or home city column
        found = {
            span: score
            for span, score in found.items()
            if span not in places
            and self._may_be_name(text, *span)
            and not person_is_place(text, *span, self._lexicon)
        }
        for span in lower_case:
            found.setdefault(span, 0.6)
        # Every whole-word occurrence counts, found or not ("Transcript with Pebble (billing
        # bot):" shows the speaker "Pebble:" below it is a bot).
        things = {value for value in {text[s:e] for s, e in found} if ever_a_thing(text, value)}
        found = {span: score for span, score in found.items() if text[slice(*span)] not in things}
        for start, end in list(found):  # 'Karthikeyan Subramaniam ("Karthik")'
            # the same name in the other alphabet, right after it
            if any("a" <= c.lower() <= "z" for c in text[start:end]):
                spelling = spelled_after(text, end)  # "Rania Haddad / رانيا حداد"
            else:
                latin = _LATIN_AFTER.match(text, end)  # "कविता वर्मा (Kavita Verma)"
                spelling = latin.span("latin") if latin else None
            if spelling:
                found.setdefault(spelling, 0.8)
            nickname = _NICKNAME_AFTER.match(text, end)
            group = "nick" if nickname and nickname.group("nick") else "quoted"
            if nickname and is_name_word(nickname.group(group)):
                found.setdefault(nickname.span(group), 0.8)
        checked = set(found)
        add_repeats(text, found)
        return [  # a repeat is checked in its own context, the others were checked above
            Span(s, e, score)
            for (s, e), score in found.items()
            if (s, e) in checked
            or not (names_a_thing(text, s, e) or inside_a_place(text, s, e, self._lexicon))
        ]

    def _ner_names(
        self, text: str, nlp_artifacts: NlpArtifacts | None
    ) -> dict[tuple[int, int], float]:
        """The English model's names. In a text mostly not in English it tags capitalised
        nouns and sentence starters ("Versichertenkarte", "Kannst"), so there a name of one
        word needs another rule to find it too."""
        found: dict[tuple[int, int], float] = {}
        english = self._lexicon.is_english(text)
        german = not english and len(_GERMAN.findall(text)) >= 2  # once per text
        for ent in nlp_artifacts.entities if nlp_artifacts is not None else ():
            if ent.label_ in _NER_PLACES and english and self._name_taken_for_place(text, ent):
                found[(ent.start_char, ent.end_char)] = 0.6
            if ent.label_ != "PERSON" or not _plausible_ner_name(ent.text):
                continue
            if _in_label_position(text, ent.start_char, ent.end_char):
                continue  # "Carrier: Telenord": the speaker rules judge these
            trimmed = trim(text, ent.start_char, ent.end_char)
            if not trimmed:
                continue
            if english or self._foreign_name(text, *trimmed, german):
                found[trimmed] = 0.85  # places among them are dropped with every rule's
        return found

    @staticmethod
    def _foreign_name(text: str, start: int, end: int, german: bool) -> bool:
        """In another language a name of several words counts, and one word capitalised in
        mid-sentence ("ti informo che Giulia sarà"), except in German, which capitalises
        every noun."""
        if " " in text[start:end]:
            return True
        before = _WORD_BEFORE.search(text, max(0, start - 30), start)
        return before is not None and before.group().islower() and not german

    def _may_be_name(self, text: str, start: int, end: int) -> bool:
        """False for spans made only of English vocabulary ("Salary", "CLAIM INTAKE", "I'm"),
        unless a title says a person bears it ("Mr. Carpenter")."""
        if _TITLE_BEFORE.search(text, max(0, start - 8), start):
            return True
        value = text[start:end]
        if any(_CAMEL_CASE.match(word) for word in value.split()):
            return False  # "LoginController", "GCash", "MoMo": code and brands
        if value.lower() in SENTENCE_STARTERS or _STREET_END.search(value):
            return False  # "I'm", "Market St"
        if _REGION_END.search(value):
            return False
        lower = value.lower()
        if lower not in WORD_NAMES and self._lexicon.is_english_word(lower, LABEL_MARGIN):
            return False  # one word of English vocabulary: "Applicant Report", "Victim"
        if (
            " " not in value
            and not value.islower()
            and lower not in WORD_NAMES
            and self._word_of_this_text(text, lower)
        ):
            return False  # "Guest: …" beside "Second guest", "Unit 12B" beside "desired unit"
        for word in _CONNECTOR.split(value):
            lower = word.lower()
            vocabulary = lower in SENTENCE_STARTERS or lower in NOT_A_NAME
            if not vocabulary and not self._lexicon.is_english_word(lower):
                return True
        return False

    def _word_of_this_text(self, text: str, lower: str) -> bool:
        """A common word the text also writes in lower case is its vocabulary, capitalised
        at a label or a sentence's start, not a name."""
        if self._lexicon.zipf(lower) < COMMON_ZIPF or not lower.isalpha():
            return False
        # in the middle of prose ("the second guest"): not a sender's lower-case name
        # ("From: lucy"), nor an address's or a URL's part
        start = text.find(" " + lower, 1)
        while start >= 0:
            end = start + 1 + len(lower)
            after = text[end : end + 2]
            if text[start - 1].islower() and not _GLUED_AFTER.match(after):
                return True
            start = text.find(" " + lower, start + 1)
        return False

    def _name_taken_for_place(self, text: str, ent: Any) -> bool:
        """A one-word NER place no gazetteer knows, rare in English and written like a name:
        small models label names they have not seen (Kaveh, Iorwerth) GPE as often as PERSON."""
        value = ent.text
        if not unknown_place(text, ent.start_char, ent.end_char, self._lexicon):
            return False
        if not (_plausible_ner_name(value) and value.isalpha() and is_name_word(value)):
            return False
        return self._lexicon.zipf(value) < COMMON_ZIPF
