#!/usr/bin/env bash
# The local Mimartva stack: PostgreSQL, RabbitMQ, Keycloak and the four services on loopback.
#
#   infra/local/stack.sh STACK COMMAND [ARG]
#
# STACK is `demo` (what `./mimartva up` runs, with demo data), `test` (what `./mimartva test` runs), `bench` (what
# `./mimartva bench` and `./mimartva soak` run) or `replicas` (what `./mimartva up --replicas` and
# `./mimartva replicas` run: two instances of every service behind the gateways' load balancing, a three-node RabbitMQ
# cluster, one shared read-model store, sessions and rate limits in Redis). Each uses its own ports and folders, so
# none touches another.
# Everything a stack writes (data, logs, pid files) lives under .local/STACK/.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
STACK=${1:?usage: stack.sh demo|test COMMAND}
COMMAND=${2:?usage: stack.sh demo|test COMMAND}
ARG=${3:-}

KEYCLOAK_VERSION=26.7.3
SERVICES=(referral-service victim-status-service notification-service statistics-service portal gateway)

case "$STACK" in
  demo) OFFSET=0 ;;
  test) OFFSET=10000 ;;
  bench) OFFSET=20000 ;;
  replicas) OFFSET=30000 ;;
  *) echo "unknown stack '$STACK' (demo, test, bench or replicas)" >&2; exit 2 ;;
esac
REPLICAS=1; RABBIT_NODES=1
[ "$STACK" = replicas ] && { REPLICAS=2; RABBIT_NODES=3; }
# Where the services keep their read models. In production a MongoDB replica set, outside every service's process, which
# keeps them across restarts. The replica stack (whose instances share them) and the bench stack (which measures each
# service's memory, start-up and restarts as production would see them) run a read-model store standing in for it; the
# demo and test stacks keep each service's read models in its own heap and rebuild them at every start.
case "$STACK" in replicas|bench) READ_MODEL_STORE=yes ;; *) READ_MODEL_STORE=no ;; esac
# The test stack's counterparts of the preservation flow, run by the acceptance tests (see service_env).
TEST_SMTP_PORT=$((3025 + OFFSET)); TEST_PARTNER_PORT=$((8099 + OFFSET)); TEST_PARTNER_SECRET=isp-social-test-secret-0001

HOME_DIR="$ROOT/.local/$STACK"
LOGS="$HOME_DIR/logs"
RUN="$HOME_DIR/run"
PG_PORT=$((15432 + OFFSET))
AMQP_PORT=$((5672 + OFFSET / 1000))       # demo 5672, test 5682, bench 5692, replicas 5702 (and 5703, 5704)
REDIS_PORT=$((16379 + OFFSET))            # the test and replica stacks only
READ_MODEL_PORT=$((17017 + OFFSET))       # the replica and bench stacks only
KEYCLOAK_PORT=$((8180 + OFFSET))
GATEWAY_PORT=$((8080 + OFFSET))
declare -A SERVICE_PORT=(
  [gateway]=$GATEWAY_PORT
  [referral-service]=$((8081 + OFFSET))
  [victim-status-service]=$((8082 + OFFSET))
  [notification-service]=$((8083 + OFFSET))
  [portal]=$((8084 + OFFSET))
  [statistics-service]=$((8085 + OFFSET))
)
declare -A SERVICE_JAR=(
  [gateway]="$ROOT/gateway/target/gateway.jar"
  [referral-service]="$ROOT/referral-service/service/target/referral-service.jar"
  [victim-status-service]="$ROOT/victim-status-service/service/target/victim-status-service.jar"
  [notification-service]="$ROOT/notification-service/service/target/notification-service.jar"
  [portal]="$ROOT/portal/target/portal.jar"
  [statistics-service]="$ROOT/statistics-service/service/target/statistics-service.jar"
)
declare -A SERVICE_DB=(
  [referral-service]=referral
  [victim-status-service]=victim_status
  [notification-service]=notification
  [statistics-service]=statistics
)
# The processes run: one per service (named like it), or on the replica stack NAME-1 and NAME-2, the second on the
# first one's port + 1000.
INSTANCES=()
declare -A INSTANCE_SERVICE INSTANCE_PORT
for s in "${SERVICES[@]}"; do
  for i in $(seq 1 "$REPLICAS"); do
    n=$s; [ "$REPLICAS" -gt 1 ] && n="$s-$i"
    INSTANCES+=("$n"); INSTANCE_SERVICE[$n]=$s; INSTANCE_PORT[$n]=$((SERVICE_PORT[$s] + (i - 1) * 1000))
  done
done
instances_of() { local n; for n in "${INSTANCES[@]}"; do [ "${INSTANCE_SERVICE[$n]}" = "$1" ] && echo "$n"; done; }

log() { printf '[%s %s] %s\n' "$STACK" "$(date +%H:%M:%S)" "$*" >&2; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

wait_until() { # wait_until SECONDS DESCRIPTION COMMAND...  (DESCRIPTION names a pid file in $RUN, if there is one)
  local seconds=$1 what=$2; shift 2
  local deadline=$((SECONDS + seconds)) pidfile="$RUN/$what.pid"
  # a supervised service is starting for as long as its supervisor runs (it starts the JVM again if it dies)
  [ -f "$RUN/$what.supervisor.pid" ] && pidfile="$RUN/$what.supervisor.pid"
  until "$@" >/dev/null 2>&1; do
    if [ -f "$pidfile" ] && ! kill -0 "$(cat "$pidfile")" 2>/dev/null; then
      log "$what exited while starting; see $LOGS/$what.log"; tail -n 20 "$LOGS/$what.log" >&2 || true; return 1
    fi
    if [ $SECONDS -ge $deadline ]; then log "$what did not become ready within ${seconds}s"; return 1; fi
    sleep 1
  done
}

# ---------------------------------------------------------------- prerequisites
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

ensure_packages() {
  local missing=()
  [ -n "$(pg_bin)" ] || missing+=(postgresql)
  [ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || missing+=(rabbitmq-server)
  command -v unzip >/dev/null || missing+=(unzip)
  command -v curl >/dev/null || missing+=(curl)
  if [ "$STACK" = test ] || [ "$STACK" = replicas ]; then
    command -v redis-server >/dev/null || missing+=(redis-server)
  fi
  if [ "$STACK" = test ]; then   # the portal's browser tests drive Debian's Chromium, never a downloaded browser
    [ -x /usr/bin/chromium ] || missing+=(chromium)
    [ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
  fi
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]} from Debian's packages"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

ensure_keycloak() {
  local dir="$ROOT/.local/keycloak-$KEYCLOAK_VERSION"
  if [ ! -x "$dir/bin/kc.sh" ]; then
    log "fetching Keycloak $KEYCLOAK_VERSION from Maven Central"
    mkdir -p "$ROOT/.local/downloads"
    # Maven's output goes to stderr: this function's stdout is the path it answers.
    mvn -q -B -Dstyle.color=never dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
        -DoutputDirectory="$ROOT/.local/downloads" >&2
    rm -rf "$dir.partial" && mkdir -p "$dir.partial"
    unzip -q "$ROOT/.local/downloads/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" -d "$dir.partial"
    mv "$dir.partial/keycloak-$KEYCLOAK_VERSION" "$dir" && rm -rf "$dir.partial"
  fi
  echo "$dir"
}

ensure_built() {
  # Build the current sources (each running service runs from its own copy of its jar, so nothing running changes).
  [ "${MIMARTVA_BUILT:-}" = yes ] && return 0   # ./mimartva test has just built and tested them
  log "building the services (mvn package; tests are skipped here: './mimartva test' runs them)"
  (cd "$ROOT" && mvn -q -B -Dstyle.color=never -DskipTests package >&2)
}

# ---------------------------------------------------------------- PostgreSQL
pg() { as_root runuser -u postgres -- "$@"; }

postgres_up() {
  local bin data="$HOME_DIR/postgres"
  bin=$(pg_bin)
  mkdir -p "$HOME_DIR"
  if [ ! -f "$data/PG_VERSION" ]; then
    as_root mkdir -p "$data" && as_root chown postgres:postgres "$data" && as_root chmod 700 "$data"
    pg "$bin/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  if ! pg "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    mkdir -p "$LOGS" && as_root touch "$LOGS/postgres.log" && as_root chown postgres "$LOGS/postgres.log"
    pg "$bin/pg_ctl" -D "$data" -l "$LOGS/postgres.log" -w \
       -o "-p $PG_PORT -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null ||
      { log "PostgreSQL did not start (is port $PG_PORT taken by another stack?):"; tail -n 4 "$LOGS/postgres.log" >&2; return 1; }
  fi
  local db
  for db in "${SERVICE_DB[@]}"; do
    if ! psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -tAc "select 1 from pg_database where datname='$db'" | grep -q 1; then
      psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "create database $db" >/dev/null
    fi
  done
  log "PostgreSQL on 127.0.0.1:$PG_PORT"
}

postgres_restart() {
  pg "$(pg_bin)/pg_ctl" -D "$HOME_DIR/postgres" -l "$LOGS/postgres.log" -m fast -w restart \
     -o "-p $PG_PORT -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=200" >/dev/null
  log "PostgreSQL restarted"
}

postgres_down() {
  local data="$HOME_DIR/postgres"
  [ -f "$data/PG_VERSION" ] && pg "$(pg_bin)/pg_ctl" -D "$data" -m fast stop >/dev/null 2>&1 || true
}

# ---------------------------------------------------------------- RabbitMQ
# One node, or on the replica stack a cluster of three on this host (ports AMQP_PORT, +1, +2), whose quorum queues
# are replicated on every node. The nodes share one Erlang cookie (in $HOME_DIR/rabbitmq, their HOME).
rabbit_node() { if [ "$RABBIT_NODES" -eq 1 ]; then echo "mimartva-$STACK@localhost"; else echo "mimartva-$STACK-$1@localhost"; fi; }
rabbit_dir() { if [ "$RABBIT_NODES" -eq 1 ]; then echo "$HOME_DIR/rabbitmq"; else echo "$HOME_DIR/rabbitmq-$1"; fi; }
rabbit_env() { # rabbit_env NODE COMMAND...
  local n=$1 dir port; shift
  dir=$(rabbit_dir "$n"); port=$((AMQP_PORT + n - 1))
  env HOME="$HOME_DIR/rabbitmq" \
      RABBITMQ_NODENAME="$(rabbit_node "$n")" RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 RABBITMQ_NODE_PORT="$port" \
      RABBITMQ_DIST_PORT=$((port + 20000)) \
      RABBITMQ_MNESIA_BASE="$dir/mnesia" RABBITMQ_LOG_BASE="$LOGS" \
      RABBITMQ_ENABLED_PLUGINS_FILE="$dir/enabled_plugins" \
      RABBITMQ_CONFIG_FILE="$dir/rabbitmq" \
      RABBITMQ_ADVANCED_CONFIG_FILE="$dir/advanced.config" "$@"
}
rabbitmqctl_n() { local n=$1; shift; rabbit_env "$n" /usr/lib/rabbitmq/bin/rabbitmqctl -n "$(rabbit_node "$n")" "$@"; }
rabbitmqctl_() { rabbitmqctl_n 1 "$@"; }
rabbit_addresses() { local n out=""; for n in $(seq 1 "$RABBIT_NODES"); do out+="${out:+,}127.0.0.1:$((AMQP_PORT + n - 1))"; done; echo "$out"; }

rabbit_node_up() { # rabbit_node_up NODE
  local n=$1 dir
  dir=$(rabbit_dir "$n")
  mkdir -p "$dir" "$HOME_DIR/rabbitmq" "$LOGS"
  [ -f "$dir/enabled_plugins" ] || echo '[].' > "$dir/enabled_plugins"
  [ -f "$dir/rabbitmq.conf" ] || printf 'loopback_users = none\n' > "$dir/rabbitmq.conf"
  if ! rabbitmqctl_n "$n" -q status >/dev/null 2>&1; then
    # from its own folder, so that a crash dump (erl_crash.dump) lands there, not in the work tree
    (cd "$dir" && rabbit_env "$n" /usr/lib/rabbitmq/bin/rabbitmq-server -detached >>"$LOGS/rabbitmq-start.log" 2>&1)
  fi
  wait_until 90 RabbitMQ rabbitmqctl_n "$n" -q await_startup
  # The node may be up with its application stopped (a test stops the broker): start it again.
  rabbitmqctl_n "$n" -q start_app >/dev/null 2>&1 || true
}

rabbit_node_kill() { # SIGKILL a node's Erlang VM, as a crash would
  local pid
  for pid in $(pgrep -f "beam.*$(rabbit_node "$1" | cut -d@ -f1)( |$)" || true); do kill -KILL "$pid" 2>/dev/null || true; done
  log "RabbitMQ node $1 killed"
}

rabbit_up() {
  local n
  for n in $(seq 1 "$RABBIT_NODES"); do rabbit_node_up "$n"; done
  for n in $(seq 2 "$RABBIT_NODES"); do
    if ! rabbitmqctl_ -q cluster_status 2>/dev/null | grep -q "$(rabbit_node "$n")"; then
      rabbitmqctl_n "$n" -q stop_app && rabbitmqctl_n "$n" -q join_cluster "$(rabbit_node 1)" && rabbitmqctl_n "$n" -q start_app
      log "RabbitMQ node $(rabbit_node "$n") joined the cluster"
    fi
  done
  if [ "$STACK" = test ]; then
    # Each test configuration gets a virtual host of its own (no test sees another's messages): every one the tests
    # name, found in their sources, so a new test needs no list kept here. One import of their definitions (it adds,
    # never removes): a rabbitmqctl call per virtual host and permission cost 11 s of every run, twice.
    local vhost vhosts="" permissions="" definitions="$HOME_DIR/rabbitmq/test-virtual-hosts.json"
    for vhost in $(test_vhosts); do
      vhosts+="${vhosts:+,}{\"name\":\"$vhost\"}"
      permissions+="${permissions:+,}{\"user\":\"guest\",\"vhost\":\"$vhost\",\"configure\":\".*\",\"write\":\".*\",\"read\":\".*\"}"
    done
    printf '{"vhosts":[%s],"permissions":[%s]}\n' "$vhosts" "$permissions" > "$definitions"
    rabbitmqctl_ -q import_definitions "$definitions" >/dev/null
  fi
  log "RabbitMQ on $(rabbit_addresses) ($RABBIT_NODES node(s))"
}

rabbit_down() { local n; for n in $(seq "$RABBIT_NODES" -1 1); do rabbitmqctl_n "$n" -q stop >/dev/null 2>&1 || true; done; }
broker_stop() { rabbitmqctl_ -q stop_app; log "RabbitMQ application stopped"; }
broker_start() { rabbitmqctl_ -q start_app; wait_until 60 RabbitMQ rabbitmqctl_ -q await_startup; log "RabbitMQ application started"; }

# ---------------------------------------------------------------- Redis (test and replica stacks)
redis_up() {
  mkdir -p "$HOME_DIR/redis" "$RUN" "$LOGS"
  if ! redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1; then
    redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --daemonize yes --pidfile "$RUN/redis.pid" \
      --dir "$HOME_DIR/redis" --save "" --appendonly no --logfile "$LOGS/redis.log" >/dev/null
  fi
  wait_until 30 Redis redis-cli -p "$REDIS_PORT" ping
  log "Redis on 127.0.0.1:$REDIS_PORT"
}
redis_down() { redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true; }

# ---------------------------------------------------------------- the read-model store (replica and bench stacks)
# Every instance of every service keeps its read models in one store (ReadModelStoreServer: mongo-java-server in
# memory, run from a service's jar), standing in for a MongoDB replica set. Being in memory, it is never killed: the
# services' tokens in PostgreSQL say how far its read models are.
read_model_store_up() {
  mkdir -p "$RUN" "$LOGS"
  if ! { [ -f "$RUN/read-model-store.pid" ] && kill -0 "$(cat "$RUN/read-model-store.pid")" 2>/dev/null; }; then
    nohup java -Xms64m -Xmx1g -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:+ExitOnOutOfMemoryError \
      -cp "${SERVICE_JAR[referral-service]}" -Dloader.main=ge.mimartva.platform.mongo.ReadModelStoreServer \
      org.springframework.boot.loader.launch.PropertiesLauncher "$READ_MODEL_PORT" >"$LOGS/read-model-store.log" 2>&1 &
    echo $! >"$RUN/read-model-store.pid"
  fi
  wait_until 60 read-model-store bash -c "exec 3<>/dev/tcp/127.0.0.1/$READ_MODEL_PORT"
  log "read-model store on 127.0.0.1:$READ_MODEL_PORT"
}
read_model_store_down() {
  [ -f "$RUN/read-model-store.pid" ] && kill -TERM "$(cat "$RUN/read-model-store.pid")" 2>/dev/null || true
  rm -f "$RUN/read-model-store.pid"
}

# ---------------------------------------------------------------- Keycloak
keycloak_url() { echo "http://127.0.0.1:$KEYCLOAK_PORT"; }

keycloak_stop() {
  local pid
  pid=$(cat "$RUN/keycloak.pid" 2>/dev/null || true)
  [ -n "$pid" ] || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  pkill -KILL -P "$pid" 2>/dev/null || true
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$RUN/keycloak.pid"
}

keycloak_up() {
  local dist kc="$HOME_DIR/keycloak"
  dist=$(ensure_keycloak)
  mkdir -p "$RUN" "$LOGS"
  if ! { [ -f "$RUN/keycloak.pid" ] && kill -0 "$(cat "$RUN/keycloak.pid")" 2>/dev/null; }; then
    # Each stack runs its own copy, so its database and import folder are its own.
    [ -x "$kc/bin/kc.sh" ] || { rm -rf "$kc" && cp -r "$dist" "$kc"; }
    # Realm as code: Keycloak holds no state of ours, so every start imports identity/realm/ afresh.
    rm -rf "$kc/data/h2" "$kc/data/import" && mkdir -p "$kc/data/import"
    # The demo realm: the production realm (identity/realm/mimartva-realm.json) with the demo overlay applied.
    cp "$ROOT/identity/realm/demo/mimartva-realm.json" "$kc/data/import/"
    # kc.sh forwards TERM to its Java process; the pid file holds kc.sh's pid (exec keeps it).
    (cd "$kc" && exec nohup env KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
      JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" \
      "$kc/bin/kc.sh" start-dev --http-port="$KEYCLOAK_PORT" --http-host=127.0.0.1 \
        --hostname="$(keycloak_url)" --import-realm) >"$LOGS/keycloak.log" 2>&1 &
    echo $! >"$RUN/keycloak.pid"
  fi
  wait_until 300 keycloak curl -sf "$(keycloak_url)/realms/mimartva/.well-known/openid-configuration"
  log "Keycloak on $(keycloak_url)"
}

# ---------------------------------------------------------------- services
# Each service runs under a supervisor (this script's `supervise` command): a service that dies (a crash, a SIGKILL,
# -XX:+ExitOnOutOfMemoryError) is started again a second later, as an orchestrator would; only `service-stop` or
# `down` stop it for good. $RUN/NAME.pid holds the Java process's own pid (so a SIGKILL reaches the JVM itself),
# $RUN/NAME.supervisor.pid the supervisor's.
# The JVM flags: a broken JVM exits instead of lingering half-alive (ExitOnOutOfMemoryError); MIMARTVA_JAVA_OPTS
# replaces the heap and compiler settings (docs/benchmarks.md compares them). The young generation is kept small and
# the heap 20-40 % free after a full collection, and the C library keeps two malloc arenas: 35-37 MiB less resident
# memory per service after the bench's load, at no CPU measured ("Resident memory, measured again").
JAVA_OPTS_DEFAULT="-Xms64m -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:MaxNewSize=16m -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40"
is_running() { [ -f "$RUN/$1.supervisor.pid" ] && kill -0 "$(cat "$RUN/$1.supervisor.pid")" 2>/dev/null; }

# Where the gateway finds a service: its one address, or on the replica stack the load balancer's name for it.
service_url() { if [ "$REPLICAS" -gt 1 ]; then echo "lb://$1"; else echo "http://127.0.0.1:${SERVICE_PORT[$1]}"; fi; }

# The load balancer's list of every service's instances (Spring Cloud's simple discovery client), as JSON.
discovery_json() {
  local s n json="" list
  for s in referral-service victim-status-service notification-service statistics-service portal; do
    list=""
    for n in $(instances_of "$s"); do list+="${list:+,}{\"uri\":\"http://127.0.0.1:${INSTANCE_PORT[$n]}\"}"; done
    json+="${json:+,}\"$s\":[$list]"
  done
  echo "{\"spring\":{\"cloud\":{\"discovery\":{\"client\":{\"simple\":{\"instances\":{$json}}}}}}}"
}

service_env() { # service_env INSTANCE
  local name=$1 service=${INSTANCE_SERVICE[$1]}
  echo "SERVER_PORT=${INSTANCE_PORT[$name]}"
  echo "MIMARTVA_ISSUER_URI=$(keycloak_url)/realms/mimartva"
  echo "MIMARTVA_DEMO=true"
  echo "MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}"
  echo "MIMARTVA_HISTORY_CHECKPOINT_DIR=$HOME_DIR/history-checkpoints/$name"
  echo "SPRING_RABBITMQ_ADDRESSES=$(rabbit_addresses)"
  echo "MIMARTVA_REFERRAL_SERVICE_URL=$(service_url referral-service)"
  echo "MIMARTVA_VICTIM_STATUS_SERVICE_URL=$(service_url victim-status-service)"
  echo "MIMARTVA_NOTIFICATION_SERVICE_URL=$(service_url notification-service)"
  echo "MIMARTVA_PORTAL_URL=$(service_url portal)"
  echo "MIMARTVA_STATISTICS_SERVICE_URL=$(service_url statistics-service)"
  [ "$READ_MODEL_STORE" = yes ] && echo "SPRING_DATA_MONGODB_URI=mongodb://127.0.0.1:$READ_MODEL_PORT"
  if [ "$REPLICAS" -gt 1 ]; then
    # Each projection has two segments for the instances to share.
    echo "MIMARTVA_PROCESSING_SEGMENTS=2"
    if [ "$service" = gateway ]; then
      echo "SPRING_PROFILES_ACTIVE=shared-store"
      echo "MIMARTVA_REDIS_URL=redis://127.0.0.1:$REDIS_PORT"
      echo "SPRING_APPLICATION_JSON=$(discovery_json)"
    elif [ "$service" = portal ]; then
      # The portal names the services and balances its calls over their instances (ServiceInstances).
      echo "MIMARTVA_PORTAL_LOAD_BALANCED=true"
      echo "MIMARTVA_REFERRAL_SERVICE_URL=http://referral-service"
      echo "MIMARTVA_NOTIFICATION_SERVICE_URL=http://notification-service"
      echo "MIMARTVA_VICTIM_STATUS_SERVICE_URL=http://victim-status-service"
      echo "MIMARTVA_STATISTICS_SERVICE_URL=http://statistics-service"
      echo "SPRING_APPLICATION_JSON=$(discovery_json)"
    fi
  fi
  if [ "$STACK" = test ]; then
    # The acceptance tests run the law's order clocks fast: a day of the appeal window is 5 s (3 days: 15 s), the
    # 24 hours to submit a surveillance protocol are 10 s. Every other stack keeps the law's own durations.
    echo "MIMARTVA_ORDERS_APPEAL_WINDOW=PT15S"
    echo "MIMARTVA_ORDERS_PROTOCOL_SUBMISSION=PT10S"
    if [ "$service" = notification-service ]; then
      # The preservation flow's counterparts are the acceptance tests' own servers: a foreign contact point's mailbox
      # on their SMTP server (GreenMail), a provider's system verifying each webhook's signature.
      echo "MIMARTVA_NOTIFICATION_CHANNELS=file:$ROOT/infra/local/test-recipient-channels.json"
      echo "SPRING_MAIL_HOST=127.0.0.1"
      echo "SPRING_MAIL_PORT=$TEST_SMTP_PORT"
      echo "MIMARTVA_DELIVERY_MAX_BACKOFF=PT5S"
      echo "SPRING_APPLICATION_JSON={\"mimartva\":{\"notification\":{\"webhook-secrets\":{\"isp-social\":\"$TEST_PARTNER_SECRET\"}}}}"
    fi
  fi
  if [ -n "${SERVICE_DB[$service]:-}" ]; then
    echo "SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/${SERVICE_DB[$service]}"
    echo "SPRING_DATASOURCE_USERNAME=postgres"
  fi
}

test_vhosts() { # the virtual hosts the tests name: @NeedsTestStack("x"), TestStack.properties("x"), setVirtualHost("it-x")
  grep -rhoE --include='*.java' --exclude-dir=target --exclude-dir=.local \
      '@NeedsTestStack\("[a-z0-9-]+"\)|TestStack\.properties\("[a-z0-9-]+"\)|setVirtualHost\("it-[a-z0-9-]+"\)' "$ROOT" \
    | grep -oE '"[a-z0-9-]+"' | tr -d '"' | sed 's/^it-//' | sort -u | sed 's/^/it-/'
}

# Class-data sharing: the classes a service loads until its application context is refreshed are archived once, by
# a training run that stops right there (spring.context.exit=onRefresh), and mapped at every later start of the
# service: a service killed and started again is back sooner (docs/benchmarks.md has the figures). The archive is
# made again whenever the jar changes; MIMARTVA_CDS=off starts the services without it.
cds_prepare() { # cds_prepare INSTANCE: extracts its service's jar and trains the class archive, unless up to date
  local instance=$1 name=${INSTANCE_SERVICE[$1]} dir="$HOME_DIR/cds/${INSTANCE_SERVICE[$1]}"
  [ "${MIMARTVA_CDS:-on}" = off ] && return 0
  [ -f "$dir/app.jsa" ] && [ "$dir/app.jsa" -nt "$HOME_DIR/jars/$name.jar" ] && return 0
  rm -rf "$dir" && mkdir -p "$dir" "$LOGS"
  if ! java -Djarmode=tools -jar "$HOME_DIR/jars/$name.jar" extract --destination "$dir/app" >"$LOGS/$name.cds.log" 2>&1; then
    log "$name: no class archive (the jar did not extract; see $LOGS/$name.cds.log)"; return 0
  fi
  # shellcheck disable=SC2046,SC2086
  if ! (cd "$HOME_DIR" && env $(service_env "$instance") java ${MIMARTVA_JAVA_OPTS:-$JAVA_OPTS_DEFAULT} \
      -XX:ArchiveClassesAtExit="$dir/app.jsa" -Dspring.context.exit=onRefresh -jar "$dir/app/$name.jar") \
      >>"$LOGS/$name.cds.log" 2>&1 || [ ! -f "$dir/app.jsa" ]; then
    log "$name: no class archive (the training run failed; see $LOGS/$name.cds.log)"; rm -rf "$dir"
  fi
}

# A JVM started again after it died runs ahead of the others until it is ready (or for 90 s): on a host whose cores the
# rest of the stack keeps busy, a restarted service otherwise starts in 11-37 s instead of 2-5 s (soaks 12 and 14), and
# it is what callers are waiting for. It starts 5 below the supervisor's niceness (as root; elsewhere nice warns and it
# starts at the supervisor's) and is set back to the supervisor's, every one of its threads, once its readiness answers.
RESTART_NICENESS=-5
unboost_when_ready() { # unboost_when_ready INSTANCE PID
  local tries=0 thread normal
  normal=$(ps -o ni= -p $$ | tr -d ' ')
  while kill -0 "$2" 2>/dev/null && [ "$tries" -lt 180 ] && ! is_ready "$1"; do
    sleep 0.5; tries=$((tries + 1))
  done
  for thread in /proc/"$2"/task/*; do renice -n "$normal" -p "${thread##*/}" >/dev/null 2>&1 || true; done
}

supervise() { # supervise INSTANCE: runs it, and again whenever it dies, until INSTANCE.stopping exists
  local name=$1 service=${INSTANCE_SERVICE[$1]} pid status jar cds="" niceness=0
  jar="$HOME_DIR/jars/$service.jar"
  if [ -f "$HOME_DIR/cds/$service/app.jsa" ]; then
    jar="$HOME_DIR/cds/$service/app/$service.jar"; cds="-XX:SharedArchiveFile=$HOME_DIR/cds/$service/app.jsa"
  fi
  trap 'touch "$RUN/$name.stopping"; [ -n "${pid:-}" ] && kill -TERM "$pid" 2>/dev/null' TERM INT
  while [ ! -f "$RUN/$name.stopping" ]; do
    # shellcheck disable=SC2046,SC2086
    (cd "$HOME_DIR" && exec nice -n "$niceness" env $(service_env "$name") \
        java ${MIMARTVA_JAVA_OPTS:-$JAVA_OPTS_DEFAULT} $cds -XX:+ExitOnOutOfMemoryError -jar "$jar") &
    pid=$!
    echo "$pid" >"$RUN/$name.pid"
    [ "$niceness" -ne 0 ] && unboost_when_ready "$name" "$pid" &
    status=0; wait "$pid" || status=$?
    # a TERM to the supervisor interrupts `wait`: wait for the JVM itself to finish its graceful shutdown
    while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
    [ -f "$RUN/$name.stopping" ] && break
    log "$name exited with status $status; starting it again, ahead of the others until it is ready"
    niceness=$RESTART_NICENESS
    sleep 1
  done
  rm -f "$RUN/$name.pid" "$RUN/$name.supervisor.pid" "$RUN/$name.stopping"
}

service_start() { # service_start INSTANCE
  local name=$1 service=${INSTANCE_SERVICE[$1]}
  is_running "$name" && return 0
  mkdir -p "$RUN" "$LOGS"
  rm -f "$RUN/$name.stopping" "$RUN/$name.pid"
  # The stack runs its own copy of the jar: a later build never changes a jar under a running JVM.
  mkdir -p "$HOME_DIR/jars"
  cmp -s "${SERVICE_JAR[$service]}" "$HOME_DIR/jars/$service.jar" || cp "${SERVICE_JAR[$service]}" "$HOME_DIR/jars/$service.jar"
  cds_prepare "$name"
  nohup "$ROOT/infra/local/stack.sh" "$STACK" supervise "$name" >>"$LOGS/$name.log" 2>&1 &
  echo $! >"$RUN/$name.supervisor.pid"
}

is_ready() { curl -sf -o /dev/null --max-time 5 "http://127.0.0.1:${INSTANCE_PORT[$1]}/actuator/health/readiness"; }

service_wait() {
  wait_until 180 "$1" is_ready "$1"
  log "$1 on http://127.0.0.1:${INSTANCE_PORT[$1]}"
}

service_kill() { # SIGKILL the JVM, as a crash would: its supervisor starts it again
  local name=$1
  [ -f "$RUN/$name.pid" ] && kill -KILL "$(cat "$RUN/$name.pid")" 2>/dev/null || true
}

instance_down() { # SIGKILL the JVM and keep it down (its supervisor stops): another instance must take over
  touch "$RUN/$1.stopping"
  service_kill "$1"
}

service_stop() { # stops the service for good: its supervisor first, then the JVM (gracefully, SIGKILL after 30 s)
  local name=$1 pid supervisor
  touch "$RUN/$name.stopping" 2>/dev/null || true
  supervisor=$(cat "$RUN/$name.supervisor.pid" 2>/dev/null || true)
  pid=$(cat "$RUN/$name.pid" 2>/dev/null || true)
  [ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do
    { [ -z "$pid" ] || ! kill -0 "$pid" 2>/dev/null; } && { [ -z "$supervisor" ] || ! kill -0 "$supervisor" 2>/dev/null; } && break
    sleep 0.5
  done
  [ -n "$pid" ] && kill -KILL "$pid" 2>/dev/null || true
  [ -n "$supervisor" ] && kill -KILL "$supervisor" 2>/dev/null || true
  rm -f "$RUN/$name.pid" "$RUN/$name.supervisor.pid" "$RUN/$name.stopping"
}

# ---------------------------------------------------------------- commands
infrastructure_up() {
  ensure_packages; postgres_up; rabbit_up
  if [ "$STACK" = test ] || [ "$STACK" = replicas ]; then redis_up; fi
}

up() {
  infrastructure_up
  keycloak_up
  ensure_built
  [ "$READ_MODEL_STORE" = yes ] && read_model_store_up
  local s
  for s in "${INSTANCES[@]}"; do service_start "$s"; done
  for s in "${INSTANCES[@]}"; do service_wait "$s"; done
}

down() {
  local s
  for s in "${INSTANCES[@]}"; do service_stop "$s"; done
  read_model_store_down
  keycloak_stop
  redis_down
  rabbit_down
  postgres_down
  log "stopped"
}

case "$COMMAND" in
  infrastructure-up) infrastructure_up ;;
  up) up ;;
  down) down ;;
  keycloak-up) keycloak_up ;;
  service-start) service_start "$ARG"; service_wait "$ARG" ;;
  service-kill) service_kill "$ARG" ;;
  wait-ready) for s in "${INSTANCES[@]}"; do service_wait "$s"; done ;;
  instance-down) instance_down "$ARG" ;;
  rabbit-node-kill) rabbit_node_kill "$ARG" ;;
  rabbit-node-start) rabbit_node_up "$ARG"; log "RabbitMQ node $ARG started" ;;
  supervise) supervise "$ARG" ;;
  service-stop) service_stop "$ARG" ;;
  broker-stop) broker_stop ;;
  broker-restart) rabbit_down; rabbit_up ;;
  postgres-restart) postgres_restart ;;
  broker-start) broker_start ;;
  env)
    echo "MIMARTVA_PG_PORT=$PG_PORT"; echo "MIMARTVA_AMQP_PORT=$AMQP_PORT"; echo "MIMARTVA_REDIS_PORT=$REDIS_PORT"
    echo "MIMARTVA_KEYCLOAK_URL=$(keycloak_url)"; echo "MIMARTVA_GATEWAY_URL=http://127.0.0.1:$GATEWAY_PORT"
    echo "MIMARTVA_GATEWAY_URLS=$(for n in $(instances_of gateway); do printf 'http://127.0.0.1:%s ' "${INSTANCE_PORT[$n]}"; done | xargs | tr ' ' ',')"
    echo "MIMARTVA_INSTANCES=$(IFS=,; echo "${INSTANCES[*]}")"
    for s in "${SERVICES[@]}"; do echo "MIMARTVA_PORT_${s//-/_}=${SERVICE_PORT[$s]}"; done
    for s in "${INSTANCES[@]}"; do echo "MIMARTVA_INSTANCE_PORT_${s//-/_}=${INSTANCE_PORT[$s]}"; done
    if [ "$STACK" = test ]; then
      echo "MIMARTVA_TEST_SMTP_PORT=$TEST_SMTP_PORT"; echo "MIMARTVA_TEST_PARTNER_PORT=$TEST_PARTNER_PORT"
      echo "MIMARTVA_TEST_PARTNER_SECRET=$TEST_PARTNER_SECRET"
    fi ;;
  *) echo "unknown command '$COMMAND'" >&2; exit 2 ;;
esac
# Nothing after this line runs: a supervisor still reading this file after an edit must not run a changed tail.
exit
