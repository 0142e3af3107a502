"""Words news writing uses for one another: "How many troops ...?" is answered by "peacekeepers",
"Which journalist ...?" by "the correspondent of the Guardian".

MiniLM puts such words close, but no closer than words it should not match ("diplomat" is
0.57 from "secretary" and 0.58 from "correspondent"), so each group here is one sense, chosen
by hand. A word with another common sense stays out ("acting" is also "act", "rally" also
"rally around", "men" any men, "fire" also "sack", "fuel" also "fueling the protests", "web"
also "the tangled web"), and so does one whose stem is another word's ("reporter" is
"report", "wages" "wage their own battles").
"""

from __future__ import annotations

from functools import lru_cache

from .fates import fates_said
from .terms import stem, tokens

_GROUPS = """
troops soldiers servicemen
correspondent correspondents journalist journalists
interim caretaker
catastrophe disaster calamity
difficult hard
plan project
plane planes aircraft airplane airplanes
border frontier
protesters demonstrators
protests demonstrations
phone telephone
rebels insurgents
treason traitor traitors
unemployed jobless
coup putsch
"""
# a narrower word says the broader ones, not the other way: peacekeepers are troops, but
# troops massed on the Ukrainian border are no peacekeepers; a spokesman is a spokesperson,
# but no spokeswoman
_NARROWER = {
    "peacekeepers": "troops soldiers servicemen",
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
}
# what a word tells of its sentence, not a word said in its place: "the deployment of about
# three thousand men" tells of troops sent, but a "deployment" counts no troops withdrawn
_TELLS = {"deployment": "troops soldiers servicemen sent send dispatched"}


@lru_cache(maxsize=1)
def _broader() -> dict[str, frozenset[str]]:
    return {stem(n): frozenset(stem(w) for w in b.split()) for n, b in _NARROWER.items()}


@lru_cache(maxsize=1)
def _told() -> dict[str, frozenset[str]]:
    return {stem(n): frozenset(stem(w) for w in b.split()) for n, b in _TELLS.items()}


def tells(said: str, asked: str) -> bool:
    """Does the word `said` tell of `asked` in its sentence ("deployment" of troops sent)?"""
    return stem(asked.lower()) in _told().get(stem(said.lower()), ())


@lru_cache(maxsize=1)
def _groups() -> tuple[frozenset[str], ...]:
    return tuple(frozenset(stem(w) for w in line.split()) for line in _GROUPS.strip().splitlines())


def alike(asked: str, said: str) -> bool:
    """Does `said` say the word `asked` in news writing: the same stem, one of its group, or
    a narrower word ("peacekeepers" says "troops", not the other way)?"""
    x, y = stem(asked.lower()), stem(said.lower())
    return x == y or any(x in g and y in g for g in _groups()) or x in _broader().get(y, ())


def words_alike(question: str) -> list[str]:
    """The words, as written, that say a word of the question in news writing: its group's
    and the narrower ones ("troops" -> soldiers, servicemen, peacekeepers): retrieval looks
    for them too, for "a recipe for disaster" shares no word with "catastrophe"."""
    asked = {stem(w) for w in tokens(question)}
    groups = [line.split() for line in _GROUPS.strip().splitlines()]
    alike = [w for g in groups if {stem(x) for x in g} & asked for w in g]
    narrower = [n for n, b in _NARROWER.items() if {stem(x) for x in b.split()} & asked]
    return [w for w in dict.fromkeys(alike + narrower) if stem(w) not in asked]


def saying(stems: set[str]) -> frozenset[str]:
    """The stems of the words saying the given ones, with them: their groups' and the
    narrower words ({"spokesperson"} -> spokesman, spokeswoman). A stem two groups share
    says neither: "protest" is "protesters" and "protests", "demonstr" "demonstrators" and
    "demonstrations"."""
    grouped = (g for g in _groups() if g & (stems - _shared()))
    narrower = {n for n, b in _broader().items() if b & stems}
    return frozenset(stems).union(*grouped, narrower)


def has_group(word: str) -> bool:
    """Is the word in a group (or said by a narrower word)? Then the group says which words
    say it, not MiniLM: "guards" are close to "soldiers" by MiniLM, but no soldiers."""
    w = stem(word.lower())
    return any(w in g for g in _groups()) or any(w in b for b in _broader().values())


def grouped(have: set[str]) -> frozenset[str]:
    """The stems of the groups of words the text's stems are in ("project" -> plan, ...):
    the words it says in other words, but no fate, no narrower word, and not by a stem two
    groups share ("protests" say no "demonstrators")."""
    return frozenset().union(*(g for g in _groups() if g & (have - _shared())))


@lru_cache(maxsize=1)
def _shared() -> frozenset[str]:
    """The stems two groups share: "protest" is "protesters" and "protests"."""
    return frozenset(t for g in _groups() for h in _groups() if g is not h for t in g & h)


def said_alike(have: set[str]) -> frozenset[str]:
    """The stems a text says in other words, from its terms (`content_terms`): the fates it
    says ("164 dead" -> died, killed, ...), the words of each group it holds one of
    ("peacekeepers" -> troops, soldiers, ...) and what its words tell ("deployment" -> sent)."""
    grouped = {t for g in _groups() if g & have for t in g}
    narrower = {**_broader(), **_told()}
    return (
        fates_said(have)
        | frozenset(grouped)
        | frozenset().union(*(b for n, b in narrower.items() if n in have))
    )
