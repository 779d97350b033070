package ge.mimartva.platform.web;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionSystemException;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemDetailsAdviceTest {

    @Test
    void anUnexpectedErrorIsLoggedWithoutItsMessagesWhichMayQuotePersonalData() {
        Exception failure = new IllegalStateException("could not store ნინო ბერიძე",
                new SQLException("Key (personal_number)=(01001012345) already exists"));

        String logged = ProblemDetailsAdvice.redacted(failure);

        assertThat(logged).contains("java.lang.IllegalStateException", "caused by java.sql.SQLException", "\tat ");
        assertThat(logged).doesNotContain("ნინო", "01001012345");
    }

    @Test
    void aDatabaseThatCannotBeReachedIsA503ToRetryNotA500() {
        Exception restarting = new IllegalStateException("command failed",
                new SQLException("terminating connection due to administrator command", "57P01"));

        var answer = new ProblemDetailsAdvice().unexpected(restarting);

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("1");
        assertThat(answer.getBody().getType().toString()).isEqualTo("urn:mimartva:problem:service-busy");
    }

    @Test
    void aCommitWhoseConnectionWasLostIsA503ToSendAgainWithTheSameKey() {
        Exception commitLost = new IllegalStateException("command failed", new TransactionSystemException(
                "Could not roll back JDBC transaction", new SQLException("Connection is closed")));

        var answer = new ProblemDetailsAdvice().unexpected(commitLost);

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("1");
        assertThat(answer.getBody().getType().toString()).isEqualTo("urn:mimartva:problem:service-busy");
        assertThat(answer.getBody().getDetail()).contains("same Idempotency-Key");
    }

    @Test
    void anyOtherFailureIsA500WithAnIncidentToQuote() {
        var answer = new ProblemDetailsAdvice().unexpected(new IllegalStateException("a bug"));

        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertThat(answer.getBody().getDetail()).contains("incident");
    }
}
