package ge.mimartva.platform.web;

import ge.mimartva.http.ProblemType;
import ge.mimartva.platform.rules.RuleViolationException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import ge.mimartva.platform.axon.EventTooLargeException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Every error answers RFC 9457 {@code application/problem+json}. Validation errors list each offending field in
 * {@code errors}. No message of a parser or of the framework is passed through: those quote the rejected input,
 * which may be a child's name or personal number.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemDetailsAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    /** One rejected field: its path in the request ({@code child.personalNumber}, {@code concerns[0]}) and why. */
    public record FieldProblem(String field, String message) {
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e) {
        List<FieldProblem> errors = new ArrayList<>();
        e.getBindingResult().getFieldErrors().forEach(f -> errors.add(new FieldProblem(f.getField(), f.getDefaultMessage())));
        e.getBindingResult().getGlobalErrors().forEach(g -> errors.add(new FieldProblem(g.getObjectName(), g.getDefaultMessage())));
        return validation(errors);
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ProblemDetail> invalidRequest(InvalidRequestException e) {
        return validation(e.problems());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof RequestBodyTooLargeException) {
                return bodyTooLarge();
            }
            if (t instanceof StreamConstraintsException) {
                // Jackson's own bounds: nesting deeper than it reads, a number or a name longer than it reads.
                return validation(List.of(new FieldProblem("body", "is nested too deeply or holds a value too long")));
            }
            if (t instanceof JsonParseException) {
                // A syntax error (Jackson may wrap it with the path where it stopped): the body as a whole is broken.
                return validation(List.of(new FieldProblem("body", "is not well-formed JSON")));
            }
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return validation(List.of(new FieldProblem(path(unknown), "is not a field of this request")));
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return validation(List.of(new FieldProblem(path(mapping), "has the wrong type or an unknown value")));
        }
        return validation(List.of(new FieldProblem("body", "is missing or empty")));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException e) {
        return validation(List.of(new FieldProblem(e.getHeaderName(), "header is required")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badPathOrParameter(MethodArgumentTypeMismatchException e) {
        return validation(List.of(new FieldProblem(e.getName(), "has the wrong format")));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
        return problem(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Send the request as application/json.");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> methodNotAllowed(HttpRequestMethodNotSupportedException e) {
        return problem(ProblemType.METHOD_NOT_ALLOWED, "This method is not allowed on this resource.");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noSuchPath(NoResourceFoundException e) {
        return problem(ProblemType.NOT_FOUND, "There is no such resource.");
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(RecordNotFoundException e) {
        return problem(ProblemType.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(ActionForbiddenException.class)
    ResponseEntity<ProblemDetail> forbidden(ActionForbiddenException e) {
        return problem(ProblemType.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(QuotaExceededException.class)
    ResponseEntity<ProblemDetail> quotaExceeded(QuotaExceededException e) {
        return ResponseEntity.status(ProblemType.QUOTA_EXCEEDED.status()).contentType(PROBLEM_JSON)
                .header("Retry-After", String.valueOf(Math.max(1, e.renewsIn().toSeconds())))
                .body(detail(ProblemType.QUOTA_EXCEEDED, e.getMessage()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException e) {
        return problem(ProblemType.FORBIDDEN, "Your role does not allow this action.");
    }

    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<ProblemDetail> ruleViolated(RuleViolationException e) {
        return problem(ProblemType.RULE_VIOLATED, e.getMessage());
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ResponseEntity<ProblemDetail> idempotencyKeyReused(IdempotencyKeyReusedException e) {
        ResponseEntity<ProblemDetail> answer = problem(ProblemType.IDEMPOTENCY_KEY_REUSED, e.getMessage());
        answer.getBody().setProperty("errors", List.of(Map.of("field", RequestFingerprintFilter.IDEMPOTENCY_KEY,
                "message", "was used for a different request")));
        return answer;
    }

    /** The record changed since the caller saw it: the action would overwrite what they did not see. */
    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ResponseEntity<ProblemDetail> staleVersion(ConflictingAggregateVersionException e) {
        ResponseEntity<ProblemDetail> answer = problem(ProblemType.STALE_VERSION,
                "The record changed since you saw it. Reload it, check what changed, and try again.");
        answer.getBody().setProperty("currentVersion", e.getActualVersion());
        return answer;
    }

    /** A request whose outcome would be an event over the size limit: nothing was appended. */
    @ExceptionHandler(EventTooLargeException.class)
    ResponseEntity<ProblemDetail> eventTooLarge(EventTooLargeException e) {
        return problem(ProblemType.PAYLOAD_TOO_LARGE,
                "What this request would record is larger than the limit of " + e.limit() / 1024 + " KiB.");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        // Axon hands a command's failure back wrapped; what it wraps may be one of the answers above. A pooled
        // connection not had in time, or a database not reachable, is 503: the service is saturated, not broken.
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EventTooLargeException tooLarge) {
                return eventTooLarge(tooLarge);
            }
            if (isTemporary(t)) {
                return serviceBusy();
            }
            if (t instanceof TransactionSystemException) {
                return savedOrNot();
            }
        }
        String incident = UUID.randomUUID().toString();
        // Exception messages can quote personal data (a database error quotes the row it refused): the log gets only
        // the types and where they were thrown, under an incident id the caller can quote.
        log.error("Unexpected error, incident {}: {}", incident, redacted(e));
        return problem(ProblemType.INTERNAL_ERROR,
                "The request could not be completed. Quote incident " + incident + " to the platform's operators.");
    }

    /**
     * The database could not be reached or dropped the connection (a restart, a failover, an exhausted pool): the
     * request did not happen, and the same request (with the same Idempotency-Key) may be sent again.
     */
    private static boolean isTemporary(Throwable t) {
        if (t instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
            return true;   // connection exception; the server shutting down or restarting
        }
        return t instanceof SQLTransientException || t instanceof SQLRecoverableException
                || t instanceof CannotGetJdbcConnectionException || t instanceof CannotCreateTransactionException
                || t instanceof TransientDataAccessException || t instanceof DataAccessResourceFailureException;
    }

    /**
     * The connection was lost while the transaction committed (fault soak 15: PostgreSQL restarted during a filing's
     * commit; the filing was stored, and its reporter was told 500 and gave up). Whether it was saved is not known
     * here; the same request with the same Idempotency-Key is answered with what was saved, or saves it now.
     */
    private static ResponseEntity<ProblemDetail> savedOrNot() {
        return serviceBusy("The database was lost while this request was being saved, so whether it was is not known. "
                + "Send it again after " + ServiceCapacityFilter.RETRY_AFTER_SECONDS + " s; with the same Idempotency-Key "
                + "it is recorded once.");
    }

    private static ResponseEntity<ProblemDetail> bodyTooLarge() {
        return problem(ProblemType.PAYLOAD_TOO_LARGE, "The request body is larger than the limit.");
    }

    private static ResponseEntity<ProblemDetail> serviceBusy() {
        return serviceBusy("The service is at capacity; retry after " + ServiceCapacityFilter.RETRY_AFTER_SECONDS + " s.");
    }

    private static ResponseEntity<ProblemDetail> serviceBusy(String detail) {
        return ResponseEntity.status(ProblemType.SERVICE_BUSY.status()).header("Retry-After", ServiceCapacityFilter.RETRY_AFTER_SECONDS)
                .contentType(PROBLEM_JSON).body(detail(ProblemType.SERVICE_BUSY, detail));
    }

    public static ResponseEntity<ProblemDetail> validation(List<FieldProblem> errors) {
        ProblemDetail body = detail(ProblemType.VALIDATION,
                "The request is not valid: " + String.join(", ", errors.stream().map(FieldProblem::field).distinct().toList()) + ".");
        body.setProperty("errors", errors.stream().map(f -> Map.of("field", f.field(), "message", f.message())).toList());
        return ResponseEntity.badRequest().contentType(PROBLEM_JSON).body(body);
    }

    public static ResponseEntity<ProblemDetail> problem(ProblemType type, String detail) {
        return ResponseEntity.status(type.status()).contentType(PROBLEM_JSON).body(detail(type, detail));
    }

    private static ProblemDetail detail(ProblemType type, String detail) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(type.status(), detail);
        body.setType(type.uri());
        body.setTitle(type.title());
        return body;
    }

    static String redacted(Throwable e) {
        StringBuilder trace = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            trace.append(t == e ? "" : " <- caused by ").append(t.getClass().getName());
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(frames.length, 5); i++) {
                trace.append("\n\tat ").append(frames[i]);
            }
        }
        return trace.toString();
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
