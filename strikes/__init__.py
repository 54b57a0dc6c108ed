"""Strike Atlas core: the event model, extraction, the event store, ingest and the CLI."""
from strikes.model import Article, StrikeEvent

__all__ = ["Article", "StrikeEvent"]
