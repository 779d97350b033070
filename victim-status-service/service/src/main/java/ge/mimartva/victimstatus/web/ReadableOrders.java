package ge.mimartva.victimstatus.web;

import ge.mimartva.platform.web.RecordNotFoundException;
import ge.mimartva.security.Actor;
import ge.mimartva.security.Role;
import ge.mimartva.victimstatus.query.OrderDocument;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/**
 * The orders a caller may see: the police of any district (an order is enforced wherever the victim is met), the
 * courts and auditors. Any other caller, and an order of the other kind, is answered as missing (404).
 */
@Component
public class ReadableOrders {

    private final MongoTemplate mongo;

    public ReadableOrders(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public OrderDocument readable(UUID orderId, String kind, Actor actor) {
        return RecordNotFoundException.visible(Optional.ofNullable(mongo.findById(orderId.toString(), OrderDocument.class))
                        .filter(o -> o.kind().equals(kind)),
                o -> actor.hasAnyRole(Role.POLICE_OFFICER, Role.COURT_CLERK, Role.AUDITOR), "order");
    }
}
