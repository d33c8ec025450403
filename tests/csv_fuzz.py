"""What the CSV import fuzz tests share: the hypothesis settings, hostile cells, and how a
generated table becomes the bytes of a file."""

from __future__ import annotations

import csv
import io

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st


def fuzz(examples: int) -> settings:
    return settings(
        max_examples=examples,
        deadline=None,
        suppress_health_check=[
            HealthCheck.function_scoped_fixture,
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
        ],
    )


hostile_cells = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        [
            "=CMD()",
            "=cmd|' /C calc'!A0",
            "+1+1",
            "-2+3",
            "@SUM(A1)",
            '"',
            '""',
            "a,b",
            "line\nbreak",
            "\r",
            "\x00",
            "\ufeff",
            "yes",
            "no",
            "2025-02-30",
            "12/13/2025",
            "3/4/2026",
            "inactive",
            "555-010-2233",
            "x@example.org",
            "  ",
            "\u202e",
            "\ud7ff",
            "🙂" * 30,
            "25:00",
            "-1",
            "0",
            "1000",
            "weekly on",
            "monthly on 9th Sun",
            "every 2",
            "every 0 weeks",
            "every 99999 weeks",
        ]
    ),
    st.builds(
        lambda ch, n: ch * n, st.sampled_from(["x", "é", ",", '"', "\n"]), st.integers(70, 3000)
    ),
)
delimiters = st.sampled_from([",", ";", "\t"])


def csv_bytes(
    header: list[str], rows: list[list[str]], delimiter: str, bom: bool, newline: str
) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator=newline)
    writer.writerow(header)
    writer.writerows(rows)
    text = ("\ufeff" if bom else "") + out.getvalue()
    return text.encode("utf-8", "surrogatepass")
