package ge.mimartva.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The platform's single entry point: routes each API to its service, with a circuit breaker and a time limit per
 * route and retries for GETs only; serves the OpenAPI documents of every service. Tokens are relayed as they came;
 * each service validates them itself.
 */
@SpringBootApplication
public class GatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }
}
