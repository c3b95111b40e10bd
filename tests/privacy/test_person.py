"""PERSON as the recognizer combines its rules: what is kept, what is vocabulary."""

from __future__ import annotations

from aiproxy.privacy.detect import Detector
from aiproxy.privacy.findings import DetectionSpec

PEOPLE = DetectionSpec(entities=frozenset({"PERSON"}))


def _people(detector: Detector, text: str) -> list[str]:
    return [text[f.start : f.end] for f in detector.analyze(text, PEOPLE)]


def test_a_common_word_the_text_also_writes_in_lower_case_is_no_name(detector: Detector) -> None:
    text = (
        "Hotel Tbilisi — Booking BK-2025-30917\nGuest: Nino Beridze\nSecond guest: Levan\n"
        "Notes: Guest asked about a late checkout."
    )
    assert "Guest" not in _people(detector, text)


def test_a_lower_case_sender_keeps_a_name_that_is_also_a_common_word(detector: Detector) -> None:
    text = "From: lucy\nhi, i cant log in.\n— reply —\nAgent Kareem: Hi Lucy, I've reset it."
    assert "Lucy" in _people(detector, text)


def test_the_latin_spelling_after_a_name_in_another_script_is_a_name(detector: Detector) -> None:
    text = "नाम: कविता वर्मा (Kavita Verma)\nमोबाइल: +91 98450 23716"
    assert "Kavita Verma" in _people(detector, text)


def test_a_labels_bracketed_name_is_no_label_note(detector: Detector) -> None:
    text = "Müşteri (Emine Karaca): Karta değil, bu hesaba olsun"
    assert "Karta" not in _people(detector, text)


def test_a_nickname_in_brackets_after_a_name_is_the_persons_everywhere(
    detector: Detector,
) -> None:
    text = (
        'Employee: Karthikeyan Subramaniam ("Karthik"), Senior Data Engineer\n'
        "Summary: Karthik met with Rhea Castellanos (HRBP) on Oct 9."
    )
    people = _people(detector, text)
    assert people.count("Karthik") == 2 and "HRBP" not in people


def test_a_names_spelling_in_another_script_after_it_is_a_name_too(detector: Detector) -> None:
    text = "Patient: Harpreet Kaur Sandhu / ਹਰਪ੍ਰੀਤ ਕੌਰ ਸੰਧੂ   DOB 03/02/1962"
    assert "ਹਰਪ੍ਰੀਤ ਕੌਰ ਸੰਧੂ" in _people(detector, text)


def test_dutch_and_german_titles_before_a_name(detector: Detector) -> None:
    text = "Beste meneer Wijnaldum, wij bellen u terug. Rückfragen an Herrn Kowalczyk."
    found = _people(detector, text)
    assert "Wijnaldum" in found and "Kowalczyk" in found


def test_greetings_and_function_words_of_other_languages_are_no_names(
    detector: Detector,
) -> None:
    text = "AGENT (Mereoni): Bula, you're through.\nConseillère : Merci. Et votre numéro ?"
    found = _people(detector, text)
    assert "Bula" not in found and "Et" not in found and "Mereoni" in found
