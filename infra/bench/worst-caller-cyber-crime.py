#!/usr/bin/env python3
# The worst caller against what issue 18 added, on a running test stack (`MIMARTVA_BUILT=yes infra/local/stack.sh test
# up`): bodies far over the limit, lists of a million entries, the material itself where only a reference may go, a
# burst of preservation requests larger than the pools, and referral-service SIGKILLed mid-burst of requests with
# idempotency keys. Prints each answer and its time; docs/benchmarks.md has a run.
import json, time, uuid, subprocess, concurrent.futures as cf
from worstcaller import ROOT, GW, REFERRAL, burst_with_service_killed, login, call, every, resend_until_answered, say, tally
login("cybercrime.officer", "school.vake", "auditor")
DIV = "cybercrime.officer"

def requests_open():
    return set(every("/api/preservation-requests?limit=200", DIV, "requestId"))

def request(n=2):
    return {"origin": "FOREIGN_CONTACT_POINT", "requestingAuthority": "CP247-UA", "receiptConfirmationRequested": False,
            "offence": "grooming", "serviceProvider": "ISP-SOCIAL-01", "dataToPreserve": ["account @x"] * n}

def stored_events(type_):
    out = subprocess.run(["bash", "-c", f"cd {ROOT} && eval \"$(infra/local/stack.sh test env)\" && psql -h 127.0.0.1 -p "
                          "$MIMARTVA_PG_PORT -U postgres -d referral -tAc \"select count(*) from domainevententry "
                          f"where payloadtype like '%{type_}'\""], capture_output=True, text=True)
    return int(out.stdout.strip() or -1)

before = stored_events("PreservationRequestRecorded"); before_filed = stored_events("ReferralFiled")
# 1. bodies far over any sane size
big = b'{"origin":"FOREIGN_CONTACT_POINT","offence":"' + b"x" * (16 * 1024 * 1024) + b'"}'
s, b, h, ms = call("POST", GW + "/api/preservation-requests", DIV, big)
say("16 MiB preservation request through the gateway", f"{s} in {ms:.0f} ms")
s, b, h, ms = call("POST", REFERRAL + "/api/preservation-requests", DIV, big)
say("16 MiB preservation request straight to referral-service", f"{s} in {ms:.0f} ms (-1: reset while still sending)")
# 2. lists of a million entries
million = json.dumps(request(1_000_000)).encode()
s, b, h, ms = call("POST", GW + "/api/preservation-requests", DIV, million)
say(f"preservation request with 1,000,000 items of data ({len(million) // 1024} KiB)", f"{s} in {ms:.0f} ms")
online = {"reportingBody": "SCH-TBILISI-VAKE-051", "child": {"firstName": "ა", "lastName": "ბ", "approximateAge": 9,
          "municipality": "TBILISI-VAKE"}, "concerns": ["SEXUAL"], "description": "x", "immediateDanger": False,
          "onlineElement": {"kinds": ["GROOMING"], "references": ["@x"] * 1_000_000}}
s, b, h, ms = call("POST", GW + "/api/referrals", "school.vake", online)
say("referral with 1,000,000 online references", f"{s} in {ms:.0f} ms")
online["onlineElement"]["references"] = ["@x"] * 20_000
s, b, h, ms = call("POST", GW + "/api/referrals", "school.vake", online)
say("referral with 20,000 online references (within the body limit)",
    f"{s} {json.loads(b).get('errors', [{}])[0] if s == 400 else b[:80]} in {ms:.0f} ms")
s, b, h, ms = call("GET", GW + "/api/preservation-requests?limit=1000000", DIV)
say("queue ?limit=1000000", f"{s}, {len(json.loads(b)) if s == 200 else b[:80]} items, {ms:.0f} ms")
# 3. the material where only a reference may go, and malformed input
online["onlineElement"]["references"] = ["data:image/jpeg;base64," + "/9j/4AAQSkZJRg" * 30]
s, b, h, ms = call("POST", GW + "/api/referrals", "school.vake", online)
say("referral carrying an image as a data: URI", f"{s} field={json.loads(b)['errors'][0]['field'] if s == 400 else None}, "
    f"echoed back: {b'/9j/4AAQ' in b}")
s, b, h, ms = call("POST", GW + "/api/international-exchanges", DIV, {"channel": "INTERPOL", "counterpart":
                   "INTERPOL-NCB-TBILISI", "sent": "x", "materialHash": "/9j/4AAQSkZJRgABAQ", "icseContribution": "CONTRIBUTED"})
say("exchange with material instead of a hash", f"{s} field={json.loads(b)['errors'][0]['field'] if s == 400 else None}")
s, b, h, ms = call("POST", GW + "/api/preservation-requests", DIV, b'{"origin":"FOREIGN_CONTACT_POINT"')
say("truncated JSON request", f"{s} {h.get('Content-Type')}")
s, b, h, ms = call("POST", GW + "/api/preservation-requests/not-a-uuid/dual-criminality", DIV, {"approved": True, "reasons": "x"})
say("a step on a malformed id", f"{s} {h.get('Content-Type')}")
say("preservation requests stored by all the refused requests", stored_events("PreservationRequestRecorded") - before)
say("referrals stored by all the refused referrals", stored_events("ReferralFiled") - before_filed)

# 4. a burst larger than the connection pool (12) and the concurrency limit (24)
def read_queue(_): return call("GET", GW + "/api/preservation-requests?limit=50", DIV)
with cf.ThreadPoolExecutor(200) as ex: rs = list(ex.map(read_queue, range(400)))
lat = sorted(r[3] for r in rs)
ra = [r[2].get("Retry-After") for r in rs if r[0] in (429, 503)]
say("burst of 400 queue reads, 200 at once", f"{tally(rs)}, median {lat[len(lat) // 2]:.0f} ms, slowest {lat[-1]:.0f} ms, "
    f"429/503 with Retry-After {sum(1 for x in ra if x)}/{len(ra)}")

# 5. kill -9 referral-service mid-burst of preservation requests, each with its own idempotency key
keys = [str(uuid.uuid4()) for _ in range(120)]
def post(k): return k, call("POST", GW + "/api/preservation-requests", DIV, request(), {"Idempotency-Key": k}, timeout=20)
recorded_before = stored_events("PreservationRequestRecorded")
rs = burst_with_service_killed("referral-service", post, keys, 60, "preservation requests")
rs, rounds = resend_until_answered(post, rs)
say("the unanswered sent again with the same key until answered",
    f"{sum(1 for _, a in rs if a[0] == 201)} of {len(keys)} answered in {rounds} round(s)")
ids = {json.loads(a[1])["requestId"] for _, a in rs if a[0] == 201}
time.sleep(5)
say("requests recorded for 120 keys (each once)",
    f"{stored_events('PreservationRequestRecorded') - recorded_before} events, {len(ids)} distinct ids answered")
t2 = time.time(); opened = requests_open()
while not ids <= opened and time.time() - t2 < 60:
    time.sleep(1); opened = requests_open()
say("every answered id in the division's queue (the projection not stuck)", f"{ids <= opened} after {time.time() - t2:.0f} s")
s, b, h, _ = call("GET", REFERRAL + "/actuator/health")
say("referral-service health after", f"{s} {b[:120]}")
