"""Does a text hold these terms, these names? The same stem, a word made from one
("kazakh" and "kazakhstan"), or a word close by MiniLM; and names matched name to name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .conflicts import SOFT_MATCH
from .evidence import (
    OPENING_PHRASE,
    Candidate,
    first_named,
    paragraph,
    paragraph_before,
    points_back,
    word_similarity,
)
from .figures import MONTHS
from .questions import POSSESSIVE, name_stems
from .states import STATES, first_state, said_of_state, state_named
from .terms import STOPWORDS, content_terms, kin, stem, tokens


def held(terms: set[str], text: str, asked: str = "") -> set[str]:
    """The terms (stems of the words of `asked`) `text` holds: the same stem, or a word close
    by MiniLM (SOFT_MATCH) to the asker's word (MiniLM knows "relatives", not "relat")."""
    have = set(content_terms(text))
    found = terms & have
    if terms - found:
        words = [w.lower() for w in tokens(text)]
        said = _words_of(asked)
        found |= {t for t in terms - found if word_similarity(said.get(t, t), words) >= SOFT_MATCH}
    return found


def _words_of(text: str) -> dict[str, str]:
    """Each stem of the text, with the word it was made from."""
    words = [p.lower() for w in tokens(text) for p in w.split("-") if p]
    return {stem(w): w for w in words}


# where it happened is mostly left unsaid: "How many were killed in Kazakhstan?"; with "to"
# and "from", where someone went or came from: "flee to Moscow", "came from Armenia"
_WHERE = r"\b(?:in|at|into|across|throughout|within|inside{})\s+(?:the\s+)?"
_PLACE_NAME = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
_PLACE = re.compile(_WHERE.format("") + _PLACE_NAME)
_MOVING = r"|(?<![Aa]ccording\s)to|from"
_PLACE_ASKED = re.compile(_WHERE.format(_MOVING) + _PLACE_NAME)


# a one-word place: two capitalised words after "from" are more often a person ("the
# statement came from Aidos Ukibay")
_TOWN = re.compile(_WHERE.format(_MOVING) + r"[A-Z][\w’'-]*\b(?!\s+[A-Z])")


def without_towns(text: str) -> str:
    """The text without the one-word places it says something happened in, or someone went
    to or came from: "... troops from Russia, Almaty Commandant reports ..." names no one
    by "Russia"."""
    return _TOWN.sub(" ", text)


# "the Kazakhstan unrest", "the Kazakh crisis": a state named before the events it saw
_EVENTS = r"unrest|crisis|protests?|riots?|uprising|violence|turmoil|upheaval|demonstrations|events"
_OF_STATE = {w: s.names[0] for s in STATES for w in (*s.adjectives, *s.names)}
# (not when a noun follows: "the Kazakh riot police", "the Kazakh protest movement")
_STATE_EVENTS = re.compile(
    rf"\b([Tt]he)\s+({'|'.join(sorted(_OF_STATE, key=len, reverse=True))})\s+({_EVENTS})\b"
    r"(?=\s*(?:$|[?.,;:!)]|(?:in|of|on|at|during|after|before|since|and|or|that|which)\b))"
)


def events_placed(question: str) -> str:
    """The question with the events a state saw said the way the articles place them: "the
    Kazakhstan unrest" -> "the unrest in Kazakhstan", so that where it happened is read as
    a place (`without_places`), not as a name every sentence must hold."""
    return _STATE_EVENTS.sub(lambda m: f"{m[1]} {m[3]} in {_OF_STATE[m[2]]}", question)


def without_places(question: str, moving: bool = False) -> str:
    """The question without where it happened ("in Almaty", "into Kazakhstan"), and with
    `moving`, where someone went to or came from ("to Moscow")."""
    return (_PLACE_ASKED if moving else _PLACE).sub(" ", question)


def places(text: str, moving: bool = False) -> list[set[str]]:
    """The places the text says something happened in (with `moving`, went to or came from),
    each as its words' stems: no month, nor a name qualifying a noun ("in Russian money")."""
    out = []
    for m in (_PLACE_ASKED if moving else _PLACE).finditer(text):
        rest = text[m.end() :]
        # "in Russian money" names no place; "at Almaty airport" names Almaty, and "When did
        # the operation in Syria begin?" Syria: the verb closing a question asked with "did"
        if (
            re.match(r"\s+[a-z]", rest)
            and not _STOPWORD_NEXT.match(rest)
            and not _KIND_NEXT.match(rest)
            and not (_CLOSING_VERB.match(rest) and _ASKED_WITH_DO.search(text[: m.start()]))
        ):
            continue
        words = [w for w in m.group(0).split() if w.lower() not in MONTHS]
        if words and words[-1] in _OUTLET_WORDS:
            continue  # "writing in the Kyiv Post": an outlet, not a place
        if place := set(content_terms(" ".join(words))):
            out.append(place)
        if (kind := _KIND_NEXT.match(rest)) and kind["site"]:
            out.append({stem(kind["site"].lower())})
    return out


_CLOSING_VERB = re.compile(r"\s+[a-z]+\s*\?\s*$")
_ASKED_WITH_DO = re.compile(r"\b(?:did|does|do|will|would|could|can)\b", re.IGNORECASE)


_OUTLET_WORDS = frozenset(
    """Post Times Journal News Herald Monitor Guardian Conversation Telegraph Gazette Tribune
Review Policy Pravda Izvestia Kommersant""".split()
)


# "mean in English", "say in Kazakh", "translated into English": a language the question asks
# in, where nothing happened
# (an article's "wrote in English" stays a place of its: no answer to which language anyone
# spoke, `naming.article_places`)
_IN_LANGUAGE = re.compile(
    r"\b(?:in|into)\s+(?:[A-Z][a-z]+(?:ish|ese|ian)|French|Dutch|German|Greek|Latin|Arabic|Hebrew|Kazakh"
    r"|Uzbek|Kyrgyz|Tajik|Turkmen)\b(?!\s+[A-Z])"
)


# what may follow a place: "in Almaty alone", "in Almaty specifically", "in Almaty and Aktau"
_ONLY_THERE = {"alone", "itself", "proper", "specifically", "exclusively", "particularly"}
# the kind of place a name qualifies: "Almaty airport", "Republic square"; a site narrows
# the place to itself: a sentence in Almaty is not at its airport or inside its akimat
_KIND_NEXT = re.compile(
    r"\s+(?:(?P<site>airport|square|akimat)|city|town|region|province|district)\b", re.I
)
_STOPWORD_NEXT = re.compile(r"\s+(?:" + "|".join(STOPWORDS | _ONLY_THERE) + r")\b")


def in_the_place_asked(text: str, title: str, question: str) -> bool:
    """Does the sentence name where the question says it happened? The place its article is
    about (its title names it) may go unsaid: "How many were killed in Kazakhstan?". A town
    may not: "How many people were arrested in Aktau?" is not answered by the nationwide
    "Over 4,000 people have been arrested". Nor a place it says was struck ("How many waves
    of attacks struck Nur-Sultan?", "... attacked the capital Nur-Sultan?"). A language
    asked in is no place: "What does 'Shal, ket!' mean in English?"."""
    question = _IN_LANGUAGE.sub(" ", question)
    # "How many waves of attacks struck Nur-Sultan?": a place struck is where it happened
    struck = [set(content_terms(m["place"])) for m in _STRUCK.finditer(question)]
    asked = places(question, True) + [p for p in struck if p]
    return all(_in_title(place, title) or holds_any(place, text) for place in asked)


def _in_title(place: set[str], title: str) -> bool:
    """Is the place what the article is about, by its title? A state only if the title
    names it first: "Kazakhstan: How the crisis likely boosted Russia's post-Soviet sway"
    tells of no arrests in Russia."""
    state = first_state(title)
    if any(holds_any(place, " ".join((*s.names, *s.adjectives))) for s in STATES):
        return bool(state) and holds_any(place, state)
    return holds_any(place, title)


# "Where did Nazarbayev's daughters go?", "From where ...?"
_WHERE_ASKED = re.compile(r"^(?:(?:from|to)\s+)?where\b", re.IGNORECASE)
# a place named by its kind: "the oil town of Zhanaozen", "Almaty airport"
PLACE_NOUN = re.compile(
    r"\b(?:city|town|village|region|province|capital|port|district)\s+of\s+(" + _PLACE_NAME + ")"
    r"|(" + _PLACE_NAME + r")\s+(?:city|town|region|province|airport|square)\b"
)


def names_a_place(text: str, question: str) -> bool:
    """A "where" question is answered by a place the question does not name: "Nazarbayev
    and his family had fled the country" says not where his daughters went."""
    if not _WHERE_ASKED.match(question.strip()):
        return True
    asked = name_stems(question) | set(content_terms(question))
    found = [set(content_terms(m[0])) for m in _SOMEWHERE.finditer(text)] + [
        set(content_terms(m[1] or m[2])) for m in PLACE_NOUN.finditer(text)
    ]
    return any(p and not p <= asked for p in found)


# where: "in Zhanaozen yesterday", "in western Kazakhstan", "flew to Moscow", "at the airport",
# "in the main square"
_SOMEWHERE = re.compile(
    r"\b(?:in|at|to|from|into|near|towards?)\s+(?:the\s+)?(?:(?:[a-z]+ern|main|central|old|"
    r"new)\s+)?(?:" + _PLACE_NAME + r"|(?:airport|square|border|capital|embassy|parliament"
    r"|residence|palace|city\s+cent(?:re|er))\b)"
)


_STRUCK = re.compile(
    r"\b(?:struck|strike|hit|hits|attacked|attack|stormed|storm|rocked|engulfed|shook)\s+"
    r"(?:the\s+)?(?:(?:former\s+|new\s+)?(?:city|town|village|capital|region|port),?\s+(?:of\s+)?)?"
    r"(?P<place>" + _PLACE_NAME + ")"
)


def of_named(c: Candidate, question: str, source: str = "", before: str = "") -> bool:
    """Does the sentence name one of the question's names, a place where it happened and the
    `source` the user named aside (or the question none)? "Who shot the Israeli man in
    Almaty?" is not answered by a statue of Nazarbayev "being shot". A sentence opening
    with "He" or "She" names the one the sentence right before it (`before` ends with it)
    names first: "He ... appointing ... Alikhan Smailov, as interim PM" after "At first
    President Kassym-Jomart Tokayev seemed ...", not after "Tokayev spoke with Putin"."""
    names = _asked_names(question, source)
    # who did what is asked is named, and whose the ones asked are, not only another name:
    # "Under the charter of which bloc did Washington offer Kazakhstan help?" is not
    # answered by "China offered assistance to Kazakhstan within the framework of the SCO's
    # charter", nor "the forces of which SCO member states did Tokayev request?" by the CSTO's
    return names_the_doer(c, question, before, source) and (
        not names or any(_names(c, n, before) for n in names)
    )


def _asked_names(question: str, source: str) -> set[str]:
    """The stems of the names a question gives, but for places and the `source` named."""
    names = name_stems(without_places(question)) - set(content_terms(source))
    # "Shanghai Cooperation Organization" is not named by "Collective Security Treaty
    # Organization": a name is matched by its own words, not the kind of body it is
    return (names - _GENERIC_NAME_WORDS) or names


def named_around(c: Candidate, question: str, source: str = "", owners: Sequence[str] = ()) -> bool:
    """Does the sentence name each name of the question, leaving to its context only the
    state its article is about ("sent into Kazakhstan") and who did it or whose those
    counted are (`owners`), which its paragraph before names? "The Russian security
    services have taken control ... The official deployment of about three thousand men"
    counts Russia's troops, not Tajikistan's, nor any sent "to the Russian-Ukrainian
    border" or "to secure Baikonur"."""
    before, home = paragraph_before(c), first_state(c.doc.title)
    leading = {n for run in [*_doer(question), *owners] for n in name_stems(run)}
    return all(
        _said(n, c.span.text) or _said(n, home) or (n in leading and _said(n, before))
        for n in name_stems(question) - set(content_terms(source)) - _MONTH_STEMS  # "in January"
    )


_MONTH_STEMS = frozenset(stem(m) for m in MONTHS)


def names_the_states_asked(c: Candidate, text: str, question: str, before: str = "") -> bool:
    """Does the sentence (`text`, with its byline), or what it points back to (`before`),
    name each state the question names, but the one its article is about? "Which scholar
    said China's involvement in Kazakhstan seemed familiar?" is not answered by Russia's,
    nor "Which analyst said Beijing was afraid ...?" by what Moscow feared."""
    # "The Chinese-driven New Silk Roads" name China
    home, said = first_state(c.doc.title), re.sub(r"-(?=[a-z])", " ", f"{before} {text}")
    asked = _MONEY_OF.sub(" ", question)  # "in Russian money": in rubles, `in_money` reads
    return all(
        said_of_state(s, said) or said_of_state(s, home) for s in STATES if said_of_state(s, asked)
    )


_MONEY_OF = re.compile(r"\b[A-Z][a-z]+\s+(?:money|currency)\b")


def said_by_the_one_asked(c: Candidate, question: str) -> bool:
    """Does its paragraph, or the one before, name whoever the question says said it? "How
    many attackers did Putin say had struck Almaty?" is not answered by Tokayev's "20 men",
    his words quoted sentences after his name."""
    around = paragraph(c)
    return all(
        any(_said(n, around) for n in name_stems(m["doer"]))
        for m in _DOER.finditer(question)
        if m["verb"] in _SAY
    )


def _said(name: str, text: str) -> bool:
    return holds_any({name}, text) or names_the_state(name, text)


def names_the_doer(c: Candidate, question: str, before: str = "", source: str = "") -> bool:
    """Does the sentence name who does what the question asks, and whose those asked for
    are (`_doer`)? "What did Israel allow its consular personnel to do?" is not answered by
    "Likewise, the US has allowed the voluntary withdrawal of consular staff". A `source`
    need not be ("Which countries does InformNapalm suggest ...?")."""
    aside = set(content_terms(source))
    return all(
        _names_run(c, run, before) for run in _doer(question) if run and not name_stems(run) & aside
    )


def _names_run(c: Candidate, run: str, before: str) -> bool:
    """Does the sentence name the name `run`: a state by any of its forms ("the United
    States" by "the US") or by its article's title naming it first, else by a word of it
    (`_names`)?"""
    if state := state_named(run):
        # "Which Kazakh towns ...?" of an article on Kazakhstan
        return holds_any(name_stems(run), first_state(c.doc.title)) or said_of_state(
            state, c.span.text
        )
    # "In this regard, the organization may expand ..." names the CSTO of the one before
    stems = name_stems(run)
    referred = points_back(c.span.text) and holds_any(stems, first_named(before))
    return referred or any(_names(c, n, before) for n in stems)


def _names(c: Candidate, name: str, before: str) -> bool:
    """Does the sentence name `name`: itself, its state by a seat or an adjective ("Moscow"
    by "the Russian airlift"), or the one a "He" opening it points back to?"""
    if holds_any({name}, c.span.text) or names_the_state(name, c.span.text):
        return True
    return bool(_HE_OPENING.match(c.span.text)) and holds_any({name}, first_named(before))


# "... did Washington offer ...?": the name right after the auxiliary does it; "which SCO
# member states ...?": the name qualifying those asked is theirs
_DOER = re.compile(
    r"\b(?i:did|does|do|has|have|had|will|would|which)\s+(?:the\s+)?"
    r"(?P<doer>(?:[A-Z][\w’'-]*\s+)+)(?P<verb>[a-z]+)"
)


_SAY = frozenset(
    """say tell claim warn describe call announce declare write state insist argue note
explain accuse blame promise deny admit confirm predict conclude add ask urge stress think
believe expect fear hope see consider mean want""".split()
)


def _doer(question: str) -> list[str]:
    """The names of who does what the question asks, or whose the ones asked for are. Not
    a speaker ("How many attackers did Tokayev say ...?"): a quote may name them sentences
    before ("... - according to Tokayev - ... There have been at least six waves ..."); nor
    a name leading another word ("the Moscow-led alliance")."""
    return [
        " ".join(w for w in m["doer"].split() if not _LEADING.search(w))
        for m in _DOER.finditer(question)
        if m["verb"] not in _SAY
    ]


_LEADING = re.compile(r"-[a-z]+$")  # "Moscow-led", "Russian-backed"

_HE_OPENING = re.compile(rf"\s*{OPENING_PHRASE}(?i:he|she)\b")


_GENERIC_NAME_WORDS = frozenset(
    stem(w)
    for w in """organization organisation council security committee treaty union republic
state states international national ministry foundation house university party group agency
service forces army guard office president prime minister secretary general chairman deputy
spokesman mr gen sea ocean river lake mountains region province city""".split()
)


# a body's full name: "the Shanghai Cooperation Organization", "the Collective Security Council"
_BODY = re.compile(
    r"(?:[A-Z][\w’'-]*\s+)+(?:"
    + "|".join(
        "Organization Organisation Council Committee Union Ministry Foundation Agency Party".split()
    )
    + r")\b"
    # "the Russian Council for International Affairs"
    + r"(?:\s+for\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?"
)


def of_the_body_named(text: str, question: str) -> bool:
    """Does the sentence name the body the question names by its full name? "What did the
    leaders of the Shanghai Cooperation Organization confirm?" is not answered by what the
    CSTO's leaders confirmed. It may be named by its initials ("CSTO")."""
    for m in _BODY.finditer(question):
        words = [w for w in m.group(0).split() if w.lower() not in STOPWORDS]
        words = [w for w in words if not POSSESSIVE.search(w)]  # "Kazakhstan's Interior Ministry"
        own = name_stems(" ".join(words)) - _GENERIC_NAME_WORDS
        initials = "".join(w[0] for w in words)
        named = all(holds_any({w}, text) for w in own)
        if own and not named and not re.search(rf"\b{initials}\b", text):
            return False
    return True


_TITLE_RUN = re.compile(r"[A-Z][\w’'-]*(?:[ \t]+(?:(?:of|the|and|for|in)[ \t]+)*[A-Z][\w’'-]*)+")


def spells_out(name: str, text: str) -> bool:
    """Does the text give in full the name whose initials `name` (a stem) is? "CSTO" is the
    "Collective Security Treaty Organization" (whatever initials the text puts after it:
    one article has "(CTSC)"); "NSC" the end of "Kazakhstan's National Security Committee"."""
    for m in _TITLE_RUN.finditer(text):
        words = [w for w in m.group(0).split() if w.lower() not in STOPWORDS]
        for i in range(len(words) - 1):
            if stem("".join(w[0] for w in words[i:]).lower()) == name:
                return True
    return False


def holds_any(stems: set[str], text: str) -> bool:
    """Does the text hold one of these stems, or a word made from one ("kazakh" and
    "kazakhstan")?"""
    have = set(content_terms(text))
    return any(kin(s, h) for s in stems for h in have)


# a capital or seat standing for its state, and the state's other names: "Did Washington
# permit ...?" is answered by "the US has allowed ...", "Did the Kremlin say Kazakhstan had
# asked ...?" by "the Kremlin noted that Nur-Sultan had not asked ..."; an adjective says
# the state in a sentence ("Russian help" for Moscow's), but is not asked as one ("Did
# Russian troops fire?" is not answered by what the Kremlin said)
def names_the_state(name: str, text: str) -> bool:
    """Does the text name the state the name stem `name` stands for, by another of its
    names or its capital's?"""
    for state in STATES:
        nouns = (*state.seats, *state.names, *state.initials)
        if any(name in name_stems(n) for n in nouns if " " not in n):
            pattern = "|".join(re.escape(n) for n in (*nouns, *state.adjectives))
            if re.search(rf"(?<![\w.])(?:{pattern})(?![\w-])", text):
                return True
    return False


def seats_as_states(text: str) -> str:
    """The text with each seat of government named as its state: "When did Beijing offer
    help?" -> "When did China offer help?"."""
    for state in STATES:
        for seat in state.seats:
            text = re.sub(rf"(?<![\w-]){re.escape(seat)}(?![\w-])", state.names[0], text)
    return text


def names_any(stems: set[str], text: str) -> bool:
    """Does the text name one of these name stems, name to name ("Kazakh" and "Kazakhstan";
    "International" is not "internal", as it is for `holds_any`)? For whom a quote is by:
    what a sentence is about may be named in lower case ("the security council")."""
    return any(kin(s, n) for s in stems for n in name_stems(text))
