package ge.mimartva.platform.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;

import java.io.IOException;

/** A request body's stream that shows each chunk read to {@link #seen} before handing it on. */
abstract class ObservedInputStream extends ServletInputStream {

    private final ServletInputStream in;

    ObservedInputStream(ServletInputStream in) {
        this.in = in;
    }

    /** Called with every chunk read, in order; may refuse to go on by throwing. */
    protected abstract void seen(byte[] buffer, int offset, int length) throws IOException;

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            seen(new byte[]{(byte) b}, 0, 1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n > 0) {
            seen(buffer, offset, n);
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
