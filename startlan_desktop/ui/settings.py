"""Settings (QSettings): the municipality, the caseworker, today's Husbanken
rates with their date, markup, fees, stress rule and defaults for new cases."""

from __future__ import annotations

import datetime as dt
import json

from PySide6.QtCore import QSettings

from ..core import data
from ..core.i18n import QT_TR_NOOP

RATE_KEYS = ("floating", "fixed_3", "fixed_5", "fixed_10", "fixed_20")
RATE_LABELS = {"floating": QT_TR_NOOP("Flytende"), "fixed_3": QT_TR_NOOP("Fast 3 år"), "fixed_5": QT_TR_NOOP("Fast 5 år"),
               "fixed_10": QT_TR_NOOP("Fast 10 år"), "fixed_20": QT_TR_NOOP("Fast 20 år")}
MAX_RECENT = 8


def shipped_rates() -> dict:
    """The newest complete rate table in force (monthly terms)."""
    t = data.rate_table()
    return {"valid_from": t["valid_from"], "status": t["status"], "source": t.get("source", ""),
            **{k: float(t["rates"]["12"][k]) for k in RATE_KEYS}}


class AppSettings:
    """Typed access to QSettings with the shipped data as defaults."""

    def __init__(self, qsettings: QSettings | None = None):
        self.q = qsettings or QSettings("Startlan", "Startlan Desktop")
        self.migrate_old_data()

    # Versions before data packs kept the rates and the policy rate typed in
    # settings in QSettings ("rates" as JSON; "policy_rate_pct"/"policy_rate_date").
    OLD_KEYS = ("rates", "policy_rate_pct", "policy_rate_date")

    def migrate_old_data(self) -> list[str]:
        """Move rates typed in an earlier version into the user's data pack, once.

        A figure for a date this version ships is dropped (the published one
        wins); a figure that cannot be read or is out of range is dropped (the
        earlier version ignored it too). If the data pack cannot be written
        the keys stay, to be moved at the next start: nothing is lost.
        """
        if not any(self.q.contains(k) for k in self.OLD_KEYS):
            return []
        from ..core import datapack

        moved = []
        old = _old_rates(self.q.value("rates", ""))
        policy = _old_policy(self.q.value("policy_rate_pct", None), self.q.value("policy_rate_date", None))
        shipped_tables = {t["valid_from"] for t in data.shipped("husbanken_rates")["tables"]}
        shipped_decisions = {d["valid_from"] for d in data.shipped("policy_rate")["decisions"]}
        steps = []
        if old is not None and old["valid_from"] not in shipped_tables:
            steps.append(("husbanken_rates", lambda: self.set_rates(
                {**old, "status": "user",
                 "source": old.get("source") or "husbanken.no/rente (typed in settings, earlier version)"})))
        if policy is not None and policy[1] not in shipped_decisions:
            steps.append(("policy_rate", lambda: self.set_policy_rate(
                *policy, "norges-bank.no (typed in settings, earlier version)")))
        for item, step in steps:
            try:
                step()
                moved.append(item)
            except OSError:
                return moved  # the data pack could not be written: keep the old keys, try again next start
            except datapack.DataPackError:
                pass  # out of range: the earlier version's figure is not usable
        for k in self.OLD_KEYS:
            self.q.remove(k)
        self.q.sync()
        return moved

    def _get(self, key: str, default, kind=str):
        v = self.q.value(key, None)
        if v is None:
            return default
        try:
            return kind(v) if kind is not bool else v in (True, "true", "1", 1)
        except (TypeError, ValueError):
            return default

    def set(self, key: str, value) -> None:
        self.q.setValue(key, value)
        self.q.sync()
        private(self.q.fileName())


    municipality = property(lambda s: s._get("municipality", ""))
    caseworker = property(lambda s: s._get("caseworker", ""))
    contact = property(lambda s: s._get("letter_contact", ""))  # "who to call": letters and the applicant's page
    markup_pp = property(lambda s: s._get("markup_pp", data.loan_terms()["default_markup_pp"], float))
    establishment_fee = property(lambda s: s._get("establishment_fee", 0.0, float))
    term_fee = property(lambda s: s._get("term_fee", 0.0, float))
    credit_card_share = property(lambda s: s._get("credit_card_share", data.loan_terms()["credit_card_share_of_limit"],
                                                  float))
    sifo_year = property(lambda s: s._get("sifo_year", data.DEFAULT_SIFO_YEAR, int))
    stress_rule = property(lambda s: s._get("stress_rule", "policy"))
    # The figures themselves live in the data in force (core/datapack.py), shared with the CLI.
    policy_rate_pct = property(lambda s: data.policy_rate()["rate_pct"])
    policy_rate_date = property(lambda s: data.policy_rate()["valid_from"])
    margin_pp = property(lambda s: s._get("margin_pp", 3.0, float))
    fixed_years = property(lambda s: s._get("fixed_years", 10, int))
    language = property(lambda s: s._get("language", "nb"))

    @property
    def rates(self) -> dict:
        return shipped_rates()

    def set_policy_rate(self, rate_pct: float, valid_from: str, source: str = "") -> None:
        """Store a policy rate typed in settings as the user's data (unchanged: nothing)."""
        from ..core import datapack

        now = data.policy_rate()
        if (rate_pct, valid_from) == (now["rate_pct"], now["valid_from"]) and source in ("", now["source"]):
            return
        decision = {"valid_from": valid_from, "rate_pct": float(rate_pct), "status": "user",
                    "source": source or "norges-bank.no (typed in settings)"}
        # the stress rule in force stays (it may be the user's own, typed in settings)
        datapack.set_user_item("policy_rate", {**data.in_force()["policy_rate"], "decisions": [decision]})

    def set_rates(self, rates: dict) -> None:
        """Store a monthly rate table typed in settings as the user's data."""
        from ..core import datapack

        now = data.rate_table(rates["valid_from"])
        if now["valid_from"] == rates["valid_from"] and all(
                now["rates"]["12"].get(k) == float(rates[k]) for k in RATE_KEYS) and not rates.get("source"):
            return  # unchanged: keep the published quarterly and half-yearly rows
        table = {"valid_from": rates["valid_from"], "status": rates.get("status", "user"),
                 "source": rates.get("source") or "husbanken.no/rente",
                 "rates": {"12": {k: float(rates[k]) for k in RATE_KEYS}}}
        for freq in ("4", "2"):
            if rates.get(freq):
                table["rates"][freq] = {k: float(v) for k, v in rates[freq].items()}
        datapack.set_user_item("husbanken_rates", {**data.shipped("husbanken_rates"), "tables": [table]})

    def rates_stale(self, today: dt.date | None = None) -> bool:
        """The rate table is past its next known change (the window's rule)."""
        return data.is_stale("husbanken_rates", self.rates["valid_from"], today or dt.date.today())

    def husbanken_rate(self, key: str, terms_per_year: int = 12) -> float:
        monthly = float(self.rates[key])
        return monthly if terms_per_year == 12 else data.nominal_for_frequency(monthly, terms_per_year)

    def scenario_defaults(self) -> dict:
        r = self.rates
        return {"markup_pp": self.markup_pp, "fixed_years": self.fixed_years,
                "establishment_fee": self.establishment_fee, "term_fee": self.term_fee,
                "floating_pct": r["floating"], "fixed_pct": r[f"fixed_{self.fixed_years}"]}

    @property
    def usual_terms(self):
        from ..core.model import UsualTerms

        return UsualTerms(max_term_years=self._get("usual_max_term_years", 30, int),
                          repayment=self._get("usual_repayment", "annuity"),
                          rate_type=self._get("usual_rate_type", ""),
                          max_interest_only_years=self._get("usual_max_interest_only_years", 0, int),
                          startlan_cap_pct=self._get("usual_startlan_cap_pct", 100.0, float))

    # Recently used files name applicants: not in the settings file but in their
    # own 0600 file in the user data folder, which the caseworker can clear.
    @staticmethod
    def recent_path():
        from ..core.userdirs import data_dir  # not through core.recovery: read at start-up

        return data_dir() / "recent.json"

    @property
    def recent_files(self) -> list[str]:
        if self.q.contains("recent"):  # an older version kept them in the settings: move them out
            old = self._get("recent", "[]")
            self.q.remove("recent")
            self.q.sync()
            try:
                self._write_recent([str(p) for p in json.loads(old)][:MAX_RECENT])
            except (TypeError, ValueError, OSError):
                pass
        try:
            v = json.loads(self.recent_path().read_text(encoding="utf-8"))
            return [str(p) for p in v][:MAX_RECENT] if isinstance(v, list) else []
        except (OSError, TypeError, ValueError):
            return []

    def _write_recent(self, files: list[str]) -> None:
        from ..core.casefile import atomic_write

        path = self.recent_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, json.dumps(files, ensure_ascii=False).encode("utf-8"), backup=False)

    def add_recent(self, path: str) -> None:
        files = [path] + [p for p in self.recent_files if p != path]
        try:
            self._write_recent(files[:MAX_RECENT])
        except OSError:
            pass  # a convenience only

    def clear_recent(self) -> None:
        self.recent_path().unlink(missing_ok=True)


def _old_rates(raw) -> dict | None:
    """The rate table an earlier version stored as JSON, or None if unreadable."""
    try:
        d = json.loads(raw) if raw else None
        dt.date.fromisoformat(d["valid_from"])
    except (TypeError, ValueError, KeyError):
        return None
    if not isinstance(d, dict) or not all(isinstance(d.get(k), (int, float)) and not isinstance(d.get(k), bool)
                                          for k in RATE_KEYS):
        return None
    return d


def _old_policy(pct, date) -> tuple[float, str] | None:
    try:
        rate = float(pct)
        dt.date.fromisoformat(str(date))
    except (TypeError, ValueError):
        return None
    return rate, str(date)


def private(path: str) -> None:
    """The settings name the caseworker and the municipality: owner only (0600)."""
    import os

    if path and os.path.isfile(path):
        try:
            os.chmod(path, 0o600)
        except OSError:
            pass
