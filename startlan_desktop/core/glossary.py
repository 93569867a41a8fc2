"""The glossary of the walk-through (issue 22): the key words of a startlån
in Norwegian, beside the word and a one-line explanation in the applicant's
language, so the caseworker can point at the word they say."""

from __future__ import annotations

from dataclasses import dataclass

from .i18n import tr


@dataclass(frozen=True)
class Term:
    norwegian: str  # the word as the caseworker says it
    word: str  # the word in the language in use
    meaning: str  # what it means, in one plain line, in the language in use


def terms() -> list[Term]:
    """The key terms in the language in use (the Norwegian word stays beside each)."""
    return [
        Term("startlån", tr("startlån"),
             tr("Et lån fra kommunen til å kjøpe en bolig, når banken ikke gir stort nok lån.")),
        Term("terminbeløp", tr("terminbeløp"),
             tr("Det dere betaler på lånet hver måned: renter og avdrag sammen.")),
        Term("rente", tr("rente"),
             tr("Prisen for å låne penger, i prosent av lånet per år.")),
        Term("fast rente", tr("fast rente"),
             tr("Renten er den samme i hele bindingstiden, for eksempel i 5 år.")),
        Term("flytende rente", tr("flytende rente"),
             tr("Renten kan gå opp eller ned underveis.")),
        Term("avdragsfri", tr("avdragsfri"),
             tr("En tid der dere bare betaler renter. Lånet blir ikke mindre.")),
        Term("restgjeld", tr("restgjeld"),
             tr("Det dere fortsatt skylder på lånet.")),
        Term("tilskudd", tr("tilskudd"),
             tr("Penger til boligen som ikke skal betales tilbake.")),
        Term("stresstest", tr("stresstest"),
             tr("Vi regner ut om dere klarer lånet også hvis renten stiger mye.")),
    ]
