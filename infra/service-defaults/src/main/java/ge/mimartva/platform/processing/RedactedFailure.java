package ge.mimartva.platform.processing;

/**
 * A failure as it may be stored and shown: the types of the exception and its causes, and where the first was thrown
 * in our code, without any message (messages can quote the event, and with it a child's personal data).
 */
public class RedactedFailure extends RuntimeException {

    public RedactedFailure(Throwable failure) {
        super(describe(failure), null, false, false);
    }

    static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            text.append(text.isEmpty() ? "" : " <- ").append(t.getClass().getName());
        }
        for (StackTraceElement frame : failure.getStackTrace()) {
            if (frame.getClassName().startsWith("ge.mimartva.")) {
                text.append(" at ").append(frame.getClassName()).append('.').append(frame.getMethodName())
                        .append(':').append(frame.getLineNumber());
                break;
            }
        }
        return text.length() > 1000 ? text.substring(0, 1000) : text.toString();
    }
}
