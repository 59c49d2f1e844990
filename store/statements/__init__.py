"""Key statements: direct quotes with their speaker, and reported speech.

Quotes are paired over the paragraph (they may span sentences), then attributed by speech-verb
frames around them: `"...," X said.`, `"...," said X.`, `X said: "..."`, `"...," he added.`
(the pronoun points back to the latest person named). Reported speech uses frames such as
`X said (that) ...`, `According to X, ...` and `..., X said.`, and those that carry on the same
speaker inside a sentence (`, adding that`, `and said`, `but cautioned that`); the speaker may be
a name, a pronoun ("he", "she"), a role ("the Ukrainian president") or an organisation named
again by its head noun ("the ministry").

The package reads in layers, each module using only those above it: words (word look-ups and
shared word sets), quote_marks (pairing quote marks), context (the reading context: who may
speak, who "he" or "the minister" is), speakers (who speaks in an attribution), quote_speakers
(direct quotes and their speakers), clauses (cutting a sentence into clauses), speaker_first
(`X said (that) ...`), according and tail_attributions (`according to X`, `..., X said.`),
frames (every reported-speech frame of one clause), reported (reported speech over the
article), partial_quotes (settling quotes against reports) and extract (extract_statements).
Names with a leading underscore are shared between those submodules only.
"""

from store.statements.extract import extract_statements
from store.statements.words import TITLE_WORDS

__all__ = ["TITLE_WORDS", "extract_statements"]
