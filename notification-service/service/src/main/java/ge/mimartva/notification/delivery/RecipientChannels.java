package ge.mimartva.notification.delivery;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The recipient directory's channels: besides the in-app inbox every body has, the e-mail address and the webhook of
 * the bodies that receive notifications in their own systems. A versioned file per deployment
 * ({@code mimartva.notification.channels}); webhook secrets are not in it but named, and resolved from the
 * environment.
 */
public final class RecipientChannels {

    /** A body's external channels; {@code webhookSecret} is resolved, never logged. */
    public record Channels(String body, String email, URI webhook, String webhookSecret) {
    }

    record Webhook(String url, String secret) {
    }

    record Entry(String body, String name, String email, Webhook webhook) {
    }

    record DirectoryFile(String version, String description, List<Entry> bodies) {
    }

    private final Map<String, Channels> byBody = new HashMap<>();

    private RecipientChannels(DirectoryFile file, Function<String, String> secrets) {
        for (Entry entry : file.bodies() == null ? List.<Entry>of() : file.bodies()) {
            URI webhook = null;
            String secret = null;
            if (entry.webhook() != null) {
                webhook = URI.create(entry.webhook().url());
                secret = secrets.apply(entry.webhook().secret());
                if (secret == null || secret.length() < 16) {
                    throw new IllegalStateException("The webhook of " + entry.body() + " needs its secret '"
                            + entry.webhook().secret() + "' (at least 16 characters) in mimartva.notification.webhook-secrets");
                }
            }
            if (byBody.put(entry.body(), new Channels(entry.body(), entry.email(), webhook, secret)) != null) {
                throw new IllegalStateException("The channel directory lists " + entry.body() + " twice");
            }
        }
    }

    public static RecipientChannels load(InputStream json, Function<String, String> secrets) {
        try {
            DirectoryFile file = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                    .readValue(json, DirectoryFile.class);
            return new RecipientChannels(file, secrets);
        } catch (IOException e) {
            throw new UncheckedIOException("The recipient channel directory is not valid", e);
        }
    }

    public Optional<Channels> of(String body) {
        return Optional.ofNullable(byBody.get(body));
    }

    public boolean anyEmail() {
        return byBody.values().stream().anyMatch(c -> c.email() != null);
    }
}
