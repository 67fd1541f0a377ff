-- What the court did with each petition, and the de-identified counts the statistics
-- for funders are drawn from.

-- One row per petition a matter's papers filed: the charges filed together in one
-- court (see store::outcomes). `charges` is the petition's key: the charges' places in
-- the case, from 0, in order, joined by commas ("0,2"). The court (its name as the
-- papers give it, its kind and county) is kept plain: it names no one. The dates are
-- plain days (YYYY-MM-DD); a denial's reason is sealed, since it may name the person.
CREATE TABLE outcomes (
    matter_id BIGINT NOT NULL REFERENCES matters (id) ON DELETE CASCADE,
    charges TEXT NOT NULL,
    court TEXT NOT NULL,
    court_kind TEXT,
    county TEXT,
    filed_on TEXT,
    hearing_on TEXT,
    granted_on TEXT,
    denied_on TEXT,
    denied_reason_sealed TEXT,
    withdrawn_on TEXT,
    updated_by BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (matter_id, charges)
);

-- The statistics' counts (store::tallies). They hold no name, date of birth, case
-- number, offence or time of day: only the event, the day a person was first seen, and
-- for each charge its court's county and kind, the route and the engine's result, and
-- whether it was filed and granted. While the matter exists its rows carry its id and
-- are written again, in the same transaction, at every save of the matter; when the
-- matter is purged, its id is set to NULL and the rows stay, so the numbers do not change.

-- One row per person (matter).
CREATE TABLE tally_people (
    matter_id BIGINT,
    event_id BIGINT NOT NULL,
    screened_on TEXT NOT NULL
);
CREATE INDEX tally_people_matter ON tally_people (matter_id);

-- One row per charge. '' where a fact is not known (no county given, not assessed yet).
CREATE TABLE tally_charges (
    matter_id BIGINT,
    event_id BIGINT NOT NULL,
    screened_on TEXT NOT NULL,
    county TEXT NOT NULL,
    court_kind TEXT NOT NULL,
    route TEXT NOT NULL,
    outcome TEXT NOT NULL,
    filed BIGINT NOT NULL,
    granted BIGINT NOT NULL
);
CREATE INDEX tally_charges_matter ON tally_charges (matter_id);

-- The same people and charges summed by day, event, county, court kind, route and
-- result: what the statistics page reads, so it reads a row per day and kind of
-- charge, not a row per charge. Each save of a matter takes its old rows above out of
-- these sums and puts its new rows in, in the same transaction. (A person counts in
-- `people` under the key with the other facts empty.)
CREATE TABLE tally_sums (
    screened_on TEXT NOT NULL,
    event_id BIGINT NOT NULL,
    county TEXT NOT NULL,
    court_kind TEXT NOT NULL,
    route TEXT NOT NULL,
    outcome TEXT NOT NULL,
    people BIGINT NOT NULL,
    charges BIGINT NOT NULL,
    filed BIGINT NOT NULL,
    granted BIGINT NOT NULL,
    PRIMARY KEY (screened_on, event_id, county, court_kind, route, outcome)
);

-- One row per petition with an outcome recorded: counted by the day it was filed,
-- granted, denied or withdrawn.
CREATE TABLE tally_petitions (
    matter_id BIGINT,
    event_id BIGINT NOT NULL,
    county TEXT NOT NULL,
    court_kind TEXT NOT NULL,
    filed_on TEXT,
    granted_on TEXT,
    denied_on TEXT,
    withdrawn_on TEXT
);
CREATE INDEX tally_petitions_matter ON tally_petitions (matter_id);
CREATE INDEX tally_petitions_filed ON tally_petitions (filed_on);
CREATE INDEX tally_petitions_granted ON tally_petitions (granted_on);
CREATE INDEX tally_petitions_denied ON tally_petitions (denied_on);
CREATE INDEX tally_petitions_withdrawn ON tally_petitions (withdrawn_on);
