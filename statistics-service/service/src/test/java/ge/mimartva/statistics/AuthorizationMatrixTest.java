package ge.mimartva.statistics;

import ge.mimartva.testsupport.AuthorizationMatrixRun;
import ge.mimartva.testsupport.NeedsTestStack;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

import java.util.stream.Stream;

/** statistics-service against the platform's authorization matrix ({@code authorization-matrix.txt}). */
@NeedsTestStack("statistics")
@SpringBootTest
@AutoConfigureMockMvc
class AuthorizationMatrixTest {

    @Autowired MockMvc mvc;

    @TestFactory
    Stream<DynamicTest> everyEndpointEveryRoleEveryStanding() {
        // No figure names a child: a refusal has nothing to tell, and must not name one either.
        return AuthorizationMatrixRun.rows(mvc, "statistics-service", (placeholder, caller) -> placeholder, "ნინო");
    }
}
