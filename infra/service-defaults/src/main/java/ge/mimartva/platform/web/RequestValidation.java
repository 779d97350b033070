package ge.mimartva.platform.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Bean Validation of a request body, with each violation named by its JSON path ({@code child.personalNumber},
 * {@code concerns[1]}), plus whatever checks the caller adds that annotations cannot express.
 */
public class RequestValidation {

    private final List<ProblemDetailsAdvice.FieldProblem> problems = new ArrayList<>();

    public static RequestValidation of(Validator validator, Object request) {
        RequestValidation validation = new RequestValidation();
        validator.validate(request).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> validation.reject(path(v), v.getMessage()));
        return validation;
    }

    public RequestValidation reject(String field, String message) {
        problems.add(new ProblemDetailsAdvice.FieldProblem(field, message));
        return this;
    }

    public RequestValidation check(boolean valid, String field, String message) {
        return valid ? this : reject(field, message);
    }

    public void orThrow() {
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    private static String path(ConstraintViolation<?> violation) {
        StringBuilder path = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getIndex() != null) {
                path.append('[').append(node.getIndex()).append(']');
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(name);
            }
        }
        return path.toString();
    }
}
