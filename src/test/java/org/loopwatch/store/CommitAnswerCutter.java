package org.loopwatch.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay between desks and a PostgreSQL server that, once {@link #arm armed}, lets one
 * {@code COMMIT} through to the server, waits for the server's answer, and drops that connection
 * instead of passing the answer on: the transaction is committed and the desk never hears so
 * (decision 0030's "commit answer lost"). Every other byte is relayed unchanged. Works only on
 * unencrypted connections ({@code sslmode=disable}), where it can see the statement.
 */
final class CommitAnswerCutter implements AutoCloseable {

    private static final byte[] COMMIT = "COMMIT\0".getBytes(StandardCharsets.US_ASCII);

    private final ServerSocket listener;
    private final int serverPort;
    private final AtomicBoolean armed = new AtomicBoolean();
    private final AtomicInteger cut = new AtomicInteger();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    CommitAnswerCutter(int serverPort) throws IOException {
        this.serverPort = serverPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accepting = new Thread(this::accept, "commit-cutter-accept");
        accepting.setDaemon(true);
        accepting.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    /** The next COMMIT through the relay loses its answer. */
    void arm() {
        armed.set(true);
    }

    /** How many COMMIT answers were dropped (each after the server had sent it). */
    int answersCut() {
        return cut.get();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket desk = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), serverPort);
                sockets.add(desk);
                sockets.add(server);
                AtomicBoolean commitSent = new AtomicBoolean();
                relay("desk-to-server", desk, server, commitSent, true);
                relay("server-to-desk", server, desk, commitSent, false);
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void relay(String name, Socket from, Socket to, AtomicBoolean commitSent, boolean towardsServer) {
        Thread pump = new Thread(() -> {
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    if (!towardsServer && commitSent.get()) {
                        // The server answered the COMMIT: it is durable there. The desk never hears it.
                        cut.incrementAndGet();
                        from.close();
                        to.close();
                        return;
                    }
                    if (towardsServer && armed.get() && contains(buffer, read, COMMIT) && armed.compareAndSet(true, false)) {
                        commitSent.set(true);
                    }
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException closed) {
                // One side went away; closing both ends the other pump too.
            }
            closeQuietly(from);
            closeQuietly(to);
        }, "commit-cutter-" + name);
        pump.setDaemon(true);
        pump.start();
    }

    private static boolean contains(byte[] buffer, int length, byte[] wanted) {
        outer:
        for (int start = 0; start + wanted.length <= length; start++) {
            for (int i = 0; i < wanted.length; i++) {
                if (buffer[start + i] != wanted[i]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Already closed.
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        sockets.forEach(CommitAnswerCutter::closeQuietly);
    }
}
