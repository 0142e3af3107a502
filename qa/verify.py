"""Evidence checks: sentence spans, key terms, and whether a text is supported by a quote.

This is what no library does for us: a claim is supported by a span only when every
number and proper name in the claim occurs in the span and most of its content words do.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from .speakers import misattributed

# --- sentences -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Span:
    doc_id: str
    start: int
    end: int
    text: str  # == document text[start:end]


@lru_cache(maxsize=1)
def _sentence_tokenizer():
    from llama_index.core.node_parser.text.utils import split_by_sentence_tokenizer

    return split_by_sentence_tokenizer()  # nltk punkt, bundled with llama-index


def sentence_spans(doc_id: str, text: str) -> list[Span]:
    """Sentences of a cleaned document, with offsets; blocks (headings, paragraphs) never merge."""
    spans: list[Span] = []
    for block in re.finditer(r"[^\n]+", text):
        offset = block.start()
        cursor = 0
        merged: list[tuple[int, int]] = []
        for piece in _sentence_tokenizer()(block.group()):
            stripped = piece.strip()
            if not stripped:
                continue
            at = block.group().find(stripped, cursor)
            cursor = at + len(stripped)
            if merged and _ABBREVIATION.search(block.group()[merged[-1][0] : merged[-1][1]]):
                merged[-1] = (merged[-1][0], cursor)  # "Mr." / "Jan." ended no sentence
            else:
                merged.append((at, cursor))
        spans += [Span(doc_id, offset + a, offset + b, block.group()[a:b]) for a, b in merged]
    return spans


_ABBREVIATION = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|St|Prof|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
    r"|U\.S|U\.K|U\.N|e\.g|i\.e|vs)\.$"
)


_CLAUSE_BREAK = re.compile(r"(?<=[,;:])\s+|\s+[–—-]\s+|\s+\(|\)\s*")
MIN_CLAUSE_WORDS = 5
LONG_SENTENCE_WORDS = 20


def clauses(sentence: str, long: int = LONG_SENTENCE_WORDS) -> list[str]:
    """Clauses of a sentence of `long` words or more (split at commas, semicolons, dashes,
    brackets), each of at least MIN_CLAUSE_WORDS words; [] for a shorter sentence."""
    if len(sentence.split()) < long:
        return []
    out: list[str] = []
    for piece in _CLAUSE_BREAK.split(sentence):
        piece = piece.strip(" ,;:()")
        if not piece:
            continue
        if out and len(out[-1].split()) < MIN_CLAUSE_WORDS:
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    if len(out) > 1 and len(out[-1].split()) < MIN_CLAUSE_WORDS:
        out[-2:] = [f"{out[-2]} {out[-1]}"]
    return out if len(out) > 1 else []


# --- terms -----------------------------------------------------------------------------------

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
many much several lot lots
""".split()
)

# Words that only shape a question ("how many", "name the ...").
QUESTION_WORDS = frozenset(
    """
what which who whom whose when where why how many much name names named give list tell
describe explain kind type sort article articles report reports text source sources say
says said according mention mentions mentioned state stated call called figure figures
number amount roughly approximately exactly precisely
""".split()
)

_NUMBER_WORDS = {
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
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[A-Za-zÀ-ÖØ-öø-ÿ]+(?:['’-][A-Za-zÀ-ÖØ-öø-ÿ]+)*")


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


@lru_cache(maxsize=1)
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("english")


def stem(word: str) -> str:
    return _stemmer().stemWord(word.lower().replace("’", "'"))


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
PERSONS = frozenset("people persons men women".split())
# ...but a question asking for a group of them wants that group: "4,000 people" were
# arrested does not say how many women were
GROUPS = frozenset("men women children".split())
TIME_UNITS = frozenset("minutes hours days weeks months years decades".split())
_IRREGULAR_PLURALS = PERSONS | GROUPS | frozenset("police aircraft".split())
COUNTED_WORDS = 3  # words after a figure that say what it counts: "70 transport aircraft"


def asked_counted(question: str) -> str:
    """What a "how many" question counts, lowercased: "How many foreign troops were sent?"
    -> "troops"; "how many women" -> "women"; "" when it doesn't say, or counts people in
    general ("how many people")."""
    m = re.search(r"\bhow\s+many\s+(.*)", question, re.IGNORECASE)
    if not m:
        return ""
    run = []
    for w in tokens(m.group(1))[:4]:
        if w.lower() in STOPWORDS:
            break
        run.append(w.lower())
    plural = [w for w in run if w in _IRREGULAR_PLURALS or w.endswith("s")]
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
            if w.lower() in STOPWORDS or w[0].isdigit() or w.lower() in _NUMBER_WORDS:
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
    if w not in _NUMBER_WORDS or w == "hundred":
        return None, i + 1
    if w == "one" and (i + 1 >= len(words) or words[i + 1].lower() not in _COMPOUNDS):
        return None, i + 1  # "one of the officials" is not a figure
    total, current = 0.0, 0.0
    while i < len(words):
        w = words[i].lower()
        if w == "hundred":
            current = max(current, 1) * 100
        elif w in _NUMBER_WORDS:
            current += _NUMBER_WORDS[w]
        elif w in _SCALES:
            total += max(current, 1) * _SCALES[w]
            current = 0
        elif w != "and" or i + 1 >= len(words) or words[i + 1].lower() not in _NUMBER_WORDS:
            break
        i += 1
    return total + current, i


def names(text: str) -> set[str]:
    """Capitalised words not at the start of a sentence, lowercased (proper names, mostly)."""
    out: set[str] = set()
    for sentence in re.split(r"(?<=[.!?:;])\s+|\n+|\s[-–—]\s", text):
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
    skip = STOPWORDS | _NUMBER_WORDS.keys() | _SCALES.keys() | frozenset(drop)
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
]


def unidiomatic(question: str) -> str:
    for idiom, meaning in _IDIOMS:
        question = idiom.sub(meaning, question)
    return question


def question_terms(question: str) -> list[str]:
    return content_terms(unidiomatic(question), QUESTION_WORDS)


# --- support ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Support:
    supported: bool
    coverage: float  # share of the claim's content words found in the evidence
    missing: tuple[str, ...]  # numbers/names/words of the claim not found in the evidence


def support(claim: str, evidence: str, min_coverage: float = 0.85) -> Support:
    """Is `claim` backed by `evidence`? Every number and name must occur; content words mostly."""
    ev_words = {w.lower().replace("’", "'") for w in tokens(evidence)}
    ev_terms = set(content_terms(evidence))
    claim_numbers = numbers(claim)
    bad_numbers = [_fmt(n) for n in sorted(claim_numbers - numbers(evidence))]
    bad_names = sorted(
        n for n in capitalised(claim) if n not in ev_words and stem(n) not in ev_terms
    )
    terms = set(content_terms(claim))
    coverage = len(terms & ev_terms) / len(terms) if terms else 1.0
    clashes = _clashes(claim, evidence)
    ok = (
        not bad_numbers
        and not bad_names
        and not clashes
        and coverage >= min_coverage
        and bool(terms or claim_numbers)
    )
    missing = bad_numbers + bad_names + clashes + sorted(terms - ev_terms)
    return Support(ok, coverage, tuple(dict.fromkeys(missing)))


# Words that flip or narrow a claim although the rest of its words match the evidence.
_NEGATIONS = frozenset("not n't no never none nobody nothing neither nor without cannot".split())
_UP = frozenset(
    map(
        stem,
        "rise rose risen increase grow grew more higher double doubled up "
        "raise raised surge soar jump".split(),
    )
)
_DOWN = frozenset(
    map(
        stem,
        "fall fell fallen decrease drop dropped less lower halve halved cut "
        "down reduce reduced decline shrink".split(),
    )
)


_PLAIN = frozenset("more less up down".split())  # "more than", "set up": no direction


# "roll back the gas price", "cut the fuel price back"
_BACK = re.compile(
    r"\b(?:roll|rolled|rolls|rolling|scale|scaled|cut|cuts)\s+(?:\S+\s+){0,3}?back\b", re.I
)


def directions(text: str) -> set[str]:
    """Which way the text says something went: {"up"} for "prices doubled", {"down"} for
    "cut", both, or none ("more than 4,000" has no direction)."""
    terms = set(content_terms(text)) | {w.lower() for w in tokens(text)}
    found = {d for d, words in (("up", _UP), ("down", _DOWN)) if terms & (words - _PLAIN)}
    return found | ({"down"} if _BACK.search(text) else set())


def _negated(text: str) -> set[str]:
    """Stems of the content words a negation governs ("did not roll back" -> roll)."""
    words = [w.lower().replace("’", "'") for w in tokens(text)]
    out = set()
    for i, w in enumerate(words):
        if w in _NEGATIONS or w.endswith("n't"):
            following = content_terms(" ".join(words[i + 1 : i + 5]))
            if following:
                out.add(following[0])
    return out


def _clashes(claim: str, evidence: str) -> list[str]:
    """Why the claim says something else than the evidence, though its words are there."""
    found = []
    claim_neg, ev_neg = _negated(claim), _negated(evidence)
    if (claim_neg - ev_neg) or (ev_neg & set(content_terms(claim))) - claim_neg:
        found.append("negation")
    lower = {w.lower() for w in tokens(claim)}
    if "only" in lower and "only" not in {w.lower() for w in tokens(evidence)}:
        found.append("only")
    claim_stems, ev_stems = set(content_terms(claim)) | lower, set(content_terms(evidence))
    ev_stems |= {w.lower() for w in tokens(evidence)}
    for mine, other in ((_UP, _DOWN), (_DOWN, _UP)):
        if claim_stems & mine and not ev_stems & mine and ev_stems & other:
            found.append("direction")
    if misattributed(claim, evidence):
        found.append("speaker")
    if _misbound(claim, evidence):
        found.append("figure")
    return found


def _amounts(text: str) -> set[float]:
    """Figures but years (a bare 1800-2100): "When he resigned in 2019, the capital ... was
    renamed" ties the renaming to 2019 across a clause break, as dates do."""
    years = {float(y) for y in re.findall(r"(?<![\d,.])(?:18|19|20)\d\d(?![\d,.]\d)", text)}
    return numbers(text) - years


def _misbound(claim: str, evidence: str) -> bool:
    """Does the claim tie a figure to a word the evidence ties to another figure only? "The
    average price in Russia is 20 rubles" against "reached the equivalent of 20 rubles per
    liter (compare it to an average of 30 rubles in Russia itself)". Names are left to the
    name and speaker checks: a clause break often parts a figure from who gave it."""
    parts = [(_amounts(c), _plain_terms(c)) for c in clauses(evidence, long=0) or [evidence]]
    if sum(1 for figures, _ in parts if figures) < 2:
        return False  # one figure or none: nothing to swap
    for piece in clauses(claim, long=0) or [claim]:
        figures = _amounts(piece)
        if len(figures) != 1:
            continue
        (figure,) = figures
        near = set().union(*(terms for f, terms in parts if figure in f))
        elsewhere = set().union(*(terms for f, terms in parts if f and figure not in f))
        if (_plain_terms(piece) & elsewhere) - near:
            return True
    return False


def _plain_terms(text: str) -> set[str]:
    """Content words that are not names."""
    return set(content_terms(text)) - {stem(n) for n in capitalised(text)}


def _fmt(n: float) -> str:
    return str(int(n)) if n == int(n) else str(n)


# --- relevance -------------------------------------------------------------------------------


class TermWeights:
    """Inverse document frequency of stemmed terms over a set of sentences."""

    def __init__(self, texts: Iterable[str]):
        df: Counter[str] = Counter()
        n = 0
        for t in texts:
            n += 1
            df.update(set(content_terms(t)))
        self.n, self.df = max(n, 1), df

    def idf(self, term: str) -> float:
        return math.log(1 + self.n / (1 + self.df.get(term, 0)))

    def coverage(self, query_terms: list[str], text: str) -> float:
        """IDF-weighted share of the query's terms that `text` contains."""
        terms = set(query_terms)
        if not terms:
            return 0.0
        have = set(content_terms(text))
        total = sum(self.idf(t) for t in terms)
        return sum(self.idf(t) for t in terms if t in have) / total


# --- answer types ------------------------------------------------------------------------------

_MONTHS = frozenset(
    """january february march april may june july august september october
november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday
thursday friday saturday sunday""".split()
)
_TIME_WORDS = re.compile(r"\b(?:1[89]\d\d|20\d\d|ago|week|yesterday|today|morning|evening|night)\b")


_FOOTNOTE = re.compile(r"\[\d+\]")
_DATE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}(?:\s*(?:to|-|–)\s*\d{1,2})?"
    r"|\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\b"
)


def figures(text: str) -> set[float]:
    """Numbers that are quantities: years and days of a month are not figures of a count."""
    return numbers(without_dates(text)) - years(text)


def without_dates(text: str) -> str:
    """The text without dates and footnote marks ("January 7 [11]"): no figures of a count."""
    return _FOOTNOTE.sub(" ", _DATE.sub(" ", text))


# a year is written as four bare digits: "2,030 people" is a count
_BARE_YEAR = re.compile(r"(?<![\d,.])(?:19|20)\d\d(?![\d,.]\d)")


def years(text: str) -> set[float]:
    """The years a text names ("in 2019"), as numbers."""
    return {float(y) for y in _BARE_YEAR.findall(text)}


def answer_type(question: str) -> str:
    """What kind of answer the question wants: date, number, name or other."""
    q = question.lower().strip()
    if re.match(
        r"(?:(?:in|on|by|since|from|until|till)\s+)?"
        r"(?:when|(?:what|which)\s+(?:date|year|day|month))\b",
        q,
    ):
        return "date"
    if re.search(r"\bhow (?:many|much|long|old|far)\b|\bwhat (?:percentage|share|number|age)\b", q):
        return "number"
    # "which CSTO countries", "in which two towns": before "price" in "the LPG price rise"
    plural = r"(?:countries|states|nations|members|cities|towns|regions)\b"
    if re.match(r"(?:(?:in|from|of|among)\s+)?(?:which|what) (?:[\w-]+ ){0,2}" + plural, q):
        return "list"
    if re.search(
        r"\b(?:price|cost|rate|percentage|toll|figure|amount|population|gdp|budget|output|salary)\b",
        q,
    ):
        return "number"  # "what was the gas price rolled back to?" wants a figure
    if re.match(r"(?:who|whose|whom)\b", q) or re.search(r"\bnames? of\b", q):
        return "name"
    if re.match(r"(?:[\w'’-]+\s+){0,5}which\b", q):
        return "name"  # "which company", "at the border with which country": a name
    return "other"


def fits_type(kind: str, text: str, question: str) -> bool:
    """Can `text` answer a question of this kind? A name must be one the question lacks."""
    if kind == "date":
        words = {w.lower() for w in tokens(text)}
        return bool(words & _MONTHS) or bool(_TIME_WORDS.search(text.lower()))
    if kind == "number":  # "how long" wants a length of time, not any figure
        if _HOW_LONG.search(question) or asked_counted(question) in TIME_UNITS:
            return bool(durations(text))  # "from 1991 to 2019", not "2 days after the start"
        if _RATE.search(question) and not _PERCENT.search(text):
            return False  # an unemployment rate is no average age of 31 years
        # a date is no figure ("By how much did prices rise?" is not answered by "from
        # January 3"), nor one the question gives: "How many of the 20,000 bandits ...?"
        return bool(figures(text) - numbers(question))
    if kind == "name":
        return bool(new_names(text, question))
    if kind == "list":  # three names, or as many as asked: "which two countries"
        return len(listed_names(text, question)) >= _listed_wanted(question) and len(
            _new_name_runs(text, question)
        ) >= asked_count(question)
    return True


_HOW_LONG = re.compile(r"\bhow\s+long\b", re.IGNORECASE)
# a rate or a share is a percentage (an exchange rate is not)
_RATE = re.compile(r"(?<!exchange )\b(?:rate|percentage|percent)\b|\bshare\s+of\b", re.I)
_PERCENT = re.compile(r"%|\bper\s?cent\b", re.IGNORECASE)
_UNIT = r"(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)"
_YEAR = r"(?:1[89]|20)\d\d"
_COUNT = r"(?:\d[\d,.]*|a|an|several|few|many|" + "|".join(_NUMBER_WORDS) + ")"
_DURATION = re.compile(
    rf"\b{_COUNT}(?:\s+(?:more|full|whole|long))?(?:\s+|-){_UNIT}\b"
    rf"(?![\s-]*(?:old|ago|after|before|later|earlier)\b)"  # an age, a point in time
    rf"|\b(?:within|for|after)\s+(?:\d+\s+)?{_UNIT}\b"
    rf"|\bfrom\s+{_YEAR}\s*(?:to|until|till|-|–)\s*{_YEAR}\b"
    rf"|\bbetween\s+{_YEAR}\s+and\s+{_YEAR}\b|\bsince\s+{_YEAR}\b",
    re.IGNORECASE,
)
# "the average age of the population is 31 years", "aged 31 years": an age
_AGE = re.compile(
    r"\b(?:age\b[^.;,()]{0,60}\b(?:is|was|are|were|of)|aged)\s+(?:about\s+|around\s+)?$",
    re.IGNORECASE,
)


def durations(text: str) -> list[str]:
    """Lengths of time the text gives: "nearly three days", "29 years in power", "within
    hours", "a two-week state of emergency"; not ages ("22-year-old", "aged 31 years")."""
    return [m.group(0) for m in _DURATION.finditer(text) if not _AGE.search(text[: m.start()])]


def about_it(text: str, question: str) -> bool:
    """Does `text` hold one of the question's words that are not names? A sentence that only
    names who or what the question is about ("Kogeashvili had lived there") says nothing of
    what it asks."""
    wanted = set(question_terms(question)) - {stem(n) for n in capitalised(question)}
    return not wanted or bool(wanted & set(content_terms(text)))


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
    runs = (m.group(0) for m in _NAME_RUN.finditer(text))
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
    return not subject or bool(_plain_words(text) & (subject | _PRONOUNS))


def _listed_wanted(question: str) -> int:
    """How long an enumeration must be: three items, or fewer if fewer are asked."""
    return min(asked_count(question) or 3, 3)


def asked_count(question: str) -> int:
    """How many items the question asks for ("which six countries": 6), 0 if it doesn't
    say. A sentence naming fewer is no answer to it: four requested forces are not the six
    members."""
    m = re.match(r"\s*(?:(?:in|from|of|among)\s+)?(?:which|what)\s+(\w+)", question, re.I)
    return _NUMBER_WORDS.get(m.group(1).lower(), 0) if m else 0


_NAME_RUN = re.compile(r"[A-ZÀ-Ö][\w’'-]*(?:\s+(?:of\s+|the\s+)?[A-ZÀ-Ö][\w’'-]*)*")
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
    for m in _NAME_RUN.finditer(text):
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
    """Names in `text` that the question doesn't hold (months and weekdays are no names)."""
    return names(" x " + text) - names(" x " + question) - _MONTHS


# --- the asked role ------------------------------------------------------------------------

# Words that end the role a question asks about ("the akim of Almaty", "the man shot dead")
_ROLE_STOPS = frozenset(
    """of in at on during for from to with by under behind about against when who whom that
which whose and or after before since until following shot killed detained arrested
responsible involved accountable guilty""".split()
)
_ROLE_END = r"(?=\s+(?:" + "|".join(sorted(_ROLE_STOPS)) + r")\b|\s*[?,.;:]|$)"
_ROLE = re.compile(
    r"^(?:who|whom)\s+(?:is|was|are|were)\s+(?P<a>.+?)"
    + _ROLE_END
    + r"|\bnames?\s+of\s+(?P<b>.+?)"
    + _ROLE_END,
    re.IGNORECASE,
)
_OWNER = re.compile(r"^(?:(?:the|a|an)\s+)?(?:\S+['’]s\s+)?(?:(?:the|a|an)\s+)?", re.IGNORECASE)
ROLE_WINDOW = 6  # words between a name and the role it fills ("Nikol Pashinyan, chairman")
_POSSESSIVE = re.compile(r"['’]s?$")
_HARD_BREAK = re.compile(r"[\[\];:–—]|\s-\s")


def asked_role(question: str) -> set[str]:
    """Stems of the role a name question asks to fill: "Who was the akim (mayor) of Almaty?"
    -> {akim, mayor}; "the names of Nazarbayev's daughters" -> {daughter}; {} if none."""
    m = _ROLE.search(question.strip())
    if not m:
        return set()
    phrase = _OWNER.sub("", m.group("a") or m.group("b")).strip()
    if not phrase or phrase.split()[0].lower() in _ROLE_STOPS:
        return set()  # "who was behind the violence": no role asked
    inside = re.findall(r"\(([^)]*)\)", phrase)
    heads = [tokens(re.sub(r"\([^)]*\)", " ", phrase))[-1:]] + [tokens(p)[-1:] for p in inside]
    # "the Secretary General", "the US Secretary": a role in capitals, after "the"
    titled = re.match(r"(?i:the)\s", m.group("a") or m.group("b"))
    return {
        stem(w)
        for h in heads
        for w in h
        if (w[0].islower() or titled) and w.lower() not in STOPWORDS
    }


def name_stems(text: str) -> set[str]:
    """Stems of the words of the text's names ("Kazakhstan's" -> kazakhstan)."""
    return {stem(w) for n in capitalised(text) for w in content_terms(n)}


NEAR_WINDOW = 8  # words between a name and the question's word it answers for
_APPOSITION = re.compile(r"\b([A-Z][\w’'-]*),\s[^,;:()]{1,80}?,\s")  # after a name
_WHO_IS_NAMED = re.compile(r"^(?i:who|what)\s+(?i:is|was)\s+[A-Z]")


def near_asked(text: str, question: str) -> bool:
    """Does a name the question lacks stand within NEAR_WINDOW words of a word of the
    question (not a name), in the same part of the sentence? "Who shot the Israeli?" is not
    answered by "A 22-year-old Israeli was shot dead ... in the former Kazakh capital
    Almaty": its new names are far from "shot". True when the question asks for a role
    (`fills_role` checks that one) or who a named person is ("Who is Kate Mallinson?")."""
    if asked_role(question) or _WHO_IS_NAMED.match(question.strip()):
        return True
    names = name_stems(question)
    # "Who is the US Secretary of State?": a role in capitals is all the question asks
    asked = set(question_terms(question)) - names or set(question_terms(question))
    wanted = new_names(text, question)
    # "Karim Masimov, a powerful former security chief and prime minister, had been arrested"
    plain = _APPOSITION.sub(r"\1 ", text)
    for piece in _HARD_BREAK.split(text) + _HARD_BREAK.split(plain):
        words = tokens(piece)
        at_q = [i for i, w in enumerate(words) if any(kin(stem(w), a) for a in asked)]
        at_name = [i for i, w in enumerate(words) if w.lower().replace("’", "'") in wanted]
        if any(abs(i - j) <= NEAR_WINDOW for i in at_q for j in at_name):
            return True
    return False


# "..., but", "; whereas": the two sides of a contrast speak of different things
_CONTRAST = re.compile(r",?\s+(?:but|whereas|while|although|though)\s+|;\s*", re.IGNORECASE)


def in_asked_part(claim: str, evidence: str, question: str) -> bool:
    """Do the names a claim gives stand in the side of a contrast that says what is asked
    (the side holding most of the question's words)? "During the recent unrest in Belarus,
    it was enough to just signal a readiness to intervene, but in Kazakhstan they found it
    necessary to go in militarily" answers "In which country's unrest was a signal enough?"
    with Belarus, not Kazakhstan; "the state system in Kazakhstan might collapse" with no
    country at all."""
    given = new_names(claim, question)
    asked = set(question_terms(question)) - name_stems(question)
    if not given or not asked:
        return True
    sides = [s for s in _CONTRAST.split(evidence) if s.strip()]
    best = max(sides, key=lambda s: len(asked & set(content_terms(s))))
    # a sentence sharing no word with what is asked backs no name as its answer
    return bool(asked & set(content_terms(best))) and bool(given & names(" x " + best))


def kin(a: str, b: str) -> bool:
    """The same stem, or one word made from the other: "founder" and "found", "kazakh" and
    "kazakhstan" (the shorter of at least 5 letters)."""
    short, long = sorted((a, b), key=len)
    return a == b or (len(short) >= 5 and long.startswith(short))


def fills_role(text: str, question: str) -> bool:
    """Does `text` name someone in the asked role? A new name must stand within ROLE_WINDOW
    words of the role, with no dash, colon or square bracket between ("Sagintayev (akim of
    Almaty)" does); a role word owning something is no role: "the Almaty Akimat (mayor's
    office)" names no mayor. True when the question asks for no role."""
    role = asked_role(question)
    if not role:
        return True
    wanted = new_names(text, question)
    for piece in _HARD_BREAK.split(text):
        words = tokens(piece)
        # "the mayor's office" names no mayor: a role word owning something is no role
        at_role = [i for i, w in enumerate(words) if stem(w) in role and not _POSSESSIVE.search(w)]
        at_name = [i for i, w in enumerate(words) if w.lower().replace("’", "'") in wanted]
        if any(abs(i - j) <= ROLE_WINDOW for i in at_role for j in at_name):
            return True
    return False
