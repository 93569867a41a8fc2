"""Short explanations shown where the question arises (tooltips). Marked for
translation here, shown through `text()`: translated, with the rule limits they
name filled in from core/limits.py (so "inntil 50 år" follows the limit)."""

from ..core import limits, loans
from ..core.formatting import fmt_number
from ..core.i18n import QT_TR_NOOP, tr

# The limits the texts name, as {placeholders}.
LIMITS = {"usual_term": limits.USUAL_TERM_YEARS, "max_term": limits.MAX_TERM_YEARS,
          "max_io": limits.MAX_INTEREST_ONLY_YEARS, "markup": fmt_number(limits.MAX_MARKUP_PP, 2),
          "trial_term": loans.TRIAL_TERM_YEARS, "trial_sizing": loans.TRIAL_SIZING_YEARS}


def text(source: str) -> str:
    """A help text in the current language, its limits filled in."""
    return tr(source).format(**LIMITS)


TICKET = QT_TR_NOOP("Kollektivbillett: auto = voksne 20–66 år og pensjonister fra 67 år (honnørbillett) får billett, "
                   "barn ikke. Velg ja/nei for å overstyre.")
GROSS = QT_TR_NOOP("Kryss av når beløpet er brutto per år (lønn, uføretrygd, pensjon): skatten anslås etter årets regler.")
COMMON_DEBT = QT_TR_NOOP("Boligens andel av borettslagets fellesgjeld. Renten på den stiger i stresstesten like mye "
               "som startlånets.")
LIVING = QT_TR_NOOP("SIFOs referansebudsjett for husstanden, per kategori. Skriv eget beløp der faktisk forbruk er "
          "kjent. Beløpet som brukes er aldri lavere enn NAVs veiledende satser for økonomisk stønad.")
TERM = QT_TR_NOOP("Vanlig løpetid er inntil {usual_term} år; inntil {max_term} år i særlige tilfeller. Lengre løpetid gir lavere "
        "terminbeløp, men mer renter totalt fordi gjelden nedbetales saktere.")
REPAYMENT = QT_TR_NOOP("Annuitet: likt terminbeløp, først mest renter. Serie: likt avdrag, høyere terminbeløp i "
             "starten og lavere totale renter.")
TRIAL_LOAN = QT_TR_NOOP("Førstegangslån (prøveordning): samme terminbeløp som et annuitetslån over {trial_sizing} år, "
                        "men lånet ender etter {trial_term} år med restgjeld som må refinansieres. Ingen avdragsfrihet, "
                        "bindingstid 3, 5 eller 10 år, minst 5 % egenkapital.")
MARKUP = QT_TR_NOOP("Kommunen kan legge inntil {markup} prosentpoeng på Husbankens rente for å dekke administrasjon.")
INTEREST_ONLY = QT_TR_NOOP("Avdragsfrihet inntil {max_io} år i starten. Løpetiden er den samme: avdragene går over færre år.")
DEDUCTION = QT_TR_NOOP("Rentefradraget: 22 % av rentene (18,5 % i tiltakssonen) redusert skatt, vist per måned.")
STRESS = QT_TR_NOOP("Husbankens stresstest for startlån: Norges Banks styringsrente + 2,5 prosentpoeng (påslaget er "
          "med). Banklån ved siden av: bankens rente + 3 prosentpoeng, minst 7 %.")
NAV = QT_TR_NOOP("NAVs veiledende satser for økonomisk stønad er gulvet: beløpet til livsopphold skal aldri være "
       "lavere.")
EFFECTIVE = QT_TR_NOOP("Effektiv rente tar med gebyrer og rentes rente: den sanne årlige kostnaden ved lånet.")
SPLIT = QT_TR_NOOP("Delt lån: en del av lånet med fast rente og bindingstid, resten med flytende rente. "
         "Terminbeløpet er summen av de to delene.")
INTEREST_ONLY_UNTIL = QT_TR_NOOP("Startlånet kan være avdragsfritt til dyrere gjeld er nedbetalt. Perioden settes fra "
                       "gjeldens gjenstående løpetid (år igjen), høyst {max_io} år.")
EXPLANATION = QT_TR_NOOP("Før vedtak skal søkeren få forklart disse fem temaene (finansavtaleloven). Kryss av når det er "
               "gjort; datoen lagres i saken og skrives ut på budsjettarket.")

GUIDE_TITLE = QT_TR_NOOP("Kom i gang")
GUIDE = QT_TR_NOOP(
    "<h3>Slik starter du en sak</h3>"
    "<ol><li><b>Fil → Ny sak</b> (Ctrl+N). Programmet åpner den siste saken du hadde, eller en tom sak; "
    "eksempelsaken (merket «Eksempelsak») åpnes bare når du ber om det.</li>"
    "<li><b>Husstand</b>: saksnummer, saksbehandler og kommune øverst, så søker, medsøker og barn med alder.</li>"
    "<li><b>Inntekter</b>: netto per måned, eller brutto per år med skatteanslag. Barnetrygd legges til "
    "automatisk; utvidet barnetrygd for enslige er en egen type.</li>"
    "<li><b>Gjeld</b>, <b>Bolig</b> og <b>Livsopphold</b>: terminbeløp, boutgifter og SIFO-budsjettet "
    "(aldri under NAVs satser).</li>"
    "<li><b>Lån og scenarioer</b>: skriv lånebeløpet én gang (det fylles inn i scenarioene uten beløp), "
    "eller trykk <b>Bruk største lån</b>.</li>"
    "<li><b>Fil → Lagre</b> (Ctrl+S) og <b>Eksporter PDF</b> (Ctrl+E) til saksmappen.</li></ol>"
    "<p>Kronebeløp: 28.400 og 28 400 er 28 400 kr; øre skrives med komma. Renter: 4,275 eller 4.275. "
    "Et felt med rødt er ikke tatt med: tallene bruker siste gyldige verdi til feltet er rettet.</p>"
    "<h3>Hva vurderingene betyr</h3>"
    "<p>✔ <b>Bærekraftig</b>: restbeløpet går opp også ved stresstest og etter bindingstiden. "
    "! <b>Stramt</b>: går opp med dagens rente, men ikke ved stresstest eller etter bindingstiden. "
    "✖ <b>Ikke bærekraftig</b>: går ikke opp med dagens rente. "
    "? <b>Fyll inn lånebeløp</b>: scenarioet har ikke noe lånebeløp ennå. "
    "★ merker det ene scenarioet som trenger minst tilskudd.</p>"
    "<h3>Hvor tallene kommer fra</h3>"
    "<p>SIFOs referansebudsjett (SIFO, OsloMet, CC BY 4.0), NAVs veiledende satser, Husbankens renter, "
    "Norges Banks styringsrente (stresstest: styringsrenten + 2,5 prosentpoeng), skatteregler og "
    "barnetrygd fra Skatteetaten og NAV. Hver kilde har dato og status under <b>Hjelp → Datagrunnlag og "
    "kilder</b>; programmet varsler når saksdatoen er etter tallenes neste kjente endring (rentene hver måned, "
    "NAVs satser 1. januar, G 1. mai, styringsrenten etter seks måneder). Alle tallene kan endres i "
    "Innstillinger med dato og kilde: renter og styringsrente, NAV-satser per år, og under «Andre data» G, "
    "Husbankens gebyrer, SIFO-tabellene, skattesatsene for et år, salgskostnadene og namsmannens "
    "livsoppholdssatser – eller komme med en "
    "datapakke. Budsjettarket viser hvilke data tallene bygger på.</p>"
    "<p>Tastatur: Alt + understreket bokstav åpner en meny eller fane; Tab går gjennom feltene i "
    "skjermens rekkefølge; mellomrom krysser av.</p>")
