package ge.mimartva.platform.privacy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the component naming the data subject whose key seals the {@link PersonalData} of this record and of the
 * records inside it (a referral's {@code childSubjectId}, for the child's fields and the description).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface DataSubjectId {
}
