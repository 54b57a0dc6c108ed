import dataclasses
import datetime as dt
import json

from strikes import Article, StrikeEvent
from strikes.model import event_fields


def test_event_json_round_trips_with_iso_date():
    event = StrikeEvent(date=dt.date(2015, 9, 30), place="Homs", actor="Russia", civilians_killed=36)
    row = json.loads(json.dumps(event.to_json()))
    assert row["date"] == "2015-09-30"
    assert StrikeEvent.from_json(row) == event


def test_contract_field_names_are_stable():
    assert event_fields() == [
        "date", "date_precision", "place", "country", "admin1", "lat", "lon", "geo_precision",
        "geonameid", "actor", "actor_country", "target", "strikes", "civilians_killed", "killed",
        "wounded", "source", "evidence", "confidence", "article",
    ]


def test_unstated_numbers_default_to_none_not_zero():
    event = StrikeEvent()
    assert (event.strikes, event.killed, event.civilians_killed, event.wounded) == (None, None, None, None)
    assert event.actor == "unknown"
    assert not event.located


def test_same_words_with_other_spacing_hash_alike():
    assert Article(text="Jets struck  Homs.\n").content_hash == Article(text="Jets struck Homs.").content_hash
    assert Article(text="Jets struck Homs.").content_hash != Article(text="Jets struck Hama.").content_hash


def test_from_json_ignores_unknown_keys():
    row = dataclasses.asdict(StrikeEvent(place="Saada")) | {"extra": 1}
    assert StrikeEvent.from_json(row).place == "Saada"
