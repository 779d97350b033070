package ge.mimartva.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import ge.mimartva.platform.messages.MessageContext;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublishedEventRoutesTest {

    record SomethingHappenedV1(String what) {
        public static final String TYPE = "SomethingHappened";
        public static final int VERSION = 1;
    }

    record SomethingHappenedV2(String what, int howOften) {
        public static final String TYPE = "SomethingHappened";
        public static final int VERSION = 2;
    }

    record NotPublished(String what) {
    }

    private final ObjectMapper json = new ObjectMapper();

    private ReceivedIntegrationEvent event(String source, String type, int version, String payload) throws Exception {
        return new ReceivedIntegrationEvent("e-1", source, type, version, Instant.parse("2026-11-26T10:00:00Z"),
                MessageContext.from(java.util.Map.of()), json.readTree(payload), json);
    }

    @Test
    void anEventReachesTheHandlerOfItsRecordReadIntoIt() throws Exception {
        PublishedEventRoutes<String> routes = new PublishedEventRoutes<String>()
                .on("referral", SomethingHappenedV1.class, e -> "v1 " + e.what())
                .on("referral", SomethingHappenedV2.class, (e, event) -> "v2 " + e.what() + " x" + e.howOften()
                        + " " + event.eventId());

        assertThat(routes.route(event("referral", "SomethingHappened", 1, "{\"what\":\"filed\"}"))).contains("v1 filed");
        assertThat(routes.route(event("referral", "SomethingHappened", 2, "{\"what\":\"filed\",\"howOften\":3}")))
                .contains("v2 filed x3 e-1");
    }

    @Test
    void anEventNoHandlerTakesIsAnsweredEmpty() throws Exception {
        PublishedEventRoutes<String> routes = new PublishedEventRoutes<String>()
                .on("referral", SomethingHappenedV1.class, SomethingHappenedV1::what);

        assertThat(routes.route(event("victim-status", "SomethingHappened", 1, "{\"what\":\"x\"}"))).isEmpty();
        assertThat(routes.route(event("referral", "SomethingHappened", 3, "{\"what\":\"x\"}"))).isEmpty();
        assertThat(routes.route(event("referral", "OtherThing", 1, "{}"))).isEmpty();
    }

    @Test
    void aRecordIsHandledOnceAndOnlyAPublishedRecordIsHandled() {
        PublishedEventRoutes<String> routes = new PublishedEventRoutes<String>()
                .on("referral", SomethingHappenedV1.class, SomethingHappenedV1::what);

        assertThatThrownBy(() -> routes.on("referral", SomethingHappenedV1.class, e -> "again"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> routes.on("referral", NotPublished.class, NotPublished::what))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TYPE and VERSION");
    }

    @Test
    void aPayloadThatDoesNotMatchItsRecordIsUnprocessable() throws Exception {
        PublishedEventRoutes<String> routes = new PublishedEventRoutes<String>()
                .on("referral", SomethingHappenedV2.class, SomethingHappenedV2::what);

        assertThatThrownBy(() -> routes.route(event("referral", "SomethingHappened", 2, "{\"howOften\":\"often\"}")))
                .isInstanceOf(UnprocessableIntegrationEvent.class);
    }
}
