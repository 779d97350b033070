package ge.mimartva.platform.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import java.io.IOException;

/** A request body's stream that shows each chunk read to an {@link Observer} before handing it on. */
final class ObservedInputStream extends ServletInputStream {

    /** Sees every chunk read, in order; may refuse to go on by throwing. */
    interface Observer {
        void seen(byte[] buffer, int offset, int length) throws IOException;
    }

    private final ServletInputStream in;
    private final Observer observer;

    private ObservedInputStream(ServletInputStream in, Observer observer) {
        this.in = in;
        this.observer = observer;
    }

    /** The request, its body read through the observer (one stream however often it is asked for). */
    static HttpServletRequest observing(HttpServletRequest request, Observer observer) {
        return new HttpServletRequestWrapper(request) {
            private ServletInputStream observed;

            @Override
            public ServletInputStream getInputStream() throws IOException {
                if (observed == null) {
                    observed = new ObservedInputStream(super.getInputStream(), observer);
                }
                return observed;
            }
        };
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            observer.seen(new byte[]{(byte) b}, 0, 1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n > 0) {
            observer.seen(buffer, offset, n);
        }
        return n;
    }

    @Override
    public boolean isFinished() {
        return in.isFinished();
    }

    @Override
    public boolean isReady() {
        return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
        in.setReadListener(listener);
    }
}
