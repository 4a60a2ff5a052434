package org.crosswalk.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.SocketPermission;
import java.net.URI;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.Permission;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.crosswalk.settings.AppPaths;

/**
 * Runs Crosswalk's main command-line flows in a JVM of its own, watched for any network use, for
 * {@link NoNetworkTest} and scripts/no-network.sh:
 * <ul>
 * <li>{@code fixtures DIR}: writes the plan (PDF, Word, web page) and priorities files the flows read;</li>
 * <li>{@code commands DIR}: prints the flows, one command a line, arguments separated by tabs;</li>
 * <li>{@code run DIR}: runs them in this JVM through {@link Main#runCli} under three watches and
 * prints "FLOW exit command" per flow and "NETWORK-USE n" with what was seen (needs
 * {@code -Djava.security.manager=allow}).</li>
 * </ul>
 * What each watch sees: the security manager is asked before every socket connect, bind, listen
 * and accept of the JDK (java.net sockets, NIO channels, datagrams) and before host-name lookups;
 * the proxy selector sees URL and HttpClient connections before they choose a route; the URL
 * handler sees http, https and ftp URLs being opened. None sees native code (SQLite's JNI library),
 * which scripts/no-network.sh covers with a network namespace and strace.
 */
public final class NoNetworkProbe {
    private static final List<String> SEEN = Collections.synchronizedList(new ArrayList<>());
    /** Lookups that are not Crosswalk's doing and reach no network; listed, not counted. */
    private static final List<String> KNOWN = Collections.synchronizedList(new ArrayList<>());

    private NoNetworkProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        switch (args[0]) {
            case "fixtures" -> writeFixtures(dir);
            case "commands" -> commands(dir).forEach(c -> System.out.println(String.join("\t", c)));
            case "run" -> System.exit(run(dir));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static List<List<String>> commands(Path dir) {
        String ws = dir.resolve("board.crosswalk").toString();
        String table = dir.resolve("table.crosswalk").toString();
        List<List<String>> commands = new ArrayList<>(List.of(
                List.of("--version"),
                List.of("sample", "--out", ws),
                List.of("info", ws),
                List.of("import-plan", ws, dir.resolve("plan.pdf").toString(), "--label", "PDF plan"),
                List.of("import-plan", ws, dir.resolve("plan.docx").toString(), "--label", "Word plan"),
                List.of("import-plan", ws, dir.resolve("plan.html").toString(), "--label", "Web plan"),
                List.of("import-priorities", ws, dir.resolve("priorities.csv").toString())));
        for (String format : List.of("docx", "pdf", "html", "xlsx", "csv")) {
            commands.add(List.of("export", ws, "--format", format, "--out", dir.resolve("paper." + format).toString()));
        }
        commands.addAll(List.of(
                List.of("sample", "--out", table),
                List.of("import-table", table, dir.resolve("paper.docx").toString(), "--dry-run"),
                List.of("import-table", table, dir.resolve("paper.xlsx").toString(), "--dry-run"),
                List.of("suggest", ws, "--priority", "Reduce smoking in pregnancy", "--top", "5"),
                List.of("evaluate", ws)));
        return commands;
    }

    static void writeFixtures(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (InputStream pdf = NoNetworkProbe.class.getResourceAsStream("/org/crosswalk/plans/reading/ltp-excerpt.pdf")) {
            Files.copy(pdf, dir.resolve("plan.pdf"), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.writeString(dir.resolve("plan.html"), "<!DOCTYPE html><html><head><title>A local plan</title></head>"
                + "<body><h1>A local plan</h1><h2>Chapter 1: Prevention</h2>"
                + "<p>1.1. We will help people stop smoking, including in pregnancy.</p>"
                + "<p>1.2. We will offer weight management services to people living with obesity.</p>"
                + "<h2>Chapter 2: Places</h2><p>2.1. We will improve air quality around schools.</p></body></html>",
                StandardCharsets.UTF_8);
        try (XWPFDocument word = new XWPFDocument(); OutputStream out = Files.newOutputStream(dir.resolve("plan.docx"))) {
            bold(word, "Chapter 1: Prevention");
            word.createParagraph().createRun().setText("1.1. We will help people stop smoking, including in pregnancy.");
            word.createParagraph().createRun().setText("1.2. We will offer weight management to people with obesity.");
            bold(word, "Chapter 2: Places");
            word.createParagraph().createRun().setText("2.1. We will improve air quality around schools.");
            word.write(out);
        }
        Files.writeString(dir.resolve("priorities.csv"), "Theme,Priority,Sub-items\n"
                + "Healthy places,Clean air near schools,Fewer idling engines\n"
                + "Healthy places,Safe walking routes,\n", StandardCharsets.UTF_8);
    }

    private static void bold(XWPFDocument word, String text) {
        XWPFRun run = word.createParagraph().createRun();
        run.setBold(true);
        run.setText(text);
    }

    private static int run(Path dir) {
        watch();
        AppPaths paths = new AppPaths(dir.resolve("data"), dir.resolve("workspaces"));
        int failed = 0;
        for (List<String> command : commands(dir)) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exit = Main.runCli(command.toArray(String[]::new), paths, new PrintWriter(out, true),
                    new PrintWriter(err, true));
            System.out.println("FLOW " + exit + " " + String.join(" ", command));
            if (exit != 0) {
                failed++;
                System.out.println(err.toString().strip());
            }
        }
        KNOWN.stream().distinct().forEach(known -> System.out.println("KNOWN " + known));
        System.out.println("NETWORK-USE " + SEEN.size());
        SEEN.forEach(use -> System.out.println("  " + use));
        return failed == 0 && SEEN.isEmpty() ? 0 : 1;
    }

    /**
     * On Linux the JDK names its font-configuration cache file after the machine
     * (sun.font.FcFontConfiguration calls InetAddress.getLocalHost when POI measures text for
     * column widths). That resolves the machine's own name, normally from /etc/hosts.
     */
    private static boolean fontCacheNaming() {
        return StackWalker.getInstance().walk(frames -> frames.anyMatch(f ->
                f.getClassName().equals("sun.font.FcFontConfiguration")));
    }

    /** The first of our classes (or else the JDK's caller) on the stack: who asked. */
    private static String where() {
        return StackWalker.getInstance().walk(frames -> frames.skip(2)
                .filter(f -> !f.getClassName().startsWith("java.") && !f.getClassName().startsWith("sun.")
                        && !f.getClassName().startsWith("jdk.") && !f.getClassName().contains("NoNetworkProbe"))
                .limit(3).map(f -> f.getClassName() + "." + f.getMethodName())
                .reduce((a, b) -> a + " < " + b)).map(w -> " by " + w).orElse("");
    }

    @SuppressWarnings("removal")
    private static void watch() {
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                SEEN.add("proxy selector asked for " + uri);
                return List.of(Proxy.NO_PROXY);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException e) {
                SEEN.add("connection failed " + uri);
            }
        });
        Set<String> remote = Set.of("http", "https", "ftp");
        URL.setURLStreamHandlerFactory(protocol -> !remote.contains(protocol) ? null : new URLStreamHandler() {
            @Override
            protected URLConnection openConnection(URL url) throws IOException {
                SEEN.add("URL opened " + url);
                throw new IOException("no network in this test: " + url);
            }
        });
        System.setSecurityManager(new SecurityManager() {
            @Override
            public void checkPermission(Permission permission) {
                if (permission instanceof SocketPermission) {
                    SEEN.add("socket permission " + permission.getName() + " " + permission.getActions());
                }
            }

            @Override
            public void checkPermission(Permission permission, Object context) {
                checkPermission(permission);
            }

            @Override
            public void checkConnect(String host, int port) {
                if (port == -1 && fontCacheNaming()) {
                    KNOWN.add("the JDK's font set-up looked up this machine's own name (" + host + ")");
                    return;
                }
                SEEN.add("connect or look up " + host + ":" + port + where());
            }

            @Override
            public void checkConnect(String host, int port, Object context) {
                checkConnect(host, port);
            }

            @Override
            public void checkListen(int port) {
                SEEN.add("listen on port " + port);
            }

            @Override
            public void checkAccept(String host, int port) {
                SEEN.add("accept from " + host + ":" + port);
            }

            @Override
            public void checkMulticast(java.net.InetAddress address) {
                SEEN.add("multicast " + address);
            }
        });
        // The watch is on: prove it sees a connection attempt, then forget that one.
        try (java.nio.channels.SocketChannel channel = java.nio.channels.SocketChannel.open()) {
            channel.connect(new InetSocketAddress("127.0.0.1", 9));
        } catch (IOException | RuntimeException expected) {
            // refused or unreachable: only the watch matters here
        }
        if (SEEN.isEmpty()) {
            throw new IllegalStateException("the network watch saw nothing of a deliberate connection");
        }
        System.out.println("WATCH-CHECK saw: " + SEEN.get(0));
        SEEN.clear();
    }
}
