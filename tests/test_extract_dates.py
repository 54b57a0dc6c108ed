"""When: datelines and relative dates, resolved against the report's own day."""
import datetime as dt

import pytest
from extracted import events_told

from strikes.extract import extract_events
from strikes.extract.dates import dates_in, names_period, read_dateline
from strikes.model import Article

THURSDAY = dt.date(2015, 10, 1)


def first(sentence: str, reference: dt.date | None = THURSDAY, previous: dt.date | None = None):
    found = dates_in(sentence, reference, previous)
    return (found[0].date, found[0].precision) if found else None


@pytest.mark.parametrize("text, expected", [
    ("1 Oct 2015\n\nJets struck the town.", dt.date(2015, 10, 1)),
    ("October 3, 2015\nJets struck the town.", dt.date(2015, 10, 3)),
    ("2016-02-15\nJets struck the town.", dt.date(2016, 2, 15)),
    ("Tuesday 9 August 2018\nJets struck the town.", dt.date(2018, 8, 9)),
    ("BEIRUT, Lebanon — March 4, 2017 — Jets struck the town.", dt.date(2017, 3, 4)),
    ("03.10.2015 14:05 GMT\nJets struck the town.", dt.date(2015, 10, 3)),
])
def test_dateline_formats(text, expected):
    assert read_dateline(text) == expected


def test_first_sentence_of_a_note_is_not_a_dateline():
    assert read_dateline("On 12 June 2022, warplanes carried out airstrikes against fighters in the hills east of the river valley.") is None


def test_the_days_a_log_covers_are_not_its_dateline():
    assert read_dateline("Weekly bulletin, 2-8 June 2025\n\nPublished 10 June 2025\n\nJets struck the town.") == dt.date(2025, 6, 10)


def test_a_day_named_by_its_ordinal_alone_is_the_latest_such_day_of_a_month():
    reference = dt.date(2025, 3, 20)
    assert first("On the 12th, a drone struck a clinic in the district.", reference) == (dt.date(2025, 3, 12), "day")
    assert first("On the 27th, jets bombed the market.", reference) == (dt.date(2025, 2, 27), "day")
    assert first("Soldiers of the 12th Division came under fire.", reference) is None
    assert first("A shell hit a flat on the 3rd floor.", reference) is None


def test_no_dateline_without_a_year():
    assert read_dateline("BEIRUT, Oct 3 (Reuters) - Jets struck the town.") is None


@pytest.mark.parametrize("stamp", ["1h ago", "45 min ago", "Updated 3 hours ago"])
def test_a_live_pages_relative_stamp_is_no_dateline(stamp):
    # counted back from the reading machine's clock, it would date the page today, not the day it was published
    assert read_dateline(f"War live\n\n{stamp}\nA drone hit a bus near the town on Saturday.") is None


def test_weekday_means_most_recent_past_day():
    assert first("Jets struck the town on Tuesday.") == (dt.date(2015, 9, 29), "day")


@pytest.mark.parametrize("day", ["Monday, 7 September", "Monday 7 September", "Monday, September 7"])
def test_a_weekday_followed_by_its_calendar_day_is_that_day(day):
    assert first(f"A jet bombed the school at about 9 a.m. on {day}, a monthly report said.") == (dt.date(2015, 9, 7), "day")


def test_weekday_of_dateline_means_same_day():
    assert first("The raids continued on Thursday.") == (THURSDAY, "day")


def test_last_weekday_of_dateline_means_a_week_before():
    assert first("The raids began last Thursday.") == (dt.date(2015, 9, 24), "day")
    assert first("The market was hit on Thursday a week ago.") == (dt.date(2015, 9, 24), "day")


@pytest.mark.parametrize("sentence", ["On Tuesday last week, jets struck the depot.", "Jets struck the depot on Tuesday of last week."])
def test_a_weekday_of_last_week_is_that_day_of_the_calendar_week_before(sentence):
    assert first(sentence) == (dt.date(2015, 9, 22), "day")


def test_a_strike_counted_days_before_a_day_named_is_that_many_days_before_it():
    found = dates_in("Glass was still being swept up on Monday, three days after an air strike hit the street.", THURSDAY)
    assert [m.date for m in found] == [dt.date(2015, 9, 28), dt.date(2015, 9, 25)]
    assert [m.date for m in dates_in("He died three days after the strike.", THURSDAY)] == []


def test_possessive_weekday():
    assert first("Wednesday's strikes flattened the market.") == (dt.date(2015, 9, 30), "day")
    assert first("Wednesday’s strikes flattened the market.") == (dt.date(2015, 9, 30), "day")


def test_late_on_weekday():
    assert first("The jets returned late on Tuesday.") == (dt.date(2015, 9, 29), "day")


def test_last_night_and_yesterday_are_the_day_before_and_overnight_the_report_day():
    assert first("Warplanes pounded the city last night.") == (dt.date(2015, 9, 30), "day")
    assert first("A drone hit a car yesterday.") == (dt.date(2015, 9, 30), "day")
    assert first("Warplanes pounded the city overnight.") == (dt.date(2015, 10, 1), "day")


@pytest.mark.parametrize("sentence", ["Drones hit the port overnight on Tuesday.", "Drones hit the port overnight Tuesday."])
def test_a_night_named_by_its_day_is_that_day_not_the_report_day(sentence):
    assert first(sentence) == (dt.date(2015, 9, 29), "day")


@pytest.mark.parametrize("sentence", ["Drones hit the port overnight on September 27 to 28.",
                                      "Drones hit the port on the night of 27-28 September."])
def test_a_night_told_as_two_days_is_the_day_it_ends(sentence):
    assert first(sentence) == (dt.date(2015, 9, 28), "day")


def test_the_small_hours_of_last_night_are_the_report_day():
    assert first("Shortly after 2 a.m. last night, jets hit the depot.") == (dt.date(2015, 10, 1), "day")
    assert first("Around 11 p.m. last night, jets hit the depot.") == (dt.date(2015, 9, 30), "day")


def test_previous_day_counts_back_from_the_date_in_discussion():
    assert first("The same village had been hit the previous day.", previous=dt.date(2015, 9, 20)) == (dt.date(2015, 9, 19), "day")


def test_last_week_has_week_precision():
    assert first("Helicopters dropped barrel bombs last week.") == (dt.date(2015, 9, 24), "week")


def test_absolute_date_without_year_takes_the_past_year():
    assert first("Jets struck on 10 April.", dt.date(2016, 5, 28)) == (dt.date(2016, 4, 10), "day")
    assert first("Jets struck on 28 December.", dt.date(2016, 1, 5)) == (dt.date(2015, 12, 28), "day")


def test_absolute_dates_need_no_reference():
    assert first("On 12 June 2022, helicopters struck.", None) == (dt.date(2022, 6, 12), "day")
    assert first("Raids on October 3rd, 2015 hit the town.", None) == (dt.date(2015, 10, 3), "day")


def test_range_gives_its_start():
    assert first("Raids between 10 and 12 March killed dozens.") == (dt.date(2015, 3, 10), "day")
    assert first("Raids on 11-12 February hit the valley.") == (dt.date(2015, 2, 11), "day")


def test_day_month_with_slashes():
    assert first("A war plane attacked a vehicle on 03/04.", dt.date(2016, 5, 28)) == (dt.date(2016, 4, 3), "day")


def test_background_year_is_not_a_date():
    assert dates_in("the first raid since the war began in 2011", THURSDAY) == []


def test_relative_dates_need_a_reference():
    assert dates_in("Jets struck the town on Tuesday.", None) == []


def test_date_naming_another_event_is_skipped():
    assert dates_in("Jets targeted a commander blamed for the October 7 attack.", THURSDAY) == []


def test_an_outlet_named_today_is_not_a_date():
    reference = dt.date(2018, 6, 8)
    assert dates_in("Footage aired by Hama Today showed the damage.", reference) == []
    assert [d.date for d in dates_in("Jets struck the town today.", reference)] == [reference]
    assert [d.date for d in dates_in("Today, jets struck the town.", reference)] == [reference]


def test_the_day_a_longer_operation_began_is_not_a_strikes_day():
    sentence = "The strike came as troops pressed on with an operation in the district that began on Monday."
    assert dates_in(sentence, dt.date(2024, 5, 8)) == []
    assert [d.date for d in dates_in("Jets bombed the town on Monday.", dt.date(2024, 5, 8))] == [dt.date(2024, 5, 6)]


def test_previous_weeks_is_no_date_but_previous_week_is():
    assert dates_in("The depot had been shelled in previous weeks.", dt.date(2025, 3, 4)) == []
    assert [d.precision for d in dates_in("The depot was shelled in the previous week.", dt.date(2025, 3, 4))] == ["week"]


def test_the_weekend_is_its_saturday_and_sunday():
    found = dates_in("Jets bombed the hills over the weekend, the army said.", dt.date(2025, 3, 4))
    assert [d.date for d in found] == [dt.date(2025, 3, 1), dt.date(2025, 3, 2)]


def test_days_earlier_count_back_from_the_day_under_discussion_days_ago_from_the_report():
    reference, previous = dt.date(2024, 7, 12), dt.date(2024, 7, 10)
    [earlier] = dates_in("Three days earlier, jets hit the bridge.", reference, previous)
    [ago] = dates_in("Three days ago, jets hit the bridge.", reference, previous)
    assert (earlier.date, ago.date) == (dt.date(2024, 7, 7), dt.date(2024, 7, 9))


def test_weeks_ago_count_from_the_report_and_weeks_earlier_from_the_day_under_discussion():
    assert first("Two weeks ago, jets hit a farm near the river.") == (THURSDAY - dt.timedelta(weeks=2), "week")
    assert first("Three weeks earlier, a drone hit the bridge.", previous=dt.date(2015, 9, 20)) == (dt.date(2015, 8, 30), "week")


def test_weeks_or_months_ago_without_a_number_are_vague():
    assert first("Only weeks ago, jets hit a farm near the river.") == (THURSDAY - dt.timedelta(days=14), "week")
    assert first("A few months ago, a drone hit the bridge.") == (THURSDAY - dt.timedelta(days=60), "month")


def test_a_month_and_year_after_of_dates_the_strike_it_follows():
    assert first("The Kalaa raid of June 2009, which killed nine, is still unexplained.") == (dt.date(2009, 6, 1), "month")
    assert events_told("The Kalaa raid of June 2009, which killed nine farmers in Kalaa, is still unexplained.", THURSDAY) == []


def test_years_ago_today_is_that_year_not_today():
    assert first("Nine years ago today, jets bombed the hospital.") == (dt.date(2006, 10, 1), "year")
    assert first("Exactly 12 years ago tonight, a missile hit the port.") == (dt.date(2003, 10, 1), "year")
    assert events_told("Eleven years ago today, a drone strike killed 30 mourners in Shabwa.", THURSDAY) == []


def test_a_region_told_undated_takes_the_day_given_under_another_of_its_names():
    text = ("Myanmar military aircraft bombed a monastery in the Magway region, a rebel group said.\n\n"
            "Separately, the junta announced new conscription rules.\n\n"
            "Residents said military jets struck a village in Magway Region on Monday, killing 14 people.")
    events = extract_events(Article(text=text, id="t", published=dt.date(2023, 4, 12)))
    assert [(e.date, e.killed) for e in events] == [(dt.date(2023, 4, 10), 14)]


def test_a_line_with_only_the_reports_day_and_city_dates_no_strike():
    text = ("A junta jet bombed a monastery in Minbya town, leaving two novices dead.\n\n"
            "12 March 2024, Sittwe\n\n"
            "Two novices were killed when a junta jet bombed a monastery in Minbya on Sunday, residents said.")
    events = extract_events(Article(text=text, id="t", published=dt.date(2024, 3, 12)))
    assert [(e.place, e.date) for e in events] == [("Minbya", dt.date(2024, 3, 10))]


def test_an_entrys_number_and_a_market_named_by_its_day_are_no_dates():
    found = dates_in("Incident 1 - 14 October, near the river", dt.date(2024, 11, 8))
    assert [d.date for d in found] == [dt.date(2024, 10, 14)]
    assert dates_in("Shells and a drone fell on the crowded Tuesday market of the town.", dt.date(2024, 11, 8)) == []
    assert [d.date for d in dates_in("strikes between 1 - 14 October", dt.date(2024, 11, 8))] == [dt.date(2024, 10, 1)]


def test_a_bare_span_of_days_names_a_period():
    assert names_period("raids on villages of A, B and C, 10 to 14 February 2025")
    assert not names_period("Incident 1 - 14 October, near the river")
    assert not names_period("strikes overnight on 12-13 March")


def test_a_dateline_may_name_its_towns_province_with_a_lower_case_word():
    from strikes.extract.dates import dateline_length

    assert dateline_length("IZIUM, Kharkiv region - A drone hit the bakery.") == len("IZIUM, Kharkiv region - ")
    assert dateline_length("DAMAZIN, Blue Nile state — Jets struck.") == len("DAMAZIN, Blue Nile state — ")
    # (or the part of the country it lies in)
    assert dateline_length("KIRKUK, northern Iraq, April 2, 2003 — Jets struck.") == len("KIRKUK, northern Iraq, April 2, 2003 — ")


def test_an_articles_dateline_city_may_open_with_a_two_letter_article():
    from strikes.extract.dates import dateline_length

    sentence = "EL DAEIN, Oct 4 (Wire) - A drone hit the market on Friday."
    assert dateline_length(sentence, lead=True) == len("EL DAEIN, Oct 4 (Wire) - ")
    assert dateline_length("ED DAEIN, East Darfur - Friday 25 July") == 0  # (further down: a digest's entry heading)


def test_two_days_joined_by_and_are_both_named():
    [first] = dates_in("the bombing of two towns on 6 and 7 October", dt.date(2024, 10, 9))
    assert (first.date, first.also) == (dt.date(2024, 10, 6), (dt.date(2024, 10, 7),))
    [span] = dates_in("raids on 6-7 October", dt.date(2024, 10, 9))
    assert span.also == ()


def test_the_same_day_is_the_day_under_discussion():
    [same] = dates_in("Jets hit the market with two raids the same day.", dt.date(2019, 8, 22), dt.date(2019, 8, 21))
    assert same.date == dt.date(2019, 8, 21)
    assert dates_in("Jets hit the market later that evening.", dt.date(2019, 8, 22)) == []  # nothing under discussion


def test_the_part_of_a_day_a_statement_was_made_dates_the_statement_not_the_strike():
    text = ("BAMAKO, Mali - The army announced on the evening of 5 May that an air strike on 4 May had destroyed a "
            "fuel depot near Gao, killing seven fighters.")
    [event] = extract_events(Article(text=text, id="t", published=dt.date(2023, 5, 6)))
    assert (event.place, event.date) == ("Gao", dt.date(2023, 5, 4))


def test_an_incident_that_opens_with_its_place_then_its_day_dates_the_strike_told_under_it():
    text = ("Rights group lists drone strikes in the north\n\nThe group documented two strikes last month.\n\n"
            "Dori district, 7 March. A drone hit a water point in Seytenga where herders had gathered, killing four.\n\n"
            "Arbinda road, 19 March. A drone destroyed a truck carrying grain outside Arbinda, killing its driver.")
    found = extract_events(Article(text=text, id="t", published=dt.date(2024, 4, 2)))
    assert [e.date for e in found] == [dt.date(2024, 3, 7), dt.date(2024, 3, 19)]


def test_a_statement_s_day_is_the_strike_s_when_the_strike_fell_that_morning():
    text = ("A militia spokesman stated on Sunday that government planes had bombed the hamlet of Um Sayala that morning, "
            "leaving five farmers dead.")
    events = extract_events(Article(text=text, id="t", published=dt.date(2025, 3, 12)))
    assert [e.date for e in events] == [dt.date(2025, 3, 9)]



def test_a_weekday_set_after_a_calendar_day_names_that_day():
    for text in ("Late in the evening of 12 February, a Thursday, a drone hit a farmhouse near Rabia, killing two.",
                 "On 12 February (Thursday) a drone hit a farmhouse near Rabia, killing two.",
                 "On the 12th, a Thursday, a drone hit a farmhouse near Rabia, killing two."):
        events = extract_events(Article(text=text, id="t", published=dt.date(2026, 2, 20)))
        assert [e.date for e in events] == [dt.date(2026, 2, 12)]


def test_the_day_the_raids_came_dates_the_strike_told_next_and_a_briefing_day_is_not_it():
    from strikes.extract import extract_events
    from strikes.model import Article
    text = ("The raids came just after dawn local time on Thursday. Local officials said the jets hit a depot outside "
            "Rutba in western Iraq. The governor, speaking to reporters on Friday, said four guards were killed at the Rutba depot.")
    [event] = extract_events(Article(text, published=dt.date(2024, 3, 9)))
    assert (event.place, event.date, event.killed) == ("Rutba", dt.date(2024, 3, 7), 4)


def test_the_day_before_counts_from_the_sentence_s_own_date_not_the_report_s():
    found = dates_in("In May 2012 jets hit the camp outside the town, and the day before they had shelled it.",
                     dt.date(2016, 5, 23))
    assert [m.date.year for m in found] == [2012, 2012]
    assert [m.date for m in dates_in("Jets hit the town on 12 March, and the day before they had struck the camp.",
                                     dt.date(2016, 5, 23))] == [dt.date(2016, 3, 12), dt.date(2016, 3, 11)]


def test_days_earlier_count_from_the_weekday_the_sentence_names_before_them():
    found = dates_in("The navy stated on Thursday it had sunk the boats three days earlier.", dt.date(2023, 6, 5),
                     dt.date(2023, 6, 3))
    assert [m.date for m in found] == [dt.date(2023, 6, 1), dt.date(2023, 5, 29)]
    text = ("The command announced on Thursday its planes bombed a camp near Bardera three days earlier, "
            "killing five fighters.")
    [event] = extract_events(Article(text, published=dt.date(2023, 6, 5)))
    assert (event.place, event.date) == ("Bardera", dt.date(2023, 5, 29))


def test_the_day_a_campaign_was_stepped_up_since_is_not_the_strike_s():
    found = dates_in("It was the deadliest raid since the coalition stepped up its campaign last month.", dt.date(2025, 4, 19))
    assert found == []


def test_the_middle_of_a_month_written_with_a_hyphen_is_that_month():
    found = dates_in("Builders are still clearing Holon, where a missile flattened a block in mid-May.", dt.date(2025, 8, 5))
    assert [(m.date, m.precision) for m in found] == [(dt.date(2025, 5, 1), "month")]


def test_the_day_a_statement_was_read_on_television_is_not_the_strikes():
    text = ("Drones hit a cattle market outside Arbinda on Friday, killing 11 people, a charity said. The government, in a "
            "statement read out on national television from Ouagadougou on Tuesday, acknowledged the air force had "
            "conducted strikes in the Arbinda area.")
    events = extract_events(Article(text=text, id="t", published=dt.date(2023, 12, 6)))
    assert [(e.place, e.date) for e in events] == [("Arbinda", dt.date(2023, 12, 1))]


def test_a_weekday_and_date_of_one_publication_are_both_its_day():
    from strikes.extract.events import _reporting_day
    sentence = "[First published in a weekly of the capital on Tuesday 3 March 2026.]"
    found = dates_in(sentence, dt.date(2026, 3, 3), None)
    assert found and all(_reporting_day(sentence, d) for d in found)


@pytest.mark.parametrize("sentence", [
    "Only days earlier, another drone had hit the mosque.",
    "Days before, jets had bombed the same market.",
    "A few days ago a drone struck the ferry landing.",
])
def test_some_days_back_is_no_day(sentence):
    [when] = dates_in(sentence, dt.date(2025, 9, 25), dt.date(2025, 9, 24))
    assert when.precision == "week"


def test_a_counted_number_of_days_back_is_a_day():
    [when] = dates_in("Two days earlier, jets bombed the market.", dt.date(2025, 9, 25), dt.date(2025, 9, 24))
    assert (when.date, when.precision) == (dt.date(2025, 9, 22), "day")


def test_earlier_that_day_is_the_day_the_sentence_named_before_it():
    text = ("Jets struck a ceremony in Kanbalu, killing 12 people, residents said. The army said on Tuesday that its "
            "aircraft had hit the ceremony earlier that morning.")
    assert events_told(text, dt.date(2025, 6, 12)) == [("Kanbalu", "2025-06-10", "Myanmar (military)", 12, None)]


def test_a_later_sentence_confirming_a_days_strikes_dates_the_strike_the_lead_left_undated():
    text = ("Jets struck the fuel depot at Mukalla, killing 9 people, port officials said on Saturday. The navy's command "
            "confirmed Friday's strikes, calling them a warning.")
    assert events_told(text, dt.date(2025, 6, 7)) == [("Mukalla", "2025-06-06", "unknown", 9, None)]


@pytest.mark.parametrize("craft", ["One of the army's drones, on a patrol over the forest,", "A Nigerian drone on patrol"])
def test_a_craft_on_patrol_that_struck_is_a_strike(craft):
    [(place, day, *_)] = events_told(f"{craft} struck a wedding in Gwoza on Monday, killing 14 people.", dt.date(2025, 6, 12))
    assert (place, day) == ("Gwoza", "2025-06-09")


@pytest.mark.parametrize("sentence", ["On May 7 last year, missiles hit the camp.", "Last year on 7 May, missiles hit the camp.",
                                      "On May 7 of the previous year, missiles hit the camp."])
def test_a_day_of_last_year_is_a_year_before_the_reports(sentence):
    assert first(sentence, dt.date(2026, 5, 7)) == (dt.date(2025, 5, 7), "day")


def test_an_anniversary_of_a_strike_last_year_reports_no_strike():
    text = "On May 7 last year, missiles hit a seminary in Muridke, killing 13 people. Survivors gathered there on Thursday."
    assert events_told(text, dt.date(2026, 5, 7)) == []


@pytest.mark.parametrize("day, expected", [
    ("2 February", []),  # an investigation of an old strike reports none
    ("Sunday", [("Kutum", "2025-06-08", "Sudan (government)", 31, None)]),
])
def test_the_attack_took_place_on_a_day_dates_the_strike_a_statement_told_undated(day, expected):
    text = (f"Amnesty International said on Wednesday that an army air strike on a cattle market in Kutum may be a war "
            f"crime. The attack took place on {day}, when a jet dropped bombs on the market, killing 31 people.")
    assert events_told(text, dt.date(2025, 6, 11)) == expected


@pytest.mark.parametrize("item, month", [("- April 2024: drones hit the air base.", dt.date(2024, 4, 1)),
                                         ("March 2024 – A strike on the air base killed 3.", dt.date(2024, 3, 1))])
def test_a_timeline_item_labelled_by_its_month_is_dated_by_that_month(item, month):
    assert first(item, dt.date(2025, 6, 1)) == (month, "month")


def test_a_timeline_of_months_past_reports_no_strike_of_the_day():
    text = ("Timeline of long-range strikes\n\n- April 2024: drones hit the Morozovsk air base.\n"
            "- December 2022: drones struck Engels air base, killing three servicemen.")
    assert events_told(text, dt.date(2025, 6, 1)) == []


@pytest.mark.parametrize("text, day", [
    ("Drone kills two in south Lebanon\n\nOct. 28 (Reuters) - An Israeli drone struck a car in Bint Jbeil on Sunday, "
     "killing two people.", "2025-10-26"),
    ("Oct. 28 — An Israeli drone struck a car in Bint Jbeil on Sunday, killing two people.", "2025-10-26"),
])
def test_a_dateline_of_a_date_alone_is_the_reports_not_the_strikes(text, day):
    [(_, when, *_)] = events_told(text, dt.date(2025, 10, 28))
    assert when == day


def test_dates_opening_several_lines_are_a_timelines_entries():
    text = "Timeline\n\nJuly 1 — Drones hit Engels air base.\n\nJuly 3 — Drones hit Morozovsk air base, killing two."
    assert [e[:2] for e in events_told(text, dt.date(2025, 7, 5))] == [("Engels", "2025-07-01"), ("Morozovsk", "2025-07-03")]


def test_the_period_of_a_count_of_such_attacks_does_not_date_the_strike():
    text = ("A drone hit a checkpoint in Tank on Tuesday, wounding three. In a separate attack hours later, another drone "
            "dropped a bomb on the police station in Jandola, the third such attack on the station this month.")
    assert [(e[0], e[1]) for e in events_told(text, dt.date(2025, 3, 14))] == [("Jandola", "2025-03-11"), ("Tank", "2025-03-11")]


def test_whole_days_told_in_hours_count_forward_from_the_day_under_discussion():
    assert first("Forty-eight hours later, drones hit the port.", previous=dt.date(2015, 9, 27)) == (dt.date(2015, 9, 29), "day")
    assert first("Exactly 24 hours later, jets were back.", previous=dt.date(2015, 9, 27)) == (dt.date(2015, 9, 28), "day")


def test_the_period_of_a_strike_told_as_the_nth_time_does_not_date_it():
    text = "Drones struck the fuel depot in Kosti for the third time this month. Two guards were killed."
    assert [(e[0], e[1]) for e in events_told(text, dt.date(2025, 6, 20))] == [("Kosti", "2025-06-20")]


def test_a_threads_post_numbers_are_no_days():
    text = ("1/3 Roundup of the night.\n2/3 Drones hit the oil depot in Tuapse around 03:00 on Tuesday.\n"
            "3/3 A missile struck a warehouse in Odesa on Tuesday, injuring two.")
    assert [(e[0], e[1]) for e in events_told(text, dt.date(2025, 6, 11))] == [("Odesa", "2025-06-10"), ("Tuapse", "2025-06-10")]


def test_a_weekday_before_the_ordinal_day_of_a_month_names_that_day():
    assert first("Drones hit the depot on Tuesday, the 22nd of September.") == (dt.date(2015, 9, 22), "day")


@pytest.mark.parametrize("sentence", ["The navy said in March that its drones had struck a radar site near Mokha.",
                                      "The army said last month that its jets had hit a fuel depot near Sirte."])
def test_a_strike_told_in_a_month_before_the_report_is_older_still(sentence):
    assert events_told(sentence, dt.date(2025, 8, 20)) == []


def test_a_posts_stamp_day_first_with_its_year_is_a_day():
    assert first("[14.09.2015 06:10] Drones hit the depot.") == (dt.date(2015, 9, 14), "day")
    assert first("The crater was 3.5 m wide.") is None


@pytest.mark.parametrize("text", [
    "A year after jets struck the grain market in Kafr Nabl, traders gathered there on Sunday to unveil a memorial.",
    "Townspeople marked two years on Friday since a drone hit a wedding hall in Ma'arrat al-Nu'man, killing 22.",
    "Eighteen months since a missile struck the bus station in Idlib, the families are still waiting for an inquiry.",
])
def test_a_strike_that_began_a_span_of_months_or_years_is_background(text):
    assert events_told(text, dt.date(2021, 6, 14)) == []


def test_a_span_since_something_else_leaves_the_strike_told_after_it():
    text = "Two years since the truce, jets struck Kafr Nabl on Sunday, killing four."
    assert events_told(text, dt.date(2021, 6, 14)) == [("Kafr Nabl", "2021-06-13", "unknown", 4, None)]


def test_an_american_pages_stamp_is_month_first():
    text = "Posted 11/03/2023 9:05 AM EST\n\nAn Israeli drone struck a car near Marjayoun on Thursday, killing a farmer."
    assert read_dateline(text) == dt.date(2023, 11, 3)
    assert events_told(text, dt.date(2023, 11, 3)) == [("Marjayoun", "2023-11-02", "Israel", 1, None)]


def test_the_period_a_bulletin_covers_is_not_the_day_of_the_strike_it_tells():
    text = "The weekly bulletin, covering Sunday to Friday, said army drones struck a convoy on Wednesday near Menaka, killing 11."
    assert events_told(text, dt.date(2025, 3, 15)) == [("Menaka", "2025-03-12", "Mali", 11, None)]


def test_the_day_of_the_hour_in_gmt_is_not_the_local_day():
    text = ("An Israeli drone struck a flat in Tyre early on Wednesday, killing two people. The strike, at about 1:10 a.m. "
            "local time (2310 GMT Tuesday), was the first on the city in weeks.")
    assert events_told(text, dt.date(2024, 10, 2)) == [("Tyre", "2024-10-02", "Israel", 2, None)]


def test_the_day_one_item_of_a_list_tells_is_not_the_next_items():
    text = ("Evening summary for the region:\n"
            "- A driver hurt yesterday when a drone struck his lorry near Vovchansk has died in hospital.\n"
            "- In Zolochiv, a drone dropped a grenade on a barn, injuring a farmer.")
    assert [(told[0], told[1]) for told in events_told(text, dt.date(2025, 6, 10))] == [
        ("Vovchansk", "2025-06-09"), ("Zolochiv", "2025-06-10")]


def test_the_day_a_sentence_says_the_strikes_began_is_the_day_under_discussion():
    text = ("Air strikes across Yemen killed 12 people, health officials said on Monday.\n\n"
            "The raids began shortly after iftar on Sunday and continued until dawn.\n\n"
            "In Marib, a strike on a farmhouse killed three brothers, relatives said.")
    assert [(told[0], told[1]) for told in events_told(text, dt.date(2025, 3, 17))] == [("Marib", "2025-03-16")]


def test_last_year_is_a_year_back_and_no_day_unless_a_day_is_told_beside_it():
    [told] = dates_in("The port was hit twice last year, residents said.", dt.date(2026, 1, 27))
    assert (told.date.year, told.precision) == (2025, "year")
    assert [d.precision for d in dates_in("Last year on 7 May, missiles hit the camp.", dt.date(2026, 1, 27))] == ["day"]


@pytest.mark.parametrize("text, day", [
    ("Witnesses said Monday that Israeli jets bombed a depot in Masyaf.", "2023-05-08"),
    ("Officials said on Saturday night that jets had struck a fuel depot near Masyaf.", "2023-05-06"),
])
def test_a_strike_told_with_no_day_of_its_own_is_dated_by_its_statement(text, day):
    assert [told[1] for told in events_told(text, dt.date(2023, 5, 10))] == [day]


def test_a_later_sentence_that_says_when_the_attack_took_place_dates_it():
    text = ("UN monitors said on Tuesday that a missile struck a shop in the village of Hroza, killing 31 civilians.\n"
            "The monitors said the attack took place on Thursday, Oct. 5.")
    assert [told[1] for told in events_told(text, dt.date(2023, 10, 10))] == ["2023-10-05"]


def test_a_strike_a_year_ago_on_a_weekday_is_an_anniversary_not_this_weeks():
    assert events_told("A year ago on Wednesday, warplanes dropped bombs near the town of Balakot.", dt.date(2020, 2, 26)) == []


def test_a_side_that_says_a_day_later_it_had_struck_the_place_tells_the_strike_already_told():
    text = ("At least five civilians were killed on Tuesday in drone strikes near Aguelhok, local officials said.\n\n"
            "On Wednesday, the Malian army said in a communique that its air force had conducted air strikes in the "
            "Aguelhok area against armed groups.")
    assert [(place, day, actor, killed) for place, day, actor, killed, _ in events_told(text, dt.date(2024, 8, 1))] == [
        ("Aguelhok", "2024-07-30", "Mali", 5)]


def test_an_attack_named_by_its_recent_day_and_place_is_dated_so():
    text = ("A military airstrike on a village in Magway region killed a boy, residents told reporters on Friday.\n"
            "The Dec. 19 attack on Gangaw township's Kyin village also killed his mother.")
    assert [day for _, day, *_ in events_told(text, dt.date(2022, 12, 24))] == ["2022-12-19"]


def test_a_sentence_that_only_names_a_day_dates_the_strike_told_next():
    text = ("Drones struck near Derik on Friday morning, killing one.\n\n"
            "The worst day was Thursday. A drone struck a checkpoint south of Tal Tamr, killing three.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2024, 1, 6))] == [("Derik", "2024-01-05"), ("Tal Tamr", "2024-01-04")]


def test_a_strike_told_last_week_lends_no_day_to_its_place_told_again():
    text = ("DUBAI, Jan 26 - A bomb made abroad was used in last week's coalition airstrike on a jail in the northern city of "
            "Saada, a rights group said on Wednesday.\n\nIts experts examined fragments found at the jail after the strike "
            "before dawn on Friday, Jan. 21.\n\nA medical charity, which supports the main hospital in Saada, said at least "
            "60 people were killed and more than 100 wounded in the attack.")
    assert [(p, d, k) for p, d, _, k, _ in events_told(text, dt.date(2022, 1, 26))] == [("Saada", "2022-01-21", 60)]


@pytest.mark.parametrize("line, day", [
    ("Jos, Nigeria | wire | Tuesday 12/5/2023", dt.date(2023, 12, 5)),
    ("Jos, Nigeria | wire | Friday 12/5/2023", dt.date(2023, 5, 12)),
])
def test_a_numeric_dateline_is_read_in_the_order_its_weekday_agrees_with(line, day):
    assert read_dateline(line + "\n\nA military jet bombed the village on Sunday.") == day


def test_a_strike_ten_days_after_one_dated_counts_from_it():
    text = ("A drone struck a market in Adi Daero on October 4, killing three. Ten days later, a drone attack in Shire "
            "killed two civilians.")
    assert [(place, day) for place, day, *_ in events_told(text, dt.date(2021, 10, 20))] == [
        ("Adi Daero", "2021-10-04"), ("Shire", "2021-10-14")]


@pytest.mark.parametrize("sentence, day", [
    ("On the evening of the fourth of April a missile struck a playground.", dt.date(2025, 4, 4)),
    ("On the twenty-first of March 2024, jets struck the port.", dt.date(2024, 3, 21)),
])
def test_a_day_spoken_as_its_ordinal_is_read(sentence, day):
    assert [d.date for d in dates_in(sentence, dt.date(2025, 4, 14))] == [day]


def test_a_datelines_year_after_the_day_with_no_comma():
    text = "GAROWE, Jan 5 2025 -- A US air strike killed four militants near Qandala early on Thursday, AFRICOM said."
    assert read_dateline(text) == dt.date(2025, 1, 5)
    assert [day for _, day, *_ in events_told(text, dt.date(2025, 1, 6))] == ["2025-01-02"]


def test_a_place_named_after_a_day_tells_no_day():
    text = "SANAA - US warplanes struck the 22 May Stadium in Sanaa on Monday, killing two guards, the health ministry said."
    assert [day for _, day, *_ in events_told(text, dt.date(2024, 10, 8))] == ["2024-10-07"]


@pytest.mark.parametrize("text, expected", [
    # the day the sentence opens with is the strike's; the aside after it dates the occasion it came near
    ("YANGON - On Tuesday, on the eve of the anniversary of the uprising, a military jet struck a school in Pekon "
     "township in Shan State, killing four students.", [("Pekon", "2024-03-26")]),
    ("YANGON - On Wednesday, a day before the peace talks opened, a junta aircraft bombed Moebye village in Shan State, "
     "killing two civilians.", [("Moebye", "2024-03-27")]),
])
def test_a_day_told_first_then_an_aside_on_an_occasion_near_it(text, expected):
    assert [(place, day) for place, day, *_ in events_told(text, dt.date(2024, 3, 29))] == expected


def test_a_rights_groups_dateline_in_brackets_is_the_reports_day_not_the_strikes():
    text = ("Sudan: Jets bomb a market\n\n(Nairobi, May 9, 2025) – Government jets bombed the livestock market in Kutum "
            "on April 27, killing nine people, the group said today.")
    assert [d for _, d, *_ in events_told(text, dt.date(2025, 5, 9))] == ["2025-04-27"]


def test_days_counted_on_to_a_date_told_are_that_date():
    found = dates_in("A drone struck a car in the town six days later, on February 23, killing two men.",
                     dt.date(2025, 3, 10), dt.date(2025, 2, 11))
    assert [m.date for m in found] == [dt.date(2025, 2, 23)]


def test_raids_repeated_through_one_day_are_reported():
    text = "KHARTOUM, Feb 5 - Army aircraft repeatedly dropped bombs on Kadugli on Monday, killing 14 people, residents said."
    assert [p for p, *_ in events_told(text, dt.date(2025, 2, 5))] == ["Kadugli"]


def test_that_weekday_is_the_one_of_the_days_under_discussion():
    found = dates_in("On that Tuesday, a drone hit the fuel station at the town's entrance.", dt.date(2025, 3, 20), dt.date(2025, 2, 9))
    assert [m.date for m in found] == [dt.date(2025, 2, 11)]


@pytest.mark.parametrize("sentence, expected", [
    ("- IDLIB: 2 killed in air strike on a farm Tue -- monitor", dt.date(2015, 9, 29)),
    ("A drone hit a car in Jenin on Sat., killing two.", dt.date(2015, 9, 26)),
])
def test_a_bulletins_short_weekday(sentence, expected):
    assert first(sentence) == (expected, "day")


@pytest.mark.parametrize("sentence", ["The Sun reported the strike.", "He sat in the Sun."])
def test_short_weekday_words_that_are_no_day(sentence):
    assert first(sentence) is None


def test_the_day_after_announced_in_a_release_that_is_the_strikes():
    text = ("MOGADISHU, May 14 - The command announced in a press release that it conducted on Saturday an airstrike "
            "near Kismayo, killing four fighters.")
    assert [d for _, d, *_ in events_told(text, dt.date(2024, 5, 14))] == ["2024-05-11"]


@pytest.mark.parametrize("sentence, expected", [
    ("A week ago today, jets dropped two bombs on the market.", dt.date(2015, 9, 24)),
    ("Two weeks ago today, a drone hit the clinic.", dt.date(2015, 9, 17)),
])
def test_weeks_ago_today_is_that_very_day(sentence, expected):
    assert first(sentence) == (expected, "day")


def test_a_dateline_of_two_bureaus_slashed_apart():
    text = "NAIROBI / KAMPALA, 4 March 2025 – A drone struck a clinic in Kadugli on Saturday and three patients died, staff said."
    assert [(p, d, k) for p, d, _, k, _ in events_told(text, dt.date(2025, 3, 4))] == [("Kadugli", "2025-03-01", 3)]


def test_since_a_day_when_a_strike_fell_is_that_strikes_day():
    text = ("MOSUL, July 6 - He has kept the key since March 17, 2017, when an air strike collapsed a row of houses in "
            "the old city, killing his parents.")
    assert events_told(text, dt.date(2021, 7, 6)) == []
    assert first("It has been shut since March 17, 2017, when an air strike hit the road.", dt.date(2021, 7, 6)) == (dt.date(2017, 3, 17), "day")


def test_a_month_named_with_its_year_dates_at_that_month():
    [found] = dates_in("The vote recalled January 2020, when lawmakers sought to expel foreign troops.", dt.date(2024, 2, 5))
    assert (found.date, found.precision) == (dt.date(2020, 1, 1), "month")


def test_the_night_the_year_turned_is_new_years_day():
    for sentence in ("Drones struck a cafe in Zaliznyi Port during New Year celebrations.",
                     "Drones struck a cafe in Zaliznyi Port on New Year's night."):
        [found] = dates_in(sentence, dt.date(2026, 1, 4))
        assert found.date == dt.date(2026, 1, 1), sentence


def test_overnight_beside_a_calendar_day_is_that_day_s_night_not_the_report_s():
    found = dates_in("- 9 Mar (Sun): Overnight drone strike on a fuel depot in Kursk region.", dt.date(2025, 3, 14))
    assert [m.date for m in found] == [dt.date(2025, 3, 9)]


def test_a_weekday_s_part_of_the_day_before_a_calendar_day_is_that_calendar_day():
    found = dates_in("On Friday evening, February 2, bombers struck targets in two countries.", dt.date(2024, 2, 9))
    assert {m.date for m in found} == {dt.date(2024, 2, 2)}


def test_the_day_an_agency_raised_the_count_is_not_the_strikes():
    text = ("The health office on Thursday raised the toll of the air raid on a bakery in Kafr Nabl, in Idlib "
            "province, to 40.\n\nMost of the dead were queuing for bread when the bakery was hit soon after "
            "sunrise on Tuesday.")
    assert [(p, d, k) for p, d, _, k, _ in events_told(text, dt.date(2021, 3, 4))] == [("Kafr Nabl", "2021-03-02", 40)]


def test_the_day_a_group_voiced_concern_or_a_minister_defended_a_raid_is_not_the_raids():
    concern = ("BOGOTA, 12 March 2021 - A human rights group today expressed alarm at the death of a boy when the armed "
               "forces bombed a guerrilla camp near Calamar, Guaviare department, on 2 March 2021. Air Force jets took "
               "part in the raid, officials said.")
    assert [d for _, d, *_ in events_told(concern, dt.date(2021, 3, 12))] == ["2021-03-02"]
    defended = ("BOGOTA - Air Force jets bombed a guerrilla camp near Calamar, Guaviare department, on Tuesday, killing 10 "
                "fighters, the army said.\n\nThe defence minister defended on Thursday the bombing of the camp, calling it "
                "lawful.")
    assert [d for _, d, *_ in events_told(defended, dt.date(2021, 3, 5))] == ["2021-03-02"]


def test_last_weekend_told_on_a_weekend_is_the_one_before():
    saturday = dt.date(2024, 2, 3)
    assert [d.date for d in dates_in("A drone hit the outpost last weekend.", saturday, None)] == [
        dt.date(2024, 1, 27), dt.date(2024, 1, 28)]
    assert [d.date for d in dates_in("A drone hit the outpost over the weekend.", saturday, None)] == [saturday]
    assert [d.date for d in dates_in("A drone hit the outpost last weekend.", dt.date(2024, 2, 6), None)] == [
        dt.date(2024, 2, 3), dt.date(2024, 2, 4)]


def test_a_lead_that_strikes_back_for_an_older_attack_dates_the_strikes_told_next():
    text = ("American jets over Iraq and Syria\n\nWASHINGTON - The US military hit more than 60 sites across Iraq and "
            "Syria on Friday, bombing Iran-backed militias in reprisal for a drone raid on a base in Jordan last "
            "weekend.\n\nEleven people died in raids on the town of Akashat, Iraqi officials said.")
    assert [(p, d, a) for p, d, a, *_ in events_told(text, dt.date(2024, 2, 3))] == [
        ("Akashat", "2024-02-02", "United States")]


def test_the_evening_of_the_day_the_sentence_before_named_dates_a_strike():
    text = ("LAFIA - The herders had come back into Nasarawa from Benue State on Tuesday, relatives said. They were "
            "camped outside Rukubi in the evening when an air force jet passed over and dropped a bomb, killing 27, "
            "witnesses said.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2023, 1, 27))] == [("Rukubi", "2023-01-24")]



def test_the_day_of_a_search_after_a_strike_is_the_strikes_when_it_has_none():
    text = "Neighbours pulled survivors out of the rubble on Monday after jets bombed a busy market in Saraqib, killing 14 people."
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2019, 7, 24))] == [("Saraqib", "2019-07-22")]


def test_the_same_day_is_the_strikes_not_the_reports_own_morning():
    text = ("Warplanes bombed the grain market in Saraqib yesterday, Monday, killing 30 people. Families were still digging "
            "for relatives this morning.\n\nOn the same day, warplanes raided homes in Ariha, killing a farmer.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2019, 7, 23))] == [
        ("Ariha", "2019-07-22"), ("Saraqib", "2019-07-22")]


def test_a_briefs_section_heading_gives_its_day_in_brackets():
    text = ("Site by site\n\nAl-Qaim, Iraq (2 February)\nIn Iraq, the air strikes hit depots of militias around al-Qaim. "
            "Iraqi officials put the dead at 16.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2024, 2, 5))] == [("al-Qaim", "2024-02-02")]


def test_a_day_told_after_told_that_is_the_day_of_what_was_told():
    text = "Doctors told our team that air strikes on Saturday on a building in Saada killed six people."
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2025, 3, 17))] == [("Saada", "2025-03-15")]


def test_a_month_told_in_one_live_entry_does_not_date_a_strike_in_another():
    text = ("Live: strikes on Gaza\n\n10:30\nSchools hit before\nMany schools have been hit. In May, jets bombed a school "
            "in Nuseirat, killing 30 people.\n\n09:10\nRockets at Israel\nThe army said two rockets were fired; one was "
            "intercepted.\n\n07:00\nSummary\nWe have reports of a deadly air strike on a school in Daraj, in Gaza City, at dawn.")
    assert [p for p, *_ in events_told(text, dt.date(2024, 8, 10))] == ["Daraj"]


def test_an_attack_named_by_a_recent_day_then_told_in_a_when_clause_is_of_that_day():
    text = ("Families in Sumy are still mourning those killed in the 28 April attack, when a ballistic missile hit a bus "
            "station, killing 12 people.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2025, 5, 5))] == [("Sumy", "2025-04-28")]


def test_a_count_reported_by_someone_on_a_day_is_not_the_strikes_day():
    text = ("A drone strike hit a fuel depot in Zliten late on Monday, killing nine workers, the town council said. The toll "
            "from the strike rose to 14 on Wednesday, up from the nine reported by the council on Tuesday.")
    assert [(p, d, k) for p, d, _, k, _ in events_told(text, dt.date(2025, 3, 5))] == [("Zliten", "2025-03-03", 14)]


def test_the_day_a_man_was_martyred_when_a_drone_struck_is_the_strikes_day():
    text = ("The state government mourned on Sunday its deputy governor, who was martyred together with his son late on "
            "Saturday when a drone struck their house in Kadugli.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2025, 9, 21))] == [("Kadugli", "2025-09-20")]


def test_an_entry_headed_by_its_town_a_site_in_it_and_its_day_dates_the_strike_under_it():
    text = ("Civilian harm update No. 4\nRecording network | Published 30 June 2025\n\nIncidents\n\n"
            "3. Isfahan, Dastgerd prison, 21 June. Around noon, Israeli aircraft struck two wings of the prison. On 28 "
            "June, officials said 12 inmates had died.")
    assert [(d, k) for _, d, _, k, _ in events_told(text, dt.date(2025, 6, 30))] == [("2025-06-21", 12)]


def test_the_days_a_weekly_overview_covers_are_not_its_dateline():
    assert read_dateline("Weekly security brief\n10-16 June 2024\n\nPublished: 19 June 2024\n\nLast week ...") == dt.date(2024, 6, 19)
    assert read_dateline("Weekly security brief\n24-30 June 2024\n\nLast week ...") is None


def test_a_strike_told_in_a_weekly_overview_is_dated_against_its_publication_not_the_weeks_first_day():
    text = ("Weekly security brief\n10-16 June 2024\n\nOn 14 June, a Ukrainian drone dropped a grenade on a bus stop in "
            "Shebekino, wounding three people, the governor said.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2024, 6, 19))] == [("Shebekino", "2024-06-14")]


def test_the_day_a_follow_up_gives_the_strike_just_told_replaces_the_reports_day():
    text = ("Nigerian military jet kills nine villagers in Zamfara, residents say\n\nABUJA, Nigeria (Reuters) — A Nigerian "
            "military jet bombed a busy cattle fair in the north-west, killing nine villagers, residents said on "
            "Friday.\n\nThe strike happened Wednesday evening at the weekly market on the edge of Shinkafi, a town in "
            "Zamfara state where gunmen have killed and kidnapped hundreds of people in recent years.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2024, 2, 9))] == [("Shinkafi", "2024-02-07")]


def test_a_funerals_day_is_not_the_day_of_the_strike_told_before():
    text = ("Officials say Pakistani raids on Barmal district killed 19 civilians\n\nKABUL, Dec 27 (Wire) – Pakistani jets "
            "bombed three hamlets of the Barmal district in Paktika on Tuesday night, leaving 19 people dead, officials "
            "said.\n\nResidents of Barmal said families in the bombed villages held funeral prayers for the dead on "
            "Thursday morning.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2024, 12, 27))] == [("Barmal", "2024-12-24")]
