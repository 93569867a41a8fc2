"""Short explanations shown where the question arises (tooltips)."""

TICKET = "Kollektivbillett: auto = voksne 20–66 år får billett, barn ikke. Velg ja/nei for å overstyre."
GROSS = "Kryss av når beløpet er brutto per år (lønn, uføretrygd, pensjon): skatten anslås etter årets regler."
COMMON_DEBT = ("Boligens andel av borettslagets fellesgjeld. Renten på den stiger i stresstesten like mye "
               "som startlånets.")
LIVING = ("SIFOs referansebudsjett for husstanden, per kategori. Skriv eget beløp der faktisk forbruk er "
          "kjent. Beløpet som brukes er aldri lavere enn NAVs veiledende satser for økonomisk stønad.")
TERM = ("Vanlig løpetid er inntil 30 år; inntil 50 år i særlige tilfeller. Lengre løpetid gir lavere "
        "terminbeløp, men mer renter totalt fordi gjelden nedbetales saktere.")
REPAYMENT = ("Annuitet: likt terminbeløp, først mest renter. Serie: likt avdrag, høyere terminbeløp i "
             "starten og lavere totale renter.")
MARKUP = "Kommunen kan legge inntil 0,25 prosentpoeng på Husbankens rente for å dekke administrasjon."
INTEREST_ONLY = "Avdragsfrihet inntil 8 år i starten. Løpetiden er den samme: avdragene går over færre år."
DEDUCTION = "Rentefradraget: 22 % av rentene (18,5 % i tiltakssonen) redusert skatt, vist per måned."
STRESS = ("Husbankens stresstest for startlån: Norges Banks styringsrente + 2,5 prosentpoeng (påslaget er "
          "med). Banklån ved siden av: bankens rente + 3 prosentpoeng, minst 7 %.")
NAV = ("NAVs veiledende satser for økonomisk stønad er gulvet: beløpet til livsopphold skal aldri være "
       "lavere.")
EFFECTIVE = "Effektiv rente tar med gebyrer og rentes rente: den sanne årlige kostnaden ved lånet."
SPLIT = ("Delt lån: en del av lånet med fast rente og bindingstid, resten med flytende rente. "
         "Terminbeløpet er summen av de to delene.")
INTEREST_ONLY_UNTIL = ("Startlånet kan være avdragsfritt til dyrere gjeld er nedbetalt. Perioden settes fra "
                       "gjeldens gjenstående løpetid (år igjen), høyst 8 år.")
EXPLANATION = ("Før vedtak skal søkeren få forklart disse fem temaene (finansavtaleloven). Kryss av når det er "
               "gjort; datoen lagres i saken og skrives ut på budsjettarket.")
