"""PERSON: spaCy NER names, cue-introduced names, chat speakers, and their repeats."""

from __future__ import annotations

import re
from typing import Any

from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from aiproxy.privacy.recognizers.base import Span, to_results
from aiproxy.privacy.recognizers.lexicon import Lexicon
from aiproxy.privacy.recognizers.location import person_is_place, unknown_place
from aiproxy.privacy.recognizers.things import names_a_thing
from aiproxy.privacy.recognizers.vocabulary import (
    NAME_PARTICLES,
    NOT_A_NAME,
    ROLE_WORDS,
    SENTENCE_STARTERS,
)

_WORD = r"[^\W\d_][\w'\u2019\-]*"
#: Words that introduce a name: salutations, sign-offs, honorifics, "name is", labelled fields.
_CUE = re.compile(
    r"(?:\b(?:Dear|Hi|Hello|Hey|Thanks|Thank\s+you|Regards|Cheers|Sincerely|Mr|Mrs|Ms|Mx"
    r"|Miss|Dr|Prof|Sir|Madam|Attn|(?:[Bb]est|[Kk]ind|[Ww]arm)(?:\s+[Rr]egards|\s+[Ww]ishes)?"
    r"|[Mm]any\s+thanks)\b\.?,?[ \t]*\n?[ \t]*"
    r"|\b(?:[Nn]ame\s+is|[Nn]amed|[Cc]alled|[Ss]igned\s+by|[Aa]ssigned\s+to|[Ee]scalated\s+to"
    r"|[Ss]poke\s+(?:to|with)|[Mm]et(?:\s+with)?|[Cc]onfirmed\s+by|[Rr]eported\s+by"
    r"|[Aa]pproved\s+by|[Rr]eferred\s+by|(?:[Tt]icket|[Cc]all|[Ee]mail|[Mm]essage|[Nn]ote"
    r"|[Rr]equest|[Cc]omplaint|[Ff]eedback)\s+from|(?:[Ee]mployee|[Cc]ustomer|[Cc]lient"
    r"|[Cc]andidate|[Aa]pplicant|[Tt]enant|[Pp]atient|[Cc]olleague|[Cc]ontact|[Ii]nvite|[Aa]sk"
    r"|[Cc]ardholder|[Aa]ccount\s+holder|[Pp]assenger|[Gg]uest|[Pp]ing\s+from|[Uu]pdate\s+for"
    r"|[Ii]t's|[Ii]t\s+is|[Tt]his\s+is|I'm|I\s+am|Name(?=\s+[A-Z])"
    r"|[Cc]'est|[Jj]e\s+suis|[Jj]e\s+m'appelle|[Ss]oy|[Mm]e\s+llamo|[Ii]ch\s+bin|[Ii]ch\s+hei(?:ß|ss)e"
    r"|[Ss]ono|[Mm]i\s+chiamo|[Ee]u\s+sou|[Jj]estem)"
    r")\s+"
    r"|(?m:^|\b)(?:Name|Full\s+name|Customer|Client|Contact|Employee|Patient|Tenant|Applicant"
    r"|Candidate|From|To|Cc|Reporter|Assignee|Requester|Owner|Manager|Emergency\s+contact"
    r"|Account\s+holder|Cardholder|Beneficiary|Signed|Member|Insured|Policyholder|Claimant"
    r"|Passenger|Traveller|Traveler|Guest|Attendee|Student|Parent|Guardian|Recipient|Payee"
    r"|Sender|Buyer|Seller|Driver|Host|Landlord|Interviewer|Referred\s+by|Preferred\s+name"
    r"|Nickname|Known\s+as|Goes\s+by)\s*:[ \t]*)"
)
_NAME_AFTER_CUE = re.compile(rf"{_WORD}(?:[ \t]+{_WORD}){{0,4}}")
_SPEAKER = re.compile(
    rf"(?m)^[ \t]*(?:(?P<stamp>\[[^\]\n]{{1,25}}\])[ \t]*)?"
    rf"(?P<name>{_WORD}(?:[ \t]{_WORD}){{0,2}})"
    rf"(?:[ \t]+(?P<time>\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:[ \t]?[AaPp][Mm])?))?:[ \t]"
)
#: One line of a chat transcript: an optional stamp, a one-word speaker, what they said.
_CHAT_LINE = re.compile(
    rf"(?m)^[ \t]*(?P<stamp>\[[^\]\n]{{1,25}}\][ \t]*|\d{{1,2}}:\d{{2}}(?::\d{{2}})?[ \t]+)?"
    rf"(?P<name>{_WORD}|[a-z]+[._][a-z]+):[ \t]+(?P<said>[^\n]*)"
)
#: A chat handle: "ana.souza", "j_smith". Only a time-stamped line makes one a speaker;
#: unstamped, "db.host: x" is configuration.
_HANDLE = re.compile(r"[a-z]+[._][a-z]+")
_NAME_PAIR = rf"{_WORD}(?:[ \t]+{_WORD}){{1,3}}"
#: Two or more capitalised words after a preposition or before a reporting verb: how prose
#: mentions people the NER model does not know ("for Beatriz Castillo Ruiz", "X asked").
_PAIR_AFTER = re.compile(rf"\b(?:for|by|with|and|user|from|of)\s+(?P<name>{_NAME_PAIR})")
#: Found verb first, then the words before it: matching name-then-verb from every word of a
#: text cost more than all other name rules together.
_REPORTING_VERB = re.compile(
    r"\s+(?:called|asked|said|says|reports?|reported|wants|wrote|emailed|is|was|has|had|needs"
    r"|prefers|mentioned|requested|confirmed|cannot|can't|will|would|lives|moved|joined|left"
    r"|signed|complained|replied|phoned|paid|ordered)\b"
)
_WORD_CHAR = re.compile(r"[\w'\u2019\-]")
_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")
#: "Tobi's mum", "hope's dad": whoever has a mother, a son or a manager is a person, however
#: the name is written.
_KIN = re.compile(
    r"(?<![\w'\u2019])(?P<name>[^\W\d_][\w\-]*)['\u2019]s\s+(?:mum|mom|mother|dad|father|son"
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
#: What people do and products do not, right after a one-word name ("Grant wants to move",
#: "Aiko asked about residency"): the verbs of `_REPORTING_VERB` that no tool does.
_HUMAN_VERB = re.compile(
    r"\s+(?:asked|says|said|wants|wanted|wrote|emailed|mentioned|complained|replied|phoned"
    r"|prefers|thinks|thought|feels|felt|agreed|interviewed|apologi[sz]ed|promised|suggested"
    r"|told|explained|offered|volunteered|resigned)\b"
)
_LETTER = re.compile(r"[^\W\d_]")
#: Farther back than any four words of a name: where the search for one starts.
_NAME_REACH = 160
#: Introductions that name the writer, written in lower case as often as not ("hi my name is
#: lê văn tuấn"): the words after them are a name up to the first common word.
_MY_NAME = re.compile(
    rf"(?i:\bmy\s+name\s+is|\bmy\s+name's|\bi\s+am\s+called)\s+"
    rf"(?P<name>{_WORD}(?:[ \t]+{_WORD}){{0,3}})"
)
_NOT_IN_NAME = {
    *("and", "or", "but", "i", "im", "i'm", "from", "at", "in", "on", "with", "the", "a", "an"),
    *("not", "is", "was", "my", "your", "our", "of", "for", "to"),
}
#: What a one-line chat message says when its sender is a person: it speaks as "I" or to
#: "you", or asks ("dmitri: who pushed the prod creds??"). Log lines ("nginx: worker exited")
#: do neither.
_SPOKEN = re.compile(r"(?i:\b(?:i|i'm|i've|my|me|we|our|you|your|can|could|please|thanks)\b|\?)")
_CONNECTOR = re.compile(r"[\s'\u2019]+")
_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Sir|Madam)\.?\s+$")
_NER_PLACES = frozenset({"GPE", "LOC", "FAC"})
#: A speaker word this much more common in English than elsewhere is a field label
#: ("Squads:", "Detection:"); lower than `Lexicon.is_english_word`'s default, because a
#: name in a transcript is usually also found elsewhere ("Hope Delgado", then "Hope:").
_LABEL_MARGIN = 1.7
#: Words at least this common in English are words, not names NER failed to know.
_COMMON_ZIPF = 3.5


def _is_name_word(word: str) -> bool:
    if not word[:1].isupper() or (word.isupper() and 1 < len(word) <= 4):
        return False
    if any(c.isdigit() for c in word):  # "E-40771" after "employee" is an id
        return False
    return word.lower().strip("'\u2019-") not in NOT_A_NAME


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Shrink a candidate to its name words: drop cue words, possessives, trailing particles."""
    words = [(m.start() + start, m.end() + start) for m in re.finditer(_WORD, text[start:end])]
    while words and not _is_name_word(text[words[0][0] : words[0][1]]):
        words.pop(0)
    kept: list[tuple[int, int]] = []
    for w_start, w_end in words:
        word = text[w_start:w_end]
        if kept and "\n" in text[kept[-1][1] : w_start]:
            break  # a name never runs on to the next line ("Majo\nStart date")
        if _is_name_word(word) or (kept and word.lower() in NAME_PARTICLES):
            kept.append((w_start, w_end))
        else:
            break
    while kept and not text[kept[-1][0]].isupper():
        kept.pop()
    if not kept:
        return None
    s, e = kept[0][0], kept[-1][1]
    for suffix in ("'s", "\u2019s"):
        if text.endswith(suffix, s, e):
            e -= 2
    return (s, e) if e - s >= 2 else None


def _word_char(text: str, index: int) -> bool:
    """What regex `\\w` matches, at `index` of `text` (False outside it)."""
    if not 0 <= index < len(text):
        return False
    char = text[index]
    return char.isalnum() or char == "_"


#: Japanese and Korean ward and district suffixes: "Meguro-ku", "Gangnam-gu" are places.
_DISTRICT = re.compile(r"-(?:ku|shi|machi|cho|gun|gu|dong)$")
#: "Market St": the model's person is a street.
_STREET_END = re.compile(r"\s(?:St|Rd|Ave|Blvd|Ln|Street|Road|Avenue|Lane)\.?$")


def _plausible_ner_name(value: str) -> bool:
    if any(c.isdigit() or c in "@/_=#<>{}[]|\\" for c in value):
        return False
    if _DISTRICT.search(value):
        return False
    if value.isupper() and len(value) <= 5:
        return False
    return any(c.isalpha() for c in value)


def _names_before_verbs(text: str) -> list[tuple[int, int]]:
    """Two to four words right before a reporting verb ("Beatriz Castillo Ruiz asked"), read
    backwards from the verb; a name never reaches back past the previous one's verb."""
    spans, floor = [], 0
    for verb in _REPORTING_VERB.finditer(text):
        start = _words_back(text, verb.start(), max(floor, verb.start() - _NAME_REACH))
        if start is not None:
            spans.append((start, verb.start()))
            floor = verb.end()
    return spans


def _words_back(text: str, end: int, floor: int) -> int | None:
    """Start of the farthest of up to four `_WORD`s joined by spaces or tabs that end at
    `end`, when there are at least two; what `_NAME_PAIR` anchored at `end` matches."""
    words, position, start = 0, end, None
    while words < 4:
        first = position
        while first > floor and _WORD_CHAR.match(text, first - 1):
            first -= 1
        letter = _LETTER.search(text, first, position)
        if letter is None:
            break
        words, start = words + 1, letter.start()
        gap = start
        while gap > floor and text[gap - 1] in " \t":
            gap -= 1
        if start > first or gap == start:
            break  # the word began after a non-letter, or nothing separates it from the last
        position = gap
    return start if words >= 2 else None


def _transcript_speakers(text: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    """One-word speakers of a chat transcript ("Chinedu: staging is down", "oksana: on it").

    Only in a transcript: two speakers or more, and at least two lines that say something
    in words, so "host: db1" config lines are never one; config keys (REDIS_URL) and role
    words (agent, bot) are no names. Lower case counts here: chat exports are full of names
    typed that way."""
    lines = list(_CHAT_LINE.finditer(text))
    talk = [m for m in lines if len(m.group("said").split()) >= 2]
    speakers = [m.group("name").lower() for m in lines]
    if len(set(speakers)) < 2 or len(talk) < 2:
        return []
    if len(set(speakers)) > 3 and len(set(speakers)) == len(speakers):
        return []  # many labels, none twice: a form ("Policy: …", "Insured: …"), not a chat
    spans = []
    for line in lines:
        name, span = line.group("name"), line.span("name")
        if _HANDLE.fullmatch(name):
            if line.group("stamp"):
                spans.append(span)
            continue
        if "_" in name or name.isupper() or lexicon.is_english_word(name, _LABEL_MARGIN):
            continue
        if not _LETTER_WORD.search(line.group("said")):
            continue  # "Tel: +234 803 555 0172", "Tracking: 1Z999…": a form field
        common = name in NOT_A_NAME or name in SENTENCE_STARTERS
        lower_name = name.islower() and name.isalpha() and len(name) >= 2 and not common
        if lower_name or _trim(text, *span) == span:
            spans.append(span)
    return spans


def _ever_a_thing(text: str, value: str) -> bool:
    start = text.find(value)
    while start >= 0:
        end = start + len(value)
        whole = not _word_char(text, start - 1) and not _word_char(text, end)
        if whole and names_a_thing(text, start, end):
            return True
        start = text.find(value, start + 1)
    return False


def _lone_speakers(text: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    """The sender of a chat message outside a transcript ("Abdi: my card keeps failing"):
    a word rare in English, so "note:", "error:" or "summary:" never count, saying
    something a person says."""
    spans = []
    for line in _CHAT_LINE.finditer(text):
        name = line.group("name")
        if len(name) < 3 or not name.isalpha() or name.isupper():
            continue
        if name.lower() in NOT_A_NAME or name.lower() in SENTENCE_STARTERS:
            continue
        said = line.group("said")
        if len(said.split()) >= 3 and _SPOKEN.search(said) and lexicon.zipf(name) < _COMMON_ZIPF:
            spans.append(line.span("name"))
    return spans


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
        found: dict[tuple[int, int], float] = {}
        for ent in nlp_artifacts.entities if nlp_artifacts is not None else ():
            if ent.label_ in _NER_PLACES and self._name_taken_for_place(text, ent):
                found[(ent.start_char, ent.end_char)] = 0.6
            if ent.label_ != "PERSON" or not _plausible_ner_name(ent.text):
                continue
            if person_is_place(text, ent.start_char, ent.end_char, self._lexicon):
                continue
            trimmed = _trim(text, ent.start_char, ent.end_char)
            if trimmed and not person_is_place(text, *trimmed, self._lexicon):
                found[trimmed] = 0.85
        for cue in _CUE.finditer(text):
            after = _NAME_AFTER_CUE.match(text, cue.end())
            trimmed = _trim(text, after.start(), after.end()) if after else None
            if trimmed and trimmed[0] == cue.end():
                found.setdefault(trimmed, 0.85)
        for speaker in _SPEAKER.finditer(text):
            trimmed = _trim(text, *speaker.span("name"))
            multiword = " " in speaker.group("name") or "\t" in speaker.group("name")
            stamped = speaker.group("stamp") or speaker.group("time")
            if trimmed == speaker.span("name") and (stamped or multiword):
                found.setdefault(trimmed, 0.7)
        for span in _transcript_speakers(text, self._lexicon) + _lone_speakers(text, self._lexicon):
            found.setdefault(span, 0.7)
        for intro in _MY_NAME.finditer(text):
            end = intro.start("name")
            for word in re.finditer(_WORD, intro.group("name")):
                lower = word.group().lower()
                if lower in _NOT_IN_NAME or lower in NOT_A_NAME:
                    break
                end = intro.start("name") + word.end()
            if end > intro.start("name"):
                found.setdefault((intro.start("name"), end), 0.75)
        for span in self._names_before_human_verbs(text):
            found.setdefault(span, 0.6)
        lower_case = self._lower_case_names(text)  # vetted by their own rules
        pairs = [m.span("name") for m in _PAIR_AFTER.finditer(text)]
        for span in pairs + _names_before_verbs(text):
            trimmed = _trim(text, *span)
            if trimmed and " " in text[trimmed[0] : trimmed[1]]:
                found.setdefault(trimmed, 0.6)
        # A name shown to be a thing once ("Penny (billing bot)") is one everywhere in the text.
        found = {
            span: score
            for span, score in found.items()
            if self._may_be_name(text, *span) and not person_is_place(text, *span, self._lexicon)
        }
        for span in lower_case:
            found.setdefault(span, 0.6)
        # Every whole-word occurrence counts, found or not ("Transcript with Pebble (billing
        # bot):" shows the speaker "Pebble:" below it is a bot).
        things = {value for value in {text[s:e] for s, e in found} if _ever_a_thing(text, value)}
        found = {span: score for span, score in found.items() if text[slice(*span)] not in things}
        checked = set(found)
        self._add_repeats(text, found)
        return [  # a repeat is checked in its own context, the others were checked above
            Span(s, e, score)
            for (s, e), score in found.items()
            if (s, e) in checked or not names_a_thing(text, s, e)
        ]

    def _lower_case_names(self, text: str) -> list[tuple[int, int]]:
        """Names in lower-case messages, where only the words around them say so."""
        spans = []
        for rule in (_KIN, _LOWER_TITLED, _LOWER_SIGN_OFF):
            for match in rule.finditer(text):
                word = match.group("name")
                lower = word.lower()
                if lower in SENTENCE_STARTERS or lower in ROLE_WORDS or len(word) < 2:
                    continue
                if rule is not _KIN and lower in NOT_A_NAME:
                    continue  # only a mother or a son makes "hope" a name
                if not self._lexicon.is_english_word(lower, _LABEL_MARGIN):
                    spans.append(match.span("name"))
        return spans

    def _names_before_human_verbs(self, text: str) -> list[tuple[int, int]]:
        """One capitalised word before a verb only people do; English vocabulary excluded
        ("Support asked", "Finance wants")."""
        spans = []
        for verb in _HUMAN_VERB.finditer(text):
            start = verb.start()
            while start > 0 and _WORD_CHAR.match(text, start - 1):
                start -= 1
            word = text[start : verb.start()]
            if not word or not _is_name_word(word) or word.lower() in SENTENCE_STARTERS:
                continue
            if not self._lexicon.is_english_word(word.lower()):
                spans.append((start, verb.start()))
        return spans

    def _may_be_name(self, text: str, start: int, end: int) -> bool:
        """False for spans made only of English vocabulary ("Salary", "CLAIM INTAKE", "I'm"),
        unless a title says a person bears it ("Mr. Carpenter")."""
        if _TITLE_BEFORE.search(text, max(0, start - 8), start):
            return True
        if text[start:end].lower() in SENTENCE_STARTERS or _STREET_END.search(text[start:end]):
            return False  # "I'm", "Market St"
        for word in _CONNECTOR.split(text[start:end]):
            lower = word.lower()
            vocabulary = lower in SENTENCE_STARTERS or lower in NOT_A_NAME
            if not vocabulary and not self._lexicon.is_english_word(lower):
                return True
        return False

    def _name_taken_for_place(self, text: str, ent: Any) -> bool:
        """A one-word NER place no gazetteer knows, rare in English and written like a name:
        small models label names they have not seen (Kaveh, Iorwerth) GPE as often as PERSON."""
        value = ent.text
        if not unknown_place(text, ent.start_char, ent.end_char, self._lexicon):
            return False
        if not (_plausible_ner_name(value) and value.isalpha() and _is_name_word(value)):
            return False
        return self._lexicon.zipf(value) < _COMMON_ZIPF

    @staticmethod
    def _add_repeats(text: str, found: dict[tuple[int, int], float]) -> None:
        """A name found once is personal everywhere it recurs, in full or by one of its parts."""
        needles: set[str] = set()
        for start, end in list(found):
            value = text[start:end]
            needles.add(value)
            needles.update(
                part for part in _CONNECTOR.split(value) if len(part) >= 3 and _is_name_word(part)
            )
        # Whole-word occurrences, longest needle first at each position, non-overlapping
        # left to right: what one regex alternation finds, without compiling one per text.
        longest: dict[int, int] = {}
        for needle in needles:
            start = text.find(needle)
            while start >= 0:
                end = start + len(needle)
                if not _word_char(text, start - 1) and not _word_char(text, end):
                    longest[start] = max(longest.get(start, 0), end)
                start = text.find(needle, start + 1)
        cursor = 0
        for start in sorted(longest):
            if start >= cursor:
                found.setdefault((start, longest[start]), 0.8)
                cursor = longest[start]
