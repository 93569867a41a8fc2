<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn" sourcelanguage="nb_NO">
<context>
    <name></name>
    <message>
        <source>Bærekraftig</source>
        <translation>Berekraftig</translation>
    </message>
    <message>
        <source>Stramt</source>
        <translation>Stramt</translation>
    </message>
    <message>
        <source>Ikke bærekraftig</source>
        <translation>Ikkje berekraftig</translation>
    </message>
    <message>
        <source>Fyll inn lånebeløp</source>
        <translation>Fyll inn lånebeløp</translation>
    </message>
    <message>
        <source>Lønn</source>
        <translation>Løn</translation>
    </message>
    <message>
        <source>Uføretrygd/AAP</source>
        <translation>Uføretrygd/AAP</translation>
    </message>
    <message>
        <source>Pensjon</source>
        <translation>Pensjon</translation>
    </message>
    <message>
        <source>Trygd/stønad</source>
        <translation>Trygd/stønad</translation>
    </message>
    <message>
        <source>Barnetrygd</source>
        <translation>Barnetrygd</translation>
    </message>
    <message>
        <source>Utvidet barnetrygd</source>
        <translation>Utvida barnetrygd</translation>
    </message>
    <message>
        <source>Kontantstøtte</source>
        <translation>Kontantstøtte</translation>
    </message>
    <message>
        <source>Bidrag mottatt</source>
        <translation>Bidrag motteke</translation>
    </message>
    <message>
        <source>Bostøtte</source>
        <translation>Bustøtte</translation>
    </message>
    <message>
        <source>Leieinntekt</source>
        <translation>Leigeinntekt</translation>
    </message>
    <message>
        <source>Annen inntekt</source>
        <translation>Anna inntekt</translation>
    </message>
    <message>
        <source>Studielån</source>
        <translation>Studielån</translation>
    </message>
    <message>
        <source>Billån</source>
        <translation>Billån</translation>
    </message>
    <message>
        <source>Forbrukslån</source>
        <translation>Forbrukslån</translation>
    </message>
    <message>
        <source>Kredittkort</source>
        <translation>Kredittkort</translation>
    </message>
    <message>
        <source>Bidrag betalt</source>
        <translation>Bidrag betalt</translation>
    </message>
    <message>
        <source>Annen fast utgift</source>
        <translation>Anna fast utgift</translation>
    </message>
    <message>
        <source>Scenario {n}</source>
        <translation>Scenario {n}</translation>
    </message>
    <message>
        <source>Med dette budsjettet kan husstanden ikke betjene noe startlån, heller ikke med {years} års løpetid: ved stresstest er det ingenting igjen til å betale på et lån.</source>
        <translation>Med dette budsjettet kan hushaldet ikkje betene noko startlån, heller ikkje med {years} års løpetid: ved stresstest er det ingenting att til å betale på eit lån.</translation>
    </message>
    <message>
        <source>Lånebeløpet er ikke fylt inn. Husstanden kan betjene et startlån på inntil {amount} (stresstest).</source>
        <translation>Lånebeløpet er ikkje fylt inn. Hushaldet kan betene eit startlån på inntil {amount} (stresstest).</translation>
    </message>
    <message>
        <source>flytende rente</source>
        <translation>flytande rente</translation>
    </message>
    <message>
        <source>fast rente i {years} år</source>
        <translation>fast rente i {years} år</translation>
    </message>
    <message>
        <source>{share} % fast rente i {years} år og resten flytende</source>
        <translation>{share} % fast rente i {years} år og resten flytande</translation>
    </message>
    <message>
        <source>Med {years} års løpetid og {rate} blir terminbeløpet {payment} i måneden, og dere har {left} igjen til livsopphold hver måned</source>
        <translation>Med {years} års løpetid og {rate} blir terminbeløpet {payment} i månaden, og de har {left} att til livsopphald kvar månad</translation>
    </message>
    <message>
        <source>, {amount} mer enn normen.</source>
        <translation>, {amount} meir enn norma.</translation>
    </message>
    <message>
        <source>, {amount} mindre enn normen.</source>
        <translation>, {amount} mindre enn norma.</translation>
    </message>
    <message>
        <source>Barnetrygd ({kids} × {rate})</source>
        <extracomment>Incomes that are taxed: when one of them is typed net, the household&apos;s tax is unknown.</extracomment>
        <translation>Barnetrygd ({kids} × {rate})</translation>
    </message>
    <message>
        <source>Barnetrygd er ført som egen inntektslinje, så den automatiske barnetrygden ({auto}) er ikke lagt til i tillegg. Utvidet barnetrygd for enslige har sin egen type.</source>
        <translation>Barnetrygd er ført som eiga inntektslinje, så den automatiske barnetrygda ({auto}) er ikkje lagd til i tillegg. Utvida barnetrygd for einslege har sin eigen type.</translation>
    </message>
    <message>
        <source>Utvidet barnetrygd er ført, men husstanden har ingen barn under 18 år.</source>
        <translation>Utvida barnetrygd er ført, men hushaldet har ingen born under 18 år.</translation>
    </message>
    <message>
        <source>Utvidet barnetrygd gis til enslige forsørgere, men saken har en medsøker.</source>
        <translation>Utvida barnetrygd blir gitt til einslege forsørgjarar, men saka har ein medsøkjar.</translation>
    </message>
    <message>
        <source>«{debt}»: terminbeløp ikke oppgitt, beregnet som annuitet av restgjelden: {amount} per måned.</source>
        <translation>«{debt}»: terminbeløp ikkje oppgitt, rekna ut som annuitet av restgjelda: {amount} per månad.</translation>
    </message>
    <message>
        <source>(beregnet)</source>
        <translation>(rekna ut)</translation>
    </message>
    <message>
        <source>Felleskostnader</source>
        <translation>Felleskostnader</translation>
    </message>
    <message>
        <source>Kommunale avgifter</source>
        <translation>Kommunale avgifter</translation>
    </message>
    <message>
        <source>Eiendomsskatt</source>
        <translation>Eigedomsskatt</translation>
    </message>
    <message>
        <source>Strøm og oppvarming</source>
        <translation>Straum og oppvarming</translation>
    </message>
    <message>
        <source>Forsikring</source>
        <translation>Forsikring</translation>
    </message>
    <message>
        <source>Vedlikehold</source>
        <translation>Vedlikehald</translation>
    </message>
    <message>
        <source>Festeavgift</source>
        <translation>Festeavgift</translation>
    </message>
    <message>
        <source>Andre boutgifter</source>
        <translation>Andre buutgifter</translation>
    </message>
    <message>
        <source>(fra {date})</source>
        <translation>(frå {date})</translation>
    </message>
    <message>
        <source>(sluttet {date})</source>
        <translation>(slutta {date})</translation>
    </message>
    <message>
        <source>«{line}» er ikke med i dagens budsjett: den gjelder fra {date} (se De neste årene).</source>
        <translation>«{line}» er ikkje med i dagens budsjett: han gjeld frå {date} (sjå Dei neste åra).</translation>
    </message>
    <message>
        <source>«{line}» er ikke med i dagens budsjett: den sluttet {date}.</source>
        <translation>«{line}» er ikkje med i dagens budsjett: han slutta {date}.</translation>
    </message>
    <message>
        <source>Nyere tall kan gjelde på saksdatoen, kontroller: {sources}.</source>
        <translation>Nyare tal kan gjelde på saksdatoen, kontroller: {sources}.</translation>
    </message>
    <message>
        <source>startlånet</source>
        <translation>startlånet</translation>
    </message>
    <message>
        <source>banklånet</source>
        <translation>banklånet</translation>
    </message>
    <message>
        <source>lån med flytende rente</source>
        <translation>lån med flytande rente</translation>
    </message>
    <message>
        <source>fellesgjelden</source>
        <translation>fellesgjelda</translation>
    </message>
    <message>
        <source>Alle flytende renter stiger like mye: {items}.</source>
        <translation>Alle flytande renter stig like mykje: {items}.</translation>
    </message>
    <message>
        <source>Stresstesten regner banklånet etter bankenes regel ({rate}), ikke med samme renteøkning som kurven; derfor ligger stresspunktet utenfor kurven.</source>
        <translation>Stresstesten reknar banklånet etter regelen til bankane ({rate}), ikkje med same renteauke som kurva; difor ligg stresspunktet utanfor kurva.</translation>
    </message>
    <message>
        <source>Lånets rente + {pp} prosentpoeng</source>
        <extracomment>Other debts whose rate follows the market when marked floating.</extracomment>
        <translation>Renta på lånet + {pp} prosentpoeng</translation>
    </message>
    <message>
        <source>Styringsrenten {rate} + {pp} prosentpoeng (Husbanken)</source>
        <translation>Styringsrenta {rate} + {pp} prosentpoeng (Husbanken)</translation>
    </message>
    <message>
        <source>, men minst lånets rente</source>
        <translation>, men minst renta på lånet</translation>
    </message>
    <message>
        <source>Løpetid over kommunens vanlige {years} år (inntil 50 år i særlige tilfeller).</source>
        <translation>Løpetid over dei vanlege {years} åra i kommunen (inntil 50 år i særlege tilfelle).</translation>
    </message>
    <message>
        <source>Annen lånetype enn kommunens vanlige (annuitet).</source>
        <translation>Annan lånetype enn den vanlege i kommunen (annuitet).</translation>
    </message>
    <message>
        <source>Annen lånetype enn kommunens vanlige (serie).</source>
        <translation>Annan lånetype enn den vanlege i kommunen (serie).</translation>
    </message>
    <message>
        <source>Annen rentetype enn kommunens vanlige (fast rente).</source>
        <translation>Annan rentetype enn den vanlege i kommunen (fast rente).</translation>
    </message>
    <message>
        <source>Annen rentetype enn kommunens vanlige (flytende rente).</source>
        <translation>Annan rentetype enn den vanlege i kommunen (flytande rente).</translation>
    </message>
    <message>
        <source>Avdragsfrihet utover kommunens vanlige ({years} år).</source>
        <translation>Avdragsfridom utover det vanlege i kommunen ({years} år).</translation>
    </message>
    <message>
        <source>Budsjettet går ikke opp med dagens rente: {amount} mangler hver måned.</source>
        <translation>Budsjettet går ikkje opp med dagens rente: {amount} manglar kvar månad.</translation>
    </message>
    <message>
        <source>Ved stresstest ({rate}) mangler {amount} hver måned.</source>
        <translation>Ved stresstest ({rate}) manglar {amount} kvar månad.</translation>
    </message>
    <message>
        <source>Etter bindingstiden mangler {amount} hver måned.</source>
        <translation>Etter bindingstida manglar {amount} kvar månad.</translation>
    </message>
    <message>
        <source>Går opp med dagens rente.</source>
        <translation>Går opp med dagens rente.</translation>
    </message>
    <message>
        <source>Går opp også ved stresstest ({rate}).</source>
        <translation>Går opp også ved stresstest ({rate}).</translation>
    </message>
    <message>
        <source>Avdragsfri periode: restbeløp {during}; med avdrag (fra måned {month}): {after}. Den svakeste perioden avgjør.</source>
        <translation>Avdragsfri periode: restbeløp {during}; med avdrag (frå månad {month}): {after}. Den svakaste perioden avgjer.</translation>
    </message>
    <message>
        <source>Fyll inn lånebeløpet, eller velg «Bruk største lån».</source>
        <translation>Fyll inn lånebeløpet, eller vel «Bruk største lån».</translation>
    </message>
    <message>
        <source>Banklån ved siden av startlånet</source>
        <translation>Banklån ved sida av startlånet</translation>
    </message>
    <message>
        <source>Rentefradrag banklån (skatteverdi)</source>
        <translation>Rentefrådrag banklån (skatteverdi)</translation>
    </message>
    <message>
        <source>Rentefradraget er begrenset til skatten husstanden betaler på alminnelig inntekt ({amount} per år).</source>
        <translation>Rentefrådraget er avgrensa til skatten hushaldet betaler på alminneleg inntekt ({amount} per år).</translation>
    </message>
    <message>
        <source>Husstanden kan ikke betjene noe startlån med dette budsjettet: ved stresstest er det ingenting igjen til å betale på et lån (disponibelt til startlån i dag: {amount} per måned).</source>
        <translation>Hushaldet kan ikkje betene noko startlån med dette budsjettet: ved stresstest er det ingenting att til å betale på eit lån (disponibelt til startlån i dag: {amount} per månad).</translation>
    </message>
    <message>
        <source>et heltall</source>
        <translation>eit heiltal</translation>
    </message>
    <message>
        <source>et tall</source>
        <translation>eit tal</translation>
    </message>
    <message>
        <source>tekst</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>sann/usann</source>
        <translation>sann/usann</translation>
    </message>
    <message>
        <source>en verdi av riktig type</source>
        <translation>ein verdi av rett type</translation>
    </message>
    <message>
        <source>«{path}» skal være en liste.</source>
        <translation>«{path}» skal vere ei liste.</translation>
    </message>
    <message>
        <source>«{path}» har for mange linjer (over {n}).</source>
        <translation>«{path}» har for mange linjer (over {n}).</translation>
    </message>
    <message>
        <source>«{path}» skal være en tabell.</source>
        <translation>«{path}» skal vere ein tabell.</translation>
    </message>
    <message>
        <source>«{path}» er et altfor stort tall.</source>
        <translation>«{path}» er eit altfor stort tal.</translation>
    </message>
    <message>
        <source>«{path}» skal være {kind}.</source>
        <translation>«{path}» skal vere {kind}.</translation>
    </message>
    <message>
        <source>«{path}»: ukjent felttype.</source>
        <translation>«{path}»: ukjend felttype.</translation>
    </message>
    <message>
        <source>Ukjent felt «{path}.{value}» i saksfilen.</source>
        <translation>Ukjent felt «{path}.{value}» i saksfila.</translation>
    </message>
    <message>
        <source>Filen er ikke en saksfil fra Startlån Desktop.</source>
        <translation>Fila er ikkje ei saksfil frå Startlån Desktop.</translation>
    </message>
    <message>
        <source>Ukjent felt «{value}» i saksfilen.</source>
        <translation>Ukjent felt «{value}» i saksfila.</translation>
    </message>
    <message>
        <source>Saksfilen mangler gyldig versjonsnummer.</source>
        <translation>Saksfila manglar gyldig versjonsnummer.</translation>
    </message>
    <message>
        <source>Saksfilen er laget av en nyere versjon av programmet (filversjon {version}). Oppdater Startlån Desktop for å åpne den.</source>
        <translation>Saksfila er laga av ein nyare versjon av programmet (filversjon {version}). Oppdater Startlån Desktop for å opne henne.</translation>
    </message>
    <message>
        <source>Saksfilen mangler innholdet «case».</source>
        <translation>Saksfila manglar innhaldet «case».</translation>
    </message>
    <message>
        <source>«case» skal være en tabell.</source>
        <translation>«case» skal vere ein tabell.</translation>
    </message>
    <message>
        <source>Filen inneholder «{name}», som ikke er et gyldig tall.</source>
        <translation>Fila inneheld «{name}», som ikkje er eit gyldig tal.</translation>
    </message>
    <message>
        <source>Feltet «{field}» står to ganger i saksfilen.</source>
        <translation>Feltet «{field}» står to gonger i saksfila.</translation>
    </message>
    <message>
        <source>Filen er nøstet for dypt til å være en saksfil.</source>
        <translation>Fila er nøsta for djupt til å vere ei saksfil.</translation>
    </message>
    <message>
        <source>Filen er ikke gyldig JSON (linje {line}): den kan være skadet eller avkortet.</source>
        <translation>Fila er ikkje gyldig JSON (linje {line}): ho kan vere skadd eller avkorta.</translation>
    </message>
    <message>
        <source>Filen inneholder et tall eller en verdi som ikke kan leses.</source>
        <translation>Fila inneheld eit tal eller ein verdi som ikkje kan lesast.</translation>
    </message>
    <message>
        <source>Kunne ikke lese {file}: {error}.</source>
        <translation>Kunne ikkje lese {file}: {error}.</translation>
    </message>
    <message>
        <source>{file} er ikke en vanlig fil.</source>
        <translation>{file} er ikkje ei vanleg fil.</translation>
    </message>
    <message>
        <source>Filen er for stor til å være en saksfil (over 5 MB).</source>
        <translation>Fila er for stor til å vere ei saksfil (over 5 MB).</translation>
    </message>
    <message>
        <source>Finner ikke filen {file}.</source>
        <translation>Finn ikkje fila {file}.</translation>
    </message>
    <message>
        <source>{file} er en mappe, ikke en saksfil.</source>
        <translation>{file} er ei mappe, ikkje ei saksfil.</translation>
    </message>
    <message>
        <source>Mangler tilgang til å lese {file}.</source>
        <translation>Manglar tilgang til å lese {file}.</translation>
    </message>
    <message>
        <source>Filen er ikke en tekstfil i UTF-8: den er ikke en saksfil.</source>
        <translation>Fila er ikkje ei tekstfil i UTF-8: ho er ikkje ei saksfil.</translation>
    </message>
    <message>
        <source>Saksfilen har en ugyldig verdi: {message} ({field})</source>
        <translation>Saksfila har ein ugyldig verdi: {message} ({field})</translation>
    </message>
    <message>
        <source>mangler tilgang</source>
        <translation>manglar tilgang</translation>
    </message>
    <message>
        <source>disken er full</source>
        <translation>disken er full</translation>
    </message>
    <message>
        <source>diskkvoten er brukt opp</source>
        <translation>diskkvoten er brukt opp</translation>
    </message>
    <message>
        <source>disken er skrivebeskyttet</source>
        <translation>disken er skrivebeskytta</translation>
    </message>
    <message>
        <source>filen eller mappen finnes ikke</source>
        <translation>fila eller mappa finst ikkje</translation>
    </message>
    <message>
        <source>en del av stien er ikke en mappe</source>
        <translation>ein del av stien er ikkje ei mappe</translation>
    </message>
    <message>
        <source>det er en mappe</source>
        <translation>det er ei mappe</translation>
    </message>
    <message>
        <source>filnavnet er for langt</source>
        <translation>filnamnet er for langt</translation>
    </message>
    <message>
        <source>lese- eller skrivefeil på disken</source>
        <translation>lese- eller skrivefeil på disken</translation>
    </message>
    <message>
        <source>filen er i bruk</source>
        <translation>fila er i bruk</translation>
    </message>
    <message>
        <source>filen finnes fra før</source>
        <translation>fila finst frå før</translation>
    </message>
    <message>
        <source>for mange åpne filer</source>
        <translation>for mange opne filer</translation>
    </message>
    <message>
        <source>kan ikke flytte mellom disker</source>
        <translation>kan ikkje flytte mellom diskar</translation>
    </message>
    <message>
        <source>nettverksdisken svarer ikke</source>
        <translation>nettverksdisken svarar ikkje</translation>
    </message>
    <message>
        <source>Kunne ikke lagre saken: {error}.</source>
        <translation>Kunne ikkje lagre saka: {error}.</translation>
    </message>
    <message>
        <source>SIFO-år {year} finnes ikke i datagrunnlaget (2025 eller 2026).</source>
        <translation>SIFO-år {year} finst ikkje i datagrunnlaget (2025 eller 2026).</translation>
    </message>
    <message>
        <source>Skatteår {year} finnes ikke i datagrunnlaget (2025 eller 2026).</source>
        <translation>Skatteår {year} finst ikkje i datagrunnlaget (2025 eller 2026).</translation>
    </message>
    <message>
        <source>bekreftet</source>
        <translation>stadfesta</translation>
    </message>
    <message>
        <source>ubekreftet</source>
        <translation>ikkje stadfesta</translation>
    </message>
    <message>
        <source>fra sekundærkilder</source>
        <translation>frå sekundærkjelder</translation>
    </message>
    <message>
        <source>transkribert, ubekreftet</source>
        <translation>transkribert, ikkje stadfesta</translation>
    </message>
    <message>
        <source>lagt inn av bruker</source>
        <translation>lagt inn av brukaren</translation>
    </message>
    <message>
        <source>SIFO referansebudsjett {year}</source>
        <translation>SIFO referansebudsjett {year}</translation>
    </message>
    <message>
        <source>NAVs veiledende satser for økonomisk stønad</source>
        <translation>Rettleiande satsar frå NAV for økonomisk stønad</translation>
    </message>
    <message>
        <source>Husbankens renter</source>
        <translation>Rentene til Husbanken</translation>
    </message>
    <message>
        <source>Norges Banks styringsrente</source>
        <translation>Styringsrenta til Noregs Bank</translation>
    </message>
    <message>
        <source>Skatteregler {year}</source>
        <translation>Skattereglar {year}</translation>
    </message>
    <message>
        <source>Salgskostnader ved tvangssalg (forslag)</source>
        <translation>Salskostnader ved tvangssal (forslag)</translation>
    </message>
    <message>
        <source>år</source>
        <translation>år</translation>
    </message>
    <message>
        <source>prosentpoeng</source>
        <translation>prosentpoeng</translation>
    </message>
    <message>
        <source>{label} må være mellom {lo} og {hi}{unit}.</source>
        <translation>{label} må vere mellom {lo} og {hi}{unit}.</translation>
    </message>
    <message>
        <source>{years} år, flytende</source>
        <translation>{years} år, flytande</translation>
    </message>
    <message>
        <source>{years} år, fast {fixed} år</source>
        <translation>{years} år, fast {fixed} år</translation>
    </message>
    <message>
        <source>Finner ikke mappen {folder}.</source>
        <translation>Finn ikkje mappa {folder}.</translation>
    </message>
    <message>
        <source>Hva lånet koster over tid</source>
        <translation>Kva lånet kostar over tid</translation>
    </message>
    <message>
        <source>Hva som skjer når renten stiger</source>
        <translation>Kva som skjer når renta stig</translation>
    </message>
    <message>
        <source>Månedlige kostnader i ny bolig sammenlignet med husleie i dag</source>
        <translation>Månadlege kostnader i ny bustad samanlikna med husleiga i dag</translation>
    </message>
    <message>
        <source>Ansvar for restgjeld etter et salg</source>
        <translation>Ansvar for restgjeld etter eit sal</translation>
    </message>
    <message>
        <source>Tvangssalg hvis lånet ikke betales</source>
        <translation>Tvangssal viss lånet ikkje blir betalt</translation>
    </message>
    <message>
        <source>Forklart {date}</source>
        <translation>Forklart {date}</translation>
    </message>
    <message>
        <source>Forklart</source>
        <translation>Forklart</translation>
    </message>
    <message>
        <source>Ikke avkrysset</source>
        <translation>Ikkje kryssa av</translation>
    </message>
    <message>
        <source>Med flytende rente blir det ingen over- eller underkurs om dere innfrir eller flytter lånet.</source>
        <translation>Med flytande rente blir det ingen over- eller underkurs om de innfrir eller flyttar lånet.</translation>
    </message>
    <message>
        <source>Velger dere «{scenario}»:</source>
        <translation>Vel de «{scenario}»:</translation>
    </message>
    <message>
        <source>Hvis boligen selges for mindre enn det dere skylder, må dere fortsatt betale resten av gjelden.</source>
        <translation>Viss bustaden blir seld for mindre enn det de skuldar, må de framleis betale resten av gjelda.</translation>
    </message>
    <message>
        <source>Etter fem år er restgjelden på startlånet om lag {balance}.</source>
        <translation>Etter fem år er restgjelda på startlånet om lag {balance}.</translation>
    </message>
    <message>
        <source>Når bindingstiden på {years} år er over, blir terminbeløpet med dagens flytende rente {payment} per måned.</source>
        <translation>Når bindingstida på {years} år er over, blir terminbeløpet med dagens flytande rente {payment} per månad.</translation>
    </message>
    <message>
        <source>Budsjettet går ikke opp hvis renten blir høyere enn {rate}.</source>
        <translation>Budsjettet går ikkje opp viss renta blir høgare enn {rate}.</translation>
    </message>
    <message>
        <source>Budsjettet går ikke opp selv uten rente.</source>
        <translation>Budsjettet går ikkje opp sjølv utan rente.</translation>
    </message>
    <message>
        <source>Husleie i dag: {rent}.</source>
        <translation>Husleige i dag: {rent}.</translation>
    </message>
    <message>
        <source>Husleie i dag er ikke oppgitt.</source>
        <translation>Husleiga i dag er ikkje oppgitt.</translation>
    </message>
    <message>
        <source>Leie av en egnet bolig: {rent}.</source>
        <translation>Leige av ein høveleg bustad: {rent}.</translation>
    </message>
    <message>
        <source>Med «{scenario}» betaler dere {interest} i renter og {fees} i gebyrer over {years} år, til sammen {paid} for et lån på {amount}. Effektiv rente er {effective}. Lengre løpetid gir lavere terminbeløp, men mer renter totalt.</source>
        <translation>Med «{scenario}» betaler de {interest} i renter og {fees} i gebyr over {years} år, til saman {paid} for eit lån på {amount}. Effektiv rente er {effective}. Lengre løpetid gir lågare terminbeløp, men meir renter totalt.</translation>
    </message>
    <message>
        <source>Renten kan endre seg. Ved {rate} rente blir terminbeløpet {payment} per måned, og restbeløpet blir {residual} per måned.</source>
        <translation>Renta kan endre seg. Ved {rate} rente blir terminbeløpet {payment} per månad, og restbeløpet blir {residual} per månad.</translation>
    </message>
    <message>
        <source>Boutgiftene i den nye boligen blir {housing} per måned (startlånet {payment} og andre boutgifter {other_housing}), i tillegg til andre faste utgifter på {other}.</source>
        <translation>Buutgiftene i den nye bustaden blir {housing} per månad (startlånet {payment} og andre buutgifter {other_housing}), i tillegg til andre faste utgifter på {other}.</translation>
    </message>
    <message>
        <source>Hvis lånet ikke betales, kan kommunen til slutt kreve boligen solgt (tvangssalg). Ta kontakt med kommunen med en gang hvis dere får problemer med å betale: da finnes det ofte løsninger, som avdragsfrihet eller lengre nedbetalingstid.</source>
        <translation>Viss lånet ikkje blir betalt, kan kommunen til slutt krevje bustaden seld (tvangssal). Ta kontakt med kommunen med ein gong viss de får problem med å betale: då finst det ofte løysingar, som avdragsfridom eller lengre nedbetalingstid.</translation>
    </message>
    <message>
        <source>«{relief}»: velg enten avdragsfrihet eller betalingsutsettelse.</source>
        <translation>«{relief}»: vel anten avdragsfridom eller betalingsutsetjing.</translation>
    </message>
    <message>
        <source>«{relief}»: gjelden som skal refinansieres finnes ikke.</source>
        <translation>«{relief}»: gjelda som skal refinansierast, finst ikkje.</translation>
    </message>
    <message>
        <source>«{relief}»: de utsatte terminene må være betalt før lånet er nedbetalt.</source>
        <translation>«{relief}»: dei utsette terminane må vere betalte før lånet er nedbetalt.</translation>
    </message>
    <message>
        <source>Begrunnelse: {reason}</source>
        <translation>Grunngiving: {reason}</translation>
    </message>
    <message>
        <source>Begrunnelse mangler: skriv hvorfor i tiltaket.</source>
        <translation>Grunngiving manglar: skriv kvifor i tiltaket.</translation>
    </message>
    <message>
        <source>«{relief}»: avdragsfrihet kan være høyst {years} år i én periode.</source>
        <translation>«{relief}»: avdragsfridom kan vere høgst {years} år i éin periode.</translation>
    </message>
    <message>
        <source>«{relief}»: gjenstående løpetid kan ikke bli over {years} år.</source>
        <translation>«{relief}»: attverande løpetid kan ikkje bli over {years} år.</translation>
    </message>
    <message>
        <source>«{relief}»: utsettelsen må være kortere enn gjenstående løpetid, nedbetalt over 0–{spread} måneder.</source>
        <translation>«{relief}»: utsetjinga må vere kortare enn attverande løpetid, nedbetalt over 0–{spread} månader.</translation>
    </message>
    <message>
        <source>Avdragsfrihet utover {years} år over lånets levetid ({used} mnd i alt). Husbankens veileder åpner for det ved betalingsproblemer.</source>
        <translation>Avdragsfridom utover {years} år over levetida til lånet ({used} mnd i alt). Rettleiaren frå Husbanken opnar for det ved betalingsproblem.</translation>
    </message>
    <message>
        <source>Utsettelse over {months} måneder (forskriften § 8-8 åpner for inntil {years} år).</source>
        <translation>Utsetjing over {months} månader (forskrifta § 8-8 opnar for inntil {years} år).</translation>
    </message>
    <message>
        <source>Samlet løpetid {years} år, over {max} år.</source>
        <translation>Samla løpetid {years} år, over {max} år.</translation>
    </message>
    <message>
        <source>De {deferred} utsatte terminene ({owed} med renter) betales over {months} måneder i tillegg til ordinært terminbeløp, med lånets rente; sluttdatoen er den samme.</source>
        <translation>Dei {deferred} utsette terminane ({owed} med renter) blir betalte over {months} månader i tillegg til ordinært terminbeløp, med renta på lånet; sluttdatoen er den same.</translation>
    </message>
    <message>
        <source>Påløpte renter i utsettelsen ({amount}) legges til lånet.</source>
        <translation>Påløpne renter i utsetjinga ({amount}) blir lagde til lånet.</translation>
    </message>
    <message>
        <source>Refinansiert gjeld: {debts} ({freed} per måned faller bort; {avoided} i renter på den gjelden spares).</source>
        <translation>Refinansiert gjeld: {debts} ({freed} per månad fell bort; {avoided} i renter på den gjelda blir spart).</translation>
    </message>
    <message>
        <source>fra {date}: {payment} ({rate}), restbeløp {residual}</source>
        <translation>frå {date}: {payment} ({rate}), restbeløp {residual}</translation>
    </message>
    <message>
        <source>Terminbeløpet endrer seg i lettelsen: {steps}.</source>
        <translation>Terminbeløpet endrar seg i lettinga: {steps}.</translation>
    </message>
    <message>
        <source>Ingen endring</source>
        <translation>Inga endring</translation>
    </message>
    <message>
        <source>Avdragsfri {months} mnd</source>
        <translation>Avdragsfri {months} md.</translation>
    </message>
    <message>
        <source>Forlenget {years} år</source>
        <translation>Forlengd {years} år</translation>
    </message>
    <message>
        <source>Utsettelse 6 mnd</source>
        <translation>Utsetjing 6 md.</translation>
    </message>
    <message>
        <source>Refinansiere dyr gjeld</source>
        <translation>Refinansiere dyr gjeld</translation>
    </message>
    <message>
        <source>Avdragsfri {months} mnd + {years} år lengre</source>
        <translation>Avdragsfri {months} md. + {years} år lengre</translation>
    </message>
    <message>
        <source>Saken har ikke noe eksisterende lån å følge opp.</source>
        <translation>Saka har ikkje noko eksisterande lån å følgje opp.</translation>
    </message>
    <message>
        <source>i {months} måneder betaler dere {payment} i måneden. </source>
        <translation>i {months} månader betaler de {payment} i månaden. </translation>
    </message>
    <message>
        <source>terminbeløpet blir {after} i måneden. </source>
        <translation>terminbeløpet blir {after} i månaden. </translation>
    </message>
    <message>
        <source>Fra {date} blir terminbeløpet {payment}, med {rate} rente etter bindingstiden. </source>
        <translation>Frå {date} blir terminbeløpet {payment}, med {rate} rente etter bindingstida. </translation>
    </message>
    <message>
        <source>Fra {date} blir terminbeløpet {payment}. </source>
        <translation>Frå {date} blir terminbeløpet {payment}. </translation>
    </message>
    <message>
        <source>Lånet er nedbetalt {date}. </source>
        <translation>Lånet er nedbetalt {date}. </translation>
    </message>
    <message>
        <source>Det koster {amount} mer i renter enn uten endring.</source>
        <translation>Det kostar {amount} meir i renter enn utan endring.</translation>
    </message>
    <message>
        <source>Det gir {amount} mindre i renter enn uten endring.</source>
        <translation>Det gir {amount} mindre i renter enn utan endring.</translation>
    </message>
    <message>
        <source>Over- og underkurs for det eksisterende lånet «{loan}»: restgjeld {amount}, fast rente {rate} til {date} ({months} mnd igjen)</source>
        <translation>Over- og underkurs for det eksisterande lånet «{loan}»: restgjeld {amount}, fast rente {rate} til {date} ({months} mnd. att)</translation>
    </message>
    <message>
        <source>Bindingstiden er kortere enn ett år, så det blir ikke over- eller underkurs å regne på.</source>
        <translation>Bindingstida er kortare enn eitt år, så det blir ikkje over- eller underkurs å rekne på.</translation>
    </message>
    <message>
        <source>Fast rente kan ikke sies opp gratis: innfrir eller flytter dere lånet nå, og renten for resten av bindingstiden er 1 prosentpoeng lavere, må dere betale om lag {pay} i overkurs. Er den 1 prosentpoeng høyere, får dere om lag {gain} i underkurs.</source>
        <translation>Fast rente kan ikkje seiast opp gratis: innfrir eller flyttar de lånet no, og renta for resten av bindingstida er 1 prosentpoeng lågare, må de betale om lag {pay} i overkurs. Er ho 1 prosentpoeng høgare, får de om lag {gain} i underkurs.</translation>
    </message>
    <message>
        <source>Fast rente kan ikke sies opp gratis: innfrir eller flytter dere lånet etter {years} år, og renten for resten av bindingstiden da er 1 prosentpoeng lavere, må dere betale om lag {pay} i overkurs. Er den 1 prosentpoeng høyere, får dere om lag {gain} i underkurs.</source>
        <translation>Fast rente kan ikkje seiast opp gratis: innfrir eller flyttar de lånet etter {years} år, og renta for resten av bindingstida då er 1 prosentpoeng lågare, må de betale om lag {pay} i overkurs. Er ho 1 prosentpoeng høgare, får de om lag {gain} i underkurs.</translation>
    </message>
    <message>
        <source>Kolonnene er endringen i markedsrenten for resten av bindingstiden. Positive beløp er overkurs (dere betaler), negative er underkurs (dere får, og beløpet går til nedbetaling av lånet). Beregnet som Husbanken gjør: nåverdien av renteforskjellen på restlånet ut bindingstiden.</source>
        <translation>Kolonnane er endringa i marknadsrenta for resten av bindingstida. Positive beløp er overkurs (de betaler), negative er underkurs (de får, og beløpet går til nedbetaling av lånet). Rekna ut slik Husbanken gjer: noverdien av renteskilnaden på restlånet ut bindingstida.</translation>
    </message>
    <message>
        <source>{sign}{pp} pp</source>
        <translation>{sign}{pp} pp</translation>
    </message>
    <message>
        <source>Innfris etter</source>
        <translation>Innfridd etter</translation>
    </message>
    <message numerus="yes">
        <source>%n år</source>
        <translation>
            <numerusform>%n år</numerusform>
            <numerusform>%n år</numerusform>
        </translation>
    </message>
    <message>
        <source>nå</source>
        <translation>no</translation>
    </message>
    <message numerus="yes">
        <source>%n mnd</source>
        <translation>
            <numerusform>%n md.</numerusform>
            <numerusform>%n md.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mat og drikke</source>
        <translation>Mat og drikke</translation>
    </message>
    <message>
        <source>Klær og sko</source>
        <translation>Klede og sko</translation>
    </message>
    <message>
        <source>Personlig pleie</source>
        <translation>Personleg pleie</translation>
    </message>
    <message>
        <source>Lek, sport og mediebruk</source>
        <translation>Leik, sport og mediebruk</translation>
    </message>
    <message>
        <source>Reisekostnader (kollektiv)</source>
        <translation>Reisekostnader (kollektiv)</translation>
    </message>
    <message>
        <source>Spedbarnsutstyr</source>
        <translation>Spedbarnsutstyr</translation>
    </message>
    <message>
        <source>Andre dagligvarer</source>
        <translation>Andre daglegvarer</translation>
    </message>
    <message>
        <source>Husholdningsartikler</source>
        <translation>Hushaldsartiklar</translation>
    </message>
    <message>
        <source>Møbler</source>
        <translation>Møblar</translation>
    </message>
    <message>
        <source>Mediebruk og fritid</source>
        <translation>Mediebruk og fritid</translation>
    </message>
    <message>
        <source>Bilkostnader</source>
        <translation>Bilkostnader</translation>
    </message>
    <message>
        <source>Barnehage</source>
        <translation>Barnehage</translation>
    </message>
    <message>
        <source>bensin</source>
        <translation>bensin</translation>
    </message>
    <message>
        <source>elbil</source>
        <translation>elbil</translation>
    </message>
    <message>
        <source>første barn</source>
        <translation>første barn</translation>
    </message>
    <message>
        <source>andre barn</source>
        <translation>andre barn</translation>
    </message>
    <message>
        <source>flere barn</source>
        <translation>fleire barn</translation>
    </message>
    <message>
        <source>SFO/AKS</source>
        <translation>SFO/AKS</translation>
    </message>
    <message>
        <source>Fødselsdatoen er ikke en gyldig dato.</source>
        <extracomment>Outside what NAV&apos;s guideline rates cover (nav.no, from 2026): compared apart from the floor.</extracomment>
        <translation>Fødselsdatoen er ikkje ein gyldig dato.</translation>
    </message>
    <message>
        <source>inkl. 12 % stordriftsfordel</source>
        <translation>inkl. 12 % stordriftsfordel</translation>
    </message>
    <message>
        <source>Livsopphold uten bil, transport, barnehage/SFO og møbler ({covered}) er lavere enn NAVs veiledende satser ({floor}); budsjettet bruker NAV-satsen som gulv og legger de andre utgiftene til.</source>
        <translation>Livsopphald utan bil, transport, barnehage/SFO og møblar ({covered}) er lågare enn dei rettleiande satsane til NAV ({floor}); budsjettet brukar NAV-satsen som golv og legg dei andre utgiftene til.</translation>
    </message>
    <message>
        <source>SFO-sats mangler for {year}: skriv inn kommunens sats.</source>
        <translation>SFO-sats manglar for {year}: skriv inn satsen til kommunen.</translation>
    </message>
    <message>
        <source>SIFOs tabeller går til 7 personer; 7-personersraden er brukt.</source>
        <translation>Tabellane til SIFO går til 7 personar; raden for 7 personar er brukt.</translation>
    </message>
    <message>
        <source>Lånebeløpet</source>
        <translation>Lånebeløpet</translation>
    </message>
    <message>
        <source>Renten</source>
        <translation>Renta</translation>
    </message>
    <message>
        <source>Renten etter bindingstiden</source>
        <translation>Renta etter bindingstida</translation>
    </message>
    <message>
        <source>Lånetypen må være annuitet eller serie.</source>
        <translation>Lånetypen må vere annuitet eller serie.</translation>
    </message>
    <message>
        <source>Terminer per år må være 12, 4 eller 2.</source>
        <translation>Terminar per år må vere 12, 4 eller 2.</translation>
    </message>
    <message>
        <source>Løpetiden må gå opp i hele terminer.</source>
        <translation>Løpetida må gå opp i heile terminar.</translation>
    </message>
    <message>
        <source>Løpetiden må være mellom 1 måned og {years} år.</source>
        <translation>Løpetida må vere mellom 1 månad og {years} år.</translation>
    </message>
    <message>
        <source>Avdragsfriheten kan være høyst {years} år.</source>
        <translation>Avdragsfridomen kan vere høgst {years} år.</translation>
    </message>
    <message>
        <source>Avdragsfriheten må være kortere enn løpetiden.</source>
        <translation>Avdragsfridomen må vere kortare enn løpetida.</translation>
    </message>
    <message>
        <source>Avdragsfriheten må gå opp i hele terminer.</source>
        <translation>Avdragsfridomen må gå opp i heile terminar.</translation>
    </message>
    <message>
        <source>Bindingstiden kan ikke være like lang som løpetiden.</source>
        <translation>Bindingstida kan ikkje vere like lang som løpetida.</translation>
    </message>
    <message>
        <source>Bindingstiden må gå opp i hele terminer.</source>
        <translation>Bindingstida må gå opp i heile terminar.</translation>
    </message>
    <message>
        <source>Etableringsgebyret</source>
        <translation>Etableringsgebyret</translation>
    </message>
    <message>
        <source>Termingebyret</source>
        <translation>Termingebyret</translation>
    </message>
    <message>
        <source>Førstegangslånet løper i 10 år.</source>
        <translation>Førstegongslånet går i 10 år.</translation>
    </message>
    <message>
        <source>Førstegangslånet kan ikke ha avdragsfrihet.</source>
        <translation>Førstegongslånet kan ikkje ha avdragsfridom.</translation>
    </message>
    <message>
        <source>Førstegangslånet har bindingstid 3, 5 eller 10 år.</source>
        <translation>Førstegongslånet har bindingstid 3, 5 eller 10 år.</translation>
    </message>
    <message>
        <source>{period} avdragsfri</source>
        <translation>{period} avdragsfri</translation>
    </message>
    <message>
        <source>{rate} fast {years} år</source>
        <translation>{rate} fast {years} år</translation>
    </message>
    <message>
        <source>{rate} delt ({share} % fast {years} år)</source>
        <translation>{rate} delt ({share} % fast {years} år)</translation>
    </message>
    <message>
        <source>{rate} flytende</source>
        <translation>{rate} flytande</translation>
    </message>
    <message>
        <source>kan ikke betjene startlån</source>
        <translation>kan ikkje betene startlån</translation>
    </message>
    <message>
        <source>Kjøpesum</source>
        <translation>Kjøpesum</translation>
    </message>
    <message>
        <source>Andel fellesgjeld</source>
        <translation>Del av fellesgjeld</translation>
    </message>
    <message>
        <source>Dokumentavgift</source>
        <translation>Dokumentavgift</translation>
    </message>
    <message>
        <source>Tinglysing</source>
        <translation>Tinglysing</translation>
    </message>
    <message>
        <source>Andre kjøpskostnader</source>
        <translation>Andre kjøpskostnader</translation>
    </message>
    <message>
        <source>= Totalkostnad</source>
        <translation>= Totalkostnad</translation>
    </message>
    <message>
        <source>Egenkapital</source>
        <translation>Eigenkapital</translation>
    </message>
    <message>
        <source>Banklån</source>
        <translation>Banklån</translation>
    </message>
    <message>
        <source>Fellesgjeld som overtas</source>
        <translation>Fellesgjeld som blir overteken</translation>
    </message>
    <message>
        <source>Andre lån og faste utgifter</source>
        <translation>Andre lån og faste utgifter</translation>
    </message>
    <message>
        <source>Startlånet</source>
        <translation>Startlånet</translation>
    </message>
    <message>
        <source>Igjen</source>
        <translation>Att</translation>
    </message>
    <message>
        <source>Egne penger</source>
        <translation>Eigne pengar</translation>
    </message>
    <message>
        <source>Fellesgjeld</source>
        <translation>Fellesgjeld</translation>
    </message>
    <message>
        <source>Startlån</source>
        <translation>Startlån</translation>
    </message>
    <message>
        <source>Tilskudd</source>
        <translation>Tilskot</translation>
    </message>
    <message>
        <source>Lånebeløpet er ikke fylt inn</source>
        <extracomment>One symbol per verdict, so colour is never the only signal.</extracomment>
        <translation>Lånebeløpet er ikkje fylt inn</translation>
    </message>
    <message>
        <source>Husstanden kan betjene et startlån på inntil {amount}.</source>
        <translation>Hushaldet kan betene eit startlån på inntil {amount}.</translation>
    </message>
    <message>
        <source>Dette går ikke opp</source>
        <translation>Dette går ikkje opp</translation>
    </message>
    <message>
        <source>Med dagens rente mangler {amount} hver måned.</source>
        <translation>Med dagens rente manglar {amount} kvar månad.</translation>
    </message>
    <message>
        <source>Når bindingstiden er over, mangler {amount} hver måned.</source>
        <translation>Når bindingstida er over, manglar {amount} kvar månad.</translation>
    </message>
    <message>
        <source>Dette går opp i dag, men ikke om noen år</source>
        <translation>Dette går opp i dag, men ikkje om nokre år</translation>
    </message>
    <message>
        <source>Ved {rate} mangler {amount} hver måned.</source>
        <translation>Ved {rate} manglar {amount} kvar månad.</translation>
    </message>
    <message>
        <source>Dette går opp i dag, men ikke hvis renten stiger mye</source>
        <translation>Dette går opp i dag, men ikkje om renta stig mykje</translation>
    </message>
    <message>
        <source>Dette går opp, også hvis renten stiger til {rate}</source>
        <translation>Dette går opp, også om renta stig til {rate}</translation>
    </message>
    <message>
        <source>Ved {rate} har dere fortsatt {amount} mer enn normen hver måned.</source>
        <translation>Ved {rate} har de framleis {amount} meir enn norma kvar månad.</translation>
    </message>
    <message>
        <source>I dag ({rate})</source>
        <translation>I dag ({rate})</translation>
    </message>
    <message>
        <source>Hvis renten stiger ({rate})</source>
        <translation>Om renta stig ({rate})</translation>
    </message>
    <message>
        <source>Når bindingstiden er over ({rate})</source>
        <translation>Når bindingstida er over ({rate})</translation>
    </message>
    <message>
        <source>Med {rate}</source>
        <translation>Med {rate}</translation>
    </message>
    <message>
        <source>Til boligen og lånet</source>
        <translation>Til bustaden og lånet</translation>
    </message>
    <message>
        <source>{cost} etter fradrag</source>
        <translation>{cost} etter frådrag</translation>
    </message>
    <message>
        <source>Betalt ned de første 10 årene</source>
        <translation>Betalt ned dei første 10 åra</translation>
    </message>
    <message>
        <source>Igjen etter 10 år</source>
        <translation>Att etter 10 år</translation>
    </message>
    <message>
        <source>= Sum finansiering</source>
        <translation>= Sum finansiering</translation>
    </message>
    <message>
        <source>behovet</source>
        <translation>behovet</translation>
    </message>
    <message>
        <source>betjeningsevnen</source>
        <translation>betalingsevna</translation>
    </message>
    <message>
        <source>Startlånet begrenses av</source>
        <translation>Startlånet er avgrensa av</translation>
    </message>
    <message>
        <source>⚑ utenfor vanlige</source>
        <translation>⚑ utanfor det vanlege</translation>
    </message>
    <message>
        <source>innenfor</source>
        <translation>innanfor</translation>
    </message>
    <message>
        <source>går ikke opp ved 0 %</source>
        <translation>går ikkje opp ved 0 %</translation>
    </message>
    <message>
        <source>over 30 %</source>
        <translation>over 30 %</translation>
    </message>
    <message>
        <source>Lånebeløp</source>
        <translation>Lånebeløp</translation>
    </message>
    <message>
        <source>Løpetid</source>
        <translation>Løpetid</translation>
    </message>
    <message>
        <source>Lånenummer</source>
        <translation>Lånenummer</translation>
    </message>
    <message>
        <source>Låntaker</source>
        <translation>Låntakar</translation>
    </message>
    <message>
        <source>Rentebinding til</source>
        <translation>Rentebinding til</translation>
    </message>
    <message>
        <source>Lånetype</source>
        <translation>Lånetype</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postnummer</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>Poststed</source>
        <translation>Poststad</translation>
    </message>
    <message>
        <source>XLSX-filer kan ikke leses: openpyxl mangler. Lagre listen som CSV.</source>
        <translation>XLSX-filer kan ikkje lesast: openpyxl manglar. Lagre lista som CSV.</translation>
    </message>
    <message>
        <source>Filen ser ut som en Excel-fil, men kan ikke leses. Lagre den på nytt som XLSX eller CSV.</source>
        <translation>Fila ser ut som ei Excel-fil, men kan ikkje lesast. Lagre ho på nytt som XLSX eller CSV.</translation>
    </message>
    <message>
        <source>Filen er for stor til å være en låneliste (over 50 MB).</source>
        <translation>Fila er for stor til å vere ei låneliste (over 50 MB).</translation>
    </message>
    <message>
        <source>{file} er en mappe, ikke en låneliste.</source>
        <translation>{file} er ei mappe, ikkje ei låneliste.</translation>
    </message>
    <message>
        <source>Filen {file} er tom.</source>
        <translation>Fila {file} er tom.</translation>
    </message>
    <message>
        <source>Filen er i det gamle Excel-formatet (.xls). Lagre den som XLSX eller CSV.</source>
        <translation>Fila er i det gamle Excel-formatet (.xls). Lagre ho som XLSX eller CSV.</translation>
    </message>
    <message>
        <source>Filen {file} er ikke en tekstfil eller Excel-fil, og ikke en låneliste.</source>
        <translation>Fila {file} er ikkje ei tekstfil eller Excel-fil, og ikkje ei låneliste.</translation>
    </message>
    <message>
        <source>Ukjent felt «{field}»; bruk et av: {fields}.</source>
        <translation>Ukjent felt «{field}»; bruk eitt av: {fields}.</translation>
    </message>
    <message>
        <source>Finner ikke kolonnen «{column}» i listen (for {field}).</source>
        <translation>Finn ikkje kolonnen «{column}» i lista (for {field}).</translation>
    </message>
    <message>
        <source>Rad {row}: {message}</source>
        <translation>Rad {row}: {message}</translation>
    </message>
    <message>
        <source>Rad {row}, kolonne «{column}»: {message}</source>
        <translation>Rad {row}, kolonne «{column}»: {message}</translation>
    </message>
    <message>
        <source>«{value}» er ikke en dato (skriv f.eks. 01.03.2027 eller 2027-03-01).</source>
        <translation>«{value}» er ikkje ein dato (skriv t.d. 01.03.2027 eller 2027-03-01).</translation>
    </message>
    <message>
        <source>«{value}» er ikke en gyldig dato.</source>
        <translation>«{value}» er ikkje ein gyldig dato.</translation>
    </message>
    <message>
        <source>«{value}» er ikke et tall.</source>
        <translation>«{value}» er ikkje eit tal.</translation>
    </message>
    <message>
        <source>Terminbeløpet dekker ikke rentene, så gjenstående løpetid kan ikke beregnes.</source>
        <translation>Terminbeløpet dekkjer ikkje rentene, så attverande løpetid kan ikkje reknast ut.</translation>
    </message>
    <message>
        <source>mangler verdi.</source>
        <translation>manglar verdi.</translation>
    </message>
    <message>
        <source>restgjelden {value} må være over 0 og høyst 20 000 000 kr.</source>
        <translation>restgjelda {value} må vere over 0 og høgst 20 000 000 kr.</translation>
    </message>
    <message>
        <source>renten {value} må være over 0 og høyst 30 %.</source>
        <translation>renta {value} må vere over 0 og høgst 30 %.</translation>
    </message>
    <message>
        <source>«{value}» terminer per år: bruk 12, 4 eller 2.</source>
        <translation>«{value}» terminar per år: bruk 12, 4 eller 2.</translation>
    </message>
    <message>
        <source>«{value}» er verken fast eller flytende rente.</source>
        <translation>«{value}» er verken fast eller flytande rente.</translation>
    </message>
    <message>
        <source>{date} er ikke en mulig dato for slutten av en bindingstid.</source>
        <translation>{date} er ikkje ein mogleg dato for slutten av ei bindingstid.</translation>
    </message>
    <message>
        <source>fast rente uten dato for når bindingstiden går ut.</source>
        <translation>fast rente utan dato for når bindingstida går ut.</translation>
    </message>
    <message>
        <source>sluttdatoen {date} er passert.</source>
        <translation>sluttdatoen {date} er passert.</translation>
    </message>
    <message>
        <source>gjenstående løpetid {months} måneder må være mellom 1 og 600.</source>
        <translation>attverande løpetid {months} månader må vere mellom 1 og 600.</translation>
    </message>
    <message>
        <source>terminbeløpet gir en løpetid over 50 år.</source>
        <translation>terminbeløpet gir ei løpetid over 50 år.</translation>
    </message>
    <message>
        <source>Finner ikke kolonnene i en låneliste (lånenummer, restgjeld, rente …). Velg kolonnene selv.</source>
        <translation>Finn ikkje kolonnane i ei låneliste (lånenummer, restgjeld, rente …). Vel kolonnane sjølv.</translation>
    </message>
    <message>
        <source>Mangler kolonne for {fields}. Velg kolonnen selv (i programmet eller med --map FELT=KOLONNE).</source>
        <translation>Manglar kolonne for {fields}. Vel kolonnen sjølv (i programmet eller med --map FELT=KOLONNE).</translation>
    </message>
    <message>
        <source>lånenummer {number} står også i rad {row}; raden er hoppet over.</source>
        <translation>lånenummer {number} står også i rad {row}; rada er hoppa over.</translation>
    </message>
    <message>
        <source>Listen har kolonner, men ingen lån.</source>
        <translation>Lista har kolonnar, men ingen lån.</translation>
    </message>
    <message>
        <source>Rentene står som desimaltall (0,04 = 4 %) og er regnet om til prosent.</source>
        <translation>Rentene står som desimaltal (0,04 = 4 %) og er rekna om til prosent.</translation>
    </message>
    <message>
        <source>Utløpt</source>
        <translation>Gått ut</translation>
    </message>
    <message>
        <source>{year} K{quarter}</source>
        <translation>{year} K{quarter}</translation>
    </message>
    <message>
        <source>Etter {year}</source>
        <translation>Etter {year}</translation>
    </message>
    <message>
        <source>Lånenr.</source>
        <translation>Lånenr.</translation>
    </message>
    <message>
        <source>Økning %</source>
        <translation>Auke %</translation>
    </message>
    <message>
        <source>Restbeløp etter (sak)</source>
        <translation>Restbeløp etter (sak)</translation>
    </message>
    <message>
        <source>Annuitet</source>
        <translation>Annuitet</translation>
    </message>
    <message>
        <source>Serie</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Nominell rente (inkl. påslag)</source>
        <translation>Nominell rente (inkl. påslag)</translation>
    </message>
    <message>
        <source>Terminbeløp per måned</source>
        <translation>Terminbeløp per månad</translation>
    </message>
    <message>
        <source>Terminbeløp i avdragsfri tid</source>
        <translation>Terminbeløp i avdragsfri tid</translation>
    </message>
    <message>
        <source>Renter første år</source>
        <translation>Renter første år</translation>
    </message>
    <message>
        <source>Avdrag første år</source>
        <translation>Avdrag første år</translation>
    </message>
    <message>
        <source>Sum renter</source>
        <translation>Sum renter</translation>
    </message>
    <message>
        <source>Sum innbetalt (inkl. gebyrer)</source>
        <translation>Sum innbetalt (inkl. gebyr)</translation>
    </message>
    <message>
        <source>Effektiv rente</source>
        <translation>Effektiv rente</translation>
    </message>
    <message>
        <source>kommunens tak (kjøpesum og kjøpskostnader)</source>
        <translation>taket til kommunen (kjøpesum og kjøpskostnader)</translation>
    </message>
    <message>
        <source>Førstegangslån (10 år)</source>
        <translation>Førstegongslån (10 år)</translation>
    </message>
    <message>
        <source>består</source>
        <translation>består</translation>
    </message>
    <message>
        <source>består ikke</source>
        <translation>består ikkje</translation>
    </message>
    <message>
        <source>Rentefradrag per måned</source>
        <translation>Rentefrådrag per månad</translation>
    </message>
    <message>
        <source>Boutgifter i ny bolig per måned</source>
        <translation>Buutgifter i ny bustad per månad</translation>
    </message>
    <message>
        <source>Igjen til livsopphold</source>
        <translation>Att til livsopphald</translation>
    </message>
    <message>
        <source>Restbeløp per måned</source>
        <translation>Restbeløp per månad</translation>
    </message>
    <message>
        <source>Stresstestrente</source>
        <translation>Stresstestrente</translation>
    </message>
    <message>
        <source>Restbeløp ved stresstest</source>
        <translation>Restbeløp ved stresstest</translation>
    </message>
    <message>
        <source>Terminbeløp etter bindingstid</source>
        <translation>Terminbeløp etter bindingstid</translation>
    </message>
    <message>
        <source>Restbeløp etter bindingstid</source>
        <translation>Restbeløp etter bindingstid</translation>
    </message>
    <message>
        <source>Rente der budsjettet ikke går opp</source>
        <translation>Rente der budsjettet ikkje går opp</translation>
    </message>
    <message>
        <source>Største lån (stresstest)</source>
        <translation>Største lån (stresstest)</translation>
    </message>
    <message>
        <source>Største lån (dagens rente)</source>
        <translation>Største lån (dagens rente)</translation>
    </message>
    <message>
        <source>Tilskudd som trengs</source>
        <translation>Tilskot som trengst</translation>
    </message>
    <message>
        <source>Kommunens vanlige vilkår</source>
        <translation>Vanlege vilkår i kommunen</translation>
    </message>
    <message>
        <source>Restgjeld etter 10 år</source>
        <translation>Restgjeld etter 10 år</translation>
    </message>
    <message>
        <source>Andel av verdi år 10</source>
        <translation>Del av verdien år 10</translation>
    </message>
    <message>
        <source>Bankenes krav etter 10 år</source>
        <translation>Krava til bankane etter 10 år</translation>
    </message>
    <message>
        <source>Vurdering</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Terminbeløp i lettelsen</source>
        <translation>Terminbeløp i lettinga</translation>
    </message>
    <message>
        <source>Måneder med lettelse</source>
        <translation>Månader med letting</translation>
    </message>
    <message>
        <source>Ordinært terminbeløp fra</source>
        <translation>Ordinært terminbeløp frå</translation>
    </message>
    <message>
        <source>Terminbeløp etterpå</source>
        <translation>Terminbeløp etterpå</translation>
    </message>
    <message>
        <source>Terminbeløp etter bindingstiden</source>
        <translation>Terminbeløp etter bindingstida</translation>
    </message>
    <message>
        <source>Restbeløp i lettelsen</source>
        <translation>Restbeløp i lettinga</translation>
    </message>
    <message>
        <source>Restbeløp etterpå</source>
        <translation>Restbeløp etterpå</translation>
    </message>
    <message>
        <source>Svakeste fase fra</source>
        <translation>Svakaste fase frå</translation>
    </message>
    <message>
        <source>Restbeløp i svakeste fase</source>
        <translation>Restbeløp i svakaste fase</translation>
    </message>
    <message>
        <source>Sum renter resten av løpetiden</source>
        <translation>Sum renter resten av løpetida</translation>
    </message>
    <message>
        <source>Ekstra renter mot ingen endring</source>
        <translation>Ekstra renter mot inga endring</translation>
    </message>
    <message>
        <source>Nedbetalt</source>
        <translation>Nedbetalt</translation>
    </message>
    <message>
        <source>Bruttoinntekten</source>
        <translation>Bruttoinntekta</translation>
    </message>
    <message>
        <source>Pensjonen</source>
        <translation>Pensjonen</translation>
    </message>
    <message>
        <source>{label} er ikke en gyldig dato.</source>
        <translation>{label} er ikkje ein gyldig dato.</translation>
    </message>
    <message>
        <source>{label} er utenfor gyldig område.</source>
        <translation>{label} er utanfor gyldig område.</translation>
    </message>
    <message>
        <source>Startdatoen</source>
        <translation>Startdatoen</translation>
    </message>
    <message>
        <source>Sluttdatoen</source>
        <translation>Sluttdatoen</translation>
    </message>
    <message>
        <source>{line}: sluttdatoen er før startdatoen.</source>
        <translation>{line}: sluttdatoen er før startdatoen.</translation>
    </message>
    <message>
        <source>Ukjent rolle.</source>
        <translation>Ukjend rolle.</translation>
    </message>
    <message>
        <source>Kjønn må være kvinne eller mann (brukes av SIFO-satsene).</source>
        <translation>Kjønn må vere kvinne eller mann (blir brukt av SIFO-satsane).</translation>
    </message>
    <message>
        <source>Alderen</source>
        <translation>Alderen</translation>
    </message>
    <message>
        <source>Månedene</source>
        <translation>Månadene</translation>
    </message>
    <message>
        <source>Fødselsdatoen er utenfor gyldig område.</source>
        <translation>Fødselsdatoen er utanfor gyldig område.</translation>
    </message>
    <message>
        <source>Rentetypen må være flytende eller fast.</source>
        <translation>Rentetypen må vere flytande eller fast.</translation>
    </message>
    <message>
        <source>Andelen med fast rente</source>
        <translation>Delen med fast rente</translation>
    </message>
    <message>
        <source>Flytende rente for resten</source>
        <translation>Flytande rente for resten</translation>
    </message>
    <message>
        <source>Bindingstiden må være 3, 5, 10 eller 20 år.</source>
        <translation>Bindingstida må vere 3, 5, 10 eller 20 år.</translation>
    </message>
    <message>
        <source>Kommunens påslag</source>
        <translation>Påslaget til kommunen</translation>
    </message>
    <message>
        <source>Husbankens rente</source>
        <translation>Renta til Husbanken</translation>
    </message>
    <message>
        <source>Løpetiden</source>
        <translation>Løpetida</translation>
    </message>
    <message>
        <source>Ekstra måneder</source>
        <translation>Ekstra månader</translation>
    </message>
    <message>
        <source>Avdragsfriheten</source>
        <translation>Avdragsfridomen</translation>
    </message>
    <message>
        <source>Ekstra måneder avdragsfrihet</source>
        <translation>Ekstra månader avdragsfridom</translation>
    </message>
    <message>
        <source>Teksten er for lang (over {n} tegn).</source>
        <translation>Teksten er for lang (over {n} teikn).</translation>
    </message>
    <message>
        <source>Listen har for mange linjer (over {n}).</source>
        <translation>Lista har for mange linjer (over {n}).</translation>
    </message>
    <message>
        <source>Husstanden må ha mellom 1 og {n} personer.</source>
        <translation>Hushaldet må ha mellom 1 og {n} personar.</translation>
    </message>
    <message>
        <source>Husstanden må ha minst én søker.</source>
        <translation>Hushaldet må ha minst éin søkjar.</translation>
    </message>
    <message>
        <source>Person {n}</source>
        <translation>Person {n}</translation>
    </message>
    <message>
        <source>Inntekt {n}: ukjent inntektstype.</source>
        <translation>Inntekt {n}: ukjend inntektstype.</translation>
    </message>
    <message>
        <source>Inntekt {n}</source>
        <translation>Inntekt {n}</translation>
    </message>
    <message>
        <source>Beløpet</source>
        <translation>Beløpet</translation>
    </message>
    <message>
        <source>Inntekt {n}: personen finnes ikke.</source>
        <translation>Inntekt {n}: personen finst ikkje.</translation>
    </message>
    <message>
        <source>Gjeld {n}: ukjent type.</source>
        <translation>Gjeld {n}: ukjend type.</translation>
    </message>
    <message>
        <source>Terminbeløpet</source>
        <translation>Terminbeløpet</translation>
    </message>
    <message>
        <source>Kredittrammen</source>
        <translation>Kredittramma</translation>
    </message>
    <message>
        <source>Restgjelden</source>
        <translation>Restgjelda</translation>
    </message>
    <message>
        <source>Gjeld {n}</source>
        <translation>Gjeld {n}</translation>
    </message>
    <message>
        <source>År igjen</source>
        <translation>År att</translation>
    </message>
    <message>
        <source>Eierformen må være selveier eller borettslag.</source>
        <translation>Eigarforma må vere sjølveigar eller burettslag.</translation>
    </message>
    <message>
        <source>Dokumentavgiften</source>
        <translation>Dokumentavgifta</translation>
    </message>
    <message>
        <source>Kostnaden ved tvangssalg</source>
        <translation>Kostnaden ved tvangssal</translation>
    </message>
    <message>
        <source>Meglerkostnaden</source>
        <translation>Meklarkostnaden</translation>
    </message>
    <message>
        <source>Banklånet</source>
        <translation>Banklånet</translation>
    </message>
    <message>
        <source>Bankens rente</source>
        <translation>Renta i banken</translation>
    </message>
    <message>
        <source>Bankens løpetid</source>
        <translation>Løpetida i banken</translation>
    </message>
    <message>
        <source>SIFO-året må være 2025 eller 2026.</source>
        <translation>SIFO-året må vere 2025 eller 2026.</translation>
    </message>
    <message>
        <source>Skatteåret må være 2025 eller 2026.</source>
        <translation>Skatteåret må vere 2025 eller 2026.</translation>
    </message>
    <message>
        <source>Antall bensinbiler</source>
        <translation>Talet på bensinbilar</translation>
    </message>
    <message>
        <source>Antall elbiler</source>
        <translation>Talet på elbilar</translation>
    </message>
    <message>
        <source>Ukjent kategori i livsoppholdet.</source>
        <translation>Ukjend kategori i livsopphaldet.</translation>
    </message>
    <message>
        <source>Satsen</source>
        <translation>Satsen</translation>
    </message>
    <message>
        <source>Måneder med barnehage</source>
        <translation>Månader med barnehage</translation>
    </message>
    <message>
        <source>Måneder med SFO</source>
        <translation>Månader med SFO</translation>
    </message>
    <message>
        <source>Andel av kredittramme</source>
        <translation>Del av kredittramme</translation>
    </message>
    <message>
        <source>Ukjent stresstestregel.</source>
        <translation>Ukjend stresstestregel.</translation>
    </message>
    <message>
        <source>Styringsrenten</source>
        <translation>Styringsrenta</translation>
    </message>
    <message>
        <source>Tillegget i stresstesten</source>
        <translation>Tillegget i stresstesten</translation>
    </message>
    <message>
        <source>Stressmarginen</source>
        <translation>Stressmarginen</translation>
    </message>
    <message>
        <source>Bankens stressmargin</source>
        <translation>Stressmarginen i banken</translation>
    </message>
    <message>
        <source>Bankens minste stressrente</source>
        <translation>Minste stressrente i banken</translation>
    </message>
    <message>
        <source>Saksdatoen</source>
        <translation>Saksdatoen</translation>
    </message>
    <message>
        <source>Datoen for rentetabellen</source>
        <translation>Datoen for rentetabellen</translation>
    </message>
    <message>
        <source>Datoen for styringsrenten</source>
        <translation>Datoen for styringsrenta</translation>
    </message>
    <message>
        <source>Datoen for forklaringen</source>
        <translation>Datoen for forklaringa</translation>
    </message>
    <message>
        <source>Flytende rente</source>
        <translation>Flytande rente</translation>
    </message>
    <message>
        <source>Vanlig løpetid</source>
        <translation>Vanleg løpetid</translation>
    </message>
    <message>
        <source>Vanlig avdragsfrihet</source>
        <translation>Vanleg avdragsfridom</translation>
    </message>
    <message>
        <source>Startlånets tak</source>
        <translation>Taket for startlånet</translation>
    </message>
    <message>
        <source>Ukjent lånetype eller rentetype i kommunens vanlige vilkår.</source>
        <translation>Ukjend lånetype eller rentetype i dei vanlege vilkåra til kommunen.</translation>
    </message>
    <message>
        <source>Ukjent tema i forklaringsplikten.</source>
        <translation>Ukjent tema i forklaringsplikta.</translation>
    </message>
    <message>
        <source>Lånets samlede løpetid kan ikke være over {years} år.</source>
        <translation>Samla løpetid for lånet kan ikkje vere over {years} år.</translation>
    </message>
    <message>
        <source>Gjenstående løpetid</source>
        <translation>Attverande løpetid</translation>
    </message>
    <message>
        <source>Gjenstående løpetid må være minst én måned.</source>
        <translation>Attverande løpetid må vere minst éin månad.</translation>
    </message>
    <message>
        <source>År siden lånet startet</source>
        <translation>År sidan lånet starta</translation>
    </message>
    <message>
        <source>Påslaget</source>
        <translation>Påslaget</translation>
    </message>
    <message>
        <source>Rentetypen må være fast eller flytende.</source>
        <translation>Rentetypen må vere fast eller flytande.</translation>
    </message>
    <message>
        <source>Bindingstiden slutter</source>
        <translation>Bindingstida sluttar</translation>
    </message>
    <message>
        <source>Brukt avdragsfrihet</source>
        <translation>Brukt avdragsfridom</translation>
    </message>
    <message>
        <source>Restansen</source>
        <translation>Restansen</translation>
    </message>
    <message>
        <source>Dager i restanse</source>
        <translation>Dagar i restanse</translation>
    </message>
    <message>
        <source>Søker</source>
        <translation>Søkjar</translation>
    </message>
    <message>
        <source>Medsøker</source>
        <translation>Medsøkjar</translation>
    </message>
    <message>
        <source>Barn</source>
        <translation>Barn</translation>
    </message>
    <message>
        <source>Annen voksen</source>
        <translation>Annan vaksen</translation>
    </message>
    <message>
        <source>Budsjett for startlån</source>
        <translation>Budsjett for startlån</translation>
    </message>
    <message>
        <source>gravid</source>
        <translation>gravid</translation>
    </message>
    <message>
        <source>ammer</source>
        <translation>ammar</translation>
    </message>
    <message>
        <source>student</source>
        <translation>student</translation>
    </message>
    <message>
        <source>pensjonist</source>
        <translation>pensjonist</translation>
    </message>
    <message>
        <source>barnehage</source>
        <translation>barnehage</translation>
    </message>
    <message>
        <source>Kommune ikke oppgitt</source>
        <translation>Kommune ikkje oppgitt</translation>
    </message>
    <message>
        <source>Saksnr. {reference} · {date}</source>
        <translation>Saksnr. {reference} · {date}</translation>
    </message>
    <message>
        <source>EKSEMPEL</source>
        <translation>EKSEMPEL</translation>
    </message>
    <message>
        <source>Saksbehandler: {name}</source>
        <translation>Sakshandsamar: {name}</translation>
    </message>
    <message>
        <source>Side {page} av {pages}</source>
        <translation>Side {page} av {pages}</translation>
    </message>
    <message>
        <source>Laget {when} med Startlån Desktop</source>
        <translation>Laga {when} med Startlån Desktop</translation>
    </message>
    <message>
        <source>Kort fortalt</source>
        <translation>Kort fortalt</translation>
    </message>
    <message>
        <source>Vurdering for «{scenario}»: &lt;b&gt;{verdict}&lt;/b&gt;.</source>
        <translation>Vurdering for «{scenario}»: &lt;b&gt;{verdict}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>husleie i dag {rent}</source>
        <translation>husleige i dag {rent}</translation>
    </message>
    <message>
        <source>husleie i dag ikke oppgitt</source>
        <translation>husleige i dag ikkje oppgitt</translation>
    </message>
    <message>
        <source>, leie av egnet bolig {rent}</source>
        <translation>, leige av høveleg bustad {rent}</translation>
    </message>
    <message>
        <source>Boutgifter i ny bolig med «{scenario}»: {cost} per måned, mot {rent}.</source>
        <translation>Buutgifter i ny bustad med «{scenario}»: {cost} per månad, mot {rent}.</translation>
    </message>
    <message>
        <source>Restbeløp er det som er igjen hver måned etter livsopphold (minst NAVs veiledende satser) og alle faste utgifter. Stresstesten regner startlånet med {rate} rente ({rule}).</source>
        <translation>Restbeløp er det som er att kvar månad etter livsopphald (minst dei rettleiande satsane frå NAV) og alle faste utgifter. Stresstesten reknar startlånet med {rate} rente ({rule}).</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Alder</source>
        <translation>Alder</translation>
    </message>
    <message>
        <source>Kjønn</source>
        <translation>Kjønn</translation>
    </message>
    <message>
        <source>Trangeste måned</source>
        <translation>Trongaste månad</translation>
    </message>
    <message>
        <source>Restbeløp da</source>
        <translation>Restbeløp då</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Fra</source>
        <translation>Frå</translation>
    </message>
    <message>
        <source>Hendelse</source>
        <translation>Hending</translation>
    </message>
    <message>
        <source>Hvis …</source>
        <translation>Dersom …</translation>
    </message>
    <message>
        <source>Restbeløp i dag</source>
        <translation>Restbeløp i dag</translation>
    </message>
    <message>
        <source>Ved stresstest¹</source>
        <translation>Ved stresstest¹</translation>
    </message>
    <message>
        <source>Livshendelser – {scenario}</source>
        <translation>Livshendingar – {scenario}</translation>
    </message>
    <message>
        <source>Samme sak med én endring om gangen; saken selv endres ikke. ¹ Eller etter bindingstiden der det er lavere.</source>
        <translation>Same sak med éi endring om gongen; saka sjølv vert ikkje endra. ¹ Eller etter bindingstida der det er lågare.</translation>
    </message>
    <message>
        <source>Tall</source>
        <translation>Tal</translation>
    </message>
    <message>
        <source>kan være endret, kontroller</source>
        <translation>kan vere endra, kontroller</translation>
    </message>
    <message>
        <source>Datagrunnlaget tallene bygger på</source>
        <translation>Datagrunnlaget tala byggjer på</translation>
    </message>
    <message>
        <source>Største startlån</source>
        <translation>Største startlån</translation>
    </message>
    <message>
        <source>Høyeste kjøpesum</source>
        <translation>Høgaste kjøpesum</translation>
    </message>
    <message>
        <source>Minste tilskudd</source>
        <translation>Minste tilskot</translation>
    </message>
    <message>
        <source>Minste egenkapital</source>
        <translation>Minste eigenkapital</translation>
    </message>
    <message>
        <source>Laveste nettoinntekt per måned</source>
        <translation>Lågaste nettoinntekt per månad</translation>
    </message>
    <message>
        <source>Største betaling på annen gjeld per måned</source>
        <translation>Største betaling på anna gjeld per månad</translation>
    </message>
    <message>
        <source>Livsopphold budsjettet tåler per måned</source>
        <translation>Livsopphald budsjettet toler per månad</translation>
    </message>
    <message>
        <source>Korteste løpetid</source>
        <translation>Kortaste løpetid</translation>
    </message>
    <message>
        <source>Lengste avdragsfrihet</source>
        <translation>Lengste avdragsfridom</translation>
    </message>
    <message>
        <source>Lengste bindingstid</source>
        <translation>Lengste bindingstid</translation>
    </message>
    <message>
        <source>kan ikke nås</source>
        <translation>kan ikkje nåast</translation>
    </message>
    <message>
        <source>trengs ikke</source>
        <translation>trengst ikkje</translation>
    </message>
    <message>
        <source>ingen kjøpesum i saken</source>
        <translation>ingen kjøpesum i saka</translation>
    </message>
    <message>
        <source>gjelder ikke flytende rente</source>
        <translation>gjeld ikkje flytande rente</translation>
    </message>
    <message>
        <source>krever 50 år</source>
        <translation>krev 50 år</translation>
    </message>
    <message>
        <source>over 30 år: særlige tilfeller</source>
        <translation>over 30 år: særlege tilfelle</translation>
    </message>
    <message>
        <source>holder med kortest mulige løpetid</source>
        <translation>held med kortast moglege løpetid</translation>
    </message>
    <message>
        <source>når grensen på 8 år</source>
        <translation>når grensa på 8 år</translation>
    </message>
    <message>
        <source>under NAVs veiledende satser</source>
        <translation>under NAVs rettleiande satsar</translation>
    </message>
    <message>
        <source>Ny fast betaling</source>
        <translation>Ny fast betaling</translation>
    </message>
    <message>
        <source>SIFO {sifo}, NAV {floor}</source>
        <translation>SIFO {sifo}, NAV {floor}</translation>
    </message>
    <message>
        <source>Merknad</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>Hva kan endres</source>
        <translation>Kva kan endrast</translation>
    </message>
    <message>
        <source>I dag</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Går akkurat opp med</source>
        <translation>Går akkurat opp med</translation>
    </message>
    <message>
        <source>Endring</source>
        <translation>Endring</translation>
    </message>
    <message>
        <source>Hva skal til for at «{label}» går opp?</source>
        <translation>Kva skal til for at «{label}» går opp?</translation>
    </message>
    <message>
        <source>Restbeløpet ved stresstest (eller etter bindingstiden) er {amount} i dag. Tallene viser hvor langt hver enkelt størrelse kan endres før det er 0 kr, med alt annet uendret.</source>
        <translation>Restbeløpet ved stresstest (eller etter bindingstida) er {amount} i dag. Tala viser kor langt kvar einskild storleik kan endrast før det er 0 kr, med alt anna uendra.</translation>
    </message>
    <message>
        <source>Restbeløpet ved stresstest (eller etter bindingstiden) er {amount} i dag. Tallene viser hva hver enkelt størrelse må være for at det blir 0 kr, med alt annet uendret.</source>
        <translation>Restbeløpet ved stresstest (eller etter bindingstida) er {amount} i dag. Tala viser kva kvar einskild storleik må vere for at det blir 0 kr, med alt anna uendra.</translation>
    </message>
    <message>
        <source>boligen kostet høyst {v}</source>
        <translation>bustaden kosta høgst {v}</translation>
    </message>
    <message>
        <source>kommunen ga et tilskudd på minst {v}</source>
        <translation>kommunen gav eit tilskot på minst {v}</translation>
    </message>
    <message>
        <source>husstanden hadde minst {v} i egenkapital</source>
        <translation>hushaldet hadde minst {v} i eigenkapital</translation>
    </message>
    <message>
        <source>nettoinntekten var minst {v} i måneden</source>
        <translation>nettoinntekta var minst {v} i månaden</translation>
    </message>
    <message>
        <source>betalingene på annen gjeld var høyst {v} i måneden</source>
        <translation>betalingane på anna gjeld var høgst {v} i månaden</translation>
    </message>
    <message>
        <source>utgiftene til livsopphold var høyst {v} i måneden</source>
        <translation>utgiftene til livsopphald var høgst {v} i månaden</translation>
    </message>
    <message>
        <source>løpetiden var minst {v}</source>
        <translation>løpetida var minst {v}</translation>
    </message>
    <message>
        <source>Med «{label}» går budsjettet opp også ved stresstest ({amount} til overs i måneden).</source>
        <translation>Med «{label}» går budsjettet opp også ved stresstest ({amount} til overs i månaden).</translation>
    </message>
    <message>
        <source>Budsjettet med «{label}» mangler {amount} i måneden ved stresstest (eller etter bindingstiden, der det er lavere).</source>
        <translation>Budsjettet med «{label}» manglar {amount} i månaden ved stresstest (eller etter bindingstida, der det er lågare).</translation>
    </message>
    <message>
        <source>Søknaden kunne vært innvilget dersom {conditions} (hver for seg, med det øvrige uendret).</source>
        <translation>Søknaden kunne vore innvilga dersom {conditions} (kvar for seg, med det andre uendra).</translation>
    </message>
    <message>
        <source>Ingen enkelt endring i inntekt, gjeld, kjøpesum, egenkapital, tilskudd eller løpetid får budsjettet til å gå opp.</source>
        <translation>Inga enkel endring i inntekt, gjeld, kjøpesum, eigenkapital, tilskot eller løpetid får budsjettet til å gå opp.</translation>
    </message>
    <message>
        <source>Husstanden har {n} barn under 18 år. Barnas beste er vurdert: budsjettet setter av livsopphold for barna etter SIFOs referansebudsjett og aldri under NAVs veiledende satser, og et lån familien ikke kan betjene når renten stiger, kan føre til betalingsproblemer, tvangssalg og flytting for barna.</source>
        <translation>Hushaldet har {n} barn under 18 år. Det beste for barna er vurdert: budsjettet set av livsopphald for barna etter referansebudsjettet til SIFO og aldri under dei rettleiande satsane til NAV, og eit lån familien ikkje kan betene når renta stig, kan føre til betalingsproblem, tvangssal og flytting for barna.</translation>
    </message>
    <message>
        <source>eller</source>
        <translation>eller</translation>
    </message>
    <message>
        <source>kvinne</source>
        <translation>kvinne</translation>
    </message>
    <message>
        <source>mann</source>
        <translation>mann</translation>
    </message>
    <message>
        <source>Husstand</source>
        <translation>Hushald</translation>
    </message>
    <message>
        <source>Inntekt</source>
        <translation>Inntekt</translation>
    </message>
    <message>
        <source>Brutto per år</source>
        <translation>Brutto per år</translation>
    </message>
    <message>
        <source>Skatt per år</source>
        <translation>Skatt per år</translation>
    </message>
    <message>
        <source>NAVs veiledende satser for økonomisk stønad for husstanden: &lt;b&gt;{floor}&lt;/b&gt;, sammenlignet med livsopphold uten bil, transport, barnehage/SFO og møbler ({covered}), som satsene ikke dekker. Brukt i budsjettet: &lt;b&gt;{used}&lt;/b&gt;</source>
        <translation>Dei rettleiande satsane til NAV for økonomisk stønad for hushaldet: &lt;b&gt;{floor}&lt;/b&gt;, samanlikna med livsopphald utan bil, transport, barnehage/SFO og møblar ({covered}), som satsane ikkje dekkjer. Brukt i budsjettet: &lt;b&gt;{used}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Netto per måned</source>
        <translation>Netto per månad</translation>
    </message>
    <message>
        <source>(anslag)</source>
        <translation>(overslag)</translation>
    </message>
    <message>
        <source>Sum netto inntekt</source>
        <translation>Sum netto inntekt</translation>
    </message>
    <message>
        <source>Inntekter</source>
        <translation>Inntekter</translation>
    </message>
    <message>
        <source>Skatten er et anslag etter skattereglene for {year} (minstefradrag, personfradrag, trinnskatt og trygdeavgift).</source>
        <translation>Skatten er eit overslag etter skattereglane for {year} (minstefrådrag, personfrådrag, trinnskatt og trygdeavgift).</translation>
    </message>
    <message>
        <source>transkribert, ikke bekreftet mot SIFO</source>
        <translation>transkribert, ikkje stadfesta mot SIFO</translation>
    </message>
    <message>
        <source>Livsopphold (kr per måned)</source>
        <translation>Livsopphald (kr per månad)</translation>
    </message>
    <message>
        <source>Brukt</source>
        <translation>Brukt</translation>
    </message>
    <message>
        <source>(eget beløp)</source>
        <translation>(eige beløp)</translation>
    </message>
    <message>
        <source>(tillegg)</source>
        <translation>(tillegg)</translation>
    </message>
    <message>
        <source>Sum valgt</source>
        <translation>Sum valt</translation>
    </message>
    <message>
        <source> – valgt beløp er lavere enn NAV-satsen, så NAV-satsen er brukt som gulv</source>
        <translation> – valt beløp er lågare enn NAV-satsen, så NAV-satsen er brukt som golv</translation>
    </message>
    <message>
        <source>Livsoppholdssats (utleggstrekk) til sammenligning: {rate}. Kilde: SIFOs referansebudsjett {year} ({status}), SIFO, OsloMet, CC BY 4.0.</source>
        <translation>Livsopphaldssats (utleggstrekk) til samanlikning: {rate}. Kjelde: referansebudsjettet til SIFO {year} ({status}), SIFO, OsloMet, CC BY 4.0.</translation>
    </message>
    <message>
        <source>Livsopphold</source>
        <translation>Livsopphald</translation>
    </message>
    <message>
        <source>Andre faste utgifter og boutgifter</source>
        <translation>Andre faste utgifter og buutgifter</translation>
    </message>
    <message>
        <source>Andre faste utgifter (per måned)</source>
        <translation>Andre faste utgifter (per månad)</translation>
    </message>
    <message>
        <source>Beløp</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Sum andre faste utgifter</source>
        <translation>Sum andre faste utgifter</translation>
    </message>
    <message>
        <source>Boutgifter utenom startlånet</source>
        <translation>Buutgifter utanom startlånet</translation>
    </message>
    <message>
        <source>Sum boutgifter</source>
        <translation>Sum buutgifter</translation>
    </message>
    <message>
        <source>Til sammenligning: husleie i dag {rent}, leie av egnet bolig {alternative} per måned.</source>
        <translation>Til samanlikning: husleige i dag {rent}, leige av høveleg bustad {alternative} per månad.</translation>
    </message>
    <message>
        <source>Budsjett per måned</source>
        <translation>Budsjett per månad</translation>
    </message>
    <message>
        <source>Netto inntekt</source>
        <translation>Netto inntekt</translation>
    </message>
    <message>
        <source>Andre faste utgifter</source>
        <translation>Andre faste utgifter</translation>
    </message>
    <message>
        <source>Disponibelt til boutgifter</source>
        <translation>Disponibelt til buutgifter</translation>
    </message>
    <message>
        <source>Disponibelt til startlånet</source>
        <translation>Disponibelt til startlånet</translation>
    </message>
    <message>
        <source>Budsjett før startlånet</source>
        <translation>Budsjett før startlånet</translation>
    </message>
    <message>
        <source>Sammenligning av lånealternativer</source>
        <translation>Samanlikning av lånealternativ</translation>
    </message>
    <message>
        <source>Merking: ✔ går opp, ! stramt (går opp i dag, men ikke ved stresstest eller etter bindingstiden), ✖ går ikke opp. Skyggen følger merkingen, så arket kan leses i svart-hvitt.</source>
        <translation>Merking: ✔ går opp, ! stramt (går opp i dag, men ikkje ved stresstest eller etter bindingstida), ✖ går ikkje opp. Skuggen følgjer merkinga, så arket kan lesast i svart-kvitt.</translation>
    </message>
    <message>
        <source>Finansieringsplan og tilskudd som trengs</source>
        <translation>Finansieringsplan og tilskot som trengst</translation>
    </message>
    <message>
        <source>Startlånet er begrenset av det husstanden kan betjene ved stresstestrenten og av boligens verdi (minus banklån). Tilskuddet dekker resten. ★ = minst tilskudd.</source>
        <translation>Startlånet er avgrensa av det hushaldet kan betale ved stresstestrenta og av verdien av bustaden (minus banklån). Tilskotet dekkjer resten. ★ = minst tilskot.</translation>
    </message>
    <message>
        <source>Der det står «kan ikke betjene startlån», går budsjettet ikke opp ved stresstest selv uten lån; et tilskudd alene er ikke vurdert.</source>
        <translation>Der det står «kan ikkje betene startlån», går budsjettet ikkje opp ved stresstest sjølv utan lån; eit tilskot åleine er ikkje vurdert.</translation>
    </message>
    <message>
        <source>Diagrammer</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <source>Tekst til vedtaket (kan kopieres)</source>
        <translation>Tekst til vedtaket (kan kopierast)</translation>
    </message>
    <message>
        <source>Over- og underkurs ved fast rente – {scenario}</source>
        <translation>Over- og underkurs ved fast rente – {scenario}</translation>
    </message>
    <message>
        <source>{amount} med fast rente {rate} i {years} år, innfridd eller flyttet før bindingstiden er ute.</source>
        <translation>{amount} med fast rente {rate} i {years} år, innfridd eller flytta før bindingstida er ute.</translation>
    </message>
    <message>
        <source>Førstegangslån: hva skjer etter 10 år</source>
        <translation>Førstegongslån: kva skjer etter 10 år</translation>
    </message>
    <message>
        <source>Gjeld etter tvangssalg – {scenario}</source>
        <translation>Gjeld etter tvangssal – {scenario}</translation>
    </message>
    <message>
        <source>Tema og tall fra saken</source>
        <translation>Tema og tal frå saka</translation>
    </message>
    <message>
        <source>Forklaringsplikt (finansavtaleloven)</source>
        <translation>Forklaringsplikt (finansavtalelova)</translation>
    </message>
    <message>
        <source>Datagrunnlag</source>
        <translation>Datagrunnlag</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Datagrunnlag og kilder</source>
        <translation>Datagrunnlag og kjelder</translation>
    </message>
    <message>
        <source>Sted og dato, saksbehandler</source>
        <translation>Stad og dato, sakshandsamar</translation>
    </message>
    <message>
        <source>Sted og dato, søker / medsøker</source>
        <translation>Stad og dato, søkjar / medsøkjar</translation>
    </message>
    <message>
        <source>Notater</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Underskrifter</source>
        <translation>Underskrifter</translation>
    </message>
    <message>
        <source>År</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Renter</source>
        <translation>Renter</translation>
    </message>
    <message>
        <source>Avdrag</source>
        <translation>Avdrag</translation>
    </message>
    <message>
        <source>Gebyrer</source>
        <translation>Gebyr</translation>
    </message>
    <message>
        <source>Innbetalt</source>
        <translation>Innbetalt</translation>
    </message>
    <message>
        <source>Restgjeld</source>
        <translation>Restgjeld</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Sum</translation>
    </message>
    <message>
        <source>Vedlegg: nedbetalingsplan per år – {scenario}</source>
        <translation>Vedlegg: nedbetalingsplan per år – {scenario}</translation>
    </message>
    <message>
        <source>Beløp i kroner. Etableringsgebyr {fee} er med i summen av gebyrer.</source>
        <translation>Beløp i kroner. Etableringsgebyr {fee} er med i summen av gebyr.</translation>
    </message>
    <message>
        <source>Beregning av betjeningsevne</source>
        <translation>Utrekning av betalingsevne</translation>
    </message>
    <message>
        <source>Dagens rente {rate}</source>
        <translation>Dagens rente {rate}</translation>
    </message>
    <message>
        <source>Stresstest {rate}</source>
        <translation>Stresstest {rate}</translation>
    </message>
    <message>
        <source>(utenfor kurven: {amount})</source>
        <translation>(utanfor kurva: {amount})</translation>
    </message>
    <message>
        <source>Går ikke opp over {rate}</source>
        <translation>Går ikkje opp over {rate}</translation>
    </message>
    <message>
        <source>Restbeløp per måned ved ulik rente – {scenario}</source>
        <translation>Restbeløp per månad ved ulik rente – {scenario}</translation>
    </message>
    <message>
        <source>Rente på startlånet (%)</source>
        <translation>Rente på startlånet (%)</translation>
    </message>
    <message>
        <source>tusen kr per måned</source>
        <translation>tusen kr per månad</translation>
    </message>
    <message>
        <source>Restbeløp</source>
        <translation>Restbeløp</translation>
    </message>
    <message>
        <source>Restgjeld over tid</source>
        <translation>Restgjeld over tid</translation>
    </message>
    <message>
        <source>tusen kr</source>
        <translation>tusen kr</translation>
    </message>
    <message>
        <source>Gjeld mot salgsverdi – {scenario}</source>
        <translation>Gjeld mot salsverdi – {scenario}</translation>
    </message>
    <message>
        <source>Gjeld (startlån og banklån)</source>
        <translation>Gjeld (startlån og banklån)</translation>
    </message>
    <message>
        <source>Salgsverdi ved prisfall {fall} %</source>
        <translation>Salsverdi ved prisfall {fall} %</translation>
    </message>
    <message>
        <source>Restbeløp per måned de neste ti årene</source>
        <translation>Restbeløp per månad dei neste ti åra</translation>
    </message>
    <message>
        <source>tusen kr per måned; tallene øverst er hendelsene i listen under, merkene hvert scenarios trangeste måned</source>
        <translation>tusen kr per månad; tala øvst er hendingane i lista under, merka den trongaste månaden i kvart scenario</translation>
    </message>
    <message>
        <source>Oppfølging av startlån</source>
        <translation>Oppfølging av startlån</translation>
    </message>
    <message>
        <source>{rate} fast til {date}</source>
        <translation>{rate} fast til {date}</translation>
    </message>
    <message>
        <source>Lånet i dag</source>
        <translation>Lånet i dag</translation>
    </message>
    <message>
        <source>Lån</source>
        <translation>Lån</translation>
    </message>
    <message>
        <source>Rente</source>
        <translation>Rente</translation>
    </message>
    <message>
        <source>Restanse</source>
        <translation>Restanse</translation>
    </message>
    <message>
        <source>{amount} ({days} dager)</source>
        <translation>{amount} ({days} dagar)</translation>
    </message>
    <message>
        <source>Disponibelt til startlånet per måned</source>
        <translation>Disponibelt til startlånet per månad</translation>
    </message>
    <message>
        <source>Situasjonen nå</source>
        <translation>Situasjonen no</translation>
    </message>
    <message>
        <source>Fastrenten løp ut {date}. Terminbeløpet går fra {now} til {after} i måneden ({jump} mer) med {rate} rente, og restbeløpet blir {residual} per måned.</source>
        <translation>Fastrenta gjekk ut {date}. Terminbeløpet går frå {now} til {after} i månaden ({jump} meir) med {rate} rente, og restbeløpet blir {residual} per månad.</translation>
    </message>
    <message>
        <source>Fastrenten løper ut {date} (om {months} måneder). Da går terminbeløpet fra {now} til {after} i måneden ({jump} mer) med {rate} rente, og restbeløpet blir {residual} per måned.</source>
        <translation>Fastrenta går ut {date} (om {months} månader). Då går terminbeløpet frå {now} til {after} i månaden ({jump} meir) med {rate} rente, og restbeløpet blir {residual} per månad.</translation>
    </message>
    <message>
        <source>Over- og underkurs ved fast rente</source>
        <translation>Over- og underkurs ved fast rente</translation>
    </message>
    <message>
        <source>Valgt tiltak</source>
        <translation>Valt tiltak</translation>
    </message>
    <message>
        <source>Ingen tiltak er valgt ennå.</source>
        <translation>Ingen tiltak er valt enno.</translation>
    </message>
    <message>
        <source>Mulige betalingslettelser sammenlignet med ingen endring</source>
        <translation>Moglege betalingslettingar samanlikna med inga endring</translation>
    </message>
    <message>
        <source>Oppfølging av eksisterende startlån</source>
        <translation>Oppfølging av eksisterande startlån</translation>
    </message>
    <message>
        <source>Diagram: restgjeld per år for hvert scenario</source>
        <translation>Diagram: restgjeld per år for kvart scenario</translation>
    </message>
    <message>
        <source>Restgjeld (tusen kr)</source>
        <translation>Restgjeld (tusen kr)</translation>
    </message>
    <message>
        <source>Boutgifter</source>
        <translation>Buutgifter</translation>
    </message>
    <message>
        <source>Diagram: månedsbudsjett for valgt scenario</source>
        <translation>Diagram: månadsbudsjett for valt scenario</translation>
    </message>
    <message>
        <source>kr per måned</source>
        <translation>kr per månad</translation>
    </message>
    <message>
        <source>tusen kr per måned (startlån etter rentefradrag)</source>
        <translation>tusen kr per månad (startlån etter rentefrådrag)</translation>
    </message>
    <message>
        <source>Månedsbudsjett: {scenario}</source>
        <translation>Månadsbudsjett: {scenario}</translation>
    </message>
    <message>
        <source>Restbeløp ved ulik rente</source>
        <translation>Restbeløp ved ulik rente</translation>
    </message>
    <message>
        <source>Diagram: restbeløp som funksjon av renten</source>
        <translation>Diagram: restbeløp som funksjon av renta</translation>
    </message>
    <message>
        <source>Rente (%)</source>
        <translation>Rente (%)</translation>
    </message>
    <message>
        <source>tusen kr/mnd</source>
        <translation>tusen kr/md.</translation>
    </message>
    <message>
        <source>Null</source>
        <translation>Null</translation>
    </message>
    <message>
        <source>Stresstestens restbeløp</source>
        <translation>Restbeløpet i stresstesten</translation>
    </message>
    <message>
        <source>Restbeløpet ved ulik rente vises når lånebeløpet er fylt inn (under «Lån og scenarioer»).</source>
        <translation>Restbeløpet ved ulik rente blir vist når lånebeløpet er fylt inn (under «Lån og scenario»).</translation>
    </message>
    <message>
        <source>Restbeløp ved ulik rente: {scenario}</source>
        <translation>Restbeløp ved ulik rente: {scenario}</translation>
    </message>
    <message>
        <source>I dag {rate}</source>
        <translation>I dag {rate}</translation>
    </message>
    <message>
        <source>Brudd {rate}</source>
        <translation>Brot {rate}</translation>
    </message>
    <message>
        <source>Uventet feil</source>
        <translation>Uventa feil</translation>
    </message>
    <message>
        <source>Feilen er logget uten personopplysninger i {file}.</source>
        <translation>Feilen er logga utan personopplysningar i {file}.</translation>
    </message>
    <message>
        <source>Det oppstod en uventet feil i programmet. Tallene på skjermen kan være feil til saken er beregnet på nytt.</source>
        <translation>Det oppstod ein uventa feil i programmet. Tala på skjermen kan vere feil til saka er rekna ut på nytt.</translation>
    </message>
    <message>
        <source>Saken hadde ingen ulagrede endringer.</source>
        <translation>Saka hadde ingen ulagra endringar.</translation>
    </message>
    <message>
        <source>En sikkerhetskopi av saken er lagret.</source>
        <translation>Ein tryggleikskopi av saka er lagra.</translation>
    </message>
    <message>
        <source>Sikkerhetskopi av saken kunne ikke lagres: lagre saken nå.</source>
        <translation>Tryggleikskopi av saka kunne ikkje lagrast: lagre saka no.</translation>
    </message>
    <message>
        <source>Feilen kunne ikke logges.</source>
        <translation>Feilen kunne ikkje loggast.</translation>
    </message>
    <message>
        <source>Lagre saken som …</source>
        <translation>Lagre saka som …</translation>
    </message>
    <message>
        <source>Fortsett</source>
        <translation>Hald fram</translation>
    </message>
    <message>
        <source>&amp;Lagre</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>&amp;Ikke lagre</source>
        <translation>&amp;Ikkje lagre</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Ja</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;Nei</source>
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Oppfølging av eksisterende lån</source>
        <translation>Oppfølging av eksisterande lån</translation>
    </message>
    <message>
        <source>For husstander som allerede har startlån: sammenlign avdragsfrihet, lengre løpetid, betalingsutsettelse og refinansiering med «ingen endring», og se hva som skjer når fastrenten løper ut.</source>
        <translation>For hushald som alt har startlån: samanlikn avdragsfridom, lengre løpetid, betalingsutsetjing og refinansiering med «inga endring», og sjå kva som skjer når fastrenta går ut.</translation>
    </message>
    <message>
        <source>Legg inn eksisterende lån</source>
        <translation>Legg inn eksisterande lån</translation>
    </message>
    <message>
        <source>mnd</source>
        <translation>md.</translation>
    </message>
    <message>
        <source>Rente i dag (med påslag)</source>
        <translation>Rente i dag (med påslag)</translation>
    </message>
    <message>
        <source>Rentetype</source>
        <translation>Rentetype</translation>
    </message>
    <message>
        <source>Flytende</source>
        <translation>Flytande</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>Fast</translation>
    </message>
    <message>
        <source>Rente etter bindingstiden (tomt = dagens flytende)</source>
        <translation>Rente etter bindingstida (tomt = dagens flytande)</translation>
    </message>
    <message>
        <source>Termingebyr</source>
        <translation>Termingebyr</translation>
    </message>
    <message>
        <source>Avdragsfrihet brukt før</source>
        <translation>Avdragsfridom brukt før</translation>
    </message>
    <message>
        <source>dager</source>
        <translation>dagar</translation>
    </message>
    <message>
        <source>Betalingslettelser (sammenlignes med den første, «Ingen endring»)</source>
        <translation>Betalingslettingar (blir samanlikna med den første, «Inga endring»)</translation>
    </message>
    <message>
        <source>0 = rentene legges til lånet; ellers betales de utsatte terminene over så mange mnd</source>
        <translation>0 = rentene blir lagde til lånet; elles blir dei utsette terminane betalte over så mange md.</translation>
    </message>
    <message>
        <source>Valgt</source>
        <translation>Valt</translation>
    </message>
    <message>
        <source>Begrunnelse</source>
        <translation>Grunngiving</translation>
    </message>
    <message>
        <source>Hvorfor tiltaket går ut over de vanlige grensene; skrives ut med advarselen</source>
        <translation>Kvifor tiltaket går ut over dei vanlege grensene; blir skrive ut med åtvaringa</translation>
    </message>
    <message>
        <source>Nytt tiltak</source>
        <translation>Nytt tiltak</translation>
    </message>
    <message>
        <source>Legg til tiltak</source>
        <translation>Legg til tiltak</translation>
    </message>
    <message>
        <source>Fastrenten løp ut {date}: terminbeløpet går fra {now} til {after} ({jump} mer, {rate}), restbeløp etter: {residual}.</source>
        <translation>Fastrenta gjekk ut {date}: terminbeløpet går frå {now} til {after} ({jump} meir, {rate}), restbeløp etter: {residual}.</translation>
    </message>
    <message>
        <source>Fastrenten løper ut {date} (om {months} mnd): terminbeløpet går fra {now} til {after} ({jump} mer, {rate}), restbeløp etter: {residual}.</source>
        <translation>Fastrenta går ut {date} (om {months} md.): terminbeløpet går frå {now} til {after} ({jump} meir, {rate}), restbeløp etter: {residual}.</translation>
    </message>
    <message>
        <source>Valgt: {measures}</source>
        <translation>Valt: {measures}</translation>
    </message>
    <message>
        <source>Kryss av «Valgt» for tiltaket som velges.</source>
        <translation>Kryss av «Valt» for tiltaket som blir valt.</translation>
    </message>
    <message>
        <source>Gjeld som refinansieres inn i startlånet</source>
        <translation>Gjeld som blir refinansiert inn i startlånet</translation>
    </message>
    <message>
        <source>Tiltak</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Tiltak som refinansierer</source>
        <translation>Tiltak som refinansierer</translation>
    </message>
    <message>
        <source>Saken har ingen annen gjeld å refinansiere.</source>
        <translation>Saka har inga anna gjeld å refinansiere.</translation>
    </message>
    <message>
        <source>Oppgi restgjelden under Gjeld for å kunne refinansiere den.</source>
        <translation>Oppgi restgjelda under Gjeld for å kunne refinansiere ho.</translation>
    </message>
    <message>
        <source>restgjeld {balance}, {rate}</source>
        <translation>restgjeld {balance}, {rate}</translation>
    </message>
    <message>
        <source>Sammenligning av betalingslettelser</source>
        <translation>Samanlikning av betalingslettingar</translation>
    </message>
    <message>
        <source>Fastrenter som løper ut – {folder}</source>
        <translation>Fastrenter som går ut – {folder}</translation>
    </message>
    <message>
        <source>kunne ikke skrive {file}: {error}</source>
        <translation>kunne ikkje skrive {file}: {error}</translation>
    </message>
    <message>
        <source>Sak {reference}</source>
        <translation>Sak {reference}</translation>
    </message>
    <message>
        <source>Netto inntekt per måned</source>
        <translation>Netto inntekt per månad</translation>
    </message>
    <message>
        <source>Livsopphold (SIFO {year})</source>
        <translation>Livsopphald (SIFO {year})</translation>
    </message>
    <message>
        <source>(NAV-gulv {nav}, brukt {used})</source>
        <translation>(NAV-golv {nav}, brukt {used})</translation>
    </message>
    <message>
        <source>Boutgifter utenom startlån</source>
        <translation>Buutgifter utanom startlån</translation>
    </message>
    <message>
        <source>Merk: {warning}</source>
        <translation>Merk: {warning}</translation>
    </message>
    <message>
        <source>--scenario må være mellom 1 og {n}</source>
        <translation>--scenario må vere mellom 1 og {n}</translation>
    </message>
    <message>
        <source>--lang {code} gjelder bare arket til søkeren (--applicant)</source>
        <translation>--lang {code} gjeld berre arket til søkjaren (--applicant)</translation>
    </message>
    <message>
        <source>saken har ikke noe eksisterende lån å følge opp</source>
        <translation>saka har ikkje noko eksisterande lån å følgje opp</translation>
    </message>
    <message>
        <source>det eksisterende lånet har flytende rente, eller bindingstiden er over: ingen over- eller underkurs</source>
        <translation>det eksisterande lånet har flytande rente, eller bindingstida er over: ingen over- eller underkurs</translation>
    </message>
    <message>
        <source>oppgi --scenario N, eller --existing for sakens eksisterende lån</source>
        <translation>oppgi --scenario N, eller --existing for det eksisterande lånet i saka</translation>
    </message>
    <message>
        <source>scenario {n} har flytende rente: ingen over- eller underkurs</source>
        <translation>scenario {n} har flytande rente: ingen over- eller underkurs</translation>
    </message>
    <message>
        <source>Over- og underkurs for «{scenario}»: {amount} med fast rente {rate} i {years} år</source>
        <translation>Over- og underkurs for «{scenario}»: {amount} med fast rente {rate} i {years} år</translation>
    </message>
    <message>
        <source>saken har ingen kjøpesum: gjeld etter salg kan ikke beregnes</source>
        <translation>saka har ingen kjøpesum: gjeld etter sal kan ikkje reknast ut</translation>
    </message>
    <message>
        <source>Gjeld etter tvangssalg for «{scenario}»: boligens verdi {value}, salgskostnader {fee} + {pct} meglerkostnad</source>
        <translation>Gjeld etter tvangssal for «{scenario}»: verdien av bustaden {value}, salskostnader {fee} + {pct} meklarkostnad</translation>
    </message>
    <message>
        <source>De neste årene: restbeløp per måned i den trangeste måneden hvert år</source>
        <translation>Dei neste åra: restbeløp per månad i den trongaste månaden kvart år</translation>
    </message>
    <message>
        <source>Hendelser</source>
        <translation>Hendingar</translation>
    </message>
    <message>
        <source>--price-shock må være mellom 0 og 100</source>
        <translation>--price-shock må vere mellom 0 og 100</translation>
    </message>
    <message>
        <source>Livshendelser: restbeløp ved stresstest (eller etter bindingstiden) per måned</source>
        <translation>Livshendingar: restbeløp ved stresstest (eller etter bindingstida) per månad</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variant</translation>
    </message>
    <message>
        <source>Sak {reference}: {loan}, restgjeld {balance}, restanse {arrears} ({days} dager)</source>
        <translation>Sak {reference}: {loan}, restgjeld {balance}, restanse {arrears} ({days} dagar)</translation>
    </message>
    <message>
        <source>Fastrente til {date}: terminbeløpet går fra {now} til {after} ({jump} mer), restbeløp etter: {residual}</source>
        <translation>Fastrente til {date}: terminbeløpet går frå {now} til {after} ({jump} meir), restbeløp etter: {residual}</translation>
    </message>
    <message>
        <source>Saksnr.</source>
        <translation>Saksnr.</translation>
    </message>
    <message>
        <source>Fil</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Binding til</source>
        <translation>Binding til</translation>
    </message>
    <message>
        <source>Mnd igjen</source>
        <translation>Md. att</translation>
    </message>
    <message>
        <source>Terminbeløp nå</source>
        <translation>Terminbeløp no</translation>
    </message>
    <message>
        <source>Etter</source>
        <translation>Etter</translation>
    </message>
    <message>
        <source>Økning</source>
        <translation>Auke</translation>
    </message>
    <message>
        <source>Restbeløp etter</source>
        <translation>Restbeløp etter</translation>
    </message>
    <message>
        <source>Hoppet over {file}: {reason}</source>
        <translation>Hoppa over {file}: {reason}</translation>
    </message>
    <message>
        <source>kontroller</source>
        <translation>kontroller</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>I kraft</source>
        <translation>I kraft</translation>
    </message>
    <message>
        <source>oppgi datapakken: startlan data import PAKKE.json</source>
        <translation>oppgi datapakken: startlan data import PAKKE.json</translation>
    </message>
    <message>
        <source>datapakken er avvist, ingenting er endret: {error}</source>
        <translation>datapakken er avvist, ingenting er endra: {error}</translation>
    </message>
    <message>
        <source>Ingen endringer: datapakken har de samme tallene som gjelder nå.</source>
        <translation>Ingen endringar: datapakken har dei same tala som gjeld no.</translation>
    </message>
    <message>
        <source>Prøvekjøring: ingenting er endret.</source>
        <translation>Prøvekøyring: ingenting er endra.</translation>
    </message>
    <message>
        <source>Importert. Oppdaterte dataelementer: {n}.</source>
        <translation>Importert. Oppdaterte dataelement: {n}.</translation>
    </message>
    <message>
        <source>Største lån: {amount}</source>
        <translation>Største lån: {amount}</translation>
    </message>
    <message>
        <source>oppgi --amount (lånebeløp) eller --payment (terminbeløp)</source>
        <translation>oppgi --amount (lånebeløp) eller --payment (terminbeløp)</translation>
    </message>
    <message>
        <source>Første terminbeløp</source>
        <translation>Første terminbeløp</translation>
    </message>
    <message>
        <source>Terminbeløp etter avdragsfri</source>
        <translation>Terminbeløp etter avdragsfri</translation>
    </message>
    <message>
        <source>Sum innbetalt</source>
        <translation>Sum innbetalt</translation>
    </message>
    <message>
        <source>Terminer</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>ugyldig --member {spec}: bruk f|m:ALDER[:flagg,...], f.eks. f:34 eller m:4mo</source>
        <translation>ugyldig --member {spec}: bruk f|m:ALDER[:flagg,...], t.d. f:34 eller m:4mo</translation>
    </message>
    <message>
        <source>ukjent flagg {flag} i --member {spec}</source>
        <translation>ukjent flagg {flag} i --member {spec}</translation>
    </message>
    <message>
        <source>antall biler kan ikke være negativt</source>
        <translation>talet på bilar kan ikkje vere negativt</translation>
    </message>
    <message>
        <source>Sum SIFO</source>
        <translation>Sum SIFO</translation>
    </message>
    <message>
        <source>NAVs veiledende sats (gulv)</source>
        <translation>Rettleiande sats frå NAV (golv)</translation>
    </message>
    <message>
        <source>Skatteestimat {year} (anslag)</source>
        <translation>Skatteoverslag {year}</translation>
    </message>
    <message>
        <source>Skatt på alminnelig inntekt</source>
        <translation>Skatt på alminneleg inntekt</translation>
    </message>
    <message>
        <source>Trinnskatt</source>
        <translation>Trinnskatt</translation>
    </message>
    <message>
        <source>Trygdeavgift</source>
        <translation>Trygdeavgift</translation>
    </message>
    <message>
        <source>Skattefradrag pensjon</source>
        <translation>Skattefrådrag pensjon</translation>
    </message>
    <message>
        <source>Sum skatt</source>
        <translation>Sum skatt</translation>
    </message>
    <message>
        <source>Netto per år</source>
        <translation>Netto per år</translation>
    </message>
    <message>
        <source>{n} saker med fastrente.</source>
        <translation>{n} saker med fastrente.</translation>
    </message>
    <message>
        <source>Hoppet over {n} filer som ikke kunne leses.</source>
        <translation>Hoppa over {n} filer som ikkje kunne lesast.</translation>
    </message>
    <message>
        <source>Eksporter CSV …</source>
        <translation>Eksporter CSV …</translation>
    </message>
    <message>
        <source>Avdragsfri (mnd)</source>
        <translation>Avdragsfri (md.)</translation>
    </message>
    <message>
        <source>Forleng (år)</source>
        <translation>Forleng (år)</translation>
    </message>
    <message>
        <source>Utsett (mnd)</source>
        <translation>Utset (md.)</translation>
    </message>
    <message>
        <source>Inntil {months} mnd etter forskriften § 8-8; mer gir en advarsel</source>
        <translation>Inntil {months} mnd etter forskrifta § 8-8; meir gir ei åtvaring</translation>
    </message>
    <message>
        <source>Betal over (mnd)</source>
        <translation>Betal over (md.)</translation>
    </message>
    <message>
        <source>Leser %v av %m saksfiler …</source>
        <translation>Les %v av %m saksfiler …</translation>
    </message>
    <message>
        <source>Avbrutt etter {done} av {total} filer: listen er ufullstendig.</source>
        <translation>Avbrote etter {done} av {total} filer: lista er ufullstendig.</translation>
    </message>
    <message>
        <source>Eksporter forfallsliste</source>
        <translation>Eksporter forfallsliste</translation>
    </message>
    <message>
        <source>Kvinne</source>
        <translation>Kvinne</translation>
    </message>
    <message>
        <source>Mann</source>
        <translation>Mann</translation>
    </message>
    <message>
        <source>Gravid</source>
        <translation>Gravid</translation>
    </message>
    <message>
        <source>Ammer</source>
        <translation>Ammar</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Pensjonist</source>
        <translation>Pensjonist</translation>
    </message>
    <message>
        <source>Saken</source>
        <translation>Saka</translation>
    </message>
    <message>
        <source>Notater til saken (skrives ut på budsjettarket)</source>
        <translation>Notat til saka (blir skrivne ut på budsjettarket)</translation>
    </message>
    <message>
        <source>Søker, medsøker og barn. Alder styrer SIFO-satsene og NAVs veiledende satser; navn er valgfritt.</source>
        <translation>Søkjar, medsøkjar og barn. Alder styrer SIFO-satsane og dei rettleiande satsane frå NAV; namn er valfritt.</translation>
    </message>
    <message>
        <source>Valgfritt; bare fornavn vises i gjennomgangen</source>
        <translation>Valfritt; berre førenamn blir viste i gjennomgangen</translation>
    </message>
    <message>
        <source>Alder (år)</source>
        <translation>Alder (år)</translation>
    </message>
    <message>
        <source>Mnd</source>
        <translation>Md.</translation>
    </message>
    <message>
        <source>Måneder utover hele år (spedbarn)</source>
        <translation>Månader utover heile år (spedbarn)</translation>
    </message>
    <message>
        <source>Fødselsdato</source>
        <translation>Fødselsdato</translation>
    </message>
    <message>
        <source>Valgfritt; går foran alder</source>
        <translation>Valfritt; går føre alder</translation>
    </message>
    <message>
        <source>For barn: jente eller gutt</source>
        <translation>For barn: jente eller gut</translation>
    </message>
    <message>
        <source>Billett</source>
        <translation>Billett</translation>
    </message>
    <message>
        <source>Forhold</source>
        <translation>Tilhøve</translation>
    </message>
    <message>
        <source>Legg til person</source>
        <translation>Legg til person</translation>
    </message>
    <message>
        <source>1 person. SIFO {year}: {sifo} per måned; NAVs veiledende satser: {nav}.</source>
        <translation>1 person. SIFO {year}: {sifo} per månad; rettleiande satsar frå NAV: {nav}.</translation>
    </message>
    <message>
        <source>{n} personer. SIFO {year}: {sifo} per måned; NAVs veiledende satser: {nav}.</source>
        <translation>{n} personar. SIFO {year}: {sifo} per månad; rettleiande satsar frå NAV: {nav}.</translation>
    </message>
    <message>
        <source>Fra og til (måned linjen starter eller slutter)</source>
        <translation>Frå og til (månaden linja byrjar eller sluttar)</translation>
    </message>
    <message>
        <source>Valgfritt: når en inntekt eller utgift starter eller slutter, f.eks. AAP, overgangsstønad, en bidragsavtale eller et billån. Se «De neste årene».</source>
        <translation>Valfritt: når ei inntekt eller ei utgift byrjar eller sluttar, t.d. AAP, overgangsstønad, ein bidragsavtale eller eit billån. Sjå «Dei neste åra».</translation>
    </message>
    <message>
        <source>Til</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Linje</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>Netto per måned (fra lønnsslipp eller vedtak), eller brutto per år med skatteanslag. Barnetrygd legges til automatisk for barn under 18 år.</source>
        <translation>Netto per månad (frå lønsslipp eller vedtak), eller brutto per år med skatteoverslag. Barnetrygd blir lagd til automatisk for barn under 18 år.</translation>
    </message>
    <message>
        <source>Beskrivelse</source>
        <translation>Skildring</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Brutto/år</source>
        <translation>Brutto/år</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Samme person: skatten beregnes samlet</source>
        <translation>Same person: skatten blir rekna ut samla</translation>
    </message>
    <message>
        <source>Usikkert</source>
        <translation>Usikkert</translation>
    </message>
    <message>
        <source>Merk beløp som er anslag, f.eks. søkt bostøtte</source>
        <translation>Merk beløp som er overslag, t.d. søkt bustøtte</translation>
    </message>
    <message>
        <source>Legg til inntekt</source>
        <translation>Legg til inntekt</translation>
    </message>
    <message>
        <source>Regn med barnetrygd automatisk</source>
        <translation>Rekn med barnetrygd automatisk</translation>
    </message>
    <message>
        <source>= {amount}/mnd</source>
        <translation>= {amount}/md.</translation>
    </message>
    <message>
        <source>Netto per måned: {amount}</source>
        <translation>Netto per månad: {amount}</translation>
    </message>
    <message>
        <source>Skatt anslått til {tax} per år ({year}-regler).</source>
        <translation>Skatt rekna til {tax} per år ({year}-reglar).</translation>
    </message>
    <message>
        <source>Sum netto per måned: {amount}</source>
        <translation>Sum netto per månad: {amount}</translation>
    </message>
    <message>
        <source>Gjeld og faste utgifter</source>
        <translation>Gjeld og faste utgifter</translation>
    </message>
    <message>
        <source>Terminbeløp per måned. Kredittkort regnes som en andel av rammen. Restgjeld, rente og år igjen brukes i stresstesten for lån med flytende rente.</source>
        <translation>Terminbeløp per månad. Kredittkort blir rekna som ein del av ramma. Restgjeld, rente og år att blir brukte i stresstesten for lån med flytande rente.</translation>
    </message>
    <message>
        <source>Per mnd</source>
        <translation>Per md.</translation>
    </message>
    <message>
        <source>Ramme</source>
        <translation>Ramme</translation>
    </message>
    <message>
        <source>Kredittramme (kredittkort)</source>
        <translation>Kredittramme (kredittkort)</translation>
    </message>
    <message>
        <source>Flyt.</source>
        <translation>Flyt.</translation>
    </message>
    <message>
        <source>Flytende rente: stiger i stresstesten</source>
        <translation>Flytande rente: stig i stresstesten</translation>
    </message>
    <message>
        <source>Legg til gjeld eller utgift</source>
        <translation>Legg til gjeld eller utgift</translation>
    </message>
    <message>
        <source>teller {amount}</source>
        <translation>tel {amount}</translation>
    </message>
    <message>
        <source>Sum andre faste utgifter: {amount} per måned</source>
        <translation>Sum andre faste utgifter: {amount} per månad</translation>
    </message>
    <message>
        <source>Bolig</source>
        <translation>Bustad</translation>
    </message>
    <message>
        <source>Boutgifter i den nye boligen per måned, utenom startlånet.</source>
        <translation>Buutgifter i den nye bustaden per månad, utanom startlånet.</translation>
    </message>
    <message>
        <source>Kjøpesum (uten fellesgjeld)</source>
        <translation>Kjøpesum (utan fellesgjeld)</translation>
    </message>
    <message>
        <source>Prisen for boligen, uten boligens andel av fellesgjelden (den føres for seg).</source>
        <translation>Prisen for bustaden, utan bustaden sin del av fellesgjelda (ho blir ført for seg).</translation>
    </message>
    <message>
        <source>Eierform</source>
        <translation>Eigarform</translation>
    </message>
    <message>
        <source>Selveier (dokumentavgift)</source>
        <translation>Sjølveigar (dokumentavgift)</translation>
    </message>
    <message>
        <source>Borettslag/aksje (ingen dokumentavgift)</source>
        <translation>Burettslag/aksje (inga dokumentavgift)</translation>
    </message>
    <message>
        <source>Tinglysingsgebyr</source>
        <translation>Tinglysingsgebyr</translation>
    </message>
    <message>
        <source>Husleie i dag</source>
        <translation>Husleige i dag</translation>
    </message>
    <message>
        <source>Til sammenligning</source>
        <translation>Til samanlikning</translation>
    </message>
    <message>
        <source>Leie av egnet bolig</source>
        <translation>Leige av høveleg bustad</translation>
    </message>
    <message>
        <source>Brukes i forklaringen om gjeld etter tvangssalg. Tomt = standardverdien, som ikke er bekreftet.</source>
        <translation>Blir brukt i forklaringa om gjeld etter tvangssal. Tomt = standardverdien, som ikkje er stadfesta.</translation>
    </message>
    <message>
        <source>Kostnad ved tvangssalg (tomt = standard)</source>
        <translation>Kostnad ved tvangssal (tomt = standard)</translation>
    </message>
    <message>
        <source>Meglerkostnad ved salg (tomt = standard)</source>
        <translation>Meklarkostnad ved sal (tomt = standard)</translation>
    </message>
    <message>
        <source>Boutgifter utenom startlånet: {amount} per måned</source>
        <translation>Buutgifter utanom startlånet: {amount} per månad</translation>
    </message>
    <message>
        <source>SIFO-år</source>
        <translation>SIFO-år</translation>
    </message>
    <message>
        <source>Bensin-/dieselbiler</source>
        <translation>Bensin-/dieselbilar</translation>
    </message>
    <message>
        <source>Elbiler</source>
        <translation>Elbilar</translation>
    </message>
    <message>
        <source>Barnehage, 1. barn (tomt = SIFO)</source>
        <translation>Barnehage, 1. barn (tomt = SIFO)</translation>
    </message>
    <message>
        <source>Barnehage, 2. barn</source>
        <translation>Barnehage, 2. barn</translation>
    </message>
    <message>
        <source>SFO/AKS heltid (tomt = SIFO)</source>
        <translation>SFO/AKS heiltid (tomt = SIFO)</translation>
    </message>
    <message>
        <source>Pris per barn per måned. 1.–3. trinn har 12 gratis timer i uka: skriv prisen etter gratistimene.</source>
        <translation>Pris per barn per månad. 1.–3. trinn har 12 gratis timar i veka: skriv prisen etter gratistimane.</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Eget beløp</source>
        <translation>Eige beløp</translation>
    </message>
    <message>
        <source>SIFO</source>
        <translation>SIFO</translation>
    </message>
    <message>
        <source>Eget beløp, {category}</source>
        <translation>Eige beløp, {category}</translation>
    </message>
    <message>
        <source>Andre utgifter til livsopphold</source>
        <translation>Andre utgifter til livsopphald</translation>
    </message>
    <message>
        <source>Annet</source>
        <translation>Anna</translation>
    </message>
    <message>
        <source>Legg til linje</source>
        <translation>Legg til linje</translation>
    </message>
    <message>
        <source>⚠ under NAV-gulvet: NAV-satsen brukes</source>
        <translation>⚠ under NAV-golvet: NAV-satsen blir brukt</translation>
    </message>
    <message>
        <source>SIFO {year} ({status}): {sifo}.  Valgt: {chosen}.  NAVs veiledende satser (gulv): {nav}.  Brukt i budsjettet: {used}.</source>
        <translation>SIFO {year} ({status}): {sifo}.  Valt: {chosen}.  Rettleiande satsar frå NAV (golv): {nav}.  Brukt i budsjettet: {used}.</translation>
    </message>
    <message>
        <source>Livsoppholdssats (namsmannen) til sammenligning: {rate}.  * eget beløp</source>
        <translation>Livsopphaldssats (namsmannen) til samanlikning: {rate}.  * eige beløp</translation>
    </message>
    <message>
        <source>Forklaringsplikt</source>
        <translation>Forklaringsplikt</translation>
    </message>
    <message>
        <source>Forklart for søker</source>
        <translation>Forklart for søkjaren</translation>
    </message>
    <message>
        <source>Forklart: {topic}</source>
        <translation>Forklart: {topic}</translation>
    </message>
    <message>
        <source>Tallene gjelder scenarioet «{scenario}» (valgt i sammenligningen).</source>
        <translation>Tala gjeld scenarioet «{scenario}» (valt i samanlikninga).</translation>
    </message>
    <message>
        <source>Lån og scenarioer</source>
        <translation>Lån og scenario</translation>
    </message>
    <message>
        <source>Scenarioer</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Legg til</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <source>Dupliser</source>
        <translation>Dupliser</translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Navnet på andre språk …</source>
        <translation>Namnet på andre språk …</translation>
    </message>
    <message>
        <source>Bruk største lån</source>
        <translation>Bruk største lån</translation>
    </message>
    <message>
        <source>Setter lånebeløpet til det største lånet husstanden kan betjene ved stresstest (høyst behovet og boligens verdi).</source>
        <translation>Set lånebeløpet til det største lånet hushaldet kan betene ved stresstest (høgst behovet og verdien på bustaden).</translation>
    </message>
    <message>
        <source>Husstanden kan ikke betjene noe lån ved stresstest.</source>
        <translation>Husstanden kan ikkje betene noko lån ved stresstest.</translation>
    </message>
    <message>
        <source>Lånebeløpet er også satt i scenarioene uten beløp: {names}.</source>
        <translation>Lånebeløpet er òg sett i scenarioa utan beløp: {names}.</translation>
    </message>
    <message>
        <source>Terminer per år</source>
        <translation>Terminar per år</translation>
    </message>
    <message>
        <source>12 (månedlig)</source>
        <translation>12 (månadleg)</translation>
    </message>
    <message>
        <source>4 (kvartalsvis)</source>
        <translation>4 (kvartalsvis)</translation>
    </message>
    <message>
        <source>2 (halvårlig)</source>
        <translation>2 (halvårleg)</translation>
    </message>
    <message>
        <source>Delt: del fast, resten flytende</source>
        <translation>Delt: del fast, resten flytande</translation>
    </message>
    <message>
        <source>Bindingstid</source>
        <translation>Bindingstid</translation>
    </message>
    <message>
        <source>Husbankens rente (fast del ved delt lån)</source>
        <translation>Renta til Husbanken (fast del ved delt lån)</translation>
    </message>
    <message>
        <source>Delt lån: andel med fast rente</source>
        <translation>Delt lån: del med fast rente</translation>
    </message>
    <message>
        <source>Delt lån: flytende rente (tomt = dagens)</source>
        <translation>Delt lån: flytande rente (tomt = dagens)</translation>
    </message>
    <message>
        <source>Rente etter bindingstid (tomt = flytende)</source>
        <translation>Rente etter bindingstid (tomt = flytande)</translation>
    </message>
    <message>
        <source>Avdragsfrihet</source>
        <translation>Avdragsfridom</translation>
    </message>
    <message>
        <source>Avdragsfrihet, ekstra måneder</source>
        <translation>Avdragsfridom, ekstra månader</translation>
    </message>
    <message>
        <source>Avdragsfri til annen gjeld er betalt</source>
        <translation>Avdragsfri til anna gjeld er betalt</translation>
    </message>
    <message>
        <source>Etableringsgebyr</source>
        <translation>Etableringsgebyr</translation>
    </message>
    <message>
        <source>Hent rente fra rentetabellen</source>
        <translation>Hent rente frå rentetabellen</translation>
    </message>
    <message>
        <source>Rente, skatt og stresstest for saken</source>
        <translation>Rente, skatt og stresstest for saka</translation>
    </message>
    <message>
        <source>Flytende rente i dag (Husbanken)</source>
        <translation>Flytande rente i dag (Husbanken)</translation>
    </message>
    <message>
        <source>Skatteår</source>
        <translation>Skatteår</translation>
    </message>
    <message>
        <source>Finnmark/Nord-Troms (tiltakssonen)</source>
        <translation>Finnmark/Nord-Troms (tiltakssona)</translation>
    </message>
    <message>
        <source>Regn med rentefradrag</source>
        <translation>Rekn med rentefrådrag</translation>
    </message>
    <message>
        <source>Kredittkort: andel av ramme</source>
        <translation>Kredittkort: del av ramme</translation>
    </message>
    <message>
        <source>Stresstest</source>
        <translation>Stresstest</translation>
    </message>
    <message>
        <source>Styringsrente + tillegg (Husbanken)</source>
        <translation>Styringsrente + tillegg (Husbanken)</translation>
    </message>
    <message>
        <source>Lånets rente + margin</source>
        <translation>Renta på lånet + margin</translation>
    </message>
    <message>
        <source>Styringsrente</source>
        <translation>Styringsrente</translation>
    </message>
    <message>
        <source>Tillegg</source>
        <translation>Tillegg</translation>
    </message>
    <message>
        <source>Margin (hva om)</source>
        <translation>Margin (kva om)</translation>
    </message>
    <message>
        <source>{name} (kopi)</source>
        <translation>{name} (kopi)</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Bruk største lån ({amount})</source>
        <translation>Bruk største lån ({amount})</translation>
    </message>
    <message>
        <source>Tillatt, men begrunn det i saken.</source>
        <translation>Tillate, men grunngi det i saka.</translation>
    </message>
    <message>
        <source>Kollektivbillett: auto = voksne 20–66 år og pensjonister fra 67 år (honnørbillett) får billett, barn ikke. Velg ja/nei for å overstyre.</source>
        <translation>Kollektivbillett: auto = vaksne 20–66 år og pensjonistar frå 67 år (honnørbillett) får billett, born ikkje. Vel ja/nei for å overstyre.</translation>
    </message>
    <message>
        <source>Kryss av når beløpet er brutto per år (lønn, uføretrygd, pensjon): skatten anslås etter årets regler.</source>
        <translation>Kryss av når beløpet er brutto per år (løn, uføretrygd, pensjon): skatten blir rekna etter reglane for året.</translation>
    </message>
    <message>
        <source>Boligens andel av borettslagets fellesgjeld. Renten på den stiger i stresstesten like mye som startlånets.</source>
        <translation>Delen bustaden har av fellesgjelda i burettslaget. Renta på henne stig i stresstesten like mykje som renta på startlånet.</translation>
    </message>
    <message>
        <source>SIFOs referansebudsjett for husstanden, per kategori. Skriv eget beløp der faktisk forbruk er kjent. Beløpet som brukes er aldri lavere enn NAVs veiledende satser for økonomisk stønad.</source>
        <translation>Referansebudsjettet til SIFO for hushaldet, per kategori. Skriv eige beløp der det faktiske forbruket er kjent. Beløpet som blir brukt, er aldri lågare enn dei rettleiande satsane frå NAV for økonomisk stønad.</translation>
    </message>
    <message>
        <source>Annuitet: likt terminbeløp, først mest renter. Serie: likt avdrag, høyere terminbeløp i starten og lavere totale renter.</source>
        <translation>Annuitet: likt terminbeløp, først mest renter. Serie: likt avdrag, høgare terminbeløp i starten og lågare renter totalt.</translation>
    </message>
    <message>
        <source>Vanlig løpetid er inntil {usual_term} år; inntil {max_term} år i særlige tilfeller. Lengre løpetid gir lavere terminbeløp, men mer renter totalt fordi gjelden nedbetales saktere.</source>
        <translation>Vanleg løpetid er inntil {usual_term} år; inntil {max_term} år i særlege tilfelle. Lengre løpetid gir lågare terminbeløp, men meir renter totalt fordi gjelda blir nedbetalt saktare.</translation>
    </message>
    <message>
        <source>Førstegangslån (prøveordning): samme terminbeløp som et annuitetslån over {trial_sizing} år, men lånet ender etter {trial_term} år med restgjeld som må refinansieres. Ingen avdragsfrihet, bindingstid 3, 5 eller 10 år, minst 5 % egenkapital.</source>
        <translation>Førstegongslån (prøveordning): same terminbeløp som eit annuitetslån over {trial_sizing} år, men lånet endar etter {trial_term} år med restgjeld som må refinansierast. Ingen avdragsfridom, bindingstid 3, 5 eller 10 år, minst 5 % eigenkapital.</translation>
    </message>
    <message>
        <source>Kommunen kan legge inntil {markup} prosentpoeng på Husbankens rente for å dekke administrasjon.</source>
        <translation>Kommunen kan leggje inntil {markup} prosentpoeng på renta til Husbanken for å dekkje administrasjon.</translation>
    </message>
    <message>
        <source>Avdragsfrihet inntil {max_io} år i starten. Løpetiden er den samme: avdragene går over færre år.</source>
        <translation>Avdragsfridom inntil {max_io} år i starten. Løpetida er den same: avdraga går over færre år.</translation>
    </message>
    <message>
        <source>Rentefradraget: 22 % av rentene (18,5 % i tiltakssonen) redusert skatt, vist per måned.</source>
        <translation>Rentefrådraget: 22 % av rentene (18,5 % i tiltakssona) redusert skatt, vist per månad.</translation>
    </message>
    <message>
        <source>Husbankens stresstest for startlån: Norges Banks styringsrente + 2,5 prosentpoeng (påslaget er med). Banklån ved siden av: bankens rente + 3 prosentpoeng, minst 7 %.</source>
        <translation>Stresstesten til Husbanken for startlån: styringsrenta til Noregs Bank + 2,5 prosentpoeng (påslaget er med). Banklån ved sida av: renta i banken + 3 prosentpoeng, minst 7 %.</translation>
    </message>
    <message>
        <source>NAVs veiledende satser for økonomisk stønad er gulvet: beløpet til livsopphold skal aldri være lavere.</source>
        <translation>Dei rettleiande satsane frå NAV for økonomisk stønad er golvet: beløpet til livsopphald skal aldri vere lågare.</translation>
    </message>
    <message>
        <source>Effektiv rente tar med gebyrer og rentes rente: den sanne årlige kostnaden ved lånet.</source>
        <translation>Effektiv rente tek med gebyr og rentes rente: den sanne årlege kostnaden ved lånet.</translation>
    </message>
    <message>
        <source>Delt lån: en del av lånet med fast rente og bindingstid, resten med flytende rente. Terminbeløpet er summen av de to delene.</source>
        <translation>Delt lån: ein del av lånet med fast rente og bindingstid, resten med flytande rente. Terminbeløpet er summen av dei to delane.</translation>
    </message>
    <message>
        <source>Startlånet kan være avdragsfritt til dyrere gjeld er nedbetalt. Perioden settes fra gjeldens gjenstående løpetid (år igjen), høyst {max_io} år.</source>
        <translation>Startlånet kan vere avdragsfritt til dyrare gjeld er nedbetalt. Perioden blir sett frå den attverande løpetida til gjelda (år att), høgst {max_io} år.</translation>
    </message>
    <message>
        <source>Før vedtak skal søkeren få forklart disse fem temaene (finansavtaleloven). Kryss av når det er gjort; datoen lagres i saken og skrives ut på budsjettarket.</source>
        <translation>Før vedtak skal søkjaren få forklart desse fem temaa (finansavtalelova). Kryss av når det er gjort; datoen blir lagra i saka og skriven ut på budsjettarket.</translation>
    </message>
    <message>
        <source>Kom i gang</source>
        <translation>Kom i gang</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Slik starter du en sak&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Fil → Ny sak&lt;/b&gt; (Ctrl+N). Programmet åpner den siste saken du hadde, eller en tom sak; eksempelsaken (merket «Eksempelsak») åpnes bare når du ber om det.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Husstand&lt;/b&gt;: saksnummer, saksbehandler og kommune øverst, så søker, medsøker og barn med alder.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Inntekter&lt;/b&gt;: netto per måned, eller brutto per år med skatteanslag. Barnetrygd legges til automatisk; utvidet barnetrygd for enslige er en egen type.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Gjeld&lt;/b&gt;, &lt;b&gt;Bolig&lt;/b&gt; og &lt;b&gt;Livsopphold&lt;/b&gt;: terminbeløp, boutgifter og SIFO-budsjettet (aldri under NAVs satser).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Lån og scenarioer&lt;/b&gt;: skriv lånebeløpet én gang (det fylles inn i scenarioene uten beløp), eller trykk &lt;b&gt;Bruk største lån&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Fil → Lagre&lt;/b&gt; (Ctrl+S) og &lt;b&gt;Eksporter PDF&lt;/b&gt; (Ctrl+E) til saksmappen.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Kronebeløp: 28.400 og 28 400 er 28 400 kr; øre skrives med komma. Renter: 4,275 eller 4.275. Et felt med rødt er ikke tatt med: tallene bruker siste gyldige verdi til feltet er rettet.&lt;/p&gt;&lt;h3&gt;Hva vurderingene betyr&lt;/h3&gt;&lt;p&gt;✔ &lt;b&gt;Bærekraftig&lt;/b&gt;: restbeløpet går opp også ved stresstest og etter bindingstiden. ! &lt;b&gt;Stramt&lt;/b&gt;: går opp med dagens rente, men ikke ved stresstest eller etter bindingstiden. ✖ &lt;b&gt;Ikke bærekraftig&lt;/b&gt;: går ikke opp med dagens rente. ? &lt;b&gt;Fyll inn lånebeløp&lt;/b&gt;: scenarioet har ikke noe lånebeløp ennå. ★ merker det ene scenarioet som trenger minst tilskudd.&lt;/p&gt;&lt;h3&gt;Hvor tallene kommer fra&lt;/h3&gt;&lt;p&gt;SIFOs referansebudsjett (SIFO, OsloMet, CC BY 4.0), NAVs veiledende satser, Husbankens renter, Norges Banks styringsrente (stresstest: styringsrenten + 2,5 prosentpoeng), skatteregler og barnetrygd fra Skatteetaten og NAV. Hver kilde har dato og status under &lt;b&gt;Hjelp → Datagrunnlag og kilder&lt;/b&gt;; programmet varsler når saksdatoen er etter tallenes neste kjente endring (rentene hver måned, NAVs satser 1. januar, G 1. mai, styringsrenten etter seks måneder). Alle tallene kan endres i Innstillinger med dato og kilde: renter og styringsrente, NAV-satser per år, og under «Andre data» G, Husbankens gebyrer, SIFO-tabellene, skattesatsene for et år, salgskostnadene og namsmannens livsoppholdssatser – eller komme med en datapakke. Budsjettarket viser hvilke data tallene bygger på.&lt;/p&gt;&lt;p&gt;Tastatur: Alt + understreket bokstav åpner en meny eller fane; Tab går gjennom feltene i skjermens rekkefølge; mellomrom krysser av.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Slik startar du ei sak&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Fil → Ny sak&lt;/b&gt; (Ctrl+N). Programmet opnar den siste saka du hadde, eller ei tom sak; eksempelsaka (merkt «Eksempelsak») blir berre opna når du ber om det.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Hushald&lt;/b&gt;: saksnummer, saksbehandlar og kommune øvst, så søkjar, medsøkjar og born med alder.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Inntekter&lt;/b&gt;: netto per månad, eller brutto per år med skatteanslag. Barnetrygd blir lagd til automatisk; utvida barnetrygd for einslege er ein eigen type.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Gjeld&lt;/b&gt;, &lt;b&gt;Bustad&lt;/b&gt; og &lt;b&gt;Livsopphald&lt;/b&gt;: terminbeløp, buutgifter og SIFO-budsjettet (aldri under satsane til NAV).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Lån og scenario&lt;/b&gt;: skriv lånebeløpet éin gong (det blir fylt inn i scenarioa utan beløp), eller trykk &lt;b&gt;Bruk største lån&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Fil → Lagre&lt;/b&gt; (Ctrl+S) og &lt;b&gt;Eksporter PDF&lt;/b&gt; (Ctrl+E) til saksmappa.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Kronebeløp: 28.400 og 28 400 er 28 400 kr; øre blir skrivne med komma. Renter: 4,275 eller 4.275. Eit felt med raudt er ikkje teke med: tala bruker siste gyldige verdi til feltet er retta.&lt;/p&gt;&lt;h3&gt;Kva vurderingane tyder&lt;/h3&gt;&lt;p&gt;✔ &lt;b&gt;Berekraftig&lt;/b&gt;: restbeløpet går opp også ved stresstest og etter bindingstida. ! &lt;b&gt;Stramt&lt;/b&gt;: går opp med dagens rente, men ikkje ved stresstest eller etter bindingstida. ✖ &lt;b&gt;Ikkje berekraftig&lt;/b&gt;: går ikkje opp med dagens rente. ? &lt;b&gt;Fyll inn lånebeløp&lt;/b&gt;: scenarioet har ikkje noko lånebeløp enno. ★ merkjer det eine scenarioet som treng minst tilskot.&lt;/p&gt;&lt;h3&gt;Kvar tala kjem frå&lt;/h3&gt;&lt;p&gt;Referansebudsjettet til SIFO (SIFO, OsloMet, CC BY 4.0), dei rettleiande satsane til NAV, rentene til Husbanken, styringsrenta til Noregs Bank (stresstest: styringsrenta + 2,5 prosentpoeng), skattereglar og barnetrygd frå Skatteetaten og NAV. Kvar kjelde har dato og status under &lt;b&gt;Hjelp → Datagrunnlag og kjelder&lt;/b&gt;; programmet varslar når saksdatoen er etter den neste kjende endringa av tala (rentene kvar månad, NAV-satsane 1. januar, G 1. mai, styringsrenta etter seks månader). Alle tala kan endrast i Innstillingar med dato og kjelde: renter og styringsrente, NAV-satsar per år, og under «Andre data» G, gebyra til Husbanken, SIFO-tabellane, skattesatsane for eit år, salskostnadene og livsopphaldssatsane til namsmannen – eller kome med ein datapakke. Budsjettarket viser kva data tala byggjer på.&lt;/p&gt;&lt;p&gt;Tastatur: Alt + understreka bokstav opnar ein meny eller ei fane; Tab går gjennom felta i rekkjefølgja på skjermen; mellomrom kryssar av.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Startlån-saker (*.startlan);;Alle filer (*)</source>
        <translation>Startlån-saker (*.startlan);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Rente og restbeløp</source>
        <translation>Rente og restbeløp</translation>
    </message>
    <message>
        <source>Månedsbudsjett</source>
        <translation>Månadsbudsjett</translation>
    </message>
    <message>
        <source>Nedbetalingsplan</source>
        <translation>Nedbetalingsplan</translation>
    </message>
    <message>
        <source>Finansieringsplan</source>
        <translation>Finansieringsplan</translation>
    </message>
    <message>
        <source>Tvangssalg</source>
        <translation>Tvangssal</translation>
    </message>
    <message>
        <source>Overkurs</source>
        <translation>Overkurs</translation>
    </message>
    <message>
        <source>De neste årene</source>
        <translation>Dei neste åra</translation>
    </message>
    <message>
        <source>&amp;Inntekter</source>
        <translation>&amp;Inntekter</translation>
    </message>
    <message>
        <source>&amp;Gjeld</source>
        <translation>&amp;Gjeld</translation>
    </message>
    <message>
        <source>&amp;Bolig</source>
        <translation>&amp;Bustad</translation>
    </message>
    <message>
        <source>&amp;Livsopphold</source>
        <translation>&amp;Livsopphald</translation>
    </message>
    <message>
        <source>&amp;Oppfølging</source>
        <translation>&amp;Oppfølging</translation>
    </message>
    <message>
        <source>&amp;Fil</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>Verktøy</source>
        <translation>Verktøy</translation>
    </message>
    <message>
        <source>&amp;Ny sak</source>
        <translation>&amp;Ny sak</translation>
    </message>
    <message>
        <source>Åpne eksempel på &amp;oppfølgingssak</source>
        <translation>Opne eksempel på o&amp;ppfølgingssak</translation>
    </message>
    <message>
        <source>&amp;Åpne …</source>
        <translation>&amp;Opne …</translation>
    </message>
    <message>
        <source>Nylig brukte</source>
        <translation>Nyleg brukte</translation>
    </message>
    <message>
        <source>Lagre &amp;som …</source>
        <translation>Lagre &amp;som …</translation>
    </message>
    <message>
        <source>&amp;Eksporter PDF …</source>
        <translation>&amp;Eksporter PDF …</translation>
    </message>
    <message>
        <source>Budsjettark for saksmappen (PDF/A)</source>
        <translation>Budsjettark for saksmappa (PDF/A)</translation>
    </message>
    <message>
        <source>Skriv &amp;ut …</source>
        <translation>Skriv &amp;ut …</translation>
    </message>
    <message>
        <source>Ark &amp;til søkeren (PDF) …</source>
        <translation>Ark &amp;til søkjaren (PDF) …</translation>
    </message>
    <message>
        <source>Siden søkeren tar med hjem, på språket søkeren velger</source>
        <translation>Sida søkjaren tek med heim, på språket søkjaren vel</translation>
    </message>
    <message>
        <source>Ta med nedbetalingsplan i PDF</source>
        <translation>Ta med nedbetalingsplan i PDF</translation>
    </message>
    <message>
        <source>&amp;Innstillinger …</source>
        <translation>&amp;Innstillingar …</translation>
    </message>
    <message>
        <source>&amp;Avslutt</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>&amp;Scenario</translation>
    </message>
    <message>
        <source>&amp;Legg til scenario</source>
        <translation>&amp;Legg til scenario</translation>
    </message>
    <message>
        <source>&amp;Dupliser valgt scenario</source>
        <translation>&amp;Dupliser valt scenario</translation>
    </message>
    <message>
        <source>&amp;Fjern valgt scenario</source>
        <translation>&amp;Fjern valt scenario</translation>
    </message>
    <message>
        <source>&amp;Hjelp</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>&amp;Kom i gang</source>
        <translation>&amp;Kom i gang</translation>
    </message>
    <message>
        <source>&amp;Datagrunnlag og kilder</source>
        <translation>&amp;Datagrunnlag og kjelder</translation>
    </message>
    <message>
        <source>Fastrenter som løper ut (mappe) …</source>
        <translation>Fastrenter som går ut (mappe) …</translation>
    </message>
    <message>
        <source>Låne&amp;portefølje (låneliste fra låneforvalter) …</source>
        <translation>Låne&amp;portefølje (låneliste frå låneforvaltar) …</translation>
    </message>
    <message>
        <source>&amp;Gjennomgang med søker …</source>
        <translation>&amp;Gjennomgang med søkjaren …</translation>
    </message>
    <message>
        <source>Vis saken steg for steg med stor skrift</source>
        <translation>Vis saka steg for steg med stor skrift</translation>
    </message>
    <message>
        <source>Sp&amp;råk</source>
        <translation>Sp&amp;råk</translation>
    </message>
    <message>
        <source>Språk for skjermen, gjennomgangen og budsjettarket. Tall og datoer er alltid norske.</source>
        <translation>Språk for skjermen, gjennomgangen og budsjettarket. Tal og datoar er alltid norske.</translation>
    </message>
    <message>
        <source>Eksempelsak: tallene er laget av programmet for å vise hvordan det virker. Start din egen sak med Fil → Ny sak.</source>
        <translation>Eksempelsak: tala er laga av programmet for å vise korleis det verkar. Start di eiga sak med Fil → Ny sak.</translation>
    </message>
    <message>
        <source>Ny, tom sak. Vil du først se en ferdig utfylt eksempelsak?</source>
        <translation>Ny, tom sak. Vil du først sjå ei ferdig utfylt eksempelsak?</translation>
    </message>
    <message>
        <source>Åpne eksempelsak</source>
        <translation>Opne eksempelsak</translation>
    </message>
    <message>
        <source>Bruk dagens data</source>
        <translation>Bruk dagens data</translation>
    </message>
    <message>
        <source>Flytter hele saken (alle scenarioer, stressrenten og normene) over på dataene som gjelder nå.</source>
        <translation>Flyttar heile saka (alle scenario, stressrenta og normene) over på dataa som gjeld no.</translation>
    </message>
    <message>
        <source>Saken er flyttet over på dagens data.</source>
        <translation>Saka er flytta over på dagens data.</translation>
    </message>
    <message>
        <source>Kan ikke beregne: {message} Tallene under gjelder siste gyldige beregning.</source>
        <translation>Kan ikkje rekne ut: {message} Tala under gjeld siste gyldige utrekning.</translation>
    </message>
    <message>
        <source>Kan ikke beregne betalingslettelser: {message}</source>
        <translation>Kan ikkje rekne ut betalingslettingar: {message}</translation>
    </message>
    <message>
        <source>Det oppstod en uventet feil: tallene under kan være feil til saken er beregnet på nytt. Budsjettark og utskrift er sperret så lenge.</source>
        <translation>Det oppstod ein uventa feil: tala under kan vere feil til saka er rekna ut på nytt. Budsjettark og utskrift er sperra så lenge.</translation>
    </message>
    <message>
        <source>Ugyldig verdi under {tabs} (merket med rødt): tallene bruker siste gyldige verdi til feltet er rettet.</source>
        <translation>Ugyldig verdi under {tabs} (merkt med raudt): tala brukar siste gyldige verdi til feltet er retta.</translation>
    </message>
    <message>
        <source>Stresstest: {rule}</source>
        <translation>Stresstest: {rule}</translation>
    </message>
    <message>
        <source>Ny sak</source>
        <translation>Ny sak</translation>
    </message>
    <message>
        <source>Livshendelser</source>
        <translation>Livshendingar</translation>
    </message>
    <message>
        <source>H&amp;usstand</source>
        <translation>H&amp;ushald</translation>
    </message>
    <message>
        <source>Lå&amp;n og scenarioer</source>
        <translation>Lå&amp;n og scenario</translation>
    </message>
    <message>
        <source>Forkl&amp;aring</source>
        <translation>Forkl&amp;aring</translation>
    </message>
    <message>
        <source>Åpne e&amp;ksempelsak</source>
        <translation>Opne e&amp;ksempelsak</translation>
    </message>
    <message>
        <source>Startlån – det viktigste for dere</source>
        <translation>Startlån – det viktigaste for dykk</translation>
    </message>
    <message>
        <source>Maskinoversatt – ikke kvalitetssikret</source>
        <extracomment>Dark enough for white-room contrast; the mark (✔ ! ✖) says the same without colour. shown, in Norwegian for the caseworker and in the language, while a catalogue is unchecked</extracomment>
        <translation>Maskinomsett – ikkje kvalitetssikra</translation>
    </message>
    <message>
        <source>Startlånet etter rentefradrag</source>
        <translation>Startlånet etter rentefrådrag</translation>
    </message>
    <message>
        <source>Over (+) eller under (−) normen</source>
        <translation>Over (+) eller under (−) norma</translation>
    </message>
    <message>
        <source>Laget {date} for {names}.</source>
        <translation>Laga {date} for {names}.</translation>
    </message>
    <message>
        <source>Laget {date}.</source>
        <translation>Laga {date}.</translation>
    </message>
    <message>
        <source>Lånet vi har sett på: «{scenario}», {amount}.</source>
        <translation>Lånet vi har sett på: «{scenario}», {amount}.</translation>
    </message>
    <message>
        <source>Hver måned</source>
        <translation>Kvar månad</translation>
    </message>
    <message>
        <source>Startlånet koster {payment} i måneden. Dere har {left} igjen til mat, klær og annet livsopphold; det dere trenger etter normen er {need}.</source>
        <translation>Startlånet kostar {payment} i månaden. De har {left} att til mat, klede og anna livsopphald; det de treng etter norma er {need}.</translation>
    </message>
    <message>
        <source>Hvis renten stiger til {rate}, blir terminbeløpet {payment}.</source>
        <translation>Om renta stig til {rate}, blir terminbeløpet {payment}.</translation>
    </message>
    <message>
        <source>Den faste renten varer i {years} år; etter det blir terminbeløpet med dagens flytende rente {payment}.</source>
        <translation>Den faste renta varer i {years} år; etter det blir terminbeløpet med dagens flytande rente {payment}.</translation>
    </message>
    <message>
        <source>Førstegangslån: lånet slutter etter 10 år</source>
        <translation>Førstegongslån: lånet sluttar etter 10 år</translation>
    </message>
    <message>
        <source>Dette har vi forklart dere</source>
        <translation>Dette har vi forklart dykk</translation>
    </message>
    <message>
        <source>Ring {municipality} og spør etter startlån.</source>
        <translation>Ring {municipality} og spør etter startlån.</translation>
    </message>
    <message>
        <source>Ring kommunen og spør etter startlån.</source>
        <translation>Ring kommunen og spør etter startlån.</translation>
    </message>
    <message>
        <source>Spørsmål? Problemer med å betale?</source>
        <translation>Spørsmål? Problem med å betale?</translation>
    </message>
    <message>
        <source>Eksempelsak</source>
        <translation>Eksempelsak</translation>
    </message>
    <message>
        <source>skrivebeskyttet</source>
        <translation>skrivebeskytta</translation>
    </message>
    <message>
        <source>Saken har endringer som ikke er lagret. Vil du lagre dem?</source>
        <translation>Saka har endringar som ikkje er lagra. Vil du lagre dei?</translation>
    </message>
    <message>
        <source>Kunne ikke lagre sikkerhetskopi av saken: {error}</source>
        <translation>Kunne ikkje lagre tryggleikskopi av saka: {error}</translation>
    </message>
    <message>
        <source>Programmet ble avsluttet uten at saken {reference} ble lagret. En sikkerhetskopi fra {when} finnes. Vil du gjenopprette den?</source>
        <translation>Programmet vart avslutta utan at saka {reference} vart lagra. Det finst ein tryggingskopi frå {when}. Vil du hente han fram att?</translation>
    </message>
    <message>
        <source>(uten saksnummer)</source>
        <translation>(utan saksnummer)</translation>
    </message>
    <message>
        <source>Saken ble åpnet fra {file}.</source>
        <translation>Saka vart opna frå {file}.</translation>
    </message>
    <message>
        <source>En sikkerhetskopi fra en tidligere økt er skadet og kan ikke gjenopprettes: {file}. Vil du slette den?</source>
        <translation>Ein tryggleikskopi frå ei tidlegare økt er skadd og kan ikkje gjenopprettast: {file}. Vil du slette han?</translation>
    </message>
    <message>
        <source>Sikkerhetskopien er beholdt til neste lagring: {file}</source>
        <translation>Tryggleikskopien er teken vare på til neste lagring: {file}</translation>
    </message>
    <message>
        <source>Sikkerhetskopien kunne ikke leses: {error}</source>
        <translation>Tryggingskopien kunne ikkje lesast: {error}</translation>
    </message>
    <message>
        <source>Mappe med saker</source>
        <translation>Mappe med saker</translation>
    </message>
    <message>
        <source>Åpne sak</source>
        <translation>Opne sak</translation>
    </message>
    <message>
        <source>sak</source>
        <translation>sak</translation>
    </message>
    <message>
        <source>Lagre sak</source>
        <translation>Lagre sak</translation>
    </message>
    <message>
        <source>en annen bruker</source>
        <translation>ein annan brukar</translation>
    </message>
    <message>
        <source>Saken er allerede åpen hos {user} på maskinen {host} (siden {since}). Lagrer dere begge, går den enes endringer tapt.</source>
        <translation>Saka er alt open hos {user} på maskina {host} (sidan {since}). Lagrar de begge, går endringane til den eine tapt.</translation>
    </message>
    <message>
        <source>Åpne &amp;skrivebeskyttet</source>
        <translation>Opne &amp;skrivebeskytta</translation>
    </message>
    <message>
        <source>Åpne og &amp;overta</source>
        <translation>Opne og &amp;ta over</translation>
    </message>
    <message>
        <source>Filen {file} er flyttet eller slettet siden saken ble åpnet. Vil du lagre saken der likevel?</source>
        <translation>Fila {file} er flytta eller sletta sidan saka vart opna. Vil du lagre saka der likevel?</translation>
    </message>
    <message>
        <source>Filen {file} er ikke den saken ble åpnet fra, eller det kan ikke avgjøres. Den kan høre til en annen søker. Vil du lagre over den likevel?</source>
        <translation>Fila {file} er ikkje den saka vart opna frå, eller det kan ikkje avgjerast. Ho kan høyre til ein annan søkjar. Vil du lagre over henne likevel?</translation>
    </message>
    <message>
        <source>Filen {file} er endret på disken siden saken ble åpnet eller lagret (av et annet program eller en annen saksbehandler). Lagrer du, går de endringene tapt. Vil du lagre over den?</source>
        <translation>Fila {file} er endra på disken sidan saka vart opna eller lagra (av eit anna program eller ein annan sakshandsamar). Lagrar du, går dei endringane tapt. Vil du lagre over henne?</translation>
    </message>
    <message>
        <source>Filen {file} er skrivebeskyttet. Vil du lagre over den likevel?</source>
        <translation>Fila {file} er skrivebeskytta. Vil du lagre over henne likevel?</translation>
    </message>
    <message>
        <source>Kunne ikke åpne {file}.</source>
        <translation>Kunne ikkje opne {file}.</translation>
    </message>
    <message>
        <source>Kunne ikke åpne {file}: saken har ugyldige verdier.</source>
        <translation>Kunne ikkje opne {file}: saka har ugyldige verdiar.</translation>
    </message>
    <message>
        <source>Saken er åpnet skrivebeskyttet fordi den er åpen et annet sted. Lagre den under et annet navn.</source>
        <translation>Saka er opna skrivebeskytta fordi ho er open ein annan stad. Lagre henne under eit anna namn.</translation>
    </message>
    <message>
        <source>{file} er åpen hos {user} på maskinen {host}. Velg et annet navn.</source>
        <translation>{file} er open hos {user} på maskina {host}. Vel eit anna namn.</translation>
    </message>
    <message>
        <source>Lagret {file}</source>
        <translation>Lagra {file}</translation>
    </message>
    <message>
        <source>&amp;Tøm listen</source>
        <translation>&amp;Tøm lista</translation>
    </message>
    <message>
        <source>nedbetalingsplan</source>
        <translation>nedbetalingsplan</translation>
    </message>
    <message>
        <source>Eksporter nedbetalingsplan</source>
        <translation>Eksporter nedbetalingsplan</translation>
    </message>
    <message>
        <source>Kunne ikke lagre CSV: {error}</source>
        <translation>Kunne ikkje lagre CSV: {error}</translation>
    </message>
    <message>
        <source>Tallene kan være feil etter en uventet feil. Endre en verdi eller åpne saken på nytt så den beregnes igjen, før du lager budsjettarket.</source>
        <translation>Tala kan vere feil etter ein uventa feil. Endre ein verdi eller opne saka på nytt så ho blir rekna ut igjen, før du lagar budsjettarket.</translation>
    </message>
    <message>
        <source>Rett opp feltene som er merket med rødt før du lager budsjettarket.</source>
        <translation>Rett opp felta som er merkte med raudt før du lagar budsjettarket.</translation>
    </message>
    <message>
        <source>Saken har ingen lånescenarioer å lage budsjettark for.</source>
        <translation>Saka har ingen lånescenario å lage budsjettark for.</translation>
    </message>
    <message>
        <source>budsjett</source>
        <translation>budsjett</translation>
    </message>
    <message>
        <source>Eksporter budsjettark</source>
        <translation>Eksporter budsjettark</translation>
    </message>
    <message>
        <source>Kunne ikke lagre PDF: {error}</source>
        <translation>Kunne ikkje lagre PDF: {error}</translation>
    </message>
    <message>
        <source>Budsjettarket er lagret: {file}</source>
        <translation>Budsjettarket er lagra: {file}</translation>
    </message>
    <message>
        <source>Arket til søkeren trenger minst ett lånescenario uten feil.</source>
        <translation>Arket til søkjaren treng minst eitt lånescenario utan feil.</translation>
    </message>
    <message>
        <source>Arket til søkeren er lagret: {file}</source>
        <translation>Arket til søkjaren er lagra: {file}</translation>
    </message>
    <message>
        <source>Gjennomgangen trenger minst ett lånescenario uten feil.</source>
        <translation>Gjennomgangen treng minst eitt lånescenario utan feil.</translation>
    </message>
    <message>
        <source>Innstillingene er lagret. De gjelder for nye saker og nye scenarioer.</source>
        <translation>Innstillingane er lagra. Dei gjeld for nye saker og nye scenario.</translation>
    </message>
    <message>
        <source>Forhåndsvisning – budsjett for startlån</source>
        <translation>Førehandsvising – budsjett for startlån</translation>
    </message>
    <message>
        <source>Åpner datamaskinens utskriftsdialog</source>
        <translation>Opnar utskriftsdialogen til datamaskina</translation>
    </message>
    <message>
        <source>går opp</source>
        <translation>går opp</translation>
    </message>
    <message>
        <source>stramt</source>
        <translation>stramt</translation>
    </message>
    <message>
        <source>går ikke opp</source>
        <translation>går ikkje opp</translation>
    </message>
    <message>
        <source>Det som er igjen hver måned etter livsopphold (SIFO, minst NAV-satsen) og alle utgifter.</source>
        <translation>Det som er att kvar månad etter livsopphald (SIFO, minst NAV-satsen) og alle utgifter.</translation>
    </message>
    <message>
        <source>Renten der restbeløpet blir null.</source>
        <translation>Renta der restbeløpet blir null.</translation>
    </message>
    <message>
        <source>Største startlån der restbeløpet er null ved stresstestrenten.</source>
        <translation>Største startlån der restbeløpet er null ved stresstestrenta.</translation>
    </message>
    <message>
        <source>Boutgifter utenom lånet</source>
        <translation>Buutgifter utanom lånet</translation>
    </message>
    <message>
        <source>Disponibelt til startlån</source>
        <translation>Disponibelt til startlån</translation>
    </message>
    <message>
        <source>Boutgift sammenlignet med husleie</source>
        <translation>Buutgift samanlikna med husleige</translation>
    </message>
    <message>
        <source>Ny boutgift: {amount}</source>
        <translation>Ny buutgift: {amount}</translation>
    </message>
    <message>
        <source>husleie i dag: {rent}</source>
        <translation>husleige i dag: {rent}</translation>
    </message>
    <message>
        <source>husleie i dag: ikke oppgitt</source>
        <translation>husleige i dag: ikkje oppgitt</translation>
    </message>
    <message>
        <source>egnet leiebolig: {rent}</source>
        <translation>høveleg leigebustad: {rent}</translation>
    </message>
    <message>
        <source>Boutgifter i ny bolig med «{scenario}», sammenlignet med husleie</source>
        <translation>Buutgifter i ny bustad med «{scenario}», samanlikna med husleige</translation>
    </message>
    <message>
        <source>SIFO: {sifo} · NAV-gulv: {nav}</source>
        <translation>SIFO: {sifo} · NAV-golv: {nav}</translation>
    </message>
    <message>
        <source>⚠ NAV-gulvet brukes</source>
        <translation>⚠ NAV-golvet blir brukt</translation>
    </message>
    <message>
        <source>Sammenligning av scenarioer</source>
        <translation>Samanlikning av scenario</translation>
    </message>
    <message>
        <source>{scenario}: klikk for diagram og nedbetalingsplan, dobbeltklikk for å endre</source>
        <translation>{scenario}: klikk for diagram og nedbetalingsplan, dobbeltklikk for å endre</translation>
    </message>
    <message>
        <source>Finansieringsplan per scenario</source>
        <translation>Finansieringsplan per scenario</translation>
    </message>
    <message>
        <source>Termin</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Gebyr</source>
        <translation>Gebyr</translation>
    </message>
    <message>
        <source>Terminbeløp</source>
        <translation>Terminbeløp</translation>
    </message>
    <message>
        <source>Scenario for nedbetalingsplan</source>
        <translation>Scenario for nedbetalingsplan</translation>
    </message>
    <message>
        <source>Per termin</source>
        <translation>Per termin</translation>
    </message>
    <message>
        <source>Per år</source>
        <translation>Per år</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Scenario:</translation>
    </message>
    <message>
        <source>Fast 3 år</source>
        <translation>Fast 3 år</translation>
    </message>
    <message>
        <source>Fast 5 år</source>
        <translation>Fast 5 år</translation>
    </message>
    <message>
        <source>Fast 10 år</source>
        <translation>Fast 10 år</translation>
    </message>
    <message>
        <source>Fast 20 år</source>
        <translation>Fast 20 år</translation>
    </message>
    <message>
        <source>Innstillinger</source>
        <translation>Innstillingar</translation>
    </message>
    <message>
        <source>Kommune</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Saksbehandler</source>
        <translation>Sakshandsamar</translation>
    </message>
    <message>
        <source>Kredittkort: andel av ramme (%)</source>
        <translation>Kredittkort: del av ramme (%)</translation>
    </message>
    <message>
        <source>SIFO-år for nye saker</source>
        <translation>SIFO-år for nye saker</translation>
    </message>
    <message>
        <source>Bindingstid i nye saker</source>
        <translation>Bindingstid i nye saker</translation>
    </message>
    <message>
        <source>Husbankens renter (månedlige terminer, nominell % per år)</source>
        <translation>Rentene til Husbanken (månadlege terminar, nominell % per år)</translation>
    </message>
    <message>
        <source>Gjelder fra</source>
        <translation>Gjeld frå</translation>
    </message>
    <message>
        <source>Enslig</source>
        <translation>Einsleg</translation>
    </message>
    <message>
        <source>Par</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>I bofellesskap</source>
        <translation>I bufellesskap</translation>
    </message>
    <message>
        <source>Barn 0–5</source>
        <translation>Barn 0–5</translation>
    </message>
    <message>
        <source>Barn 6–10</source>
        <translation>Barn 6–10</translation>
    </message>
    <message>
        <source>Barn 11–17</source>
        <translation>Barn 11–17</translation>
    </message>
    <message>
        <source>Kilde</source>
        <translation>Kjelde</translation>
    </message>
    <message>
        <source>Skriv datoen som dd.mm.åååå, for eksempel 01.01.2026.</source>
        <translation>Skriv datoen som dd.mm.åååå, til dømes 01.01.2026.</translation>
    </message>
    <message>
        <source>Satsen må være mellom 0 og 100 000 kr per måned.</source>
        <translation>Satsen må vere mellom 0 og 100 000 kr per månad.</translation>
    </message>
    <message>
        <source>Skriv kilden (rundskriv eller nettside) ved satsene.</source>
        <translation>Skriv kjelda (rundskriv eller nettside) ved satsane.</translation>
    </message>
    <message>
        <source>Det må være minst én rad med satser.</source>
        <translation>Det må vere minst éi rad med satsar.</translation>
    </message>
    <message>
        <source>To rader gjelder fra samme dato.</source>
        <translation>To rader gjeld frå same dato.</translation>
    </message>
    <message>
        <source>Skatt på alminnelig inntekt, tiltakssonen</source>
        <translation>Skatt på alminneleg inntekt, tiltakssona</translation>
    </message>
    <message>
        <source>Særfradrag Finnmark og Nord-Troms</source>
        <translation>Særfrådrag Finnmark og Nord-Troms</translation>
    </message>
    <message>
        <source>Personfradrag</source>
        <translation>Personfrådrag</translation>
    </message>
    <message>
        <source>Minstefradrag lønn, sats</source>
        <translation>Minstefrådrag løn, sats</translation>
    </message>
    <message>
        <source>Minstefradrag lønn, øvre grense</source>
        <translation>Minstefrådrag løn, øvre grense</translation>
    </message>
    <message>
        <source>Minstefradrag pensjon, sats</source>
        <translation>Minstefrådrag pensjon, sats</translation>
    </message>
    <message>
        <source>Minstefradrag pensjon, øvre grense</source>
        <translation>Minstefrådrag pensjon, øvre grense</translation>
    </message>
    <message>
        <source>Minstefradrag lønn og pensjon samlet, øvre grense</source>
        <translation>Minstefrådrag løn og pensjon samla, øvre grense</translation>
    </message>
    <message>
        <source>Trygdeavgift lønn og ytelser</source>
        <translation>Trygdeavgift løn og ytingar</translation>
    </message>
    <message>
        <source>Trygdeavgift pensjon</source>
        <translation>Trygdeavgift pensjon</translation>
    </message>
    <message>
        <source>Trygdeavgift lønn, under 17 og over 69 år</source>
        <translation>Trygdeavgift løn, under 17 og over 69 år</translation>
    </message>
    <message>
        <source>Trygdeavgift, nedre grense</source>
        <translation>Trygdeavgift, nedre grense</translation>
    </message>
    <message>
        <source>Trygdeavgift, opptrappingssats</source>
        <translation>Trygdeavgift, opptrappingssats</translation>
    </message>
    <message>
        <source>Skattefradrag for pensjon, største fradrag</source>
        <translation>Skattefrådrag for pensjon, største frådrag</translation>
    </message>
    <message>
        <source>Skattefradrag for pensjon, grense trinn 1</source>
        <translation>Skattefrådrag for pensjon, grense trinn 1</translation>
    </message>
    <message>
        <source>Skattefradrag for pensjon, avkorting trinn 1</source>
        <translation>Skattefrådrag for pensjon, avkorting trinn 1</translation>
    </message>
    <message>
        <source>Skattefradrag for pensjon, grense trinn 2</source>
        <translation>Skattefrådrag for pensjon, grense trinn 2</translation>
    </message>
    <message>
        <source>Skattefradrag for pensjon, avkorting trinn 2</source>
        <translation>Skattefrådrag for pensjon, avkorting trinn 2</translation>
    </message>
    <message>
        <source>Skatteverdi av rentefradrag</source>
        <translation>Skatteverdi av rentefrådrag</translation>
    </message>
    <message>
        <source>Skatteverdi av rentefradrag, tiltakssonen</source>
        <translation>Skatteverdi av rentefrådrag, tiltakssona</translation>
    </message>
    <message>
        <source>Barnetrygd per barn under 6 år</source>
        <translation>Barnetrygd per barn under 6 år</translation>
    </message>
    <message>
        <source>Barnetrygd per barn 6–17 år</source>
        <translation>Barnetrygd per barn 6–17 år</translation>
    </message>
    <message>
        <source>Finnmarks- og Svalbardtillegg per barn</source>
        <translation>Finnmarks- og Svalbardtillegg per barn</translation>
    </message>
    <message>
        <source>Småbarnstillegg</source>
        <translation>Småbarnstillegg</translation>
    </message>
    <message>
        <source>Lek og mediebruk</source>
        <translation>Leik og mediebruk</translation>
    </message>
    <message>
        <source>Mat, gravid</source>
        <translation>Mat, gravid</translation>
    </message>
    <message>
        <source>Mat, ammende</source>
        <translation>Mat, ammande</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>barn 6–19 år</source>
        <translation>barn 6–19 år</translation>
    </message>
    <message>
        <source>voksen 20–66 år</source>
        <translation>vaksen 20–66 år</translation>
    </message>
    <message>
        <source>67 år og eldre</source>
        <translation>67 år og eldre</translation>
    </message>
    <message>
        <source>student 20–29 år</source>
        <translation>student 20–29 år</translation>
    </message>
    <message>
        <source>Babyutstyr</source>
        <translation>Babyutstyr</translation>
    </message>
    <message>
        <source>før fødsel</source>
        <translation>før fødsel</translation>
    </message>
    <message>
        <source>under 1 år</source>
        <translation>under 1 år</translation>
    </message>
    <message>
        <source>Bil</source>
        <translation>Bil</translation>
    </message>
    <message>
        <source>lav inntekt</source>
        <translation>låg inntekt</translation>
    </message>
    <message>
        <source>heltid</source>
        <translation>heiltid</translation>
    </message>
    <message>
        <source>deltid</source>
        <translation>deltid</translation>
    </message>
    <message>
        <source>Matskala</source>
        <translation>Matskala</translation>
    </message>
    <message>
        <source>reduksjon for par med tre eller flere barn</source>
        <translation>reduksjon for par med tre eller fleire barn</translation>
    </message>
    <message>
        <source>{lo}–{hi} mnd</source>
        <translation>{lo}–{hi} mnd.</translation>
    </message>
    <message>
        <source>{lo} år og eldre</source>
        <translation>{lo} år og eldre</translation>
    </message>
    <message>
        <source>{lo}–{hi} år</source>
        <translation>{lo}–{hi} år</translation>
    </message>
    <message>
        <source>{lo} år</source>
        <translation>{lo} år</translation>
    </message>
    <message>
        <source>{n} pers.</source>
        <translation>{n} pers.</translation>
    </message>
    <message>
        <source>Gebyrer ved tvangssalg</source>
        <translation>Gebyr ved tvangssal</translation>
    </message>
    <message>
        <source>Meglerkostnad, andel av salgssum</source>
        <translation>Meklarkostnad, del av salssum</translation>
    </message>
    <message>
        <source>Reduksjon for yngste fra fjerde person i husstanden</source>
        <translation>Reduksjon for den yngste frå fjerde person i hushaldet</translation>
    </message>
    <message>
        <source>Trinnskatt trinn {n}, innslagspunkt</source>
        <translation>Trinnskatt trinn {n}, innslagspunkt</translation>
    </message>
    <message>
        <source>Trinnskatt trinn {n}, sats</source>
        <translation>Trinnskatt trinn {n}, sats</translation>
    </message>
    <message>
        <source>Par, samlet</source>
        <translation>Par, samla</translation>
    </message>
    <message>
        <source>Hver voksen til</source>
        <translation>Kvar vaksen til</translation>
    </message>
    <message>
        <source>Barn 11–14</source>
        <translation>Barn 11–14</translation>
    </message>
    <message>
        <source>Barn 15–17</source>
        <translation>Barn 15–17</translation>
    </message>
    <message>
        <source>Etableringsgebyr, elektronisk søknad</source>
        <translation>Etableringsgebyr, elektronisk søknad</translation>
    </message>
    <message>
        <source>Etableringsgebyr, papirsøknad</source>
        <translation>Etableringsgebyr, papirsøknad</translation>
    </message>
    <message>
        <source>Termingebyr, elektronisk</source>
        <translation>Termingebyr, elektronisk</translation>
    </message>
    <message>
        <source>Termingebyr, papir</source>
        <translation>Termingebyr, papir</translation>
    </message>
    <message>
        <source>Tinglysing av pant</source>
        <translation>Tinglysing av pant</translation>
    </message>
    <message>
        <source>Tabellen har feil antall rader.</source>
        <translation>Tabellen har feil tal på rader.</translation>
    </message>
    <message>
        <source>Tallet må være mellom {lo} og {hi} {unit}.</source>
        <translation>Talet må vere mellom {lo} og {hi} {unit}.</translation>
    </message>
    <message>
        <source>Datoen kan ikke være eldre enn programmets egne tall ({date}): da gjelder de.</source>
        <translation>Datoen kan ikkje vere eldre enn dei eigne tala til programmet ({date}): då gjeld dei.</translation>
    </message>
    <message>
        <source>Skriv kilden ved tallene (nettside, vedtak eller rundskriv).</source>
        <translation>Skriv kjelda ved tala (nettside, vedtak eller rundskriv).</translation>
    </message>
    <message>
        <source>Påslag på styringsrenten (startlån)</source>
        <translation>Påslag på styringsrenta (startlån)</translation>
    </message>
    <message>
        <source>Bankenes påslag på lånerenten</source>
        <translation>Påslaget til bankane på lånerenta</translation>
    </message>
    <message>
        <source>Bankenes minste stressrente</source>
        <translation>Den lågaste stressrenta til bankane</translation>
    </message>
    <message>
        <source>«{field}» må være mellom 0 og {hi}.</source>
        <translation>«{field}» må vere mellom 0 og {hi}.</translation>
    </message>
    <message>
        <source>Regel</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Dato for styringsrenten</source>
        <translation>Dato for styringsrenta</translation>
    </message>
    <message>
        <source>Kilde for styringsrenten</source>
        <translation>Kjelde for styringsrenta</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margin</translation>
    </message>
    <message>
        <source>Kommunens vanlige vilkår (utenfor gir en merknad, aldri et avslag)</source>
        <translation>Vanlege vilkår i kommunen (utanfor gir ein merknad, aldri eit avslag)</translation>
    </message>
    <message>
        <source>Vanlig lengste løpetid</source>
        <translation>Vanleg lengste løpetid</translation>
    </message>
    <message>
        <source>Begge</source>
        <translation>Begge</translation>
    </message>
    <message>
        <source>Vanlig lånetype</source>
        <translation>Vanleg lånetype</translation>
    </message>
    <message>
        <source>Vanlig rentetype</source>
        <translation>Vanleg rentetype</translation>
    </message>
    <message>
        <source>Startlånet kan finansiere inntil 100 % av kjøpesum og kjøpskostnader; tilskudd brukes bare for resten.</source>
        <translation>Startlånet kan finansiere inntil 100 % av kjøpesum og kjøpskostnader; tilskot blir berre brukt for resten.</translation>
    </message>
    <message>
        <source>Startlånets tak (av kjøpesum og kjøpskostnader)</source>
        <translation>Taket for startlånet (av kjøpesum og kjøpskostnader)</translation>
    </message>
    <message>
        <source>Tilbakestill rentene til programmets rentetabell</source>
        <translation>Tilbakestill rentene til rentetabellen i programmet</translation>
    </message>
    <message>
        <source>Generelt</source>
        <translation>Generelt</translation>
    </message>
    <message>
        <source>Ring 78 98 00 00 og spør etter startlån.</source>
        <translation>Ring 78 98 00 00 og spør etter startlån.</translation>
    </message>
    <message>
        <source>Hvem søkeren kan ringe</source>
        <translation>Kven søkjaren kan ringje</translation>
    </message>
    <message>
        <source>Kommunens eget gebyr i nye saker. Husbankens gebyrer (til sammenligning) står under «Andre data».</source>
        <translation>Det eigne gebyret til kommunen i nye saker. Gebyra til Husbanken (til samanlikning) står under «Andre data».</translation>
    </message>
    <message>
        <source>Renter og stresstest</source>
        <translation>Renter og stresstest</translation>
    </message>
    <message>
        <source>Kilde for rentene</source>
        <translation>Kjelde for rentene</translation>
    </message>
    <message>
        <source>Styringsrente + påslag (Husbanken)</source>
        <translation>Styringsrente + påslag (Husbanken)</translation>
    </message>
    <message>
        <source>Lim inn tabellen fra husbanken.no/rente her (med datoen)</source>
        <translation>Lim inn tabellen frå husbanken.no/rente her (med datoen)</translation>
    </message>
    <message>
        <source>Innlimt rentetabell</source>
        <translation>Innlimt rentetabell</translation>
    </message>
    <message>
        <source>Les inn limt tabell</source>
        <translation>Les inn limt tabell</translation>
    </message>
    <message>
        <source>Lim inn</source>
        <translation>Lim inn</translation>
    </message>
    <message>
        <source>Lest inn: renter fra {date}, flytende {rate}. Trykk OK for å lagre.</source>
        <translation>Lese inn: renter frå {date}, flytande {rate}. Trykk OK for å lagre.</translation>
    </message>
    <message>
        <source>NAV-satser</source>
        <translation>NAV-satsar</translation>
    </message>
    <message>
        <source>NAVs veiledende satser for livsopphold, kr per måned: én rad per år. Saken bruker raden som gjelder på saksdatoen. Skriv kilden (rundskriv) ved tallene.</source>
        <translation>NAV sine rettleiande satsar for livsopphald, kr per månad: éi rad per år. Saka bruker rada som gjeld på saksdatoen. Skriv kjelda (rundskriv) ved tala.</translation>
    </message>
    <message>
        <source>Legg til år</source>
        <translation>Legg til år</translation>
    </message>
    <message>
        <source>Fjern valgt rad</source>
        <translation>Fjern vald rad</translation>
    </message>
    <message>
        <source>Rad {row}, «{column}»: {message}</source>
        <translation>Rad {row}, «{column}»: {message}</translation>
    </message>
    <message>
        <source>Andre data</source>
        <translation>Andre data</translation>
    </message>
    <message>
        <source>Datapakke</source>
        <translation>Datapakke</translation>
    </message>
    <message>
        <source>En datapakke (JSON) fra kommunens IT eller en kollega bringer nye tall uten ny programversjon. Endringene vises før du tar dem i bruk.</source>
        <translation>Ein datapakke (JSON) frå IT i kommunen eller ein kollega bringar nye tal utan ny programversjon. Endringane blir viste før du tek dei i bruk.</translation>
    </message>
    <message>
        <source>Importer datapakke …</source>
        <translation>Importer datapakke …</translation>
    </message>
    <message>
        <source>Eksporter dataene som gjelder …</source>
        <translation>Eksporter dataa som gjeld …</translation>
    </message>
    <message>
        <source>Nå</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Etter import</source>
        <translation>Etter import</translation>
    </message>
    <message>
        <source>Endringer i datapakken</source>
        <translation>Endringar i datapakken</translation>
    </message>
    <message>
        <source>Ta i bruk endringene</source>
        <translation>Ta i bruk endringane</translation>
    </message>
    <message>
        <source>Dataene som gjelder nå</source>
        <translation>Dataa som gjeld no</translation>
    </message>
    <message>
        <source>Importer datapakke</source>
        <translation>Importer datapakke</translation>
    </message>
    <message>
        <source>Datapakke (*.json)</source>
        <translation>Datapakke (*.json)</translation>
    </message>
    <message>
        <source>Eksporter datapakke</source>
        <translation>Eksporter datapakke</translation>
    </message>
    <message>
        <source>Eksportert til {file}.</source>
        <translation>Eksportert til {file}.</translation>
    </message>
    <message>
        <source>Datapakken er avvist, ingenting er endret: {error}</source>
        <translation>Datapakken er avvist, ingenting er endra: {error}</translation>
    </message>
    <message>
        <source>Datapakken endrer ingenting: tallene i den gjelder allerede.</source>
        <translation>Datapakken endrar ingenting: tala i han gjeld alt.</translation>
    </message>
    <message>
        <source>Dette endres når du tar datapakken i bruk (se over først):</source>
        <translation>Dette blir endra når du tek datapakken i bruk (sjå over først):</translation>
    </message>
    <message>
        <source>Tatt i bruk: {n} endringer. De gjelder nye saker; åpne saker beholder sine tall til du velger «Bruk dagens data».</source>
        <translation>Teke i bruk: {n} endringar. Dei gjeld nye saker; opne saker held på tala sine til du vel «Bruk dagens data».</translation>
    </message>
    <message>
        <source>{what} fra {date} kan være endret {change}: sjekk {where}.</source>
        <translation>{what} frå {date} kan vere endra {change}: sjekk {where}.</translation>
    </message>
    <message>
        <source>{what} fra {date} er eldre enn seks måneder: sjekk {where}.</source>
        <translation>{what} frå {date} er eldre enn seks månader: sjekk {where}.</translation>
    </message>
    <message>
        <source>{what} fra {date}; neste kjente endring {change}.</source>
        <translation>{what} frå {date}; neste kjende endring {change}.</translation>
    </message>
    <message>
        <source>{what} fra {date}.</source>
        <translation>{what} frå {date}.</translation>
    </message>
    <message>
        <source>Rentetabellen</source>
        <translation>Rentetabellen</translation>
    </message>
    <message>
        <source>Rett opp feltene som er merket før du lagrer.</source>
        <translation>Rett opp felta som er merkte før du lagrar.</translation>
    </message>
    <message>
        <source>Rett opp NAV-satsene som er merket før du lagrer.</source>
        <translation>Rett opp NAV-satsane som er merkte før du lagrar.</translation>
    </message>
    <message>
        <source>Rett opp tallet som er merket under «Andre data» før du lagrer.</source>
        <translation>Rett opp talet som er merkt under «Andre data» før du lagrar.</translation>
    </message>
    <message>
        <source>Pengene dere har</source>
        <translation>Pengane de har</translation>
    </message>
    <message>
        <source>Hva livet koster</source>
        <translation>Kva livet kostar</translation>
    </message>
    <message>
        <source>Hva boligen koster utenom lånet</source>
        <translation>Kva bustaden kostar utanom lånet</translation>
    </message>
    <message>
        <source>Lånealternativene</source>
        <translation>Lånealternativa</translation>
    </message>
    <message>
        <source>Hvis renten stiger</source>
        <translation>Om renta stig</translation>
    </message>
    <message>
        <source>Oppsummert</source>
        <translation>Oppsummert</translation>
    </message>
    <message>
        <source>Igjen hver måned: {left}, behov {need}</source>
        <translation>Att kvar månad: {left}, behov {need}</translation>
    </message>
    <message>
        <source>Pause – trykk B for å fortsette</source>
        <translation>Pause – trykk B for å halde fram</translation>
    </message>
    <message>
        <source>Gjennomgang</source>
        <translation>Gjennomgang</translation>
    </message>
    <message>
        <source>◀ Tilbake</source>
        <translation>◀ Tilbake</translation>
    </message>
    <message>
        <source>Neste ▶</source>
        <translation>Neste ▶</translation>
    </message>
    <message>
        <source>Språk</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Ordliste</source>
        <translation>Ordliste</translation>
    </message>
    <message>
        <source>Ark til søkeren (PDF) …</source>
        <translation>Ark til søkjaren (PDF) …</translation>
    </message>
    <message>
        <source>Vis ved siden av</source>
        <translation>Vis ved sida av</translation>
    </message>
    <message>
        <source>Ett alternativ</source>
        <translation>Eitt alternativ</translation>
    </message>
    <message>
        <source>Ved siden av: {scenario}</source>
        <translation>Ved sida av: {scenario}</translation>
    </message>
    <message>
        <source>Trykk O for å lukke ordlisten.</source>
        <translation>Trykk O for å lukke ordlista.</translation>
    </message>
    <message>
        <source>Steg {step} av {steps}: {title}</source>
        <translation>Steg {step} av {steps}: {title}</translation>
    </message>
    <message>
        <source>Til sammen {amount} hver måned</source>
        <translation>Til saman {amount} kvar månad</translation>
    </message>
    <message>
        <source>Dette kommer inn hver måned, etter skatt:</source>
        <translation>Dette kjem inn kvar månad, etter skatt:</translation>
    </message>
    <message>
        <source>Til sammen</source>
        <translation>Til saman</translation>
    </message>
    <message>
        <source>Av {income} hver måned går dette til livet:</source>
        <translation>Av {income} kvar månad går dette til livet:</translation>
    </message>
    <message>
        <source>Mat, klær, transport og annet dere trenger hver måned:</source>
        <translation>Mat, klede, transport og anna de treng kvar månad:</translation>
    </message>
    <message>
        <source>Etter SIFOs referansebudsjett</source>
        <translation>Etter referansebudsjettet til SIFO</translation>
    </message>
    <message>
        <source>Med deres egne tall</source>
        <translation>Med dykkar eigne tal</translation>
    </message>
    <message>
        <source>Laveste beløp vi kan regne med (NAV)</source>
        <translation>Lågaste beløp vi kan rekne med (NAV)</translation>
    </message>
    <message>
        <source>Andre faste utgifter (lån, kort, bidrag)</source>
        <translation>Andre faste utgifter (lån, kort, bidrag)</translation>
    </message>
    <message>
        <source>Vi regner med til livsopphold</source>
        <translation>Vi reknar med til livsopphald</translation>
    </message>
    <message>
        <source>Husleie</source>
        <translation>Husleige</translation>
    </message>
    <message>
        <source>Dette koster boligen hver måned, i tillegg til lånet:</source>
        <translation>Dette kostar bustaden kvar månad, i tillegg til lånet:</translation>
    </message>
    <message>
        <source>Til sammenligning: husleie i dag</source>
        <translation>Til samanlikning: husleige i dag</translation>
    </message>
    <message>
        <source>Slik fordeles inntekten på {income} hver måned med «{scenario}»:</source>
        <translation>Slik blir inntekta på {income} fordelt kvar månad med «{scenario}»:</translation>
    </message>
    <message>
        <source>Slik fordeles inntekten på {income} hver måned:</source>
        <translation>Slik blir inntekta på {income} fordelt kvar månad:</translation>
    </message>
    <message>
        <source>Lånet: {amount}</source>
        <translation>Lånet: {amount}</translation>
    </message>
    <message>
        <source>Igjen: {amount}</source>
        <translation>Att: {amount}</translation>
    </message>
    <message>
        <source>«Igjen» er det som er igjen til livsopphold hver måned. Den svarte streken er det dere trenger: {need}. Grønt forbi streken er nok.</source>
        <translation>«Att» er det som er att til livsopphald kvar månad. Den svarte streken er det de treng: {need}. Grønt forbi streken er nok.</translation>
    </message>
    <message>
        <source>Flytt på renten og se hva som skjer med «{scenario}»:</source>
        <translation>Flytt på renta og sjå kva som skjer med «{scenario}»:</translation>
    </message>
    <message>
        <source>Flytt på renten og se hva som skjer med «{scenario}» og «{other}»:</source>
        <translation>Flytt på renta og sjå kva som skjer med «{scenario}» og «{other}»:</translation>
    </message>
    <message>
        <source>Budsjettet går ikke opp hvis renten blir høyere enn {rate}. Dagens rente: {today}. Stresstest: {stress}.</source>
        <translation>Budsjettet går ikkje opp viss renta blir høgare enn {rate}. Dagens rente: {today}. Stresstest: {stress}.</translation>
    </message>
    <message>
        <source>Rente: {rate}</source>
        <translation>Rente: {rate}</translation>
    </message>
    <message>
        <source>nok</source>
        <translation>nok</translation>
    </message>
    <message>
        <source>{amount} for lite</source>
        <translation>{amount} for lite</translation>
    </message>
    <message>
        <source>Igjen hver måned: {left} ({enough})</source>
        <translation>Att kvar månad: {left} ({enough})</translation>
    </message>
    <message>
        <source>Slik betales boligen ({total})</source>
        <translation>Slik blir bustaden betalt ({total})</translation>
    </message>
    <message>
        <source>Slik betales boligen ({total}): egne penger {equity}, banklån {bank}, startlån {startlan}</source>
        <translation>Slik blir bustaden betalt ({total}): eigne pengar {equity}, banklån {bank}, startlån {startlan}</translation>
    </message>
    <message>
        <source>, overtatt fellesgjeld {amount}</source>
        <translation>, overteken fellesgjeld {amount}</translation>
    </message>
    <message>
        <source>og tilskudd {amount}.</source>
        <translation>og tilskot {amount}.</translation>
    </message>
    <message>
        <source>Tallet er for stort.</source>
        <translation>Talet er for stort.</translation>
    </message>
    <message>
        <source>Feltet kan ikke være tomt.</source>
        <translation>Feltet kan ikkje vere tomt.</translation>
    </message>
    <message>
        <source>Dette er et kronebeløp, ikke prosent. Skriv beløpet i kroner, for eksempel 12 500.</source>
        <translation>Dette er eit kronebeløp, ikkje prosent. Skriv beløpet i kroner, til dømes 12 500.</translation>
    </message>
    <message>
        <source>Skriv et kronebeløp, for eksempel 12 500 eller 28.400.</source>
        <translation>Skriv eit kronebeløp, til dømes 12 500 eller 28.400.</translation>
    </message>
    <message>
        <source>Uklart tall: skriv kroner på norsk, med komma før øre (1 234,50).</source>
        <translation>Uklart tal: skriv kroner på norsk, med komma før øre (1 234,50).</translation>
    </message>
    <message>
        <source>Uklart tall: komma står foran øre (høyst to sifre). Mente du {example}?</source>
        <translation>Uklart tal: komma står framfor øre (høgst to siffer). Meinte du {example}?</translation>
    </message>
    <message>
        <source>Uklart tall: i kronebeløp er punktum tusenskille og står foran tre sifre (28.400 = 28 400 kr). Øre skrives med komma (28,40).</source>
        <translation>Uklart tal: i kronebeløp er punktum tusenskilje og står framfor tre siffer (28.400 = 28 400 kr). Øre blir skrivne med komma (28,40).</translation>
    </message>
    <message>
        <source>Uklart tall: skriv sifrene i grupper på tre (1 234 567) eller uten mellomrom.</source>
        <translation>Uklart tal: skriv siffera i grupper på tre (1 234 567) eller utan mellomrom.</translation>
    </message>
    <message>
        <source>Dette er en rente i prosent, ikke kroner. Skriv for eksempel 4,275.</source>
        <translation>Dette er ei rente i prosent, ikkje kroner. Skriv til dømes 4,275.</translation>
    </message>
    <message>
        <source>Skriv en rente med komma eller punktum, for eksempel 4,275.</source>
        <translation>Skriv ei rente med komma eller punktum, til dømes 4,275.</translation>
    </message>
    <message>
        <source>Skriv et tall, for eksempel 12 eller 2,5.</source>
        <translation>Skriv eit tal, til dømes 12 eller 2,5.</translation>
    </message>
    <message>
        <source>Datoen er utenfor gyldig område.</source>
        <translation>Datoen er utanfor gyldig område.</translation>
    </message>
    <message>
        <source>Må være mellom {lo} og {hi}{unit}.</source>
        <translation>Må vere mellom {lo} og {hi}{unit}.</translation>
    </message>
    <message>
        <source>Feilmeldinger</source>
        <translation>Feilmeldingar</translation>
    </message>
    <message>
        <source>Fjern rad {row}</source>
        <translation>Fjern rad {row}</translation>
    </message>
    <message>
        <source>{column} (rad {row})</source>
        <translation>{column} (rad {row})</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>nei</source>
        <translation>nei</translation>
    </message>
    <message>
        <source>dd.mm.åååå</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <source>mm.åååå</source>
        <translation>mm.åååå</translation>
    </message>
    <message>
        <source>Skriv datoen som dd.mm.åååå, for eksempel 24.12.2019.</source>
        <translation>Skriv datoen som dd.mm.åååå, til dømes 24.12.2019.</translation>
    </message>
    <message>
        <source>Forhold: {flags}</source>
        <translation>Tilhøve: {flags}</translation>
    </message>
    <message>
        <source>ingen</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Hvis boligen må selges etter {years} år og prisene har falt {fall} %, står dere igjen med {amount} i gjeld.</source>
        <translation>Viss bustaden må seljast etter {years} år og prisane har falle {fall} %, står de att med {amount} i gjeld.</translation>
    </message>
    <message>
        <source>Hvis boligen må selges etter {years} år og prisene har falt {fall} %, dekker salget gjelden, og dere sitter igjen med om lag {amount}.</source>
        <translation>Viss bustaden må seljast etter {years} år og prisane har falle {fall} %, dekkjer salet gjelda, og de sit att med om lag {amount}.</translation>
    </message>
    <message>
        <source>Lang løpetid bygger egenkapital sakte: etter 10 år skylder dere om lag {b30} med 30 års løpetid, men {b50} med 50 år.</source>
        <translation>Lang løpetid byggjer eigenkapital sakte: etter 10 år skuldar de om lag {b30} med 30 års løpetid, men {b50} med 50 år.</translation>
    </message>
    <message>
        <source>Gjeld som står igjen etter et salg når prisene har falt, etter salgskostnader ({fee} og {pct} av salgssummen; ubekreftede standardverdier som saksbehandleren kan endre). Negative beløp betyr at salget gir mer enn gjelden. Dere er ansvarlige for gjeld som salget ikke dekker.</source>
        <translation>Gjeld som står att etter eit sal når prisane har falle, etter salskostnader ({fee} og {pct} av salssummen; ikkje stadfesta standardverdiar som sakshandsamaren kan endre). Negative beløp tyder at salet gir meir enn gjelda. De er ansvarlege for gjeld som salet ikkje dekkjer.</translation>
    </message>
    <message>
        <source>Salg etter</source>
        <translation>Sal etter</translation>
    </message>
    <message>
        <source>Gjeld</source>
        <translation>Gjeld</translation>
    </message>
    <message>
        <source>Gjeld (kr)</source>
        <translation>Gjeld (kr)</translation>
    </message>
    <message>
        <source>Prisfall {fall} %</source>
        <translation>Prisfall {fall} %</translation>
    </message>
    <message>
        <source>Gjeld mot salgsverdi</source>
        <translation>Gjeld mot salsverdi</translation>
    </message>
    <message>
        <source>Diagram: gjeld per år mot salgsverdien ved prisfall</source>
        <translation>Diagram: gjeld per år mot salsverdien ved prisfall</translation>
    </message>
    <message>
        <source>Gjeld etter tvangssalg per år og prisfall</source>
        <translation>Gjeld etter tvangssal per år og prisfall</translation>
    </message>
    <message>
        <source>Legg inn kjøpesum under Bolig for å se gjelden etter et salg.</source>
        <translation>Legg inn kjøpesum under Bustad for å sjå gjelda etter eit sal.</translation>
    </message>
    <message>
        <source>Over- og underkurs etter år og renteendring</source>
        <translation>Over- og underkurs etter år og renteendring</translation>
    </message>
    <message>
        <source>Ingen scenarioer har fast rente, så det blir ikke over- eller underkurs.</source>
        <translation>Ingen scenario har fast rente, så det blir ikkje over- eller underkurs.</translation>
    </message>
    <message>
        <source>ugyldig --map {value}: bruk FELT=KOLONNE</source>
        <translation>ugyldig --map {value}: bruk FELT=KOLONNE</translation>
    </message>
    <message>
        <source>ugyldig --today {value}: bruk ÅÅÅÅ-MM-DD</source>
        <translation>ugyldig --today {value}: bruk ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>renten etter bindingstiden må være mellom 0 og 30 %</source>
        <translation>renta etter bindingstida må vere mellom 0 og 30 %</translation>
    </message>
    <message>
        <source>{file}: {loans} lån, {fixed} med fastrente som løper ut; etter bindingstiden {rate} (flytende {floating} + påslag {markup}).</source>
        <translation>{file}: {loans} lån, {fixed} med fastrente som går ut; etter bindingstida {rate} (flytande {floating} + påslag {markup}).</translation>
    </message>
    <message>
        <source>Sist kontakt</source>
        <translation>Sist kontakt</translation>
    </message>
    <message>
        <source>Kvartal</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <source>Antall</source>
        <translation>Tal</translation>
    </message>
    <message>
        <source>Sum økning per måned</source>
        <translation>Sum auke per månad</translation>
    </message>
    <message>
        <source>Ikke kontaktet</source>
        <translation>Ikkje kontakta</translation>
    </message>
    <message>
        <source>ingen lån i listen å skrive brev til</source>
        <translation>ingen lån i lista å skrive brev til</translation>
    </message>
    <message>
        <source>Brev sendt</source>
        <translation>Brev sendt</translation>
    </message>
    <message>
        <source>Ringt</source>
        <translation>Ringt</translation>
    </message>
    <message>
        <source>Møte</source>
        <translation>Møte</translation>
    </message>
    <message>
        <source>Lettelse innvilget</source>
        <translation>Lette innvilga</translation>
    </message>
    <message>
        <source>Ingen tiltak</source>
        <translation>Ingen tiltak</translation>
    </message>
    <message>
        <source>Oppføring {n} i oppfølgingsloggen er ugyldig.</source>
        <translation>Oppføring {n} i oppfølgingsloggen er ugyldig.</translation>
    </message>
    <message>
        <source>Oppføring {n} i oppfølgingsloggen har en ugyldig dato.</source>
        <translation>Oppføring {n} i oppfølgingsloggen har ein ugyldig dato.</translation>
    </message>
    <message>
        <source>Oppfølgingsloggen er for stor (over 20 MB).</source>
        <translation>Oppfølgingsloggen er for stor (over 20 MB).</translation>
    </message>
    <message>
        <source>Oppfølgingsloggen {file} er skadet og kan ikke leses; den er ikke endret.</source>
        <translation>Oppfølgingsloggen {file} er skadd og kan ikkje lesast; han er ikkje endra.</translation>
    </message>
    <message>
        <source>{file} er ikke en oppfølgingslogg fra Startlån Desktop.</source>
        <translation>{file} er ikkje ein oppfølgingslogg frå Startlån Desktop.</translation>
    </message>
    <message>
        <source>Oppfølgingsloggen er laget av en nyere versjon av programmet.</source>
        <translation>Oppfølgingsloggen er laga av ein nyare versjon av programmet.</translation>
    </message>
    <message>
        <source>Kan ikke åpne oppfølgingsloggen: {error}.</source>
        <translation>Kan ikkje opne oppfølgingsloggen: {error}.</translation>
    </message>
    <message>
        <source>Oppfølgingsloggen {file} er åpen i et annet vindu eller hos en annen bruker.</source>
        <translation>Oppfølgingsloggen {file} er open i eit anna vindauge eller hos ein annan brukar.</translation>
    </message>
    <message>
        <source>Kunne ikke lagre oppfølgingsloggen: {error}.</source>
        <translation>Kunne ikkje lagre oppfølgingsloggen: {error}.</translation>
    </message>
    <message>
        <source>Ukjent tiltak «{action}».</source>
        <translation>Ukjent tiltak «{action}».</translation>
    </message>
    <message>
        <source>Notatet kan være høyst 2000 tegn.</source>
        <translation>Notatet kan vere høgst 2000 teikn.</translation>
    </message>
    <message>
        <source>januar</source>
        <translation>januar</translation>
    </message>
    <message>
        <source>februar</source>
        <translation>februar</translation>
    </message>
    <message>
        <source>mars</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>april</source>
        <translation>april</translation>
    </message>
    <message>
        <source>mai</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>juni</source>
        <translation>juni</translation>
    </message>
    <message>
        <source>juli</source>
        <translation>juli</translation>
    </message>
    <message>
        <source>august</source>
        <translation>august</translation>
    </message>
    <message>
        <source>september</source>
        <translation>september</translation>
    </message>
    <message>
        <source>oktober</source>
        <translation>oktober</translation>
    </message>
    <message>
        <source>november</source>
        <translation>november</translation>
    </message>
    <message>
        <source>desember</source>
        <translation>desember</translation>
    </message>
    <message>
        <source>avdragsfrihet i en periode, så du bare betaler renter</source>
        <translation>avdragsfridom i ein periode, så du berre betaler renter</translation>
    </message>
    <message>
        <source>lengre nedbetalingstid, som gir lavere terminbeløp</source>
        <translation>lengre nedbetalingstid, som gir lågare terminbeløp</translation>
    </message>
    <message>
        <source>utsettelse av betalingen i en kort periode</source>
        <translation>utsetjing av betalinga i ein kort periode</translation>
    </message>
    <message>
        <source>ny fastrente, så terminbeløpet ligger fast i flere år</source>
        <translation>ny fastrente, så terminbeløpet ligg fast i fleire år</translation>
    </message>
    <message>
        <source>å samle dyr gjeld i startlånet</source>
        <translation>å samle dyr gjeld i startlånet</translation>
    </message>
    <message>
        <source>{day}. {month} {year}</source>
        <translation>{day}. {month} {year}</translation>
    </message>
    <message>
        <source>i måneden</source>
        <translation>i månaden</translation>
    </message>
    <message>
        <source>per kvartal</source>
        <translation>per kvartal</translation>
    </message>
    <message>
        <source>per halvår</source>
        <translation>per halvår</translation>
    </message>
    <message>
        <source>per termin</source>
        <translation>per termin</translation>
    </message>
    <message>
        <source>Fastrenten på startlånet ditt er gått ut</source>
        <translation>Fastrenta på startlånet ditt har gått ut</translation>
    </message>
    <message>
        <source>Fastrenten på lånet ditt gikk ut {date}. Med dagens flytende rente blir terminbeløpet omtrent {after} {per}, {jump} mer enn med fastrenten ({now}).</source>
        <translation>Fastrenta på lånet ditt gjekk ut {date}. Med dagens flytande rente blir terminbeløpet om lag {after} {per}, {jump} meir enn med fastrenta ({now}).</translation>
    </message>
    <message>
        <source>Fastrenten på startlånet ditt går snart ut</source>
        <translation>Fastrenta på startlånet ditt går snart ut</translation>
    </message>
    <message>
        <source>Fastrenten på lånet ditt går ut {date}. Med dagens flytende rente blir terminbeløpet omtrent {after} {per}, {jump} mer enn i dag ({now}).</source>
        <translation>Fastrenta på lånet ditt går ut {date}. Med dagens flytande rente blir terminbeløpet om lag {after} {per}, {jump} meir enn i dag ({now}).</translation>
    </message>
    <message>
        <source>Renten går da fra {now} til {after}. Den flytende renten kan endre seg før den tid.</source>
        <translation>Renta går då frå {now} til {after}. Den flytande renta kan endre seg før den tid.</translation>
    </message>
    <message>
        <source>Fastrenten på lånet ditt går ut {date}. Med dagens flytende rente blir terminbeløpet omtrent {after} {per}, om lag det samme som i dag.</source>
        <translation>Fastrenta på lånet ditt går ut {date}. Med dagens flytande rente blir terminbeløpet om lag {after} {per}, om lag det same som i dag.</translation>
    </message>
    <message>
        <source>Blir terminbeløpet for høyt for deg, ta kontakt med oss før det går ut, gjerne i god tid. Vi kan sammen se på hva som passer, for eksempel:</source>
        <translation>Blir terminbeløpet for høgt for deg, ta kontakt med oss før det går ut, gjerne i god tid. Vi kan saman sjå på kva som passar, til dømes:</translation>
    </message>
    <message>
        <source>Tallene er anslag ut fra restgjelden {balance} og lånets vilkår per {date}. Det nøyaktige terminbeløpet får du fra låneforvalteren.</source>
        <translation>Tala er anslag ut frå restgjelda {balance} og vilkåra for lånet per {date}. Det nøyaktige terminbeløpet får du frå låneforvaltaren.</translation>
    </message>
    <message>
        <source>Med vennlig hilsen</source>
        <translation>Med venleg helsing</translation>
    </message>
    <message>
        <source>Lånenummer: {number}</source>
        <translation>Lånenummer: {number}</translation>
    </message>
    <message>
        <source>Brev om fastrente som går ut</source>
        <translation>Brev om fastrente som går ut</translation>
    </message>
    <message>
        <source>Dokumentavgift gjelder bare selveier; for borettslag/aksje regnes den ikke med.</source>
        <translation>Dokumentavgift gjeld berre sjøleigar; for burettslag/aksje blir ho ikkje rekna med.</translation>
    </message>
    <message>
        <source>Kjøpesum uten fellesgjeld. Fellesgjeld føres i eget felt.</source>
        <translation>Kjøpesum utan fellesgjeld. Fellesgjeld blir ført i eige felt.</translation>
    </message>
    <message>
        <source>Kjøpesum {price} + andel fellesgjeld {debt} = totalpris {total}.</source>
        <translation>Kjøpesum {price} + del av fellesgjeld {debt} = totalpris {total}.</translation>
    </message>
    <message>
        <source>Billån er ført, men livsoppholdet regner ingen bilkostnader: legg inn bilen under Livsopphold.</source>
        <translation>Billån er ført, men livsopphaldet reknar ingen bilkostnader: legg inn bilen under Livsopphald.</translation>
    </message>
    <message>
        <source>SFO/AKS for 1.–3. trinn har {hours} gratis timer i uka. Satsen regnes som full pris og de gratis timene er ikke trukket fra: skriv kommunens pris etter gratistimene i feltet SFO/AKS.</source>
        <translation>SFO/AKS for 1.–3. trinn har {hours} gratis timar i veka. Satsen blir rekna som full pris og dei gratis timane er ikkje trekte frå: skriv prisen til kommunen etter gratistimane i feltet SFO/AKS.</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>3 måneder</source>
        <translation>3 månader</translation>
    </message>
    <message>
        <source>6 måneder</source>
        <translation>6 månader</translation>
    </message>
    <message>
        <source>12 måneder</source>
        <translation>12 månader</translation>
    </message>
    <message>
        <source>24 måneder</source>
        <translation>24 månader</translation>
    </message>
    <message>
        <source>Terminbeløp per termin ({n} terminer per år)</source>
        <translation>Terminbeløp per termin ({n} terminar per år)</translation>
    </message>
    <message>
        <source>gått ut</source>
        <translation>gått ut</translation>
    </message>
    <message>
        <source>Velg kolonner i lånelisten</source>
        <translation>Vel kolonnar i lånelista</translation>
    </message>
    <message>
        <source>Overskriftene står i rad</source>
        <translation>Overskriftene står i rad</translation>
    </message>
    <message>
        <source>De første radene i filen</source>
        <translation>Dei første radene i fila</translation>
    </message>
    <message>
        <source>De første radene i filen:</source>
        <translation>Dei første radene i fila:</translation>
    </message>
    <message>
        <source>Felt og kolonne</source>
        <translation>Felt og kolonne</translation>
    </message>
    <message>
        <source>* må velges; gjenstående løpetid eller terminbeløp må også finnes.</source>
        <translation>* må veljast; attverande løpetid eller terminbeløp må også finnast.</translation>
    </message>
    <message>
        <source>– ikke i listen –</source>
        <translation>– ikkje i lista –</translation>
    </message>
    <message>
        <source>Velg kolonne for {fields}.</source>
        <translation>Vel kolonne for {fields}.</translation>
    </message>
    <message>
        <source>En kolonne kan bare brukes for ett felt.</source>
        <translation>Ein kolonne kan berre brukast for eitt felt.</translation>
    </message>
    <message>
        <source>Låneportefølje – fastrenter som løper ut</source>
        <translation>Låneportefølje – fastrenter som går ut</translation>
    </message>
    <message>
        <source>Åpne låneliste …</source>
        <translation>Opne låneliste …</translation>
    </message>
    <message>
        <source>Saksmappe …</source>
        <translation>Saksmappe …</translation>
    </message>
    <message>
        <source>Saker der saksnummeret er lånenummeret viser restbeløpet etter økningen</source>
        <translation>Saker der saksnummeret er lånenummeret viser restbeløpet etter auken</translation>
    </message>
    <message>
        <source>Ingen liste åpnet. Listen leses der den ligger og kopieres ikke.</source>
        <translation>Inga liste opna. Lista blir lesen der ho ligg og blir ikkje kopiert.</translation>
    </message>
    <message>
        <source>Vis rader som ikke kunne leses</source>
        <translation>Vis rader som ikkje kunne lesast</translation>
    </message>
    <message>
        <source>Brevinnstillinger …</source>
        <translation>Brevinnstillingar …</translation>
    </message>
    <message>
        <source>Brev til valgte (PDF) …</source>
        <translation>Brev til valde (PDF) …</translation>
    </message>
    <message>
        <source>Ett brev per låntaker …</source>
        <translation>Eitt brev per låntakar …</translation>
    </message>
    <message>
        <source>Flettefil (CSV) …</source>
        <translation>Flettefil (CSV) …</translation>
    </message>
    <message>
        <source>Eksporter liste (CSV) …</source>
        <translation>Eksporter liste (CSV) …</translation>
    </message>
    <message>
        <source>Utløper innen</source>
        <translation>Går ut innan</translation>
    </message>
    <message>
        <source>Økning minst</source>
        <translation>Auke minst</translation>
    </message>
    <message>
        <source>eller %</source>
        <translation>eller %</translation>
    </message>
    <message>
        <source>Bare ikke kontaktet</source>
        <translation>Berre ikkje kontakta</translation>
    </message>
    <message>
        <source>Søk lånenummer eller navn</source>
        <translation>Søk lånenummer eller namn</translation>
    </message>
    <message>
        <source>Rente etter binding</source>
        <translation>Rente etter binding</translation>
    </message>
    <message>
        <source>Dagens flytende rente {floating} + påslag {markup} prosentpoeng; skriv en annen rente om du vil</source>
        <translation>Dagens flytande rente {floating} + påslag {markup} prosentpoeng; skriv ei anna rente om du vil</translation>
    </message>
    <message>
        <source>Velg et lån i listen.</source>
        <translation>Vel eit lån i lista.</translation>
    </message>
    <message>
        <source>Av</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Notat</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Uten navn – loggen nevner lån bare ved nummer</source>
        <translation>Utan namn – loggen nemner lån berre ved nummer</translation>
    </message>
    <message>
        <source>Utført av</source>
        <translation>Utført av</translation>
    </message>
    <message>
        <source>Registrer for valgte</source>
        <translation>Registrer for valde</translation>
    </message>
    <message>
        <source>Eksporter logg (CSV) …</source>
        <translation>Eksporter logg (CSV) …</translation>
    </message>
    <message>
        <source>Oppfølging</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <source>Per kvartal</source>
        <translation>Per kvartal</translation>
    </message>
    <message>
        <source>Åpne låneliste</source>
        <translation>Opne låneliste</translation>
    </message>
    <message>
        <source>Lånelister (*.csv *.txt *.xlsx);;Alle filer (*)</source>
        <translation>Lånelister (*.csv *.txt *.xlsx);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Loggen kan leses, men ikke endres i dette vinduet.</source>
        <translation>Loggen kan lesast, men ikkje endrast i dette vindauget.</translation>
    </message>
    <message>
        <source>{file}: {loans} lån. Listen leses der den ligger og kopieres ikke; oppfølgingsloggen lagres i {log}.</source>
        <translation>{file}: {loans} lån. Lista blir lesen der ho ligg og blir ikkje kopiert; oppfølgingsloggen blir lagra i {log}.</translation>
    </message>
    <message>
        <source>{n} rader kunne ikke leses …</source>
        <translation>{n} rader kunne ikkje lesast …</translation>
    </message>
    <message>
        <source>{shown} av {all} fastrentelån vises; {open} er ikke kontaktet. Rente etter binding {rate}.</source>
        <translation>{shown} av {all} fastrentelån blir viste; {open} er ikkje kontakta. Rente etter binding {rate}.</translation>
    </message>
    <message>
        <source>* terminbeløp per kvartal eller halvår.</source>
        <translation>* terminbeløp per kvartal eller halvår.</translation>
    </message>
    <message>
        <source>{n} lån valgt.</source>
        <translation>{n} lån valde.</translation>
    </message>
    <message>
        <source>Lån {number}: fast til {date}, terminbeløpet går fra {now} til {after}.</source>
        <translation>Lån {number}: fast til {date}, terminbeløpet går frå {now} til {after}.</translation>
    </message>
    <message>
        <source>Velg ett eller flere lån i listen først.</source>
        <translation>Vel eitt eller fleire lån i lista først.</translation>
    </message>
    <message>
        <source>Eksporter oppfølgingslogg</source>
        <translation>Eksporter oppfølgingslogg</translation>
    </message>
    <message>
        <source>Kunne ikke skrive {file}: {error}</source>
        <translation>Kunne ikkje skrive {file}: {error}</translation>
    </message>
    <message>
        <source>Ingen lån å skrive brev til.</source>
        <translation>Ingen lån å skrive brev til.</translation>
    </message>
    <message>
        <source>Lagre brev</source>
        <translation>Lagre brev</translation>
    </message>
    <message>
        <source>Mappe for brevene</source>
        <translation>Mappe for breva</translation>
    </message>
    <message>
        <source>Registrere «Brev sendt» i oppfølgingsloggen for {n} lån?</source>
        <translation>Registrere «Brev sendt» i oppfølgingsloggen for {n} lån?</translation>
    </message>
    <message>
        <source>Lagre flettefil</source>
        <translation>Lagre flettefil</translation>
    </message>
    <message>
        <source>Rader som ikke kunne leses</source>
        <translation>Rader som ikkje kunne lesast</translation>
    </message>
    <message>
        <source>Brevinnstillinger</source>
        <translation>Brevinnstillingar</translation>
    </message>
    <message>
        <source>F.eks. Ring oss på 78 98 00 00 eller skriv til postmottak@kommune.no</source>
        <translation>T.d. Ring oss på 78 98 00 00 eller skriv til postmottak@kommune.no</translation>
    </message>
    <message>
        <source>Kontaktlinje</source>
        <translation>Kontaktlinje</translation>
    </message>
    <message>
        <source>Språk i brevene</source>
        <translation>Språk i breva</translation>
    </message>
    <message>
        <source>Tilbud i brevet</source>
        <translation>Tilbod i brevet</translation>
    </message>
    <message>
        <source>NAVs veiledende satser</source>
        <translation>NAVs rettleiande satsar</translation>
    </message>
    <message>
        <source>Grunnbeløpet (G)</source>
        <translation>Grunnbeløpet (G)</translation>
    </message>
    <message>
        <source>Lånevilkår og gebyrer</source>
        <translation>Lånevilkår og gebyr</translation>
    </message>
    <message>
        <source>Livsoppholdssatser (namsmann)</source>
        <translation>Livsopphaldssatsar (namsmann)</translation>
    </message>
    <message>
        <source>SIFO referansebudsjett 2025</source>
        <translation>SIFO referansebudsjett 2025</translation>
    </message>
    <message>
        <source>SIFO referansebudsjett 2026</source>
        <translation>SIFO referansebudsjett 2026</translation>
    </message>
    <message>
        <source>Skatteregler 2025</source>
        <translation>Skattereglar 2025</translation>
    </message>
    <message>
        <source>Skatteregler 2026</source>
        <translation>Skattereglar 2026</translation>
    </message>
    <message>
        <source>Salgskostnader ved tvangssalg</source>
        <translation>Salskostnader ved tvangssal</translation>
    </message>
    <message>
        <source>«{item}»: {problem}</source>
        <translation>«{item}»: {problem}</translation>
    </message>
    <message>
        <source>{path} skal være et tall.</source>
        <translation>{path} skal vere eit tal.</translation>
    </message>
    <message>
        <source>{path} = {value} er utenfor gyldig område ({lo}–{hi}).</source>
        <translation>{path} = {value} er utanfor gyldig område ({lo}–{hi}).</translation>
    </message>
    <message>
        <source>{path} skal være en dato (ÅÅÅÅ-MM-DD).</source>
        <translation>{path} skal vere ein dato (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>{path} skal være tekst.</source>
        <translation>{path} skal vere tekst.</translation>
    </message>
    <message>
        <source>«{key}» skal være en liste med minst én oppføring.</source>
        <translation>«{key}» skal vere ei liste med minst éi oppføring.</translation>
    </message>
    <message>
        <source>{path} skal være en tabell.</source>
        <translation>{path} skal vere ein tabell.</translation>
    </message>
    <message>
        <source>«stress_rule» mangler.</source>
        <translation>«stress_rule» manglar.</translation>
    </message>
    <message>
        <source>tabellen fra {date} mangler flytende rente for månedlige terminer.</source>
        <translation>tabellen frå {date} manglar flytande rente for månadlege terminar.</translation>
    </message>
    <message>
        <source>ukjent terminhyppighet «{freq}».</source>
        <translation>ukjend terminfrekvens «{freq}».</translation>
    </message>
    <message>
        <source>ukjent rentetype «{kind}».</source>
        <translation>ukjend rentetype «{kind}».</translation>
    </message>
    <message>
        <source>{path} mangler.</source>
        <translation>{path} manglar.</translation>
    </message>
    <message>
        <source>ukjent felt {path}.</source>
        <translation>ukjent felt {path}.</translation>
    </message>
    <message>
        <source>{path} skal være en liste.</source>
        <translation>{path} skal vere ei liste.</translation>
    </message>
    <message>
        <source>{path} skal være sann/usann.</source>
        <translation>{path} skal vere sann/usann.</translation>
    </message>
    <message>
        <source>{path} skal være et heltall.</source>
        <translation>{path} skal vere eit heiltal.</translation>
    </message>
    <message>
        <source>{path} skal være et tall eller tomt.</source>
        <translation>{path} skal vere eit tal eller tomt.</translation>
    </message>
    <message>
        <source>Ukjent dataelement «{item}».</source>
        <translation>Ukjent dataelement «{item}».</translation>
    </message>
    <message>
        <source>skal være en tabell.</source>
        <translation>skal vere ein tabell.</translation>
    </message>
    <message>
        <source>Filen er ikke en datapakke fra Startlån Desktop.</source>
        <translation>Fila er ikkje ein datapakke frå Startlån Desktop.</translation>
    </message>
    <message>
        <source>Datapakken mangler gyldig versjonsnummer.</source>
        <translation>Datapakken manglar gyldig versjonsnummer.</translation>
    </message>
    <message>
        <source>Datapakken er laget av en nyere versjon av programmet (formatversjon {version}). Oppdater Startlån Desktop for å lese den.</source>
        <translation>Datapakken er laga av ein nyare versjon av programmet (formatversjon {version}). Oppdater Startlån Desktop for å lese han.</translation>
    </message>
    <message>
        <source>Datapakken mangler gyldig dato.</source>
        <translation>Datapakken manglar gyldig dato.</translation>
    </message>
    <message>
        <source>Datapakken har ingen dataelementer.</source>
        <translation>Datapakken har ingen dataelement.</translation>
    </message>
    <message>
        <source>datapakken har tall fra {date}, eldre enn dem som gjelder ({now}).</source>
        <translation>datapakken har tal frå {date}, eldre enn dei som gjeld ({now}).</translation>
    </message>
    <message>
        <source>Filen er for stor til å være en datapakke.</source>
        <translation>Fila er for stor til å vere ein datapakke.</translation>
    </message>
    <message>
        <source>Kunne ikke lese {file}: {error}</source>
        <translation>Kunne ikkje lese {file}: {error}</translation>
    </message>
    <message>
        <source>Filen er ikke en tekstfil i UTF-8: den er ikke en datapakke.</source>
        <translation>Fila er ikkje ei tekstfil i UTF-8: ho er ikkje ein datapakke.</translation>
    </message>
    <message>
        <source>flytende {rate}</source>
        <translation>flytande {rate}</translation>
    </message>
    <message>
        <source>enslig {amount}</source>
        <translation>einsleg {amount}</translation>
    </message>
    <message>
        <source>etablering {fee}, termin {term}</source>
        <translation>etablering {fee}, termin {term}</translation>
    </message>
    <message>
        <source>prisnivå {prices}</source>
        <translation>prisnivå {prices}</translation>
    </message>
    <message>
        <source>personfradrag {amount}</source>
        <translation>personfrådrag {amount}</translation>
    </message>
    <message>
        <source>tvangssalg {fee}, megler {pct}</source>
        <translation>tvangssal {fee}, meklar {pct}</translation>
    </message>
    <message>
        <source>{figure} fra {date}</source>
        <translation>{figure} frå {date}</translation>
    </message>
    <message>
        <source>Saken er beregnet med data fra {date}: tallene som ble lagret med saken, også etter senere dataoppdateringer.</source>
        <translation>Saka er rekna ut med data frå {date}: tala som vart lagra med saka, også etter seinare dataoppdateringar.</translation>
    </message>
    <message>
        <source>Saken er beregnet med data fra {date}: dataene som gjelder nå (saken er ikke lagret).</source>
        <translation>Saka er rekna ut med data frå {date}: dataa som gjeld no (saka er ikkje lagra).</translation>
    </message>
    <message>
        <source>Nyere data finnes: {line}</source>
        <translation>Det finst nyare data: {line}</translation>
    </message>
    <message>
        <source>{summary} (tall rettet)</source>
        <translation>{summary} (tal retta)</translation>
    </message>
    <message>
        <source>Styringsrenten er endret fra {old} til {new} siden saken ble lagret</source>
        <translation>Styringsrenta er endra frå {old} til {new} sidan saka vart lagra</translation>
    </message>
    <message>
        <source>Husbankens renter er endret fra tabellen fra {old} til tabellen fra {new}</source>
        <translation>Husbankens renter er endra frå tabellen frå {old} til tabellen frå {new}</translation>
    </message>
    <message>
        <source>{item} er oppdatert siden saken ble lagret</source>
        <translation>{item} er oppdatert sidan saka vart lagra</translation>
    </message>
    <message>
        <source> (og {n} endringer til)</source>
        <translation> (og {n} endringar til)</translation>
    </message>
    <message>
        <source>«case.data_snapshot» skal være en tabell.</source>
        <translation>«case.data_snapshot» skal vere ein tabell.</translation>
    </message>
    <message>
        <source>Saksfilens datagrunnlag er ugyldig: {error}</source>
        <translation>Datagrunnlaget i saksfila er ugyldig: {error}</translation>
    </message>
    <message>
        <source>Kopier tekst til vedtaket</source>
        <translation>Kopier tekst til vedtaket</translation>
    </message>
    <message>
        <source>Hva skal til</source>
        <translation>Kva skal til</translation>
    </message>
    <message>
        <source>Legg inn et scenario for å se hva som skal til.</source>
        <translation>Legg inn eit scenario for å sjå kva som skal til.</translation>
    </message>
    <message>
        <source>Dagens rente</source>
        <extracomment>fill, pattern: dark and light alternate so neighbours differ in lightness too</extracomment>
        <translation>Dagens rente</translation>
    </message>
    <message>
        <source>Går ikke opp over</source>
        <translation>Går ikkje opp over</translation>
    </message>
    <message>
        <source>Etter 10 år: et banklån på {amount} går ikke opp ved bankenes stresstest ({rate}); {short} mangler hver måned med dagens inntekt.</source>
        <translation>Etter 10 år: eit banklån på {amount} går ikkje opp ved stresstesten til bankane ({rate}); {short} manglar kvar månad med inntekta i dag.</translation>
    </message>
    <message>
        <source>Etter 10 år: gjelden ({debt}) er over 5 ganger dagens bruttoinntekt ({limit}).</source>
        <translation>Etter 10 år: gjelda ({debt}) er over 5 gonger bruttoinntekta i dag ({limit}).</translation>
    </message>
    <message>
        <source>Består: et banklån på restgjelden går opp ved bankenes krav med dagens inntekt.</source>
        <translation>Består: eit banklån på restgjelda går opp ved krava til bankane med inntekta i dag.</translation>
    </message>
    <message>
        <source>Består ikke: {reasons}</source>
        <translation>Består ikkje: {reasons}</translation>
    </message>
    <message>
        <source>Førstegangslånet har samme terminbeløp som et startlån over 30 år, men løper bare i 10 år. Da står det igjen {balance} som dere må refinansiere i en bank, eller søke vurdert for et vanlig startlån.</source>
        <translation>Førstegongslånet har same terminbeløp som eit startlån over 30 år, men går berre i 10 år. Då står det att {balance} som de må refinansiere i ein bank, eller søkje vurdert for eit vanleg startlån.</translation>
    </message>
    <message>
        <source>Det er {share} av boligens verdi i dag, og {share20} om prisene faller 20 %.</source>
        <translation>Det er {share} av verdien på bustaden i dag, og {share20} om prisane fell 20 %.</translation>
    </message>
    <message>
        <source>Banken vil regne med minst {rate} rente og at gjelden ikke er over 5 ganger inntekten.</source>
        <translation>Banken vil rekne med minst {rate} rente og at gjelda ikkje er over 5 gonger inntekta.</translation>
    </message>
    <message>
        <source>Med dagens inntekt: {verdict}</source>
        <translation>Med inntekta i dag: {verdict}</translation>
    </message>
    <message>
        <source>Førstegangslånet krever minst 5 % egenkapital ({need}); saken har {have} ({pct}).</source>
        <translation>Førstegongslånet krev minst 5 % eigenkapital ({need}); saka har {have} ({pct}).</translation>
    </message>
    <message>
        <source>fast rente 3 år</source>
        <translation>fast rente 3 år</translation>
    </message>
    <message>
        <source>fast rente 5 år</source>
        <translation>fast rente 5 år</translation>
    </message>
    <message>
        <source>fast rente 10 år</source>
        <translation>fast rente 10 år</translation>
    </message>
    <message>
        <source>fast rente 20 år</source>
        <translation>fast rente 20 år</translation>
    </message>
    <message>
        <source>Limte du inn noe? Feltet er tomt: kopier rentetabellen fra husbanken.no/rente.</source>
        <translation>Limte du inn noko? Feltet er tomt: kopier rentetabellen frå husbanken.no/rente.</translation>
    </message>
    <message>
        <source>Teksten er for lang til å være Husbankens rentetabell.</source>
        <translation>Teksten er for lang til å vere rentetabellen til Husbanken.</translation>
    </message>
    <message>
        <source>Raden for {row} har ingen rente.</source>
        <translation>Rada for {row} har inga rente.</translation>
    </message>
    <message>
        <source>Renten for {row} ({value} %) er utenfor 0,01–20 %: sjekk at du kopierte renten, ikke noe annet.</source>
        <translation>Renta for {row} ({value} %) er utanfor 0,01–20 %: sjekk at du kopierte renta, ikkje noko anna.</translation>
    </message>
    <message>
        <source>Teksten har to ulike renter for {row}: kopier bare én tabell.</source>
        <translation>Teksten har to ulike renter for {row}: kopier berre éin tabell.</translation>
    </message>
    <message>
        <source>Fant ingen renter i teksten: kopier tabellen med «Flytende rente» og «Fast rente 3 år» osv. fra husbanken.no/rente.</source>
        <translation>Fann ingen renter i teksten: kopier tabellen med «Flytende rente» og «Fast rente 3 år» osv. frå husbanken.no/rente.</translation>
    </message>
    <message>
        <source>Teksten mangler {rows}.</source>
        <translation>Teksten manglar {rows}.</translation>
    </message>
    <message>
        <source>Teksten mangler datoen rentene gjelder fra (for eksempel «Gjelder fra 01.11.2026»): ta med overskriften når du kopierer.</source>
        <translation>Teksten manglar datoen rentene gjeld frå (til dømes «Gjelder fra 01.11.2026»): ta med overskrifta når du kopierer.</translation>
    </message>
    <message>
        <source>Velg et dataelement, rett tallene og skriv datoen og kilden ved dem. Tallene lagres i din datapakke og gjelder nye saker; åpne saker beholder sine tall til du velger «Bruk dagens data».</source>
        <translation>Vel eit dataelement, rett tala og skriv datoen og kjelda ved dei. Tala blir lagra i datapakken din og gjeld nye saker; opne saker beheld tala sine til du vel «Bruk dagens data».</translation>
    </message>
    <message>
        <source>Dataelement</source>
        <translation>Dataelement</translation>
    </message>
    <message>
        <source>Dato for tallene</source>
        <translation>Dato for tala</translation>
    </message>
    <message>
        <source>Kilde for tallene</source>
        <translation>Kjelde for tala</translation>
    </message>
    <message>
        <source>Verdi</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Eining</translation>
    </message>
    <message>
        <source>Tallene i dataelementet</source>
        <translation>Tala i dataelementet</translation>
    </message>
    <message>
        <source>{item}, «{field}»: {message}</source>
        <translation>{item}, «{field}»: {message}</translation>
    </message>
    <message>
        <source>barn {n}</source>
        <extracomment>Ages where a figure outside SIFO&apos;s tables changes: infants, NAV&apos;s child rates (6, 11, 18), the enforcement rates (15), transport (6, 20, 30 for students, 67) and trygdeavgift (17, 70).</extracomment>
        <translation>barn {n}</translation>
    </message>
    <message>
        <source>{name} fyller 18 år</source>
        <translation>{name} fyller 18 år</translation>
    </message>
    <message>
        <source>barnetrygden for {name} faller bort</source>
        <translation>barnetrygda for {name} fell bort</translation>
    </message>
    <message>
        <source>{name} begynner på skolen og i SFO</source>
        <translation>{name} byrjar på skulen og i SFO</translation>
    </message>
    <message>
        <source>{name} er ferdig med SFO</source>
        <translation>{name} er ferdig med SFO</translation>
    </message>
    <message>
        <source>«{line}» begynner</source>
        <translation>«{line}» byrjar</translation>
    </message>
    <message>
        <source>«{line}» faller bort</source>
        <translation>«{line}» fell bort</translation>
    </message>
    <message>
        <source>«{line}» begynner å løpe</source>
        <translation>«{line}» byrjar å gå</translation>
    </message>
    <message>
        <source>«{line}» er nedbetalt</source>
        <translation>«{line}» er nedbetalt</translation>
    </message>
    <message>
        <source>{name} fyller {years} år</source>
        <translation>{name} fyller {years} år</translation>
    </message>
    <message>
        <source>avdragsfriheten slutter</source>
        <translation>avdragsfridommen sluttar</translation>
    </message>
    <message>
        <source>bindingstiden slutter</source>
        <translation>bindingstida sluttar</translation>
    </message>
    <message>
        <source>startlånet er nedbetalt</source>
        <translation>startlånet er nedbetalt</translation>
    </message>
    <message>
        <source>{items} og {last}</source>
        <translation>{items} og {last}</translation>
    </message>
    <message>
        <source>Trangest allerede nå: {amount} i måneden.</source>
        <translation>Trongast allereie no: {amount} i månaden.</translation>
    </message>
    <message>
        <source>Trangest i {year}: {amount} i måneden når {causes} ({month}).</source>
        <translation>Trongast i {year}: {amount} i månaden når {causes} ({month}).</translation>
    </message>
    <message>
        <source>Trangest i {year}: {amount} i måneden ({month}). Størst fall i {since}: {causes}.</source>
        <translation>Trongast i {year}: {amount} i månaden ({month}). Største fall i {since}: {causes}.</translation>
    </message>
    <message>
        <source>«{line}» er ført uten sluttdato, så den faller ikke bort når {name} fyller 18 år ({month}). Gi linjen en sluttdato, eller la programmet regne barnetrygden.</source>
        <translation>«{line}» er ført utan sluttdato, så ho fell ikkje bort når {name} fyller 18 år ({month}). Gje linja ein sluttdato, eller la programmet rekne barnetrygda.</translation>
    </message>
    <message>
        <source>«{line}» har ingen sluttdato; utvidet barnetrygd gis til det yngste barnet fyller 18 år ({month}).</source>
        <translation>«{line}» har ingen sluttdato; utvida barnetrygd vert gitt til det yngste barnet fyller 18 år ({month}).</translation>
    </message>
    <message>
        <source>«{line}» har ingen sluttdato; kontantstøtte gis bare til barnet er 20 måneder.</source>
        <translation>«{line}» har ingen sluttdato; kontantstøtte vert berre gitt til barnet er 20 månader.</translation>
    </message>
    <message>
        <source>{name} er gravid: tidslinjen regner med svangerskapet hele perioden og tar ikke med barnet som kommer. Legg barnet inn når det er født.</source>
        <translation>{name} er gravid: tidslina reknar med svangerskapet heile perioden og tek ikkje med barnet som kjem. Legg inn barnet når det er fødd.</translation>
    </message>
    <message>
        <source>I {month} mangler {amount} hver måned (dagens kroner og renter; størst fall i {since}: {causes}).</source>
        <translation>I {month} manglar {amount} kvar månad (dagens kroner og renter; største fall i {since}: {causes}).</translation>
    </message>
    <message>
        <source>Trangest i {year}: {amount} i måneden ({month}).</source>
        <translation>Trongast i {year}: {amount} i månaden ({month}).</translation>
    </message>
    <message>
        <source>Regnet måned for måned i dagens kroner: satser, normer, skatteregler og renter som på saksdatoen, uten prisstigning eller renteendring; bare barnas alder, datoene på inntekter og utgifter og lånets egne faser (avdragsfrihet, bindingstid) endrer seg.</source>
        <translation>Rekna månad for månad i dagens kroner: satsar, normer, skattereglar og renter som på saksdatoen, utan prisstiging eller renteendring; berre alderen til barna, datoane på inntekter og utgifter og dei eigne fasane til lånet (avdragsfridom, bindingstid) endrar seg.</translation>
    </message>
    <message>
        <source>I {month} mangler {amount} hver måned når {causes} (dagens kroner og renter).</source>
        <translation>I {month} manglar {amount} kvar månad når {causes} (dagens kroner og renter).</translation>
    </message>
    <message>
        <source>I {month} mangler {amount} hver måned (dagens kroner og renter).</source>
        <translation>I {month} manglar {amount} kvar månad (dagens kroner og renter).</translation>
    </message>
    <message>
        <source>Diagram: restbeløp per måned de neste ti årene for hvert scenario</source>
        <translation>Diagram: restbeløp per månad dei neste ti åra for kvart scenario</translation>
    </message>
    <message>
        <source>Ingen scenarioer å vise.</source>
        <translation>Ingen scenario å vise.</translation>
    </message>
    <message>
        <source>Trangest: {amount}</source>
        <translation>Trongast: {amount}</translation>
    </message>
    <message>
        <source>Trangeste måned i ti år:</source>
        <translation>Trongaste månad på ti år:</translation>
    </message>
    <message>
        <source>Hendelser de neste ti årene</source>
        <translation>Hendingar dei neste ti åra</translation>
    </message>
    <message>
        <source>Dagens kroner: satser, normer og renter som i dag, uten prisstigning.</source>
        <translation>Dagens kroner: satsar, normer og renter som i dag, utan prisstiging.</translation>
    </message>
    <message>
        <source>Legg inn et scenario for å se de neste årene.</source>
        <translation>Legg inn eit scenario for å sjå dei neste åra.</translation>
    </message>
    <message>
        <source>{label}: {amount} ({year})</source>
        <translation>{label}: {amount} ({year})</translation>
    </message>
    <message>
        <source>Vurderingen: de første fem årene</source>
        <translation>Vurderinga: dei første fem åra</translation>
    </message>
    <message>
        <source>Ingen hendelser de neste ti årene.</source>
        <translation>Ingen hendingar dei neste ti åra.</translation>
    </message>
    <message>
        <source>Budsjettet går ikke opp ved stresstest med dagens inntekt, så det er ingen margin å falle på.</source>
        <extracomment>Incomes that follow the children, not an adult: they stay with the children in a separation.</extracomment>
        <translation>Budsjettet går ikkje opp ved stresstest med dagens inntekt, så det er ingen margin å falle på.</translation>
    </message>
    <message>
        <source>Budsjettet går opp ved stresstest selv uten husstandens egne inntekter.</source>
        <translation>Budsjettet går opp ved stresstest sjølv utan dei eigne inntektene til hushaldet.</translation>
    </message>
    <message>
        <source>Nettoinntekten må øke med {kr} i måneden ({pct}) til {lowest} før budsjettet går opp ved stresstest.</source>
        <translation>Nettoinntekta må auke med {kr} i månaden ({pct}) til {lowest} før budsjettet går opp ved stresstest.</translation>
    </message>
    <message>
        <source>Nettoinntekten kan falle med {kr} i måneden ({pct}) til {lowest} før budsjettet ikke går opp ved stresstest.</source>
        <translation>Nettoinntekta kan falle med {kr} i månaden ({pct}) til {lowest} før budsjettet ikkje går opp ved stresstest.</translation>
    </message>
    <message>
        <source>søker</source>
        <translation>søkjar</translation>
    </message>
    <message>
        <source>medsøker</source>
        <translation>medsøkjar</translation>
    </message>
    <message>
        <source>{name} mister inntekten</source>
        <translation>{name} mistar inntekta</translation>
    </message>
    <message>
        <source>Ingen inntekt er merket med {name} (velg person på inntektslinjene).</source>
        <translation>Inga inntekt er merkt med {name} (vel person på inntektslinjene).</translation>
    </message>
    <message>
        <source>{name}: inntekten faller til {pct} (sykdom, AAP)</source>
        <translation>{name}: inntekta fell til {pct} (sjukdom, AAP)</translation>
    </message>
    <message>
        <source>nytt barn</source>
        <translation>nytt barn</translation>
    </message>
    <message>
        <source>Et barn til</source>
        <translation>Eitt barn til</translation>
    </message>
    <message>
        <source>{name} alene med barna</source>
        <translation>{name} åleine med barna</translation>
    </message>
    <message>
        <source>Utvidet barnetrygd (enslig forsørger)</source>
        <translation>Utvida barnetrygd (einsleg forsørgjar)</translation>
    </message>
    <message>
        <source>Inntekter uten person er ikke med (velg person på inntektslinjene).</source>
        <translation>Inntekter utan person er ikkje med (vel person på inntektslinjene).</translation>
    </message>
    <message>
        <source>Livsopphold {pct} dyrere</source>
        <translation>Livsopphald {pct} dyrare</translation>
    </message>
    <message>
        <source>Saken som den er</source>
        <translation>Saka slik ho er</translation>
    </message>
    <message>
        <source>Samme sak med én endring om gangen; saken selv endres ikke. Restbeløp ved stresstest (eller etter bindingstiden der det er lavere).</source>
        <translation>Same sak med éi endring om gongen; saka sjølv vert ikkje endra. Restbeløp ved stresstest (eller etter bindingstida der det er lågare).</translation>
    </message>
    <message>
        <source>Legg inn et scenario for å se livshendelsene.</source>
        <translation>Legg inn eit scenario for å sjå livshendingane.</translation>
    </message>
    <message>
        <source>startlån</source>
        <translation>startlån</translation>
    </message>
    <message>
        <source>Et lån fra kommunen til å kjøpe en bolig, når banken ikke gir stort nok lån.</source>
        <translation>Eit lån frå kommunen til å kjøpe ein bustad, når banken ikkje gir stort nok lån.</translation>
    </message>
    <message>
        <source>terminbeløp</source>
        <translation>terminbeløp</translation>
    </message>
    <message>
        <source>Det dere betaler på lånet hver måned: renter og avdrag sammen.</source>
        <translation>Det de betaler på lånet kvar månad: renter og avdrag saman.</translation>
    </message>
    <message>
        <source>rente</source>
        <translation>rente</translation>
    </message>
    <message>
        <source>Prisen for å låne penger, i prosent av lånet per år.</source>
        <translation>Prisen for å låne pengar, i prosent av lånet per år.</translation>
    </message>
    <message>
        <source>fast rente</source>
        <translation>fast rente</translation>
    </message>
    <message>
        <source>Renten er den samme i hele bindingstiden, for eksempel i 5 år.</source>
        <translation>Renta er den same i heile bindingstida, til dømes i 5 år.</translation>
    </message>
    <message>
        <source>Renten kan gå opp eller ned underveis.</source>
        <translation>Renta kan gå opp eller ned undervegs.</translation>
    </message>
    <message>
        <source>avdragsfri</source>
        <translation>avdragsfri</translation>
    </message>
    <message>
        <source>En tid der dere bare betaler renter. Lånet blir ikke mindre.</source>
        <translation>Ei tid der de berre betaler renter. Lånet blir ikkje mindre.</translation>
    </message>
    <message>
        <source>restgjeld</source>
        <translation>restgjeld</translation>
    </message>
    <message>
        <source>Det dere fortsatt skylder på lånet.</source>
        <translation>Det de framleis skuldar på lånet.</translation>
    </message>
    <message>
        <source>tilskudd</source>
        <translation>tilskot</translation>
    </message>
    <message>
        <source>Penger til boligen som ikke skal betales tilbake.</source>
        <translation>Pengar til bustaden som ikkje skal betalast tilbake.</translation>
    </message>
    <message>
        <source>stresstest</source>
        <translation>stresstest</translation>
    </message>
    <message>
        <source>Vi regner ut om dere klarer lånet også hvis renten stiger mye.</source>
        <translation>Vi reknar ut om de klarer lånet også om renta stig mykje.</translation>
    </message>
    <message>
        <source>Navnet på andre språk</source>
        <translation>Namnet på andre språk</translation>
    </message>
    <message>
        <source>Navnet «{label}» slik søkeren ser det i gjennomgangen og på arket til søkeren. Tomt: navnet på bokmål.</source>
        <translation>Namnet «{label}» slik søkjaren ser det i gjennomgangen og på arket til søkjaren. Tomt: namnet på bokmål.</translation>
    </message>
</context>
</TS>
