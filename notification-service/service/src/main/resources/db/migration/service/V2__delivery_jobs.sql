-- Deliveries of notifications over external channels (e-mail, agency webhooks): a durable outbox per recipient
-- endpoint. A job is written once per notification and channel (its id is the idempotency key the receiver gets),
-- sent in order per endpoint, retried with backoff, and parked for an operator when it keeps failing.
CREATE TABLE delivery_jobs (
    job_id          TEXT PRIMARY KEY,
    position        BIGSERIAL                NOT NULL UNIQUE,
    notification_id TEXT                     NOT NULL,
    referral_id     TEXT,
    recipient_body  TEXT                     NOT NULL,
    channel         TEXT                     NOT NULL,
    endpoint        TEXT                     NOT NULL,
    payload         TEXT                     NOT NULL,
    status          TEXT                     NOT NULL,
    attempts        INT                      NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_failure    TEXT,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX delivery_jobs_pending_idx ON delivery_jobs (endpoint, position) WHERE status = 'PENDING';
CREATE INDEX delivery_jobs_status_idx ON delivery_jobs (status, created_at);
