package ge.mimartva.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * The bounds every request of a service is held to ({@code mimartva.limits.*}). A caller can send nothing bigger,
 * longer or more numerous than these, and no more requests at once than the service can serve.
 *
 * @param maxBodySize            a request body larger than this is refused with 413 before it is read whole
 * @param maxTextLength          no text field of a request body is longer (a field may declare a tighter bound)
 * @param maxListSize            no list of a request body has more entries (a field may declare a tighter bound)
 * @param maxEventSize           no event larger than this (serialized, sealed) is ever appended to the event store
 * @param maxConcurrentRequests  API requests served at once; more wait up to {@code busyWait}, then get 503
 * @param busyWait               how long a request waits for a free place before it is told to retry
 */
@ConfigurationProperties("mimartva.limits")
public record RequestLimits(DataSize maxBodySize, int maxTextLength, int maxListSize, DataSize maxEventSize,
                            int maxConcurrentRequests, Duration busyWait) {
}
