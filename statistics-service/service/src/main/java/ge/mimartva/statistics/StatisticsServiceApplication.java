package ge.mimartva.statistics;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * statistics-service: the figures the ministry, the agency and the Council of Europe ask for, computed from every event
 * the platform publishes (docs/adr/0008-statistics.md).
 */
@SpringBootApplication
public class StatisticsServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(StatisticsServiceApplication.class, args);
    }
}
