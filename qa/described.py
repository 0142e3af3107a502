"""A person described first, named in the next sentence: "A 22-year-old Israeli was shot
dead Friday night ... The foreign ministry said today that Levan Kogeashvili had lived ...".
For "What was the name of the Israeli man shot dead?" both sentences are quoted."""

from __future__ import annotations

import re

from .compose import Part
from .config import Config
from .evidence import Candidate, named_next, passage_at, sentences
from .matching import holds_any, in_the_place_asked
from .questions import name_stems
from .roles import SOMEONE
from .terms import STOPWORDS, content_terms, tokens

# one name ("names of" lists), of whom: the words before a relative clause; or a person
# described: "Who was the Israeli national shot dead in Almaty?"
_NAME_OF = re.compile(
    r"(?:\bname\s+(?P<more>and\s+\w+\s+)?of|^who\s+(?:was|is)\s+(?=(?:the|an?)\s))\s*"
    r"(?P<whom>.*?)"
    r"(?:\s+(?:who|whom|whose|that|which)\b|[?,;]|$)",
    re.IGNORECASE,
)


def named_after(
    scored: list[Candidate], kind: str, query: str, floor: float, config: Config
) -> Part | None:
    """For "What was the name of the Israeli man shot dead?" (or "Who was the Israeli man
    shot dead?"): the best sentence, relevant at least to `floor`, describes him without a
    name, and the next one names him for the first time. Both are quoted."""
    # "What was the name and age of ...?" asks a name too, whatever its answer type
    m = _NAME_OF.search(query)
    if not (kind == "name" or (m and m["more"])):
        return None
    if not scored or scored[0].relevance < floor:
        return None
    best = scored[0]
    # "the Israeli man shot dead in Aktau" is not the one shot in Almaty
    if not in_the_place_asked(best.span.text, best.doc.title, query):
        return None
    then = naming(best, config) if describes_whom(best.span.text, query) else None
    return None if then is None else (f"{best.span.text} {then.span.text}", [best, then], True)


def describes_whom(text: str, question: str) -> bool:
    """Does the sentence describe the one the question asks to be named, by the noun it
    asks of ("the Russian official leading the delegation": an official), or, for a
    person plainly ("the Israeli man", "the Israeli national"), by what qualifies them? "A
    22-year-old Israeli was shot dead" describes the Israeli man shot dead; "a special
    delegation was soon flying out of Moscow" no official leading it. "The man who shot
    the Israeli" is a man, not the Israeli the sentence describes."""
    m = _NAME_OF.search(question)
    words = []
    for w in tokens(m["whom"]) if m else []:
        if words and (w.lower() in STOPWORDS or re.search(r"(?:ed|ing)$", w) or w in _SHOT):
            break
        if w.lower() not in STOPWORDS:
            words.append(w)
    if not words:
        return False
    head = words[-2] if words[-1].lower() in SOMEONE and len(words) > 1 else words[-1]
    return holds_any(set(content_terms(head)), text)


_SHOT = frozenset("shot killed hit slain gunned seen born".split())


def naming(c: Candidate, config: Config) -> Candidate | None:
    """The next sentence, if it names for the first time the one `c` describes unnamed."""
    span = named_next(c)
    if span is None:
        return None
    return Candidate(span, passage_at(span.doc_id, span.start, config), c.relevance, c.doc)


# "Who was Levan Kogeashvili?", "Who is Tokayev?": a name given, who they are asked
_WHO_IS_NAMED = re.compile(r"^(?i:who\s+(?:is|was))\s+(?:[A-Z][\w’'-]*\s*)+\??$")


def described_first(parts: list[Part], question: str, config: Config) -> list[Part]:
    """For "Who was Levan Kogeashvili?": a quoted sentence naming him for the first time
    ("The foreign ministry said today that Levan Kogeashvili had lived ...") comes after
    the one describing him unnamed ("A 22-year-old Israeli was shot dead ..."), which says
    who he was: it is quoted first."""
    if not _WHO_IS_NAMED.match(question.strip()):
        return parts
    out: list[Part] = []
    for text, evidence, quoted in parts:
        before = _described_before(evidence[0], question, config) if evidence else None
        if before is not None and all(before.span != c.span for _, ev, _ in parts for c in ev):
            out.append((before.span.text, [before], True))
        out.append((text, evidence, quoted))
    return out


def _described_before(c: Candidate, question: str, config: Config) -> Candidate | None:
    """The sentence before `c`, if it describes unnamed the one asked, whom `c` names."""
    earlier = [s for s in sentences(c.doc) if s.end <= c.span.start][-1:]
    if not earlier or not name_stems(question) <= {w.lower() for w in tokens(c.span.text)}:
        return None
    span = earlier[0]
    if not _SOMEONE_UNNAMED.search(span.text):
        return None
    before = Candidate(span, passage_at(span.doc_id, span.start, config), c.relevance, c.doc)
    return before if named_next(before) == c.span else None


# someone described, not named: "A 22-year-old Israeli was shot dead", "a man was arrested"
_SOMEONE_UNNAMED = re.compile(
    r"\b(?i:an?)\s+(?:[\w-]+\s+){0,3}?(?:(?i:"
    + "|".join(sorted(SOMEONE))
    + r")|[A-Z][a-z]+(?:i|ian|an|ese|ish|ch))\b"
)
