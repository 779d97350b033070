package ge.mimartva.portal.web;

import ge.mimartva.portal.api.PlatformApi;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import java.util.Map;

/**
 * A page whose service refused: the person sees why in their language, with the status the service gave. A busy,
 * restarting or unreachable service, or a caller over their rate, is told to try again shortly ({@code Retry-After}),
 * never shown a server error. A form's own refusals (fields to correct) are handled by its controller.
 */
@ControllerAdvice
public class RefusedPageAdvice {

    static final String RETRY_AFTER_SECONDS = "5";

    @ExceptionHandler(PlatformApi.Refused.class)
    ModelAndView refused(PlatformApi.Refused refused, HttpServletResponse response) {
        HttpStatus status = switch (refused.status()) {
            case 403, 404, 429 -> HttpStatus.valueOf(refused.status());
            case PlatformApi.UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
            default -> HttpStatus.INTERNAL_SERVER_ERROR;
        };
        if (status == HttpStatus.SERVICE_UNAVAILABLE || status == HttpStatus.TOO_MANY_REQUESTS) {
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        }
        return new ModelAndView("error", Map.of("status", status.value()), status);
    }
}
