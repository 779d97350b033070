-- Idempotency keys of creating requests (IdempotentCreation): the record a key names, and the fingerprint (SHA-256 of
-- the body) of the request that claimed it. The same request again is answered as the first; another under the same
-- key is refused (422). A request that was refused frees its key.
CREATE TABLE idempotency_key (
    record_id           VARCHAR(64)              PRIMARY KEY,
    request_fingerprint CHAR(64)                 NOT NULL,
    claimed_at          TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
