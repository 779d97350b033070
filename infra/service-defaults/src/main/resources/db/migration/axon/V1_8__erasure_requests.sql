-- Requests to erase a data subject (ErasureRequests): one administrator asks, a second one approves (the erasure then
-- happens) or rejects; at most one request of a subject is open at a time.
CREATE TABLE erasure_request (
    request_id     UUID PRIMARY KEY,
    subject_id     VARCHAR(64)              NOT NULL,
    reason         VARCHAR(64)              NOT NULL,
    requested_by   VARCHAR(255)             NOT NULL,
    requested_name VARCHAR(255),
    requested_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by     VARCHAR(255),
    decided_name   VARCHAR(255),
    decided_at     TIMESTAMP WITH TIME ZONE,
    outcome        VARCHAR(16)
);
CREATE UNIQUE INDEX erasure_request_open_per_subject ON erasure_request (subject_id) WHERE decided_at IS NULL;
