-- How many protection lookups each user made on each day (Georgian time), for the daily quota (ProtectionLookupQuota).
CREATE TABLE protection_lookup_count (
    actor_id VARCHAR(255) NOT NULL,
    day      DATE         NOT NULL,
    lookups  INTEGER      NOT NULL,
    PRIMARY KEY (actor_id, day)
);
