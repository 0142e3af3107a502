"""Can a sentence answer the question? The checks past its answer type (`questions`).

Each check turns away one way a sentence of the right type answers something else: a
figure counting another group, a name that did not do what is asked, a quote by someone
else than the one the question attributes it to.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .conflicts import COUNTED_GENERAL, SOFT_MATCH
from .documents import Document
from .evidence import Candidate, byline, inside, sentences, word_similarity
from .figures import MONTHS, without_dates, years
from .questions import (
    HOW_MANY,
    about_it,
    about_subject,
    fills_role,
    fits_type,
    kin,
    name_stems,
    near_asked,
    new_names,
)
from .speakers import reports_speech, speakers
from .terms import (
    GROUPS,
    PERSONS,
    STOPWORDS,
    TIME_UNITS,
    asked_counted,
    capitalised,
    content_terms,
    counted_words,
    question_terms,
    stem,
    tokens,
)
from .verify import TermWeights, directions

# MiniLM closeness at which a word after a figure names what the question counts: "planes"
# is 0.87 from "aircraft", "troops" 0.71 from "servicemen"; "aircraft" is 0.40 from "tanks",
# "protesters" 0.45 from "criminals" and "foreigners" 0.48: another group, not the one asked
COUNTED_MATCH = 0.5


def fits(c: Candidate, kind: str, query: str, own: str, known: str = "") -> bool:
    """Can this sentence answer the question? For a name, its paragraph's byline counts: "As
    a scholar of post-Soviet Ukraine, ..." is answered by "(Lena Surzhko Harned, The
    Conversation)" closing the paragraph. A date must be of the asked event: the sentence
    says most of what the user's `own` question says happened (not only the context a
    follow-up was condensed with), and names the question's subject (or a pronoun). A name
    must stand near what the question asks of it (unless a byline names the speaker), in a
    sentence naming whom the question names; so must a figure counting nothing the question
    names ("How old is Tokayev?" is not answered by "Nazarbayev, 81"). A count of people must
    say what happened."""
    text = c.span.text
    by = byline(c) if kind == "name" else None
    if by is not None and not inside(by, c):
        text = f"{text} ({by.text})"
    return (
        fits_type(kind, text, f"{query} — by {known}" if known else query)  # names known
        and fills_role(text, query)
        and (kind != "name" or text != c.span.text or near_asked(text, query))
        and (kind != "name" or does_what_is_asked(text, query, text != c.span.text))
        and (kind != "name" or of_named(c, query, known))
        and (kind != "number" or of_whom_asked(c, query, known))
        and (kind != "number" or of_the_group_asked(text, query))
        and names_what_it_is_about(c.span.text, query)
        and (
            not _ACCORDING.search(query)
            or names_whom_it_is_according_to(_paragraph(c), query, known)
        )
        and (kind != "other" or said_by_whom_asked(c, text, query, known))
        and (kind != "date" or (tells_the_event(text, own, c.doc) and about_subject(text, own)))
        and (kind != "number" or _counts_right_way(text, query))
        and (
            of_the_year_asked(text, query) if kind != "date" else dates_the_year_asked(text, query)
        )
        and (kind != "number" or names_the_quantity(text, query))
        and (kind != "number" or in_the_terms_asked(text, query))
        and (kind not in ("number", "name", "list") or befalls_as_asked(text, query))
        and picks_the_one_asked(text, query)
        and (kind != "other" or states_what_is_asked(text, own))
    )


# "their first summit", "the country's last leader": an ordinal picks one of several (not
# "last year", "first break out")
_ORDINAL = re.compile(
    r"(?:\b(?:the|their|its|his|her)|['’]s)\s+(first|last|previous|latest|earliest)\s+"
    r"(?!(?:year|week|month|time|day|night)s?\b)[a-z]",
    re.IGNORECASE,
)


def picks_the_one_asked(text: str, question: str) -> bool:
    """Does the sentence say the ordinal the question picks its one by? "When did the CSTO
    leaders hold their first summit?" is not answered by a summit never called the first."""
    words = {w.lower() for w in tokens(text)}
    return all(m[1].lower() in words for m in _ORDINAL.finditer(question))


_YES_NO = re.compile(r"\s*(?:did|does|do|is|was|were|has|have|had|are|can|will)\b", re.I)


def states_what_is_asked(text: str, question: str) -> bool:
    """A yes-or-no question is answered by a sentence naming everyone and everything it
    names (a place aside): "Did Kazakhstan leave the CSTO?" is not answered by Blinken on
    Russians being hard to get to leave. What it asks may be put in other words: "Did
    Nazarbayev leave the country?" is answered by rumors that he "had fled the country"."""
    if not _YES_NO.match(question):
        return True
    names = name_stems(_PLACE.sub(" ", question))
    return all(names_any({n}, text) for n in names)


# what befalls people, each with the words saying the same: "killed" is said by "dead"
_FATES = (
    "kill killed killing dead death deaths die died dying",
    "arrest arrested arrests detain detained detention detainee detainees jailed imprisoned",
    "wound wounded wounding injure injured injuries injury",
    "release released releasing freed",
)


@lru_cache(maxsize=1)
def _fates() -> tuple[frozenset[str], ...]:
    return tuple(frozenset(stem(w) for w in words.split()) for words in _FATES)


def befalls_as_asked(text: str, question: str) -> bool:
    """Does the sentence say what the question says befell those it asks about? "How many
    CSTO peacekeepers were killed?" is not answered by how many there were ("up to 6,000 in
    total"), nor "Which Guardian correspondent was arrested?" by one "denied access"."""
    asked, have = set(question_terms(question)), set(content_terms(text))
    return all(fate & have for fate in _fates() if fate & asked)


# a figure in other units, or of another place, is no answer: "What was the price of
# liquefied gas in tenge?" is not answered by "20 rubles"; "How many Russians live in
# Almaty?" not by "3.5 million Russians live in Kazakhstan"
_CURRENCY = re.compile(r"\bin\s+(tenge|rubles?|roubles?|dollars?|euros?|yuan|pounds?)\b", re.I)
# a place: "in Kazakhstan", "at Almaty airport"; not a description ("in the Central Asian
# nation": a capitalised word before a plain one)
_IN_PLACE = re.compile(
    r"\b(?:in|at)\s+(?:the\s+)?([A-Z][\w’'-]+)(?:\s+[A-Z][\w’'-]+)*(?P<next>\s+[a-z][\w’'-]*)?"
)


def _places(text: str) -> set[str]:
    return {
        stem(m[1])
        for m in _IN_PLACE.finditer(text)
        if (not m["next"] or m["next"].strip() in STOPWORDS) and m[1].lower() not in MONTHS
    }


def in_the_terms_asked(text: str, question: str) -> bool:
    """Is a figure in the currency and of the place the question asks for? A sentence that
    leaves the place unsaid may answer; one naming another place (and not the asked one)
    does not."""
    currency = _CURRENCY.search(question)
    if currency and stem(currency[1].lower()) not in set(content_terms(text)):
        return False
    asked = _places(question)
    return not asked or names_any(asked, text) or not _places(text)


# what a figure may be asked as: "What was Kazakhstan's GDP in 2021?" (a rate or a
# percentage is a "%": `fits_type`)
_QUANTITY = re.compile(
    r"\b(price|cost|toll|population|gdp|budget|output|salary|age|inflation|unemployment)\b",
    re.IGNORECASE,
)


def names_the_quantity(text: str, question: str) -> bool:
    """A figure asked as a quantity ("What was Kazakhstan's GDP?") is in a sentence naming
    it (the same word, or one close by MiniLM): a gas price of 20 rubles is no GDP."""
    asked = {stem(m.lower()) for m in _QUANTITY.findall(question)}
    return not asked or bool(held(asked, text))


def dates_the_year_asked(text: str, question: str) -> bool:
    """A date asked of an event the question places in a year ("When were the 2011 Zhanaozen
    protests?") is in a sentence naming that year: "from January 3" is of another."""
    asked = years(question)
    return not asked or bool(asked & years(text))


def of_the_year_asked(text: str, question: str) -> bool:
    """A sentence naming years names the one asked: "What was inflation in Kazakhstan in
    2020?" is not answered by "in 2021, inflation reached 10.9%". One naming no year leaves
    it unsaid."""
    asked, found = years(question), years(text)
    return not asked or not found or bool(asked & found)


# "What did Amnesty International call Tokayev's order?": what someone named said
_WHAT_SAID = re.compile(  # "According to Escobar, what did Blinken say?": Blinken
    r"^(?:according\s+to\s+[^,?]+,\s*)?"
    r"what\s+(?:did|does|do|has|have|had)\s+(?P<who>.+?)\s+(?:say|call|describe|tell|think"
    r"|warn|write|claim|argue|announce|predict|demand)\b",
    re.IGNORECASE,
)


def said_by_whom_asked(c: Candidate, text: str, question: str, source: str = "") -> bool:
    """Is the sentence about what is asked? For what someone named said (not the `source`
    the user named aside), it is if they say it, in whatever words, of what it is asked to
    be about: "Amnesty International has described Tokayev's promise ... as “a recipe for
    disaster”" answers what Amnesty called his order. Otherwise no one else speaks in it,
    it reports something said, and its paragraph names them (a quote runs on, "..., he
    says"). "According to Sofia Hriniova, what did Amnesty International say?" is not
    answered by her words on "external forces", nor "What did Masimov say?" by his arrest."""
    m = _WHAT_SAID.match(question.strip())
    who = name_stems(m["who"]) - set(content_terms(source)) if m else set()
    speaking = {stem(w) for w in speakers(text)}
    if who & speaking:  # what Lukyanov said about Moscow's fears is not about democracy
        topic = _ABOUT.search(question)
        return not topic or bool(set(content_terms(topic["what"])) & set(content_terms(text)))
    if not who:
        return about_it(text, question)
    # someone else speaks (Kortunov, for what Lukyanov said), or no one does (Masimov's
    # arrest, for what Masimov said)
    return (
        not speaking
        and reports_speech(text)
        and about_it(text, question)
        and names_any(who, _paragraph(c))
    )


# what a date question asks for, not what happened: "In what year did ...?"
_WHEN_WORDS = frozenset(stem(w) for w in "date year day month time".split())


def tells_the_event(text: str, question: str, article: Document) -> bool:
    """Is a date sentence about the event the question dates? Of what the question says
    happened (its words beyond names), the words the sentence holds (`held`) weigh at least
    as much as those it lacks. A word weighs by
    how few of the article's sentences hold it: the rare one says which event. "When did
    Nazarbayev resign as president?" is not answered by the day Tokayev removed him from
    the Security Council "without the approval of the former president", but by "When he
    resigned in 2019, ..."; "When did the protests start?" not by the days "the protest
    was hijacked"."""
    wanted = set(question_terms(question)) - name_stems(question) - _WHEN_WORDS
    found = held(wanted, text)
    weights = _article_weights(article)
    weight = sum(weights.idf(t) for t in found)
    return bool(found or not wanted) and weight >= sum(weights.idf(t) for t in wanted - found)


@lru_cache(maxsize=32)
def _article_weights(article: Document) -> TermWeights:
    return TermWeights(s.text for s in sentences(article))


def held(terms: set[str], text: str) -> set[str]:
    """The terms `text` holds: the same stem, or a word close by MiniLM (SOFT_MATCH)."""
    have = set(content_terms(text))
    found = terms & have
    if terms - found:
        words = [w.lower() for w in tokens(text)]
        found |= {t for t in terms - found if word_similarity(t, words) >= SOFT_MATCH}
    return found


_HOW_MUCH = re.compile(r"\bhow\s+much\b|\bby\s+(?:how|what)\b", re.IGNORECASE)


def _counts_right_way(text: str, question: str) -> bool:
    """Does a figure of the sentence count what is asked, what happened to it, and the way
    asked? "By how much did gas prices rise?" is not answered by prices rolled back to 8
    rubles. (A count has no way: "How many were arrested after prices rose?")"""
    asked = directions(question) if _HOW_MUCH.search(question) else set()
    return (
        counts_asked(text, question)
        and _says_what_happened(text, question)
        and (not asked or bool(asked & directions(text)))
    )


def _says_what_happened(text: str, question: str) -> bool:
    """A "how many" question counting people in general ("How many people died?") is
    answered only by a sentence saying what happened to them: a word of the question beyond
    its names and "people" (the same, one made from it, or one close by MiniLM). "Over 4,000
    people have been arrested" does not say how many died."""
    if asked_counted(question) or not HOW_MANY.search(question):
        return True  # what is counted is named: `counts_asked` checks it
    names = name_stems(question)
    wanted = [t for t in question_terms(question) if t not in names | _GENERAL]
    return not wanted or holds_any(set(wanted), text) or bool(held(set(wanted), text))


def counts_asked(text: str, question: str) -> bool:
    """Does a figure of the sentence count what the question counts? "70 transport aircraft"
    is no answer to "How many troops were sent?", nor "3.5 million Russians" to "how many
    Ukrainians": a name must be the same word; other words may be close by MiniLM ("planes"
    and "aircraft"). A figure not saying what it counts ("up to 6,000 in total"), or only
    that it counts persons ("about three thousand men"), may answer in a sentence naming
    what is counted ("the CSTO peacekeepers ... (up to 6,000 in total)"); a date never does.
    A group of people ("how many women") is counted only by a figure of that group: "Over
    4,000 people have been arrested" does not say how many of them were women."""
    asked = asked_counted(question)
    if not asked or asked in TIME_UNITS:  # `fits_type` wants a length of time
        return True
    if asked in GROUPS:
        return any(asked in words for _, words in counted_words(without_dates(text)))
    name = asked in capitalised(question)
    # dates, years and footnote marks count nothing
    figures = [
        [w for w in words if w not in PERSONS]
        for value, words in counted_words(without_dates(text))
        if value not in years(text)
    ]
    if any(any(_same_count(w, asked, name) for w in words) for words in figures):
        return True
    # a bare figure counts what the sentence speaks of: it must name that somewhere
    bare = any(not words for words in figures)
    return bare and any(_same_count(w.lower(), asked, name) for w in set(tokens(text)))


# where it happened is mostly left unsaid: "How many were killed in Kazakhstan?"
_PLACE = re.compile(
    r"\b(?:in|at|into|across|throughout|within|inside)\s+(?:the\s+)?"
    r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
)
_GENERAL = frozenset(stem(w) for w in COUNTED_GENERAL)  # "people", "total", "at least"


def of_named(c: Candidate, question: str, source: str = "") -> bool:
    """Does the sentence name one of the question's names, a place where it happened and the
    `source` the user named aside (or the question none)? "Who shot the Israeli man in
    Almaty?" is not answered by a statue of Nazarbayev "being shot"."""
    names = name_stems(_PLACE.sub(" ", question))
    names -= set(content_terms(source))
    # "Shanghai Cooperation Organization" is not named by "Collective Security Treaty
    # Organization": a name is matched by its own words, not the kind of body it is
    names = (names - _GENERIC_NAME_WORDS) or names
    return not names or holds_any(names, c.span.text)


_GENERIC_NAME_WORDS = frozenset(
    stem(w)
    for w in """organization organisation council security committee treaty union republic
state states international national ministry foundation house university party group agency
service forces army guard office""".split()
)


# "How many CSTO peacekeepers ...": the name before what is counted says whose
_OWNED_COUNT = re.compile(r"\b(?i:how\s+many)\s+(?P<owner>(?:[A-Z][\w’'-]*\s+)+)[a-z]")


def of_the_group_asked(text: str, question: str) -> bool:
    """Does a figure count the group the question names by its owner? "How many CSTO
    peacekeepers were killed?" is not answered by the 18 security guards the Interior
    ministry counted, though "guards" is close to "peacekeepers" by MiniLM."""
    m = _OWNED_COUNT.search(question)
    return not m or holds_any(name_stems(m["owner"]), text)


def of_whom_asked(c: Candidate, question: str, source: str = "") -> bool:
    """Is a figure of whom the question names? One counting nothing named (an age, a share)
    is in a sentence naming them: "How old is Tokayev?" is not answered by "Nazarbayev, 81".
    A count may leave who did it unsaid (the "about three thousand men" Russia deployed),
    but not name another owner: "the six-member Collective Security Treaty Organization"
    does not count the Shanghai Cooperation Organization's members."""
    if of_named(c, question, source):
        return True
    if not asked_counted(question):
        return False
    others = new_names(c.span.text, question)
    return not any(set(words) & others for _, words in counted_words(c.span.text))


def holds_any(stems: set[str], text: str) -> bool:
    """Does the text hold one of these stems, or a word made from one ("kazakh" and
    "kazakhstan")?"""
    have = set(content_terms(text))
    return any(kin(s, h) for s in stems for h in have)


def names_any(stems: set[str], text: str) -> bool:
    """Does the text name one of these name stems, name to name ("Kazakh" and "Kazakhstan";
    "International" is not "internal", as it is for `holds_any`)? For whom a quote is by:
    what a sentence is about may be named in lower case ("the security council")."""
    return any(kin(s, n) for s in stems for n in name_stems(text))


# a byline closing the paragraph says who did these
_AUTHORING = frozenset("wrote writes said says argued argues warned warns quoted".split())
# "Who commanded ...?", "Who founded ...?": the verb is what the name must have done
_WHO_DID = re.compile(
    r"^who\s+(?!(?:is|was|are|were|has|had|have|did|does|do|will|would|can|could|or"
    r"|became|becomes|become|remains|remained|stays|stayed)\b)(\w+)",
    re.IGNORECASE,
)


def does_what_is_asked(text: str, question: str, bylined: bool = False) -> bool:
    """Does the sentence say what a "Who did ...?" question asks was done (the same word, one
    made from it, or one close by MiniLM)? "Who commanded the CSTO peacekeeping force?" is
    not answered by the CSTO forces' member list, nor "Who founded the Council?" by one of
    its members speaking. A byline closing the paragraph says who wrote or said it."""
    m = _WHO_DID.match(question.strip())
    if not m or (bylined and m.group(1).lower() in _AUTHORING):
        return True
    verb = stem(m.group(1))
    if any(kin(verb, t) for t in content_terms(text)):
        return True
    words = [w.lower() for w in tokens(text)]
    return word_similarity(m.group(1).lower(), words) >= SOFT_MATCH


_ABOUT = re.compile(r"\babout\s+(?:the\s+)?(?P<what>[^,;?]+)", re.IGNORECASE)


def names_what_it_is_about(text: str, question: str) -> bool:
    """Does the sentence name what the question asks about? "What did Escobar say about the
    22-year-old Israeli?" is not answered by Escobar's sentence on Nazarbayev, 81."""
    m = _ABOUT.search(question)
    names = name_stems(m["what"]) if m else set()
    return not names or holds_any(names, text)


_ACCORDING = re.compile(r"\baccording\s+to\s+(?P<whom>[^,;?]+)", re.IGNORECASE)


def _paragraph(c: Candidate) -> str:
    """The candidate's paragraph and the one before: a quote running on into a new paragraph
    ("..., he says.") names its speaker in the first."""
    lines = [m for m in re.finditer(r"[^\n]+", c.doc.text) if m.start() <= c.span.start]
    return " ".join(m.group(0) for m in lines[-2:])


def names_whom_it_is_according_to(text: str, question: str, source: str = "") -> bool:
    """Does the paragraph name whom the question attributes the answer to, if not a source
    the user named? "Why did Moscow intervene, according to Lukyanov?" is not answered by
    Kfortov's words. A quote runs over several sentences, naming its speaker once."""
    m = _ACCORDING.search(question)
    names = name_stems(m["whom"]) - set(content_terms(source)) if m else set()
    return not names or names_any(names, text)


def _same_count(word: str, asked: str, name: bool) -> bool:
    if stem(word) == stem(asked):
        return True
    return not name and word_similarity(word, [asked]) >= COUNTED_MATCH
