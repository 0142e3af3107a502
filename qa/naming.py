"""Does a sentence name one of those a "which" (or "what X") question asks for? "Which
company cut the web?" is answered by "Kazakhtelecom disconnecting ...", not by an indefinite
one qualified ("a group of Kazakh civil society organizations"), a place ("in Georgia"), an
owner ("Moscow's"), or a name describing a noun of another kind ("the former Soviet space").
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import takewhile

from .matching import PLACE_NOUN, places
from .questions import POSSESSIVE, name_stems, new_names
from .speakers import SAYING
from .states import BY_QUALIFIER, STATES
from .terms import (
    AUXILIARIES,
    DETERMINERS,
    KINSHIP,
    STOPWORDS,
    TOKEN,
    content_terms,
    kin,
    stem,
    tokens,
)


def _from_which(question: str) -> list[str]:
    """The question's words from its "which" (or "what") on, if one of its first three:
    "In which Kazakh city ...?" asks as "Which Kazakh city ...?" does; [] if none."""
    words = tokens(question)
    at = [i for i, w in enumerate(words[:3]) if w.lower() in ("which", "what")]
    return words[at[0] :] if at else []


def _which_kind(question: str) -> tuple[set[str], str]:
    """What a "which" (or "what") question asks for: its words up to a verb ("Which civil
    society organizations signed ...?"), else its first word ("Which company cut ...?"); and
    the one of them asked, the last before a preposition, the others qualifying it ("Which
    former spy-agency chief ...?": a chief; "Which airport in Aktau ...?": an airport)."""
    words = _from_which(question)
    if not words:
        return set(), ""
    what = []
    for w in words[1:5]:
        if w.lower() in AUXILIARIES or w.lower().endswith("ed"):
            break
        what.append(w)
    else:
        # no verb found: up to a plural noun ("Which US or UK companies had ...?"), else
        # the first word ("Which company cut ...?")
        plural = next((i for i, w in enumerate(what) if _PLURAL.fullmatch(w)), None)
        what = what[: plural + 1] if plural is not None else words[1:2]
    what = what or words[1:2]
    head = list(takewhile(lambda w: w.lower() not in _PREPOSITIONS, what)) or what
    heads = [t for t in content_terms(" ".join(head)) if t not in _INITIALS]
    return set(content_terms(" ".join(what))) - _INITIALS, heads[-1] if heads else ""


_PREPOSITIONS = frozenset("in of at on from for to with by during near inside".split())


_PLURAL = re.compile(r"[a-z]{3,}(?:ies|es|s)")
# a state's initials qualify what is asked: "Which US or UK companies ...?"
_INITIALS = frozenset(i.lower() for s in STATES for i in s.initials if "." not in i)


def names_one_asked(text: str, question: str, article: str = "") -> bool:
    """Does the sentence name one of those a "which" (or "what X") question asks for, not
    only qualify an indefinite one? "On Saturday, a group of Kazakh civil society
    organizations wrote an open letter" names no organization, nor "a Kremlin spokesman" a
    spokesman; "Kremlin spokesman Dmitry Peskov" and "the protesters seized Almaty airport"
    name theirs. A place (one its `article` names as a place) is one only of a place asked
    for; an owner, a name describing another kind of thing, one kin to the question's names,
    or a first word the article never capitalises mid-sentence is none: "Which Russian
    military units were deployed?" is not answered by "in Georgia", "Moscow's previous
    military operations", "the former Soviet space", "Russia" or "Unlike"."""
    kind, head = _which_kind(question)
    if not kind:
        return True
    # "Which former spy-agency chief ...?" asks for a chief, not an agency named
    if not _heads_a_name(text, {head}) or not _says_kinship(text, kind):
        return False
    where = article_places(article) | article_places(text)
    words, new, asked = tokens(text), new_names(text, question), name_stems(question)
    around = _surroundings(text)
    near = _near_kin(words) if kind & KINSHIP else range(len(words))
    nations = nations_asked(question)
    # a thing asked ("Which American pull-out ...?"), not a place or a person
    thing = not kind & _PLACE_KINDS and not set(content_terms(question)) & _PERSON_KINDS

    def one_asked(i: int, w: str) -> bool:
        return (
            i in near
            and w.lower().replace("’", "'") in new
            and not _qualifies(words, i, kind)
            and _placed_as_asked(words, i, kind, where)
            and not POSSESSIVE.search(w)
            and not (_attributive(around[i][0]) and _describes(around[i][1], kind, question))
            and not any(kin(stem(w), n) for n in asked)
            and (i > 0 or not article or named_inside(w, article))
            and all(of_the_nation(w, n, f"{text}\n{article}", thing) for n in nations)
        )

    return any(one_asked(i, w) for i, w in enumerate(words))


def _placed_as_asked(words: list[str], i: int, kind: set[str], where: frozenset[str]) -> bool:
    """A place (`where`: one its article names as a place) is one only of a place asked; a
    town asked is a place ("in Beijing", not "the new Eurasian integration order"; a
    country may act: "China offered"). "Almaty airport" names an airport either way."""
    if _kind_next(words, i, kind):
        return True
    place = stem(words[i]) in where
    if kind & _PLACE_KINDS and not kind & _TOWN_KINDS and not place:
        # a country asked is a state's name: "Which foreign country trained the militants?"
        # is not answered by Tokayev's "foreign-trained" attackers
        return words[i].lower() in _STATE_WORDS
    return (not place or bool(kind & _PLACE_KINDS)) and (place or not kind & _TOWN_KINDS)


_STATE_WORDS = frozenset(
    w.lower() for s in STATES for n in (*s.names, *s.adjectives, *s.initials) for w in n.split()
)


# kinds of thing whose names hold the kind: "Almaty airport", "the Interior Ministry", "the
# University of Cambridge" (a company or a city need not: "Kazakhtelecom", "Almaty")
_NAME_HEADS = frozenset(
    stem(w)
    for w in """airport ministry university committee agency party bank court department
institute academy hospital school college museum station port embassy crossing checkpoint
cosmodrome""".split()
)


def _heads_a_name(text: str, kind: set[str]) -> bool:
    """For a kind whose names hold it: does the sentence name one, the kind's word next to
    a name ("Almaty airport", "Ministry of Defence")? "Which airport did protesters take
    over in Aktau?" is not answered by a list of the week's events naming none."""
    heads = kind & _NAME_HEADS
    if not heads:
        return True
    words = tokens(text)
    for i, w in enumerate(words):
        if stem(w) not in heads:
            continue
        before = words[i - 1] if i > 1 else ""  # a first word is capitalised anyway
        after = [a for a in words[i + 1 : i + 4] if a.lower() != "the"][:2]
        if before[:1].isupper() and before.lower() not in STOPWORDS:
            return True
        if after and after[0].lower() == "of" and after[1:] and after[1][:1].isupper():
            return True  # "the Ministry of (the) Interior"
        if _DEFINITE_NAMED.search(" ".join(words[max(0, i - 4) : i + 1])):
            return True
    return False


# "the national security committee", "the foreign ministry": one named in lower case (its
# words no stopwords: "the country from the crossings" names no crossing)
_NOT_STOP = r"(?!(?:" + "|".join(sorted(STOPWORDS)) + r")\b)"
_DEFINITE_NAMED = re.compile(rf"\b(?i:the|its|their)\s+(?:{_NOT_STOP}[a-z][\w-]*\s+){{1,3}}[a-z]+$")


def _says_kinship(text: str, kind: set[str]) -> bool:
    """For a kin asked ("Which of Nazarbayev's relatives were removed?"): does the sentence
    say someone is kin? "removing ... Nursultan Nazarbayev from his post" names none."""
    return not kind & KINSHIP or bool(KINSHIP & {stem(w) for w in tokens(text)})


# kinds of people: a nation said of anything in the sentence is not said of them
_PERSON_KINDS = frozenset(
    stem(w)
    for w in """analyst scholar expert official leader diplomat journalist reporter correspondent
scientist sociologist spokesman spokeswoman minister president politician commander general
author writer activist businessman oligarch professor researcher economist editor""".split()
)


def nations_asked(question: str) -> list[str]:
    """The nations (or places) qualifying the kind a "which" question asks for: "Which
    Russian scholar compared ...?" -> ["russian"], "Which Almaty-based analyst ...?" ->
    ["almaty"]; not a nation that is the kind ("Which Israeli was shot?")."""
    words = _from_which(question)
    out = []
    # right after "which" ("Which company cut off American websites?" asks no nation)
    for w, after in zip(words[1:3], words[2:4], strict=False):
        if w.lower() in AUXILIARIES:
            break
        if w.lower() in BY_QUALIFIER and after.islower() and after not in AUXILIARIES:
            out.append(w.lower())
        elif w[:1].isupper() and w.lower().endswith("-based"):
            out.append(w.lower().removesuffix("-based"))
    return out


# a word of a name's qualifiers ("Russian foreign policy analyst Fyodor Lukyanov"), not one
# of a clause: "Kazakhstan is neither Ukraine nor Belarus" makes no Kazakh place of Ukraine
_MODIFIER = (
    r"(?!(?:is|are|was|were|be|been|has|have|had|neither|nor|not|and|or|but|with|than|to|in"
    r"|on|at|by|for|from|as|that|which|who)\b)[\w-]+"
)


def of_the_nation(name: str, nation: str, text: str, thing: bool = True) -> bool:
    """Does the text say the one named is of the nation asked: "Russian foreign policy
    analyst Fyodor Lukyanov", "Fyodor Lukyanov, a leading Russian ...", "Almaty,
    Kazakhstan's largest city", "Zhanaozen in Kazakhstan"? "In September 2015, in Beijing,
    Nazarbayev aligned ..." makes no Kazakh city of Beijing."""
    state = BY_QUALIFIER.get(nation)
    names, adjective, initials = (  # a place stands for itself
        map(_either, (state.names, state.adjectives, state.initials))
        if state
        else (re.escape(nation), re.escape(nation), "")
    )
    country = f"{names}|(?-i:{initials})" if initials else names
    n = re.escape(name)
    either = rf"(?:{adjective}|{country})"
    # or, a thing asked (not a place: "the whole Kazakh adventure" puts no talks in a Kazakh
    # city), the sentence gives the nation to what it tells of ("the disorganized US
    # withdrawal from Afghanistan" for "Which American pull-out ...?")
    attributive = f"(?i:{adjective})|(?-i:{initials})" if initials else f"(?i:{adjective})"
    if thing and state and re.search(rf"\b(?:{attributive})\s+[a-z]", text.split("\n")[0]):
        return True
    return any(
        re.search(p, text, re.IGNORECASE)
        for p in (
            rf"\b{either}(?:['’]s|-based)?\s+(?:{_MODIFIER}\s+){{0,4}}{n}\b",
            rf"\b{n},\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}{either}\b",
            rf"\b{n},\s+(?:{country})['’]s\b",
            # "Zhanaozen in Kazakhstan", "the Vlast online magazine in Almaty"
            rf"\b{n}\s+(?:[a-z][\w-]*\s+){{0,3}}(?:in|of|from),?\s+(?:the\s+)?(?:{country})\b",
            # "Vyacheslav Abramov, founder of the Vlast online magazine in Almaty"
            rf"\b{n},\s+(?:[\w-]+\s+){{1,6}}?(?:in|from|based\s+in)\s+(?:{country})\b",
        )
    )


# how many words from "nephew" or "relatives" the kin's name stands: "his nephew Samat
# Abish", "Dariga Nazarbayeva, his eldest daughter"
KIN_REACH = 4


def _near_kin(words: list[str]) -> set[int]:
    """The positions within KIN_REACH words of a kin word. "... Karim Massimov [17], and the
    dismissal of several security officials from among Nazarbayev's relatives" names
    Massimov, but no relative."""
    at = [i for i, w in enumerate(words) if stem(w) in KINSHIP]
    return {j for i in at for j in range(i - KIN_REACH, i + KIN_REACH + 1)}


_TOWN_KINDS = frozenset(stem(w) for w in "city cities town towns village capital".split())
_PLACE_KINDS = frozenset(
    stem(w)
    for w in """country countries nation state city town capital region place republic
province village border""".split()
)


@lru_cache(maxsize=64)
def article_places(text: str) -> frozenset[str]:
    """The one-word places an article says something happened in ("in Georgia") or names
    by their kind ("the city of Baikonur"), as stems; not where someone went: "appealed to
    Tokayev" makes no place of him."""
    named = [set(content_terms(m[1] or m[2])) for m in PLACE_NOUN.finditer(text)]
    one_word = frozenset(w for p in places(text) + named if len(p) == 1 for w in p)
    # a hyphenated one is one place too: "in Nur-Sultan"
    joined = {stem(m[1]) for m in _IN_HYPHENATED.finditer(text)}
    return one_word | joined


_IN_HYPHENATED = re.compile(r"\b(?:in|at|from|to)\s+([A-Z][a-z]+-[A-Z][a-z]+)\b")


def named_inside(word: str, article: str) -> bool:
    """Does the article write `word` capitalised after a word of its sentence?"""
    return re.search(rf"[a-z,]\s+{re.escape(word)}\b", article) is not None


def _kind_next(words: list[str], i: int, kind: set[str]) -> bool:
    """Is the name at `i` followed by a word of the kind asked ("Almaty airport")?"""
    return i + 1 < len(words) and stem(words[i + 1]) in kind


def _surroundings(text: str) -> list[tuple[str, tuple[str, str]]]:
    """For each token of the text, the word right before the name (the run of capitalised
    words) it is part of, and the two words right after it ("" past a mark): for "Sea" in
    "the Caspian Sea ports of", ("the", ("ports", "of"))."""
    spans = list(TOKEN.finditer(text))

    def joined(k: int) -> bool:  # spans k-1 and k stand side by side, no mark between
        return 0 < k < len(spans) and not text[spans[k - 1].end() : spans[k].start()].strip()

    def capital(k: int) -> bool:
        return spans[k][0][0].isupper()

    out = []
    for i in range(len(spans)):
        start = end = i
        while capital(start) and joined(start) and capital(start - 1):
            start -= 1
        while capital(end) and joined(end + 1) and capital(end + 1):
            end += 1
        before = spans[start - 1][0] if joined(start) else ""
        after = []
        for k in (end + 1, end + 2):
            if not joined(k):
                break
            after.append(spans[k][0])
        out.append((before, (*after, "", "")[:2]))
    return out


# words before a name used as a modifier: "the former Soviet space", "its CSTO allies"
_ATTRIBUTIVE = DETERMINERS | frozenset("of for with by to in on at from".split())


def _attributive(before: str) -> bool:
    """Can a name after `before` be a modifier? After a determiner, a preposition or an
    adjective ("former"), yes; first in its clause ("Putin sent troops"), after a
    conjunction ("that Putin sent") or a noun it names ("spokesman Dmitry Peskov"), no."""
    if before.lower() in _ATTRIBUTIVE:
        return True
    return (
        before.isalpha()
        and before.islower()
        and before not in STOPWORDS | AUXILIARIES | SAYING
        and before.endswith(_ADJECTIVE_ENDINGS)
    )


_ADJECTIVE_ENDINGS = ("er", "ous", "al", "ive", "ic", "ful", "ble", "est", "ent", "ant")


def _describes(after: tuple[str, str], kind: set[str], question: str) -> bool:
    """Does a name only describe the noun right after it, of another kind than asked ("the
    former Soviet space", "CSTO troops…")? A verb is no such noun: one ending as verbs do,
    one the question asks with, or one taking an object ("Kazakhtelecom cut the internet",
    "Blinken does", "Almaty airport"). Only asked of a name that can be a modifier where it
    stands (`_attributive`): an irregular verb may still read as a noun after one."""
    word, then = after
    return (
        word.isalpha()
        and word.islower()
        and word not in STOPWORDS | AUXILIARIES | SAYING
        and not word.endswith(("ed", "ing"))
        and stem(word) not in kind | set(content_terms(question))
        and then.lower() not in DETERMINERS
    )


# what makes a name before the kind asked a mere qualifier: "a Kremlin spokesman", "a group
# of Kazakh civil society organizations" (while "Almaty airport" names one)
_SOME = frozenset("a an some several many various numerous other".split())
_GROUP = frozenset("group groups number dozens hundreds handful coalition couple".split())


def _qualifies(words: list[str], i: int, kind: set[str]) -> bool:
    """Does the name at `i` only qualify an indefinite one of the `kind` asked?"""
    if i + 1 >= len(words) or not words[i + 1].islower() or stem(words[i + 1]) not in kind:
        return False
    before = [w.lower() for w in words[max(0, i - 2) : i]]
    return bool(before[-1:] and before[-1] in _SOME) or (
        before[-1:] == ["of"] and bool(before[:1]) and before[0] in _GROUP
    )


def _either(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in words)
