"""The LLM's proposal, split into claims, each checked against the sentences it may rest on.

A claim survives only if one sentence nearly as relevant as the best one supports it:
every number and name in it occurs there, and most of its words do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .evidence import Candidate
from .questions import about_it, fits_type, in_asked_part, name_stems
from .terms import content_terms, question_terms
from .verify import ABBREVIATION, support

# A proposal may rest only on sentences nearly as relevant as the best one: a true figure
# from a sentence about something else ("20 rubles" when asked for the roll-back) is wrong.
# Figures get the tight margin; a list or a description may come from a sentence worded
# unlike the question ("made up of" for "members of").
SUPPORT_MARGIN = {"number": 0.1, "date": 0.1}
WIDE_MARGIN = 0.3
SHORT_ANSWER = 4  # words: an answer, not a description
_MARKER = re.compile(r"\[(\d+)\]")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"(\[])")


@dataclass(frozen=True)
class CheckedClaim:
    text: str
    evidence: list[Candidate]  # the supporting sentence; [] when unsupported

    @property
    def supported(self) -> bool:
        return bool(self.evidence)


# words a finished sentence does not end on: "... dismissing the Cabinet, and removing the"
_DANGLING = frozenset(
    "a an the and or but nor of to for from with into than that which whose its their his her "
    "our your my very such as including like among between by in on at about after before during"
    " against over under upon since until through across via per because if when while where"
    " whom whether".split()
)


def incomplete(claim: str) -> bool:
    """Does the claim break off mid-phrase (the model stopped or marked a citation there)?"""
    words = re.findall(r"[A-Za-z']+", claim)
    return bool(words) and words[-1].lower() in _DANGLING and claim.rstrip()[-1:] not in "!?"


def strip_markers(text: str) -> str:
    """Text without its [n] citation markers."""
    return re.sub(r"\s*\[\d+\]", "", text).strip()


def prompt(question: str, context: list[Candidate]) -> str:
    from .prompts import render

    numbered = "\n".join(f"[{i}] {c.span.text}" for i, c in enumerate(context, 1))
    return render("answer", question=question, sentences=numbered)


def split_claims(proposal: str) -> list[tuple[str, list[int]]]:
    """Sentences of a proposal, each with the 0-based context indexes its [n] markers cite."""
    out = []
    for sentence in _sentences(proposal.strip()):
        cited = [int(n) - 1 for n in _MARKER.findall(sentence)]
        text = _MARKER.sub("", sentence).strip().rstrip(".").strip()
        if text and not text.upper().startswith("NOT FOUND"):
            out.append((text, cited))
    return out


def _sentences(text: str) -> list[str]:
    """The proposal's sentences: "Gen. Gerasimov" is one name, not a claim "Gen" and another."""
    out: list[str] = []
    for piece in _SENTENCE_END.split(text):
        if out and ABBREVIATION.search(out[-1]):
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return out


def check(
    proposal: str, question: str, context: list[Candidate], floor: float, kind: str
) -> list[CheckedClaim]:
    """Every claim of the proposal, supported or not. Markers say which sentence to try first."""
    margin = SUPPORT_MARGIN.get(kind, WIDE_MARGIN)
    relevant_floor = max(floor, context[0].relevance - margin) if context else floor
    out = []
    for text, cited in split_claims(proposal):
        order = list(
            dict.fromkeys([i for i in cited if 0 <= i < len(context)] + list(range(len(context))))
        )
        pool = [context[i] for i in order if context[i].relevance >= relevant_floor]
        if kind in ("name", "other"):  # a name stands where the sentence says what is asked
            pool = [c for c in pool if in_asked_part(text, c.span.text, question)]
        # a description must speak of what is asked: "we are convinced that our Kazakh friends
        # can solve their problems" is Peskov's, but not what he said was important (a short
        # answer, "Belarus", need not)
        answers = kind != "other" or len(text.split()) <= SHORT_ANSWER or _about(text, question)
        evidence = _supporting(text, pool) if answers and _informative(text, question) else []
        out.append(CheckedClaim(text, evidence))
    if out and not any(fits_type(kind, c.text, question) for c in out if c.supported):
        # "how many" answered without a number, "who" without a new name: not an answer
        out = [CheckedClaim(c.text, []) for c in out]
    return out


def _about(claim: str, question: str) -> bool:
    """Does a description speak of what is asked: a word the question asks with, or, where
    it asks nothing beyond names ("What happened in Taldykorgan?"), one of those names? The
    model picked "protesters shooting at the Army" from a list naming the town elsewhere."""
    if set(question_terms(question)) - name_stems(question):
        return about_it(claim, question)
    names = name_stems(question)
    return not names or bool(names & set(content_terms(claim)))


def _informative(claim: str, question: str) -> bool:
    """A claim must add something to the question, not only repeat it."""
    return bool(set(content_terms(claim)) - set(question_terms(question))) or bool(
        re.search(r"\d", claim)
    )


def _supporting(claim: str, pool: list[Candidate]) -> list[Candidate]:
    """The first sentence that supports the claim on its own. Claims are never stitched from
    two sentences: their words together can say what neither does."""
    return next(([c] for c in pool if support(claim, c.span.text).supported), [])
