package ge.mimartva.victimstatus;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** victim-status-service: children's protection records; victim status, orders and penitentiary notices to come. */
@SpringBootApplication
public class VictimStatusServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(VictimStatusServiceApplication.class, args);
    }
}
