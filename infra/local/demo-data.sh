#!/usr/bin/env bash
# Demo data for the local stack (or the stack named as the argument): a few referrals filed through the gateway by the
# demo reporters.
# Each carries an Idempotency-Key, so running this again files nothing twice.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
eval "$("$ROOT/infra/local/stack.sh" "${1:-demo}" env)"

token() {
  curl -sf -d client_id=mimartva-test -d grant_type=password -d username="$1" -d password=mimartva-demo \
    "$MIMARTVA_KEYCLOAK_URL/realms/mimartva/protocol/openid-connect/token" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}

file() { # file USER KEY JSON
  local status
  status=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$MIMARTVA_GATEWAY_URL/api/referrals" \
    -H "Authorization: Bearer $(token "$1")" -H "Idempotency-Key: $2" -H 'Content-Type: application/json' --data "$3")
  echo "demo referral $2 by $1: HTTP $status" >&2
}

file school.vake demo-1 '{"reportingBody":"SCH-TBILISI-VAKE-051","child":{"firstName":"ნინო","lastName":"ბერიძე","dateOfBirth":"2015-03-14","municipality":"TBILISI-VAKE"},"concerns":["PHYSICAL","PSYCHOLOGICAL"],"description":"ბავშვს ხელზე სისხლჩაქცევები აქვს და ამბობს, რომ სახლში ეშინია.","immediateDanger":true}'
file preschool.saburtalo demo-2 '{"reportingBody":"PRE-TBILISI-SABURTALO-012","child":{"firstName":"ლუკა","lastName":"მაისურაძე","approximateAge":5,"municipality":"TBILISI-SABURTALO"},"concerns":["NEGLECT"],"description":"ბავშვი ხშირად მოდის მშიერი და არასათანადოდ ჩაცმული.","immediateDanger":false}'
file school.batumi demo-3 '{"reportingBody":"SCH-BATUMI-007","child":{"firstName":"Mariam","lastName":"Diasamidze","dateOfBirth":"2012-09-02","municipality":"BATUMI"},"concerns":["PSYCHOLOGICAL"],"description":"The pupil told her teacher that she is threatened at home.","immediateDanger":false}'
