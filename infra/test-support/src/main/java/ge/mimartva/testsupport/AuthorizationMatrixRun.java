package ge.mimartva.testsupport;

import ge.mimartva.testsupport.AuthorizationMatrix.Caller;
import ge.mimartva.testsupport.AuthorizationMatrix.Case;
import org.junit.jupiter.api.DynamicTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Runs one service's rows of the {@link AuthorizationMatrix} against the service (MockMvc, tokens with each caller's
 * claims), one dynamic test per endpoint. A path's {@code {placeholder}} is the fixture record the service's test made
 * for that caller. A path ending {@code #{placeholder}} is a list: the record listed counts as passing, the record
 * missing from the list as 404. Every refusal must be problem+json and name none of the fixtures' personal data
 * (or other values the service's test names as not to be told).
 */
public final class AuthorizationMatrixRun {

    /** The id of the fixture record a placeholder stands for, for a caller of this role. */
    @FunctionalInterface
    public interface Fixtures {
        String idOf(String placeholder, Caller caller);
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z-]+)}");

    private AuthorizationMatrixRun() {
    }

    public static RequestPostProcessor token(String role, String body, String bodyType, String territory) {
        return TestTokens.token("matrix." + role, role, body, bodyType, territory);
    }

    public static RequestPostProcessor ownToken(Caller caller) {
        return token(caller.role(), caller.ownBody(), caller.bodyType(), AuthorizationMatrix.OWN_TERRITORY);
    }

    public static Stream<DynamicTest> rows(MockMvc mvc, String service, Fixtures fixtures, String... personalData) {
        return AuthorizationMatrix.load().rowsOf(service).entrySet().stream()
                .map(row -> DynamicTest.dynamicTest(row.getKey(), () -> {
                    List<Integer> answers = new ArrayList<>();
                    for (Case c : row.getValue()) {
                        answers.add(answer(mvc, c, fixtures, personalData));
                    }
                    assertThat(AuthorizationMatrix.mismatches(row.getValue(), answers)).as(row.getKey()).isEmpty();
                }));
    }

    private static int answer(MockMvc mvc, Case c, Fixtures fixtures, String... personalData) throws Exception {
        String[] pathAndListed = c.path().split("#", 2);
        String path = resolve(pathAndListed[0], c.caller(), fixtures);
        MockHttpServletRequestBuilder request = switch (c.method()) {
            case "GET" -> get(path);
            case "DELETE" -> delete(path);
            default -> post(path).contentType(MediaType.APPLICATION_JSON).content("{}");
        };
        MockHttpServletResponse response = mvc.perform(request.with(token(c.caller().role(), c.body(),
                c.caller().bodyType(), c.territory()))).andReturn().getResponse();
        if (response.getStatus() >= 400) {
            assertThat(response.getContentType()).as(c.toString()).isEqualTo("application/problem+json");
            assertThat(response.getContentAsString()).as(c.toString()).doesNotContain(personalData);
        }
        if (pathAndListed.length == 2 && response.getStatus() == c.passes()) {
            String listed = resolve(pathAndListed[1], c.caller(), fixtures);
            return response.getContentAsString().contains(listed) ? c.passes() : 404;
        }
        return response.getStatus();
    }

    private static String resolve(String template, Caller caller, Fixtures fixtures) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder resolved = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(resolved, fixtures.idOf(m.group(1), caller));
        }
        return m.appendTail(resolved).toString();
    }
}
