package ge.mimartva.portal.web;

import ge.mimartva.reference.GeorgianTime;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A form's answers as an API request's fields, as typed: a field left empty is left out (so the service names it when
 * it is required), text is trimmed, a yes/no answer is a boolean.
 */
final class RequestBodies {

    private RequestBodies() {
    }

    static void text(Map<String, Object> request, String key, String value) {
        if (value != null && !value.isBlank()) {
            request.put(key, value.strip());
        }
    }

    static void yesNo(Map<String, Object> request, String key, String value) {
        if (value != null && !value.isBlank()) {
            request.put(key, Boolean.valueOf(value));
        }
    }

    /**
     * A moment typed in a form as a Georgian date and time (a {@code datetime-local} field), as the instant it was; a
     * value that is no such moment is sent as typed, for the service to name the field.
     */
    static void georgianDateTime(Map<String, Object> request, String key, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        try {
            request.put(key, LocalDateTime.parse(value.strip()).atZone(GeorgianTime.ZONE).toInstant().toString());
        } catch (DateTimeParseException notAMoment) {
            request.put(key, value.strip());
        }
    }

    /** L 10(3¹)(c¹): a party's name, surname, date of birth and personal number, or why some are unknown. */
    static Map<String, Object> person(String firstName, String lastName, String personalNumber, String dateOfBirth,
                                      String municipality, String unknownDetailsBecause) {
        Map<String, Object> person = new LinkedHashMap<>();
        text(person, "firstName", firstName);
        text(person, "lastName", lastName);
        text(person, "personalNumber", personalNumber);
        text(person, "dateOfBirth", dateOfBirth);
        text(person, "municipality", municipality);
        text(person, "unknownDetailsBecause", unknownDetailsBecause);
        return person;
    }
}
