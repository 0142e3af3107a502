"""Who says what: a claim that puts words in someone's mouth needs a span where that
someone is the speaker, not only mentioned.

"Putin said nothing is free" is not supported by "“Nothing is free with Putin,” Mallinson
said", though every word of the claim is there. A speaker is the nearest name before a verb
of saying ("Tokayev announced", "Aidos Ukibay on Saturday denounced", "Putin and Tokayev
said"), the name before an apposition ("Vyacheslav Abramov, founder of the Vlast magazine,
told"), a name just after "said" that opens a segment ("..., said Ekaterina Schulmann"), or
the name after "according to". A possessive is an owner, not a speaker: "Nazarbayev's
spokesman said".
"""

from __future__ import annotations

import re

SAYING = frozenset(
    """said says say saying told tells announced announces denounced denounces blame blamed
blames claimed claims claiming warned warns warning added adds adding asked asks wrote writes
stated states declared declares insisted insists argued argues noted notes stressed stresses
explained explains described describes accused accuses invoked invokes promised promises
urged urges denied denies admitted admits confirmed confirms predicted predicts concluded
concludes""".split()
)
_INVERTED = frozenset("said says added asked wrote".split())  # "..., said Mallinson"
# words between a speaker and the verb: "Tokayev on Saturday announced", "Putin placed the
# blame"; capitalised ones only when they are days or months
_BETWEEN = 3
# quotes, brackets, colons and sentence ends part a speaker from a verb
_SEGMENT = re.compile(r"[“”\"():;]|(?<=[.!?])\s")
_TOKEN = re.compile(r"[\w’'-]+|,")
_TIME = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
may june july august september october november december""".split()
)
# titles and function words are no names: "President Putin" and "President Tokayev" share none
_NOT_NAMES = _TIME | frozenset(
    """the a an on in at by for of and but this that these those it he she they we i last
president prime minister secretary spokesman spokeswoman chairman leader general mr mrs ms
dr""".split()
)


def reports_speech(text: str) -> bool:
    """Does the text report something said: a verb of saying, or a quotation?"""
    words = {w.lower() for w in _TOKEN.findall(text)}
    return bool(words & (SAYING | _CALLING)) or "“" in text or '"' in text


_CALLING = frozenset("call calls called calling".split())  # "the EU starts calling on ..."


def speakers(text: str) -> set[str]:
    """The words naming whoever the text says is speaking, lowercased."""
    found: set[str] = set()
    for segment in _SEGMENT.split(text):
        words = _TOKEN.findall(segment)
        for i, w in enumerate(words):
            if w.lower() in SAYING:
                found |= _before(words, i)
                if w.lower() in _INVERTED and (i == 0 or words[i - 1] == ","):
                    found |= _after(words, i + 1)
            elif w.lower() == "according" and words[i + 1 : i + 2] == ["to"]:
                found |= _after(words, i + 2)
    return found


_PRONOUN_SAYS = re.compile(
    r"\s*(?:he|she|they)\s+(?:\w+\s+)?(?:" + "|".join(sorted(SAYING)) + r")\b", re.IGNORECASE
)


# "Blinken does not hide his concern: "I think - he has declared - that ...": a pronoun
# speaking inside the sentence, after the name it stands for
_INNER_PRONOUN_SAYS = re.compile(
    r"(?:\s[-–—]|[–—(])\s*(?:he|she)\s+(?:has\s+|had\s+)?(?:" + "|".join(sorted(SAYING)) + r")\b"
)


def speaking_before(text: str) -> str:
    """The text before a pronoun speaking inside it ("- he has declared -"), whose names
    it stands for; "" when no pronoun speaks inside it."""
    m = _INNER_PRONOUN_SAYS.search(text)
    return text[: m.start()] if m else ""


def pronoun_speaks(text: str) -> bool:
    """Does a pronoun opening the text speak ("He said Nazarbayev was in close contact ...")?
    Not "Nazarbayev said he told Tokayev ...": Nazarbayev speaks."""
    return _PRONOUN_SAYS.match(text) is not None


def _before(words: list[str], verb: int) -> set[str]:
    """The names nearest before words[verb], past a few plain words or an apposition."""
    i, skipped = verb - 1, 0
    if i >= 0 and words[i] == ",":  # "Abramov, founder of the Vlast magazine, told"
        opening = [j for j in range(i - 1, max(i - 25, -1), -1) if words[j] == ","]
        i = opening[0] - 1 if opening else i
    while i >= 0 and skipped < _BETWEEN and not _is_name(words[i]):
        if words[i] == "," or (words[i][0].isupper() and words[i].lower() not in _TIME):
            return set()
        i, skipped = i - 1, skipped + 1
    if i < 0 or not _is_name(words[i]) or _possessive(words[i]):
        return set()
    return _name_run(words, i, step=-1)


def _after(words: list[str], start: int) -> set[str]:
    """The names within five words after `start`: "said Moscow-based political scientist
    Ekaterina Schulmann"."""
    out: set[str] = set()
    for j in range(start, min(start + 5, len(words))):
        if words[j] != "," and _is_name(words[j]):
            out |= _name_run(words, j, step=1)
    return out


_JOINERS = frozenset(["and", ",", "of", "the"])  # "Putin and Tokayev", "Kate Mallinson of
# Chatham House"


def _name_run(words: list[str], i: int, step: int) -> set[str]:
    """The name at words[i] and the names joined to it ("Vladimir Putin", "Putin and Tokayev")."""
    out: set[str] = set()
    while 0 <= i < len(words) and (_is_name(words[i]) or words[i].lower() in _JOINERS):
        if _is_name(words[i]):
            out.add(words[i].lower().replace("’", "'").removesuffix("'s"))
        i += step
    return out


def _is_name(word: str) -> bool:
    return word[0].isupper() and word.lower() not in _NOT_NAMES


def is_name_word(word: str) -> bool:
    """Can this capitalised word be part of a person's name? Not a title, weekday or article
    ("President", "Monday", "The")."""
    return _is_name(word)


def _possessive(word: str) -> bool:
    return word.lower().replace("’", "'").endswith("'s")


def misattributed(claim: str, evidence: str) -> bool:
    """Does the claim name a speaker the evidence doesn't have speaking?"""
    claimed = speakers(claim)
    return bool(claimed) and not claimed & speakers(evidence)
