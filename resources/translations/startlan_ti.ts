<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ti" sourcelanguage="nb_NO">
    <context>
        <name />
        <message>
            <source>, {amount} mer enn normen.</source>
            <translation>, {amount} ካብቲ መለክዒ ንላዕሊ።</translation>
        </message>
        <message>
            <source>, {amount} mindre enn normen.</source>
            <translation>, {amount} ካብቲ መለክዒ ንታሕቲ።</translation>
        </message>
        <message>
            <source>Alle flytende renter stiger like mye: {items}.</source>
            <translation>ኩሎም ዝቀያየሩ ወለዳት ብማዕረ ይውስኹ፦ {items}።</translation>
        </message>
        <message>
            <source>Andre boutgifter</source>
            <translation>ካልእ ወጻኢታት ገዛ</translation>
        </message>
        <message>
            <source>Andre dagligvarer</source>
            <translation>ካልእ ናይ መዓልቲ ኣቑሑ</translation>
        </message>
        <message>
            <source>Andre faste utgifter (lån, kort, bidrag)</source>
            <translation>ካልእ ቀወምቲ ወጻኢታት (ልቓሕ፡ ካርድ፡ ቀለብ)</translation>
        </message>
        <message>
            <source>Andre lån og faste utgifter</source>
            <translation>ካልእ ልቓሓትን ቀወምቲ ወጻኢታትን</translation>
        </message>
        <message>
            <source>Annen lånetype enn kommunens vanlige (annuitet).</source>
            <translation>ካብቲ ልሙድ ናይ ምምሕዳር ዝተፈልየ ዓይነት ልቓሕ (annuitet)።</translation>
        </message>
        <message>
            <source>Ansvar for restgjeld etter et salg</source>
            <translation>ድሕሪ ምሻጥ ንዝተረፈ ዕዳ ሓላፍነት</translation>
        </message>
        <message>
            <source>Ark til søkeren (PDF) …</source>
            <translation>ወረቐት ንሓታቲ (PDF) …</translation>
        </message>
        <message>
            <source>Av {income} hver måned går dette til livet:</source>
            <translation>ካብ {income} ኣብ ወርሒ እዚ ንመነባብሮ ይኸይድ፦</translation>
        </message>
        <message>
            <source>Avdragsfri periode: restbeløp {during}; med avdrag (fra måned {month}): {after}. Den svakeste perioden avgjør.</source>
            <translation>ግዜ ብዘይ ምኽፋል ቀንዲ ልቓሕ፦ ዝተረፈ {during}፤ ምስ ምኽፋል (ካብ ወርሒ {month})፦ {after}። እቲ ዝደኸመ ግዜ እዩ ዝውስን።</translation>
        </message>
        <message>
            <source>Avdragsfrihet utover kommunens vanlige ({years} år).</source>
            <translation>ካብቲ ልሙድ ናይ ምምሕዳር ዝነውሐ ግዜ ብዘይ ምኽፋል ቀንዲ ልቓሕ ({years} ዓመት)።</translation>
        </message>
        <message>
            <source>Banken vil regne med minst {rate} rente og at gjelden ikke er over 5 ganger inntekten.</source>
            <translation>ባንኪ እንተወሓደ {rate} ወለድን ዕዳ ካብ 5 ዕጽፊ እቶት ከይበዝሕን ክሓስብ እዩ።</translation>
        </message>
        <message>
            <source>Banklån</source>
            <translation>ልቓሕ ባንኪ</translation>
        </message>
        <message>
            <source>Banklån ved siden av startlånet</source>
            <translation>ልቓሕ ባንኪ ምስ ናይ መጀመርታ ልቓሕ</translation>
        </message>
        <message>
            <source>Barnehage</source>
            <translation>መዋእለ ህጻናት</translation>
        </message>
        <message>
            <source>Barnetrygd ({kids} × {rate})</source>
            <translation>ሓገዝ ቆልዑ ({kids} × {rate})</translation>
        </message>
        <message>
            <source>Består: et banklån på restgjelden går opp ved bankenes krav med dagens inntekt.</source>
            <translation>ሓሊፉ፦ ልቓሕ ባንኪ ብመጠን እቲ ዝተረፈ ዕዳ ብናይ ሎሚ እቶት ንረቛሒታት ባንክታት የማልእ።</translation>
        </message>
        <message>
            <source>Betalt ned de første 10 årene</source>
            <translation>ኣብ ቀዳሞት 10 ዓመታት ዝተኸፍለ</translation>
        </message>
        <message>
            <source>Bilkostnader</source>
            <translation>ወጻኢታት መኪና</translation>
        </message>
        <message>
            <source>Boutgiftene i den nye boligen blir {housing} per måned (startlånet {payment} og andre boutgifter {other_housing}), i tillegg til andre faste utgifter på {other}.</source>
            <translation>ወጻኢታት ኣብቲ ሓድሽ ገዛ ኣብ ወርሒ {housing} ክኸውን እዩ (ናይ መጀመርታ ልቓሕ {payment}ን ካልእ ወጻኢታት ገዛ {other_housing}ን)፡ ብተወሳኺ ካልእ ቀወምቲ ወጻኢታት {other}።</translation>
        </message>
        <message>
            <source>Boutgifter</source>
            <translation>ወጻኢታት ገዛ</translation>
        </message>
        <message>
            <source>Boutgifter utenom lånet</source>
            <translation>ወጻኢታት ገዛ ብዘይ ልቓሕ</translation>
        </message>
        <message>
            <source>Bruttoinntekten</source>
            <translation>ጠቕላላ እቶት</translation>
        </message>
        <message>
            <source>Budsjettet går ikke opp hvis renten blir høyere enn {rate}.</source>
            <translation>ወለድ ካብ {rate} እንተበዚሑ በጀት ኣይበቅዕን።</translation>
        </message>
        <message>
            <source>Budsjettet går ikke opp hvis renten blir høyere enn {rate}. Dagens rente: {today}. Stresstest: {stress}.</source>
            <translation>ወለድ ካብ {rate} እንተበዚሑ በጀት ኣይበቅዕን። ናይ ሎሚ ወለድ፦ {today}። ፈተና ጸቕጢ፦ {stress}።</translation>
        </message>
        <message>
            <source>Budsjettet går ikke opp med dagens rente: {amount} mangler hver måned.</source>
            <translation>ብናይ ሎሚ ወለድ በጀት ኣይበቅዕን፦ ኣብ ወርሒ {amount} ይጎድል።</translation>
        </message>
        <message>
            <source>Budsjettet går ikke opp selv uten rente.</source>
            <translation>ብዘይ ወለድ እውን በጀት ኣይበቅዕን።</translation>
        </message>
        <message>
            <source>Bærekraftig</source>
            <translation>ዝጸውር</translation>
        </message>
        <message>
            <source>Dagens rente</source>
            <translation>ናይ ሎሚ ወለድ</translation>
        </message>
        <message>
            <source>Den faste renten varer i {years} år; etter det blir terminbeløpet med dagens flytende rente {payment}.</source>
            <translation>ቀዋሚ ወለድ ን{years} ዓመት ይቕጽል፤ ድሕሪኡ ወርሓዊ ክፍሊት ብናይ ሎሚ ዝቀያየር ወለድ {payment} ይኸውን።</translation>
        </message>
        <message>
            <source>Det dere betaler på lånet hver måned: renter og avdrag sammen.</source>
            <translation>ኣብ ወርሒ ንልቓሕ እትኸፍልዎ፦ ወለድን ምኽፋል ቀንዲ ልቓሕን ብሓባር።</translation>
        </message>
        <message>
            <source>Det dere fortsatt skylder på lånet.</source>
            <translation>ካብቲ ልቓሕ ገና ዘለኩም ዕዳ።</translation>
        </message>
        <message>
            <source>Det er {share} av boligens verdi i dag, og {share20} om prisene faller 20 %.</source>
            <translation>እዚ ናይ ሎሚ ዋጋ ገዛ {share} እዩ፡ ዋጋታት ብ 20 % እንተወሪዱ ድማ {share20}።</translation>
        </message>
        <message>
            <source>Dette går ikke opp</source>
            <translation>እዚ ኣይበቅዕን</translation>
        </message>
        <message>
            <source>Dette går opp i dag, men ikke hvis renten stiger mye</source>
            <translation>እዚ ሎሚ ይበቅዕ፡ ወለድ ብዙሕ እንተወሰኸ ግን ኣይበቅዕን</translation>
        </message>
        <message>
            <source>Dette går opp i dag, men ikke om noen år</source>
            <translation>እዚ ሎሚ ይበቅዕ፡ ድሕሪ ቁሩብ ዓመታት ግን ኣይበቅዕን</translation>
        </message>
        <message>
            <source>Dette går opp, også hvis renten stiger til {rate}</source>
            <translation>እዚ ይበቅዕ፡ ወለድ ክሳብ {rate} እንተወሰኸ እውን</translation>
        </message>
        <message>
            <source>Dette har vi forklart dere</source>
            <translation>እዚ ኣረዲእናኩም</translation>
        </message>
        <message>
            <source>Dette kommer inn hver måned, etter skatt:</source>
            <translation>ኣብ ወርሒ ድሕሪ ግብሪ ዝኣቱ፦</translation>
        </message>
        <message>
            <source>Dette koster boligen hver måned, i tillegg til lånet:</source>
            <translation>ገዛ ኣብ ወርሒ ብዘይካ ልቓሕ ዘውጽኦ፦</translation>
        </message>
        <message>
            <source>Egne penger</source>
            <translation>ናይ ገዛእ ርእስኹም ገንዘብ</translation>
        </message>
        <message>
            <source>Eiendomsskatt</source>
            <translation>ግብሪ ንብረት</translation>
        </message>
        <message>
            <source>Eksempelsak</source>
            <translation>ኣብነት ጉዳይ</translation>
        </message>
        <message>
            <source>En tid der dere bare betaler renter. Lånet blir ikke mindre.</source>
            <translation>ወለድ ጥራይ እትኸፍሉሉ ግዜ። ልቓሕ ኣይንኣስን።</translation>
        </message>
        <message>
            <source>Et lån fra kommunen til å kjøpe en bolig, når banken ikke gir stort nok lån.</source>
            <translation>ባንኪ እኹል ልቓሕ ምስ ዘይህብ፡ ገዛ ንምግዛእ ካብ ምምሕዳር ዝወሃብ ልቓሕ።</translation>
        </message>
        <message>
            <source>Etableringsgebyret</source>
            <translation>ክፍሊት ምጅማር ልቓሕ</translation>
        </message>
        <message>
            <source>Ett alternativ</source>
            <translation>ሓደ ምርጫ</translation>
        </message>
        <message>
            <source>Etter SIFOs referansebudsjett</source>
            <translation>ብመሰረት መወከሲ በጀት SIFO</translation>
        </message>
        <message>
            <source>Fast rente kan ikke sies opp gratis: innfrir eller flytter dere lånet etter {years} år, og renten for resten av bindingstiden da er 1 prosentpoeng lavere, må dere betale om lag {pay} i overkurs. Er den 1 prosentpoeng høyere, får dere om lag {gain} i underkurs.</source>
            <translation>ቀዋሚ ወለድ ብነጻ ክቋረጽ ኣይከኣልን፦ ድሕሪ {years} ዓመት ልቓሕ እንተኸፊልኩም ወይ እንተቐየርኩም፡ ወለድ ንዝተረፈ ግዜ ድማ ብ 1 ሚእታዊ ነጥቢ እንተተሓተ፡ ብግምት {pay} ካሕሳ ክትከፍሉ ኣለኩም። ብ 1 ሚእታዊ ነጥቢ እንተለዓለ፡ ብግምት {gain} ትረኽቡ።</translation>
        </message>
        <message>
            <source>Felleskostnader</source>
            <translation>ሓባራዊ ወጻኢታት (ማሕበር)</translation>
        </message>
        <message>
            <source>Festeavgift</source>
            <translation>ክራይ መሬት</translation>
        </message>
        <message>
            <source>Flytt på renten og se hva som skjer med «{scenario}» og «{other}»:</source>
            <translation>ወለድ ኣንቀሳቕሱ እሞ ኣብ «{scenario}»ን «{other}»ን እንታይ ከም ዘጋጥም ርኣዩ፦</translation>
        </message>
        <message>
            <source>Flytt på renten og se hva som skjer med «{scenario}»:</source>
            <translation>ወለድ ኣንቀሳቕሱ እሞ ኣብ «{scenario}» እንታይ ከም ዘጋጥም ርኣዩ፦</translation>
        </message>
        <message>
            <source>Forsikring</source>
            <translation>ውሕስነት</translation>
        </message>
        <message>
            <source>Fyll inn lånebeløp</source>
            <translation>መጠን ልቓሕ ኣእትዉ</translation>
        </message>
        <message>
            <source>Fyll inn lånebeløpet, eller velg «Bruk største lån».</source>
            <translation>መጠን ልቓሕ ኣእትዉ፡ ወይ «Bruk største lån» ምረጹ።</translation>
        </message>
        <message>
            <source>Førstegangslån: lånet slutter etter 10 år</source>
            <translation>ልቓሕ ቀዳማይ ገዛ፦ እቲ ልቓሕ ድሕሪ 10 ዓመት ይውዳእ</translation>
        </message>
        <message>
            <source>Førstegangslånet har samme terminbeløp som et startlån over 30 år, men løper bare i 10 år. Da står det igjen {balance} som dere må refinansiere i en bank, eller søke vurdert for et vanlig startlån.</source>
            <translation>ልቓሕ ቀዳማይ ገዛ ከምቲ ናይ 30 ዓመት ናይ መጀመርታ ልቓሕ ሓደ ዓይነት ወርሓዊ ክፍሊት ኣለዎ፡ ግን 10 ዓመት ጥራይ ይቕጽል። ሽዑ {balance} ይተርፍ፡ ኣብ ባንኪ ዳግም ክትለቅሑዎ ወይ ንልሙድ ናይ መጀመርታ ልቓሕ ክትሓቱ ኣለኩም።</translation>
        </message>
        <message>
            <source>Førstegangslånet krever minst 5 % egenkapital ({need}); saken har {have} ({pct}).</source>
            <translation>ልቓሕ ቀዳማይ ገዛ እንተወሓደ 5 % ናይ ገዛእ ርእስኹም ገንዘብ ({need}) የድልዮ፤ እቲ ጉዳይ {have} ({pct}) ኣለዎ።</translation>
        </message>
        <message>
            <source>Gjennomgang</source>
            <translation>ስጉምቲ ብስጉምቲ መብርሂ</translation>
        </message>
        <message>
            <source>Går ikke opp over</source>
            <translation>ልዕሊ እዚ ኣይበቅዕን</translation>
        </message>
        <message>
            <source>Går opp med dagens rente.</source>
            <translation>ብናይ ሎሚ ወለድ ይበቅዕ።</translation>
        </message>
        <message>
            <source>Går opp også ved stresstest ({rate}).</source>
            <translation>ኣብ ፈተና ጸቕጢ ({rate}) እውን ይበቅዕ።</translation>
        </message>
        <message>
            <source>Husbankens renter</source>
            <translation>ወለዳት Husbanken</translation>
        </message>
        <message>
            <source>Husholdningsartikler</source>
            <translation>ኣቑሑ ገዛ</translation>
        </message>
        <message>
            <source>Husleie</source>
            <translation>ክራይ</translation>
        </message>
        <message>
            <source>Husleie i dag er ikke oppgitt.</source>
            <translation>ናይ ሎሚ ክራይ ኣይተገልጸን።</translation>
        </message>
        <message>
            <source>Husleie i dag: {rent}.</source>
            <translation>ናይ ሎሚ ክራይ፦ {rent}።</translation>
        </message>
        <message>
            <source>Husstanden kan betjene et startlån på inntil {amount}.</source>
            <translation>እቲ ስድራ ክሳብ {amount} ናይ መጀመርታ ልቓሕ ክጸውር ይኽእል።</translation>
        </message>
        <message>
            <source>Husstanden kan ikke betjene noe startlån med dette budsjettet: ved stresstest er det ingenting igjen til å betale på et lån (disponibelt til startlån i dag: {amount} per måned).</source>
            <translation>እቲ ስድራ በዚ በጀት ዝኾነ ናይ መጀመርታ ልቓሕ ክጸውር ኣይክእልን፦ ኣብ ፈተና ጸቕጢ ንልቓሕ ዝኸፈል ዝተረፈ የለን (ሎሚ ንናይ መጀመርታ ልቓሕ ዘሎ፦ ኣብ ወርሒ {amount})።</translation>
        </message>
        <message>
            <source>Hva boligen koster utenom lånet</source>
            <translation>ገዛ ብዘይካ ልቓሕ ዘውጽኦ</translation>
        </message>
        <message>
            <source>Hva livet koster</source>
            <translation>መነባብሮ ዘውጽኦ</translation>
        </message>
        <message>
            <source>Hva lånet koster over tid</source>
            <translation>ልቓሕ ምስ ግዜ ዘውጽኦ</translation>
        </message>
        <message>
            <source>Hva som skjer når renten stiger</source>
            <translation>ወለድ ምስ ዝውስኽ እንታይ ይኸውን</translation>
        </message>
        <message>
            <source>Hver måned</source>
            <translation>ኣብ ወርሒ</translation>
        </message>
        <message>
            <source>Hvis boligen må selges etter {years} år og prisene har falt {fall} %, dekker salget gjelden, og dere sitter igjen med om lag {amount}.</source>
            <translation>ገዛ ድሕሪ {years} ዓመት ክሽየጥ እንተተገዲዱ ዋጋታት ድማ ብ {fall} % እንተወሪዱ፡ እቲ መሸጣ ነቲ ዕዳ ይሽፍን፡ ብግምት {amount} ድማ ይተርፈኩም።</translation>
        </message>
        <message>
            <source>Hvis boligen må selges etter {years} år og prisene har falt {fall} %, står dere igjen med {amount} i gjeld.</source>
            <translation>ገዛ ድሕሪ {years} ዓመት ክሽየጥ እንተተገዲዱ ዋጋታት ድማ ብ {fall} % እንተወሪዱ፡ {amount} ዕዳ ይተርፈኩም።</translation>
        </message>
        <message>
            <source>Hvis boligen selges for mindre enn det dere skylder, må dere fortsatt betale resten av gjelden.</source>
            <translation>ገዛ ካብቲ ዘለኩም ዕዳ ብዝተሓተ ዋጋ እንተተሸይጡ፡ እቲ ዝተረፈ ዕዳ ገና ክትከፍልዎ ኣለኩም።</translation>
        </message>
        <message>
            <source>Hvis lånet ikke betales, kan kommunen til slutt kreve boligen solgt (tvangssalg). Ta kontakt med kommunen med en gang hvis dere får problemer med å betale: da finnes det ofte løsninger, som avdragsfrihet eller lengre nedbetalingstid.</source>
            <translation>ልቓሕ እንተዘይተኸፊሉ፡ ምምሕዳር ኣብ መወዳእታ ገዛ ክሽየጥ ክሓትት ይኽእል (ብግዲ ምሻጥ)። ኣብ ምኽፋል ጸገም እንተጋጢሙኩም ብቕልጡፍ ንምምሕዳር ተወከሱ፦ ሽዑ ብዙሕ ግዜ ፍታሕ ኣሎ፡ ከም ግዜ ብዘይ ምኽፋል ቀንዲ ልቓሕ ወይ ዝነውሐ ግዜ ምኽፋል።</translation>
        </message>
        <message>
            <source>Hvis renten stiger</source>
            <translation>ወለድ እንተወሰኸ</translation>
        </message>
        <message>
            <source>Hvis renten stiger ({rate})</source>
            <translation>ወለድ እንተወሰኸ ({rate})</translation>
        </message>
        <message>
            <source>Hvis renten stiger til {rate}, blir terminbeløpet {payment}.</source>
            <translation>ወለድ ክሳብ {rate} እንተወሰኸ፡ ወርሓዊ ክፍሊት {payment} ይኸውን።</translation>
        </message>
        <message>
            <source>I dag ({rate})</source>
            <translation>ሎሚ ({rate})</translation>
        </message>
        <message>
            <source>I {month} mangler {amount} hver måned (dagens kroner og renter; størst fall i {since}: {causes}).</source>
            <translation>ኣብ {month} ኣብ ወርሒ {amount} ይጎድል (ብናይ ሎሚ ክሮንን ወለድን፤ ዝዓበየ ውድቀት ኣብ {since}፦ {causes})።</translation>
        </message>
        <message>
            <source>Igjen</source>
            <translation>ዝተረፈ</translation>
        </message>
        <message>
            <source>Igjen etter 10 år</source>
            <translation>ድሕሪ 10 ዓመት ዝተረፈ</translation>
        </message>
        <message>
            <source>Igjen hver måned: {left} ({enough})</source>
            <translation>ኣብ ወርሒ ዝተረፈ፦ {left} ({enough})</translation>
        </message>
        <message>
            <source>Igjen hver måned: {left}, behov {need}</source>
            <translation>ኣብ ወርሒ ዝተረፈ፦ {left}፡ ዘድሊ {need}</translation>
        </message>
        <message>
            <source>Igjen til livsopphold</source>
            <translation>ንመነባብሮ ዝተረፈ</translation>
        </message>
        <message>
            <source>Igjen: {amount}</source>
            <translation>ዝተረፈ፦ {amount}</translation>
        </message>
        <message>
            <source>Ikke bærekraftig</source>
            <translation>ዘይጸውር</translation>
        </message>
        <message>
            <source>Klær og sko</source>
            <translation>ክዳንን ጫማን</translation>
        </message>
        <message>
            <source>Kommunale avgifter</source>
            <translation>ክፍሊታት ምምሕዳር</translation>
        </message>
        <message>
            <source>Laget {date} for {names}.</source>
            <translation>ብ {date} ን {names} ዝተዳለወ።</translation>
        </message>
        <message>
            <source>Lang løpetid bygger egenkapital sakte: etter 10 år skylder dere om lag {b30} med 30 års løpetid, men {b50} med 50 år.</source>
            <translation>ነዊሕ ግዜ ናይ ገዛእ ርእስኹም ገንዘብ ቀስ ኢሉ ይሃንጽ፦ ድሕሪ 10 ዓመት ብ 30 ዓመት ግዜ ብግምት {b30} ዕዳ ክህልወኩም እዩ፡ ብ 50 ዓመት ግን {b50}።</translation>
        </message>
        <message>
            <source>Laveste beløp vi kan regne med (NAV)</source>
            <translation>ክንጽበዮ እንኽእል ዝተሓተ መጠን (NAV)</translation>
        </message>
        <message>
            <source>Leie av en egnet bolig: {rent}.</source>
            <translation>ክራይ ዝሰማማዕ ገዛ፦ {rent}።</translation>
        </message>
        <message>
            <source>Lek, sport og mediebruk</source>
            <translation>ጸወታ፡ ስፖርትን ሚድያን</translation>
        </message>
        <message>
            <source>Livsopphold</source>
            <translation>ወጻኢታት መነባብሮ</translation>
        </message>
        <message>
            <source>Lånealternativene</source>
            <translation>ምርጫታት ልቓሕ</translation>
        </message>
        <message>
            <source>Lånebeløpet</source>
            <translation>መጠን ልቓሕ</translation>
        </message>
        <message>
            <source>Lånebeløpet er ikke fylt inn</source>
            <translation>መጠን ልቓሕ ኣይኣተወን</translation>
        </message>
        <message>
            <source>Lånebeløpet er ikke fylt inn. Husstanden kan betjene et startlån på inntil {amount} (stresstest).</source>
            <translation>መጠን ልቓሕ ኣይኣተወን። እቲ ስድራ ክሳብ {amount} ናይ መጀመርታ ልቓሕ ክጸውር ይኽእል (ፈተና ጸቕጢ)።</translation>
        </message>
        <message>
            <source>Lånet vi har sett på: «{scenario}», {amount}.</source>
            <translation>ዝረኣናዮ ልቓሕ፦ «{scenario}»፡ {amount}።</translation>
        </message>
        <message>
            <source>Lånet: {amount}</source>
            <translation>ልቓሕ፦ {amount}</translation>
        </message>
        <message>
            <source>Løpetid over kommunens vanlige {years} år (inntil 50 år i særlige tilfeller).</source>
            <translation>ካብቲ ልሙድ ናይ ምምሕዳር {years} ዓመት ዝነውሐ ግዜ (ኣብ ፍሉይ ኩነታት ክሳብ 50 ዓመት)።</translation>
        </message>
        <message>
            <source>Maskinoversatt – ikke kvalitetssikret</source>
            <translation>ብማሽን ዝተተርጎመ – ዘይተመርመረ</translation>
        </message>
        <message>
            <source>Mat og drikke</source>
            <translation>መግብን መስተን</translation>
        </message>
        <message>
            <source>Mat, klær, transport og annet dere trenger hver måned:</source>
            <translation>መግቢ፡ ክዳን፡ መጓዓዝያን ካልእ ኣብ ወርሒ ዘድልየኩምን፦</translation>
        </message>
        <message>
            <source>Med dagens inntekt: {verdict}</source>
            <translation>ብናይ ሎሚ እቶት፦ {verdict}</translation>
        </message>
        <message>
            <source>Med dagens rente mangler {amount} hver måned.</source>
            <translation>ብናይ ሎሚ ወለድ ኣብ ወርሒ {amount} ይጎድል።</translation>
        </message>
        <message>
            <source>Med deres egne tall</source>
            <translation>ብናይ ገዛእ ርእስኹም ቁጽሪ</translation>
        </message>
        <message>
            <source>Med dette budsjettet kan husstanden ikke betjene noe startlån, heller ikke med {years} års løpetid: ved stresstest er det ingenting igjen til å betale på et lån.</source>
            <translation>በዚ በጀት እቲ ስድራ ዝኾነ ናይ መጀመርታ ልቓሕ ክጸውር ኣይክእልን፡ ብ {years} ዓመት ግዜ እውን፦ ኣብ ፈተና ጸቕጢ ንልቓሕ ዝኸፈል ዝተረፈ የለን።</translation>
        </message>
        <message>
            <source>Med flytende rente blir det ingen over- eller underkurs om dere innfrir eller flytter lånet.</source>
            <translation>ብዝቀያየር ወለድ ልቓሕ እንተኸፊልኩም ወይ እንተቐየርኩም ካሕሳ የለን።</translation>
        </message>
        <message>
            <source>Med {rate}</source>
            <translation>ብ {rate}</translation>
        </message>
        <message>
            <source>Med {years} års løpetid og {rate} blir terminbeløpet {payment} i måneden, og dere har {left} igjen til livsopphold hver måned</source>
            <translation>ብ {years} ዓመት ግዜን {rate}ን ወርሓዊ ክፍሊት {payment} ይኸውን፡ ኣብ ወርሒ ድማ ንመነባብሮ {left} ይተርፈኩም</translation>
        </message>
        <message>
            <source>Med «{scenario}» betaler dere {interest} i renter og {fees} i gebyrer over {years} år, til sammen {paid} for et lån på {amount}. Effektiv rente er {effective}. Lengre løpetid gir lavere terminbeløp, men mer renter totalt.</source>
            <translation>ብ «{scenario}» ኣብ {years} ዓመት {interest} ወለድን {fees} ክፍሊታትን ትኸፍሉ፡ ብድምር {paid} ን {amount} ልቓሕ። ናይ ብሓቂ ወለድ {effective} እዩ። ዝነውሐ ግዜ ዝተሓተ ወርሓዊ ክፍሊት ይህብ፡ ብድምር ግን ዝበዝሐ ወለድ።</translation>
        </message>
        <message>
            <source>Mediebruk og fritid</source>
            <translation>ሚድያን ናይ ዕረፍቲ ግዜን</translation>
        </message>
        <message>
            <source>Månedlige kostnader i ny bolig sammenlignet med husleie i dag</source>
            <translation>ወርሓዊ ወጻኢታት ኣብ ሓድሽ ገዛ ምስ ናይ ሎሚ ክራይ ብምንጽጻር</translation>
        </message>
        <message>
            <source>Møbler</source>
            <translation>ኣቑሑ ገዛ (ሶፋ፡ መደቀሲ)</translation>
        </message>
        <message>
            <source>NAVs veiledende satser for økonomisk stønad</source>
            <translation>ናይ NAV መምርሒ መጠናት ቁጠባዊ ሓገዝ</translation>
        </message>
        <message>
            <source>Neste ▶</source>
            <translation>ዝቕጽል ▶</translation>
        </message>
        <message>
            <source>Norges Banks styringsrente</source>
            <translation>መሰረታዊ ወለድ Norges Bank</translation>
        </message>
        <message>
            <source>Nyere tall kan gjelde på saksdatoen, kontroller: {sources}.</source>
            <translation>ኣብ ዕለት ጉዳይ ሓደስቲ ቁጽርታት ክህልዉ ይኽእሉ፡ ኣረጋግጹ፦ {sources}።</translation>
        </message>
        <message>
            <source>Når bindingstiden er over ({rate})</source>
            <translation>ግዜ ቀዋሚ ወለድ ምስ ተወድአ ({rate})</translation>
        </message>
        <message>
            <source>Når bindingstiden på {years} år er over, blir terminbeløpet med dagens flytende rente {payment} per måned.</source>
            <translation>ናይ {years} ዓመት ቀዋሚ ወለድ ምስ ተወድአ፡ ወርሓዊ ክፍሊት ብናይ ሎሚ ዝቀያየር ወለድ ኣብ ወርሒ {payment} ይኸውን።</translation>
        </message>
        <message>
            <source>Oppsummert</source>
            <translation>ጽማቝ</translation>
        </message>
        <message>
            <source>Ordliste</source>
            <translation>መዝገበ ቃላት</translation>
        </message>
        <message>
            <source>Over (+) eller under (−) normen</source>
            <translation>ልዕሊ (+) ወይ ትሕቲ (−) እቲ መለክዒ</translation>
        </message>
        <message>
            <source>Pause – trykk B for å fortsette</source>
            <translation>ዕረፍቲ – ንምቕጻል B ጠውቑ</translation>
        </message>
        <message>
            <source>Pengene dere har</source>
            <translation>ዘለኩም ገንዘብ</translation>
        </message>
        <message>
            <source>Penger til boligen som ikke skal betales tilbake.</source>
            <translation>ንገዛ ዝወሃብ ዘይምለስ ገንዘብ።</translation>
        </message>
        <message>
            <source>Pensjonen</source>
            <translation>ጡረታ</translation>
        </message>
        <message>
            <source>Personlig pleie</source>
            <translation>ውልቃዊ ክንክን</translation>
        </message>
        <message>
            <source>Prisen for å låne penger, i prosent av lånet per år.</source>
            <translation>ዋጋ ገንዘብ ምልቃሕ፡ ብሚእታዊ ካብቲ ልቓሕ ኣብ ዓመት።</translation>
        </message>
        <message>
            <source>Reisekostnader (kollektiv)</source>
            <translation>መጓዓዝያ (ህዝባዊ)</translation>
        </message>
        <message>
            <source>Rente</source>
            <translation>ወለድ</translation>
        </message>
        <message>
            <source>Rente: {rate}</source>
            <translation>ወለድ፦ {rate}</translation>
        </message>
        <message>
            <source>Rentefradrag banklån (skatteverdi)</source>
            <translation>ምጉዳል ወለድ፡ ልቓሕ ባንኪ (ዋጋ ግብሪ)</translation>
        </message>
        <message>
            <source>Renten</source>
            <translation>ወለድ</translation>
        </message>
        <message>
            <source>Renten er den samme i hele bindingstiden, for eksempel i 5 år.</source>
            <translation>ወለድ ኣብ ምሉእ ግዜ ሓደ እዩ፡ ንኣብነት ን 5 ዓመት።</translation>
        </message>
        <message>
            <source>Renten etter bindingstiden</source>
            <translation>ድሕሪ ግዜ ቀዋሚ ወለድ ዘሎ ወለድ</translation>
        </message>
        <message>
            <source>Renten kan endre seg. Ved {rate} rente blir terminbeløpet {payment} per måned, og restbeløpet blir {residual} per måned.</source>
            <translation>ወለድ ክቀያየር ይኽእል። ብ {rate} ወለድ ወርሓዊ ክፍሊት {payment} ይኸውን፡ ዝተረፈ ድማ ኣብ ወርሒ {residual}።</translation>
        </message>
        <message>
            <source>Renten kan gå opp eller ned underveis.</source>
            <translation>ወለድ ኣብ ውሽጢ ግዜ ክውስኽ ወይ ክጎድል ይኽእል።</translation>
        </message>
        <message>
            <source>Ring kommunen og spør etter startlån.</source>
            <translation>ናብ ምምሕዳር ደውሉ እሞ ብዛዕባ ናይ መጀመርታ ልቓሕ ሕተቱ።</translation>
        </message>
        <message>
            <source>Ring {municipality} og spør etter startlån.</source>
            <translation>ናብ {municipality} ደውሉ እሞ ብዛዕባ ናይ መጀመርታ ልቓሕ ሕተቱ።</translation>
        </message>
        <message>
            <source>SFO/AKS</source>
            <translation>ድሕሪ ትምህርቲ ክንክን (SFO/AKS)</translation>
        </message>
        <message>
            <source>SIFO referansebudsjett {year}</source>
            <translation>መወከሲ በጀት SIFO {year}</translation>
        </message>
        <message>
            <source>Salgskostnader ved tvangssalg (forslag)</source>
            <translation>ወጻኢታት መሸጣ ብግዲ ምሻጥ (ሓሳብ)</translation>
        </message>
        <message>
            <source>Skatteregler {year}</source>
            <translation>ሕግታት ግብሪ {year}</translation>
        </message>
        <message>
            <source>Slik betales boligen ({total})</source>
            <translation>ገዛ ብኸምዚ ይኽፈል ({total})</translation>
        </message>
        <message>
            <source>Slik betales boligen ({total}): egne penger {equity}, banklån {bank}, startlån {startlan}</source>
            <translation>ገዛ ብኸምዚ ይኽፈል ({total})፦ ናይ ገዛእ ርእስኹም ገንዘብ {equity}፡ ልቓሕ ባንኪ {bank}፡ ናይ መጀመርታ ልቓሕ {startlan}</translation>
        </message>
        <message>
            <source>Slik fordeles inntekten på {income} hver måned med «{scenario}»:</source>
            <translation>እቶት {income} ኣብ ወርሒ ብ «{scenario}» ብኸምዚ ይመቓቐል፦</translation>
        </message>
        <message>
            <source>Slik fordeles inntekten på {income} hver måned:</source>
            <translation>እቶት {income} ኣብ ወርሒ ብኸምዚ ይመቓቐል፦</translation>
        </message>
        <message>
            <source>Spedbarnsutstyr</source>
            <translation>ኣቑሑ ህጻን</translation>
        </message>
        <message>
            <source>Språk</source>
            <translation>ቋንቋ</translation>
        </message>
        <message>
            <source>Spørsmål? Problemer med å betale?</source>
            <translation>ሕቶ ኣለኩም? ኣብ ምኽፋል ጸገም ኣለኩም?</translation>
        </message>
        <message>
            <source>Startlån</source>
            <translation>ናይ መጀመርታ ልቓሕ</translation>
        </message>
        <message>
            <source>Startlån – det viktigste for dere</source>
            <translation>ናይ መጀመርታ ልቓሕ – ንዓኹም ዝኸውን ቀንዲ ነገር</translation>
        </message>
        <message>
            <source>Startlånet</source>
            <translation>ናይ መጀመርታ ልቓሕ</translation>
        </message>
        <message>
            <source>Startlånet etter rentefradrag</source>
            <translation>ናይ መጀመርታ ልቓሕ ድሕሪ ምጉዳል ወለድ</translation>
        </message>
        <message>
            <source>Startlånet koster {payment} i måneden. Dere har {left} igjen til mat, klær og annet livsopphold; det dere trenger etter normen er {need}.</source>
            <translation>ናይ መጀመርታ ልቓሕ ኣብ ወርሒ {payment} የውጽእ። ንመግቢ፡ ክዳንን ካልእ መነባብሮን {left} ይተርፈኩም፤ ብመሰረት መለክዒ ዘድልየኩም {need} እዩ።</translation>
        </message>
        <message>
            <source>Steg {step} av {steps}: {title}</source>
            <translation>ስጉምቲ {step} ካብ {steps}፦ {title}</translation>
        </message>
        <message>
            <source>Stramt</source>
            <translation>ጸቢብ</translation>
        </message>
        <message>
            <source>Stresstest</source>
            <translation>ፈተና ጸቕጢ</translation>
        </message>
        <message>
            <source>Stresstesten regner banklånet etter bankenes regel ({rate}), ikke med samme renteøkning som kurven; derfor ligger stresspunktet utenfor kurven.</source>
            <translation>ፈተና ጸቕጢ ንልቓሕ ባንኪ ብሕጊ ባንክታት ({rate}) ይሓስቦ፡ ብተመሳሳሊ ወሰኽ ወለድ ከምቲ ጠዋፊ ኣይኮነን፤ ስለዚ ነጥቢ ፈተና ካብቲ ጠዋፊ ወጻኢ እዩ።</translation>
        </message>
        <message>
            <source>Strøm og oppvarming</source>
            <translation>ኤለክትሪክን ምውዓይን</translation>
        </message>
        <message>
            <source>Styringsrenten {rate} + {pp} prosentpoeng (Husbanken)</source>
            <translation>መሰረታዊ ወለድ {rate} + {pp} ሚእታዊ ነጥቢ (Husbanken)</translation>
        </message>
        <message>
            <source>Termingebyret</source>
            <translation>ክፍሊት ኣገልግሎት</translation>
        </message>
        <message>
            <source>Til boligen og lånet</source>
            <translation>ንገዛን ልቓሕን</translation>
        </message>
        <message>
            <source>Til sammen</source>
            <translation>ድምር</translation>
        </message>
        <message>
            <source>Til sammen {amount} hver måned</source>
            <translation>ድምር {amount} ኣብ ወርሒ</translation>
        </message>
        <message>
            <source>Til sammenligning: husleie i dag</source>
            <translation>ንምንጽጻር፦ ናይ ሎሚ ክራይ</translation>
        </message>
        <message>
            <source>Tilskudd</source>
            <translation>ሓገዝ</translation>
        </message>
        <message>
            <source>Trangest i {year}: {amount} i måneden ({month}). Størst fall i {since}: {causes}.</source>
            <translation>ዝጸበበ ኣብ {year}፦ ኣብ ወርሒ {amount} ({month})። ዝዓበየ ውድቀት ኣብ {since}፦ {causes}።</translation>
        </message>
        <message>
            <source>Trykk O for å lukke ordlisten.</source>
            <translation>መዝገበ ቃላት ንምዕጻው O ጠውቑ።</translation>
        </message>
        <message>
            <source>Tvangssalg hvis lånet ikke betales</source>
            <translation>ልቓሕ እንተዘይተኸፊሉ ብግዲ ምሻጥ</translation>
        </message>
        <message>
            <source>Ved siden av: {scenario}</source>
            <translation>ጎኒ ጎኒ፦ {scenario}</translation>
        </message>
        <message>
            <source>Ved stresstest ({rate}) mangler {amount} hver måned.</source>
            <translation>ኣብ ፈተና ጸቕጢ ({rate}) ኣብ ወርሒ {amount} ይጎድል።</translation>
        </message>
        <message>
            <source>Ved {rate} har dere fortsatt {amount} mer enn normen hver måned.</source>
            <translation>ብ {rate} ኣብ ወርሒ ካብቲ መለክዒ {amount} ንላዕሊ ገና ኣለኩም።</translation>
        </message>
        <message>
            <source>Vedlikehold</source>
            <translation>ጽገና</translation>
        </message>
        <message>
            <source>Velger dere «{scenario}»:</source>
            <translation>«{scenario}» እንተመሪጽኩም፦</translation>
        </message>
        <message>
            <source>Vi regner med til livsopphold</source>
            <translation>ንመነባብሮ እንሓስቦ</translation>
        </message>
        <message>
            <source>Vi regner ut om dere klarer lånet også hvis renten stiger mye.</source>
            <translation>ወለድ ብዙሕ እንተወሰኸ እውን ነቲ ልቓሕ ክትጸውርዎ ትኽእሉ እንተኾንኩም ንሓስብ።</translation>
        </message>
        <message>
            <source>Vis ved siden av</source>
            <translation>ጎኒ ጎኒ ኣርእይ</translation>
        </message>
        <message>
            <source>april</source>
            <translation>ሚያዝያ</translation>
        </message>
        <message>
            <source>august</source>
            <translation>ነሓሰ</translation>
        </message>
        <message>
            <source>avdragsfri</source>
            <translation>ብዘይ ምኽፋል ቀንዲ ልቓሕ</translation>
        </message>
        <message>
            <source>avdragsfriheten slutter</source>
            <translation>ግዜ ብዘይ ምኽፋል ቀንዲ ልቓሕ ይውዳእ</translation>
        </message>
        <message>
            <source>banklånet</source>
            <translation>ልቓሕ ባንኪ</translation>
        </message>
        <message>
            <source>barnetrygden for {name} faller bort</source>
            <translation>ሓገዝ ቆልዓ ን {name} ይቋረጽ</translation>
        </message>
        <message>
            <source>bindingstiden slutter</source>
            <translation>ግዜ ቀዋሚ ወለድ ይውዳእ</translation>
        </message>
        <message>
            <source>desember</source>
            <translation>ታሕሳስ</translation>
        </message>
        <message>
            <source>fast rente</source>
            <translation>ቀዋሚ ወለድ</translation>
        </message>
        <message>
            <source>fast rente i {years} år</source>
            <translation>ን {years} ዓመት ቀዋሚ ወለድ</translation>
        </message>
        <message>
            <source>februar</source>
            <translation>ለካቲት</translation>
        </message>
        <message>
            <source>flytende rente</source>
            <translation>ዝቀያየር ወለድ</translation>
        </message>
        <message>
            <source>januar</source>
            <translation>ጥሪ</translation>
        </message>
        <message>
            <source>juli</source>
            <translation>ሓምለ</translation>
        </message>
        <message>
            <source>juni</source>
            <translation>ሰነ</translation>
        </message>
        <message>
            <source>lån med flytende rente</source>
            <translation>ልቓሓት ብዝቀያየር ወለድ</translation>
        </message>
        <message>
            <source>mai</source>
            <translation>ግንቦት</translation>
        </message>
        <message>
            <source>mars</source>
            <translation>መጋቢት</translation>
        </message>
        <message>
            <source>nok</source>
            <translation>ይኣክል</translation>
        </message>
        <message>
            <source>november</source>
            <translation>ሕዳር</translation>
        </message>
        <message>
            <source>og tilskudd {amount}.</source>
            <translation>ከምኡ እውን ሓገዝ {amount}።</translation>
        </message>
        <message>
            <source>oktober</source>
            <translation>ጥቅምቲ</translation>
        </message>
        <message>
            <source>rente</source>
            <translation>ወለድ</translation>
        </message>
        <message>
            <source>restgjeld</source>
            <translation>ዝተረፈ ዕዳ</translation>
        </message>
        <message>
            <source>september</source>
            <translation>መስከረም</translation>
        </message>
        <message>
            <source>startlån</source>
            <translation>ናይ መጀመርታ ልቓሕ</translation>
        </message>
        <message>
            <source>startlånet</source>
            <translation>ናይ መጀመርታ ልቓሕ</translation>
        </message>
        <message>
            <source>stresstest</source>
            <translation>ፈተና ጸቕጢ</translation>
        </message>
        <message>
            <source>terminbeløp</source>
            <translation>ወርሓዊ ክፍሊት</translation>
        </message>
        <message>
            <source>tilskudd</source>
            <translation>ሓገዝ</translation>
        </message>
        <message>
            <source>{amount} for lite</source>
            <translation>{amount} ይጎድል</translation>
        </message>
        <message>
            <source>{cost} etter fradrag</source>
            <translation>{cost} ድሕሪ ምጉዳል</translation>
        </message>
        <message>
            <source>{name} begynner på skolen og i SFO</source>
            <translation>{name} ትምህርቲ ቤትን ድሕሪ ትምህርቲ ክንክንን ይጅምር</translation>
        </message>
        <message>
            <source>{name} er ferdig med SFO</source>
            <translation>{name} ድሕሪ ትምህርቲ ክንክን ይውድእ</translation>
        </message>
        <message>
            <source>{name} fyller 18 år</source>
            <translation>{name} 18 ዓመት ይመልእ</translation>
        </message>
        <message>
            <source>{name} fyller {years} år</source>
            <translation>{name} {years} ዓመት ይመልእ</translation>
        </message>
        <message>
            <source>{share} % fast rente i {years} år og resten flytende</source>
            <translation>{share} % ን {years} ዓመት ቀዋሚ ወለድ፡ እቲ ዝተረፈ ዝቀያየር</translation>
        </message>
        <message>
            <source>«Igjen» er det som er igjen til livsopphold hver måned. Den svarte streken er det dere trenger: {need}. Grønt forbi streken er nok.</source>
            <translation>«ዝተረፈ» ኣብ ወርሒ ንመነባብሮ ዝተረፈ እዩ። እታ ጸላም መስመር ዘድልየኩም እያ፦ {need}። ካብ መስመር ንላዕሊ ዘሎ ቀጠልያ ይኣክል።</translation>
        </message>
        <message>
            <source>«{line}» er nedbetalt</source>
            <translation>«{line}» ተኸፊሉ ተወዲኡ</translation>
        </message>
        <message>
            <source>◀ Tilbake</source>
            <translation>◀ ንድሕሪት</translation>
        </message>
    </context>
</TS>
