"""What every record reader shares: a column's name read one way, a value's span trimmed."""

from __future__ import annotations

import re
from collections.abc import Callable

#: Trims a value's span to what counts, or rejects it.
Accept = Callable[[str, int, int], "tuple[int, int] | None"]


def field_name(name: str) -> str:
    """ "Full_Name", "full-name", "fullName" all read "full name"."""
    name = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name.strip().strip("\"'`[]"))
    return re.sub(r"[\s_\-]+", " ", name.lower())


def strip_value(text: str, start: int, end: int) -> tuple[int, int]:
    """A record value's span without the blanks and quotes around it."""
    while start < end and text[start] in " \t\"'":
        start += 1
    while end > start and text[end - 1] in " \t\"'":
        end -= 1
    return start, end
