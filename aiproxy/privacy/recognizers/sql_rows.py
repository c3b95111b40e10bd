"""Values of an SQL dump's rows, by the column they fall under.

An INSERT names its columns ("INSERT INTO customers (name, dob) VALUES (…)"), or a dump
inserts whole rows and names the columns once, in the table's CREATE TABLE above
("INSERT INTO `customers` VALUES (10231,'Precious Mbatha-Okafor',…,'1989-06-30',…)").
"""

from __future__ import annotations

import re

from aiproxy.privacy.recognizers.record_fields import Accept, field_name

_INSERT = re.compile(
    r"(?is)\binsert\s+into\s+(?P<table>[\w.\"`\[\]]+)\s*(?:\((?P<columns>[^()]*)\)\s*)?values\s*"
)
_ROW = re.compile(r"\s*\((?P<values>(?:'(?:[^']|'')*'|[^()'])*)\)\s*,?")
_SQL_VALUE = re.compile(r"\s*(?:'(?P<quoted>(?:[^']|'')*)'|(?P<bare>[^,]*))\s*(?:,|$)")
#: A column of a CREATE TABLE: its name opens a line ("  `dob` date,"); keys and constraints
#: ("PRIMARY KEY (`id`)") are no columns.
_COLUMN = re.compile(
    r"(?im)^[ \t]*(?!(?:primary|unique|foreign|constraint|key|index|check)\b)"
    r"(?P<name>[`\"\[]?[A-Za-z_][\w]*[`\"\]]?)[ \t]+[A-Za-z]"
)


_CREATE = re.compile(
    r"(?is)\bcreate\s+table\s+(?:if\s+not\s+exists\s+)?(?P<table>[\w.\"`\[\]]+)\s*\("
    r"(?P<body>.{0,20000}?)\n\s*\)"  # bounded: an unclosed one must not run to the end
)


def _table(name: str) -> str:
    return name.strip('`"[]').split(".")[-1].strip('`"[]').lower()


def _created_columns(text: str) -> dict[str, list[str]]:
    """Each table's columns as the dump's CREATE TABLE defines them: read once per text, as
    a dump may insert thousands of rows."""
    return {
        _table(created.group("table")): [
            field_name(m.group("name")) for m in _COLUMN.finditer(created.group("body"))
        ]
        for created in _CREATE.finditer(text)
    }


def sql_values(text: str, fields: frozenset[str], accept: Accept) -> list[tuple[int, int]]:
    spans = []
    created: dict[str, list[str]] | None = None
    for insert in _INSERT.finditer(text):
        if insert.group("columns") is not None:
            header = [field_name(c) for c in insert.group("columns").split(",")]
        else:
            created = _created_columns(text) if created is None else created
            header = created.get(_table(insert.group("table")), [])
        columns = {i for i, h in enumerate(header) if h in fields}
        position = insert.end()
        while columns and (row := _ROW.match(text, position)):
            values_start = row.start("values")
            for index, value in enumerate(
                _SQL_VALUE.finditer(text, values_start, row.end("values"))
            ):
                if index in columns and value.group("quoted") is not None:
                    span = accept(text, *value.span("quoted"))
                    if span:
                        spans.append(span)
                if value.end() >= row.end("values"):
                    break
            position = row.end()
    return spans
