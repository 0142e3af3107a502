"""Can a sentence answer the question? The checks past its answer type (`questions`).

Each check turns away one way a sentence of the right type answers something else: a
figure counting another group, a name that did not do what is asked, a quote by someone
else than the one the question attributes it to. The checks of a figure are in `counting`;
of an event's date and a year, in `dating`; of what someone said or did, in `saying`; of
the one a "which" question asks for, in `naming`; whether a text holds a term or a name, in
`matching`.
"""

from __future__ import annotations

import re

from .counting import (
    as_often_and_as_soon_as_asked,
    counts_right_way,
    gives_a_total,
    in_money,
    in_the_terms_asked,
    lasts_as_asked,
    leaves_in_whom_asked,
    names_the_quantity,
    of_the_group_asked,
    of_the_kind_asked,
    of_the_share_asked,
    of_the_whole_asked,
    of_whom_asked,
)
from .dating import dates_the_year_asked, in_the_year_asked, tells_the_event, year_said_near
from .evidence import (
    PRONOUN_OPENING,
    Candidate,
    antecedent,
    byline,
    inside,
    introduced,
    is_heading,
    paragraph,
    paragraph_before,
)
from .fates import asked_fates, tells_what_happened
from .figures import days, figures
from .followups import without_context
from .matching import (
    held,
    holds_any,
    in_the_place_asked,
    names_a_place,
    names_the_doer,
    names_the_states_asked,
    of_named,
    of_the_body_named,
    said_by_the_one_asked,
    seats_as_states,
    without_places,
    without_towns,
)
from .naming import named_inside, names_one_asked
from .questions import (
    NAME_RUN,
    WHY,
    about_subject,
    asked_count,
    fits_type,
    main_clause,
    name_stems,
    new_names,
    without_opening,
)
from .roles import (
    APPOSITION,
    does_what_the_one_asked_did,
    fills_role,
    near_asked,
    of_the_calling_asked,
    of_the_standing_asked,
    runs_the_way_asked,
)
from .saying import (
    ACCORDING,
    SPEAKING,
    does_what_is_asked,
    names_what_it_is_about,
    names_whom_it_is_according_to,
    only_maybe,
    refuses_as_asked,
    said_by_whom_asked,
)
from .terms import (
    STOPWORDS,
    TIME_UNITS,
    asked_counted,
    content_terms,
    kin,
    question_terms,
    stem,
    tokens,
)
from .yesno import GENERIC_VERBS, asks_yes_or_no, holds_half, states_what_is_asked


def fits(c: Candidate, kind: str, query: str, own: str, known: str = "") -> bool:
    """Can this sentence answer the question? It gives the answer type asked (`fits_type`),
    passes the checks of that type (`_fits_its_kind`), and holds what the question takes
    for granted (`_holds_what_is_asked`). `own` is the user's own words (not a follow-up's
    context); `known` the authors and outlets of the sources the user named. For a name,
    its paragraph's byline counts: "As a scholar of post-Soviet Ukraine, ..." is answered
    by "(Lena Surzhko Harned, The Conversation)" closing the paragraph."""
    if is_heading(c):  # "The Israeli victim" names no victim
        return False
    text = c.span.text
    before = antecedent(c)  # what a pronoun opening the sentence points back to
    by = byline(c) if kind == "name" else None
    if by is not None and not inside(by, c):
        text = f"{text} ({by.text})"
    return (
        fits_type(kind, text, f"{query} — by {known}" if known else query)  # names known
        and fills_role(without_towns(text), query, c.doc.title)  # no role is "from Russia"
        and (kind != "name" or of_the_standing_asked(text, own))  # "permanent": not "interim"
        and _fits_its_kind(c, kind, text, query, own, known, before)
        and _holds_what_is_asked(c, kind, text, query, own, known, before)
    )


def _fits_its_kind(
    c: Candidate, kind: str, text: str, query: str, own: str, known: str, before: str
) -> bool:
    """The checks of an answer type. A name stands near what the question asks of it
    (unless a byline names the speaker), in a sentence naming whom the question names; a
    "which" (or "what company") question needs one of those asked named, not an indefinite
    one qualified, a place, an owner or a modifier. A figure counts what is asked, of
    whom and of the group asked ("How old is Tokayev?" is not answered by "Nazarbayev,
    81"), the way asked, as the quantity, of the kind and the whole asked ("food prices",
    "the protesters' age"), not leaving them out, a total as no share, and in the terms and
    money asked. A count of people, a name or a list says what befell them. A date is of
    the asked event: the sentence says most of what the user's question says happened,
    names its subject (or a pronoun) and the year it places it in. Anything else says the
    fate the question asks ("released") and is what the one the question names said, a
    place for "where", and a yes-or-no answer names everyone the question names and holds
    half its other words (with the sentences a pronoun points back to)."""
    bylined = text != c.span.text
    if kind == "name" and not (
        names_someone_new(text, query, c.doc.text)
        and (bylined or near_asked(text, query))
        and does_what_is_asked(text, query, bylined)
        and does_what_the_one_asked_did(text, query)
        and names_one_asked(_spoken(c, text, query), query, c.doc.text)
        and of_named(c, query, known, before)
    ):
        return False
    if kind == "number" and not (
        of_whom_asked(c, query, known)
        and of_the_group_asked(text, own, paragraph_before(c))
        and counts_right_way(text, query)
        and names_the_quantity(text, query)
        and of_the_kind_asked(text, own)
        and of_the_whole_asked(text, own)
        and of_the_share_asked(text, own)
        and leaves_in_whom_asked(text, own)
        and gives_a_total(text, own)
        and in_the_terms_asked(text, query)
        and in_money(text, query)
        and lasts_as_asked(c.span.text, own)
        and as_often_and_as_soon_as_asked(text, own)
        and said_by_the_one_asked(c, query)
    ):
        return False
    if kind == "date":
        return (
            tells_the_event(text, own, c.doc)
            and _about_subject(text, own)
            and dates_the_year_asked(text, own)
        )
    if kind == "other":
        return (
            tells_what_happened(text, own)
            and befalls_as_asked(f"{before} {text}", own)
            and said_by_whom_asked(c, text, query, known, before)
            and states_what_is_asked(f"{before} {text}", own, known)
            and names_a_place(text, own)
        )
    # a name, a figure or a list
    return befalls_as_asked(text, own) and refuses_as_asked(text, own)


def _said_in(c: Candidate) -> str:
    """Where the candidate's speaker may be named: its paragraph and the one before (a quote
    runs on), but only its own if a byline closes it. Fesenko's paragraph, closed by his
    byline, is not Chausovsky's for following his."""
    if byline(c) is None:
        return paragraph(c)
    text = c.doc.text
    end = text.find("\n", c.span.end)
    return text[text.rfind("\n", 0, c.span.start) + 1 : None if end < 0 else end]


def _in_the_place_asked(c: Candidate, kind: str, text: str, question: str) -> bool:
    """Does the sentence name where the question places it? For a name, where the article
    introduces the one speaking may: "Who at Chatham House said there will be a quid pro
    quo?" is answered by "..., Mallinson said", whom it introduced "at Chatham House"."""
    if in_the_place_asked(text, c.doc.title, question):
        return True
    return kind == "name" and in_the_place_asked(introduced(c), c.doc.title, question)


def _about_subject(text: str, question: str) -> bool:
    """Is the date sentence about the subject asked, a seat of government standing for its
    state either way: "When did Beijing offer help?" (China offered it), "In what year did
    Kazakhstan sign the CSTO treaty?" ("Nur-Sultan signed the CSTO treaty in 2003")."""
    return (
        about_subject(text, question)
        or about_subject(text, seats_as_states(question))
        or about_subject(seats_as_states(text), question)
    )


def _holds_what_is_asked(
    c: Candidate, kind: str, text: str, query: str, own: str, known: str, before: str
) -> bool:
    """What the question takes for granted: what it is about and whom it is according
    to; what befell those it names (in a stretch naming them); a body named in full (or its
    initials); an ordinal or a superlative picking one; everything a "why" question names
    and half its other words; a word of its main clause; the town it places it in; the
    figures, days and quoted words it gives; its subject doing what it asks, not undergoing
    it; that it happened, not only might; and its year (in the sentence, its paragraph or
    its article's date, or after a year its undated article tells of as past)."""
    return (
        names_what_it_is_about(f"{before} {c.span.text}", query)
        and _names_the_doer(c, kind, query, known, before)
        and (
            not ACCORDING.search(query) or names_whom_it_is_according_to(_said_in(c), query, known)
        )
        and (kind == "date" or in_the_year_asked(c, query))
        and (kind != "number" or year_said_near(c, query))
        and befell_whom_asked(c.span.text, own, before)
        and of_the_body_named(f"{before} {c.span.text}", query)
        and picks_the_one_asked(text, own)
        and gives_the_reason_of_whom_asked(f"{before} {text}", own, known)
        and holds_the_main_clause(text, own)
        and runs_the_way_asked(text, query)
        and not only_maybe(text, own)
        and _in_the_place_asked(c, kind, text, without_context(query))
        and gives_what_is_given(text, own)
        and (kind == "number" or of_the_kind_asked(text, own))  # "the electricity price rise"
        and names_the_states_asked(c, text, query, _context(c, kind, before))
        and of_the_calling_asked(f"{before} {text}", own)
    )


def _context(c: Candidate, kind: str, before: str) -> str:
    """What a sentence points back to, or for a count its paragraph before, where its owner
    may be named (`of_whom_asked`)."""
    return paragraph_before(c) if kind == "number" else before


_PERSONAL = re.compile(r"\b(?i:he|she|they)\b")


def _names_the_doer(c: Candidate, kind: str, query: str, known: str, before: str) -> bool:
    """Who does what is asked is named (`names_the_doer`), but for a count and a yes-or-no
    answer, whose checks of whom they are about are their own (a count may leave who
    deployed "about three thousand men" unsaid), and for a date saying "he" ("When he
    resigned in 2019, the new capital he ordered to be created in 1997 ...": `fits_type`
    names its subject or a pronoun)."""
    if (kind == "number" and asked_counted(query) not in TIME_UNITS) or asks_yes_or_no(query):
        return True  # but how long is someone's: "How many years has Tokayev been president?"
    if kind == "date" and _PERSONAL.search(c.span.text):
        return True
    source = f"{known} {c.doc.outlet} {c.doc.author}"
    return names_the_doer(c, without_context(query), before, source)


def names_someone_new(text: str, question: str, article: str) -> bool:
    """Does the text give a name the question lacks? Its first word is none if the article
    never writes it capitalised mid-sentence and it reads as a common word (the article
    writes it in lower case, or it ends as adjectives and adverbs do): "Persistent rumors
    circulated ... that Nazarbayev and his family had fled" names none of his daughters;
    "Putin, Lukashenko and Tokayev spent a long time over the phone" names Putin."""
    words = tokens(text)
    new = new_names(text, question)
    if not words or words[0].lower().replace("’", "'") not in new:
        return bool(new)
    first = words[0]
    common = re.search(rf"\b{re.escape(first.lower())}\b", article) or _COMMON_END.search(first)
    return len(new) > 1 or named_inside(first, article) or not common


_ADJECTIVE_ENDS = "ous|ive|ful|al|ic|able|ible|ent|ant"
_COMMON_END = re.compile(rf"(?:{_ADJECTIVE_ENDS}|ly|ing)$")  # not "-ed": "Ahmed"


def _spoken(c: Candidate, text: str, question: str) -> str:
    """The sentence, with the byline closing its paragraph (in `text`) only if the question
    asks what someone said, wrote or thought: "Which political scientist compared Russia and
    Kazakhstan?" may be answered by a byline; "Which Russian military units were deployed?"
    is not by Chausovsky's."""
    said = any(w.lower() in SPEAKING for w in tokens(question))
    return text if said else c.span.text


def gives_what_is_given(text: str, question: str) -> bool:
    """Does the sentence give the figures and days the question takes for granted? "What did
    the CSTO leaders decide at their January 12 summit?" is not answered by their summit "on
    January 10", nor "What did the ministry say about the 44 protesters killed?" by its 26
    "armed criminals" and 18 guards, nor "Why did the gas price triple?" by its "doubling".
    How many names a list asks for is no such figure. Nor are the words it quotes: "Which
    countries did the CSTO identify as the source of the 'external forces'?" is answered
    by a sentence saying "external forces" (a quoted title, capitalised, may go unsaid); a
    quoted word may be said in a form made from its stem."""
    given = figures(question) - {float(asked_count(question))}
    times = set(question_terms(question)) & _MULTIPLES  # "Why did the gas price triple?"
    said = _plain(text)
    return (
        given <= figures(text)
        and days(question) <= days(text)
        and times <= set(content_terms(text))
        and all(_quoted_in(q, said) for q in _QUOTED.findall(question))
    )


def _quoted_in(quoted: str, said: str) -> bool:
    """Are the quoted words said as quoted, or a single quoted word in another form of its
    stem ("the 'peacekeeping' force" for "the CSTO “peacekeepers”")?"""
    if f" {_plain(quoted)} " in f" {said} ":
        return True
    words = [stem(w) for w in tokens(quoted)]
    return len(words) == 1 and words[0] in set(content_terms(said))


# words a question quotes: 'external forces', "a recipe for disaster" (an apostrophe, as in
# "Nazarbayev's", opens none: the quote mark follows a space)
_QUOTED = re.compile(
    r"(?:^|(?<=\s))['‘\"“]([a-z](?:[^'’\"”]|[’'](?=[a-z])){1,80}?)['’\"”](?=[\s?.,!;:]|$)"
)


def _plain(text: str) -> str:
    return " ".join(w.lower() for w in tokens(text))


_MULTIPLES = frozenset(stem(w) for w in "double triple quadruple halve".split())


# "their first summit", "the country's last leader", "the only official arrested": an
# ordinal picks one of several (not "last year", "the last three years", "first break out")
_ORDINAL = re.compile(
    r"(?:\b(?:the|their|its|his|her)|['’]s)\s+(first|last|previous|latest|earliest|only|sole)\s+"
    r"(?!(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several"
    r"|couple\s+of)\s+)?"
    r"(?:year|week|weekend|month|decade|time|day|night|hour|minute)s?\b)[a-z]",
    re.IGNORECASE,
)


_ONLY_ASKED = re.compile(r"\b(?:was|were|is|are)\s+\w+\s+the\s+(?:only|sole)\b", re.IGNORECASE)
_NOT_ALONE = frozenset("all every each among others also too".split())


def picks_the_one_asked(text: str, question: str) -> bool:
    """Does the sentence say the ordinal the question picks its one by? "When did the CSTO
    leaders hold their first summit?" is not answered by a summit never called the first.
    A superlative picks its one among the noun it qualifies, which the sentence must say
    with a superlative of its own: "Which city recorded the largest number of arrests?" is
    not answered by "Almaty, the country's largest city"; "Kazakhstan's most populous city"
    is by it."""
    words = {p for w in tokens(text) for p in w.lower().split("-")}  # "first-ever"
    # "was she the only one kept out?" is answered "no" by "like all foreign correspondents"
    others = words & _NOT_ALONE if _ONLY_ASKED.search(question) else set()
    if not all(m[1].lower() in words or others for m in _ORDINAL.finditer(question)):
        return False
    said = [stem(n) for n in _superlative_nouns(text)]
    return all(any(kin(stem(n), s) for s in said) for n in _superlative_nouns(question))


_SUPERLATIVE = re.compile(
    r"\b(?:(?<!at )(?:most|least)|largest|biggest|highest|lowest|greatest|smallest|longest"
    r"|oldest|youngest|deadliest|worst|best|richest|poorest|strongest|fewest|heaviest)"
    r"(?P<rest>(?:\s+[\w’'-]+){1,3})",
    re.IGNORECASE,
)
_ADJECTIVE = re.compile(rf"(?:{_ADJECTIVE_ENDS}|ed)$")


def saying_the_superlative(
    question: str, cands: list[Candidate], every: list[Candidate]
) -> list[Candidate]:
    """The sentences of `every` qualifying the noun of the question's superlative with one,
    if not among `cands`: "Almaty, Kazakhstan's largest city" answers "What is Kazakhstan's
    most populous city?" from a passage ranked low by the rest of the article's words."""
    asked = [stem(n) for n in _superlative_nouns(question)]
    if not asked:
        return []
    have = {(c.span.doc_id, c.span.start) for c in cands}
    return [
        c
        for c in every
        if (c.span.doc_id, c.span.start) not in have
        and all(any(kin(stem(n), a) for n in _superlative_nouns(c.span.text)) for a in asked)
    ]


def _superlative_nouns(text: str) -> list[str]:
    """The nouns superlatives qualify: "the largest number of arrests" -> ["number"], "the
    most populous city" and "the largest Kazakh city" -> ["city"], "the most arrests" ->
    ["arrests"]: the first word after it that is neither a name nor an adjective."""
    out = []
    for m in _SUPERLATIVE.finditer(text):
        for w in m["rest"].split():
            if w[0].isupper() or _ADJECTIVE.search(w.lower()):
                continue
            if w.lower() not in STOPWORDS:
                out.append(w)
            break
    return out


def gives_the_reason_of_whom_asked(text: str, question: str, source: str = "") -> bool:
    """A "why" question is answered by a sentence naming everyone it names, by either of a
    name's words (a place aside, and whom it is according to: `names_whom_it_is_according_to`
    reads the paragraph), and holding half its other words, rounded down, as for a yes-or-no
    question: "Why did Tokayev appoint Alikhan Smailov ...?" is not answered by Masimov's
    arrest, nor "Why did Nazarbayev order security forces to shoot to kill without warning?"
    by why the crackdown came late ("... sabotage the orders of the puppet ruler Tokayev").
    The `source` the user named is set aside: "Why does the InformNapalm analysis liken
    ...?" is answered in InformNapalm's words, which need not name it."""
    question = ACCORDING.sub(" ", question)
    if not WHY.match(without_opening(question).lstrip(" ,")):
        return True
    aside = set(content_terms(source))
    runs = (set(content_terms(r)) - aside for r in NAME_RUN.findall(without_places(question, True)))
    return all(holds_any(r, text) for r in runs if r) and holds_half(text, question)


def holds_the_main_clause(text: str, question: str) -> bool:
    """Does the sentence hold a word of what the question's main clause asks (beyond names),
    not only of its "after ..." clause? "What did the protesters demand after the gas price
    was rolled back?" is not answered by the roll-back, but by "... the next stage of the
    protests, demanding lower food prices, ..."."""
    main = main_clause(question)
    if main == question:
        return True
    wanted = set(question_terms(main)) - name_stems(main) - GENERIC_VERBS
    return not wanted or bool(held(wanted, text, main))


def befalls_as_asked(text: str, question: str) -> bool:
    """Does the sentence say what the question says befell those it asks about? "How many
    CSTO peacekeepers were killed?" is not answered by how many there were ("up to 6,000 in
    total"), nor "Which Guardian correspondent was arrested?" by one "denied access"."""
    have = set(content_terms(text))
    return all(said & have for said in asked_fates(question))


def befell_whom_asked(text: str, question: str, before: str = "") -> bool:
    """Does the sentence say what befell the one the question says it befell ("Why was
    Masimov arrested?") in a stretch naming them (between commas, colons and semicolons; an
    apposition, an aside in brackets or dashes skipped)? "On what
    charge was President Tokayev arrested?" is not answered by "The arrest on charges of
    high treason of ... Karim Massimov, a member of ..., seems to herald ...: ... Tokayev".
    A sentence opening with a pronoun names, in its first stretch, whom the sentences before
    it (`before`) name."""
    fates = set().union(*asked_fates(question))
    # a name is its last word: "President Tokayev" is Tokayev, not any president
    names = {t for m in _BEFELL.finditer(question) for t in content_terms(m["who"])[-1:]}
    if not fates or not names:
        return True
    pronoun = PRONOUN_OPENING.match(text) is not None and holds_any(names, before)
    for plain in (text, _without_asides(text)):
        for k, part in enumerate(_SEGMENT.split(plain)):
            said = {stem(w) for w in tokens(part)}
            if said & fates and (holds_any(names, part) or (pronoun and k == 0)):
                return True
    return False


# whom the question says something befell: "was President Tokayev arrested" (not "How
# many Kazakh police officers were killed?": no one is named)
_BEFELL = re.compile(
    r"\b(?:was|were)\s+(?P<who>(?:[A-Z][\w’'-]*\s+)+)(?:\w+ly\s+)?(?:arrested|detained"
    r"|jailed|imprisoned|killed|wounded|injured|released|freed)\b"
)


def _without_asides(text: str) -> str:
    """The sentence without what stands aside of its subject and verb: an apposition ("Karim
    Masimov, a powerful former security chief, had been arrested"), a name set off after its
    title ("the head of the security services, Karim Masimov, has been"), and asides in
    brackets or dashes."""
    text = re.sub(r"\s*\([^()]*\)", "", text)
    text = re.sub(r"\s+[–—]\s[^–—]*[–—]", "", text)
    text = re.sub(r",\s((?:[A-Z][\w’'-]*\s?)+),", r" \1", text)
    return APPOSITION.sub(r"\1 ", text)


# a stretch of a sentence saying one thing of one subject: "... Karim Massimov, a member of
# the former president Nazarbayev's clan, seems to herald ...: ... Tokayev" says nothing
# befell Tokayev
_SEGMENT = re.compile(r"[,;:()\[\]–—]|\s-\s")
