package ge.mimartva.platform.web;

import org.junit.jupiter.api.Test;

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
}
