"""`@record`: `@dataclass` without compiling any method at import.

`dataclasses.dataclass` writes every method it adds as source text and
compiles it, for each class, when the module is imported: for the core's 47
records that was some 90 million instructions of parsing and compiling, a
tenth of the window's start (issue 23). A record is a dataclass
(`dataclasses.fields`, `replace`, `asdict` and `is_dataclass` see it as
one); its fields are collected as dataclass collects them (`_plain_fields`,
or dataclass itself for a class that may name a pseudo-field), and the
methods dataclass would have compiled are closures over the class's fields
instead, behaving as the generated ones do:

- `Name(...)`: the fields that take part in ``__init__`` by position (in
  declaration order) or by keyword, defaults and ``default_factory`` filled
  in, the same `TypeError` for a missing, unknown or doubled argument;
  ``__post_init__`` runs when the class has one;
- frozen: assigning or deleting a field raises `FrozenInstanceError`;
- `repr(r)`: ``Name(field=value!r, ...)`` over the fields with ``repr=True``,
  ``...`` for a record met again while it is being shown;
- `r == other`: for a record of the very same class, its ``compare`` fields
  compared as a tuple (``is`` before ``==``, as a tuple does), else
  `NotImplemented`;
- `hash(r)`: a frozen record hashes the tuple of its hashed fields; a mutable
  one is unhashable.

The closures for repr, equality and hash are as quick as the compiled
methods. The ``__init__`` closure is not (~2.5 µs a call against ~0.5 µs):
a class made often (`COMPILE_AFTER` objects) gets the ``__init__`` dataclass
would compile, compiled then, once, so the import and the window's start
compile nothing and a recomputation pays the quick one. Both fill
``__dict__`` directly, where dataclass's frozen one calls
`object.__setattr__` per field. A method the class body defines itself is
kept. Options are dataclass's own (``frozen``, ``eq``, ``kw_only`` ...)
except ``repr``, ``order``, ``unsafe_hash`` and ``slots``, which the core does
not use; ``InitVar`` pseudo-fields are not supported.
"""

from __future__ import annotations

import abc
import copy
import dataclasses
import functools
import os
import re
import reprlib
import sys
import types
import typing
from operator import attrgetter
from typing import dataclass_transform

_MISSING = dataclasses.MISSING
_SPECIAL_MODULES = (dataclasses, typing)  # where dataclass looks for ClassVar, InitVar and KW_ONLY
_FIELD = vars(dataclasses)["_FIELD"]  # dataclass's marks of a field's kind (private, there since 3.7)
_INIT_KINDS = (_FIELD, vars(dataclasses)["_FIELD_INITVAR"])  # the kinds __init__ and __match_args__ take


@dataclass_transform(field_specifiers=(dataclasses.field, dataclasses.Field))  # type checkers see a dataclass
def record(cls=None, /, *, eq: bool = True, frozen: bool = False, **options):
    """Class decorator: ``@record`` or ``@record(frozen=True)``, as ``@dataclass``
    (``eq=False``: compared and hashed by identity, as with dataclass)."""
    def wrap(c):
        if not c.__doc__:  # dataclass would build one through inspect.signature: slow, and none is needed
            c.__doc__ = f"{c.__name__}({', '.join(c.__dict__.get('__annotations__', ()))})"
        based_on_frozen = any(getattr(b, "__dataclass_params__", None) and b.__dataclass_params__.frozen
                              for b in c.__mro__[1:])
        if based_on_frozen:  # dataclass checks a frozen base against `frozen`: let it compile, as before
            return _add_methods(dataclasses.dataclass(c, repr=False, eq=False, frozen=frozen, **options), eq)
        c = _as_dataclass(c, options)
        if frozen:
            _freeze(c)
        if "__init__" not in c.__dict__:
            _set(c, "__init__", _init_for(c))
        return _add_methods(c, eq)

    return wrap if cls is None else wrap(cls)


def _as_dataclass(cls, options: dict):
    """``dataclasses.dataclass(cls, init=False, repr=False, eq=False, **options)``:
    through dataclass itself when the class needs it, else `_plain_fields`."""
    shadow = _shadow_of(cls) if _CHECK else None
    if options.keys() <= {"kw_only"} and _plain_fields(cls, options.get("kw_only", False)):
        if shadow is not None:
            _same_as_dataclass(cls, dataclasses.dataclass(shadow, init=False, repr=False, eq=False, **options))
        return cls
    return dataclasses.dataclass(cls, init=False, repr=False, eq=False, **options)


def _plain_fields(cls, kw_only: bool) -> bool:
    """What dataclass does to a class whose own annotations are plain types,
    without asking three times a field whether it names ``ClassVar``,
    ``InitVar`` or ``KW_ONLY`` (a regular expression and module lookups each
    time: 10 M of the window's 965 M start-up instructions for its 46
    records, issue 23). Refuses (False, nothing changed) a class with an
    annotation that could name one of those, which dataclass then processes
    itself: a head (``Name`` of ``Name[...]``, ``Name | None`` or
    ``Name.attr``) that the class's module binds to `typing`, `dataclasses`,
    `InitVar` or anything else that is neither a class nor a module.

    The rest is dataclass's own field collection for ``init=False, repr=False,
    eq=False``: the bases' fields first, a class attribute as default (a
    `dataclasses.Field` taken as it is, then replaced by its default or
    removed), the mutable-default and unannotated-field errors, the
    parameters, ``__match_args__`` and `abc.update_abstractmethods`. With
    STARTLAN_CHECK_RECORDS set (tests/conftest.py), every record is also made
    by dataclass and compared (`_same_as_dataclass`)."""
    own = cls.__dict__.get("__annotations__", {})
    module = sys.modules.get(cls.__module__)
    names = module.__dict__ if module is not None else {}
    if not all(isinstance(a, str) and _plain(names.get(_head(a))) for a in own.values()):
        return False
    fields: dict[str, dataclasses.Field] = {}
    for base in cls.__mro__[-1:0:-1]:
        inherited = getattr(base, "__dataclass_fields__", None)
        if inherited is not None:
            fields.update((f.name, f) for f in inherited.values())
    mine = [_field(cls, name, annotation, kw_only) for name, annotation in own.items()]
    for name, value in cls.__dict__.items():
        if isinstance(value, dataclasses.Field) and name not in own:
            raise TypeError(f"{name!r} is a field but has no type annotation")
    cls.__dataclass_params__ = copy.copy(_params())
    for f in mine:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), dataclasses.Field):
            if f.default is _MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    cls.__dataclass_fields__ = fields
    if "__match_args__" not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in fields.values()  # type: ignore[misc]
                                   if f._field_type in _INIT_KINDS and f.init and not f.kw_only)  # type: ignore[attr-defined]
    abc.update_abstractmethods(cls)
    return True


def _plain(bound) -> bool:
    """Whether what an annotation's head is bound to (None: nothing) cannot
    name a pseudo-field: nothing, a module other than `typing` and
    `dataclasses`, or a class other than `InitVar`."""
    if bound is None:
        return True
    if isinstance(bound, types.ModuleType):
        return bound not in _SPECIAL_MODULES
    return isinstance(bound, type) and not issubclass(bound, dataclasses.InitVar)


def _head(annotation: str) -> str:
    """The name an annotation starts with, as dataclass reads it: "list" for
    "list[Person]", "typing" for "typing.ClassVar[int]"."""
    match = _HEAD.match(annotation)
    return match.group(1) if match else ""


_HEAD = re.compile(r"\s*(\w+)")


def _field(cls, name: str, annotation: str, kw_only: bool) -> dataclasses.Field:
    """dataclass's `Field` for one plain annotation (its ``_get_field``)."""
    default = getattr(cls, name, _MISSING)
    if isinstance(default, dataclasses.Field):
        f = default
    else:
        if isinstance(default, types.MemberDescriptorType):  # a slot: no default
            default = _MISSING
        f = dataclasses.field(default=default)  # type: ignore[arg-type]
    f.name, f.type, f._field_type = name, annotation, _FIELD  # type: ignore[attr-defined]
    if f.kw_only is _MISSING:
        f.kw_only = kw_only
    if f.default.__class__.__hash__ is None:  # dataclass's proxy for a mutable default
        raise ValueError(f"mutable default {type(f.default)} for field {f.name} is not allowed: use default_factory")
    return f


@functools.cache
def _params():
    """The parameters dataclass records for ``init=False, repr=False, eq=False``
    (copied for each record: `_freeze` sets ``frozen`` on its own)."""
    return dataclasses.dataclass(type("_Params", (), {"__doc__": "-"}), init=False, repr=False,
                                 eq=False).__dataclass_params__


#: Make every record through dataclass as well and compare (tests/conftest.py sets it).
_CHECK = bool(os.environ.get("STARTLAN_CHECK_RECORDS"))


def _shadow_of(cls):
    """A twin of `cls` from the same class body, for dataclass to process."""
    body = {k: copy.copy(v) if isinstance(v, dataclasses.Field) else v  # dataclass fills Fields in
            for k, v in cls.__dict__.items() if k not in ("__dict__", "__weakref__")}
    return type(cls)(cls.__name__, cls.__bases__, body)


def _same_as_dataclass(cls, twin) -> None:
    """Raise AssertionError unless `cls` came out as dataclass made `twin`."""
    absent = object()

    def described(c):
        fields = [(f.name, f.type, f.default, f.default_factory, f.init, f.repr, f.hash, f.compare,
                   dict(f.metadata), f.kw_only, f._field_type) for f in c.__dataclass_fields__.values()]
        defaults = {f[0]: c.__dict__.get(f[0], absent) for f in fields}  # a class attribute or none
        return fields, defaults, c.__match_args__, repr(c.__dataclass_params__)

    for mine, theirs in zip(described(cls), described(twin)):
        if mine != theirs:
            raise AssertionError(f"record {cls.__qualname__} differs from its dataclass: {mine} != {theirs}")


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


def _init_for(cls):
    """``__init__(self, *args, **kwargs)`` as dataclass generates it, for the class's fields."""
    fields = dataclasses.fields(cls)
    known = frozenset(f.name for f in fields if f.init)
    positional = tuple(f.name for f in fields if f.init and not f.kw_only)
    defaults = {f.name: f.default for f in fields if f.default is not _MISSING}
    factories = tuple((f.name, f.default_factory) for f in fields if f.default_factory is not _MISSING)
    required = known - defaults.keys() - {n for n, _ in factories}
    post_init = hasattr(cls, "__post_init__")
    most = len(positional) + 1  # Python's words count self
    least = most - sum(n not in required for n in positional)
    takes = f"{most} positional argument{'s' * (most > 1)}" if least == most else \
        f"from {least} to {most} positional arguments"
    name = f"{cls.__qualname__}.__init__()"
    calls = 0

    def __init__(self, *args, **kwargs):
        nonlocal calls
        calls += 1
        if calls >= COMPILE_AFTER and cls.__dict__.get("__init__") is __init__:
            _set(cls, "__init__", _compiled_init(cls))  # this class is made often: from now on compiled
        named = positional[:len(args)]
        if kwargs and not (kwargs.keys() <= known and kwargs.keys().isdisjoint(named)):
            raise TypeError(_refused(name, kwargs, known, named))
        if len(args) > len(positional):
            raise TypeError(f"{name} takes {takes} but {len(args) + 1} were given")
        values = self.__dict__  # filled in one go: a frozen record's __setattr__ is not called, as in dataclass
        values.update(defaults)
        values.update(zip(named, args))
        values.update(kwargs)
        for field, factory in factories:
            if field not in values:
                values[field] = factory()
        if required and not values.keys() >= required:
            raise TypeError(_missing(name, [f for f in fields if f.name in required and f.name not in values]))
        if post_init:
            self.__post_init__()

    return __init__


#: Objects of one record class made through the closure ``__init__`` before the
#: class gets a compiled one (`_compiled_init`). The closure costs ~2.5 µs a call
#: against ~0.5-1 µs compiled, and a large case's recomputation makes ~500
#: records (issue 23); compiling costs ~40 µs once, so only a class made this
#: often pays it, and the window's start compiles next to nothing.
COMPILE_AFTER = 64

_NO_ARG = object()  # a default_factory field's parameter left out


def _compiled_init(cls):
    """The ``__init__`` `dataclass` would compile for the class's fields (the
    same parameters, defaults, factories, ``__post_init__`` and Python's own
    TypeError for a bad call), filling ``__dict__`` directly as the closure
    does; the fields in declaration order."""
    ns: dict = {"_NO_ARG": _NO_ARG}
    positional, keyword, body = [], [], []
    for f in dataclasses.fields(cls):
        if f.default is not _MISSING:
            ns[f"_d_{f.name}"] = f.default
            param, value = f"{f.name}=_d_{f.name}", (f.name if f.init else f"_d_{f.name}")
        elif f.default_factory is not _MISSING:
            ns[f"_f_{f.name}"] = f.default_factory
            param = f"{f.name}=_NO_ARG"
            value = f"_f_{f.name}() if {f.name} is _NO_ARG else {f.name}" if f.init else f"_f_{f.name}()"
        elif not f.init:
            continue  # no value at all: as dataclass, the attribute is simply not set
        else:
            param = value = f.name
        if f.init:
            (keyword if f.kw_only else positional).append(param)
        body.append(f"    __record_vars[{f.name!r}] = {value}")
    params = ", ".join(["__record_self", *positional] + (["*", *keyword] if keyword else []))
    lines = [f"def __init__({params}):", "    __record_vars = __record_self.__dict__", *body]
    if hasattr(cls, "__post_init__"):
        lines.append("    __record_self.__post_init__()")
    exec("\n".join(lines), ns)  # noqa: S102 (source built above from the class's own fields, as dataclass does)
    return ns["__init__"]


def _refused(name: str, kwargs: dict, known: frozenset, named: tuple) -> str:
    """Python's words for the first keyword it would refuse, in the order given."""
    for key in kwargs:
        if key not in known:
            return f"{name} got an unexpected keyword argument {key!r}"
        if key in named:
            return f"{name} got multiple values for argument {key!r}"
    raise AssertionError("no keyword refused")


def _missing(name: str, fields: list) -> str:
    """Python's own words for arguments left out: "missing 2 required positional arguments: 'a' and 'b'"."""
    text = [repr(f.name) for f in fields]
    listed = text[0] if len(text) == 1 else " and ".join(text) if len(text) == 2 else \
        ", ".join(text[:-1]) + ", and " + text[-1]
    kind = "keyword-only" if all(f.kw_only for f in fields) else "positional"
    return f"{name} missing {len(text)} required {kind} argument{'s' * (len(text) > 1)}: {listed}"


def _freeze(cls) -> None:
    """`frozen=True` without dataclass compiling ``__setattr__``/``__delattr__``."""
    names = frozenset(f.name for f in dataclasses.fields(cls))
    for own in ("__setattr__", "__delattr__"):
        if own in cls.__dict__:  # as dataclass refuses it
            raise TypeError(f"Cannot overwrite attribute {own} in class {cls.__name__}")

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    _set(cls, "__setattr__", __setattr__)
    _set(cls, "__delattr__", __delattr__)
    cls.__dataclass_params__.frozen = True  # what dataclasses.replace and subclasses read


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
