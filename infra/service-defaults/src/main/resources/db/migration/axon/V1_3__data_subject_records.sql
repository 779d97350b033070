-- Which data subject a record (a referral) is about, so that what later events of the record say about the person
-- (a decision's reasons, the child's opinion) is sealed with the same key as the person's identity, and is erased
-- with it.
CREATE TABLE data_subject_record (
    record_id  VARCHAR(64) PRIMARY KEY,
    subject_id VARCHAR(64) NOT NULL
);
