# Where each service's CPU goes, from Java Flight Recorder recordings of a bench run (docs/benchmarks.md, "Where the
# CPU goes, profiled"). Record with:
#   MIMARTVA_CDS=off MIMARTVA_JAVA_OPTS="-Xms64m -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
#     -XX:StartFlightRecording=filename=/tmp/jfr/,settings=profile" ./mimartva bench
# then: python3 infra/bench/jfr-breakdown.py /tmp/jfr/*.jfr   (one table row per recording; `jfr` from the JDK)
# A row: the share of the service's samples on HTTP, AMQP-consumer, event-processor and other threads, those verifying
# an RSA signature, and in whose code each sample was (its first frame outside the JDK). Start-up threads left out.
import subprocess, sys, re, collections
lib=re.compile(r'^(java\.|javax\.|jdk\.|sun\.)')
SELF=[("Axon Framework","org\\.axonframework"),("Spring (web, data, AMQP, security)","org\\.springframework|org\\.apache\\.(catalina|coyote|tomcat)"),
      ("Jackson","com\\.fasterxml"),("PostgreSQL driver, Hikari","org\\.postgresql|com\\.zaxxer"),("embedded MongoDB server and driver","de\\.bwaldvogel|com\\.mongodb|org\\.bson"),
      ("metrics and tracing","io\\.micrometer|io\\.opentelemetry|io\\.prometheus"),("RabbitMQ client","com\\.rabbitmq"),("logging","ch\\.qos|org\\.slf4j"),
      ("Netty, Reactor (gateway)","io\\.netty|reactor\\."),("Mimartva's own code","ge\\.mimartva")]
def work_of(t, txt):
    if t.startswith("http-nio") or t.startswith("reactor-http") or "Http11Processor" in txt: return "HTTP"
    if "SimpleMessageListenerContainer" in txt or "AsyncMessageProcessingConsumer" in txt or "Consum" in t or "chainFeed" in t: return "AMQP"
    if "EventProcessor" in txt or "EmbeddedEventStore" in t or "WorkPackage" in txt: return "processors"
    return "other"
rows=[]
for f in sys.argv[1:]:
    name=re.search(r'([a-z-]+)\.jar', subprocess.run(["jfr","print","--events","jdk.JVMInformation",f],capture_output=True,text=True).stdout).group(1)
    out = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "64", f], capture_output=True, text=True).stdout
    n=0; w=collections.Counter(); sc=collections.Counter(); rsa=0
    for s in out.split("jdk.ExecutionSample {")[1:]:
        t=re.search(r'sampledThread = "([^"]*)"', s).group(1)
        fr=re.findall(r"^\s+([\w$.<>]+)\(", s, re.M)
        if not fr or t in ("main","background-preinit"): continue
        n+=1; txt=" ".join(fr)
        w[work_of(t,txt)]+=1
        if "BigInteger.oddModPow" in txt: rsa+=1
        lead=next((x for x in fr if not lib.match(x)), "JDK")
        cat=next((c for c,p in SELF if re.match(p,lead)), "JDK and other")
        sc[cat]+=1
    rows.append((name,n,w,sc,rsa))
for name,n,w,sc,rsa in rows:
    pct=lambda v: f"{v*100/n:.0f} %"
    print(f"| {name} | {pct(w['HTTP'])} | {pct(w['AMQP'])} | {pct(w['processors'])} | {pct(w['other'])} | {pct(rsa)} | " +
          ", ".join(f"{c} {pct(v)}" for c,v in sc.most_common(6)) + " |")
