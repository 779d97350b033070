package ge.mimartva.gateway.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import ge.mimartva.http.ProblemType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The first thing the gateway does with a request: a body over {@code mimartva.gateway.max-body-size} is refused with
 * 413 problem+json, before a token is checked or a service is called. A body declared too long is read and thrown
 * away as it comes (nothing of it is kept) and then refused; a body sent without its length is cut off as soon as it
 * passes the limit (the client gets the 413 if it reads while it sends, else sees the connection closed). Each service holds its own requests to the
 * same limit, so neither side depends on the other for it.
 */
@Component
public class RequestBodyLimitFilter implements WebFilter, Ordered {

    private final long limit;

    public RequestBodyLimitFilter(@Value("${mimartva.gateway.max-body-size:256KB}") DataSize limit) {
        this.limit = limit.toBytes();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (exchange.getRequest().getHeaders().getContentLength() > limit) {
            // Read what the client sends, keeping none of it, then answer: a client that sends its whole body before
            // it reads the answer (most do) gets the 413, not a connection closed under it.
            return exchange.getRequest().getBody().doOnNext(DataBufferUtils::release).then(tooLarge(exchange));
        }
        ServerHttpRequest bounded = new ServerHttpRequestDecorator(exchange.getRequest()) {
            @Override
            public Flux<DataBuffer> getBody() {
                AtomicLong read = new AtomicLong();
                return super.getBody().map(buffer -> {
                    if (read.addAndGet(buffer.readableByteCount()) > limit) {
                        DataBufferUtils.release(buffer);
                        throw new BodyTooLarge();
                    }
                    return buffer;
                });
            }
        };
        return chain.filter(exchange.mutate().request(bounded).build())
                .onErrorResume(BodyTooLarge.class, e -> exchange.getResponse().isCommitted() ? Mono.error(e) : tooLarge(exchange));
    }

    private Mono<Void> tooLarge(ServerWebExchange exchange) {
        return GatewayProblems.write(exchange.getResponse(), ProblemType.PAYLOAD_TOO_LARGE,
                "The request body is larger than the limit of " + limit / 1024 + " KiB.");
    }

    private static final class BodyTooLarge extends RuntimeException {
        BodyTooLarge() {
            super("request body over the limit", null, false, false);
        }
    }
}
