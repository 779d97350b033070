package ge.mimartva.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static ge.mimartva.acceptance.Platform.fileReferral;
import static ge.mimartva.acceptance.Platform.gateway;
import static ge.mimartva.acceptance.Platform.get;
import static ge.mimartva.acceptance.Platform.post;
import static ge.mimartva.acceptance.Platform.referral;
import static ge.mimartva.acceptance.Platform.storedEvents;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** What the platform refuses, through the gateway: bad input, no token, someone else's record, the wrong role. */
@Order(4)
class RefusalsAcceptanceTest {

    static final String VALID = referral(true);

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("an empty body", "", "body"),
                Arguments.of("malformed JSON", "{\"reportingBody\": \"SCH-TBILISI", "body"),
                Arguments.of("no child", VALID.replaceFirst("\"child\":\\{[^}]*},", ""), "child"),
                Arguments.of("a 10-digit personal number", VALID.replace("01017012345", "0101701234"), "child.personalNumber"),
                Arguments.of("an unknown municipality", VALID.replace("TBILISI-VAKE", "TBILISI-ATLANTIS"), "child.municipality"),
                Arguments.of("an unknown concern", VALID.replace("\"PSYCHOLOGICAL\"", "\"RUDENESS\""), "concerns[1]"),
                Arguments.of("a description over the limit", VALID.replaceFirst("\"description\":\"[^\"]*\"",
                        "\"description\":\"" + "ა".repeat(4001) + "\""), "description"),
                Arguments.of("a string for a boolean", VALID.replace("\"immediateDanger\":true", "\"immediateDanger\":\"yes\""),
                        "immediateDanger"),
                Arguments.of("a number for a name", VALID.replace("\"ნინო\"", "7"), "child.firstName"),
                Arguments.of("an object for the concerns", VALID.replace("[\"PHYSICAL\",\"PSYCHOLOGICAL\"]", "{\"a\":1}"), "concerns"));
    }

    @ParameterizedTest(name = "{0}: 400 naming {2}, nothing recorded anywhere")
    @MethodSource("badInput")
    void badInputIsRefusedNamingTheFieldAndLeavesNoEventAndNoNotification(String why, String body, String field) {
        long referralEvents = storedEvents("referral");
        long notificationEvents = storedEvents("notification");
        int unitInbox = Platform.wholeInbox("sw.vake").size();

        Platform.Answer answer = post(gateway() + "/api/referrals", "school.vake", body);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(StreamSupport.stream(answer.json().get("errors").spliterator(), false)
                .map(e -> e.get("field").asText())).contains(field);
        assertThat(answer.json().get("title").asText()).isNotBlank();
        assertThat(answer.body()).doesNotContain("0101701234");
        await().pollDelay(Duration.ofMillis(300)).atMost(Duration.ofSeconds(1)).until(() -> true);
        assertThat(storedEvents("referral")).isEqualTo(referralEvents);
        assertThat(storedEvents("notification")).isEqualTo(notificationEvents);
        assertThat(Platform.wholeInbox("sw.vake")).hasSize(unitInbox);
    }

    @Test
    void withoutATokenTheAnswerIs401() {
        Platform.Answer answer = post(gateway() + "/api/referrals", null, VALID);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(get(gateway() + "/api/notifications", null).status()).isEqualTo(401);
    }

    @Test
    void aTokenWhoseSignatureDoesNotVerifyIsRefused() {
        String[] parts = Platform.token("school.vake").split("\\.");
        String forgedClaims = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1])).replace("SCH-TBILISI-VAKE-051", "SCH-BATUMI-007").getBytes());
        Platform.Answer answer = Platform.send(HttpRequest.newBuilder(URI.create(gateway() + "/api/notifications"))
                .header("Authorization", "Bearer " + parts[0] + "." + forgedClaims + "." + parts[2]).GET().build());

        assertThat(answer.status()).isEqualTo(401);
    }

    @Test
    void aReporterOfAnotherSchoolCannotReadTheReferral() {
        String referralId = fileReferral(false);
        await().atMost(Duration.ofSeconds(5)).until(() -> get(gateway() + "/api/referrals/" + referralId, "school.vake").status() == 200);

        Platform.Answer otherSchool = get(gateway() + "/api/referrals/" + referralId, "school.batumi");
        Platform.Answer otherUnit = get(gateway() + "/api/referrals/" + referralId, "sw.batumi");
        Platform.Answer missing = get(gateway() + "/api/referrals/00000000-0000-0000-0000-000000000000", "school.batumi");

        assertThat(otherSchool.status()).isEqualTo(404);
        assertThat(otherUnit.status()).isEqualTo(404);
        assertThat(otherSchool.body()).isEqualTo(missing.body().replace("00000000-0000-0000-0000-000000000000", referralId));
        assertThat(get(gateway() + "/api/referrals/" + referralId, "sw.vake").status()).isEqualTo(200);
    }

    @Test
    void aRoleThatMayNotFileReferralsGets403() {
        long before = storedEvents("referral");

        Platform.Answer vig = post(gateway() + "/api/referrals", "vig.member", VALID);
        Platform.Answer penitentiary = post(gateway() + "/api/referrals", "penitentiary.officer", VALID);

        assertThat(vig.status()).isEqualTo(403);
        assertThat(penitentiary.status()).isEqualTo(403);
        assertThat(vig.contentType()).startsWith("application/problem+json");
        assertThat(storedEvents("referral")).isEqualTo(before);
    }

    @Test
    void aReporterMayFileOnlyForTheirOwnInstitution() {
        Platform.Answer answer = post(gateway() + "/api/referrals", "school.batumi", VALID);

        assertThat(answer.status()).isEqualTo(403);
    }

    @Test
    void theOpenApiDocumentsOfEveryServiceAreServedByTheGateway() {
        for (String service : new String[]{"referral-service", "notification-service", "victim-status-service"}) {
            Platform.Answer answer = get(gateway() + "/openapi/" + service, null);
            assertThat(answer.status()).as(service).isEqualTo(200);
            JsonNode paths = answer.json().get("paths");
            assertThat(paths.size()).as(service).isPositive();
        }
        assertThat(get(gateway() + "/openapi/referral-service", null).json().get("paths").has("/api/referrals")).isTrue();
    }

    /** A service listens on loopback only: from any other address of the host its port answers nothing. */
    @Test
    void theServicesCannotBeReachedPastTheGateway() throws Exception {
        List<InetAddress> external = new ArrayList<>();
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (network.isUp() && !network.isLoopback()) {
                Collections.list(network.getInetAddresses()).stream().filter(Inet4Address.class::isInstance)
                        .forEach(external::add);
            }
        }
        assumeFalse(external.isEmpty(), "the host has no address but loopback");
        for (String service : new String[]{"referral-service", "notification-service", "victim-status-service"}) {
            int port = URI.create(Platform.service(service)).getPort();
            try (Socket socket = new Socket()) {
                assertThatThrownBy(() -> socket.connect(new InetSocketAddress(external.get(0), port), 2000))
                        .as(service).isInstanceOf(IOException.class);
            }
        }
    }
}
