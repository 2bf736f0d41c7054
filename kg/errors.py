"""One error hierarchy; every message lives here and names what it concerns."""

from __future__ import annotations

import re

# C0 and C1 controls (ESC starts terminal control sequences), DEL, and the
# bidirectional overrides that can reorder what a terminal shows
_UNPRINTABLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)


def printable(text: str) -> str:
    """Text from files and articles made safe for a terminal.

    Control characters (ANSI escape sequences among them) and bidirectional
    overrides are shown as ``\\xNN`` / ``\\uNNNN`` escapes; tab and newline stay.

    >>> print(printable("evil\\x1b[31mred"))
    evil\\x1b[31mred
    """
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode(), text)


class Messages:
    """Message templates, one per error, formatted with keyword arguments."""

    E001 = "{path}: file is empty"
    E002 = "{path}: looks like a binary file, not text"
    E003 = "{path}: not valid UTF-8 (byte {offset}); re-save it as UTF-8"
    E004 = "{path}: {size} bytes is more than the limit of {limit} bytes"
    E005 = "{path}: does not look like English (too few common English words)"
    E006 = "{path}: line {line}: invalid JSON record: {reason}"
    E007 = "{path}: line {line}: record has no 'text' field"
    E008 = (
        "{path}: unsupported file type '{suffix}' (use .txt, .json, .jsonl, "
        ".json.gz, .jsonl.gz, .csv, .tsv, .html, .htm, .warc or .warc.gz)"
    )
    E009 = "{path}: no such file or folder"
    E010 = "no built graph in {path}; run 'kg build' first"
    E011 = "query '{name}': no saved query by that name and not a SPARQL query"
    E012 = "query '{name}' failed: {reason}"
    E013 = "cannot load spaCy pipeline '{name}': {reason}"
    E014 = "unknown format '{fmt}'; choose one of {choices}"
    E015 = "{path}: cannot read file: {reason}"
    E016 = "{path}: line {line}: record 'text' is empty"
    E021 = "{path}: article id '{id}' is already used by {other}; skipped"
    E040 = (
        "{path} is busy: a kg build (pid {pid}) is writing it; "
        "run {command} again when it has finished"
    )
    E041 = (
        "{path} is busy: another kg command is reading it; "
        "run {command} again when it has finished"
    )
    E042 = "{path}: cannot open the store: {reason}"
    E043 = "{path}: the store was opened read-only"
    E044 = "{path}: writing to the store failed: {reason}"
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
    E022 = "{path}: the header row has no 'text' column (nor 'body' or 'content')"
    E023 = (
        "{path}: compressed data is corrupt or cut short after line {line} "
        "(records before it were read): {reason}"
    )
    E024 = "{page}: no article text could be extracted from the page"
    E025 = "{path}: WARC record at byte {offset} cannot be read: {reason}"
    E026 = "{path}: line {line}: invalid CSV row: {reason}"
    E027 = "{page}: page text has {chars} characters, more than the limit of {limit}"
    E028 = "{page}: page does not look like English (too few common English words)"
    E029 = "{page}: the page cannot be parsed: {reason}"
    E032 = "cannot reach the Dask scheduler at {address}: {reason}"
    # actor and demand tables: the built-in gazetteer's and the analyst's own
    E050 = "{path}: no such dictionary file"
    E051 = (
        "{path}: unsupported dictionary type '{suffix}' "
        "(use .csv or .tsv, or .ttl for actors)"
    )
    E052 = "{path}: the header row lacks the column(s) {columns}"
    E053 = "{path}: unknown column(s) {columns} (the columns are {known})"
    E054 = "{path}: line {line}: {column} is empty"
    E055 = "{path}: line {line}: {column} '{value}' is not valid: {reason}"
    E056 = (
        "{path}: line {line}: the name '{name}' of '{key}' is already a name "
        "of '{other}' ({where}); a name may belong to one actor only"
    )
    E057 = (
        "{path}: line {line}: the {what} id '{key}' is already defined "
        "({where}); give one of them another id"
    )
    E058 = "{path}: line {line}: '{key}' is not a known actor id"
    E059 = "{path}: cannot read Turtle: {reason}"
    E060 = "{path}: line {line}: invalid row: {reason}"
    E061 = "{path}: line {line}: '{key}' is not a known demand concept"
    # a SPARQL server as the store (kg --store URL); {url} never holds credentials
    E070 = (
        "{url}: not a store URL: {reason} (e.g. http://127.0.0.1:7878 for "
        "Oxigraph server, http://127.0.0.1:8890/sparql-auth for Virtuoso)"
    )
    E071 = "{url}: cannot reach the SPARQL server: {reason}"
    E072 = "{url}: the SPARQL server answered {status} to {what}: {reason}"
    E073 = (
        "{url}: the SPARQL server asks for credentials; set {user_var} and "
        "{password_var}, or add a netrc entry for {host} ({netrc})"
    )
    E074 = "{url}: the SPARQL server refused the credentials of user '{user}'"
    E075 = (
        "{url}: the server cut the result of {what} at {rows} rows "
        "(Virtuoso: raise ResultSetMaxRows in the [SPARQL] section of virtuoso.ini)"
    )
    E076 = "{url}: no built graph on the SPARQL server; run 'kg build --store {url}'"
    E077 = "{source}: cannot read credentials: {reason}"
    E078 = "{url}: the SPARQL server sent a result newskg cannot read: {reason}"
    E079 = (
        "{url}: kg serve answers from the embedded store; query the SPARQL "
        "server itself"
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


class StoreBusyError(StoreError):
    """Another process holds the store (a build writes it, or readers read it)."""


class QueryError(KGError):
    """A saved or given SPARQL query is unknown or failed."""


class ModelError(KGError):
    """The spaCy pipeline cannot be loaded."""


class FormatError(KGError):
    """An unknown export or output format was asked for."""


class ClusterError(KGError):
    """A Dask scheduler cannot be reached."""


class DictionaryError(KGError):
    """An actor or demand table (built-in or ``--actors``/``--demands``) is wrong."""
