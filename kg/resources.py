"""Find the data files newskg ships: the ontology, its shapes and saved queries.

``ontology/`` and ``queries/`` sit beside ``kg/`` in a source checkout (and an
editable install).  A wheel cannot carry folders outside the package, so
``pyproject.toml`` force-includes them as ``kg/_data/ontology`` and
``kg/_data/queries``.  Look in the installed copy first, then in the source
tree, so ``pip install .`` works as well as ``pip install -e .``.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from kg.errors import Messages

_SOURCE_ROOT = Path(__file__).resolve().parent.parent


def _installed(name: str) -> Path | None:
    """The copy of ``name`` shipped in the wheel under ``kg/_data``, if any."""
    try:
        node = files("kg") / "_data" / name
    except (ModuleNotFoundError, TypeError, ValueError):
        return None
    # wheels install unpacked, so a shipped file is a real file on disk
    if isinstance(node, Path) and node.exists():
        return node
    return None


def data_path(name: str) -> Path:
    """Path of a shipped data file or folder.

    Args:
        name: a path relative to the data root, starting with ``ontology`` or
            ``queries``, e.g. ``"ontology/kg.ttl"`` or ``"queries"``.

    Returns:
        The installed copy (``kg/_data/<name>``) when there is one, otherwise
        ``<source checkout>/<name>``.

    Raises:
        FileNotFoundError: neither place has it (message ``E030``).

    >>> data_path("ontology/kg.ttl").name
    'kg.ttl'
    """
    found = _installed(name)
    if found is not None:
        return found
    source = _SOURCE_ROOT / name
    if source.exists():
        return source
    raise FileNotFoundError(
        Messages.E030.format(name=name, places=f"kg/_data, {_SOURCE_ROOT}")
    )


def ontology_file(name: str) -> Path:
    """Path of a file of the ontology folder.

    Args:
        name: file name, e.g. ``"kg.ttl"`` or ``"shapes.ttl"``.

    Returns:
        Its path (see :func:`data_path`).

    Raises:
        FileNotFoundError: no such file (message ``E030``).

    >>> ontology_file("shapes.ttl").parent.name
    'ontology'
    """
    return data_path(f"ontology/{name}")


def queries_dir() -> Path:
    """The folder of saved SPARQL queries (``*.rq``) and their expected rows.

    Raises:
        FileNotFoundError: the folder is missing (message ``E030``).

    >>> queries_dir().name
    'queries'
    """
    return data_path("queries")
