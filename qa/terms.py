"""Terms: the words of a text as the checks compare them (tokens, stems, numbers, names).

Shared by support checks, relevance and question analysis: "70 transport aircraft" counts
aircraft; "three hundred" is 300; "year-old" is two words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

STOPWORDS = frozenset(
    """
a an the and or but nor of in on at to for from by with about as into over after before
under between through during without within upon against among than then so too very
is are was were be been being am do does did done doing have has had having will would
shall should can could may might must it its it's this that these those there here their
theirs they them he him his she her hers we us our ours you your yours i me my mine
who whom whose which what when where why how whether not no yes all any both each few
more most other some such only own same also just even still yet ever again further once
one's said says say according also if while because until up down out off per via
many much several lot lots now however meanwhile moreover furthermore
""".split()
)

# Words that only shape a question ("how many", "name the ...").
QUESTION_WORDS = frozenset(
    """
what which who whom whose when where why how many much name names named give list tell
describe explain kind type sort article articles report reports text source sources say
says said according mention mentions mentioned state stated call called figure figures
number numbers amount roughly approximately exactly precisely happen happens happened happening
compare
occur occurs occurred
""".split()
)

NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "dozen": 12,
}
_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_COMPOUNDS = {"hundred", *_SCALES}
# a name with a figure in it is one word, no count: "MI6", "G7"
TOKEN = re.compile(
    r"\d+(?:[.,]\d+)*|[A-Z]+\d+[A-Za-z\d]*(?![.,]\d)|[A-Za-zÀ-ÖØ-öø-ÿ]+(?:['’-][A-Za-zÀ-ÖØ-öø-ÿ]+)*"
)


def tokens(text: str) -> list[str]:
    return TOKEN.findall(text)


@lru_cache(maxsize=1)
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("english")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The word's stem, British and American spellings alike ("rumours" and "rumors",
    "organized" and "organisation"): American "-ize" is written "-ise", as "supervise" and
    "supervision" are, and "-our" as "-or", before stemming."""
    w = word.lower().replace("’", "'")
    return _stemmer().stemWord(_ISE.sub(r"is\1\2", _OR.sub(r"\1r\2", w)))


# "-our" words ("rumour", "labourer") and "-ize" verbs and nouns ("organize", "organization")
_OR = re.compile(
    r"^(colo|rumo|hono|labo|favo|behavio|neighbo|harbo|armo|humo|endeavo|flavo|vapo|rigo"
    r"|savio|valo|clamo|odo|tumo|parlo)ur(s|ed|ing|ite|ites|able|ably|ful|less|er|ers|hood"
    r"|hoods|'s)?$"
)
_ISE = re.compile(r"(?<=[a-z]{3})iz(e|ed|es|ing|ation|ations|er|ers)('s)?$")


def numbers(text: str) -> set[float]:
    """Numbers in a text, as digits or words ("three hundred" -> 300, "3.5 million")."""
    words = [p for w in tokens(text) for p in (w.split("-") if "-" in w else [w]) if p]
    found: set[float] = set()
    i = 0
    while i < len(words):
        value, i = _read_number(words, i)
        if value is not None:
            found.add(value)
    return found


# Words counting people without saying which: "20 men" may be the attackers asked about
# a yes-or-no question opens with one; no name describes a noun with one after it
# words that make the next one a noun: "later deleted the post"
DETERMINERS = frozenset("the a an its his her their this these those".split())
AUXILIARIES = frozenset(
    "did does do is was were has have had are can could will would should".split()
)
PERSONS = frozenset("people persons men women".split())
# ...but a question asking for a group of them wants that group: "4,000 people" were
# arrested does not say how many women were
GROUPS = frozenset("men women children".split())
TIME_UNITS = frozenset("minutes hours days weeks months years decades".split())
_IRREGULAR_PLURALS = PERSONS | GROUPS | frozenset("police aircraft".split())
COUNTED_WORDS = 3  # words after a figure that say what it counts: "70 transport aircraft"


# the sides of a contrast: "the protests in Ukraine took place for political reasons, while
# those in Kazakhstan were motivated by socio-economic reasons" ("no choice but to intervene"
# is none)
CONTRAST = re.compile(
    r",?\s+(?:but(?!\s+to\b)|whereas|while|although|though)\s+|;\s*", re.IGNORECASE
)


# kin, named as kin: "his nephew Samat Abish", "Dariga, his eldest daughter"
KINSHIP = frozenset(
    stem(w)
    for w in """relative relatives family kin daughter daughters son sons wife husband nephew
nephews niece nieces brother brothers sister sisters father mother cousin cousins
son-in-law sons-in-law""".split()
)


_HAS = re.compile(r"\b(?:have|has|had|are\s+there|were\s+there|comprise|comprises)\b", re.I)


_PARTICIPLE = re.compile(r"(?:[a-z]+(?:ed|en)|made|held|shot|hit|put|sent|kept|left)\b")


def asked_counted(question: str) -> str:
    """What a "how many" question counts, lowercased: "How many foreign troops were sent?"
    -> "troops"; "how many women" -> "women"; "" when it doesn't say, or counts people in
    general ("how many people")."""
    m = re.search(r"\bhow\s+many\s+(.*)", question, re.IGNORECASE)
    if not m:
        return ""
    # "How many of the 164 dead were security officers?" (or "Of the 164 dead, how many were
    # security officers?") counts officers among the dead
    among = re.match(r"(?:of\s.*?\b)?(?:were|are|was|is)\s+(.*)", m.group(1), re.IGNORECASE)
    rest = among.group(1) if among else m.group(1)
    if among and _PARTICIPLE.match(rest):
        # "How many of Nazarbayev's relatives were removed ...?" counts the relatives
        rest = re.sub(r"^of\s+(?:the\s+)?(?:[\w-]+['’]s?\s+)?", "", m.group(1), flags=re.I)
    run = []
    for w in tokens(rest)[:4]:
        if w.lower() in STOPWORDS and not w.isupper():  # "How many US troops": a name
            break
        run.append(w.lower())
    plural = [w for w in run if w in _IRREGULAR_PLURALS or w.endswith(("s", "men"))]
    # the "member states" a body has are counted as members: "the six-member CSTO" (those
    # that did something are counted as states)
    if "member" in run[:-1] and _HAS.search(m.group(1)):
        return "members"
    return "" if not plural or plural[-1] in PERSONS - GROUPS else plural[-1]


def counted_words(text: str) -> list[tuple[float, list[str]]]:
    """Each figure of the text with the words right after it that say what it counts:
    "70 transport aircraft" -> (70, [transport, aircraft]); "up to 6,000 in total" -> (6000,
    [])."""
    words = [p for w in tokens(text) for p in (w.split("-") if "-" in w else [w]) if p]
    out, i = [], 0
    while i < len(words):
        value, i = _read_number(words, i)
        if value is None:
            continue
        after: list[str] = []
        for w in words[i : i + COUNTED_WORDS + 1]:
            if w.lower() in ("and", "or"):  # "2,500 Russian and Belarusian troops"
                continue
            if w.lower() in STOPWORDS or w[0].isdigit() or w.lower() in NUMBER_WORDS:
                break
            after.append(w.lower())
        out.append((value, after[:COUNTED_WORDS]))
    return out


def _read_number(words: list[str], i: int) -> tuple[float | None, int]:
    """The number starting at words[i] (digits, or a run of number words) and the next index."""
    w = words[i].lower()
    if w[0].isdigit():
        digits = w.replace(",", "")
        try:
            value = float(digits)
        except ValueError:  # "1.2.3"
            return float(digits.split(".")[0] or 0), i + 1
        i += 1
        if i < len(words) and words[i].lower() in _SCALES:
            value *= _SCALES[words[i].lower()]
            i += 1
        return value, i
    if w not in NUMBER_WORDS or w == "hundred":
        return None, i + 1
    if w == "one" and (i + 1 >= len(words) or words[i + 1].lower() not in _COMPOUNDS):
        return None, i + 1  # "one of the officials" is not a figure
    total, current = 0.0, 0.0
    while i < len(words):
        w = words[i].lower()
        if w == "hundred":
            current = max(current, 1) * 100
        elif w in NUMBER_WORDS:
            current += NUMBER_WORDS[w]
        elif w in _SCALES:
            total += max(current, 1) * _SCALES[w]
            current = 0
        elif w != "and" or i + 1 >= len(words) or words[i + 1].lower() not in NUMBER_WORDS:
            break
        i += 1
    return total + current, i


def names(text: str) -> set[str]:
    """Capitalised words not at the start of a sentence, lowercased (proper names, mostly)."""
    out: set[str] = set()
    for sentence in re.split(r"(?<=[.!?:])\s+|\n+|\s[-–—]\s", text):
        for i, w in enumerate(tokens(sentence)):
            if i > 0 and w[0].isupper() and w.lower() not in STOPWORDS and not w[0].isdigit():
                out.add(w.lower().replace("’", "'"))
    return out


def capitalised(text: str) -> set[str]:
    """Every capitalised word but stopwords, lowercased: a claim's names, its first word too."""
    return {
        w.lower().replace("’", "'")
        for w in tokens(text)
        if w[0].isupper() and w.lower() not in STOPWORDS
    }


def content_terms(text: str, drop: Iterable[str] = ()) -> list[str]:
    """Stemmed content words (no stopwords, no numbers), in order."""
    skip = STOPWORDS | NUMBER_WORDS.keys() | _SCALES.keys() | frozenset(drop)
    words = [p for w in tokens(text) for p in w.split("-") if p]  # "year-old" -> year, old
    return [stem(w) for w in words if not w[0].isdigit() and w.lower() not in skip and len(w) > 1]


# Idioms whose words say something else: "what did he do for a living" asks for a job, and
# "living" would otherwise match "had lived".
_IDIOMS = [
    (
        re.compile(
            r"\b(?:do|does|did|doing|make|makes|made|earn|earns|earned)\s+(?:for\s+)?a\s+living\b",
            re.I,
        ),
        "job occupation profession work",
    ),
    # "When did the price rise take effect (kick in)?": when it came, which a date of the
    # rise tells ("the LPG price rise from January 3"), with no effect to find
    (re.compile(r"\b(?:take|takes|taking|took|taken)\s+effect\b", re.I), ""),
    (re.compile(r"\b(?:kick|kicks|kicked|kicking)\s+in\b", re.I), ""),
    # phrasal verbs and a noun said in one word in the articles
    (re.compile(r"\b(?:break|breaks|broke|broken|breaking)\s+out\b", re.I), "started"),
    (re.compile(r"\b(?:step|steps|stepped|stepping)\s+in\b", re.I), "intervene"),
    # "When did the troops start pulling out?" asks when they pulled out: the start of
    # something else ("2 days after the start of the operation") is no answer
    (re.compile(r"\b(?:start|starts|started|begin|begins|began)\s+(?=\w+ing\b)", re.I), ""),
    (re.compile(r"\b(?:pull|pulls|pulled|pulling)\s+out\b", re.I), "withdraw"),
    (re.compile(r"\bhikes?\b", re.I), "rise"),
]


def unidiomatic(question: str) -> str:
    for idiom, meaning in _IDIOMS:
        question = idiom.sub(meaning, question)
    return question


def question_terms(question: str) -> list[str]:
    return content_terms(unidiomatic(question), QUESTION_WORDS)


# what makes one word from another ("kazakh" -> "kazakhstan", "found" -> "founder",
# "interven" -> "intervent", "econom" -> "economi", "resourc" -> "resource-rich"), as the
# stems end; not any letters that follow: "intern" (international) makes no "internet"
_MADE_WITH = re.compile(
    r"(?:i?stani?|n|ian|ean|ial|er|ers|or|ors|ship|t|i|ari|ri|li|s|e|es|ist|ists|ism|al|alist"
    r"|ic|ician|enti|ed|ing|man|ment|wid)|e?-.*"
)
_FALSE_FRIENDS = frozenset({("polic", "polici"), ("state", "statement")})  # police, policy


def kin(a: str, b: str) -> bool:
    """The same stem, or one word made from the other by an ending that makes words
    (`_MADE_WITH`): "founder" and "found", "kazakh" and "kazakhstan" (the shorter of at
    least 5 letters)."""
    short, long = sorted((a, b), key=len)
    if a == b:
        return True
    return (
        len(short) >= 5
        and long.startswith(short)
        and bool(_MADE_WITH.fullmatch(long[len(short) :]))
        and (short, long) not in _FALSE_FRIENDS
    )
