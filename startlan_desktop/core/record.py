"""`@record`: `@dataclass` without compiling its `__repr__`, `__eq__` and `__hash__`.

`dataclasses.dataclass` writes every method it adds as source text and
compiles it, for each class, when the module is imported: for the core's
dataclasses that is about a fifth of the core's import time, paid before the
window's first frame (issue 23). A record gets `__init__` (and, frozen,
`__setattr__`/`__delattr__`) from `dataclass` as before; these three are
closures over the class's field names instead, and behave as the generated
ones do:

- `repr(r)`: ``Name(field=value!r, ...)`` over the fields with ``repr=True``,
  ``...`` for a record met again while it is being shown;
- `r == other`: for a record of the very same class, its ``compare`` fields
  compared as a tuple (``is`` before ``==``, as a tuple does), else
  `NotImplemented`;
- `hash(r)`: a frozen record hashes the tuple of its hashed fields; a mutable
  one is unhashable.

A method the class body defines itself is kept. Options are dataclass's own
(``frozen``, ``eq``, ``kw_only``, ``slots`` ...) except ``repr``, ``order`` and
``unsafe_hash``, which the core does not use.
"""

from __future__ import annotations

import dataclasses
import reprlib
from operator import attrgetter
from typing import dataclass_transform


@dataclass_transform(field_specifiers=(dataclasses.field, dataclasses.Field))  # type checkers see a dataclass
def record(cls=None, /, *, eq: bool = True, **options):
    """Class decorator: ``@record`` or ``@record(frozen=True)``, as ``@dataclass``
    (``eq=False``: compared and hashed by identity, as with dataclass)."""
    def wrap(c):
        return _add_methods(dataclasses.dataclass(c, repr=False, eq=False, **options), eq)

    return wrap if cls is None else wrap(cls)


def _add_methods(cls, eq: bool):
    fields = dataclasses.fields(cls)
    own = cls.__dict__
    if "__repr__" not in own:
        _set(cls, "__repr__", _repr_for(tuple(f.name for f in fields if f.repr)))
    if eq and "__eq__" not in own:
        _set(cls, "__eq__", _eq_for(_values([f.name for f in fields if f.compare])))
        if "__hash__" not in own:  # as dataclass does: frozen hashes its fields, mutable is unhashable
            hashed = [f.name for f in fields if (f.compare if f.hash is None else f.hash)]
            cls.__hash__ = _set(cls, "__hash__", _hash_for(_values(hashed))) if cls.__dataclass_params__.frozen \
                else None
    return cls


def _set(cls, name: str, method):
    method.__qualname__ = f"{cls.__qualname__}.{name}"
    setattr(cls, name, method)
    return method


def _values(names: list[str]):
    """The named fields' values as a tuple (attrgetter gives a bare value for one name)."""
    if len(names) > 1:
        return attrgetter(*names)
    if names:
        one = attrgetter(names[0])
        return lambda obj: (one(obj),)
    return lambda obj: ()


def _repr_for(names: tuple[str, ...]):
    @reprlib.recursive_repr()
    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        return f"{self.__class__.__qualname__}({shown})"

    return __repr__


def _eq_for(values):
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return values(self) == values(other)
        return NotImplemented

    return __eq__


def _hash_for(values):
    def __hash__(self) -> int:
        return hash(values(self))

    return __hash__
