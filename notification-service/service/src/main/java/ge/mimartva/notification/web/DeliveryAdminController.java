package ge.mimartva.notification.web;

import ge.mimartva.notification.delivery.DeliveryJob;
import ge.mimartva.notification.delivery.DeliveryJobs;
import ge.mimartva.platform.rules.RuleViolationException;
import ge.mimartva.platform.web.PlatformAccess;
import ge.mimartva.platform.web.RecordNotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The operators' view of external deliveries: list them by status (the parked ones above all) and send a parked one
 * again once its receiver is fixed. Administrators only. The payload is not shown (it is the receiver's business).
 */
@RestController
@RequestMapping("/api/admin/deliveries")
public class DeliveryAdminController {

    /** A delivery as operators see it. */
    public record DeliverySummary(String jobId, String notificationId, String recipientBody, String channel,
                                  String status, int attempts, Instant nextAttemptAt, String lastFailure,
                                  Instant createdAt, Instant deliveredAt) {

        static DeliverySummary of(DeliveryJob j) {
            return new DeliverySummary(j.jobId(), j.notificationId(), j.recipientBody(), j.channel(), j.status().name(),
                    j.attempts(), j.nextAttemptAt(), j.lastFailure(), j.createdAt(), j.deliveredAt());
        }
    }

    private final DeliveryJobs jobs;
    private final Clock clock;

    public DeliveryAdminController(DeliveryJobs jobs, Clock clock) {
        this.jobs = jobs;
        this.clock = clock;
    }

    @GetMapping
    public ResponseEntity<List<DeliverySummary>> deliveries(@RequestParam(defaultValue = "PARKED") DeliveryJob.Status status,
                                                            @RequestParam(defaultValue = "100") int limit) {
        checkOperator();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(jobs.withStatus(status,
                Math.max(1, Math.min(limit, 500))).stream().map(DeliverySummary::of).toList());
    }

    @PostMapping("/{jobId}/redelivery")
    public ResponseEntity<DeliverySummary> redeliver(@PathVariable String jobId) {
        checkOperator();
        DeliveryJob job = jobs.find(jobId).orElseThrow(() -> new RecordNotFoundException("delivery"));
        if (job.status() != DeliveryJob.Status.PARKED || !jobs.redeliver(jobId, clock.instant())) {
            throw new RuleViolationException("Only a parked delivery is sent again.");
        }
        return ResponseEntity.accepted().body(DeliverySummary.of(jobs.find(jobId).orElseThrow()));
    }

    private static void checkOperator() {
        PlatformAccess.administrator("Only the platform's operators manage deliveries.");
    }
}
