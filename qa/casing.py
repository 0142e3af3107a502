"""Questions typed in lower case: "who became prime minister after smailov?" names Smailov
for every check that finds names by their capitals. A question with a capital letter past
its first is the user's own casing, and kept: "the British secretary of state" is no
"Secretary". In one without, a word is given the case the articles always write it in
mid-sentence; words they also write in lower case ("may", "state") are left alone. A
question word's run-on "is" ("who's") is spelled out."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .config import Config
from .questions import POSSESSIVE

_WORD = re.compile(r"[A-Za-z][\w’'-]*")
# what ends the text before a sentence's (or a quote's) first word
_OPENS = re.compile(r"(?:^|[.!?:\"“(\[\n—|]\s*)$")
HEADLINE = 0.6  # share of a line's words capitalised in a headline


def cased_words(texts: Iterable[str]) -> dict[str, str]:
    """Lower-case word -> the one form the texts write it in mid-sentence, for words they
    always capitalise there (a sentence's first word tells nothing, nor a headline: "Its
    Future Looks Darker Than Ever")."""
    forms: dict[str, set[str]] = {}
    lines = (line for text in texts for line in text.splitlines())
    for text in lines:
        if _headline(text):
            continue
        for m in _WORD.finditer(text):
            if _OPENS.search(text[max(0, m.start() - 3) : m.start()]):
                continue
            word = POSSESSIVE.sub("", m.group())
            forms.setdefault(word.lower(), set()).add(word)
    cased = {}
    for low, seen in forms.items():
        (form,) = seen if len(seen) == 1 else ("",)
        if form[:1].isupper() and len(form) > 1:  # "N" of a stray initial is no name
            cased[low] = form
    return cased


def _headline(line: str) -> bool:
    words = _WORD.findall(line)
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= HEADLINE * len(words)


def truecased(question: str, cased: dict[str, str]) -> str:
    """A question typed in lower case with each word the articles always capitalise in their
    case: "smailov" -> "Smailov", "russia's" -> "Russia's". A question cased by its user
    ("Who came after Smailov?") is left as typed."""
    if any(ch.isupper() for ch in question[1:]):
        return question

    def fix(m: re.Match[str]) -> str:
        word = m.group()
        bare = POSSESSIVE.sub("", word)
        form = cased.get(bare)  # its keys are lower case: "GUARDIAN" is left as typed
        return form + word[len(bare) :] if form else word

    return _WORD.sub(fix, question)


# "who's", "what's": a question word's "is" run on ("Who's Nazarbayev's spokesman?")
_RUN_ON_IS = re.compile(r"\b(who|what|where|when|why|how|which)['’]s\b", re.IGNORECASE)


def spelled_out(question: str) -> str:
    """The question with a question word's run-on "is" spelled out: "Who's Nazarbayev's
    spokesman?" -> "Who is Nazarbayev's spokesman?" (else "Who's" reads as a possessive);
    before a participle it is "has": "What's happened" -> "What has happened"."""
    return _RUN_ON_IS.sub(_spelled, question)


def _spelled(m: re.Match[str]) -> str:
    after = m.string[m.end() :].split(maxsplit=1)
    participle = bool(after) and bool(_HAS_NEXT.match(after[0]))
    return f"{m[1]} {'has' if participle else 'is'}"


# "'s" before these is "has": "what's happened", "who's been arrested", "who's got"
_HAS_NEXT = re.compile(r"(?:been|got|gone|had|\w+ed)\b", re.IGNORECASE)


_cache: dict[tuple[str, ...], dict[str, str]] = {}


def corpus_cased(records: dict[str, dict], config: Config) -> dict[str, str]:
    """`cased_words` of the stored articles (`records`: the store's catalog), once per set
    of stored texts."""
    from .evidence import documents

    key = tuple(sorted(f"{d}:{r.get('fingerprint', '')}" for d, r in records.items()))
    cased = _cache.get(key)
    if cased is None:  # built before it is stored: another thread never sees it half-made
        cased = cased_words(d.text for d in documents(config, set(records)).values())
        _cache.clear()
        _cache[key] = cased
    return cased
