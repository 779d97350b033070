package ge.mimartva.platform.web;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestBodyBoundsTest {

    record Task(String owner, String text) {
    }

    record Plan(String title, List<String> participants, List<Task> tasks, Map<String, String> notes) {
    }

    final RequestBodyBounds bounds = new RequestBodyBounds(
            new RequestLimits(DataSize.ofKilobytes(256), 10, 3, DataSize.ofKilobytes(256), 8, Duration.ofMillis(100)));

    List<ProblemDetailsAdvice.FieldProblem> problemsOf(Object body) {
        try {
            bounds.afterBodyRead(body, null, null, body.getClass(), null);
            return List.of();
        } catch (InvalidRequestException e) {
            return e.problems();
        }
    }

    @Test
    void aBodyWithinEveryBoundPassesUnchanged() {
        Plan plan = new Plan("plan", List.of("a", "b"), List.of(new Task("owner", "call")), Map.of("k", "v"));

        assertThat(bounds.afterBodyRead(plan, null, null, Plan.class, null)).isSameAs(plan);
    }

    @Test
    void everyTextOverTheLengthIsNamedByItsPathAtAnyDepth() {
        Plan plan = new Plan("a title far too long", List.of("ok", "a participant too long"),
                List.of(new Task("owner", "ok"), new Task("owner", "a task text too long")), null);

        assertThat(problemsOf(plan)).extracting(ProblemDetailsAdvice.FieldProblem::field)
                .containsExactly("title", "participants[1]", "tasks[1].text");
        assertThat(problemsOf(plan)).allSatisfy(p -> assertThat(p.message()).isEqualTo("must be at most 10 characters"));
    }

    @Test
    void aListOverTheBoundIsRefusedWithoutWalkingItsEntries() {
        Plan plan = new Plan("plan", Collections.nCopies(2_000_000, "x".repeat(100)), List.of(), Map.of());

        assertThat(problemsOf(plan)).containsExactly(
                new ProblemDetailsAdvice.FieldProblem("participants", "must hold at most 3 entries"));
    }

    @Test
    void aMapIsBoundedLikeAList() {
        Plan plan = new Plan("plan", List.of(), List.of(), Map.of("a", "1", "b", "2", "c", "3", "d", "4"));

        assertThatThrownBy(() -> bounds.afterBodyRead(plan, null, null, Plan.class, null))
                .isInstanceOf(InvalidRequestException.class);
    }
}
