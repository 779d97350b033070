package ge.mimartva.platform.pseudonym;

import ge.mimartva.platform.privacy.PlatformSecrets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Every service derives the same pseudonymous subject ids from the shared key. */
@AutoConfiguration
public class PseudonymAutoConfiguration {

    @Bean
    SubjectPseudonyms subjectPseudonyms(@Value("${mimartva.subject-key:}") String key,
                                        @Value("${mimartva.demo:false}") boolean demo) {
        return new SubjectPseudonyms(PlatformSecrets.subjectKey(key, demo));
    }
}
