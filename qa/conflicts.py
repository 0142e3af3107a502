"""Sources that disagree on a figure, or on who held a role: report each with its own source.

For a question asking for a number, the best sentence overall sets the measure: the rarest
question word it contains ("arrested", not "people"). Every article is then searched, sentence
by sentence, for a relevant figure whose clause names that measure (or a word close to it by
embedding: "dead" for "killed"); an article giving other figures disagrees. An article giving
the same figure as a side joins it. Two sources sharing no figure make a dispute.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .evidence import Candidate, word_similarity
from .fates import fates
from .figures import figures
from .questions import name_stems
from .synonyms import said_alike
from .terms import (
    asked_counted,
    capitalised,
    content_terms,
    counted_words,
    kin,
    question_terms,
    stem,
)
from .verify import clauses

# words that say what is counted or how exactly, not which count: "people" arrested vs
# "people" killed, "at least"
COUNTED_GENERAL = frozenset(
    "people person persons men women total number figure least almost nearly about around"
    " alone only overall altogether".split()
)
SOFT_MATCH = 0.7
SIDE_MARGIN = 0.1  # word-embedding cosine at which a clause's word names the measure
ROLE_TERMS = 3  # a role and what it is of: "head", "security", "council"
_WORD = re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*")


@dataclass(frozen=True)
class Side:
    values: tuple[float, ...]  # the figures this source gives (dates and years left out)
    evidence: Candidate

    def label(self) -> str:
        return ", ".join(f"{v:,.0f}" if v == int(v) else f"{v:,}" for v in self.values)


def disagreeing_sides(
    question: str,
    ranked: list[Candidate],
    floor: float,
    pool: list[Candidate] | None = None,
) -> list[Side]:
    """One side per article when at least two articles give different figures; else [].
    `ranked`: the retrieved sentences; `pool`: every sentence of every article, ranked."""
    with_figures = [c for c in ranked if c.relevance >= floor and figures(c.span.text)]
    if not with_figures:
        return []
    top = with_figures[0]
    measure = _measure(question, top)
    if not measure:
        return []
    best: dict[str, Side] = {top.span.doc_id: _side(top, measure)}
    # a side found by searching whole articles must name the measure next to its figure;
    # that, more than its relevance to the whole question, makes it speak of the same thing
    others = [c for c in (pool or with_figures[1:]) if c.relevance >= floor - SIDE_MARGIN]
    others = [c for c in others if figures(c.span.text)]
    for c in others:  # first the sentences naming the measure
        if c.span.doc_id not in best and _names(measure, c.span.text):
            best[c.span.doc_id] = _side(c, measure)
    for c in others:  # then, for articles still silent, a sentence agreeing with a side
        side = _side(c, measure)
        agrees = any(set(side.values) & set(b.values) for b in best.values())
        if c.span.doc_id not in best and c.relevance >= floor and agrees:
            best[c.span.doc_id] = side
    sides = list(best.values())
    # two sources disagree when they share no figure; then every source is reported, also
    # those agreeing with another ("20,000" in two articles, "20 men" in a third)
    disjoint = any(not set(a.values) & set(b.values) for a in sides for b in sides if a is not b)
    return sides if len(sides) >= 2 and disjoint else []


def same_role(
    question: str, top: Candidate, pool: list[Candidate], floor: float
) -> list[Candidate]:
    """For "who" questions: the best sentence and, from each other article, the best sentence
    of `pool` naming the same role, i.e. every word (at least ROLE_TERMS) that the question
    and the best sentence share. "Who was head of Kazakhstan's Security Council?" is
    answered by InformNapalm with Tokayev taking over "as head of the Security Council of
    Kazakhstan", and by Escobar with Nazarbayev who "remains ... head of the Security
    Council" of the "Kazakh" state: the user sees both. One of the words must be the role
    itself, not a name: "Who chairs the CSTO Collective Security Council?" shares only
    names with a sentence on the CSTO's intervention. [] when no other article names it."""
    role = set(question_terms(question)) & set(content_terms(top.span.text))
    names = name_stems(question)
    if len(role) < ROLE_TERMS or role <= names:
        return []
    found = {top.span.doc_id: top}
    for c in pool:
        if c.span.doc_id not in found and c.relevance >= floor and _has_all(role, c.span.text):
            found[c.span.doc_id] = c
    return list(found.values()) if len(found) >= 2 else []


def _has_all(terms: set[str], text: str) -> bool:
    have = set(content_terms(text))
    return all(any(kin(t, h) for h in have) for t in terms)


def _side(c: Candidate, measure: list[str]) -> Side:
    """The sentence's figures but those counting another fate than the measure's: "at the
    minimum 164 dead and almost 6,000 arrested" gives 164 dead, not 6,000, to a toll."""
    values = figures(c.span.text)
    other = _other_fates(c.span.text, measure)
    kept = sorted(v for v in values if v not in other) or sorted(values)
    return Side(tuple(kept), c)


def _other_fates(text: str, measure: list[str]) -> set[float]:
    """The figures whose words say a fate ("6,000 arrested") other than the measure's."""
    asked = {stem(m) for m in measure}
    mine = [said for verbs, said in fates() if asked & (said | {stem(v) for v in verbs})]
    out = set()
    for value, words in counted_words(text):
        said = {stem(w) for w in words}
        theirs = [f for _, f in fates() if f & said]
        if theirs and not any(f in mine for f in theirs):
            out.add(value)
    return out


def _measure(question: str, top: Candidate) -> list[str]:
    """What the figure counts: the question's words (not names, not "people") that the best
    sentence has, as the sentence words them ("arrested")."""
    names = {stem(n) for n in capitalised(question)} | {stem(w) for w in COUNTED_GENERAL}
    have = set(content_terms(top.span.text))
    # a fate said otherwise is said: "deaths" and "killed" say who "died"
    shared = set(question_terms(question)) & (have | said_alike(have)) - names
    # the question names what it counts and the sentence says it: that and what befell
    # them measure, not how they came ("How many foreign troops were sent?": "troops", of
    # "the deployment of about three thousand men", are "peacekeepers" elsewhere)
    counted = stem(asked_counted(question))
    if counted in shared:
        fated = {t for verbs, said in fates() for t in said | {stem(v) for v in verbs}}
        shared = {t for t in shared if t == counted or t in fated}
    words = {stem(w): w.lower() for w in _WORD.findall(top.span.text)}
    return sorted(words.get(t, t) for t in shared)


def _names(measure: list[str], sentence: str) -> bool:
    """Does a clause holding a figure of `sentence` name every word of the measure (or a word
    close to it)?"""
    parts = clauses(sentence) or [sentence]
    for i, clause in enumerate(parts):
        if not figures(clause):
            continue
        if i and all(not words for _, words in counted_words(clause)):
            # a bare figure counts what the clause before names: "The CSTO “peacekeepers”,
            # whose number is insufficient ... (up to 6,000 in total)"
            clause = f"{parts[i - 1]} {clause}"
        words = [w.lower() for w in _WORD.findall(clause)]
        stems = {stem(w) for w in words}
        if all(
            stem(m) in stems or _same_fate(m, stems) or word_similarity(m, words) >= SOFT_MATCH
            for m in measure
        ):
            return True
    return False


def _same_fate(word: str, stems: set[str]) -> bool:
    """Do the clause's words say the fate `word` asks or says? "164 dead" counts "deaths"
    and the "toll"."""
    return any(
        stem(word) in said | {stem(a) for a in asked} and said & stems for asked, said in fates()
    )
