"""Evidence checks: sentence spans, and whether a text is supported by a quote.

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
from .terms import (
    CONTRAST,
    STOPWORDS,
    capitalised,
    content_terms,
    names,
    numbers,
    stem,
    tokens,
)

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
            before = block.group()[merged[-1][0] : merged[-1][1]] if merged else ""
            if ABBREVIATION.search(before) or (
                before.endswith(("!", "?")) and stripped.startswith("(")
            ):  # "Mr." / "Jan." ended no sentence, nor "Shal, ket!" before its translation
                merged[-1] = (merged[-1][0], cursor)
            else:
                merged.append((at, cursor))
        spans += [Span(doc_id, offset + a, offset + b, block.group()[a:b]) for a, b in merged]
    return spans


ABBREVIATION = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|St|Prof|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
    r"|U\.S|U\.K|U\.N|e\.\s?g|i\.\s?e|vs)\.$"
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


# where what a negation governs ends: "are not involved in the CTO, and ..."
_CLAUSE_END = re.compile(r"[,;:.!?()\[\]]|\s[–—-]\s|\s(?:and|but|while|whereas)\s", re.I)
_NEGATION = re.compile(r"\b(?:" + "|".join(sorted(_NEGATIONS)) + r")\b|n['’]t\b", re.IGNORECASE)
NEGATED_WORDS = 8


def _negated_clauses(text: str) -> list[list[str]]:
    """The content words each negation governs, in order, to the end of its clause ("are not
    involved in the counter-terrorism operation" -> involv, counter, terror, oper)."""
    out = []
    for m in _NEGATION.finditer(text):
        rest = _CLAUSE_END.split(text[m.end() :], maxsplit=1)[0]
        terms = content_terms(" ".join(rest.split()[:NEGATED_WORDS]))
        if terms:
            out.append(terms)
    return out


def _negated(text: str) -> set[str]:
    """Stems of the words negations govern first ("did not roll back" -> roll)."""
    return {terms[0] for terms in _negated_clauses(text)}


def _clashes(claim: str, evidence: str) -> list[str]:
    """Why the claim says something else than the evidence, though its words are there."""
    found = []
    claim_neg, ev_neg = _negated(claim), _negated(evidence)
    claim_terms = set(content_terms(claim))
    # "The peacekeepers are engaged in the counter-terrorism operation" from "... are engaged
    # in securing the infrastructure, and are not involved in the counter-terrorism operation":
    # the claim says, unnegated, two words or more of what the evidence negates
    unnegated = not claim_neg and any(
        len(set(words) & claim_terms) >= min(2, len(set(words)))
        for words in _negated_clauses(evidence)
    )
    if (claim_neg - ev_neg) or (ev_neg & claim_terms) - claim_neg or unnegated:
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
    if _crossed(claim, evidence):
        found.append("other side")
    return found


def _crossed(claim: str, evidence: str) -> bool:
    """Does the claim say of a name what the evidence says of the other side of a contrast,
    a side with a subject of its own? "The protests in Kazakhstan were motivated by
    political reasons" from "... in Ukraine and Belarus took place for political reasons,
    while those in Kazakhstan were motivated by socio-economic reasons". What a clause says
    of a name follows it; the words before it ("the protests") may be the topic both sides
    share, and a side naming no one ("..., but later deleted the post") shares its subject."""
    parts = CONTRAST.split(evidence)
    sides = [set(content_terms(p)) for p in parts]
    named = [bool(names(" x " + p)) for p in parts]
    for part in CONTRAST.split(claim):
        words = tokens(part)
        for i, w in enumerate(words):
            if not w[0].isupper() or (i == 0 and w.lower() in STOPWORDS):
                continue
            homes = [side for side in sides if stem(w) in side]
            if len(homes) != 1:  # named on both sides (or none): which is its, unknown
                continue
            said = set(content_terms(" ".join(words[i + 1 :]))) - homes[0]
            if any(
                said & side
                for side, own in zip(sides, named, strict=True)
                if own and side is not homes[0]
            ):
                return True
    return False


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
        return self.cover(query_terms, set(content_terms(text)))

    def cover(self, query_terms: list[str], have: set[str]) -> float:
        """IDF-weighted share of the query's terms among the terms `have`."""
        terms = set(query_terms)
        if not terms:
            return 0.0
        total = sum(self.idf(t) for t in terms)
        return sum(self.idf(t) for t in terms if t in have) / total
