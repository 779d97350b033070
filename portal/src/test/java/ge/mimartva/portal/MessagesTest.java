package ge.mimartva.portal;

import ge.mimartva.notification.api.NotificationContract;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Georgian and English are complete: the same keys, none empty, and every key the pages use is in both. */
class MessagesTest {

    static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = new InputStreamReader(MessagesTest.class.getResourceAsStream("/" + name), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void bothLanguagesHaveEveryMessage() throws IOException {
        Properties georgian = bundle("messages.properties");
        Properties english = bundle("messages_en.properties");
        assertThat(georgian.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        assertThat(georgian.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
        assertThat(english.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
        // Georgian text is in Georgian script (bar numbers and names)
        assertThat(georgian.getProperty("form.submit")).matches(".*[\\u10D0-\\u10FF].*");
    }

    @Test
    void everyMessageAPageNamesExists() throws IOException {
        Properties georgian = bundle("messages.properties");
        Set<String> used = new TreeSet<>();
        // #{key} in a page, and 'action.key' handed to a fragment of case-step.html
        Pattern key = Pattern.compile("#\\{([a-zA-Z0-9.]+)}|'(action\\.[a-zA-Z]+)'");
        try (Stream<Path> templates = Files.list(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.toList()) {
                Matcher m = key.matcher(Files.readString(template));
                while (m.find()) {
                    used.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
        assertThat(used).isNotEmpty().allSatisfy(k -> assertThat(georgian).containsKey(k));
    }

    @Test
    void everyRowOfTheNotificationMatrixHasItsNameInBothLanguages() throws IOException {
        Properties georgian = bundle("messages.properties");
        assertThat(NotificationContract.RULES).allSatisfy(rule -> assertThat(georgian).containsKey("rule." + rule));
    }
}
