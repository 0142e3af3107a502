"""Words news writing uses for one another: "How many troops ...?" is answered by "peacekeepers",
"Which reporter ...?" by "the correspondent of the Guardian".

MiniLM puts such words close, but no closer than words it should not match ("diplomat" is
0.57 from "secretary" and 0.58 from "correspondent"), so each group here is one sense, chosen
by hand. A word with another common sense stays out ("acting" is also "act", "rally" also
"rally around", "men" any men, "fire" also "sack", "fuel" also "fueling the protests").
"""

from __future__ import annotations

from functools import lru_cache

from .fates import fates_said
from .terms import stem

_GROUPS = """
troops soldiers servicemen peacekeepers
reporter reporters correspondent correspondents journalist journalists
internet web
premier pm
interim caretaker
catastrophe disaster calamity
spokesman spokesperson spokeswoman
plane planes aircraft airplane airplanes
border frontier
protesters demonstrators
protests demonstrations
phone telephone
rebels insurgents
treason traitor traitors
unemployed jobless
wages salaries
coup putsch
"""


@lru_cache(maxsize=1)
def _groups() -> tuple[frozenset[str], ...]:
    return tuple(frozenset(stem(w) for w in line.split()) for line in _GROUPS.strip().splitlines())


def alike(a: str, b: str) -> bool:
    """Are the two words one sense in news writing (or the same stem)?"""
    x, y = stem(a.lower()), stem(b.lower())
    return x == y or any(x in g and y in g for g in _groups())


def said_alike(have: set[str]) -> frozenset[str]:
    """The stems a text says in other words, from its terms (`content_terms`): the fates it
    says ("164 dead" -> died, killed, ...) and the words of each group it holds one of
    ("peacekeepers" -> troops, soldiers, ...)."""
    return fates_said(have) | frozenset(t for g in _groups() if g & have for t in g)
