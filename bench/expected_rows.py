"""Rewrite queries/*.csv from a fresh build of seeds/ and show what changed.

Run by hand after an extractor change, then read every diff against the
articles before committing (tests/test_queries.py compares against these)::

    .venv/bin/python bench/expected_rows.py
"""

from __future__ import annotations

import difflib
import sys
import tempfile
from pathlib import Path

from kg import queries
from kg.build import build
from kg.store import KGStore

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        build([ROOT / "seeds"], out=out, html=False)
        store = KGStore.open_existing(out / "store")
        changed = 0
        for q in queries.saved_queries(ROOT / "queries"):
            variables, rows = queries.run(store, q)
            new = queries.to_csv(variables, rows)
            path = ROOT / "queries" / f"{q.name}.csv"
            old = path.read_text(encoding="utf-8") if path.exists() else ""
            if new != old:
                changed += 1
                before, after = old.splitlines(), new.splitlines()
                name = f"{q.name}.csv"
                diff = difflib.unified_diff(before, after, name, "new", lineterm="")
                print("\n".join(diff))
                path.write_text(new, encoding="utf-8")
    print(f"{changed} file(s) rewritten")
    return 0


if __name__ == "__main__":
    sys.exit(main())
