"""Does a figure answer the count asked? It counts the asked group (of the owner named),
of whom the question names, what happened to them and the way asked, in the asked
currency, place, year and quantity. "How many protesters were killed?" is not answered by
26 "armed criminals"; "What was inflation in Kazakhstan in 2020?" not by 2021's 10.9%.
"""

from __future__ import annotations

import re

from .conflicts import COUNTED_GENERAL
from .evidence import Candidate, word_similarity
from .fates import UNREST_WORDS, fates
from .figures import (
    ages,
    durations,
    figures,
    percentages,
    without_dates,
    without_percentages,
    years,
)
from .matching import (
    held,
    holds_any,
    named_around,
    names_any,
    of_named,
    places,
    without_places,
)
from .questions import HOW_LONG, HOW_MANY, name_stems, new_names
from .states import STATES, said_of_state, state_named
from .synonyms import alike, has_group, said_alike, tells
from .terms import (
    GROUPS,
    PERSONS,
    STOPWORDS,
    TIME_UNITS,
    asked_counted,
    capitalised,
    content_terms,
    counted_words,
    numbers,
    question_terms,
    stem,
    tokens,
)
from .verify import clauses, directions

# MiniLM closeness at which a word after a figure names what the question counts: "planes"
# is 0.87 from "aircraft", "troops" 0.71 from "servicemen"; "aircraft" is 0.40 from "tanks",
# "protesters" 0.45 from "criminals" and "foreigners" 0.48: another group, not the one asked
COUNTED_MATCH = 0.5


# a figure in other units, or of another place, is no answer: "What was the price of
# liquefied gas in tenge?" is not answered by "20 rubles"; "How many Russians live in
# Almaty?" not by "3.5 million Russians live in Kazakhstan"
_CURRENCY = re.compile(
    r"\bin\s+(?:[A-Z][a-z]+\s+)?(tenge|rubles?|roubles?|dollars?|euros?|yuan|pounds?)\b", re.I
)


# a place: "in Kazakhstan", "at Almaty airport"; not a description ("in the Central Asian
# nation": a capitalised word before a plain one)
def in_the_terms_asked(text: str, question: str) -> bool:
    """Is a figure in the currency and of the place the question asks for? One naming another
    place (and not the asked one) is not. (A sentence leaving the place unsaid passes here;
    `matching.in_the_place_asked` then wants a town named, the article's country not.)"""
    currency = _CURRENCY.search(question)
    if currency and stem(currency[1].lower()) not in set(content_terms(text)):
        return False
    asked = set().union(*places(question))
    return not asked or names_any(asked, text) or not places(text)


# what a figure may be asked as: "What was Kazakhstan's GDP in 2021?" (a rate or a
# percentage is a "%": `fits_type`)
_QUANTITIES = (
    "price|cost|toll|population|gdp|budget|output|salary|age|inflation|unemployment|value"
    "|worth|revenue|debt|wage|investment"
)
_QUANTITY = re.compile(rf"\b({_QUANTITIES})\b", re.IGNORECASE)


# "How much oil ...": what is measured
_HOW_MUCH_OF = re.compile(
    r"\bhow\s+much\s+(?!(?:did|does|do|is|was|were|has|have|had|will|would|can|could)\b)"
    r"([a-z]+)",
    re.IGNORECASE,
)


# a rate asked of a state: "What percentage of the workforce was unemployed?" asks the
# unemployment rate ("How many people were left unemployed?" asks a count)
_RATE_OF = re.compile(
    r"\b(?:percentage|per\s*cent|share|proportion|rate)\b[^?]*?\b(?:is|are|was|were)\s+"
    r"(?:\w+ly\s+)?(unemployed|employed|jobless|poor|literate)\b",
    re.IGNORECASE,
)


def names_the_quantity(text: str, question: str) -> bool:
    """A figure asked as a quantity ("What was Kazakhstan's GDP?", "How much oil ...?") is
    in a clause naming it (the same word, or one close by MiniLM): a gas price of 20
    rubles is no GDP, nor an amount of oil. Unless a change is asked, the figure is not
    one of change: "official unemployment increased by 12%" gives no unemployment rate."""
    asked = {stem(m.lower()) for m in _QUANTITY.findall(question) + _HOW_MUCH_OF.findall(question)}
    asked |= {stem(m.lower()) for m in _RATE_OF.findall(question)}  # "what share ... unemployed"
    # a death toll is a count of the dead: "at the minimum 164 dead"
    asked |= {stem(m.lower()) for m in _TOLL.findall(question)}
    if asked == {stem("age")} and ages(text):
        return True  # an age names itself: "a 22-year-old Israeli"
    if not asked or not held(asked, text, question):
        return not asked
    if _HOW_MUCH.search(question) or directions(question):
        return True
    # the clauses naming it with figures: one must give a level, not only a change
    named = [c for c in clauses(text, long=0) or [text] if figures(c) and held(asked, c, question)]
    return not named or any(_a_level(c, asked) for c in named)


def _a_level(clause: str, asked: set[str]) -> bool:
    """Does the clause give a level of the quantity asked: a figure not of change, and not
    a length of time unless an age is asked ("the average age of the population in
    Kazakhstan is 31 years" gives no population)?"""
    level = without_dates(_CHANGE.sub(" ", clause))
    return any(
        not words or words[0] not in TIME_UNITS or "age" in asked
        for _, words in counted_words(level)
    )


# words saying which of a quantity, not its kind ("the total price"), and those of them
# that may stand before a kind ("the new gasoline price")
_ANY_KIND = frozenset(
    "total average overall official annual new current real final minimum maximum state "
    "national federal government public".split()
)
_BEFORE_A_KIND = "total average overall annual new current real final".split()

# a kind of the quantity: "food prices" are not "gas prices" ("fuel prices" are, by MiniLM;
# a death toll's kind is `_TOLL`'s). It stands after a determiner, an auxiliary or a
# preposition ("did food prices rise"), not after a subject ("did the government cut
# prices": "cut" is no kind), maybe past an adjective or a hyphened word ("the
# long-planned electricity price rise")
_KIND_OF_QUANTITY = re.compile(
    r"(?:^|\b(?:the|a|an|its|their|his|her|did|do|does|was|were|is|are|of|in|for|on|what|which"
    r"|whose|much)\s|['’]s\s)"
    rf"(?:(?:{'|'.join(_BEFORE_A_KIND)}|[a-z]+-[a-z]+)\s+)?"
    rf"([a-z][a-z-]+)\s+(?:{_QUANTITIES.replace('toll|', '')})s?\b"
)


_SUBCLAUSE = re.compile(
    r"(?:^|\s)(?:after|before|when|while|because|since|until|once|if)\s[^,?]*", re.IGNORECASE
)


def of_the_kind_asked(text: str, question: str) -> bool:
    """Does the sentence name the kind of quantity asked? "By how much did food prices rise
    in 2021?" is not answered by "the doubling of gas prices". (Not of a quantity in a
    clause setting the time: "How many were arrested after gas prices rose?")"""
    # "arrested after gas prices rose": no price ("After gas prices rose, how many ...?")
    asked = _SUBCLAUSE.sub(" ", question)
    kinds = {
        stem(part)  # a "ruble-equivalent price" is one "the equivalent of 8 rubles"
        for m in _KIND_OF_QUANTITY.findall(asked)
        if m not in STOPWORDS | _ANY_KIND and not m.endswith(("ly", "-old"))  # "decades-old"
        for part in m.split("-")
    }
    return not kinds or held(kinds, text, question) == kinds


_TOLL = re.compile(r"\b(death|casualty|injury)\s+toll\b", re.IGNORECASE)


# a figure of change: "increased by 12%", "fell by almost 3 percent", "rose 12%"
_CHANGE = re.compile(
    r"\b(?:by|rose|fell|grew|dropped|jumped|climbed|increased|decreased|declined)\s+"
    r"(?:(?:about|almost|nearly|some|around|over|more\s+than|less\s+than)\s+)?"
    r"\d[\d.,]*\s*(?:%|percent\b)?",
    re.IGNORECASE,
)


_BY_HOW_MUCH = re.compile(r"\bby\s+(?:how|what)\b", re.IGNORECASE)  # a change asked
_HOW_MUCH = re.compile(rf"\bhow\s+much\b|{_BY_HOW_MUCH.pattern}", re.IGNORECASE)
# a price is an amount of money: "20 rubles", "$1.5bn", "8 tenge a liter"
_PRICE_ASKED = re.compile(
    r"\b(?:price|prices|cost|costs|costed|loans?|credits?|payments?|bribes?|sums?|grants?|fines?)\b",
    re.IGNORECASE,
)
_MONEY = re.compile(
    r"[$€£₽]\s?\d|\d\s*(?:(?:million|billion|thousand|bn|m)\s+)?"
    r"(?:rubles?|roubles?|tenge|dollars?|euros?|cents?|kopecks?|yuan)\b",
    re.IGNORECASE,
)


# whose quantity: "the average age of the protesters", "the age of the population" (not
# "a population of 19 million": a figure is no whole)
_QUANTITY_OF = re.compile(
    rf"\b({_QUANTITIES})s?\s+of\s+(?:the\s+|its\s+|their\s+)?(?![\d$€£₽])((?:[\w'’-]+\s*){{1,3}})",
    re.IGNORECASE,
)


def of_the_whole_asked(text: str, question: str) -> bool:
    """Is a quantity the sentence says is of something of what the question asks it of?
    "What was the average age of the protesters?" is not answered by "the average age of
    the population in Kazakhstan is 31 years"; "the price of gas" is the price of
    liquefied gas. Only the same quantity is compared, and one such phrase is enough."""
    said = [
        (stem(q.lower()), " ".join(words))
        for q, w in _QUANTITY_OF.findall(text)
        if (words := tokens(w)) and not numbers(words[0])  # "of three million": a figure
    ]
    for quantity, whole in _QUANTITY_OF.findall(question):
        wanted = set(content_terms(whole))
        same = [w for q, w in said if q == stem(quantity.lower())]
        if wanted and same and not any(held(wanted, w, whole) for w in same):
            return False
    return True


# a share asked of a whole and what holds of it: "What percentage of ordinary Kazakhs live
# in poverty?"
_SHARE_OF = re.compile(r"\b(?:percentage|per\s?cent|share|proportion|fraction)\s+of\b", re.I)


def of_the_share_asked(text: str, question: str) -> bool:
    """A share asked stands in a clause holding half of what the question says of its
    whole, rounded up (its names aside): "in 2021, inflation reached 10.9%" gives no share
    of Kazakhs living in poverty; "spoken by 51% of the republic's citizens" gives the share
    of its people speaking Russian."""
    asked = _SHARE_OF.search(question)
    pieces = [c for c in clauses(text, long=0) or [text] if percentages(c)]
    if not asked or not pieces:
        return True  # `fits_type` wants a percentage of a share question
    rest = question[asked.end() :]
    wanted = [w.lower() for w in tokens(rest) if stem(w) in question_terms(rest)]
    wanted = [w for w in wanted if stem(w) not in name_stems(question)]
    return not wanted or any(_holds_half_of(wanted, p) for p in pieces)


def _holds_half_of(wanted: list[str], clause: str) -> bool:
    """Half the words, rounded up, each the same or close by MiniLM (COUNTED_MATCH: "speak"
    is 0.66 from "spoken", "people" 0.58 from "citizens"; "poverty" 0.35 from "inflation")."""
    words = [w.lower() for w in tokens(clause)]
    have = {stem(w) for w in words}
    found = [w for w in wanted if stem(w) in have or word_similarity(w, words) >= COUNTED_MATCH]
    return 2 * len(found) >= len(wanted)


# a figure leaving out whom it is asked of: "official unemployment increased by 12%,
# exclusive of domestic migrants" is no rise of unemployment among migrants
_EXCLUDING = re.compile(
    r"\b(?:exclusive\s+of|excluding|not\s+including|except(?:\s+for)?|(?<!none\s)other\s+than)\s+"
    r"((?:[\w'’-]+\s*){1,4})",
    re.IGNORECASE,
)


def leaves_in_whom_asked(text: str, question: str) -> bool:
    """Does the figure's sentence keep in those the question asks about (not "exclusive of"
    them)?"""
    # "What was core inflation excluding food prices?" asks for the figure without them
    left_out = {t for m in _EXCLUDING.findall(question) for t in content_terms(m)}
    asked = set(question_terms(question)) - left_out
    return not any(asked & set(content_terms(m)) for m in _EXCLUDING.findall(text))


# a total is a sum, not a share: "How much do Kazakh households owe in total?" is not
# answered by "the debt burden of the population increased by 12.3%"
_TOTAL = re.compile(
    r"\b(?:in\s+total|altogether|in\s+all)\s*\??$|\btotal\s+(?:number|amount|sum)\b", re.I
)
_SHARE = re.compile(r"\b(?:proportion|share|rate)\b|\bper\s?cent|%", re.IGNORECASE)
# a figure said, right after it, to be a part of the whole: "70 transport aircraft (almost
# all the existing military transport aviation fleet)", "70 aircraft, most of the fleet"
_PART_OF = re.compile(
    r"\d[\d,.]*\s+(?:[\w-]+\s+){0,3}?[\w-]+\s*(?:\(|,\s*(?:which\s+is\s+)?)\s*"
    r"(?:(?:almost|nearly|virtually|practically)\s+all|most|half|part|some)\b",
    re.IGNORECASE,
)


def gives_a_total(text: str, question: str) -> bool:
    """A total asked (not a share, a rate or a change) is a figure other than a
    percentage, not one the sentence says is part of it: "How many military transport
    aircraft does Russia have in total?" is not answered by "70 transport aircraft (almost
    all the existing military transport aviation fleet)"."""
    if _SHARE.search(question) or _BY_HOW_MUCH.search(question) or directions(question):
        return True  # "By how much did total household debt rise?"
    if _TOTAL.search(question):
        return bool(figures(without_percentages(text))) and not _PART_OF.search(text)
    return not _part_of_the_whole_asked(text, question)


# "How many of the fleet's aircraft flew?" asks a part
_OF_PART = re.compile(r"\bhow\s+many\s+(?:[\w-]+\s+)?of\b", re.IGNORECASE)


def _part_of_the_whole_asked(text: str, question: str) -> bool:
    """Does the sentence say its figure is part of the whole the question counts? "How many
    aircraft make up Russia's military transport fleet?" is not answered by "70 transport
    aircraft (almost all the existing military transport aviation fleet)": the whole is the
    part's last word ("fleet"), and the question names it."""
    part = _PART_OF.search(text)
    if not part or _OF_PART.search(question):
        return False
    wholes = content_terms(re.split(r"[);,]", text[part.end() :], maxsplit=1)[0])
    return bool(wholes) and wholes[-1] in question_terms(question)


def in_money(text: str, question: str) -> bool:
    """A price asked ("What was the price of liquefied gas in 2019?") is an amount of money:
    "three decades" in a sentence on "the doubling of gas prices" is none. By how much it
    changed may be a multiple ("doubling"); a count asks no price ("How many were arrested
    after gas prices rose?")."""
    if not _PRICE_ASKED.search(question) or _HOW_MUCH.search(question) or HOW_MANY.search(question):
        return True
    return bool(_MONEY.search(text))


def counts_right_way(text: str, question: str) -> bool:
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
    return not wanted or holds_any(set(wanted), text) or bool(held(set(wanted), text, question))


def counts_asked(text: str, question: str) -> bool:
    """Does a figure of the sentence count what the question counts? "70 transport aircraft"
    is no answer to "How many troops were sent?", nor "3.5 million Russians" to "how many
    Ukrainians": a name must be the same word; other words may be close by MiniLM ("planes"
    and "aircraft"). A figure not saying what it counts ("up to 6,000 in total"), or only
    that it counts persons ("about three thousand men"), may answer in a sentence naming
    what is counted ("the CSTO peacekeepers ... (up to 6,000 in total)"); a date never does.
    A group of people ("how many women") is counted only by a figure of that group: "Over
    4,000 people have been arrested" does not say how many of them were women."""
    # "What was the death toll among children?": a figure of everyone is none of them
    among = {stem(m[1]) for m in _AMONG.finditer(question)} - _EVERYONE
    if among and held(among, text, question) != among:
        return False
    if not for_the_reason_and_time_asked(text, question):
        return False
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
    fate = _fate_named(asked)
    if fate:  # MiniLM puts "arrests" near "criminals": what befell them counts, not who...
        # ... of whom asked, in the same words: "How many police deaths?" is not answered by
        # "26 armed criminals ... were killed" (MiniLM puts "police" 0.73 from "criminals")
        whose = {stem(w) for w in [*_qualifiers(question, asked), *_whose(question, asked)]}
        return _counts_the_fate(text, fate) and whose <= set(content_terms(text))
    # of the kind asked: "Over 4,000 people have been arrested" does not count "foreign
    # citizens"; nor do "18 security guards", close to "troops" by MiniLM alone, count
    # foreign troops ("3.5 million Russians" are the ethnic Russians asked)
    kinds = {stem(w) for w in _qualifiers(question, asked)} - _said_by_going(question)
    of_the_kind = held(kinds, text, question) == kinds
    said = [w for words in figures for w in words]
    if any(alike(asked, w) for w in said):
        return True
    if any(_same_count(w, asked, name) for w in said):
        return of_the_kind
    # a bare figure counts what the sentence speaks of: it must name that somewhere
    bare = any(not words for words in figures)
    if asked in _STANDING:
        return False  # "Over 4,000 people have been arrested": how many were protesters?
    named = any(_same_count(w.lower(), asked, name) for w in set(tokens(text)))
    return bare and (named or _told_sent(text, question, asked)) and of_the_kind


def _told_sent(text: str, question: str, asked: str) -> bool:
    """Is a figure naming no one told of as those asked, sent? "the deployment of about
    three thousand men" counts troops sent (not withdrawn, massed or owned), but says
    nothing else: the question's other words (but names, whose `of_whom_asked` reads) must
    be the sentence's: no troops sent "to the cosmodrome" or "to fight the protesters"."""
    if not _SENDING.search(question) or not any(tells(w, asked) for w in tokens(text)):
        return False
    have = set(content_terms(text))
    have |= said_alike(have)
    said = {stem(asked)} | _SENT | _said_by_going(question) | _GENERAL
    return set(question_terms(question)) - name_stems(question) - said <= have


_SENDING = re.compile(
    r"\b(?:send|sends|sent|sending|deploy(?:s|ed|ing)?|dispatch(?:es|ed|ing)?)\b", re.I
)
_SENT = frozenset(stem(w) for w in "send sent deploy dispatch".split())


_EVERYONE = {stem(w) for w in "all them those these both everyone".split()}
# why or when those counted met their fate: "arrested for looting", "on treason charges",
# "before the protests" (not "in the unrest": where and in what, the article's own story,
# nor "over the unrest", "for their role in the riots": the story, every arrest's reason;
# nor "after gas prices rose": what the story tells came after its start)
_GROUND = re.compile(
    r"\b(for|before|until|over|on)\s+(?:(?:the|their|a|an)\s+)?"
    r"(?:role\s+in\s+(?:the\s+)?)?([a-z][\w-]*)",
)
_TIME = {"before", "until"}
_THE_STORY = re.compile(UNREST_WORDS, re.IGNORECASE)
# "on average", "for the whole country", "for the deployment" (the intervention told of)
_NO_GROUND = STOPWORDS | set(
    "average whole entire country nation deployment intervention operation mission".split()
)


def for_the_reason_and_time_asked(text: str, question: str) -> bool:
    """Does the sentence say the reason or time the count is asked for? "Over 4,000 people
    have been arrested" does not say how many were arrested for looting, on treason charges
    or before the protests."""
    if not HOW_MANY.search(question):
        return True  # "How long did it take to approve the request for help?": a time
    asked = {
        stem(m[2])
        for m in _GROUND.finditer(question)
        if m[2] not in _NO_GROUND and (m[1] in _TIME or not _THE_STORY.fullmatch(m[2]))
    }
    return held(asked, text, question) == asked


_AMONG = re.compile(r"\bamong\s+(?:the\s+)?([a-z][\w-]*)", re.IGNORECASE)


def _whose(question: str, asked: str) -> list[str]:
    """Whom a counted fate befell, said after it: "deaths among protesters" -> ["protesters"],
    "arrests of foreigners" -> ["foreigners"]."""
    m = re.search(rf"\b{re.escape(asked)}\s+(?:among|of)\s+(?:the\s+)?([a-z][\w-]*)", question)
    return [m.group(1)] if m and m.group(1) not in STOPWORDS else []


def _fate_named(asked: str) -> frozenset[str]:
    """The stems saying the fate a counted noun names ("deaths", "arrests"); none else."""
    return next((said for _, said in fates() if stem(asked) in said), frozenset())


def _counts_the_fate(text: str, fate: frozenset[str]) -> bool:
    """A fate counted ("How many deaths?", "how many arrests") is counted by the figures of
    those it befell in a sentence saying it: "the 26 “armed criminals” and 18 security
    guards who ... were killed" gives deaths, "164 dead" too. A figure of time, a share or a
    year counts no one."""
    if not fate & {stem(w) for w in tokens(text)}:
        return False
    plain = without_percentages(without_dates(text))
    counted = [words for value, words in counted_words(plain) if value not in years(text)]
    return any(not words or words[0] not in TIME_UNITS for words in counted)


# people counted by what they are or did: only a figure saying so counts them
_STANDING = frozenset(
    "protesters demonstrators foreigners citizens civilians journalists rioters".split()
)


def _qualifiers(question: str, asked: str) -> list[str]:
    """The lowercase words qualifying what a "how many" question counts: "How many foreign
    citizens were detained?" -> ["foreign"]."""
    m = re.search(rf"\bhow\s+many\s+((?:[a-z][\w-]*\s+)+?){re.escape(asked)}\b", question, re.I)
    if not m:
        return []
    return [w for w in m.group(1).split() if w not in STOPWORDS and not w[0].isupper()]


_GENERAL = frozenset(stem(w) for w in COUNTED_GENERAL)  # "people", "total", "at least"


# "How many CSTO peacekeepers ...": the name before what is counted says whose (in "How
# many Kazakhs ...?" it is what is counted, which the sentence must name anyway)
_OWNED_COUNT = re.compile(r"\b(?i:how\s+many)\s+(?P<owner>(?:[A-Z][\w’'-]*\s+)+)[a-z]")


def of_the_group_asked(text: str, question: str, before: str = "") -> bool:
    """Does a figure count the group the question names by its owner? "How many CSTO
    peacekeepers were killed?" is not answered by the 18 security guards the Interior
    ministry counted, though "guards" is close to "peacekeepers" by MiniLM. A sentence
    naming no one may leave the owner to its paragraph `before` it: "The Russian security
    services have taken control ... The official deployment of about three thousand men"."""
    m = _OWNED_COUNT.search(question)
    if not m:
        return True
    said = text if new_names(text, question) else f"{before} {text}"
    if state := state_named(m["owner"].strip()):  # "How many US troops": the US's
        return said_of_state(state, said)
    owners = name_stems(m["owner"])
    return not owners or holds_any(owners, said)


def of_whom_asked(c: Candidate, question: str, source: str = "") -> bool:
    """Is a figure of whom the question names? One counting nothing named (an age, a share)
    is in a sentence naming them: "How old is Tokayev?" is not answered by "Nazarbayev, 81".
    A count may leave who did it unsaid (the "about three thousand men" Russia deployed),
    but not name another owner, after the figure or in its clause: "the six-member
    Collective Security Treaty Organization" does not count the Shanghai Cooperation
    Organization's members, nor "the Russian airlift effort involving 70 transport aircraft"
    the aircraft Belarus sent. How long something lasted may leave the place its article is
    about unsaid: "The country's access to the internet has been cut off for nearly three
    days" (a share of "Kazakhstan's citizens" may not: it is a share of whom)."""
    if _a_total_of_others(c.span.text, question):
        return False
    if of_named(c, question, source):
        return True
    if HOW_LONG.search(question) and of_named(c, question, f"{source} {c.doc.title}"):
        return True
    owners = [m["owner"] for m in _OWNED_COUNT.finditer(question)]  # "How many Russian troops"
    if not asked_counted(question) or not named_around(c, question, source, owners):
        return False
    others = new_names(c.span.text, question)
    if any(set(words) & others for _, words in counted_words(c.span.text)):
        return False
    # the owner may stand before the figure, in its clause: "the Russian airlift effort
    # involving 70 transport aircraft" counts no aircraft Belarus sent (a place is no owner,
    # and names after it are places or reporters: "the TASS agency reported")
    for part in re.split(r"[;:(),]", c.span.text):
        head = _FIGURE_START.split(part, maxsplit=1)[0]
        if figures(part) and new_names(without_places(head, True), question):
            return False
    return True


_FIGURE_START = re.compile(r"\d")


def _a_total_of_others(text: str, question: str) -> bool:
    """Is the figure a total of those the sentence names, leaving out one the question
    names? "The CSTO “peacekeepers” ... (up to 6,000 in total)" is not how many troops
    Belarus sent to the CSTO force."""
    names = name_stems(without_places(question, moving=True))  # "sent to Kazakhstan"
    return bool(_A_TOTAL.search(text)) and any(not holds_any({n}, text) for n in names)


# a figure the sentence gives as a total
_A_TOTAL = re.compile(r"\b(?:in\s+total|altogether|all\s+told)\b", re.IGNORECASE)


# sent into a country: "How many foreign troops were sent into Kazakhstan?" asks for troops
# sent there, whoever's they were, and "foreign" says nothing more (a town they were sent to
# may be their own country's)
_SENT_INTO_A_STATE = re.compile(
    r"\b(?:sent|deployed|dispatched|brought|flown)\s+(?:in)?to\s+(?:the\s+)?(?:"
    + "|".join(re.escape(n) for s in STATES for n in s.names)
    + r")\b"
)


def _said_by_going(question: str) -> set[str]:
    """The qualifiers the question says again by where those counted went: "foreign"."""
    return {stem("foreign")} if _SENT_INTO_A_STATE.search(question) else set()


def _same_count(word: str, asked: str, name: bool) -> bool:
    if stem(word) == stem(asked):
        return True
    if has_group(asked):  # "18 security guards" are close to soldiers by MiniLM alone
        return alike(asked, word)
    return not name and word_similarity(asked, [word]) >= COUNTED_MATCH


def lasts_as_asked(text: str, question: str) -> bool:
    """A length of time asked stands in a stretch of the sentence (between semicolons or
    brackets) holding a word of what the question says lasted, its names too, and after
    "say" only what was said: "How many days did Tokayev say the CSTO troops would stay?" is
    not answered by "...: an abrupt change in Tokayev's rhetoric, ..., within one day;"
    (his rhetoric); "How long had Kazakhstan been cut off from the internet?" is by "access
    to the internet has been cut off for nearly three days", "How many years did Nazarbayev
    lead Kazakhstan?" by "Nursultan Nazarbayev, who ruled the country from 1991 to 2019"."""
    if not (HOW_LONG.search(question) or asked_counted(question) in TIME_UNITS):
        return True
    said = _SAID_THAT.search(question)
    what = said["what"] if said else question
    unit = {stem(u) for u in TIME_UNITS} | {stem(w) for w in "long time".split()}
    wanted = set(question_terms(what)) - unit
    pieces = [p for p in _PIECE.split(text) if durations(p)]
    return not wanted or not pieces or any(holds_any(wanted, p) for p in pieces)


_PIECE = re.compile(r"[;()\[\]]")
_SAID_THAT = re.compile(
    r"\b(?:say|said|says|claim|claimed|announce|announced|promise|promised|stated)\s+"
    r"(?:that\s+)?(?P<what>.+)",
    re.IGNORECASE,
)


# a count asked per day, per plane ...: a total is no rate; one asked ahead ("will be
# arrested next month") is no count of what was done
_RATE = re.compile(
    r"\b(?:per|each|every|a|an)\s+(?:day|week|month|year|hour|plane|flight|person|capita)\b"
    r"|\b(?:daily|weekly|monthly|annually|hourly)\b",
    re.IGNORECASE,
)
_AHEAD = re.compile(
    r"\b(?:will|shall|going\s+to|next\s+(?:day|week|month|year)|in\s+the\s+coming)\b",
    re.IGNORECASE,
)
_AHEAD_SAID = re.compile(
    r"\b(?:will|would|shall|going\s+to|plans?|planned|expected|to\s+be|next|coming)\b",
    re.IGNORECASE,
)


def as_often_and_as_soon_as_asked(text: str, question: str) -> bool:
    """A count asked as a rate ("How many people were arrested per day?") is given as one,
    and one asked of what is to come ("How many people will be arrested next month?") is
    said of it: "Over 4,000 people have been arrested" is neither."""
    if _RATE.search(question) and not _RATE.search(text):
        return False
    # ahead in the stretch giving the figure: "It will happen as soon as possible" is no
    # figure to come beside a past count
    stretches = [p for p in re.split(r"[,;:()]|\s[–—-]\s", text) if figures(p)]
    return not _AHEAD.search(question) or any(_AHEAD_SAID.search(p) for p in stretches)
