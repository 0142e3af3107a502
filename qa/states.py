"""States: the names, initials and seats each goes by, and the adjectives of its people.

One table for the checks that must read "Washington", "the US" and "American" as one state
(`matching.names_the_state`) and for those asking whether someone is of a nation
(`naming.of_the_nation`): two tables had drifted apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .terms import stem


@dataclass(frozen=True)
class State:
    adjectives: tuple[str, ...]  # "American"
    names: tuple[str, ...]  # "America", "United States"
    initials: tuple[str, ...] = ()  # matched in capitals only: "us" is a pronoun
    seats: tuple[str, ...] = ()  # a capital or seat of government standing for the state


STATES = (
    State(
        ("American",), ("America", "United States"), ("US", "U.S."), ("Washington", "White House")
    ),
    State(("Russian",), ("Russia", "Russian Federation"), (), ("Moscow", "Kremlin")),
    State(("Kazakh", "Kazakhstani"), ("Kazakhstan",), (), ("Nur-Sultan", "Astana")),
    State(("Chinese",), ("China",), (), ("Beijing",)),
    State(("British",), ("Britain", "United Kingdom"), ("UK", "U.K."), ("London",)),
    State(("Belarusian",), ("Belarus",), (), ("Minsk",)),
    State(("Ukrainian",), ("Ukraine",), (), ("Kyiv", "Kiev")),
    State(("Kyrgyz",), ("Kyrgyzstan",)),
    State(("Armenian",), ("Armenia",)),
    State(("Tajik",), ("Tajikistan",)),
    State(("Uzbek",), ("Uzbekistan",)),
    State(("Turkmen",), ("Turkmenistan",)),
    State(("Israeli",), ("Israel",)),
    State(("Georgian",), ("Georgia",)),
    State(("Turkish",), ("Turkey",)),
    State(("Iranian",), ("Iran",)),
    State(("Italian",), ("Italy",)),
    State(("French",), ("France",)),
    State(("German",), ("Germany",)),
)

# how a question may qualify someone by their state: "Which Russian scholar ...?", "Which
# US official ...?" (initials with dots are no single word: "U.S." is read as "U", "S")
BY_QUALIFIER = {w.lower(): s for s in STATES for w in (*s.adjectives, *s.initials) if "." not in w}


def first_state(title: str) -> str:
    """The names and adjectives of the state a title names first ("" if none): the place
    its article is about."""
    found = []
    for state in STATES:
        for name in (*state.names, *state.adjectives, *state.initials):
            m = re.search(rf"\b{re.escape(name)}\b", title)
            if m:
                found.append((m.start(), " ".join((*state.names, *state.adjectives))))
    return min(found)[1] if found else ""


def state_named(name: str) -> State | None:
    """The state `name` is one of the forms of ("US", "Russian", "Beijing"), if any."""
    return next(
        (s for s in STATES if name in (*s.names, *s.adjectives, *s.initials, *s.seats)), None
    )


def said_of_state(state: State, text: str) -> bool:
    """Does the text name the state by any of its forms (its people too: "Russians")?"""
    forms = "|".join(
        re.escape(f) for f in (*state.names, *state.adjectives, *state.initials, *state.seats)
    )
    people = "|".join(re.escape(a) for a in state.adjectives)
    return re.search(rf"(?<![\w.])(?:{forms}|(?:{people})s)(?![\w-])", text) is not None


@lru_cache(maxsize=8192)  # every sentence is ranked question after question
def by_initials(text: str) -> frozenset[str]:
    """The stems of the one-word names and adjectives of each state the text names by its
    initials: "US Secretary of State Blinken" is American. (Not by a name: "Kazakh" and
    "Kazakhstan" stand apart in relevance, as the people and the state.)"""
    out: set[str] = set()
    for state in STATES:
        if state.initials and said_of_state(State((), (), state.initials), text):
            out |= {stem(w) for w in (*state.adjectives, *state.names) if " " not in w}
    return frozenset(out)
