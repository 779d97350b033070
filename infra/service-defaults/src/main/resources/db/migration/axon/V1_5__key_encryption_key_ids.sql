-- Which key-encryption key wrapped each data-subject key, so the key-encryption key can be rotated: new keys are
-- wrapped with the current one, every older one still unwraps the keys it wrapped. Keys wrapped before rotation was
-- possible were wrapped with the one key there was; its id is 'v1'.
ALTER TABLE data_subject_key ADD COLUMN kek_id VARCHAR(64) NOT NULL DEFAULT 'v1';
ALTER TABLE data_subject_key ALTER COLUMN kek_id DROP DEFAULT;
