package reportcheck.hardening;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.net.URLStreamHandler;
import reportcheck.cli.Main;

/**
 * Runs the command line in a JVM where creating a socket or opening a network URL is recorded
 * on standard error (and refused). Used by {@link NoNetworkTest} as a separate process, since
 * these factories can be set only once per JVM.
 */
public final class NoNetworkMain {
    static final String MARK = "NETWORK ACCESS:";

    private NoNetworkMain() {
    }

    public static void main(String[] args) throws IOException {
        Socket.setSocketImplFactory(() -> {
            throw refuse("socket");
        });
        ServerSocket.setSocketFactory(() -> {
            throw refuse("server socket");
        });
        DatagramSocket.setDatagramSocketImplFactory(() -> {
            throw refuse("datagram socket");
        });
        URL.setURLStreamHandlerFactory(protocol -> switch (protocol) {
            case "http", "https", "ftp", "mailto", "ldap" -> new URLStreamHandler() {
                @Override
                protected java.net.URLConnection openConnection(URL u) {
                    throw refuse(u.toString());
                }
            };
            default -> null;
        });
        System.exit(Main.run(args));
    }

    private static RuntimeException refuse(String what) {
        System.err.println(MARK + " " + what);
        new Throwable().printStackTrace();
        return new IllegalStateException("no network at run time: " + what);
    }
}
