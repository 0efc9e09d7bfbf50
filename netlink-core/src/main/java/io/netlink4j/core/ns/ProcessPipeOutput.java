package io.netlink4j.core.ns;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The parent's end of a child's standard input, as the JDK's own {@code Process} gives it:
 * buffered (flush or close to deliver), closed when the child exits so its descriptor never
 * outlives the process. As in {@link ProcessPipeInput}, the reaper never blocks on the lock: a
 * writer that holds it (its write fails with {@code EPIPE} once the child is gone) closes the
 * pipe itself when its write returns.
 */
final class ProcessPipeOutput extends OutputStream {
    private final ReentrantLock lock = new ReentrantLock();
    private final FileOutputStream pipe;
    private final BufferedOutputStream out;
    private boolean closed;
    private volatile boolean exited;

    ProcessPipeOutput(FileOutputStream pipe) {
        this.pipe = pipe;
        this.out = new BufferedOutputStream(pipe);
    }

    @Override
    public void write(int b) throws IOException {
        lock.lock();
        try {
            open().write(b);
        } finally {
            unlock();
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        lock.lock();
        try {
            open().write(b, off, len);
        } finally {
            unlock();
        }
    }

    @Override
    public void flush() throws IOException {
        lock.lock();
        try {
            open().flush();
        } finally {
            unlock();
        }
    }

    private OutputStream open() throws IOException {
        if (closed) {
            throw new IOException("Stream closed");
        }
        return out;
    }

    /** Flushes and closes the pipe, which the child reads as the end of its input. Idempotent. */
    @Override
    public void close() throws IOException {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            try {
                out.flush();
            } finally {
                pipe.close();
            }
        } finally {
            lock.unlock();
        }
    }

    /** The child has exited: nobody reads any more; close without flushing. Never blocks. */
    void processExited() {
        exited = true;
        if (lock.tryLock()) {
            unlock();
        }
    }

    /** Unlocks, closing first if the child has exited meanwhile. */
    private void unlock() {
        try {
            if (exited && !closed) {
                closed = true;
                pipe.close();
            }
        } catch (IOException e) {
            // The descriptor is gone either way.
        } finally {
            lock.unlock();
        }
    }
}
