package ge.mimartva.platform.web;

import java.io.IOException;

/** A request body grew past {@link RequestLimits#maxBodySize()} while it was read (a body sent without its length). */
public class RequestBodyTooLargeException extends IOException {

    public RequestBodyTooLargeException(long limit) {
        super("request body over the limit of " + limit + " bytes");
    }
}
