"""One error hierarchy; every message lives here and names what it concerns."""

from __future__ import annotations


class Messages:
    """Message templates, one per error, formatted with keyword arguments."""

    E001 = "{path}: file is empty"
    E002 = "{path}: looks like a binary file, not text"
    E003 = "{path}: not valid UTF-8 (byte {offset}); re-save it as UTF-8"
    E004 = "{path}: {size} bytes is more than the limit of {limit} bytes"
    E005 = "{path}: does not look like English (too few common English words)"
    E006 = "{path}: line {line}: invalid JSON record: {reason}"
    E007 = "{path}: line {line}: record has no 'text' field"
    E008 = "{path}: unsupported file type '{suffix}' (use .txt, .json or .jsonl)"
    E009 = "{path}: no such file or folder"
    E010 = "no built graph in {path}; run 'kg build' first"
    E011 = "query '{name}': no saved query by that name and not a SPARQL query"
    E012 = "query '{name}' failed: {reason}"
    E013 = "cannot load spaCy pipeline '{name}': {reason}"
    E014 = "unknown format '{fmt}'; choose one of {choices}"
    E015 = "{path}: cannot read file: {reason}"
    E016 = "{path}: line {line}: record 'text' is empty"
    E021 = "{path}: article id '{id}' is already used by {other}; skipped"
    E030 = "{name}: no such data file (looked in {places})"
    E031 = "{path}: cannot read SHACL shapes: {reason}"
    E017 = "{path}: line {line}: record field '{field}' must be a string, not {type}"
    E018 = "{path}: line {line}: record date '{value}' is not an ISO date (YYYY-MM-DD)"
    E019 = (
        "{path}: line {line}: record text has {chars} characters, "
        "more than the limit of {limit}"
    )
    E020 = (
        "{path}: line {line}: record does not look like English "
        "(too few common English words)"
    )


class KGError(Exception):
    """Base of every error newskg raises on purpose."""


class InputError(KGError):
    """An input file or record cannot be read as an article."""

    def __init__(self, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path


class StoreError(KGError):
    """The store is missing or cannot be opened."""


class QueryError(KGError):
    """A saved or given SPARQL query is unknown or failed."""


class ModelError(KGError):
    """The spaCy pipeline cannot be loaded."""


class FormatError(KGError):
    """An unknown export or output format was asked for."""
