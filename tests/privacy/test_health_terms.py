"""Health terms said of a person count; a clinic's, a shop's or a firm's use of them does not."""

from __future__ import annotations

import time

import pytest

from aiproxy.privacy.recognizers.special_category import SpecialCategoryRecognizer
from tests.privacy.found import values


def found(text: str) -> list[str]:
    return values(text, SpecialCategoryRecognizer())


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("She also has moderate vascular dementia, so her daughter came.", "dementia"),
        ("Medication on discharge: apixaban 2.5 mg twice daily for her.", "apixaban"),
        ("Antecedentes: toma acenocumarol (Sintrom) por una fibrilación auricular", "Sintrom"),
        ("Mevr. Hoekstra is slechthorend en gebruikt thuis een ringleiding", "slechthorend"),
        ("Ms Pritchard mentioned she is halfway through chemotherapy", "chemotherapy"),
    ],
)
def test_a_health_term_said_of_someone_is_special_category(text: str, term: str) -> None:
    assert any(term in value for value in found(text))


@pytest.mark.parametrize(
    "text",
    [
        "Staff note: the glaucoma screening promotion runs through November.",
        "Dr. Reddy's omeprazole 20 mg back in stock at our Bristol branch.",
        "Five stars for the diabetes awareness tips section too.",
        "Patient registration form — Lakeside Physiotherapy",
        "All three list Bayside Spine & Rehab as provider.",
        "Our dialysis unit moves to the second floor in May.",
    ],
)
def test_a_health_term_in_public_or_business_words_is_not(text: str) -> None:
    assert found(text) == []


def test_many_health_terms_take_linear_time() -> None:
    unit = "she has asthma; "
    small, large = unit * 256, unit * 2560
    started = time.perf_counter()
    found(small)
    small_time = time.perf_counter() - started
    started = time.perf_counter()
    found(large)
    assert time.perf_counter() - started < 25 * small_time + 0.5


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("- Sister Lorna, starting dialysis for kidney failure", "dialysis"),
        ("Questionario salute: soffro di asma da sforzo", "asma"),
        ("Tenant mentioned she has a service dog for PTSD", "PTSD"),
        ("la señora Inés del 704 usa oxígeno y no puede bajar escaleras", "oxígeno"),
        ("Так, після інфаркту його виписали в понеділок", "інфаркту"),
        ("WCHR — passenger has limited mobility after knee replacement", "limited mobility"),
    ],
)
def test_a_health_term_said_of_a_role_or_in_a_dropped_pronoun_language(
    text: str, term: str
) -> None:
    assert any(term in value for value in found(text))


def test_a_diagnosis_field_is_special_category_unless_it_declines() -> None:
    assert found("Diagnosis: hipertensi dan diabetes melitus tipe 2")
    assert found("Allergies: NKDA") == []


@pytest.mark.parametrize(
    ("text", "term"),
    [
        (
            "quick one, I'm having knee surgery on the 15th so I'm out, Chidi covers.",
            "knee surgery",
        ),
        ("fyi I'm out tmrw, hospital appt for my MS infusion", "MS infusion"),
        ("tengo revisión con la oncóloga, sigo con la quimio hasta mayo", "quimio"),
        ("Ela sofreu fratura no punho direito e está afastada", "fratura"),
        ("la cliente est suivie par un psychiatre pour un stress post-traumatique", "psychiatre"),
        ("„prosím nezvonit, manžel je po infarktu a přes den spí“", "infarktu"),
        ("Ammi ki tabiyat theek nahi, unka sugar bohat high hai", "sugar bohat high"),
    ],
)
def test_more_conditions_and_care_words_said_of_someone(text: str, term: str) -> None:
    assert any(term in v for v in values(text, SpecialCategoryRecognizer()))


def test_an_insurers_cover_is_still_public_words() -> None:
    text = "Our pet insurance partner covers diabetes in dogs and hip dysplasia."
    assert values(text, SpecialCategoryRecognizer()) == []


@pytest.mark.parametrize(
    ("text", "term"),
    [
        # how often is no public period: "three nights a week", not "awareness week"
        ("CALLER: Yes, because I use a home dialysis machine three nights a week", "dialysis"),
        (
            "Diagnose laut Honorarnote: mittelgradige depressive Episode (ICD-10 F32.1)",
            "depressive",
        ),
        ("Allergies / conditions : allergie sévère aux arachides; TDAH", "TDAH"),
        ("ADA request: standing desk and flexible breaks due to lupus.", "lupus"),
        ("Huom: asiakas kertoi olevansa sairauslomalla masennuksen vuoksi", "masennuksen"),
        ("y acordate que Sofi es celíaca, hay que llevar comida sin TACC", "celíaca"),
        ("Sanne geeft aan last te hebben van een burn-out en paniekaanvallen.", "burn-out"),
        ("Я сама не могла прийти, бо маю інвалідність II групи", "інвалідність"),
        ("Assessment:\n1. Type 2 diabetes mellitus with hyperglycemia (E11.65)", "diabetes"),
    ],
)
def test_terms_in_more_languages_notes_and_numbered_findings(text: str, term: str) -> None:
    assert term in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Join us for Diabetes Awareness Week at the clinic",
        "Guides on pregnancy, HIV testing and postpartum depression are in the app.",
        "Agenda:\n1. Diabetes awareness campaign budget",
        "Employees may request accommodations for disability or pregnancy.",
    ],
)
def test_topics_campaigns_and_policies_are_said_of_nobody(text: str) -> None:
    assert found(text) == []


def test_a_condition_field_that_answers_is_said_of_the_person() -> None:
    assert "Diabetes" in found("Patient history — Diabetes: yes, on metformin")
    assert found("Patient history — Diabetes: no") == []
