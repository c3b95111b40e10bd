"""The detector end to end: unicode tricks, spec handling, overlaps, scale."""

from __future__ import annotations

import itertools
import time

import pytest
import spacy

from aiproxy.privacy.detect import (
    _UNUSED_PIPES,
    DEFAULT_SPACY_MODEL,
    Detector,
    SpacyModelNotInstalled,
    load_pipeline,
    resolve_overlaps,
    split_chunks,
)
from aiproxy.privacy.findings import DetectionSpec, Finding

#: Full-width digits (U+FF10..U+FF19) as a careless paste or an evasion attempt produces them.
FW_CARD = " ".join(["\uff14\uff11\uff11\uff11"] + ["\uff11\uff11\uff11\uff11"] * 3)

ALL = DetectionSpec(
    entities=frozenset(
        {
            "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "IBAN_CODE",
            "IP_ADDRESS", "SECRET", "LOCATION", "STREET_ADDRESS", "DATE_OF_BIRTH",
            "SPECIAL_CATEGORY",
        }
    )
)  # fmt: skip
PATTERNS_ONLY = DetectionSpec(entities=ALL.entities - {"PERSON", "LOCATION"})


def values(text: str, findings: list[Finding]) -> dict[str, str]:
    return {text[f.start : f.end]: f.entity_type for f in findings}


def test_email_span_covers_hidden_chars_when_obfuscated(detector: Detector) -> None:
    text = "write to jo\u200bhn@exa\u00admple.com today"
    assert values(text, detector.analyze(text, ALL)) == {
        "jo\u200bhn@exa\u00admple.com": "EMAIL_ADDRESS"
    }


def test_card_is_found_when_written_in_fullwidth_digits(detector: Detector) -> None:
    text = f"card {FW_CARD} thanks"
    assert values(text, detector.analyze(text, ALL)) == {FW_CARD: "CREDIT_CARD"}


def test_person_and_secret_are_found_when_mixed(detector: Detector) -> None:
    text = "Kwame Mensah pasted AKIAZ7Q4NVB2X9LM3KQP into the ticket."
    found = values(text, detector.analyze(text, ALL))
    assert found["Kwame Mensah"] == "PERSON"
    assert found["AKIAZ7Q4NVB2X9LM3KQP"] == "SECRET"


def test_only_requested_entities_are_returned_when_spec_is_narrow(detector: Detector) -> None:
    text = "Kwame Mensah, kwame@example.com, SSN 512-44-3197"
    spec = DetectionSpec(entities=frozenset({"EMAIL_ADDRESS"}))
    assert {f.entity_type for f in detector.analyze(text, spec)} == {"EMAIL_ADDRESS"}


def test_nothing_is_returned_when_spec_names_no_supported_entity(detector: Detector) -> None:
    spec = DetectionSpec(entities=frozenset({"NOT_A_TYPE"}))
    assert detector.analyze("kwame@example.com", spec) == []


def test_allow_listed_value_is_dropped_when_case_differs(detector: Detector) -> None:
    text = "Contact support@acme.com or kwame@example.com"
    spec = DetectionSpec(entities=ALL.entities, allow_list=frozenset({"SUPPORT@ACME.COM"}))
    assert list(values(text, detector.analyze(text, spec))) == ["kwame@example.com"]


def test_low_scores_are_dropped_when_min_score_is_high(detector: Detector) -> None:
    text = "Kwame Mensah wrote from kwame@example.com"
    spec = DetectionSpec(entities=ALL.entities, min_score=0.99)
    assert {f.entity_type for f in detector.analyze(text, spec)} == {"EMAIL_ADDRESS"}


def test_findings_are_sorted_and_disjoint_when_text_is_dense(detector: Detector) -> None:
    text = (
        "From: Oluwaseun Adeyemi <seun@example.ng>, born on 4 February 1985, lives at "
        "742 Evergreen Terrace, Springfield; card 4111-1111-1111-1111; IP 203.0.113.9."
    )
    findings = detector.analyze(text, ALL)
    assert len(findings) >= 5
    for before, after in itertools.pairwise(findings):
        assert before.end <= after.start


def test_identifiers_are_not_flagged_when_no_pii(detector: Detector) -> None:
    text = (
        "Order #4411-2931 shipped with v2.14.3; build 10.0.19045.3803; SKU-PX-8812; price "
        "$1,249.00; commit 9f2c1e7a4b8d3f60c5e21a9d7b4c8e0f1a2b3c4d; request "
        "eee45145-f585-475f-9177-37815438a5b5; the health check endpoint; the Christmas sale."
    )
    assert detector.analyze(text, ALL) == []


def test_batch_matches_single_calls_when_texts_differ(detector: Detector) -> None:
    texts = ["Hi Priyanka Raghunathan,", "ip 198.51.100.7", "", "nothing here"]
    assert detector.analyze_batch(texts, ALL) == [detector.analyze(t, ALL) for t in texts]


def test_name_is_found_when_ner_reads_only_its_window(detector: Detector) -> None:
    filler = "the export job failed again after the last deployment. " * 40
    text = f"{filler}Escalated to Oluwaseun Adeyemi in billing. {filler}"
    assert values(text, detector.analyze(text, ALL)) == {"Oluwaseun Adeyemi": "PERSON"}


def test_overlaps_resolve_by_score_then_length_when_spans_collide() -> None:
    short = Finding("PERSON", 0, 5, 0.85)
    longer = Finding("STREET_ADDRESS", 0, 20, 0.9)
    tie_long = Finding("LOCATION", 25, 40, 0.7)
    tie_short = Finding("PERSON", 30, 35, 0.7)
    assert resolve_overlaps([short, longer, tie_short, tie_long]) == [longer, tie_long]


def test_chunks_overlap_and_cover_text_when_text_is_long() -> None:
    text = ("word " * 50_000).strip()
    chunks = list(split_chunks(text, size=10_000, overlap=500))
    assert chunks[0][0] == 0
    assert chunks[-1][0] + len(chunks[-1][1]) == len(text)
    for (start, chunk), (next_start, _) in itertools.pairwise(chunks):
        assert next_start < start + len(chunk)


def test_entity_on_chunk_boundary_is_found_when_text_is_long(detector: Detector) -> None:
    filler = "lorem ipsum dolor sit amet " * 2_000
    text = filler + "card 4111 1111 1111 1111 and kwame@example.com " + filler
    found = values(text, detector.analyze(text, PATTERNS_ONLY))
    assert found == {"4111 1111 1111 1111": "CREDIT_CARD", "kwame@example.com": "EMAIL_ADDRESS"}


def test_time_grows_linearly_when_text_grows_to_one_megabyte(detector: Detector) -> None:
    unit = (
        "ticket 4471: customer wrote from kwame@example.com about order 88120391, "
        "card 4111 1111 1111 1111, server 203.0.113.9, version 2.14.3.\n"
    )
    small = unit * (100_000 // len(unit))
    large = unit * (1_000_000 // len(unit))
    started = time.perf_counter()
    small_findings = detector.analyze(small, PATTERNS_ONLY)
    small_time = time.perf_counter() - started
    started = time.perf_counter()
    large_findings = detector.analyze(large, PATTERNS_ONLY)
    large_time = time.perf_counter() - started
    assert len(large_findings) > 9 * len(small_findings)
    assert large_time < 25 * small_time + 1.0  # 10x the text: linear is ~10x, quadratic ~100x


def test_clear_error_names_setting_when_model_missing() -> None:
    with pytest.raises(SpacyModelNotInstalled, match="AIPROXY_SPACY_MODEL"):
        Detector("en_core_web_lg_not_installed")


def test_ner_gives_the_same_entities_without_the_shared_tok2vec() -> None:
    # en_core_web_sm's NER embeds tokens itself: the shared tok2vec only fed the excluded
    # tagger and parser, so dropping it must not change a single entity.
    lean = load_pipeline(DEFAULT_SPACY_MODEL)
    full = spacy.load(DEFAULT_SPACY_MODEL, exclude=list(_UNUSED_PIPES))
    assert lean.pipe_names == ["ner"] and full.pipe_names == ["tok2vec", "ner"]
    texts = [
        "Escalated to Oluwaseun Adeyemi in billing; she lives in Lagos, Nigeria.",
        "Dagny Thorvaldsen moved from Bergen to 27 Kirkegata last week.",
        "The Frankfurt region of Acme Cloud was down on Tuesday, per Microsoft.",
    ]

    def ents(nlp: spacy.language.Language) -> list[list[tuple[int, int, str]]]:
        return [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in nlp.pipe(texts)]

    assert ents(lean) == ents(full) and any(ents(full))


def test_overlapping_address_findings_merge_into_their_union() -> None:
    street = Finding("STREET_ADDRESS", 10, 30, 0.85)
    labelled = Finding("STREET_ADDRESS", 4, 40, 0.8)
    place = Finding("LOCATION", 38, 50, 0.6)
    assert resolve_overlaps([street, labelled, place]) == [Finding("STREET_ADDRESS", 4, 50, 0.85)]


def test_overlapping_findings_of_other_kinds_still_keep_the_best_alone() -> None:
    key = Finding("SECRET", 0, 40, 0.9)
    loose = Finding("SECRET", 30, 90, 0.6)
    assert resolve_overlaps([key, loose]) == [key]
