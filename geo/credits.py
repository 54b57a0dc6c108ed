"""Where the index's places come from: the credit their licences ask for, and the source label of
the rows only Who's On First holds. Apart from ``geo.wof`` so that opening the index and drawing
the map do not load the code that reads Who's On First's data."""

ATTRIBUTION = ("Places: Who's On First (CC0, whosonfirst.org/docs/licenses), GeoNames (CC BY 4.0), "
               "Quattroshapes (CC BY), Yahoo! GeoPlanet (CC BY 3.0 US)")
WOF_SOURCE = "Who's On First"
