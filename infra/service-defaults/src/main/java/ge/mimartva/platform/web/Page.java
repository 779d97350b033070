package ge.mimartva.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** A page of a list, and where the next begins when there is more ({@link PageCursor}). */
public record Page<T>(List<T> items, Optional<PageCursor> next) {

    public static <T> Page<T> empty() {
        return new Page<>(List.of(), Optional.empty());
    }

    /**
     * The page of {@code size} out of {@code found}, a query's answer asked with a limit of {@code size + 1}: one more
     * than the page holds means there is a next page, which begins after the page's last item.
     */
    public static <T> Page<T> of(List<T> found, int size, Function<T, PageCursor> cursorAfter) {
        return found.size() <= size ? new Page<>(found, Optional.empty())
                : new Page<>(found.subList(0, size), Optional.of(cursorAfter.apply(found.get(size - 1))));
    }

    /** The answer to {@code request}: the items as {@code view} shows them, and the next page's Link header. */
    public <R> ResponseEntity<List<R>> answer(HttpServletRequest request, Function<T, R> view) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().cacheControl(CacheControl.noStore());
        next.ifPresent(cursor -> answer.header(HttpHeaders.LINK, cursor.nextLink(request)));
        return answer.body(items.stream().map(view).toList());
    }
}
