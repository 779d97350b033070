package ge.mimartva.platform.privacy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the component naming the record an event belongs to (a referral's id). In the event that names the record's
 * {@link DataSubjectId} too, the record is linked to its subject; in the record's later events, which do not repeat the
 * subject, their {@link PersonalData} is sealed with that subject's key.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface DataSubjectRecord {
}
