"""Press batches: new wire, web and GUM-style texts whose sentences were written down before
the splitter ran on them (session 6), kept as table-driven tests with offsets.

Each case is (behaviour, text) with "|" where a sentence ends (the marks are taken out; the
spans are the whitespace-trimmed pieces between them), so the gold reads in place.

Agreement before any fix. First batch, written from the kinds the held-out sets hold: Arabic
wire news (Reuters, AFP, SANA, Anadolu, KUNA and Al Jazeera datelines, quotations of every
kind, lists, abbreviations, Arabic-Indic numbers, URLs, hashtags, Quranic verses, tatweel,
direction marks, Latin words, captions) 48 of 57; EWT-style web text 22 of 25; GUM-style
text (citations, e.g./i.e./vs./Fig./pp., interviews, how-tos) 27 of 30. Second batch, aimed at
the classes the first showed: Arabic 2 of 7, English 0 of 2. Third batch (wire translated as
PUD's news is, agency forms, GUM's biographies, travel guides, how-tos, academic prose,
fiction, interviews, Reddit; EWT mail and reviews): Arabic 16 of 16, English 20 of 24.

Fixed by general rules (split output on the three dev sets unchanged):
- a title or initial fused with و/ف ("ود. ليلى", "وم. خالد", "ود.مجدي") is a lone letter
  still (`clitics` in lang/ar.py), no word of two letters;
- "that" after و/ف (وأن، وإن، فإن، وأنه...) opens no sentence: after an ellipsis or a
  quotation a clause of reported speech goes on ("قال إن «الوضع صعب.» وإن الحكومة ستتحرك");
- an end-mark run alone in brackets ("(!)", "(?)", "(...)") is a comment or an elision, no
  end; a question or exclamation closed by a bracket is read as one closed by a quotation
  mark ("claims (is it?) that sales": the sentence goes on);
- units after a number ("20 mi. from", "a 5 min. walk", "2 tbsp.") and "Univ." may end a
  sentence only before a likely start (lang/en.py ABBREVIATIONS);
- an emoticon glued to the next word is none ("TL;DR" was cut after ";D").

Left alone (GAPS below, strict xfail: each says what the splitter does today):
- Arabic: after a number an era or a zone (ق.م.، ت.غ.) ends as any word does, so
  "عام 300 ق.م. على يد" is cut; the opposite reading would keep "عام 500 ق.م. الحكومة ..."
  whole, and prepositions open Arabic sentences too ("على صعيد آخر"). "هـ." stays an
  abbreviation ("1435 هـ. الموافق 2014" is the commoner sequel), so a noun after it is missed.
  "ج.م.ع. والمملكة": و + ال also opens verbs (والتقى، والتزم), so it stays a likely start.
  A noun after «... .» (full stop inside the guillemet): agency style puts it after (».).
- English: a capitalized word after a dotted acronym or an abbreviation ("U.K. Best",
  "a.m. Parking", "Ph.D. Students", "Ave. Visitors") ends the sentence only if it is a
  likely start; in EWT and GUM dev 12 of 13 capitalized words after a dotted acronym go on
  ("W.H.S. Koerner", "U.S. Department", "P.S. I"). "great.The" (no space): the treebank sets
  are rebuilt with a space between sentences, so such a rule could only cost there, and all
  4 such dots in EWT dev are inside addresses ("Newsfeed.Com").
- Left out as unsure: an Arabic ellipsis before a noun ("منذ أشهر... الأسعار ترتفع"),
  written as two sentences, but Arabic writers use "..." as a pause as often as a stop.
"""

from __future__ import annotations

import pytest

from wiretime.sentences import split

ARABIC = [
    ("reuters dateline with colon",
     "القاهرة - رويترز: قال مسؤولون مصريون يوم الأحد إن المحادثات ستستأنف الأسبوع المقبل.| وأضافوا أن "
     "الوفدين سيلتقيان في القاهرة."),
    ("sana dateline with date",
     "دمشق، 12 آذار (سانا) - استقبل الرئيس بشار الأسد اليوم وفدا برلمانيا روسيا.| وجرى خلال اللقاء بحث "
     "العلاقات الثنائية."),
    ("afp dateline alone", "(أ ف ب) - أعلنت الشرطة الفرنسية توقيف ثلاثة أشخاص.| ولم تكشف عن هوياتهم."),
    ("headline, dateline, quoted word",
     "الأمم المتحدة تحذر من مجاعة في السودان|\nنيويورك (رويترز) - حذرت الأمم المتحدة يوم الجمعة من أن ملايين "
     'الأشخاص في السودان يواجهون خطر المجاعة.| وقال المتحدث باسم المنظمة إن الوضع "كارثي".'),
    ("anadolu dateline line",
     "أنقرة/ الأناضول|\nأعلن وزير الخارجية التركي أن بلاده مستعدة للوساطة.| وأشار إلى اتصالات مع الطرفين."),
    ("full stop after the guillemet",
     "وقال الوزير للصحفيين: «لن نقبل بأي شروط مسبقة».| وأضاف أن بلاده ملتزمة بالحوار."),
    ("quoted question ends", "وتساءل المتحدث: «من سيدفع الثمن؟»| ولم ينتظر إجابة."),
    ("quoted question goes on", "وسأل «لماذا الآن؟» قبل أن يغادر القاعة."),
    ("quoted exclamation goes on", "وهتف المتظاهرون: «الشعب يريد إسقاط النظام!» ثم تفرقوا بهدوء."),
    ("quotation of two sentences",
     'وقال الرئيس في كلمته: "لقد انتصرنا. والمعركة لم تنته بعد."| وصفق الحضور طويلا.'),
    ("nested quotation",
     'وقالت الوكالة: «نقل المصدر عن الوزير قوله: "الاتفاق بات قريبا." ولم يحدد موعدا.»| وتعثرت المفاوضات '
     "مرارا."),
    ("curly quotes", "وكتب على تويتر: “نحن نراقب الوضع عن كثب.”| وأضاف أن واشنطن مستعدة للتدخل."),
    ("quoted question, speaker after", "«هل نحن في أمان؟» قال أحد السكان لمراسلنا."),
    ("full stop after a quote, a noun next", 'وقال "لن نستسلم".| الجيش واصل تقدمه نحو المدينة.'),
    ("numbered list lines",
     "وتضمنت المبادرة النقاط التالية:|\n1. وقف فوري لإطلاق النار.|\n2. الإفراج عن المعتقلين.|\n3. عودة "
     "النازحين إلى منازلهم."),
    ("dash list lines", "أبرز بنود الاتفاق:|\n- انسحاب القوات خلال 30 يوما|\n- تشكيل لجنة مشتركة"),
    ("arabic-indic list with a dash", "ومن أهم التوصيات:|\n١- دعم المزارعين|\n٢- تحسين شبكات الري."),
    ("ق.م after a century", "ويعود تاريخ المدينة إلى القرن الثالث ق.م.| وقد اكتشفت فيها آثار رومانية."),
    ("ص.ب and an e-mail",
     "ويمكن التواصل مع المكتب عبر ص.ب. 2250 عمّان أو البريد الإلكتروني press@moi.gov.jo.| وسيرد المكتب خلال "
     "أسبوع."),
    ("titles د. أ.د. م.",
     "وشارك في الندوة د. سعاد الصباح وأ.د. محمد عبد الله وم. خالد يوسف.| وناقش المشاركون سبل التعاون."),
    ("agency initials mid-sentence", "ونقلت أ.ف.ب. عن مصدر أمني أن الهجوم أسفر عن قتيلين."),
    ("initial in a name", "وقال الباحث محمد ع. الحسيني إن الدراسة شملت 500 شخص.| ونشرت نتائجها أمس."),
    ("arabic-indic decimals and thousands",
     "وارتفع مؤشر البورصة بنسبة ٢٫٣ في المئة ليغلق عند ١٢٬٤٥٠ نقطة.| وتراجع الجنيه أمام الدولار."),
    ("time with a dot", "ويبدأ الاجتماع في الساعة 10.30 صباحا بتوقيت مكة.| ومن المقرر أن يستمر ساعتين."),
    ("ت.غ ends", "ووقع الانفجار في الساعة 0630 ت.غ.| وهرعت سيارات الإسعاف إلى المكان."),
    ("bare domain at the end",
     "ونشرت الوزارة البيان كاملا على موقعها www.mofa.gov.sa.| ودعت المواطنين إلى الاطلاع عليه."),
    ("hashtag", "وانتشر وسم #أنقذوا_حلب على نطاق واسع.| وشارك فيه آلاف المستخدمين."),
    ("full stop after a bracket", "وصدر الكتاب عام 2010 (وترجم إلى ست لغات).| وحقق مبيعات كبيرة."),
    ("bracketed exclamation", "ووصف الوزير الاتفاق بأنه تاريخي (!) رغم الانتقادات الواسعة."),
    ("ellipsis then ثم",
     "وقال شاهد عيان: كان الصوت قويا جدا... ثم رأينا الدخان يتصاعد.| وأضاف أن الناس فروا مذعورين."),
    ("ellipsis then وإن", "وختم حديثه قائلا إن الأمل موجود... وإن الطريق طويل."),
    ("quranic verse",
     "واستشهد الخطيب بقوله تعالى: ﴿إِنَّ اللَّهَ مَعَ الصَّابِرِينَ﴾.| ودعا المصلين إلى الصبر."),
    ("quranic verse with its reference",
     "وتلا قوله تعالى: ﴿وَقُلِ اعْمَلُوا فَسَيَرَى اللَّهُ عَمَلَكُمْ﴾ [التوبة: 105].| ثم بدأ خطبته."),
    ("tatweel", "وأكد الرئيــس أن الحكومــة ماضية في الإصلاحات.| وتابع: «لا تراجع»."),
    ("direction marks around latin",
     "وقالت شركة \u200fGoogle\u200f إن الخدمة عادت.\u200f| وأضافت أنها تحقق في الأمر."),
    ("english title and acronyms",
     "وقال الدكتور Dr. John Smith من جامعة MIT إن النتائج مشجعة.| وكان الجيش الأمريكي U.S. Army قد أعلن "
     "مشاركته."),
    ("U.S. mid-sentence", "وأعلنت الولايات المتحدة U.S. عن مساعدات جديدة."),
    ("photo caption line",
     "جانب من الدمار الذي خلفه القصف في مدينة حلب (رويترز)|\nحلب (رويترز) - قتل عشرة مدنيين على الأقل في قصف "
     "جوي.| وقالت مصادر طبية إن بين القتلى أطفالا."),
    ("arabic comma and semicolon",
     "وأغلقت المدارس؛ وعلقت الرحلات الجوية، وطلب من السكان البقاء في منازلهم.| وتوقعت الأرصاد تحسن الطقس "
     "غدا."),
    ("هـ then a verb", "ولد في عام 1380 هـ.| وتلقى تعليمه في مكة المكرمة."),
    ("e-mail and a phone number",
     "للاستفسار يرجى مراسلة info@sana.sy أو الاتصال على الرقم 011-2234567.| وتعمل الخطوط على مدار الساعة."),
    ("question and exclamation",
     "هل تنجح الهدنة؟| يبدو أن الأطراف غير متفائلة.| وقال دبلوماسي غربي إن الفرص ضئيلة!"),
    ("source line", "وتشهد البلاد احتجاجات منذ أسابيع.|\nالمصدر : الجزيرة + وكالات"),
    ("era م. after a year", "وشيد المسجد عام 1250 م.| ويعد من أقدم مساجد المدينة."),
    ("number then a noun", "وبلغ عدد الضحايا 45.| المستشفيات استقبلت عشرات الجرحى."),
    ("score", "وفاز الفريق بنتيجة 3-1.| وتأهل إلى النهائي."),
    ("page abbreviation in brackets", "وجاء في التقرير (ص. 45) أن الإنفاق ارتفع."),
    ("exclamation then a noun", "يا لها من مفاجأة!| الجمهور لم يصدق ما حدث."),
    ("kuna dateline",
     "الكويت - 13 - 5 (كونا) -- أعلنت وزارة الصحة تسجيل 12 إصابة جديدة.| وقالت الوزارة إن الحالات مستقرة."),
    ("paragraphs of a wire story",
     "بيروت (رويترز) - قال الجيش اللبناني إنه انتشر في الجنوب.|\n\nوأضاف في بيان أن الانتشار سيكتمل خلال "
     "أيام.| يذكر أن الاتفاق دخل حيز التنفيذ الأسبوع الماضي."),
    ("sentence starting with a name after a full stop",
     "وانتهت الجولة الأولى دون نتائج.| محمود عباس غادر العاصمة مساء."),
    ("two doctors, conjoined", "وتحدث في الجلسة كل من د. سامي نصر ود. ليلى حداد.| واختتمت الندوة بتوصيات."),
    ("titles glued to names", "وحضر اللقاء د.أحمد زويل ود.مجدي يعقوب."),
    ("engineer glued to the name", "وأشرف على المشروع م.خالد العمر.| وتبلغ كلفته مليون دولار."),
    ("reported speech goes on after a quotation", "وقال الوزير إن «الوضع صعب.» وإن الحكومة ستتحرك."),
    ("question in brackets", "وقال إن المفاوضات (هل هي مفاوضات؟) لم تبدأ بعد."),
    ("elision in brackets", "وقال: «إننا (...) لن نتراجع».| وغادر."),
    ("professor conjoined, a verb next", "وترأس الجلسة أ. سمير أمين وأ. هدى بركات.| وقدمت خلالها خمس أوراق."),
    ("quoted clause, then a quotation",
     'وقال المتحدث باسم البيت الأبيض، شون سبايسر، للصحفيين إن الرئيس "يعتقد أن الاتفاق سيئ".| وأضاف: "سنراجع '
     'جميع الخيارات".'),
    ("title in a translated sentence",
     'وصرح د. فاوتشي، مدير المعهد الوطني للحساسية والأمراض المعدية، بأن اللقاح "آمن وفعال".| ولم يعلق البيت '
     "الأبيض على تصريحاته."),
    ("thousands and a double month",
     "وأفاد تقرير صادر عن منظمة العفو الدولية (أمنستي) بأن 1,200 شخص اعتقلوا منذ يناير/كانون الثاني.| ودعت "
     "المنظمة إلى الإفراج عنهم فورا."),
    ("market prices",
     "ارتفع سعر خام برنت 1.2 في المئة إلى 84.50 دولار للبرميل بحلول الساعة 0930 بتوقيت غرينتش.| وصعد الخام "
     "الأمريكي 90 سنتا."),
    ("police statement of two sentences",
     'وقالت الشرطة في بيان: "تم القبض على المشتبه به البالغ من العمر 28 عاما. ولا يوجد خطر على الجمهور."'),
    ("quoted exclamation, a verb next",
     'وكتب ترامب على تويتر: "أخبار كاذبة!"| وتابع هجومه على وسائل الإعلام.'),
    ("quoted question, a participle next",
     'وتساءلت الصحيفة: "إلى متى سيستمر هذا الوضع؟" مشيرة إلى تفاقم الأزمة.'),
    ("headline question",
     "هل يعود ترامب إلى البيت الأبيض؟|\nواشنطن (أ ف ب) - يترقب الأمريكيون نتائج الانتخابات.| ويتوقع المحللون "
     "سباقا متقاربا."),
    ("Inc. in Arabic text", "وأعلنت شركة Apple Inc. عن أرباح قياسية.| وارتفع سهمها 3% في التعاملات المبكرة."),
    ("tanween before the full stop",
     "وأُعلن عن الاتفاق في الساعة 11:45 مساءً بالتوقيت المحلي.| ومن المتوقع توقيعه رسمياً غداً."),
    ("spa dateline line",
     "الرياض 15 رمضان 1445 هـ الموافق 25 مارس 2024 م واس|\nاستقبل ولي العهد وزير الخارجية الأمريكي.| وجرى "
     "خلال الاستقبال استعراض العلاقات."),
    ("contributor line",
     "ويأتي ذلك بعد أيام من اجتماع وزراء الخارجية في الرياض.|\n\n(شارك في التغطية محمد علي من القاهرة)"),
    ("dotted latin acronym at the end",
     "وانضمت الدولة إلى منظمة التجارة العالمية W.T.O.| وقالت الحكومة إن ذلك سيعزز الصادرات."),
    ("percent signs",
     "وبلغت نسبة المشاركة 45%.| وارتفع التضخم إلى ٥٫٢٪.| وقال البنك المركزي إنه سيرفع الفائدة."),
    ("ordinals in one sentence", "وحدد ثلاثة شروط: أولاً، وقف القتال؛ ثانياً، الانسحاب؛ ثالثاً، الانتخابات."),
    ("telephone and fax", "للحجز: ت. 4455667 – ف. 4455668.| والدعوة عامة."),
]

ENGLISH = [
    ("email with greeting and signature",
     "Hi John,|\nthanks for the update.| i'll send the contract tomorrow.|\nRegards,|\nDebra"),
    ("lowercase review", "great place!!| will definitely come back.| the staff was friendly"),
    ("smiley before a capital", "Can't wait to see you :)| Call me when you land."),
    ("ellipsis then lowercase", "I don't know... maybe we should wait.| What do you think?"),
    ("long dot run then a capital", "So I called them.....| Nobody answered."),
    ("list lines without punctuation", "Things to bring:|\n- sleeping bag|\n- flashlight|\n- water"),
    ("forum question",
     "Does anyone know a good vet in Seattle?| My dog has been sick for a week and I'm worried.| Thanks in "
     "advance"),
    ("mark runs", "Are you kidding me?!?| They charged me twice!!!"),
    ("url mid-text", "Check out www.example.com/deals for more info.| They have great prices."),
    ("title and a.m.", "Mr. Lee will call you at 9 a.m. tomorrow.| Please be ready."),
    ("etc. at the end", "We need chairs, tables, plates etc.| The party starts at 6."),
    ("etc. mid-sentence", "Bring snacks, drinks etc. and we'll provide the rest."),
    ("quoted lowercase question", 'She asked me "are you sure?" and I said yes.'),
    ("all caps", "DO NOT BUY FROM THIS STORE.| THEY ARE SCAMMERS."),
    ("two spaces",
     "Please review the attached draft and let me know if you have any comments.|  I will be out of the "
     "office on Friday."),
    ("price at the end", "The total came to $45.50.| That's way too much."),
    ("postscript line", "See you Monday.|\nP.S. Don't forget the keys."),
    ("question then lowercase", "where is the best place to buy a used car?| i live in austin"),
    ("full stop after a bracket", "We went there last year (in June).| It was fantastic."),
    ("thanks line and name", "Let me know if you need anything else.|\nThanks!|\nMark"),
    ("emoticon before lowercase ends nothing", "we had fun :) the kids loved it."),
    ("hours and phone number", "Call 555-1234 between 8 and 5.| Ask for Sue."),
    ("citation before the full stop",
     "Previous studies have examined this effect (Smith et al. 2003).| However, none controlled for age."),
    ("et al. at the end", "This was first described by Jones et al.| Their model, however, was limited."),
    ("e.g. and i.e.",
     "Some languages (e.g. Finnish) lack grammatical gender, i.e. they do not mark nouns for it."),
    ("vs.", "The final was Brazil vs. Germany.| Germany won 7-1."),
    ("Fig. and a number at the end",
     "The results are shown in Fig. 3.| As the figure shows, accuracy improves with size."),
    ("pp.", "See Chomsky (1965, pp. 12-14) for discussion.| The argument is simple."),
    ("interview lines",
     "Q: What got you interested in photography?|\nA: My father gave me a camera when I was ten.| I never "
     "put it down."),
    ("how-to steps",
     "Step 1: Preheat the oven to 350 degrees.|\nStep 2: Mix the flour and sugar.| Don't overmix!"),
    ("wikinews date line",
     "Thursday, May 7, 2015|\nThe United Kingdom's general election was held today.| Polls closed at 10 p.m. "
     "BST."),
    ("Dr., Jr., St.", "Dr. Martin Luther King Jr. spoke at St. Paul's Cathedral.| Thousands attended."),
    ("quoted dialogue", '"Where are you going?" she asked.| "Home," he said.'),
    ("U.S. before a name", "The U.S. Supreme Court ruled on Monday."),
    ("No. and a year", "Symphony No. 9 was his last.| It premiered in 1824."),
    ("cf.", "This contrasts with earlier findings (cf. Brown 1999).| We return to this point below."),
    ("ca. and a year", "The manuscript dates to ca. 1450.| It was acquired in 1923."),
    ("Inc. mid-sentence", "Shares of Apple Inc. rose 3 percent.| Analysts expected the gain."),
    ("Co. at the end", "He worked for Ford Motor Co.| Later he joined GM."),
    ("ellipsis inside a quotation",
     'As Darwin wrote, "endless forms most beautiful ... have been, and are being, evolved."| This view '
     "remains influential."),
    ("fiction dialogue", '"I don\'t know," she whispered.| "Maybe tomorrow."'),
    ("forum edit line", "Edit: typo|\nI've been lurking here for years.| First post!"),
    ("bullet lines", "Ingredients:|\n• 2 cups rice|\n• 1 tsp salt"),
    ("heading line", "Introduction|\nLanguage change is inevitable.| Yet it is often resisted."),
    ("Ph.D. mid-sentence", "She earned her Ph.D. at Stanford.| Her thesis examined coral reefs."),
    ("Section number and a heading number",
     "We describe the corpus in Section 2.| Section 3 presents the results."),
    ("bracketed citation number", "The effect has been replicated many times [12].| Still, doubts remain."),
    ("question in a quotation ending the sentence",
     'The title asks "Who owns the city?"| Its answer is surprising.'),
    ("approx.", "The trail is approx. 5 km long.| It takes about two hours."),
    ("bracketed question", "The company claims (?) that sales doubled.| Nobody believes it."),
    ("bracketed exclamation", "He paid $5,000 (!) for a used bike."),
    ("state abbreviation before a comma",
     "Born in 1920 in St. Louis, Mo., she moved to Paris in 1947.| There she met her husband."),
    ("units after numbers", "The park is about 20 mi. from downtown.| Buses run every 30 min. on weekdays."),
    ("i.e. mid-sentence",
     "Don't use too much water, i.e. no more than a cup.| Otherwise the rice gets mushy."),
    ("p value", "As shown in Table 2, the effect was significant (p < .05).| This supports H1."),
    ("section number at the end",
     "Participants (N = 120) were recruited online, cf. Section 4.2.| They were paid $5."),
    ("exclamation and speaker", '"Wait!" cried Anna.| But he was already gone.'),
    ("news dateline",
     "WASHINGTON (Reuters) - The U.S. Senate on Tuesday passed a $1.2 trillion bill.| It now goes to the "
     "House."),
    ("reddit lines", "TL;DR: don't buy it.|\nEDIT: thanks for the gold, kind stranger!"),
    ("interview turns", "Interviewer: So, what's next for you?|\nSmith: Honestly?| I have no idea."),
    ("et al. before a year", "Jones et al. (2019) found no effect.| Later work disagreed."),
    ("vs. in a score", "Arsenal vs. Chelsea ended 2-2."),
    ("short answers", "Yes.| It is safe.| Just don't overdo it :)"),
    ("review with a number start", "Excellent service!!!!| Highly recommend.| 5 stars"),
    ("email to Vince",
     "Vince,|\nPlease see the attached file.| Let me know what you think.|\nThanks,|\nShirley"),
    ("numbered questions in a line", "I have 2 questions.| 1. How much does it cost?| 2. When does it open?"),
    ("chapter and appendix", "This is discussed at length in Chapter 5.| See also Appendix B."),
    ("Calif. at the end", "The company is based in Mountain View, Calif.| It employs over 100,000 people."),
    ("approx. before money", "The deal is worth approx. $3 billion.| Regulators must approve it."),
    ("Univ. before of", "Prof. Smith teaches at the Univ. of Chicago."),
    ("Sept. and Ft.", "He was born on Sept. 3, 1951, in Ft. Worth, Texas."),
    ("min. before a noun", "It was a 5 min. walk.| We took a cab anyway."),
    ("greeting and doubled question", "Hello all,|\nDoes anyone have a recipe for gluten free bread??| Thx"),
    ("two sentences in a quotation", 'He paused.| "You know what?| Forget it."'),
    ("em-dash dateline",
     "LONDON — British Prime Minister Theresa May said on Monday that talks would continue.| She did not "
     "give a date."),
]

GAPS_AR = [
    ("full stop inside the guillemet, a noun next",
     "وقال الوزير: «لن نقبل بأي شروط مسبقة.»| الحكومة من جهتها رفضت التعليق."),
    ("ق.م after a year, sentence goes on", "بنيت القلعة عام 300 ق.م. على يد الإغريق."),
    ("ج.م.ع before a conjoined noun", "وقعت الاتفاقية بين ج.م.ع. والمملكة الأردنية الهاشمية عام 1964."),
    ("ت.غ goes on", "ووقع الانفجار نحو الساعة 0630 ت.غ. يوم الأحد."),
    ("هـ then a noun", "وتوفي الشيخ عام 1420 هـ.| الملك أعلن الحداد ثلاثة أيام."),
]

GAPS_EN = [
    ("no space after a full stop", "The food was great.|The service was terrible though."),
    ("acronym at the end, a capital next", "I moved here from the U.K.| Best decision ever."),
    ("a.m. at the end, a capital next", "The store opens at 10 a.m.| Parking is free."),
    ("p.m. at the end, a capital next",
     "The museum is open daily from 9 a.m. to 5 p.m.| Admission is free for children under 12."),
    ("Ave. at the end", "The office is at 1600 Pennsylvania Ave.| Visitors must book in advance."),
    ("Ph.D. at the end, a capital next", "He holds a Ph.D.| Students often ask him for advice."),
]
# Today's output differs from the gold on these; why each is left alone is in the docstring.
GAPS = [("ar", *case) for case in GAPS_AR] + [("en", *case) for case in GAPS_EN]


def _marked(case: str) -> tuple[str, list[tuple[int, int]]]:
    """The text of a case and the spans its "|" marks give (whitespace-trimmed pieces)."""
    text, spans, position = case.replace("|", ""), [], 0
    for piece in case.split("|"):
        start = position + len(piece) - len(piece.lstrip())
        spans.append((start, position + len(piece.rstrip())))
        position += len(piece)
    return text, spans


@pytest.mark.parametrize(("behaviour", "case"), ARABIC, ids=[c[0] for c in ARABIC])
def test_arabic_press(behaviour, case):
    text, spans = _marked(case)
    assert split(text, "ar") == spans


@pytest.mark.parametrize(("behaviour", "case"), ENGLISH, ids=[c[0] for c in ENGLISH])
def test_english_press(behaviour, case):
    text, spans = _marked(case)
    assert split(text, "en") == spans


@pytest.mark.xfail(strict=True, reason="left alone: see the module docstring")
@pytest.mark.parametrize(("lang", "behaviour", "case"), GAPS, ids=[c[1] for c in GAPS])
def test_gaps_left_alone(lang, behaviour, case):
    text, spans = _marked(case)
    assert split(text, lang) == spans


def test_marks_give_the_spans():
    """The marks themselves: trimmed pieces, offsets into the text without them."""
    assert _marked("A b.| C d.\n|E") == ("A b. C d.\nE", [(0, 4), (5, 9), (10, 11)])
