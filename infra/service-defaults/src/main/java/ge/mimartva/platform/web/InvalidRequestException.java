package ge.mimartva.platform.web;

import java.util.List;

/** A request that failed validation: answered 400 with every offending field named; nothing is recorded. */
public class InvalidRequestException extends RuntimeException {

    private final transient List<ProblemDetailsAdvice.FieldProblem> problems;

    public InvalidRequestException(List<ProblemDetailsAdvice.FieldProblem> problems) {
        super("invalid request: " + problems.stream().map(ProblemDetailsAdvice.FieldProblem::field).toList());
        this.problems = List.copyOf(problems);
    }

    public List<ProblemDetailsAdvice.FieldProblem> problems() {
        return problems;
    }
}
