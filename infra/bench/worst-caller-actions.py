#!/usr/bin/env python3
# The worst caller against victim-status applications and decisions, and against a case's interview and
# representative steps (the portal's new forms post to the same APIs; every step goes through the one way of acting on
# a record, RecordActions), on a running test stack
# (`MIMARTVA_BUILT=yes infra/local/stack.sh test up`): bodies over the limit, fields far over their length, a million
# entries, malformed requests, the wrong callers, two decisions raced on each application, and victim-status-service
# SIGKILLed mid-burst of applications with idempotency keys. Prints each answer and its time; docs/benchmarks.md has
# a run.
import collections, json, random, time, uuid, concurrent.futures as cf
from worstcaller import GW, burst_with_service_killed, login, call, patiently, resend_until_answered, say, tally

login("sw.vake", "vig.member", "school.vake", "police.vake", "court.clerk", "supervisor.vake")
APPLICANTS = ["sw.vake", "vig.member", "police.vake", "court.clerk"]  # who may apply: four callers, four rate limits
PLACE = "TSAGERI"  # the applications of this run are told apart by the victim's municipality


def applications(state="APPLIED"):
    """The ids of this run's statuses in a state (the list answers each status with whether it is active)."""
    ids, url = [], f"{GW}/api/victim-status?state={state}&municipality={PLACE}&limit=200"
    while url:
        s, b, h, _ = call("GET", url, "vig.member")
        assert s == 200, (s, b[:200])
        ids += [listed["status"]["statusId"] for listed in json.loads(b)]
        link = h.get("Link")
        url = GW + link[1:link.index(">")] if link else None
    return ids


def application(first="ნინო"):
    return {"onBehalfOfChild": True, "ground": "WITNESSED_VIOLENCE",
            "applicant": {"firstName": first, "lastName": "ტესტი", "municipality": PLACE}}


def field_of(body):
    try:
        return [e.get("field") for e in json.loads(body).get("errors", [])]
    except ValueError:
        return None


before = set(applications())
# 1. over the body limit, and a field far over its length within it
big = json.dumps(application("x" * (8 * 1024 * 1024))).encode()
s, b, h, ms = call("POST", GW + "/api/victim-status/requests", "sw.vake", big)
say("an 8 MiB application through the gateway", f"{s} in {ms:.0f} ms")
s, b, h, ms = call("POST", GW + "/api/victim-status/requests", "sw.vake", application("x" * 200_000))
say("a 200,000-character first name (within the body limit)", f"{s} {field_of(b)} in {ms:.0f} ms")
million = json.dumps(dict(application(), ground=["WITNESSED_VIOLENCE"] * 1_000_000)).encode()
s, b, h, ms = call("POST", GW + "/api/victim-status/requests", "sw.vake", million)
say(f"a ground of a million entries ({len(million) // 1024} KiB)", f"{s} in {ms:.0f} ms")
# 2. malformed, and the wrong callers
for what, body in [("an unknown ground", dict(application(), ground="ALIEN")),
                   ("an unknown municipality", dict(application(), applicant={"firstName": "a", "lastName": "b",
                                                                                "municipality": "../../etc"})),
                   ("a referral id that is no id", dict(application(), referralId="'; DROP TABLE--"))]:
    s, b, h, ms = call("POST", GW + "/api/victim-status/requests", "sw.vake", body)
    say(what, f"{s} {field_of(b)} {h.get('Content-Type')}")
s, b, h, ms = call("POST", GW + "/api/victim-status/requests", "sw.vake", b'{"ground":"WITNESSED_VIOLENCE"')
say("truncated JSON", f"{s} {h.get('Content-Type')}")
s, b, h, ms = call("POST", GW + "/api/victim-status/requests", "school.vake", application())
say("an application by a school's reporter", s)
after = set(applications())
say("applications stored by all of the above", len(after - before))

# 3. decisions: the wrong callers, a missing document, a status that does not exist
s, b, h, _ = call("POST", GW + "/api/victim-status/requests", "sw.vake", application())
status = json.loads(b)["statusId"]
time.sleep(2)
decision = {"decisionDocument": "VIG-2026-1", "prosecutionPending": False}
for who, url, body in [("sw.vake", f"/api/victim-status/{status}/grant", decision),
                       ("school.vake", f"/api/victim-status/{status}/grant", decision),
                       ("vig.member", f"/api/victim-status/{uuid.uuid4()}/grant", decision),
                       ("vig.member", f"/api/victim-status/{status}/refuse", {"reason": "no document"}),
                       ("vig.member", f"/api/victim-status/{status}/grant", b'{"decisionDocument":')]:
    s, b, h, ms = call("POST", GW + url, who, body)
    say(f"{url.rsplit('/', 1)[1]} by {who}{' (no such status)' if status not in url else ''}",
        f"{s} {field_of(b) if s == 400 else ''}")
s, b, h, _ = call("GET", GW + f"/api/victim-status/{status}", "vig.member")
say("the status after all of them", json.loads(b)["status"]["state"])

# 4. two grants raced on each of 30 applications, 60 at once
raced = []
for _ in range(30):
    s, b, h, _ = call("POST", GW + "/api/victim-status/requests", "sw.vake", application())
    raced.append(json.loads(b)["statusId"])
time.sleep(3)
with cf.ThreadPoolExecutor(60) as ex:
    answers = list(ex.map(lambda sid: call("POST", GW + f"/api/victim-status/{sid}/grant", "vig.member", decision),
                          raced + raced))
say("60 grants at once, two on each of 30 applications", f"{tally(answers)}, slowest {max(a[3] for a in answers):.0f} ms, "
    f"Retry-After on every 429: {all(a[2].get('Retry-After') for a in answers if a[0] == 429)}")
time.sleep(3)
granted = set(applications("GRANTED"))
say("of the 30, granted (each once, by its event history)", len(set(raced) & granted))

# 5. a burst of applications with idempotency keys, victim-status-service SIGKILLed 0.8 s in
before = set(applications())
keys = [str(uuid.uuid4()) for _ in range(200)]
caller = {key: APPLICANTS[i % len(APPLICANTS)] for i, key in enumerate(keys)}


def apply(key):
    return key, call("POST", GW + "/api/victim-status/requests", caller[key], application(),
                     {"Idempotency-Key": key}, timeout=20)


answers = burst_with_service_killed("victim-status-service", apply, keys, 50, "applications")
answers, rounds = resend_until_answered(apply, answers)
say("the unanswered sent again with their keys until answered",
    f"{sum(1 for _, a in answers if a[0] == 201)} of {len(keys)} answered in {rounds} round(s)")
ids = {json.loads(a[1])["statusId"] for _, a in answers if a[0] == 201}
time.sleep(3)
stored = set(applications()) - before
say(f"applications stored for {len(keys)} keys", f"{len(stored)}, {len(ids)} distinct ids answered, all stored: {ids <= stored}")
s, b, h, _ = call("GET", "http://127.0.0.1:18082/actuator/health")
say("victim-status-service health after", f"{s} {b[:100]}")


# 6. a case's interview and representative (L 17(3)): bodies far over the limit, values the law refuses, a race, a kill
def registered_case():
    """A referral filed about a Vake child and registered by the unit: its id and version."""
    s, b, h, _ = patiently(lambda: call("POST", GW + "/api/referrals", "school.vake", {
        "reportingBody": "SCH-TBILISI-VAKE-051", "concerns": ["NEGLECT"], "description": "ტესტი", "immediateDanger": False,
        "child": {"firstName": "ნინო", "lastName": "ტესტი", "personalNumber": str(30_000_000_000 + random.randrange(60_000_000_000)),
                  "dateOfBirth": "2015-03-14", "municipality": "TBILISI-VAKE"}}, {"Idempotency-Key": str(uuid.uuid4())}))
    referral = json.loads(b)["referralId"]
    for attempt in range(20):   # as the unit would: read the case, register it; if it changed meanwhile, read it again
        read = patiently(lambda: call("GET", GW + f"/api/referrals/{referral}", "supervisor.vake"))
        if read[0] == 200:
            s, b, h, _ = patiently(lambda: call("POST", GW + f"/api/referrals/{referral}/triage", "supervisor.vake",
                                                {"expectedVersion": json.loads(read[1])["version"], "urgency": "STANDARD"}))
            if s == 200:
                return referral, json.loads(b)["version"]
        time.sleep(0.1)
    raise AssertionError(f"the unit could not register {referral}")


def version(referral):
    return json.loads(patiently(lambda: call("GET", GW + f"/api/referrals/{referral}", "supervisor.vake"))[1])["version"]


def interview(referral, at_version, attendees=("SOCIAL_WORKER",), when=None, by="sw.vake"):
    return call("POST", GW + f"/api/referrals/{referral}/interviews", by,
                {"expectedVersion": at_version, "interviewedAt": when or "2026-11-20T08:00:00Z",
                 "attendees": list(attendees), "protocolSharedWith": []}, timeout=20)


case, v = registered_case()
huge = json.dumps({"expectedVersion": v, "interviewedAt": "2026-11-20T08:00:00Z",
                   "attendees": ["SOCIAL_WORKER"] * 1_000_000}).encode()
s, b, h, ms = call("POST", GW + f"/api/referrals/{case}/interviews", "sw.vake", huge)
say(f"an interview with a million attendees ({len(huge) // 1024} KiB)", f"{s} in {ms:.0f} ms")
s, b, h, ms = interview(case, v, ["SOCIAL_WORKER", "ALLEGED_ABUSIVE_PARENT"] * 5_000)
say("10,000 attendees within the limit, the alleged abusive parent among them", f"{s} in {ms:.0f} ms: "
    f"{json.loads(b).get('detail', '')[:90] if s != 413 else ''}")
for what, answer in [("an attendee the law does not know", interview(case, v, ["STRANGER"])),
                     ("an interview in the future", interview(case, v, when="2099-01-01T00:00:00Z")),
                     ("a representative the list does not hold", call("POST", GW + f"/api/referrals/{case}/representative",
                      "sw.vake", {"expectedVersion": v, "representative": "NEIGHBOUR", "allegedAbuser": False,
                                  "conflictOfInterest": False})),
                     ("a representative whose impartiality is in doubt", call("POST", GW + f"/api/referrals/{case}/representative",
                      "sw.vake", {"expectedVersion": v, "representative": "NON_ABUSIVE_PARENT", "allegedAbuser": False,
                                  "conflictOfInterest": True})),
                     ("truncated JSON", call("POST", GW + f"/api/referrals/{case}/interviews", "sw.vake", b'{"expectedVersion":'))]:
    s, b, h, ms = answer
    say(what, f"{s} {field_of(b) if s == 400 else ''}")
say("events the case recorded from all of the above", version(case) - v)

with cf.ThreadPoolExecutor(50) as ex:
    raced = list(ex.map(lambda _: interview(case, v), range(50)))
say("50 interviews at once, all naming the version the worker saw", f"{tally(raced)}, slowest {max(a[3] for a in raced):.0f} ms")
time.sleep(1)
say("interviews the case recorded", version(case) - v)

cases = [registered_case() for _ in range(120)]
staff = {c: ("sw.vake", "supervisor.vake")[i % 2] for i, c in enumerate(cases)}   # the unit's two, two rate limits


def interview_on(c):
    return c, interview(*c, by=staff[c])


answers = burst_with_service_killed("referral-service", interview_on, cases, 40,
                                    "interviews, one on each of 120 cases by the unit's worker and supervisor", kill_after=0.2)
# a step is answered once the service decided it: recorded (200), or refused because the case moved on (409: the
# attempt cut off by the kill had been recorded); saturation and a dead service (429, 503, no answer) are sent again
answers, rounds = resend_until_answered(interview_on, answers, answered=lambda a: a[0] in (200, 409))
time.sleep(2)
recorded = [version(c[0]) - c[1] for c in cases]
say("each case's interview sent again with the version first seen until answered",
    f"answers {tally([a for _, a in answers])} after {rounds} round(s); interviews recorded per case: "
    f"{dict(sorted(collections.Counter(recorded).items()))}")
s, b, h, _ = call("GET", "http://127.0.0.1:18081/actuator/health/readiness")
say("referral-service readiness after", f"{s} {b[:100]}")
