package ge.mimartva.platform.privacy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a component of an event (or of a record inside an event) as a person's personal data: in the event store it
 * is sealed with the key of its data subject (see {@link PersonalDataSeal}), and once that key is erased it reads as
 * absent ({@code null}). Only reference types may carry it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface PersonalData {
}
