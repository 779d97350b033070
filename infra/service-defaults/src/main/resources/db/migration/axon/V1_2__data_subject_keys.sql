-- One key per data subject (a child, a victim, a person named on an order), sealing their personal data inside this
-- service's events. Erasing a subject deletes its key material (crypto-shredding): the events stay, byte for byte,
-- and the sealed fields can no longer be read. The row stays as the record that, and when, the subject was erased.
CREATE TABLE data_subject_key (
    key_id       UUID PRIMARY KEY,
    subject_id   VARCHAR(64)              NOT NULL,
    key_material BYTEA,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    erased_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT key_material_until_erased CHECK ((key_material IS NULL) = (erased_at IS NOT NULL))
);

CREATE UNIQUE INDEX data_subject_key_live ON data_subject_key (subject_id) WHERE erased_at IS NULL;
