"""The shared engine on a toy language: what it does must not depend on any real language."""

from __future__ import annotations

from datetime import datetime

from wiretime.timex import engine
from wiretime.timex.language import Language
from wiretime.timex.resolve import resolve
from wiretime.timex.rules import RangeForm, Rule

REF = datetime(2017, 1, 24, 10, 0)  # a Tuesday

TOY = Language(
    code="toy",
    tables={"month": {"jan": 1, "mar": 3, "marzo": 3}, "n": {"one": 1, "two": 2, "twenty": 20},
            "thousand": {"twothousand": 2000}, "rel": {"next": 1}, "unit": {"week": "W", "year": "Y"},
            "wd": {"fri": 5}},
    rules=[
        Rule("day month", r"(?P<day>\d\d?) {month}", {"day": "$day", "month": "$month"}),
        Rule("word year", r"{thousand}(?: and {n:u})?(?: and {n:t})?", {"year": ["$thousand", "$u", "$t"]}),
        Rule("relative", r"{rel} {unit}", {"shift": "$rel", "shift_unit": "$unit"}),
        Rule("weekday", r"{wd}", {"weekday": "$wd"}),
        Rule("clock", r"(?P<hour>\d\d?)h", {"hour": "$hour"}),
    ],
    joiners=r"\s+|\s+of\s+",
    range_forms=[RangeForm(r"\s+to\s+", opener=r"from"),
                 RangeForm(r"\s+and\s+", opener=r"between", opener_required=True)],
)


def values(text: str, prefer: str = "nearest") -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in engine.tag(text, TOY, "2017-01-24T10:00", prefer=prefer)]


def test_table_alternation_prefers_the_longest_word():
    assert values("5 marzo") == [("5 marzo", "2017-03-05")]


def test_list_build_sums_the_captures_present():
    assert values("twothousand and two and twenty") == [("twothousand and two and twenty", "2022")]
    assert values("twothousand") == [("twothousand", "2000")]


def test_range_is_one_mention_with_its_opener():
    assert values("from 5 mar to 7 mar") == [("from 5 mar to 7 mar", "2017-03-05/2017-03-07")]
    assert values("5 mar to 7 mar") == [("5 mar to 7 mar", "2017-03-05/2017-03-07")]
    assert values("between 5 mar and 7 mar") == [("between 5 mar and 7 mar", "2017-03-05/2017-03-07")]
    assert values("5 mar and 7 mar") == [("5 mar", "2017-03-05"), ("7 mar", "2017-03-07")]


def test_relative_period_narrowed_by_a_weekday_and_a_clock():
    assert values("fri of next week") == [("fri of next week", "2017-02-03")]
    assert values("fri 15h") == [("fri 15h", "2017-01-27T15:00")]


def test_a_clock_does_not_join_a_period_coarser_than_a_day():
    assert [v for _, v in values("next year 15h")] == ["2018", "2017-01-24T15:00"]


def test_nth_weekday_week_and_day_of_month():
    assert resolve({"nth": -1, "weekday": 1, "month": 3}, REF, "future").value == "2017-03-27"
    assert resolve({"nth": 1, "nth_unit": "W", "month": 10, "year": 2014}, REF, "future").value == "2014-W41"
    assert resolve({"nth": -1, "nth_unit": "W", "month": 9, "year": 2014}, REF, "future").value == "2014-W39"
    last_day = {"nth": -1, "nth_unit": "D", "month": 2, "year": 2016}
    assert resolve(last_day, REF, "future").value == "2016-02-29"


def test_a_set_of_a_time_moved_from_the_reference_repeats_its_day_or_month():
    # "this day every year": the reference's month and day; a week has no yearly SET value
    this = {"offset": 0, "offset_unit": "D", "grain": "D"}
    assert resolve({"every": this}, REF, "nearest").value == "XXXX-01-24"
    assert resolve({"every": {**this, "offset_unit": "M", "grain": "M"}}, REF, "nearest").value == "XXXX-01"
    assert resolve({"every": {**this, "offset_unit": "W", "grain": "W"}}, REF, "nearest") is None
    assert resolve({"every": {"month": 5, "day": 15}}, REF, "nearest").value == "XXXX-05-15"


def test_a_range_reaches_back_as_far_as_its_language_lets_a_date():
    # "rose from January to September" in November: this year's, though January is ten months back
    nov = datetime(2023, 11, 16)
    january_to_september = {"from": {"month": 1}, "to": {"month": 9}, "reach": 300}
    assert resolve(january_to_september, nov, "past~").value == "2023-01/2023-09"


def test_looking_ahead_a_day_of_the_named_month_counts_while_the_month_lasts():
    assert resolve({"day": 1, "month": 1}, REF, "future").value == "2017-01-01"  # Duckling's "January 1st"
    assert resolve({"day": 1, "month": 12}, REF, "future").value == "2017-12-01"
    assert resolve({"day": 1}, REF, "future").value == "2017-02-01"  # "the 1st": the month is not named


def test_a_future_cue_sends_a_day_of_the_year_up_to_a_year_less_a_month_ahead():
    march = datetime(2025, 3, 13)
    assert resolve({"day": 20, "month": 1}, march, "future~").value == "2026-01-20"  # 313 days ahead
    assert resolve({"day": 1, "month": 3}, march, "future~").value == "2025-03-01"  # twelve days back
    assert resolve({"month": 2}, march, "future~").value == "2025-02"  # a month: ten months at most
    assert resolve({"day": 20, "month": 1}, march, "recent").value == "2025-01-20"  # no cue: as before


def test_a_stated_year_and_a_shift_from_now_are_two_times():
    from wiretime.timex.partials import merge

    assert merge({"year": 2023}, {"shift": 1, "shift_unit": "W"}) is None
    this_year = {"shift": 0, "shift_unit": "Y"}
    assert merge({"year": 2023}, this_year) == {"year": 2023, **this_year}


def test_a_reading_instead_keeps_the_rollover_asked_for():
    # a clock already past that day stays on it when rollover is off, also when it is read
    # through `past_reading` / `otherwise` (it fell back to rolling over to the next day)
    ref = datetime(2017, 1, 24, 4, 30)
    clock = {"hour": 3, "ampm": "am", "dir": "future"}
    assert resolve(clock, ref, "future").value == "2017-01-25T03:00"
    assert resolve(clock, ref, "future", rollover=False).value == "2017-01-24T03:00"
    instead = {"amount": 2, "unit": "Y", "past_reading": clock}
    assert resolve(instead, ref, "past", rollover=False).value == "2017-01-24T03:00"
    assert resolve({"otherwise": clock}, ref, "past", rollover=False).value == "2017-01-24T03:00"


def test_a_time_moved_into_a_named_year_keeps_its_place_in_the_year():
    this_day = {"offset": 0, "offset_unit": "D", "grain": "D"}
    assert resolve({**this_day, "into_year": {"year": 1948}}, REF, "past").value == "1948-01-24"
    last_year = {"shift": -1, "shift_unit": "Y"}
    same_month = {"offset": 0, "offset_unit": "M", "grain": "M", "into_year": last_year}
    assert resolve(same_month, REF, "past").value == "2016-01"
    february = {**same_month, "anchor": {"year": 2017, "month": 2}}  # the month the text named
    assert resolve(february, REF, "past").value == "2016-02"
    this_week = {"shift": 0, "shift_unit": "W", "into_year": {"year": 2015}}
    assert resolve(this_week, REF, "past").value == "2015-W04"
    leap_day = datetime(2024, 2, 29)
    assert resolve({**this_day, "into_year": {"year": 2023}}, leap_day, "past") is None
    assert resolve({**this_day, "into_year": {"month": 3, "year": 2023}}, REF, "past") is None  # not a year
    assert resolve({"shift": 0, "shift_unit": "Y", "into_year": {"year": 2015}}, REF, "past") is None


def test_an_elided_letter_is_restored_and_maps_back_to_the_character_after_it():
    toy = Language(code="xx", tables={}, rules=[], strip="'", elided=(r"(?<=\bl)(?=l)", "a"))
    assert toy.fold_text("l'lam x") == ("lalam x", [0, 2, 2, 3, 4, 5, 6, 7])
    assert toy.fold_text("lam") == ("lam", None)


def test_hijri_fields_become_gregorian():
    hijri = {"calendar": "hijri"}
    assert resolve({**hijri, "day": 1, "month": 9, "year": 1438}, REF, "nearest").value == "2017-05-27"
    assert resolve({**hijri, "month": 9, "year": 1438}, REF, "nearest").value == "2017-05-27/2017-06-24"
    assert resolve({**hijri, "month": 9, "year": 2019}, REF, "nearest").value == "2019-05-06/2019-06-03"
    assert resolve({**hijri, "day": 1, "month": 10}, REF, "past").value == "2016-07-06"
    assert resolve({**hijri, "day": 1, "month": 10}, REF, "future").value == "2017-06-25"
    # a clock time names no one time of a Hijri month (banking hours "in Ramadan"), as of a Gregorian one
    assert resolve({**hijri, "month": 9, "hour": 10}, REF, "nearest") is None
    hours = {"from": {**hijri, "month": 9, "hour": 10}, "to": {**hijri, "month": 9, "hour": 14}}
    assert resolve(hours, REF, "nearest") is None
    assert resolve({**hijri, "day": 15, "month": 9, "year": 1438, "hour": 10}, REF, "nearest").value \
        == "2017-06-10T10:00"


def test_prescan_reads_what_a_rule_needs_and_where_it_starts():
    from wiretime.timex.prescan import start_strings, trigger_clauses

    assert trigger_clauses(r"(?:since|ago)\s+(?:\d+|{n})\s+{unit}") == (
        frozenset({"l:since", "l:ago"}), frozenset({"d", "t:n"}), frozenset({"t:unit"}))
    assert trigger_clauses(r"(?:the\s+)?{unit}") == (frozenset({"t:unit"}),)
    unit = {"unit": frozenset({"week", "y"})}
    assert start_strings(r"(?:the\s+)?{unit}", unit) == frozenset({"th", "we", "y"})
    assert start_strings(r"\d{4}", {}) == frozenset(f"{a}{b}" for a in "0123456789" for b in "0123456789")
    assert start_strings(r"\w+", {}) is None


def test_composition_rules_led_by_a_found_expression_are_tried_only_there():
    import re

    from wiretime.timex.prescan import leading_symbols
    from wiretime.timex.wordset import exact_words_regex

    d, c = "\ue000", "\ue001"
    kinds = frozenset({d, c})
    assert leading_symbols(f"(?<!\\w)(?P<a>[{d}{c}])\\s+and\\s+(?P<b>[{d}])", kinds) == kinds
    assert leading_symbols(f"(?:from\\s+)?(?P<a>[{d}])", kinds) is None  # may start with a word
    assert leading_symbols(f"(?P<a>[{d}])?\\s*to", kinds) is None  # the symbol is optional
    assert leading_symbols(f"{{article}}(?P<a>[{d}])", kinds) is None  # a table word may open it
    assert leading_symbols(f"x|(?P<a>[{d}])", kinds) is None
    # the same matches as a scan of every position, where the symbols are
    regex = re.compile(f"(?P<a>[{d}{c}])(?:\\s*-\\s*(?P<b>[{d}{c}]))?")
    text = f"{d} - {c} and {d}-{d} {c}"
    starts = [i for i, ch in enumerate(text) if ch in kinds]
    found = [m.span() for m in engine._matches_at(regex, text, starts)]
    assert found == [m.span() for m in regex.finditer(text)] == [(0, 5), (10, 13), (14, 15)]
    # trigger literals: at each place the longest literal found there, as a flat alternation finds it
    trie = re.compile(f"(?=({exact_words_regex(['to', 'today', 'tonight', 'a b'])}))")
    assert trie.findall("to todays tonigh a b") == ["to", "today", "to", "a b"]


def test_rules_whose_words_are_absent_are_not_run():
    def tried(folded: str) -> list[str]:  # the engine's gate: a rule runs when needs & ~met is 0
        unmet = ~TOY.clauses_met(folded, folded.lower(), TOY.case_canon.text(folded))
        gated = zip(TOY.text_rules, TOY.rule_needs, strict=True)
        return [rule.name for rule, needs in gated if not needs & unmet]

    assert tried("nothing to see") == []
    assert tried("on 5 mar") == ["day month", "clock"]


def test_easter_and_days_counted_from_it():
    assert resolve({"easter": 0, "year": 2019}, REF, "nearest").value == "2019-04-21"
    assert resolve({"easter": -2}, REF, "future").value == "2017-04-14"


def test_lunisolar_feasts_are_computed():
    from wiretime.timex.lunisolar import chinese_new_year, hebrew_to_gregorian

    # 1985: the new moon of the solstice day opens month 11, so the year starts two moons on
    assert [str(chinese_new_year(y)) for y in (1985, 1996, 2007, 2020, 2025)] == [
        "1985-02-20", "1996-02-19", "2007-02-18", "2020-01-25", "2025-01-29"]
    # Yom Kippur 5779, Passover 5778, Purim in a leap year (Adar II), Hanukkah 5785
    days = ((5779, 7, 10), (5778, 1, 15), (5784, 12, 14), (5785, 9, 25))
    expected = ["2018-09-19", "2018-03-31", "2024-03-24", "2024-12-26"]
    assert [str(hebrew_to_gregorian(*d)) for d in days] == expected
    assert resolve({"feast": "hebrew:01:15:8", "year": 2018}, REF, "nearest").value == "2018-03-31/2018-04-07"


def test_hindu_feasts_follow_tithi_month_and_hour():
    from wiretime.timex.panchanga import lunar_feast, solar_ingress

    # Diwali: new moon (tithi 30) of Ashvin at dusk, in 2020 after a leap Ashvin; Dussehra:
    # tithi 10 in the afternoon; Ganesh Chaturthi: tithi 4 of Bhadrapada at noon
    feasts = ((2019, 7, 30, 18), (2020, 7, 30, 18), (2020, 7, 10, 14), (2019, 6, 4, 12))
    assert [str(lunar_feast(*f)) for f in feasts] == ["2019-10-27", "2020-11-14", "2020-10-25", "2019-09-02"]
    # Makar Sankranti: the Sun enters sidereal Capricorn; after dusk (2019) it is the next day
    assert [str(solar_ingress(y, 9)) for y in (2018, 2019)] == ["2018-01-14", "2019-01-15"]


def test_anaphora_counts_from_the_time_found_before():
    from wiretime.timex.anaphora import anchored, calendar

    assert calendar("2016-Q4") == ({"year": 2016, "quarter": 4}, "quarter")
    clock = {"year": 2017, "month": 2, "day": 9, "hour": 10, "minute": 0}
    assert calendar("2017-02-09T10:00") == (clock, "minute")
    assert calendar("P3D") is None and calendar("PRESENT_REF") is None
    later = {"offset": 1, "offset_unit": "D", "anaphora": "relative"}
    text = "On 5 mar it began. A day later it ended."
    assert anchored(later, 19, [(8, "2017-03-05")], text)["anchor"] == {"year": 2017, "month": 3, "day": 5}
    assert "anchor" not in anchored(later, 19, [(8, "2017")], text)  # a year names no day to count from
    ago = {"offset": -1, "offset_unit": "Y", "anaphora": "deictic"}
    assert "anchor" not in anchored(ago, 19, [(8, "2017-03-05")], text)  # "ago" counts from the reference
    assert anchored(ago, 19, [(8, "2016-Q4")], text)["anchor"] == {"year": 2016, "quarter": 4}


def test_a_named_period_is_the_one_the_text_last_named_before_the_references():
    from datetime import datetime

    from wiretime.timex.anaphora import anchored

    the_quarter = {"shift": -1, "shift_unit": "Q", "anaphora": "named"}
    ref = datetime(2015, 10, 29)
    named = [(10, "2015-Q1"), (20, "2015-03-31")]
    assert anchored(the_quarter, 50, named, "", ref) == {"year": 2015, "quarter": 1}
    assert anchored(the_quarter, 50, [(10, "2015-Q4")], "", ref) == {"shift": -1, "shift_unit": "Q"}
    assert anchored(the_quarter, 50, [(10, "2014-H2")], "", ref) == {"shift": -1, "shift_unit": "Q"}
    compared = [(10, "2015-Q2"), (20, "2014-Q2")]  # the period reported, then the one it is compared with
    assert anchored(the_quarter, 50, compared, "", ref) == {"year": 2015, "quarter": 2}
    the_1988_period = {"year": 1988, "named_unit": "Q", "anaphora": "named"}
    assert anchored(the_1988_period, 50, named, "", ref) == {"year": 1988, "quarter": 1}
    assert anchored(the_1988_period, 50, [], "", ref) == {"year": 1988}
    the_month = {"shift": -1, "shift_unit": "M", "anaphora": "named", "mod": "END"}
    assert anchored(the_month, 50, [(10, "2015-09")], "", ref) == {"year": 2015, "month": 9, "mod": "END"}


def test_a_compared_period_anchors_nothing():
    from wiretime.timex.anaphora import compared_period

    assert compared_period({"offset": -1, "offset_unit": "Y", "anaphora": "deictic"})  # "a year ago"
    assert compared_period({"offset": -1, "offset_unit": "Y", "anaphora": "relative"})  # "a year earlier"
    assert not compared_period({"offset": 1, "offset_unit": "Y", "anaphora": "relative"})  # "a year later"
    assert not compared_period({"offset": -2, "offset_unit": "D", "anaphora": "relative"})  # "2 days earlier"
    assert not compared_period({"offset": -1, "offset_unit": "Y"})  # "last year"


def test_a_rule_may_share_fields_among_expressions_that_keep_their_spans():
    each = Rule("clock gloss day", r"{@C:a} \({@C:g}\) {@D:d}",
                {"each": {"a": {"*": ["$a", "$d"]}, "g": {"*": ["$g", "$d"]}, "d": {"*": ["$d"]}}})
    toy = Language(code="toy2", tables=TOY.tables, rules=TOY.rules + [each])
    mentions = engine.tag("at 10h (9h) fri", toy, "2017-01-24T10:00", prefer="future")
    found = [(m.text, m.value) for m in mentions]
    assert found == [("10h", "2017-01-27T10:00"), ("9h", "2017-01-27T09:00"), ("fri", "2017-01-27")]


def test_a_rule_that_keeps_expressions_apart_every_round_is_named_once():
    apart = Rule("apart", r"{@D:a} {@D:b}", {"each": {"a": {"*": ["$a"]}, "b": {"*": ["$b"]}}})
    toy = Language(code="toy3", tables=TOY.tables, rules=TOY.rules + [apart])
    mentions = engine.tag("3 mar fri", toy, "2017-01-24T10:00", prefer="future")
    assert [(m.text, m.value, m.rule) for m in mentions] \
        == [("3 mar", "2017-03-03", "apart(day month)"), ("fri", "2017-01-27", "apart(weekday)")]


def test_scans_led_by_their_first_characters_find_what_a_scan_of_every_position_finds():
    import re

    from wiretime.timex.prescan import at_each
    from wiretime.timex.wordset import exact_words_regex

    words = ["to", "today", "tonight", "a b", "ab"]
    body = exact_words_regex(words)
    text = "to todays tonigh a b, Today ab-to\ntoday"
    every = [m.regs for m in re.finditer(f"(?=({body}))", text)]
    led = at_each(body, {w[0] for w in words})
    assert led.startswith("[")  # led by a character set, which the regex engine skips to
    assert [m.regs[1] for m in re.finditer(led, text)] == [r[1] for r in every]
    assert re.findall(led, text) == ["to", "today", "to", "a b", "ab", "to", "today"]
    # the word starts of a language, looked behind: the same places as a scan of every position
    for boundary in (TOY.word_boundary_left, r"(?:(?<!\w)|(?<=(?<!\w)[وف]))"):
        sample = "وفي 5 mar, x-ray 12h وبعد"
        toy = Language(code="toy", tables={}, rules=[], word_boundary_left=boundary)
        assert [m.start() for m in toy.word_start_re.finditer(sample)] \
            == [m.start() for m in re.finditer(f"(?:{boundary})(?=\\w)", sample)]


def test_the_start_index_offers_every_rule_that_matches_at_a_word_start():
    """The dispatch from a word start's first characters (whitespace runs as one space) to
    the rules that can start there leaves out no rule that matches there: checked against
    trying every rule at every word start of random text (the rules' examples with their
    spaces made runs, tabs or line breaks, between the tables' words, digits, punctuation)."""
    import random

    from wiretime.timex.lang import load
    from wiretime.timex.language import START_CHARS

    rng = random.Random(7)
    spaces = [" ", " ", "  ", "\n", "\t ", " \u00a0"]
    for code in ("en", "ar"):
        language = load(code)
        starts = language.rule_starts
        words = [w for table in language.lookup.values() for w in table if len(w) < 30]
        examples = [example[0] for rule in language.rules for example in rule.examples]
        pieces = [*rng.sample(words, min(300, len(words))), "12", "2017", "3:30", ",", "-", "(", "ال"]
        for _ in range(60):
            chosen = [*rng.sample(examples, 3), *rng.sample(pieces, 6)]
            rng.shuffle(chosen)
            text = " ".join(chosen)
            text = "".join(rng.choice(spaces) if ch == " " else ch for ch in text)
            folded, _ = language.fold_text(text)
            lowered = folded.lower()
            plain = starts.spaced_plainly(lowered)
            for start in language.word_start_re.finditer(folded):
                at = start.start()
                head = lowered[at:at + START_CHARS] if plain else starts.head(lowered, at, START_CHARS)
                offered = set(starts.rules(head)) | set(starts.anywhere)
                matching = {order for order in range(len(language.text_rules))
                            if (m := language.rule_regex(order).match(folded, at)) and m.end() > at}
                assert matching <= offered, (code, text[at:at + 20], matching - offered)
    head = language.rule_starts.head
    assert head("the \n\t weekend", 0, 6) == "the we" and head("a  ", 0, 5) == "a "
