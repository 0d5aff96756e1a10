-- A migration that fails halfway, to show it is rolled back whole.
CREATE TABLE half_done (x TEXT);
INSERT INTO no_such_table VALUES (1);
