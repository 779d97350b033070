package ge.mimartva.notification.inside;

/** Fixture: a class inside another service, outside its api. */
public class Outbox {
    public static int pending() {
        return 0;
    }
}
