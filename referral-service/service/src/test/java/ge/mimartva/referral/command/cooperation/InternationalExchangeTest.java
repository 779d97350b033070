package ge.mimartva.referral.command.cooperation;

import ge.mimartva.platform.rules.RuleViolationException;
import ge.mimartva.referral.api.InternationalExchanges.Channel;
import ge.mimartva.referral.api.InternationalExchanges.IcseContribution;
import ge.mimartva.referral.command.cooperation.InternationalExchange.InternationalExchangeRecorded;
import ge.mimartva.referral.command.cooperation.InternationalExchange.RecordInternationalExchange;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

/** What the division sent abroad (Lanzarote answers, Q13.2(b)): recorded with the ICSE question answered for INTERPOL. */
class InternationalExchangeTest {

    static final String ID = "9a1f0c2e-0d1b-4f3a-8c7e-6b5a4d3c2b1a";
    static final String HASH = "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08";
    static final Instant AT = Instant.parse("2026-11-26T09:00:00Z");

    private AggregateTestFixture<InternationalExchange> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(InternationalExchange.class);
    }

    static RecordInternationalExchange exchange(Channel channel, IcseContribution icse, String reason) {
        return new RecordInternationalExchange(ID, null, null, channel, "INTERPOL-NCB-TBILISI",
                "the images' hashes and the platform account, for victim identification", HASH, icse, reason, "officer-1", AT);
    }

    @Test
    void aContributionToIcseThroughInterpolIsRecordedWithTheMaterialsHashOnly() {
        fixture.givenNoPriorActivity()
                .when(exchange(Channel.INTERPOL, IcseContribution.CONTRIBUTED, null))
                .expectEvents(new InternationalExchangeRecorded(ID, null, null, Channel.INTERPOL, "INTERPOL-NCB-TBILISI",
                        "the images' hashes and the platform account, for victim identification", HASH.toLowerCase(),
                        IcseContribution.CONTRIBUTED, null, "officer-1", AT));
    }

    @Test
    void throughInterpolTheIcseQuestionIsAnsweredAndANoSaysWhy() {
        fixture.givenNoPriorActivity().when(exchange(Channel.INTERPOL, null, null))
                .expectException(RuleViolationException.class).expectNoEvents();
        fixture.givenNoPriorActivity().when(exchange(Channel.INTERPOL, IcseContribution.NOT_CONTRIBUTED, " "))
                .expectException(RuleViolationException.class).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(exchange(Channel.INTERPOL, IcseContribution.NOT_CONTRIBUTED, "the victim is already identified"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void onlyAnExchangeThroughInterpolSaysAnythingOfIcse() {
        fixture.givenNoPriorActivity().when(exchange(Channel.EUROPOL, IcseContribution.CONTRIBUTED, null))
                .expectException(RuleViolationException.class).expectNoEvents();
        fixture.givenNoPriorActivity().when(exchange(Channel.EUROPOL, null, null)).expectSuccessfulHandlerExecution();
    }
}
