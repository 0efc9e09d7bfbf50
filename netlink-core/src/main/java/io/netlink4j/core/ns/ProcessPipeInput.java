package io.netlink4j.core.ns;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The parent's end of a child's standard output or error, as the JDK's own {@code Process}
 * gives it: buffered, and when the child exits, whatever it left in the pipe is read into memory
 * and the descriptor closed, so a program that never closes the stream leaks nothing.
 *
 * <p>The reaper thread reports the exit and must never block, so it drains only if no reader
 * holds the lock; otherwise the reader drains as soon as its own read returns (the reaper's
 * flag is set before it tries the lock, so one of the two always sees it).
 */
final class ProcessPipeInput extends InputStream {
    private final ReentrantLock lock = new ReentrantLock();
    private final FileInputStream pipe;
    private InputStream in;
    private volatile boolean closed;
    private volatile boolean exited;

    ProcessPipeInput(FileInputStream pipe) {
        this.pipe = pipe;
        this.in = new BufferedInputStream(pipe);
    }

    @Override
    public int read() throws IOException {
        lock.lock();
        try {
            return open().read();
        } finally {
            unlock();
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        lock.lock();
        try {
            return open().read(b, off, len);
        } finally {
            unlock();
        }
    }

    @Override
    public long skip(long n) throws IOException {
        lock.lock();
        try {
            return open().skip(n);
        } finally {
            unlock();
        }
    }

    @Override
    public int available() throws IOException {
        lock.lock();
        try {
            return open().available();
        } finally {
            unlock();
        }
    }

    private InputStream open() throws IOException {
        if (closed) {
            throw new IOException("Stream closed");
        }
        return in;
    }

    /** Closes the descriptor; a reader blocked meanwhile gets what the pipe gives it. Idempotent. */
    @Override
    public void close() throws IOException {
        closed = true;
        pipe.close();
    }

    /** The child has exited: keep what is left in the pipe, close it. Never blocks. */
    void processExited() {
        exited = true;
        if (lock.tryLock()) {
            unlock();
        }
    }

    /** Unlocks, draining first if the child has exited meanwhile. */
    private void unlock() {
        try {
            if (exited && !closed && in instanceof BufferedInputStream) {
                // available() bytes are there to read, so this does not wait for a grandchild
                // that still holds the pipe's other end.
                byte[] rest = in.readNBytes(in.available());
                in = new ByteArrayInputStream(rest);
                pipe.close();
            }
        } catch (IOException e) {
            // Closed under us: nothing to keep.
        } finally {
            lock.unlock();
        }
    }
}
