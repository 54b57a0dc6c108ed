import datetime as dt

import pytest
import sqlalchemy as sa

from strikes import Article, StrikeEvent
from strikes.store import EventFilter, Store


def homs() -> StrikeEvent:
    return StrikeEvent(
        date=dt.date(2015, 9, 30), place="Homs", country="SY", lat=34.73, lon=36.72,
        geo_precision=1, actor="Russia", actor_country="RU", civilians_killed=36,
        evidence="Wednesday's strikes in Homs killed 36 civilians.", confidence=0.9,
    )


def jisr() -> StrikeEvent:
    return StrikeEvent(
        date=dt.date(2015, 10, 1), place="Jisr al-Shughour", country="SY", lat=35.81, lon=36.32,
        geo_precision=2, actor="Russia", actor_country="RU", strikes=30,
        evidence="At least 30 strikes hit rural areas near Jisr al-Shughour.", confidence=0.8,
    )


def saada_unlocated() -> StrikeEvent:
    return StrikeEvent(
        date=dt.date(2018, 8, 9), place="Dahyan market", country="YE", actor="Saudi-led coalition",
        actor_country="SA", killed=40, wounded=56, evidence="A raid hit a bus in Dahyan market.",
    )


def test_article_and_events_are_stored_together(store: Store):
    result = store.add(Article(text="seed text", title="Seed"), [homs(), jisr()])
    assert (result.duplicate, result.events_stored) == (False, 2)
    events = store.events()
    assert sorted(events["place"]) == ["Homs", "Jisr al-Shughour"]
    assert set(events["article_id"]) == {result.article_id}
    assert store.article(result.article_id).text == "seed text"


def test_same_article_twice_stores_nothing_new(store: Store):
    first = store.add(Article(text="Jets struck Homs."), [homs()])
    again = store.add(Article(text="Jets  struck Homs.\n", title="a copy"), [homs()])
    assert again == type(again)(first.article_id, duplicate=True, events_stored=0)
    assert store.counts() == (1, 1)


def test_failed_event_write_rolls_back_its_article(store: Store):
    broken = homs()
    broken.evidence = None  # NOT NULL: the insert of events fails
    with pytest.raises(sa.exc.IntegrityError):
        store.add(Article(text="article whose events cannot be written"), [broken])
    assert store.is_empty()
    assert store.counts() == (0, 0)


def test_filters_narrow_by_date_actor_country_toll_and_location(store: Store):
    store.add(Article(text="one"), [homs(), jisr()])
    store.add(Article(text="two"), [saada_unlocated()])
    assert store.counts(EventFilter()) == (3, 2)
    assert store.counts(EventFilter(date_from=dt.date(2015, 10, 1), date_to=dt.date(2015, 12, 31))) == (1, 1)
    assert store.counts(EventFilter(actors=("Saudi-led coalition",))) == (1, 1)
    assert store.counts(EventFilter(countries=("SY",))) == (2, 1)
    assert store.counts(EventFilter(min_killed=37)) == (1, 1)
    assert store.counts(EventFilter(include_unlocated=False)) == (2, 1)
    assert list(store.events(EventFilter(max_geo_precision=1, include_unlocated=False))["place"]) == ["Homs"]


def test_widget_choices_come_from_the_stored_events(store: Store):
    store.add(Article(text="one"), [homs(), jisr()])
    store.add(Article(text="two"), [saada_unlocated()])
    assert store.actors() == ["Russia", "Saudi-led coalition"]
    assert store.countries() == ["SY", "YE"]
    assert store.date_range() == (dt.date(2015, 9, 30), dt.date(2018, 8, 9))


def test_articles_list_counts_their_events(store: Store):
    store.add(Article(text="one", title="Two strikes", published=dt.date(2015, 10, 1)), [homs(), jisr()])
    store.add(Article(text="talks only", title="No strikes"), [])
    listing = store.articles().set_index("title")
    assert listing.loc["Two strikes", "events"] == 2
    assert listing.loc["No strikes", "events"] == 0


def test_reviewer_can_correct_and_delete_events(store: Store):
    result = store.add(Article(text="one"), [homs(), jisr()])
    ids = list(store.article_events(result.article_id)["id"])
    store.update_event(ids[0], killed=40, place="Homs city")
    store.delete_event(ids[1])
    remaining = store.article_events(result.article_id)
    assert list(remaining["place"]) == ["Homs city"]
    assert int(remaining.loc[0, "killed"]) == 40
    with pytest.raises(ValueError, match="not event fields: colour"):
        store.update_event(ids[0], colour="red")


def test_geocode_cache_remembers_answers_and_misses(store: Store):
    cache = store.geocode_cache()
    cache["Kafr Nabudah|SY"] = {"lat": 35.44, "lon": 36.49}
    cache["Nowhere|SY"] = None
    assert cache["Kafr Nabudah|SY"] == {"lat": 35.44, "lon": 36.49}
    assert "Nowhere|SY" in cache and cache["Nowhere|SY"] is None
    assert len(Store(store.url).geocode_cache()) == 2


def test_bare_path_means_a_sqlite_file(tmp_path):
    store = Store(str(tmp_path / "nested" / "atlas.db"))
    assert store.url == f"sqlite:///{tmp_path / 'nested' / 'atlas.db'}"
    assert (tmp_path / "nested" / "atlas.db").exists()


def test_database_comes_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("STRIKE_ATLAS_DB", f"sqlite:///{tmp_path / 'env.db'}")
    assert Store().url == f"sqlite:///{tmp_path / 'env.db'}"
