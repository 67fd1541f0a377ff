-- Clinic mode's tables. One set of migrations for SQLite and PostgreSQL: only types
-- both read the same way (BIGINT, TEXT), ids made by the program, times in seconds
-- since 1970 (UTC). Fields holding personal details end in `_sealed`: they are
-- encrypted with the clinic's data key before they reach the database.

-- The key check value (see store::crypto), and the schema's own facts.
CREATE TABLE clinic_meta (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Staff accounts. No client's details.
CREATE TABLE users (
    id BIGINT PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('admin', 'attorney', 'volunteer')),
    password_hash TEXT NOT NULL,
    -- The second factor's secret, sealed; NULL until enrolled.
    totp_sealed TEXT,
    bar_number TEXT,
    active BIGINT NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL
);

-- Signed-in sessions. The cookie holds a random token; only its SHA-256 is kept, so
-- a copy of the database cannot be used to sign in.
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    csrf TEXT NOT NULL,
    -- 1 once the second factor was given (or the account has none yet).
    verified BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

-- A clinic day.
CREATE TABLE events (
    id BIGINT PRIMARY KEY,
    name TEXT NOT NULL,
    held_on TEXT NOT NULL,
    county TEXT NOT NULL,
    retention_days BIGINT NOT NULL,
    created_by BIGINT NOT NULL REFERENCES users (id),
    created_at BIGINT NOT NULL
);

-- Which volunteers work at which event.
CREATE TABLE event_staff (
    event_id BIGINT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, user_id)
);

-- One person's matter: the case (the same format as the public site's, as JSON) and
-- notes, sealed. `version` goes up by one at every save, so two editors never
-- silently overwrite each other.
CREATE TABLE matters (
    id BIGINT PRIMARY KEY,
    event_id BIGINT NOT NULL REFERENCES events (id),
    status TEXT NOT NULL,
    case_sealed TEXT NOT NULL,
    notes_sealed TEXT NOT NULL,
    version BIGINT NOT NULL,
    -- A hold stops the retention purge; its reason is sealed (it may name the person).
    hold_sealed TEXT,
    held_by BIGINT REFERENCES users (id),
    created_by BIGINT NOT NULL REFERENCES users (id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX matters_event ON matters (event_id, created_at);

-- Append-only: who did what, when, to which matter. Never a person's details. The
-- store refuses updates and deletes with a trigger of each database's own kind.
CREATE TABLE audit_log (
    -- 1, 2, 3 ...: the order entries were made in.
    id BIGINT PRIMARY KEY,
    at BIGINT NOT NULL,
    user_id BIGINT,
    action TEXT NOT NULL,
    matter_id BIGINT,
    event_id BIGINT
);
CREATE INDEX audit_log_at ON audit_log (at);

-- Failed sign-ins, by account and by address, for the limit on attempts.
CREATE TABLE signin_failures (
    id BIGINT PRIMARY KEY,
    subject TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX signin_failures_subject ON signin_failures (subject, at);
