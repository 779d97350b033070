package ge.mimartva.notification.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import ge.mimartva.notification.command.NotificationIssued;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Puts each issued notification in the delivery outbox of every external channel its recipient has (e-mail,
 * webhook), besides the inbox. A tracking processor does it, and a job is added once per notification and channel,
 * so nothing is lost to a crash and nothing is queued twice.
 */
@Component
@ProcessingGroup("external-delivery")
public class ExternalDelivery {

    private final RecipientChannels channels;
    private final DeliveryJobs jobs;
    private final ObjectMapper mapper;
    private final Clock clock;

    public ExternalDelivery(RecipientChannels channels, DeliveryJobs jobs, ObjectMapper mapper, Clock clock) {
        this.channels = channels;
        this.jobs = jobs;
        this.mapper = mapper;
        this.clock = clock;
    }

    @EventHandler
    void on(NotificationIssued e) throws JsonProcessingException {
        var recipient = channels.of(e.recipientBody());
        if (recipient.isEmpty()) {
            return;
        }
        String payload = mapper.writeValueAsString(payload(e));
        if (recipient.get().webhook() != null) {
            jobs.add(e.notificationId() + ":" + WebhookSender.CHANNEL, e.notificationId(), e.referralId(),
                    e.recipientBody(), WebhookSender.CHANNEL, recipient.get().webhook().toString(), payload, clock.instant());
        }
        if (recipient.get().email() != null) {
            jobs.add(e.notificationId() + ":" + EmailSender.CHANNEL, e.notificationId(), e.referralId(),
                    e.recipientBody(), EmailSender.CHANNEL, recipient.get().email(), payload, clock.instant());
        }
    }

    /** What the receiver gets: the notification's facts, never a child's identity. */
    private static Map<String, Object> payload(NotificationIssued e) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("notificationId", e.notificationId());
        p.put("referralId", e.referralId());
        if (e.about() != null) {
            p.put("about", e.about());
        }
        p.put("ruleId", e.ruleId());
        p.put("ruleVersion", e.ruleVersion());
        p.put("legalBasis", e.legalBasis());
        p.put("recipientBody", e.recipientBody());
        p.put("immediateDanger", e.immediateDanger());
        p.put("issuedAt", e.issuedAt().toString());
        p.put("acknowledgeBy", e.acknowledgeBy().toString());
        return p;
    }
}
