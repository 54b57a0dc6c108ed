"""How wire reports are told: the dateline, background strikes, and the day a toll is given.

Every article here is invented for the test; the places are real so that the offline gazetteer
places them.
"""
import datetime as dt

from strikes.extract import extract_events
from strikes.model import Article


def read(text: str, published: dt.date | None = None):
    return extract_events(Article(text=text, id="t", published=published))


def test_dateline_day_is_the_reports_not_the_strikes():
    [event] = read("MOSUL, Iraq, June 10, 2017 (AP) — Coalition jets struck a market in Tal Afar on Friday, "
                   "killing nine people, a local official said.")
    assert (event.place, event.date) == ("Tal Afar", dt.date(2017, 6, 9))


def test_dateline_without_a_year_is_still_the_reports():
    [event] = read("AMMAN, Oct 3 (Reuters) - Russian warplanes bombed Maarat al-Numan overnight, killing 14 people.",
                   published=dt.date(2015, 10, 3))
    assert event.date == dt.date(2015, 10, 2)


def test_a_strike_of_an_earlier_month_is_background():
    text = ("Saudi-led coalition aircraft struck a fuel depot in Hodeidah on Tuesday, killing four workers, "
            "residents said.\n\nIn June, a coalition strike on a bus station in Zabid killed eleven people.")
    events = read(text, published=dt.date(2019, 9, 12))
    assert [e.place for e in events] == ["Hodeidah"]


def test_a_strike_weeks_before_the_report_is_background():
    text = ("Turkish drones hit a car near Qamishli on Sunday, killing two fighters, a monitor said. "
            "On July 2, a Turkish drone strike on a house in Kobani killed three civilians.")
    events = read(text, published=dt.date(2022, 8, 23))
    assert [e.place for e in events] == ["Qamishli"]


def test_an_old_article_given_todays_date_keeps_its_strikes():
    text = "On 4 March 2016, US aircraft struck a training camp near Raso, killing 150 fighters, the Pentagon said."
    [event] = read(text, published=dt.date(2026, 11, 30))
    assert event.date == dt.date(2016, 3, 4)
