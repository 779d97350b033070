package ge.mimartva.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The platform's authorization matrix ({@code authorization-matrix.txt}): for every endpoint of every service, what
 * each role gets as the record's own body or another, in the record's own territory or another. Each service's
 * matrix test turns every cell into a request with a token of that caller, and asserts the answer.
 */
public final class AuthorizationMatrix {

    /** What a caller gets: past every access check ({@code PASSES}: the row's answer), 403, or 404 (as if missing). */
    public enum Outcome {
        PASSES, FORBIDDEN, NOT_FOUND;

        static Outcome of(char letter) {
            return switch (letter) {
                case 'P' -> PASSES;
                case 'F' -> FORBIDDEN;
                case 'N' -> NOT_FOUND;
                default -> throw new IllegalArgumentException("unknown outcome " + letter);
            };
        }
    }

    /** A role as the matrix's callers have it: the body they act for when the record is theirs, and another. */
    public record Caller(String role, String ownBody, String otherBody, String bodyType) {
    }

    /** The four ways a caller of a role can stand to a record. */
    public enum Standing {
        OWN_BODY_OWN_TERRITORY(true, true), OWN_BODY_OTHER_TERRITORY(true, false),
        OTHER_BODY_OWN_TERRITORY(false, true), OTHER_BODY_OTHER_TERRITORY(false, false);

        public final boolean ownBody;
        public final boolean ownTerritory;

        Standing(boolean ownBody, boolean ownTerritory) {
            this.ownBody = ownBody;
            this.ownTerritory = ownTerritory;
        }
    }

    /** One cell: a request to an endpoint by a caller in one standing, and the answer it must get. */
    public record Case(String service, String method, String path, int passes, Caller caller, Standing standing,
                       Outcome expected) {

        public String body() {
            return standing.ownBody ? caller.ownBody() : caller.otherBody();
        }

        public String territory() {
            return standing.ownTerritory ? OWN_TERRITORY : OTHER_TERRITORY;
        }

        public int expectedStatus() {
            return switch (expected) {
                case PASSES -> passes;
                case FORBIDDEN -> 403;
                case NOT_FOUND -> 404;
            };
        }

        @Override
        public String toString() {
            return method + " " + path + " by " + caller.role() + " (" + standing.name().toLowerCase().replace('_', ' ')
                    + ") answers " + expectedStatus();
        }
    }

    public static final String OWN_TERRITORY = "TBILISI-VAKE";
    public static final String OTHER_TERRITORY = "BATUMI";

    private final Map<String, Caller> callers;
    private final List<Case> cases;

    private AuthorizationMatrix(Map<String, Caller> callers, List<Case> cases) {
        this.callers = callers;
        this.cases = cases;
    }

    public static AuthorizationMatrix load() {
        try (InputStream in = AuthorizationMatrix.class.getResourceAsStream("/authorization-matrix.txt")) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, Caller> callers = new LinkedHashMap<>();
            List<String> columns = new ArrayList<>();
            List<Case> cases = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\\s+");
                if (f[0].equals("caller")) {
                    callers.put(f[1], new Caller(f[2], f[3], f[4], f[5]));
                } else if (f[0].equals("service")) {
                    columns = List.of(f).subList(4, f.length);
                } else {
                    if (f.length != 4 + columns.size()) {
                        throw new IllegalStateException("authorization-matrix.txt: wrong number of cells in: " + line);
                    }
                    for (int c = 0; c < columns.size(); c++) {
                        String cell = f[4 + c];
                        Caller caller = callers.get(columns.get(c));
                        for (Standing standing : Standing.values()) {
                            cases.add(new Case(f[0], f[1], f[2], Integer.parseInt(f[3]), caller, standing,
                                    Outcome.of(cell.charAt(standing.ordinal()))));
                        }
                    }
                }
            }
            return new AuthorizationMatrix(callers, cases);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every cell of one service's endpoints. */
    public List<Case> casesOf(String service) {
        return cases.stream().filter(c -> c.service().equals(service)).toList();
    }

    /** The cells of one service, row by row (an endpoint: every role, every standing). */
    public Map<String, List<Case>> rowsOf(String service) {
        Map<String, List<Case>> rows = new LinkedHashMap<>();
        casesOf(service).forEach(c -> rows.computeIfAbsent(c.method() + " " + c.path(), k -> new ArrayList<>()).add(c));
        return rows;
    }

    /**
     * Checks one row against what the callers got ({@code answers}: the status each case got, in the row's order).
     * Answers what differs, as the row the matrix would need to hold (empty when the row holds).
     */
    public static String mismatches(List<Case> row, List<Integer> answers) {
        StringBuilder observed = new StringBuilder();
        boolean differs = false;
        for (int i = 0; i < row.size(); i++) {
            Case c = row.get(i);
            int status = answers.get(i);
            differs |= status != c.expectedStatus();
            if (c.standing().ordinal() == 0) {
                observed.append(' ').append(c.caller().role()).append('=');
            }
            observed.append(status == c.passes() ? 'P' : status == 403 ? 'F' : status == 404 ? 'N' : '?');
            if (status != c.passes() && status != 403 && status != 404) {
                observed.append('(').append(status).append(')');
            }
        }
        return differs ? "observed:" + observed : "";
    }

    public Caller caller(String abbreviation) {
        return callers.get(abbreviation);
    }
}
