"""What befalls people, and the words a sentence may say it with: "How many died?" is
answered by "164 dead", "how many were detained?" by "almost 6,000 arrested"."""

from __future__ import annotations

from functools import lru_cache

from .terms import stem, tokens

# the verbs a question says a fate with, and the words a sentence may say it with ("the
# deaths", "the deadly unrest" say when, not what befell)
_FATES = (
    (
        "killed died toll tolls",
        "kill killed killing dead death deaths die died dying fatalities perished",
    ),
    ("arrested detained", "arrest arrested arrests detain detained detention detainee detainees"),
    ("jailed imprisoned", "jail jailed prison prisoner prisoners imprisoned imprisonment"),
    ("wounded injured", "wound wounded wounding injure injured injuries injury"),
    ("released freed", "release released releasing freed"),  # "free media", "freeing": one stem
)


@lru_cache(maxsize=1)
def fates() -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """Each fate: the words asking it, the stems saying it."""
    return tuple(
        (frozenset(asked.split()), frozenset(stem(w) for w in said.split()))
        for asked, said in _FATES
    )


def fates_said(have: set[str]) -> frozenset[str]:
    """The stems of the words asking or saying the fates a text says, from its terms
    (`content_terms`): "164 dead" -> {kill, die, toll, death, ...}."""
    return frozenset(
        t for asked, said in fates() if said & have for t in {stem(w) for w in asked} | said
    )


def asked_fates(question: str) -> list[frozenset[str]]:
    """The stems saying each fate the question asks: "How many were killed?" -> [{dead,
    death, die, ...}]."""
    asked = {w.lower() for w in tokens(question)}
    return [said for verbs, said in fates() if verbs & asked]
