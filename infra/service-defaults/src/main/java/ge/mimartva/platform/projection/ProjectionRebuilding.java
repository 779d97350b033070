package ge.mimartva.platform.projection;

import org.springframework.context.ApplicationEvent;

/**
 * A projection's read model is about to be rebuilt from the event store: its processor has stopped and its read model
 * is about to be cleared. Published, and heard, before the read model is cleared, so that nothing reads it half built.
 */
public class ProjectionRebuilding extends ApplicationEvent {

    private final String processingGroup;

    public ProjectionRebuilding(ProjectionReplay source, String processingGroup) {
        super(source);
        this.processingGroup = processingGroup;
    }

    public String processingGroup() {
        return processingGroup;
    }
}
