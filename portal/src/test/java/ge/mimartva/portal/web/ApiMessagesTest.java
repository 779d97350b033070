package ge.mimartva.portal.web;

import ge.mimartva.portal.api.PlatformApi.FieldError;
import ge.mimartva.referral.api.OnlineElement;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The services' field messages become the form's fields and the portal's own message keys. */
class ApiMessagesTest {

    @Test
    void theServicesFieldsAndMessagesAreShownBesideTheFormsFields() throws IOException {
        var byField = ApiMessages.byField(List.of(
                new FieldError("child.firstName", "is required"),
                new FieldError("child.personalNumber", "must be the 11 digits of the Georgian personal number"),
                new FieldError("child.dateOfBirth", "or child.approximateAge is required"),
                new FieldError("concerns[0]", "has the wrong type or an unknown value"),
                new FieldError("concerns", "must name at least one concern"),
                new FieldError("allegedAbuser.relationToChild", "is required"),
                new FieldError("child.municipality", "is not a known municipality code")));

        assertThat(byField).containsEntry("firstName", "error.required")
                .containsEntry("personalNumber", "error.personalNumber")
                .containsEntry("dateOfBirth", "error.ageOrBirth")
                .containsEntry("concerns", "error.invalid")
                .containsEntry("abuserRelation", "error.required")
                .containsEntry("municipality", "error.municipality");
        Properties georgian = new Properties();
        try (var in = new InputStreamReader(getClass().getResourceAsStream("/messages.properties"), StandardCharsets.UTF_8)) {
            georgian.load(in);
        }
        assertThat(byField.values()).allSatisfy(k -> assertThat(georgian).containsKey(k));
    }

    @Test
    void theOnlineElementsRefusalsAreShownBesideItsQuestions() {
        assertThat(ApiMessages.byField(List.of(new FieldError("onlineElement.kinds", "must name at least one kind"),
                new FieldError("onlineElement.references[3]", OnlineElement.REFERENCE_MESSAGE),
                new FieldError("onlineElement.platform", "must be at most 100 characters"))))
                .containsEntry("onlineKinds", "error.onlineKinds")
                .containsEntry("onlineReferences", "error.onlineReference")
                .containsEntry("onlinePlatform", "error.tooLong");
        assertThat(ApiMessages.byField(List.of(new FieldError("onlineElement.references", "must be at most 10 references"))))
                .containsEntry("onlineReferences", "error.onlineReferences");
    }

    @Test
    void aPartysFieldsAreTheFormsFieldsNamedAfterTheParty() {
        assertThat(ApiMessages.byField(List.of(new FieldError("victim.firstName", "is required"),
                new FieldError("perpetrator.lastName", "is required"),
                new FieldError("abuser.personalNumber", "must be the 11 digits of the Georgian personal number"),
                new FieldError("matters", "must name at least one prohibited matter"))))
                .containsEntry("victimFirstName", "error.required")
                .containsEntry("perpetratorLastName", "error.required")
                .containsEntry("abuserPersonalNumber", "error.personalNumber")
                .containsKey("matters");
    }

    @Test
    void anApplicantsFieldsAreTheVictimsFieldsOfTheApplicationForm() {
        assertThat(ApiMessages.byField(List.of(new FieldError("applicant.firstName", "is required"),
                new FieldError("applicant.municipality", "must be a known municipality code (where the victim lives)"))))
                .containsEntry("victimFirstName", "error.required")
                .containsKey("victimMunicipality");
    }
}
