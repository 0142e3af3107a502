"""What befalls people, and the words a sentence may say it with: "How many died?" is
answered by "164 dead", "how many were detained?" by "almost 6,000 arrested"."""

from __future__ import annotations

import re
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
    # "free media", "freeing": one stem
    ("released freed release", "release released releasing freed"),
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


def words_of_fates_asked(question: str) -> list[str]:
    """The words saying each fate the question asks, as written ("How many were killed?"
    -> kill, killed, dead, deaths, ...): retrieval looks for them too, for a passage on
    "164 dead" shares no word with "the death toll"."""
    asked = {w.lower() for w in tokens(question)}
    return [w for verbs, said in _FATES if set(verbs.split()) & asked for w in said.split()]


def asked_fates(question: str) -> list[frozenset[str]]:
    """The stems saying each fate the question asks: "How many were killed?" -> [{dead,
    death, die, ...}]."""
    asked = {w.lower() for w in tokens(question)}
    return [said for verbs, said in fates() if verbs & asked]


# "What happened to Karim Masimov?", "What happened in Taldykorgan?": something befell them
_HAPPENED = re.compile(
    r"^what\s+(?:has\s+|had\s+)?(?:happened|occurred|became)\s+(?P<to>to|of|in|at|on)?\b",
    re.IGNORECASE,
)
# what befalls someone or something, beyond the fates ("What happened to the gas price?")
_BEFALLS = """
shot demolished destroyed seized removed dismissed fired sacked ousted appointed replaced
fled escaped resigned charged sentenced accused convicted deported expelled banned blocked
cut disconnected closed doubled rose raised lowered rolled capped hiked renamed rejected
accepted approved refused withdrawn cancelled canceled postponed
""".split()
# ... and what happens in a place
_EVENTS = """
stormed burned burnt torched attacked looted captured protest protests protested riot
riots rioted clash clashes unrest violence uprising sparked started spread deployed
""".split()


@lru_cache(maxsize=2)
def _event_stems(in_a_place: bool) -> frozenset[str]:
    words = _BEFALLS + (_EVENTS if in_a_place else [])
    return frozenset(stem(w) for w in words) | frozenset().union(*(s for _, s in fates()))


def tells_what_happened(text: str, question: str) -> bool:
    """For "What happened to/in X?": does the text tell what befell X (a fate, a removal, a
    price rolled back) or, in a place, an event there (a seizure, a protest), not only name
    X? "This publication was prepared by Sofia Hriniova" says nothing happened to her, and
    Putin blaming "the violence" on terrorists nothing happened to Putin."""
    m = _HAPPENED.match(question.strip())
    if not m:
        return True
    in_a_place = (m["to"] or "").lower() in ("in", "at", "on", "")
    return bool(_event_stems(in_a_place) & {stem(w) for w in tokens(text)})


# the steps of a prosecution, each said in its own words: "convicted" is not "arrested"
_PROSECUTION = (
    "accuse accused accusation accusations charge charged charges",
    "convict convicted conviction guilty sentence sentenced",
)


def fate_words(verb: str) -> frozenset[str]:
    """The stems that say what a verb says befell someone: "detained" -> {arrest, detain,
    ...}, "convicted" -> {convict, guilty, sentenc, ...}; none for a verb MiniLM may match
    ("leave", "sacked")."""
    said = next((said for asked, said in fates() if verb.lower() in asked), None)
    if said:
        return said
    return next((step for step in _prosecution() if stem(verb) in step), frozenset())


@lru_cache(maxsize=1)
def _prosecution() -> tuple[frozenset[str], ...]:
    return tuple(frozenset(stem(w) for w in words.split()) for words in _PROSECUTION)


# the unrest itself, under its several names (what every article is about)
UNREST_WORDS = (
    r"(?:violen\w*|unrest|protests?|protesters|riots?|rioters|rioting|disorders?"
    r"|attacks?|attackers|uprising|turmoil|clashes|militants?|terrorists?|gangsters|bandits"
    r"|rebels)"
)
