"""Who or what is behind an event: each source's account of it.

"Who was behind the violence in Kazakhstan?" The articles disagree (MI6, a coup by internal
traitors, international terrorism, "foreign-trained" attackers), and the sentences saying so
share few words with the question: "the whole Kazakh adventure is being sponsored by MI6"
ranks far below "the whole story behind last week's unrest remains as murky as the haze".
A question of this frame is answered by the sentences that lay the unrest at someone's door,
the best two of each article, each with its source: a dispute, not a pick (or, for a teller
named, that teller's accounts alone).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .compose import Answer, compose, disputed
from .config import Config
from .dating import year_said_near
from .evidence import Candidate, is_heading, rank
from .fates import UNREST_WORDS
from .matching import held, holds_any, places
from .questions import POSSESSIVE
from .states import first_state
from .terms import STOPWORDS, content_terms, kin, stem, tokens
from .verify import TermWeights

PER_SOURCE = 2  # accounts quoted from one article: the CSTO summit's and Kazakh leaders'
SAME_ACCOUNT = 0.5  # an article's two sentences sharing this much of their words say one thing

# "Who was behind ...", "What is responsible for ...", "Who is blamed for orchestrating ...",
# "Who caused ...": of every source ("..., according to the different sources"), or of a
# teller ("..., according to Tokayev?"; "Who does Putin say ...": `_SAYS`)
_FRAME = re.compile(
    r"^(?P<wh>who or what|what or who|who|what)\s+"
    r"(?:(?:was|were|is|are)(?:\s+(?:really|reportedly|allegedly))?\s+"
    r"(?:behind|responsible\s+for|to\s+blame\s+for|(?:being\s+)?blamed\s+for"
    r"(?:\s+(?:orchestrating|organi[sz]ing|starting|instigating|causing))?)"
    r"|caused|started|orchestrated|organi[sz]ed|instigated|sponsored|provoked|triggered"
    r"|sparked|(?:was|were)\s+sponsoring)\s+"
    r"(?P<event>[^?,]+?)(?:,?\s*according\s+to\s+(?P<teller>[^?]+?))?\s*\??$",
    re.IGNORECASE,
)
# "Who does Putin say was behind ...?": the frame after a teller
_SAYS = re.compile(
    r"^(?P<wh>who|what)\s+(?:does|did|do)\s+(?P<teller>[^?,]+?)\s+(?:say|claim|believe|think)"
    r"\s+(?P<rest>(?:was|were|is|are|caused|started|orchestrated|sponsored)\b.*)$",
    re.IGNORECASE,
)
# "What different account of the violence did Kazakhstan's own leadership give?"
_TOLD = re.compile(
    r"^what\s+(?:(?:different|other|alternative|official)\s+)?"
    r"(?:account|explanation|version)s?\s+(?:of|for)\s+(?P<event>[^?,]+?)\s+"
    r"(?:did|does|do|has|have)\s+(?P<teller>[^?,]+?)\s+"
    r"(?:give|offer|provide|put\s+forward|advance)\s*\??$",
    re.IGNORECASE,
)
# "according to the different sources" asks every source, as the frame does anyway
_EVERY_SOURCE = re.compile(
    r"^(?:the\s+)?(?:different|various|several|all\s+the|all|each\s+of\s+the)?\s*"
    r"(?:sources|articles|reports|outlets)$",
    re.IGNORECASE,
)
# laying it at someone's door: blame, sponsors, a plot, a coup staged, training abroad,
# meddling ("to make a similar coup?" lays nothing; a sentence asking is skipped anyway)
_AGENT = re.compile(
    r"\b(?:blam\w*|behind\s+(?:the|this|these|it|them)\b|sponsor(?:ed|ing)\b|orchestrat\w*"
    r"|instigat\w*|mastermind\w*|plott(?:ed|ing)\s+against|foreign[\s-]trained"
    r"|coup\b[^.;]{0,12}\b(?:attempt|committed)|(?:attempt|stage|staged|pulled\s+off)\b[^.;]{0,30}coup\b"
    r"|trained\s+(?:abroad|outside|overseas|in\s+\w+\s+camps)|(?:outside|foreign)\s+interference"
    r"|organi[sz]ed\s+and\s+commanded\s+by)",
    re.IGNORECASE,
)
# ... or at something's: a price rise set the unrest off ("What caused ...?" only), the
# unrest being what was set off: "The protest started ..., sparked by rising fuel prices",
# "The price rise sparked protests"; not "confusion caused by the lack of ... the protests"
_SET_OFF = r"(?:sparked|set\s+off|triggered|caused|fomented|stoked)"
_CAUSE = re.compile(
    rf"\b{UNREST_WORDS}\b[^;:()]{{0,80}}?\b{_SET_OFF}\s+by\b"
    rf"|\b{_SET_OFF}\s+(?:the\s+)?{UNREST_WORDS}\b",
    re.IGNORECASE,
)
# one event under its several names, and those said to do it: a sentence on "the terrorist
# attacks" or "foreign-trained attackers" speaks of the violence asked. Only unrest is asked
# in this frame: who was behind an arrest, a murder or a post is no dispute of accounts
# ("Masimov ... charged with plotting against the state" says not who had him arrested)
_UNREST = re.compile(rf"\b{UNREST_WORDS}\b", re.IGNORECASE)
_OF = re.compile(
    r"\b(?:of|in|at|on|during|against|across|near|by|over|for|to|from|among)\b", re.IGNORECASE
)
# a stretch of a sentence: "the whole Kazakh adventure is being sponsored by MI6" names the
# unrest by its place, "... the coup committed by Tokayev, and ... a revolt of the Kazakh law
# enforcers" does not
_STRETCH = re.compile(r"[,;:()\[\]]|\s[–—-]\s")


@dataclass(frozen=True)
class Blame:
    """A question asking who (or what) is behind `event`, of every source or a `teller`."""

    event: str
    causes: bool  # "what" alone: a cause that is no one ("rising fuel prices") answers too
    teller: str = ""  # "Putin", "Pepe Escobar's source", "Kazakhstan's own leadership"


def asked_blame(question: str) -> Blame | None:
    """The unrest a "Who was behind ...?" question asks about, or None: for another event
    ("the deaths of protesters", "security"), several ("the unrest and the deaths")."""
    question = question.strip()
    told = _TOLD.match(question)
    if told is not None:
        return _blame(told["event"], True, told["teller"])
    says = _SAYS.match(question)
    if says is not None:
        m = _FRAME.match(f"{says['wh']} {says['rest']}")
        teller = says["teller"]
    else:
        m = _FRAME.match(question)
        teller = (m["teller"] or "") if m is not None else ""
    if m is None or (m["teller"] and says is not None):
        return None
    return _blame(m["event"], m["wh"].lower() == "what", teller)


def _blame(event: str, causes: bool, teller: str) -> Blame | None:
    event, teller = event.strip(), teller.strip()
    head = _OF.split(event)[0]  # "the deaths of protesters": deaths
    if not _UNREST.search(head) or re.search(r"\b(?:and|or|according)\b", event, re.I):
        return None
    return Blame(event, causes, "" if _EVERY_SOURCE.match(teller) else teller)


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
        picks = per_doc.setdefault(c.span.doc_id, [])
        if len(picks) < PER_SOURCE and not any(_restates(c, p) for p in picks):
            picks.append(c)
    return [c for picks in per_doc.values() for c in picks]


def _restates(c: Candidate, other: Candidate) -> bool:
    """An article's lede and body saying one thing: "... disorder ... – set off by protests
    over the doubling of gas prices" twice in other words."""
    a, b = set(content_terms(c.span.text)), set(content_terms(other.span.text))
    return len(a & b) >= SAME_ACCOUNT * min(len(a), len(b))


def _lays_blame(c: Candidate, blame: Blame, question: str) -> bool:
    text = c.span.text
    said = _AGENT.search(text) or (blame.causes and _CAUSE.search(text))
    return bool(
        said
        and _told_by(c, blame.teller, text[: said.start()])
        and not text.rstrip("”’\"' ").endswith("?")
        and not is_heading(c)
        and _of_the_event(text, blame.event, c.doc.title)
        and _in_the_place_asked(text, c.doc.title, blame.event)
        and year_said_near(c, question)
    )


def _told_by(c: Candidate, teller: str, before: str) -> bool:
    """Is the account the teller's? The teller is named, word for word, before the blame is
    laid ("Putin placed the blame", "Kazakh leaders have offered a different explanation,
    pointing to ..."), not after it, where the blamed stand ("sponsored by MI6" is no
    account of MI6's), nor as a place or a meeting ("an emergency meeting of the CSTO's
    Security Council" tells nothing of the CSTO's), nor in an aside ("(the position claimed
    for life by N. Nazarbayev)"). An article's author or outlet may be part of who tells,
    not all: "Pepe Escobar's source" in "The first source was explicit: ...", but the whole
    article is no account of its author's."""
    if not teller:
        return True
    terms = set(content_terms(teller)) - _NO_TELLER
    named = _named_telling(_ASIDE.sub(" ", before))
    by = f"{c.doc.author or ''} {c.doc.outlet or ''}"
    in_text = {t for t in terms if any(kin(t, w) for w in named)}
    by_author = {t for t in terms if holds_any({t}, by)}
    return bool(in_text) and in_text | by_author == terms


def _named_telling(text: str) -> list[str]:
    """The stems of the words of the text but those naming a place, a time or a body after
    a preposition ("at an emergency meeting of the CSTO's Security Council on Monday"), up
    to the next comma."""
    out = []
    for part in re.split(r"[,;:–—]", text):
        after_preposition = False
        for word in tokens(part):
            low = word.lower()
            if low in _PREPOSITIONS:
                after_preposition = True
            elif after_preposition and (low in _DETERMINERS or word[:1].isupper()):
                continue  # "of the CSTO's Security Council": whose meeting, not who tells
            else:
                after_preposition = False
                if low not in STOPWORDS:
                    out.append(stem(POSSESSIVE.sub("", low)))
    return out


_DETERMINERS = frozenset("the a an its his her their this that these those".split())
_PREPOSITIONS = frozenset("of at in from by to for with on about against into under".split())
_ASIDE = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


_NO_TELLER = {stem(w) for w in ("own", "different", "various")}


def _of_the_event(text: str, event: str, title: str) -> bool:
    """Does the sentence speak of the unrest asked, under any of its names, or by the place
    it is asked of (else the place its article is about), in the stretch laying the blame
    ("the whole Kazakh adventure is being sponsored by MI6")?"""
    if _UNREST.search(text):
        return True
    asked = places(event) or [set(content_terms(first_state(title)))]
    return any(
        (_AGENT.search(piece) or _CAUSE.search(piece)) and any(holds_any(p, piece) for p in asked)
        for piece in _STRETCH.split(text)
    )


def _in_the_place_asked(text: str, title: str, event: str) -> bool:
    """Is the account of the unrest asked, where it is asked? Every name the event is asked
    by ("in Kazakhstan", "in the US", "the Capitol") is the place the sentence says it
    happened in, or the place its article is about: the first state its title names
    ("Kazakhstan is a new Pandora's box for the Russian Federation" is about Kazakhstan, and
    its accounts are none of protests in Russia; "a formal protest lodged by the Kyrgyz
    government" is none of protests in Kyrgyzstan). Its other words are the sentence's:
    "the attacks on journalists" are not "the terrorist attacks"."""
    about = first_state(title)
    where = " ".join(" ".join(p) for p in places(text))
    names = [w for w in re.findall(r"\b[A-Z][\w’'-]*", event) if w.lower() != "the"]
    if not all(holds_any({stem(w)}, f"{where} {about}") for w in names):
        return False
    rest = _OF.split(event, maxsplit=1)[1:]  # "the attacks on journalists": journalists
    words = set(content_terms(" ".join(rest))) - {stem(w) for w in names}
    return held(words, text) == words


def blame_answer(
    base: dict[str, Any], said: list[Candidate], blame: Blame, question: str, config: Config
) -> Answer:
    """Each account quoted with its source. Several articles laying the unrest at someone's
    door make a dispute, listed in `Answer.conflicts` (each account's words with their
    citation); the causes they give may agree ("rising fuel prices", "gas prices")."""
    several = not (blame.causes or blame.teller) and len({c.span.doc_id for c in said}) > 1
    parts = [(c.span.text, [c], True) for c in said]
    answer = compose(base, parts, config, lead="The sources differ." if several else "")
    return disputed(answer, question, [(account(c), c) for c in said]) if several else answer


def account(c: Candidate) -> str:
    """What one account says, for the dispute's values: the stretch of its sentence between
    breaks (a semicolon, a colon, a dash) that lays the blame, word for word."""
    text = c.span.text
    for piece in _BREAK.split(text):
        if _AGENT.search(piece) or _CAUSE.search(piece):
            return piece.strip(" ,")
    return text


_BREAK = re.compile(r"[;:]|\s[–—-]\s")
