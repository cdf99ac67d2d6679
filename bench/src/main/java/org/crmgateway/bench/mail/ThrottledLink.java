package org.crmgateway.bench.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.locks.LockSupport;

/**
 * A TCP relay on loopback whose server-to-client direction carries at most a given number of
 * megabits per second, all connections together, as one network link would. It lets the ingest
 * benchmark compare with a download over a real network, where the link rather than the CPU sets
 * the pace. It forwards bytes only and knows nothing of IMAP. (The kernel here has no traffic
 * shaping, so this is done in user space.)
 */
final class ThrottledLink implements AutoCloseable {
    private static final int CHUNK = 16 * 1024;

    private final ServerSocket server;
    private final int targetPort;
    private final double bytesPerNano;
    private long nextFree = System.nanoTime();

    ThrottledLink(int targetPort, int megabitsPerSecond) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.targetPort = targetPort;
        this.bytesPerNano = megabitsPerSecond * 1_000_000 / 8.0 / 1e9;
        Thread.ofVirtual().name("link-accept").start(this::accept);
    }

    int port() {
        return server.getLocalPort();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket target = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                client.setTcpNoDelay(true);
                target.setTcpNoDelay(true);
                InputStream fromClient = client.getInputStream();
                OutputStream toClient = client.getOutputStream();
                InputStream fromTarget = target.getInputStream();
                OutputStream toTarget = target.getOutputStream();
                Thread.ofVirtual().start(() -> relay(fromClient, toTarget, false, client, target));
                Thread.ofVirtual().start(() -> relay(fromTarget, toClient, true, client, target));
            } catch (IOException e) {
                // closed, or the target refused: the client sees its connection end
            }
        }
    }

    private void relay(InputStream in, OutputStream out, boolean throttled, Socket a, Socket b) {
        byte[] buffer = new byte[CHUNK];
        try (a; b) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                if (throttled) {
                    waitForRoom(n);
                }
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // one side closed; closing both ends the other direction too
        }
    }

    /** Reserves the link's time for {@code bytes} and waits until that time has come. */
    private void waitForRoom(int bytes) {
        long sendAt;
        synchronized (this) {
            long now = System.nanoTime();
            sendAt = Math.max(nextFree, now);
            nextFree = sendAt + (long) (bytes / bytesPerNano);
        }
        for (long wait = sendAt - System.nanoTime(); wait > 0; wait = sendAt - System.nanoTime()) {
            LockSupport.parkNanos(wait);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
