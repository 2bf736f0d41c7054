"""Message codes: each defined once, so no message silently replaces another."""

from __future__ import annotations

import ast
import inspect
from collections import Counter

import kg.errors


def test_every_message_code_is_defined_once() -> None:
    tree = ast.parse(inspect.getsource(kg.errors))
    [messages] = [
        n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "Messages"
    ]
    names = [
        t.id
        for stmt in messages.body
        if isinstance(stmt, ast.Assign)
        for t in stmt.targets
        if isinstance(t, ast.Name)
    ]
    assert names, "no message codes found"
    assert [n for n, k in Counter(names).items() if k > 1] == []
