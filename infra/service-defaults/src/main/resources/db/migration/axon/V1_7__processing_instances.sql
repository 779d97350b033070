-- The instances of this service that process events, each seen every few seconds (ProcessingInstances): how many are
-- alive decides each one's fair share of a processor's segments (SegmentBalancer).
CREATE TABLE processing_instance (
    instance_id VARCHAR(255) PRIMARY KEY,
    seen_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
