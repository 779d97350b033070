#!/usr/bin/env python3
# The worst caller while referral-service rebuilds its read models (an administrator's replay; an erasure rebuilds
# every projection the same way), on a running test stack (`MIMARTVA_BUILT=yes infra/local/stack.sh test up`):
# a thousand referrals filed, then four callers read them as fast as their rate limits let them, and a clinic files
# new ones, while the referral and chain projections are reset and replayed. Every read must get the referral or be
# told to retry (503 with Retry-After), never "no such referral" (404), which is what a reporter was told before; every
# filing must be accepted at once (a command needs no read model), and readiness stay UP. Prints the answers and their times;
# docs/benchmarks.md has a run.
import json, random, threading, time, uuid, concurrent.futures as cf
from worstcaller import GW, REFERRAL, login, call, patiently, say, tally

READERS = ["school.vake", "supervisor.vake", "sw.vake", "auditor"]
login("admin", "clinic.vake", *READERS)
FILINGS = 1000


def filing(reporter="school.vake", body="SCH-TBILISI-VAKE-051"):
    return lambda: call("POST", GW + "/api/referrals", reporter, {
        "reportingBody": body, "concerns": ["NEGLECT"], "description": "ტესტი", "immediateDanger": False,
        "child": {"firstName": "ნინო", "lastName": "ტესტი", "personalNumber": str(30_000_000_000 + random.randrange(60_000_000_000)),
                  "dateOfBirth": "2015-03-14", "municipality": "TBILISI-VAKE"}}, {"Idempotency-Key": str(uuid.uuid4())})


def file(_):
    s, b, _, _ = patiently(filing())
    assert s == 201, (s, b[:200])
    return json.loads(b)["referralId"]


started = time.time()
with cf.ThreadPoolExecutor(8) as pool:
    referrals = list(pool.map(file, range(FILINGS)))
say("referrals filed", f"{len(referrals)} in {time.time() - started:.1f} s")
while patiently(lambda: call("GET", GW + f"/api/referrals/{referrals[-1]}", "school.vake"))[0] != 200:
    time.sleep(0.2)

answers, stop = [], threading.Event()
def read_as(user):
    while not stop.is_set():
        answer = call("GET", GW + f"/api/referrals/{random.choice(referrals)}", user)
        answers.append((answer[0], answer[3], time.time()))
        time.sleep(0.025)   # under the caller's rate limit (50 requests/s)

filings = []
def file_as_the_clinic():
    while not stop.is_set():
        answer = filing("clinic.vake", "MED-TBILISI-VAKE-003")()
        filings.append((answer[0], answer[3], time.time()))
        time.sleep(0.1)

readiness = []
def watch_readiness():
    while not stop.is_set():
        readiness.append((call("GET", REFERRAL + "/actuator/health/readiness")[0], time.time()))
        time.sleep(0.2)

readers = [threading.Thread(target=read_as, args=(user,)) for user in READERS]
readers += [threading.Thread(target=file_as_the_clinic), threading.Thread(target=watch_readiness)]
for reader in readers:
    reader.start()
time.sleep(1)
replayed_at = time.time()
for projection in ("referral-projection", "chain-projection"):
    s, b, _, _ = call("POST", REFERRAL + f"/api/admin/projections/{projection}/replay", "admin")
    say(f"replay of {projection}", s)
# until reads have been answered 200 for three seconds on end
while True:
    time.sleep(0.5)
    recent = [a for a in answers if a[2] > time.time() - 3]
    if time.time() - replayed_at > 5 and recent and all(a[0] == 200 for a in recent):
        break
stop.set()
for reader in readers:
    reader.join()

during = [a for a in answers if a[2] >= replayed_at]
say("reads while and after the read models were rebuilt", f"{len(during)}, answered {tally(during)}")
say("of them 'no such referral' (404)", sum(1 for a in during if a[0] == 404))
rebuilt_after = max((a[2] for a in during if a[0] != 200), default=replayed_at) - replayed_at
say("the last read told to retry, after the replay began (s)", f"{rebuilt_after:.1f}")
say("slowest read (ms)", f"{max(a[1] for a in during):.0f}")
say("referral-service readiness meanwhile (a load balancer routes by it)", tally([r for r in readiness if r[1] >= replayed_at]))
filed = [a for a in filings if a[2] >= replayed_at]
say("filings by the clinic meanwhile", f"{len(filed)}, answered {tally(filed)}, slowest {max(a[1] for a in filed):.0f} ms")
