"""Answers: the model proposes, the evidence decides.

1. Retrieve passages; rank their sentences (exact spans of the cleaned articles) by relevance,
   keeping only sentences of the answer type the question asks for.
2. No sentence relevant enough: refuse, citing nothing.
3. Sources giving different figures: report each value with its own source.
4. Otherwise the LLM proposes an answer; each of its claims is kept only if a sentence nearly
   as relevant as the best supports it. No claim survives: quote the best sentence, if it is
   relevant enough, else refuse. Every claim is attributed to the source it rests on.
5. A question asking several things: a part left open is quoted from a sentence answering
   it, or named as missing.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from . import claims as claimcheck
from .about import about_article
from .blame import accounts, asked_blame, blame_answer
from .casing import corpus_cased, spelled_out, truecased
from .compose import (
    REFUSAL,
    Answer,
    Citation,
    Claim,
    Conflict,
    Part,
    compose,
    conflict_answer,
    source_name,
)
from .config import Config
from .conflicts import SIDE_MARGIN, disagreeing_sides, same_role
from .counting import (
    as_often_and_as_soon_as_asked,
    counts_asked,
    of_the_group_asked,
    of_whom_asked,
)
from .dating import in_the_year_asked, year_said_near
from .described import described_first, describes_whom, named_after, naming
from .each_source import each_source
from .evidence import (
    Candidate,
    antecedent,
    byline,
    inside,
    paragraph_before,
    rank,
)
from .figures import figures
from .fit import befalls_as_asked, fits
from .followups import ANAPHORA, condense, plain_turn, without_context
from .looking import Look, look_up
from .matching import events_placed, in_the_place_asked
from .parts import Part as QuestionPart
from .parts import covers, first_part, left_open, question_parts
from .questions import (
    asked_count,
    fits_type,
    names_subject,
    previous_names,
)
from .rivals import restates
from .rivals import rivals as sentences_vying
from .roles import asked_role, titles
from .rumors import with_denials
from .sources import (
    named_sources,
    scoped,
    source_names,
    without_every_source,
    without_sources,
)
from .store import get_store
from .things import names_the_thing_asked
from .yesno import asks_yes_or_no, holds_half

__all__ = [  # the result types live in `compose`; `ask` returns them
    "REFUSAL",
    "Answer",
    "AskError",
    "Citation",
    "Claim",
    "Conflict",
    "ask",
    "ask_stream",
    "condense",
    "source_name",
]

# Tuned on eval/questions.yaml: a verified LLM claim needs a sentence of MIN_RELEVANCE;
# quoting a sentence without one needs MIN_QUOTE_RELEVANCE (0.45 and 0.46 score alike on the
# eval since terms are weighed over the whole corpus, `corpus_weights`; the stricter is kept)
MIN_RELEVANCE = 0.35
MIN_QUOTE_RELEVANCE = 0.46
# ... or MIN_RELEVANCE and a lead of QUOTE_MARGIN over the next sentence that could answer
# (a question the articles answer tends to have one sentence standing out; one they don't,
# several alike), or, alone in fitting, no lag of more than QUOTE_MARGIN behind the best
# sentence that cannot
QUOTE_MARGIN = 0.05
FAR_BEHIND = 0.25  # how far a fitting sentence may trail one that cannot answer
CONTEXT_SENTENCES = 4  # numbered sentences shown to the LLM
LIST_SOURCES = 3  # articles quoted for a list question
COUNTED_LIST = 4  # "which six countries": a sentence naming that many stands out by it


class AskError(ValueError):
    pass


@dataclass(frozen=True)
class _Ready:
    """Everything `ask` knows before the LLM speaks."""

    base: dict[str, Any]
    context: list[Candidate]
    kind: str
    question: str
    config: Config
    antecedent: frozenset[str] = frozenset()  # names the previous answer gave
    rival: float | None = None  # the best other sentence's relevance, fitting or not
    doc_ids: Sequence[str] | None = None  # the sources looked in
    known: str = ""  # the names of the sources the user named
    own: str = ""  # the user's question as read (cased: `truecased`), without the context


def ask(
    question: str,
    history: Sequence[tuple[str, str]] | None = None,
    doc_ids: Sequence[str] | None = None,
    config: Config | None = None,
    llm: Any = None,
) -> Answer:
    """Answer `question` from the stored articles, with citations, or refuse."""
    ready, model, done = _begin(question, history, doc_ids, config, llm)
    if isinstance(ready, Answer):
        return done(ready)
    proposal = ""
    if model is not None:
        proposal = str(model.complete(claimcheck.prompt(ready.question, ready.context))).strip()
    return done(_finish(ready, proposal))


def ask_stream(
    question: str,
    history: Sequence[tuple[str, str]] | None = None,
    doc_ids: Sequence[str] | None = None,
    config: Config | None = None,
    llm: Any = None,
) -> Iterator[str | Answer]:
    """Yield the LLM's text as it comes, then the verified `Answer` (which may retract some)."""
    ready, model, done = _begin(question, history, doc_ids, config, llm)
    if isinstance(ready, Answer):
        yield done(ready)
        return
    proposal = ""
    if model is not None:
        for chunk in model.stream_complete(claimcheck.prompt(ready.question, ready.context)):
            proposal += chunk.delta or ""
            if chunk.delta:
                yield chunk.delta
    yield done(_finish(ready, proposal.strip()))


def _begin(
    question: str,
    history: Sequence[tuple[str, str]] | None,
    doc_ids: Sequence[str] | None,
    config: Config | None,
    llm: Any,
) -> tuple[_Ready | Answer, Any, Callable[[Answer], Answer]]:
    """What `ask` and `ask_stream` share: the question prepared (or answered without the
    LLM), the LLM if it is needed, and the last step: each other source the user named
    asked alone (after the stream: their answers join the final one)."""
    config = config or Config.from_env()
    ready, named, records = _prepare(question, history, doc_ids, config)
    model = None
    if not isinstance(ready, Answer):
        model = llm if llm is not None else _llm(config)

    def done(answer: Answer) -> Answer:
        return each_source(
            answer, named, records, lambda d: ask(question, history, [d], config, llm)
        )

    return ready, model, done


def _prepare(
    question: str,
    history: Sequence[tuple[str, str]] | None,
    doc_ids: Sequence[str] | None,
    config: Config,
) -> tuple[_Ready | Answer, list[str], dict[str, dict]]:
    """What `ask` knows before the LLM speaks (or the answer given without it), the sources
    the user named (within `doc_ids`) and the catalog."""
    typed = (question or "").strip()
    if not typed:
        raise AskError("the question is empty")
    records = get_store(config).doc_records()  # the catalog, read once per question
    # "after smailov?": a name; "who's": "who is"
    question = events_placed(truecased(spelled_out(typed), corpus_cased(records, config)))
    standalone = condense(question, history or [])
    if standalone != question and without_context(standalone) == standalone:
        question = standalone  # a fragment made whole ("And in Aktau?"): what the user asks
    # the user's own words name sources; an earlier answer's attributions do not
    asked = question if standalone == question else f"{question} {(history or [])[-1][0]}"
    about = about_article(question, asked, doc_ids, standalone, records, config)
    if about is not None:
        return about, [], records
    # each source named answers a one-part question (`each_source`); a source answering one
    # part of several is no silent one
    each = [d for d in named_sources(asked, records) if doc_ids is None or d in doc_ids]
    each = each if not question_parts(question) else []
    query, doc_ids = scoped(without_every_source(standalone), asked, doc_ids, records)
    known = source_names(asked, records, doc_ids)
    own = question  # the user's own words, which some checks read
    look = look_up(query, own, doc_ids, known, config)
    first = first_part(query, question) if standalone == question else None
    switched = False
    if first and not (look.ranked and look.ranked[0].relevance >= MIN_RELEVANCE):
        # a question asking several things, no sentence answering all of them: its first
        # part is looked for alone, the others then quoted or named missing (`_complete`,
        # `left_open`)
        query, own = first
        look, switched = look_up(query, own, doc_ids, known, config), True
    kind, passages, every, scored, ranked, weights = look
    base = dict(question=typed, passages=passages, standalone_question=standalone)
    # who is behind an event: the articles' accounts, which relevance alone does not find
    blame = None if switched else asked_blame(query)
    said = accounts(query, blame, every, weights) if blame is not None else []
    if said:
        return blame_answer(base, said, blame, standalone, config), each, records
    if not ranked or ranked[0].relevance < MIN_RELEVANCE:
        named = named_after(scored, kind, query, MIN_QUOTE_RELEVANCE, config)
        if named is not None:  # "Who was the Israeli killed ..., and how old was he?"
            answer = compose(base, [named], config)
            return (left_open(answer, question) if switched else answer), each, records
        return Answer(text=REFUSAL, refused=True, **base), each, records
    early = _early(base, look, query, own, known, standalone, config)
    if early is not None:
        return (left_open(early, question) if switched else early), each, records
    before = previous_names(*plain_turn((history or [])[-1])) if standalone != question else set()
    # a lone count stands out from the other sentences with figures (a share of Russians
    # speaking Russian is a rival to "3.5 million Russians live in Kazakhstan"), not from a
    # list of riots with none
    rivals = sentences_vying(scored, ranked)
    if kind == "number":
        rivals = [c for c in rivals if figures(c.span.text)]
    rival = rivals[0].relevance if rivals else None
    context = ranked[:CONTEXT_SENTENCES]
    before_names = frozenset(before)
    ready = _Ready(
        base, context, kind, standalone, config, before_names, rival, doc_ids, known, question
    )
    return ready, each, records


def _early(
    base: dict[str, Any],
    look: Look,
    query: str,
    own: str,
    known: str,
    standalone: str,
    config: Config,
) -> Answer | None:
    """The answers given without the LLM: a name after the best sentence, disputed
    figures, a list per article, a role as each article gives it; None otherwise."""
    kind, _, every, _, ranked, weights = look
    if (named := named_after(ranked, kind, query, MIN_QUOTE_RELEVANCE, config)) is not None:
        return compose(base, [named], config)  # the best fitting sentence names no one
    if kind == "number":
        pool = rank(query, every, weights, by_clause=True)
        pool = [c for c in pool if _side_of(c, query, own)]
        sides = disagreeing_sides(
            query, [c for c in ranked if of_whom_asked(c, query)], MIN_RELEVANCE, pool
        )
        if sides:
            return conflict_answer(base, sides, standalone, config)
    if kind == "list" and (
        ranked[0].relevance >= MIN_QUOTE_RELEVANCE or asked_count(query) >= COUNTED_LIST
    ):
        # lists are quoted as the articles give them (and they may differ): best per article
        per_doc: dict[str, Candidate] = {}
        for c in ranked:
            per_doc.setdefault(c.span.doc_id, c)
        picks = [c for c in per_doc.values() if c.relevance >= MIN_RELEVANCE][:LIST_SOURCES]
        return compose(base, [(c.span.text, [c], True) for c in picks], config)
    if kind == "name" and ranked[0].relevance >= MIN_QUOTE_RELEVANCE:
        # who held a role is quoted as each article gives it (and they may differ)
        pool = rank(query, every, weights)
        pool = [c for c in pool if fits(c, kind, query, own, known)]
        picks = same_role(query, ranked[0], pool, MIN_RELEVANCE - SIDE_MARGIN)
        if picks:
            return compose(base, [(c.span.text, [c], True) for c in picks], config)
    return None


def _side_of(c: Candidate, query: str, own: str) -> bool:
    """Can a sentence found anywhere be a side of a disputed count? It counts what is asked
    (for "how many", an age or a share counts no one: "How old is Nazarbayev?" is not
    disputed by "A 22-year-old Israeli"), of whom it is asked, and says what befell them.
    A town asked must be named: "How many were killed in Almaty alone?" is not disputed by
    nationwide tolls. Fewer checks than `fits`: a side names the measure, which ties it to
    the question more than its relevance does (`disagreeing_sides`)."""
    text = c.span.text
    return (
        fits_type("number", text, query)
        and counts_asked(text, query)
        and as_often_and_as_soon_as_asked(text, own)
        and of_whom_asked(c, query)
        and befalls_as_asked(text, own)
        and of_the_group_asked(text, own, paragraph_before(c))
        and in_the_year_asked(c, query)
        and year_said_near(c, query)
        and in_the_place_asked(text, c.doc.title, without_context(query))
    )


def _finish(ready: _Ready, proposal: str) -> Answer:
    checked = claimcheck.check(proposal, ready.question, ready.context, MIN_RELEVANCE, ready.kind)
    best = ready.context[0]
    quotable = _quotable(ready) and _names_the_thing(best, ready)
    # where the evidence singles out no sentence, the model may confirm the best one but not
    # pick another: Gemma answered who Tokayev installed with "Nazarbayev", from the runner-up
    kept = [
        c
        for c in checked
        if c.supported
        and (quotable or _rests_on(c, best))
        and all(_names_the_thing(ev, ready) for ev in c.evidence)
    ]
    dropped = [Claim(c.text, [], False) for c in checked if c not in kept]
    base = dict(ready.base, proposal=proposal)
    if kept:
        parts = [_shown(c, ready.kind) for c in kept]
        parts = list({text: (text, ev, q) for text, ev, q in parts}.values())  # one quote once
    elif quotable:
        parts = [(best.span.text, [best], True)]  # quote the best sentence itself
    else:
        return Answer(text=REFUSAL, refused=True, claims=dropped, **base)
    parts = with_denials(described_first(parts, ready.own, ready.config), ready.config)
    parts, missing = _complete(ready, parts)
    return compose(base, parts, ready.config, missing, dropped=dropped)


def _names_the_thing(c: Candidate, ready: _Ready) -> bool:
    """Does the sentence name the kind of thing a "What was the ...?" question asks for?"""
    return ready.kind != "other" or names_the_thing_asked(c.span.text, ready.own)


def _rests_on(claim: claimcheck.CheckedClaim, best: Candidate) -> bool:
    return all(ev.span == best.span for ev in claim.evidence)


def _shown(claim: claimcheck.CheckedClaim, kind: str) -> Part:
    """A verified claim as the answer shows it: in the model's words, or as the sentence it
    rests on when those words would lose something. A figure or a date is given as the source
    words it ("at least 164", "in December 1991", where the model said "164", "in 1991"); a
    claim breaking off mid-phrase is given whole."""
    if kind in ("number", "date") or claimcheck.incomplete(claim.text):
        return (claim.evidence[0].span.text, claim.evidence, True)
    return (claim.text, claim.evidence, False)


def _quotable(ready: _Ready) -> bool:
    """Is the best sentence relevant enough to quote as the answer on its own? A date of
    the asked event (see `fits`) naming the question's subject itself is ("When did
    Kazakhstan leave the USSR?"), and a name right after the role asked; so is a sentence
    standing out from the others that could answer, or, alone in fitting, not far behind
    those that cannot."""
    ranked, question = ready.context, ready.own
    best = ranked[0]
    if best.relevance >= MIN_QUOTE_RELEVANCE:
        return True
    if ready.kind == "date" and names_subject(best.span.text, question, ready.antecedent):
        return True
    # a name right after the role asked ("Nazarbayev spokesman Aidos Ukibay") need not stand
    # out from the sentences on what the role-holder did ("Persistent rumors ...")
    if ready.kind == "name" and titles(best.span.text, asked_role(question), question):
        return True
    if best.relevance < MIN_RELEVANCE:
        return False
    # standing out needs others to stand out from: the other sentences that could answer
    fitting = (c.relevance for c in ranked if not restates(c.span.text, best.span.text))
    runner_up = next(fitting, None)
    if runner_up is not None:
        # ... and not far behind one that cannot answer ("What is still not exactly clear is
        # which conflicting clans are flaming the protests" 0.70, for which clans fuel them,
        # leaves "the protests started in the city of Zhanaozen" at 0.37 no answer)
        far_behind = ready.rival is not None and best.relevance < ready.rival - FAR_BEHIND
        return best.relevance - runner_up >= QUOTE_MARGIN and not far_behind
    # a yes-or-no answer names everyone the question names (`states_what_is_asked`): alone
    # in doing so, and holding all its other words, it need not keep up with sentences that
    # do not ("A 22-year-old Israeli was shot dead" for whether he was killed for his faith;
    # but "... the murder, nor if the man ..." says nothing of whether the police did it)
    if asks_yes_or_no(question) and holds_half(f"{antecedent(best)} {best.span.text}", question, 1):
        return True
    # when none could, a lone sentence of the right type must keep up with those that cannot
    # ("“Old man, out!”" for the name of a man shot dead falls far behind), but need not lead
    # them: they share the question's words without answering it ("he requests the
    # intervention of forces of the CSTO" leads "Nikol Pashinyan, chairman of the CSTO
    # Collective Security Council" by 0.04 for who chairs that council)
    return ready.rival is not None and best.relevance >= ready.rival - QUOTE_MARGIN


def _complete(ready: _Ready, parts: list[Part]) -> tuple[list[Part], list[str]]:
    """For a question asking several things: a part the answer leaves open is quoted from
    the best sentence answering it (the proposal may have skipped "in September 2013"),
    or else named as missing."""
    missing = []
    for part in question_parts(ready.own):  # the user's words, not the context
        covering = [ev for text, ev, _ in parts if covers(part, _bylined(text, ev), ready.question)]
        if covering:
            # "Who was the Israeli man shot dead ..., and how old was he?": the sentence
            # giving his age describes him; the next one names him
            best = covering[0][-1]
            described = part.kind == "name" and describes_whom(best.span.text, part.text)
            then = naming(best, ready.config) if described else None
            if then is not None and all(then.span != c.span for _, ev, _ in parts for c in ev):
                parts = [*parts, (then.span.text, [then], True)]
            continue
        pool = [c for _, ev, _ in parts for c in ev] + ready.context
        found = next(
            (
                c
                for c in pool
                if c.relevance >= MIN_RELEVANCE and covers(part, c.span.text, ready.question)
            ),
            None,
        )
        found = found or _looked_up(part, ready)
        if found is None:
            missing.append(part.text)
        else:
            parts = [*parts, (found.span.text, [found], True)]
    return parts, missing


# what a part asked alone would lose: whom or what it points back to ("he", "there", "the
# former security chief")
_SELF = {"former", "latter", "himself", "herself", "itself", "themselves", "the"}
_POINTING = re.compile(r"\b(?:" + "|".join(sorted(ANAPHORA | _SELF)) + r")\b", re.IGNORECASE)


def _looked_up(part: QuestionPart, ready: _Ready) -> Candidate | None:
    """The best sentence answering a part on its own, found by looking it up alone (the
    context was found for the question's first part): "and how many had been detained?".
    Its own words are few, so it must be as relevant as a bare quote; one pointing back
    ("he", "there", "the former security chief") is not looked up alone, and a figure only
    in one source (across sources it may be disputed: `disagreeing_sides`)."""
    # looked up in the sources named, so without their names (`sources.scoped`), which an
    # article known by its alias alone ("the commentary translated from Italian") has too
    text = without_sources(part.text, get_store(ready.config).doc_records()) or part.text
    one_source = ready.doc_ids is not None and len(ready.doc_ids) == 1
    if _POINTING.search(text) or (part.kind == "number" and not one_source):
        return None
    look = look_up(text, part.text, ready.doc_ids, ready.known, ready.config)
    best = look.ranked[0] if look.ranked else None
    if best is None or best.relevance < MIN_QUOTE_RELEVANCE:
        return None
    return best if covers(part, best.span.text, ready.question) else None


def _bylined(text: str, evidence: list[Candidate]) -> str:
    """The text with the bylines of its evidence's paragraphs, which the answer names it by:
    "According to Lena Surzhko Harned, The Conversation" answers who said it, and where."""
    bylines = [b.text for c in evidence if (b := byline(c)) is not None and not inside(b, c)]
    return " ".join([text, *(f"({b})" for b in bylines)])


_llms: dict[Config, Any] = {}
_llms_lock = threading.Lock()


def _llm(config: Config) -> Any:
    """One LLM per configuration and process (two threads must not load two models)."""
    if config.llm == "none":
        return None
    with _llms_lock:
        if config not in _llms:
            from .llms import get_llm

            _llms[config] = get_llm(config)
        return _llms[config]
