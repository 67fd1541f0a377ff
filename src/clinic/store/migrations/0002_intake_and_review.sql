-- Intake through the questionnaire, and the attorney's review.
--
-- `answers_sealed`: the questionnaire's place and answers (its `State`, as JSON), sealed.
-- `assessment_sealed` and `rules_version`: the assessment at the last save, and the
-- version of the rules that made it. `review_needed`: the assessment sends a charge
-- to a lawyer. `flag_sealed`: why a volunteer asked for a lawyer's review (sealed: it
-- may name the person). `in_queue`: the matter waits for an attorney's sign-off (it
-- needs review or is flagged, and is not signed off): plain, so the queue needs no key.
-- The sign-off: who (their name and bar number as they were then), when, and the
-- decision on each charge (sealed: its reasons may name the person).
ALTER TABLE matters ADD COLUMN answers_sealed TEXT;
ALTER TABLE matters ADD COLUMN assessment_sealed TEXT;
ALTER TABLE matters ADD COLUMN rules_version TEXT;
ALTER TABLE matters ADD COLUMN review_needed BIGINT NOT NULL DEFAULT 0;
ALTER TABLE matters ADD COLUMN flag_sealed TEXT;
ALTER TABLE matters ADD COLUMN in_queue BIGINT NOT NULL DEFAULT 0;
ALTER TABLE matters ADD COLUMN signed_by BIGINT REFERENCES users (id);
ALTER TABLE matters ADD COLUMN signed_at BIGINT;
ALTER TABLE matters ADD COLUMN signed_name TEXT;
ALTER TABLE matters ADD COLUMN signed_bar TEXT;
ALTER TABLE matters ADD COLUMN decisions_sealed TEXT;
CREATE INDEX matters_queue ON matters (in_queue, updated_at, id);

-- The time step of the last second-factor code used, so each code is good once.
ALTER TABLE users ADD COLUMN totp_last_step BIGINT;

-- The event's list, a page at a time: the page's ids are found in the index alone
-- (with the id in it, SQLite need not read a skipped row), then only their rows are read.
DROP INDEX matters_event;
CREATE INDEX matters_event_order ON matters (event_id, created_at, id);
