"""A strike as one sentence reports it, before the reports of one strike are merged into an event."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from geo.normalise import normalise_name

from strikes.extract.actors import Actor
from strikes.extract.dates import DateMention
from strikes.extract.numbers import Casualties
from strikes.extract.places import PlaceMention
from strikes.extract.trace import rule


@dataclass
class Mention:
    """One sentence's report of a strike at one place."""

    date: DateMention | None
    place: PlaceMention | None
    context: list[PlaceMention]
    actor: Actor | None
    casualties: Casualties
    strikes: int | None
    source: str | None
    target: str | None
    sentences: list[str] = field(default_factory=list)
    aerial: bool = True
    hedged: bool = False
    last_sentence: int = -1
    headline: bool = False  # a title summarises the strikes the body tells
    item_title: bool = False  # a line with no full stop further down: a digest item's title, over the lines that tell it
    actor_stated: bool = False  # named in the text for this strike, not carried over
    located: tuple[Any, int] | None = None
    provisional: bool = False  # neither placed nor dated: an event only if a later sentence places it
    # toll and strikes given for several places of one sentence: one object per list, so that its places know each other
    shared_toll: tuple[Casualties, int | None] | None = None
    near_dateline: bool = False  # placed by the dateline's town: the strike is near it, not known to be in it
    rules: list[str] = field(default_factory=list)  # ids of the rules that made, placed, dated and merged it (trace.py)
    separate: bool = False  # told as another strike ("Earlier, a missile strike hit ..."): its toll adds to the place's
    days: tuple[dt.date, ...] = ()  # every day its sentence gives ("strikes on Monday and Tuesday"), its date the nearest
    hit_sides: frozenset[Actor] = frozenset()  # sides its sentence names as hit ("wounding two US soldiers"): not its attacker
    unattributed: bool = False  # the text says it is not known who struck ("did not say whose drone"), or names a side only
    # by a common noun ("the militia said it had struck X"): no side is given to it
    by_weapon: bool = False  # its attacker carried from the side last told with its weapon ("the regime's drones" then "a drone hit X")

    def because(self, *rule_ids: str) -> None:
        """Record the rules behind a decision about this strike."""
        self.rules += [rule(r) for r in rule_ids if r not in self.rules]

    @property
    def regional(self) -> bool:
        """Placed only at a province or country level: a summary of strikes told in detail elsewhere."""
        if self.place is None or self.place.town:
            return False  # ("the southern city of X", placed at the province of its name, is still the city)
        # a village only placeable at its province is not a summary; "X, in eastern Afghanistan", placed at X province, is
        return self.place.region or (self.located is not None and self.located[0].kind in ("admin1", "country")
                                     and (not self.place.containers
                                          or normalise_name(self.place.name) == normalise_name(self.located[0].name)))
