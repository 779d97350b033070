# What the worst-caller scripts share: the demo users' tokens, one call with its status, body, headers and time,
# a page-by-page list read, a request resent until it is answered for good, and a line per finding.
import json, os, subprocess, threading, time, urllib.request, urllib.parse, urllib.error
import concurrent.futures as cf
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
GW = "http://127.0.0.1:18080"; KC = "http://127.0.0.1:18180"; REFERRAL = "http://127.0.0.1:18081"
T = {}

def token(u):
    d = urllib.parse.urlencode({"client_id": "mimartva-test", "grant_type": "password", "username": u,
                                "password": "mimartva-demo"}).encode()
    return json.load(urllib.request.urlopen(KC + "/realms/mimartva/protocol/openid-connect/token", d))["access_token"]

def login(*users):
    T.update({u: token(u) for u in users})

def call(method, url, user=None, body=None, headers=None, timeout=30):
    h = {"Content-Type": "application/json"}
    if user: h["Authorization"] = "Bearer " + T[user]
    h.update(headers or {})
    data = body if isinstance(body, (bytes, type(None))) else json.dumps(body).encode()
    r = urllib.request.Request(url, data=data, method=method, headers=h)
    t = time.time()
    try:
        with urllib.request.urlopen(r, timeout=timeout) as resp:
            return resp.status, resp.read(), resp.headers, (time.time() - t) * 1000
    except urllib.error.HTTPError as e:
        return e.code, e.read(), e.headers, (time.time() - t) * 1000
    except Exception as e:
        return -1, str(e).encode(), {}, (time.time() - t) * 1000

def every(path, user, id_field):
    """Every item of a paged list (each page's Link header names the next): their ids."""
    ids = []; url = GW + path
    while url:
        s, b, h, _ = call("GET", url, user); assert s == 200, (s, b[:200])
        ids += [n[id_field] for n in json.loads(b)]
        link = h.get("Link"); url = (GW + link[1:link.index(">")]) if link else None
    return ids

def patiently(request):
    """request() until the platform answers it for good, honouring Retry-After (a script making its own cases)."""
    while True:
        answer = request()
        if answer[0] not in (429, 502, 503, 504, -1):
            return answer
        time.sleep(float(answer[2].get("Retry-After", 1)) if answer[0] != -1 else 1)

def say(k, v): print(f"{k}: {v}", flush=True)

def tally(answers):
    codes = {}
    for a in answers: codes[a[0]] = codes.get(a[0], 0) + 1
    return codes

SERVICES = {"referral-service": REFERRAL, "victim-status-service": "http://127.0.0.1:18082",
            "notification-service": "http://127.0.0.1:18083"}

def burst_with_service_killed(service, send, keys, at_once, what, kill_after=0.8):
    """Sends send(key) for every key, at_once at a time, while the service is SIGKILLed kill_after seconds in; says how
    they were answered and how readiness told of the death and the restart. Answers [(key, answer)]."""
    killer = threading.Timer(kill_after, lambda: subprocess.run(["bash", "-c", f"cd {ROOT} && infra/local/stack.sh test "
                                                          f"service-kill {service}"], capture_output=True))
    killer.start()
    with cf.ThreadPoolExecutor(at_once) as ex: answers = list(ex.map(send, keys))
    killer.join()
    say(f"{len(keys)} {what}, {at_once} at once, {service} SIGKILLed {kill_after} s in",
        f"{tally([a[1] for a in answers])}, slowest answer {max(a[1][3] for a in answers):.0f} ms")
    readiness = SERVICES[service] + "/actuator/health/readiness"
    s, b, h, _ = call("GET", readiness, timeout=3)
    say(f"{service} readiness while down", s)
    t = time.time()
    while True:
        s, b, h, _ = call("GET", readiness, timeout=3)
        if s == 200 or time.time() - t > 180: break
        time.sleep(1)
    say(f"{service} readiness after its supervisor restarted it", f"{s} after {time.time() - t:.0f} s")
    return answers

def resend_until_answered(send, answers, answered=lambda a: a[0] == 201, rounds=30):
    """Sends send(key) again, as a client honouring Retry-After would (the same key and body, 2 s apart), for every
    key whose answer is not yet answered(answer), until each is: the final [(key, answer)] in the keys' order, and the
    rounds it took."""
    final = dict(answers); taken = 0
    while taken < rounds:
        pending = [k for k, a in final.items() if not answered(a)]
        if not pending: break
        taken += 1
        time.sleep(2)
        with cf.ThreadPoolExecutor(10) as ex: final.update(dict(ex.map(send, pending)))
    return list(final.items()), taken
