package ge.mimartva.portal.web;

/** A choice of a select: its value and its label in the reader's language. */
public record Choice(String value, String label) {
}
