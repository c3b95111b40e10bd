"""Special-category statements in other languages, through the special-category recognizer."""

from __future__ import annotations

import pytest

from aiproxy.privacy.recognizers.special_category import SpecialCategoryRecognizer
from tests.privacy.found import values


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        ("Anamnes: Patienten har diagnostiserats med reumatoid artrit.", "reumatoid artrit"),
        ("Frau Keller leidet seit dem Unfall an einer Depression.", "Depression"),
        ("Pan Novák podstupuje léčbu rakoviny.", "rakoviny"),
        ("Sr. Quispe padece de insuficiencia renal crónica", "insuficiencia renal crónica"),
        ("Il signor Ferri soffre di epilessia da anni", "epilessia"),
        ("Clientul este membru al partidului PNL.", "partidului PNL"),
        ("El arrendatario convive con su pareja del mismo sexo.", "pareja del mismo sexo"),
        ("Ο ασθενής έχει υποβληθεί σε επέμβαση καρδιάς.", "επέμβαση καρδιάς"),
        ("befindet sich wegen einer Essstörung in ambulanter Behandlung", "Essstörung"),
    ],
)
def test_predicates_in_other_languages_flag_the_statement(text: str, statement: str) -> None:
    found = values(text, SpecialCategoryRecognizer())
    assert any(statement in value for value in found)


@pytest.mark.parametrize(
    "text",
    [
        "Die Diabetesberatung ist montags geöffnet.",
        "Partidul a anunțat noi măsuri fiscale.",
        "La pareja de baile ganó el concurso.",
    ],
)
def test_topic_words_alone_are_no_statements(text: str) -> None:
    assert values(text, SpecialCategoryRecognizer()) == []
