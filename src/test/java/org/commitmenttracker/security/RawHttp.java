package org.commitmenttracker.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for headers Java's HttpClient will not let a test set (Host). Reads the status line and
 * headers only; enough to see where a redirect points.
 */
final class RawHttp {

    private RawHttp() {}

    record Answer(int status, Map<String, String> headers, List<String> cookies, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        /** The session cookie set by this answer, as "JSESSIONID=…", or null. */
        String sessionCookie() {
            return cookie("JSESSIONID");
        }

        /** A cookie set by this answer, as "name=value", or null. */
        String cookie(String name) {
            return cookies.stream()
                    .filter(cookie -> cookie.startsWith(name + "="))
                    .findFirst()
                    .orElse(null);
        }
    }

    static Answer send(int port, String request) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String[] lines = text.substring(0, end < 0 ? text.length() : end).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            List<String> cookies = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                String name = lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT);
                String value = lines[i].substring(colon + 1).strip();
                headers.putIfAbsent(name, value);
                if (name.equals("set-cookie")) {
                    cookies.add(value.split(";", 2)[0]);
                }
            }
            return new Answer(
                    Integer.parseInt(lines[0].split(" ")[1]), headers, cookies, end < 0 ? "" : text.substring(end + 4));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
