"""Where a name answering a question stands: in the role the question asks to fill ("Who
was the akim (mayor) of Almaty?" is answered by "Bakytzhan Sagintayev (akim of Almaty)",
`fills_role`), or near a word of the question (`near_asked`).
"""

from __future__ import annotations

import re

from .evidence import BYLINE
from .matching import held
from .questions import MEANING, POSSESSIVE, name_stems, new_names
from .speakers import SAYING, speakers, speaking_before
from .states import STATES, first_state, said_of_state
from .synonyms import alike, saying
from .terms import STOPWORDS, content_terms, kin, question_terms, stem, tokens
from .yesno import ADVERBS

# --- the asked role ------------------------------------------------------------------------

# Words that end the role a question asks about ("the akim of Almaty", "the man shot dead")
_ROLE_STOPS = frozenset(
    """of in at on during for from to with by under behind about against when who whom that
which whose and or after before since until following shot killed detained arrested
responsible involved accountable guilty""".split()
)
_ROLE_END = r"(?=\s+(?:" + "|".join(sorted(_ROLE_STOPS)) + r")\b|\s*[?,.;:]|$)"
# offices a "which" question may ask for by their title ("Which spokesman for Nazarbayev
# ...?"); not callings said in many words ("reporter" is the Guardian's "correspondent")
_PERSON_ROLES = (
    r"spokes(?:man|woman|person)|minister|president|chairman|chairwoman|ambassador|mayor"
    r"|akim|commander|secretary|envoy|governor|premier|general"
)
_ROLE = re.compile(
    # "Who was put in as interim prime minister ...?": the role is after "as"
    r"^(?:who|whom)\s+(?:is|was|are|were)\s+(?:put\s+in|appointed|named|installed|elected"
    r"|sworn\s+in|chosen|picked|nominated|confirmed|made|designated)\s+as\s+(?P<c>.+?)"
    + _ROLE_END
    # "Who did Tokayev name as acting prime minister?": the same, said of who did it
    + r"|^(?:who|whom)\s+(?:did|does|do|will|would)\s+(?:[\w’'-]+\s+){1,3}?(?:put\s+in|appoint"
    r"|name|install|elect|swear\s+in|choose|pick|nominate|confirm|make|designate)\s+as\s+"
    r"(?P<e>.+?)"
    + _ROLE_END
    + r"|^(?:who|whom)\s+(?:is|was|are|were|became|becomes|(?:has|had|will)\s+become)"
    + r"\s+(?P<a>.+?)"
    + _ROLE_END
    + rf"|\bnames?\s+of\s+{MEANING}(?P<b>.+?)"
    + _ROLE_END
    # "Which spokesman for Nazarbayev dismissed ...?": a person's role, asked by "which"
    + rf"|^which\s+(?P<d>(?:[\w-]+\s+){{0,2}}?(?:{_PERSON_ROLES}))(?=\s|['’]|\?)",
    re.IGNORECASE,
)
_OWNER = re.compile(r"^(?:(?:the|a|an)\s+)?(?:\S+['’]s\s+)?(?:(?:the|a|an)\s+)?", re.IGNORECASE)
ROLE_WINDOW = 6  # words between a name and the role it fills ("Nikol Pashinyan, chairman")
_HARD_BREAK = re.compile(r"[\[\];:–—]|\s-\s")


def asked_role(question: str) -> set[str]:
    """Stems of the role a name question asks to fill: "Who was the akim (mayor) of Almaty?"
    -> {akim, mayor}; "the names of Nazarbayev's daughters" -> {daughter}; {} if none."""
    m = _ROLE.search(question.strip())
    if not m:
        return set()
    phrase = _role_phrase(m)
    if not phrase:
        return set()  # "who was behind the violence": no role asked
    inside = re.findall(r"\(([^)]*)\)", phrase)
    heads = [tokens(re.sub(r"\([^)]*\)", " ", phrase))[-1:]] + [tokens(p)[-1:] for p in inside]
    # "the Secretary General", "the US Secretary": a role in capitals, after "the"
    titled = re.match(r"(?i:the)\s", _asked(m))
    role = {
        stem(w)
        for h in heads
        for w in h
        if (w[0].islower() or titled) and w.lower() not in STOPWORDS | SOMEONE
    }
    return set(saying(role))  # "Which Kremlin spokesperson": "Kremlin spokesman Peskov"


# someone described, in no role: "Who was the Israeli man shot dead in Almaty?"
SOMEONE = frozenset(
    "man woman men women person people boy girl individual national citizen".split()
)


# a deputy is not the one asked: "Deputy Prime Minister Alikhan Smailov" is no prime minister
_UNDER = frozenset("deputy vice assistant".split())


def _under(words: list[str], i: int, question: str) -> bool:
    """Is the role at `i` held under another ("Deputy Prime Minister"), unless asked so?"""
    before = {w.lower() for w in words[max(0, i - 2) : i]} & _UNDER
    return bool(before) and not before & {w.lower() for w in tokens(question)}


def _asked(m: re.Match[str]) -> str:
    return next(g for g in (m["c"], m["e"], m["a"], m["b"], m["d"]) if g)


def _role_phrase(m: re.Match[str]) -> str:
    phrase = _OWNER.sub("", _asked(m)).strip()
    return "" if not phrase or phrase.split()[0].lower() in _ROLE_STOPS else phrase


def role_initials(question: str) -> set[str]:
    """The initials of a role of two words or more: "interim prime minister" -> {PM, IPM}
    ("Smailov, as interim PM")."""
    m = _ROLE.search(question.strip())
    words = tokens(re.sub(r"\([^)]*\)", " ", _role_phrase(m))) if m else []
    return {"".join(w[0] for w in words[-n:]).upper() for n in (2, 3) if len(words) >= n}


NEAR_WINDOW = 8  # words between a name and the question's word it answers for
APPOSITION = re.compile(r"\b([A-Z][\w’'-]*),\s[^,;:()]{1,80}?,\s")  # after a name
_WHO_SAID = re.compile(
    r"\s*(?:who|(?:which|what)(?:\s+(?!(?:did|does|do|is|was|were|has|had|have)\b)[\w-]+)"
    r"{1,3}?)\s+(?:has\s+|had\s+)?(?:said|says|say|told|warned|wrote|claimed|argued"
    r"|declared|described|called|stated|predicted)\b",
    re.IGNORECASE,
)
_WHO_IS_NAMED = re.compile(r"^(?i:who|what)\s+(?i:is|was)\s+[A-Z]")


def near_asked(text: str, question: str) -> bool:
    """Does a name the question lacks stand within NEAR_WINDOW words of a word of the
    question (not a name), in the same part of the sentence? "Who shot the Israeli?" is not
    answered by "A 22-year-old Israeli was shot dead ... in the former Kazakh capital
    Almaty": its new names are far from "shot". True when the question asks for a role
    (`fills_role` checks that one) or who a named person is ("Who is Kate Mallinson?")."""
    if asked_role(question) or _WHO_IS_NAMED.match(question.strip()):
        return True
    if _WHO_SAID.match(question) and speakers(text) & new_names(text, question):
        return True  # "“Nothing is free with Putin, and ...,” Mallinson said"
    if _WHO_SAID.match(question) and new_names(speaking_before(text), question):
        return True  # "Blinken does not hide his concern: "I think - he has declared - ...""
    names = name_stems(question)
    # "Who is the US Secretary of State?": a role in capitals is all the question asks
    asked = set(question_terms(question)) - names or set(question_terms(question))
    wanted = new_names(text, question)
    # "Karim Masimov, a powerful former security chief and prime minister, had been arrested"
    plain = APPOSITION.sub(r"\1 ", text)
    for piece in _HARD_BREAK.split(text) + _HARD_BREAK.split(plain):
        words = tokens(piece)
        at_q = [i for i, w in enumerate(words) if any(kin(stem(w), a) for a in asked)]
        at_name = [i for i, w in enumerate(words) if w.lower().replace("’", "'") in wanted]
        if any(abs(i - j) <= NEAR_WINDOW for i in at_q for j in at_name):
            return True
    return False


def titles(text: str, role: set[str], question: str) -> bool:
    """Does the role stand as a title right before a name the question lacks ("Nazarbayev
    spokesman Aidos Ukibay"), not as an adjective ("the puppet president Tokayev" is no
    "puppeteer")?"""
    words, new = tokens(text), new_names(text, question)
    return any(
        stem(w) in role and words[i + 1].lower().replace("’", "'") in new
        for i, w in enumerate(words[:-1])
    )


# how long someone holds a post: a question asking one is not answered by the other
_STANDINGS = (
    frozenset("permanent permanently".split()),
    frozenset("interim acting temporary temporarily caretaker provisional".split()),
)


def of_the_standing_asked(text: str, question: str) -> bool:
    """Does the text leave standing how long the post asked is held? "Who was appointed
    the new permanent prime minister?" is not answered by Smailov appointed "as interim PM"
    (nor the other way round); a text saying neither leaves it open, and so does a question
    asking which of them it is. Read for names only (`fit.fits`): "Was Smailov's
    appointment permanent?" is answered by "as interim PM"."""
    asked = {w.lower() for w in tokens(question)}
    said = {w.lower() for w in tokens(text)}
    if sum(bool(asked & standing) for standing in _STANDINGS) > 1:
        return True  # "the permanent or the interim prime minister?": either says it
    for standing in _STANDINGS:
        others = set().union(*(s for s in _STANDINGS if s is not standing))
        if asked & standing and not said & standing and said & others:
            return False
    return True


def fills_role(text: str, question: str, title: str = "") -> bool:
    """Does `text` name someone in the asked role? A new name must stand within ROLE_WINDOW
    words of the role, with no dash, colon or square bracket between ("Sagintayev (akim of
    Almaty)" does); a role word owning something is no role: "the Almaty Akimat (mayor's
    office)" names no mayor; nor does a role of a state neither the question nor the
    article's `title` names first ("Prime Minister of Armenia"). True when the question
    asks for no role."""
    role = asked_role(question)
    if not role:
        return True
    initials = role_initials(question)
    # "appointing a Deputy Prime Minister, Alikhan Smailov, as interim PM": neither "PM" nor
    # "Deputy" is anyone
    wanted = new_names(text, question) - {i.lower() for i in initials} - _UNDER
    if _speaks_as(text, role, wanted):
        return True
    for piece in _HARD_BREAK.split(text):
        words = tokens(piece)
        # "the mayor's office" names no mayor: a role word owning something is no role
        at_role = [
            i
            for i, w in enumerate(words)
            if (
                stem(w) in role
                and not POSSESSIVE.search(w)
                and not _under(words, i, question)
                and not _of_a_state_not_asked(words, i, role, f"{question} {first_state(title)}")
            )
            # "as interim PM"; two letters alone are too often something else ("AP reported")
            or (w in initials and (len(w) > 2 or "as" in words[max(0, i - 2) : i]))
        ]
        at_name = [i for i, w in enumerate(words) if w.lower().replace("’", "'") in wanted]
        if any(abs(i - j) <= ROLE_WINDOW for i in at_role for j in at_name):
            return True
    return False


def _of_a_state_not_asked(words: list[str], i: int, role: set[str], question: str) -> bool:
    """Is the role at words[i] another state's, one the question does not name? "Nikol
    Pashinyan, ... Prime Minister of Armenia" is no prime minister Tokayev named."""
    j = i
    while j + 1 < len(words) and stem(words[j + 1]) in role:
        j += 1
    after = words[j + 1 : j + 4]
    if not after or after[0] != "of":
        return False
    owner = " ".join(w for w in after[1:] if w != "the")
    state = next((s for s in STATES if any(owner.startswith(n) for n in s.names)), None)
    return state is not None and not said_of_state(state, question)


# "As a scholar of post-Soviet Ukraine, Russia's involvement in Kazakhstan seems very familiar
# to me. (Lena Surzhko Harned, The Conversation)": the byline's author speaks in the role
_AS_A = re.compile(r"\b[Aa]s\s+an?\s+((?:[\w-]+\s+){0,2}[\w-]+)")
_FIRST_PERSON = re.compile(r"\b(?:I|me|my)\b")


def _speaks_as(text: str, role: set[str], wanted: set[str]) -> bool:
    """Does one speaking in the first person say they are in the role ("As a scholar of
    ..., ... to me"), the paragraph's byline naming them?"""
    by = BYLINE.search(text)
    said = text[: by.start()] if by else ""
    return (
        by is not None
        and bool(_FIRST_PERSON.search(said))
        and any(role & {stem(w) for w in tokens(m[1])} for m in _AS_A.finditer(said))
        and any(w.lower().replace("’", "'") in wanted for w in tokens(by[1]))
    )


# --- what the one asked did ----------------------------------------------------------------

# "What was the name of the prime minister whose government Tokayev dismissed?": the one
# asked is picked out by a clause after the kind asked (up to a clause of its own: "the
# spokesman who dismissed rumours that ..."); "Who replaced the prime minister whose ...?"
# asks of another
_RELATIVE = re.compile(
    r"^(?:who|what|which)\s+(?:is|was|are|were)\s+(?:the\s+names?\s+of\s+)?(?:the|a|an)\s+"
    r"(?:[\w-]+\s+){1,3}?(?P<rel>whose|who)\s+"
    r"(?P<clause>[^?,;]+?)(?=\s+(?:that|when|after|before|while|because|since|as)\b|[?,;]|$)",
    re.IGNORECASE,
)
# "Which opposition leader did Tokayev offer to hold talks with?": what was done to them
_WHICH_DID = re.compile(
    r"^which\s+(?:[\w-]+\s+){1,3}?(?P<rel>did|does|do|has|have|had|will|would)\s+"
    r"(?P<clause>[^?,;]+?)(?=\s+(?:that|when|after|before|while|because|since|as)\b|[?,;]|$)",
    re.IGNORECASE,
)
CLAUSE_HELD = 0.5  # share of the clause's words (beyond names) the sentence must hold


def does_what_the_one_asked_did(text: str, question: str) -> bool:
    """Does the sentence hold half the words (at least one, beyond names) of the clause
    picking out the one asked? Pashinyan, "Prime Minister of Armenia", is not the prime
    minister "whose government Tokayev dismissed". A "whose" clause's noun must be
    someone's in the sentence (`_owned`): "accepting the current government's resignation
    ... and appointing ... Alikhan Smailov" does not make it Smailov's government."""
    m = _RELATIVE.match(question.strip()) or _WHICH_DID.match(question.strip())
    if not m:
        return True
    clause = m["clause"]
    if m["rel"].lower() == "whose" and not _owned(clause.split()[0], text):
        return False
    wanted = set(question_terms(clause)) - name_stems(clause)
    need = max(1, int(CLAUSE_HELD * len(wanted)))
    have = content_terms(text)
    # the same word, one made from it ("found": "founder"), or one close by MiniLM
    made = {w for w in wanted if any(kin(w, h) for h in have)}
    return not wanted or len(held(wanted - made, text, clause) | made) >= need


_NAME = r"(?P<owner>[A-Z][\w-]*)"
_STATE_WORDS = frozenset(w for s in STATES for w in (*s.adjectives, *s.names, *s.initials))


def _owned(noun: str, text: str) -> bool:
    """Is `noun` someone's in the text: a name's ("Mamin's government"), of a name ("the
    government of Askar Mamin", "the government led by Mamin") or his, her or their? A
    state's is no one's: "Kazakhstan's government" is not its prime minister's."""
    n = re.escape(stem(noun))
    found = [
        *re.finditer(rf"{_NAME}[’']s?\s+(?:[\w-]+\s+)?{n}\w*", text),
        *re.finditer(rf"\b{n}\w*\s+(?:of|led\s+by|headed\s+by|under)\s+(?:the\s+)?{_NAME}", text),
    ]
    if any(m["owner"] not in _STATE_WORDS for m in found):
        return True
    return bool(re.search(rf"\b(?:his|her|their)\s+(?:[\w-]+\s+)?{n}\w*", text, re.IGNORECASE))


# "What will the Kazakh intervention now require of Russia?": what its subject does
_WHAT_DOES = re.compile(
    r"^\s*what\s+(?:did|does|do|will|would|could|can|might|may|should)\s+(?P<rest>.+)",
    re.IGNORECASE,
)
_SAYING_STEMS = frozenset(stem(w) for w in SAYING)  # "warn" as "warned"
_AGENT_WORDS = 3  # "by" this near before the subject makes it the agent of a passive


def runs_the_way_asked(text: str, question: str) -> bool:
    """Does the sentence have the question's subject do what it asks, not undergo it? "What
    will the Kazakh intervention require of Russia?" is not answered by "the use of Maidan
    technologies ..., which of course required immediate military intervention", nor "What
    did Russia demand of Kazakhstan?" by "Kazakhstan demanded of Russia ...": the subject
    stands only after the verb (and not as its agent, "lodged by the Kyrgyz government"). A
    verb of saying may come first: "..., said Diana T Kudaibergenova", "warned Lukyanov"."""
    m = _WHAT_DOES.match(question)
    if not m:
        return True
    said = tokens(m["rest"])
    asked = [w.lower() for w in said]
    words = [w.lower() for w in tokens(text)]
    stems = [stem(w) for w in words]
    ways = set()  # for each word the sentence holds, read as the verb: does its subject lead?
    for i, word in enumerate(asked[1:], 1):
        if word in STOPWORDS or stem(word) in _SAYING_STEMS or said[i][0].isupper():
            continue  # no verb, or one whose subject may follow: "..., warned Lukyanov"
        before = [w for w in asked[:i] if w not in ADVERBS]
        if not before or before[-1] in STOPWORDS or stem(before[-1]) in _SAYING_STEMS:
            continue  # an object: "say about the protests"
        # a verb the sentence says happened ("required"), not a noun ("sociologist")
        at = [j for j, t in enumerate(stems) if kin(stem(word), t) and words[j].endswith("ed")]
        where = [j for j, t in enumerate(stems) if kin(stem(before[-1]), t)]
        if at and where:
            # "lodged by the Kyrgyz government", "as ordered by President Tokayev"
            agent = any("by" in words[max(0, j - _AGENT_WORDS) : j] for j in where)
            ways.add(agent or min(where) < max(at))
    return not ways or True in ways


# callings that exclude one another: a sociologist is no economist
_CALLINGS = frozenset(
    stem(w)
    for w in """economist sociologist scientist historian anthropologist lawyer journalist
correspondent diplomat ambassador editor""".split()
)
# a scholar or an analyst may be any of them, asked; said, they are none of them in particular
_ANY_CALLING = frozenset(stem(w) for w in "scholar analyst expert observer".split())


def of_the_calling_asked(text: str, question: str) -> bool:
    """Does the text, giving someone a calling, give the one the question asks (or a word of
    its sense)? "Which University of Cambridge economist said ...?" is not answered by
    "said Diana T Kudaibergenova, a sociologist at the University of Cambridge", nor "Which
    Russian economist ...?" by Lukyanov, "a leading Russian foreign policy analyst"."""
    asked = [w for w in tokens(question) if stem(w) in _CALLINGS]
    said = [w for w in tokens(text) if stem(w) in _CALLINGS | _ANY_CALLING]
    return not asked or not said or any(alike(a, w) for a in asked for w in said)
