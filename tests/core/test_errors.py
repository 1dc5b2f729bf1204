"""Every named error of core/ is a SaringError (the command line catches that one base)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import core
from core.errors import SaringError


def _error_classes() -> list[type[BaseException]]:
    found = []
    for info in pkgutil.walk_packages(core.__path__, prefix="core."):
        module = importlib.import_module(info.name)
        found += [obj for _, obj in inspect.getmembers(module, inspect.isclass)
                  if issubclass(obj, BaseException) and obj.__module__ == info.name]
    return found


def test_every_named_error_has_the_base() -> None:
    errors = _error_classes()
    assert len(errors) >= 25  # 24 named errors and the base itself
    assert [e.__name__ for e in errors if not issubclass(e, SaringError)] == []


def test_named_errors_keep_their_builtin_base() -> None:
    from core.store.errors import PostNotFoundError, TransitionError
    from core.store.user_dictionary import InvalidWordError

    assert issubclass(PostNotFoundError, KeyError) and issubclass(TransitionError, ValueError)
    assert issubclass(InvalidWordError, ValueError)
