<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nb_NO">
<context>
    <name></name>
    <message>
        <source>Bærekraftig</source>
        <translation>Sustainable</translation>
    </message>
    <message>
        <source>Stramt</source>
        <translation>Tight</translation>
    </message>
    <message>
        <source>Ikke bærekraftig</source>
        <translation>Not sustainable</translation>
    </message>
    <message>
        <source>Fyll inn lånebeløp</source>
        <translation>Enter a loan amount</translation>
    </message>
    <message>
        <source>Lønn</source>
        <translation>Wages</translation>
    </message>
    <message>
        <source>Uføretrygd/AAP</source>
        <translation>Disability benefit/AAP</translation>
    </message>
    <message>
        <source>Pensjon</source>
        <translation>Pension</translation>
    </message>
    <message>
        <source>Trygd/stønad</source>
        <translation>Benefit/allowance</translation>
    </message>
    <message>
        <source>Barnetrygd</source>
        <translation>Child benefit</translation>
    </message>
    <message>
        <source>Utvidet barnetrygd</source>
        <translation>Extended child benefit</translation>
    </message>
    <message>
        <source>Kontantstøtte</source>
        <translation>Cash-for-care benefit</translation>
    </message>
    <message>
        <source>Bidrag mottatt</source>
        <translation>Child support received</translation>
    </message>
    <message>
        <source>Bostøtte</source>
        <translation>Housing allowance</translation>
    </message>
    <message>
        <source>Leieinntekt</source>
        <translation>Rental income</translation>
    </message>
    <message>
        <source>Annen inntekt</source>
        <translation>Other income</translation>
    </message>
    <message>
        <source>Studielån</source>
        <translation>Student loan</translation>
    </message>
    <message>
        <source>Billån</source>
        <translation>Car loan</translation>
    </message>
    <message>
        <source>Forbrukslån</source>
        <translation>Consumer loan</translation>
    </message>
    <message>
        <source>Kredittkort</source>
        <translation>Credit card</translation>
    </message>
    <message>
        <source>Bidrag betalt</source>
        <translation>Child support paid</translation>
    </message>
    <message>
        <source>Annen fast utgift</source>
        <translation>Other fixed expense</translation>
    </message>
    <message>
        <source>Scenario {n}</source>
        <translation>Scenario {n}</translation>
    </message>
    <message>
        <source>Med dette budsjettet kan husstanden ikke betjene noe startlån, heller ikke med {years} års løpetid: ved stresstest er det ingenting igjen til å betale på et lån.</source>
        <translation>With this budget the household cannot carry any start loan, not even over {years} years: in the stress test nothing is left to pay a loan with.</translation>
    </message>
    <message>
        <source>Lånebeløpet er ikke fylt inn. Husstanden kan betjene et startlån på inntil {amount} (stresstest).</source>
        <translation>The loan amount is not filled in. The household can carry a start loan of up to {amount} (stress test).</translation>
    </message>
    <message>
        <source>flytende rente</source>
        <translation>a floating rate</translation>
    </message>
    <message>
        <source>fast rente i {years} år</source>
        <translation>a rate fixed for {years} years</translation>
    </message>
    <message>
        <source>{share} % fast rente i {years} år og resten flytende</source>
        <translation>{share} % at a rate fixed for {years} years and the rest floating</translation>
    </message>
    <message>
        <source>Med {years} års løpetid og {rate} blir terminbeløpet {payment} i måneden, og dere har {left} igjen til livsopphold hver måned</source>
        <translation>With a term of {years} years and {rate}, the payment is {payment} a month, and you have {left} left for living costs each month</translation>
    </message>
    <message>
        <source>, {amount} mer enn normen.</source>
        <translation>, {amount} more than the norm.</translation>
    </message>
    <message>
        <source>, {amount} mindre enn normen.</source>
        <translation>, {amount} less than the norm.</translation>
    </message>
    <message>
        <source>Barnetrygd ({kids} × {rate})</source>
        <extracomment>Incomes that are taxed: when one of them is typed net, the household&apos;s tax is unknown.</extracomment>
        <translation>Child benefit ({kids} × {rate})</translation>
    </message>
    <message>
        <source>Barnetrygd er ført som egen inntektslinje, så den automatiske barnetrygden ({auto}) er ikke lagt til i tillegg. Utvidet barnetrygd for enslige har sin egen type.</source>
        <translation>Child benefit is entered as its own income line, so the automatic child benefit ({auto}) is not added as well. Extended child benefit for single parents has its own type.</translation>
    </message>
    <message>
        <source>Utvidet barnetrygd er ført, men husstanden har ingen barn under 18 år.</source>
        <translation>Extended child benefit is entered, but the household has no children under 18.</translation>
    </message>
    <message>
        <source>Utvidet barnetrygd gis til enslige forsørgere, men saken har en medsøker.</source>
        <translation>Extended child benefit is for single parents, but the case has a co-applicant.</translation>
    </message>
    <message>
        <source>«{debt}»: terminbeløp ikke oppgitt, beregnet som annuitet av restgjelden: {amount} per måned.</source>
        <translation>“{debt}”: no monthly payment given, computed as an annuity of the balance: {amount} a month.</translation>
    </message>
    <message>
        <source>(beregnet)</source>
        <translation>(computed)</translation>
    </message>
    <message>
        <source>Felleskostnader</source>
        <translation>Service charges (co-op)</translation>
    </message>
    <message>
        <source>Kommunale avgifter</source>
        <translation>Municipal charges</translation>
    </message>
    <message>
        <source>Eiendomsskatt</source>
        <translation>Property tax</translation>
    </message>
    <message>
        <source>Strøm og oppvarming</source>
        <translation>Electricity and heating</translation>
    </message>
    <message>
        <source>Forsikring</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <source>Vedlikehold</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Festeavgift</source>
        <translation>Ground rent</translation>
    </message>
    <message>
        <source>Andre boutgifter</source>
        <translation>Other housing costs</translation>
    </message>
    <message>
        <source>(fra {date})</source>
        <translation>(from {date})</translation>
    </message>
    <message>
        <source>(sluttet {date})</source>
        <translation>(ended {date})</translation>
    </message>
    <message>
        <source>«{line}» er ikke med i dagens budsjett: den gjelder fra {date} (se De neste årene).</source>
        <translation>“{line}” is not in today&apos;s budget: it applies from {date} (see The years ahead).</translation>
    </message>
    <message>
        <source>«{line}» er ikke med i dagens budsjett: den sluttet {date}.</source>
        <translation>“{line}” is not in today&apos;s budget: it ended on {date}.</translation>
    </message>
    <message>
        <source>Nyere tall kan gjelde på saksdatoen, kontroller: {sources}.</source>
        <translation>Newer figures may apply on the case date, check: {sources}.</translation>
    </message>
    <message>
        <source>startlånet</source>
        <translation>the start loan</translation>
    </message>
    <message>
        <source>banklånet</source>
        <translation>the bank loan</translation>
    </message>
    <message>
        <source>lån med flytende rente</source>
        <translation>floating-rate loans</translation>
    </message>
    <message>
        <source>fellesgjelden</source>
        <translation>the common debt</translation>
    </message>
    <message>
        <source>Alle flytende renter stiger like mye: {items}.</source>
        <translation>All floating rates rise by the same amount: {items}.</translation>
    </message>
    <message>
        <source>Stresstesten regner banklånet etter bankenes regel ({rate}), ikke med samme renteøkning som kurven; derfor ligger stresspunktet utenfor kurven.</source>
        <translation>The stress test prices the bank loan by the banks&apos; rule ({rate}), not by the same rate rise as the curve; that is why the stress point lies off the curve.</translation>
    </message>
    <message>
        <source>Lånets rente + {pp} prosentpoeng</source>
        <extracomment>Other debts whose rate follows the market when marked floating.</extracomment>
        <translation>The loan&apos;s rate + {pp} percentage points</translation>
    </message>
    <message>
        <source>Styringsrenten {rate} + {pp} prosentpoeng (Husbanken)</source>
        <translation>Policy rate {rate} + {pp} percentage points (Husbanken)</translation>
    </message>
    <message>
        <source>, men minst lånets rente</source>
        <translation>, but at least the loan&apos;s rate</translation>
    </message>
    <message>
        <source>Løpetid over kommunens vanlige {years} år (inntil 50 år i særlige tilfeller).</source>
        <translation>Term beyond the municipality&apos;s usual {years} years (up to 50 years in special cases).</translation>
    </message>
    <message>
        <source>Annen lånetype enn kommunens vanlige (annuitet).</source>
        <translation>Loan type other than the municipality&apos;s usual (annuity).</translation>
    </message>
    <message>
        <source>Annen lånetype enn kommunens vanlige (serie).</source>
        <translation>Loan type other than the municipality&apos;s usual (serial).</translation>
    </message>
    <message>
        <source>Annen rentetype enn kommunens vanlige (fast rente).</source>
        <translation>Rate type other than the municipality&apos;s usual (fixed rate).</translation>
    </message>
    <message>
        <source>Annen rentetype enn kommunens vanlige (flytende rente).</source>
        <translation>Rate type other than the municipality&apos;s usual (floating rate).</translation>
    </message>
    <message>
        <source>Avdragsfrihet utover kommunens vanlige ({years} år).</source>
        <translation>Interest-only period beyond the municipality&apos;s usual ({years} years).</translation>
    </message>
    <message>
        <source>Budsjettet går ikke opp med dagens rente: {amount} mangler hver måned.</source>
        <translation>The budget does not add up at today&apos;s rate: {amount} short each month.</translation>
    </message>
    <message>
        <source>Ved stresstest ({rate}) mangler {amount} hver måned.</source>
        <translation>At the stress test ({rate}), {amount} short each month.</translation>
    </message>
    <message>
        <source>Etter bindingstiden mangler {amount} hver måned.</source>
        <translation>After the fixed-rate period, {amount} short each month.</translation>
    </message>
    <message>
        <source>Går opp med dagens rente.</source>
        <translation>Adds up at today&apos;s rate.</translation>
    </message>
    <message>
        <source>Går opp også ved stresstest ({rate}).</source>
        <translation>Adds up even at the stress test ({rate}).</translation>
    </message>
    <message>
        <source>Avdragsfri periode: restbeløp {during}; med avdrag (fra måned {month}): {after}. Den svakeste perioden avgjør.</source>
        <translation>Interest-only period: residual {during}; with repayment (from month {month}): {after}. The weaker period decides.</translation>
    </message>
    <message>
        <source>Fyll inn lånebeløpet, eller velg «Bruk største lån».</source>
        <translation>Enter the loan amount, or choose “Use largest loan”.</translation>
    </message>
    <message>
        <source>Banklån ved siden av startlånet</source>
        <translation>Bank loan beside the start-up loan</translation>
    </message>
    <message>
        <source>Rentefradrag banklån (skatteverdi)</source>
        <translation>Interest deduction, bank loan (tax value)</translation>
    </message>
    <message>
        <source>Rentefradraget er begrenset til skatten husstanden betaler på alminnelig inntekt ({amount} per år).</source>
        <translation>The interest deduction is limited to the tax the household pays on ordinary income ({amount} a year).</translation>
    </message>
    <message>
        <source>Husstanden kan ikke betjene noe startlån med dette budsjettet: ved stresstest er det ingenting igjen til å betale på et lån (disponibelt til startlån i dag: {amount} per måned).</source>
        <translation>The household cannot carry any start loan with this budget: in the stress test nothing is left to pay a loan with (available for the start loan today: {amount} a month).</translation>
    </message>
    <message>
        <source>et heltall</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>et tall</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>tekst</source>
        <translation>text</translation>
    </message>
    <message>
        <source>sann/usann</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>en verdi av riktig type</source>
        <translation>a value of the right type</translation>
    </message>
    <message>
        <source>«{path}» skal være en liste.</source>
        <translation>“{path}” must be a list.</translation>
    </message>
    <message>
        <source>«{path}» har for mange linjer (over {n}).</source>
        <translation>“{path}” has too many lines (over {n}).</translation>
    </message>
    <message>
        <source>«{path}» skal være en tabell.</source>
        <translation>“{path}” must be a table.</translation>
    </message>
    <message>
        <source>«{path}» er et altfor stort tall.</source>
        <translation>“{path}” is far too large a number.</translation>
    </message>
    <message>
        <source>«{path}» skal være {kind}.</source>
        <translation>“{path}” must be {kind}.</translation>
    </message>
    <message>
        <source>«{path}»: ukjent felttype.</source>
        <translation>“{path}”: unknown field type.</translation>
    </message>
    <message>
        <source>Ukjent felt «{path}.{value}» i saksfilen.</source>
        <translation>Unknown field “{path}.{value}” in the case file.</translation>
    </message>
    <message>
        <source>Filen er ikke en saksfil fra Startlån Desktop.</source>
        <translation>The file is not a case file from Startlån Desktop.</translation>
    </message>
    <message>
        <source>Ukjent felt «{value}» i saksfilen.</source>
        <translation>Unknown field “{value}” in the case file.</translation>
    </message>
    <message>
        <source>Saksfilen mangler gyldig versjonsnummer.</source>
        <translation>The case file has no valid version number.</translation>
    </message>
    <message>
        <source>Saksfilen er laget av en nyere versjon av programmet (filversjon {version}). Oppdater Startlån Desktop for å åpne den.</source>
        <translation>The case file was made by a newer version of the program (file version {version}). Update Startlån Desktop to open it.</translation>
    </message>
    <message>
        <source>Saksfilen mangler innholdet «case».</source>
        <translation>The case file has no “case” content.</translation>
    </message>
    <message>
        <source>«case» skal være en tabell.</source>
        <translation>“case” must be a table.</translation>
    </message>
    <message>
        <source>Filen inneholder «{name}», som ikke er et gyldig tall.</source>
        <translation>The file contains “{name}”, which is not a valid number.</translation>
    </message>
    <message>
        <source>Feltet «{field}» står to ganger i saksfilen.</source>
        <translation>The field “{field}” appears twice in the case file.</translation>
    </message>
    <message>
        <source>Filen er nøstet for dypt til å være en saksfil.</source>
        <translation>The file is nested too deeply to be a case file.</translation>
    </message>
    <message>
        <source>Filen er ikke gyldig JSON (linje {line}): den kan være skadet eller avkortet.</source>
        <translation>The file is not valid JSON (line {line}): it may be damaged or cut short.</translation>
    </message>
    <message>
        <source>Filen inneholder et tall eller en verdi som ikke kan leses.</source>
        <translation>The file contains a number or value that cannot be read.</translation>
    </message>
    <message>
        <source>Kunne ikke lese {file}: {error}.</source>
        <translation>Could not read {file}: {error}.</translation>
    </message>
    <message>
        <source>{file} er ikke en vanlig fil.</source>
        <translation>{file} is not a regular file.</translation>
    </message>
    <message>
        <source>Filen er for stor til å være en saksfil (over 5 MB).</source>
        <translation>The file is too large to be a case file (over 5 MB).</translation>
    </message>
    <message>
        <source>Finner ikke filen {file}.</source>
        <translation>Cannot find the file {file}.</translation>
    </message>
    <message>
        <source>{file} er en mappe, ikke en saksfil.</source>
        <translation>{file} is a folder, not a case file.</translation>
    </message>
    <message>
        <source>Mangler tilgang til å lese {file}.</source>
        <translation>No permission to read {file}.</translation>
    </message>
    <message>
        <source>Filen er ikke en tekstfil i UTF-8: den er ikke en saksfil.</source>
        <translation>The file is not a UTF-8 text file: it is not a case file.</translation>
    </message>
    <message>
        <source>Saksfilen har en ugyldig verdi: {message} ({field})</source>
        <translation>The case file has an invalid value: {message} ({field})</translation>
    </message>
    <message>
        <source>mangler tilgang</source>
        <translation>access denied</translation>
    </message>
    <message>
        <source>disken er full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>diskkvoten er brukt opp</source>
        <translation>the disk quota is used up</translation>
    </message>
    <message>
        <source>disken er skrivebeskyttet</source>
        <translation>the disk is read-only</translation>
    </message>
    <message>
        <source>filen eller mappen finnes ikke</source>
        <translation>the file or folder does not exist</translation>
    </message>
    <message>
        <source>en del av stien er ikke en mappe</source>
        <translation>part of the path is not a folder</translation>
    </message>
    <message>
        <source>det er en mappe</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <source>filnavnet er for langt</source>
        <translation>the file name is too long</translation>
    </message>
    <message>
        <source>lese- eller skrivefeil på disken</source>
        <translation>read or write error on the disk</translation>
    </message>
    <message>
        <source>filen er i bruk</source>
        <translation>the file is in use</translation>
    </message>
    <message>
        <source>filen finnes fra før</source>
        <translation>the file already exists</translation>
    </message>
    <message>
        <source>for mange åpne filer</source>
        <translation>too many open files</translation>
    </message>
    <message>
        <source>kan ikke flytte mellom disker</source>
        <translation>cannot move between disks</translation>
    </message>
    <message>
        <source>nettverksdisken svarer ikke</source>
        <translation>the network drive does not respond</translation>
    </message>
    <message>
        <source>Kunne ikke lagre saken: {error}.</source>
        <translation>Could not save the case: {error}.</translation>
    </message>
    <message>
        <source>SIFO-år {year} finnes ikke i datagrunnlaget (2025 eller 2026).</source>
        <translation>SIFO year {year} is not in the data (2025 or 2026).</translation>
    </message>
    <message>
        <source>Skatteår {year} finnes ikke i datagrunnlaget (2025 eller 2026).</source>
        <translation>Tax year {year} is not in the data (2025 or 2026).</translation>
    </message>
    <message>
        <source>bekreftet</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <source>ubekreftet</source>
        <translation>unconfirmed</translation>
    </message>
    <message>
        <source>fra sekundærkilder</source>
        <translation>from secondary sources</translation>
    </message>
    <message>
        <source>transkribert, ubekreftet</source>
        <translation>transcribed, unconfirmed</translation>
    </message>
    <message>
        <source>lagt inn av bruker</source>
        <translation>entered by the user</translation>
    </message>
    <message>
        <source>SIFO referansebudsjett {year}</source>
        <translation>SIFO reference budget {year}</translation>
    </message>
    <message>
        <source>NAVs veiledende satser for økonomisk stønad</source>
        <translation>NAV&apos;s guideline rates for financial assistance</translation>
    </message>
    <message>
        <source>Husbankens renter</source>
        <translation>Husbanken&apos;s rates</translation>
    </message>
    <message>
        <source>Norges Banks styringsrente</source>
        <translation>Norges Bank&apos;s policy rate</translation>
    </message>
    <message>
        <source>Skatteregler {year}</source>
        <translation>Tax rules {year}</translation>
    </message>
    <message>
        <source>Salgskostnader ved tvangssalg (forslag)</source>
        <translation>Forced-sale costs (defaults)</translation>
    </message>
    <message>
        <source>år</source>
        <translation>years</translation>
    </message>
    <message>
        <source>prosentpoeng</source>
        <translation>percentage points</translation>
    </message>
    <message>
        <source>{label} må være mellom {lo} og {hi}{unit}.</source>
        <translation>{label} must be between {lo} and {hi}{unit}.</translation>
    </message>
    <message>
        <source>{years} år, flytende</source>
        <translation>{years} years, floating</translation>
    </message>
    <message>
        <source>{years} år, fast {fixed} år</source>
        <translation>{years} years, fixed {fixed} years</translation>
    </message>
    <message>
        <source>Finner ikke mappen {folder}.</source>
        <translation>Cannot find the folder {folder}.</translation>
    </message>
    <message>
        <source>Hva lånet koster over tid</source>
        <translation>What the loan costs over time</translation>
    </message>
    <message>
        <source>Hva som skjer når renten stiger</source>
        <translation>What happens when the rate rises</translation>
    </message>
    <message>
        <source>Månedlige kostnader i ny bolig sammenlignet med husleie i dag</source>
        <translation>Monthly costs in the new home compared with today&apos;s rent</translation>
    </message>
    <message>
        <source>Ansvar for restgjeld etter et salg</source>
        <translation>Liability for remaining debt after a sale</translation>
    </message>
    <message>
        <source>Tvangssalg hvis lånet ikke betales</source>
        <translation>Forced sale if the loan is not paid</translation>
    </message>
    <message>
        <source>Forklart {date}</source>
        <translation>Explained {date}</translation>
    </message>
    <message>
        <source>Forklart</source>
        <translation>Explained</translation>
    </message>
    <message>
        <source>Ikke avkrysset</source>
        <translation>Not ticked</translation>
    </message>
    <message>
        <source>Med flytende rente blir det ingen over- eller underkurs om dere innfrir eller flytter lånet.</source>
        <translation>With a floating rate there is no break cost or gain if you repay or move the loan.</translation>
    </message>
    <message>
        <source>Velger dere «{scenario}»:</source>
        <translation>If you choose «{scenario}»:</translation>
    </message>
    <message>
        <source>Hvis boligen selges for mindre enn det dere skylder, må dere fortsatt betale resten av gjelden.</source>
        <translation>If the home is sold for less than you owe, you must still pay the rest of the debt.</translation>
    </message>
    <message>
        <source>Etter fem år er restgjelden på startlånet om lag {balance}.</source>
        <translation>After five years the startlån balance is about {balance}.</translation>
    </message>
    <message>
        <source>Når bindingstiden på {years} år er over, blir terminbeløpet med dagens flytende rente {payment} per måned.</source>
        <translation>When the {years}-year fixed-rate period ends, the payment at today&apos;s floating rate is {payment} a month.</translation>
    </message>
    <message>
        <source>Budsjettet går ikke opp hvis renten blir høyere enn {rate}.</source>
        <translation>The budget does not add up if the rate goes above {rate}.</translation>
    </message>
    <message>
        <source>Budsjettet går ikke opp selv uten rente.</source>
        <translation>The budget does not add up even with no interest.</translation>
    </message>
    <message>
        <source>Husleie i dag: {rent}.</source>
        <translation>Rent today: {rent}.</translation>
    </message>
    <message>
        <source>Husleie i dag er ikke oppgitt.</source>
        <translation>Today&apos;s rent is not given.</translation>
    </message>
    <message>
        <source>Leie av en egnet bolig: {rent}.</source>
        <translation>Renting a suitable home: {rent}.</translation>
    </message>
    <message>
        <source>Med «{scenario}» betaler dere {interest} i renter og {fees} i gebyrer over {years} år, til sammen {paid} for et lån på {amount}. Effektiv rente er {effective}. Lengre løpetid gir lavere terminbeløp, men mer renter totalt.</source>
        <translation>With “{scenario}” you pay {interest} in interest and {fees} in fees over {years} years, {paid} in all for a loan of {amount}. The effective rate is {effective}. A longer term gives a lower payment but more interest in total.</translation>
    </message>
    <message>
        <source>Renten kan endre seg. Ved {rate} rente blir terminbeløpet {payment} per måned, og restbeløpet blir {residual} per måned.</source>
        <translation>The rate can change. At a rate of {rate}, the payment is {payment} a month and the residual {residual} a month.</translation>
    </message>
    <message>
        <source>Boutgiftene i den nye boligen blir {housing} per måned (startlånet {payment} og andre boutgifter {other_housing}), i tillegg til andre faste utgifter på {other}.</source>
        <translation>Housing costs in the new home are {housing} a month (the start-up loan {payment} and other housing costs {other_housing}), on top of other fixed expenses of {other}.</translation>
    </message>
    <message>
        <source>Hvis lånet ikke betales, kan kommunen til slutt kreve boligen solgt (tvangssalg). Ta kontakt med kommunen med en gang hvis dere får problemer med å betale: da finnes det ofte løsninger, som avdragsfrihet eller lengre nedbetalingstid.</source>
        <translation>If the loan is not paid, the municipality can in the end demand that the home be sold (forced sale). Contact the municipality at once if you have trouble paying: there are often solutions, such as an interest-only period or a longer repayment period.</translation>
    </message>
    <message>
        <source>«{relief}»: velg enten avdragsfrihet eller betalingsutsettelse.</source>
        <translation>“{relief}”: choose either an interest-only period or a payment deferral.</translation>
    </message>
    <message>
        <source>«{relief}»: gjelden som skal refinansieres finnes ikke.</source>
        <translation>“{relief}”: the debt to be refinanced does not exist.</translation>
    </message>
    <message>
        <source>«{relief}»: de utsatte terminene må være betalt før lånet er nedbetalt.</source>
        <translation>“{relief}”: the deferred payments must be repaid before the loan ends.</translation>
    </message>
    <message>
        <source>Begrunnelse: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <source>Begrunnelse mangler: skriv hvorfor i tiltaket.</source>
        <translation>Reason missing: write why in the option.</translation>
    </message>
    <message>
        <source>«{relief}»: avdragsfrihet kan være høyst {years} år i én periode.</source>
        <translation>«{relief}»: interest-only can be at most {years} years in one period.</translation>
    </message>
    <message>
        <source>«{relief}»: gjenstående løpetid kan ikke bli over {years} år.</source>
        <translation>«{relief}»: the remaining term cannot exceed {years} years.</translation>
    </message>
    <message>
        <source>«{relief}»: utsettelsen må være kortere enn gjenstående løpetid, nedbetalt over 0–{spread} måneder.</source>
        <translation>«{relief}»: the deferral must be shorter than the remaining term, repaid over 0–{spread} months.</translation>
    </message>
    <message>
        <source>Avdragsfrihet utover {years} år over lånets levetid ({used} mnd i alt). Husbankens veileder åpner for det ved betalingsproblemer.</source>
        <translation>Interest-only beyond {years} years over the loan&apos;s life ({used} months in all). Husbanken&apos;s guide allows it in payment trouble.</translation>
    </message>
    <message>
        <source>Utsettelse over {months} måneder (forskriften § 8-8 åpner for inntil {years} år).</source>
        <translation>Deferral over {months} months (the regulation § 8-8 allows up to {years} years).</translation>
    </message>
    <message>
        <source>Samlet løpetid {years} år, over {max} år.</source>
        <translation>Total term {years} years, over {max} years.</translation>
    </message>
    <message>
        <source>De {deferred} utsatte terminene ({owed} med renter) betales over {months} måneder i tillegg til ordinært terminbeløp, med lånets rente; sluttdatoen er den samme.</source>
        <translation>The {deferred} deferred payments ({owed} with interest) are repaid over {months} months on top of the ordinary payment, at the loan&apos;s rate; the end date stays the same.</translation>
    </message>
    <message>
        <source>Påløpte renter i utsettelsen ({amount}) legges til lånet.</source>
        <translation>Interest accrued during the deferral ({amount}) is added to the loan.</translation>
    </message>
    <message>
        <source>Refinansiert gjeld: {debts} ({freed} per måned faller bort; {avoided} i renter på den gjelden spares).</source>
        <translation>Refinanced debt: {debts} ({freed} a month falls away; {avoided} in interest on that debt is saved).</translation>
    </message>
    <message>
        <source>fra {date}: {payment} ({rate}), restbeløp {residual}</source>
        <translation>from {date}: {payment} ({rate}), residual {residual}</translation>
    </message>
    <message>
        <source>Terminbeløpet endrer seg i lettelsen: {steps}.</source>
        <translation>The payment changes during the relief: {steps}.</translation>
    </message>
    <message>
        <source>Ingen endring</source>
        <translation>No change</translation>
    </message>
    <message>
        <source>Avdragsfri {months} mnd</source>
        <translation>Interest-only {months} months</translation>
    </message>
    <message>
        <source>Forlenget {years} år</source>
        <translation>Extended {years} years</translation>
    </message>
    <message>
        <source>Utsettelse 6 mnd</source>
        <translation>Deferral 6 months</translation>
    </message>
    <message>
        <source>Refinansiere dyr gjeld</source>
        <translation>Refinance expensive debt</translation>
    </message>
    <message>
        <source>Avdragsfri {months} mnd + {years} år lengre</source>
        <translation>Interest-only {months} months + {years} years longer</translation>
    </message>
    <message>
        <source>Saken har ikke noe eksisterende lån å følge opp.</source>
        <translation>The case has no existing loan to follow up.</translation>
    </message>
    <message>
        <source>i {months} måneder betaler dere {payment} i måneden. </source>
        <translation>for {months} months you pay {payment} a month. </translation>
    </message>
    <message>
        <source>terminbeløpet blir {after} i måneden. </source>
        <translation>the payment is {after} a month. </translation>
    </message>
    <message>
        <source>Fra {date} blir terminbeløpet {payment}, med {rate} rente etter bindingstiden. </source>
        <translation>From {date} the payment is {payment}, at {rate} after the fixed period. </translation>
    </message>
    <message>
        <source>Fra {date} blir terminbeløpet {payment}. </source>
        <translation>From {date} the payment is {payment}. </translation>
    </message>
    <message>
        <source>Lånet er nedbetalt {date}. </source>
        <translation>The loan is repaid by {date}. </translation>
    </message>
    <message>
        <source>Det koster {amount} mer i renter enn uten endring.</source>
        <translation>It costs {amount} more in interest than no change.</translation>
    </message>
    <message>
        <source>Det gir {amount} mindre i renter enn uten endring.</source>
        <translation>It saves {amount} in interest compared with no change.</translation>
    </message>
    <message>
        <source>Over- og underkurs for det eksisterende lånet «{loan}»: restgjeld {amount}, fast rente {rate} til {date} ({months} mnd igjen)</source>
        <translation>Break cost for the existing loan «{loan}»: balance {amount}, fixed rate {rate} until {date} ({months} months left)</translation>
    </message>
    <message>
        <source>Bindingstiden er kortere enn ett år, så det blir ikke over- eller underkurs å regne på.</source>
        <translation>The fixed period is shorter than one year, so there is no break cost or gain to compute.</translation>
    </message>
    <message>
        <source>Fast rente kan ikke sies opp gratis: innfrir eller flytter dere lånet nå, og renten for resten av bindingstiden er 1 prosentpoeng lavere, må dere betale om lag {pay} i overkurs. Er den 1 prosentpoeng høyere, får dere om lag {gain} i underkurs.</source>
        <translation>A fixed rate cannot be ended for free: if you repay or move the loan now and the rate for the rest of the fixed period is 1 percentage point lower, you must pay about {pay} in break cost (overkurs). If it is 1 percentage point higher, you gain about {gain} (underkurs).</translation>
    </message>
    <message>
        <source>Fast rente kan ikke sies opp gratis: innfrir eller flytter dere lånet etter {years} år, og renten for resten av bindingstiden da er 1 prosentpoeng lavere, må dere betale om lag {pay} i overkurs. Er den 1 prosentpoeng høyere, får dere om lag {gain} i underkurs.</source>
        <translation>A fixed rate cannot be ended for free: if you repay or move the loan after {years} years and the rate for the rest of the fixed period is then 1 percentage point lower, you must pay about {pay} in break cost (overkurs). If it is 1 percentage point higher, you gain about {gain} (underkurs).</translation>
    </message>
    <message>
        <source>Kolonnene er endringen i markedsrenten for resten av bindingstiden. Positive beløp er overkurs (dere betaler), negative er underkurs (dere får, og beløpet går til nedbetaling av lånet). Beregnet som Husbanken gjør: nåverdien av renteforskjellen på restlånet ut bindingstiden.</source>
        <translation>The columns are the change in the market rate for the rest of the fixed period. Positive amounts are break costs (overkurs, you pay), negative are gains (underkurs, you receive them as a repayment of the loan). Computed as Husbanken does: the present value of the rate difference on the remaining balance to the end of the fixed period.</translation>
    </message>
    <message>
        <source>{sign}{pp} pp</source>
        <translation>{sign}{pp} pp</translation>
    </message>
    <message>
        <source>Innfris etter</source>
        <translation>Repaid after</translation>
    </message>
    <message numerus="yes">
        <source>%n år</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>nå</source>
        <translation>now</translation>
    </message>
    <message numerus="yes">
        <source>%n mnd</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Mat og drikke</source>
        <translation>Food and drink</translation>
    </message>
    <message>
        <source>Klær og sko</source>
        <translation>Clothes and shoes</translation>
    </message>
    <message>
        <source>Personlig pleie</source>
        <translation>Personal care</translation>
    </message>
    <message>
        <source>Lek, sport og mediebruk</source>
        <translation>Play, sport and media</translation>
    </message>
    <message>
        <source>Reisekostnader (kollektiv)</source>
        <translation>Travel (public transport)</translation>
    </message>
    <message>
        <source>Spedbarnsutstyr</source>
        <translation>Infant equipment</translation>
    </message>
    <message>
        <source>Andre dagligvarer</source>
        <translation>Other groceries</translation>
    </message>
    <message>
        <source>Husholdningsartikler</source>
        <translation>Household articles</translation>
    </message>
    <message>
        <source>Møbler</source>
        <translation>Furniture</translation>
    </message>
    <message>
        <source>Mediebruk og fritid</source>
        <translation>Media and leisure</translation>
    </message>
    <message>
        <source>Bilkostnader</source>
        <translation>Car costs</translation>
    </message>
    <message>
        <source>Barnehage</source>
        <translation>Kindergarten</translation>
    </message>
    <message>
        <source>bensin</source>
        <translation>petrol</translation>
    </message>
    <message>
        <source>elbil</source>
        <translation>electric car</translation>
    </message>
    <message>
        <source>første barn</source>
        <translation>first child</translation>
    </message>
    <message>
        <source>andre barn</source>
        <translation>second child</translation>
    </message>
    <message>
        <source>flere barn</source>
        <translation>more children</translation>
    </message>
    <message>
        <source>SFO/AKS</source>
        <translation>After-school care (SFO/AKS)</translation>
    </message>
    <message>
        <source>Fødselsdatoen er ikke en gyldig dato.</source>
        <extracomment>Outside what NAV&apos;s guideline rates cover (nav.no, from 2026): compared apart from the floor.</extracomment>
        <translation>The date of birth is not a valid date.</translation>
    </message>
    <message>
        <source>inkl. 12 % stordriftsfordel</source>
        <translation>incl. 12 % economies of scale</translation>
    </message>
    <message>
        <source>Livsopphold uten bil, transport, barnehage/SFO og møbler ({covered}) er lavere enn NAVs veiledende satser ({floor}); budsjettet bruker NAV-satsen som gulv og legger de andre utgiftene til.</source>
        <translation>Living costs without car, transport, kindergarten/after-school care and furniture ({covered}) are below NAV&apos;s guideline rates ({floor}); the budget uses the NAV rate as the floor and adds the other costs on top.</translation>
    </message>
    <message>
        <source>SFO-sats mangler for {year}: skriv inn kommunens sats.</source>
        <translation>After-school care rate missing for {year}: enter the municipality&apos;s rate.</translation>
    </message>
    <message>
        <source>SIFOs tabeller går til 7 personer; 7-personersraden er brukt.</source>
        <translation>SIFO&apos;s tables stop at 7 persons; the 7-person row is used.</translation>
    </message>
    <message>
        <source>Lånebeløpet</source>
        <translation>The loan amount</translation>
    </message>
    <message>
        <source>Renten</source>
        <translation>The rate</translation>
    </message>
    <message>
        <source>Renten etter bindingstiden</source>
        <translation>The rate after the fixed-rate period</translation>
    </message>
    <message>
        <source>Lånetypen må være annuitet eller serie.</source>
        <translation>The loan type must be annuity or serial.</translation>
    </message>
    <message>
        <source>Terminer per år må være 12, 4 eller 2.</source>
        <translation>Payments per year must be 12, 4 or 2.</translation>
    </message>
    <message>
        <source>Løpetiden må gå opp i hele terminer.</source>
        <translation>The term must be a whole number of payment periods.</translation>
    </message>
    <message>
        <source>Løpetiden må være mellom 1 måned og {years} år.</source>
        <translation>The term must be between 1 month and {years} years.</translation>
    </message>
    <message>
        <source>Avdragsfriheten kan være høyst {years} år.</source>
        <translation>The interest-only period can be at most {years} years.</translation>
    </message>
    <message>
        <source>Avdragsfriheten må være kortere enn løpetiden.</source>
        <translation>The interest-only period must be shorter than the term.</translation>
    </message>
    <message>
        <source>Avdragsfriheten må gå opp i hele terminer.</source>
        <translation>The interest-only period must be a whole number of payment periods.</translation>
    </message>
    <message>
        <source>Bindingstiden kan ikke være like lang som løpetiden.</source>
        <translation>The fixed-rate period cannot be as long as the term.</translation>
    </message>
    <message>
        <source>Bindingstiden må gå opp i hele terminer.</source>
        <translation>The fixed-rate period must be a whole number of payment periods.</translation>
    </message>
    <message>
        <source>Etableringsgebyret</source>
        <translation>The establishment fee</translation>
    </message>
    <message>
        <source>Termingebyret</source>
        <translation>The payment fee</translation>
    </message>
    <message>
        <source>Førstegangslånet løper i 10 år.</source>
        <translation>The first-time buyer loan runs for 10 years.</translation>
    </message>
    <message>
        <source>Førstegangslånet kan ikke ha avdragsfrihet.</source>
        <translation>The first-time buyer loan cannot have an interest-only period.</translation>
    </message>
    <message>
        <source>Førstegangslånet har bindingstid 3, 5 eller 10 år.</source>
        <translation>The first-time buyer loan has a fixed period of 3, 5 or 10 years.</translation>
    </message>
    <message>
        <source>{period} avdragsfri</source>
        <translation>{period} interest-only</translation>
    </message>
    <message>
        <source>{rate} fast {years} år</source>
        <translation>{rate} fixed {years} years</translation>
    </message>
    <message>
        <source>{rate} delt ({share} % fast {years} år)</source>
        <translation>{rate} split ({share} % fixed {years} years)</translation>
    </message>
    <message>
        <source>{rate} flytende</source>
        <translation>{rate} floating</translation>
    </message>
    <message>
        <source>kan ikke betjene startlån</source>
        <translation>cannot carry a start loan</translation>
    </message>
    <message>
        <source>Kjøpesum</source>
        <translation>Purchase price</translation>
    </message>
    <message>
        <source>Andel fellesgjeld</source>
        <translation>Share of joint debt</translation>
    </message>
    <message>
        <source>Dokumentavgift</source>
        <translation>Document duty</translation>
    </message>
    <message>
        <source>Tinglysing</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>Andre kjøpskostnader</source>
        <translation>Other purchase costs</translation>
    </message>
    <message>
        <source>= Totalkostnad</source>
        <translation>= Total cost</translation>
    </message>
    <message>
        <source>Egenkapital</source>
        <translation>Own funds</translation>
    </message>
    <message>
        <source>Banklån</source>
        <translation>Bank loan</translation>
    </message>
    <message>
        <source>Fellesgjeld som overtas</source>
        <translation>Joint debt taken over</translation>
    </message>
    <message>
        <source>Andre lån og faste utgifter</source>
        <translation>Other loans and fixed costs</translation>
    </message>
    <message>
        <source>Startlånet</source>
        <translation>The start loan</translation>
    </message>
    <message>
        <source>Igjen</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Egne penger</source>
        <translation>Own money</translation>
    </message>
    <message>
        <source>Fellesgjeld</source>
        <translation>Common debt</translation>
    </message>
    <message>
        <source>Startlån</source>
        <translation>Start-up loan</translation>
    </message>
    <message>
        <source>Tilskudd</source>
        <translation>Grant</translation>
    </message>
    <message>
        <source>Lånebeløpet er ikke fylt inn</source>
        <extracomment>One symbol per verdict, so colour is never the only signal.</extracomment>
        <translation>The loan amount is not filled in</translation>
    </message>
    <message>
        <source>Husstanden kan betjene et startlån på inntil {amount}.</source>
        <translation>The household can service a start loan of up to {amount}.</translation>
    </message>
    <message>
        <source>Dette går ikke opp</source>
        <translation>This does not add up</translation>
    </message>
    <message>
        <source>Med dagens rente mangler {amount} hver måned.</source>
        <translation>At today&apos;s rate, {amount} is missing every month.</translation>
    </message>
    <message>
        <source>Når bindingstiden er over, mangler {amount} hver måned.</source>
        <translation>When the fixed period ends, {amount} is missing every month.</translation>
    </message>
    <message>
        <source>Dette går opp i dag, men ikke om noen år</source>
        <translation>This adds up today, but not in a few years</translation>
    </message>
    <message>
        <source>Ved {rate} mangler {amount} hver måned.</source>
        <translation>At {rate}, {amount} is missing every month.</translation>
    </message>
    <message>
        <source>Dette går opp i dag, men ikke hvis renten stiger mye</source>
        <translation>This adds up today, but not if the rate rises a lot</translation>
    </message>
    <message>
        <source>Dette går opp, også hvis renten stiger til {rate}</source>
        <translation>This adds up, even if the rate rises to {rate}</translation>
    </message>
    <message>
        <source>Ved {rate} har dere fortsatt {amount} mer enn normen hver måned.</source>
        <translation>At {rate} you still have {amount} more than the norm every month.</translation>
    </message>
    <message>
        <source>I dag ({rate})</source>
        <translation>Today ({rate})</translation>
    </message>
    <message>
        <source>Hvis renten stiger ({rate})</source>
        <translation>If the rate rises ({rate})</translation>
    </message>
    <message>
        <source>Når bindingstiden er over ({rate})</source>
        <translation>When the fixed period ends ({rate})</translation>
    </message>
    <message>
        <source>Med {rate}</source>
        <translation>At {rate}</translation>
    </message>
    <message>
        <source>Til boligen og lånet</source>
        <translation>For the home and the loan</translation>
    </message>
    <message>
        <source>{cost} etter fradrag</source>
        <translation>{cost} after the deduction</translation>
    </message>
    <message>
        <source>Betalt ned de første 10 årene</source>
        <translation>Repaid in the first 10 years</translation>
    </message>
    <message>
        <source>Igjen etter 10 år</source>
        <translation>Left after 10 years</translation>
    </message>
    <message>
        <source>= Sum finansiering</source>
        <translation>= Total financing</translation>
    </message>
    <message>
        <source>behovet</source>
        <translation>the need</translation>
    </message>
    <message>
        <source>betjeningsevnen</source>
        <translation>ability to pay</translation>
    </message>
    <message>
        <source>Startlånet begrenses av</source>
        <translation>Start-up loan limited by</translation>
    </message>
    <message>
        <source>⚑ utenfor vanlige</source>
        <translation>⚑ outside usual terms</translation>
    </message>
    <message>
        <source>innenfor</source>
        <translation>within</translation>
    </message>
    <message>
        <source>går ikke opp ved 0 %</source>
        <translation>fails even at 0 %</translation>
    </message>
    <message>
        <source>over 30 %</source>
        <translation>above 30 %</translation>
    </message>
    <message>
        <source>Lånebeløp</source>
        <translation>Loan amount</translation>
    </message>
    <message>
        <source>Løpetid</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Lånenummer</source>
        <translation>Loan number</translation>
    </message>
    <message>
        <source>Låntaker</source>
        <translation>Borrower</translation>
    </message>
    <message>
        <source>Rentebinding til</source>
        <translation>Fixed rate until</translation>
    </message>
    <message>
        <source>Lånetype</source>
        <translation>Loan type</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postnummer</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Poststed</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>XLSX-filer kan ikke leses: openpyxl mangler. Lagre listen som CSV.</source>
        <translation>XLSX files cannot be read: openpyxl is missing. Save the list as CSV.</translation>
    </message>
    <message>
        <source>Filen ser ut som en Excel-fil, men kan ikke leses. Lagre den på nytt som XLSX eller CSV.</source>
        <translation>The file looks like an Excel file but cannot be read. Save it again as XLSX or CSV.</translation>
    </message>
    <message>
        <source>Filen er for stor til å være en låneliste (over 50 MB).</source>
        <translation>The file is too large to be a loan list (over 50 MB).</translation>
    </message>
    <message>
        <source>{file} er en mappe, ikke en låneliste.</source>
        <translation>{file} is a folder, not a loan list.</translation>
    </message>
    <message>
        <source>Filen {file} er tom.</source>
        <translation>The file {file} is empty.</translation>
    </message>
    <message>
        <source>Filen er i det gamle Excel-formatet (.xls). Lagre den som XLSX eller CSV.</source>
        <translation>The file is in the old Excel format (.xls). Save it as XLSX or CSV.</translation>
    </message>
    <message>
        <source>Filen {file} er ikke en tekstfil eller Excel-fil, og ikke en låneliste.</source>
        <translation>The file {file} is neither a text file nor an Excel file, and not a loan list.</translation>
    </message>
    <message>
        <source>Ukjent felt «{field}»; bruk et av: {fields}.</source>
        <translation>Unknown field «{field}»; use one of: {fields}.</translation>
    </message>
    <message>
        <source>Finner ikke kolonnen «{column}» i listen (for {field}).</source>
        <translation>Cannot find the column «{column}» in the list (for {field}).</translation>
    </message>
    <message>
        <source>Rad {row}: {message}</source>
        <translation>Row {row}: {message}</translation>
    </message>
    <message>
        <source>Rad {row}, kolonne «{column}»: {message}</source>
        <translation>Row {row}, column «{column}»: {message}</translation>
    </message>
    <message>
        <source>«{value}» er ikke en dato (skriv f.eks. 01.03.2027 eller 2027-03-01).</source>
        <translation>«{value}» is not a date (write e.g. 01.03.2027 or 2027-03-01).</translation>
    </message>
    <message>
        <source>«{value}» er ikke en gyldig dato.</source>
        <translation>«{value}» is not a valid date.</translation>
    </message>
    <message>
        <source>«{value}» er ikke et tall.</source>
        <translation>«{value}» is not a number.</translation>
    </message>
    <message>
        <source>Terminbeløpet dekker ikke rentene, så gjenstående løpetid kan ikke beregnes.</source>
        <translation>The payment does not cover the interest, so the remaining term cannot be computed.</translation>
    </message>
    <message>
        <source>mangler verdi.</source>
        <translation>no value.</translation>
    </message>
    <message>
        <source>restgjelden {value} må være over 0 og høyst 20 000 000 kr.</source>
        <translation>the balance {value} must be above 0 and at most 20 000 000 kr.</translation>
    </message>
    <message>
        <source>renten {value} må være over 0 og høyst 30 %.</source>
        <translation>the rate {value} must be above 0 and at most 30 %.</translation>
    </message>
    <message>
        <source>«{value}» terminer per år: bruk 12, 4 eller 2.</source>
        <translation>«{value}» payments per year: use 12, 4 or 2.</translation>
    </message>
    <message>
        <source>«{value}» er verken fast eller flytende rente.</source>
        <translation>«{value}» is neither a fixed nor a floating rate.</translation>
    </message>
    <message>
        <source>{date} er ikke en mulig dato for slutten av en bindingstid.</source>
        <translation>{date} is not a possible date for the end of a fixed period.</translation>
    </message>
    <message>
        <source>fast rente uten dato for når bindingstiden går ut.</source>
        <translation>fixed rate without the date the fixed period ends.</translation>
    </message>
    <message>
        <source>sluttdatoen {date} er passert.</source>
        <translation>the end date {date} has passed.</translation>
    </message>
    <message>
        <source>gjenstående løpetid {months} måneder må være mellom 1 og 600.</source>
        <translation>the remaining term of {months} months must be between 1 and 600.</translation>
    </message>
    <message>
        <source>terminbeløpet gir en løpetid over 50 år.</source>
        <translation>the payment gives a term over 50 years.</translation>
    </message>
    <message>
        <source>Finner ikke kolonnene i en låneliste (lånenummer, restgjeld, rente …). Velg kolonnene selv.</source>
        <translation>Cannot find the columns of a loan list (loan number, balance, rate …). Choose the columns yourself.</translation>
    </message>
    <message>
        <source>Mangler kolonne for {fields}. Velg kolonnen selv (i programmet eller med --map FELT=KOLONNE).</source>
        <translation>No column for {fields}. Choose the column yourself (in the app or with --map FIELD=COLUMN).</translation>
    </message>
    <message>
        <source>lånenummer {number} står også i rad {row}; raden er hoppet over.</source>
        <translation>loan number {number} is also in row {row}; the row is skipped.</translation>
    </message>
    <message>
        <source>Listen har kolonner, men ingen lån.</source>
        <translation>The list has columns but no loans.</translation>
    </message>
    <message>
        <source>Rentene står som desimaltall (0,04 = 4 %) og er regnet om til prosent.</source>
        <translation>The rates are given as fractions (0.04 = 4 %) and have been converted to per cent.</translation>
    </message>
    <message>
        <source>Utløpt</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>{year} K{quarter}</source>
        <translation>{year} Q{quarter}</translation>
    </message>
    <message>
        <source>Etter {year}</source>
        <translation>After {year}</translation>
    </message>
    <message>
        <source>Lånenr.</source>
        <translation>Loan no.</translation>
    </message>
    <message>
        <source>Økning %</source>
        <translation>Increase %</translation>
    </message>
    <message>
        <source>Restbeløp etter (sak)</source>
        <translation>Residual after (case)</translation>
    </message>
    <message>
        <source>Annuitet</source>
        <translation>Annuity</translation>
    </message>
    <message>
        <source>Serie</source>
        <translation>Serial</translation>
    </message>
    <message>
        <source>Nominell rente (inkl. påslag)</source>
        <translation>Nominal rate (incl. markup)</translation>
    </message>
    <message>
        <source>Terminbeløp per måned</source>
        <translation>Payment per month</translation>
    </message>
    <message>
        <source>Terminbeløp i avdragsfri tid</source>
        <translation>Payment while interest-only</translation>
    </message>
    <message>
        <source>Renter første år</source>
        <translation>Interest, first year</translation>
    </message>
    <message>
        <source>Avdrag første år</source>
        <translation>Principal, first year</translation>
    </message>
    <message>
        <source>Sum renter</source>
        <translation>Total interest</translation>
    </message>
    <message>
        <source>Sum innbetalt (inkl. gebyrer)</source>
        <translation>Total paid (incl. fees)</translation>
    </message>
    <message>
        <source>Effektiv rente</source>
        <translation>Effective rate</translation>
    </message>
    <message>
        <source>kommunens tak (kjøpesum og kjøpskostnader)</source>
        <translation>the municipality&apos;s ceiling (price and purchase costs)</translation>
    </message>
    <message>
        <source>Førstegangslån (10 år)</source>
        <translation>First-time buyer loan (10 years)</translation>
    </message>
    <message>
        <source>består</source>
        <translation>passes</translation>
    </message>
    <message>
        <source>består ikke</source>
        <translation>fails</translation>
    </message>
    <message>
        <source>Rentefradrag per måned</source>
        <translation>Interest deduction per month</translation>
    </message>
    <message>
        <source>Boutgifter i ny bolig per måned</source>
        <translation>Housing costs in new home per month</translation>
    </message>
    <message>
        <source>Igjen til livsopphold</source>
        <translation>Left for living costs</translation>
    </message>
    <message>
        <source>Restbeløp per måned</source>
        <translation>Residual per month</translation>
    </message>
    <message>
        <source>Stresstestrente</source>
        <translation>Stress-test rate</translation>
    </message>
    <message>
        <source>Restbeløp ved stresstest</source>
        <translation>Residual at stress test</translation>
    </message>
    <message>
        <source>Terminbeløp etter bindingstid</source>
        <translation>Payment after fixed-rate period</translation>
    </message>
    <message>
        <source>Restbeløp etter bindingstid</source>
        <translation>Residual after fixed-rate period</translation>
    </message>
    <message>
        <source>Rente der budsjettet ikke går opp</source>
        <translation>Rate at which the budget fails</translation>
    </message>
    <message>
        <source>Største lån (stresstest)</source>
        <translation>Largest loan (stress test)</translation>
    </message>
    <message>
        <source>Største lån (dagens rente)</source>
        <translation>Largest loan (today&apos;s rate)</translation>
    </message>
    <message>
        <source>Tilskudd som trengs</source>
        <translation>Grant needed</translation>
    </message>
    <message>
        <source>Kommunens vanlige vilkår</source>
        <translation>Municipality&apos;s usual terms</translation>
    </message>
    <message>
        <source>Restgjeld etter 10 år</source>
        <translation>Balance after 10 years</translation>
    </message>
    <message>
        <source>Andel av verdi år 10</source>
        <translation>Share of value, year 10</translation>
    </message>
    <message>
        <source>Bankenes krav etter 10 år</source>
        <translation>Banks&apos; requirements after 10 years</translation>
    </message>
    <message>
        <source>Vurdering</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Terminbeløp i lettelsen</source>
        <translation>Payment during relief</translation>
    </message>
    <message>
        <source>Måneder med lettelse</source>
        <translation>Months of relief</translation>
    </message>
    <message>
        <source>Ordinært terminbeløp fra</source>
        <translation>Ordinary payment from</translation>
    </message>
    <message>
        <source>Terminbeløp etterpå</source>
        <translation>Payment afterwards</translation>
    </message>
    <message>
        <source>Terminbeløp etter bindingstiden</source>
        <translation>Payment after fixed-rate period</translation>
    </message>
    <message>
        <source>Restbeløp i lettelsen</source>
        <translation>Residual during relief</translation>
    </message>
    <message>
        <source>Restbeløp etterpå</source>
        <translation>Residual afterwards</translation>
    </message>
    <message>
        <source>Svakeste fase fra</source>
        <translation>Weakest phase from</translation>
    </message>
    <message>
        <source>Restbeløp i svakeste fase</source>
        <translation>Residual in the weakest phase</translation>
    </message>
    <message>
        <source>Sum renter resten av løpetiden</source>
        <translation>Total interest for the rest of the term</translation>
    </message>
    <message>
        <source>Ekstra renter mot ingen endring</source>
        <translation>Extra interest versus no change</translation>
    </message>
    <message>
        <source>Nedbetalt</source>
        <translation>Repaid by</translation>
    </message>
    <message>
        <source>Bruttoinntekten</source>
        <translation>The gross income</translation>
    </message>
    <message>
        <source>Pensjonen</source>
        <translation>The pension</translation>
    </message>
    <message>
        <source>{label} er ikke en gyldig dato.</source>
        <translation>{label} is not a valid date.</translation>
    </message>
    <message>
        <source>{label} er utenfor gyldig område.</source>
        <translation>{label} is out of range.</translation>
    </message>
    <message>
        <source>Startdatoen</source>
        <translation>The start date</translation>
    </message>
    <message>
        <source>Sluttdatoen</source>
        <translation>The end date</translation>
    </message>
    <message>
        <source>{line}: sluttdatoen er før startdatoen.</source>
        <translation>{line}: the end date is before the start date.</translation>
    </message>
    <message>
        <source>Ukjent rolle.</source>
        <translation>Unknown role.</translation>
    </message>
    <message>
        <source>Kjønn må være kvinne eller mann (brukes av SIFO-satsene).</source>
        <translation>Sex must be female or male (used by the SIFO rates).</translation>
    </message>
    <message>
        <source>Alderen</source>
        <translation>The age</translation>
    </message>
    <message>
        <source>Månedene</source>
        <translation>The months</translation>
    </message>
    <message>
        <source>Fødselsdatoen er utenfor gyldig område.</source>
        <translation>The date of birth is out of range.</translation>
    </message>
    <message>
        <source>Rentetypen må være flytende eller fast.</source>
        <translation>The rate type must be floating or fixed.</translation>
    </message>
    <message>
        <source>Andelen med fast rente</source>
        <translation>The share at a fixed rate</translation>
    </message>
    <message>
        <source>Flytende rente for resten</source>
        <translation>Floating rate for the rest</translation>
    </message>
    <message>
        <source>Bindingstiden må være 3, 5, 10 eller 20 år.</source>
        <translation>The fixed-rate period must be 3, 5, 10 or 20 years.</translation>
    </message>
    <message>
        <source>Kommunens påslag</source>
        <translation>Municipal markup</translation>
    </message>
    <message>
        <source>Husbankens rente</source>
        <translation>Husbanken&apos;s rate</translation>
    </message>
    <message>
        <source>Løpetiden</source>
        <translation>The term</translation>
    </message>
    <message>
        <source>Ekstra måneder</source>
        <translation>Extra months</translation>
    </message>
    <message>
        <source>Avdragsfriheten</source>
        <translation>The interest-only period</translation>
    </message>
    <message>
        <source>Ekstra måneder avdragsfrihet</source>
        <translation>Extra months interest-only</translation>
    </message>
    <message>
        <source>Teksten er for lang (over {n} tegn).</source>
        <translation>The text is too long (over {n} characters).</translation>
    </message>
    <message>
        <source>Listen har for mange linjer (over {n}).</source>
        <translation>The list has too many lines (over {n}).</translation>
    </message>
    <message>
        <source>Husstanden må ha mellom 1 og {n} personer.</source>
        <translation>The household must have between 1 and {n} persons.</translation>
    </message>
    <message>
        <source>Husstanden må ha minst én søker.</source>
        <translation>The household must have at least one applicant.</translation>
    </message>
    <message>
        <source>Person {n}</source>
        <translation>Person {n}</translation>
    </message>
    <message>
        <source>Inntekt {n}: ukjent inntektstype.</source>
        <translation>Income {n}: unknown income type.</translation>
    </message>
    <message>
        <source>Inntekt {n}</source>
        <translation>Income {n}</translation>
    </message>
    <message>
        <source>Beløpet</source>
        <translation>The amount</translation>
    </message>
    <message>
        <source>Inntekt {n}: personen finnes ikke.</source>
        <translation>Income {n}: the person does not exist.</translation>
    </message>
    <message>
        <source>Gjeld {n}: ukjent type.</source>
        <translation>Debt {n}: unknown type.</translation>
    </message>
    <message>
        <source>Terminbeløpet</source>
        <translation>The payment</translation>
    </message>
    <message>
        <source>Kredittrammen</source>
        <translation>The credit limit</translation>
    </message>
    <message>
        <source>Restgjelden</source>
        <translation>The remaining balance</translation>
    </message>
    <message>
        <source>Gjeld {n}</source>
        <translation>Debt {n}</translation>
    </message>
    <message>
        <source>År igjen</source>
        <translation>Years left</translation>
    </message>
    <message>
        <source>Eierformen må være selveier eller borettslag.</source>
        <translation>The ownership must be freehold or housing cooperative.</translation>
    </message>
    <message>
        <source>Dokumentavgiften</source>
        <translation>The document duty</translation>
    </message>
    <message>
        <source>Kostnaden ved tvangssalg</source>
        <translation>The forced-sale cost</translation>
    </message>
    <message>
        <source>Meglerkostnaden</source>
        <translation>The agent&apos;s cost</translation>
    </message>
    <message>
        <source>Banklånet</source>
        <translation>The bank loan</translation>
    </message>
    <message>
        <source>Bankens rente</source>
        <translation>The bank&apos;s rate</translation>
    </message>
    <message>
        <source>Bankens løpetid</source>
        <translation>The bank loan&apos;s term</translation>
    </message>
    <message>
        <source>SIFO-året må være 2025 eller 2026.</source>
        <translation>The SIFO year must be 2025 or 2026.</translation>
    </message>
    <message>
        <source>Skatteåret må være 2025 eller 2026.</source>
        <translation>The tax year must be 2025 or 2026.</translation>
    </message>
    <message>
        <source>Antall bensinbiler</source>
        <translation>Number of petrol cars</translation>
    </message>
    <message>
        <source>Antall elbiler</source>
        <translation>Number of electric cars</translation>
    </message>
    <message>
        <source>Ukjent kategori i livsoppholdet.</source>
        <translation>Unknown category in the living costs.</translation>
    </message>
    <message>
        <source>Satsen</source>
        <translation>The rate</translation>
    </message>
    <message>
        <source>Måneder med barnehage</source>
        <translation>Months of kindergarten</translation>
    </message>
    <message>
        <source>Måneder med SFO</source>
        <translation>Months of after-school care</translation>
    </message>
    <message>
        <source>Andel av kredittramme</source>
        <translation>Share of credit limit</translation>
    </message>
    <message>
        <source>Ukjent stresstestregel.</source>
        <translation>Unknown stress-test rule.</translation>
    </message>
    <message>
        <source>Styringsrenten</source>
        <translation>The policy rate</translation>
    </message>
    <message>
        <source>Tillegget i stresstesten</source>
        <translation>The stress-test addition</translation>
    </message>
    <message>
        <source>Stressmarginen</source>
        <translation>The stress margin</translation>
    </message>
    <message>
        <source>Bankens stressmargin</source>
        <translation>The bank&apos;s stress margin</translation>
    </message>
    <message>
        <source>Bankens minste stressrente</source>
        <translation>The bank&apos;s minimum stress rate</translation>
    </message>
    <message>
        <source>Saksdatoen</source>
        <translation>The case date</translation>
    </message>
    <message>
        <source>Datoen for rentetabellen</source>
        <translation>The date of the rate table</translation>
    </message>
    <message>
        <source>Datoen for styringsrenten</source>
        <translation>The date of the policy rate</translation>
    </message>
    <message>
        <source>Datoen for forklaringen</source>
        <translation>The date of the explanation</translation>
    </message>
    <message>
        <source>Flytende rente</source>
        <translation>Floating rate</translation>
    </message>
    <message>
        <source>Vanlig løpetid</source>
        <translation>Usual term</translation>
    </message>
    <message>
        <source>Vanlig avdragsfrihet</source>
        <translation>Usual interest-only period</translation>
    </message>
    <message>
        <source>Startlånets tak</source>
        <translation>Start loan ceiling</translation>
    </message>
    <message>
        <source>Ukjent lånetype eller rentetype i kommunens vanlige vilkår.</source>
        <translation>Unknown loan type or rate type in the municipality&apos;s usual terms.</translation>
    </message>
    <message>
        <source>Ukjent tema i forklaringsplikten.</source>
        <translation>Unknown topic in the duty to explain.</translation>
    </message>
    <message>
        <source>Lånets samlede løpetid kan ikke være over {years} år.</source>
        <translation>The loan&apos;s total term cannot exceed {years} years.</translation>
    </message>
    <message>
        <source>Gjenstående løpetid</source>
        <translation>Remaining term</translation>
    </message>
    <message>
        <source>Gjenstående løpetid må være minst én måned.</source>
        <translation>The remaining term must be at least one month.</translation>
    </message>
    <message>
        <source>År siden lånet startet</source>
        <translation>Years since the loan started</translation>
    </message>
    <message>
        <source>Påslaget</source>
        <translation>The markup</translation>
    </message>
    <message>
        <source>Rentetypen må være fast eller flytende.</source>
        <translation>The rate type must be fixed or floating.</translation>
    </message>
    <message>
        <source>Bindingstiden slutter</source>
        <translation>Fixed-rate period ends</translation>
    </message>
    <message>
        <source>Brukt avdragsfrihet</source>
        <translation>Interest-only already used</translation>
    </message>
    <message>
        <source>Restansen</source>
        <translation>The arrears</translation>
    </message>
    <message>
        <source>Dager i restanse</source>
        <translation>Days in arrears</translation>
    </message>
    <message>
        <source>Søker</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Medsøker</source>
        <translation>Co-applicant</translation>
    </message>
    <message>
        <source>Barn</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Annen voksen</source>
        <translation>Other adult</translation>
    </message>
    <message>
        <source>Budsjett for startlån</source>
        <translation>Start-up loan budget</translation>
    </message>
    <message>
        <source>gravid</source>
        <translation>pregnant</translation>
    </message>
    <message>
        <source>ammer</source>
        <translation>breastfeeding</translation>
    </message>
    <message>
        <source>student</source>
        <translation>student</translation>
    </message>
    <message>
        <source>pensjonist</source>
        <translation>pensioner</translation>
    </message>
    <message>
        <source>barnehage</source>
        <translation>kindergarten</translation>
    </message>
    <message>
        <source>Kommune ikke oppgitt</source>
        <translation>Municipality not given</translation>
    </message>
    <message>
        <source>Saksnr. {reference} · {date}</source>
        <translation>Case no. {reference} · {date}</translation>
    </message>
    <message>
        <source>EKSEMPEL</source>
        <translation>EXAMPLE</translation>
    </message>
    <message>
        <source>Saksbehandler: {name}</source>
        <translation>Caseworker: {name}</translation>
    </message>
    <message>
        <source>Side {page} av {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <source>Laget {when} med Startlån Desktop</source>
        <translation>Made {when} with Startlån Desktop</translation>
    </message>
    <message>
        <source>Kort fortalt</source>
        <translation>In short</translation>
    </message>
    <message>
        <source>Vurdering for «{scenario}»: &lt;b&gt;{verdict}&lt;/b&gt;.</source>
        <translation>Assessment for “{scenario}”: &lt;b&gt;{verdict}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>husleie i dag {rent}</source>
        <translation>rent today {rent}</translation>
    </message>
    <message>
        <source>husleie i dag ikke oppgitt</source>
        <translation>rent today not given</translation>
    </message>
    <message>
        <source>, leie av egnet bolig {rent}</source>
        <translation>, renting a suitable home {rent}</translation>
    </message>
    <message>
        <source>Boutgifter i ny bolig med «{scenario}»: {cost} per måned, mot {rent}.</source>
        <translation>Housing costs in the new home with “{scenario}”: {cost} a month, against {rent}.</translation>
    </message>
    <message>
        <source>Restbeløp er det som er igjen hver måned etter livsopphold (minst NAVs veiledende satser) og alle faste utgifter. Stresstesten regner startlånet med {rate} rente ({rule}).</source>
        <translation>The residual is what is left each month after living costs (at least NAV&apos;s guideline rates) and all fixed expenses. The stress test puts the start-up loan at a rate of {rate} ({rule}).</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Alder</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Kjønn</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Trangeste måned</source>
        <translation>Tightest month</translation>
    </message>
    <message>
        <source>Restbeløp da</source>
        <translation>Residual then</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Hendelse</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Hvis …</source>
        <translation>If …</translation>
    </message>
    <message>
        <source>Restbeløp i dag</source>
        <translation>Residual today</translation>
    </message>
    <message>
        <source>Ved stresstest¹</source>
        <translation>At the stress rate¹</translation>
    </message>
    <message>
        <source>Livshendelser – {scenario}</source>
        <translation>Life events – {scenario}</translation>
    </message>
    <message>
        <source>Samme sak med én endring om gangen; saken selv endres ikke. ¹ Eller etter bindingstiden der det er lavere.</source>
        <translation>The same case with one change at a time; the case itself is not changed. ¹ Or after the fixed period where that is lower.</translation>
    </message>
    <message>
        <source>Tall</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>kan være endret, kontroller</source>
        <translation>may have changed, check</translation>
    </message>
    <message>
        <source>Datagrunnlaget tallene bygger på</source>
        <translation>The data the figures rest on</translation>
    </message>
    <message>
        <source>Største startlån</source>
        <translation>Largest start loan</translation>
    </message>
    <message>
        <source>Høyeste kjøpesum</source>
        <translation>Highest purchase price</translation>
    </message>
    <message>
        <source>Minste tilskudd</source>
        <translation>Smallest grant</translation>
    </message>
    <message>
        <source>Minste egenkapital</source>
        <translation>Smallest equity</translation>
    </message>
    <message>
        <source>Laveste nettoinntekt per måned</source>
        <translation>Lowest net income per month</translation>
    </message>
    <message>
        <source>Største betaling på annen gjeld per måned</source>
        <translation>Largest payment on other debt per month</translation>
    </message>
    <message>
        <source>Livsopphold budsjettet tåler per måned</source>
        <translation>Living costs the budget allows per month</translation>
    </message>
    <message>
        <source>Korteste løpetid</source>
        <translation>Shortest term</translation>
    </message>
    <message>
        <source>Lengste avdragsfrihet</source>
        <translation>Longest interest-only period</translation>
    </message>
    <message>
        <source>Lengste bindingstid</source>
        <translation>Longest fixed-rate period</translation>
    </message>
    <message>
        <source>kan ikke nås</source>
        <translation>cannot be reached</translation>
    </message>
    <message>
        <source>trengs ikke</source>
        <translation>not needed</translation>
    </message>
    <message>
        <source>ingen kjøpesum i saken</source>
        <translation>no purchase price in the case</translation>
    </message>
    <message>
        <source>gjelder ikke flytende rente</source>
        <translation>does not apply to a floating rate</translation>
    </message>
    <message>
        <source>krever 50 år</source>
        <translation>needs 50 years</translation>
    </message>
    <message>
        <source>over 30 år: særlige tilfeller</source>
        <translation>over 30 years: special cases</translation>
    </message>
    <message>
        <source>holder med kortest mulige løpetid</source>
        <translation>holds with the shortest possible term</translation>
    </message>
    <message>
        <source>når grensen på 8 år</source>
        <translation>reaches the limit of 8 years</translation>
    </message>
    <message>
        <source>under NAVs veiledende satser</source>
        <translation>below NAV&apos;s guideline rates</translation>
    </message>
    <message>
        <source>Ny fast betaling</source>
        <translation>New fixed payment</translation>
    </message>
    <message>
        <source>SIFO {sifo}, NAV {floor}</source>
        <translation>SIFO {sifo}, NAV {floor}</translation>
    </message>
    <message>
        <source>Merknad</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Hva kan endres</source>
        <translation>What can change</translation>
    </message>
    <message>
        <source>I dag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Går akkurat opp med</source>
        <translation>Just holds with</translation>
    </message>
    <message>
        <source>Endring</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Hva skal til for at «{label}» går opp?</source>
        <translation>What would make «{label}» hold?</translation>
    </message>
    <message>
        <source>Restbeløpet ved stresstest (eller etter bindingstiden) er {amount} i dag. Tallene viser hvor langt hver enkelt størrelse kan endres før det er 0 kr, med alt annet uendret.</source>
        <translation>The residual under the stress test (or after the fixed-rate period) is {amount} today. The figures show how far each one can move before it is 0 kr, everything else unchanged.</translation>
    </message>
    <message>
        <source>Restbeløpet ved stresstest (eller etter bindingstiden) er {amount} i dag. Tallene viser hva hver enkelt størrelse må være for at det blir 0 kr, med alt annet uendret.</source>
        <translation>The residual under the stress test (or after the fixed-rate period) is {amount} today. The figures show what each one must be for it to be 0 kr, everything else unchanged.</translation>
    </message>
    <message>
        <source>boligen kostet høyst {v}</source>
        <translation>the home cost at most {v}</translation>
    </message>
    <message>
        <source>kommunen ga et tilskudd på minst {v}</source>
        <translation>the municipality gave a grant of at least {v}</translation>
    </message>
    <message>
        <source>husstanden hadde minst {v} i egenkapital</source>
        <translation>the household had at least {v} in equity</translation>
    </message>
    <message>
        <source>nettoinntekten var minst {v} i måneden</source>
        <translation>the net income was at least {v} a month</translation>
    </message>
    <message>
        <source>betalingene på annen gjeld var høyst {v} i måneden</source>
        <translation>the payments on other debt were at most {v} a month</translation>
    </message>
    <message>
        <source>utgiftene til livsopphold var høyst {v} i måneden</source>
        <translation>living costs were at most {v} a month</translation>
    </message>
    <message>
        <source>løpetiden var minst {v}</source>
        <translation>the term was at least {v}</translation>
    </message>
    <message>
        <source>Med «{label}» går budsjettet opp også ved stresstest ({amount} til overs i måneden).</source>
        <translation>With «{label}» the budget holds also under the stress test ({amount} to spare a month).</translation>
    </message>
    <message>
        <source>Budsjettet med «{label}» mangler {amount} i måneden ved stresstest (eller etter bindingstiden, der det er lavere).</source>
        <translation>The budget with «{label}» is {amount} short a month under the stress test (or after the fixed-rate period, where that is lower).</translation>
    </message>
    <message>
        <source>Søknaden kunne vært innvilget dersom {conditions} (hver for seg, med det øvrige uendret).</source>
        <translation>The application could have been granted if {conditions} (each on its own, everything else unchanged).</translation>
    </message>
    <message>
        <source>Ingen enkelt endring i inntekt, gjeld, kjøpesum, egenkapital, tilskudd eller løpetid får budsjettet til å gå opp.</source>
        <translation>No single change in income, debt, price, equity, grant or term makes the budget hold.</translation>
    </message>
    <message>
        <source>Husstanden har {n} barn under 18 år. Barnas beste er vurdert: budsjettet setter av livsopphold for barna etter SIFOs referansebudsjett og aldri under NAVs veiledende satser, og et lån familien ikke kan betjene når renten stiger, kan føre til betalingsproblemer, tvangssalg og flytting for barna.</source>
        <translation>The household has {n} children under 18. The children&apos;s best interest has been weighed: the budget sets aside living costs for the children by SIFO&apos;s reference budget and never below NAV&apos;s guideline rates, and a loan the family cannot service when rates rise can lead to payment problems, a forced sale and a move for the children.</translation>
    </message>
    <message>
        <source>eller</source>
        <translation>or</translation>
    </message>
    <message>
        <source>kvinne</source>
        <translation>female</translation>
    </message>
    <message>
        <source>mann</source>
        <translation>male</translation>
    </message>
    <message>
        <source>Husstand</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Inntekt</source>
        <translation>Income</translation>
    </message>
    <message>
        <source>Brutto per år</source>
        <translation>Gross per year</translation>
    </message>
    <message>
        <source>Skatt per år</source>
        <translation>Tax per year</translation>
    </message>
    <message>
        <source>NAVs veiledende satser for økonomisk stønad for husstanden: &lt;b&gt;{floor}&lt;/b&gt;, sammenlignet med livsopphold uten bil, transport, barnehage/SFO og møbler ({covered}), som satsene ikke dekker. Brukt i budsjettet: &lt;b&gt;{used}&lt;/b&gt;</source>
        <translation>NAV&apos;s guideline rates for financial assistance for the household: &lt;b&gt;{floor}&lt;/b&gt;, compared with living costs without car, transport, kindergarten/after-school care and furniture ({covered}), which the rates do not cover. Used in the budget: &lt;b&gt;{used}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Netto per måned</source>
        <translation>Net per month</translation>
    </message>
    <message>
        <source>(anslag)</source>
        <translation>(estimate)</translation>
    </message>
    <message>
        <source>Sum netto inntekt</source>
        <translation>Total net income</translation>
    </message>
    <message>
        <source>Inntekter</source>
        <translation>Incomes</translation>
    </message>
    <message>
        <source>Skatten er et anslag etter skattereglene for {year} (minstefradrag, personfradrag, trinnskatt og trygdeavgift).</source>
        <translation>The tax is an estimate under the {year} tax rules (minimum deduction, personal allowance, bracket tax and social security contribution).</translation>
    </message>
    <message>
        <source>transkribert, ikke bekreftet mot SIFO</source>
        <translation>transcribed, not confirmed against SIFO</translation>
    </message>
    <message>
        <source>Livsopphold (kr per måned)</source>
        <translation>Living costs (kr per month)</translation>
    </message>
    <message>
        <source>Brukt</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>(eget beløp)</source>
        <translation>(own amount)</translation>
    </message>
    <message>
        <source>(tillegg)</source>
        <translation>(addition)</translation>
    </message>
    <message>
        <source>Sum valgt</source>
        <translation>Total chosen</translation>
    </message>
    <message>
        <source> – valgt beløp er lavere enn NAV-satsen, så NAV-satsen er brukt som gulv</source>
        <translation> – the chosen amount is below the NAV rate, so the NAV rate is used as a floor</translation>
    </message>
    <message>
        <source>Livsoppholdssats (utleggstrekk) til sammenligning: {rate}. Kilde: SIFOs referansebudsjett {year} ({status}), SIFO, OsloMet, CC BY 4.0.</source>
        <translation>Subsistence rate for attachment of earnings, for comparison: {rate}. Source: SIFO reference budget {year} ({status}), SIFO, OsloMet, CC BY 4.0.</translation>
    </message>
    <message>
        <source>Livsopphold</source>
        <translation>Living costs</translation>
    </message>
    <message>
        <source>Andre faste utgifter og boutgifter</source>
        <translation>Other fixed expenses and housing costs</translation>
    </message>
    <message>
        <source>Andre faste utgifter (per måned)</source>
        <translation>Other fixed expenses (per month)</translation>
    </message>
    <message>
        <source>Beløp</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Sum andre faste utgifter</source>
        <translation>Total other fixed expenses</translation>
    </message>
    <message>
        <source>Boutgifter utenom startlånet</source>
        <translation>Housing costs besides the start-up loan</translation>
    </message>
    <message>
        <source>Sum boutgifter</source>
        <translation>Total housing costs</translation>
    </message>
    <message>
        <source>Til sammenligning: husleie i dag {rent}, leie av egnet bolig {alternative} per måned.</source>
        <translation>For comparison: rent today {rent}, renting a suitable home {alternative} a month.</translation>
    </message>
    <message>
        <source>Budsjett per måned</source>
        <translation>Budget per month</translation>
    </message>
    <message>
        <source>Netto inntekt</source>
        <translation>Net income</translation>
    </message>
    <message>
        <source>Andre faste utgifter</source>
        <translation>Other fixed expenses</translation>
    </message>
    <message>
        <source>Disponibelt til boutgifter</source>
        <translation>Available for housing costs</translation>
    </message>
    <message>
        <source>Disponibelt til startlånet</source>
        <translation>Available for the start-up loan</translation>
    </message>
    <message>
        <source>Budsjett før startlånet</source>
        <translation>Budget before the start-up loan</translation>
    </message>
    <message>
        <source>Sammenligning av lånealternativer</source>
        <translation>Comparison of loan options</translation>
    </message>
    <message>
        <source>Merking: ✔ går opp, ! stramt (går opp i dag, men ikke ved stresstest eller etter bindingstiden), ✖ går ikke opp. Skyggen følger merkingen, så arket kan leses i svart-hvitt.</source>
        <translation>Marks: ✔ adds up, ! tight (adds up today, but not at the stress test or after the fixed-rate period), ✖ does not add up. The shading follows the marks, so the sheet reads in black and white.</translation>
    </message>
    <message>
        <source>Finansieringsplan og tilskudd som trengs</source>
        <translation>Financing plan and grant needed</translation>
    </message>
    <message>
        <source>Startlånet er begrenset av det husstanden kan betjene ved stresstestrenten og av boligens verdi (minus banklån). Tilskuddet dekker resten. ★ = minst tilskudd.</source>
        <translation>The start-up loan is limited by what the household can pay at the stress-test rate and by the home&apos;s value (less the bank loan). The grant covers the rest. ★ = smallest grant.</translation>
    </message>
    <message>
        <source>Der det står «kan ikke betjene startlån», går budsjettet ikke opp ved stresstest selv uten lån; et tilskudd alene er ikke vurdert.</source>
        <translation>Where it says “cannot carry a start loan”, the budget does not hold in the stress test even without a loan; a grant alone has not been assessed.</translation>
    </message>
    <message>
        <source>Diagrammer</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Tekst til vedtaket (kan kopieres)</source>
        <translation>Text for the decision (may be copied)</translation>
    </message>
    <message>
        <source>Over- og underkurs ved fast rente – {scenario}</source>
        <translation>Break cost of a fixed rate – {scenario}</translation>
    </message>
    <message>
        <source>{amount} med fast rente {rate} i {years} år, innfridd eller flyttet før bindingstiden er ute.</source>
        <translation>{amount} at a fixed rate of {rate} for {years} years, repaid or moved before the fixed period ends.</translation>
    </message>
    <message>
        <source>Førstegangslån: hva skjer etter 10 år</source>
        <translation>First-time buyer loan: what happens after 10 years</translation>
    </message>
    <message>
        <source>Gjeld etter tvangssalg – {scenario}</source>
        <translation>Debt after a forced sale – {scenario}</translation>
    </message>
    <message>
        <source>Tema og tall fra saken</source>
        <translation>Topic and figures from the case</translation>
    </message>
    <message>
        <source>Forklaringsplikt (finansavtaleloven)</source>
        <translation>Duty to explain (Financial Contracts Act)</translation>
    </message>
    <message>
        <source>Datagrunnlag</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Datagrunnlag og kilder</source>
        <translation>Data and sources</translation>
    </message>
    <message>
        <source>Sted og dato, saksbehandler</source>
        <translation>Place and date, caseworker</translation>
    </message>
    <message>
        <source>Sted og dato, søker / medsøker</source>
        <translation>Place and date, applicant / co-applicant</translation>
    </message>
    <message>
        <source>Notater</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Underskrifter</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Renter</source>
        <translation>Interest</translation>
    </message>
    <message>
        <source>Avdrag</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Gebyrer</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>Innbetalt</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Restgjeld</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Vedlegg: nedbetalingsplan per år – {scenario}</source>
        <translation>Appendix: payment plan by year – {scenario}</translation>
    </message>
    <message>
        <source>Beløp i kroner. Etableringsgebyr {fee} er med i summen av gebyrer.</source>
        <translation>Amounts in kroner. The establishment fee of {fee} is included in the total fees.</translation>
    </message>
    <message>
        <source>Beregning av betjeningsevne</source>
        <translation>Assessment of ability to pay</translation>
    </message>
    <message>
        <source>Dagens rente {rate}</source>
        <translation>Today&apos;s rate {rate}</translation>
    </message>
    <message>
        <source>Stresstest {rate}</source>
        <translation>Stress test {rate}</translation>
    </message>
    <message>
        <source>(utenfor kurven: {amount})</source>
        <translation>(off the curve: {amount})</translation>
    </message>
    <message>
        <source>Går ikke opp over {rate}</source>
        <translation>Fails above {rate}</translation>
    </message>
    <message>
        <source>Restbeløp per måned ved ulik rente – {scenario}</source>
        <translation>Residual per month at different rates – {scenario}</translation>
    </message>
    <message>
        <source>Rente på startlånet (%)</source>
        <translation>Start-up loan rate (%)</translation>
    </message>
    <message>
        <source>tusen kr per måned</source>
        <translation>thousand kr per month</translation>
    </message>
    <message>
        <source>Restbeløp</source>
        <translation>Residual</translation>
    </message>
    <message>
        <source>Restgjeld over tid</source>
        <translation>Remaining balance over time</translation>
    </message>
    <message>
        <source>tusen kr</source>
        <translation>thousand kr</translation>
    </message>
    <message>
        <source>Gjeld mot salgsverdi – {scenario}</source>
        <translation>Debt against sale value – {scenario}</translation>
    </message>
    <message>
        <source>Gjeld (startlån og banklån)</source>
        <translation>Debt (startlån and bank loan)</translation>
    </message>
    <message>
        <source>Salgsverdi ved prisfall {fall} %</source>
        <translation>Sale value with prices down {fall} %</translation>
    </message>
    <message>
        <source>Restbeløp per måned de neste ti årene</source>
        <translation>Residual per month over the next ten years</translation>
    </message>
    <message>
        <source>tusen kr per måned; tallene øverst er hendelsene i listen under, merkene hvert scenarios trangeste måned</source>
        <translation>thousand kr per month; the numbers at the top are the events listed below, the markers each scenario&apos;s tightest month</translation>
    </message>
    <message>
        <source>Oppfølging av startlån</source>
        <translation>Start-up loan follow-up</translation>
    </message>
    <message>
        <source>{rate} fast til {date}</source>
        <translation>{rate} fixed until {date}</translation>
    </message>
    <message>
        <source>Lånet i dag</source>
        <translation>The loan today</translation>
    </message>
    <message>
        <source>Lån</source>
        <translation>Loan</translation>
    </message>
    <message>
        <source>Rente</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Restanse</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <source>{amount} ({days} dager)</source>
        <translation>{amount} ({days} days)</translation>
    </message>
    <message>
        <source>Disponibelt til startlånet per måned</source>
        <translation>Available for the start-up loan per month</translation>
    </message>
    <message>
        <source>Situasjonen nå</source>
        <translation>The situation now</translation>
    </message>
    <message>
        <source>Fastrenten løp ut {date}. Terminbeløpet går fra {now} til {after} i måneden ({jump} mer) med {rate} rente, og restbeløpet blir {residual} per måned.</source>
        <translation>The fixed rate ended {date}. The payment goes from {now} to {after} a month ({jump} more) at a rate of {rate}, and the residual becomes {residual} a month.</translation>
    </message>
    <message>
        <source>Fastrenten løper ut {date} (om {months} måneder). Da går terminbeløpet fra {now} til {after} i måneden ({jump} mer) med {rate} rente, og restbeløpet blir {residual} per måned.</source>
        <translation>The fixed rate ends {date} (in {months} months). The payment then goes from {now} to {after} a month ({jump} more) at a rate of {rate}, and the residual becomes {residual} a month.</translation>
    </message>
    <message>
        <source>Over- og underkurs ved fast rente</source>
        <translation>Break cost of the fixed rate</translation>
    </message>
    <message>
        <source>Valgt tiltak</source>
        <translation>Chosen measure</translation>
    </message>
    <message>
        <source>Ingen tiltak er valgt ennå.</source>
        <translation>No measure chosen yet.</translation>
    </message>
    <message>
        <source>Mulige betalingslettelser sammenlignet med ingen endring</source>
        <translation>Possible payment relief compared with no change</translation>
    </message>
    <message>
        <source>Oppfølging av eksisterende startlån</source>
        <translation>Follow-up of an existing start-up loan</translation>
    </message>
    <message>
        <source>Diagram: restgjeld per år for hvert scenario</source>
        <translation>Chart: remaining balance by year for each scenario</translation>
    </message>
    <message>
        <source>Restgjeld (tusen kr)</source>
        <translation>Balance (thousand kr)</translation>
    </message>
    <message>
        <source>Boutgifter</source>
        <translation>Housing costs</translation>
    </message>
    <message>
        <source>Diagram: månedsbudsjett for valgt scenario</source>
        <translation>Chart: monthly budget for the chosen scenario</translation>
    </message>
    <message>
        <source>kr per måned</source>
        <translation>kr per month</translation>
    </message>
    <message>
        <source>tusen kr per måned (startlån etter rentefradrag)</source>
        <translation>thousand kr per month (start-up loan after interest deduction)</translation>
    </message>
    <message>
        <source>Månedsbudsjett: {scenario}</source>
        <translation>Monthly budget: {scenario}</translation>
    </message>
    <message>
        <source>Restbeløp ved ulik rente</source>
        <translation>Residual at different rates</translation>
    </message>
    <message>
        <source>Diagram: restbeløp som funksjon av renten</source>
        <translation>Chart: residual as a function of the rate</translation>
    </message>
    <message>
        <source>Rente (%)</source>
        <translation>Rate (%)</translation>
    </message>
    <message>
        <source>tusen kr/mnd</source>
        <translation>thousand kr</translation>
    </message>
    <message>
        <source>Null</source>
        <translation>Zero</translation>
    </message>
    <message>
        <source>Stresstestens restbeløp</source>
        <translation>Stress test residual</translation>
    </message>
    <message>
        <source>Restbeløpet ved ulik rente vises når lånebeløpet er fylt inn (under «Lån og scenarioer»).</source>
        <translation>The residual at different rates is shown once the loan amount is filled in (under “Loans and scenarios”).</translation>
    </message>
    <message>
        <source>Restbeløp ved ulik rente: {scenario}</source>
        <translation>Residual per month at different rates: {scenario}</translation>
    </message>
    <message>
        <source>I dag {rate}</source>
        <translation>Today {rate}</translation>
    </message>
    <message>
        <source>Brudd {rate}</source>
        <translation>Breaks {rate}</translation>
    </message>
    <message>
        <source>Uventet feil</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Feilen er logget uten personopplysninger i {file}.</source>
        <translation>The error is logged without personal data in {file}.</translation>
    </message>
    <message>
        <source>Det oppstod en uventet feil i programmet. Tallene på skjermen kan være feil til saken er beregnet på nytt.</source>
        <translation>An unexpected error occurred in the program. The figures on screen may be wrong until the case is recalculated.</translation>
    </message>
    <message>
        <source>Saken hadde ingen ulagrede endringer.</source>
        <translation>The case had no unsaved changes.</translation>
    </message>
    <message>
        <source>En sikkerhetskopi av saken er lagret.</source>
        <translation>A backup of the case has been saved.</translation>
    </message>
    <message>
        <source>Sikkerhetskopi av saken kunne ikke lagres: lagre saken nå.</source>
        <translation>A backup of the case could not be saved: save the case now.</translation>
    </message>
    <message>
        <source>Feilen kunne ikke logges.</source>
        <translation>The error could not be logged.</translation>
    </message>
    <message>
        <source>Lagre saken som …</source>
        <translation>Save the case as …</translation>
    </message>
    <message>
        <source>Fortsett</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>&amp;Lagre</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Ikke lagre</source>
        <translation>&amp;Don&apos;t save</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Ja</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>&amp;Nei</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Oppfølging av eksisterende lån</source>
        <translation>Follow-up of an existing loan</translation>
    </message>
    <message>
        <source>For husstander som allerede har startlån: sammenlign avdragsfrihet, lengre løpetid, betalingsutsettelse og refinansiering med «ingen endring», og se hva som skjer når fastrenten løper ut.</source>
        <translation>For households that already have a start-up loan: compare an interest-only period, a longer term, payment deferral and refinancing with “no change”, and see what happens when the fixed rate ends.</translation>
    </message>
    <message>
        <source>Legg inn eksisterende lån</source>
        <translation>Enter an existing loan</translation>
    </message>
    <message>
        <source>mnd</source>
        <translation>months</translation>
    </message>
    <message>
        <source>Rente i dag (med påslag)</source>
        <translation>Rate today (incl. markup)</translation>
    </message>
    <message>
        <source>Rentetype</source>
        <translation>Rate type</translation>
    </message>
    <message>
        <source>Flytende</source>
        <translation>Floating</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>Fixed</translation>
    </message>
    <message>
        <source>Rente etter bindingstiden (tomt = dagens flytende)</source>
        <translation>Rate after fixed-rate period (empty = today&apos;s floating)</translation>
    </message>
    <message>
        <source>Termingebyr</source>
        <translation>Payment fee</translation>
    </message>
    <message>
        <source>Avdragsfrihet brukt før</source>
        <translation>Interest-only used before</translation>
    </message>
    <message>
        <source>dager</source>
        <translation>days</translation>
    </message>
    <message>
        <source>Betalingslettelser (sammenlignes med den første, «Ingen endring»)</source>
        <translation>Payment relief (compared with the first, “No change”)</translation>
    </message>
    <message>
        <source>0 = rentene legges til lånet; ellers betales de utsatte terminene over så mange mnd</source>
        <translation>0 = the interest is added to the loan; otherwise the deferred payments are repaid over that many months</translation>
    </message>
    <message>
        <source>Valgt</source>
        <translation>Chosen</translation>
    </message>
    <message>
        <source>Begrunnelse</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Hvorfor tiltaket går ut over de vanlige grensene; skrives ut med advarselen</source>
        <translation>Why the option goes beyond the usual limits; printed with the warning</translation>
    </message>
    <message>
        <source>Nytt tiltak</source>
        <translation>New measure</translation>
    </message>
    <message>
        <source>Legg til tiltak</source>
        <translation>Add measure</translation>
    </message>
    <message>
        <source>Fastrenten løp ut {date}: terminbeløpet går fra {now} til {after} ({jump} mer, {rate}), restbeløp etter: {residual}.</source>
        <translation>The fixed rate ended {date}: the payment goes from {now} to {after} ({jump} more, {rate}), residual after: {residual}.</translation>
    </message>
    <message>
        <source>Fastrenten løper ut {date} (om {months} mnd): terminbeløpet går fra {now} til {after} ({jump} mer, {rate}), restbeløp etter: {residual}.</source>
        <translation>The fixed rate ends {date} (in {months} months): the payment goes from {now} to {after} ({jump} more, {rate}), residual after: {residual}.</translation>
    </message>
    <message>
        <source>Valgt: {measures}</source>
        <translation>Chosen: {measures}</translation>
    </message>
    <message>
        <source>Kryss av «Valgt» for tiltaket som velges.</source>
        <translation>Tick “Chosen” for the measure that is chosen.</translation>
    </message>
    <message>
        <source>Gjeld som refinansieres inn i startlånet</source>
        <translation>Debts refinanced into the startlån</translation>
    </message>
    <message>
        <source>Tiltak</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Tiltak som refinansierer</source>
        <translation>Option that refinances</translation>
    </message>
    <message>
        <source>Saken har ingen annen gjeld å refinansiere.</source>
        <translation>The case has no other debt to refinance.</translation>
    </message>
    <message>
        <source>Oppgi restgjelden under Gjeld for å kunne refinansiere den.</source>
        <translation>Enter the balance under Debts to be able to refinance it.</translation>
    </message>
    <message>
        <source>restgjeld {balance}, {rate}</source>
        <translation>balance {balance}, {rate}</translation>
    </message>
    <message>
        <source>Sammenligning av betalingslettelser</source>
        <translation>Comparison of payment relief</translation>
    </message>
    <message>
        <source>Fastrenter som løper ut – {folder}</source>
        <translation>Fixed rates ending – {folder}</translation>
    </message>
    <message>
        <source>kunne ikke skrive {file}: {error}</source>
        <translation>could not write {file}: {error}</translation>
    </message>
    <message>
        <source>Sak {reference}</source>
        <translation>Case {reference}</translation>
    </message>
    <message>
        <source>Netto inntekt per måned</source>
        <translation>Net income per month</translation>
    </message>
    <message>
        <source>Livsopphold (SIFO {year})</source>
        <translation>Living costs (SIFO {year})</translation>
    </message>
    <message>
        <source>(NAV-gulv {nav}, brukt {used})</source>
        <translation>(NAV floor {nav}, used {used})</translation>
    </message>
    <message>
        <source>Boutgifter utenom startlån</source>
        <translation>Housing costs besides the start-up loan</translation>
    </message>
    <message>
        <source>Merk: {warning}</source>
        <translation>Note: {warning}</translation>
    </message>
    <message>
        <source>--scenario må være mellom 1 og {n}</source>
        <translation>--scenario must be between 1 and {n}</translation>
    </message>
    <message>
        <source>--lang {code} gjelder bare arket til søkeren (--applicant)</source>
        <translation>--lang {code} applies only to the applicant&apos;s page (--applicant)</translation>
    </message>
    <message>
        <source>saken har ikke noe eksisterende lån å følge opp</source>
        <translation>the case has no existing loan to follow up</translation>
    </message>
    <message>
        <source>det eksisterende lånet har flytende rente, eller bindingstiden er over: ingen over- eller underkurs</source>
        <translation>the existing loan has a floating rate, or its fixed period is over: no break cost</translation>
    </message>
    <message>
        <source>oppgi --scenario N, eller --existing for sakens eksisterende lån</source>
        <translation>give --scenario N, or --existing for the case&apos;s existing loan</translation>
    </message>
    <message>
        <source>scenario {n} har flytende rente: ingen over- eller underkurs</source>
        <translation>scenario {n} has a floating rate: no break cost</translation>
    </message>
    <message>
        <source>Over- og underkurs for «{scenario}»: {amount} med fast rente {rate} i {years} år</source>
        <translation>Break cost for «{scenario}»: {amount} at a fixed rate of {rate} for {years} years</translation>
    </message>
    <message>
        <source>saken har ingen kjøpesum: gjeld etter salg kan ikke beregnes</source>
        <translation>the case has no purchase price: debt after a sale cannot be computed</translation>
    </message>
    <message>
        <source>Gjeld etter tvangssalg for «{scenario}»: boligens verdi {value}, salgskostnader {fee} + {pct} meglerkostnad</source>
        <translation>Debt after a forced sale for «{scenario}»: the home&apos;s value {value}, sale costs {fee} + {pct} agent&apos;s cost</translation>
    </message>
    <message>
        <source>De neste årene: restbeløp per måned i den trangeste måneden hvert år</source>
        <translation>The years ahead: residual per month in the tightest month of each year</translation>
    </message>
    <message>
        <source>Hendelser</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>--price-shock må være mellom 0 og 100</source>
        <translation>--price-shock must be between 0 and 100</translation>
    </message>
    <message>
        <source>Livshendelser: restbeløp ved stresstest (eller etter bindingstiden) per måned</source>
        <translation>Life events: residual per month at the stress rate (or after the fixed period)</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variant</translation>
    </message>
    <message>
        <source>Sak {reference}: {loan}, restgjeld {balance}, restanse {arrears} ({days} dager)</source>
        <translation>Case {reference}: {loan}, balance {balance}, arrears {arrears} ({days} days)</translation>
    </message>
    <message>
        <source>Fastrente til {date}: terminbeløpet går fra {now} til {after} ({jump} mer), restbeløp etter: {residual}</source>
        <translation>Fixed rate until {date}: the payment goes from {now} to {after} ({jump} more), residual after: {residual}</translation>
    </message>
    <message>
        <source>Saksnr.</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Binding til</source>
        <translation>Fixed until</translation>
    </message>
    <message>
        <source>Mnd igjen</source>
        <translation>Months left</translation>
    </message>
    <message>
        <source>Terminbeløp nå</source>
        <translation>Payment now</translation>
    </message>
    <message>
        <source>Etter</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Økning</source>
        <translation>Increase</translation>
    </message>
    <message>
        <source>Restbeløp etter</source>
        <translation>Residual after</translation>
    </message>
    <message>
        <source>Hoppet over {file}: {reason}</source>
        <translation>Skipped {file}: {reason}</translation>
    </message>
    <message>
        <source>kontroller</source>
        <translation>check</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>I kraft</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>oppgi datapakken: startlan data import PAKKE.json</source>
        <translation>give the data pack: startlan data import PACK.json</translation>
    </message>
    <message>
        <source>datapakken er avvist, ingenting er endret: {error}</source>
        <translation>the data pack was refused, nothing has changed: {error}</translation>
    </message>
    <message>
        <source>Ingen endringer: datapakken har de samme tallene som gjelder nå.</source>
        <translation>No changes: the data pack holds the figures in force now.</translation>
    </message>
    <message>
        <source>Prøvekjøring: ingenting er endret.</source>
        <translation>Dry run: nothing has changed.</translation>
    </message>
    <message>
        <source>Importert. Oppdaterte dataelementer: {n}.</source>
        <translation>Imported. Data items updated: {n}.</translation>
    </message>
    <message>
        <source>Største lån: {amount}</source>
        <translation>Largest loan: {amount}</translation>
    </message>
    <message>
        <source>oppgi --amount (lånebeløp) eller --payment (terminbeløp)</source>
        <translation>give --amount (loan amount) or --payment (payment)</translation>
    </message>
    <message>
        <source>Første terminbeløp</source>
        <translation>First payment</translation>
    </message>
    <message>
        <source>Terminbeløp etter avdragsfri</source>
        <translation>Payment after interest-only</translation>
    </message>
    <message>
        <source>Sum innbetalt</source>
        <translation>Total paid</translation>
    </message>
    <message>
        <source>Terminer</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>ugyldig --member {spec}: bruk f|m:ALDER[:flagg,...], f.eks. f:34 eller m:4mo</source>
        <translation>invalid --member {spec}: use f|m:AGE[:flag,...], e.g. f:34 or m:4mo</translation>
    </message>
    <message>
        <source>ukjent flagg {flag} i --member {spec}</source>
        <translation>unknown flag {flag} in --member {spec}</translation>
    </message>
    <message>
        <source>antall biler kan ikke være negativt</source>
        <translation>the number of cars cannot be negative</translation>
    </message>
    <message>
        <source>Sum SIFO</source>
        <translation>Total SIFO</translation>
    </message>
    <message>
        <source>NAVs veiledende sats (gulv)</source>
        <translation>NAV&apos;s guideline rate (floor)</translation>
    </message>
    <message>
        <source>Skatteestimat {year} (anslag)</source>
        <translation>Tax estimate {year} (estimate)</translation>
    </message>
    <message>
        <source>Skatt på alminnelig inntekt</source>
        <translation>Tax on ordinary income</translation>
    </message>
    <message>
        <source>Trinnskatt</source>
        <translation>Bracket tax</translation>
    </message>
    <message>
        <source>Trygdeavgift</source>
        <translation>Social security contribution</translation>
    </message>
    <message>
        <source>Skattefradrag pensjon</source>
        <translation>Pension tax credit</translation>
    </message>
    <message>
        <source>Sum skatt</source>
        <translation>Total tax</translation>
    </message>
    <message>
        <source>Netto per år</source>
        <translation>Net per year</translation>
    </message>
    <message>
        <source>{n} saker med fastrente.</source>
        <translation>{n} cases with a fixed rate.</translation>
    </message>
    <message>
        <source>Hoppet over {n} filer som ikke kunne leses.</source>
        <translation>Skipped {n} files that could not be read.</translation>
    </message>
    <message>
        <source>Eksporter CSV …</source>
        <translation>Export CSV …</translation>
    </message>
    <message>
        <source>Avdragsfri (mnd)</source>
        <translation>Interest-only (months)</translation>
    </message>
    <message>
        <source>Forleng (år)</source>
        <translation>Extend (years)</translation>
    </message>
    <message>
        <source>Utsett (mnd)</source>
        <translation>Defer (months)</translation>
    </message>
    <message>
        <source>Inntil {months} mnd etter forskriften § 8-8; mer gir en advarsel</source>
        <translation>Up to {months} months under the regulation § 8-8; more gives a warning</translation>
    </message>
    <message>
        <source>Betal over (mnd)</source>
        <translation>Repay over (months)</translation>
    </message>
    <message>
        <source>Leser %v av %m saksfiler …</source>
        <translation>Reading %v of %m case files …</translation>
    </message>
    <message>
        <source>Avbrutt etter {done} av {total} filer: listen er ufullstendig.</source>
        <translation>Cancelled after {done} of {total} files: the list is incomplete.</translation>
    </message>
    <message>
        <source>Eksporter forfallsliste</source>
        <translation>Export expiry list</translation>
    </message>
    <message>
        <source>Kvinne</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Mann</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Gravid</source>
        <translation>Pregnant</translation>
    </message>
    <message>
        <source>Ammer</source>
        <translation>Breastfeeding</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Pensjonist</source>
        <translation>Pensioner</translation>
    </message>
    <message>
        <source>Saken</source>
        <translation>The case</translation>
    </message>
    <message>
        <source>Notater til saken (skrives ut på budsjettarket)</source>
        <translation>Notes on the case (printed on the budget sheet)</translation>
    </message>
    <message>
        <source>Søker, medsøker og barn. Alder styrer SIFO-satsene og NAVs veiledende satser; navn er valgfritt.</source>
        <translation>Applicant, co-applicant and children. Age sets the SIFO rates and NAV&apos;s guideline rates; names are optional.</translation>
    </message>
    <message>
        <source>Valgfritt; bare fornavn vises i gjennomgangen</source>
        <translation>Optional; only first names are shown in the walk-through</translation>
    </message>
    <message>
        <source>Alder (år)</source>
        <translation>Age (years)</translation>
    </message>
    <message>
        <source>Mnd</source>
        <translation>Mo.</translation>
    </message>
    <message>
        <source>Måneder utover hele år (spedbarn)</source>
        <translation>Months beyond whole years (infants)</translation>
    </message>
    <message>
        <source>Fødselsdato</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Valgfritt; går foran alder</source>
        <translation>Optional; takes precedence over age</translation>
    </message>
    <message>
        <source>For barn: jente eller gutt</source>
        <translation>For children: girl or boy</translation>
    </message>
    <message>
        <source>Billett</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Forhold</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Legg til person</source>
        <translation>Add person</translation>
    </message>
    <message>
        <source>1 person. SIFO {year}: {sifo} per måned; NAVs veiledende satser: {nav}.</source>
        <translation>1 person. SIFO {year}: {sifo} a month; NAV&apos;s guideline rates: {nav}.</translation>
    </message>
    <message>
        <source>{n} personer. SIFO {year}: {sifo} per måned; NAVs veiledende satser: {nav}.</source>
        <translation>{n} persons. SIFO {year}: {sifo} a month; NAV&apos;s guideline rates: {nav}.</translation>
    </message>
    <message>
        <source>Fra og til (måned linjen starter eller slutter)</source>
        <translation>From and to (the month the line starts or ends)</translation>
    </message>
    <message>
        <source>Valgfritt: når en inntekt eller utgift starter eller slutter, f.eks. AAP, overgangsstønad, en bidragsavtale eller et billån. Se «De neste årene».</source>
        <translation>Optional: when an income or a cost starts or ends, e.g. a work assessment allowance, a transitional benefit, a child-support agreement or a car loan. See “The years ahead”.</translation>
    </message>
    <message>
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Linje</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Netto per måned (fra lønnsslipp eller vedtak), eller brutto per år med skatteanslag. Barnetrygd legges til automatisk for barn under 18 år.</source>
        <translation>Net per month (from the payslip or decision), or gross per year with a tax estimate. Child benefit is added automatically for children under 18.</translation>
    </message>
    <message>
        <source>Beskrivelse</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Brutto/år</source>
        <translation>Gross/year</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Samme person: skatten beregnes samlet</source>
        <translation>Same person: tax is calculated jointly</translation>
    </message>
    <message>
        <source>Usikkert</source>
        <translation>Uncertain</translation>
    </message>
    <message>
        <source>Merk beløp som er anslag, f.eks. søkt bostøtte</source>
        <translation>Mark amounts that are estimates, e.g. housing allowance applied for</translation>
    </message>
    <message>
        <source>Legg til inntekt</source>
        <translation>Add income</translation>
    </message>
    <message>
        <source>Regn med barnetrygd automatisk</source>
        <translation>Include child benefit automatically</translation>
    </message>
    <message>
        <source>= {amount}/mnd</source>
        <translation>= {amount}/month</translation>
    </message>
    <message>
        <source>Netto per måned: {amount}</source>
        <translation>Net per month: {amount}</translation>
    </message>
    <message>
        <source>Skatt anslått til {tax} per år ({year}-regler).</source>
        <translation>Tax estimated at {tax} per year ({year} rules).</translation>
    </message>
    <message>
        <source>Sum netto per måned: {amount}</source>
        <translation>Total net per month: {amount}</translation>
    </message>
    <message>
        <source>Gjeld og faste utgifter</source>
        <translation>Debts and fixed expenses</translation>
    </message>
    <message>
        <source>Terminbeløp per måned. Kredittkort regnes som en andel av rammen. Restgjeld, rente og år igjen brukes i stresstesten for lån med flytende rente.</source>
        <translation>Payment per month. Credit cards count as a share of the limit. Balance, rate and years left are used in the stress test for floating-rate loans.</translation>
    </message>
    <message>
        <source>Per mnd</source>
        <translation>Per month</translation>
    </message>
    <message>
        <source>Ramme</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Kredittramme (kredittkort)</source>
        <translation>Credit limit (credit card)</translation>
    </message>
    <message>
        <source>Flyt.</source>
        <translation>Float.</translation>
    </message>
    <message>
        <source>Flytende rente: stiger i stresstesten</source>
        <translation>Floating rate: rises in the stress test</translation>
    </message>
    <message>
        <source>Legg til gjeld eller utgift</source>
        <translation>Add debt or expense</translation>
    </message>
    <message>
        <source>teller {amount}</source>
        <translation>counts {amount}</translation>
    </message>
    <message>
        <source>Sum andre faste utgifter: {amount} per måned</source>
        <translation>Total other fixed expenses: {amount} a month</translation>
    </message>
    <message>
        <source>Bolig</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Boutgifter i den nye boligen per måned, utenom startlånet.</source>
        <translation>Housing costs in the new home per month, besides the start-up loan.</translation>
    </message>
    <message>
        <source>Kjøpesum (uten fellesgjeld)</source>
        <translation>Purchase price (without common debt)</translation>
    </message>
    <message>
        <source>Prisen for boligen, uten boligens andel av fellesgjelden (den føres for seg).</source>
        <translation>The price of the home, without its share of the common debt (entered separately).</translation>
    </message>
    <message>
        <source>Eierform</source>
        <translation>Ownership</translation>
    </message>
    <message>
        <source>Selveier (dokumentavgift)</source>
        <translation>Freehold (document duty)</translation>
    </message>
    <message>
        <source>Borettslag/aksje (ingen dokumentavgift)</source>
        <translation>Housing co-op/share (no document duty)</translation>
    </message>
    <message>
        <source>Tinglysingsgebyr</source>
        <translation>Registration fee</translation>
    </message>
    <message>
        <source>Husleie i dag</source>
        <translation>Rent today</translation>
    </message>
    <message>
        <source>Til sammenligning</source>
        <translation>For comparison</translation>
    </message>
    <message>
        <source>Leie av egnet bolig</source>
        <translation>Renting a suitable home</translation>
    </message>
    <message>
        <source>Brukes i forklaringen om gjeld etter tvangssalg. Tomt = standardverdien, som ikke er bekreftet.</source>
        <translation>Used in the explanation of debt after a forced sale. Empty = the default, which is unconfirmed.</translation>
    </message>
    <message>
        <source>Kostnad ved tvangssalg (tomt = standard)</source>
        <translation>Forced-sale cost (empty = default)</translation>
    </message>
    <message>
        <source>Meglerkostnad ved salg (tomt = standard)</source>
        <translation>Agent&apos;s cost of a sale (empty = default)</translation>
    </message>
    <message>
        <source>Boutgifter utenom startlånet: {amount} per måned</source>
        <translation>Housing costs besides the start-up loan: {amount} a month</translation>
    </message>
    <message>
        <source>SIFO-år</source>
        <translation>SIFO year</translation>
    </message>
    <message>
        <source>Bensin-/dieselbiler</source>
        <translation>Petrol/diesel cars</translation>
    </message>
    <message>
        <source>Elbiler</source>
        <translation>Electric cars</translation>
    </message>
    <message>
        <source>Barnehage, 1. barn (tomt = SIFO)</source>
        <translation>Kindergarten, 1st child (empty = SIFO)</translation>
    </message>
    <message>
        <source>Barnehage, 2. barn</source>
        <translation>Kindergarten, 2nd child</translation>
    </message>
    <message>
        <source>SFO/AKS heltid (tomt = SIFO)</source>
        <translation>After-school care, full time (empty = SIFO)</translation>
    </message>
    <message>
        <source>Pris per barn per måned. 1.–3. trinn har 12 gratis timer i uka: skriv prisen etter gratistimene.</source>
        <translation>Price per child per month. Years 1–3 have 12 free hours a week: enter the price after the free hours.</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Eget beløp</source>
        <translation>Own amount</translation>
    </message>
    <message>
        <source>SIFO</source>
        <translation>SIFO</translation>
    </message>
    <message>
        <source>Eget beløp, {category}</source>
        <translation>Own amount, {category}</translation>
    </message>
    <message>
        <source>Andre utgifter til livsopphold</source>
        <translation>Other living costs</translation>
    </message>
    <message>
        <source>Annet</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Legg til linje</source>
        <translation>Add line</translation>
    </message>
    <message>
        <source>⚠ under NAV-gulvet: NAV-satsen brukes</source>
        <translation>⚠ below the NAV floor: the NAV rate is used</translation>
    </message>
    <message>
        <source>SIFO {year} ({status}): {sifo}.  Valgt: {chosen}.  NAVs veiledende satser (gulv): {nav}.  Brukt i budsjettet: {used}.</source>
        <translation>SIFO {year} ({status}): {sifo}.  Chosen: {chosen}.  NAV&apos;s guideline rates (floor): {nav}.  Used in the budget: {used}.</translation>
    </message>
    <message>
        <source>Livsoppholdssats (namsmannen) til sammenligning: {rate}.  * eget beløp</source>
        <translation>Subsistence rate (enforcement officer) for comparison: {rate}.  * own amount</translation>
    </message>
    <message>
        <source>Forklaringsplikt</source>
        <translation>Duty to explain</translation>
    </message>
    <message>
        <source>Forklart for søker</source>
        <translation>Explained to the applicant</translation>
    </message>
    <message>
        <source>Forklart: {topic}</source>
        <translation>Explained: {topic}</translation>
    </message>
    <message>
        <source>Tallene gjelder scenarioet «{scenario}» (valgt i sammenligningen).</source>
        <translation>The figures are for the scenario “{scenario}” (chosen in the comparison).</translation>
    </message>
    <message>
        <source>Lån og scenarioer</source>
        <translation>Loans and scenarios</translation>
    </message>
    <message>
        <source>Scenarioer</source>
        <translation>Scenarios</translation>
    </message>
    <message>
        <source>Legg til</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Dupliser</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Navnet på andre språk …</source>
        <translation>Name in other languages …</translation>
    </message>
    <message>
        <source>Bruk største lån</source>
        <translation>Use largest loan</translation>
    </message>
    <message>
        <source>Setter lånebeløpet til det største lånet husstanden kan betjene ved stresstest (høyst behovet og boligens verdi).</source>
        <translation>Sets the loan amount to the largest loan the household can carry in the stress test (at most the need and the home&apos;s value).</translation>
    </message>
    <message>
        <source>Husstanden kan ikke betjene noe lån ved stresstest.</source>
        <translation>The household cannot carry any loan under the stress test.</translation>
    </message>
    <message>
        <source>Lånebeløpet er også satt i scenarioene uten beløp: {names}.</source>
        <translation>The loan amount was also set in the scenarios without one: {names}.</translation>
    </message>
    <message>
        <source>Terminer per år</source>
        <translation>Payments per year</translation>
    </message>
    <message>
        <source>12 (månedlig)</source>
        <translation>12 (monthly)</translation>
    </message>
    <message>
        <source>4 (kvartalsvis)</source>
        <translation>4 (quarterly)</translation>
    </message>
    <message>
        <source>2 (halvårlig)</source>
        <translation>2 (half-yearly)</translation>
    </message>
    <message>
        <source>Delt: del fast, resten flytende</source>
        <translation>Split: part fixed, rest floating</translation>
    </message>
    <message>
        <source>Bindingstid</source>
        <translation>Fixed-rate period</translation>
    </message>
    <message>
        <source>Husbankens rente (fast del ved delt lån)</source>
        <translation>Husbanken&apos;s rate (fixed part if split)</translation>
    </message>
    <message>
        <source>Delt lån: andel med fast rente</source>
        <translation>Split loan: share at a fixed rate</translation>
    </message>
    <message>
        <source>Delt lån: flytende rente (tomt = dagens)</source>
        <translation>Split loan: floating rate (empty = today&apos;s)</translation>
    </message>
    <message>
        <source>Rente etter bindingstid (tomt = flytende)</source>
        <translation>Rate after fixed-rate period (empty = floating)</translation>
    </message>
    <message>
        <source>Avdragsfrihet</source>
        <translation>Interest-only period</translation>
    </message>
    <message>
        <source>Avdragsfrihet, ekstra måneder</source>
        <translation>Interest-only, extra months</translation>
    </message>
    <message>
        <source>Avdragsfri til annen gjeld er betalt</source>
        <translation>Interest-only until other debt is repaid</translation>
    </message>
    <message>
        <source>Etableringsgebyr</source>
        <translation>Establishment fee</translation>
    </message>
    <message>
        <source>Hent rente fra rentetabellen</source>
        <translation>Fetch rate from the rate table</translation>
    </message>
    <message>
        <source>Rente, skatt og stresstest for saken</source>
        <translation>Rate, tax and stress test for the case</translation>
    </message>
    <message>
        <source>Flytende rente i dag (Husbanken)</source>
        <translation>Floating rate today (Husbanken)</translation>
    </message>
    <message>
        <source>Skatteår</source>
        <translation>Tax year</translation>
    </message>
    <message>
        <source>Finnmark/Nord-Troms (tiltakssonen)</source>
        <translation>Finnmark/Nord-Troms (action zone)</translation>
    </message>
    <message>
        <source>Regn med rentefradrag</source>
        <translation>Include interest deduction</translation>
    </message>
    <message>
        <source>Kredittkort: andel av ramme</source>
        <translation>Credit card: share of limit</translation>
    </message>
    <message>
        <source>Stresstest</source>
        <translation>Stress test</translation>
    </message>
    <message>
        <source>Styringsrente + tillegg (Husbanken)</source>
        <translation>Policy rate + addition (Husbanken)</translation>
    </message>
    <message>
        <source>Lånets rente + margin</source>
        <translation>Loan&apos;s rate + margin</translation>
    </message>
    <message>
        <source>Styringsrente</source>
        <translation>Policy rate</translation>
    </message>
    <message>
        <source>Tillegg</source>
        <translation>Addition</translation>
    </message>
    <message>
        <source>Margin (hva om)</source>
        <translation>Margin (what if)</translation>
    </message>
    <message>
        <source>{name} (kopi)</source>
        <translation>{name} (copy)</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Bruk største lån ({amount})</source>
        <translation>Use largest loan ({amount})</translation>
    </message>
    <message>
        <source>Tillatt, men begrunn det i saken.</source>
        <translation>Allowed, but give the reason in the case.</translation>
    </message>
    <message>
        <source>Kollektivbillett: auto = voksne 20–66 år og pensjonister fra 67 år (honnørbillett) får billett, barn ikke. Velg ja/nei for å overstyre.</source>
        <translation>Public transport ticket: auto = adults aged 20–66 and pensioners from 67 (senior ticket) get a ticket, children do not. Choose yes/no to override.</translation>
    </message>
    <message>
        <source>Kryss av når beløpet er brutto per år (lønn, uføretrygd, pensjon): skatten anslås etter årets regler.</source>
        <translation>Tick when the amount is gross per year (wages, disability benefit, pension): the tax is estimated under the year&apos;s rules.</translation>
    </message>
    <message>
        <source>Boligens andel av borettslagets fellesgjeld. Renten på den stiger i stresstesten like mye som startlånets.</source>
        <translation>The home&apos;s share of the housing co-op&apos;s joint debt. Its rate rises in the stress test as much as the start-up loan&apos;s.</translation>
    </message>
    <message>
        <source>SIFOs referansebudsjett for husstanden, per kategori. Skriv eget beløp der faktisk forbruk er kjent. Beløpet som brukes er aldri lavere enn NAVs veiledende satser for økonomisk stønad.</source>
        <translation>SIFO&apos;s reference budget for the household, by category. Enter your own amount where actual spending is known. The amount used is never below NAV&apos;s guideline rates for financial assistance.</translation>
    </message>
    <message>
        <source>Annuitet: likt terminbeløp, først mest renter. Serie: likt avdrag, høyere terminbeløp i starten og lavere totale renter.</source>
        <translation>Annuity: the same payment each time, mostly interest at first. Serial: the same principal each time, a higher payment at the start and less interest in total.</translation>
    </message>
    <message>
        <source>Vanlig løpetid er inntil {usual_term} år; inntil {max_term} år i særlige tilfeller. Lengre løpetid gir lavere terminbeløp, men mer renter totalt fordi gjelden nedbetales saktere.</source>
        <translation>The usual term is up to {usual_term} years; up to {max_term} years in special cases. A longer term gives a lower payment but more interest in total, because the debt is repaid more slowly.</translation>
    </message>
    <message>
        <source>Førstegangslån (prøveordning): samme terminbeløp som et annuitetslån over {trial_sizing} år, men lånet ender etter {trial_term} år med restgjeld som må refinansieres. Ingen avdragsfrihet, bindingstid 3, 5 eller 10 år, minst 5 % egenkapital.</source>
        <translation>First-time buyer loan (trial scheme): the same payment as a {trial_sizing}-year annuity loan, but the loan ends after {trial_term} years with a balance that must be refinanced. No interest-only period, fixed period of 3, 5 or 10 years, at least 5 % equity.</translation>
    </message>
    <message>
        <source>Kommunen kan legge inntil {markup} prosentpoeng på Husbankens rente for å dekke administrasjon.</source>
        <translation>The municipality may add up to {markup} percentage points to Husbanken&apos;s rate to cover administration.</translation>
    </message>
    <message>
        <source>Avdragsfrihet inntil {max_io} år i starten. Løpetiden er den samme: avdragene går over færre år.</source>
        <translation>An interest-only period of up to {max_io} years at the start. The term stays the same: the principal is repaid over fewer years.</translation>
    </message>
    <message>
        <source>Rentefradraget: 22 % av rentene (18,5 % i tiltakssonen) redusert skatt, vist per måned.</source>
        <translation>The interest deduction: 22 % of the interest (18.5 % in the action zone) off the tax, shown per month.</translation>
    </message>
    <message>
        <source>Husbankens stresstest for startlån: Norges Banks styringsrente + 2,5 prosentpoeng (påslaget er med). Banklån ved siden av: bankens rente + 3 prosentpoeng, minst 7 %.</source>
        <translation>Husbanken&apos;s stress test for start-up loans: Norges Bank&apos;s policy rate + 2.5 percentage points (markup included). A bank loan beside it: the bank&apos;s rate + 3 percentage points, at least 7 %.</translation>
    </message>
    <message>
        <source>NAVs veiledende satser for økonomisk stønad er gulvet: beløpet til livsopphold skal aldri være lavere.</source>
        <translation>NAV&apos;s guideline rates for financial assistance are the floor: the amount for living costs is never lower.</translation>
    </message>
    <message>
        <source>Effektiv rente tar med gebyrer og rentes rente: den sanne årlige kostnaden ved lånet.</source>
        <translation>The effective rate includes fees and compound interest: the true yearly cost of the loan.</translation>
    </message>
    <message>
        <source>Delt lån: en del av lånet med fast rente og bindingstid, resten med flytende rente. Terminbeløpet er summen av de to delene.</source>
        <translation>Split loan: part of the loan at a fixed rate for a fixed period, the rest at a floating rate. The payment is the sum of the two parts.</translation>
    </message>
    <message>
        <source>Startlånet kan være avdragsfritt til dyrere gjeld er nedbetalt. Perioden settes fra gjeldens gjenstående løpetid (år igjen), høyst {max_io} år.</source>
        <translation>The start-up loan can be interest-only until more expensive debt is repaid. The period is set from that debt&apos;s remaining term (years left), at most {max_io} years.</translation>
    </message>
    <message>
        <source>Før vedtak skal søkeren få forklart disse fem temaene (finansavtaleloven). Kryss av når det er gjort; datoen lagres i saken og skrives ut på budsjettarket.</source>
        <translation>Before the decision, the applicant must have these five topics explained (Financial Contracts Act). Tick when done; the date is saved in the case and printed on the budget sheet.</translation>
    </message>
    <message>
        <source>Kom i gang</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Slik starter du en sak&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Fil → Ny sak&lt;/b&gt; (Ctrl+N). Programmet åpner den siste saken du hadde, eller en tom sak; eksempelsaken (merket «Eksempelsak») åpnes bare når du ber om det.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Husstand&lt;/b&gt;: saksnummer, saksbehandler og kommune øverst, så søker, medsøker og barn med alder.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Inntekter&lt;/b&gt;: netto per måned, eller brutto per år med skatteanslag. Barnetrygd legges til automatisk; utvidet barnetrygd for enslige er en egen type.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Gjeld&lt;/b&gt;, &lt;b&gt;Bolig&lt;/b&gt; og &lt;b&gt;Livsopphold&lt;/b&gt;: terminbeløp, boutgifter og SIFO-budsjettet (aldri under NAVs satser).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Lån og scenarioer&lt;/b&gt;: skriv lånebeløpet én gang (det fylles inn i scenarioene uten beløp), eller trykk &lt;b&gt;Bruk største lån&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Fil → Lagre&lt;/b&gt; (Ctrl+S) og &lt;b&gt;Eksporter PDF&lt;/b&gt; (Ctrl+E) til saksmappen.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Kronebeløp: 28.400 og 28 400 er 28 400 kr; øre skrives med komma. Renter: 4,275 eller 4.275. Et felt med rødt er ikke tatt med: tallene bruker siste gyldige verdi til feltet er rettet.&lt;/p&gt;&lt;h3&gt;Hva vurderingene betyr&lt;/h3&gt;&lt;p&gt;✔ &lt;b&gt;Bærekraftig&lt;/b&gt;: restbeløpet går opp også ved stresstest og etter bindingstiden. ! &lt;b&gt;Stramt&lt;/b&gt;: går opp med dagens rente, men ikke ved stresstest eller etter bindingstiden. ✖ &lt;b&gt;Ikke bærekraftig&lt;/b&gt;: går ikke opp med dagens rente. ? &lt;b&gt;Fyll inn lånebeløp&lt;/b&gt;: scenarioet har ikke noe lånebeløp ennå. ★ merker det ene scenarioet som trenger minst tilskudd.&lt;/p&gt;&lt;h3&gt;Hvor tallene kommer fra&lt;/h3&gt;&lt;p&gt;SIFOs referansebudsjett (SIFO, OsloMet, CC BY 4.0), NAVs veiledende satser, Husbankens renter, Norges Banks styringsrente (stresstest: styringsrenten + 2,5 prosentpoeng), skatteregler og barnetrygd fra Skatteetaten og NAV. Hver kilde har dato og status under &lt;b&gt;Hjelp → Datagrunnlag og kilder&lt;/b&gt;; programmet varsler når saksdatoen er etter tallenes neste kjente endring (rentene hver måned, NAVs satser 1. januar, G 1. mai, styringsrenten etter seks måneder). Alle tallene kan endres i Innstillinger med dato og kilde: renter og styringsrente, NAV-satser per år, og under «Andre data» G, Husbankens gebyrer, SIFO-tabellene, skattesatsene for et år, salgskostnadene og namsmannens livsoppholdssatser – eller komme med en datapakke. Budsjettarket viser hvilke data tallene bygger på.&lt;/p&gt;&lt;p&gt;Tastatur: Alt + understreket bokstav åpner en meny eller fane; Tab går gjennom feltene i skjermens rekkefølge; mellomrom krysser av.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;How to start a case&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;File → New case&lt;/b&gt; (Ctrl+N). The program opens the last case you had, or an empty one; the example case (marked “Example case”) opens only when you ask for it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Household&lt;/b&gt;: case number, caseworker and municipality at the top, then applicant, co-applicant and children with their ages.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Incomes&lt;/b&gt;: net a month, or gross a year with a tax estimate. Child benefit is added automatically; extended child benefit for single parents is a type of its own.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Debts&lt;/b&gt;, &lt;b&gt;Home&lt;/b&gt; and &lt;b&gt;Living costs&lt;/b&gt;: payments, housing costs and the SIFO budget (never below NAV&apos;s rates).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Loans and scenarios&lt;/b&gt;: type the loan amount once (it fills the scenarios without one), or press &lt;b&gt;Use largest loan&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;File → Save&lt;/b&gt; (Ctrl+S) and &lt;b&gt;Export PDF&lt;/b&gt; (Ctrl+E) for the case file.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Amounts in kroner: 28.400 and 28 400 are 28 400 kr; øre come after a comma. Rates: 4,275 or 4.275. A field marked red is not used: the figures use its last valid value until it is corrected.&lt;/p&gt;&lt;h3&gt;What the verdicts mean&lt;/h3&gt;&lt;p&gt;✔ &lt;b&gt;Sustainable&lt;/b&gt;: the residual holds in the stress test and after the fixed period too. ! &lt;b&gt;Tight&lt;/b&gt;: holds at today&apos;s rate, but not in the stress test or after the fixed period. ✖ &lt;b&gt;Not sustainable&lt;/b&gt;: does not hold at today&apos;s rate. ? &lt;b&gt;Enter a loan amount&lt;/b&gt;: the scenario has no loan amount yet. ★ marks the one scenario that needs the smallest grant.&lt;/p&gt;&lt;h3&gt;Where the figures come from&lt;/h3&gt;&lt;p&gt;SIFO&apos;s reference budget (SIFO, OsloMet, CC BY 4.0), NAV&apos;s guideline rates, Husbanken&apos;s rates, Norges Bank&apos;s policy rate (stress test: the policy rate + 2.5 percentage points), tax rules and child benefit from the Tax Administration and NAV. Each source has its date and status under &lt;b&gt;Help → Data and sources&lt;/b&gt;; the program warns when the case date is past the figures&apos; next known change (the rates monthly, NAV&apos;s rates on 1 January, G on 1 May, the policy rate after six months). Every figure can be changed in Settings with its date and source: the rates and the policy rate, NAV&apos;s rates per year, and under «Other data» G, Husbanken&apos;s fees, the SIFO tables, the tax rates of a year, the sale costs and the enforcement authorities&apos; living rates – or arrive in a data pack. The budget sheet shows which data the figures rest on.&lt;/p&gt;&lt;p&gt;Keyboard: Alt + the underlined letter opens a menu or tab; Tab moves through the fields in the screen&apos;s order; Space ticks a box.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Startlån-saker (*.startlan);;Alle filer (*)</source>
        <translation>Start-up loan cases (*.startlan);;All files (*)</translation>
    </message>
    <message>
        <source>Rente og restbeløp</source>
        <translation>Rate and residual</translation>
    </message>
    <message>
        <source>Månedsbudsjett</source>
        <translation>Monthly budget</translation>
    </message>
    <message>
        <source>Nedbetalingsplan</source>
        <translation>Payment plan</translation>
    </message>
    <message>
        <source>Finansieringsplan</source>
        <translation>Financing plan</translation>
    </message>
    <message>
        <source>Tvangssalg</source>
        <translation>Forced sale</translation>
    </message>
    <message>
        <source>Overkurs</source>
        <translation>Break cost</translation>
    </message>
    <message>
        <source>De neste årene</source>
        <translation>The years ahead</translation>
    </message>
    <message>
        <source>&amp;Inntekter</source>
        <translation>&amp;Incomes</translation>
    </message>
    <message>
        <source>&amp;Gjeld</source>
        <translation>&amp;Debts</translation>
    </message>
    <message>
        <source>&amp;Bolig</source>
        <translation>Hom&amp;e</translation>
    </message>
    <message>
        <source>&amp;Livsopphold</source>
        <translation>&amp;Living costs</translation>
    </message>
    <message>
        <source>&amp;Oppfølging</source>
        <translation>Follo&amp;w-up</translation>
    </message>
    <message>
        <source>&amp;Fil</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Verktøy</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>&amp;Ny sak</source>
        <translation>&amp;New case</translation>
    </message>
    <message>
        <source>Åpne eksempel på &amp;oppfølgingssak</source>
        <translation>Open follow-&amp;up example</translation>
    </message>
    <message>
        <source>&amp;Åpne …</source>
        <translation>&amp;Open …</translation>
    </message>
    <message>
        <source>Nylig brukte</source>
        <translation>Recent files</translation>
    </message>
    <message>
        <source>Lagre &amp;som …</source>
        <translation>Save &amp;as …</translation>
    </message>
    <message>
        <source>&amp;Eksporter PDF …</source>
        <translation>&amp;Export PDF …</translation>
    </message>
    <message>
        <source>Budsjettark for saksmappen (PDF/A)</source>
        <translation>Budget sheet for the case file (PDF/A)</translation>
    </message>
    <message>
        <source>Skriv &amp;ut …</source>
        <translation>&amp;Print …</translation>
    </message>
    <message>
        <source>Ark &amp;til søkeren (PDF) …</source>
        <translation>Page for the app&amp;licant (PDF) …</translation>
    </message>
    <message>
        <source>Siden søkeren tar med hjem, på språket søkeren velger</source>
        <translation>The page the applicant takes home, in the language the applicant chooses</translation>
    </message>
    <message>
        <source>Ta med nedbetalingsplan i PDF</source>
        <translation>Include payment plan in PDF</translation>
    </message>
    <message>
        <source>&amp;Innstillinger …</source>
        <translation>Se&amp;ttings …</translation>
    </message>
    <message>
        <source>&amp;Avslutt</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>&amp;Scenario</translation>
    </message>
    <message>
        <source>&amp;Legg til scenario</source>
        <translation>&amp;Add scenario</translation>
    </message>
    <message>
        <source>&amp;Dupliser valgt scenario</source>
        <translation>&amp;Duplicate chosen scenario</translation>
    </message>
    <message>
        <source>&amp;Fjern valgt scenario</source>
        <translation>&amp;Remove chosen scenario</translation>
    </message>
    <message>
        <source>&amp;Hjelp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Kom i gang</source>
        <translation>&amp;Getting started</translation>
    </message>
    <message>
        <source>&amp;Datagrunnlag og kilder</source>
        <translation>&amp;Data and sources</translation>
    </message>
    <message>
        <source>Fastrenter som løper ut (mappe) …</source>
        <translation>Fixed rates ending (folder) …</translation>
    </message>
    <message>
        <source>Låne&amp;portefølje (låneliste fra låneforvalter) …</source>
        <translation>Loan &amp;portfolio (list from the loan administrator) …</translation>
    </message>
    <message>
        <source>&amp;Gjennomgang med søker …</source>
        <translation>&amp;Walk-through with the applicant …</translation>
    </message>
    <message>
        <source>Vis saken steg for steg med stor skrift</source>
        <translation>Show the case step by step in large type</translation>
    </message>
    <message>
        <source>Sp&amp;råk</source>
        <translation>Lan&amp;guage</translation>
    </message>
    <message>
        <source>Språk for skjermen, gjennomgangen og budsjettarket. Tall og datoer er alltid norske.</source>
        <translation>Language of the screen, the walk-through and the budget sheet. Numbers and dates are always Norwegian.</translation>
    </message>
    <message>
        <source>Eksempelsak: tallene er laget av programmet for å vise hvordan det virker. Start din egen sak med Fil → Ny sak.</source>
        <translation>Example case: the figures were made up by the program to show how it works. Start your own case with File → New case.</translation>
    </message>
    <message>
        <source>Ny, tom sak. Vil du først se en ferdig utfylt eksempelsak?</source>
        <translation>A new, empty case. Would you like to see a filled-in example case first?</translation>
    </message>
    <message>
        <source>Åpne eksempelsak</source>
        <translation>Open the example case</translation>
    </message>
    <message>
        <source>Bruk dagens data</source>
        <translation>Use today&apos;s data</translation>
    </message>
    <message>
        <source>Flytter hele saken (alle scenarioer, stressrenten og normene) over på dataene som gjelder nå.</source>
        <translation>Moves the whole case (every scenario, the stress rate and the norms) to the data in force now.</translation>
    </message>
    <message>
        <source>Saken er flyttet over på dagens data.</source>
        <translation>The case now uses today&apos;s data.</translation>
    </message>
    <message>
        <source>Kan ikke beregne: {message} Tallene under gjelder siste gyldige beregning.</source>
        <translation>Cannot calculate: {message} The figures below are from the last valid calculation.</translation>
    </message>
    <message>
        <source>Kan ikke beregne betalingslettelser: {message}</source>
        <translation>Cannot calculate payment relief: {message}</translation>
    </message>
    <message>
        <source>Det oppstod en uventet feil: tallene under kan være feil til saken er beregnet på nytt. Budsjettark og utskrift er sperret så lenge.</source>
        <translation>An unexpected error occurred: the figures below may be wrong until the case is recalculated. Budget sheet and printing are blocked until then.</translation>
    </message>
    <message>
        <source>Ugyldig verdi under {tabs} (merket med rødt): tallene bruker siste gyldige verdi til feltet er rettet.</source>
        <translation>Invalid value under {tabs} (marked in red): the figures use the last valid value until the field is corrected.</translation>
    </message>
    <message>
        <source>Stresstest: {rule}</source>
        <translation>Stress test: {rule}</translation>
    </message>
    <message>
        <source>Ny sak</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>Livshendelser</source>
        <translation>Life events</translation>
    </message>
    <message>
        <source>H&amp;usstand</source>
        <translation>Ho&amp;usehold</translation>
    </message>
    <message>
        <source>Lå&amp;n og scenarioer</source>
        <translation>Loa&amp;ns and scenarios</translation>
    </message>
    <message>
        <source>Forkl&amp;aring</source>
        <translation>E&amp;xplanation</translation>
    </message>
    <message>
        <source>Åpne e&amp;ksempelsak</source>
        <translation>Open exa&amp;mple case</translation>
    </message>
    <message>
        <source>Startlån – det viktigste for dere</source>
        <translation>Start loan – the main points for you</translation>
    </message>
    <message>
        <source>Maskinoversatt – ikke kvalitetssikret</source>
        <extracomment>Dark enough for white-room contrast; the mark (✔ ! ✖) says the same without colour. shown, in Norwegian for the caseworker and in the language, while a catalogue is unchecked</extracomment>
        <translation>Machine-translated – not checked</translation>
    </message>
    <message>
        <source>Startlånet etter rentefradrag</source>
        <translation>The start loan after the interest deduction</translation>
    </message>
    <message>
        <source>Over (+) eller under (−) normen</source>
        <translation>Above (+) or below (−) the norm</translation>
    </message>
    <message>
        <source>Laget {date} for {names}.</source>
        <translation>Made {date} for {names}.</translation>
    </message>
    <message>
        <source>Laget {date}.</source>
        <translation>Made {date}.</translation>
    </message>
    <message>
        <source>Lånet vi har sett på: «{scenario}», {amount}.</source>
        <translation>The loan we looked at: “{scenario}”, {amount}.</translation>
    </message>
    <message>
        <source>Hver måned</source>
        <translation>Every month</translation>
    </message>
    <message>
        <source>Startlånet koster {payment} i måneden. Dere har {left} igjen til mat, klær og annet livsopphold; det dere trenger etter normen er {need}.</source>
        <translation>The start loan costs {payment} a month. You have {left} left for food, clothes and other living costs; what you need by the norm is {need}.</translation>
    </message>
    <message>
        <source>Hvis renten stiger til {rate}, blir terminbeløpet {payment}.</source>
        <translation>If the rate rises to {rate}, the monthly payment becomes {payment}.</translation>
    </message>
    <message>
        <source>Den faste renten varer i {years} år; etter det blir terminbeløpet med dagens flytende rente {payment}.</source>
        <translation>The fixed rate lasts {years} years; after that the payment at today&apos;s floating rate is {payment}.</translation>
    </message>
    <message>
        <source>Førstegangslån: lånet slutter etter 10 år</source>
        <translation>First-time buyer loan: the loan ends after 10 years</translation>
    </message>
    <message>
        <source>Dette har vi forklart dere</source>
        <translation>What we have explained to you</translation>
    </message>
    <message>
        <source>Ring {municipality} og spør etter startlån.</source>
        <translation>Call {municipality} and ask for start loans.</translation>
    </message>
    <message>
        <source>Ring kommunen og spør etter startlån.</source>
        <translation>Call the municipality and ask for start loans.</translation>
    </message>
    <message>
        <source>Spørsmål? Problemer med å betale?</source>
        <translation>Questions? Trouble paying?</translation>
    </message>
    <message>
        <source>Eksempelsak</source>
        <translation>Example case</translation>
    </message>
    <message>
        <source>skrivebeskyttet</source>
        <translation>read-only</translation>
    </message>
    <message>
        <source>Saken har endringer som ikke er lagret. Vil du lagre dem?</source>
        <translation>The case has unsaved changes. Do you want to save them?</translation>
    </message>
    <message>
        <source>Kunne ikke lagre sikkerhetskopi av saken: {error}</source>
        <translation>Could not save a backup of the case: {error}</translation>
    </message>
    <message>
        <source>Programmet ble avsluttet uten at saken {reference} ble lagret. En sikkerhetskopi fra {when} finnes. Vil du gjenopprette den?</source>
        <translation>The program closed without the case {reference} being saved. There is a backup from {when}. Do you want to restore it?</translation>
    </message>
    <message>
        <source>(uten saksnummer)</source>
        <translation>(no case number)</translation>
    </message>
    <message>
        <source>Saken ble åpnet fra {file}.</source>
        <translation>The case was opened from {file}.</translation>
    </message>
    <message>
        <source>En sikkerhetskopi fra en tidligere økt er skadet og kan ikke gjenopprettes: {file}. Vil du slette den?</source>
        <translation>A backup from an earlier session is damaged and cannot be restored: {file}. Do you want to delete it?</translation>
    </message>
    <message>
        <source>Sikkerhetskopien er beholdt til neste lagring: {file}</source>
        <translation>The backup is kept until the next save: {file}</translation>
    </message>
    <message>
        <source>Sikkerhetskopien kunne ikke leses: {error}</source>
        <translation>The backup could not be read: {error}</translation>
    </message>
    <message>
        <source>Mappe med saker</source>
        <translation>Folder with cases</translation>
    </message>
    <message>
        <source>Åpne sak</source>
        <translation>Open case</translation>
    </message>
    <message>
        <source>sak</source>
        <translation>case</translation>
    </message>
    <message>
        <source>Lagre sak</source>
        <translation>Save case</translation>
    </message>
    <message>
        <source>en annen bruker</source>
        <translation>another user</translation>
    </message>
    <message>
        <source>Saken er allerede åpen hos {user} på maskinen {host} (siden {since}). Lagrer dere begge, går den enes endringer tapt.</source>
        <translation>The case is already open by {user} on the computer {host} (since {since}). If you both save, one of you loses their changes.</translation>
    </message>
    <message>
        <source>Åpne &amp;skrivebeskyttet</source>
        <translation>Open &amp;read-only</translation>
    </message>
    <message>
        <source>Åpne og &amp;overta</source>
        <translation>Open and &amp;take over</translation>
    </message>
    <message>
        <source>Filen {file} er flyttet eller slettet siden saken ble åpnet. Vil du lagre saken der likevel?</source>
        <translation>The file {file} has been moved or deleted since the case was opened. Do you want to save the case there anyway?</translation>
    </message>
    <message>
        <source>Filen {file} er ikke den saken ble åpnet fra, eller det kan ikke avgjøres. Den kan høre til en annen søker. Vil du lagre over den likevel?</source>
        <translation>The file {file} is not the one the case was opened from, or this cannot be determined. It may belong to another applicant. Do you want to save over it anyway?</translation>
    </message>
    <message>
        <source>Filen {file} er endret på disken siden saken ble åpnet eller lagret (av et annet program eller en annen saksbehandler). Lagrer du, går de endringene tapt. Vil du lagre over den?</source>
        <translation>The file {file} has changed on disk since the case was opened or saved (by another program or another caseworker). If you save, those changes are lost. Do you want to save over it?</translation>
    </message>
    <message>
        <source>Filen {file} er skrivebeskyttet. Vil du lagre over den likevel?</source>
        <translation>The file {file} is read-only. Do you want to save over it anyway?</translation>
    </message>
    <message>
        <source>Kunne ikke åpne {file}.</source>
        <translation>Could not open {file}.</translation>
    </message>
    <message>
        <source>Kunne ikke åpne {file}: saken har ugyldige verdier.</source>
        <translation>Could not open {file}: the case has invalid values.</translation>
    </message>
    <message>
        <source>Saken er åpnet skrivebeskyttet fordi den er åpen et annet sted. Lagre den under et annet navn.</source>
        <translation>The case is open read-only because it is open elsewhere. Save it under another name.</translation>
    </message>
    <message>
        <source>{file} er åpen hos {user} på maskinen {host}. Velg et annet navn.</source>
        <translation>{file} is open by {user} on the computer {host}. Choose another name.</translation>
    </message>
    <message>
        <source>Lagret {file}</source>
        <translation>Saved {file}</translation>
    </message>
    <message>
        <source>&amp;Tøm listen</source>
        <translation>&amp;Clear the list</translation>
    </message>
    <message>
        <source>nedbetalingsplan</source>
        <translation>payment-plan</translation>
    </message>
    <message>
        <source>Eksporter nedbetalingsplan</source>
        <translation>Export payment plan</translation>
    </message>
    <message>
        <source>Kunne ikke lagre CSV: {error}</source>
        <translation>Could not save CSV: {error}</translation>
    </message>
    <message>
        <source>Tallene kan være feil etter en uventet feil. Endre en verdi eller åpne saken på nytt så den beregnes igjen, før du lager budsjettarket.</source>
        <translation>The figures may be wrong after an unexpected error. Change a value or reopen the case so it is recalculated before you make the budget sheet.</translation>
    </message>
    <message>
        <source>Rett opp feltene som er merket med rødt før du lager budsjettarket.</source>
        <translation>Correct the fields marked in red before making the budget sheet.</translation>
    </message>
    <message>
        <source>Saken har ingen lånescenarioer å lage budsjettark for.</source>
        <translation>The case has no loan scenarios to make a budget sheet for.</translation>
    </message>
    <message>
        <source>budsjett</source>
        <translation>budget</translation>
    </message>
    <message>
        <source>Eksporter budsjettark</source>
        <translation>Export budget sheet</translation>
    </message>
    <message>
        <source>Kunne ikke lagre PDF: {error}</source>
        <translation>Could not save PDF: {error}</translation>
    </message>
    <message>
        <source>Budsjettarket er lagret: {file}</source>
        <translation>The budget sheet is saved: {file}</translation>
    </message>
    <message>
        <source>Arket til søkeren trenger minst ett lånescenario uten feil.</source>
        <translation>The applicant&apos;s page needs at least one loan scenario without errors.</translation>
    </message>
    <message>
        <source>Arket til søkeren er lagret: {file}</source>
        <translation>The applicant&apos;s page has been saved: {file}</translation>
    </message>
    <message>
        <source>Gjennomgangen trenger minst ett lånescenario uten feil.</source>
        <translation>The walk-through needs at least one loan scenario without errors.</translation>
    </message>
    <message>
        <source>Innstillingene er lagret. De gjelder for nye saker og nye scenarioer.</source>
        <translation>The settings are saved. They apply to new cases and new scenarios.</translation>
    </message>
    <message>
        <source>Forhåndsvisning – budsjett for startlån</source>
        <translation>Preview – start-up loan budget</translation>
    </message>
    <message>
        <source>Åpner datamaskinens utskriftsdialog</source>
        <translation>Opens the computer&apos;s print dialog</translation>
    </message>
    <message>
        <source>går opp</source>
        <translation>adds up</translation>
    </message>
    <message>
        <source>stramt</source>
        <translation>tight</translation>
    </message>
    <message>
        <source>går ikke opp</source>
        <translation>does not add up</translation>
    </message>
    <message>
        <source>Det som er igjen hver måned etter livsopphold (SIFO, minst NAV-satsen) og alle utgifter.</source>
        <translation>What is left each month after living costs (SIFO, at least the NAV rate) and all expenses.</translation>
    </message>
    <message>
        <source>Renten der restbeløpet blir null.</source>
        <translation>The rate at which the residual reaches zero.</translation>
    </message>
    <message>
        <source>Største startlån der restbeløpet er null ved stresstestrenten.</source>
        <translation>The largest start-up loan at which the residual is zero at the stress-test rate.</translation>
    </message>
    <message>
        <source>Boutgifter utenom lånet</source>
        <translation>Housing costs besides the loan</translation>
    </message>
    <message>
        <source>Disponibelt til startlån</source>
        <translation>Available for the start-up loan</translation>
    </message>
    <message>
        <source>Boutgift sammenlignet med husleie</source>
        <translation>Housing cost compared with rent</translation>
    </message>
    <message>
        <source>Ny boutgift: {amount}</source>
        <translation>New housing cost: {amount}</translation>
    </message>
    <message>
        <source>husleie i dag: {rent}</source>
        <translation>rent today: {rent}</translation>
    </message>
    <message>
        <source>husleie i dag: ikke oppgitt</source>
        <translation>rent today: not given</translation>
    </message>
    <message>
        <source>egnet leiebolig: {rent}</source>
        <translation>suitable rented home: {rent}</translation>
    </message>
    <message>
        <source>Boutgifter i ny bolig med «{scenario}», sammenlignet med husleie</source>
        <translation>Housing costs in the new home with “{scenario}”, compared with rent</translation>
    </message>
    <message>
        <source>SIFO: {sifo} · NAV-gulv: {nav}</source>
        <translation>SIFO: {sifo} · NAV floor: {nav}</translation>
    </message>
    <message>
        <source>⚠ NAV-gulvet brukes</source>
        <translation>⚠ the NAV floor is used</translation>
    </message>
    <message>
        <source>Sammenligning av scenarioer</source>
        <translation>Comparison of scenarios</translation>
    </message>
    <message>
        <source>{scenario}: klikk for diagram og nedbetalingsplan, dobbeltklikk for å endre</source>
        <translation>{scenario}: click for charts and payment plan, double-click to edit</translation>
    </message>
    <message>
        <source>Finansieringsplan per scenario</source>
        <translation>Financing plan per scenario</translation>
    </message>
    <message>
        <source>Termin</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Gebyr</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Terminbeløp</source>
        <translation>Payment amount</translation>
    </message>
    <message>
        <source>Scenario for nedbetalingsplan</source>
        <translation>Scenario for the payment plan</translation>
    </message>
    <message>
        <source>Per termin</source>
        <translation>Per payment</translation>
    </message>
    <message>
        <source>Per år</source>
        <translation>Per year</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Scenario:</translation>
    </message>
    <message>
        <source>Fast 3 år</source>
        <translation>Fixed 3 years</translation>
    </message>
    <message>
        <source>Fast 5 år</source>
        <translation>Fixed 5 years</translation>
    </message>
    <message>
        <source>Fast 10 år</source>
        <translation>Fixed 10 years</translation>
    </message>
    <message>
        <source>Fast 20 år</source>
        <translation>Fixed 20 years</translation>
    </message>
    <message>
        <source>Innstillinger</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Saksbehandler</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <source>Kredittkort: andel av ramme (%)</source>
        <translation>Credit card: share of limit (%)</translation>
    </message>
    <message>
        <source>SIFO-år for nye saker</source>
        <translation>SIFO year for new cases</translation>
    </message>
    <message>
        <source>Bindingstid i nye saker</source>
        <translation>Fixed-rate period in new cases</translation>
    </message>
    <message>
        <source>Husbankens renter (månedlige terminer, nominell % per år)</source>
        <translation>Husbanken&apos;s rates (monthly payments, nominal % per year)</translation>
    </message>
    <message>
        <source>Gjelder fra</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Enslig</source>
        <translation>Single</translation>
    </message>
    <message>
        <source>Par</source>
        <translation>Couple</translation>
    </message>
    <message>
        <source>I bofellesskap</source>
        <translation>Sharing</translation>
    </message>
    <message>
        <source>Barn 0–5</source>
        <translation>Child 0–5</translation>
    </message>
    <message>
        <source>Barn 6–10</source>
        <translation>Child 6–10</translation>
    </message>
    <message>
        <source>Barn 11–17</source>
        <translation>Child 11–17</translation>
    </message>
    <message>
        <source>Kilde</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Skriv datoen som dd.mm.åååå, for eksempel 01.01.2026.</source>
        <translation>Type the date as dd.mm.yyyy, for example 01.01.2026.</translation>
    </message>
    <message>
        <source>Satsen må være mellom 0 og 100 000 kr per måned.</source>
        <translation>The rate must be between 0 and 100 000 kr a month.</translation>
    </message>
    <message>
        <source>Skriv kilden (rundskriv eller nettside) ved satsene.</source>
        <translation>Type the source (circular or web page) beside the rates.</translation>
    </message>
    <message>
        <source>Det må være minst én rad med satser.</source>
        <translation>There must be at least one row of rates.</translation>
    </message>
    <message>
        <source>To rader gjelder fra samme dato.</source>
        <translation>Two rows apply from the same date.</translation>
    </message>
    <message>
        <source>Skatt på alminnelig inntekt, tiltakssonen</source>
        <translation>Tax on ordinary income, action zone</translation>
    </message>
    <message>
        <source>Særfradrag Finnmark og Nord-Troms</source>
        <translation>Special deduction Finnmark and Nord-Troms</translation>
    </message>
    <message>
        <source>Personfradrag</source>
        <translation>Personal allowance</translation>
    </message>
    <message>
        <source>Minstefradrag lønn, sats</source>
        <translation>Minimum deduction wages, rate</translation>
    </message>
    <message>
        <source>Minstefradrag lønn, øvre grense</source>
        <translation>Minimum deduction wages, ceiling</translation>
    </message>
    <message>
        <source>Minstefradrag pensjon, sats</source>
        <translation>Minimum deduction pension, rate</translation>
    </message>
    <message>
        <source>Minstefradrag pensjon, øvre grense</source>
        <translation>Minimum deduction pension, ceiling</translation>
    </message>
    <message>
        <source>Minstefradrag lønn og pensjon samlet, øvre grense</source>
        <translation>Minimum deduction wages and pension together, ceiling</translation>
    </message>
    <message>
        <source>Trygdeavgift lønn og ytelser</source>
        <translation>Social security contribution, wages and benefits</translation>
    </message>
    <message>
        <source>Trygdeavgift pensjon</source>
        <translation>Social security contribution, pension</translation>
    </message>
    <message>
        <source>Trygdeavgift lønn, under 17 og over 69 år</source>
        <translation>Social security contribution, wages under 17 and over 69</translation>
    </message>
    <message>
        <source>Trygdeavgift, nedre grense</source>
        <translation>Social security contribution, lower threshold</translation>
    </message>
    <message>
        <source>Trygdeavgift, opptrappingssats</source>
        <translation>Social security contribution, phase-in rate</translation>
    </message>
    <message>
        <source>Skattefradrag for pensjon, største fradrag</source>
        <translation>Pension tax credit, maximum</translation>
    </message>
    <message>
        <source>Skattefradrag for pensjon, grense trinn 1</source>
        <translation>Pension tax credit, step 1 threshold</translation>
    </message>
    <message>
        <source>Skattefradrag for pensjon, avkorting trinn 1</source>
        <translation>Pension tax credit, step 1 reduction rate</translation>
    </message>
    <message>
        <source>Skattefradrag for pensjon, grense trinn 2</source>
        <translation>Pension tax credit, step 2 threshold</translation>
    </message>
    <message>
        <source>Skattefradrag for pensjon, avkorting trinn 2</source>
        <translation>Pension tax credit, step 2 reduction rate</translation>
    </message>
    <message>
        <source>Skatteverdi av rentefradrag</source>
        <translation>Tax value of the interest deduction</translation>
    </message>
    <message>
        <source>Skatteverdi av rentefradrag, tiltakssonen</source>
        <translation>Tax value of the interest deduction, action zone</translation>
    </message>
    <message>
        <source>Barnetrygd per barn under 6 år</source>
        <translation>Child benefit per child under 6</translation>
    </message>
    <message>
        <source>Barnetrygd per barn 6–17 år</source>
        <translation>Child benefit per child 6–17</translation>
    </message>
    <message>
        <source>Finnmarks- og Svalbardtillegg per barn</source>
        <translation>Finnmark and Svalbard supplement per child</translation>
    </message>
    <message>
        <source>Småbarnstillegg</source>
        <translation>Infant supplement</translation>
    </message>
    <message>
        <source>Lek og mediebruk</source>
        <translation>Play and media</translation>
    </message>
    <message>
        <source>Mat, gravid</source>
        <translation>Food, pregnant</translation>
    </message>
    <message>
        <source>Mat, ammende</source>
        <translation>Food, breastfeeding</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>barn 6–19 år</source>
        <translation>child 6–19</translation>
    </message>
    <message>
        <source>voksen 20–66 år</source>
        <translation>adult 20–66</translation>
    </message>
    <message>
        <source>67 år og eldre</source>
        <translation>67 and older</translation>
    </message>
    <message>
        <source>student 20–29 år</source>
        <translation>student 20–29</translation>
    </message>
    <message>
        <source>Babyutstyr</source>
        <translation>Baby equipment</translation>
    </message>
    <message>
        <source>før fødsel</source>
        <translation>before birth</translation>
    </message>
    <message>
        <source>under 1 år</source>
        <translation>under 1</translation>
    </message>
    <message>
        <source>Bil</source>
        <translation>Car</translation>
    </message>
    <message>
        <source>lav inntekt</source>
        <translation>low income</translation>
    </message>
    <message>
        <source>heltid</source>
        <translation>full time</translation>
    </message>
    <message>
        <source>deltid</source>
        <translation>part time</translation>
    </message>
    <message>
        <source>Matskala</source>
        <translation>Food scale</translation>
    </message>
    <message>
        <source>reduksjon for par med tre eller flere barn</source>
        <translation>reduction for couples with three or more children</translation>
    </message>
    <message>
        <source>{lo}–{hi} mnd</source>
        <translation>{lo}–{hi} months</translation>
    </message>
    <message>
        <source>{lo} år og eldre</source>
        <translation>{lo} and older</translation>
    </message>
    <message>
        <source>{lo}–{hi} år</source>
        <translation>{lo}–{hi} years</translation>
    </message>
    <message>
        <source>{lo} år</source>
        <translation>{lo} years</translation>
    </message>
    <message>
        <source>{n} pers.</source>
        <translation>{n} persons</translation>
    </message>
    <message>
        <source>Gebyrer ved tvangssalg</source>
        <translation>Forced-sale fees</translation>
    </message>
    <message>
        <source>Meglerkostnad, andel av salgssum</source>
        <translation>Estate agent&apos;s cost, share of the sale price</translation>
    </message>
    <message>
        <source>Reduksjon for yngste fra fjerde person i husstanden</source>
        <translation>Reduction for the youngest from the fourth household member</translation>
    </message>
    <message>
        <source>Trinnskatt trinn {n}, innslagspunkt</source>
        <translation>Bracket tax step {n}, threshold</translation>
    </message>
    <message>
        <source>Trinnskatt trinn {n}, sats</source>
        <translation>Bracket tax step {n}, rate</translation>
    </message>
    <message>
        <source>Par, samlet</source>
        <translation>Couple, together</translation>
    </message>
    <message>
        <source>Hver voksen til</source>
        <translation>Each further adult</translation>
    </message>
    <message>
        <source>Barn 11–14</source>
        <translation>Child 11–14</translation>
    </message>
    <message>
        <source>Barn 15–17</source>
        <translation>Child 15–17</translation>
    </message>
    <message>
        <source>Etableringsgebyr, elektronisk søknad</source>
        <translation>Establishment fee, electronic application</translation>
    </message>
    <message>
        <source>Etableringsgebyr, papirsøknad</source>
        <translation>Establishment fee, paper application</translation>
    </message>
    <message>
        <source>Termingebyr, elektronisk</source>
        <translation>Term fee, electronic</translation>
    </message>
    <message>
        <source>Termingebyr, papir</source>
        <translation>Term fee, paper</translation>
    </message>
    <message>
        <source>Tinglysing av pant</source>
        <translation>Registering the mortgage</translation>
    </message>
    <message>
        <source>Tabellen har feil antall rader.</source>
        <translation>The table has the wrong number of rows.</translation>
    </message>
    <message>
        <source>Tallet må være mellom {lo} og {hi} {unit}.</source>
        <translation>The figure must be between {lo} and {hi} {unit}.</translation>
    </message>
    <message>
        <source>Datoen kan ikke være eldre enn programmets egne tall ({date}): da gjelder de.</source>
        <translation>The date cannot be older than the program&apos;s own figures ({date}): they would apply.</translation>
    </message>
    <message>
        <source>Skriv kilden ved tallene (nettside, vedtak eller rundskriv).</source>
        <translation>Type the source beside the figures (web page, decision or circular).</translation>
    </message>
    <message>
        <source>Påslag på styringsrenten (startlån)</source>
        <translation>Add-on to the policy rate (start loan)</translation>
    </message>
    <message>
        <source>Bankenes påslag på lånerenten</source>
        <translation>The banks&apos; add-on to the loan rate</translation>
    </message>
    <message>
        <source>Bankenes minste stressrente</source>
        <translation>The banks&apos; lowest stress rate</translation>
    </message>
    <message>
        <source>«{field}» må være mellom 0 og {hi}.</source>
        <translation>«{field}» must be between 0 and {hi}.</translation>
    </message>
    <message>
        <source>Regel</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Dato for styringsrenten</source>
        <translation>Date of the policy rate</translation>
    </message>
    <message>
        <source>Kilde for styringsrenten</source>
        <translation>Source of the policy rate</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margin</translation>
    </message>
    <message>
        <source>Kommunens vanlige vilkår (utenfor gir en merknad, aldri et avslag)</source>
        <translation>The municipality&apos;s usual terms (outside them gives a note, never a refusal)</translation>
    </message>
    <message>
        <source>Vanlig lengste løpetid</source>
        <translation>Usual longest term</translation>
    </message>
    <message>
        <source>Begge</source>
        <translation>Both</translation>
    </message>
    <message>
        <source>Vanlig lånetype</source>
        <translation>Usual loan type</translation>
    </message>
    <message>
        <source>Vanlig rentetype</source>
        <translation>Usual rate type</translation>
    </message>
    <message>
        <source>Startlånet kan finansiere inntil 100 % av kjøpesum og kjøpskostnader; tilskudd brukes bare for resten.</source>
        <translation>The start loan may finance up to 100 % of the price and purchase costs; a grant only covers the rest.</translation>
    </message>
    <message>
        <source>Startlånets tak (av kjøpesum og kjøpskostnader)</source>
        <translation>Start loan ceiling (of price and purchase costs)</translation>
    </message>
    <message>
        <source>Tilbakestill rentene til programmets rentetabell</source>
        <translation>Reset the rates to the program&apos;s rate table</translation>
    </message>
    <message>
        <source>Generelt</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Ring 78 98 00 00 og spør etter startlån.</source>
        <translation>Call 78 98 00 00 and ask for start loans.</translation>
    </message>
    <message>
        <source>Hvem søkeren kan ringe</source>
        <translation>Who the applicant can call</translation>
    </message>
    <message>
        <source>Kommunens eget gebyr i nye saker. Husbankens gebyrer (til sammenligning) står under «Andre data».</source>
        <translation>The municipality&apos;s own fee in new cases. Husbanken&apos;s fees (for comparison) are under «Other data».</translation>
    </message>
    <message>
        <source>Renter og stresstest</source>
        <translation>Rates and stress test</translation>
    </message>
    <message>
        <source>Kilde for rentene</source>
        <translation>Source of the rates</translation>
    </message>
    <message>
        <source>Styringsrente + påslag (Husbanken)</source>
        <translation>Policy rate + add-on (Husbanken)</translation>
    </message>
    <message>
        <source>Lim inn tabellen fra husbanken.no/rente her (med datoen)</source>
        <translation>Paste the table from husbanken.no/rente here (with its date)</translation>
    </message>
    <message>
        <source>Innlimt rentetabell</source>
        <translation>Pasted rate table</translation>
    </message>
    <message>
        <source>Les inn limt tabell</source>
        <translation>Read pasted table</translation>
    </message>
    <message>
        <source>Lim inn</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>Lest inn: renter fra {date}, flytende {rate}. Trykk OK for å lagre.</source>
        <translation>Read: rates from {date}, floating {rate}. Press OK to save.</translation>
    </message>
    <message>
        <source>NAV-satser</source>
        <translation>NAV rates</translation>
    </message>
    <message>
        <source>NAVs veiledende satser for livsopphold, kr per måned: én rad per år. Saken bruker raden som gjelder på saksdatoen. Skriv kilden (rundskriv) ved tallene.</source>
        <translation>NAV&apos;s guideline rates for living costs, kr a month: one row per year. The case uses the row in force on the case date. Type the source (circular) beside the figures.</translation>
    </message>
    <message>
        <source>Legg til år</source>
        <translation>Add year</translation>
    </message>
    <message>
        <source>Fjern valgt rad</source>
        <translation>Remove selected row</translation>
    </message>
    <message>
        <source>Rad {row}, «{column}»: {message}</source>
        <translation>Row {row}, “{column}”: {message}</translation>
    </message>
    <message>
        <source>Andre data</source>
        <translation>Other data</translation>
    </message>
    <message>
        <source>Datapakke</source>
        <translation>Data pack</translation>
    </message>
    <message>
        <source>En datapakke (JSON) fra kommunens IT eller en kollega bringer nye tall uten ny programversjon. Endringene vises før du tar dem i bruk.</source>
        <translation>A data pack (JSON) from the municipality&apos;s IT or a colleague brings new figures without a new app version. The changes are shown before you apply them.</translation>
    </message>
    <message>
        <source>Importer datapakke …</source>
        <translation>Import data pack …</translation>
    </message>
    <message>
        <source>Eksporter dataene som gjelder …</source>
        <translation>Export the data in force …</translation>
    </message>
    <message>
        <source>Nå</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Etter import</source>
        <translation>After import</translation>
    </message>
    <message>
        <source>Endringer i datapakken</source>
        <translation>Changes in the data pack</translation>
    </message>
    <message>
        <source>Ta i bruk endringene</source>
        <translation>Apply the changes</translation>
    </message>
    <message>
        <source>Dataene som gjelder nå</source>
        <translation>The data in force now</translation>
    </message>
    <message>
        <source>Importer datapakke</source>
        <translation>Import data pack</translation>
    </message>
    <message>
        <source>Datapakke (*.json)</source>
        <translation>Data pack (*.json)</translation>
    </message>
    <message>
        <source>Eksporter datapakke</source>
        <translation>Export data pack</translation>
    </message>
    <message>
        <source>Eksportert til {file}.</source>
        <translation>Exported to {file}.</translation>
    </message>
    <message>
        <source>Datapakken er avvist, ingenting er endret: {error}</source>
        <translation>The data pack is refused, nothing has changed: {error}</translation>
    </message>
    <message>
        <source>Datapakken endrer ingenting: tallene i den gjelder allerede.</source>
        <translation>The data pack changes nothing: its figures are already in force.</translation>
    </message>
    <message>
        <source>Dette endres når du tar datapakken i bruk (se over først):</source>
        <translation>This changes when you apply the data pack (look it over first):</translation>
    </message>
    <message>
        <source>Tatt i bruk: {n} endringer. De gjelder nye saker; åpne saker beholder sine tall til du velger «Bruk dagens data».</source>
        <translation>Applied: {n} changes. They apply to new cases; open cases keep their figures until you choose “Use today’s data”.</translation>
    </message>
    <message>
        <source>{what} fra {date} kan være endret {change}: sjekk {where}.</source>
        <translation>{what} from {date} may have changed on {change}: check {where}.</translation>
    </message>
    <message>
        <source>{what} fra {date} er eldre enn seks måneder: sjekk {where}.</source>
        <translation>{what} from {date} is older than six months: check {where}.</translation>
    </message>
    <message>
        <source>{what} fra {date}; neste kjente endring {change}.</source>
        <translation>{what} from {date}; next known change {change}.</translation>
    </message>
    <message>
        <source>{what} fra {date}.</source>
        <translation>{what} from {date}.</translation>
    </message>
    <message>
        <source>Rentetabellen</source>
        <translation>The rate table</translation>
    </message>
    <message>
        <source>Rett opp feltene som er merket før du lagrer.</source>
        <translation>Correct the marked fields before saving.</translation>
    </message>
    <message>
        <source>Rett opp NAV-satsene som er merket før du lagrer.</source>
        <translation>Correct the marked NAV rates before saving.</translation>
    </message>
    <message>
        <source>Rett opp tallet som er merket under «Andre data» før du lagrer.</source>
        <translation>Correct the figure marked under «Other data» before saving.</translation>
    </message>
    <message>
        <source>Pengene dere har</source>
        <translation>The money you have</translation>
    </message>
    <message>
        <source>Hva livet koster</source>
        <translation>What living costs</translation>
    </message>
    <message>
        <source>Hva boligen koster utenom lånet</source>
        <translation>What the home costs besides the loan</translation>
    </message>
    <message>
        <source>Lånealternativene</source>
        <translation>The loan options</translation>
    </message>
    <message>
        <source>Hvis renten stiger</source>
        <translation>If the rate rises</translation>
    </message>
    <message>
        <source>Oppsummert</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Igjen hver måned: {left}, behov {need}</source>
        <translation>Left each month: {left}, need {need}</translation>
    </message>
    <message>
        <source>Pause – trykk B for å fortsette</source>
        <translation>Paused – press B to continue</translation>
    </message>
    <message>
        <source>Gjennomgang</source>
        <translation>Walk-through</translation>
    </message>
    <message>
        <source>◀ Tilbake</source>
        <translation>◀ Back</translation>
    </message>
    <message>
        <source>Neste ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Ordliste</source>
        <translation>Glossary</translation>
    </message>
    <message>
        <source>Ark til søkeren (PDF) …</source>
        <translation>Page for the applicant (PDF) …</translation>
    </message>
    <message>
        <source>Vis ved siden av</source>
        <translation>Show beside</translation>
    </message>
    <message>
        <source>Ett alternativ</source>
        <translation>One option</translation>
    </message>
    <message>
        <source>Ved siden av: {scenario}</source>
        <translation>Beside it: {scenario}</translation>
    </message>
    <message>
        <source>Trykk O for å lukke ordlisten.</source>
        <translation>Press O to close the glossary.</translation>
    </message>
    <message>
        <source>Steg {step} av {steps}: {title}</source>
        <translation>Step {step} of {steps}: {title}</translation>
    </message>
    <message>
        <source>Til sammen {amount} hver måned</source>
        <translation>{amount} a month in all</translation>
    </message>
    <message>
        <source>Dette kommer inn hver måned, etter skatt:</source>
        <translation>This comes in each month, after tax:</translation>
    </message>
    <message>
        <source>Til sammen</source>
        <translation>In total</translation>
    </message>
    <message>
        <source>Av {income} hver måned går dette til livet:</source>
        <translation>Of {income} a month, this goes to living:</translation>
    </message>
    <message>
        <source>Mat, klær, transport og annet dere trenger hver måned:</source>
        <translation>Food, clothes, transport and other things you need each month:</translation>
    </message>
    <message>
        <source>Etter SIFOs referansebudsjett</source>
        <translation>By SIFO&apos;s reference budget</translation>
    </message>
    <message>
        <source>Med deres egne tall</source>
        <translation>With your own figures</translation>
    </message>
    <message>
        <source>Laveste beløp vi kan regne med (NAV)</source>
        <translation>Lowest amount we can count on (NAV)</translation>
    </message>
    <message>
        <source>Andre faste utgifter (lån, kort, bidrag)</source>
        <translation>Other fixed expenses (loans, cards, support)</translation>
    </message>
    <message>
        <source>Vi regner med til livsopphold</source>
        <translation>We count on for living costs</translation>
    </message>
    <message>
        <source>Husleie</source>
        <translation>Rent</translation>
    </message>
    <message>
        <source>Dette koster boligen hver måned, i tillegg til lånet:</source>
        <translation>This is what the home costs each month, on top of the loan:</translation>
    </message>
    <message>
        <source>Til sammenligning: husleie i dag</source>
        <translation>For comparison: rent today</translation>
    </message>
    <message>
        <source>Slik fordeles inntekten på {income} hver måned med «{scenario}»:</source>
        <translation>How the income of {income} a month is spent with “{scenario}”:</translation>
    </message>
    <message>
        <source>Slik fordeles inntekten på {income} hver måned:</source>
        <translation>How the income of {income} a month is spent:</translation>
    </message>
    <message>
        <source>Lånet: {amount}</source>
        <translation>Loan: {amount}</translation>
    </message>
    <message>
        <source>Igjen: {amount}</source>
        <translation>Left: {amount}</translation>
    </message>
    <message>
        <source>«Igjen» er det som er igjen til livsopphold hver måned. Den svarte streken er det dere trenger: {need}. Grønt forbi streken er nok.</source>
        <translation>“Left” is what is left for living costs each month. The black line is what you need: {need}. Green past the line is enough.</translation>
    </message>
    <message>
        <source>Flytt på renten og se hva som skjer med «{scenario}»:</source>
        <translation>Move the rate and see what happens to “{scenario}”:</translation>
    </message>
    <message>
        <source>Flytt på renten og se hva som skjer med «{scenario}» og «{other}»:</source>
        <translation>Move the rate and see what happens to “{scenario}” and “{other}”:</translation>
    </message>
    <message>
        <source>Budsjettet går ikke opp hvis renten blir høyere enn {rate}. Dagens rente: {today}. Stresstest: {stress}.</source>
        <translation>The budget does not add up if the rate goes above {rate}. Today&apos;s rate: {today}. Stress test: {stress}.</translation>
    </message>
    <message>
        <source>Rente: {rate}</source>
        <translation>Rate: {rate}</translation>
    </message>
    <message>
        <source>nok</source>
        <translation>enough</translation>
    </message>
    <message>
        <source>{amount} for lite</source>
        <translation>{amount} too little</translation>
    </message>
    <message>
        <source>Igjen hver måned: {left} ({enough})</source>
        <translation>Left each month: {left} ({enough})</translation>
    </message>
    <message>
        <source>Slik betales boligen ({total})</source>
        <translation>How the home is paid for ({total})</translation>
    </message>
    <message>
        <source>Slik betales boligen ({total}): egne penger {equity}, banklån {bank}, startlån {startlan}</source>
        <translation>How the home is paid for ({total}): own money {equity}, bank loan {bank}, start-up loan {startlan}</translation>
    </message>
    <message>
        <source>, overtatt fellesgjeld {amount}</source>
        <translation>, joint debt taken over {amount}</translation>
    </message>
    <message>
        <source>og tilskudd {amount}.</source>
        <translation>and a grant of {amount}.</translation>
    </message>
    <message>
        <source>Tallet er for stort.</source>
        <translation>The number is too large.</translation>
    </message>
    <message>
        <source>Feltet kan ikke være tomt.</source>
        <translation>The field cannot be empty.</translation>
    </message>
    <message>
        <source>Dette er et kronebeløp, ikke prosent. Skriv beløpet i kroner, for eksempel 12 500.</source>
        <translation>This is an amount in kroner, not a percentage. Enter the amount in kroner, for example 12 500.</translation>
    </message>
    <message>
        <source>Skriv et kronebeløp, for eksempel 12 500 eller 28.400.</source>
        <translation>Enter an amount in kroner, for example 12 500 or 28.400.</translation>
    </message>
    <message>
        <source>Uklart tall: skriv kroner på norsk, med komma før øre (1 234,50).</source>
        <translation>Unclear number: write kroner the Norwegian way, with a comma before øre (1 234,50).</translation>
    </message>
    <message>
        <source>Uklart tall: komma står foran øre (høyst to sifre). Mente du {example}?</source>
        <translation>Unclear number: a comma comes before øre (two digits at most). Did you mean {example}?</translation>
    </message>
    <message>
        <source>Uklart tall: i kronebeløp er punktum tusenskille og står foran tre sifre (28.400 = 28 400 kr). Øre skrives med komma (28,40).</source>
        <translation>Unclear number: in kroner a dot separates thousands and comes before three digits (28.400 = 28 400 kr). Øre are written after a comma (28,40).</translation>
    </message>
    <message>
        <source>Uklart tall: skriv sifrene i grupper på tre (1 234 567) eller uten mellomrom.</source>
        <translation>Unclear number: write the digits in groups of three (1 234 567) or without spaces.</translation>
    </message>
    <message>
        <source>Dette er en rente i prosent, ikke kroner. Skriv for eksempel 4,275.</source>
        <translation>This is a rate in percent, not kroner. Enter for example 4,275.</translation>
    </message>
    <message>
        <source>Skriv en rente med komma eller punktum, for eksempel 4,275.</source>
        <translation>Enter a rate with a comma or a dot, for example 4,275.</translation>
    </message>
    <message>
        <source>Skriv et tall, for eksempel 12 eller 2,5.</source>
        <translation>Enter a number, for example 12 or 2,5.</translation>
    </message>
    <message>
        <source>Datoen er utenfor gyldig område.</source>
        <translation>The date is out of range.</translation>
    </message>
    <message>
        <source>Må være mellom {lo} og {hi}{unit}.</source>
        <translation>Must be between {lo} and {hi}{unit}.</translation>
    </message>
    <message>
        <source>Feilmeldinger</source>
        <translation>Error messages</translation>
    </message>
    <message>
        <source>Fjern rad {row}</source>
        <translation>Remove row {row}</translation>
    </message>
    <message>
        <source>{column} (rad {row})</source>
        <translation>{column} (row {row})</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nei</source>
        <translation>no</translation>
    </message>
    <message>
        <source>dd.mm.åååå</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <source>mm.åååå</source>
        <translation>mm.yyyy</translation>
    </message>
    <message>
        <source>Skriv datoen som dd.mm.åååå, for eksempel 24.12.2019.</source>
        <translation>Enter the date as dd.mm.yyyy, for example 24.12.2019.</translation>
    </message>
    <message>
        <source>Forhold: {flags}</source>
        <translation>Situation: {flags}</translation>
    </message>
    <message>
        <source>ingen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Hvis boligen må selges etter {years} år og prisene har falt {fall} %, står dere igjen med {amount} i gjeld.</source>
        <translation>If the home has to be sold after {years} years and prices have fallen {fall} %, you are left with {amount} of debt.</translation>
    </message>
    <message>
        <source>Hvis boligen må selges etter {years} år og prisene har falt {fall} %, dekker salget gjelden, og dere sitter igjen med om lag {amount}.</source>
        <translation>If the home has to be sold after {years} years and prices have fallen {fall} %, the sale covers the debt and you keep about {amount}.</translation>
    </message>
    <message>
        <source>Lang løpetid bygger egenkapital sakte: etter 10 år skylder dere om lag {b30} med 30 års løpetid, men {b50} med 50 år.</source>
        <translation>A long term builds equity slowly: after 10 years you owe about {b30} on a 30-year term, but {b50} on 50 years.</translation>
    </message>
    <message>
        <source>Gjeld som står igjen etter et salg når prisene har falt, etter salgskostnader ({fee} og {pct} av salgssummen; ubekreftede standardverdier som saksbehandleren kan endre). Negative beløp betyr at salget gir mer enn gjelden. Dere er ansvarlige for gjeld som salget ikke dekker.</source>
        <translation>Debt left after a sale when prices have fallen, after sale costs ({fee} and {pct} of the sale price; unconfirmed defaults the caseworker can change). Negative amounts mean the sale brings more than the debt. You are liable for debt the sale does not cover.</translation>
    </message>
    <message>
        <source>Salg etter</source>
        <translation>Sold after</translation>
    </message>
    <message>
        <source>Gjeld</source>
        <translation>Debt</translation>
    </message>
    <message>
        <source>Gjeld (kr)</source>
        <translation>Debt (kr)</translation>
    </message>
    <message>
        <source>Prisfall {fall} %</source>
        <translation>Prices down {fall} %</translation>
    </message>
    <message>
        <source>Gjeld mot salgsverdi</source>
        <translation>Debt against sale value</translation>
    </message>
    <message>
        <source>Diagram: gjeld per år mot salgsverdien ved prisfall</source>
        <translation>Chart: debt per year against the sale value at falling prices</translation>
    </message>
    <message>
        <source>Gjeld etter tvangssalg per år og prisfall</source>
        <translation>Debt after a forced sale by year and fall in prices</translation>
    </message>
    <message>
        <source>Legg inn kjøpesum under Bolig for å se gjelden etter et salg.</source>
        <translation>Enter the purchase price under Home to see the debt after a sale.</translation>
    </message>
    <message>
        <source>Over- og underkurs etter år og renteendring</source>
        <translation>Break cost by year and rate change</translation>
    </message>
    <message>
        <source>Ingen scenarioer har fast rente, så det blir ikke over- eller underkurs.</source>
        <translation>No scenario has a fixed rate, so there is no break cost or gain.</translation>
    </message>
    <message>
        <source>ugyldig --map {value}: bruk FELT=KOLONNE</source>
        <translation>invalid --map {value}: use FIELD=COLUMN</translation>
    </message>
    <message>
        <source>ugyldig --today {value}: bruk ÅÅÅÅ-MM-DD</source>
        <translation>invalid --today {value}: use YYYY-MM-DD</translation>
    </message>
    <message>
        <source>renten etter bindingstiden må være mellom 0 og 30 %</source>
        <translation>the rate after the fixed period must be between 0 and 30 %</translation>
    </message>
    <message>
        <source>{file}: {loans} lån, {fixed} med fastrente som løper ut; etter bindingstiden {rate} (flytende {floating} + påslag {markup}).</source>
        <translation>{file}: {loans} loans, {fixed} with a fixed rate ending; after the fixed period {rate} (floating {floating} + markup {markup}).</translation>
    </message>
    <message>
        <source>Sist kontakt</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>Kvartal</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Antall</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Sum økning per måned</source>
        <translation>Total increase per month</translation>
    </message>
    <message>
        <source>Ikke kontaktet</source>
        <translation>Not contacted</translation>
    </message>
    <message>
        <source>ingen lån i listen å skrive brev til</source>
        <translation>no loans in the list to write letters to</translation>
    </message>
    <message>
        <source>Brev sendt</source>
        <translation>Letter sent</translation>
    </message>
    <message>
        <source>Ringt</source>
        <translation>Called</translation>
    </message>
    <message>
        <source>Møte</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Lettelse innvilget</source>
        <translation>Relief granted</translation>
    </message>
    <message>
        <source>Ingen tiltak</source>
        <translation>No action</translation>
    </message>
    <message>
        <source>Oppføring {n} i oppfølgingsloggen er ugyldig.</source>
        <translation>Entry {n} in the follow-up log is invalid.</translation>
    </message>
    <message>
        <source>Oppføring {n} i oppfølgingsloggen har en ugyldig dato.</source>
        <translation>Entry {n} in the follow-up log has an invalid date.</translation>
    </message>
    <message>
        <source>Oppfølgingsloggen er for stor (over 20 MB).</source>
        <translation>The follow-up log is too large (over 20 MB).</translation>
    </message>
    <message>
        <source>Oppfølgingsloggen {file} er skadet og kan ikke leses; den er ikke endret.</source>
        <translation>The follow-up log {file} is damaged and cannot be read; it has not been changed.</translation>
    </message>
    <message>
        <source>{file} er ikke en oppfølgingslogg fra Startlån Desktop.</source>
        <translation>{file} is not a follow-up log from Startlån Desktop.</translation>
    </message>
    <message>
        <source>Oppfølgingsloggen er laget av en nyere versjon av programmet.</source>
        <translation>The follow-up log was made by a newer version of the app.</translation>
    </message>
    <message>
        <source>Kan ikke åpne oppfølgingsloggen: {error}.</source>
        <translation>Cannot open the follow-up log: {error}.</translation>
    </message>
    <message>
        <source>Oppfølgingsloggen {file} er åpen i et annet vindu eller hos en annen bruker.</source>
        <translation>The follow-up log {file} is open in another window or by another user.</translation>
    </message>
    <message>
        <source>Kunne ikke lagre oppfølgingsloggen: {error}.</source>
        <translation>Could not save the follow-up log: {error}.</translation>
    </message>
    <message>
        <source>Ukjent tiltak «{action}».</source>
        <translation>Unknown action «{action}».</translation>
    </message>
    <message>
        <source>Notatet kan være høyst 2000 tegn.</source>
        <translation>The note can be at most 2000 characters.</translation>
    </message>
    <message>
        <source>januar</source>
        <translation>January</translation>
    </message>
    <message>
        <source>februar</source>
        <translation>February</translation>
    </message>
    <message>
        <source>mars</source>
        <translation>March</translation>
    </message>
    <message>
        <source>april</source>
        <translation>April</translation>
    </message>
    <message>
        <source>mai</source>
        <translation>May</translation>
    </message>
    <message>
        <source>juni</source>
        <translation>June</translation>
    </message>
    <message>
        <source>juli</source>
        <translation>July</translation>
    </message>
    <message>
        <source>august</source>
        <translation>August</translation>
    </message>
    <message>
        <source>september</source>
        <translation>September</translation>
    </message>
    <message>
        <source>oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <source>november</source>
        <translation>November</translation>
    </message>
    <message>
        <source>desember</source>
        <translation>December</translation>
    </message>
    <message>
        <source>avdragsfrihet i en periode, så du bare betaler renter</source>
        <translation>an interest-only period, so you pay only the interest</translation>
    </message>
    <message>
        <source>lengre nedbetalingstid, som gir lavere terminbeløp</source>
        <translation>a longer repayment term, which lowers the payment</translation>
    </message>
    <message>
        <source>utsettelse av betalingen i en kort periode</source>
        <translation>deferring the payment for a short period</translation>
    </message>
    <message>
        <source>ny fastrente, så terminbeløpet ligger fast i flere år</source>
        <translation>a new fixed rate, so the payment stays the same for several years</translation>
    </message>
    <message>
        <source>å samle dyr gjeld i startlånet</source>
        <translation>moving expensive debt into the start loan</translation>
    </message>
    <message>
        <source>{day}. {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>i måneden</source>
        <translation>a month</translation>
    </message>
    <message>
        <source>per kvartal</source>
        <translation>a quarter</translation>
    </message>
    <message>
        <source>per halvår</source>
        <translation>every six months</translation>
    </message>
    <message>
        <source>per termin</source>
        <translation>per instalment</translation>
    </message>
    <message>
        <source>Fastrenten på startlånet ditt er gått ut</source>
        <translation>The fixed rate on your start loan has ended</translation>
    </message>
    <message>
        <source>Fastrenten på lånet ditt gikk ut {date}. Med dagens flytende rente blir terminbeløpet omtrent {after} {per}, {jump} mer enn med fastrenten ({now}).</source>
        <translation>The fixed rate on your loan ended on {date}. At today&apos;s floating rate the payment will be about {after} {per}, {jump} more than with the fixed rate ({now}).</translation>
    </message>
    <message>
        <source>Fastrenten på startlånet ditt går snart ut</source>
        <translation>The fixed rate on your start loan ends soon</translation>
    </message>
    <message>
        <source>Fastrenten på lånet ditt går ut {date}. Med dagens flytende rente blir terminbeløpet omtrent {after} {per}, {jump} mer enn i dag ({now}).</source>
        <translation>The fixed rate on your loan ends on {date}. At today&apos;s floating rate the payment will be about {after} {per}, {jump} more than today ({now}).</translation>
    </message>
    <message>
        <source>Renten går da fra {now} til {after}. Den flytende renten kan endre seg før den tid.</source>
        <translation>The rate then goes from {now} to {after}. The floating rate may change before then.</translation>
    </message>
    <message>
        <source>Fastrenten på lånet ditt går ut {date}. Med dagens flytende rente blir terminbeløpet omtrent {after} {per}, om lag det samme som i dag.</source>
        <translation>The fixed rate on your loan ends on {date}. At today&apos;s floating rate the payment will be about {after} {per}, about the same as today.</translation>
    </message>
    <message>
        <source>Blir terminbeløpet for høyt for deg, ta kontakt med oss før det går ut, gjerne i god tid. Vi kan sammen se på hva som passer, for eksempel:</source>
        <translation>If the payment becomes too high for you, get in touch with us before then, preferably in good time. Together we can look at what suits you, for example:</translation>
    </message>
    <message>
        <source>Tallene er anslag ut fra restgjelden {balance} og lånets vilkår per {date}. Det nøyaktige terminbeløpet får du fra låneforvalteren.</source>
        <translation>The figures are estimates from the balance of {balance} and the loan&apos;s terms as of {date}. The exact payment comes from the loan administrator.</translation>
    </message>
    <message>
        <source>Med vennlig hilsen</source>
        <translation>Kind regards</translation>
    </message>
    <message>
        <source>Lånenummer: {number}</source>
        <translation>Loan number: {number}</translation>
    </message>
    <message>
        <source>Brev om fastrente som går ut</source>
        <translation>Letter about a fixed rate ending</translation>
    </message>
    <message>
        <source>Dokumentavgift gjelder bare selveier; for borettslag/aksje regnes den ikke med.</source>
        <translation>Document fee applies to freehold only; for a housing cooperative it is not counted.</translation>
    </message>
    <message>
        <source>Kjøpesum uten fellesgjeld. Fellesgjeld føres i eget felt.</source>
        <translation>Purchase price without common debt. Common debt has its own field.</translation>
    </message>
    <message>
        <source>Kjøpesum {price} + andel fellesgjeld {debt} = totalpris {total}.</source>
        <translation>Purchase price {price} + share of common debt {debt} = total price {total}.</translation>
    </message>
    <message>
        <source>Billån er ført, men livsoppholdet regner ingen bilkostnader: legg inn bilen under Livsopphold.</source>
        <translation>A car loan is entered, but living costs count no car costs: add the car under Living costs.</translation>
    </message>
    <message>
        <source>SFO/AKS for 1.–3. trinn har {hours} gratis timer i uka. Satsen regnes som full pris og de gratis timene er ikke trukket fra: skriv kommunens pris etter gratistimene i feltet SFO/AKS.</source>
        <translation>After-school care (SFO/AKS) for years 1–3 has {hours} free hours a week. The rate counts as the full price and the free hours are not deducted: enter the municipality&apos;s price after the free hours in the SFO/AKS field.</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <source>3 måneder</source>
        <translation>3 months</translation>
    </message>
    <message>
        <source>6 måneder</source>
        <translation>6 months</translation>
    </message>
    <message>
        <source>12 måneder</source>
        <translation>12 months</translation>
    </message>
    <message>
        <source>24 måneder</source>
        <translation>24 months</translation>
    </message>
    <message>
        <source>Terminbeløp per termin ({n} terminer per år)</source>
        <translation>Payment per instalment ({n} instalments a year)</translation>
    </message>
    <message>
        <source>gått ut</source>
        <translation>ended</translation>
    </message>
    <message>
        <source>Velg kolonner i lånelisten</source>
        <translation>Choose the columns of the loan list</translation>
    </message>
    <message>
        <source>Overskriftene står i rad</source>
        <translation>The headers are in row</translation>
    </message>
    <message>
        <source>De første radene i filen</source>
        <translation>The first rows of the file</translation>
    </message>
    <message>
        <source>De første radene i filen:</source>
        <translation>The first rows of the file:</translation>
    </message>
    <message>
        <source>Felt og kolonne</source>
        <translation>Field and column</translation>
    </message>
    <message>
        <source>* må velges; gjenstående løpetid eller terminbeløp må også finnes.</source>
        <translation>* required; the remaining term or the payment must also be there.</translation>
    </message>
    <message>
        <source>– ikke i listen –</source>
        <translation>– not in the list –</translation>
    </message>
    <message>
        <source>Velg kolonne for {fields}.</source>
        <translation>Choose a column for {fields}.</translation>
    </message>
    <message>
        <source>En kolonne kan bare brukes for ett felt.</source>
        <translation>A column can be used for one field only.</translation>
    </message>
    <message>
        <source>Låneportefølje – fastrenter som løper ut</source>
        <translation>Loan portfolio – fixed rates ending</translation>
    </message>
    <message>
        <source>Åpne låneliste …</source>
        <translation>Open loan list …</translation>
    </message>
    <message>
        <source>Saksmappe …</source>
        <translation>Case folder …</translation>
    </message>
    <message>
        <source>Saker der saksnummeret er lånenummeret viser restbeløpet etter økningen</source>
        <translation>Cases whose case number is the loan number show the residual after the increase</translation>
    </message>
    <message>
        <source>Ingen liste åpnet. Listen leses der den ligger og kopieres ikke.</source>
        <translation>No list open. The list is read where it lies and is not copied.</translation>
    </message>
    <message>
        <source>Vis rader som ikke kunne leses</source>
        <translation>Show rows that could not be read</translation>
    </message>
    <message>
        <source>Brevinnstillinger …</source>
        <translation>Letter settings …</translation>
    </message>
    <message>
        <source>Brev til valgte (PDF) …</source>
        <translation>Letters to selected (PDF) …</translation>
    </message>
    <message>
        <source>Ett brev per låntaker …</source>
        <translation>One letter per borrower …</translation>
    </message>
    <message>
        <source>Flettefil (CSV) …</source>
        <translation>Mail-merge file (CSV) …</translation>
    </message>
    <message>
        <source>Eksporter liste (CSV) …</source>
        <translation>Export list (CSV) …</translation>
    </message>
    <message>
        <source>Utløper innen</source>
        <translation>Ends within</translation>
    </message>
    <message>
        <source>Økning minst</source>
        <translation>Increase at least</translation>
    </message>
    <message>
        <source>eller %</source>
        <translation>or %</translation>
    </message>
    <message>
        <source>Bare ikke kontaktet</source>
        <translation>Not contacted only</translation>
    </message>
    <message>
        <source>Søk lånenummer eller navn</source>
        <translation>Search loan number or name</translation>
    </message>
    <message>
        <source>Rente etter binding</source>
        <translation>Rate after fixed period</translation>
    </message>
    <message>
        <source>Dagens flytende rente {floating} + påslag {markup} prosentpoeng; skriv en annen rente om du vil</source>
        <translation>Today&apos;s floating rate {floating} + markup {markup} percentage points; type another rate if you like</translation>
    </message>
    <message>
        <source>Velg et lån i listen.</source>
        <translation>Choose a loan in the list.</translation>
    </message>
    <message>
        <source>Av</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Notat</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Uten navn – loggen nevner lån bare ved nummer</source>
        <translation>No names – the log names loans by number only</translation>
    </message>
    <message>
        <source>Utført av</source>
        <translation>Done by</translation>
    </message>
    <message>
        <source>Registrer for valgte</source>
        <translation>Record for selected</translation>
    </message>
    <message>
        <source>Eksporter logg (CSV) …</source>
        <translation>Export log (CSV) …</translation>
    </message>
    <message>
        <source>Oppfølging</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Per kvartal</source>
        <translation>Per quarter</translation>
    </message>
    <message>
        <source>Åpne låneliste</source>
        <translation>Open loan list</translation>
    </message>
    <message>
        <source>Lånelister (*.csv *.txt *.xlsx);;Alle filer (*)</source>
        <translation>Loan lists (*.csv *.txt *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Loggen kan leses, men ikke endres i dette vinduet.</source>
        <translation>The log can be read but not changed in this window.</translation>
    </message>
    <message>
        <source>{file}: {loans} lån. Listen leses der den ligger og kopieres ikke; oppfølgingsloggen lagres i {log}.</source>
        <translation>{file}: {loans} loans. The list is read where it lies and not copied; the follow-up log is saved in {log}.</translation>
    </message>
    <message>
        <source>{n} rader kunne ikke leses …</source>
        <translation>{n} rows could not be read …</translation>
    </message>
    <message>
        <source>{shown} av {all} fastrentelån vises; {open} er ikke kontaktet. Rente etter binding {rate}.</source>
        <translation>{shown} of {all} fixed-rate loans shown; {open} not contacted. Rate after the fixed period {rate}.</translation>
    </message>
    <message>
        <source>* terminbeløp per kvartal eller halvår.</source>
        <translation>* payment per quarter or half-year.</translation>
    </message>
    <message>
        <source>{n} lån valgt.</source>
        <translation>{n} loans selected.</translation>
    </message>
    <message>
        <source>Lån {number}: fast til {date}, terminbeløpet går fra {now} til {after}.</source>
        <translation>Loan {number}: fixed until {date}, the payment goes from {now} to {after}.</translation>
    </message>
    <message>
        <source>Velg ett eller flere lån i listen først.</source>
        <translation>Choose one or more loans in the list first.</translation>
    </message>
    <message>
        <source>Eksporter oppfølgingslogg</source>
        <translation>Export follow-up log</translation>
    </message>
    <message>
        <source>Kunne ikke skrive {file}: {error}</source>
        <translation>Could not write {file}: {error}</translation>
    </message>
    <message>
        <source>Ingen lån å skrive brev til.</source>
        <translation>No loans to write letters to.</translation>
    </message>
    <message>
        <source>Lagre brev</source>
        <translation>Save letters</translation>
    </message>
    <message>
        <source>Mappe for brevene</source>
        <translation>Folder for the letters</translation>
    </message>
    <message>
        <source>Registrere «Brev sendt» i oppfølgingsloggen for {n} lån?</source>
        <translation>Record «Letter sent» in the follow-up log for {n} loans?</translation>
    </message>
    <message>
        <source>Lagre flettefil</source>
        <translation>Save mail-merge file</translation>
    </message>
    <message>
        <source>Rader som ikke kunne leses</source>
        <translation>Rows that could not be read</translation>
    </message>
    <message>
        <source>Brevinnstillinger</source>
        <translation>Letter settings</translation>
    </message>
    <message>
        <source>F.eks. Ring oss på 78 98 00 00 eller skriv til postmottak@kommune.no</source>
        <translation>E.g. Call us on 78 98 00 00 or write to postmottak@kommune.no</translation>
    </message>
    <message>
        <source>Kontaktlinje</source>
        <translation>Contact line</translation>
    </message>
    <message>
        <source>Språk i brevene</source>
        <translation>Language of the letters</translation>
    </message>
    <message>
        <source>Tilbud i brevet</source>
        <translation>Offers in the letter</translation>
    </message>
    <message>
        <source>NAVs veiledende satser</source>
        <translation>NAV&apos;s guideline rates</translation>
    </message>
    <message>
        <source>Grunnbeløpet (G)</source>
        <translation>The basic amount (G)</translation>
    </message>
    <message>
        <source>Lånevilkår og gebyrer</source>
        <translation>Loan terms and fees</translation>
    </message>
    <message>
        <source>Livsoppholdssatser (namsmann)</source>
        <translation>Living-cost rates (enforcement)</translation>
    </message>
    <message>
        <source>SIFO referansebudsjett 2025</source>
        <translation>SIFO reference budget 2025</translation>
    </message>
    <message>
        <source>SIFO referansebudsjett 2026</source>
        <translation>SIFO reference budget 2026</translation>
    </message>
    <message>
        <source>Skatteregler 2025</source>
        <translation>Tax rules 2025</translation>
    </message>
    <message>
        <source>Skatteregler 2026</source>
        <translation>Tax rules 2026</translation>
    </message>
    <message>
        <source>Salgskostnader ved tvangssalg</source>
        <translation>Costs of a forced sale</translation>
    </message>
    <message>
        <source>«{item}»: {problem}</source>
        <translation>“{item}”: {problem}</translation>
    </message>
    <message>
        <source>{path} skal være et tall.</source>
        <translation>{path} must be a number.</translation>
    </message>
    <message>
        <source>{path} = {value} er utenfor gyldig område ({lo}–{hi}).</source>
        <translation>{path} = {value} is out of range ({lo}–{hi}).</translation>
    </message>
    <message>
        <source>{path} skal være en dato (ÅÅÅÅ-MM-DD).</source>
        <translation>{path} must be a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>{path} skal være tekst.</source>
        <translation>{path} must be text.</translation>
    </message>
    <message>
        <source>«{key}» skal være en liste med minst én oppføring.</source>
        <translation>“{key}” must be a list with at least one entry.</translation>
    </message>
    <message>
        <source>{path} skal være en tabell.</source>
        <translation>{path} must be a table.</translation>
    </message>
    <message>
        <source>«stress_rule» mangler.</source>
        <translation>“stress_rule” is missing.</translation>
    </message>
    <message>
        <source>tabellen fra {date} mangler flytende rente for månedlige terminer.</source>
        <translation>the table from {date} has no floating rate for monthly terms.</translation>
    </message>
    <message>
        <source>ukjent terminhyppighet «{freq}».</source>
        <translation>unknown payment frequency “{freq}”.</translation>
    </message>
    <message>
        <source>ukjent rentetype «{kind}».</source>
        <translation>unknown rate type “{kind}”.</translation>
    </message>
    <message>
        <source>{path} mangler.</source>
        <translation>{path} is missing.</translation>
    </message>
    <message>
        <source>ukjent felt {path}.</source>
        <translation>unknown field {path}.</translation>
    </message>
    <message>
        <source>{path} skal være en liste.</source>
        <translation>{path} must be a list.</translation>
    </message>
    <message>
        <source>{path} skal være sann/usann.</source>
        <translation>{path} must be true/false.</translation>
    </message>
    <message>
        <source>{path} skal være et heltall.</source>
        <translation>{path} must be a whole number.</translation>
    </message>
    <message>
        <source>{path} skal være et tall eller tomt.</source>
        <translation>{path} must be a number or empty.</translation>
    </message>
    <message>
        <source>Ukjent dataelement «{item}».</source>
        <translation>Unknown data item “{item}”.</translation>
    </message>
    <message>
        <source>skal være en tabell.</source>
        <translation>must be a table.</translation>
    </message>
    <message>
        <source>Filen er ikke en datapakke fra Startlån Desktop.</source>
        <translation>The file is not a Startlån Desktop data pack.</translation>
    </message>
    <message>
        <source>Datapakken mangler gyldig versjonsnummer.</source>
        <translation>The data pack has no valid version number.</translation>
    </message>
    <message>
        <source>Datapakken er laget av en nyere versjon av programmet (formatversjon {version}). Oppdater Startlån Desktop for å lese den.</source>
        <translation>The data pack was made by a newer version of the program (format version {version}). Update Startlån Desktop to read it.</translation>
    </message>
    <message>
        <source>Datapakken mangler gyldig dato.</source>
        <translation>The data pack has no valid date.</translation>
    </message>
    <message>
        <source>Datapakken har ingen dataelementer.</source>
        <translation>The data pack holds no data items.</translation>
    </message>
    <message>
        <source>datapakken har tall fra {date}, eldre enn dem som gjelder ({now}).</source>
        <translation>the data pack has figures from {date}, older than those in force ({now}).</translation>
    </message>
    <message>
        <source>Filen er for stor til å være en datapakke.</source>
        <translation>The file is too large to be a data pack.</translation>
    </message>
    <message>
        <source>Kunne ikke lese {file}: {error}</source>
        <translation>Could not read {file}: {error}</translation>
    </message>
    <message>
        <source>Filen er ikke en tekstfil i UTF-8: den er ikke en datapakke.</source>
        <translation>The file is not a UTF-8 text file: it is not a data pack.</translation>
    </message>
    <message>
        <source>flytende {rate}</source>
        <translation>floating {rate}</translation>
    </message>
    <message>
        <source>enslig {amount}</source>
        <translation>single {amount}</translation>
    </message>
    <message>
        <source>etablering {fee}, termin {term}</source>
        <translation>establishment {fee}, term {term}</translation>
    </message>
    <message>
        <source>prisnivå {prices}</source>
        <translation>prices of {prices}</translation>
    </message>
    <message>
        <source>personfradrag {amount}</source>
        <translation>personal allowance {amount}</translation>
    </message>
    <message>
        <source>tvangssalg {fee}, megler {pct}</source>
        <translation>forced sale {fee}, agent {pct}</translation>
    </message>
    <message>
        <source>{figure} fra {date}</source>
        <translation>{figure} from {date}</translation>
    </message>
    <message>
        <source>Saken er beregnet med data fra {date}: tallene som ble lagret med saken, også etter senere dataoppdateringer.</source>
        <translation>The case is computed with data from {date}: the figures saved with the case, also after later data updates.</translation>
    </message>
    <message>
        <source>Saken er beregnet med data fra {date}: dataene som gjelder nå (saken er ikke lagret).</source>
        <translation>The case is computed with data from {date}: the data in force now (the case is not saved).</translation>
    </message>
    <message>
        <source>Nyere data finnes: {line}</source>
        <translation>Newer data exists: {line}</translation>
    </message>
    <message>
        <source>{summary} (tall rettet)</source>
        <translation>{summary} (figures corrected)</translation>
    </message>
    <message>
        <source>Styringsrenten er endret fra {old} til {new} siden saken ble lagret</source>
        <translation>The policy rate has changed from {old} to {new} since the case was saved</translation>
    </message>
    <message>
        <source>Husbankens renter er endret fra tabellen fra {old} til tabellen fra {new}</source>
        <translation>Husbanken&apos;s rates have changed from the table of {old} to the table of {new}</translation>
    </message>
    <message>
        <source>{item} er oppdatert siden saken ble lagret</source>
        <translation>{item} has been updated since the case was saved</translation>
    </message>
    <message>
        <source> (og {n} endringer til)</source>
        <translation> (and {n} more changes)</translation>
    </message>
    <message>
        <source>«case.data_snapshot» skal være en tabell.</source>
        <translation>“case.data_snapshot” must be a table.</translation>
    </message>
    <message>
        <source>Saksfilens datagrunnlag er ugyldig: {error}</source>
        <translation>The case file&apos;s data is invalid: {error}</translation>
    </message>
    <message>
        <source>Kopier tekst til vedtaket</source>
        <translation>Copy text for the decision</translation>
    </message>
    <message>
        <source>Hva skal til</source>
        <translation>What it takes</translation>
    </message>
    <message>
        <source>Legg inn et scenario for å se hva som skal til.</source>
        <translation>Add a scenario to see what it takes.</translation>
    </message>
    <message>
        <source>Dagens rente</source>
        <extracomment>fill, pattern: dark and light alternate so neighbours differ in lightness too</extracomment>
        <translation>Today&apos;s rate</translation>
    </message>
    <message>
        <source>Går ikke opp over</source>
        <translation>Does not add up above</translation>
    </message>
    <message>
        <source>Etter 10 år: et banklån på {amount} går ikke opp ved bankenes stresstest ({rate}); {short} mangler hver måned med dagens inntekt.</source>
        <translation>After 10 years: a bank loan of {amount} fails the banks&apos; stress test ({rate}); {short} is missing each month on today&apos;s income.</translation>
    </message>
    <message>
        <source>Etter 10 år: gjelden ({debt}) er over 5 ganger dagens bruttoinntekt ({limit}).</source>
        <translation>After 10 years: the debt ({debt}) is more than 5 times today&apos;s gross income ({limit}).</translation>
    </message>
    <message>
        <source>Består: et banklån på restgjelden går opp ved bankenes krav med dagens inntekt.</source>
        <translation>Passes: a bank loan of the remaining balance meets the banks&apos; requirements on today&apos;s income.</translation>
    </message>
    <message>
        <source>Består ikke: {reasons}</source>
        <translation>Fails: {reasons}</translation>
    </message>
    <message>
        <source>Førstegangslånet har samme terminbeløp som et startlån over 30 år, men løper bare i 10 år. Da står det igjen {balance} som dere må refinansiere i en bank, eller søke vurdert for et vanlig startlån.</source>
        <translation>The first-time buyer loan has the same payment as a 30-year start loan but runs for only 10 years. Then {balance} remains, which you must refinance in a bank, or apply to be assessed for an ordinary start loan.</translation>
    </message>
    <message>
        <source>Det er {share} av boligens verdi i dag, og {share20} om prisene faller 20 %.</source>
        <translation>That is {share} of the home&apos;s value today, and {share20} if prices fall 20 %.</translation>
    </message>
    <message>
        <source>Banken vil regne med minst {rate} rente og at gjelden ikke er over 5 ganger inntekten.</source>
        <translation>The bank will assume a rate of at least {rate} and debt of no more than 5 times income.</translation>
    </message>
    <message>
        <source>Med dagens inntekt: {verdict}</source>
        <translation>On today&apos;s income: {verdict}</translation>
    </message>
    <message>
        <source>Førstegangslånet krever minst 5 % egenkapital ({need}); saken har {have} ({pct}).</source>
        <translation>The first-time buyer loan requires at least 5 % equity ({need}); the case has {have} ({pct}).</translation>
    </message>
    <message>
        <source>fast rente 3 år</source>
        <translation>fixed rate 3 years</translation>
    </message>
    <message>
        <source>fast rente 5 år</source>
        <translation>fixed rate 5 years</translation>
    </message>
    <message>
        <source>fast rente 10 år</source>
        <translation>fixed rate 10 years</translation>
    </message>
    <message>
        <source>fast rente 20 år</source>
        <translation>fixed rate 20 years</translation>
    </message>
    <message>
        <source>Limte du inn noe? Feltet er tomt: kopier rentetabellen fra husbanken.no/rente.</source>
        <translation>Did you paste anything? The box is empty: copy the rate table from husbanken.no/rente.</translation>
    </message>
    <message>
        <source>Teksten er for lang til å være Husbankens rentetabell.</source>
        <translation>The text is too long to be Husbanken&apos;s rate table.</translation>
    </message>
    <message>
        <source>Raden for {row} har ingen rente.</source>
        <translation>The row for {row} has no rate.</translation>
    </message>
    <message>
        <source>Renten for {row} ({value} %) er utenfor 0,01–20 %: sjekk at du kopierte renten, ikke noe annet.</source>
        <translation>The rate for {row} ({value} %) is outside 0.01–20 %: check that you copied the rate, not something else.</translation>
    </message>
    <message>
        <source>Teksten har to ulike renter for {row}: kopier bare én tabell.</source>
        <translation>The text has two different rates for {row}: copy only one table.</translation>
    </message>
    <message>
        <source>Fant ingen renter i teksten: kopier tabellen med «Flytende rente» og «Fast rente 3 år» osv. fra husbanken.no/rente.</source>
        <translation>No rates found in the text: copy the table with “Flytende rente”, “Fast rente 3 år” etc. from husbanken.no/rente.</translation>
    </message>
    <message>
        <source>Teksten mangler {rows}.</source>
        <translation>The text lacks {rows}.</translation>
    </message>
    <message>
        <source>Teksten mangler datoen rentene gjelder fra (for eksempel «Gjelder fra 01.11.2026»): ta med overskriften når du kopierer.</source>
        <translation>The text lacks the date the rates apply from (e.g. “Gjelder fra 01.11.2026”): include the heading when you copy.</translation>
    </message>
    <message>
        <source>Velg et dataelement, rett tallene og skriv datoen og kilden ved dem. Tallene lagres i din datapakke og gjelder nye saker; åpne saker beholder sine tall til du velger «Bruk dagens data».</source>
        <translation>Choose a data item, correct the figures and type their date and source beside them. The figures are stored in your data pack and apply to new cases; open cases keep their figures until you choose «Use today&apos;s data».</translation>
    </message>
    <message>
        <source>Dataelement</source>
        <translation>Data item</translation>
    </message>
    <message>
        <source>Dato for tallene</source>
        <translation>Date of the figures</translation>
    </message>
    <message>
        <source>Kilde for tallene</source>
        <translation>Source of the figures</translation>
    </message>
    <message>
        <source>Verdi</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Tallene i dataelementet</source>
        <translation>The figures of the data item</translation>
    </message>
    <message>
        <source>{item}, «{field}»: {message}</source>
        <translation>{item}, «{field}»: {message}</translation>
    </message>
    <message>
        <source>barn {n}</source>
        <extracomment>Ages where a figure outside SIFO&apos;s tables changes: infants, NAV&apos;s child rates (6, 11, 18), the enforcement rates (15), transport (6, 20, 30 for students, 67) and trygdeavgift (17, 70).</extracomment>
        <translation>child {n}</translation>
    </message>
    <message>
        <source>{name} fyller 18 år</source>
        <translation>{name} turns 18</translation>
    </message>
    <message>
        <source>barnetrygden for {name} faller bort</source>
        <translation>the child benefit for {name} ends</translation>
    </message>
    <message>
        <source>{name} begynner på skolen og i SFO</source>
        <translation>{name} starts school and after-school care</translation>
    </message>
    <message>
        <source>{name} er ferdig med SFO</source>
        <translation>{name} leaves after-school care</translation>
    </message>
    <message>
        <source>«{line}» begynner</source>
        <translation>“{line}” starts</translation>
    </message>
    <message>
        <source>«{line}» faller bort</source>
        <translation>“{line}” ends</translation>
    </message>
    <message>
        <source>«{line}» begynner å løpe</source>
        <translation>“{line}” starts running</translation>
    </message>
    <message>
        <source>«{line}» er nedbetalt</source>
        <translation>“{line}” is paid off</translation>
    </message>
    <message>
        <source>{name} fyller {years} år</source>
        <translation>{name} turns {years}</translation>
    </message>
    <message>
        <source>avdragsfriheten slutter</source>
        <translation>the interest-only period ends</translation>
    </message>
    <message>
        <source>bindingstiden slutter</source>
        <translation>the fixed-rate period ends</translation>
    </message>
    <message>
        <source>startlånet er nedbetalt</source>
        <translation>the start loan is paid off</translation>
    </message>
    <message>
        <source>{items} og {last}</source>
        <translation>{items} and {last}</translation>
    </message>
    <message>
        <source>Trangest allerede nå: {amount} i måneden.</source>
        <translation>Tightest already now: {amount} a month.</translation>
    </message>
    <message>
        <source>Trangest i {year}: {amount} i måneden når {causes} ({month}).</source>
        <translation>Tightest in {year}: {amount} a month when {causes} ({month}).</translation>
    </message>
    <message>
        <source>Trangest i {year}: {amount} i måneden ({month}). Størst fall i {since}: {causes}.</source>
        <translation>Tightest in {year}: {amount} a month ({month}). Largest fall in {since}: {causes}.</translation>
    </message>
    <message>
        <source>«{line}» er ført uten sluttdato, så den faller ikke bort når {name} fyller 18 år ({month}). Gi linjen en sluttdato, eller la programmet regne barnetrygden.</source>
        <translation>“{line}” has no end date, so it does not end when {name} turns 18 ({month}). Give the line an end date, or let the program compute the child benefit.</translation>
    </message>
    <message>
        <source>«{line}» har ingen sluttdato; utvidet barnetrygd gis til det yngste barnet fyller 18 år ({month}).</source>
        <translation>“{line}” has no end date; extended child benefit is paid until the youngest child turns 18 ({month}).</translation>
    </message>
    <message>
        <source>«{line}» har ingen sluttdato; kontantstøtte gis bare til barnet er 20 måneder.</source>
        <translation>“{line}” has no end date; cash-for-care is paid only until the child is 20 months old.</translation>
    </message>
    <message>
        <source>{name} er gravid: tidslinjen regner med svangerskapet hele perioden og tar ikke med barnet som kommer. Legg barnet inn når det er født.</source>
        <translation>{name} is pregnant: the timeline keeps the pregnancy for the whole period and does not add the baby to come. Add the child once born.</translation>
    </message>
    <message>
        <source>I {month} mangler {amount} hver måned (dagens kroner og renter; størst fall i {since}: {causes}).</source>
        <translation>In {month}, {amount} a month is missing (today&apos;s kroner and rates; largest fall in {since}: {causes}).</translation>
    </message>
    <message>
        <source>Trangest i {year}: {amount} i måneden ({month}).</source>
        <translation>Tightest in {year}: {amount} a month ({month}).</translation>
    </message>
    <message>
        <source>Regnet måned for måned i dagens kroner: satser, normer, skatteregler og renter som på saksdatoen, uten prisstigning eller renteendring; bare barnas alder, datoene på inntekter og utgifter og lånets egne faser (avdragsfrihet, bindingstid) endrer seg.</source>
        <translation>Computed month by month in today&apos;s kroner: rates, norms, tax rules and interest rates as on the case date, with no inflation or rate change; only the children&apos;s ages, the dates on incomes and costs and the loan&apos;s own phases (interest-only, fixed period) change.</translation>
    </message>
    <message>
        <source>I {month} mangler {amount} hver måned når {causes} (dagens kroner og renter).</source>
        <translation>In {month}, {amount} a month is missing when {causes} (today&apos;s kroner and rates).</translation>
    </message>
    <message>
        <source>I {month} mangler {amount} hver måned (dagens kroner og renter).</source>
        <translation>In {month}, {amount} a month is missing (today&apos;s kroner and rates).</translation>
    </message>
    <message>
        <source>Diagram: restbeløp per måned de neste ti årene for hvert scenario</source>
        <translation>Chart: residual per month over the next ten years for each scenario</translation>
    </message>
    <message>
        <source>Ingen scenarioer å vise.</source>
        <translation>No scenarios to show.</translation>
    </message>
    <message>
        <source>Trangest: {amount}</source>
        <translation>Tightest: {amount}</translation>
    </message>
    <message>
        <source>Trangeste måned i ti år:</source>
        <translation>Tightest month in ten years:</translation>
    </message>
    <message>
        <source>Hendelser de neste ti årene</source>
        <translation>Events over the next ten years</translation>
    </message>
    <message>
        <source>Dagens kroner: satser, normer og renter som i dag, uten prisstigning.</source>
        <translation>Today&apos;s kroner: rates, norms and interest as today, no inflation.</translation>
    </message>
    <message>
        <source>Legg inn et scenario for å se de neste årene.</source>
        <translation>Add a scenario to see the years ahead.</translation>
    </message>
    <message>
        <source>{label}: {amount} ({year})</source>
        <translation>{label}: {amount} ({year})</translation>
    </message>
    <message>
        <source>Vurderingen: de første fem årene</source>
        <translation>The assessment: the first five years</translation>
    </message>
    <message>
        <source>Ingen hendelser de neste ti årene.</source>
        <translation>No events over the next ten years.</translation>
    </message>
    <message>
        <source>Budsjettet går ikke opp ved stresstest med dagens inntekt, så det er ingen margin å falle på.</source>
        <extracomment>Incomes that follow the children, not an adult: they stay with the children in a separation.</extracomment>
        <translation>The budget does not hold at the stress rate with today&apos;s income, so there is no margin to fall on.</translation>
    </message>
    <message>
        <source>Budsjettet går opp ved stresstest selv uten husstandens egne inntekter.</source>
        <translation>The budget holds at the stress rate even without the household&apos;s own incomes.</translation>
    </message>
    <message>
        <source>Nettoinntekten må øke med {kr} i måneden ({pct}) til {lowest} før budsjettet går opp ved stresstest.</source>
        <translation>Net income must rise by {kr} a month ({pct}) to {lowest} before the budget holds at the stress rate.</translation>
    </message>
    <message>
        <source>Nettoinntekten kan falle med {kr} i måneden ({pct}) til {lowest} før budsjettet ikke går opp ved stresstest.</source>
        <translation>Net income can fall by {kr} a month ({pct}) to {lowest} before the budget no longer holds at the stress rate.</translation>
    </message>
    <message>
        <source>søker</source>
        <translation>applicant</translation>
    </message>
    <message>
        <source>medsøker</source>
        <translation>co-applicant</translation>
    </message>
    <message>
        <source>{name} mister inntekten</source>
        <translation>{name} loses their income</translation>
    </message>
    <message>
        <source>Ingen inntekt er merket med {name} (velg person på inntektslinjene).</source>
        <translation>No income is marked as {name}&apos;s (choose the person on the income lines).</translation>
    </message>
    <message>
        <source>{name}: inntekten faller til {pct} (sykdom, AAP)</source>
        <translation>{name}: income falls to {pct} (sickness, work assessment allowance)</translation>
    </message>
    <message>
        <source>nytt barn</source>
        <translation>new child</translation>
    </message>
    <message>
        <source>Et barn til</source>
        <translation>One more child</translation>
    </message>
    <message>
        <source>{name} alene med barna</source>
        <translation>{name} alone with the children</translation>
    </message>
    <message>
        <source>Utvidet barnetrygd (enslig forsørger)</source>
        <translation>Extended child benefit (single parent)</translation>
    </message>
    <message>
        <source>Inntekter uten person er ikke med (velg person på inntektslinjene).</source>
        <translation>Incomes without a person are left out (choose the person on the income lines).</translation>
    </message>
    <message>
        <source>Livsopphold {pct} dyrere</source>
        <translation>Living costs {pct} higher</translation>
    </message>
    <message>
        <source>Saken som den er</source>
        <translation>The case as it is</translation>
    </message>
    <message>
        <source>Samme sak med én endring om gangen; saken selv endres ikke. Restbeløp ved stresstest (eller etter bindingstiden der det er lavere).</source>
        <translation>The same case with one change at a time; the case itself is not changed. Residual at the stress rate (or after the fixed period where that is lower).</translation>
    </message>
    <message>
        <source>Legg inn et scenario for å se livshendelsene.</source>
        <translation>Add a scenario to see the life events.</translation>
    </message>
    <message>
        <source>startlån</source>
        <translation>start loan</translation>
    </message>
    <message>
        <source>Et lån fra kommunen til å kjøpe en bolig, når banken ikke gir stort nok lån.</source>
        <translation>A loan from the municipality to buy a home, when the bank will not lend enough.</translation>
    </message>
    <message>
        <source>terminbeløp</source>
        <translation>monthly payment</translation>
    </message>
    <message>
        <source>Det dere betaler på lånet hver måned: renter og avdrag sammen.</source>
        <translation>What you pay on the loan each month: interest and repayment together.</translation>
    </message>
    <message>
        <source>rente</source>
        <translation>interest rate</translation>
    </message>
    <message>
        <source>Prisen for å låne penger, i prosent av lånet per år.</source>
        <translation>The price of borrowing money, in per cent of the loan per year.</translation>
    </message>
    <message>
        <source>fast rente</source>
        <translation>fixed rate</translation>
    </message>
    <message>
        <source>Renten er den samme i hele bindingstiden, for eksempel i 5 år.</source>
        <translation>The rate stays the same for the whole fixed period, for example 5 years.</translation>
    </message>
    <message>
        <source>Renten kan gå opp eller ned underveis.</source>
        <translation>The rate can go up or down along the way.</translation>
    </message>
    <message>
        <source>avdragsfri</source>
        <translation>interest-only</translation>
    </message>
    <message>
        <source>En tid der dere bare betaler renter. Lånet blir ikke mindre.</source>
        <translation>A time when you pay interest only. The loan does not get smaller.</translation>
    </message>
    <message>
        <source>restgjeld</source>
        <translation>remaining debt</translation>
    </message>
    <message>
        <source>Det dere fortsatt skylder på lånet.</source>
        <translation>What you still owe on the loan.</translation>
    </message>
    <message>
        <source>tilskudd</source>
        <translation>grant</translation>
    </message>
    <message>
        <source>Penger til boligen som ikke skal betales tilbake.</source>
        <translation>Money for the home that is not paid back.</translation>
    </message>
    <message>
        <source>stresstest</source>
        <translation>stress test</translation>
    </message>
    <message>
        <source>Vi regner ut om dere klarer lånet også hvis renten stiger mye.</source>
        <translation>We work out whether you can manage the loan even if the rate rises a lot.</translation>
    </message>
    <message>
        <source>Navnet på andre språk</source>
        <translation>Name in other languages</translation>
    </message>
    <message>
        <source>Navnet «{label}» slik søkeren ser det i gjennomgangen og på arket til søkeren. Tomt: navnet på bokmål.</source>
        <translation>The name “{label}” as the applicant sees it in the walk-through and on the applicant&apos;s page. Empty: the Norwegian name.</translation>
    </message>
</context>
</TS>
