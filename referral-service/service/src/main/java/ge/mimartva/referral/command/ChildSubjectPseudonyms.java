package ge.mimartva.referral.command;

import ge.mimartva.platform.pseudonym.SubjectPseudonyms;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * A child's pseudonymous subject id, shared with other services instead of the personal number (see
 * {@link SubjectPseudonyms}). A child without a known personal number gets a fresh random subject.
 */
@Component
public class ChildSubjectPseudonyms {

    private final SubjectPseudonyms pseudonyms;

    public ChildSubjectPseudonyms(SubjectPseudonyms pseudonyms) {
        this.pseudonyms = pseudonyms;
    }

    public String subjectOf(Child child) {
        return child.personalNumber() == null ? UUID.randomUUID().toString() : pseudonyms.of(child.personalNumber());
    }
}
