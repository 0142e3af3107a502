"""Questions typed in lower case: "who became prime minister after smailov?" names Smailov
for every check that finds names by their capitals. A question with a capital letter past
its first is the user's own casing, and kept: "the British secretary of state" is no
"Secretary". In one without, a word is given the case the articles always write it in
mid-sentence; words they also write in lower case ("may", "state") are left alone. A
question word's run-on "is" ("who's") is spelled out."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .config import Config
from .questions import POSSESSIVE
from .states import STATES
from .terms import stem

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


_cache: dict[tuple[str, ...], tuple[dict[str, str], frozenset[str]]] = {}


def corpus_cased(records: dict[str, dict], config: Config) -> dict[str, str]:
    """`cased_words` of the stored articles (`records`: the store's catalog), once per set
    of stored texts."""
    return _corpus(records, config)[0]


def corpus_words(records: dict[str, dict], config: Config) -> frozenset[str]:
    """Every word of the stored articles, in lower case."""
    return _corpus(records, config)[1]


def _corpus(records: dict[str, dict], config: Config) -> tuple[dict[str, str], frozenset[str]]:
    from .evidence import documents

    key = tuple(sorted(f"{d}:{r.get('fingerprint', '')}" for d, r in records.items()))
    found = _cache.get(key)
    if found is None:  # built before it is stored: another thread never sees it half-made
        texts = [d.text for d in documents(config, set(records)).values()]
        words = frozenset(POSSESSIVE.sub("", w).lower() for t in texts for w in _WORD.findall(t))
        found = (cased_words(texts), words)
        _cache.clear()
        _cache[key] = found
    return found


MIN_MISSPELT = 6  # shorter words are one letter from too many others ("Aktau", "attack")


def spelled_right(question: str, cased: dict[str, str], words: frozenset[str]) -> str:
    """The question with a name typed in lower case and misspelt by one letter (dropped,
    added, changed or two swapped) spelled as the articles write it: "kazakstan" ->
    "Kazakhstan", "nazarbaev's" -> "Nazarbayev's". A word the articles use (or one of its
    forms) is no misspelling, and one a letter from two names is left as typed."""

    stems = _stems(words)  # "warned" is no misspelling of anything when "warning" is said
    words = words | _STATE_WORDS  # "israel" is no "Israeli" misspelt

    def fix(m: re.Match[str]) -> str:
        word = m.group()
        bare = POSSESSIVE.sub("", word)
        low = bare.lower()
        # a capital is the user's own spelling of a name ("America's", "Armenian" may be
        # names the articles never use)
        if bare != low or len(low) < MIN_MISSPELT or low in words or stem(low) in stems:
            return word
        # a slip keeps the first letter: "warned" is no "Harned"
        near = {
            form
            for name, form in cased.items()
            if name[0] == low[0] and _one_letter_apart(low, name)
        }
        return near.pop() + word[len(bare) :] if len(near) == 1 else word

    return _WORD.sub(fix, question)


_STATE_WORDS = frozenset(
    w.lower() for s in STATES for n in (*s.names, *s.adjectives, *s.seats) for w in n.split()
)


@lru_cache(maxsize=4)
def _stems(words: frozenset[str]) -> frozenset[str]:
    return frozenset(stem(w) for w in words)


def _one_letter_apart(a: str, b: str) -> bool:
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        swapped = len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
        return len(diff) == 1 or (swapped and a[diff[1]] == b[diff[0]])
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))
