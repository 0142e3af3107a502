"""Who or what is behind an event: each source's account of it.

"Who was behind the violence in Kazakhstan?" The articles disagree (MI6, a coup by internal
traitors, international terrorism, "foreign-trained" attackers), and the sentences saying so
share few words with the question: "the whole Kazakh adventure is being sponsored by MI6"
ranks far below "the whole story behind last week's unrest remains as murky as the haze".
A question of this frame is answered by the sentences that lay an event of the kind asked at
someone's door, the best two of each article, each with its source: a dispute, not a pick.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from .compose import Answer, Conflict, compose
from .config import Config
from .dating import in_the_year_asked
from .evidence import Candidate, is_heading, paragraph, rank
from .figures import years
from .matching import holds_any, in_the_place_asked, places
from .terms import content_terms
from .verify import TermWeights

PER_SOURCE = 2  # accounts quoted from one article: the CSTO summit's and Kazakh leaders'

# "Who was behind ...", "What is responsible for ...", "Who is blamed for orchestrating ...",
# "Who caused ...": asked of no one in particular (a teller, "Who does Putin say ...",
# "According to Escobar's source, who ...", is the ordinary lookup's)
_FRAME = re.compile(
    r"^(?P<wh>who or what|what or who|who|what)\s+"
    r"(?:(?:was|were|is|are)(?:\s+(?:really|reportedly|allegedly))?\s+"
    r"(?:behind|responsible\s+for|to\s+blame\s+for|(?:being\s+)?blamed\s+for"
    r"(?:\s+(?:orchestrating|organi[sz]ing|starting|instigating|causing))?)"
    r"|caused|started|orchestrated|organi[sz]ed|instigated|sponsored|provoked|triggered"
    r"|sparked|(?:was|were)\s+sponsoring)\s+"
    r"(?P<event>[^?,]+?)(?:,\s*according\s+to\s+[^?]*)?\s*\??$",
    re.IGNORECASE,
)
# laying it at someone's door: blame, sponsors, a plot, a coup, training abroad, meddling
_AGENT = re.compile(
    r"\b(?:blam\w*|behind\s+(?:the|this|these|it|them)\b|sponsor(?:ed|ing)\b|orchestrat\w*"
    r"|instigat\w*|mastermind\w*|plott(?:ed|ing)\s+against|coup\b|foreign[\s-]trained"
    r"|trained\s+(?:abroad|outside|overseas|in\s+\w+\s+camps)|(?:outside|foreign)\s+interference"
    r"|organi[sz]ed\s+and\s+commanded\s+by)",
    re.IGNORECASE,
)
# ... or at something's: a price rise set it off ("What caused ...?" only)
_CAUSE = re.compile(
    r"\b(?:sparked|set\s+off|triggered|caused|fomented|stoked)\s+by\b"
    r"|\b(?:sparked|set\s+off|triggered|caused)\s+(?:the\s+)?(?:protests?|unrest|riots?|violence)\b",
    re.IGNORECASE,
)
# one event under its several names, and those said to do it: a sentence on "the terrorist
# attacks" or "foreign-trained attackers" speaks of the violence asked
_UNREST = re.compile(
    r"\b(?:violen\w*|unrest|protest(?:s|ers)?|riot(?:s|ers|ing)?|disorders?|attack(?:s|ers)?"
    r"|uprising|turmoil|unrest|clashes|militants?|terrorists?|gangsters|bandits|rebels)\b",
    re.IGNORECASE,
)


_OF = re.compile(r"\b(?:of|in|at|on|during|against|across|near|by|over|for)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Blame:
    """A question asking who (or what) is behind `event`."""

    event: str
    causes: bool  # "what" alone: a cause that is no one ("rising fuel prices") answers too


def asked_blame(question: str) -> Blame | None:
    """The event a "Who was behind ...?" question asks about, or None."""
    m = _FRAME.match(question.strip())
    if m is None:
        return None
    return Blame(m["event"].strip(), m["wh"].lower() == "what")


def accounts(
    question: str, blame: Blame, every: list[Candidate], weights: TermWeights
) -> list[Candidate]:
    """The sentences laying the event at someone's door, the best PER_SOURCE of each article
    (articles in the order of their best), or [] if none does."""
    seen: set[str] = set()
    found = []
    for c in every:
        if c.span.text not in seen and _lays_blame(c, blame, question):
            seen.add(c.span.text)  # an article repeating its body says it once
            found.append(c)
    per_doc: dict[str, list[Candidate]] = {}
    for c in rank(question, found, weights, by_clause=True):
        per_doc.setdefault(c.span.doc_id, [])
        if len(per_doc[c.span.doc_id]) < PER_SOURCE:
            per_doc[c.span.doc_id].append(c)
    return [c for picks in per_doc.values() for c in picks]


def _lays_blame(c: Candidate, blame: Blame, question: str) -> bool:
    text = c.span.text
    said = _AGENT.search(text) or (blame.causes and _CAUSE.search(text))
    return bool(
        said
        and not is_heading(c)
        and _of_the_event(text, blame.event)
        and in_the_place_asked(text, c.doc.title, question)
        and in_the_year_asked(c, question)
        and _year_said(c, question)
    )


def _year_said(c: Candidate, question: str) -> bool:
    """A year asked is said near the account, or dates its article: an undated article's
    "foreign-trained attackers" are no account of "the 2019 protests" (`in_the_year_asked`
    lets an undated sentence pass, for the figures it checks are the question's own)."""
    asked = years(question)
    near = years(f"{paragraph(c)} {c.doc.date or ''}")
    return not asked or bool(asked & near)


def _of_the_event(text: str, event: str) -> bool:
    """Does the sentence speak of the event asked? Unrest under any of its names (or a
    place the question names it by: "the whole Kazakh adventure"); any other event by its
    own word ("the murder")."""
    if _UNREST.search(event):
        return bool(_UNREST.search(text)) or any(holds_any(p, text) for p in places(event))
    words = content_terms(_OF.split(event)[0])  # "the murder of the Israeli": murder
    return bool(words) and holds_any({words[-1]}, text)


def blame_answer(
    base: dict[str, Any], said: list[Candidate], question: str, config: Config
) -> Answer:
    """Each account quoted with its source; more than one article's make a dispute, listed in
    `Answer.conflicts` (each account's clause with its citation)."""
    several = len({c.span.doc_id for c in said}) > 1
    parts = [(c.span.text, [c], True) for c in said]
    answer = compose(base, parts, config, lead="The sources differ." if several else "")
    if not several:
        return answer
    first = {(c.doc_id, c.start): c for c in answer.citations}
    values = [(account(c), first[(c.span.doc_id, c.span.start)]) for c in said]
    return replace(answer, conflicts=[Conflict(question, values)])


def account(c: Candidate) -> str:
    """What one account says, for the dispute's values: the stretch of its sentence between
    breaks (a colon, a dash, a bracket) that lays the blame, word for word."""
    text = c.span.text
    for piece in _BREAK.split(text):
        if _AGENT.search(piece) or _CAUSE.search(piece):
            return piece.strip(" ,")
    return text


_BREAK = re.compile(r"[;:()\[\]]|\s[–—-]\s")
