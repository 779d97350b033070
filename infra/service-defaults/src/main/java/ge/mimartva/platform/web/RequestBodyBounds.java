package ge.mimartva.platform.web;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Every request body of every service is held to the platform's structural bounds: no text longer than
 * {@link RequestLimits#maxTextLength()}, no list with more than {@link RequestLimits#maxListSize()} entries, at any
 * depth. A field may declare a tighter bound with Bean Validation; none can be looser. A body over a bound is refused
 * with 400 naming the field, before anything else looks at it, so a 2,000,000-entry list never reaches a command,
 * an event or a read model.
 */
@ControllerAdvice
public class RequestBodyBounds extends RequestBodyAdviceAdapter {

    private static final int MAX_DEPTH = 16;

    private final int maxTextLength;
    private final int maxListSize;

    public RequestBodyBounds(RequestLimits limits) {
        this.maxTextLength = limits.maxTextLength();
        this.maxListSize = limits.maxListSize();
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
                                Class<? extends HttpMessageConverter<?>> converterType) {
        List<ProblemDetailsAdvice.FieldProblem> problems = new ArrayList<>();
        check(body, "", 0, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return body;
    }

    private void check(Object value, String path, int depth, List<ProblemDetailsAdvice.FieldProblem> problems) {
        if (value == null || depth > MAX_DEPTH) {
            return;
        }
        if (value instanceof CharSequence text) {
            if (text.length() > maxTextLength) {
                problems.add(problem(path, "must be at most " + maxTextLength + " characters"));
            }
        } else if (value instanceof Collection<?> list) {
            if (list.size() > maxListSize) {
                problems.add(problem(path, "must hold at most " + maxListSize + " entries"));
                return;
            }
            int i = 0;
            for (Object entry : list) {
                check(entry, path + "[" + i++ + "]", depth + 1, problems);
            }
        } else if (value instanceof Map<?, ?> map) {
            if (map.size() > maxListSize) {
                problems.add(problem(path, "must hold at most " + maxListSize + " entries"));
                return;
            }
            map.forEach((key, entry) -> {
                check(key, path, depth + 1, problems);
                check(entry, join(path, String.valueOf(key).length() > 64 ? "?" : String.valueOf(key)), depth + 1, problems);
            });
        } else if (value instanceof Record record && record.getClass().getName().startsWith("ge.mimartva.")) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                check(read(component, record), join(path, component.getName()), depth + 1, problems);
            }
        }
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of a request", e);
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static ProblemDetailsAdvice.FieldProblem problem(String path, String message) {
        return new ProblemDetailsAdvice.FieldProblem(path.isEmpty() ? "body" : path, message);
    }
}
