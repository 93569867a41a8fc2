<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="nb_NO">
    <context>
        <name />
        <message>
            <source>, {amount} mer enn normen.</source>
            <translation>, {amount} більше за норму.</translation>
        </message>
        <message>
            <source>, {amount} mindre enn normen.</source>
            <translation>, {amount} менше за норму.</translation>
        </message>
        <message>
            <source>Alle flytende renter stiger like mye: {items}.</source>
            <translation>Усі плаваючі ставки зростають однаково: {items}.</translation>
        </message>
        <message>
            <source>Andre boutgifter</source>
            <translation>Інші витрати на житло</translation>
        </message>
        <message>
            <source>Andre dagligvarer</source>
            <translation>Інші повсякденні товари</translation>
        </message>
        <message>
            <source>Andre faste utgifter (lån, kort, bidrag)</source>
            <translation>Інші постійні витрати (кредити, картки, аліменти)</translation>
        </message>
        <message>
            <source>Andre lån og faste utgifter</source>
            <translation>Інші кредити та постійні витрати</translation>
        </message>
        <message>
            <source>Annen lånetype enn kommunens vanlige (annuitet).</source>
            <translation>Тип кредиту інший, ніж звичайний у комуні (ануїтет).</translation>
        </message>
        <message>
            <source>Ansvar for restgjeld etter et salg</source>
            <translation>Відповідальність за залишок боргу після продажу</translation>
        </message>
        <message>
            <source>Ark til søkeren (PDF) …</source>
            <translation>Аркуш для заявника (PDF) …</translation>
        </message>
        <message>
            <source>Av {income} hver måned går dette til livet:</source>
            <translation>З {income} щомісяця ось стільки йде на життя:</translation>
        </message>
        <message>
            <source>Avdragsfri periode: restbeløp {during}; med avdrag (fra måned {month}): {after}. Den svakeste perioden avgjør.</source>
            <translation>Період без погашення основної суми: залишок {during}; з погашенням (з місяця {month}): {after}. Вирішує слабший період.</translation>
        </message>
        <message>
            <source>Avdragsfrihet utover kommunens vanlige ({years} år).</source>
            <translation>Період без погашення довший, ніж звичайний у комуні ({years} р.).</translation>
        </message>
        <message>
            <source>Banken vil regne med minst {rate} rente og at gjelden ikke er over 5 ganger inntekten.</source>
            <translation>Банк розраховуватиме ставку щонайменше {rate} і що борг не перевищує 5-кратного доходу.</translation>
        </message>
        <message>
            <source>Banklån</source>
            <translation>Банківський кредит</translation>
        </message>
        <message>
            <source>Banklån ved siden av startlånet</source>
            <translation>Банківський кредит поряд зі стартовою позикою</translation>
        </message>
        <message>
            <source>Barnehage</source>
            <translation>Дитячий садок</translation>
        </message>
        <message>
            <source>Barnetrygd ({kids} × {rate})</source>
            <translation>Допомога на дітей ({kids} × {rate})</translation>
        </message>
        <message>
            <source>Består: et banklån på restgjelden går opp ved bankenes krav med dagens inntekt.</source>
            <translation>Пройдено: банківський кредит на залишок боргу відповідає вимогам банків за нинішнього доходу.</translation>
        </message>
        <message>
            <source>Betalt ned de første 10 årene</source>
            <translation>Погашено за перші 10 років</translation>
        </message>
        <message>
            <source>Bilkostnader</source>
            <translation>Витрати на автомобіль</translation>
        </message>
        <message>
            <source>Boutgiftene i den nye boligen blir {housing} per måned (startlånet {payment} og andre boutgifter {other_housing}), i tillegg til andre faste utgifter på {other}.</source>
            <translation>Витрати на нове житло становитимуть {housing} на місяць (стартова позика {payment} та інші витрати на житло {other_housing}), а також інші постійні витрати {other}.</translation>
        </message>
        <message>
            <source>Boutgifter</source>
            <translation>Витрати на житло</translation>
        </message>
        <message>
            <source>Boutgifter utenom lånet</source>
            <translation>Витрати на житло без кредиту</translation>
        </message>
        <message>
            <source>Bruttoinntekten</source>
            <translation>Валовий дохід</translation>
        </message>
        <message>
            <source>Budsjettet går ikke opp hvis renten blir høyere enn {rate}.</source>
            <translation>Бюджет не сходиться, якщо ставка буде вищою за {rate}.</translation>
        </message>
        <message>
            <source>Budsjettet går ikke opp hvis renten blir høyere enn {rate}. Dagens rente: {today}. Stresstest: {stress}.</source>
            <translation>Бюджет не сходиться, якщо ставка буде вищою за {rate}. Сьогоднішня ставка: {today}. Стрес-тест: {stress}.</translation>
        </message>
        <message>
            <source>Budsjettet går ikke opp med dagens rente: {amount} mangler hver måned.</source>
            <translation>Бюджет не сходиться за нинішньої ставки: щомісяця бракує {amount}.</translation>
        </message>
        <message>
            <source>Budsjettet går ikke opp selv uten rente.</source>
            <translation>Бюджет не сходиться навіть без відсотків.</translation>
        </message>
        <message>
            <source>Bærekraftig</source>
            <translation>Стійкий</translation>
        </message>
        <message>
            <source>Dagens rente</source>
            <translation>Сьогоднішня ставка</translation>
        </message>
        <message>
            <source>Den faste renten varer i {years} år; etter det blir terminbeløpet med dagens flytende rente {payment}.</source>
            <translation>Фіксована ставка діє {years} р.; після цього щомісячний платіж за нинішньою плаваючою ставкою становитиме {payment}.</translation>
        </message>
        <message>
            <source>Det dere betaler på lånet hver måned: renter og avdrag sammen.</source>
            <translation>Те, що ви платите за кредитом щомісяця: відсотки й погашення разом.</translation>
        </message>
        <message>
            <source>Det dere fortsatt skylder på lånet.</source>
            <translation>Те, що ви ще винні за кредитом.</translation>
        </message>
        <message>
            <source>Det er {share} av boligens verdi i dag, og {share20} om prisene faller 20 %.</source>
            <translation>Це {share} вартості житла сьогодні і {share20}, якщо ціни впадуть на 20 %.</translation>
        </message>
        <message>
            <source>Dette går ikke opp</source>
            <translation>Це не сходиться</translation>
        </message>
        <message>
            <source>Dette går opp i dag, men ikke hvis renten stiger mye</source>
            <translation>Сьогодні це сходиться, але не тоді, коли ставка сильно зросте</translation>
        </message>
        <message>
            <source>Dette går opp i dag, men ikke om noen år</source>
            <translation>Сьогодні це сходиться, але не через кілька років</translation>
        </message>
        <message>
            <source>Dette går opp, også hvis renten stiger til {rate}</source>
            <translation>Це сходиться, навіть якщо ставка зросте до {rate}</translation>
        </message>
        <message>
            <source>Dette har vi forklart dere</source>
            <translation>Це ми вам пояснили</translation>
        </message>
        <message>
            <source>Dette kommer inn hver måned, etter skatt:</source>
            <translation>Щомісяця надходить після сплати податків:</translation>
        </message>
        <message>
            <source>Dette koster boligen hver måned, i tillegg til lånet:</source>
            <translation>Стільки щомісяця коштує житло, крім кредиту:</translation>
        </message>
        <message>
            <source>Egne penger</source>
            <translation>Власні кошти</translation>
        </message>
        <message>
            <source>Eiendomsskatt</source>
            <translation>Податок на нерухомість</translation>
        </message>
        <message>
            <source>Eksempelsak</source>
            <translation>Приклад справи</translation>
        </message>
        <message>
            <source>En tid der dere bare betaler renter. Lånet blir ikke mindre.</source>
            <translation>Час, коли ви платите лише відсотки. Кредит не зменшується.</translation>
        </message>
        <message>
            <source>Et lån fra kommunen til å kjøpe en bolig, når banken ikke gir stort nok lån.</source>
            <translation>Кредит від комуни на купівлю житла, коли банк не дає достатньо великого кредиту.</translation>
        </message>
        <message>
            <source>Etableringsgebyret</source>
            <translation>Плата за оформлення</translation>
        </message>
        <message>
            <source>Ett alternativ</source>
            <translation>Один варіант</translation>
        </message>
        <message>
            <source>Etter SIFOs referansebudsjett</source>
            <translation>За еталонним бюджетом SIFO</translation>
        </message>
        <message>
            <source>Fast rente kan ikke sies opp gratis: innfrir eller flytter dere lånet etter {years} år, og renten for resten av bindingstiden da er 1 prosentpoeng lavere, må dere betale om lag {pay} i overkurs. Er den 1 prosentpoeng høyere, får dere om lag {gain} i underkurs.</source>
            <translation>Фіксовану ставку не можна скасувати безкоштовно: якщо ви погасите або перенесете кредит через {years} р., а ставка на решту строку фіксації буде на 1 процентний пункт нижчою, вам доведеться сплатити приблизно {pay} компенсації. Якщо вона буде на 1 процентний пункт вищою, ви отримаєте приблизно {gain}.</translation>
        </message>
        <message>
            <source>Felleskostnader</source>
            <translation>Спільні витрати (кооператив)</translation>
        </message>
        <message>
            <source>Festeavgift</source>
            <translation>Плата за оренду землі</translation>
        </message>
        <message>
            <source>Flytt på renten og se hva som skjer med «{scenario}» og «{other}»:</source>
            <translation>Пересувайте ставку й дивіться, що станеться з «{scenario}» і «{other}»:</translation>
        </message>
        <message>
            <source>Flytt på renten og se hva som skjer med «{scenario}»:</source>
            <translation>Пересувайте ставку й дивіться, що станеться з «{scenario}»:</translation>
        </message>
        <message>
            <source>Forsikring</source>
            <translation>Страхування</translation>
        </message>
        <message>
            <source>Fyll inn lånebeløp</source>
            <translation>Укажіть суму кредиту</translation>
        </message>
        <message>
            <source>Fyll inn lånebeløpet, eller velg «Bruk største lån».</source>
            <translation>Укажіть суму кредиту або виберіть «Bruk største lån».</translation>
        </message>
        <message>
            <source>Førstegangslån: lånet slutter etter 10 år</source>
            <translation>Кредит для першого житла: кредит закінчується через 10 років</translation>
        </message>
        <message>
            <source>Førstegangslånet har samme terminbeløp som et startlån over 30 år, men løper bare i 10 år. Da står det igjen {balance} som dere må refinansiere i en bank, eller søke vurdert for et vanlig startlån.</source>
            <translation>Кредит для першого житла має такий самий щомісячний платіж, як стартова позика на 30 років, але діє лише 10 років. Тоді залишиться {balance}, які вам треба буде рефінансувати в банку, або ви можете подати заяву на звичайну стартову позику.</translation>
        </message>
        <message>
            <source>Førstegangslånet krever minst 5 % egenkapital ({need}); saken har {have} ({pct}).</source>
            <translation>Кредит для першого житла вимагає щонайменше 5 % власних коштів ({need}); у справі — {have} ({pct}).</translation>
        </message>
        <message>
            <source>Gjennomgang</source>
            <translation>Покроковий огляд</translation>
        </message>
        <message>
            <source>Går ikke opp over</source>
            <translation>Не сходиться вище</translation>
        </message>
        <message>
            <source>Går opp med dagens rente.</source>
            <translation>Сходиться за нинішньої ставки.</translation>
        </message>
        <message>
            <source>Går opp også ved stresstest ({rate}).</source>
            <translation>Сходиться навіть під час стрес-тесту ({rate}).</translation>
        </message>
        <message>
            <source>Husbankens renter</source>
            <translation>Ставки Husbanken</translation>
        </message>
        <message>
            <source>Husholdningsartikler</source>
            <translation>Господарські товари</translation>
        </message>
        <message>
            <source>Husleie</source>
            <translation>Орендна плата</translation>
        </message>
        <message>
            <source>Husleie i dag er ikke oppgitt.</source>
            <translation>Нинішню орендну плату не вказано.</translation>
        </message>
        <message>
            <source>Husleie i dag: {rent}.</source>
            <translation>Орендна плата сьогодні: {rent}.</translation>
        </message>
        <message>
            <source>Husstanden kan betjene et startlån på inntil {amount}.</source>
            <translation>Домогосподарство може обслуговувати стартову позику до {amount}.</translation>
        </message>
        <message>
            <source>Husstanden kan ikke betjene noe startlån med dette budsjettet: ved stresstest er det ingenting igjen til å betale på et lån (disponibelt til startlån i dag: {amount} per måned).</source>
            <translation>Домогосподарство не може обслуговувати жодної стартової позики з цим бюджетом: під час стрес-тесту нічого не залишається на сплату кредиту (доступно для стартової позики сьогодні: {amount} на місяць).</translation>
        </message>
        <message>
            <source>Hva boligen koster utenom lånet</source>
            <translation>Скільки коштує житло, крім кредиту</translation>
        </message>
        <message>
            <source>Hva livet koster</source>
            <translation>Скільки коштує життя</translation>
        </message>
        <message>
            <source>Hva lånet koster over tid</source>
            <translation>Скільки коштує кредит з часом</translation>
        </message>
        <message>
            <source>Hva som skjer når renten stiger</source>
            <translation>Що стається, коли ставка зростає</translation>
        </message>
        <message>
            <source>Hver måned</source>
            <translation>Щомісяця</translation>
        </message>
        <message>
            <source>Hvis boligen må selges etter {years} år og prisene har falt {fall} %, dekker salget gjelden, og dere sitter igjen med om lag {amount}.</source>
            <translation>Якщо житло доведеться продати через {years} р., а ціни впадуть на {fall} %, продаж покриє борг, і у вас залишиться приблизно {amount}.</translation>
        </message>
        <message>
            <source>Hvis boligen må selges etter {years} år og prisene har falt {fall} %, står dere igjen med {amount} i gjeld.</source>
            <translation>Якщо житло доведеться продати через {years} р., а ціни впадуть на {fall} %, у вас залишиться {amount} боргу.</translation>
        </message>
        <message>
            <source>Hvis boligen selges for mindre enn det dere skylder, må dere fortsatt betale resten av gjelden.</source>
            <translation>Якщо житло продадуть дешевше, ніж ви винні, вам усе одно доведеться сплатити решту боргу.</translation>
        </message>
        <message>
            <source>Hvis lånet ikke betales, kan kommunen til slutt kreve boligen solgt (tvangssalg). Ta kontakt med kommunen med en gang hvis dere får problemer med å betale: da finnes det ofte løsninger, som avdragsfrihet eller lengre nedbetalingstid.</source>
            <translation>Якщо кредит не сплачується, комуна зрештою може вимагати продажу житла (примусовий продаж). Одразу звертайтеся до комуни, якщо у вас виникнуть труднощі з оплатою: тоді часто є рішення, наприклад період без погашення основної суми або довший строк погашення.</translation>
        </message>
        <message>
            <source>Hvis renten stiger</source>
            <translation>Якщо ставка зросте</translation>
        </message>
        <message>
            <source>Hvis renten stiger ({rate})</source>
            <translation>Якщо ставка зросте ({rate})</translation>
        </message>
        <message>
            <source>Hvis renten stiger til {rate}, blir terminbeløpet {payment}.</source>
            <translation>Якщо ставка зросте до {rate}, щомісячний платіж становитиме {payment}.</translation>
        </message>
        <message>
            <source>I dag ({rate})</source>
            <translation>Сьогодні ({rate})</translation>
        </message>
        <message>
            <source>I {month} mangler {amount} hver måned (dagens kroner og renter; størst fall i {since}: {causes}).</source>
            <translation>У {month} щомісяця бракуватиме {amount} (у нинішніх кронах і ставках; найбільше падіння у {since}: {causes}).</translation>
        </message>
        <message>
            <source>Igjen</source>
            <translation>Залишок</translation>
        </message>
        <message>
            <source>Igjen etter 10 år</source>
            <translation>Залишок через 10 років</translation>
        </message>
        <message>
            <source>Igjen hver måned: {left} ({enough})</source>
            <translation>Залишається щомісяця: {left} ({enough})</translation>
        </message>
        <message>
            <source>Igjen hver måned: {left}, behov {need}</source>
            <translation>Залишається щомісяця: {left}, потреба {need}</translation>
        </message>
        <message>
            <source>Igjen til livsopphold</source>
            <translation>Залишається на життя</translation>
        </message>
        <message>
            <source>Igjen: {amount}</source>
            <translation>Залишок: {amount}</translation>
        </message>
        <message>
            <source>Ikke bærekraftig</source>
            <translation>Нестійкий</translation>
        </message>
        <message>
            <source>Klær og sko</source>
            <translation>Одяг і взуття</translation>
        </message>
        <message>
            <source>Kommunale avgifter</source>
            <translation>Комунальні збори</translation>
        </message>
        <message>
            <source>Laget {date} for {names}.</source>
            <translation>Складено {date} для {names}.</translation>
        </message>
        <message>
            <source>Lang løpetid bygger egenkapital sakte: etter 10 år skylder dere om lag {b30} med 30 års løpetid, men {b50} med 50 år.</source>
            <translation>Довгий строк повільно збільшує власний капітал: через 10 років ви будете винні приблизно {b30} при строку 30 років, але {b50} при 50 роках.</translation>
        </message>
        <message>
            <source>Laveste beløp vi kan regne med (NAV)</source>
            <translation>Найменша сума, на яку ми можемо розраховувати (NAV)</translation>
        </message>
        <message>
            <source>Leie av en egnet bolig: {rent}.</source>
            <translation>Оренда відповідного житла: {rent}.</translation>
        </message>
        <message>
            <source>Lek, sport og mediebruk</source>
            <translation>Ігри, спорт і медіа</translation>
        </message>
        <message>
            <source>Livsopphold</source>
            <translation>Витрати на життя</translation>
        </message>
        <message>
            <source>Lånealternativene</source>
            <translation>Варіанти кредиту</translation>
        </message>
        <message>
            <source>Lånebeløpet</source>
            <translation>Сума кредиту</translation>
        </message>
        <message>
            <source>Lånebeløpet er ikke fylt inn</source>
            <translation>Суму кредиту не вказано</translation>
        </message>
        <message>
            <source>Lånebeløpet er ikke fylt inn. Husstanden kan betjene et startlån på inntil {amount} (stresstest).</source>
            <translation>Суму кредиту не вказано. Домогосподарство може обслуговувати стартову позику до {amount} (стрес-тест).</translation>
        </message>
        <message>
            <source>Lånet vi har sett på: «{scenario}», {amount}.</source>
            <translation>Кредит, який ми розглянули: «{scenario}», {amount}.</translation>
        </message>
        <message>
            <source>Lånet: {amount}</source>
            <translation>Кредит: {amount}</translation>
        </message>
        <message>
            <source>Løpetid over kommunens vanlige {years} år (inntil 50 år i særlige tilfeller).</source>
            <translation>Строк довший, ніж звичайні для комуни {years} р. (до 50 років в особливих випадках).</translation>
        </message>
        <message>
            <source>Maskinoversatt – ikke kvalitetssikret</source>
            <translation>Машинний переклад – не перевірено</translation>
        </message>
        <message>
            <source>Mat og drikke</source>
            <translation>Їжа та напої</translation>
        </message>
        <message>
            <source>Mat, klær, transport og annet dere trenger hver måned:</source>
            <translation>Їжа, одяг, транспорт та інше, що вам потрібно щомісяця:</translation>
        </message>
        <message>
            <source>Med dagens inntekt: {verdict}</source>
            <translation>За нинішнього доходу: {verdict}</translation>
        </message>
        <message>
            <source>Med dagens rente mangler {amount} hver måned.</source>
            <translation>За нинішньої ставки щомісяця бракує {amount}.</translation>
        </message>
        <message>
            <source>Med deres egne tall</source>
            <translation>За вашими власними цифрами</translation>
        </message>
        <message>
            <source>Med dette budsjettet kan husstanden ikke betjene noe startlån, heller ikke med {years} års løpetid: ved stresstest er det ingenting igjen til å betale på et lån.</source>
            <translation>З цим бюджетом домогосподарство не може обслуговувати жодної стартової позики, навіть зі строком {years} р.: під час стрес-тесту нічого не залишається на сплату кредиту.</translation>
        </message>
        <message>
            <source>Med flytende rente blir det ingen over- eller underkurs om dere innfrir eller flytter lånet.</source>
            <translation>З плаваючою ставкою немає жодної компенсації, якщо ви погасите або перенесете кредит.</translation>
        </message>
        <message>
            <source>Med {rate}</source>
            <translation>За {rate}</translation>
        </message>
        <message>
            <source>Med {years} års løpetid og {rate} blir terminbeløpet {payment} i måneden, og dere har {left} igjen til livsopphold hver måned</source>
            <translation>Зі строком {years} р. і ставкою {rate} щомісячний платіж становить {payment}, і у вас залишається {left} на життя щомісяця</translation>
        </message>
        <message>
            <source>Med «{scenario}» betaler dere {interest} i renter og {fees} i gebyrer over {years} år, til sammen {paid} for et lån på {amount}. Effektiv rente er {effective}. Lengre løpetid gir lavere terminbeløp, men mer renter totalt.</source>
            <translation>З «{scenario}» ви сплатите {interest} відсотків і {fees} зборів за {years} р., разом {paid} за кредит {amount}. Ефективна ставка — {effective}. Довший строк дає менший щомісячний платіж, але більше відсотків загалом.</translation>
        </message>
        <message>
            <source>Mediebruk og fritid</source>
            <translation>Медіа та дозвілля</translation>
        </message>
        <message>
            <source>Månedlige kostnader i ny bolig sammenlignet med husleie i dag</source>
            <translation>Щомісячні витрати в новому житлі порівняно з нинішньою орендою</translation>
        </message>
        <message>
            <source>Møbler</source>
            <translation>Меблі</translation>
        </message>
        <message>
            <source>NAVs veiledende satser for økonomisk stønad</source>
            <translation>Рекомендовані ставки соціальної допомоги NAV</translation>
        </message>
        <message>
            <source>Neste ▶</source>
            <translation>Далі ▶</translation>
        </message>
        <message>
            <source>Norges Banks styringsrente</source>
            <translation>Облікова ставка Norges Bank</translation>
        </message>
        <message>
            <source>Nyere tall kan gjelde på saksdatoen, kontroller: {sources}.</source>
            <translation>На дату справи можуть діяти новіші цифри, перевірте: {sources}.</translation>
        </message>
        <message>
            <source>Når bindingstiden er over ({rate})</source>
            <translation>Коли строк фіксації закінчиться ({rate})</translation>
        </message>
        <message>
            <source>Når bindingstiden på {years} år er over, blir terminbeløpet med dagens flytende rente {payment} per måned.</source>
            <translation>Коли строк фіксації {years} р. закінчиться, щомісячний платіж за нинішньою плаваючою ставкою становитиме {payment}.</translation>
        </message>
        <message>
            <source>Oppsummert</source>
            <translation>Підсумок</translation>
        </message>
        <message>
            <source>Ordliste</source>
            <translation>Словник</translation>
        </message>
        <message>
            <source>Over (+) eller under (−) normen</source>
            <translation>Вище (+) або нижче (−) норми</translation>
        </message>
        <message>
            <source>Pause – trykk B for å fortsette</source>
            <translation>Пауза – натисніть B, щоб продовжити</translation>
        </message>
        <message>
            <source>Pengene dere har</source>
            <translation>Гроші, які у вас є</translation>
        </message>
        <message>
            <source>Penger til boligen som ikke skal betales tilbake.</source>
            <translation>Гроші на житло, які не треба повертати.</translation>
        </message>
        <message>
            <source>Pensjonen</source>
            <translation>Пенсія</translation>
        </message>
        <message>
            <source>Personlig pleie</source>
            <translation>Особиста гігієна</translation>
        </message>
        <message>
            <source>Prisen for å låne penger, i prosent av lånet per år.</source>
            <translation>Ціна позики грошей, у відсотках від кредиту на рік.</translation>
        </message>
        <message>
            <source>Reisekostnader (kollektiv)</source>
            <translation>Проїзд (громадський транспорт)</translation>
        </message>
        <message>
            <source>Rente</source>
            <translation>Ставка</translation>
        </message>
        <message>
            <source>Rente: {rate}</source>
            <translation>Ставка: {rate}</translation>
        </message>
        <message>
            <source>Rentefradrag banklån (skatteverdi)</source>
            <translation>Податкова знижка на відсотки, банківський кредит</translation>
        </message>
        <message>
            <source>Renten</source>
            <translation>Процентна ставка</translation>
        </message>
        <message>
            <source>Renten er den samme i hele bindingstiden, for eksempel i 5 år.</source>
            <translation>Ставка однакова протягом усього строку фіксації, наприклад 5 років.</translation>
        </message>
        <message>
            <source>Renten etter bindingstiden</source>
            <translation>Ставка після строку фіксації</translation>
        </message>
        <message>
            <source>Renten kan endre seg. Ved {rate} rente blir terminbeløpet {payment} per måned, og restbeløpet blir {residual} per måned.</source>
            <translation>Ставка може змінитися. За ставки {rate} щомісячний платіж становитиме {payment}, а залишок — {residual} на місяць.</translation>
        </message>
        <message>
            <source>Renten kan gå opp eller ned underveis.</source>
            <translation>Ставка може зростати або знижуватися з часом.</translation>
        </message>
        <message>
            <source>Ring kommunen og spør etter startlån.</source>
            <translation>Зателефонуйте до комуни і запитайте про стартову позику.</translation>
        </message>
        <message>
            <source>Ring {municipality} og spør etter startlån.</source>
            <translation>Зателефонуйте до {municipality} і запитайте про стартову позику.</translation>
        </message>
        <message>
            <source>SFO/AKS</source>
            <translation>Група продовженого дня (SFO/AKS)</translation>
        </message>
        <message>
            <source>SIFO referansebudsjett {year}</source>
            <translation>Еталонний бюджет SIFO {year}</translation>
        </message>
        <message>
            <source>Salgskostnader ved tvangssalg (forslag)</source>
            <translation>Витрати на продаж при примусовому продажу (пропозиція)</translation>
        </message>
        <message>
            <source>Skatteregler {year}</source>
            <translation>Податкові правила {year}</translation>
        </message>
        <message>
            <source>Slik betales boligen ({total})</source>
            <translation>Як оплачується житло ({total})</translation>
        </message>
        <message>
            <source>Slik betales boligen ({total}): egne penger {equity}, banklån {bank}, startlån {startlan}</source>
            <translation>Як оплачується житло ({total}): власні кошти {equity}, банківський кредит {bank}, стартова позика {startlan}</translation>
        </message>
        <message>
            <source>Slik fordeles inntekten på {income} hver måned med «{scenario}»:</source>
            <translation>Як розподіляється дохід {income} щомісяця з «{scenario}»:</translation>
        </message>
        <message>
            <source>Slik fordeles inntekten på {income} hver måned:</source>
            <translation>Як розподіляється дохід {income} щомісяця:</translation>
        </message>
        <message>
            <source>Spedbarnsutstyr</source>
            <translation>Речі для немовляти</translation>
        </message>
        <message>
            <source>Språk</source>
            <translation>Мова</translation>
        </message>
        <message>
            <source>Spørsmål? Problemer med å betale?</source>
            <translation>Запитання? Труднощі з оплатою?</translation>
        </message>
        <message>
            <source>Startlån</source>
            <translation>Стартова позика</translation>
        </message>
        <message>
            <source>Startlån – det viktigste for dere</source>
            <translation>Стартова позика – головне для вас</translation>
        </message>
        <message>
            <source>Startlånet</source>
            <translation>Стартова позика</translation>
        </message>
        <message>
            <source>Startlånet etter rentefradrag</source>
            <translation>Стартова позика після податкової знижки на відсотки</translation>
        </message>
        <message>
            <source>Startlånet koster {payment} i måneden. Dere har {left} igjen til mat, klær og annet livsopphold; det dere trenger etter normen er {need}.</source>
            <translation>Стартова позика коштує {payment} на місяць. У вас залишається {left} на їжу, одяг та інші витрати на життя; за нормою вам потрібно {need}.</translation>
        </message>
        <message>
            <source>Steg {step} av {steps}: {title}</source>
            <translation>Крок {step} з {steps}: {title}</translation>
        </message>
        <message>
            <source>Stramt</source>
            <translation>Впритул</translation>
        </message>
        <message>
            <source>Stresstest</source>
            <translation>Стрес-тест</translation>
        </message>
        <message>
            <source>Stresstesten regner banklånet etter bankenes regel ({rate}), ikke med samme renteøkning som kurven; derfor ligger stresspunktet utenfor kurven.</source>
            <translation>Стрес-тест рахує банківський кредит за правилом банків ({rate}), а не з тим самим зростанням ставки, що й крива; тому точка стрес-тесту лежить поза кривою.</translation>
        </message>
        <message>
            <source>Strøm og oppvarming</source>
            <translation>Електрика й опалення</translation>
        </message>
        <message>
            <source>Styringsrenten {rate} + {pp} prosentpoeng (Husbanken)</source>
            <translation>Облікова ставка {rate} + {pp} процентного пункту (Husbanken)</translation>
        </message>
        <message>
            <source>Termingebyret</source>
            <translation>Плата за платіж</translation>
        </message>
        <message>
            <source>Til boligen og lånet</source>
            <translation>На житло й кредит</translation>
        </message>
        <message>
            <source>Til sammen</source>
            <translation>Разом</translation>
        </message>
        <message>
            <source>Til sammen {amount} hver måned</source>
            <translation>Разом {amount} щомісяця</translation>
        </message>
        <message>
            <source>Til sammenligning: husleie i dag</source>
            <translation>Для порівняння: оренда сьогодні</translation>
        </message>
        <message>
            <source>Tilskudd</source>
            <translation>Субсидія</translation>
        </message>
        <message>
            <source>Trangest i {year}: {amount} i måneden ({month}). Størst fall i {since}: {causes}.</source>
            <translation>Найскрутніше у {year}: {amount} на місяць ({month}). Найбільше падіння у {since}: {causes}.</translation>
        </message>
        <message>
            <source>Trykk O for å lukke ordlisten.</source>
            <translation>Натисніть O, щоб закрити словник.</translation>
        </message>
        <message>
            <source>Tvangssalg hvis lånet ikke betales</source>
            <translation>Примусовий продаж, якщо кредит не сплачується</translation>
        </message>
        <message>
            <source>Ved siden av: {scenario}</source>
            <translation>Поруч: {scenario}</translation>
        </message>
        <message>
            <source>Ved stresstest ({rate}) mangler {amount} hver måned.</source>
            <translation>Під час стрес-тесту ({rate}) щомісяця бракує {amount}.</translation>
        </message>
        <message>
            <source>Ved {rate} har dere fortsatt {amount} mer enn normen hver måned.</source>
            <translation>За {rate} у вас усе одно залишається на {amount} більше за норму щомісяця.</translation>
        </message>
        <message>
            <source>Vedlikehold</source>
            <translation>Утримання житла</translation>
        </message>
        <message>
            <source>Velger dere «{scenario}»:</source>
            <translation>Якщо ви виберете «{scenario}»:</translation>
        </message>
        <message>
            <source>Vi regner med til livsopphold</source>
            <translation>Ми закладаємо на життя</translation>
        </message>
        <message>
            <source>Vi regner ut om dere klarer lånet også hvis renten stiger mye.</source>
            <translation>Ми рахуємо, чи впораєтеся ви з кредитом, навіть якщо ставка сильно зросте.</translation>
        </message>
        <message>
            <source>Vis ved siden av</source>
            <translation>Показати поруч</translation>
        </message>
        <message>
            <source>april</source>
            <translation>квітні</translation>
        </message>
        <message>
            <source>august</source>
            <translation>серпні</translation>
        </message>
        <message>
            <source>avdragsfri</source>
            <translation>без погашення основної суми</translation>
        </message>
        <message>
            <source>avdragsfriheten slutter</source>
            <translation>закінчується період без погашення основної суми</translation>
        </message>
        <message>
            <source>banklånet</source>
            <translation>банківський кредит</translation>
        </message>
        <message>
            <source>barnetrygden for {name} faller bort</source>
            <translation>припиняється допомога на дитину {name}</translation>
        </message>
        <message>
            <source>bindingstiden slutter</source>
            <translation>закінчується строк фіксації ставки</translation>
        </message>
        <message>
            <source>desember</source>
            <translation>грудні</translation>
        </message>
        <message>
            <source>fast rente</source>
            <translation>фіксована ставка</translation>
        </message>
        <message>
            <source>fast rente i {years} år</source>
            <translation>фіксована ставка на {years} р.</translation>
        </message>
        <message>
            <source>februar</source>
            <translation>лютому</translation>
        </message>
        <message>
            <source>flytende rente</source>
            <translation>плаваюча ставка</translation>
        </message>
        <message>
            <source>januar</source>
            <translation>січні</translation>
        </message>
        <message>
            <source>juli</source>
            <translation>липні</translation>
        </message>
        <message>
            <source>juni</source>
            <translation>червні</translation>
        </message>
        <message>
            <source>lån med flytende rente</source>
            <translation>кредити з плаваючою ставкою</translation>
        </message>
        <message>
            <source>mai</source>
            <translation>травні</translation>
        </message>
        <message>
            <source>mars</source>
            <translation>березні</translation>
        </message>
        <message>
            <source>nok</source>
            <translation>достатньо</translation>
        </message>
        <message>
            <source>november</source>
            <translation>листопаді</translation>
        </message>
        <message>
            <source>og tilskudd {amount}.</source>
            <translation>і субсидія {amount}.</translation>
        </message>
        <message>
            <source>oktober</source>
            <translation>жовтні</translation>
        </message>
        <message>
            <source>rente</source>
            <translation>процентна ставка</translation>
        </message>
        <message>
            <source>restgjeld</source>
            <translation>залишок боргу</translation>
        </message>
        <message>
            <source>september</source>
            <translation>вересні</translation>
        </message>
        <message>
            <source>startlån</source>
            <translation>стартова позика</translation>
        </message>
        <message>
            <source>startlånet</source>
            <translation>стартова позика</translation>
        </message>
        <message>
            <source>stresstest</source>
            <translation>стрес-тест</translation>
        </message>
        <message>
            <source>terminbeløp</source>
            <translation>щомісячний платіж</translation>
        </message>
        <message>
            <source>tilskudd</source>
            <translation>субсидія</translation>
        </message>
        <message>
            <source>{amount} for lite</source>
            <translation>на {amount} замало</translation>
        </message>
        <message>
            <source>{cost} etter fradrag</source>
            <translation>{cost} після знижки</translation>
        </message>
        <message>
            <source>{name} begynner på skolen og i SFO</source>
            <translation>{name} іде до школи та групи продовженого дня</translation>
        </message>
        <message>
            <source>{name} er ferdig med SFO</source>
            <translation>{name} закінчує групу продовженого дня</translation>
        </message>
        <message>
            <source>{name} fyller 18 år</source>
            <translation>{name} виповнюється 18 років</translation>
        </message>
        <message>
            <source>{name} fyller {years} år</source>
            <translation>{name} виповнюється {years} р.</translation>
        </message>
        <message>
            <source>{share} % fast rente i {years} år og resten flytende</source>
            <translation>{share} % з фіксованою ставкою на {years} р., решта — з плаваючою</translation>
        </message>
        <message>
            <source>«Igjen» er det som er igjen til livsopphold hver måned. Den svarte streken er det dere trenger: {need}. Grønt forbi streken er nok.</source>
            <translation>«Залишок» — це те, що залишається на життя щомісяця. Чорна лінія — це те, що вам потрібно: {need}. Зелене за лінією означає достатньо.</translation>
        </message>
        <message>
            <source>«{line}» er nedbetalt</source>
            <translation>«{line}» погашено</translation>
        </message>
        <message>
            <source>◀ Tilbake</source>
            <translation>◀ Назад</translation>
        </message>
    </context>
</TS>
