"""`core/record.py`: a record's repr, equality and hash are the ones
`dataclasses.dataclass` would have generated (checked against dataclass itself)."""

from __future__ import annotations

import copy
import dataclasses
import importlib
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from startlan_desktop.core.budget import compute
from startlan_desktop.core.example import example_case, followup_case
from startlan_desktop.core.record import record

# the core modules the window imports before its first frame (issue 23): all records
START_MODULES = ("budget", "data", "datapack", "casefile", "financing", "forcedsale", "living", "loans", "model",
                 "rows", "scenario", "stress", "tax", "timeline", "trial")


def _shadow(cls):
    """The same fields declared with plain dataclass: the reference behaviour."""
    params = cls.__dataclass_params__
    spec = [(f.name, f.type, dataclasses.field(repr=f.repr, compare=f.compare, hash=f.hash))
            for f in dataclasses.fields(cls)]
    shadow = dataclasses.make_dataclass(cls.__name__, spec, frozen=params.frozen, eq="__eq__" in cls.__dict__)
    shadow.__qualname__ = cls.__qualname__
    return shadow


def _as_shadow(obj, shadow):
    twin = object.__new__(shadow)
    for f in dataclasses.fields(obj):
        object.__setattr__(twin, f.name, getattr(obj, f.name))
    return twin


def _records(obj, seen=None):
    """Every record reachable from obj (fields, lists, tuples, dicts)."""
    seen = set() if seen is None else seen
    if id(obj) in seen:
        return
    seen.add(id(obj))
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        yield obj
        for f in dataclasses.fields(obj):
            yield from _records(getattr(obj, f.name), seen)
    elif isinstance(obj, (list, tuple)):
        for x in obj:
            yield from _records(x, seen)
    elif isinstance(obj, dict):
        for x in obj.values():
            yield from _records(x, seen)


def _check_like_dataclass(obj):
    shadow = _shadow(type(obj))
    twin = _as_shadow(obj, shadow)
    assert repr(obj) == repr(twin)
    other = copy.copy(obj)
    assert obj.__eq__(object()) is NotImplemented
    if "__eq__" not in type(obj).__dict__:  # eq=False: compared and hashed by identity
        assert obj == obj and obj != other and hash(obj) == object.__hash__(obj)
        return
    assert (obj == other) == (twin == _as_shadow(other, shadow))
    if type(obj).__hash__ is None:
        assert shadow.__hash__ is None
    else:
        assert hash(obj) == hash(twin)


def test_the_example_cases_and_their_results_behave_as_dataclasses():
    checked = set()
    for case in (example_case(), followup_case()):
        for obj in _records([case, compute(case)]):
            _check_like_dataclass(obj)
            checked.add(type(obj).__qualname__)
    assert {"Case", "Member", "Scenario", "CaseResult", "ScenarioResult", "LoanSpec", "Schedule"} <= checked


def test_the_start_up_modules_declare_records():
    for name in START_MODULES:
        module = importlib.import_module(f"startlan_desktop.core.{name}")
        for cls in vars(module).values():
            if isinstance(cls, type) and dataclasses.is_dataclass(cls) and cls.__module__ == module.__name__:
                assert cls.__repr__.__module__ == "startlan_desktop.core.record", cls


values = st.one_of(st.integers(), st.floats(allow_nan=True), st.text(max_size=5), st.none(),
                   st.tuples(st.integers()), st.just(math.nan))


@given(a=values, b=values, c=values, a2=values, frozen=st.booleans())
def test_repr_equality_and_hash_as_dataclass_generates_them(a, b, c, a2, frozen):
    def declare(decorator):
        @decorator(frozen=frozen)
        class Point:
            a: object
            b: object = 0
            c: object = dataclasses.field(default=None, repr=False, compare=False)

        return Point

    Rec, Ref = declare(record), declare(dataclasses.dataclass)
    for args in ((a, b, c), (a2, b, c), (a, b, a2)):
        x, y = Rec(*args), Rec(a, b, c)
        rx, ry = Ref(*args), Ref(a, b, c)
        assert repr(x).replace("test_repr_equality_and_hash_as_dataclass_generates_them.<locals>.", "") == \
            repr(rx).replace("test_repr_equality_and_hash_as_dataclass_generates_them.<locals>.", "")
        assert (x == y) == (rx == ry) and (x != y) == (rx != ry)
        if frozen:
            hashable = True
            try:
                hash(rx)
            except TypeError:
                hashable = False
            if hashable:
                assert hash(x) == hash(rx)
        else:
            assert Rec.__hash__ is None and Ref.__hash__ is None


def test_only_the_same_class_compares_and_identity_options_are_kept():
    @record(frozen=True)
    class A:
        x: int = 1

    @record(frozen=True)
    class B:
        x: int = 1

    @record(frozen=True, eq=False)
    class C:
        x: int = 1

    assert A() == A() and A() != B() and hash(A()) == hash((1,))
    c = C()
    assert c == c and C() != C() and hash(c) == object.__hash__(c)
    with __import__("pytest").raises(dataclasses.FrozenInstanceError):
        A().x = 2


def test_a_record_that_contains_itself_shows_dots():
    @record
    class Node:
        items: list = dataclasses.field(default_factory=list)

    n = Node()
    n.items.append(n)
    assert repr(n).endswith("Node(items=[...])")


def _declare_pair(frozen: bool):
    """The same class as a record and as a plain dataclass."""
    def declare(decorator):
        @decorator(frozen=frozen)
        class Loan:
            amount: object
            rate: object = 5.0
            tags: list = dataclasses.field(default_factory=list)
            note: object = dataclasses.field(default="", init=False)

        return Loan

    return declare(record), declare(dataclasses.dataclass)


def _outcome(cls, args, kwargs):
    try:
        obj = cls(*args, **kwargs)
    except TypeError as e:
        return ("TypeError", str(e).split("__init__() ", 1)[-1])
    return ("made", tuple((f.name, getattr(obj, f.name)) for f in dataclasses.fields(obj)))


@given(n_args=st.integers(0, 4), keys=st.lists(st.sampled_from(["amount", "rate", "tags", "note", "other"]),
                                              unique=True, max_size=3),
       frozen=st.booleans())
def test_construction_takes_and_refuses_what_the_dataclass_init_does(n_args, keys, frozen):
    Rec, Ref = _declare_pair(frozen)
    args = tuple(range(10, 10 + n_args))
    kwargs = {k: i for i, k in enumerate(keys)}
    assert _outcome(Rec, args, kwargs) == _outcome(Ref, args, kwargs)


def _made_often(cls):
    """`cls` with the compiled ``__init__`` a class made often gets (record.COMPILE_AFTER)."""
    from startlan_desktop.core import record as module

    closure = cls.__init__
    for _ in range(module.COMPILE_AFTER):
        cls(1)
    assert cls.__init__ is not closure and cls.__init__.__qualname__ == f"{cls.__qualname__}.__init__"
    return cls


@given(n_args=st.integers(0, 4), keys=st.lists(st.sampled_from(["amount", "rate", "tags", "note", "other"]),
                                              unique=True, max_size=3),
       frozen=st.booleans())
def test_the_compiled_init_takes_and_refuses_what_the_dataclass_init_does(n_args, keys, frozen):
    """Issue 23: a class made often gets a compiled __init__; it must not differ from the closure's."""
    Rec, Ref = _declare_pair(frozen)
    Rec = _made_often(Rec)
    args = tuple(range(10, 10 + n_args))
    kwargs = {k: i for i, k in enumerate(keys)}
    assert _outcome(Rec, args, kwargs) == _outcome(Ref, args, kwargs)


def test_compiled_records_keep_their_own_default_lists_post_init_and_keyword_only_fields():
    Rec = _made_often(_declare_pair(frozen=True)[0])
    a, b = Rec(1), Rec(2)
    a.tags.append("x")
    assert b.tags == [] and a.note == "" and vars(a) == {"amount": 1, "rate": 5.0, "tags": ["x"], "note": ""}

    @record
    class Later:
        x: int
        y: list = dataclasses.field(default_factory=list, kw_only=True)
        z: int = dataclasses.field(default=3, kw_only=True)

        def __post_init__(self):
            self.total = self.x + self.z

    Later = _made_often(Later)
    obj = Later(4, z=5)
    assert (obj.x, obj.y, obj.z, obj.total) == (4, [], 5, 9)
    import pytest

    with pytest.raises(TypeError, match="positional"):
        Later(1, 2)


def test_each_record_gets_its_own_default_list_and_frozen_fields_stay_put():
    Rec, _ = _declare_pair(frozen=True)
    a, b = Rec(1), Rec(2)
    a.tags.append("x")
    assert b.tags == [] and a.note == "" and dataclasses.replace(a, rate=2.0).rate == 2.0
    with __import__("pytest").raises(dataclasses.FrozenInstanceError):
        a.amount = 3
    with __import__("pytest").raises(dataclasses.FrozenInstanceError):
        del a.amount
    assert Rec.__dataclass_params__.frozen and dataclasses.is_dataclass(Rec)


def test_post_init_runs_and_a_frozen_base_is_still_honoured():
    @record(frozen=True)
    class Base:
        x: int = 1

    @record(frozen=True)
    class Derived(Base):
        y: int = 2

        def __post_init__(self):
            object.__setattr__(self, "total", self.x + self.y)

    d = Derived(5)
    assert (d.x, d.y, d.total) == (5, 2, 7) and Derived.__dataclass_params__.frozen
    with __import__("pytest").raises(dataclasses.FrozenInstanceError):
        d.y = 3


def test_a_frozen_record_refuses_its_own_setattr_as_dataclass_does():
    import pytest

    for decorator in (record, dataclasses.dataclass):
        with pytest.raises(TypeError, match="Cannot overwrite attribute __setattr__"):
            @decorator(frozen=True)
            class Pinned:
                x: int = 1

                def __setattr__(self, name, value):
                    pass


def test_the_start_up_records_compile_nothing():
    """Issue 23: no record of the modules the window imports before its first
    frame compiles a method (in a fresh interpreter: the modules imported anew)."""
    import subprocess
    import sys

    probe = ("import dataclasses, importlib\n"
             "compiled = []\n"
             "dataclasses._create_fn = lambda name, *a, **k: compiled.append(name)\n"
             f"for name in {START_MODULES!r}:\n"
             "    importlib.import_module('startlan_desktop.core.' + name)\n"
             "print(compiled)\n")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


# --- the fields, collected without dataclass's per-field checks (issue 23) ---------------

import sys  # noqa: E402
import types  # noqa: E402
import typing  # noqa: E402

from startlan_desktop.core import record as record_module  # noqa: E402

_NAMESPACE = types.ModuleType("record_probe_namespace")  # what the annotations' heads are looked up in
_NAMESPACE.__dict__.update(_dt=math, loans=copy, Person=int, CV=typing.ClassVar, ClassVar=typing.ClassVar,
                           InitVar=dataclasses.InitVar, KW_ONLY=dataclasses.KW_ONLY, typing=typing,
                           dataclasses=dataclasses, Alias=typing.Optional)
sys.modules[_NAMESPACE.__name__] = _NAMESPACE

plain_types = st.sampled_from(["int", "float | None", "list[Person]", "_dt.date", "loans.LoanSpec | None",
                               "Person", "tuple[int, ...]", " dict[str, int]", "Unbound", "'quoted'"])
defaults = st.one_of(st.just(dataclasses.MISSING), st.integers(), st.text(max_size=3), st.none(),
                     st.tuples(st.integers()), st.builds(lambda: dataclasses.field(default_factory=list)),
                     st.builds(lambda r, c: dataclasses.field(default=1, repr=r, compare=c), st.booleans(),
                               st.booleans()),
                     st.builds(lambda i: dataclasses.field(init=i), st.booleans()),
                     st.builds(lambda: dataclasses.field(default=0, kw_only=True)))


def _body(fields):
    body = {"__module__": _NAMESPACE.__name__, "__annotations__": {}, "__doc__": "probe"}
    for i, (annotation, default) in enumerate(fields):
        body["__annotations__"][f"f{i}"] = annotation
        if default is not dataclasses.MISSING:
            body[f"f{i}"] = default
    return body


def _twins(fields, bases=(object, object)):
    """The same class body twice, on `bases` (Field objects copied: dataclass fills them in)."""
    one = _body(fields)
    two = {k: copy.copy(v) if isinstance(v, dataclasses.Field) else v for k, v in one.items()}
    two["__annotations__"] = dict(one["__annotations__"])
    return type("Probe", (bases[0],), one), type("Probe", (bases[1],), two)


@given(fields=st.lists(st.tuples(plain_types, defaults), max_size=6), kw_only=st.booleans(), inherit=st.booleans())
def test_a_records_fields_are_the_ones_dataclass_collects(fields, kw_only, inherit):
    bases = (object, object)
    if inherit:  # a base with fields of its own, one of them redeclared below
        bases = _twins([("int", 5), ("str", dataclasses.field(default="x", repr=False))])
        record_module._as_dataclass(bases[0], {})
        dataclasses.dataclass(bases[1], init=False, repr=False, eq=False)
    mine, theirs = _twins(fields, bases)
    options = {"kw_only": True} if kw_only else {}
    assert record_module._plain_fields(mine, kw_only) is True
    record_module._same_as_dataclass(mine, dataclasses.dataclass(theirs, init=False, repr=False, eq=False, **options))


@pytest.mark.parametrize("annotation", ["ClassVar[int]", "CV[int]", "typing.ClassVar[int]", "InitVar[int]",
                                        "dataclasses.InitVar[int]", "KW_ONLY", "Alias[int]"])
def test_a_class_that_may_name_a_pseudo_field_is_left_to_dataclass(annotation):
    mine, theirs = _twins([("int", 1), (annotation, dataclasses.MISSING)])
    before = dict(mine.__dict__)
    assert record_module._plain_fields(mine, False) is False
    assert dict(mine.__dict__) == before  # untouched: dataclass gets it as written
    made = record_module._as_dataclass(mine, {})
    record_module._same_as_dataclass(made, dataclasses.dataclass(theirs, init=False, repr=False, eq=False))


def test_dataclasss_errors_for_a_mutable_default_and_an_unannotated_field():
    for body, error in (([("list[int]", [])], ValueError), ([("int", 1)], TypeError)):
        mine, theirs = _twins(body)
        if error is TypeError:
            mine.stray = dataclasses.field(default=2)
            theirs.stray = dataclasses.field(default=2)
        with pytest.raises(error) as expected:
            dataclasses.dataclass(theirs, init=False, repr=False, eq=False)
        with pytest.raises(error) as got:
            record_module._plain_fields(mine, False)
        assert str(got.value) == str(expected.value)


def test_the_cross_check_finds_a_field_that_differs():
    mine, theirs = _twins([("int", 1), ("str", "a")])
    record_module._plain_fields(mine, False)
    dataclasses.dataclass(theirs, init=False, repr=False, eq=False)
    record_module._same_as_dataclass(mine, theirs)
    mine.__dataclass_fields__["f1"].repr = False
    with pytest.raises(AssertionError, match="Probe differs"):
        record_module._same_as_dataclass(mine, theirs)


def test_the_tests_make_every_record_through_dataclass_too():
    assert record_module._CHECK  # tests/conftest.py: each record of the app compared as it is imported
