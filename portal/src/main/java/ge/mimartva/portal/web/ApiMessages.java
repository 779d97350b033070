package ge.mimartva.portal.web;

import ge.mimartva.portal.api.PlatformApi;
import ge.mimartva.referral.api.OnlineElement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The services name each rejected field with an English message; the portal shows it next to the field in the
 * reader's language, by the message's key ({@code error.*} in the message bundles).
 */
final class ApiMessages {

    private ApiMessages() {
    }

    /** Each rejected field (as the form names it) and the message key to show beside it. */
    static Map<String, String> byField(List<PlatformApi.FieldError> errors) {
        Map<String, String> byField = new LinkedHashMap<>();
        errors.forEach(e -> byField.putIfAbsent(formField(e.field()), keyOf(e.message())));
        return byField;
    }

    /**
     * {@code child.firstName} is the referral form's {@code firstName}, {@code concerns[0]} its {@code concerns}; an
     * order's {@code victim.firstName} its form's {@code victimFirstName}, as is an application's
     * {@code applicant.firstName} (the applicant is the victim), ...
     */
    static String formField(String apiField) {
        String field = apiField.replaceAll("\\[\\d+]", "");
        return switch (field) {
            case "allegedAbuser.relationToChild" -> "abuserRelation";
            case "allegedAbuser.accessToWeapons" -> "abuserWeapons";
            case "onlineElement.kinds" -> "onlineKinds";
            case "onlineElement.platform" -> "onlinePlatform";
            case "onlineElement.references" -> "onlineReferences";
            default -> field.startsWith("child.") ? field.substring("child.".length())
                    : field.startsWith("applicant.") ? party("victim" + field.substring("applicant".length()))
                    : field.startsWith("victim.") || field.startsWith("abuser.") || field.startsWith("perpetrator.")
                    ? party(field) : field;
        };
    }

    private static String party(String field) {
        int dot = field.indexOf('.');
        return field.substring(0, dot) + Character.toUpperCase(field.charAt(dot + 1)) + field.substring(dot + 2);
    }

    static String keyOf(String message) {
        if (message == null) {
            return "error.invalid";
        }
        if (message.startsWith("is required") || message.equals("must not be null") || message.endsWith("is missing or empty")) {
            return "error.required";
        }
        if (message.startsWith("or child.approximateAge")) {
            return "error.ageOrBirth";
        }
        if (message.startsWith("must be the 11 digits")) {
            return "error.personalNumber";
        }
        if (message.startsWith("must not be in the future")) {
            return "error.future";
        }
        if (message.equals(OnlineElement.REFERENCE_MESSAGE)) {
            return "error.onlineReference";
        }
        if (message.endsWith(" references")) {
            return "error.onlineReferences";
        }
        if (message.startsWith("must be at most")) {
            return "error.tooLong";
        }
        if (message.startsWith("must name at least one kind")) {
            return "error.onlineKinds";
        }
        if (message.startsWith("must be between")) {
            return "error.age";
        }
        if (message.startsWith("must name at least one concern")) {
            return "error.concerns";
        }
        if (message.contains("municipality")) {
            return "error.municipality";
        }
        return "error.invalid";
    }
}
