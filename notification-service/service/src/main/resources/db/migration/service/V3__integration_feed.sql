-- The integrators' feed: every integration event on the bus, once, in the order notification-service received it
-- (position is the cursor). Subscriptions deliver the same events to integrators' webhooks through delivery_jobs.
CREATE TABLE integration_feed (
    position       BIGSERIAL PRIMARY KEY,
    event_id       TEXT                     NOT NULL UNIQUE,
    source         TEXT                     NOT NULL,
    type           TEXT                     NOT NULL,
    version        INT                      NOT NULL,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    correlation_id TEXT,
    payload        TEXT                     NOT NULL
);
CREATE INDEX integration_feed_type_idx ON integration_feed (source, type, position);

CREATE TABLE integration_subscriptions (
    subscription_id TEXT PRIMARY KEY,
    integrator_body TEXT                     NOT NULL,
    url             TEXT                     NOT NULL,
    event_types     TEXT                     NOT NULL,
    secret          TEXT                     NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Deliveries to integrators' subscriptions belong to no notification.
ALTER TABLE delivery_jobs ALTER COLUMN notification_id DROP NOT NULL;
