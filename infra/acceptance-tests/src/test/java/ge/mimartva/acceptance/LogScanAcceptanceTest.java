package ge.mimartva.acceptance;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Last of the suite: every log file of the test stack (the services, the gateway, PostgreSQL, RabbitMQ, Keycloak)
 * holds none of the names or personal numbers of the children and victims the suite filed, as written or escaped.
 */
@Order(100)
class LogScanAcceptanceTest {

    /** Every child's and victim's name and personal number the acceptance tests send. */
    private static final List<String> PERSONAL_DATA = List.of("ნინო", "ბერიძე", "თამარ", "გელაშვილი", "გიორგი",
            "Gelashvili", "01017012345", "01001012345", "მარიამ", "კაპანაძე", "threatener");

    private static Path logs() {
        Path script = Path.of(System.getProperty("mimartva.stack.script", "../local/stack.sh")).toAbsolutePath();
        return script.getParent().getParent().getParent().resolve(".local/test/logs");
    }

    private static String jsonEscaped(String value) {
        StringBuilder escaped = new StringBuilder();
        value.chars().forEach(c -> escaped.append(c < 128 ? String.valueOf((char) c) : String.format("\\u%04x", c)));
        return escaped.toString();
    }

    @Test
    void noLogOfTheStackHoldsAChildsNameOrPersonalNumber() throws IOException {
        Path dir = logs();
        assertThat(dir).isDirectory();
        List<String> findings = new ArrayList<>();
        int files = 0;
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path log : paths.filter(Files::isRegularFile).toList()) {
                files++;
                String text = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
                for (String datum : PERSONAL_DATA) {
                    // The logs are JSON lines: a value may also appear with its letters escaped (\u10DC...).
                    if (text.contains(datum) || text.toLowerCase().contains(jsonEscaped(datum).toLowerCase())) {
                        findings.add(dir.relativize(log) + " contains a child's or victim's personal data");
                    }
                }
            }
        }
        System.out.printf("BENCHMARK log scan: %d log files, %d personal data values, %d findings%n", files,
                PERSONAL_DATA.size(), findings.size());
        assertThat(files).isGreaterThanOrEqualTo(5);
        assertThat(findings).isEmpty();
    }
}
