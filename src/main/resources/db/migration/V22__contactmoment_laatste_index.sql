-- The start screen (Vandaag) asks, for every dossier, when the last contact was and when the last
-- contact with an employer or the coach's network was. With only (traject_id, moment) that query
-- read every contactmoment row for its soort: on a ten-year practice the whole 400 MB of notes,
-- on every start. With soort in the index the query reads the index alone (issue 21 item 10).
CREATE INDEX contactmoment_traject_soort_idx ON contactmoment (traject_id, soort, moment);
