"""Yes-or-no questions: "Did Kazakhstan leave the CSTO?" is answered by a sentence naming
everyone and everything it names and holding half its other words, not by one sharing its
names alone."""

from __future__ import annotations

import re

from .evidence import word_similarity
from .fates import fate_words
from .matching import held, holds_any, names_the_state, spells_out, without_places
from .questions import OPENING, name_stems
from .speakers import SAYING
from .terms import AUXILIARIES, STOPWORDS, content_terms, kin, question_terms, stem, tokens

# a yes-or-no question opens with an auxiliary
_YES_NO = re.compile(
    rf"\s*{OPENING}?(?:" + "|".join(AUXILIARIES) + r")(?:n['’]t)?\b", re.IGNORECASE
)


def asks_yes_or_no(question: str) -> bool:
    return bool(_YES_NO.match(question))


HELD = 0.5  # share of a yes-or-no or why question's other words a sentence holds


# "What happened after ...?" asks of the clause after it; "Did he make any statement?" of
# the statement: a light verb says nothing of its own
GENERIC_VERBS = frozenset(
    stem(w)
    for w in """happen happened occur occurred do did make makes made take takes took give
gives gave get gets got""".split()
)


def holds_half(text: str, question: str, share: float = HELD) -> bool:
    """Does the text hold `share` of the question's words beyond its names and light verbs,
    rounded down (a lone verb may be said otherwise: "left" by "had fled")?"""
    wanted = set(question_terms(question)) - name_stems(question) - GENERIC_VERBS
    return len(held(wanted, text, question)) >= int(share * len(wanted))


def states_what_is_asked(text: str, question: str, source: str = "") -> bool:
    """A yes-or-no question is answered by a sentence naming everyone and everything it
    names (a place and the `source` the user named aside; `text` holds the sentences a
    pronoun points back to; a state may be named by its capital, or its capital by the
    state), and holding half its other words, rounded down: "Did Kazakhstan leave the
    CSTO?" is not answered by Blinken on Russians being hard to get to leave, nor "Did
    Blinken think the Kazakh authorities were capable ...?" by his concern, but by "He did
    not fail to point out that ... the Kazakh authorities certainly have the capacity ...".
    What it asks may be put in other words: "Did Nazarbayev leave the country?" is answered
    by rumors that he "had fled the country", "Did the Kremlin say Kazakhstan had asked
    ...?" by "the Kremlin noted that Nur-Sultan had not asked ..."."""
    if not asks_yes_or_no(question):
        return True
    names = name_stems(without_places(question))  # named in any case: "the security council"
    names -= set(content_terms(source))  # "interviewed by the Guardian": the source named
    named = all(
        holds_any({n}, text) or names_the_state(n, text) or spells_out(n, text) for n in names
    )
    return named and holds_half(text, question) and does_what_is_asked_of_them(text, question)


# words between a subject and its verb: neither is what is asked of them
ADVERBS = frozenset(
    """later also ever still then already just never not really actually eventually
finally officially publicly personally formally initially immediately now further""".split()
)
# "Did Karim Masimov deny ...?", "Was Alikhan Smailov later confirmed ...?", "Has Masimov been
# convicted ...?": the word after a named subject (and "been") says what is asked of them
_NAMED_DOING = re.compile(
    rf"\s*{OPENING}?(?P<aux>(?i:{'|'.join(AUXILIARIES)}))(?:n['’]t)?\s+"
    r"(?P<names>[A-Z][\w’'.-]*\s+(?:(?:and\s+)?[A-Z][\w’'.-]*\s+)*)"
    rf"(?:(?:{'|'.join(sorted(ADVERBS))})\s+)*(?P<be>(?:been|be|being)\s+)?(?P<verb>[a-z][\w-]*)"
)
_PARTICIPLE = re.compile(r"(?:ed|en|wn|ught|ung)$")  # "convicted", "taken", "shown", "caught"
VERB_MATCH = 0.5  # MiniLM closeness of a word saying it: "leave" is 0.53 from "fled", 0.51
# from "left"; "deny" 0.34 from "arrested", "pay" 0.41 from "stake"
# a verb only saying someone thought or said something asks what they said (`SAYING` too),
# unless after "is", "was" ...: being "confirmed" befalls one
_HOLDING = frozenset("think thought believe believed expect expected feel felt".split())
_BE = frozenset("is are was were be been".split())


def does_what_is_asked_of_them(text: str, question: str) -> bool:
    """Does the text say what a yes-or-no question asks a named subject did or underwent
    (the same word, one made from it, or one close by MiniLM: "leave" and "had fled"; a
    fate or a step of a prosecution only in its own words: "convicted" is not "arrested")?
    "Did Karim Masimov deny the treason charges?" is not answered by his arrest "on
    suspicion of treason", though it holds half the question's words."""
    m = _NAMED_DOING.match(question)
    # "Did Tokayev's government resign?": the subject is what the name owns, unread here
    verb = m["verb"] if m and not re.search(r"['’]s\s*$", m["names"]) else ""
    if m and m["be"] and not _PARTICIPLE.search(verb):
        verb = ""  # "Has Tokayev been president ...?": no verb after "been"
    light = verb in STOPWORDS or stem(verb) in GENERIC_VERBS  # "make any statement"
    # "Did Tokayev say ...?" asks what was said; "Was Smailov confirmed ...?" what befell him
    saying = (verb in SAYING or verb in _HOLDING) and m["aux"].lower() not in _BE and not m["be"]
    if not verb or light or saying:
        return True
    if any(kin(stem(verb), t) for t in content_terms(text)):
        return True
    # one fate is not another: MiniLM puts "convicted" 0.67 from "arrested"
    fate = fate_words(verb)
    if fate:
        return bool(fate & {stem(w) for w in tokens(text)})
    return word_similarity(verb, [w.lower() for w in tokens(text)]) >= VERB_MATCH
