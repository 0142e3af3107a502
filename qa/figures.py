"""The figures a text gives, told apart: counts, years and dates, ages, shares, lengths of
time. "A 22-year-old Israeli" gives an age, not a count; "January 7 [11]" a date and a
footnote mark; "10.9%" a share; "nearly three days" a length of time.
"""

from __future__ import annotations

import re

from .terms import NUMBER_WORDS, numbers

MONTHS = frozenset(
    """january february march april may june july august september october
november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday
thursday friday saturday sunday""".split()
)


# footnote marks and caption labels ("[11]", "Photo 1:") count nothing
_FOOTNOTE = re.compile(r"\[\d+\]|\b(?:Photo|Figure|Fig\.|Table|Chart|Map|Image)\s+\d+\b")
_DATE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}(?!\d)"
    r"(?:\s*(?:to|-|–)\s*\d{1,2}(?!\d))?"
    r"|\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\b"
)


def figures(text: str) -> set[float]:
    """Numbers that are quantities: years and days of a month are not figures of a count."""
    return numbers(without_dates(text)) - years(text)


def days(text: str) -> set[tuple[str, int]]:
    """The days of a month the text names, as (month's first three letters, day):
    "on January 10" and "10 January" -> ("jan", 10); "January 5-7" names the 6th too."""
    out = set()
    for m in _DATE.finditer(text):
        month, span = re.search(r"[A-Za-z]+", m[0])[0][:3].lower(), re.findall(r"\d+", m[0])
        first, last = int(span[0]), int(span[-1])  # "January 5-7": the 5th to the 7th
        out |= {(month, d) for d in range(first, max(first, last) + 1)}
    return out


def without_dates(text: str) -> str:
    """The text without dates, footnote marks and caption labels ("January 7 [11]", "Photo
    1"): no figures of a count."""
    return _FOOTNOTE.sub(" ", _DATE.sub(" ", text))


# a year is written as four bare digits: "2,030 people" is a count
_BARE_YEAR = re.compile(r"(?<![\d,.])(?:19|20)\d\d(?![\d,.]\d)")


def years(text: str) -> set[float]:
    """The years a text names ("in 2019"), as numbers."""
    return {float(y) for y in _BARE_YEAR.findall(text)}


# "A 22-year-old Israeli", "Nazarbayev, 81, ..." (a name, not a place: not "In Almaty, 12,
# died", nor "Russia, 3,000"), "aged 31", "the average age ... is 31 years"
_NOT_AFTER_PLACE = "".join(
    rf"(?<!\b{p} )" for w in "in at on of from to by near".split() for p in (w, w.title())
)
_AGE_GIVEN = re.compile(
    r"\b(?P<a>\d{1,3})[-\s]years?[-\s]old\b|\b(?i:aged)\s+(?P<b>\d{1,3})\b"
    rf"|{_NOT_AFTER_PLACE}\b(?!(?:In|At|On|From|By|Of|To|Near)\b)[A-Z][\w’'-]+"
    r",\s+(?P<c>\d{1,3}),(?!\d)"
    r"|\b(?i:age)\b[^.;()]{0,60}?\b(?P<d>\d{1,3})\s+years\b|\b(?i:age)\s+of\s+(?P<e>\d{1,3})\b"
)
_PERCENTAGE = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(?:%|per\s?cent\b)", re.IGNORECASE)


def ages(text: str) -> set[float]:
    """The figures of `text` that are ages: "A 22-year-old Israeli" -> 22."""
    return {float(next(g for g in m.groups() if g)) for m in _AGE_GIVEN.finditer(text)}


def without_percentages(text: str) -> str:
    """The text without its percentages: what figures it gives besides shares."""
    return _PERCENTAGE.sub(" ", text)


def percentages(text: str) -> set[float]:
    """The figures of `text` that are shares: "10.9%", "12 per cent"."""
    return {float(m[1].replace(",", "")) for m in _PERCENTAGE.finditer(text)}


_UNIT = r"(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)"
_YEAR = r"(?:1[89]|20)\d\d"
_COUNT = r"(?:\d[\d,.]*|a|an|several|few|many|" + "|".join(NUMBER_WORDS) + ")"
_DURATION = re.compile(
    rf"\b{_COUNT}(?:\s+(?:more|full|whole|long))?(?:\s+|-){_UNIT}\b"
    rf"(?![\s-]*(?:old|ago|after|before|later|earlier)\b)"  # an age, a point in time
    rf"|\b(?:within|for|after)\s+(?:\d+\s+)?{_UNIT}\b"
    rf"|\bfrom\s+{_YEAR}\s*(?:to|until|till|-|–)\s*{_YEAR}\b"
    rf"|\bbetween\s+{_YEAR}\s+and\s+{_YEAR}\b|\bsince\s+{_YEAR}\b",
    re.IGNORECASE,
)
# "the average age of the population is 31 years", "aged 31 years": an age
_AGE = re.compile(
    r"\b(?:age\b[^.;,()]{0,60}\b(?:is|was|are|were|of)|aged)\s+(?:about\s+|around\s+)?$",
    re.IGNORECASE,
)


def durations(text: str) -> list[str]:
    """Lengths of time the text gives: "nearly three days", "29 years in power", "within
    hours", "a two-week state of emergency"; not ages ("22-year-old", "aged 31 years")."""
    return [m.group(0) for m in _DURATION.finditer(text) if not _AGE.search(text[: m.start()])]
