package ge.mimartva.referral.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * {@code GET /api/plan-tasks}: a task the case conference gave to the caller's body (L 14¹), with the case it belongs
 * to (its number and territory, nothing of the child) and when the plan was agreed.
 */
public record PlanTaskView(String referralId, String municipality, String owningUnit, String task, LocalDate due,
                           Instant agreedAt) {
}
