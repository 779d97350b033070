-- A hash chain over the event history, made at append: every event stores its place in the chain (chain_seq) and a
-- SHA-256 over the previous event's hash and all of its own columns, each with its length (chain_hash). Appends take
-- the chain's head row in turn, so the chain has one order. Whoever can write to the database could still compute a
-- new chain: the service signs the head at intervals and writes it outside the database (HistoryCheckpoints), and
-- verification (EventHistory) compares the chain with those checkpoints.

ALTER TABLE domainevententry ADD COLUMN chain_seq BIGINT, ADD COLUMN chain_hash BYTEA;

CREATE TABLE event_chain_head (
    only_row   BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (only_row),
    history_id UUID   NOT NULL,
    seq        BIGINT NOT NULL,
    hash       BYTEA  NOT NULL
);
INSERT INTO event_chain_head (history_id, seq, hash)
VALUES (md5(random()::text || clock_timestamp()::text)::uuid, 0, decode(repeat('00', 32), 'hex'));

-- A field with its length first (-1: null), so no two different rows ever hash the same bytes.
CREATE FUNCTION mimartva_chain_field(value BYTEA) RETURNS BYTEA IMMUTABLE LANGUAGE sql AS $$
    SELECT CASE WHEN value IS NULL THEN int4send(-1) ELSE int4send(length(value)) || value END
$$;

CREATE FUNCTION mimartva_chain_link(seq BIGINT, previous BYTEA, e domainevententry) RETURNS BYTEA IMMUTABLE LANGUAGE sql AS $$
    SELECT sha256(previous || int8send(seq) || int8send(e.globalindex)
        || mimartva_chain_field(convert_to(e.aggregateidentifier, 'UTF8')) || int8send(e.sequencenumber)
        || mimartva_chain_field(convert_to(e.type, 'UTF8')) || mimartva_chain_field(convert_to(e.eventidentifier, 'UTF8'))
        || mimartva_chain_field(e.metadata) || mimartva_chain_field(e.payload)
        || mimartva_chain_field(convert_to(e.payloadrevision, 'UTF8')) || mimartva_chain_field(convert_to(e.payloadtype, 'UTF8'))
        || mimartva_chain_field(convert_to(e.timestamp, 'UTF8')))
$$;

CREATE FUNCTION mimartva_chain_event() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
    head event_chain_head;
BEGIN
    SELECT * INTO head FROM event_chain_head FOR UPDATE;
    NEW.chain_seq := head.seq + 1;
    NEW.chain_hash := mimartva_chain_link(NEW.chain_seq, head.hash, NEW);
    UPDATE event_chain_head SET seq = NEW.chain_seq, hash = NEW.chain_hash;
    RETURN NEW;
END
$$;

-- The events stored before the chain existed are chained in the order they were stored.
DO $$
DECLARE
    e           domainevententry;
    position    BIGINT := 0;
    latest_hash BYTEA := decode(repeat('00', 32), 'hex');
BEGIN
    FOR e IN SELECT * FROM domainevententry ORDER BY globalindex LOOP
        position := position + 1;
        latest_hash := mimartva_chain_link(position, latest_hash, e);
        UPDATE domainevententry SET chain_seq = position, chain_hash = latest_hash WHERE globalindex = e.globalindex;
    END LOOP;
    UPDATE event_chain_head SET seq = position, hash = latest_hash;
END
$$;

CREATE TRIGGER domainevententry_chain BEFORE INSERT ON domainevententry
    FOR EACH ROW EXECUTE FUNCTION mimartva_chain_event();
CREATE UNIQUE INDEX domainevententry_chain_seq ON domainevententry (chain_seq);
