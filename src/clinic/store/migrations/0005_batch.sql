-- Batch papers: one print job for an event's matters (see clinic::batch). The job's
-- state and progress are plain (they say nothing about a person), so any server of a
-- clinic network can show them; the list of who was left out and why names people, and
-- the finished files hold their papers: both are sealed with the data key.
--
-- `state`: 'running', 'done' or 'failed'. `total`: the people chosen; `done`: how many
-- of them were gone through. `updated_at` moves while the job runs: a running job that
-- has not moved for a few minutes was lost with its server and counts as failed.
-- `printed`: the ids of the matters whose papers are in the files (JSON; ids only), for
-- the audit lines of each download. Every job is deleted at `expires_at` (24 hours after
-- it started), or with its event's matters at the retention purge.
CREATE TABLE batches (
    id BIGINT PRIMARY KEY,
    event_id BIGINT NOT NULL REFERENCES events (id),
    requested_by BIGINT NOT NULL REFERENCES users (id),
    state TEXT NOT NULL CHECK (state IN ('running', 'done', 'failed')),
    total BIGINT NOT NULL,
    done BIGINT NOT NULL DEFAULT 0,
    printed TEXT NOT NULL DEFAULT '[]',
    left_out_sealed TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    finished_at BIGINT,
    expires_at BIGINT NOT NULL
);
CREATE INDEX batches_event ON batches (event_id, created_at);
CREATE INDEX batches_expiry ON batches (expires_at);
-- One running job per event, across every server of the clinic.
CREATE UNIQUE INDEX batches_one_running ON batches (event_id) WHERE state = 'running';

-- A finished job's files, apart from the job's row so that showing its progress never
-- reads them: 'stack' (every person's papers in one PDF, sorted by court) and 'people'
-- (a zip of one PDF per person), each sealed whole.
CREATE TABLE batch_files (
    batch_id BIGINT NOT NULL REFERENCES batches (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    sealed TEXT NOT NULL,
    PRIMARY KEY (batch_id, name)
);
