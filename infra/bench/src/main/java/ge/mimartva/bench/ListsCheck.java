package ge.mimartva.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./mimartva lists}: one body's inbox filled with thousands of notifications (referrals filed through the gateway
 * about children of Vake, each an N1 to the Vake-Saburtalo unit), then read as its social worker: the first page of the
 * API and of the portal's inbox, timed, and every page after it followed by its next link to the last. The unit's
 * queue is walked the same way, as its supervisor.
 */
final class ListsCheck {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");
    private static final Pattern PORTAL_NEXT = Pattern.compile("id=\"next-page\"[^>]*href=\"([^\"]+)\"|href=\"([^\"]+)\"[^>]*id=\"next-page\"");

    private final Stack stack;
    private final Map<String, String> figures = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    ListsCheck(Stack stack) {
        this.stack = stack;
    }

    Map<String, String> run(int referrals, double rate) throws Exception {
        Reporter reporter = new Reporter(stack, Duration.ofMinutes(10), List.of("TBILISI-VAKE"));
        Bench.say("lists: filing " + referrals + " referrals about children of Vake at " + rate + "/s");
        long accepted = reporter.fileAtRate(rate, referrals).stream().filter(Reporter.Filing::accepted).count();
        row("referrals filed (accepted), each an N1 to the Vake-Saburtalo unit", String.valueOf(accepted));
        String worker = reporter.tokenOf("sw.vake").get("access_token").asText();
        String supervisor = reporter.tokenOf("supervisor.vake").get("access_token").asText();

        long caughtUpBy = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        Walk inbox = walk("/api/notifications?limit=500", worker);
        while (inbox.items() < accepted && System.nanoTime() < caughtUpBy) {
            Thread.sleep(2_000);
            inbox = walk("/api/notifications?limit=500", worker);
        }
        row("notifications in the unit's inbox", String.valueOf(inbox.items()));
        row("API, the inbox's first page of 50: median / slowest of 10 (ms)",
                Timings.medianAndSlowestOf10(() -> send("/api/notifications?limit=50", worker)));
        // the portal's first inbox page since it started compiles its templates: timed apart from the ten after it
        row("portal, the inbox's first page of 50, the first load since the portal started (ms)",
                String.valueOf(Timings.millisOf(() -> send("/portal/inbox", worker))));
        row("portal, the inbox's first page of 50: median / slowest of the 10 loads after it (ms)",
                Timings.medianAndSlowestOf10(() -> send("/portal/inbox", worker)));
        Walk api = walk("/api/notifications?limit=50", worker);
        row("API, the inbox page by page to the last (50 a page): pages / items / distinct / slowest page (ms) / all (s)",
                api.toString());
        Walk portal = walkPortal("/portal/inbox", worker);
        row("portal, the inbox page by page to the last: pages / items / distinct / slowest page (ms) / all (s)",
                portal.toString());
        row("API, the overdue only, first page: median / slowest of 10 (ms)",
                Timings.medianAndSlowestOf10(() -> send("/api/notifications?limit=50&overdue=true", worker)));
        row("API, the unit's queue page by page to the last (50 a page): pages / items / distinct / slowest page (ms) / all (s)",
                walk("/api/referrals?limit=50", supervisor).toString());
        return figures;
    }

    /** A walk through a list: pages, items, distinct items, the slowest page and the whole walk. */
    private record Walk(int pages, int items, int distinct, long slowestMillis, long totalMillis) {
        @Override
        public String toString() {
            return pages + " / " + items + " / " + distinct + " / " + slowestMillis + " / "
                    + String.format("%.1f", totalMillis / 1000.0);
        }
    }

    /** One page read: the ids of its items, and the address of the next page (null after the last). */
    private record PageRead(List<String> ids, String next) {
    }

    /** The API's pages: items in the JSON body, the next page in the Link header. */
    private Walk walk(String first, String token) throws Exception {
        return walk(first, token, answer -> {
            List<String> ids = new ArrayList<>();
            for (JsonNode item : JSON.readTree(answer.body())) {
                ids.add(item.has("notificationId") ? item.get("notificationId").asText() : item.get("referralId").asText());
            }
            Matcher next = NEXT.matcher(answer.headers().firstValue("Link").orElse(""));
            return new PageRead(ids, next.find() ? next.group(1) : null);
        });
    }

    /** The portal's pages: items are the page's notifications, the next page its "next page" link. */
    private Walk walkPortal(String first, String token) throws Exception {
        Pattern item = Pattern.compile("data-notification=\"([^\"]+)\"");
        return walk(first, token, answer -> {
            List<String> ids = new ArrayList<>();
            Matcher each = item.matcher(answer.body());
            while (each.find()) {
                ids.add(each.group(1));
            }
            Matcher next = PORTAL_NEXT.matcher(answer.body());
            return new PageRead(ids, next.find()
                    ? (next.group(1) != null ? next.group(1) : next.group(2)).replace("&amp;", "&") : null);
        });
    }

    private interface PageReader {
        PageRead read(HttpResponse<String> answer) throws Exception;
    }

    private Walk walk(String first, String token, PageReader reader) throws Exception {
        Set<String> seen = new HashSet<>();
        int pages = 0;
        int items = 0;
        long slowest = 0;
        long start = System.nanoTime();
        String page = first;
        while (page != null) {
            long asked = System.nanoTime();
            HttpResponse<String> answer = get(page, token);
            slowest = Math.max(slowest, (System.nanoTime() - asked) / 1_000_000);
            PageRead read = reader.read(answer);
            pages++;
            items += read.ids().size();
            seen.addAll(read.ids());
            page = read.next();
        }
        return new Walk(pages, items, seen.size(), slowest, (System.nanoTime() - start) / 1_000_000);
    }

    private void send(String path, String token) throws Exception {
        get(path, token);
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(stack.gateway() + path))
                        .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path.replaceAll("cursor=[^&]*", "cursor=…") + " answered " + response.statusCode());
        }
        return response;
    }

    private void row(String what, String value) {
        figures.put(what, value);
        Bench.say(String.format("  %-110s %s", what, value));
    }
}
