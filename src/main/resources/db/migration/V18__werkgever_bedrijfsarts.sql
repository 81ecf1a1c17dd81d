-- Spoorzoeker schema v18: the werkgever's bedrijfsarts or arbodienst, by name only (issue 16, the
-- data block of every report: domain.md §3.2 B.1 "bedrijfsarts (name only)", §6 Werkgever
-- "arbodienst/bedrijfsarts name"). A name and nothing else: the coach never records what the
-- bedrijfsarts knows.
ALTER TABLE werkgever ADD COLUMN bedrijfsarts TEXT CHECK (bedrijfsarts IS NULL OR length(bedrijfsarts) <= 200);
