-- Which kind of body filed each referral (from its ReferralFiled event), so that an integrator's grant can be a filter
-- on records: MoES sees the events of referrals educational institutions filed, not the clinics' or the police's.
CREATE TABLE integration_feed_referrals (
    correlation_id      TEXT PRIMARY KEY,
    reporting_body_type TEXT NOT NULL
);
INSERT INTO integration_feed_referrals (correlation_id, reporting_body_type)
SELECT correlation_id, payload::jsonb ->> 'reportingBodyType' FROM integration_feed
WHERE source = 'referral' AND type = 'ReferralFiled' AND correlation_id IS NOT NULL
  AND payload::jsonb ->> 'reportingBodyType' IS NOT NULL
ON CONFLICT DO NOTHING;
