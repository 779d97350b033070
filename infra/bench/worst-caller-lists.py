#!/usr/bin/env python3
# The worst caller against the lists and forms added for issue 17, on a running test stack
# (`MIMARTVA_BUILT=yes infra/local/stack.sh test up`): bodies far over the limit, a list of a million entries,
# malformed filters, a burst larger than the pools, and victim-status-service SIGKILLed mid-burst of notices with
# idempotency keys. Prints each answer and its time; docs/benchmarks.md has a run.
import json, time, uuid, concurrent.futures as cf, datetime
from worstcaller import GW, burst_with_service_killed, login, call, every, resend_until_answered, say
login("penitentiary.officer","police.vake","vig.member","admin","court.clerk")
def notices(user="penitentiary.officer"):
    return every("/api/penitentiary-notices?limit=200", user, "noticeId")
def notice(key=None):
    return {"movement":"RELEASE","effectiveAt":datetime.datetime.utcnow().isoformat()+"Z","perpetrator":{"firstName":"ზაზა","lastName":"ტესტი"},"victimMunicipality":"TBILISI-VAKE"}

before=len(notices())
# 1. a body far over any sane size
big=b'{"movement":"RELEASE","perpetrator":{"firstName":"' + b"x"*(8*1024*1024) + b'"}}'
s,b,h,ms=call("POST",GW+"/api/penitentiary-notices","penitentiary.officer",big)
say("8 MiB notice body through the gateway",f"{s} in {ms:.0f} ms")
s,b,h,ms=call("POST","http://127.0.0.1:18081/api/admin/personal-data-erasures","admin",b'{"subjectId":"'+b"a"*(8*1024*1024)+b'","reason":"COURT_ORDER"}')
# (a client still sending when the service answers 413 and closes may see the connection reset instead: -1)
say("8 MiB erasure request straight to referral-service",f"{s} in {ms:.0f} ms")
# 2. a list of a million entries
million=json.dumps({"referralId":None,"place":"x","circumstances":"y","matters":["NO_APPROACH"]*1000000}).encode()
s,b,h,ms=call("POST",GW+"/api/protective-measures/restraining-orders","police.vake",million)
say(f"restraining order with 1,000,000 matters ({len(million)//1024} KiB)",f"{s} in {ms:.0f} ms")
s,b,h,ms=call("GET",GW+"/api/victim-status?limit=1000000","vig.member")
say("victim statuses ?limit=1000000",f"{s}, {len(json.loads(b)) if s==200 else b[:80]} items, {ms:.0f} ms")
s,b,h,ms=call("GET",GW+"/api/penitentiary-notices?limit=1000000","police.vake")
say("district notices ?limit=1000000",f"{s}, {len(json.loads(b)) if s==200 else b[:80]} items, {ms:.0f} ms")
# 3. malformed
for q in ["state=PENDING","cursor=%21%21%21","cursor="+"A"*5000,"municipality=../../etc","referral=%27%3B--"]:
    s,b,h,ms=call("GET",GW+"/api/victim-status?"+q,"vig.member")
    field=json.loads(b).get("errors",[{}])[0].get("field") if s==400 else None
    say(f"victim statuses ?{q[:30]}",f"{s} field={field} {h.get('Content-Type')} {ms:.0f} ms")
s,b,h,ms=call("POST",GW+"/api/penitentiary-notices","penitentiary.officer",b'{"movement":"TELEPORT"')
say("truncated JSON notice",f"{s} {h.get('Content-Type')}")
after=len(notices())
say("notices stored by all the refused requests",after-before)

# 4. a burst larger than the connection pool
def get_notices(_): return call("GET",GW+"/api/penitentiary-notices?awaitingInterview=true&limit=50","police.vake")
with cf.ThreadPoolExecutor(200) as ex: rs=list(ex.map(get_notices,range(400)))
codes={}; [codes.__setitem__(r[0],codes.get(r[0],0)+1) for r in rs]
lat=sorted(r[3] for r in rs)
ra=[r[2].get("Retry-After") for r in rs if r[0]==503]
say("burst of 400 list reads, 200 at once",f"{codes}, median {lat[len(lat)//2]:.0f} ms, slowest {lat[-1]:.0f} ms, 503s with Retry-After {sum(1 for x in ra if x)}/{len(ra)}")

# 5. kill -9 mid-burst of notices, each with its own idempotency key
keys=[str(uuid.uuid4()) for _ in range(120)]
def post(k): return k,call("POST",GW+"/api/penitentiary-notices","penitentiary.officer",notice(),{"Idempotency-Key":k},timeout=20)
before=set(notices())
rs=burst_with_service_killed("victim-status-service",post,keys,60,"notices")
created={r[1][1] and json.loads(r[1][1]).get("noticeId") for r in rs if r[1][0]==201}
# every acknowledged notice stored; the rest sent again with the same key
time.sleep(3)
stored=set(notices())-before
say("acknowledged (201) before the kill, stored after restart",f"{len(created & stored)}/{len(created)}")
rs,rounds=resend_until_answered(post,rs)
say("the unanswered sent again with the same key until answered",f"{sum(1 for _,a in rs if a[0]==201)} of 120 answered in {rounds} round(s)")
ids=[json.loads(a[1])["noticeId"] for _,a in rs if a[0]==201]
time.sleep(3)
stored=set(notices())-before
say("notices stored for 120 keys (each once)",f"{len(stored)} stored, {len(set(ids))} distinct ids answered, all answered stored: {set(ids)<=stored}")
s,b,h,_=call("GET","http://127.0.0.1:18082/actuator/health")
say("victim-status-service health after",f"{s} {b[:120]}")
