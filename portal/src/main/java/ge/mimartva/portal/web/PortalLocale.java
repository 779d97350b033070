package ge.mimartva.portal.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import java.time.Duration;
import java.util.Locale;

/** Georgian first; English on request ({@code ?lang=en}, remembered in a cookie). */
@Configuration
public class PortalLocale implements WebMvcConfigurer {

    private static final Locale GEORGIAN = Locale.forLanguageTag("ka");

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("PORTAL-LANG");
        resolver.setDefaultLocale(GEORGIAN);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookiePath("/portal");
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
