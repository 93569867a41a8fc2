<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="so" sourcelanguage="nb_NO">
    <context>
        <name />
        <message>
            <source>, {amount} mer enn normen.</source>
            <translation>, {amount} ka badan heerka.</translation>
        </message>
        <message>
            <source>, {amount} mindre enn normen.</source>
            <translation>, {amount} ka yar heerka.</translation>
        </message>
        <message>
            <source>Alle flytende renter stiger like mye: {items}.</source>
            <translation>Dhammaan dulsaarka isbeddela si isku mid ah ayuu u kordhaa: {items}.</translation>
        </message>
        <message>
            <source>Andre boutgifter</source>
            <translation>Kharashyo kale oo guriga</translation>
        </message>
        <message>
            <source>Andre dagligvarer</source>
            <translation>Alaab kale oo maalinle ah</translation>
        </message>
        <message>
            <source>Andre faste utgifter (lån, kort, bidrag)</source>
            <translation>Kharashyo kale oo joogto ah (amaah, kaadh, masruuf)</translation>
        </message>
        <message>
            <source>Andre lån og faste utgifter</source>
            <translation>Amaah kale iyo kharashyo joogto ah</translation>
        </message>
        <message>
            <source>Annen lånetype enn kommunens vanlige (annuitet).</source>
            <translation>Nooc amaah oo ka duwan kan caadiga ah ee degmada (annuitet).</translation>
        </message>
        <message>
            <source>Ansvar for restgjeld etter et salg</source>
            <translation>Mas'uuliyadda deynta haray ka dib iibka</translation>
        </message>
        <message>
            <source>Ark til søkeren (PDF) …</source>
            <translation>Warqadda codsadaha (PDF) …</translation>
        </message>
        <message>
            <source>Av {income} hver måned går dette til livet:</source>
            <translation>{income} bishii, tan ayaa nolosha u baxda:</translation>
        </message>
        <message>
            <source>Avdragsfri periode: restbeløp {during}; med avdrag (fra måned {month}): {after}. Den svakeste perioden avgjør.</source>
            <translation>Muddada aan lacag-celinta lahayn: waxa haray {during}; lacag-celin (laga bilaabo bisha {month}): {after}. Muddada ugu daciifsan ayaa go'aamisa.</translation>
        </message>
        <message>
            <source>Avdragsfrihet utover kommunens vanlige ({years} år).</source>
            <translation>Muddo aan lacag-celin lahayn oo ka dheer tan caadiga ah ee degmada ({years} sano).</translation>
        </message>
        <message>
            <source>Banken vil regne med minst {rate} rente og at gjelden ikke er over 5 ganger inntekten.</source>
            <translation>Bangigu wuxuu ku xisaabtamayaa dulsaar ugu yaraan {rate} iyo in deyntu aanay ka badnayn 5 jeer dakhliga.</translation>
        </message>
        <message>
            <source>Banklån</source>
            <translation>Amaahda bangiga</translation>
        </message>
        <message>
            <source>Banklån ved siden av startlånet</source>
            <translation>Amaahda bangiga oo la socota amaahda bilowga</translation>
        </message>
        <message>
            <source>Barnehage</source>
            <translation>Xannaanada carruurta</translation>
        </message>
        <message>
            <source>Barnetrygd ({kids} × {rate})</source>
            <translation>Gunnada carruurta ({kids} × {rate})</translation>
        </message>
        <message>
            <source>Består: et banklån på restgjelden går opp ved bankenes krav med dagens inntekt.</source>
            <translation>Waa ku guulaystay: amaah bangi oo deynta haray ah waxay buuxisaa shuruudaha bangiyada dakhliga maanta.</translation>
        </message>
        <message>
            <source>Betalt ned de første 10 årene</source>
            <translation>Waxa la bixiyay 10-ka sano ee ugu horreeya</translation>
        </message>
        <message>
            <source>Bilkostnader</source>
            <translation>Kharashka baabuurta</translation>
        </message>
        <message>
            <source>Boutgiftene i den nye boligen blir {housing} per måned (startlånet {payment} og andre boutgifter {other_housing}), i tillegg til andre faste utgifter på {other}.</source>
            <translation>Kharashka guriga cusub wuxuu noqonayaa {housing} bishii (amaahda bilowga {payment} iyo kharashyo kale oo guriga {other_housing}), iyo weliba kharashyo kale oo joogto ah oo ah {other}.</translation>
        </message>
        <message>
            <source>Boutgifter</source>
            <translation>Kharashka guriga</translation>
        </message>
        <message>
            <source>Boutgifter utenom lånet</source>
            <translation>Kharashka guriga marka laga reebo amaahda</translation>
        </message>
        <message>
            <source>Bruttoinntekten</source>
            <translation>Dakhliga guud</translation>
        </message>
        <message>
            <source>Budsjettet går ikke opp hvis renten blir høyere enn {rate}.</source>
            <translation>Miisaaniyaddu ma dheellitirna haddii dulsaarku ka sarreeyo {rate}.</translation>
        </message>
        <message>
            <source>Budsjettet går ikke opp hvis renten blir høyere enn {rate}. Dagens rente: {today}. Stresstest: {stress}.</source>
            <translation>Miisaaniyaddu ma dheellitirna haddii dulsaarku ka sarreeyo {rate}. Dulsaarka maanta: {today}. Tijaabada cadaadiska: {stress}.</translation>
        </message>
        <message>
            <source>Budsjettet går ikke opp med dagens rente: {amount} mangler hver måned.</source>
            <translation>Miisaaniyaddu ma dheellitirna dulsaarka maanta: {amount} ayaa bil kasta dhiman.</translation>
        </message>
        <message>
            <source>Budsjettet går ikke opp selv uten rente.</source>
            <translation>Miisaaniyaddu ma dheellitirna xitaa dulsaar la'aan.</translation>
        </message>
        <message>
            <source>Bærekraftig</source>
            <translation>Waa la qaadi karaa</translation>
        </message>
        <message>
            <source>Dagens rente</source>
            <translation>Dulsaarka maanta</translation>
        </message>
        <message>
            <source>Den faste renten varer i {years} år; etter det blir terminbeløpet med dagens flytende rente {payment}.</source>
            <translation>Dulsaarka go'an wuxuu socdaa {years} sano; ka dib lacagta bishii ee dulsaarka isbeddela ee maanta waa {payment}.</translation>
        </message>
        <message>
            <source>Det dere betaler på lånet hver måned: renter og avdrag sammen.</source>
            <translation>Waxa aad bil kasta ku bixisaan amaahda: dulsaarka iyo lacag-celinta oo wada jira.</translation>
        </message>
        <message>
            <source>Det dere fortsatt skylder på lånet.</source>
            <translation>Waxa aad weli ku leedihiin amaahda.</translation>
        </message>
        <message>
            <source>Det er {share} av boligens verdi i dag, og {share20} om prisene faller 20 %.</source>
            <translation>Taasi waa {share} qiimaha guriga maanta, iyo {share20} haddii qiimuhu hoos u dhaco 20 %.</translation>
        </message>
        <message>
            <source>Dette går ikke opp</source>
            <translation>Tani ma dheellitirna</translation>
        </message>
        <message>
            <source>Dette går opp i dag, men ikke hvis renten stiger mye</source>
            <translation>Tani maanta way dheellitiran tahay, laakiin ma aha haddii dulsaarku aad u kordho</translation>
        </message>
        <message>
            <source>Dette går opp i dag, men ikke om noen år</source>
            <translation>Tani maanta way dheellitiran tahay, laakiin ma aha dhowr sano ka dib</translation>
        </message>
        <message>
            <source>Dette går opp, også hvis renten stiger til {rate}</source>
            <translation>Tani way dheellitiran tahay, xitaa haddii dulsaarku kor u kaco {rate}</translation>
        </message>
        <message>
            <source>Dette har vi forklart dere</source>
            <translation>Tan ayaan idiin sharraxnay</translation>
        </message>
        <message>
            <source>Dette kommer inn hver måned, etter skatt:</source>
            <translation>Tan ayaa bil kasta soo gala, canshuurta ka dib:</translation>
        </message>
        <message>
            <source>Dette koster boligen hver måned, i tillegg til lånet:</source>
            <translation>Tan ayuu guriga bil kasta ku kacaa, amaahda marka laga reebo:</translation>
        </message>
        <message>
            <source>Egne penger</source>
            <translation>Lacagtiinna</translation>
        </message>
        <message>
            <source>Eiendomsskatt</source>
            <translation>Canshuurta hantida</translation>
        </message>
        <message>
            <source>Eksempelsak</source>
            <translation>Kiis tusaale ah</translation>
        </message>
        <message>
            <source>En tid der dere bare betaler renter. Lånet blir ikke mindre.</source>
            <translation>Muddo aad dulsaarka oo keliya bixisaan. Amaahdu ma yaraato.</translation>
        </message>
        <message>
            <source>Et lån fra kommunen til å kjøpe en bolig, når banken ikke gir stort nok lån.</source>
            <translation>Amaah ka timid degmada si guri loo iibsado, marka bangigu aanu bixin amaah ku filan.</translation>
        </message>
        <message>
            <source>Etableringsgebyret</source>
            <translation>Khidmadda bixinta amaahda</translation>
        </message>
        <message>
            <source>Ett alternativ</source>
            <translation>Hal doorasho</translation>
        </message>
        <message>
            <source>Etter SIFOs referansebudsjett</source>
            <translation>Sida miisaaniyadda tixraaca SIFO</translation>
        </message>
        <message>
            <source>Fast rente kan ikke sies opp gratis: innfrir eller flytter dere lånet etter {years} år, og renten for resten av bindingstiden da er 1 prosentpoeng lavere, må dere betale om lag {pay} i overkurs. Er den 1 prosentpoeng høyere, får dere om lag {gain} i underkurs.</source>
            <translation>Dulsaarka go'an lama joojin karo lacag la'aan: haddii aad bixisaan ama u wareejisaan amaahda {years} sano ka dib, dulsaarka inta ka hartay muddaduna uu 1 dhibic boqolley ka hooseeyo, waa inaad bixisaan qiyaastii {pay} magdhow ah. Haddii uu 1 dhibic boqolley ka sarreeyo, waxaad helaysaan qiyaastii {gain}.</translation>
        </message>
        <message>
            <source>Felleskostnader</source>
            <translation>Kharashyada wadaagga ah (iskaashatada)</translation>
        </message>
        <message>
            <source>Festeavgift</source>
            <translation>Kirada dhulka</translation>
        </message>
        <message>
            <source>Flytt på renten og se hva som skjer med «{scenario}» og «{other}»:</source>
            <translation>Dhaqaaji dulsaarka oo eeg waxa ku dhacaya «{scenario}» iyo «{other}»:</translation>
        </message>
        <message>
            <source>Flytt på renten og se hva som skjer med «{scenario}»:</source>
            <translation>Dhaqaaji dulsaarka oo eeg waxa ku dhacaya «{scenario}»:</translation>
        </message>
        <message>
            <source>Forsikring</source>
            <translation>Caymiska</translation>
        </message>
        <message>
            <source>Fyll inn lånebeløp</source>
            <translation>Geli qadarka amaahda</translation>
        </message>
        <message>
            <source>Fyll inn lånebeløpet, eller velg «Bruk største lån».</source>
            <translation>Geli qadarka amaahda, ama dooro «Bruk største lån».</translation>
        </message>
        <message>
            <source>Førstegangslån: lånet slutter etter 10 år</source>
            <translation>Amaahda guriga koowaad: amaahdu waxay dhammaataa 10 sano ka dib</translation>
        </message>
        <message>
            <source>Førstegangslånet har samme terminbeløp som et startlån over 30 år, men løper bare i 10 år. Da står det igjen {balance} som dere må refinansiere i en bank, eller søke vurdert for et vanlig startlån.</source>
            <translation>Amaahda guriga koowaad waxay leedahay lacag bishii oo la mid ah amaahda bilowga ee 30 sano, laakiin waxay socotaa 10 sano oo keliya. Markaas waxa hadhaya {balance} oo ay tahay inaad bangi dib ugu maalgelisaan, ama aad codsataan in laydinku qiimeeyo amaah bilow oo caadi ah.</translation>
        </message>
        <message>
            <source>Førstegangslånet krever minst 5 % egenkapital ({need}); saken har {have} ({pct}).</source>
            <translation>Amaahda guriga koowaad waxay u baahan tahay ugu yaraan 5 % lacag idinka ah ({need}); kiisku wuxuu leeyahay {have} ({pct}).</translation>
        </message>
        <message>
            <source>Gjennomgang</source>
            <translation>Dib-u-eegis tallaabo-tallaabo</translation>
        </message>
        <message>
            <source>Går ikke opp over</source>
            <translation>Ma dheellitirna wixii ka sarreeya</translation>
        </message>
        <message>
            <source>Går opp med dagens rente.</source>
            <translation>Way dheellitiran tahay dulsaarka maanta.</translation>
        </message>
        <message>
            <source>Går opp også ved stresstest ({rate}).</source>
            <translation>Way dheellitiran tahay xitaa tijaabada cadaadiska ({rate}).</translation>
        </message>
        <message>
            <source>Husbankens renter</source>
            <translation>Dulsaarka Husbanken</translation>
        </message>
        <message>
            <source>Husholdningsartikler</source>
            <translation>Alaabta guriga</translation>
        </message>
        <message>
            <source>Husleie</source>
            <translation>Kirada</translation>
        </message>
        <message>
            <source>Husleie i dag er ikke oppgitt.</source>
            <translation>Kirada maanta lama sheegin.</translation>
        </message>
        <message>
            <source>Husleie i dag: {rent}.</source>
            <translation>Kirada maanta: {rent}.</translation>
        </message>
        <message>
            <source>Husstanden kan betjene et startlån på inntil {amount}.</source>
            <translation>Qoysku wuxuu bixin karaa amaah bilow oo gaaraysa {amount}.</translation>
        </message>
        <message>
            <source>Husstanden kan ikke betjene noe startlån med dette budsjettet: ved stresstest er det ingenting igjen til å betale på et lån (disponibelt til startlån i dag: {amount} per måned).</source>
            <translation>Qoysku ma bixin karo wax amaah bilow ah miisaaniyaddan: tijaabada cadaadiska kama hadhayso wax lagu bixiyo amaah (waxa maanta u diyaar ah amaahda bilowga: {amount} bishii).</translation>
        </message>
        <message>
            <source>Hva boligen koster utenom lånet</source>
            <translation>Waxa guriga ku kaca amaahda marka laga reebo</translation>
        </message>
        <message>
            <source>Hva livet koster</source>
            <translation>Waxa noloshu ku kacdo</translation>
        </message>
        <message>
            <source>Hva lånet koster over tid</source>
            <translation>Waxa amaahdu ku kacdo muddo ka dib</translation>
        </message>
        <message>
            <source>Hva som skjer når renten stiger</source>
            <translation>Waxa dhaca marka dulsaarku kordho</translation>
        </message>
        <message>
            <source>Hver måned</source>
            <translation>Bil kasta</translation>
        </message>
        <message>
            <source>Hvis boligen må selges etter {years} år og prisene har falt {fall} %, dekker salget gjelden, og dere sitter igjen med om lag {amount}.</source>
            <translation>Haddii guriga la iibiyo {years} sano ka dib oo qiimuhu hoos u dhacay {fall} %, iibku wuxuu daboolayaa deynta, waxaana idiin hadhaya qiyaastii {amount}.</translation>
        </message>
        <message>
            <source>Hvis boligen må selges etter {years} år og prisene har falt {fall} %, står dere igjen med {amount} i gjeld.</source>
            <translation>Haddii guriga la iibiyo {years} sano ka dib oo qiimuhu hoos u dhacay {fall} %, waxaa idin ku hadhaya {amount} deyn ah.</translation>
        </message>
        <message>
            <source>Hvis boligen selges for mindre enn det dere skylder, må dere fortsatt betale resten av gjelden.</source>
            <translation>Haddii guriga lagu iibiyo wax ka yar waxa aad ku leedihiin, weli waa inaad bixisaan deynta inteeda kale.</translation>
        </message>
        <message>
            <source>Hvis lånet ikke betales, kan kommunen til slutt kreve boligen solgt (tvangssalg). Ta kontakt med kommunen med en gang hvis dere får problemer med å betale: da finnes det ofte løsninger, som avdragsfrihet eller lengre nedbetalingstid.</source>
            <translation>Haddii amaahda aan la bixin, degmadu ugu dambayn waxay dalban kartaa in guriga la iibiyo (iib qasab ah). Isla markiiba la xiriira degmada haddii aad dhib ku qabtaan bixinta: markaas inta badan waxaa jira xalal, sida muddo aan lacag-celin lahayn ama muddo lacag-celin oo dheer.</translation>
        </message>
        <message>
            <source>Hvis renten stiger</source>
            <translation>Haddii dulsaarku kordho</translation>
        </message>
        <message>
            <source>Hvis renten stiger ({rate})</source>
            <translation>Haddii dulsaarku kordho ({rate})</translation>
        </message>
        <message>
            <source>Hvis renten stiger til {rate}, blir terminbeløpet {payment}.</source>
            <translation>Haddii dulsaarku kor u kaco {rate}, lacagta bishii waxay noqonaysaa {payment}.</translation>
        </message>
        <message>
            <source>I dag ({rate})</source>
            <translation>Maanta ({rate})</translation>
        </message>
        <message>
            <source>I {month} mangler {amount} hver måned (dagens kroner og renter; størst fall i {since}: {causes}).</source>
            <translation>{month} waxaa bil kasta dhiman doona {amount} (lacagta iyo dulsaarka maanta; hoos u dhaca ugu weyn {since}: {causes}).</translation>
        </message>
        <message>
            <source>Igjen</source>
            <translation>Hadhay</translation>
        </message>
        <message>
            <source>Igjen etter 10 år</source>
            <translation>Waxa hadhaya 10 sano ka dib</translation>
        </message>
        <message>
            <source>Igjen hver måned: {left} ({enough})</source>
            <translation>Waxa hadhaya bil kasta: {left} ({enough})</translation>
        </message>
        <message>
            <source>Igjen hver måned: {left}, behov {need}</source>
            <translation>Waxa hadhaya bil kasta: {left}, baahida {need}</translation>
        </message>
        <message>
            <source>Igjen til livsopphold</source>
            <translation>Waxa u hadhay nolosha</translation>
        </message>
        <message>
            <source>Igjen: {amount}</source>
            <translation>Hadhay: {amount}</translation>
        </message>
        <message>
            <source>Ikke bærekraftig</source>
            <translation>Lama qaadi karo</translation>
        </message>
        <message>
            <source>Klær og sko</source>
            <translation>Dharka iyo kabaha</translation>
        </message>
        <message>
            <source>Kommunale avgifter</source>
            <translation>Khidmadaha degmada</translation>
        </message>
        <message>
            <source>Laget {date} for {names}.</source>
            <translation>La sameeyay {date} loogu talagalay {names}.</translation>
        </message>
        <message>
            <source>Lang løpetid bygger egenkapital sakte: etter 10 år skylder dere om lag {b30} med 30 års løpetid, men {b50} med 50 år.</source>
            <translation>Muddo dheer waxay si tartiib ah u dhistaa hantida: 10 sano ka dib waxaad ku lahaan doontaan qiyaastii {b30} muddo 30 sano ah, laakiin {b50} muddo 50 sano ah.</translation>
        </message>
        <message>
            <source>Laveste beløp vi kan regne med (NAV)</source>
            <translation>Qadarka ugu yar ee aan ku tiirsanaan karno (NAV)</translation>
        </message>
        <message>
            <source>Leie av en egnet bolig: {rent}.</source>
            <translation>Kirada guri ku habboon: {rent}.</translation>
        </message>
        <message>
            <source>Lek, sport og mediebruk</source>
            <translation>Ciyaar, isboorti iyo warbaahin</translation>
        </message>
        <message>
            <source>Livsopphold</source>
            <translation>Kharashka nolosha</translation>
        </message>
        <message>
            <source>Lånealternativene</source>
            <translation>Doorashooyinka amaahda</translation>
        </message>
        <message>
            <source>Lånebeløpet</source>
            <translation>Qadarka amaahda</translation>
        </message>
        <message>
            <source>Lånebeløpet er ikke fylt inn</source>
            <translation>Qadarka amaahda lama gelin</translation>
        </message>
        <message>
            <source>Lånebeløpet er ikke fylt inn. Husstanden kan betjene et startlån på inntil {amount} (stresstest).</source>
            <translation>Qadarka amaahda lama gelin. Qoysku wuxuu bixin karaa amaah bilow oo gaaraysa {amount} (tijaabada cadaadiska).</translation>
        </message>
        <message>
            <source>Lånet vi har sett på: «{scenario}», {amount}.</source>
            <translation>Amaahda aan eegnay: «{scenario}», {amount}.</translation>
        </message>
        <message>
            <source>Lånet: {amount}</source>
            <translation>Amaahda: {amount}</translation>
        </message>
        <message>
            <source>Løpetid over kommunens vanlige {years} år (inntil 50 år i særlige tilfeller).</source>
            <translation>Muddo ka dheer {years} sano ee caadiga ah ee degmada (ilaa 50 sano xaaladaha gaarka ah).</translation>
        </message>
        <message>
            <source>Maskinoversatt – ikke kvalitetssikret</source>
            <translation>Turjumaad mashiin – lama hubin</translation>
        </message>
        <message>
            <source>Mat og drikke</source>
            <translation>Cunto iyo cabbitaan</translation>
        </message>
        <message>
            <source>Mat, klær, transport og annet dere trenger hver måned:</source>
            <translation>Cunto, dhar, gaadiid iyo waxyaabo kale oo aad bil kasta u baahan tihiin:</translation>
        </message>
        <message>
            <source>Med dagens inntekt: {verdict}</source>
            <translation>Dakhliga maanta: {verdict}</translation>
        </message>
        <message>
            <source>Med dagens rente mangler {amount} hver måned.</source>
            <translation>Dulsaarka maanta {amount} ayaa bil kasta dhiman.</translation>
        </message>
        <message>
            <source>Med deres egne tall</source>
            <translation>Tirooyinkiinna</translation>
        </message>
        <message>
            <source>Med dette budsjettet kan husstanden ikke betjene noe startlån, heller ikke med {years} års løpetid: ved stresstest er det ingenting igjen til å betale på et lån.</source>
            <translation>Miisaaniyaddan qoysku ma bixin karo wax amaah bilow ah, xitaa muddo {years} sano ah: tijaabada cadaadiska kama hadhayso wax lagu bixiyo amaah.</translation>
        </message>
        <message>
            <source>Med flytende rente blir det ingen over- eller underkurs om dere innfrir eller flytter lånet.</source>
            <translation>Dulsaarka isbeddela ma laha wax magdhow ah haddii aad bixisaan ama u wareejisaan amaahda.</translation>
        </message>
        <message>
            <source>Med {rate}</source>
            <translation>Marka dulsaarku yahay {rate}</translation>
        </message>
        <message>
            <source>Med {years} års løpetid og {rate} blir terminbeløpet {payment} i måneden, og dere har {left} igjen til livsopphold hver måned</source>
            <translation>Muddo {years} sano ah iyo {rate}, lacagta bishii waa {payment}, waxaana idiin hadhaya {left} nolosha bil kasta</translation>
        </message>
        <message>
            <source>Med «{scenario}» betaler dere {interest} i renter og {fees} i gebyrer over {years} år, til sammen {paid} for et lån på {amount}. Effektiv rente er {effective}. Lengre løpetid gir lavere terminbeløp, men mer renter totalt.</source>
            <translation>«{scenario}» waxaad bixinaysaan {interest} dulsaar ah iyo {fees} khidmado ah {years} sano gudahood, wadar ahaan {paid} amaah dhan {amount}. Dulsaarka dhabta ah waa {effective}. Muddo dheer waxay keentaa lacag bishii oo yar, laakiin dulsaar badan guud ahaan.</translation>
        </message>
        <message>
            <source>Mediebruk og fritid</source>
            <translation>Warbaahinta iyo waqtiga firaaqada</translation>
        </message>
        <message>
            <source>Månedlige kostnader i ny bolig sammenlignet med husleie i dag</source>
            <translation>Kharashka bishii ee guriga cusub marka la barbar dhigo kirada maanta</translation>
        </message>
        <message>
            <source>Møbler</source>
            <translation>Alaabta guriga (fadhiga)</translation>
        </message>
        <message>
            <source>NAVs veiledende satser for økonomisk stønad</source>
            <translation>Heerarka gargaarka dhaqaale ee NAV</translation>
        </message>
        <message>
            <source>Neste ▶</source>
            <translation>Xiga ▶</translation>
        </message>
        <message>
            <source>Norges Banks styringsrente</source>
            <translation>Dulsaarka siyaasadda Norges Bank</translation>
        </message>
        <message>
            <source>Nyere tall kan gjelde på saksdatoen, kontroller: {sources}.</source>
            <translation>Tirooyin cusub ayaa laga yaabaa inay khuseeyaan taariikhda kiiska, hubi: {sources}.</translation>
        </message>
        <message>
            <source>Når bindingstiden er over ({rate})</source>
            <translation>Marka muddada dulsaarka go'an dhammaato ({rate})</translation>
        </message>
        <message>
            <source>Når bindingstiden på {years} år er over, blir terminbeløpet med dagens flytende rente {payment} per måned.</source>
            <translation>Marka muddada {years} sano ee dulsaarka go'an dhammaato, lacagta bishii ee dulsaarka isbeddela ee maanta waa {payment}.</translation>
        </message>
        <message>
            <source>Oppsummert</source>
            <translation>Soo koobid</translation>
        </message>
        <message>
            <source>Ordliste</source>
            <translation>Qaamuus</translation>
        </message>
        <message>
            <source>Over (+) eller under (−) normen</source>
            <translation>Ka sarreeya (+) ama ka hooseeya (−) heerka</translation>
        </message>
        <message>
            <source>Pause – trykk B for å fortsette</source>
            <translation>Hakad – riix B si aad u sii wadato</translation>
        </message>
        <message>
            <source>Pengene dere har</source>
            <translation>Lacagta aad haysataan</translation>
        </message>
        <message>
            <source>Penger til boligen som ikke skal betales tilbake.</source>
            <translation>Lacag guriga loogu talagalay oo aan dib loo celinayn.</translation>
        </message>
        <message>
            <source>Pensjonen</source>
            <translation>Hawlgabka</translation>
        </message>
        <message>
            <source>Personlig pleie</source>
            <translation>Daryeelka shakhsiga</translation>
        </message>
        <message>
            <source>Prisen for å låne penger, i prosent av lånet per år.</source>
            <translation>Qiimaha lacag amaahashada, boqolley amaahda sannadkii.</translation>
        </message>
        <message>
            <source>Reisekostnader (kollektiv)</source>
            <translation>Gaadiidka (dadweynaha)</translation>
        </message>
        <message>
            <source>Rente</source>
            <translation>Dulsaar</translation>
        </message>
        <message>
            <source>Rente: {rate}</source>
            <translation>Dulsaar: {rate}</translation>
        </message>
        <message>
            <source>Rentefradrag banklån (skatteverdi)</source>
            <translation>Ka-jarista dulsaarka, amaahda bangiga (qiimaha canshuurta)</translation>
        </message>
        <message>
            <source>Renten</source>
            <translation>Dulsaarka</translation>
        </message>
        <message>
            <source>Renten er den samme i hele bindingstiden, for eksempel i 5 år.</source>
            <translation>Dulsaarku waa isku mid muddada oo dhan, tusaale ahaan 5 sano.</translation>
        </message>
        <message>
            <source>Renten etter bindingstiden</source>
            <translation>Dulsaarka ka dib muddada go'an</translation>
        </message>
        <message>
            <source>Renten kan endre seg. Ved {rate} rente blir terminbeløpet {payment} per måned, og restbeløpet blir {residual} per måned.</source>
            <translation>Dulsaarku wuu isbeddeli karaa. Marka dulsaarku yahay {rate}, lacagta bishii waa {payment}, waxa hadhayana waa {residual} bishii.</translation>
        </message>
        <message>
            <source>Renten kan gå opp eller ned underveis.</source>
            <translation>Dulsaarku wuu kici karaa ama hoos u dhici karaa inta lagu jiro.</translation>
        </message>
        <message>
            <source>Ring kommunen og spør etter startlån.</source>
            <translation>Wac degmada oo weydii amaahda bilowga.</translation>
        </message>
        <message>
            <source>Ring {municipality} og spør etter startlån.</source>
            <translation>Wac {municipality} oo weydii amaahda bilowga.</translation>
        </message>
        <message>
            <source>SFO/AKS</source>
            <translation>Daryeelka iskuulka kadib (SFO/AKS)</translation>
        </message>
        <message>
            <source>SIFO referansebudsjett {year}</source>
            <translation>Miisaaniyadda tixraaca SIFO {year}</translation>
        </message>
        <message>
            <source>Salgskostnader ved tvangssalg (forslag)</source>
            <translation>Kharashka iibka marka iib qasab ah la sameeyo (soo jeedin)</translation>
        </message>
        <message>
            <source>Skatteregler {year}</source>
            <translation>Xeerarka canshuurta {year}</translation>
        </message>
        <message>
            <source>Slik betales boligen ({total})</source>
            <translation>Sida guriga loo bixiyo ({total})</translation>
        </message>
        <message>
            <source>Slik betales boligen ({total}): egne penger {equity}, banklån {bank}, startlån {startlan}</source>
            <translation>Sida guriga loo bixiyo ({total}): lacagtiinna {equity}, amaahda bangiga {bank}, amaahda bilowga {startlan}</translation>
        </message>
        <message>
            <source>Slik fordeles inntekten på {income} hver måned med «{scenario}»:</source>
            <translation>Sida dakhliga {income} bishii loo qaybiyo «{scenario}»:</translation>
        </message>
        <message>
            <source>Slik fordeles inntekten på {income} hver måned:</source>
            <translation>Sida dakhliga {income} bishii loo qaybiyo:</translation>
        </message>
        <message>
            <source>Spedbarnsutstyr</source>
            <translation>Qalabka ilmaha yar</translation>
        </message>
        <message>
            <source>Språk</source>
            <translation>Luqadda</translation>
        </message>
        <message>
            <source>Spørsmål? Problemer med å betale?</source>
            <translation>Su'aalo? Dhib ma ku qabtaan bixinta?</translation>
        </message>
        <message>
            <source>Startlån</source>
            <translation>Amaahda bilowga</translation>
        </message>
        <message>
            <source>Startlån – det viktigste for dere</source>
            <translation>Amaahda bilowga – waxa ugu muhiimsan idiinka</translation>
        </message>
        <message>
            <source>Startlånet</source>
            <translation>Amaahda bilowga</translation>
        </message>
        <message>
            <source>Startlånet etter rentefradrag</source>
            <translation>Amaahda bilowga ka dib ka-jarista dulsaarka</translation>
        </message>
        <message>
            <source>Startlånet koster {payment} i måneden. Dere har {left} igjen til mat, klær og annet livsopphold; det dere trenger etter normen er {need}.</source>
            <translation>Amaahda bilowga waxay ku kacaysaa {payment} bishii. Waxaa idiin hadhaya {left} cunto, dhar iyo kharashyo kale oo nolosha; waxa aad u baahan tihiin sida heerka waa {need}.</translation>
        </message>
        <message>
            <source>Steg {step} av {steps}: {title}</source>
            <translation>Tallaabada {step} ee {steps}: {title}</translation>
        </message>
        <message>
            <source>Stramt</source>
            <translation>Cidhiidhi</translation>
        </message>
        <message>
            <source>Stresstest</source>
            <translation>Tijaabada cadaadiska</translation>
        </message>
        <message>
            <source>Stresstesten regner banklånet etter bankenes regel ({rate}), ikke med samme renteøkning som kurven; derfor ligger stresspunktet utenfor kurven.</source>
            <translation>Tijaabada cadaadisku waxay amaahda bangiga ku xisaabisaa xeerka bangiyada ({rate}), ee ma aha koror dulsaar oo la mid ah qalooca; sidaas darteed barta tijaabadu waxay ka baxsan tahay qalooca.</translation>
        </message>
        <message>
            <source>Strøm og oppvarming</source>
            <translation>Korontada iyo kululaynta</translation>
        </message>
        <message>
            <source>Styringsrenten {rate} + {pp} prosentpoeng (Husbanken)</source>
            <translation>Dulsaarka siyaasadda {rate} + {pp} dhibcood boqolley (Husbanken)</translation>
        </message>
        <message>
            <source>Termingebyret</source>
            <translation>Khidmadda lacag-bixinta</translation>
        </message>
        <message>
            <source>Til boligen og lånet</source>
            <translation>Guriga iyo amaahda</translation>
        </message>
        <message>
            <source>Til sammen</source>
            <translation>Wadar</translation>
        </message>
        <message>
            <source>Til sammen {amount} hver måned</source>
            <translation>Wadar {amount} bishii</translation>
        </message>
        <message>
            <source>Til sammenligning: husleie i dag</source>
            <translation>Isbarbardhig: kirada maanta</translation>
        </message>
        <message>
            <source>Tilskudd</source>
            <translation>Deeq</translation>
        </message>
        <message>
            <source>Trangest i {year}: {amount} i måneden ({month}). Størst fall i {since}: {causes}.</source>
            <translation>Ugu cidhiidhsan {year}: {amount} bishii ({month}). Hoos u dhaca ugu weyn {since}: {causes}.</translation>
        </message>
        <message>
            <source>Trykk O for å lukke ordlisten.</source>
            <translation>Riix O si aad u xirto qaamuuska.</translation>
        </message>
        <message>
            <source>Tvangssalg hvis lånet ikke betales</source>
            <translation>Iib qasab ah haddii amaahda aan la bixin</translation>
        </message>
        <message>
            <source>Ved siden av: {scenario}</source>
            <translation>Agtiisa: {scenario}</translation>
        </message>
        <message>
            <source>Ved stresstest ({rate}) mangler {amount} hver måned.</source>
            <translation>Tijaabada cadaadiska ({rate}) {amount} ayaa bil kasta dhiman.</translation>
        </message>
        <message>
            <source>Ved {rate} har dere fortsatt {amount} mer enn normen hver måned.</source>
            <translation>Marka dulsaarku yahay {rate} weli waxaad haysataan {amount} ka badan heerka bil kasta.</translation>
        </message>
        <message>
            <source>Vedlikehold</source>
            <translation>Dayactirka</translation>
        </message>
        <message>
            <source>Velger dere «{scenario}»:</source>
            <translation>Haddii aad doorataan «{scenario}»:</translation>
        </message>
        <message>
            <source>Vi regner med til livsopphold</source>
            <translation>Waxa aan nolosha u xisaabinno</translation>
        </message>
        <message>
            <source>Vi regner ut om dere klarer lånet også hvis renten stiger mye.</source>
            <translation>Waxaan xisaabinnaa inaad amaahda qaadi kartaan xitaa haddii dulsaarku aad u kordho.</translation>
        </message>
        <message>
            <source>Vis ved siden av</source>
            <translation>Agtiisa ku tus</translation>
        </message>
        <message>
            <source>april</source>
            <translation>Abriil</translation>
        </message>
        <message>
            <source>august</source>
            <translation>Agoosto</translation>
        </message>
        <message>
            <source>avdragsfri</source>
            <translation>aan lacag-celin lahayn</translation>
        </message>
        <message>
            <source>avdragsfriheten slutter</source>
            <translation>muddada aan lacag-celinta lahayn way dhammaanaysaa</translation>
        </message>
        <message>
            <source>banklånet</source>
            <translation>amaahda bangiga</translation>
        </message>
        <message>
            <source>barnetrygden for {name} faller bort</source>
            <translation>gunnada ilmaha ee {name} way joogsanaysaa</translation>
        </message>
        <message>
            <source>bindingstiden slutter</source>
            <translation>muddada dulsaarka go'an way dhammaanaysaa</translation>
        </message>
        <message>
            <source>desember</source>
            <translation>Disembar</translation>
        </message>
        <message>
            <source>fast rente</source>
            <translation>dulsaar go'an</translation>
        </message>
        <message>
            <source>fast rente i {years} år</source>
            <translation>dulsaar go'an {years} sano</translation>
        </message>
        <message>
            <source>februar</source>
            <translation>Febraayo</translation>
        </message>
        <message>
            <source>flytende rente</source>
            <translation>dulsaar isbeddela</translation>
        </message>
        <message>
            <source>januar</source>
            <translation>Janaayo</translation>
        </message>
        <message>
            <source>juli</source>
            <translation>Luulyo</translation>
        </message>
        <message>
            <source>juni</source>
            <translation>Juun</translation>
        </message>
        <message>
            <source>lån med flytende rente</source>
            <translation>amaah dulsaar isbeddela leh</translation>
        </message>
        <message>
            <source>mai</source>
            <translation>Maajo</translation>
        </message>
        <message>
            <source>mars</source>
            <translation>Maarso</translation>
        </message>
        <message>
            <source>nok</source>
            <translation>waa ku filan</translation>
        </message>
        <message>
            <source>november</source>
            <translation>Nofembar</translation>
        </message>
        <message>
            <source>og tilskudd {amount}.</source>
            <translation>iyo deeq {amount}.</translation>
        </message>
        <message>
            <source>oktober</source>
            <translation>Oktoobar</translation>
        </message>
        <message>
            <source>rente</source>
            <translation>dulsaar</translation>
        </message>
        <message>
            <source>restgjeld</source>
            <translation>deynta haray</translation>
        </message>
        <message>
            <source>september</source>
            <translation>Sebtembar</translation>
        </message>
        <message>
            <source>startlån</source>
            <translation>amaahda bilowga</translation>
        </message>
        <message>
            <source>startlånet</source>
            <translation>amaahda bilowga</translation>
        </message>
        <message>
            <source>stresstest</source>
            <translation>tijaabada cadaadiska</translation>
        </message>
        <message>
            <source>terminbeløp</source>
            <translation>lacagta bishii</translation>
        </message>
        <message>
            <source>tilskudd</source>
            <translation>deeq</translation>
        </message>
        <message>
            <source>{amount} for lite</source>
            <translation>{amount} ayaa ka yar</translation>
        </message>
        <message>
            <source>{cost} etter fradrag</source>
            <translation>{cost} ka-jarista ka dib</translation>
        </message>
        <message>
            <source>{name} begynner på skolen og i SFO</source>
            <translation>{name} wuxuu bilaabayaa iskuulka iyo daryeelka kadib iskuulka</translation>
        </message>
        <message>
            <source>{name} er ferdig med SFO</source>
            <translation>{name} wuxuu dhammeeyay daryeelka kadib iskuulka</translation>
        </message>
        <message>
            <source>{name} fyller 18 år</source>
            <translation>{name} wuxuu gaarayaa 18 sano</translation>
        </message>
        <message>
            <source>{name} fyller {years} år</source>
            <translation>{name} wuxuu gaarayaa {years} sano</translation>
        </message>
        <message>
            <source>{share} % fast rente i {years} år og resten flytende</source>
            <translation>{share} % dulsaar go'an {years} sano, inta kale isbeddela</translation>
        </message>
        <message>
            <source>«Igjen» er det som er igjen til livsopphold hver måned. Den svarte streken er det dere trenger: {need}. Grønt forbi streken er nok.</source>
            <translation>«Hadhay» waa waxa nolosha u hadha bil kasta. Xariiqda madow waa waxa aad u baahan tihiin: {need}. Cagaarka ka gudba xariiqda waa ku filan.</translation>
        </message>
        <message>
            <source>«{line}» er nedbetalt</source>
            <translation>«{line}» waa la bixiyay</translation>
        </message>
        <message>
            <source>◀ Tilbake</source>
            <translation>◀ Dib</translation>
        </message>
    </context>
</TS>
