"""Who voices a sentence: a speech verb's subject, a pronoun or role speaker, or a quote's speaker.

Many demands name no party of their own and take the side of whoever voices them ("there must be
sanctions," X said); quotes that run over several sentences keep their speaker, and a quoted
"they" tells the voicer's side from the other.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from store.demands.cue import Cue
from store.demands.mentions import Placed, mentions_by_sentence, place_mentions
from store.demands.reading import _Ctx, _State
from store.demands.words import _PREPOSITIONS, _prev_words, phrase_alt
from store.lexicon import demands as lex
from store.records import LocalActor, Mention, Sentence
from store.tokens import compile_filtered

_SPEECH_AFTER_RX = compile_filtered(
    rf"(?:\s*,[^,;]{{1,80}},|(?P<comma>,))?\s+"
    rf"(?:(?:{phrase_alt(lex.SPEECH_FILLERS)}|on\s+\w+(?:\s+\d+)?)\s+){{0,3}}"
    rf"(?:{phrase_alt(lex.SPEECH_VERBS)})\b",
    re.IGNORECASE,
)
# '..." said Peskov' / "according to Peskov" - but in "he says Russia must" Russia is no speaker
_SPEECH_BEFORE_RX = re.compile(
    rf"(?:(?:^|[,\"”’])\s*(?:{phrase_alt(lex.SPEECH_VERBS)})|\b{lex.ACCORDING_TO})\s+$",
    re.IGNORECASE,
)
_PRONOUN_SPEAKER_RX = compile_filtered(
    rf"\b(?:{phrase_alt(lex.PERSON_PRONOUNS)})\s+(?:(?:{phrase_alt(lex.SPEECH_FILLERS)})\s+)?"
    rf"(?:{phrase_alt(lex.SPEECH_VERBS)})\b"
    # '"...," the minister stressed': a role standing for the last speaker (not "the Ukrainian
    # leader said", whose nationality names the side)
    rf"|[,\"”]\s+the\s+(?!(?:{phrase_alt(lex.DEMONYMS)})\b)(?:[\w-]+\s+){{1,3}}?"
    rf"(?:{phrase_alt(lex.SPEECH_VERBS)})\b"
    rf"|\b(?:{phrase_alt([*lex.SPEECH_VERBS, lex.ACCORDING_TO])})\s+"
    rf"(?:{phrase_alt([*lex.PERSON_PRONOUNS, *lex.PERSON_OBJECT_PRONOUNS])})\b",
    re.IGNORECASE,
)
_DEMONYM_SPEAKER_RX = compile_filtered(
    rf"(?<![\w.])(?P<d>{phrase_alt(lex.DEMONYMS)})\s+(?:[\w-]+\s+){{1,2}}?"
    rf"(?:(?:{phrase_alt(lex.SPEECH_FILLERS)})\s+)?(?:{phrase_alt(lex.SPEECH_VERBS)})\b"
)


def _speaks(ctx: _Ctx, p: Placed) -> bool:
    """Whether a mention is the subject of a speech verb ("X said", "said X", "according to X")."""
    if m := _SPEECH_AFTER_RX.match(ctx.text, p.end):
        # "Trump's envoy, Keith Kellogg, said" - not "who spoke with Putin, said"
        lead = ctx.text[:p.start].rsplit(",", 1)[-1]
        return not (m.group("comma") and set(_prev_words(lead, len(lead), 2)) & _PREPOSITIONS)
    return bool(_SPEECH_BEFORE_RX.search(ctx.text[:p.start]))


def _voicer(ctx: _Ctx, cue: Cue) -> LocalActor | None:
    """The person voicing the sentence: speaker of a speech verb, else the opening person."""
    persons = [p for p in ctx.spans if p.actor.kind == "person"]
    speakers = [p for p in persons if _speaks(ctx, p)]
    before = [p for p in speakers if p.end <= cue.start]
    if before:
        return before[-1].actor
    if speakers:
        return speakers[0].actor
    if ctx.in_long_quote:  # '"Every strike is reason for sanctions.' ... '," X said.'
        return ctx.quote_speaker or ctx.state.prev_speaker
    quoted = _opens_with_quote(ctx.text)  # names inside a quote are not its speaker
    if not quoted and ctx.spans and ctx.spans[0].actor.kind == "person" and (
            ctx.spans[0].end <= cue.start):
        return ctx.spans[0].actor
    if ctx.pronoun_speaker:  # '"...," he wrote.'
        return next((p.actor for p in reversed(persons) if p.end <= cue.start and not quoted),
                    ctx.state.prev_speaker or ctx.state.prev_person)
    if _closes_quote(ctx.text):  # 'The next step is a summit."': the quote goes on
        return ctx.state.prev_speaker
    return None


def _opens_with_quote(text: str) -> bool:
    return text.lstrip()[:1] in ('"', "“")


def _closes_quote(text: str) -> bool:
    """A sentence that ends a quotation opened in an earlier sentence."""
    end = text.rstrip()
    return end[-1:] in ('"', "”") and (text.count('"') % 2 == 1
                                       or text.count("”") > text.count("“"))


def _speaker(ctx: _Ctx) -> LocalActor | None:
    """Who speaks in the sentence, remembered for a later quoted "we"."""
    speakers = [p.actor for p in ctx.spans if p.actor.kind == "person" and _speaks(ctx, p)]
    if speakers:
        return speakers[0]
    if ctx.pronoun_speaker:
        return ctx.state.prev_speaker or ctx.state.prev_person
    return None


def _speaking_demonym(ctx: _Ctx) -> str | None:
    """The state of an unnamed speaker: "the Ukrainian president said"."""
    m = _DEMONYM_SPEAKER_RX.search(ctx.text)
    if not m:
        return None
    state = lex.DEMONYMS[" ".join(m.group("d").split())]
    return state if state in ctx.state.names else None


def _state_voicer(ctx: _Ctx, cue: Cue) -> LocalActor | None:
    """A non-person speaker ("Moscow says ...", "the ministry said")."""
    speakers = [p for p in ctx.spans if p.actor.kind != "person" and _speaks(ctx, p)
                and not (cue.start <= p.start < cue.end)]
    return speakers[0].actor if speakers else None


def _pronoun_speaker(text: str, spans: Sequence[Placed]) -> bool:
    """Whether a pronoun or a bare role speaks ('he said', '"...," the minister stressed') - not
    a role naming another body ("the NATO chief warned")."""
    return any(not any(m.start() <= p.start < m.end() for p in spans)
               for m in _PRONOUN_SPEAKER_RX.finditer(text))


def _in_quote(ctx: _Ctx, pos: int) -> bool:
    """Whether `pos` lies inside a quotation (opened in this sentence or an earlier one)."""
    return _quote_open_after(ctx.text[:pos], ctx.in_long_quote or _closes_quote(ctx.text))


def _quote_open_after(text: str, open_: bool) -> bool:
    """Whether a quotation is still open after `text`, given whether it was open before."""
    for ch in text:
        if ch in "“”\"":
            open_ = ch == "“" or (ch == '"' and not open_)
    return open_


def _long_quotes(sentences: Sequence[Sentence], mentions: Sequence[Mention],
                 actors: Sequence[LocalActor]) -> dict[int, LocalActor | None]:
    """Sentences inside a quotation that closes in a later sentence of the same paragraph, with
    the person named as its speaker there ('...," Zelensky said') - None for "he said"."""
    out: dict[int, LocalActor | None] = {}
    by_key = {a.key: a for a in actors}
    in_sentence = mentions_by_sentence(mentions)
    waiting: list[int] = []
    open_, paragraph = False, None
    for s in sentences:
        if s.paragraph != paragraph:
            waiting, open_, paragraph = [], False, s.paragraph
        before, open_ = open_, _quote_open_after(s.text, open_)
        if open_:
            waiting.append(s.index)
        elif before and waiting:
            ctx = _Ctx(s.text, place_mentions(s, in_sentence.get(s.index, []), by_key),
                       _State(frozenset()))
            speaker = _speaker(ctx)
            out.update({i: speaker for i in waiting})
            waiting = []
    return out
