"""Questions asking for more than one thing ("who launched them, and when?").

Each part is checked on its own: an answer naming who but not when covers one part, and
the answer says plainly which part the articles leave open.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .compose import Answer
from .counting import COUNTED_MATCH
from .evidence import word_similarity
from .figures import without_dates
from .fit import befalls_as_asked
from .questions import answer_type, fits_type
from .synonyms import said_alike
from .terms import content_terms, counted_words, question_terms, stem, tokens

_WH = r"(?:when|where|who|whom|whose|what|which|how|why)"
# a new question word after "and" starts a part: "..., and ahead of talks in which cities?",
# "... and when?"; "What did Tokayev and Putin say?" is one part; so does a question after
# a question: "Did the embassy warn of protests? Since when?"
_SPLIT = re.compile(
    rf",\s+and\s+(?=[^,?]*\b{_WH}\b)|\s+and\s+(?=(?:(?:on|in|at|from|by|for)\s+)?{_WH}\b)"
    r"|(?<=\?)\s+(?=[^?]+\?)",
    re.IGNORECASE,
)
_NAMES_WANTED = re.compile(r"\b(?:which|who|whom)\b", re.IGNORECASE)
# words naming the kind of answer, not what it is about: "in which years?", "on what date?",
# "since when?"
_KIND_WORDS = (
    *("date", "dates", "year", "years", "day", "days", "month", "months", "time"),
    *("since", "until", "till"),
)


@dataclass(frozen=True)
class Part:
    text: str  # the part as asked: "on what date?"
    kind: str  # what it wants: date, number, name, or other (then checked by its words)


def question_parts(question: str) -> list[Part]:
    """The parts of a question asking for several things; [] for a one-part question."""
    pieces = [p.strip(" ,") for p in _SPLIT.split(question.strip()) if p.strip(" ,")]
    if len(pieces) < 2:
        return []
    return [Part(p, _kind(p)) for p in pieces]


def _kind(part: str) -> str:
    kind = answer_type(part)
    if kind == "list" or (kind == "other" and _NAMES_WANTED.search(part)):
        return "name"  # "in which cities", "which regional bloc": a name answers it
    return kind


# "and in which outlet did the remark appear?" is answered by a byline naming author and
# outlet
_OUTLET_ASKED = re.compile(
    r"\b(?:which|what)\s+(?:\w+\s+)?(?:outlet|newspaper|publication|magazine|paper|website"
    r"|journal)s?\b",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"\([A-Z][^(),]*,\s*[A-Z][^()]*\)")


def covers(part: Part, text: str, question: str) -> bool:
    """Does `text` answer this part? A date, number or name part needs one, and one of the
    part's own words if it has any: "164 people died" answers "how many died", not "and how
    many were arrested?"; and it says what the part says befell them: "when was the former
    security chief released?" is not answered by the day he was arrested. Any other part
    ("and what prison sentence did he get?") needs at least half of its words. A part
    asking where a remark appeared is answered by a byline naming its outlet."""
    terms = set(question_terms(part.text))
    have = set(content_terms(text))
    shared = terms & (have | said_alike(have))  # "arrested" says detained
    if _OUTLET_ASKED.search(part.text) and _BYLINE.search(text):
        return True  # "(Lena Surzhko Harned, The Conversation)": where the remark appeared
    if part.kind != "other":
        terms -= set(content_terms(" ".join(_KIND_WORDS)))
        # a name is one the whole question lacks; a figure or date is of the kind its part
        # asks: "what share ..." in another part asks no share of "how many Russians live"
        asked = question if part.kind == "name" else part.text
        return (
            fits_type(part.kind, text, asked)
            and (not terms or bool(shared))
            and befalls_as_asked(text, part.text)
            and (part.kind != "number" or not terms or _figure_with_its_words(part, text))
        )
    return bool(terms) and len(shared) * 2 >= len(terms)  # "and why?" is never covered


def _figure_with_its_words(part: Part, text: str) -> bool:
    """Does a figure count what the part asks: nothing named ("(up to 6,000 in total)" of
    "the CSTO peacekeepers") or a word of the part, the same, a fate saying it or one close
    by MiniLM? "how large was the CSTO contingent?" is not answered by "70 transport
    aircraft ... (required by the CSTO Charter ...) only on January 7": no figure of it."""
    asked = set(question_terms(part.text))
    words = [w.lower() for w in tokens(part.text) if stem(w) in asked]
    for _, counted in counted_words(without_dates(text)):
        said = {stem(w) for w in counted}
        if not counted or (said | said_alike(said)) & asked:
            return True
        if any(word_similarity(a, counted) >= COUNTED_MATCH for a in words):
            return True
    return False


def left_open(answer: Answer, question: str) -> Answer:
    """An answer given early to a question's first part, naming the other parts its text
    does not cover ("How many were arrested, and how many tanks did China send?")."""
    left = [p.text for p in question_parts(question)[1:] if not covers(p, answer.text, question)]
    lines = [answer.text, *(f"Not found in the articles: “{m}”" for m in left)]
    return replace(answer, text=" ".join(lines), missing=[*answer.missing, *left])


def first_part(query: str, own: str) -> tuple[str, str] | None:
    """The first part of a question asking several things, as looked up and as the user
    asked it; None for a one-part question."""
    parts, own_parts = question_parts(query), question_parts(own)
    if len(parts) < 2:
        return None
    return parts[0].text, (own_parts[0].text if len(own_parts) == len(parts) else parts[0].text)
