package ge.mimartva.portal.web;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CaseActionsControllerTest {

    @Test
    void theChildsInterviewIsSentAtTheGeorgianMomentTypedWithWhoWasPresentAndWhoGetsTheReport() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("expectedVersion", "7");
        form.add("interviewedAt", "2026-11-20T10:30");
        form.addAll("attendees", List.of("SOCIAL_WORKER", "PSYCHOLOGIST"));
        form.add("protocolSharedWith", "LAWYER");

        assertThat(CaseActionsController.body("interviews", form))
                .containsEntry("expectedVersion", 7L)
                .containsEntry("interviewedAt", "2026-11-20T06:30:00Z")
                .containsEntry("attendees", List.of("SOCIAL_WORKER", "PSYCHOLOGIST"))
                .containsEntry("protocolSharedWith", List.of("LAWYER"));
    }

    @Test
    void aMomentThatIsNoMomentIsSentAsTypedForTheServiceToNameTheField() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("interviewedAt", "yesterday");

        assertThat(CaseActionsController.body("interviews", form)).containsEntry("interviewedAt", "yesterday")
                .containsEntry("attendees", List.of());
    }

    @Test
    void theRepresentativeIsSentWithBothAnswersAboutThem() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("expectedVersion", "3");
        form.add("representative", "NON_ABUSIVE_PARENT");
        form.add("allegedAbuser", "false");
        form.add("conflictOfInterest", "true");

        assertThat(CaseActionsController.body("representative", form))
                .containsEntry("representative", "NON_ABUSIVE_PARENT")
                .containsEntry("allegedAbuser", false)
                .containsEntry("conflictOfInterest", true);
    }
}
