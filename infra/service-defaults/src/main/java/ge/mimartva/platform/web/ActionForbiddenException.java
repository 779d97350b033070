package ge.mimartva.platform.web;

/** The caller's role or body may not take this action (403). The message must not carry personal data. */
public class ActionForbiddenException extends RuntimeException {

    public ActionForbiddenException(String reason) {
        super(reason);
    }
}
