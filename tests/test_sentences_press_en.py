"""Press batches, English: EWT-style web text and GUM-style text whose sentences were written
before the splitter ran on them. Agreement before the fixes, the rules added and what was
left alone (GAPS_EN) are in test_sentences_press.py's docstring; the cases are marked as
there ("|" where a sentence ends)."""

from __future__ import annotations

import pytest

from tests.test_sentences_press import marked
from wiretime.sentences import split

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
    ("etc. then a question", "We sell apples, pears, etc.| Do you need anything else?"),
    ("p.m. then Can", "The call is at 3 p.m.| Can you make it?"),
    ("U.S. then Yes", "I lived in the U.S.| Yes, really."),
    ("domain then Don't", "Check the docs at docs.python.org.| Don't skip the tutorial."),
    ("Corp. then Unfortunately", "He works at Acme Corp.| Unfortunately, he hates it."),
    ("Feb. then Does", "We'll meet in Feb.| Does that work for you?"),
    ("dotted acronym then Sorry", "She graduated from U.C.L.A.| Sorry, I meant U.S.C."),
    ("a.m. then Thanks", "Arrive by 8 a.m.| Thanks!"),
    ("D.C. then He", "He was born in Washington, D.C.| He moved to Boston in 1990."),
    ("titles", "Contact Dr. Lee or Ms. Park for details."),
    ("two acronyms before names", "The U.S. Army and the U.K. Ministry of Defence signed the deal."),
    ("TV then OMG", "I saw it on TV.| OMG it was crazy."),
    ("lowercase chat", "Yeah i know lol.| see you tmrw"),
    ("ellipsis then a capital", "Went to Whole Foods today...| Bought way too much."),
    ("pp. range", "Read pp. 45-67 before class.| Be prepared to discuss."),
    ("Sec. in brackets", "Attendance is mandatory (see Sec. 2).| Late arrivals lose points."),
    ("vs. and a number at the end", "The vote was 5 vs. 4.| Critics were not surprised."),
    ("currency code then Not", "This costs approx. 20 USD.| Not bad."),
    ("Exp. before a number", "The experiment (Exp. 2) replicated the effect.| Participants were faster."),
    ("date and a year",
     "Hurricane Katrina struck New Orleans on Aug. 29, 2005.| More than 1,800 people died."),
    ("citation with a page", "Smith (2001: 34) calls this 'the paradox of choice'.| Others disagree."),
    ("yrs. in brackets", "The sample included 40 women and 38 men (M age = 21.3 yrs.).| All were students."),
    ("s.v.", "See Wikipedia, s.v. 'Pidgin'.| The entry is short."),
    ("A.D. mid-sentence", "In 1066 A.D. the Normans invaded England."),
    ("c. and B.C.", "The temple was built c. 500 B.C.| It was destroyed by an earthquake."),
    ("backchannels", "Yeah.| Uh-huh.| I know."),
    ("Q. and A. lines", "Q. What is your name?|\nA. John Smith."),
    ("Fig. twice", "Fig. 2 shows the setup.| Fig. 3 shows the results."),
]

GAPS_EN = [
    ("no space after a full stop", "The food was great.|The service was terrible though."),
    ("acronym at the end, a capital next", "I moved here from the U.K.| Best decision ever."),
    ("a.m. at the end, a capital next", "The store opens at 10 a.m.| Parking is free."),
    ("p.m. at the end, a capital next",
     "The museum is open daily from 9 a.m. to 5 p.m.| Admission is free for children under 12."),
    ("Ave. at the end", "The office is at 1600 Pennsylvania Ave.| Visitors must book in advance."),
    ("Ph.D. at the end, a capital next", "He holds a Ph.D.| Students often ask him for advice."),
    ("lbs. then a noun", "The package weighs 2 lbs.| Shipping is free."),
    ("a.m. then Will", "My flight leaves at 6:45 a.m.| Will you drive me?"),
]

@pytest.mark.parametrize(("behaviour", "case"), ENGLISH, ids=[c[0] for c in ENGLISH])
def test_english_press(behaviour, case):
    text, spans = marked(case)
    assert split(text, "en") == spans


@pytest.mark.xfail(strict=True, reason="left alone: see test_sentences_press.py's docstring")
@pytest.mark.parametrize(("behaviour", "case"), GAPS_EN, ids=[c[0] for c in GAPS_EN])
def test_english_gaps_left_alone(behaviour, case):
    text, spans = marked(case)
    assert split(text, "en") == spans
