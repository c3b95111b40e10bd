"""Values of an SQL dump's rows, under the columns an INSERT or the CREATE TABLE names."""

from __future__ import annotations

from aiproxy.privacy.recognizers.sql_rows import sql_values

_DUMP = """CREATE TABLE `customers` (
  `id` int NOT NULL,
  `full_name` varchar(120),
  `dob` date,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

INSERT INTO `customers` VALUES
(1,'Ama Owusu-Berg','1988-02-11'),
(2,'Teo Varga','1971-09-30');
INSERT INTO `orders` VALUES (7,'1988-02-11');
"""


def _values(text: str, field: str) -> list[str]:
    return [text[s:e] for s, e in sql_values(text, frozenset({field}), lambda t, s, e: (s, e))]


def test_a_dumps_rows_fall_under_the_columns_of_its_create_table() -> None:
    assert _values(_DUMP, "dob") == ["1988-02-11", "1971-09-30"]  # not the orders row
    assert _values(_DUMP, "full name") == ["Ama Owusu-Berg", "Teo Varga"]


def test_an_inserts_own_columns_come_first() -> None:
    text = "INSERT INTO people (name, dob) VALUES ('Ines Lobo', '1990-01-02');"
    assert _values(text, "dob") == ["1990-01-02"]
    assert _values("INSERT INTO t VALUES ('1990-01-02');", "dob") == []  # no columns known
