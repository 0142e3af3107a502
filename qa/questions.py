"""What a question asks, and whether a text can be an answer of that kind.

A question wants a name, a date, a number, a list or something else (`answer_type`); a
sentence fits only if it holds that kind of thing (`fits_type`), about the asked subject
(`about_it`, `names_subject`). Near what is asked of it is `roles`'s.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .definitions import defined_term, defines
from .figures import MONTHS, ages, durations, figures, percentages, years
from .states import STATES
from .synonyms import grouped
from .terms import (
    AUXILIARIES,
    CONTRAST,
    KINSHIP,
    NUMBER_WORDS,
    STOPWORDS,
    TIME_UNITS,
    asked_counted,
    capitalised,
    content_terms,
    names,
    numbers,
    question_terms,
    stem,
    tokens,
)

_TIME_WORDS = re.compile(
    r"\b(?:1[89]\d\d|20\d\d|ago|week(?:end)?|yesterday|today|morning|evening|night)\b"
)


# where a question's main clause ends: what it asks for is not in "after the price was
# rolled back" (a clause: its verb is said with an auxiliary), while "before that
# appointment" is part of it
_SUBORDINATE = re.compile(
    r"\s\b(?:after|before|when|while|because|since|until|once|if)\s+"
    r"(?=(?:[\w'’-]+\s+){0,4}(?:was|were|is|are|had|has|have|did|do|does)\b)",
    re.IGNORECASE,
)


# a clause setting the time, opening a question: "When the Kremlin first commented, had
# Kazakhstan asked for help?" asks yes or no
# (not "When did Tokayev, who is president, ...?": the question itself)
OPENING = (
    r"(?:(?:when|while|after|before|once|by\s+the\s+time)\s+"
    rf"(?!(?:{'|'.join(AUXILIARIES)})\b)[^,?]{{3,}}?,\s*)"
)
_OPENING = re.compile(
    rf"^{OPENING}(?=(?:{'|'.join(AUXILIARIES)}|who|whom|whose|what|which|how|where|why|when)\b)",
    re.IGNORECASE,
)
# asking a name, not what one means: "What does the name 'Nurly Zhol' mean?"
MEANING = r"(?!.*\b(?:mean|means|meant|stands?\s+for|stood\s+for)\b)"
_NAME_OF = rf"\bnames?\s+of\b{MEANING}"


def without_opening(question: str) -> str:
    """The question without a clause opening it: "Once the price was cut, what ...?" ->
    "what ...?"."""
    return _OPENING.sub("", question.strip())


def main_clause(question: str) -> str:
    """The question without a clause subordinate to what it asks, after it or opening it."""
    return _SUBORDINATE.split(without_opening(question), maxsplit=1)[0]


# a set-aside opening the question: "Besides Russia, ...", "Apart from Tokayev, ..."
_BESIDES = re.compile(r"^(?:besides|apart\s+from|aside\s+from|other\s+than|except)\s+[^,]+,\s*")


_ACCORDING = re.compile(r"^according\s+to\s+[^,?]+,\s*")


def answer_type(question: str) -> str:
    """What kind of answer the question wants: date, number, name or other."""
    q = _BESIDES.sub("", question.lower().strip())  # "Besides Russia, which countries ...?"
    q = without_opening(q)
    if re.match(
        r"(?:(?:in|on|by|since|from|until|till|between)\s+)?"
        r"(?:when|(?:what|which)\s+(?:exact\s+|precise\s+)?(?:date|year|day|month)s?"
        r"|what\s+(?:was|were|is|are)\s+the\s+(?:exact\s+|precise\s+)?dates?(?![\w’'-]))\b",
        _ACCORDING.sub("", q),  # "According to Chausovsky, in which year ...?"
    ):
        return "date"
    # "How large are the new loans?": a figure, not a headline on Russia's sway
    if re.search(r"\bhow (?:many|much|long|old|far)\b|\bwhat (?:percentage|share|number|age)\b", q):
        return "number"
    # "Compare the arrest numbers in the Guardian and the Monitor": figures asked
    if re.match(r"(?:compare|contrast|give|list|show|tell\s+me)\b", q) and re.search(
        r"\b(?:numbers?|tolls?|counts?|totals?)\b|\bfigures?\s+(?:for|of|on|in)\b", q
    ):  # "List the figures close to Nazarbayev": people
        return "number"
    # "(Roughly) how large are the new loans?": a figure; "how big a role" is none, "how big
    # a loan" one: the noun is an amount of money
    if re.match(
        r"(?:(?:roughly|approximately|about|just)\s+)?how (?:large|big|high|low|small|steep)\b"
        r"(?!\s+an?\s+(?!" + _AMOUNT_NOUNS + r"))",
        q,
    ):
        return "number"
    # "which CSTO countries", "in which two towns": before "price" in "the LPG price rise"
    plural = r"(?:countries|states|nations|members|cities|towns|regions)\b"
    if re.match(r"(?:(?:in|from|of|among)\s+)?(?:which|what) (?:[\w-]+ ){0,2}" + plural, q):
        return "list"
    if re.match(r"(?:list|name)\s+(?:all\s+)?(?:the\s+)?(?:[\w-]+ ){0,2}" + plural, q):
        return "list"  # "List the countries the Monitor says ...", as "which countries"
    # "Where did the LPG price rise spark protests?" asks a place, whatever it names
    if not re.match(r"(?:where|why|who|whom|whose)\b", q) and re.search(
        r"\b(?:price|cost|rate|percentage|toll|figure|amount|population|gdp|budget|output|salary"
        r"|age|value|worth|revenue|debt|wage|investment)\b",
        main_clause(q),  # "What did they demand after the gas price was rolled back?"
    ):
        return "number"  # "what was the gas price rolled back to?" wants a figure
    if re.match(r"(?:who|whose|whom)\b", q) or re.search(_NAME_OF, q):
        return "name"
    if re.match(r"(?:[\w'’-]+\s+){0,5}which\b", q):
        return "name"  # "which company", "at the border with which country": a name
    if _WHAT_NAMED.match(q):
        return "name"  # "what company", as "which company"; not "what position"
    return "other"


# what a "what X" question asks the name of: a body, a group, a person by their role (the
# words before it describe it: "what Russian military units", "what armed groups"; "what did
# the spokesman say", "what should officials do" and "what happened at the airport" ask no
# name)
_NOT_DESCRIBING = AUXILIARIES | set(
    "may might must shall about at in on to for of with from by".split()
)
_WHAT_NAMED = re.compile(
    r"what\s+(?:(?!(?:" + "|".join(sorted(_NOT_DESCRIBING)) + r")\b)[\w'’-]+\s+){0,3}?"
    r"(?:company|companies|organi[sz]ations?|groups?|agency"
    r"|agencies|part(?:y|ies)|units?|ministry|ministries|alliance|bloc|watchdog|newspapers?"
    r"|outlets?|officials?|ministers?|leaders?|politicians?|diplomats?|experts?|analysts?"
    r"|journalists?|scholars?|scientists?|spokes(?:man|woman|person)|commanders?|airport"
    r"|banks?|universit(?:y|ies)|institutions?)\b"
)


def fits_type(kind: str, text: str, question: str) -> bool:
    """Can `text` answer a question of this kind? A name must be one the question lacks."""
    if kind == "date":
        if _YEAR_ASKED.search(question):  # a day is no year: "Monday" for when Vlast began
            return bool(years(text))
        if _DATE_ASKED.search(question):  # a month or weekday: "next week" is no date
            return bool({w.lower() for w in tokens(text)} & MONTHS)
        words = {w.lower() for w in tokens(text)}
        return bool(words & MONTHS) or bool(_TIME_WORDS.search(text.lower()))
    if kind == "number":  # "how long" wants a length of time, not any figure
        if HOW_LONG.search(question) or asked_counted(question) in TIME_UNITS:
            found = durations(text)  # "from 1991 to 2019", not "2 days after the start"
            if _EXACT.search(question):  # "for several years" gives no exact number
                found = [d for d in found if _exact(d, text)]
            return bool(found)
        if _RATE.search(question) and not _PERCENT.search(text):
            return False  # an unemployment rate is no average age of 31 years
        if _HOW_OLD.search(question) and not ages(text):
            return False  # an age is no death toll: "with at the minimum 164 dead"
        # a date is no figure ("By how much did prices rise?" is not answered by "from
        # January 3"), nor one the question gives: "How many of the 20,000 bandits ...?"
        found = figures(text) - numbers(question)
        # a share is no count ("unemployment increased by 12%" does not say how many people
        # live in Kazakhstan), nor an age a death toll ("A 22-year-old Israeli was shot dead")
        if HOW_MANY.search(question) or _TOLL.search(question):
            found -= percentages(text) | ages(text)
        return bool(found)
    if kind == "name":
        return bool(new_names(text, question))
    if kind == "list":  # three names, or as many as asked: "which two countries"
        return len(listed_names(text, question)) >= _listed_wanted(question) and len(
            _new_name_runs(text, question)
        ) >= asked_count(question)
    if WHY.match(question) or _CAUSE_ASKED.match(question):  # a reason, not the event:
        return bool(_REASON.search(text))  # "had been denied access", "failed to stop"
    if _WORDS_ASKED.search(question):  # "political slogans were also raised": which?
        return bool(_WORDS_GIVEN.search(text))
    defined = defined_term(question)  # "What is Kazakhtelecom?": what it is, not what it did
    return defined is None or defines(text, *defined)


# "What sparked the protests?" asks a cause as "why" does
_CAUSE_ASKED = re.compile(
    r"\s*what\s+(?:sparked|caused|triggered|prompted|provoked|started|led\s+to|set\s+off)\b",
    re.IGNORECASE,
)
# words asked for are given in quotation marks or after a colon: "its own slogan: Shal,
# ket!", "crowds chanting “Old man, out!”"
_WORDS_ASKED = re.compile(
    r"\b(?:what|which)\s+(?:(?:were|was|are|is)\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:slogans?|chants?|mottos?|catchphrases?)\b|\bwhat\s+did\s+[^?]*?\b(?:chant|shout)\b",
    re.I,
)
_WORDS_GIVEN = re.compile(r"[“\"«]|:\s*(?!\d)\S")


_AMOUNT_NOUNS = r"(?:loan|credit|sum|payment|budget|fine|bill|debt|grant|investment)s?\b"
# a count asked in other words: "What was the death toll?"
_TOLL = re.compile(
    r"\b(?:toll|tally|number\s+of\s+(?:dead|deaths|people|victims|casualties))\b", re.I
)
_YEAR_ASKED = re.compile(r"\b(?:what|which)\s+year\b", re.IGNORECASE)
# "what date", "the exact dates": a calendar date, not "next week"
_DATE_ASKED = re.compile(
    r"\b(?:what|which)\s+dates?\b|\b(?:exact|precise|specific)\s+dates?\b", re.IGNORECASE
)


# "why", or "what reason did they give": a reason is asked
WHY = re.compile(
    r"\s*(?:and\s+)?(?:why\b|what\s+(?:(?:was|were|is|are)\s+the\s+)?(?:reasons?|explanations?"
    r"|justifications?|motives?)\b)",
    re.IGNORECASE,
)
# what gives a reason: "because of the lucrative opportunities", "on suspicion of treason",
# "renamed Nur-Sultan, in his honor", "that only prompted the next stage"
_REASON = re.compile(
    r"\b(?:because|due\s+to|owing\s+to|thanks\s+to|as\s+a\s+result|in\s+order\s+to|so\s+that"
    r"|so\s+as\s+to|in\s+(?:his|her|its|their)\s+hono(?:u)?r|in\s+(?:protest|response|retaliation)"
    r"|on\s+(?:suspicion|charges?|the\s+grounds)|for\s+fear|reasons?|motives?|caus(?:e|ed|es|ing)"
    r"|afraid\s+(?:that|of)|fear(?:ed|ing|s)?\s+(?:that|of)|worried\s+(?:that|about)"
    r"|led\s+to|lead\s+to|spark(?:ed|s)?|trigger(?:ed|s)?|prompt(?:ed|s)|aim(?:ed|s)?\s+(?:to|at)"
    r"|intended\s+to|designed\s+to|seeking\s+to|in\s+a\s+bid\s+to|so\s+(?:he|she|they|it)\b"
    r"|explained\s+by|set\s+off\s+by"
    # "... became impossible, as producers were constantly faced with ...": a cause after it
    r"|,\s+as\s+(?:the\s+|its\s+|their\s+)?(?!(?:i|he|she|it|they|we|you|one)\b)(?-i:[a-z]+)"
    r"\s+(?:were|was|are|is|had|have|has)\b(?!\s+(?:told|reported|said|noted|done|expected)\b))",
    re.IGNORECASE,
)


HOW_LONG = re.compile(r"\bhow\s+long\b", re.IGNORECASE)
_EXACT = re.compile(r"\b(?:exact|precise)(?:ly)?\b", re.IGNORECASE)
_ONE_UNIT = re.compile(r"an?\s+(?:(?:full|whole|long)\s+)?[a-z]+\b", re.IGNORECASE)
# "for about a week", "the better part of a week": a length, but no exact one
_HEDGE = re.compile(
    r"\b(?:about|around|over|nearly|almost|roughly|approximately|some|up\s+to|at\s+least"
    r"|more\s+than|less\s+than|under|part\s+of)\s*$",
    re.IGNORECASE,
)


def _exact(duration: str, text: str) -> bool:
    """Is this length of time the text gives an exact one: a number of units, unhedged?"""
    at = text.find(duration)
    hedged = at >= 0 and _HEDGE.search(text[max(0, at - 30) : at]) is not None
    return bool(numbers(duration) or _ONE_UNIT.match(duration)) and not hedged


_HOW_OLD = re.compile(r"\bhow\s+old\b|\bage\b", re.IGNORECASE)
# a rate or a share is a percentage (an exchange rate is not)
_RATE = re.compile(r"(?<!exchange )\b(?:rate|percentage|percent)\b|\bshare\s+of\b", re.I)
_PERCENT = re.compile(r"%|\bper\s?cent\b", re.IGNORECASE)
HOW_MANY = re.compile(r"\bhow\s+many\b", re.IGNORECASE)


def about_it(text: str, question: str) -> bool:
    """Does `text` hold one of the question's words that are not names? A sentence that only
    names who or what the question is about ("Kogeashvili had lived there") says nothing of
    what it asks."""
    wanted = set(question_terms(question)) - {stem(n) for n in capitalised(question)}
    have = set(content_terms(text))
    return not wanted or bool(wanted & (have | grouped(have)))  # "project" says "plan"


# "On what date did the last CSTO troops leave?": the names among the first words after the
# auxiliary are what the date is of
_DATE_SUBJECT = re.compile(
    r"^(?:(?:in|on|by|since|from|until|till)\s+)?"
    r"(?:when|(?:what|which)\s+(?:date|year|day|month))\s+"
    r"(?:did|does|do|was|were|is|are|had|has|have|will|would)\s+(?P<rest>.*)",
    re.IGNORECASE,
)
SUBJECT_WORDS = 4
_PRONOUNS = frozenset("he she they it his her its their him them".split())


def _new_name_runs(text: str, question: str) -> set[str]:
    """Names in `text` the question lacks, a many-word name once ("the Russian Federation")."""
    new = new_names(text, question)
    runs = (m.group(0) for m in NAME_RUN.finditer(text))
    return {r.lower() for r in runs if any(w.lower().replace("’", "'") in new for w in tokens(r))}


def names_subject(text: str, question: str, antecedent: Iterable[str] = ()) -> bool:
    """Does the date sentence name the dated subject itself (not only by a pronoun)? A
    subject pointed back to ("that organisation's leaders") is named by a name the previous
    answer gave, the `antecedent` ({"csto", ...}, lowercased). A pronoun ("When did he
    resign?") is not: the previous turn may name several, and the condensed question pulls
    in its other words."""
    subject = _date_subject(question) or (set(antecedent) if _points_back(question) else set())
    return bool(subject) and bool(_plain_words(text) & subject)


def previous_names(question: str, answer: str) -> set[str]:
    """The names an answer gives that its question lacks, lowercased, without "'s"."""
    return {re.sub(r"'s$", "", n) for n in new_names(answer, question)}


def _date_subject(question: str) -> set[str]:
    m = _DATE_SUBJECT.match(question.strip())
    if not m:
        return set()
    words = tokens(m["rest"])[:SUBJECT_WORDS]
    return {re.sub(r"['’]s$", "", w.lower()) for w in words if w[0].isupper()}


_DEMONSTRATIVE = re.compile(r"^(?:that|this|these|those)\s+[a-z]", re.IGNORECASE)


def _points_back(question: str) -> bool:
    """Does the date question's subject point back with a demonstrative and a noun ("that
    organisation's leaders")?"""
    m = _DATE_SUBJECT.match(question.strip())
    return bool(m) and bool(_DEMONSTRATIVE.match(m["rest"]))


def _plain_words(text: str) -> set[str]:
    return {re.sub(r"['’]s$", "", w.lower()) for w in tokens(text)}


def about_subject(text: str, question: str) -> bool:
    """Is a date sentence about whom or what the question dates? It names the subject or
    refers to someone by pronoun ("the new capital he ordered ... in 1997"). "When did the
    last CSTO troops leave?" is not answered by Kazakhstan leaving the USSR in 1991."""
    subject = _date_subject(question)
    return not subject or bool(_plain_words(text) & subject) or _refers_back(text, subject)


_PRONOUN = re.compile(r"\b(?:" + "|".join(_PRONOUNS) + r")\b", re.IGNORECASE)
# what names no one a pronoun could stand for: a quote, a place ("In Almaty, he said")
_NO_ONE = re.compile(r"“[^”]*”|\"[^\"]*\"|\b(?i:in|at|from|to|into)\s+[A-Z][\w’'-]*")


def _refers_back(text: str, subject: set[str]) -> bool:
    """Does a pronoun of the sentence stand for someone it leaves unnamed (the subject asked
    about, named in the sentence before)? A pronoun stands for the nearest name before it,
    not the sentence's first word, a month, a place or a name quoted: "Alexander Lukashenko
    says he had a phone conversation" is Lukashenko's call, not Putin's; "When he resigned
    in 2019, the new capital he ordered ..." and "Later, he said" name no one else."""
    for m in _PRONOUN.finditer(text):
        words = tokens(_NO_ONE.sub(" ", text[: m.start()]))[1:]
        before = [
            re.sub(r"['’]s$", "", w.lower())
            for w in words
            if w[0].isupper() and w.lower() not in STOPWORDS | MONTHS
        ]
        if not before or before[-1] in subject:
            return True
    return False


def _listed_wanted(question: str) -> int:
    """How long an enumeration must be: three items, or fewer if fewer are asked."""
    return min(asked_count(question) or 3, 3)


def asked_count(question: str) -> int:
    """How many items the question asks for ("which six countries", "which 6 countries": 6),
    0 if it doesn't say. A sentence naming fewer is no answer to it: four requested forces
    are not the six members."""
    m = re.match(r"\s*(?:(?:in|from|of|among)\s+)?(?:which|what)\s+(\w+)", question, re.I)
    if not m:
        return 0
    word = m.group(1).lower()
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word, 0)


NAME_RUN = re.compile(r"[A-ZÀ-Ö][\w’'-]*(?:\s+(?:of\s+|the\s+)?[A-ZÀ-Ö][\w’'-]*)*")
# what joins the items of an enumeration: "A, B, and the C", "A or B"
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)(?:the\s+)?")
_OPEN_END = re.compile(r"\s*,?\s*etc\b")  # "(Turkmenistan, Uzbekistan, etc.)"


def listed_names(text: str, question: str) -> set[str]:
    """The names of the longest enumeration in `text` ("Armenia, Belarus, Kyrgyzstan and
    Tajikistan") that the question doesn't hold, a multi-word name counted once: "the
    Collective Security Treaty Organization" is one name, not four. Names merely scattered
    through a sentence are no list. An open list ("A, B, etc.") counts as one more name."""
    new = new_names(text, question)
    best: set[str] = set()
    run: list[re.Match[str]] = []
    for m in NAME_RUN.finditer(text):
        if run and not _LIST_JOIN.fullmatch(text[run[-1].end() : m.start()]):
            best = max(best, _new_items(run, text, new), key=len)
            run = []
        run.append(m)
    return max(best, _new_items(run, text, new), key=len) if run else best


def _new_items(run: list[re.Match[str]], text: str, new: set[str]) -> set[str]:
    if len(run) < 2:
        return set()
    items = {m.group().lower().replace("’", "'") for m in run}
    items = {r for r in items if any(w in new for w in re.findall(r"[\w'-]+", r))}
    if items and _OPEN_END.match(text, run[-1].end()):
        items.add("etc.")
    return items


def new_names(text: str, question: str) -> set[str]:
    """Names in `text` that the question doesn't hold, in any case ("the Internet" is no
    answer to who ordered the internet shut down); months and weekdays are no names, nor
    the other words of a name the question gives in part (`_named_in_full`)."""
    asked = {w.lower().replace("’", "'") for w in tokens(question)}
    given = {_bare(w) for w in names(" x " + question) | asked | _named_in_full(text, question)}
    given |= _initials_named(asked)  # "British" in the question: "UK" is no new name
    return {n for n in names(" x " + text) - MONTHS if _bare(n) not in given}


def _initials_named(words: set[str]) -> set[str]:
    """The initials of each state the words name in any way, lowercased: "American" names
    "us". Only initials: "Kyrgyzstan" beside "the Kyrgyz border" still tells where a new
    name stands (`roles.near_asked`)."""
    out: set[str] = set()
    for state in STATES:
        forms = (*state.adjectives, *state.names, *state.initials, *state.seats)
        if {w.lower() for w in forms} & words:
            out |= {w.lower() for w in state.initials}
    return out


def _bare(name: str) -> str:
    """A lowercased name without "'s": "Nazarbayev's" is the Nazarbayev of the question."""
    return POSSESSIVE.sub("", name)


def _named_in_full(text: str, question: str) -> set[str]:
    """The other words of a name whose last word the question names: "Kassym-Jomart
    Tokayev" is the Tokayev of "Which opposition leader negotiated with Tokayev?". A title
    before a new name stays new ("Secretary of State Antony Blinken" ends in a name the
    question lacks). Not for a question about kin, who share a surname ("His brother Bolat
    Nazarbayev"): `naming` has them named as kin."""
    asked = name_stems(question)
    if KINSHIP & {stem(w) for w in tokens(question)}:
        return set()
    out: set[str] = set()
    for run in _PERSON_RUN.findall(text):
        words = run.split()
        if len(words) > 1 and stem(POSSESSIVE.sub("", words[-1])) in asked:
            out |= {w.lower().replace("’", "'") for w in words[:-1]}
    return out


_PERSON_RUN = re.compile(r"[A-ZÀ-Ö][\w’'-]*(?:\s+[A-ZÀ-Ö][\w’'-]*)+")


POSSESSIVE = re.compile(r"['’]s?$")


@lru_cache(maxsize=8192)  # every article sentence is read for names on every question
def name_stems(text: str) -> frozenset[str]:
    """Stems of the words of the text's names ("Kazakhstan's" -> kazakhstan); not a hedge
    opening a question ("Roughly how many ...?")."""
    names = capitalised(text) - _HEDGES
    # initials are a name though a word too: "the US" is no "us"
    initials = {w.lower() for w in tokens(text) if w.isupper() and w.lower() in STOPWORDS}
    initials = {w for w in initials if len(w) > 1}
    return frozenset(w for n in names for w in content_terms(n)) | initials  # stems already


# a hedge or a request opening a question is no name: "Roughly how many ...?", "Compare the
# arrest numbers ..."
_HEDGES = frozenset(
    "roughly approximately exactly precisely nearly almost compare contrast list give show"
    " tell describe explain summarize summarise name".split()
)


def in_asked_part(claim: str, evidence: str, question: str) -> bool:
    """Do the names a claim gives stand in the side of a contrast that says what is asked
    (the side holding most of the question's words)? "During the recent unrest in Belarus,
    it was enough to just signal a readiness to intervene, but in Kazakhstan they found it
    necessary to go in militarily" answers "In which country's unrest was a signal enough?"
    with Belarus, not Kazakhstan; "the state system in Kazakhstan might collapse" with no
    country at all. A word of the claim is no name when the sentence writes it only in lower
    case ("Lower food prices", a claim's first word, for "demanding lower food prices")."""
    given = {n for n in new_names(claim, question) if not _lower_only(n, evidence)}
    asked = set(question_terms(question)) - name_stems(question)
    if not given or not asked:
        return True
    sides = [s for s in CONTRAST.split(evidence) if s.strip()]
    best = max(sides, key=lambda s: len(asked & set(content_terms(s))))
    # a sentence sharing no word with what is asked backs no name as its answer
    return bool(asked & set(content_terms(best))) and bool(given & names(" x " + best))


def _lower_only(word: str, text: str) -> bool:
    """Does the text hold `word` (lowercased) only in lower case?"""
    found = [w for w in tokens(text) if w.lower().replace("’", "'") == word]
    return bool(found) and all(w.islower() for w in found)
