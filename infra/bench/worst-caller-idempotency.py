#!/usr/bin/env python3
# The worst caller against what issue 19 changed, on a running test stack (`MIMARTVA_BUILT=yes infra/local/stack.sh
# test up`): idempotency keys far over size, a body far over size and a million-entry list sent with a key, one key
# raced by 60 requests carrying two different bodies, a burst larger than the pools with a key each while
# referral-service is SIGKILLed, and the keys sent again. Prints each answer; docs/benchmarks.md has a run.
import json, time, uuid, random, subprocess, concurrent.futures as cf
from worstcaller import ROOT, GW, REFERRAL, burst_with_service_killed, login, call, resend_until_answered, say, tally
login("school.vake", "sw.vake")
REPORTER = "school.vake"

def referral(concerns=("PHYSICAL",), description="ბავშვს ხელზე სისხლჩაქცევები აქვს."):
    return {"reportingBody": "SCH-TBILISI-VAKE-051", "concerns": list(concerns), "description": description,
            "immediateDanger": False, "child": {"firstName": "ნინო", "lastName": "გასაღებიძე",
            "personalNumber": str(30_000_000_000 + random.randrange(60_000_000_000)), "dateOfBirth": "2015-03-14",
            "municipality": "TBILISI-VAKE"}}

def filings():
    out = subprocess.run(["bash", "-c", f"cd {ROOT} && eval \"$(infra/local/stack.sh test env)\" && psql -h 127.0.0.1 -p "
                          "$MIMARTVA_PG_PORT -U postgres -d referral -tAc \"select count(*) from domainevententry "
                          "where payloadtype like '%ReferralFiled'\""], capture_output=True, text=True)
    return int(out.stdout.strip() or -1)

def problem(b):
    try:
        p = json.loads(b); return p.get("type"), [e["field"] for e in p.get("errors", [])]
    except Exception:
        return b[:80]

def post(body, key, user=REPORTER, url=GW + "/api/referrals", timeout=20):
    return call("POST", url, user, body, {"Idempotency-Key": key} if key is not None else {}, timeout)

before = filings()
# 1. keys and bodies far over any sane size
s, b, h, ms = post(referral(), "k" * 100_000)
say("a 100,000-character Idempotency-Key through the gateway", f"{s} in {ms:.0f} ms")
s, b, h, ms = post(referral(), "k" * 129)
say("a 129-character Idempotency-Key", f"{s} {problem(b)} in {ms:.0f} ms")
s, b, h, ms = post(referral(), "")
say("an empty Idempotency-Key", f"{s} {problem(b)} in {ms:.0f} ms")
big = json.dumps(referral(description="x" * (16 * 1024 * 1024))).encode()
s, b, h, ms = post(big, str(uuid.uuid4()))
say("a 16 MiB referral with a key, through the gateway", f"{s} in {ms:.0f} ms")
s, b, h, ms = post(big, str(uuid.uuid4()), url=REFERRAL + "/api/referrals")
say("the same straight to referral-service", f"{s} in {ms:.0f} ms")
million = json.dumps(referral(concerns=["PHYSICAL"] * 1_000_000)).encode()
s, b, h, ms = post(million, str(uuid.uuid4()))
say(f"concerns with 1,000,000 entries ({len(million) // 1024} KiB) with a key", f"{s} in {ms:.0f} ms")
s, b, h, ms = post(b'{"reportingBody":"SCH-TBILISI-VAKE-051","concerns":["PHYS', str(uuid.uuid4()))
say("truncated JSON with a key", f"{s} {problem(b)}")
say("referrals stored by all of the above", filings() - before)

# 2. one key raced by 60 requests, half of them with another body
key = str(uuid.uuid4())
first, second = json.dumps(referral()).encode(), json.dumps(referral(concerns=("NEGLECT",))).encode()
before = filings()
with cf.ThreadPoolExecutor(60) as ex:
    rs = list(ex.map(lambda i: (i % 2, post(first if i % 2 == 0 else second, key)), range(60)))
by_body = {0: tally([r[1] for r in rs if r[0] == 0]), 1: tally([r[1] for r in rs if r[0] == 1])}
ids = {json.loads(r[1][1])["referralId"] for r in rs if r[1][0] == 201}
say("one key, 30 requests with body A and 30 with body B, 60 at once", f"A {by_body[0]}, B {by_body[1]}")
say("  referrals stored / distinct ids answered 201", f"{filings() - before} / {len(ids)}")
say("  a 422's problem", next((problem(r[1][1]) for r in rs if r[1][0] == 422), "none"))

# 3. a burst larger than the pools, each with its own key, referral-service SIGKILLed 0.8 s in
keys = [str(uuid.uuid4()) for _ in range(150)]
bodies = {k: json.dumps(referral()).encode() for k in keys}
def file(k): return k, post(bodies[k], k)
before = filings()
rs = burst_with_service_killed("referral-service", file, keys, 75, "filings")
rs, rounds = resend_until_answered(file, rs)
answered = {k: json.loads(a[1])["referralId"] for k, a in rs if a[0] == 201}
resent = [r for r in map(file, list(answered)[:20])]
say("the unanswered sent again with their keys until answered", f"{len(answered)} of 150 answered in {rounds} rounds")
say("20 answered ones sent once more with the same key and body", tally([r[1] for r in resent]))
say("referrals stored for 150 keys", f"{filings() - before}, {len(set(answered.values()))} distinct ids")
t2 = time.time()
while True:   # the projection not stuck: the last answered referral readable by the unit
    s, b, h, _ = call("GET", GW + "/api/referrals/" + list(answered.values())[-1], "sw.vake")
    if s == 200 or time.time() - t2 > 60: break
    time.sleep(1)
say("the last answered referral readable by the unit", f"{s} after {time.time() - t2:.0f} s")
s, b, h, _ = call("GET", REFERRAL + "/actuator/health")
say("referral-service health after", f"{s} {b[:80]}")
