"""Is a sentence of the event and the year the question asks of? The checks of a date
answer, and of a year a question places anything in ("What was inflation in 2020?")."""

from __future__ import annotations

import re
from functools import lru_cache

from .documents import Document
from .evidence import Candidate, paragraph, sentences
from .figures import years
from .matching import held
from .questions import fits_type, name_stems
from .terms import DETERMINERS, question_terms, stem, tokens
from .verify import TermWeights


def dates_the_year_asked(text: str, question: str) -> bool:
    """A date asked of an event the question places in a year ("When were the 2011 Zhanaozen
    protests?") is in a sentence naming that year: "from January 3" is of another."""
    asked = years(question)
    return not asked or bool(asked & years(text))


def in_the_year_asked(c: Candidate, question: str) -> bool:
    """Is the candidate of the year the question asks of (`of_the_year_asked`)?"""
    return of_the_year_asked(c.span.text, question, paragraph(c), c.doc.date, c.doc.text)


def year_said_near(c: Candidate, question: str) -> bool:
    """A year asked is said in the sentence, its paragraph or its article's date: a figure
    of an undated article with no year near ("the 26 “armed criminals” and 18 security
    guards") is of no year asked ("How many people died in the 2019 unrest?"), though an
    article telling of 2019 as past passes `of_the_year_asked`."""
    asked = years(question)
    return not asked or bool(asked & years(f"{paragraph(c)} {c.doc.date or ''}"))


def of_the_year_asked(
    text: str, question: str, context: str = "", dated: str = "", article: str = ""
) -> bool:
    """A sentence naming years names the one asked: "What was inflation in Kazakhstan in
    2020?" is not answered by "in 2021, inflation reached 10.9%". One naming no year speaks
    of a year its `context` (its paragraph and the one before) names, or its article's
    `dated` year: "What was the price of liquefied gas in 2019?" is not answered by the
    price after the January doubling an article dated 2022 reports. With no year near, in
    an undated article, it leaves the year unsaid, unless the year asked is before one the
    `article` tells of as past: one saying Nazarbayev "resigned in 2019" was written after
    2019, and its "dozens of deaths" were not in 2011."""
    asked, found = years(question), years(text)
    if not asked or found:
        return not asked or bool(asked & found)
    near = years(f"{context} {dated[:4]}")
    if near:
        return bool(asked & near)
    since = written_after(article)
    return since is None or not all(y < since for y in asked)


# a past verb shortly before a year: "resigned in (March) 2019", "has happened in Ukraine
# since 2014"; not one reaching ahead by "to": "pledged to cut inflation in 2025", "extended
# to 2029", nor a year with no past verb before it ("his current term in 2024")
_PAST_YEAR = re.compile(
    r"\b\w+ed\b(?:\s+(?!to\b)[\w’'-]+){0,3}?\s+(?:in|since)\s+(?:[A-Z][a-z]+\s+)?"
    r"((?:19|20)\d\d)\b"
)


# a calendar date with its year: "January 5, 2022", "Jan. 10, 2022", "January,2022" (a
# caption, an editor's note); an undated article giving one was written in that year or after
_FULL_DATE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
    r"(?:\s+\d{1,2})?\s*,?\s*((?:19|20)\d\d)\b"
)


@lru_cache(maxsize=64)
def written_after(article: str) -> float | None:
    """The latest year the article tells of as past, or gives a calendar date in, if any:
    InformNapalm's undated timeline has "January 3" for the LPG price rise and a photo of
    "January 5, 2022", so its January 3 is no day of 2011."""
    found = [*_PAST_YEAR.findall(article), *_FULL_DATE.findall(article)]
    return max((float(y) for y in found), default=None)


# what a date question asks for, not what happened: "In what year did ...?"
_WHEN_WORDS = frozenset(stem(w) for w in "date year day month time".split())


def tells_the_event(text: str, question: str, article: Document) -> bool:
    """Is a date sentence about the event the question dates? Of what the question says
    happened (its words beyond names), the words the sentence holds (`held`) weigh at least
    as much as those it lacks. A word weighs by
    how few of the article's sentences hold it: the rare one says which event. "When did
    Nazarbayev resign as president?" is not answered by the day Tokayev removed him from
    the Security Council "without the approval of the former president", but by "When he
    resigned in 2019, ..."; "When did the protests start?" not by the days "the protest
    was hijacked"."""
    wanted = set(question_terms(question)) - name_stems(question) - _WHEN_WORDS
    found = held(wanted, text, question)
    if found and _told_later(text, found, question):
        return False
    weights = _article_weights(article)
    weight = sum(weights.idf(t) for t in found)
    return bool(found or not wanted) and weight >= sum(weights.idf(t) for t in wanted - found)


# what a sentence tells after its date as done later: "on January 7, Tokayev wrote ... about
# “20,000 terrorists” ..., but later deleted the post"
_LATER = re.compile(r"\b(?:later|afterwards|subsequently|since\s+then)\b", re.IGNORECASE)


def _told_later(text: str, found: set[str], question: str) -> bool:
    """Does a word of the event asked stand only after a "later" that follows the sentence's
    date, with no date of its own? Then the date is of something else: "When did Tokayev
    delete his tweet?" is not answered by the day he wrote it ("deleted" comes later)."""
    for m in _LATER.finditer(text):
        before, after = text[: m.start()], text[m.end() :]
        if (
            fits_type("date", before, "When?")
            and not fits_type("date", after, "When?")
            and _done(held(found, after, question) - held(found, before, question), after)
        ):
            return True
    return False


def _done(terms: set[str], text: str) -> bool:
    """Does the text hold one of the terms as a verb, not after a determiner? "later deleted
    the post" does the deleting, not the posting."""
    words = tokens(text)
    return any(
        stem(w) in terms and (i == 0 or words[i - 1].lower() not in DETERMINERS)
        for i, w in enumerate(words)
    )


@lru_cache(maxsize=32)
def _article_weights(article: Document) -> TermWeights:
    return TermWeights(s.text for s in sentences(article))


# a byline closing the paragraph says who did these
