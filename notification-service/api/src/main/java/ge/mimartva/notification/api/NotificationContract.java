package ge.mimartva.notification.api;

import java.util.List;

/** Names of notification-service's published contract. */
public final class NotificationContract {

    /** Source name of notification-service's integration events (first part of their routing keys). */
    public static final String SOURCE = "notification";

    /**
     * The rows of the notification matrix ({@code notification-matrix.json}, Art. 16's and the other articles'
     * duties to tell), by id: what an inbox item's {@code ruleId} can be, and what an inbox is filtered by.
     */
    public static final List<String> RULES = List.of("N1", "N2", "N19", "N3", "N4", "N3P", "N3E", "N5", "N6", "N7", "N7C",
            "N6E", "N8", "N8D", "N8W", "N9", "N10", "N10R", "N11", "N11Q", "N11A", "N14F", "N16R", "N12", "N13", "N13R",
            "N14", "N15", "N15C", "PL1", "PL2", "N18T", "N18", "PR1", "PR2", "PR3", "PR4", "PR5", "PR6", "PR7");

    private NotificationContract() {
    }
}
