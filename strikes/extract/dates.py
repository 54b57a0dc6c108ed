"""When: the article's own date, and the dates its sentences give, resolved to calendar days.

Wire copy dates events relative to the report ("on Wednesday", "overnight", "the previous day"),
so every relative expression is resolved against a reference day: the dateline, else the date the
user says the article was published. Without one, only absolute dates can be read.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace

import dateparser

from strikes.extract.gate import first_char_checked, gate_index, gated
from strikes.extract.numbers import YEAR
from strikes.extract.trace import reject
from strikes.limits import plausible_day

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
WEEKDAY_NAME = first_char_checked(re.compile("|".join(calendar.day_name), re.I))

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
# "the fourth of April", "the twenty-first of May": a day spoken as its ordinal (the 20s and 30s with a hyphen or a space)
ORDINAL_WORDS = {word: i for i, word in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth "
    "sixteenth seventeenth eighteenth nineteenth twentieth".split(), 1)}
ORDINAL_WORDS |= {f"twenty{sep}{word}": 20 + i for sep in ("-", " ") for word, i in list(ORDINAL_WORDS.items())[:9]}
ORDINAL_WORDS |= {"thirtieth": 30, "thirty-first": 31, "thirty first": 31}
_SPOKEN_DAY = r"the\s+(?P<spoken>" + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True)) + r")\s+of"
_DAY = r"(?:(?P<day>[0-3]?\d)(?:st|nd|rd|th)?|" + _SPOKEN_DAY + r")"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")"
_B = r"(?<![\w-])"
_E = r"(?![\w-])"

# "6 and 7 October": both days; "6-7 October", "6 to 7 October": a span, dated by its first (a night by its last)
_SECOND_DAY = r"(?:\s*(?:-|–|to)\s*(?P<until>[0-3]?\d)(?:st|nd|rd|th)?|\s+(?:and|&)\s+(?P<also>[0-3]?\d)(?:st|nd|rd|th)?)?"
# "Incident 1 - 14 October": the number of a list's entry, not the first day of a range
_LABELLED = "".join(rf"(?<!{word}\s)" for word in ("incident", "case", "item", "entry", r"no\.", "number", "attack"))
ABSOLUTE = [gated(regex) for regex in (
    re.compile(_B + r"(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)" + _E),
    re.compile(_B + _LABELLED + _DAY + _SECOND_DAY + r"\s+(?:of\s+)?" + _MONTH + r"(?:,?\s+" + _YEAR + r")?" + _E, re.I),
    re.compile(_B + _MONTH + r"\s+" + _DAY + _SECOND_DAY + r"(?:,?\s+" + _YEAR + r")?" + _E, re.I),
    # "Posted 10/07/2024 6:12 PM EDT": an American page's stamp, month first
    re.compile(_B + r"(?P<month>[01]?\d)/(?P<day>[0-3]?\d)/(?P<year>(?:19|20)\d\d),?\s+(?:at\s+)?\d{1,2}:\d\d(?::\d\d)?\s*[AaPp]\.?[Mm]\.?\s+"
               r"(?:ET|EDT|EST|CT|CDT|CST|MT|MDT|MST|PT|PDT|PST)" + _E),
    re.compile(_B + r"(?P<day>[0-3]?\d)/(?P<month>[01]?\d)(?:/(?P<year>(?:19|20)?\d\d))?" + _E),
    # "[09.06.2025 21:40]": a post's stamp, day first, its year whole (not "3.5 km")
    re.compile(_B + r"(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>(?:19|20)\d\d)" + _E),
)]
# "on Palm Sunday", "Good Friday": a feast named after its weekday, not the weekday of the report's week
_FEAST_DAY = "".join(rf"(?<!{word}\s)" for word in ("Palm", "Easter", "Good", "Ash", "Holy", "Maundy", "Black", "Bloody"))
WEEKDAY_PHRASE = gated(re.compile(
    _B + _FEAST_DAY + r"(?:(?P<last>last|past|previous)\s+)?" + _WEEKDAY + r"(?:['’]s)?" + r"(?P<ago>\s+a\s+week\s+ago)?"
    + r"(?P<last_week>,?\s+(?:of\s+)?(?:last|the\s+previous)\s+week)?" + _E
    + r"(?!\s+(?:cattle\s+|livestock\s+)?(?:markets?|bazaars?|souks?)\b)", re.I))  # "the Tuesday market": a market named by its day
# ("3 killed in a strike on a farm Thu -- SANA", "a drone hit a car on Sat.": a bulletin's short weekday, told after
# "on" or closing its clause; not "The Sun", "Sat in")
_SHORT_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_SHORT = r"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)"
SHORT_WEEKDAY = first_char_checked(re.compile(rf"(?:(?<=\bon\s)|(?<=[a-z]\s)(?<!\bthe\s)(?={_SHORT}\.?(?:\s*(?:--|—|–|,|;|$)|\s-\s)))(?P<weekday>{_SHORT})(?:\.|(?![\w'’-]))"))
# ("in mid-June", "mid-June": the month's middle, a month all the same)
MONTH_ONLY = gated(re.compile(_B + r"(?:in|during|since|throughout|early|mid|late|(?:the\s+)?(?:end|start|beginning|middle)\s+of|last|"
                              # ("the strike of January 2006": a month told with its year after "of")
                              r"(?:the|of)(?=\s+(?:" + "|".join(MONTHS) + r")\.?\s+(?:19|20)\d\d\b)|"
                              # ("the December drone bombing of X": a month that names the strike, told before its noun)
                              r"(?:the|an?)(?=\s+(?-i:" + "|".join(m.capitalize() for m in MONTHS) + r")\s+(?:[a-z-]+\s+){0,2}?"
                              r"(?:air\s*strikes?|airstrikes?|strikes?|bombings?|bombardments?|raids?|attacks?|massacres?)\b))"
                              r"(?:\s+|-)(?:(?:early|mid|late)-)?"
                              r"(?:the\s+month\s+of\s+)?" + _MONTH + r"(?:\s+" + _YEAR + r")?" + _E, re.I))
# "In 2015, ...", "during the 2016 offensive", "a 2019 strike": a year told alone, no month or day of it
# (a year "in" which something happened opens the sentence: "a town retaken by the army in 2024" dates the town's past)
PAST_YEAR = gated(re.compile(r"(?:^\W*(?:(?:but|and|back|then|even|also|earlier|later)\s+)?(?:in|during|throughout)\s+(?!(?:the\s+)?(?:19|20)\d\d\s+(?:report|study|survey|census|election))"
                             r"(?:(?:the\s+)?(?:(?:early|late|mid|summer|spring|autumn|fall|winter|war)\s+(?:of\s+)?))?(?=(?:the\s+)?(?:19|20)\d\d)|"
                             r"\b(?:the|a|an)\s+(?=(?:19|20)\d\d\s+(?:[a-z-]+\s+)?(?:fighting|war|offensive|battle|campaign|siege|conflict|"
                             r"bombing|bombings|strikes?|air\s*strikes?|raids?|attacks?|uprising|assault)\b))"
                             r"(?:the\s+)?(?P<year>(?:19|20)\d\d)(?![\w/-])", re.I))
# "a man born in 1958", "a school built in 1970": a year of someone's life or a building's, no strike's
YEAR_OF_A_LIFE = re.compile(r"\b(?:born|built|founded|established|opened|constructed|completed|married|graduated|elected|appointed|"
                            r"joined|moved|retired|fled|arrived|settled|renovated|restored)\s+$", re.I)
# "The debate echoed January 2020, when ...": a month named with its year, however the sentence leads to it
MONTH_YEAR = gated(re.compile(_B + _MONTH + r"\s+" + _YEAR + _E, re.I))
# "- April 2024: drones hit the air base", "March 2024 – A strike on X": a timeline item's month, as its label
MONTH_LABEL = re.compile(r"^\s*(?:[-*•–]\s*)?" + _MONTH + r"\s+" + _YEAR + r"(?=\s*[:–—-])", re.I)

OVERNIGHT = re.compile(r"overnight", re.I)
WEEKDAY_TO_DAY = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?,?\s*(?:the\s+)?", re.I)
# Expressions measured in days back from the reference day, with their precision.
RELATIVE = [(gated(regex), back, precision) for regex, back, precision in (
    # "at 1 a.m. last night": the small hours of the report's day, not the evening before
    (re.compile(_B + r"\d{1,2}(?::\d\d)?\s*a\.?\s?m\.?\s+last night" + _E, re.I), 0, "day"),
    (re.compile(_B + r"(?<!a\.m\. )(?<!a\.m )(?<!am )(?:late |early )?last night" + _E, re.I), 1, "day"),
    # an attack "overnight" ends on the morning it is reported: that day, unless the night is named
    # ("overnight into Thursday", "overnight on Monday", "overnight Monday": the day told)
    (re.compile(_B + r"overnight(?!\s+(?:into|to|on|(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)" + _E, re.I), 0, "day"),
    (re.compile(_B + r"yesterday" + _E, re.I), 1, "day"),
    (re.compile(_B + r"(?:the )?day before yesterday" + _E, re.I), 2, "day"),
    # "A year ago today", "a year ago on Wednesday": an anniversary's day, a year back (not today's)
    (re.compile(_B + r"(?:a|one) year ago(?: today| tonight| this (?:week|month|morning|evening)| on (?:mon|tues|wednes|thurs|fri|satur|sun)day)?" + _E, re.I), 365, "year"),
    # A capitalised "Today" inside a sentence names an outlet ("Aleppo Today", "USA Today").
    (re.compile(_B + r"(?:(?:earlier )?(?:(?-i:today)|(?<![\w,;] )(?-i:Today))|this (?:morning|afternoon|evening)|tonight)" + _E, re.I), 0, "day"),
    (re.compile(_B + r"(?P<n>a|one|two|three|four|five|six|\d) days? ago" + _E, re.I), None, "day"),
    # ("A week ago today, a jet dropped two bombs": that very weekday a week back, a day)
    (re.compile(_B + r"(?:a|one) week ago (?:today|tonight)" + _E, re.I), 7, "day"),
    (re.compile(_B + r"(?:(?:last|past|previous) week|a week ago)" + _E, re.I), 7, "week"),
    (re.compile(_B + r"(?:earlier )?this week" + _E, re.I), 0, "week"),
    # "a little over a week earlier", "nearly a week before": about a week back, no day of it
    (re.compile(_B + r"(?:(?:just|a\s+little|slightly)\s+)?(?:(?:over|more\s+than|less\s+than|under|nearly|almost)\s+)?"
                r"(?:a|one)\s+week\s+(?:earlier|before)" + _E, re.I), 7, "week"),
    (re.compile(_B + r"(?:earlier )?this month" + _E, re.I), 0, "month"),
    (re.compile(_B + r"last month" + _E, re.I), 30, "month"),
    # ("the suburbs were hit twice last year": a year back, no day of it; not "last year's", whose noun it dates)
    (re.compile(_B + r"last year(?!['’])" + _E, re.I), 365, "year"),
    # "late that month", "later that same month": the month under discussion, no day of it
    (re.compile(_B + r"(?:(?:early|late|later|earlier|mid)[- ](?:in\s+)?)?that (?:same )?month" + _E, re.I), 0, "month"),
    (re.compile(_B + r"(?:earlier|late|later) (?:this|in the) year" + _E, re.I), 0, "year"),
    # "only days earlier", "a few days ago", "Days before, ...": some days back, no day of them (not "two days earlier")
    (re.compile(r"(?:" + _B + r"(?:(?:only|just)\s+(?:(?:a\s+few|several|some)\s+)?|(?:a\s+few|several|some)\s+)|^\s*(?-i:D))"
                r"(?-i:d)?ays\s+(?:ago|earlier|before)" + _E, re.I), 3, "week"),
    # "in recent days", "over the past few days": a span of the last days, no day of it (not "over the past two days": a
    # total that ends on the report's day)
    (re.compile(_B + r"(?:in|over|during)\s+(?:recent|(?:the\s+)?(?:past|last)\s+(?:few|several|couple\s+of))\s+days" + _E, re.I), 3, "week"),
    # "only weeks ago", "a few months ago": no day, a recalled strike
    (re.compile(_B + r"(?:(?:a few|several|some)\s+)?weeks ago" + _E, re.I), 14, "week"),
    # ("Six months ago today, a bomb fell on X": an anniversary's day, months back, not today's)
    (re.compile(_B + r"(?:(?:a few|several|some|two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+)?months ago"
                r"(?: today| tonight)?" + _E, re.I), 60, "month"),
)]
RELATIVE_GATES = gate_index([regex for regex, _, _ in RELATIVE])  # (a sentence holds the words of one or two of them)
# "two weeks ago" (from the report's day), "three weeks earlier" (from the day under discussion): a week, not a day
# ("two weeks ago today": that weekday, a day)
WEEKS_BACK = gated(re.compile(_B + r"(?P<n>two|three|four|five|six|\d) weeks (?:(?P<ago>ago(?P<today> today| tonight)?)|earlier|before)" + _E, re.I))
# "Fourteen years ago today": an anniversary's day, that many years back (not today's); a year, no day of it
_YEARS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
          "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty")
YEARS_BACK = gated(re.compile(_B + rf"(?P<n>{'|'.join(_YEARS)}|\d{{1,2}}) years ago(?: today| tonight| this (?:week|month|morning|evening)| on (?:mon|tues|wednes|thurs|fri|satur|sun)day)?" + _E, re.I))
# "over the weekend": the last Saturday and Sunday
WEEKEND = gated(re.compile(_B + r"(?:(?:over|during|at|on) the weekend|(?:last|this|past) weekend)" + _E, re.I))
# "On the 15th, a drone struck ...": a day of the report's month (or the one before), named without its month; not
# "the 15th Division", "on the 3rd floor"
ORDINAL_DAY = first_char_checked(re.compile(_B + r"(?:on|since|by)\s+the\s+(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)"
                                            r"(?=\s*[,.;:]|\s*$|\s+(?:at|in|when|as|and|morning|evening|night|afternoon|of\s+(?:this|the)\s+month)\b)", re.I))
# "the previous day", "two days earlier" count back from the date the text was last talking about
# ("two days ago" counts from the report's; "the day before a truce began" counts from the truce, untold).
PREVIOUS_DAY = gated(re.compile(_B + r"(?:the (?:previous|preceding) (?:day|evening|night|afternoon|morning)|the (?:day|night|evening) before(?!\s+(?:an?|the|its|his|her|their)\s)|"
                          r"(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|\d{1,2}) days? (?:earlier|before that))" + _E, re.I))
# "on Monday, three days after a strike hit ...": the day of what it follows, counted back from the day named before
DAYS_AFTER = gated(re.compile(_B + r"(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) days (?:after|since)(?= (?:an?|the) )", re.I))
# "The next day, jets struck ...", "two days later": forward from the date under discussion (never past the report's)
# ("Forty-eight hours later": whole days told in hours)
NEXT_DAY = gated(re.compile(_B + r"(?:the (?:next|following) (?:day|morning|afternoon|evening|night)|"
                      r"(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|\d{1,2}) days? later|(?P<hours>twenty-four|forty-eight|seventy-two|24|48|72) hours later)" + _E, re.I))
_DAY_HOURS = {"twenty-four": 1, "24": 1, "forty-eight": 2, "48": 2, "seventy-two": 3, "72": 3}
# "hit twice more the same day", "later that evening": the date under discussion ("said on Tuesday it had bombed
# X earlier that day": the day the sentence named before it)
SAME_DAY = gated(re.compile(_B + r"(?:(?:the|that)\s+same\s+|later\s+that\s+|(?P<earlier>earlier)\s+that\s+)(?:day|morning|afternoon|evening|night)" + _E, re.I))
# "In the afternoon, drones hit X" after a sentence that named one day: a part of that day
PART_OF_DAY = re.compile(r"\W*(?:(?:later|earlier)\s+)?(?:in|during|by)\s+the\s+(?:early\s+|late\s+)?(?:morning|afternoon|evening)\b", re.I)
# Feasts on a fixed day name a date: the latest one on or before the report ("on Christmas Day").
FIXED_FEASTS = {"christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25),
                "new year's eve": (12, 31), "new year's day": (1, 1), "new year’s eve": (12, 31), "new year’s day": (1, 1),
                # ("during New Year celebrations", "on New Year's night": the night the year turned, after midnight)
                "new year's night": (1, 1), "new year’s night": (1, 1), "new year celebrations": (1, 1), "new year's celebrations": (1, 1),
                "new year’s celebrations": (1, 1)}
# ("a raid on Christmas Day 2019": that year's)
# ("a Christmas Day air strike": the feast that names the strike, before its noun)
FEAST = gated(re.compile(_B + r"(?:on|the|during|an?(?=\s+christmas\s+(?:eve|day)\s+(?:[\w-]+\s+){0,2}?(?:air\s*strike|airstrike|strike|raid|bombing|attack)))"
                         r"\s+(?P<feast>christmas(?:\s+(?:eve|day))?|new\s+year['’]s\s+(?:eve|day|night)|"
                         r"new\s+year(?:['’]s)?\s+celebrations)(?:\s+(?P<year>(?:19|20)\d\d))?" + _E, re.I))
# What may stand before the date on a dateline: "BEIRUT, Lebanon —", "GAZA CITY,", "Tuesday".
DATELINE_HEAD = re.compile(r"(?:[A-Z][A-Z .'’-]+(?:,\s*[A-Z][\w .'’-]*)?\s*[—–-]?|(?i:" + "|".join(WEEKDAYS) + r"),?)?")
# For dateline formats the patterns above do not cover ("03.10.2015 14:05 GMT"); not a live page's "1h ago",
# which dateparser would count back from the clock of the machine reading it, not from the day the page was published.
DATELINE_SETTINGS = {"DATE_ORDER": "DMY", "STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"],
                     "PARSERS": ["custom-formats", "absolute-time"]}
# A wire dateline opening a sentence: "ODESA, Ukraine, June 3, 2023 (AP) — ", "YANGON, May 13 (AFP) - ", "BOGOTÁ, 4 May —",
# "AITOU, Lebanon (AP) — ". Its date is the report's, its city the bureau's: neither is the strike's. A city written in
# capitals needs no date; one written as a name ("Kandahar, Feb 14 (Wire) -", "Addis Abeba, March 5/2025 –") does, and a
# day's heading ("Thursday 29 August - X.") is no dateline.
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
# ("DUHOK, Iraq, Wednesday 12 March 2025 —": the day may name its weekday)
_DATELINE_DATE = (r"(?:,?\s*(?:(?:" + "|".join(WEEKDAYS) + r"),?\s+)?(?:" + _MONTH_NAMES + r")\.?\s+[0-3]?\d(?:(?:,\s*|/|\s+)(?:19|20)\d\d)?|"
                  r",?\s*(?:(?:" + "|".join(WEEKDAYS) + r"),?\s+)?[0-3]?\d\s+(?:" + _MONTH_NAMES + r")\.?(?:\s+(?:19|20)\d\d)?)")
# ("BALAKLIIA, Kharkiv region —": a province with its lower-case word)
# ("BENI, Democratic Republic of the Congo, 3 May -": a country's name with "of" in it; "CHAMCHAMAL, northern Iraq,
# March 30 -": the part of the country)
_DATELINE_COUNTRY = r"(?-i:,\s*(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+|central\s+)?[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-ZÀ-ÖØ-Þ][\w'’.-]*){0,3}(?:\s+(?:region|province|oblast|governorate|state|district))?)?"
# ("Bamako (AFP) – Drone strikes ...": the agency's name in brackets before the dash, wherever the line stands)
_AGENCY = (r"\((?:AFP|AP|Reuters|dpa|Xinhua|Anadolu|AA|UPI|IANS|PTI|ANI|APP|Kyodo|Yonhap|EFE|TASS|Sputnik|IRNA|SANA|WAFA|KUNA|SPA|WAM|"
           r"NAN|SUNA|Saba|BNA|ENA|QNA|MENA|APS|NNA|INA|Petra|Bernama)\)")
_DATELINE_END = r"\s*(?:\([^()\n]{1,40}\))?\s*(?:[—–-]{1,2}\s+|[—–](?=[A-Z]))"  # ("MARAWI CITY—A jet bombed ...": a dash closed up)


def _dateline_prefix(article: str) -> re.Pattern[str]:
    """A dateline's town in capitals or as a name, with its country or province and its date, opening a sentence;
    the town's name may open with ``article`` ("NAIROBI / JUBA,": two bureaus' towns, slashed)."""
    return re.compile(
        r"\A\s*(?:(?!(?:" + "|".join(WEEKDAYS) + r")\b)(?-i:" + article + r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]{2,}(?:(?:\s?/\s?| )[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]+)*)"
        # ("AKCAKALE, Turkey/BEIRUT, Oct 16 (Wire) -": a second bureau's town after the first one's country)
        + _DATELINE_COUNTRY + r"(?:\s?/\s?(?-i:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]{2,}(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]+)*)" + _DATELINE_COUNTRY + r")*"
        + _DATELINE_DATE + "?"
        r"|(?!(?:" + "|".join(WEEKDAYS) + r")\b)(?-i:[A-ZÀ-ÖØ-Þ][a-zà-ÿ'’.-]+(?:[ -][A-ZÀ-ÖØ-Þ][a-zà-ÿ'’.-]+){0,2})" + _DATELINE_COUNTRY + _DATELINE_DATE
        # ("(Geneva, May 2, 2025) –": a rights group's dateline, in brackets, with its date)
        + r"|\((?-i:[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:[ -][A-ZÀ-ÖØ-Þ][\w'’.-]+){0,2})" + _DATELINE_COUNTRY + _DATELINE_DATE + r"\))"
        + _DATELINE_END, re.I)


DATELINE_PREFIX = _dateline_prefix("")
# "Beirut — The group today condemned ...": a release's town, written as a name and closed by a spaced dash, with no date
_TOWN_NAME = r"(?!(?:" + "|".join(WEEKDAYS) + r")\b)(?-i:[A-ZÀ-ÖØ-Þ][a-zà-ÿ'’.-]+(?:[ -][A-ZÀ-ÖØ-Þ][a-zà-ÿ'’.-]+){0,2})"
NAMED_DATELINE = re.compile(r"\A\s*" + _TOWN_NAME + r"\s+[—–]\s+(?=[A-Z])", re.I)
AGENCY_DATELINE = first_char_checked(re.compile(r"\A\s*" + _TOWN_NAME + r"\s+" + _AGENCY + r"\s*[—–-]\s*(?=[A-Z\"“])", re.I))
# "Hama, SANA – Two civilians were ...": a state agency's dateline, its name after the town's, with no brackets
STATE_AGENCY_DATELINE = re.compile(r"\A\s*" + _TOWN_NAME + r",\s*(?-i:SANA|IRNA|NNA|Saba|SUNA|WAFA|KUNA|QNA|MENA|Petra|NAN)\s*[—–-]\s*(?=[A-Z\"“])", re.I)
# "EL GENEINA, May 3 -": a city whose name opens with a two-letter article
ARTICLED_DATELINE = _dateline_prefix(r"(?:[A-ZÀ-ÖØ-Þ]{2}\s)")

# "PESHAWAR: Two soldiers were ...": the South Asian press's dateline, a town in capitals and a colon (not a label's
# "BREAKING:", "UPDATE:")
COLON_DATELINE = re.compile(r"\A\s*(?!(?:BREAKING|UPDATE|UPDATED|WATCH|LIVE|EXCLUSIVE|ANALYSIS|OPINION|EDITORIAL|CORRECTION|NOTE|"
                            r"VIDEO|PHOTOS?|READ|ALSO|MORE|LATEST|TIMELINE|CONTEXT|BACKGROUND|WARNING|ALERT|FLASH|URGENT|SOURCE|"
                            r"SOURCES|Q|A|NEWS|REPORT|REPORTS|UNKNOWN)\b)[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]{2,}(?:[ /][A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]+){0,2}"
                            # ("MIRAN SHAH, May 21: Residents ...": the bureau's day between its town and the colon)
                            r"(?:,\s*(?i:" + _MONTH_NAMES + r")\.?\s+[0-3]?\d)?:\s+(?=[A-Z])")

# "between Monday and Saturday", "from 2 to 8 March", "in the ten days to Friday": a period of several days
# ("between January and March": whole months)
_PERIOD_END = r"(?:[a-z]+day|[0-3]?\d(?:st|nd|rd|th)?(?:\s+(?:of\s+)?[a-z]+)?|[a-z]+\.?\s+[0-3]?\d|(?-i:[A-Z])[a-z]+)"
PERIOD = gated(re.compile(_B + r"(?:between|from)\s+(?:last\s+)?(?P<first>" + _PERIOD_END + r")\s+(?:and|to|until|till|through)\s+"
                    r"(?P<last>" + _PERIOD_END + r")" + _E + r"|"
                    + _B + r"in\s+the\s+(?:(?:five|six|seven|eight|nine|ten|\d+)\s+days|week|fortnight)\s+(?:to|up\s+to|ending|until|through)" + _E + r"|"
                    # "in the preceding seven days", "over the past week": the span a release counts back over
                    + _B + r"(?:in|over|during)\s+the\s+(?:preceding|previous|past|last)\s+(?:(?:three|four|five|six|seven|eight|nine|ten|\d+)\s+days|week|fortnight)" + _E,
                    re.I))


# "attacks on villages of A, B and C, 4 to 7 January": a span of days written bare
DAY_SPAN = first_char_checked(re.compile(_B + _LABELLED + r"(?P<first>[0-3]?\d)\s*(?:to|until|through|–|-)\s*(?P<last>[0-3]?\d)\s+" + _MONTH + _E, re.I))


def names_period(sentence: str) -> bool:
    """Whether a sentence counts over several days ("between Monday and Saturday", "from 2 to 8 March",
    "in the week to Sunday"): a tally of that period. Not one night ("between Saturday and Sunday")."""
    for match in PERIOD.finditer(sentence):
        if match["first"] is None:
            return True
        first, last = match["first"].lower(), match["last"].lower()
        if first in WEEKDAYS and last in WEEKDAYS:
            if (WEEKDAYS[last] - WEEKDAYS[first]) % 7 > 1:
                return True
            continue
        if first in MONTHS and last in MONTHS and first != last:
            return True  # "between January and March": months of strikes
        days = [int(found.group(0)) for found in (re.search(r"\d+", first), re.search(r"\d+", last)) if found]
        words = re.findall(r"[a-z]+", first + " " + last)
        if len(days) == 2 and days[1] - days[0] > 1 and any(w.rstrip(".") in MONTHS for w in words):
            return True
    return any(int(m["last"]) - int(m["first"]) > 1 for m in DAY_SPAN.finditer(sentence)) \
        or any(MONTHS[(m["from"] or m["from2"]).lower().rstrip(".")] != MONTHS[(m["to"] or m["to2"]).lower().rstrip(".")]
               for m in MONTH_SPAN.finditer(sentence))


# "1 January - 16 May", "Jan. 1 to May 16": a span from a day of one month to a day of another
_SPAN_MONTH = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
MONTH_SPAN = gated(re.compile(_B + r"(?:[0-3]?\d\s+(?P<from>" + _SPAN_MONTH + r")|(?P<from2>" + _SPAN_MONTH + r")\s+[0-3]?\d)"
                              r"(?:,?\s+(?:19|20)\d\d)?\s*(?:-|–|—|to|until|through)\s*"
                              r"(?:[0-3]?\d\s+(?P<to>" + _SPAN_MONTH + r")|(?P<to2>" + _SPAN_MONTH + r")\s+[0-3]?\d)" + _E, re.I))


DAY_RANGE = re.compile(r"\d\s*(?:-|–|to|and)\s*\d", re.I)
# "11-17 May 2024", "May 11-17": the days of one month a report covers
DAYS_COVERED = re.compile(rf"\b[0-3]?\d\s*(?:-|–|—|to)\s*[0-3]?\d\s+(?:{_MONTH_NAMES})\b|\b(?:{_MONTH_NAMES})\.?\s+[0-3]?\d\s*(?:-|–|—|to)\s*[0-3]?\d\b", re.I)
SMALL = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
         "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14}
NAMED_EVENT = re.compile(r"\s+(?:attacks?|massacres?|bombings?|assaults?|offensive|war|uprising|coup|ceasefire|truce|agreement|deal)\b", re.I)
PLACED_AFTER = re.compile(r"\s+(?:of\s+(?:an?\s+|the\s+)?(?:[a-z][\w-]*\s+){0,2}?)?(?:on|in|near|at)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?(?-i:[A-Z])[\w'’-]+(?:['’]s)?\s+(?:[\w-]+\s+)?"
                          r"(?:village|town|city|district|township|camp|market|area|neighbou?rhood|hospital|school|mosque|house|home)\b", re.I)
WHEN_AFTER = re.compile(r",?\s+when\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:air\s*strikes?|airstrikes?|strikes?|raids?|drones?|missiles?|bombs?|jets?|warplanes?|aircraft)\b", re.I)
RECENT_DAYS = 31  # a strike named by its day within a month of the report is news the report may tell again
BACKGROUND = first_char_checked(re.compile(r"\bsince\b[^,;.]{0,60}$|(?:began in|started in|erupted in|beginning of)\s*$", re.I))

# "a raid in the area that began on Tuesday": the day a longer operation started, not the strike's;
# "ahead of elections beginning this month", "before talks due on Monday": the day of another event
OPERATION_START = gated(re.compile(r"\b(?:that|which)\s+(?:had\s+)?(?:began|begun|started|erupted|opened)\s+(?:early\s+|late\s+)?(?:on\s+)?$|"
                                   # "the worst raid since the allies widened their air war last month": the campaign's
                                   r"\bsince\s+(?:[\w'’-]+\s+){1,3}?(?:stepped\s+up|launched|began|started|escalated|expanded|resumed|"
                                   r"intensified|widened|renewed)\b[^.;,:]{0,60}$|"
                                   r"\b(?:elections?|polls|vote|talks|negotiations|summit|referendum|conference|holiday|festival|truce|deadline)\s+"
                                   r"(?:beginning|starting|due|set|scheduled|expected|planned|slated|opening)\s+(?:for\s+|on\s+|in\s+|to\s+(?:begin|start|open)\s+)?$", re.I))


# "X, a town that the group seized in 2014", "which was recaptured in March 2017": a year or month in the history of a
# place or a side, told in a clause of its own, is no strike's day
PLACE_HISTORY = re.compile(r"\b(?:that|which|who|after|before|when|since)\s+[^.;,:]{0,60}?\b(?:seized|captured|recaptured|retook|retaken|"
                           r"liberated|renamed|founded|built|established|settled|annexed|overran|overrun|(?:driving|drove|driven)\s+"
                           r"(?:[\w-]+\s+){0,3}?out|took\s+(?:over|control)|fell\s+to|was\s+(?:taken|freed))\b[^.;,:]{0,60}?$", re.I)


COUNTED_SHIFT = re.compile(r"\b(?:later|after|earlier|before|ago)$", re.I)  # "five days later": a day counted from another


def history_at(sentence: str, position: int) -> int | None:
    """Where the clause opens whose history of a place or a side (`PLACE_HISTORY`) a year or month at `position` dates."""
    clause = PLACE_HISTORY.search(sentence, max(0, position - 140), position)
    return clause.start() if clause is not None else None


def began_long_ago(sentence: str, reference: dt.date) -> bool:
    """Whether a sentence dates an operation or a war that began more than 30 days before the report ("the five days of
    fighting, which began on July 24, saw jets strike X"): what it tells without a day of its own is that past."""
    return any(OPERATION_START.search(sentence, 0, match.start()) and (day := _calendar_day(match, reference)) is not None
               and day < reference - dt.timedelta(days=30) for regex in ABSOLUTE for match in regex.finditer(sentence))


@dataclass(frozen=True)
class DateMention:
    """A date read from a sentence, with where it was written (character offsets in the sentence)."""

    date: dt.date
    precision: str
    start: int
    end: int
    explicit: bool
    also: tuple[dt.date, ...] = ()  # the other days it names with this one ("on 6 and 7 October")


def read_dateline(text: str) -> dt.date | None:
    """The article's own date, read from a dateline in its first lines.

    Only a line that is short or that starts with the date counts, so that the first sentence of
    an ACLED note ("On 12 June 2022, ...") is read as an event date, not as a dateline.
    """
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()][:4]
    for line in lines:
        for found in _absolute_dates(line, None):
            if found.precision != "day" or found.date.year < 1990 or DAY_RANGE.search(line, found.start, found.end):
                continue  # "Incident log, 10-16 March 2025": the days a report covers, not the day it was issued
            head = line[: found.start].strip(" ,.-–—:|*#_")
            if EVENT_NAMED.match(line, found.end):
                continue  # "3 May 2021 Herat airstrike": an encyclopedia's title, the event by its day, not the page's
            if len(line) <= 60 or DATELINE_HEAD.fullmatch(head) and line[found.end:].lstrip()[:1] in ("", "-", "–", "—", "(", "|", "/"):
                return _by_weekday(line, found.date) if NUMERIC_DAY.fullmatch(line, found.start, found.end) else found.date
        if len(line) <= 40 and any(ch.isdigit() for ch in line) and not DAYS_COVERED.search(line):
            # (not "11-17 May 2024": the days a weekly overview covers, which the parser reads as their first)
            try:
                # (English only: the rules read English, and guessing the language is most of dateparser's time)
                parsed = dateparser.parse(line, languages=["en"], settings=DATELINE_SETTINGS)
            except (ValueError, OverflowError):
                parsed = None  # "31.12.9999 23:59 +2400"
            if parsed is not None and plausible_day(parsed.date()):
                return _by_weekday(line, parsed.date())
        if (bureau := DATELINE_PREFIX.match(line) or DATE_DATELINE.match(line)) is not None \
                and re.search(rf"\b(?:{_MONTH_NAMES})\b", bureau[0], re.I):
            return None  # "ADEN, March 2 (Wire) - ...", "July 12 (Wire) - ...": the day without its year; the lines under it are the report's
    return None


SWAPPED_NEAR = 7  # days from the publication date within which a dateline read day and month swapped is the page's own


def read_as_published(dateline: dt.date | None, published: dt.date | None, text: str) -> dt.date | None:
    """A dateline's day written in figures read the other way round when that puts it by the publication date and the
    first reading does not ("04/07/17 07:55 PM EDT" on a page published on 7 April 2017 is an American date, not 4 July;
    "Date: 7 April 2017" names its month and is read as written)."""
    head = "\n".join(text.strip().splitlines()[:4])
    if dateline is None or published is None or dateline.day > 12 or abs((dateline - published).days) <= SWAPPED_NEAR \
            or not NUMERIC_DAY.search(head):
        return dateline
    swapped = dt.date(dateline.year, dateline.day, dateline.month)
    return swapped if abs((swapped - published).days) <= SWAPPED_NEAR else dateline


EVENT_NAMED = re.compile(r"\s+(?:[\w'’-]+\s+){0,4}?(?:air\s*strikes?|airstrikes?|strikes?|attacks?|bombings?|bombardment|massacre|raids?)\s*$", re.I)
NUMERIC_DAY = re.compile(r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}")


def _by_weekday(line: str, day: dt.date) -> dt.date:
    """A numeric date read day first, or month first when the weekday the line names says so ("Tuesday 12/5/2023" is
    5 December: 12 May was a Friday)."""
    named = next((WEEKDAYS[w.lower()] for w in re.findall(r"[A-Za-z]+", line) if w.lower() in WEEKDAYS), None)
    if named is None or day.weekday() == named or day.day > 12:
        return day
    swapped = dt.date(day.year, day.day, day.month)
    return swapped if swapped.weekday() == named else day


# "July 3 — A drone struck ...", "Oct. 28 (Reuters) - ...": a dateline of a date alone, opening an article
DATE_DATELINE = re.compile(r"\A\s*(?:" + _DATELINE_DATE.removeprefix(r"(?:,?\s*") + _DATELINE_END, re.I)


def dateline_length(sentence: str, opening: bool = False, lead: bool = False, first_told: bool = False) -> int:
    """How many characters of a sentence its wire dateline takes (0 when it opens with none); a date alone
    counts only in an article's `opening` lines (further down, "July 3 — drones hit X" is a timeline's entry),
    a town whose name opens with a two-letter article only in its `lead` (further down, "ED DAEIN, East
    Darfur - Friday" heads a digest's entry), a town written as a name and a dash alone ("Beirut — The group ...") only
    in the lead or the `first_told` sentence, the first that reads as one, under a release's headings."""
    # (the lead it opens a sentence, not a heading's words: "September 3 - Depot hit in the west")
    ends = bool(re.search(r"[.!?\"”]\s*$", sentence))
    match = DATELINE_PREFIX.match(sentence) or AGENCY_DATELINE.match(sentence) or STATE_AGENCY_DATELINE.match(sentence) or (ARTICLED_DATELINE.match(sentence) if lead and ends else None) \
        or (DATE_DATELINE.match(sentence) if opening and ends else None) \
        or (COLON_DATELINE.match(sentence) if lead and ends else None) \
        or (NAMED_DATELINE.match(sentence) if (lead or first_told) and ends else None)
    return 0 if match is None else match.end()


# "since the war began in 2011": a year that dates the war, not a strike (named in a trace; never a date)
BACKGROUND_YEAR = gated(re.compile(r"\b(?:since|began|started|erupted)\b[^.;]{0,40}?\b(?P<year>(?:19|20)\d\d)\b", re.I))


def dates_in(sentence: str, reference: dt.date | None, previous: dt.date | None = None) -> list[DateMention]:
    """Every date a sentence gives, resolved against `reference` (relative words) and `previous`
    (the date under discussion, for "the previous day"). Background years ("since 2011") are skipped."""
    for year in BACKGROUND_YEAR.finditer(sentence):
        reject(sentence, "reject.background_date", year["year"])
    found = _absolute_dates(sentence, reference)
    taken = [(m.start, m.end) for m in found]
    if reference is not None:
        # "In May 2012 jets hit the camp, the day before a truce began": counted from the sentence's own date
        relative = _relative_dates(sentence, reference, next((m.date for m in found if m.explicit), previous))
        # "on Thursday, 12 March", "Tuesday, the 8th of April", "Friday evening, February 2": the weekday names the
        # calendar day after it
        named = {m.start: m for m in found if m.precision == "day"}
        relative = [replace(m, date=day.date) if (day := next((named[a] for a in named if a >= m.end
                                                               and WEEKDAY_TO_DAY.fullmatch(sentence[m.end:a])), None)) else m
                    for m in relative]
        # ("on 19 March, a Thursday", "on 19 March (Thursday)", "on the 19th, a Thursday": the weekday names the calendar day before it)
        relative = [replace(m, date=day.date) if (day := next((d for d in found + relative if d.precision == "day" and d.end <= m.start
                                                               and re.fullmatch(r",?\s*(?:an?\s+|\()?", sentence[d.end:m.start])), None))
                    and not DAYS_AFTER.match(sentence, m.start) else m  # (not "on Monday, three days after": counted from it)
                    for m in relative]
        # ("On 14 May, before dawn on Saturday": the weekday of a calendar day the sentence tells is that day)
        relative = [replace(m, date=day.date) if m.precision == "day" and (name := WEEKDAY_NAME.search(sentence, m.start, m.end))
                    and (day := next((d for d in found if d.explicit and d.precision == "day"
                                      and d.date.weekday() == WEEKDAYS[name.group(0).lower()]), None)) else m
                    for m in relative]
        # ("on 7 May last year", "last year on 7 May": the year of the day told beside it, no date of its own)
        relative = [m for m in relative if not (m.precision == "year" and any(
            a.explicit and (0 <= m.start - a.end <= 3 or 0 <= a.start - m.end <= 4) for a in found))]
        # ("five days later, on February 22": the day the count leads to, told as a date, is the one meant)
        relative = [m for m in relative if not (COUNTED_SHIFT.search(sentence, m.start, m.end) and any(
            a.explicit and a.precision == "day" and a.start >= m.end and re.fullmatch(r",?\s*(?:on\s+)?", sentence[m.end:a.start]) for a in found))]
        # ("18 Aug: overnight drone strike on X": the night of the calendar day told, not the report's night)
        relative = [m for m in relative if not (OVERNIGHT.fullmatch(sentence, m.start, m.end)
                                                and any(a.explicit and a.precision == "day" for a in found))]
        for mention in sorted(relative, key=lambda m: m.start - m.end):  # the longest first: "six months ago today" over "today"
            if not any(s < mention.end and mention.start < e for s, e in taken):
                found += [m for m in relative if (m.start, m.end) == (mention.start, mention.end)]  # both days of a weekend
                taken.append((mention.start, mention.end))
    for mention in [m for m in found if OPERATION_START.search(sentence, 0, m.start)]:
        reject(sentence, "reject.background_date", sentence[mention.start:mention.end])
        found.remove(mention)
    return sorted((m for m in found if plausible_day(m.date, reference)), key=lambda m: m.start)


def _absolute_dates(sentence: str, reference: dt.date | None) -> list[DateMention]:
    found: list[DateMention] = []
    for regex in ABSOLUTE:
        for match in regex.finditer(sentence):
            if any(m.start < match.end() and match.start() < m.end for m in found):
                continue
            if NAMED_SITE.match(sentence, match.end()):
                continue  # "the 26 September Park", "6th of October Bridge": a place named after a day, no day told
            day = _calendar_day(match, reference)
            named = NAMED_EVENT.match(sentence, match.end())
            # (not "The Dec. 20 attack on X village also killed a woman": a strike of days ago, told by its day and place; nor
            # "the July 10 bombing of a village in Y Township", which its day sets in the past)
            # ("victims of the 3 September attack, when two missiles hit an institute": the attack the clause after it tells)
            recent = named is not None and day is not None and reference is not None and 0 <= (reference - day).days \
                and (PLACED_AFTER.match(sentence, named.end())
                     or (reference - day).days <= RECENT_DAYS and WHEN_AFTER.match(sentence, named.end()) is not None)
            # ("has kept it since March 17, 2017, when an air strike collapsed the houses": the day of the strike the clause tells)
            since = BACKGROUND.search(sentence[: match.start()]) and not WHEN_AFTER.match(sentence, match.end())
            if since or named and not recent and re.search(r"\bthe\s+$", sentence[: match.start()], re.I):
                reject(sentence, "reject.background_date", match.group(0))
                continue  # "since 2011", "the October 7 attack": dates that name other events
            if day is not None and not match.groupdict().get("year") and reference is not None and _last_year(sentence, match):
                day = _a_year_before(day, reference)
            if day is not None:
                also, until = match.groupdict().get("also"), match.groupdict().get("until")
                if until and NIGHT_OF.search(sentence, 0, match.start()):
                    day = next(iter(_same_month_day(day, int(until))), day)  # "overnight on March 1 to 2": it ends on the 2nd
                found.append(DateMention(day, "day", match.start(), match.end(), True,
                                         _same_month_day(day, int(also)) if also else ()))
    # (only where a year is named: few sentences name one, and PAST_YEAR, which has no words to gate it, is tried at every
    # "the", "a" and "an")
    for match in PAST_YEAR.finditer(sentence) if YEAR.search(sentence) else ():
        # ("During the 2015 fighting a gunship destroyed a hospital": a strike of a year gone by, no day of it told)
        year = int(match.group("year"))
        if reference is not None and year < reference.year and not BACKGROUND.search(sentence[: match.start()]) \
                and not YEAR_OF_A_LIFE.search(sentence, max(0, match.start() - 30), match.start()) \
                and not any(m.start < match.end() and match.start() < m.end for m in found):
            found.append(DateMention(dt.date(year, 1, 1), "year", match.start(), match.end(), True))
    for match in [*MONTH_ONLY.finditer(sentence), *MONTH_LABEL.finditer(sentence), *MONTH_YEAR.finditer(sentence)]:
        if any(m.start < match.end() and match.start() < m.end for m in found) or match.group(0).lower().startswith("since") \
                or BACKGROUND.search(sentence[: match.start()]):
            continue
        month = MONTHS[match.group("month").lower()]
        year = int(match.group("year")) if match.group("year") else _year_before(reference, month, 1)
        if year is not None and not match.group("year") and _last_year(sentence, match):
            year = reference.year - 1
        if year is not None:
            found.append(DateMention(dt.date(year, month, 1), "month", match.start(), match.end(), True))
    return found


NAMED_SITE = re.compile(r"\s+(?-i:(?:Park|Street|Square|Bridge|Road|Avenue|Boulevard|Roundabout|Circle|Hospital|School|Stadium|City|"
                        r"District|Camp|Mosque|Market|Hall|Airport|Port|Dam|Neighbou?rhood|Quarter)s?)\b")
NIGHT_OF = re.compile(r"\b(?:overnight|night)\s+(?:on\s+|of\s+)?(?:the\s+)?$", re.I)


# "On May 7 last year", "last year on 7 May", "in May of the previous year": that day of the year before the report's
LAST_YEAR_AFTER = re.compile(r",?\s+(?:of\s+)?(?:last|the\s+previous|the\s+preceding)\s+year\b", re.I)
LAST_YEAR_BEFORE = re.compile(r"\b(?:last|the\s+previous)\s+year,?\s+(?:on|in)\s+$", re.I)


def _last_year(sentence: str, match: re.Match[str]) -> bool:
    return bool(LAST_YEAR_AFTER.match(sentence, match.end()) or LAST_YEAR_BEFORE.search(sentence, 0, match.start()))


def _a_year_before(day: dt.date, reference: dt.date) -> dt.date | None:
    try:
        return day.replace(year=reference.year - 1)
    except ValueError:  # 29 February
        return None


def _calendar_day(match: re.Match[str], reference: dt.date | None) -> dt.date | None:
    """A regex match of day/month/year turned into a date; a missing year is the one that puts the
    date on or before the reference day (reports describe the past)."""
    month_text = match.group("month")
    month = int(month_text) if month_text.isdigit() else MONTHS[month_text.lower().rstrip(".")]
    day = int(match.group("day")) if match.group("day") else ORDINAL_WORDS[re.sub(r"\s+", " ", match.group("spoken").lower())]
    if match.group("year"):
        year = int(match.group("year"))
        year += 2000 if year < 100 else 0
    else:
        year = _year_before(reference, month, day)
    if year is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _same_month_day(day: dt.date, other: int) -> tuple[dt.date, ...]:
    """The day `other` of `day`'s month, when it is a calendar day after `day`."""
    try:
        return (dt.date(day.year, day.month, other),) if other > day.day else ()
    except ValueError:
        return ()


def _year_before(reference: dt.date | None, month: int, day: int) -> int | None:
    if reference is None:
        return None
    try:
        return reference.year if dt.date(reference.year, month, day) <= reference + dt.timedelta(days=1) else reference.year - 1
    except ValueError:
        return None


# "on that Sunday", "That Tuesday, ...", "by the same Friday", "carried out three strikes that Saturday" (not "said that
# Friday's strike": a clause's "that")
THAT_DAY = first_char_checked(re.compile(r"(?:\b(?:on|by|until|from|since)\s+|^\W*|(?<![\w'’])(?<!said\s)(?<!says\s)(?<!told\s)(?<!reported\s)(?<!announced\s)"
                                         r"(?<!claimed\s)(?<!added\s)(?<!stated\s)(?=that\s))(?:that|the\s+same)\s+$", re.I))


LOCAL_TIME = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:\(\s*)?local\s+time\b", re.I)


def _relative_dates(sentence: str, reference: dt.date, previous: dt.date | None) -> list[DateMention]:
    found = []
    for match in [*WEEKDAY_PHRASE.finditer(sentence), *SHORT_WEEKDAY.finditer(sentence)]:
        weekday = WEEKDAYS[match.group("weekday").lower()] if match.re is not SHORT_WEEKDAY else _SHORT_DAYS.index(match.group("weekday")[:3])
        if previous is not None and not match.groupdict().get("last") and THAT_DAY.search(sentence[:match.start()][-20:]) \
                and not re.match(r"['’]s\b", sentence[match.end():]):
            # ("On February 9 jets bombed X." then "On that Sunday, ...": the weekday of the days under discussion)
            day = previous + dt.timedelta(days=(weekday - previous.weekday() + 3) % 7 - 3)
            found.append(DateMention(day, "day", match.start(), match.end(), False))
            continue
        back = (reference.weekday() - weekday) % 7
        if back == 0 and (match.groupdict().get("last") or match.groupdict().get("ago")):
            back = 7
        if match.groupdict().get("last_week"):  # "on Tuesday last week": that weekday of the calendar week before the report's
            back = reference.weekday() + 7 - weekday
        if back == 6 and LOCAL_TIME.match(sentence, match.end()):
            back = -1  # ("early on Saturday local time" in a Friday report filed in GMT: the next day where the strike fell)
        found.append(DateMention(reference - dt.timedelta(days=back), "day", match.start(), match.end(), False))
    for match in YEARS_BACK.finditer(sentence):  # (before today's: "years ago today" is no today)
        years = _YEARS.index(match["n"].lower()) + 2 if not match["n"].isdigit() else int(match["n"])
        found.append(DateMention(dt.date(reference.year - years, reference.month, 1), "year", match.start(), match.end(), False))
    for regex, back, precision in [RELATIVE[i] for i in RELATIVE_GATES.opened(sentence)]:
        for match in regex.finditer(sentence):
            days = back if back is not None else SMALL.get(match.group("n").lower(), None) or int(match.group("n"))
            found.append(DateMention(reference - dt.timedelta(days=days), precision, match.start(), match.end(), False))
    for match in WEEKS_BACK.finditer(sentence):
        anchor = reference if match["ago"] or previous is None else previous
        weeks = SMALL.get(match["n"].lower()) or int(match["n"])
        found.append(DateMention(anchor - dt.timedelta(weeks=weeks), "day" if match["today"] else "week", match.start(), match.end(), False))
    for match in WEEKEND.finditer(sentence):  # its Saturday, and its Sunday when that has come (a span of two days)
        saturday = reference - dt.timedelta(days=(reference.weekday() - 5) % 7)
        if match.group(0).lower().startswith("last") and reference.weekday() >= 5:
            saturday -= dt.timedelta(days=7)  # ("last weekend", told on a Saturday or a Sunday: the one before)
        found += [DateMention(day, "day", match.start(), match.end(), False)
                  for day in (saturday, saturday + dt.timedelta(days=1)) if day <= reference]
    for match in FEAST.finditer(sentence):
        month, day = FIXED_FEASTS[" ".join(match["feast"].lower().split())]
        feast = dt.date(int(match["year"] or reference.year), month, day)
        feast = feast if feast <= reference or match["year"] else feast.replace(year=reference.year - 1)
        found.append(DateMention(feast, "day", match.start("feast"), match.end(), True))
    for match in ORDINAL_DAY.finditer(sentence):  # the latest such day of a month, on or before the report's
        day, month = int(match["day"]), reference.replace(day=1)
        while day > calendar.monthrange(month.year, month.month)[1] or month.replace(day=day) > reference:
            month = (month - dt.timedelta(days=1)).replace(day=1)
        found.append(DateMention(month.replace(day=day), "day", match.start(), match.end(), True))
    told = [m for m in found if m.precision == "day"]
    for match in PREVIOUS_DAY.finditer(sentence):
        anchor = _told_before(told, match.start()) or previous or reference
        days = SMALL.get(match["n"].lower(), None) or int(match["n"]) if match["n"] else 1
        found.append(DateMention(anchor - dt.timedelta(days=days), "day", match.start(), match.end(), False))
    for match in DAYS_AFTER.finditer(sentence):
        # ("on Monday, three days after a drone strike killed four": the strike's day, counted back from the day named)
        anchor = _told_before(told, match.start())
        if anchor is not None:
            days = SMALL.get(match["n"].lower(), None) or int(match["n"])
            found.append(DateMention(anchor - dt.timedelta(days=days), "day", match.start(), match.end(), False))
    for match in SAME_DAY.finditer(sentence):
        # ("said on Tuesday it had struck X earlier that day": the day the sentence named; "condemned the strike
        # the same evening" after "On Monday, ...": the day under discussion, which the condemnation shared)
        anchor = (_told_before(told, match.start()) if match["earlier"] else None) or previous
        if anchor is not None:
            found.append(DateMention(anchor, "day", match.start(), match.end(), False))
    for match in NEXT_DAY.finditer(sentence):
        anchor = _told_before(told, match.start()) or previous
        days = SMALL.get(match["n"].lower(), None) or int(match["n"]) if match["n"] else _DAY_HOURS.get((match["hours"] or "").lower(), 1)
        if anchor is not None and anchor + dt.timedelta(days=days) <= reference:
            found.append(DateMention(anchor + dt.timedelta(days=days), "day", match.start(), match.end(), False))
    return found


def _told_before(days: list[DateMention], at: int) -> dt.date | None:
    """The day a sentence names before a count of days from it: "said on Wednesday it had struck them two days
    earlier" counts from Wednesday, not from the day the text spoke of before."""
    before = [m for m in days if m.end <= at]
    return max(before, key=lambda m: m.end).date if before else None
