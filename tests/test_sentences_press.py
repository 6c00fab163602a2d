"""Press batches: new wire, web and GUM-style texts whose sentences were written down before
the splitter ran on them (session 6), kept as table-driven tests with offsets. Arabic here,
English in test_sentences_press_en.py.

Each case is (behaviour, text) with "|" where a sentence ends (the marks are taken out; the
spans are the whitespace-trimmed pieces between them), so the gold reads in place.

Agreement before any fix (Arabic / EWT-style / GUM-style). First batch, from the kinds the
held-out sets hold: Arabic wire news (Reuters, AFP, SANA, Anadolu, KUNA and Al Jazeera
datelines, quotations of every kind, lists, abbreviations, Arabic-Indic numbers, URLs,
hashtags, Quranic verses, tatweel, direction marks, Latin words, captions) 48 of 57; web text
22 of 25; citations, e.g./i.e./vs./Fig./pp., interviews, how-tos 27 of 30. Second, aimed at
the classes the first showed: Arabic 2 of 7, English 0 of 2. Third (wire translated as PUD's
news is, agency forms, GUM's biographies, travel guides, how-tos, academic prose, fiction,
interviews, Reddit; EWT mail and reviews): Arabic 16 of 16, English 20 of 24. Fourth
(abbreviations before sentence starts, academic notation, more agencies): Arabic 19 of 19,
English 20 of 30. Fifth (quotation marks as real Arabic pages have them: the other way round,
left open, several in a paragraph): Arabic 2 of 6. Sixth (EWT reviews, answers and mail):
English 17 of 18.

Fixed by general rules:
- a title or initial fused with و/ف ("ود. ليلى", "وم. خالد", "ود.مجدي") is a lone letter
  still (`clitics` in lang/ar.py), no word of two letters;
- "that" after و/ف (وأن، وإن، فإن، وأنه...) opens no sentence: after an ellipsis or a
  quotation a clause of reported speech goes on ("قال إن «الوضع صعب.» وإن الحكومة ستتحرك");
- an end-mark run alone in brackets ("(!)", "(?)", "(...)") is a comment or an elision, no
  end; a question or exclamation closed by a bracket is read as one closed by a quotation
  mark ("claims (is it?) that sales": the sentence goes on);
- units after a number ("20 mi. from", "a 5 min. walk", "2 tbsp.") and "Univ." end a
  sentence only before a likely start; an emoticon glued to the next word is none ("TL;DR");
- more English likely starts: auxiliaries, their negations, discourse words ("etc. Do you",
  "p.m. Can you", "U.S. Yes,", "Corp. Unfortunately") and imperatives that open instructions
  ("Thurs. See you then", "Check", "Note", "Call"); "Exp. 2", "Eq. 5", "Sect. 3" stand
  before a number;
- a quotation's opening mark stands before a word, its closing one after a word or an end
  mark (lang/common.py): «إن "الهجوم لن يمر دون رد. وأضاف: "القوات..."» no longer holds
  two sentences as one quotation, and ”...“ or »...« written the other way round are read
  as quotations, not as the gap between two.
Split output on ar_pud_wiki_dev and en_gum_dev unchanged by all of them; on en_ewt_dev the
likely starts added two boundaries, both gold ("Ave.) Does anyone", "etc. Thanks,").

Left alone (GAPS, strict xfail: each says what the splitter does today):
- after a number an era or a zone (ق.م.، ت.غ.) ends as any word does, so "عام 300 ق.م. على
  يد" is cut; the opposite reading would keep "عام 500 ق.م. الحكومة ..." whole, and
  prepositions open Arabic sentences too ("على صعيد آخر"). "هـ." stays an abbreviation
  ("1435 هـ. الموافق 2014" is the commoner sequel), so a noun after it is missed.
  "ج.م.ع. والمملكة": و + ال also opens verbs (والتقى، والتزم), so it stays a likely start.
  A noun after «... .» (full stop inside the guillemet): agency style puts it after (».).
- English: a capitalized word after a dotted acronym or an abbreviation ends the sentence only
  if it is a likely start ("U.K. Best", "a.m. Parking", "Ph.D. Students", "lbs. Shipping"
  stay whole; "Will" is a name too); in EWT and GUM dev 12 of 13 capitalized words after a
  dotted acronym go on ("W.H.S. Koerner", "U.S. Department"). "great.The" (no space): the
  treebank sets are rebuilt with a space between sentences, so such a rule could only cost
  there, and all 4 such dots in EWT dev are inside addresses ("Newsfeed.Com").
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
    ("two quotations of a minister",
     'وقال وزير الخارجية الأمريكي أنتوني بلينكن في مؤتمر صحفي: "نحن ملتزمون بأمن إسرائيل".| وأضاف: "لكننا '
     'نريد أيضاً حماية المدنيين في غزة".'),
    ("dateline with a colon after the agency",
     "بغداد- (رويترز): أفاد مصدر أمني بمقتل ثلاثة جنود.| ولم يصدر تعليق رسمي."),
    ("aps dateline, كما next",
     'الجزائر (واج) - أكد الرئيس عبد المجيد تبون اليوم الأحد أن الجزائر "لن تتخلى عن مبادئها".| كما أشار إلى '
     "أهمية الحوار."),
    ("map dateline", "الرباط/ (ومع) - شارك وفد مغربي في المؤتمر.| ويضم الوفد ممثلين عن عدة وزارات."),
    ("a sentence opening with a number", "وأصيب في الحادث 12 شخصا.| 3 منهم في حالة خطرة."),
    ("decimal millions", "وسجلت البلاد 1.5 مليون إصابة.| وبلغ عدد الوفيات 30 ألفا."),
    ("quotation then a participle", 'وأكد أن "الحوار هو الحل الوحيد"، مضيفا: "لا بديل عن التفاوض".'),
    ("years in brackets",
     "ويذكر أن الرئيس السابق محمد مرسي (1951-2019) توفي أثناء محاكمته.| وكان أول رئيس مدني منتخب."),
    ("ellipsis then وإن", "قال مراسل الجزيرة إن الاشتباكات تجددت صباح اليوم... وإن القصف طال أحياء سكنية."),
    ("bullets in a line", "وتشمل الإجراءات:| • حظر التجول| • إغلاق المدارس"),
    ("spa quotation and a dateline line",
     'ونقلت وكالة الأنباء السعودية (واس) عن المصدر قوله: "إن المملكة ترحب بالاتفاق".|\nالرياض - واس'),
    ("mena acronym", "وذكرت وكالة أنباء الشرق الأوسط (أ.ش.أ) أن الرئيس سيزور الصين.| ولم تحدد موعد الزيارة."),
    ("witness quotation with the full stop inside",
     'وقال "أبو محمد"، وهو أحد السكان، لرويترز: "لم ننم طوال الليل."| وتابع أن الأطفال كانوا يبكون.'),
    ("percentages and a year",
     "وبحسب الإحصاءات، بلغ معدل البطالة 7.5% في الربع الأول من 2024، مقابل 8.1% في الفترة نفسها من العام "
     "الماضي.| ويعد هذا أدنى مستوى منذ عقد."),
    ("era glued to the year",
     "وتوفي الكاتب نجيب محفوظ عام 2006م.| وكان قد حصل على جائزة نوبل للآداب عام 1988م."),
    ("title glued, then a quotation",
     'وقال الخبير د.محمد عبد الغني: "الاقتصاد يمر بمرحلة صعبة".| وأضاف أن التضخم سيتراجع.'),
    ("latin acronym in brackets, a title",
     "وحذرت منظمة الصحة العالمية (WHO) من انتشار الوباء.| وقال مديرها العام د. تيدروس أدهانوم غيبريسوس إن "
     '"الوضع مقلق".'),
    ("initials of a witness", "ف. ر. (35 عاما) أحد الناجين، قال إنه فقد عائلته.| وروى تفاصيل ما حدث."),
    ("website after a full stop", "وتستمر فعاليات المعرض حتى 15 الجاري.| للمزيد: www.expo.com.sa"),
    ("reversed curly quotes", "وقال ”نحن مستعدون للحوار“.| وأضاف ”لن نتراجع عن مطالبنا“."),
    ("reversed guillemets", "وقال المتحدث »نحن مستعدون للحوار«.| وأضاف »لن نتراجع عن مطالبنا«."),
    ("a quotation left open", 'وقال المتحدث إن "الهجوم لن يمر دون رد.| وأضاف: "القوات في حالة تأهب".'),
    ("two quotations of two sentences", 'وقال: "الوضع صعب. لكننا سننجح."| وأضاف: "لدينا خطة. وسننفذها."'),
    ("a title, then a quotation of two sentences",
     'وصدر كتابه "الطريق إلى دمشق" عام 2010.| وقال في مقدمته: "كتبت هذا الكتاب في المنفى. ولم أتوقع نشره."'),
    ("reversed curly quotes of two sentences", "وكتب: ”الوضع صعب. لكننا سننجح“.| وغادر."),
]

GAPS_AR = [
    ("full stop inside the guillemet, a noun next",
     "وقال الوزير: «لن نقبل بأي شروط مسبقة.»| الحكومة من جهتها رفضت التعليق."),
    ("ق.م after a year, sentence goes on", "بنيت القلعة عام 300 ق.م. على يد الإغريق."),
    ("ج.م.ع before a conjoined noun", "وقعت الاتفاقية بين ج.م.ع. والمملكة الأردنية الهاشمية عام 1964."),
    ("ت.غ goes on", "ووقع الانفجار نحو الساعة 0630 ت.غ. يوم الأحد."),
    ("هـ then a noun", "وتوفي الشيخ عام 1420 هـ.| الملك أعلن الحداد ثلاثة أيام."),
]

def marked(case: str) -> tuple[str, list[tuple[int, int]]]:
    """The text of a case and the spans its "|" marks give (whitespace-trimmed pieces)."""
    text, spans, position = case.replace("|", ""), [], 0
    for piece in case.split("|"):
        start = position + len(piece) - len(piece.lstrip())
        spans.append((start, position + len(piece.rstrip())))
        position += len(piece)
    return text, spans


@pytest.mark.parametrize(("behaviour", "case"), ARABIC, ids=[c[0] for c in ARABIC])
def test_arabic_press(behaviour, case):
    text, spans = marked(case)
    assert split(text, "ar") == spans


@pytest.mark.xfail(strict=True, reason="left alone: see the module docstring")
@pytest.mark.parametrize(("behaviour", "case"), GAPS_AR, ids=[c[0] for c in GAPS_AR])
def test_arabic_gaps_left_alone(behaviour, case):
    text, spans = marked(case)
    assert split(text, "ar") == spans


def test_marks_give_the_spans():
    """The marks themselves: trimmed pieces, offsets into the text without them."""
    assert marked("A b.| C d.\n|E") == ("A b. C d.\nE", [(0, 4), (5, 9), (10, 11)])
