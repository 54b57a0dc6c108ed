"""What extraction makes of an invented text, as the tests of its rules compare it."""
import datetime as dt

from strikes.extract import extract_events
from strikes.model import Article


def events_told(text: str, published: dt.date) -> list[tuple]:
    """Each event's place, day, attacker, killed and wounded, sorted."""
    found = extract_events(Article(text=text, id="t", published=published))
    return sorted((e.place, e.date.isoformat(), e.actor, e.killed, e.wounded) for e in found)
