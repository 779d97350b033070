package ge.mimartva.acceptance;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the page a browser shows with axe-core, Deque's accessibility engine, against the rules of WCAG 2.1 levels A
 * and AA (labels, names, contrast, language, structure, keyboard reachability of what it can see). Keeps each page's
 * findings, rule and element, so that one run lists every page that falls short.
 */
final class AccessibilityAudit {

    private static final String ENGINE = engine();
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                             resultTypes: ['violations']})
               .then(result => done(result.violations.flatMap(v => v.nodes.map(n =>
                   v.impact + ' ' + v.id + ' (' + v.help + ') at ' + n.target.join(' ')))))
               .catch(error => done(['axe-core could not run: ' + error]));
            """;

    private final List<String> findings = new ArrayList<>();
    private int pages;

    /** Audits the page now shown, under the name it is kept by. */
    void check(WebDriver browser, String page) {
        JavascriptExecutor script = (JavascriptExecutor) browser;
        script.executeScript(ENGINE);
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) script.executeAsyncScript(RUN);
        violations.forEach(v -> findings.add(page + ": " + v));
        pages++;
    }

    List<String> findings() {
        return List.copyOf(findings);
    }

    int pages() {
        return pages;
    }

    private static String engine() {
        try (InputStream in = AccessibilityAudit.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test class path (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
