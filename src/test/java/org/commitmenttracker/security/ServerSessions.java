package org.commitmenttracker.security;

import java.net.http.HttpResponse;
import org.apache.catalina.Manager;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/** The sessions the embedded Tomcat holds, read from its session manager (what the JVM pays for). */
final class ServerSessions {

    private final Manager manager;

    ServerSessions(WebServerApplicationContext context) {
        var tomcat = ((TomcatWebServer) context.getWebServer()).getTomcat();
        this.manager = ((org.apache.catalina.Context) tomcat.getHost().findChildren()[0]).getManager();
    }

    /** Sessions created since the server started, expired or not. */
    long created() {
        return manager.getSessionCounter();
    }

    int active() {
        return manager.getActiveSessions();
    }

    static boolean setsSessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().anyMatch(cookie -> cookie.startsWith("JSESSIONID="));
    }
}
