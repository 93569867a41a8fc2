<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="nb_NO">
    <context>
        <name />
        <message>
            <source>, {amount} mer enn normen.</source>
            <translation>, {amount} więcej niż norma.</translation>
        </message>
        <message>
            <source>, {amount} mindre enn normen.</source>
            <translation>, {amount} mniej niż norma.</translation>
        </message>
        <message>
            <source>Alle flytende renter stiger like mye: {items}.</source>
            <translation>Wszystkie stopy zmienne rosną o tyle samo: {items}.</translation>
        </message>
        <message>
            <source>Andre boutgifter</source>
            <translation>Inne koszty mieszkaniowe</translation>
        </message>
        <message>
            <source>Andre dagligvarer</source>
            <translation>Inne artykuły codzienne</translation>
        </message>
        <message>
            <source>Andre faste utgifter (lån, kort, bidrag)</source>
            <translation>Inne stałe wydatki (kredyty, karty, alimenty)</translation>
        </message>
        <message>
            <source>Andre lån og faste utgifter</source>
            <translation>Inne kredyty i stałe wydatki</translation>
        </message>
        <message>
            <source>Annen lånetype enn kommunens vanlige (annuitet).</source>
            <translation>Inny rodzaj kredytu niż zwykle w gminie (annuitet).</translation>
        </message>
        <message>
            <source>Ansvar for restgjeld etter et salg</source>
            <translation>Odpowiedzialność za pozostały dług po sprzedaży</translation>
        </message>
        <message>
            <source>Ark til søkeren (PDF) …</source>
            <translation>Kartka dla wnioskodawcy (PDF) …</translation>
        </message>
        <message>
            <source>Av {income} hver måned går dette til livet:</source>
            <translation>Z {income} miesięcznie tyle idzie na życie:</translation>
        </message>
        <message>
            <source>Avdragsfri periode: restbeløp {during}; med avdrag (fra måned {month}): {after}. Den svakeste perioden avgjør.</source>
            <translation>Okres bez spłaty kapitału: pozostaje {during}; ze spłatą (od miesiąca {month}): {after}. Decyduje słabszy okres.</translation>
        </message>
        <message>
            <source>Avdragsfrihet utover kommunens vanlige ({years} år).</source>
            <translation>Okres bez spłaty kapitału dłuższy niż zwykle w gminie ({years} lat).</translation>
        </message>
        <message>
            <source>Banken vil regne med minst {rate} rente og at gjelden ikke er over 5 ganger inntekten.</source>
            <translation>Bank przyjmie oprocentowanie co najmniej {rate} i dług nie większy niż 5-krotność dochodu.</translation>
        </message>
        <message>
            <source>Banklån</source>
            <translation>Kredyt bankowy</translation>
        </message>
        <message>
            <source>Banklån ved siden av startlånet</source>
            <translation>Kredyt bankowy obok kredytu startowego</translation>
        </message>
        <message>
            <source>Barnehage</source>
            <translation>Przedszkole</translation>
        </message>
        <message>
            <source>Barnetrygd ({kids} × {rate})</source>
            <translation>Zasiłek na dzieci ({kids} × {rate})</translation>
        </message>
        <message>
            <source>Består: et banklån på restgjelden går opp ved bankenes krav med dagens inntekt.</source>
            <translation>Zaliczony: kredyt bankowy na pozostały dług spełnia wymagania banków przy dzisiejszym dochodzie.</translation>
        </message>
        <message>
            <source>Betalt ned de første 10 årene</source>
            <translation>Spłacone w pierwszych 10 latach</translation>
        </message>
        <message>
            <source>Bilkostnader</source>
            <translation>Koszty samochodu</translation>
        </message>
        <message>
            <source>Boutgiftene i den nye boligen blir {housing} per måned (startlånet {payment} og andre boutgifter {other_housing}), i tillegg til andre faste utgifter på {other}.</source>
            <translation>Koszty mieszkania w nowym lokalu wyniosą {housing} miesięcznie (kredyt startowy {payment} i inne koszty mieszkaniowe {other_housing}), oprócz innych stałych wydatków w wysokości {other}.</translation>
        </message>
        <message>
            <source>Boutgifter</source>
            <translation>Koszty mieszkaniowe</translation>
        </message>
        <message>
            <source>Boutgifter utenom lånet</source>
            <translation>Koszty mieszkania poza kredytem</translation>
        </message>
        <message>
            <source>Bruttoinntekten</source>
            <translation>Dochód brutto</translation>
        </message>
        <message>
            <source>Budsjettet går ikke opp hvis renten blir høyere enn {rate}.</source>
            <translation>Budżet się nie domyka, jeśli oprocentowanie przekroczy {rate}.</translation>
        </message>
        <message>
            <source>Budsjettet går ikke opp hvis renten blir høyere enn {rate}. Dagens rente: {today}. Stresstest: {stress}.</source>
            <translation>Budżet się nie domyka, jeśli oprocentowanie przekroczy {rate}. Dzisiejsze oprocentowanie: {today}. Test warunków skrajnych: {stress}.</translation>
        </message>
        <message>
            <source>Budsjettet går ikke opp med dagens rente: {amount} mangler hver måned.</source>
            <translation>Budżet się nie domyka przy dzisiejszym oprocentowaniu: co miesiąc brakuje {amount}.</translation>
        </message>
        <message>
            <source>Budsjettet går ikke opp selv uten rente.</source>
            <translation>Budżet się nie domyka nawet bez odsetek.</translation>
        </message>
        <message>
            <source>Bærekraftig</source>
            <translation>Do udźwignięcia</translation>
        </message>
        <message>
            <source>Dagens rente</source>
            <translation>Dzisiejsze oprocentowanie</translation>
        </message>
        <message>
            <source>Den faste renten varer i {years} år; etter det blir terminbeløpet med dagens flytende rente {payment}.</source>
            <translation>Stałe oprocentowanie obowiązuje przez {years} lat; potem rata przy dzisiejszym oprocentowaniu zmiennym wyniesie {payment}.</translation>
        </message>
        <message>
            <source>Det dere betaler på lånet hver måned: renter og avdrag sammen.</source>
            <translation>To, co płacicie co miesiąc za kredyt: odsetki i spłata kapitału razem.</translation>
        </message>
        <message>
            <source>Det dere fortsatt skylder på lånet.</source>
            <translation>To, co nadal jesteście winni z kredytu.</translation>
        </message>
        <message>
            <source>Det er {share} av boligens verdi i dag, og {share20} om prisene faller 20 %.</source>
            <translation>To {share} dzisiejszej wartości mieszkania i {share20}, jeśli ceny spadną o 20 %.</translation>
        </message>
        <message>
            <source>Dette går ikke opp</source>
            <translation>To się nie domyka</translation>
        </message>
        <message>
            <source>Dette går opp i dag, men ikke hvis renten stiger mye</source>
            <translation>Dziś to się domyka, ale nie, jeśli oprocentowanie mocno wzrośnie</translation>
        </message>
        <message>
            <source>Dette går opp i dag, men ikke om noen år</source>
            <translation>Dziś to się domyka, ale nie za kilka lat</translation>
        </message>
        <message>
            <source>Dette går opp, også hvis renten stiger til {rate}</source>
            <translation>To się domyka, nawet jeśli oprocentowanie wzrośnie do {rate}</translation>
        </message>
        <message>
            <source>Dette har vi forklart dere</source>
            <translation>To wam wyjaśniliśmy</translation>
        </message>
        <message>
            <source>Dette kommer inn hver måned, etter skatt:</source>
            <translation>Co miesiąc wpływa po opodatkowaniu:</translation>
        </message>
        <message>
            <source>Dette koster boligen hver måned, i tillegg til lånet:</source>
            <translation>Tyle co miesiąc kosztuje mieszkanie, oprócz kredytu:</translation>
        </message>
        <message>
            <source>Egne penger</source>
            <translation>Własne pieniądze</translation>
        </message>
        <message>
            <source>Eiendomsskatt</source>
            <translation>Podatek od nieruchomości</translation>
        </message>
        <message>
            <source>Eksempelsak</source>
            <translation>Przykładowa sprawa</translation>
        </message>
        <message>
            <source>En tid der dere bare betaler renter. Lånet blir ikke mindre.</source>
            <translation>Okres, w którym płacicie tylko odsetki. Kredyt się nie zmniejsza.</translation>
        </message>
        <message>
            <source>Et lån fra kommunen til å kjøpe en bolig, når banken ikke gir stort nok lån.</source>
            <translation>Kredyt z gminy na zakup mieszkania, gdy bank nie daje wystarczająco dużego kredytu.</translation>
        </message>
        <message>
            <source>Etableringsgebyret</source>
            <translation>Opłata za udzielenie kredytu</translation>
        </message>
        <message>
            <source>Ett alternativ</source>
            <translation>Jedna opcja</translation>
        </message>
        <message>
            <source>Etter SIFOs referansebudsjett</source>
            <translation>Według budżetu referencyjnego SIFO</translation>
        </message>
        <message>
            <source>Fast rente kan ikke sies opp gratis: innfrir eller flytter dere lånet etter {years} år, og renten for resten av bindingstiden da er 1 prosentpoeng lavere, må dere betale om lag {pay} i overkurs. Er den 1 prosentpoeng høyere, får dere om lag {gain} i underkurs.</source>
            <translation>Stałego oprocentowania nie można wypowiedzieć za darmo: jeśli spłacicie lub przeniesiecie kredyt po {years} latach, a oprocentowanie na resztę okresu będzie wtedy niższe o 1 punkt procentowy, musicie zapłacić około {pay} rekompensaty. Jeśli będzie wyższe o 1 punkt procentowy, zyskacie około {gain}.</translation>
        </message>
        <message>
            <source>Felleskostnader</source>
            <translation>Opłaty wspólne (spółdzielnia)</translation>
        </message>
        <message>
            <source>Festeavgift</source>
            <translation>Opłata za dzierżawę gruntu</translation>
        </message>
        <message>
            <source>Flytt på renten og se hva som skjer med «{scenario}» og «{other}»:</source>
            <translation>Przesuwajcie oprocentowanie i zobaczcie, co się stanie z «{scenario}» i «{other}»:</translation>
        </message>
        <message>
            <source>Flytt på renten og se hva som skjer med «{scenario}»:</source>
            <translation>Przesuwajcie oprocentowanie i zobaczcie, co się stanie z «{scenario}»:</translation>
        </message>
        <message>
            <source>Forsikring</source>
            <translation>Ubezpieczenie</translation>
        </message>
        <message>
            <source>Fyll inn lånebeløp</source>
            <translation>Podaj kwotę kredytu</translation>
        </message>
        <message>
            <source>Fyll inn lånebeløpet, eller velg «Bruk største lån».</source>
            <translation>Podaj kwotę kredytu albo wybierz «Bruk største lån».</translation>
        </message>
        <message>
            <source>Førstegangslån: lånet slutter etter 10 år</source>
            <translation>Kredyt na pierwsze mieszkanie: kredyt kończy się po 10 latach</translation>
        </message>
        <message>
            <source>Førstegangslånet har samme terminbeløp som et startlån over 30 år, men løper bare i 10 år. Da står det igjen {balance} som dere må refinansiere i en bank, eller søke vurdert for et vanlig startlån.</source>
            <translation>Kredyt na pierwsze mieszkanie ma taką samą ratę jak kredyt startowy na 30 lat, ale trwa tylko 10 lat. Wtedy pozostanie {balance}, które musicie zrefinansować w banku albo złożyć wniosek o ocenę na zwykły kredyt startowy.</translation>
        </message>
        <message>
            <source>Førstegangslånet krever minst 5 % egenkapital ({need}); saken har {have} ({pct}).</source>
            <translation>Kredyt na pierwsze mieszkanie wymaga co najmniej 5 % wkładu własnego ({need}); sprawa ma {have} ({pct}).</translation>
        </message>
        <message>
            <source>Gjennomgang</source>
            <translation>Omówienie krok po kroku</translation>
        </message>
        <message>
            <source>Går ikke opp over</source>
            <translation>Nie domyka się powyżej</translation>
        </message>
        <message>
            <source>Går opp med dagens rente.</source>
            <translation>Domyka się przy dzisiejszym oprocentowaniu.</translation>
        </message>
        <message>
            <source>Går opp også ved stresstest ({rate}).</source>
            <translation>Domyka się także w teście warunków skrajnych ({rate}).</translation>
        </message>
        <message>
            <source>Husbankens renter</source>
            <translation>Stopy Husbanken</translation>
        </message>
        <message>
            <source>Husholdningsartikler</source>
            <translation>Artykuły gospodarstwa domowego</translation>
        </message>
        <message>
            <source>Husleie</source>
            <translation>Czynsz</translation>
        </message>
        <message>
            <source>Husleie i dag er ikke oppgitt.</source>
            <translation>Dzisiejszy czynsz nie został podany.</translation>
        </message>
        <message>
            <source>Husleie i dag: {rent}.</source>
            <translation>Czynsz dziś: {rent}.</translation>
        </message>
        <message>
            <source>Husstanden kan betjene et startlån på inntil {amount}.</source>
            <translation>Gospodarstwo domowe może spłacać kredyt startowy do {amount}.</translation>
        </message>
        <message>
            <source>Husstanden kan ikke betjene noe startlån med dette budsjettet: ved stresstest er det ingenting igjen til å betale på et lån (disponibelt til startlån i dag: {amount} per måned).</source>
            <translation>Gospodarstwo domowe nie może spłacać żadnego kredytu startowego przy tym budżecie: w teście warunków skrajnych nic nie zostaje na spłatę kredytu (dostępne dziś na kredyt startowy: {amount} miesięcznie).</translation>
        </message>
        <message>
            <source>Hva boligen koster utenom lånet</source>
            <translation>Ile kosztuje mieszkanie poza kredytem</translation>
        </message>
        <message>
            <source>Hva livet koster</source>
            <translation>Ile kosztuje życie</translation>
        </message>
        <message>
            <source>Hva lånet koster over tid</source>
            <translation>Ile kredyt kosztuje w czasie</translation>
        </message>
        <message>
            <source>Hva som skjer når renten stiger</source>
            <translation>Co się dzieje, gdy oprocentowanie rośnie</translation>
        </message>
        <message>
            <source>Hver måned</source>
            <translation>Co miesiąc</translation>
        </message>
        <message>
            <source>Hvis boligen må selges etter {years} år og prisene har falt {fall} %, dekker salget gjelden, og dere sitter igjen med om lag {amount}.</source>
            <translation>Jeśli mieszkanie trzeba będzie sprzedać po {years} latach, a ceny spadną o {fall} %, sprzedaż pokryje dług i zostanie wam około {amount}.</translation>
        </message>
        <message>
            <source>Hvis boligen må selges etter {years} år og prisene har falt {fall} %, står dere igjen med {amount} i gjeld.</source>
            <translation>Jeśli mieszkanie trzeba będzie sprzedać po {years} latach, a ceny spadną o {fall} %, zostanie wam {amount} długu.</translation>
        </message>
        <message>
            <source>Hvis boligen selges for mindre enn det dere skylder, må dere fortsatt betale resten av gjelden.</source>
            <translation>Jeśli mieszkanie zostanie sprzedane za mniej, niż jesteście winni, nadal musicie spłacić resztę długu.</translation>
        </message>
        <message>
            <source>Hvis lånet ikke betales, kan kommunen til slutt kreve boligen solgt (tvangssalg). Ta kontakt med kommunen med en gang hvis dere får problemer med å betale: da finnes det ofte løsninger, som avdragsfrihet eller lengre nedbetalingstid.</source>
            <translation>Jeśli kredyt nie jest spłacany, gmina może w końcu zażądać sprzedaży mieszkania (sprzedaż przymusowa). Skontaktujcie się z gminą od razu, jeśli będziecie mieć problemy ze spłatą: wtedy często są rozwiązania, takie jak okres bez spłaty kapitału albo dłuższy okres spłaty.</translation>
        </message>
        <message>
            <source>Hvis renten stiger</source>
            <translation>Jeśli oprocentowanie wzrośnie</translation>
        </message>
        <message>
            <source>Hvis renten stiger ({rate})</source>
            <translation>Jeśli oprocentowanie wzrośnie ({rate})</translation>
        </message>
        <message>
            <source>Hvis renten stiger til {rate}, blir terminbeløpet {payment}.</source>
            <translation>Jeśli oprocentowanie wzrośnie do {rate}, rata wyniesie {payment}.</translation>
        </message>
        <message>
            <source>I dag ({rate})</source>
            <translation>Dziś ({rate})</translation>
        </message>
        <message>
            <source>I {month} mangler {amount} hver måned (dagens kroner og renter; størst fall i {since}: {causes}).</source>
            <translation>W {month} co miesiąc zabraknie {amount} (w dzisiejszych koronach i stopach; największy spadek w {since}: {causes}).</translation>
        </message>
        <message>
            <source>Igjen</source>
            <translation>Zostaje</translation>
        </message>
        <message>
            <source>Igjen etter 10 år</source>
            <translation>Zostaje po 10 latach</translation>
        </message>
        <message>
            <source>Igjen hver måned: {left} ({enough})</source>
            <translation>Zostaje co miesiąc: {left} ({enough})</translation>
        </message>
        <message>
            <source>Igjen hver måned: {left}, behov {need}</source>
            <translation>Zostaje co miesiąc: {left}, potrzeba {need}</translation>
        </message>
        <message>
            <source>Igjen til livsopphold</source>
            <translation>Zostaje na życie</translation>
        </message>
        <message>
            <source>Igjen: {amount}</source>
            <translation>Zostaje: {amount}</translation>
        </message>
        <message>
            <source>Ikke bærekraftig</source>
            <translation>Nie do udźwignięcia</translation>
        </message>
        <message>
            <source>Klær og sko</source>
            <translation>Ubrania i buty</translation>
        </message>
        <message>
            <source>Kommunale avgifter</source>
            <translation>Opłaty komunalne</translation>
        </message>
        <message>
            <source>Laget {date} for {names}.</source>
            <translation>Sporządzono {date} dla {names}.</translation>
        </message>
        <message>
            <source>Lang løpetid bygger egenkapital sakte: etter 10 år skylder dere om lag {b30} med 30 års løpetid, men {b50} med 50 år.</source>
            <translation>Długi okres spłaty powoli buduje kapitał własny: po 10 latach będziecie winni około {b30} przy 30 latach spłaty, ale {b50} przy 50 latach.</translation>
        </message>
        <message>
            <source>Laveste beløp vi kan regne med (NAV)</source>
            <translation>Najniższa kwota, na którą możemy liczyć (NAV)</translation>
        </message>
        <message>
            <source>Leie av en egnet bolig: {rent}.</source>
            <translation>Wynajem odpowiedniego mieszkania: {rent}.</translation>
        </message>
        <message>
            <source>Lek, sport og mediebruk</source>
            <translation>Zabawa, sport i media</translation>
        </message>
        <message>
            <source>Livsopphold</source>
            <translation>Koszty utrzymania</translation>
        </message>
        <message>
            <source>Lånealternativene</source>
            <translation>Warianty kredytu</translation>
        </message>
        <message>
            <source>Lånebeløpet</source>
            <translation>Kwota kredytu</translation>
        </message>
        <message>
            <source>Lånebeløpet er ikke fylt inn</source>
            <translation>Kwota kredytu nie została podana</translation>
        </message>
        <message>
            <source>Lånebeløpet er ikke fylt inn. Husstanden kan betjene et startlån på inntil {amount} (stresstest).</source>
            <translation>Kwota kredytu nie została podana. Gospodarstwo domowe może spłacać kredyt startowy do {amount} (test warunków skrajnych).</translation>
        </message>
        <message>
            <source>Lånet vi har sett på: «{scenario}», {amount}.</source>
            <translation>Kredyt, który omówiliśmy: «{scenario}», {amount}.</translation>
        </message>
        <message>
            <source>Lånet: {amount}</source>
            <translation>Kredyt: {amount}</translation>
        </message>
        <message>
            <source>Løpetid over kommunens vanlige {years} år (inntil 50 år i særlige tilfeller).</source>
            <translation>Okres spłaty dłuższy niż zwykłe w gminie {years} lat (do 50 lat w szczególnych przypadkach).</translation>
        </message>
        <message>
            <source>Maskinoversatt – ikke kvalitetssikret</source>
            <translation>Tłumaczenie maszynowe – niesprawdzone</translation>
        </message>
        <message>
            <source>Mat og drikke</source>
            <translation>Jedzenie i napoje</translation>
        </message>
        <message>
            <source>Mat, klær, transport og annet dere trenger hver måned:</source>
            <translation>Jedzenie, ubrania, transport i inne rzeczy, których potrzebujecie co miesiąc:</translation>
        </message>
        <message>
            <source>Med dagens inntekt: {verdict}</source>
            <translation>Przy dzisiejszym dochodzie: {verdict}</translation>
        </message>
        <message>
            <source>Med dagens rente mangler {amount} hver måned.</source>
            <translation>Przy dzisiejszym oprocentowaniu co miesiąc brakuje {amount}.</translation>
        </message>
        <message>
            <source>Med deres egne tall</source>
            <translation>Według waszych własnych liczb</translation>
        </message>
        <message>
            <source>Med dette budsjettet kan husstanden ikke betjene noe startlån, heller ikke med {years} års løpetid: ved stresstest er det ingenting igjen til å betale på et lån.</source>
            <translation>Przy tym budżecie gospodarstwo domowe nie może spłacać żadnego kredytu startowego, nawet przy {years} latach spłaty: w teście warunków skrajnych nic nie zostaje na spłatę kredytu.</translation>
        </message>
        <message>
            <source>Med flytende rente blir det ingen over- eller underkurs om dere innfrir eller flytter lånet.</source>
            <translation>Przy oprocentowaniu zmiennym nie ma żadnej rekompensaty, jeśli spłacicie lub przeniesiecie kredyt.</translation>
        </message>
        <message>
            <source>Med {rate}</source>
            <translation>Przy {rate}</translation>
        </message>
        <message>
            <source>Med {years} års løpetid og {rate} blir terminbeløpet {payment} i måneden, og dere har {left} igjen til livsopphold hver måned</source>
            <translation>Przy {years} latach spłaty i {rate} rata wynosi {payment} miesięcznie, a na życie zostaje wam {left} co miesiąc</translation>
        </message>
        <message>
            <source>Med «{scenario}» betaler dere {interest} i renter og {fees} i gebyrer over {years} år, til sammen {paid} for et lån på {amount}. Effektiv rente er {effective}. Lengre løpetid gir lavere terminbeløp, men mer renter totalt.</source>
            <translation>Z «{scenario}» zapłacicie {interest} odsetek i {fees} opłat przez {years} lat, razem {paid} za kredyt {amount}. Rzeczywista stopa procentowa wynosi {effective}. Dłuższy okres daje niższą ratę, ale więcej odsetek łącznie.</translation>
        </message>
        <message>
            <source>Mediebruk og fritid</source>
            <translation>Media i czas wolny</translation>
        </message>
        <message>
            <source>Månedlige kostnader i ny bolig sammenlignet med husleie i dag</source>
            <translation>Miesięczne koszty w nowym mieszkaniu w porównaniu z dzisiejszym czynszem</translation>
        </message>
        <message>
            <source>Møbler</source>
            <translation>Meble</translation>
        </message>
        <message>
            <source>NAVs veiledende satser for økonomisk stønad</source>
            <translation>Zalecane stawki pomocy społecznej NAV</translation>
        </message>
        <message>
            <source>Neste ▶</source>
            <translation>Dalej ▶</translation>
        </message>
        <message>
            <source>Norges Banks styringsrente</source>
            <translation>Stopa referencyjna Norges Bank</translation>
        </message>
        <message>
            <source>Nyere tall kan gjelde på saksdatoen, kontroller: {sources}.</source>
            <translation>Na dzień sprawy mogą obowiązywać nowsze dane, sprawdź: {sources}.</translation>
        </message>
        <message>
            <source>Når bindingstiden er over ({rate})</source>
            <translation>Po okresie stałego oprocentowania ({rate})</translation>
        </message>
        <message>
            <source>Når bindingstiden på {years} år er over, blir terminbeløpet med dagens flytende rente {payment} per måned.</source>
            <translation>Po {years} latach stałego oprocentowania rata przy dzisiejszym oprocentowaniu zmiennym wyniesie {payment} miesięcznie.</translation>
        </message>
        <message>
            <source>Oppsummert</source>
            <translation>Podsumowanie</translation>
        </message>
        <message>
            <source>Ordliste</source>
            <translation>Słowniczek</translation>
        </message>
        <message>
            <source>Over (+) eller under (−) normen</source>
            <translation>Powyżej (+) lub poniżej (−) normy</translation>
        </message>
        <message>
            <source>Pause – trykk B for å fortsette</source>
            <translation>Pauza – naciśnij B, aby kontynuować</translation>
        </message>
        <message>
            <source>Pengene dere har</source>
            <translation>Pieniądze, które macie</translation>
        </message>
        <message>
            <source>Penger til boligen som ikke skal betales tilbake.</source>
            <translation>Pieniądze na mieszkanie, których nie trzeba zwracać.</translation>
        </message>
        <message>
            <source>Pensjonen</source>
            <translation>Emerytura</translation>
        </message>
        <message>
            <source>Personlig pleie</source>
            <translation>Higiena osobista</translation>
        </message>
        <message>
            <source>Prisen for å låne penger, i prosent av lånet per år.</source>
            <translation>Cena pożyczenia pieniędzy, w procentach kredytu na rok.</translation>
        </message>
        <message>
            <source>Reisekostnader (kollektiv)</source>
            <translation>Dojazdy (komunikacja publiczna)</translation>
        </message>
        <message>
            <source>Rente</source>
            <translation>Oprocentowanie</translation>
        </message>
        <message>
            <source>Rente: {rate}</source>
            <translation>Oprocentowanie: {rate}</translation>
        </message>
        <message>
            <source>Rentefradrag banklån (skatteverdi)</source>
            <translation>Ulga odsetkowa, kredyt bankowy (wartość podatkowa)</translation>
        </message>
        <message>
            <source>Renten</source>
            <translation>Oprocentowanie</translation>
        </message>
        <message>
            <source>Renten er den samme i hele bindingstiden, for eksempel i 5 år.</source>
            <translation>Oprocentowanie jest takie samo przez cały okres, na przykład przez 5 lat.</translation>
        </message>
        <message>
            <source>Renten etter bindingstiden</source>
            <translation>Oprocentowanie po okresie stałej stopy</translation>
        </message>
        <message>
            <source>Renten kan endre seg. Ved {rate} rente blir terminbeløpet {payment} per måned, og restbeløpet blir {residual} per måned.</source>
            <translation>Oprocentowanie może się zmienić. Przy {rate} rata wyniesie {payment} miesięcznie, a pozostanie {residual} miesięcznie.</translation>
        </message>
        <message>
            <source>Renten kan gå opp eller ned underveis.</source>
            <translation>Oprocentowanie może rosnąć lub spadać w trakcie.</translation>
        </message>
        <message>
            <source>Ring kommunen og spør etter startlån.</source>
            <translation>Zadzwońcie do gminy i zapytajcie o kredyt startowy.</translation>
        </message>
        <message>
            <source>Ring {municipality} og spør etter startlån.</source>
            <translation>Zadzwońcie do {municipality} i zapytajcie o kredyt startowy.</translation>
        </message>
        <message>
            <source>SFO/AKS</source>
            <translation>Świetlica szkolna (SFO/AKS)</translation>
        </message>
        <message>
            <source>SIFO referansebudsjett {year}</source>
            <translation>Budżet referencyjny SIFO {year}</translation>
        </message>
        <message>
            <source>Salgskostnader ved tvangssalg (forslag)</source>
            <translation>Koszty sprzedaży przy sprzedaży przymusowej (propozycja)</translation>
        </message>
        <message>
            <source>Skatteregler {year}</source>
            <translation>Zasady podatkowe {year}</translation>
        </message>
        <message>
            <source>Slik betales boligen ({total})</source>
            <translation>Jak opłacane jest mieszkanie ({total})</translation>
        </message>
        <message>
            <source>Slik betales boligen ({total}): egne penger {equity}, banklån {bank}, startlån {startlan}</source>
            <translation>Jak opłacane jest mieszkanie ({total}): własne pieniądze {equity}, kredyt bankowy {bank}, kredyt startowy {startlan}</translation>
        </message>
        <message>
            <source>Slik fordeles inntekten på {income} hver måned med «{scenario}»:</source>
            <translation>Jak dzieli się dochód {income} miesięcznie z «{scenario}»:</translation>
        </message>
        <message>
            <source>Slik fordeles inntekten på {income} hver måned:</source>
            <translation>Jak dzieli się dochód {income} miesięcznie:</translation>
        </message>
        <message>
            <source>Spedbarnsutstyr</source>
            <translation>Wyprawka dla niemowlęcia</translation>
        </message>
        <message>
            <source>Språk</source>
            <translation>Język</translation>
        </message>
        <message>
            <source>Spørsmål? Problemer med å betale?</source>
            <translation>Pytania? Problemy ze spłatą?</translation>
        </message>
        <message>
            <source>Startlån</source>
            <translation>Kredyt startowy</translation>
        </message>
        <message>
            <source>Startlån – det viktigste for dere</source>
            <translation>Kredyt startowy – najważniejsze dla was</translation>
        </message>
        <message>
            <source>Startlånet</source>
            <translation>Kredyt startowy</translation>
        </message>
        <message>
            <source>Startlånet etter rentefradrag</source>
            <translation>Kredyt startowy po uldze odsetkowej</translation>
        </message>
        <message>
            <source>Startlånet koster {payment} i måneden. Dere har {left} igjen til mat, klær og annet livsopphold; det dere trenger etter normen er {need}.</source>
            <translation>Kredyt startowy kosztuje {payment} miesięcznie. Zostaje wam {left} na jedzenie, ubrania i inne koszty życia; według normy potrzebujecie {need}.</translation>
        </message>
        <message>
            <source>Steg {step} av {steps}: {title}</source>
            <translation>Krok {step} z {steps}: {title}</translation>
        </message>
        <message>
            <source>Stramt</source>
            <translation>Na styk</translation>
        </message>
        <message>
            <source>Stresstest</source>
            <translation>Test warunków skrajnych</translation>
        </message>
        <message>
            <source>Stresstesten regner banklånet etter bankenes regel ({rate}), ikke med samme renteøkning som kurven; derfor ligger stresspunktet utenfor kurven.</source>
            <translation>Test warunków skrajnych liczy kredyt bankowy według zasady banków ({rate}), a nie z takim samym wzrostem oprocentowania jak krzywa; dlatego punkt testu leży poza krzywą.</translation>
        </message>
        <message>
            <source>Strøm og oppvarming</source>
            <translation>Prąd i ogrzewanie</translation>
        </message>
        <message>
            <source>Styringsrenten {rate} + {pp} prosentpoeng (Husbanken)</source>
            <translation>Stopa referencyjna {rate} + {pp} punktu procentowego (Husbanken)</translation>
        </message>
        <message>
            <source>Termingebyret</source>
            <translation>Opłata za ratę</translation>
        </message>
        <message>
            <source>Til boligen og lånet</source>
            <translation>Na mieszkanie i kredyt</translation>
        </message>
        <message>
            <source>Til sammen</source>
            <translation>Razem</translation>
        </message>
        <message>
            <source>Til sammen {amount} hver måned</source>
            <translation>Razem {amount} miesięcznie</translation>
        </message>
        <message>
            <source>Til sammenligning: husleie i dag</source>
            <translation>Dla porównania: czynsz dziś</translation>
        </message>
        <message>
            <source>Tilskudd</source>
            <translation>Dotacja</translation>
        </message>
        <message>
            <source>Trangest i {year}: {amount} i måneden ({month}). Størst fall i {since}: {causes}.</source>
            <translation>Najciaśniej w {year}: {amount} miesięcznie ({month}). Największy spadek w {since}: {causes}.</translation>
        </message>
        <message>
            <source>Trykk O for å lukke ordlisten.</source>
            <translation>Naciśnij O, aby zamknąć słowniczek.</translation>
        </message>
        <message>
            <source>Tvangssalg hvis lånet ikke betales</source>
            <translation>Sprzedaż przymusowa, jeśli kredyt nie jest spłacany</translation>
        </message>
        <message>
            <source>Ved siden av: {scenario}</source>
            <translation>Obok: {scenario}</translation>
        </message>
        <message>
            <source>Ved stresstest ({rate}) mangler {amount} hver måned.</source>
            <translation>W teście warunków skrajnych ({rate}) co miesiąc brakuje {amount}.</translation>
        </message>
        <message>
            <source>Ved {rate} har dere fortsatt {amount} mer enn normen hver måned.</source>
            <translation>Przy {rate} nadal macie co miesiąc o {amount} więcej niż norma.</translation>
        </message>
        <message>
            <source>Vedlikehold</source>
            <translation>Konserwacja</translation>
        </message>
        <message>
            <source>Velger dere «{scenario}»:</source>
            <translation>Jeśli wybierzecie «{scenario}»:</translation>
        </message>
        <message>
            <source>Vi regner med til livsopphold</source>
            <translation>Liczymy na życie</translation>
        </message>
        <message>
            <source>Vi regner ut om dere klarer lånet også hvis renten stiger mye.</source>
            <translation>Liczymy, czy poradzicie sobie z kredytem także wtedy, gdy oprocentowanie mocno wzrośnie.</translation>
        </message>
        <message>
            <source>Vis ved siden av</source>
            <translation>Pokaż obok</translation>
        </message>
        <message>
            <source>april</source>
            <translation>kwietniu</translation>
        </message>
        <message>
            <source>august</source>
            <translation>sierpniu</translation>
        </message>
        <message>
            <source>avdragsfri</source>
            <translation>bez spłaty kapitału</translation>
        </message>
        <message>
            <source>avdragsfriheten slutter</source>
            <translation>kończy się okres bez spłaty kapitału</translation>
        </message>
        <message>
            <source>banklånet</source>
            <translation>kredyt bankowy</translation>
        </message>
        <message>
            <source>barnetrygden for {name} faller bort</source>
            <translation>kończy się zasiłek na dziecko {name}</translation>
        </message>
        <message>
            <source>bindingstiden slutter</source>
            <translation>kończy się okres stałego oprocentowania</translation>
        </message>
        <message>
            <source>desember</source>
            <translation>grudniu</translation>
        </message>
        <message>
            <source>fast rente</source>
            <translation>stałe oprocentowanie</translation>
        </message>
        <message>
            <source>fast rente i {years} år</source>
            <translation>oprocentowanie stałe przez {years} lat</translation>
        </message>
        <message>
            <source>februar</source>
            <translation>lutym</translation>
        </message>
        <message>
            <source>flytende rente</source>
            <translation>oprocentowanie zmienne</translation>
        </message>
        <message>
            <source>januar</source>
            <translation>styczniu</translation>
        </message>
        <message>
            <source>juli</source>
            <translation>lipcu</translation>
        </message>
        <message>
            <source>juni</source>
            <translation>czerwcu</translation>
        </message>
        <message>
            <source>lån med flytende rente</source>
            <translation>kredyty o zmiennym oprocentowaniu</translation>
        </message>
        <message>
            <source>mai</source>
            <translation>maju</translation>
        </message>
        <message>
            <source>mars</source>
            <translation>marcu</translation>
        </message>
        <message>
            <source>nok</source>
            <translation>wystarczy</translation>
        </message>
        <message>
            <source>november</source>
            <translation>listopadzie</translation>
        </message>
        <message>
            <source>og tilskudd {amount}.</source>
            <translation>i dotacja {amount}.</translation>
        </message>
        <message>
            <source>oktober</source>
            <translation>październiku</translation>
        </message>
        <message>
            <source>rente</source>
            <translation>oprocentowanie</translation>
        </message>
        <message>
            <source>restgjeld</source>
            <translation>pozostały dług</translation>
        </message>
        <message>
            <source>september</source>
            <translation>wrześniu</translation>
        </message>
        <message>
            <source>startlån</source>
            <translation>kredyt startowy</translation>
        </message>
        <message>
            <source>startlånet</source>
            <translation>kredyt startowy</translation>
        </message>
        <message>
            <source>stresstest</source>
            <translation>test warunków skrajnych</translation>
        </message>
        <message>
            <source>terminbeløp</source>
            <translation>rata</translation>
        </message>
        <message>
            <source>tilskudd</source>
            <translation>dotacja</translation>
        </message>
        <message>
            <source>{amount} for lite</source>
            <translation>o {amount} za mało</translation>
        </message>
        <message>
            <source>{cost} etter fradrag</source>
            <translation>{cost} po uldze</translation>
        </message>
        <message>
            <source>{name} begynner på skolen og i SFO</source>
            <translation>{name} zaczyna szkołę i świetlicę</translation>
        </message>
        <message>
            <source>{name} er ferdig med SFO</source>
            <translation>{name} kończy świetlicę</translation>
        </message>
        <message>
            <source>{name} fyller 18 år</source>
            <translation>{name} kończy 18 lat</translation>
        </message>
        <message>
            <source>{name} fyller {years} år</source>
            <translation>{name} kończy {years} lat</translation>
        </message>
        <message>
            <source>{share} % fast rente i {years} år og resten flytende</source>
            <translation>{share} % ze stałym oprocentowaniem przez {years} lat, reszta zmienne</translation>
        </message>
        <message>
            <source>«Igjen» er det som er igjen til livsopphold hver måned. Den svarte streken er det dere trenger: {need}. Grønt forbi streken er nok.</source>
            <translation>«Zostaje» to to, co zostaje na życie co miesiąc. Czarna linia to to, czego potrzebujecie: {need}. Zielone za linią wystarcza.</translation>
        </message>
        <message>
            <source>«{line}» er nedbetalt</source>
            <translation>«{line}» jest spłacony</translation>
        </message>
        <message>
            <source>◀ Tilbake</source>
            <translation>◀ Wstecz</translation>
        </message>
    </context>
</TS>
