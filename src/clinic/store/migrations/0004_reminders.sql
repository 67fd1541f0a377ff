-- Reminders: the people whose charges may be cleared from a later date.
--
-- `next_eligible_on`: the earliest date (YYYY-MM-DD) from which a charge of the
-- matter may be cleared that was still to come when its answers were last saved; NULL
-- if none. Plain (a date, no name or charge), so the reminders' list is found without
-- opening any matter, and the purge takes it with its matter.
-- `reminded_for` and `reminded_at`: the date an e-mail reminder was sent for, and when;
-- a reminder counts as sent while `reminded_for` is `next_eligible_on`, so a new date
-- after a change of answers may be reminded of again, and the same date never twice.
-- `printed_on`: the day (in Mississippi) the matter's papers were last printed, so a
-- date that has come is listed until papers are printed on or after it.
ALTER TABLE matters ADD COLUMN next_eligible_on TEXT;
ALTER TABLE matters ADD COLUMN reminded_for TEXT;
ALTER TABLE matters ADD COLUMN reminded_at BIGINT;
ALTER TABLE matters ADD COLUMN printed_on TEXT;
CREATE INDEX matters_next_eligible ON matters (next_eligible_on, id);
