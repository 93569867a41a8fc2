<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="nb_NO">
    <context>
        <name />
        <message>
            <source>, {amount} mer enn normen.</source>
            <translation>، {amount} أكثر من المعيار.</translation>
        </message>
        <message>
            <source>, {amount} mindre enn normen.</source>
            <translation>، {amount} أقل من المعيار.</translation>
        </message>
        <message>
            <source>Alle flytende renter stiger like mye: {items}.</source>
            <translation>ترتفع كل الفوائد المتغيرة بالقدر نفسه: {items}.</translation>
        </message>
        <message>
            <source>Andre boutgifter</source>
            <translation>تكاليف سكن أخرى</translation>
        </message>
        <message>
            <source>Andre dagligvarer</source>
            <translation>مواد يومية أخرى</translation>
        </message>
        <message>
            <source>Andre faste utgifter (lån, kort, bidrag)</source>
            <translation>مصاريف ثابتة أخرى (قروض، بطاقات، نفقة)</translation>
        </message>
        <message>
            <source>Andre lån og faste utgifter</source>
            <translation>قروض أخرى ومصاريف ثابتة</translation>
        </message>
        <message>
            <source>Annen lånetype enn kommunens vanlige (annuitet).</source>
            <translation>نوع قرض غير النوع المعتاد في البلدية (قسط ثابت).</translation>
        </message>
        <message>
            <source>Ansvar for restgjeld etter et salg</source>
            <translation>المسؤولية عن الدين المتبقي بعد البيع</translation>
        </message>
        <message>
            <source>Ark til søkeren (PDF) …</source>
            <translation>ورقة لمقدّم الطلب (PDF) …</translation>
        </message>
        <message>
            <source>Av {income} hver måned går dette til livet:</source>
            <translation>من {income} كل شهر يذهب هذا إلى المعيشة:</translation>
        </message>
        <message>
            <source>Avdragsfri periode: restbeløp {during}; med avdrag (fra måned {month}): {after}. Den svakeste perioden avgjør.</source>
            <translation>فترة بدون سداد أصل القرض: المتبقي {during}؛ مع السداد (من الشهر {month}): {after}. الفترة الأضعف هي التي تحسم.</translation>
        </message>
        <message>
            <source>Avdragsfrihet utover kommunens vanlige ({years} år).</source>
            <translation>فترة بدون سداد أطول من المعتاد في البلدية ({years} سنوات).</translation>
        </message>
        <message>
            <source>Banken vil regne med minst {rate} rente og at gjelden ikke er over 5 ganger inntekten.</source>
            <translation>سيحسب البنك فائدة لا تقل عن {rate} وألا يزيد الدين عن 5 أضعاف الدخل.</translation>
        </message>
        <message>
            <source>Banklån</source>
            <translation>قرض بنكي</translation>
        </message>
        <message>
            <source>Banklån ved siden av startlånet</source>
            <translation>قرض بنكي إلى جانب قرض البداية</translation>
        </message>
        <message>
            <source>Barnehage</source>
            <translation>روضة الأطفال</translation>
        </message>
        <message>
            <source>Barnetrygd ({kids} × {rate})</source>
            <translation>إعانة الأطفال ({kids} × {rate})</translation>
        </message>
        <message>
            <source>Består: et banklån på restgjelden går opp ved bankenes krav med dagens inntekt.</source>
            <translation>ناجح: قرض بنكي بقيمة الدين المتبقي يستوفي شروط البنوك بدخل اليوم.</translation>
        </message>
        <message>
            <source>Betalt ned de første 10 årene</source>
            <translation>المسدَّد في السنوات العشر الأولى</translation>
        </message>
        <message>
            <source>Bilkostnader</source>
            <translation>تكاليف السيارة</translation>
        </message>
        <message>
            <source>Boutgiftene i den nye boligen blir {housing} per måned (startlånet {payment} og andre boutgifter {other_housing}), i tillegg til andre faste utgifter på {other}.</source>
            <translation>ستكون تكاليف السكن في البيت الجديد {housing} في الشهر (قرض البداية {payment} وتكاليف سكن أخرى {other_housing})، إضافة إلى مصاريف ثابتة أخرى قدرها {other}.</translation>
        </message>
        <message>
            <source>Boutgifter</source>
            <translation>تكاليف السكن</translation>
        </message>
        <message>
            <source>Boutgifter utenom lånet</source>
            <translation>تكاليف السكن بدون القرض</translation>
        </message>
        <message>
            <source>Bruttoinntekten</source>
            <translation>الدخل الإجمالي</translation>
        </message>
        <message>
            <source>Budsjettet går ikke opp hvis renten blir høyere enn {rate}.</source>
            <translation>لا تكفي الميزانية إذا زادت الفائدة عن {rate}.</translation>
        </message>
        <message>
            <source>Budsjettet går ikke opp hvis renten blir høyere enn {rate}. Dagens rente: {today}. Stresstest: {stress}.</source>
            <translation>لا تكفي الميزانية إذا زادت الفائدة عن {rate}. فائدة اليوم: {today}. اختبار الضغط: {stress}.</translation>
        </message>
        <message>
            <source>Budsjettet går ikke opp med dagens rente: {amount} mangler hver måned.</source>
            <translation>لا تكفي الميزانية بفائدة اليوم: ينقص {amount} كل شهر.</translation>
        </message>
        <message>
            <source>Budsjettet går ikke opp selv uten rente.</source>
            <translation>لا تكفي الميزانية حتى بدون فائدة.</translation>
        </message>
        <message>
            <source>Bærekraftig</source>
            <translation>ممكن التحمّل</translation>
        </message>
        <message>
            <source>Dagens rente</source>
            <translation>فائدة اليوم</translation>
        </message>
        <message>
            <source>Den faste renten varer i {years} år; etter det blir terminbeløpet med dagens flytende rente {payment}.</source>
            <translation>تستمر الفائدة الثابتة {years} سنوات؛ بعد ذلك يصبح القسط بفائدة اليوم المتغيرة {payment}.</translation>
        </message>
        <message>
            <source>Det dere betaler på lånet hver måned: renter og avdrag sammen.</source>
            <translation>ما تدفعونه على القرض كل شهر: الفائدة وسداد الأصل معًا.</translation>
        </message>
        <message>
            <source>Det dere fortsatt skylder på lånet.</source>
            <translation>ما زلتم مدينين به من القرض.</translation>
        </message>
        <message>
            <source>Det er {share} av boligens verdi i dag, og {share20} om prisene faller 20 %.</source>
            <translation>هذا {share} من قيمة البيت اليوم، و{share20} إذا انخفضت الأسعار 20 %.</translation>
        </message>
        <message>
            <source>Dette går ikke opp</source>
            <translation>هذا لا يكفي</translation>
        </message>
        <message>
            <source>Dette går opp i dag, men ikke hvis renten stiger mye</source>
            <translation>هذا يكفي اليوم، لكن ليس إذا ارتفعت الفائدة كثيرًا</translation>
        </message>
        <message>
            <source>Dette går opp i dag, men ikke om noen år</source>
            <translation>هذا يكفي اليوم، لكن ليس بعد بضع سنوات</translation>
        </message>
        <message>
            <source>Dette går opp, også hvis renten stiger til {rate}</source>
            <translation>هذا يكفي، حتى إذا ارتفعت الفائدة إلى {rate}</translation>
        </message>
        <message>
            <source>Dette har vi forklart dere</source>
            <translation>هذا ما شرحناه لكم</translation>
        </message>
        <message>
            <source>Dette kommer inn hver måned, etter skatt:</source>
            <translation>هذا ما يدخل كل شهر، بعد الضريبة:</translation>
        </message>
        <message>
            <source>Dette koster boligen hver måned, i tillegg til lånet:</source>
            <translation>هذا ما يكلّفه البيت كل شهر، إضافة إلى القرض:</translation>
        </message>
        <message>
            <source>Egne penger</source>
            <translation>أموالكم الخاصة</translation>
        </message>
        <message>
            <source>Eiendomsskatt</source>
            <translation>ضريبة العقار</translation>
        </message>
        <message>
            <source>Eksempelsak</source>
            <translation>حالة مثال</translation>
        </message>
        <message>
            <source>En tid der dere bare betaler renter. Lånet blir ikke mindre.</source>
            <translation>مدة تدفعون فيها الفائدة فقط. القرض لا يصغر.</translation>
        </message>
        <message>
            <source>Et lån fra kommunen til å kjøpe en bolig, når banken ikke gir stort nok lån.</source>
            <translation>قرض من البلدية لشراء بيت، عندما لا يعطي البنك قرضًا كافيًا.</translation>
        </message>
        <message>
            <source>Etableringsgebyret</source>
            <translation>رسوم إنشاء القرض</translation>
        </message>
        <message>
            <source>Ett alternativ</source>
            <translation>خيار واحد</translation>
        </message>
        <message>
            <source>Etter SIFOs referansebudsjett</source>
            <translation>حسب الميزانية المرجعية لـ SIFO</translation>
        </message>
        <message>
            <source>Fast rente kan ikke sies opp gratis: innfrir eller flytter dere lånet etter {years} år, og renten for resten av bindingstiden da er 1 prosentpoeng lavere, må dere betale om lag {pay} i overkurs. Er den 1 prosentpoeng høyere, får dere om lag {gain} i underkurs.</source>
            <translation>لا يمكن إنهاء الفائدة الثابتة مجانًا: إذا سددتم القرض أو نقلتموه بعد {years} سنوات، وكانت الفائدة لبقية مدة التثبيت أقل بنقطة مئوية واحدة، فعليكم دفع نحو {pay} تعويضًا. وإذا كانت أعلى بنقطة مئوية واحدة، تحصلون على نحو {gain}.</translation>
        </message>
        <message>
            <source>Felleskostnader</source>
            <translation>التكاليف المشتركة (التعاونية)</translation>
        </message>
        <message>
            <source>Festeavgift</source>
            <translation>إيجار الأرض</translation>
        </message>
        <message>
            <source>Flytt på renten og se hva som skjer med «{scenario}» og «{other}»:</source>
            <translation>حرّكوا الفائدة وانظروا ماذا يحدث لـ «{scenario}» و«{other}»:</translation>
        </message>
        <message>
            <source>Flytt på renten og se hva som skjer med «{scenario}»:</source>
            <translation>حرّكوا الفائدة وانظروا ماذا يحدث لـ «{scenario}»:</translation>
        </message>
        <message>
            <source>Forsikring</source>
            <translation>التأمين</translation>
        </message>
        <message>
            <source>Fyll inn lånebeløp</source>
            <translation>أدخلوا مبلغ القرض</translation>
        </message>
        <message>
            <source>Fyll inn lånebeløpet, eller velg «Bruk største lån».</source>
            <translation>أدخلوا مبلغ القرض، أو اختاروا «Bruk største lån».</translation>
        </message>
        <message>
            <source>Førstegangslån: lånet slutter etter 10 år</source>
            <translation>قرض البيت الأول: ينتهي القرض بعد 10 سنوات</translation>
        </message>
        <message>
            <source>Førstegangslånet har samme terminbeløp som et startlån over 30 år, men løper bare i 10 år. Da står det igjen {balance} som dere må refinansiere i en bank, eller søke vurdert for et vanlig startlån.</source>
            <translation>لقرض البيت الأول القسط نفسه لقرض بداية مدته 30 سنة، لكنه يستمر 10 سنوات فقط. عندها يبقى {balance} يجب أن تعيدوا تمويله في بنك، أو أن تطلبوا تقييمكم لقرض بداية عادي.</translation>
        </message>
        <message>
            <source>Førstegangslånet krever minst 5 % egenkapital ({need}); saken har {have} ({pct}).</source>
            <translation>يتطلب قرض البيت الأول 5 % على الأقل من المال الخاص ({need})؛ لدى الحالة {have} ({pct}).</translation>
        </message>
        <message>
            <source>Gjennomgang</source>
            <translation>شرح خطوة بخطوة</translation>
        </message>
        <message>
            <source>Går ikke opp over</source>
            <translation>لا يكفي فوق</translation>
        </message>
        <message>
            <source>Går opp med dagens rente.</source>
            <translation>يكفي بفائدة اليوم.</translation>
        </message>
        <message>
            <source>Går opp også ved stresstest ({rate}).</source>
            <translation>يكفي حتى في اختبار الضغط ({rate}).</translation>
        </message>
        <message>
            <source>Husbankens renter</source>
            <translation>فوائد Husbanken</translation>
        </message>
        <message>
            <source>Husholdningsartikler</source>
            <translation>أدوات منزلية</translation>
        </message>
        <message>
            <source>Husleie</source>
            <translation>الإيجار</translation>
        </message>
        <message>
            <source>Husleie i dag er ikke oppgitt.</source>
            <translation>لم يُذكر الإيجار الحالي.</translation>
        </message>
        <message>
            <source>Husleie i dag: {rent}.</source>
            <translation>الإيجار اليوم: {rent}.</translation>
        </message>
        <message>
            <source>Husstanden kan betjene et startlån på inntil {amount}.</source>
            <translation>تستطيع الأسرة تحمّل قرض بداية يصل إلى {amount}.</translation>
        </message>
        <message>
            <source>Husstanden kan ikke betjene noe startlån med dette budsjettet: ved stresstest er det ingenting igjen til å betale på et lån (disponibelt til startlån i dag: {amount} per måned).</source>
            <translation>لا تستطيع الأسرة تحمّل أي قرض بداية بهذه الميزانية: في اختبار الضغط لا يبقى شيء لدفع قرض (المتاح لقرض البداية اليوم: {amount} في الشهر).</translation>
        </message>
        <message>
            <source>Hva boligen koster utenom lånet</source>
            <translation>ما يكلّفه البيت بدون القرض</translation>
        </message>
        <message>
            <source>Hva livet koster</source>
            <translation>ما تكلّفه المعيشة</translation>
        </message>
        <message>
            <source>Hva lånet koster over tid</source>
            <translation>ما يكلّفه القرض مع الوقت</translation>
        </message>
        <message>
            <source>Hva som skjer når renten stiger</source>
            <translation>ماذا يحدث عندما ترتفع الفائدة</translation>
        </message>
        <message>
            <source>Hver måned</source>
            <translation>كل شهر</translation>
        </message>
        <message>
            <source>Hvis boligen må selges etter {years} år og prisene har falt {fall} %, dekker salget gjelden, og dere sitter igjen med om lag {amount}.</source>
            <translation>إذا اضطررتم إلى بيع البيت بعد {years} سنوات وانخفضت الأسعار {fall} %، يغطي البيع الدين ويبقى لكم نحو {amount}.</translation>
        </message>
        <message>
            <source>Hvis boligen må selges etter {years} år og prisene har falt {fall} %, står dere igjen med {amount} i gjeld.</source>
            <translation>إذا اضطررتم إلى بيع البيت بعد {years} سنوات وانخفضت الأسعار {fall} %، يبقى عليكم دين قدره {amount}.</translation>
        </message>
        <message>
            <source>Hvis boligen selges for mindre enn det dere skylder, må dere fortsatt betale resten av gjelden.</source>
            <translation>إذا بيع البيت بأقل مما تدينون به، فعليكم مع ذلك دفع بقية الدين.</translation>
        </message>
        <message>
            <source>Hvis lånet ikke betales, kan kommunen til slutt kreve boligen solgt (tvangssalg). Ta kontakt med kommunen med en gang hvis dere får problemer med å betale: da finnes det ofte løsninger, som avdragsfrihet eller lengre nedbetalingstid.</source>
            <translation>إذا لم يُدفع القرض، يمكن للبلدية في النهاية أن تطلب بيع البيت (بيع إجباري). اتصلوا بالبلدية فورًا إذا واجهتم صعوبة في الدفع: عندها توجد حلول في أغلب الأحيان، مثل فترة بدون سداد أو مدة سداد أطول.</translation>
        </message>
        <message>
            <source>Hvis renten stiger</source>
            <translation>إذا ارتفعت الفائدة</translation>
        </message>
        <message>
            <source>Hvis renten stiger ({rate})</source>
            <translation>إذا ارتفعت الفائدة ({rate})</translation>
        </message>
        <message>
            <source>Hvis renten stiger til {rate}, blir terminbeløpet {payment}.</source>
            <translation>إذا ارتفعت الفائدة إلى {rate}، يصبح القسط {payment}.</translation>
        </message>
        <message>
            <source>I dag ({rate})</source>
            <translation>اليوم ({rate})</translation>
        </message>
        <message>
            <source>I {month} mangler {amount} hver måned (dagens kroner og renter; størst fall i {since}: {causes}).</source>
            <translation>في {month} ينقص {amount} كل شهر (بكرونات اليوم وفوائده؛ أكبر انخفاض في {since}: {causes}).</translation>
        </message>
        <message>
            <source>Igjen</source>
            <translation>المتبقي</translation>
        </message>
        <message>
            <source>Igjen etter 10 år</source>
            <translation>المتبقي بعد 10 سنوات</translation>
        </message>
        <message>
            <source>Igjen hver måned: {left} ({enough})</source>
            <translation>المتبقي كل شهر: {left} ({enough})</translation>
        </message>
        <message>
            <source>Igjen hver måned: {left}, behov {need}</source>
            <translation>المتبقي كل شهر: {left}، الحاجة {need}</translation>
        </message>
        <message>
            <source>Igjen til livsopphold</source>
            <translation>المتبقي للمعيشة</translation>
        </message>
        <message>
            <source>Igjen: {amount}</source>
            <translation>المتبقي: {amount}</translation>
        </message>
        <message>
            <source>Ikke bærekraftig</source>
            <translation>غير ممكن التحمّل</translation>
        </message>
        <message>
            <source>Klær og sko</source>
            <translation>الملابس والأحذية</translation>
        </message>
        <message>
            <source>Kommunale avgifter</source>
            <translation>رسوم البلدية</translation>
        </message>
        <message>
            <source>Laget {date} for {names}.</source>
            <translation>أُعدّت في {date} لـ {names}.</translation>
        </message>
        <message>
            <source>Lang løpetid bygger egenkapital sakte: etter 10 år skylder dere om lag {b30} med 30 års løpetid, men {b50} med 50 år.</source>
            <translation>المدة الطويلة تبني المال الخاص ببطء: بعد 10 سنوات تكونون مدينين بنحو {b30} بمدة 30 سنة، لكن {b50} بمدة 50 سنة.</translation>
        </message>
        <message>
            <source>Laveste beløp vi kan regne med (NAV)</source>
            <translation>أقل مبلغ يمكننا الاعتماد عليه (NAV)</translation>
        </message>
        <message>
            <source>Leie av en egnet bolig: {rent}.</source>
            <translation>إيجار بيت مناسب: {rent}.</translation>
        </message>
        <message>
            <source>Lek, sport og mediebruk</source>
            <translation>اللعب والرياضة والإعلام</translation>
        </message>
        <message>
            <source>Livsopphold</source>
            <translation>تكاليف المعيشة</translation>
        </message>
        <message>
            <source>Lånealternativene</source>
            <translation>خيارات القرض</translation>
        </message>
        <message>
            <source>Lånebeløpet</source>
            <translation>مبلغ القرض</translation>
        </message>
        <message>
            <source>Lånebeløpet er ikke fylt inn</source>
            <translation>لم يُدخل مبلغ القرض</translation>
        </message>
        <message>
            <source>Lånebeløpet er ikke fylt inn. Husstanden kan betjene et startlån på inntil {amount} (stresstest).</source>
            <translation>لم يُدخل مبلغ القرض. تستطيع الأسرة تحمّل قرض بداية يصل إلى {amount} (اختبار الضغط).</translation>
        </message>
        <message>
            <source>Lånet vi har sett på: «{scenario}», {amount}.</source>
            <translation>القرض الذي نظرنا فيه: «{scenario}»، {amount}.</translation>
        </message>
        <message>
            <source>Lånet: {amount}</source>
            <translation>القرض: {amount}</translation>
        </message>
        <message>
            <source>Løpetid over kommunens vanlige {years} år (inntil 50 år i særlige tilfeller).</source>
            <translation>مدة أطول من المعتاد في البلدية وهو {years} سنة (حتى 50 سنة في حالات خاصة).</translation>
        </message>
        <message>
            <source>Maskinoversatt – ikke kvalitetssikret</source>
            <translation>ترجمة آلية – لم تُراجَع</translation>
        </message>
        <message>
            <source>Mat og drikke</source>
            <translation>الطعام والشراب</translation>
        </message>
        <message>
            <source>Mat, klær, transport og annet dere trenger hver måned:</source>
            <translation>الطعام والملابس والمواصلات وغيرها مما تحتاجونه كل شهر:</translation>
        </message>
        <message>
            <source>Med dagens inntekt: {verdict}</source>
            <translation>بدخل اليوم: {verdict}</translation>
        </message>
        <message>
            <source>Med dagens rente mangler {amount} hver måned.</source>
            <translation>بفائدة اليوم ينقص {amount} كل شهر.</translation>
        </message>
        <message>
            <source>Med deres egne tall</source>
            <translation>بأرقامكم الخاصة</translation>
        </message>
        <message>
            <source>Med dette budsjettet kan husstanden ikke betjene noe startlån, heller ikke med {years} års løpetid: ved stresstest er det ingenting igjen til å betale på et lån.</source>
            <translation>بهذه الميزانية لا تستطيع الأسرة تحمّل أي قرض بداية، ولا حتى بمدة {years} سنة: في اختبار الضغط لا يبقى شيء لدفع قرض.</translation>
        </message>
        <message>
            <source>Med flytende rente blir det ingen over- eller underkurs om dere innfrir eller flytter lånet.</source>
            <translation>مع الفائدة المتغيرة لا يوجد أي تعويض إذا سددتم القرض أو نقلتموه.</translation>
        </message>
        <message>
            <source>Med {rate}</source>
            <translation>بفائدة {rate}</translation>
        </message>
        <message>
            <source>Med {years} års løpetid og {rate} blir terminbeløpet {payment} i måneden, og dere har {left} igjen til livsopphold hver måned</source>
            <translation>بمدة {years} سنة وفائدة {rate} يكون القسط {payment} في الشهر، ويبقى لكم {left} للمعيشة كل شهر</translation>
        </message>
        <message>
            <source>Med «{scenario}» betaler dere {interest} i renter og {fees} i gebyrer over {years} år, til sammen {paid} for et lån på {amount}. Effektiv rente er {effective}. Lengre løpetid gir lavere terminbeløp, men mer renter totalt.</source>
            <translation>مع «{scenario}» تدفعون {interest} فوائد و{fees} رسومًا خلال {years} سنة، أي {paid} إجمالًا لقرض قدره {amount}. الفائدة الفعلية {effective}. المدة الأطول تعطي قسطًا أقل، لكن فوائد أكثر إجمالًا.</translation>
        </message>
        <message>
            <source>Mediebruk og fritid</source>
            <translation>الإعلام ووقت الفراغ</translation>
        </message>
        <message>
            <source>Månedlige kostnader i ny bolig sammenlignet med husleie i dag</source>
            <translation>التكاليف الشهرية في البيت الجديد مقارنة بالإيجار اليوم</translation>
        </message>
        <message>
            <source>Møbler</source>
            <translation>الأثاث</translation>
        </message>
        <message>
            <source>NAVs veiledende satser for økonomisk stønad</source>
            <translation>المعدلات الإرشادية للمساعدة المالية من NAV</translation>
        </message>
        <message>
            <source>Neste ▶</source>
            <translation>التالي ◀</translation>
        </message>
        <message>
            <source>Norges Banks styringsrente</source>
            <translation>سعر الفائدة الأساسي لـ Norges Bank</translation>
        </message>
        <message>
            <source>Nyere tall kan gjelde på saksdatoen, kontroller: {sources}.</source>
            <translation>قد تنطبق أرقام أحدث في تاريخ الحالة، تحقّقوا: {sources}.</translation>
        </message>
        <message>
            <source>Når bindingstiden er over ({rate})</source>
            <translation>عندما تنتهي مدة التثبيت ({rate})</translation>
        </message>
        <message>
            <source>Når bindingstiden på {years} år er over, blir terminbeløpet med dagens flytende rente {payment} per måned.</source>
            <translation>عندما تنتهي مدة التثبيت البالغة {years} سنوات، يصبح القسط بفائدة اليوم المتغيرة {payment} في الشهر.</translation>
        </message>
        <message>
            <source>Oppsummert</source>
            <translation>الخلاصة</translation>
        </message>
        <message>
            <source>Ordliste</source>
            <translation>قائمة الكلمات</translation>
        </message>
        <message>
            <source>Over (+) eller under (−) normen</source>
            <translation>فوق (+) أو تحت (−) المعيار</translation>
        </message>
        <message>
            <source>Pause – trykk B for å fortsette</source>
            <translation>توقف – اضغطوا B للمتابعة</translation>
        </message>
        <message>
            <source>Pengene dere har</source>
            <translation>المال الذي لديكم</translation>
        </message>
        <message>
            <source>Penger til boligen som ikke skal betales tilbake.</source>
            <translation>مال للبيت لا يجب إرجاعه.</translation>
        </message>
        <message>
            <source>Pensjonen</source>
            <translation>المعاش التقاعدي</translation>
        </message>
        <message>
            <source>Personlig pleie</source>
            <translation>العناية الشخصية</translation>
        </message>
        <message>
            <source>Prisen for å låne penger, i prosent av lånet per år.</source>
            <translation>ثمن اقتراض المال، بالنسبة المئوية من القرض في السنة.</translation>
        </message>
        <message>
            <source>Reisekostnader (kollektiv)</source>
            <translation>المواصلات (النقل العام)</translation>
        </message>
        <message>
            <source>Rente</source>
            <translation>الفائدة</translation>
        </message>
        <message>
            <source>Rente: {rate}</source>
            <translation>الفائدة: {rate}</translation>
        </message>
        <message>
            <source>Rentefradrag banklån (skatteverdi)</source>
            <translation>خصم الفائدة، القرض البنكي (القيمة الضريبية)</translation>
        </message>
        <message>
            <source>Renten</source>
            <translation>الفائدة</translation>
        </message>
        <message>
            <source>Renten er den samme i hele bindingstiden, for eksempel i 5 år.</source>
            <translation>الفائدة نفسها طوال مدة التثبيت، مثلًا 5 سنوات.</translation>
        </message>
        <message>
            <source>Renten etter bindingstiden</source>
            <translation>الفائدة بعد مدة التثبيت</translation>
        </message>
        <message>
            <source>Renten kan endre seg. Ved {rate} rente blir terminbeløpet {payment} per måned, og restbeløpet blir {residual} per måned.</source>
            <translation>يمكن أن تتغير الفائدة. بفائدة {rate} يصبح القسط {payment} في الشهر، ويبقى {residual} في الشهر.</translation>
        </message>
        <message>
            <source>Renten kan gå opp eller ned underveis.</source>
            <translation>يمكن أن ترتفع الفائدة أو تنخفض مع الوقت.</translation>
        </message>
        <message>
            <source>Ring kommunen og spør etter startlån.</source>
            <translation>اتصلوا بالبلدية واسألوا عن قرض البداية.</translation>
        </message>
        <message>
            <source>Ring {municipality} og spør etter startlån.</source>
            <translation>اتصلوا بـ {municipality} واسألوا عن قرض البداية.</translation>
        </message>
        <message>
            <source>SFO/AKS</source>
            <translation>رعاية ما بعد المدرسة (SFO/AKS)</translation>
        </message>
        <message>
            <source>SIFO referansebudsjett {year}</source>
            <translation>الميزانية المرجعية لـ SIFO {year}</translation>
        </message>
        <message>
            <source>Salgskostnader ved tvangssalg (forslag)</source>
            <translation>تكاليف البيع عند البيع الإجباري (اقتراح)</translation>
        </message>
        <message>
            <source>Skatteregler {year}</source>
            <translation>قواعد الضريبة {year}</translation>
        </message>
        <message>
            <source>Slik betales boligen ({total})</source>
            <translation>هكذا يُدفع ثمن البيت ({total})</translation>
        </message>
        <message>
            <source>Slik betales boligen ({total}): egne penger {equity}, banklån {bank}, startlån {startlan}</source>
            <translation>هكذا يُدفع ثمن البيت ({total}): أموالكم الخاصة {equity}، قرض بنكي {bank}، قرض البداية {startlan}</translation>
        </message>
        <message>
            <source>Slik fordeles inntekten på {income} hver måned med «{scenario}»:</source>
            <translation>هكذا يتوزع الدخل البالغ {income} كل شهر مع «{scenario}»:</translation>
        </message>
        <message>
            <source>Slik fordeles inntekten på {income} hver måned:</source>
            <translation>هكذا يتوزع الدخل البالغ {income} كل شهر:</translation>
        </message>
        <message>
            <source>Spedbarnsutstyr</source>
            <translation>مستلزمات الرضيع</translation>
        </message>
        <message>
            <source>Språk</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>Spørsmål? Problemer med å betale?</source>
            <translation>أسئلة؟ صعوبة في الدفع؟</translation>
        </message>
        <message>
            <source>Startlån</source>
            <translation>قرض البداية</translation>
        </message>
        <message>
            <source>Startlån – det viktigste for dere</source>
            <translation>قرض البداية – أهم ما يخصكم</translation>
        </message>
        <message>
            <source>Startlånet</source>
            <translation>قرض البداية</translation>
        </message>
        <message>
            <source>Startlånet etter rentefradrag</source>
            <translation>قرض البداية بعد خصم الفائدة</translation>
        </message>
        <message>
            <source>Startlånet koster {payment} i måneden. Dere har {left} igjen til mat, klær og annet livsopphold; det dere trenger etter normen er {need}.</source>
            <translation>يكلّف قرض البداية {payment} في الشهر. يبقى لكم {left} للطعام والملابس وتكاليف المعيشة الأخرى؛ وما تحتاجونه حسب المعيار هو {need}.</translation>
        </message>
        <message>
            <source>Steg {step} av {steps}: {title}</source>
            <translation>الخطوة {step} من {steps}: {title}</translation>
        </message>
        <message>
            <source>Stramt</source>
            <translation>ضيّق</translation>
        </message>
        <message>
            <source>Stresstest</source>
            <translation>اختبار الضغط</translation>
        </message>
        <message>
            <source>Stresstesten regner banklånet etter bankenes regel ({rate}), ikke med samme renteøkning som kurven; derfor ligger stresspunktet utenfor kurven.</source>
            <translation>يحسب اختبار الضغط القرض البنكي حسب قاعدة البنوك ({rate})، وليس بارتفاع الفائدة نفسه الذي في المنحنى؛ لذلك تقع نقطة الاختبار خارج المنحنى.</translation>
        </message>
        <message>
            <source>Strøm og oppvarming</source>
            <translation>الكهرباء والتدفئة</translation>
        </message>
        <message>
            <source>Styringsrenten {rate} + {pp} prosentpoeng (Husbanken)</source>
            <translation>سعر الفائدة الأساسي {rate} + {pp} نقطة مئوية (Husbanken)</translation>
        </message>
        <message>
            <source>Termingebyret</source>
            <translation>رسوم القسط</translation>
        </message>
        <message>
            <source>Til boligen og lånet</source>
            <translation>للبيت والقرض</translation>
        </message>
        <message>
            <source>Til sammen</source>
            <translation>المجموع</translation>
        </message>
        <message>
            <source>Til sammen {amount} hver måned</source>
            <translation>المجموع {amount} كل شهر</translation>
        </message>
        <message>
            <source>Til sammenligning: husleie i dag</source>
            <translation>للمقارنة: الإيجار اليوم</translation>
        </message>
        <message>
            <source>Tilskudd</source>
            <translation>منحة</translation>
        </message>
        <message>
            <source>Trangest i {year}: {amount} i måneden ({month}). Størst fall i {since}: {causes}.</source>
            <translation>أضيق وقت في {year}: {amount} في الشهر ({month}). أكبر انخفاض في {since}: {causes}.</translation>
        </message>
        <message>
            <source>Trykk O for å lukke ordlisten.</source>
            <translation>اضغطوا O لإغلاق قائمة الكلمات.</translation>
        </message>
        <message>
            <source>Tvangssalg hvis lånet ikke betales</source>
            <translation>البيع الإجباري إذا لم يُدفع القرض</translation>
        </message>
        <message>
            <source>Ved siden av: {scenario}</source>
            <translation>بجانبه: {scenario}</translation>
        </message>
        <message>
            <source>Ved stresstest ({rate}) mangler {amount} hver måned.</source>
            <translation>في اختبار الضغط ({rate}) ينقص {amount} كل شهر.</translation>
        </message>
        <message>
            <source>Ved {rate} har dere fortsatt {amount} mer enn normen hver måned.</source>
            <translation>بفائدة {rate} يبقى لكم {amount} أكثر من المعيار كل شهر.</translation>
        </message>
        <message>
            <source>Vedlikehold</source>
            <translation>الصيانة</translation>
        </message>
        <message>
            <source>Velger dere «{scenario}»:</source>
            <translation>إذا اخترتم «{scenario}»:</translation>
        </message>
        <message>
            <source>Vi regner med til livsopphold</source>
            <translation>ما نحسبه للمعيشة</translation>
        </message>
        <message>
            <source>Vi regner ut om dere klarer lånet også hvis renten stiger mye.</source>
            <translation>نحسب هل تستطيعون تحمّل القرض حتى إذا ارتفعت الفائدة كثيرًا.</translation>
        </message>
        <message>
            <source>Vis ved siden av</source>
            <translation>اعرض بجانبه</translation>
        </message>
        <message>
            <source>april</source>
            <translation>أبريل</translation>
        </message>
        <message>
            <source>august</source>
            <translation>أغسطس</translation>
        </message>
        <message>
            <source>avdragsfri</source>
            <translation>بدون سداد أصل القرض</translation>
        </message>
        <message>
            <source>avdragsfriheten slutter</source>
            <translation>تنتهي فترة عدم سداد أصل القرض</translation>
        </message>
        <message>
            <source>banklånet</source>
            <translation>القرض البنكي</translation>
        </message>
        <message>
            <source>barnetrygden for {name} faller bort</source>
            <translation>تتوقف إعانة الطفل {name}</translation>
        </message>
        <message>
            <source>bindingstiden slutter</source>
            <translation>تنتهي مدة تثبيت الفائدة</translation>
        </message>
        <message>
            <source>desember</source>
            <translation>ديسمبر</translation>
        </message>
        <message>
            <source>fast rente</source>
            <translation>فائدة ثابتة</translation>
        </message>
        <message>
            <source>fast rente i {years} år</source>
            <translation>فائدة ثابتة لمدة {years} سنوات</translation>
        </message>
        <message>
            <source>februar</source>
            <translation>فبراير</translation>
        </message>
        <message>
            <source>flytende rente</source>
            <translation>فائدة متغيرة</translation>
        </message>
        <message>
            <source>januar</source>
            <translation>يناير</translation>
        </message>
        <message>
            <source>juli</source>
            <translation>يوليو</translation>
        </message>
        <message>
            <source>juni</source>
            <translation>يونيو</translation>
        </message>
        <message>
            <source>lån med flytende rente</source>
            <translation>قروض بفائدة متغيرة</translation>
        </message>
        <message>
            <source>mai</source>
            <translation>مايو</translation>
        </message>
        <message>
            <source>mars</source>
            <translation>مارس</translation>
        </message>
        <message>
            <source>nok</source>
            <translation>يكفي</translation>
        </message>
        <message>
            <source>november</source>
            <translation>نوفمبر</translation>
        </message>
        <message>
            <source>og tilskudd {amount}.</source>
            <translation>ومنحة {amount}.</translation>
        </message>
        <message>
            <source>oktober</source>
            <translation>أكتوبر</translation>
        </message>
        <message>
            <source>rente</source>
            <translation>الفائدة</translation>
        </message>
        <message>
            <source>restgjeld</source>
            <translation>الدين المتبقي</translation>
        </message>
        <message>
            <source>september</source>
            <translation>سبتمبر</translation>
        </message>
        <message>
            <source>startlån</source>
            <translation>قرض البداية</translation>
        </message>
        <message>
            <source>startlånet</source>
            <translation>قرض البداية</translation>
        </message>
        <message>
            <source>stresstest</source>
            <translation>اختبار الضغط</translation>
        </message>
        <message>
            <source>terminbeløp</source>
            <translation>القسط الشهري</translation>
        </message>
        <message>
            <source>tilskudd</source>
            <translation>منحة</translation>
        </message>
        <message>
            <source>{amount} for lite</source>
            <translation>ينقص {amount}</translation>
        </message>
        <message>
            <source>{cost} etter fradrag</source>
            <translation>{cost} بعد الخصم</translation>
        </message>
        <message>
            <source>{name} begynner på skolen og i SFO</source>
            <translation>{name} يبدأ المدرسة ورعاية ما بعد المدرسة</translation>
        </message>
        <message>
            <source>{name} er ferdig med SFO</source>
            <translation>{name} ينهي رعاية ما بعد المدرسة</translation>
        </message>
        <message>
            <source>{name} fyller 18 år</source>
            <translation>{name} يبلغ 18 سنة</translation>
        </message>
        <message>
            <source>{name} fyller {years} år</source>
            <translation>{name} يبلغ {years} سنة</translation>
        </message>
        <message>
            <source>{share} % fast rente i {years} år og resten flytende</source>
            <translation>{share} % بفائدة ثابتة لمدة {years} سنوات والباقي متغير</translation>
        </message>
        <message>
            <source>«Igjen» er det som er igjen til livsopphold hver måned. Den svarte streken er det dere trenger: {need}. Grønt forbi streken er nok.</source>
            <translation>«المتبقي» هو ما يبقى للمعيشة كل شهر. الخط الأسود هو ما تحتاجونه: {need}. الأخضر بعد الخط يكفي.</translation>
        </message>
        <message>
            <source>«{line}» er nedbetalt</source>
            <translation>«{line}» مسدد بالكامل</translation>
        </message>
        <message>
            <source>◀ Tilbake</source>
            <translation>▶ رجوع</translation>
        </message>
    </context>
</TS>
