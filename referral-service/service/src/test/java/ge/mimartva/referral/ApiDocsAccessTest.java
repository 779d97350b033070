package ge.mimartva.referral;

import ge.mimartva.testsupport.NeedsTestStack;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Outside a demo stack, the API's description is for authenticated callers only. */
@NeedsTestStack("referral-api-docs")
@SpringBootTest(properties = "mimartva.security.public-api-docs=false")
@AutoConfigureMockMvc
class ApiDocsAccessTest {

    @Autowired MockMvc mvc;

    @Test
    void theOpenApiDocumentNeedsAToken() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
        mvc.perform(get("/v3/api-docs").with(ReferralServiceIntegrationTest.VAKE_REPORTER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/referrals']").exists());
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
    }
}
