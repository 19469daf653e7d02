package org.switchboard.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.it.ShippedEar;
import org.switchboard.it.TestServer;

/** The admin console's welcome page, rendered by Jakarta Faces in the shipped EAR. */
@ExtendWith(ArquillianExtension.class)
class AdminConsoleIT {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ShippedEar.asShipped();
    }

    @Test
    void welcomePageShowsVersionSipListeningPointsAndUptime() throws Exception {
        HttpResponse<String> page = get("/switchboard/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        String html = page.body();
        assertThat(html).contains("<dd id=\"version\">" + versionFromHealth() + "</dd>");
        assertThat(html).contains("<dd id=\"site\">it-" + TestServer.database() + " (primary)</dd>");
        assertThat(html).containsPattern("<dd id=\"uptime\">(\\d+ (d|h|min) )*\\d+ s</dd>");
        // whether this primary takes calls depends on its PBX and its flags (SiteVerdictIT); the page says one or the other
        assertThat(html).containsPattern("<dd id=\"call-acceptance\">(taking calls|refusing calls: [^<]+)</dd>");
        assertThat(html).containsPattern("<td>udp</td>\\s*<td>127\\.0\\.0\\.1</td>\\s*<td>" + TestServer.sipPort() + "</td>");
        assertThat(html).containsPattern("<td>tcp</td>\\s*<td>127\\.0\\.0\\.1</td>\\s*<td>" + TestServer.sipPort() + "</td>");
        assertThat(html).doesNotContain("#{");
    }

    @Test
    void theStylesheetIsServed() throws Exception {
        HttpResponse<String> page = get("/switchboard/");
        String href = page.body().replaceAll("(?s).*<link[^>]*href=\"([^\"]*admin\\.css[^\"]*)\".*", "$1");

        HttpResponse<String> css = get(href.replace("&amp;", "&"));

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.body()).contains("font-family");
    }

    private String versionFromHealth() throws Exception {
        String body = get("/switchboard/api/version").body();
        return body.replaceAll("(?s).*\"version\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(TestServer.http(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
